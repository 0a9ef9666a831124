"""Unattributed claims, round 72: a named source in the same sentence the judge did not read.

A vague group's members may be listed at the end of its clause rather than right after the
group: "Several towns claim to be the home of the dish, including Amblehurst and Dorrow." The
list names the claimants, as "Some critics, including Jane Roe, say" does. A list hangs on
the nearest plural before it, though, so the traps keep a plural, a pronoun, a quantifier, a
noun of a set or a name between the group's verb and the list: there the list is someone
else's, and the group stays unnamed.

A doubt adjective's noun may be picked up by a relative clause whose subject names the
claimant: "the purported owner of the boat, whom Dr. Amos says was never in the harbour". That
is a hint (the claimant may not be the one who doubts), not a warning; with no claimant, or an
unnamed one ("whom the neighbours say"), or after an adverb, it stays warned. Every sentence
is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# (cleared, trap): the same group and verb; in the trap the list has another antecedent or is
# missing
LISTED_PAIRS = [
    ("Several coastal towns claim to be the home of the fish pie, including Amblehurst, Dorrow and Kinsey Bay.",
     "Several coastal towns claim to be the home of the fish pie."),
    ("Several coastal towns claim to be the home of the fish pie, including Amblehurst, Dorrow and Kinsey Bay.",
     "Critics say the new law hurts several coastal towns, including Amblehurst and Dorrow."),
    ("Some unions have criticised the plan as unfair, among them the Transport Workers Union.",
     "Some unions have criticised the plan as unfair to their members, among them Ann Cole."),
    ("Many clubs claim to have invented the rule, notably Harrow Rovers and Eastleigh Town.",
     "Many clubs claim to have invented the rule for the league, notably Harrow Rovers."),
    ("According to experts, including Jane Roe of Carter College, the bridge is unsafe.",
     "According to experts, the bridge is unsafe for vehicles such as Tilbury buses."),
    ("Several charities have warned of a crisis, such as Shelter Now and Home First.",
     "Several charities have warned of a crisis in Europe, notably Germany."),
]
# a set noun or a pronoun before the list keeps it off the group
SET_TRAPS = [
    "Analysts warn of more risk to the sector, including Acme Corp.",
    "Many residents say they were never consulted, including Ann Cole.",
    "Experts say the bridge is unsafe, including in winter.",
]


@pytest.mark.parametrize(("cleared", "trap"), LISTED_PAIRS)
def test_members_listed_after_the_clause_clear_the_group(lint, cleared: str, trap: str) -> None:
    assert not claims(lint, LEAD + cleared), [d.message for d in claims(lint, LEAD + cleared)]
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


@pytest.mark.parametrize("text", SET_TRAPS)
def test_a_list_on_another_antecedent_leaves_the_group_warned(lint, text: str) -> None:
    assert warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


# (hint, trap): a named claimant in the relative clause, against none or an unnamed one
CLAIMANT_PAIRS = [
    ("Police are questioning the purported owner of the boat, whom Dr. Amos says was never in the harbour.",
     "Police are questioning the purported owner of the boat, whom the neighbours say was never in the harbour."),
    ("The supposed cure, which Ms. Lane insists was tested on her patients, is sold online.",
     "The supposed cure, which was tested on her patients, is sold online."),
    ("The panel will not hear the purported witness, Tom Hale, who Ann Reyes claims was at the party.",
     "The panel will not hear the purported witness, Tom Hale, who was at the party."),
]


@pytest.mark.parametrize(("hint", "trap"), CLAIMANT_PAIRS)
def test_a_named_claimant_in_the_relative_makes_a_doubt_adjective_a_hint(lint, hint: str, trap: str) -> None:
    assert_hint(lint, LEAD + hint)
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


def test_a_doubt_adverb_before_a_claimant_relative_stays_warned(lint) -> None:
    """The relative qualifies the adverb's object, not the doubt: "the van that Reyes says"."""
    text = LEAD + "He allegedly took the van that Ann Reyes says was hers."
    assert warnings(lint, text), [d.message for d in claims(lint, text)]
