"""EVALUATIVE evidence: the headline formula "Fury as ..." (round 161).

"Fury as festival tickets hit £389", "Outrage as council shuts library", "Misery as strike goes
ahead": a noun of public feeling opening the sentence, then "as" and the event, is the tabloid
headline's formula (a verbless clause: the writer names the mood of a crowd nobody is quoted
for, and dramatises the event by it). The same noun elsewhere is held at ``info`` ("the fury
of the storm", "fans expressed their fury"); here the frame tells the writer's use. Not "as
well", "as much" or "as a" + noun ("Fury as a motive is rare": a subject with its apposition
of role), and not after any word (a subject or object of a clause, "Their fury as the vote
...").
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

_OPENING = LazyRegex(r"[\s\"“‘'(]*$")
_AS_EVENT = LazyRegex(r"[ \t]+as[ \t]+(?!(?:well|much|many|far|long|soon|such|an?|if|though)\b)[\w£$€'‘“]",
                      re.IGNORECASE)


def mood_headline(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The capitalised noun at ``start:end`` opening its sentence before "as" and an event."""
    if not text[start:start + 1].isupper() or _OPENING.fullmatch(text, lo, start) is None:
        return None
    if _AS_EVENT.match(text, end) is None:
        return None
    word = text[start:end]
    return Evidence("mood headline", Effect.EVALUATIVE, f"'{word} as ...': the headline names the crowd's mood")
