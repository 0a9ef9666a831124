"""EVALUATIVE evidence: an epistemic stance adverb inside the writer's predicate (round 105).

"It is obviously not a reason": between a copula and the predicate's negation, an adverb of
certainty rebuts a view in the writer's voice, as a sentence adverb does at the front. Before
an affirmed predicate the auxiliary slot stays a hint (round 46: "was obviously a blow",
"is clearly enjoying" cost ptc-dev nine false alarms for no hit), and before an adjective or a
participle it often grades what is seen ("clearly visible"), so only "not" or "never" may
follow it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import FUNCTION_WORDS, Effect, Evidence, classes, words_before
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


# Round 152 (issue 16): a disjunct of conviction (``loaded/conviction-adverbs``: "clearly",
# "obviously", "evidently"...) in one of three slots where it can only comment on the truth of
# the clause, not grade a manner:
# - between a perfect auxiliary or a modal of forecast and a lexical verb ("has clearly exposed",
#   "will clearly unlock"), not a verb it grades as a manner (``loaded/manner-graded-verbs``:
#   "will clearly mark", "can clearly hear") nor "be" or "not" (round 46: "was obviously a blow",
#   "is clearly not being told" stay hints), nor a clause a negative object denies ("has
#   obviously learned nothing": the rebuttal of argued copy, as "clearly not"; ptc-dev, one);
# - before a negated modal ("a defence that clearly can't do it"): a verdict on what someone is
#   able to do; not before do-support ("obviously doesn't care": the arguer's ordinary inference,
#   which the propaganda corpus leaves unmarked);
# - between "be" and an adjective of feeling (``loaded/feelings``: "was clearly frustrated"): the
#   writer reads a mind and vouches for it; the adjective must close the clause or take its
#   complement ("with his start"), not end a relative with a stranded preposition ("the groups
#   the agency is clearly worried about are"), where the clause is someone else's concern.
_PERFECT_OR_FORECAST = frozenset(("has", "have", "had", "'ve", "’ve", "will", "would", "'ll", "’ll", "shall", "must"))
_NEGATED_MODAL_AFTER = LazyRegex(r"\s+(?:can['’]t|cannot|can\s+not|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|mustn['’]t)\b",
                                 re.IGNORECASE)
_BE_BEFORE = frozenset(("is", "was", "are", "were", "'s", "’s", "'re", "’re", "am", "'m", "’m"))
_VERB_AFTER = LazyRegex(r"\s+([a-z]+)\b(?!\s+(?:nothing|none|no|nobody|little|neither)\b)")
_FEELING_CLOSE = LazyRegex(r"\s+([a-z]+)(?:[ \t]*(?:[.,;:!?)—–]|$|\n)|\s+(?:with|about|at|by|over|that|to|after|for)\s+"
                           r"(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)[\w'’])")


@lru_cache(maxsize=1)
def _conviction_words() -> tuple[frozenset[str], frozenset[str]]:
    """The conviction adverbs and every form of the verbs they grade as a manner."""
    from lintnews.language.wordclasses import lower_forms

    return (lower_forms("loaded/conviction-adverbs"),
            lower_forms("loaded/manner-graded-verbs"))


def _lexical_after(text: str, end: int) -> str | None:
    """The lower-case word right after ``end`` when it can be a lexical verb after an
    auxiliary: not "be", "not", a function word, an adverb in -ly or an -ing form."""
    m = _VERB_AFTER.match(text, end)
    if m is None:
        return None
    verb = m.group(1)
    if verb in FUNCTION_WORDS or verb in ("be", "been", "being", "not", "never", "get", "got") \
            or verb.endswith(("ly", "ing")):
        return None
    return verb


def conviction_slot(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A conviction adverb (``word``, lower case) where it can only comment on the truth of the
    clause: after a perfect auxiliary or a modal of forecast before a lexical verb ("has clearly
    exposed"), before a negated modal ("clearly can't"), or between "be" and an adjective of
    feeling ("was clearly frustrated")."""
    adverbs, graded = _conviction_words()
    if word not in adverbs:
        return None
    if _NEGATED_MODAL_AFTER.match(text, end) is not None:
        return Evidence("conviction", Effect.EVALUATIVE, f"'{word}' vouches for a verdict on what someone can do")
    before = words_before(text, lo, start)
    if not before:
        return None
    if before[-1] in _PERFECT_OR_FORECAST or before[-1].endswith(("'ve", "’ve", "'ll", "’ll")):
        verb = _lexical_after(text, end)
        if verb is None or verb in graded:
            return None
        return Evidence("conviction", Effect.EVALUATIVE, f"'{word}' vouches for the clause ('{before[-1]} {word} {verb}')")
    if before[-1] in _BE_BEFORE or before[-1].endswith(("'s", "’s", "'re", "’re")):
        m = _FEELING_CLOSE.match(text, end)
        if m is None or m.group(1) not in classes().feelings:
            return None
        return Evidence("conviction", Effect.EVALUATIVE, f"'{word}' vouches for a feeling the writer reads ('{m.group(1)}')")
    return None
