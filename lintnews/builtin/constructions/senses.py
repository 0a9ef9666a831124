"""Verbs of evaluation in a sense that passes no verdict, told by the words they go with.

"Contested" and "celebrated" are verdicts in "the claim is contested" and "he is celebrated as a
visionary"; they are no verdict in "elections were generally contested" (fought by candidates)
and "associations often celebrated in the decoration of the church" (kept in a rite, shown in art).
The sense is a collocation, not a sentence: the participle's subject or head noun, or the noun
of its prepositional complement, in the word class of the other sense (``contested-races``,
``celebrated-rites``). A view given after it ("celebrated in song as a hero") keeps the verdict.
"""

from __future__ import annotations

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import WEEKDAYS_MONTHS, Token

# participle -> the word class of the nouns that make it another sense
_SENSES = {"contested": "contested-races", "celebrated": "celebrated-rites"}
# participle -> the particles that make a phrasal verb of another sense: "thought up" (invented),
# "thought through" (planned), "held up" (delayed), "seen off" (beaten) judge nothing; "held up
# as a model" is still a verdict (an as-complement after the particle keeps it)
_PHRASAL = {
    "thought": frozenset(("up", "out", "through")),
    "held": frozenset(("up", "back", "off")),
    "seen": frozenset(("off",)),
}
# the prepositions of a rite's setting or a work's medium ("in the liturgy", "with a feast")
_SETTINGS = frozenset("in with on at during through throughout".split())


def _noun_in(tok: Token | None, name: str) -> bool:
    return tok is not None and tok.word and tok.low in lx.forms(name, lx.NOUN)


def _setting(after: list[Token], j: int, name: str) -> bool:
    """Is there a preposition of setting at ``after[j]`` whose noun phrase (a determiner and up to
    two modifiers) is headed by a noun of class ``name``, or a date ("on 6 January", "on
    Sundays")?"""
    if j >= len(after) or after[j].low not in _SETTINGS:
        return False
    for m in range(j + 1, min(len(after), j + 5)):
        t = after[m]
        if not t.word:
            return False
        if _noun_in(t, name) or (m == j + 1 and after[j].low == "on" and (t.low in WEEKDAYS_MONTHS or t.low[:1].isdigit())):
            return True
        if m > j + 1 and t.low in _SETTINGS:
            return False
    return False


def _view_follows(after: list[Token], j: int) -> bool:
    """Does an as-complement follow in the same clause ("celebrated in song as a hero")?"""
    for t in after[j : j + 14]:
        if not t.word and t.text in ".;:!?":
            return False
        if t.low == "as":
            return True
    return False


def other_sense(part: str, subject: Token | None, after: list[Token], j: int) -> bool:
    """Is the participle ``part`` ("contested", "celebrated", "thought up", "called as") in the sense that passes no verdict:
    its ``subject`` (the passive's subject or the noun it modifies) or the noun of its
    complement at ``after[j]`` in the other sense's word class, with no as-complement after?"""
    if part == "called" and j < len(after) and after[j].low == "as":
        return True  # "has been called as a witness": summoned to a role, no label (a label takes no "as")
    particles = _PHRASAL.get(part)
    if particles and j < len(after) and after[j].low in particles:
        return not (j + 1 < len(after) and after[j + 1].low == "as")  # "was thought up by two students"
    name = _SENSES.get(part)
    if name is None or _view_follows(after, j):
        return False
    if _noun_in(subject, name):
        return True  # "elections were generally contested", "Mass is celebrated daily"
    if j < len(after) and part == "contested" and _noun_in(after[j], name):
        return True  # "a closely contested race"
    return part == "celebrated" and _setting(after, j, name)
