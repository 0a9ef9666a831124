"""Unattributed claims, round 179: round 174's last two constructions, each with the guard
round 176 named for analysis, profile, obituary and Q&A copy (issue 14).

4. A forecast in the impersonal passive (word class ``attribution/passive-that`` gains "expect"
   and "anticipate"; passive.py ``_forecast_in_clause``): "It is expected that her successor
   will struggle" hides who expects it, as "it is predicted that" does. Only with a modal of
   what will be in the clause, and (the guard, ``_scheduled_clause``) no schedule in it: a day
   or a month's name, "today"/"tomorrow", an hour, a year or a timetable's noun make the clause
   a plan on a calendar ("It is expected that the funeral will take place on Thursday").

Sentences written for these tests (profile-, obituary-, analysis- and Q&A-style copy).
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _quiet(lint, text: str) -> None:
    """No unattributed-claim warning in ``text`` (a hint is allowed), and a rule of the family
    matches it, so that the guard is what keeps it quiet (review 141: without the candidate check
    the case passed as well with the forecast pattern gone)."""
    assert_silent(lint, text)


# 4. a forecast in the impersonal passive, and its schedule guard

@pytest.mark.parametrize(("sentence", "cue"), [
    ("It is expected that her successor will struggle to hold the coalition together.", "It is expected"),
    ("It was anticipated that the memoir would settle old scores with former colleagues.", "It was anticipated"),
    ("It is expected that the new levy could cost small landlords dearly.", "It is expected"),
    ("It is expected the ferry will lose money for a third winter.", "It is expected"),
])
def test_impersonal_forecast_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a schedule in the clause: a plan on a calendar
    "It is expected that the funeral will take place on Thursday at the parish church.",
    "It is expected that a memorial service will be held in March for former pupils.",
    "It is expected that the panel will take readers' questions from 7pm.",
    "It is expected that her second collection will be published in 2027.",
    "It is expected that the inquest will be opened and adjourned tomorrow.",
    "It was anticipated that the interview would keep to the timetable the studio had set.",
    "It is expected that the ceremony will begin at 10.30 in the town hall.",
    # no modal of what will be: a norm or a duty
    "It is expected that readers send their questions by email.",
    "It is expected that mourners should wear something bright, as she asked.",
    # the holder named after the clause
    "It is expected that the depot will close, the council said.",
])
def test_impersonal_forecast_quiet(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


def test_may_the_modal_is_no_month(lint) -> None:
    """"may" in lower case is the modal, not the month: the clause is still a forecast."""
    assert_warned(lint, LEAD + "It is expected that the old rivalry may flare up again.", "It is expected")


def test_expected_to_stays_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The depot is expected to close before the winter.")
