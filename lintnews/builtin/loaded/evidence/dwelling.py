"""EVALUATIVE evidence: an emotive adjective on where or how people are made to live (round 160).

"Families are living in squalid camps", "tenants were housed in appalling conditions": after a
verb of living or of being kept and "in", the adjective before a noun of dwelling or of living
conditions (word class ``loaded/dwelling-nouns``) is the writer's verdict on how people live,
not a measure of the place (Martin and White's "appreciation" of a state of affairs). The
word is held at ``info`` as unmeasured elsewhere ("a squalid affair" may be reported); here the
frame tells the writer's use. Traps: no verb of living before it ("the squalid camps were
cleared"), a noun of no dwelling after it ("living in appalling fear" is a feeling reported),
and the quoted and reported voice (the judge lowers them).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, next_words, words_before


@lru_cache(maxsize=1)
def _living() -> frozenset[str]:
    """The verbs before "in" that make the noun after it a dwelling (``loaded/dwelling-verbs``)."""
    from lintnews.language.wordclasses import listed

    return listed("loaded/dwelling-verbs")


@lru_cache(maxsize=1)
def _dwelling_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/dwelling-nouns")


def living_conditions(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The adjective at ``start:end`` after "living in" (or "housed in", "kept in") and before
    a noun of dwelling: "living in squalid camps"."""
    before = words_before(text, lo, start)
    if len(before) < 2 or before[-1] != "in" or before[-2] not in _living():
        return None
    after = next_words(text, end, hi, n=1)
    if not after or after[0] not in _dwelling_nouns():
        return None
    return Evidence("living conditions", Effect.EVALUATIVE,
                    f"judges the '{after[0]}' people live in, after '{before[-2]} in'")
