"""EVALUATIVE evidence (round 149): a praise word before a noun of the communiqué.

State and official media praise in stock collocations: "held fruitful talks", "made remarkable
progress", "the enormous potential of the economy". The adjective alone has plain uses ("a
fruitful source of data", "a remarkable coincidence"), so the lexicon holds it at ``info``;
before the talks between leaders, or the state's progress, potential and strength (word class
``loaded/official-praise-nouns``), it is the writer's praise in the communiqué's formula, a
verdict on an outcome no fact is given for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence


@lru_cache(maxsize=1)
def _official_nouns() -> frozenset[str]:
    """Every form of the class, read at the first praise word held at ``info``."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/official-praise-nouns")


def official_praise(text: str, end: int, hi: int) -> Evidence | None:
    """The praise word right before a noun of the class ("fruitful talks", "remarkable
    progress in"): only the next word is read, so the adjective heads no other noun
    ("a remarkable talks programme" is rare; "remarkable scenes of progress" judges scenes)."""
    m = NEXT_WORD.match(text, end, hi)
    if m is None or m.start(1) - end > 1 or m.group(1)[:1].isupper():
        return None  # a comma or a name between them ("Talks" as a title)
    w = m.group(1).lower()
    if w not in _official_nouns():
        return None
    return Evidence("official praise", Effect.EVALUATIVE, f"the communiqué's praise of '{w}'")


# The collective nouns an official statement names its unnamed adversaries by, beside the
# people nouns ("certain hostile forces", "certain irresponsible elements", "certain biased
# outlets abroad").
_ADVERSARY_NOUNS = frozenset(
    "forces elements quarters circles countries powers politicians media outlets individuals "
    "people groups organisations organizations".split())
_CERTAIN_BEFORE = re.compile(r"(?<![\w'’-])[Cc]ertain\s+$")


def vague_adversary(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """A judgement adjective between "certain" and a plural group noun ("attempts by certain
    hostile forces abroad to smear the country"): the statement's adversary, judged and left
    unnamed, is the communiqué's figure; "hostile forces" alone is also a soldier's report of
    the enemy, and "certain toxic chemicals" names no one."""
    if not _CERTAIN_BEFORE.search(text, max(lo, start - 12), start):
        return None
    m = NEXT_WORD.match(text, end, hi)
    if m is None or m.group(1).lower() not in _ADVERSARY_NOUNS:
        return None
    return Evidence("vague adversary", Effect.EVALUATIVE, f"judges unnamed 'certain {m.group(1)}'")
