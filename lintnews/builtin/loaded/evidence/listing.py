"""DROP evidence: a word in a listing's title line (round 163, issue 16).

Listings and guides give each entry a line of its own: the title of a programme, a film or a
product in title case, then its details in brackets and no stop ("Savage Harbour (BBC One,
9pm)", "The Brutal Summer (cinemas, 15)"; in Markdown the title is usually bold, which the
reader does not copy). A loaded word in such a line belongs to the title, a name, not to the
writer's voice (round 123's rule for names). Only a line of title-case words (two at least,
short words such as "of" and "the" allowed in lower case) ending in one bracket of details:
a sentence in sentence case ("Savage cuts hit schools (analysis)"), a sentence with a stop and
a word inside running text stay with the judge.
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

_SMALL = r"(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)"
_TITLE_WORD = rf"(?:[A-Z0-9][\w'’&-]*|{_SMALL})"
# from the line's start to the word: title-case words only
_LEAD = LazyRegex(rf"[ \t]*(?:{_TITLE_WORD}[ \t]+){{0,8}}")
# from the word's end: more title-case words, then one bracket of details closing the line
_TAIL = LazyRegex(rf"(?:[ \t]+{_TITLE_WORD}){{0,8}}[ \t]+\([^()\n]{{1,60}}\)[ \t]*(?:\n|$)")


def _line_start(text: str, pos: int) -> int | None:
    """Where the line of ``pos`` starts, looking back 80 characters at most (None: further)."""
    nl = text.rfind("\n", max(0, pos - 80), pos)
    if nl >= 0:
        return nl + 1
    return 0 if pos <= 80 else None


def listing_title(text: str, start: int, end: int) -> Evidence | None:
    """The capitalised word at ``start:end`` in a title line with its details in brackets:
    "Savage Harbour (BBC One, 9pm)"."""
    if not text[start:start + 1].isupper():
        return None
    line = _line_start(text, start)
    if line is None or _LEAD.fullmatch(text, line, start) is None:
        return None
    m = _TAIL.match(text, end)
    if m is None or (start == line and m.group(0).lstrip(" \t").startswith("(")):
        return None  # (one title word alone before the bracket may be a label: "Shocking (video)")
    return Evidence("title", Effect.DROP, "in a listing's title line: the name of a work or product")
