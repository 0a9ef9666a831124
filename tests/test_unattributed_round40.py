"""Unattributed claims, round 40: what people can do or want is no claim; witnesses; more found.

Precision: a speech verb after a modal of ability or permission tells what people can do, not
what they said ("residents could report a fault through the app"); desire is no claim ("fans
hoped the couple would ..."); a verb of expecting that only measures a comparison ("than some
investors had feared.") holds no view; witnesses tell what they saw whatever the words, and
participants telling their own plan ("said they were considering legal action") are first-hand
accounts: hints. "Some would argue", "some could argue", officials and opinion groups still warn.

Recall: estimates nobody owns ("estimates suggest", "with
some estimates reaching"); a passive about a quantified group set against a named lead by
"but"; "it emerged he"; "Apparently" before a bare subject; "there is a widespread view that";
"It was gathered that"; "officials have assessed that".

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 40.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    ("Estimates suggest the repair bill is far higher.", "Estimates suggest"),
    ("Some estimates put the figure at 9,000.", "Some estimates put"),
    ("The council counts 400 empty homes, with some estimates reaching 2,000.", "with some estimates"),
    ("Mayor Ana Ruiz said on Monday the town would hire more wardens. She has opposed fines, but many "
     "landlords are said to charge the fee anyway.", "are said to"),
    ("A councillor is facing questions after it emerged he was paid by a builder.", "it emerged"),
    ("Apparently large parts of the old quay were never surveyed.", "Apparently"),
    ("There is a widespread view in the party that the leader will go.", "There is a widespread view"),
    ("It was gathered that the gang had demanded a ransom from each family.", "It was gathered"),
    ("Intelligence officials have assessed that the rebels are short of fuel.", "officials have assessed"),
    # what still warns beside the new hints
    ("Some would argue that the quay should never have been sold.", "Some would argue"),
    ("Some could argue that the quay should never have been sold.", "Some could argue"),
    ("Witnesses believe the driver had been drinking.", "Witnesses believe"),
    ("Some parents say the school has been failing for years.", "Some parents say"),
    ("Officials said they were considering legal action against the builder.", "Officials said"),
    ("Critics fear the toll will drive trade away.", "Critics fear"),
]

HINTS = [
    "Witnesses said the van had been overtaking a tractor before it left the road.",
    "Eyewitnesses told reporters the ferry struck the quay at speed.",
    "Some parents said they were considering legal action against the school board.",
    "Residents said they were planning a protest outside the town hall.",
]

SILENT = [
    "A council spokesperson said residents could report a broken streetlight through the app.",
    "Parents can say no to the trip at any time.",
    "Residents could complain to the ombudsman if repairs were late.",
    "Fans hoped the couple would marry in Rome.",
    "The wedding was every bit as lavish as fans had hoped.",
    "Shares rose because the rules were less strict than some investors had feared.",
    "Markets fear that rates will rise again in spring.",
    "The party emerged as the winner after the recount.",
    "Apparently unhurt, the driver climbed out of the cab.",
    "There is a fine view of the bay from the quay.",
    "Activists gathered that evening outside the hall.",
    "Experts assessed the damage to the quay on Monday.",
    "A 2019 estimate by the port authority put the cost at £4m.",
    "The firm raised its estimates for the year.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round40_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize("text", HINTS)
def test_round40_hint(lint, text):
    assert_hint(lint, text)


# Kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate, see
# tests/trap_guard.py); every other silent case holds a candidate the judge keeps quiet.
PLAIN = frozenset({
    'The party emerged as the winner after the recount.',
    'Apparently unhurt, the driver climbed out of the cab.',
})


@pytest.mark.parametrize("text", SILENT)
def test_round40_silent(lint, text):
    assert_silent(lint, text, PLAIN)
