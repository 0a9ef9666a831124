"""What the unattributed-claim and loaded-language test modules ask of a lint: the claims
found (at a severity), and the severity a loaded word is reported at.

Each takes the ``lint`` fixture (``tests/conftest.py``), so the registry is the session's.
"""

from __future__ import annotations

import time
from collections.abc import Collection

from lintnews.model.diagnostic import Severity
from tests.trap_guard import assert_trap, candidates

CLAIMS = "unattributed-claim"
LOADED = ("loaded-language",)


def claims(lint, text: str, severity: Severity | None = None):
    """The unattributed-claim diagnostics of ``text``, at ``severity`` when given."""
    found = [d for d in lint(text) if d.category == CLAIMS]
    if severity is not None:
        found = [d for d in found if d.severity is severity]
    return found


def warnings(lint, text: str):
    """The unattributed-claim warnings of ``text``."""
    return claims(lint, text, Severity.WARNING)


def severity_of(lint, text: str, word: str) -> str | None:
    """The severity the loaded-language rules report ``word`` at (None: not reported)."""
    found = [d.severity.value for d in lint(text, select=LOADED)
             if text[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


# What a round's table of sentences asks (tests/test_unattributed_round39.py and later): each
# round keeps its own sentences and parametrised tests; the three checks are the same.


def assert_warned(lint, text: str, cue: str) -> None:
    """``text`` is warned of, with ``cue`` in the warning's message."""
    found = warnings(lint, text)
    assert any(cue in d.message for d in found), [d.message for d in claims(lint, text)]


def assert_hint(lint, text: str) -> None:
    """``text`` gets an unattributed-claim hint and no warning."""
    found = claims(lint, text)
    assert found, text
    assert not warnings(lint, text), [d.message for d in found]
    assert all(d.severity is Severity.INFO for d in found)


def assert_silent(lint, text: str, plain: Collection[str] = ()) -> None:
    """``text`` gets no unattributed-claim warning (a hint is allowed), and holds a candidate of
    the family, so that the judge is what keeps it quiet, unless ``plain`` labels it a
    look-alike no rule matches (:func:`tests.trap_guard.assert_trap`)."""
    assert_trap(text, CLAIMS, plain)
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


LEAD = "Council approves budget plan\n\n"  # (a headline first: the sentence is body copy)


def severity_in_body(lint, sentence: str, word: str) -> str | None:
    """The severity the loaded-language rules report ``word`` at in ``sentence``, linted as
    the body paragraph under a headline (None: not reported)."""
    found = [d.severity.value for d in lint(LEAD + sentence, select=("loaded-language",))
             if d.line == 3 and sentence[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


def assert_loaded_trap(lint, sentence: str, word: str, not_terms: Collection[str] = ()) -> None:
    """``word`` is not warned in ``sentence`` (:func:`severity_in_body`), and is a candidate of
    a loaded-language rule there, so that the judge is what keeps it quiet, unless
    ``not_terms`` names it (lower case) as no term of any rule: then it must hold none, so that
    a trap whose word later joins the lexicon is seen to test the judge (review 63's finding on
    round 61; review 65 shares it with round 62)."""
    is_candidate = any(words.lower() == word.lower() for _, words in candidates(sentence, "loaded-language"))
    assert is_candidate == (word.lower() not in not_terms), (sentence, word, "candidate" if is_candidate else "none")
    assert severity_in_body(lint, sentence, word) != "warning"


def best_time(lint, text: str, runs: int = 2) -> float:
    """The shortest of ``runs`` lints of ``text``, in seconds (the linear-time tests compare a
    text with one four times as long: the best run is the least disturbed by other work)."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        lint(text)
        best = min(best, time.perf_counter() - t)
    return best
