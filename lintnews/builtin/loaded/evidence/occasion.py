"""EVALUATIVE evidence: an emotive adjective on an occasion between people (round 82).

"A stormy meeting of the council", "a furious row with bosses", "the shambolic roll-out", "a
lavish ceremony", "a frantic round of negotiations": an emotive or dramatising adjective right
before a noun of a social occasion or an exchange between people (``loaded/occasion-nouns``:
row, meeting, talks, debate, ceremony, launch, exit ...) passes the writer's verdict on how
people behaved there, instead of reporting what was said or done (GUIDELINES.md, "emotive and
dramatising", "editorialising"). Four writers' sets (D77, D79, D81, D84) use it.

The noun tells the sense apart, not a list of exceptions: the same adjectives on weather, a
pace, a time or a measure ("a stormy night", "a furious pace", "a bitter wind", "lavish
funding") are literal or measurable and stay hints, because those nouns are not occasions.
Times ("night", "week") are left out of the class for that reason: "a stormy night" is weather.
A partitive before the occasion ("a frantic round of negotiations", "a bitter night of talks")
is read through to the occasion it counts. Emotive words only (the judge asks for the rule
kind), as for :mod:`.spectacle`: rounds 48 and 62 raised every judgement and praise word
before every event noun ("the historic summit", "the landmark summit") and lost precision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import DETERMINERS, NEXT_WORD, Effect, Evidence


@lru_cache(maxsize=1)
def _occasions() -> frozenset[str]:
    """Nouns of occasions and exchanges between people (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/occasion-nouns")


# Partitives that count or time an occasion ("a round of talks", "a night of negotiations"):
# read through "of" (and a determiner) to the occasion noun
_PARTITIVES = frozenset("round rounds bout bouts flurry series spate night day week evening".split())
_OF_NEXT = re.compile(r"\s+of\s+(?:(?:the|a|an|their|his|her|its)\s+)?([\w][\w'’-]*)", re.IGNORECASE)


_DURATION = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|all|late|half)-"
    r"(?:minute|hour|day|week|month|night|year)", re.IGNORECASE)
_AFTER = re.compile(r"\s+([\w'’]+)")


def verb_here(text: str, word: str, end: int, hi: int) -> bool:
    """Many occasion nouns are also verbs ("the massacre shows that", "the circus shows its
    strength"): a capitalised word (a title-case headline, where noun and verb look alike) or
    an -s form with an object after it (a determiner, "that") is read as the verb."""
    if word[:1].isupper():
        return True
    if not word.endswith("s"):
        return False
    m = _AFTER.match(text, end, hi)
    return m is not None and (m.group(1).lower() in DETERMINERS or m.group(1).lower() == "that")


def head_after(text: str, end: int, hi: int) -> re.Match[str] | None:
    """The word right after the adjective ending at ``end``, past a compound of duration
    ("a bruising three-hour meeting", "a stormy all-night session": how long it lasted, round
    97; the head is the next word); None when no word follows after one space."""
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is None or nxt.start(1) != end + 1:
        return None
    if _DURATION.fullmatch(nxt.group(1)):
        after = NEXT_WORD.match(text, nxt.end(1), hi)
        if after is not None and after.start(1) == nxt.end(1) + 1:
            nxt = after
    return nxt


def occasion(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The adjective right before an occasion noun ("a stormy meeting", "a furious row") or
    before a partitive of one ("a frantic round of negotiations")."""
    nxt = head_after(text, end, hi)
    if nxt is None:
        return None
    noun = nxt.group(1).lower()
    nouns = _occasions()
    if noun in nouns and not verb_here(text, nxt.group(1), nxt.end(1), hi):
        return Evidence("occasion", Effect.EVALUATIVE, f"judges how people behaved at the '{nxt.group(1)}'")
    if noun in _PARTITIVES:
        m = _OF_NEXT.match(text, nxt.end(1), hi)
        if m is not None and m.group(1).lower() in nouns:
            return Evidence("occasion", Effect.EVALUATIVE,
                            f"judges how people behaved at the '{m.group(1)}' it counts")
    return None


@lru_cache(maxsize=1)
def _undertakings() -> frozenset[str]:
    """Nouns of a search, a rescue, a pursuit or a vigil (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/undertaking-nouns")


def undertaking(text: str, end: int, hi: int, word: str = "") -> Evidence | None:
    """Round 164 (issue 16): the emotive adjective right before a noun of searching, rescuing,
    pursuing or waiting ("a frantic search of woodland", "the agonising wait for news"): the
    undertaking is people's, and the adjective dramatises how they went about it or bore it,
    where the report could say who searched, for how long, with what. Same reading of the head
    as :func:`occasion` (past a compound of duration: "an agonising two-hour wait"). Not a
    hyphened compound in -ing or -ed ("long-suffering", "hard-pressed"): it qualifies the
    people who endure, and on the noun of their wait rounds 97 and 98 keep it a hint."""
    if "-" in word and word.lower().endswith(("ing", "ed")):
        return None
    nxt = head_after(text, end, hi)
    if nxt is None:
        return None
    noun = nxt.group(1).lower()
    if noun in _undertakings() and not verb_here(text, nxt.group(1), nxt.end(1), hi):
        return Evidence("undertaking", Effect.EVALUATIVE, f"dramatises the people's '{nxt.group(1)}'")
    return None
