"""Unattributed claims: the largest kinds of false alarm of round 28's tuning half (half A of the
pooled table of rounds 18-27's judged fresh sets), fixed as grammar. A ruling on fitness or on a
ground ("was deemed fit to play", "deemed unplayable") and "deemed" after a verb that sets
evidence aside ("disregard testimony from an officer deemed to have ...") are decisions, not
views; a document named in the next sentence by its maker ("The monthly report by the X Office")
or its title clears "according to a recent report" and research people; a request refused ("whose
requests for asylum were rejected by the authorities") and a vote's margin ("rejected by a
narrow margin") report no claim; people who "expressed concerns" with no content are told apart
by it, the claim (if any) is the main verb's; "media report on X" or "report objectively" is
coverage; "called her to ask" is a telephone call; a negated impersonal passive of telling ("It's
never stated that") tells nothing; a faith holds the view of "considered holy in Hinduism"; a
compared group ("than those who disagree.") says nothing; what a named poll found is a hint; a
sentence-opening surname of a person named before ("Velarde and opposition
lawmakers criticised") is that person, one named source of the claim. Each case is a pair
written for these tests: the true claim stays a warning; the look-alike is silent.
See docs/history/unattributed-claims.md, round 28.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (a warning, its look-alike that is silent)
SILENT = [
    # a ruling on fitness or on a ground; a verdict on worth stays
    ("The striker was deemed a failure an hour before kick-off but scored in the second half.",
     "The striker was deemed fit to play an hour before kick-off but failed to get through the warm-up."),
    ("Since the first match was deemed a disgrace, the visitors have won twice.",
     "Since the first match was deemed unplayable, the visitors have won twice."),
    # "deemed" after a verb that sets evidence aside: the court deems it
    ("The panel praised evidence from any officer deemed to have hidden the footage.",
     "The report asked courts to tell juries to disregard evidence from any officer deemed to have "
     "hidden the footage."),
    # a document named in the next sentence by its maker or its title
    ("The sea was the warmest on record last month, government scientists have said. The monthly "
     "report is the first of the year.",
     "The sea was the warmest on record last month, government scientists have said. The monthly "
     "report by the National Marine Office is the first of the year."),
    ("Half the town now has cleaner air, according to a recent report. The report was published "
     "last week.",
     "Half the town now has cleaner air, according to a recent report. The report - A Clean Air Plan "
     "for Dunmore 2016 - was published on Jan 10 by the Harbour Trust."),
    ("Most dock workers now come from the south, according to a recent survey. The share has doubled "
     "since 2010.",
     "Most dock workers now come from the south, according to a recent survey. The Annual Report on "
     "Overseas Harbour Labour Study said the share had doubled."),
    # a request refused, and a vote's margin
    ("The plan to close the school has been rejected by local authorities as too costly.",
     "Hundreds of families whose requests for asylum have been rejected by Dutch authorities are "
     "left in limbo."),
    ("The amendment passed the upper house but was rejected by critics as a trick.",
     "The amendment passed the upper house but was rejected by a narrow margin in the lower house."),
    # a concern voiced with no content: who the people are, not what they claim
    ("The minister said that members who have expressed concerns that the costs will rise should "
     "be heard.",
     "The minister promised that members who have expressed concerns will see the costs before the "
     "vote."),
    # what the press covers, or how
    ("Few German media report that the militia controls the valley.",
     "Few German media report on the real role of the militia."),
    ("There are some examples of outlets that cover this, and some print media report the militia "
     "controls the valley.",
     "There are some examples of outlets that cover this, and some print media report very "
     "objectively."),
    ("Some German media reported on Tuesday that the militia controls the valley.",
     "Few German media report on the real role of the militia in the valley."),
    # a surname of a person named before, opening the sentence before "and <group>"
    ("The bill was opposed by the church. Intelligence and opposition lawmakers also criticised the "
     "way the vote was held.",
     "The bill was opposed by the church, said Father Tomas Velarde, its spokesman. Velarde and "
     "opposition lawmakers also criticised the way the vote was held."),
    # a telephone call, not a name given
    ("Mara came to the island after a friend visited with an aid group and called her a hero.",
     "Mara came to the island after a friend visited with an aid group and called her to ask if she "
     "knew any nurses."),
    # an impersonal passive of telling, negated: nobody is said to have said it
    ("It is not thought that anyone was hurt in the blast on the pier.",
     "It's never stated that the captain is ill, but the actor said he believed it."),
    # a faith as the holder of the view
    ("For years hardline groups have demanded an end to the slaughter of cows, which are considered "
     "holy in the region.",
     "For years hardline groups have demanded an end to the slaughter of cows, which are considered "
     "holy in Hinduism."),
    # a compared group, told apart by its view, says nothing
    ("But there are those who strongly disagree.",
     "Teachers who agree the rules are fair are less likely to leave than those who strongly disagree."),
]


@pytest.mark.parametrize(("flagged", "cleared"), SILENT)
def test_round28_cleared_look_alikes(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_round28_a_surname_named_nowhere_before_stays_a_warning(lint):
    # the capitalised word is a person only when the piece gave the full name before
    text = "The bill passed on Monday. Velarde and opposition lawmakers also criticised the way the vote was held."
    assert _warnings(lint, text)


def test_round28_a_named_poll_finds_a_split_a_hint(lint):
    # what a poll its maker names found is the poll's measure: a hint, not a warning
    flagged = "Opinion was split, with 54% saying it belonged in the cupboard."
    hinted = ("Asda's poll of some 2,600 people found opinion was split, with 54% saying it belonged "
              "in the cupboard.")
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)
