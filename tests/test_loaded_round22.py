"""Loaded language, round 22: calibration of the judge on the pooled judged warnings of rounds
12-20.

A contentious label ("vandals", "goons", "cronies") warns only where the data or the sentence
say the writer judges with it, as an emotive, judgement or attack-verb word does: a form
measured as loaded on the tuning suites (labels: in at least 40% of at least five uses, see
``benchmarks/measure_loaded.py``), a form GUIDELINES.md names ("thugs"), or evaluative
evidence in the sentence (someone's, a charged sentence, a question of the writer's). Else
it is ``info``: a label with no such evidence was right in 19 of 47 judged warnings of the
pool's half A.

Each test pairs the judged use with its plain look-alike. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Vandals daubed the old statue with red paint overnight.", "Vandals"),
    ("Hired goons blocked the road to the mine for a week.", "goons"),
    ("The mayor's cronies won every contract last year.", "cronies"),
    ("A stooge of the league now runs the club.", "stooge"),
])
def test_a_label_with_no_evaluative_use_is_a_hint(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    # someone's: the writer characterises a named person's circle
    ("Mayor Ruiz's goons blocked the road to the mine for a week.", "goons"),
    ("His cronies won every contract last year.", "cronies"),
    # a charged sentence: the label is read with the other verdicts
    ("The corrupt, cynical cronies of the mayor won every contract.", "cronies"),
])
def test_a_label_with_evaluative_evidence_still_warns(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # measured as loaded on the tuning suites (labels' stricter measure)
    ("The leftist mayor closed the depot on Friday.", "leftist"),
    ("The council debated a sanctuary policy for illegal aliens on Monday.", "illegal aliens"),
    # named by GUIDELINES.md as a contentious label
    ("The thugs gathered outside the depot at dawn.", "thugs"),
])
def test_a_measured_or_named_label_warns_on_its_own(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


def test_other_kinds_are_not_moved(lint):
    """Only labels joined the measured kinds: a partisan term and a verdict verb warn as before."""
    assert severity_of(lint, "The bill is the latest gift to the abortion industry.", "abortion industry") == "warning"
    assert severity_of(lint, "The treasurer claimed that the accounts were balanced.", "claimed") == "warning"


def test_why_names_the_measured_class_for_a_word_warning_on_its_own(tmp_path):
    """`lintnews why` says what let a word of a measured kind warn with no evaluative use (the
    measured class), and says nothing of it for a label left at info."""
    from click.testing import CliRunner

    from lintnews.cli import main

    path = tmp_path / "draft.txt"
    path.write_text("The leftist mayor closed the depot.\nVandals daubed the statue with paint.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["why", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("'leftist'" in line and "-> warning (measured:" in line for line in lines), lines
    assert any("'Vandals'" in line and "-> info" in line and "unmeasured" in line for line in lines), lines
