"""Unattributed claims: the forms round 15 left in its check half (round 16 tunes on it), each
construction with a pair written for these tests: the cue and a sentence that looks like it
but asserts no hearsay. See docs/history/unattributed-claims.md, round 16.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


PAIRS = [
    # employers, workers, farmers, voters ... as unnamed sources; a definite group points back
    ("Employers believe the new levy will cost jobs in the valley.",
     "The employers believe in paying the levy on time."),
    # a named officer of a body named for the group, in the next sentence, speaks for it
    ("Builders have complained they cannot find staff. The shortage will worsen, said Tom "
     "Briggs, a city councillor.",
     "Builders have complained they cannot find staff. The shortage will worsen, said Tom "
     "Briggs, executive vice president of the Riverside Builders Association."),
    # a restrictive relative (no commas) between a singular unnamed source and its verb
    ("A resident who did not want to be identified because of her job said the store had closed.",
     "A resident who did not want to be identified because of her job left the store."),
    # an unnamed source as the agent of a passive of speech; a named agent clears it
    ("The closure of the ferry was confirmed by a senior harbour official.",
     "The closure of the ferry was confirmed by harbour master Ana Ruiz."),
    ("The skipper was told by a senior aide that the vote was lost.",
     "The skipper was told by his deputy, Tom Briggs, that the vote was lost."),
    # a verb of seeing as the passive: its unnamed agent with the as-complement; "seen by a
    # doctor" with no as-complement is a visit (checked by the source construction alone)
    ("The speech was in a statement interpreted by a senior diplomat as a threat of war.",
     "The speech was in a statement interpreted by the ministry as a threat of war."),
    # a cognition verb with a small clause: "found X to be ..."
    ("Some traders found the central bank's statement to be gloomier than expected.",
     "Some traders found the central bank's statement on the website."),
    # an unnamed group in a relative clause on another noun, holding a view
    ("The fall is a worry for younger voters who see the minister as a reformer.",
     "The fall is a worry for younger voters who see the minister on television."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round16_constructions(lint, flagged, not_flagged):
    assert _warnings(lint, flagged)
    assert not _claims(lint, not_flagged)
