"""Unattributed claims: kinds of false alarm round 22 listed as left on fresh news copy, fixed
as grammar in round 23, each with a pair written for these tests: the true claim that stays a
warning, and the look-alike that is sourced or no claim at all. See
docs/history/unattributed-claims.md, round 23.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


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


# (a warning with the next sentence of the first text; cleared with that of the second)
RELATIVE = [
    # a member of the group named as a speaker, with the role in a relative clause
    ('The channel is in doubt, according to a former senior diplomat. "It depends on the new '
     'government," said Sam Karimi, who met the deputy foreign minister twice.',
     'The channel is in doubt, according to a former senior diplomat. "It depends on the new '
     'government," said Sam Karimi, who served twice as deputy foreign minister.'),
    # the text's "-" for a space, glued to "who"
    ('The channel is in doubt, according to a former senior diplomat. "It depends on the new '
     'government," said Sam Karimi, who-met the deputy foreign minister twice.',
     'The channel is in doubt, according to a former senior diplomat. "It depends on the new '
     'government," said Sam Karimi, who-served twice as deputy foreign minister.'),
    ('The talks will resume in May, analysts say. "It is a slow process," said Dana Reyes, '
     'who met analysts at the Lowy Institute.',
     'The talks will resume in May, analysts say. "It is a slow process," said Dana Reyes, '
     'who is a senior analyst at the Lowy Institute.'),
    # an office held: "who heads", a speaker with its verb after the clause
    ("The border will reopen in May, officials said. Omar Haddad, who heads the border agency, was not available.",
     "The border will reopen in May, officials said. Omar Haddad, who heads the border agency, said crossings would stay open."),
]


@pytest.mark.parametrize(("flagged", "cleared"), RELATIVE)
def test_round23_member_in_relative_clause(lint, flagged, cleared):
    # "analysts say" before a quoted speaker is a hint (info) at most; cleared, nothing is left
    assert _claims(lint, flagged)
    assert not _claims(lint, cleared)


def test_round23_relative_clause_names_no_speaker(lint):
    # the role in a relative clause of a person met, not quoted: the group stays unnamed
    assert _warnings(lint, "The border will reopen in May, officials said. The envoy met Omar Haddad, "
                           "who heads the border agency, on Monday.")


# (a warning, silent): one capitalised word after a lower-case "according to" is a title
TITLE = [
    ("The couple married in June, according to people close to them.",
     "The couple married in June, according to People."),
    ("The couple married in June, according to Insiders at the label.",
     "The couple married in June, according to People magazine."),
    # a Title-Case headline capitalises every word: its "Experts" is still a group
    ("Prices Will Rise Next Year, According To Experts",
     "Prices will rise next year, according to Forbes."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'Prices will rise next year, according to Forbes.',
})


@pytest.mark.parametrize(("flagged", "cleared"), TITLE)
def test_round23_title_after_according_to(lint, flagged, cleared):
    assert_trap(cleared, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)
