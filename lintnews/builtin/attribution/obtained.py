"""Records identified by how the newsroom obtained them.

"..., according to a review of county health records obtained through a public records
request", "according to inspection reports released under freedom-of-information law": the
documents are the body's own records, and the copy says how they came to the writer (a records
or freedom-of-information request or law). That is the newsroom's own reporting on named
records, not a report nobody stands behind: a hint at most. "according to documents seen by
this paper" (no body's records, no route) stays as it was.
"""

from __future__ import annotations

from lintnews.util.lazyregex import LazyRegex

# how far after the cue the route may be told (one noun phrase and its participle)
_REACH = 160

# a participle of release, a preposition of route, a request or a records law
_OBTAINED = LazyRegex(
    r"(?i)\b(?:obtained|released|disclosed|provided|received|made\s+public|handed\s+over)\s+"
    r"(?:to\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+)?"
    r"(?:through|under|via|by\s+way\s+of|in\s+response\s+to|after|following|using)\s+"
    r"(?:an?\s+|the\s+|its\s+|our\s+|[\w-]+’s\s+|[\w-]+'s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:freedom[\s-]+of[\s-]+information|access[\s-]+to[\s-]+information|right[\s-]+to[\s-]+information|"
    r"public[\s-]+records?|open[\s-]+records|records?\s+(?:request|law|act)|FOIA?\b|FOI\b|ATIP\b|RTI\b|"
    r"information\s+request)")

OBTAINED_NOTE = (" The copy says how the records were obtained: name whose records they are "
                 "if it does not already (\"state health department inspection records\").")


def obtained_by_request(text: str, cue_end: int, s_hi: int) -> bool:
    """Does the cue's document come with the records request or law it was obtained under?"""
    return _OBTAINED.search(text, cue_end, min(s_hi, cue_end + _REACH)) is not None
