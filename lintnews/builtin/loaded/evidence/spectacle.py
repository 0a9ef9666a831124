"""EVALUATIVE evidence: an emotive adjective on a scene (round 80).

"The heartbreaking scenes in the valley", "the scenes were harrowing", "a chilling sight":
an emotive adjective on what people saw (``loaded/spectacle-nouns``: scene, sight, footage,
image) tells the reader what to feel about it, instead of describing what there was to
see; the reporter's scene-setting, in the writer's voice. Two writers' sets (D79, D81) and
news-synth mark it; on the dev suites the propaganda corpus marks "a depressing picture", "an
unthinkable sight". Not "moment": a time, not a thing seen ("an unprecedented moment in papal
history" states a first), unless the sentence presents it as footage shows it, "This is the
sickening moment a man was punched" (round 148). Emotive words only (the judge asks for
the rule kind): judgement words on a scene describe what happened in it ("wild scenes" of a
crowd, "an unprecedented moment", "damaging footage": each unmarked), and praise words are
puffery's to judge ("a beautiful sight" of a view).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _spectacles() -> frozenset[str]:
    """Nouns of what is seen (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/spectacle-nouns")


# The subject of a predicate: a spectacle noun, maybe a short place or time phrase after it, then
# the copula ("the scenes in Hebden Bridge were", "the sight was"); a degree adverb may follow
_SUBJECT_BEFORE = LazyRegex(
    r"\b([a-z]+)(?:\s+(?:in|at|on|from|of|across|along|outside|inside)\s+[^,.;:!?\"“”]{1,40}?)?"
    r"\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:(?:truly|utterly|simply|deeply|so|very)\s+)?$",
    re.IGNORECASE)


# Round 148: the presentational opening of a picture or a video, "This is the sickening moment a
# pensioner was punched", "Here is the terrifying moment ...": the moment is what the footage
# shows, a thing seen (not round 80's time, "an unprecedented moment in papal history")
_PRESENTS = LazyRegex(r"[\"“‘']?(?:This|THIS|Here|HERE)\s+(?:is|was|IS|WAS)\s+the\s+$")
_MOMENT = frozenset(("moment", "moments", "instant"))


def spectacle(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The adjective right before a spectacle noun ("heartbreaking scenes", "a harrowing
    sight"), or before "moment" the sentence presents ("This is the sickening moment"), or the
    predicate of one ("the scenes in the town were heartbreaking")."""
    nouns = _spectacles()
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is not None and nxt.start(1) == end + 1 and nxt.group(1).lower() in nouns:
        return Evidence("spectacle", Effect.EVALUATIVE, f"tells the reader what to feel about '{nxt.group(1)}'")
    if nxt is not None and nxt.start(1) == end + 1 and nxt.group(1).lower() in _MOMENT \
            and _PRESENTS.fullmatch(text, lo, start):
        return Evidence("spectacle", Effect.EVALUATIVE, "tells the reader what to feel about the moment shown")
    if text.find(" ", max(lo, start - 1), start) < 0:
        return None
    m = _SUBJECT_BEFORE.search(text, max(lo, start - 80), start)
    if m is not None and m.group(1).lower() in nouns and m.end() == start:
        return Evidence("spectacle", Effect.EVALUATIVE, f"the predicate of '{m.group(1)}': what to feel about it")
    return None
