"""Is a word a finite verb form of some English verb, and may it be a noun or an adjective?

A bare content clause ("I hear the council plans to sell", "we understand the firm employs
200") is told by its subject and a finite verb soon after it. Which words are finite verbs is
not a list anyone should keep by hand: the lexicon behind the word classes (LemmInflect, MIT
licence) knows the past tense (VBD) and the third-person present (VBZ) of every verb it holds.
``python -m lintnews.language.build`` writes them to ``finite.txt`` beside this module, with the
two readings that compete with a verb in those forms: the plural noun ("the plans", "reports")
and the adjective ("the new plans"). The position decides between them (see
:func:`lintnews.builtin.constructions.grammar.finite_verb`); this module only says what the
lexicon allows.

Why a file of words: LemmInflect and NumPy take a quarter of a second to load; reading the
file is a few milliseconds, on the first sentence that asks, and a check that never reads a
bare clause never reads it at all.

Why not frozensets: the 24,000 words as string objects in four sets took 3 MB, which every
worker of a long text inherits (the 10 MB benchmark's peak passed its 120 MB target when a round
made every text read them). Each set is kept as its line of the file, sorted, with the span of
each two-letter start once asked: a look-up is a dictionary look-up and a search of some
hundred characters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from lintnews.language.wordset import WordSet

__all__ = ["DATA", "FiniteForms", "WordSet", "build_text", "finite_forms"]

DATA = Path(__file__).with_name("finite.txt")


class FiniteForms(NamedTuple):
    past: WordSet  # VBD of some verb: "planned", "met", "approved"
    present: WordSet  # VBZ of some verb: "plans", "employs", "has"
    plural_nouns: WordSet  # of ``present``, those that are also a plural noun: "plans", "reports"
    adjectives: WordSet  # adjectives with no verb or noun reading: "new", "big", "fresh"


@cache
def finite_forms() -> FiniteForms:
    """The four sets, lower case, read once (empty when the file is missing)."""
    try:
        lines = DATA.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    sets = [WordSet(line.partition(" ")[2]) for line in lines[:4]]
    sets += [WordSet("")] * (4 - len(sets))
    return FiniteForms(*sets)


def build_text() -> str:
    """The file's text from LemmInflect (build time only): one set a line, its name first,
    words sorted."""
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    past: set[str] = set()
    present: set[str] = set()
    plural: set[str] = set()
    for entry in Inflections()._getInflDict().values():
        past.update(f.lower() for f in entry.get("VBD", ()))
        present.update(f.lower() for f in entry.get("VBZ", ()))
        plural.update(f.lower() for f in entry.get("NNS", ()))
    verbs = past | present
    adjectives = set()
    for word, readings in Lemmatizer()._getLemmaDict().items():
        if "ADJ" in readings and not readings.keys() & {"VERB", "NOUN", "PROPN"} and word.lower() not in verbs:
            adjectives.add(word.lower())
    rows = (("past", past), ("present", present), ("plural-nouns", present & plural), ("adjectives", adjectives))
    return "".join(f"{name} {' '.join(sorted(w for w in words if ' ' not in w))}\n" for name, words in rows)
