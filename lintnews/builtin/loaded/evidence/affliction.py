"""EVALUATIVE evidence: a figure of affliction whose object is a trouble (round 71).

News copy dramatises an actor's trouble as a disease, a swamp or a blow: "mired in
controversy", "plagued by delays", "beset by infighting", "rocked by scandal", "embroiled in a
bitter row", "riddled with errors". The participle and its preposition are the figure; the
lexicon holds them at ``info`` (rules/loaded-language.toml, figurative), because the same
words report a literal blow or a literal swamp ("rocked by an explosion", "riddled with
bullets", "bogged down in mud", "plagued by locusts"). What tells the figure is its object: a
noun of disgrace, disorder, discord or failure (word class ``loaded/trouble-nouns``) heading the
noun phrase after the preposition, with at most a determiner and two modifiers between.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import DETERMINERS, FUNCTION_WORDS, NEXT_WORD, Effect, Evidence


@lru_cache(maxsize=1)
def _troubles() -> frozenset[str]:
    from lintnews.language.wordclasses import word_class

    return frozenset(w.lower() for w in word_class("loaded/trouble-nouns"))


# The figures end in the preposition that takes the trouble ("mired in", "plagued by",
# "riddled with"); other figurative terms ("the height of", "tantamount to") are no figure of
# affliction, whatever follows them.
_PREPOSITIONS = (" in", " by", " with")


def affliction(text: str, end: int, hi: int, term: str) -> Evidence | None:
    """The object of a figure of affliction (``term``, a participle and its preposition) is a
    trouble: "mired in controversy", "beset by bitter infighting", "rocked by a string of
    scandals" (the head of the phrase, or the noun after "a string of", "a series of", "years
    of")."""
    if not term.endswith(_PREPOSITIONS):
        return None
    troubles = _troubles()
    pos = end
    seen = 0
    while seen < 4:
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or text[pos:m.start(1)].strip(" \t"):
            return None  # a comma or a stop ends the phrase
        w = m.group(1).lower()
        pos = m.end()
        if w in troubles:
            return Evidence("affliction", Effect.EVALUATIVE, f"a trouble as its object: '{w}'")
        if w in DETERMINERS:
            continue
        if w == "of":  # "a string of scandals", "years of infighting": the noun after "of"
            seen += 1
            continue
        if w in FUNCTION_WORDS:
            return None
        seen += 1
    return None
