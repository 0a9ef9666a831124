"""EVALUATIVE evidence: a noun of an imagined extreme used as a noun modifier (round 135).

"A family escaped a nightmare blaze", "they faced a nightmare 50-minute drive", "completed a
dream move to the club": a noun of the bad dream or the good one (``loaded/figure-nouns``:
nightmare, dream, miracle, wonder) premodifying another noun is gradable in sense (Quirk et al.
17.104-17.108): "a nightmare journey" is "a nightmarish journey", the writer's verdict on how it
went, where a classifying premodifier ("a horror film", "a disaster movie", "disaster relief")
says what kind of thing the head is. The class holds only nouns with no classifying use as a
modifier; the emotive nouns that have one are left out of it.

The construction: an article ("a", "an", "the", "such", "another") right before the noun,
which is lower case and singular, and a lower-case head right after it (past a compound of
duration: "a nightmare 50-minute drive"). Left alone (the traps): the noun as the head of its
own phrase ("a nightmare for the minister", "the dream of a home", "a nightmare, she said");
the noun as a subject before its verb ("a nightmare looms", "the dream ended", "the dream
finally died", "a dream come true"); no article ("every night brought nightmares", "Dream
Team", "no wonder drugs failed" is read from "no", no article); a quotation (the voice judge).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, words_before
from lintnews.builtin.loaded.evidence.occasion import head_after
from lintnews.util.lazyregex import LazyRegex

_OPENERS = frozenset("a an the such another".split())
# Words after the noun that end its phrase or start a verb phrase of its own: the noun is then
# the head, not a modifier
_NOT_HEAD = frozenset(
    "that which who whom whose what when where while of for to in on at as by with from into about "
    "and or but nor so yet than then if is was are were be been being has had have will would could "
    "can may might must should shall do does did come came become became turned went goes go continue "
    "continued begin began started ended lives lived unfolded".split())


def _head_after_article(text: str, start: int, end: int, lo: int, hi: int) -> re.Match[str] | None:
    """The word after a noun premodifier that an article opens (the construction of both
    readings here, rounds 135 and 148): the head, its word in group 1, or None."""
    before = words_before(text, lo, start)
    if not before or before[-1] not in _OPENERS:
        return None
    return head_after(text, end, hi)


@lru_cache(maxsize=1)
def _figure_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/figure-nouns")


def figure_modifier(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """The noun of an imagined extreme right after an article and right before a lower-case
    head noun ("a nightmare blaze", "a dream move")."""
    if word not in _figure_nouns():  # (lower case and singular: "Nightmare", "dreams" are not read)
        return None
    nxt = _head_after_article(text, start, end, lo, hi)
    if nxt is None:
        return None
    head = nxt.group(1)
    if not head.isalpha() or not head.islower() or head in _NOT_HEAD or head in _figure_nouns() \
            or head.endswith("ly"):
        return None
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    if head in forms.past or (head.endswith("s") and head in forms.present):
        return None  # a verb: "a nightmare looms", "the dream ended"
    return Evidence("figure modifier", Effect.EVALUATIVE,
                    f"'{word}' premodifies '{head}': the writer's figure for it, not a kind of it")


# Round 148: a noun of the reader's feeling premodifying a noun of a violent act or an accident,
# "the horror attack in March", "a horror crash on the bypass": tabloid crime copy's gradable
# premodifier ("a horrific attack"), where before a work it classifies ("a horror film": no
# act or event noun). Not "terror": its modifier classifies by terrorism ("a terror attack").
_CLASSIFYING_FEELINGS = frozenset(("terror",))


@lru_cache(maxsize=1)
def _feeling_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/feeling-nouns") - _CLASSIFYING_FEELINGS


def feeling_modifier(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A singular noun of feeling right after an article and right before a lower-case noun of
    an act or an event (WordNet's noun.act and noun.event, :mod:`.incident_data`)."""
    if word not in _feeling_nouns() or word.endswith("s"):
        return None
    nxt = _head_after_article(text, start, end, lo, hi)
    if nxt is None:
        return None
    head = nxt.group(1)
    from lintnews.builtin.loaded.evidence.incident_data import INCIDENT_NOUNS

    # (review 129: a plural head too, "the horror assaults", "two horror crashes")
    act = head[:-1] if head.endswith("s") and head not in INCIDENT_NOUNS else head
    if not head.islower() or act not in INCIDENT_NOUNS or head in _NOT_HEAD:
        return None
    # (review 129: the act's noun ends the phrase and takes no "of": "a horror attack scene
    # opens the film" premodifies a scene, "a horror attack of nerves" is a bout of a feeling)
    from lintnews.builtin.loaded.evidence.labels import ends_phrase

    if _OF_AFTER.match(text, nxt.end(1)) or not ends_phrase(text, nxt.end(1), hi):
        return None
    return Evidence("figure modifier", Effect.EVALUATIVE,
                    f"'{word}' premodifies the act '{head}': how to feel about it, not a kind of it")


_OF_AFTER = LazyRegex(r"[ \t]+of\b")
