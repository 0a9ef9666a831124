"""DOUBT evidence: an adjective of hazard in a statement of possible risk (round 127).

"Such delays can be dangerous", "The berries may be poisonous", "Fumes could prove harmful":
an adjective of hazard to health or safety (WordNet's sense of danger, harm or poison to the
body) predicated under a modal of possibility ("can", "could", "may", "might") states a risk,
the way a safety notice or a doctor's advice does; the writer weighs a possibility and passes
no verdict on anyone. The same words asserted of a person, a policy or an act ("a dangerous
ideologue", "the plan is dangerous", "a poisonous debate") stay the lexicon's. Whether a
stated risk is only information or also alarm is a reader's call, so the evidence is a doubt
(``info``), not a drop. A hedge "potentially" right before the adjective ("is potentially
dangerous") is the same measured statement of risk.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# The adjectives of hazard to health or safety (their literal sense: what can hurt the body).
HAZARD_ADJECTIVES = frozenset({
    "dangerous", "harmful", "hazardous", "unsafe", "toxic", "poisonous", "deadly", "lethal",
    "fatal",
})

# A modal of possibility, an optional negation and frequency or focus adverb, a copula or a
# verb of becoming, an optional degree word: "can be", "could also prove", "may well be very",
# "can sometimes become extremely"; or the hedge "potentially" after any copula.
_RISK_BEFORE = LazyRegex(
    r"(?:\b(?:can|could|may|might)(?:\s+(?:not|also|still|sometimes|often|even|well|quickly|soon|"
    r"easily|occasionally|then|themselves|itself))*\s+(?:be|prove|become|turn|get)"
    r"(?:\s+(?:very|extremely|particularly|especially|highly|seriously|potentially|genuinely|"
    r"really|quite|most|more|even))?"
    r"|\b(?:is|are|was|were|be|been|being|remains?|prove[sd]?)\s+(?:also\s+)?potentially)\s+$",
    re.IGNORECASE)


def risk_statement(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """Is the hazard adjective ``word`` (lower case) at ``start`` predicated under a modal of
    possibility ("Such delays can be dangerous") or after "potentially"? ``lo`` is the
    sentence start."""
    if word not in HAZARD_ADJECTIVES:
        return None
    m = _RISK_BEFORE.search(text[max(lo, start - 60):start])
    if m is None:
        return None
    return Evidence("risk statement", Effect.DOUBT, f"a possible hazard stated ('{m.group(0).strip()} {word}')")
