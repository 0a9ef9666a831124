"""EVALUATIVE evidence: an epistemic stance adverb inside the writer's predicate (round 105).

"It is obviously not a reason": between a copula and the predicate's negation, an adverb of
certainty rebuts a view in the writer's voice, as a sentence adverb does at the front. Before
an affirmed predicate the auxiliary slot stays a hint (round 46: "was obviously a blow",
"is clearly enjoying" cost ptc-dev nine false alarms for no hit), and before an adjective or a
participle it often grades what is seen ("clearly visible"), so only "not" or "never" may
follow it.
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# ("clearly" left out: in argued copy it is the writer's ordinary inference, "is clearly not
# being told", which the propaganda corpus leaves unmarked; measured, three false alarms there)
_CERTAINTY = frozenset(("obviously", "evidently", "plainly", "undoubtedly", "undeniably",
                        "unquestionably", "indisputably"))
_COPULA_BEFORE = LazyRegex(r"(?i)(?<![\w'’-])(?:is|was|are|were|['’]s)\s+$")
_PREDICATE_AFTER = LazyRegex(r"\s+(?:not|never)\b")


def predicate_stance(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """An adverb of certainty (``word``, lower case) after a copula and before "not" or
    "never": "is obviously not a reason", "was evidently never a plan"."""
    if word not in _CERTAINTY or _PREDICATE_AFTER.match(text, end) is None:
        return None
    if _COPULA_BEFORE.search(text, max(lo, start - 8), start) is None:
        return None
    return Evidence("predicate stance", Effect.EVALUATIVE, f"'{word}' tells readers what to conclude of the predicate")


# Round 122: a comment adverb of certainty with no manner sense between a modal and its verb
# ("The design will doubtless win admirers", "voters would undoubtedly punish it"): the writer
# forecasts with certainty, in the writer's own voice. Only adverbs that cannot grade a manner
# ("clearly", "obviously" can: "will clearly mark the path"), a modal before, a bare verb after.
# ("surely" left out: after a modal it is more often an appeal than a forecast, "we must surely
# act", which the propaganda corpus leaves unmarked; measured, three ptc-dev false alarms)
_MODAL_CERTAINTY = frozenset(("doubtless", "undoubtedly", "indubitably", "unquestionably"))
_MODAL_BEFORE = LazyRegex(r"(?i)(?<![\w'’-])(?:will|would|shall|must|['’]ll)\s+$")
_BARE_VERB_AFTER = LazyRegex(r"\s+(?!(?:be|not|never)\b)[a-z]+\b(?<!ly)(?<!ed)(?<!ing)")


def modal_stance(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A certainty adverb (``word``, lower case) between a modal and a bare verb: "will
    doubtless win", "would undoubtedly mean"."""
    if word not in _MODAL_CERTAINTY or _BARE_VERB_AFTER.match(text, end) is None:
        return None
    if _MODAL_BEFORE.search(text, max(lo, start - 8), start) is None:
        return None
    return Evidence("modal stance", Effect.EVALUATIVE, f"'{word}' forecasts with the writer's certainty")
