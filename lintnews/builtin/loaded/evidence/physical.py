"""DROP evidence: an attack verb's form that names or does a physical act, not a criticism.

Round 159 (issue 16), from the false alarms of ptc-dev and babe-dev read by why they are not
loaded. The attack verbs ("slam", "blast", "ridicule", "slander") are judged as what a writer
says of an exchange of words; two constructions of English show that no exchange is told:

- the base form as the *subject* of "be", opening its sentence or clause: "Ridicule is a
  potent weapon.", "..., slander being an offence he compared to murder": the noun names a
  kind of act, as "a subtle slander" (after a determiner, ``literal.adjective_of_verb``) does;
  a verb's base form has no such slot (a fused relative, "what critics mock is ...", has its
  subject before the verb, so the form does not open the clause);
- the blow struck "with" an instrument of force (word class ``loaded/force-instruments``):
  "battered with clubs and slammed with shields", "blasted them with water cannon"; "slammed
  with criticism", "hammered the plan with questions" keep the attack-verb sense, and so does an
  instrument noun heading a measure with "of" ("slammed with a chain of complaints", review 134).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import DETERMINERS, NEXT_WORD, Effect, Evidence
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _instruments() -> frozenset[str]:
    """Every form of ``loaded/force-instruments``."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/force-instruments")


# What may come before the subject's noun in its clause: nothing, or a clause's punctuation
# (a comma, a dash, a colon, a semicolon), quote marks and brackets.
_CLAUSE_OPENING = LazyRegex(r"(?:^|[,;:\u2013\u2014(]|\s-)[\s\"'\u201c\u2018(]*$")
# The verb of being right after the subject (a finite form, or the absolute clause's "being").
_BE_AFTER = LazyRegex(r"\s+(?:is|was|are|were|being|remains|remained|has\s+been|had\s+been)\b")


def noun_subject(text: str, start: int, end: int, lo: int, word: str, lemma: str) -> Evidence | None:
    """The attack verb's base form as the subject of "be", opening its sentence or clause:
    "Ridicule is a potent weapon", "slander being an offence": a noun naming the act."""
    if word.lower() != lemma or _BE_AFTER.match(text, end) is None:
        return None
    if _CLAUSE_OPENING.search(text, max(lo, start - 8), start) is None and text[lo:start].strip():
        return None
    return Evidence("other sense", Effect.DROP, "a noun: the subject of 'be'")


# How far the "with" may stand from the verb: its object (a pronoun, or a noun phrase of up to
# three words) comes between ("blasted the crowd with water cannon").
_OBJECT_WORDS = 4
# Possessives before the instrument ("with their shields"); its other modifiers ("riot
# shields", "wooden clubs") are the word class ``loaded/instrument-modifiers``.
_POSSESSIVES = frozenset(("their", "his", "her", "its"))


@lru_cache(maxsize=1)
def _instrument_modifiers() -> frozenset[str]:
    """The words before an instrument that are not its head: the possessives and the forms of
    ``loaded/instrument-modifiers``."""
    from lintnews.language.wordclasses import listed

    return _POSSESSIVES | listed("loaded/instrument-modifiers")


def force_instrument(text: str, end: int, hi: int) -> Evidence | None:
    """A combat verb whose blow is struck "with" an instrument of force: "slammed with
    shields", "battered him with a baton" (the head after "with", past its modifiers)."""
    pos = end
    seen_with = False
    before_with = 0
    for _ in range(_OBJECT_WORDS + 4):
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or ("," in text[pos : m.start(1)] and not seen_with):
            return None
        w = m.group(1).lower()
        pos = m.end()
        if not seen_with:
            if w == "with":
                seen_with = True
            elif w in ("and", "or", "but", "that", "which", "who", "to", "as", "for", "of"):
                return None
            else:
                before_with += 1
                if before_with > _OBJECT_WORDS:
                    return None
            continue
        if w in DETERMINERS or w in _instrument_modifiers():
            continue
        if w in _instruments():
            nxt = NEXT_WORD.match(text, pos, hi)
            if nxt is not None and nxt.group(1).lower() == "of":
                # review 134: the noun heads a measure of a number, not a blow ("slammed with a
                # chain of complaints", "a string of", "a barrage of"): the criticism is the head
                return None
            return Evidence("literal", Effect.DROP, f"struck with '{w}' (a physical act)")
        return None
    return None
