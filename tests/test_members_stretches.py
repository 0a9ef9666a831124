"""A named member of a vague group is looked for on each side of a page's blank padding, not
through it (lintnews/builtin/attribution/members.py ``_stretches``): the same answer as with
one space between the sentences, without searching pages of blanks once per pattern and cue."""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution.members import _stretches
from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def test_stretches_leave_out_long_blank_runs_only():
    text = "ab" + " " * 100 + "cd" + "  " + "ef" + "\n" * 70
    assert _stretches(text, 0, len(text)) == [(0, 2), (102, 108)]
    assert _stretches("one two", 0, 7) == [(0, 7)]
    assert _stretches(" " * 80, 0, 80) == [(80, 80)]


@pytest.mark.parametrize("gap", [" ", "\n" + " " * 500 + "\n"])
def test_a_member_named_past_blank_padding_still_names_the_group(lint, gap):
    named = ("Analysts say the port will close." + gap
             + '"It cannot last," Jane Roe, an analyst at Harbour Research, told reporters.')
    unnamed = "Analysts say the port will close." + gap + "The port handled a million boxes last year."
    rule = "unattributed-claim/vague-source"
    assert not [d for d in _claims(lint, named, Severity.WARNING) if d.rule == rule], gap
    assert [d for d in _claims(lint, unnamed, Severity.WARNING) if d.rule == rule], gap
