"""Unattributed claims: the kinds of false alarm round 18 found on fresh news copy, each with
a pair written for these tests: the true claim that stays a warning, and the look-alike that
is sourced, counted or no claim at all. See README "Unattributed claims", round 18.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings

# (still a warning, silent at every severity)
CLEARED = [
    # an unnamed office holder, then a name with a title of office in the next sentence
    ("The port will reopen in May, a senior harbour official said. Ships are waiting, Tom "
     "Briggs told reporters.",
     "The port will reopen in May, a senior harbour official said. Ana Ruiz, deputy director "
     "of the harbour board, said ships are waiting."),
    ("Sales rose sharply, a senior executive said. The firm also hired 40 staff.",
     "Sales rose sharply, a senior executive said. Petr Novak, chief operations officer of "
     "Novak Foods, said the firm also hired 40 staff."),
    ("Four people were hurt, according to officials. Ships are waiting at the harbour.",
     "Four people were hurt, according to officials. Schools were shut, Ana Ruiz, the "
     "regional education chief, said."),
    # a place before a closing tag is no member named ("the Town Hall, a retired officer who ...")
    ("Officials say the harbour is silting up. It began with the storms near the Town Hall, a "
     "retired harbour officer who worked there told the Gazette.",
     "Officials say the harbour is silting up. Ana Ruiz, head of the harbour board, said it "
     "began with the storms."),
    # the group's own noun deep in an untitled apposition ("campaigner at ... group")
    ("Environmentalists expressed their concerns over the dam. The river will dry up, said Tom "
     "Briggs, a local farmer.",
     "Environmentalists expressed their concerns over the dam. The river will dry up, said Ana "
     "Ruiz, senior water campaigner at the environmentalist charity Blue Rivers."),
]


@pytest.mark.parametrize(("flagged", "cleared"), CLEARED)
def test_round18_cleared(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)
