"""DOUBT evidence: "claim" in a legal action's sentence (round 168, issue 16).

A verdict verb ("claimed", "claims") passes the writer's verdict on a speaker where "said"
would do (GUIDELINES.md). In a legal action the verb is the law's own: a claimant *claims*
(Black's Law Dictionary, "claim": to demand as one's own or one's right; the party is the
claimant), and "says" would misreport the pleading. So where the sentence names a legal action
before the verb ("a lawsuit from a writer who claims the script was copied", "in a legal
challenge, the family claimed"), the verb is doubtful: ``info``, not a warning. Only the
action's nouns and the verbs of suing (word class ``loaded/legal-action-nouns``): a court or a
hearing alone is no claim ("told the court he was innocent, he claimed" stays judged), and
"suit" alone is left out for the clothes.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

_CLAIM_FORMS = frozenset(("claim", "claims", "claimed", "claiming"))
_WORD = LazyRegex(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1)
def _actions() -> frozenset[str]:
    """The words of ``loaded/legal-action-nouns`` in lower case, read once."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/legal-action-nouns")


def legal_claim(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """"claims" after a legal action's word in its sentence (150 characters back at most)."""
    if word.lower() not in _CLAIM_FORMS:
        return None
    actions = _actions()
    for m in _WORD.finditer(text, max(lo, start - 150), start):
        w = m.group().lower()
        if w in actions or (w == "legal" and _LEGAL_NOUN.match(text, m.end())):
            return Evidence("legal claim", Effect.DOUBT, f"a claimant's claim in a legal action ('{m.group()}')")
    return None


# "legal" before the action's noun ("a legal challenge", "legal action")
_LEGAL_NOUN = LazyRegex(r"\s+(?:challenge|challenges|action|actions|claim|claims|case|cases|bid|proceedings)\b")
