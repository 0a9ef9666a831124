"""Loaded language, round 117: an emotive adjective whose lexicon entry warns (held at ``info``
only until measured), right before a noun of a report, passes the writer's verdict on it
(``evidence/incident.py``, reports only). Entries the lexicon itself holds at ``info`` and act
or event nouns stay hints. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.incident import incident
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "word"), [
    ("The council published a blistering report on the housing office.", "blistering"),
    ("Harrowing accounts of the night emerged on Tuesday.", "Harrowing"),
])
def test_an_emotive_adjective_on_a_report_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_the_report_noun_must_follow_directly():
    text = "A blistering, two-page report followed."
    start = text.index("blistering")
    assert incident(text, start, start + len("blistering"), 0, len(text)) is None
    text = "A blistering report followed."
    start = text.index("blistering")
    assert incident(text, start, start + len("blistering"), 0, len(text)) is not None


def test_act_nouns_are_off_by_default():
    # "a heartless twist": the act and event nouns cost news-check a false alarm
    text = "The landlord's heartless twist left tenants outside."
    start = text.index("heartless")
    assert incident(text, start, start + len("heartless"), 0, len(text)) is None
    assert incident(text, start, start + len("heartless"), 0, len(text), acts=True) is not None


@pytest.mark.parametrize(("text", "word"), [
    # entries the lexicon holds at info: the report noun does not raise them
    ("She described a stormy conversation with the envoy.", "stormy"),
    ("The infamous paragraph was quoted again.", "infamous"),
])
def test_an_info_entry_before_a_report_stays_a_hint(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")
