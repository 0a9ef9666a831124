"""EVALUATIVE evidence: "revealed" said of a person's words (round 71).

GUIDELINES.md names "revealed" among the said-verbs that pass a verdict: of a person's
statement it implies a secret dragged into the light ("the minister revealed that the
scheme had been delayed", where "said" would do). The lexicon holds "reveal" at ``info``
because a document, a test or a product reveals plainly ("the audit revealed that",
"scans revealed a fracture", "Lexus revealed the new convertible"). The construction tells
them apart: a said-verb use (the judge's speech sense: a clause after it) whose subject, right
before it (past an auxiliary or an adverb), is a person: a name, a third-person pronoun, or a
person or body noun, and no document or research (``attribution/report-nouns``). A name or
person that is the object of a preposition ("a tweet by Ana Ruiz revealed that", "a memo sent
by the Trade Committee reveals that") is not the subject (round 72): the head before the
preposition is, and it warns only if that head is a person ("a spokesman for the Trade
Committee revealed that").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes

_SKIPPED = frozenset("has have had also later then finally eventually recently previously first "
                     "publicly privately reportedly once".split())
_PRONOUNS = frozenset(("he", "she", "they"))
# Capitalised words that open a sentence and name no one ("It revealed", "This reveals")
_NOT_NAMES = frozenset("it this that these those which what who the a an we i you".split())
# Prepositions that end a noun phrase's post-modifier: the name after them is their object
_PREPOSITIONS = frozenset("by from of in at with for on to about through via within inside among".split())
# Up to eight words before the verb (a name of several words and the preposition before it)
_TAIL = re.compile(r"(?<![\w'’-])(?:[\w'’-]++[ \t]++){1,8}+$")


@lru_cache(maxsize=1)
def subject_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Person or body nouns; documents and research: the heads :func:`person_subject` reads
    a subject by (public: the named-doer evidence asks the same question of an appositive's
    head)."""
    from lintnews.language.wordclasses import lower_forms

    people = classes().people | lower_forms("loaded/body-nouns")
    return people, lower_forms("attribution/report-nouns")


def revelation(text: str, start: int, lo: int) -> Evidence | None:
    """A person's revelation: "the minister revealed that", "Ana Ruiz later revealed she",
    "he revealed that"; not "the audit revealed that", "a new study reveals"."""
    if text[start:start + 1].isupper() and start > lo:
        return None  # a title-case headline ("Audio Reveals That ..."): no subject to read
    raw = person_subject(text, start, lo)
    if raw is None:
        return None
    return Evidence("revelation", Effect.EVALUATIVE, f"said of a person's words ('{raw}')")


def person_subject(text: str, start: int, lo: int) -> str | None:
    """The subject right before the verb at ``start`` (past an auxiliary or an adverb) when it
    is a person or a body: a name, "he"/"she"/"they", a person or body noun, not a document
    or research and not the object of a preposition ("a tweet by Ana Ruiz"); else None."""
    people, documents = subject_heads()
    m = _TAIL.search(text, max(lo, start - 100), start)
    words = m.group().split() if m else []
    while words and (words[-1].lower() in _SKIPPED or words[-1].lower().endswith("ly")):
        words.pop()
    if not words:
        return None
    raw = words[-1].strip(",")
    w = raw.lower().rstrip("s") if raw.lower() not in people else raw.lower()
    if raw.lower() in documents or w in documents:
        return None
    if _object_of_preposition(words, people):
        return None
    if raw.lower() in _PRONOUNS or raw.lower() in people or w in people or (
            raw[:1].isupper() and raw.isalpha() and raw.lower() not in _NOT_NAMES):
        return raw
    return None


def _object_of_preposition(words: list[str], people: frozenset[str]) -> bool:
    """Is the last word (a name or a noun, with its capitalised words, "the", and an "of"
    inside a name) the object of a preposition whose head is no person ("a tweet by Ruiz",
    "a memo from the Trade Committee"; not "the Prince of Wales", "a spokesman for Ruiz")?"""
    j = len(words) - 1
    while j > 0:
        p = words[j - 1]
        if p[:1].isupper() or p.lower() == "the" or (p.lower() == "of" and j > 1 and words[j - 2][:1].isupper()):
            j -= 1
        else:
            break
    if j == 0 or words[j - 1].lower() not in _PREPOSITIONS:
        return False
    if j < 2:
        return True  # the clause's words end at the preposition: its head is out of reach
    head = words[j - 2].lower()
    return head not in people and head.rstrip("s") not in people
