"""Unattributed claims: kinds of false alarm round 22 listed as left on fresh news copy, fixed
as grammar in round 23, each with a pair written for these tests: the true claim that stays a
warning, and the look-alike that is sourced or no claim at all. See
docs/history/unattributed-claims.md, round 23.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings

# (still a warning, silent at every severity)
APPEARANCE = [
    # a passive of perception under a word of wanting, fearing or trying: a concern about how
    # one looks, no view reported as held
    ("The bakery chain is seen as backing the strikers.",
     "The bakery chain does not want to be seen as backing either side in the dispute."),
    ("The mayor is regarded as a reformer.",
     "The mayor is keen to be regarded as a reformer."),
    # a negated infinitive: what one takes care to avoid
    ("The firm was seen as taking a stand on the strike.",
     "The firm was careful not to be seen as taking a stand on the strike."),
    ("The aim of the plan is seen as winning back voters.",
     "The idea is to just not be seen as a supporter of the plan."),
    # a gerund after the word, or after its "of"
    ("Ministers stayed silent, widely seen as weak.",
     "Ministers stayed silent for fear of being seen as weak."),
    ("The league is viewed as a cartel.",
     "The league tried to avoid being viewed as a cartel."),
]


@pytest.mark.parametrize(("flagged", "cleared"), APPEARANCE)
def test_round23_appearance(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


@pytest.mark.parametrize("text", [
    # a raising verb or "come to" before the infinitive reports a view, as before
    "The vote is expected to be seen as a test of the new government.",
    "The reform has come to be seen as a failure.",
    # "want" with its own subject after it: somebody else's view, reported
    "The reform is seen as a failure that nobody wanted.",
])
def test_round23_perception_still_warned(lint, text):
    assert _warnings(lint, text)
