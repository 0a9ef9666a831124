"""Unattributed claims: constructions real, unscored copy showed the judge reading wrongly.

Each kind comes with a pair written for these tests: the cue alone (a warning) and the
same cue in the construction that gives it a holder (cleared, or an ``info`` hint that says
where the holder is). See docs/history/unattributed-claims.md, round 8.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


# the clause a denial denies is asserted by nobody, whoever denies it
DENIED = [
    ("Spot checks were ever considered as part of the bargain.",
     "Smith flatly denied that spot checks were ever considered as part of the bargain."),
    ("The coach was widely seen as the cause of the slump.",
     "The club disputed suggestions that the coach was widely seen as the cause of the slump."),
]

# a complaint or a feeling is speech or a view: it leads what follows like "said"
LED = [
    ("He has allegedly shown contempt for the tenants.",
     "The resolution also laments that he has allegedly shown contempt for the tenants."),
    ("The scheme can be dropped, allegedly because better tools now exist.",
     "She feels the scheme can be dropped, allegedly because better tools now exist."),
]


@pytest.mark.parametrize(("flagged", "cleared"), DENIED + LED)
def test_a_denial_or_a_complaint_holds_its_clause(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# the holder is in the cue's own sentence (or the one next to it), without the words saying
# outright that the claim is theirs: a hint, with a note
HELD = [
    # a naming statement: what follows in its sentence is part of it
    ("The driver, Carl Moss, 44, was believed to have acted alone.",
     "Police identified the driver as Carl Moss, 44, who was believed to have acted alone.",
     "statement that named"),
    # people the police are after, told by a relative clause
    ("Two men are alleged to have set fire to a barn near the ring road.",
     "Harbour police are searching for two men who are alleged to have set fire to a barn.",
     "pursuing or holding them"),
    # a rebuke done for what is alleged
    ("The mayor defended his allegedly lax approach on Monday.",
     "The mayor was mocked by the tabloids for his allegedly lax approach.",
     "Whoever mocked them"),
    # a criminal complaint is court copy
    ("The rifles are the ones Dorn allegedly sold to the buyer.",
     "It is not clear from the criminal complaint whether the rifles are the ones Dorn allegedly sold.",
     "court copy"),
    # a survey named in the cue's clause holds the view
    ("Goldberg was considered one of the ablest mayors of her era.",
     "Goldberg was considered one of the ablest mayors in two surveys of historians.",
     "survey or poll"),
    # a report's verdict, the report named in the sentence before
    ("The board met on Monday. The chairman was also criticised for approving the loan.",
     "The audit faulted the board. The chairman was also criticised for approving the loan.",
     "verdict of the report"),
    # a listing by the body the next sentence names, even in the next paragraph
    ('The bridge is still labelled as "structurally deficient," and for good reason.\n\n'
     "It carries 40,000 cars a day.",
     'The bridge is still labelled as "structurally deficient," and for good reason.\n\n'
     'With a span of 300 metres, it is rated "poor" by the State Highway Agency.',
     "names the body"),
]


@pytest.mark.parametrize(("flagged", "hinted", "note"), HELD)
def test_a_holder_in_reach_makes_a_hint(lint, flagged, hinted, note):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    hints = _claims(lint, hinted, Severity.INFO)
    assert any(note in d.message for d in hints), hints


def test_people_who_claim_something_of_themselves_are_claimants(lint):
    """"People who claim to have been harmed" tells who they are; "People claim" is a vague source."""
    assert _warnings(lint, "People claim to have seen the animal near the dam.")
    assert not _claims(lint, "Hundreds of people who claim to have been harmed by the pill have sued the maker.")


def test_feel_with_a_preposition_is_a_feeling_not_a_view(lint):
    assert _warnings(lint, "Many feel the scheme is unfair.")
    assert not _claims(lint, "Their pitch is easing the stress that people feel around their bills.")


def test_a_quote_within_a_quote_stays_the_speakers(lint):
    """A single-quoted phrase inside a double-quoted quotation (its apostrophes may pair wrongly
    with the single marks) is still inside the quotation."""
    bare = "The men went on to become highly respected members of the board in Leeds."
    nested = ("The Gazette reported that the inspector's notes \u201cdo not name the firm but say she was "
              "hired by men \u2018from a rival farmers\u2019 union\u2019 who went on to become \u2018highly "
              "respected and well-paid members of the board in Leeds.\u2019\u201d")
    assert _warnings(lint, bare)
    assert not _claims(lint, nested)


def test_a_lead_closed_by_a_colon_covers_its_sentence(lint):
    """After "The Courier reports:" the rest of the sentence is the outlet's report, a relative
    clause too; the same words with no lead stay the writer's."""
    bare = "Drivers face a longer road than the coast route, which is widely seen as the safest."
    led = "The Daily Courier reports: drivers face a longer road than the coast route, which is widely seen as the safest."
    assert _warnings(lint, bare)
    assert not _claims(lint, led)


@pytest.mark.parametrize("text", [
    # talks are no pursuit: the leaders' allegation has no holder
    "Officials held talks with leaders who allegedly funded the militias.",
    # "poll-driven" names no poll
    "The loss was seen as a blow in a poll-driven race.",
    # a denial before a clause the writer adds does not reach it
    "Smith denied the report, which was widely seen as accurate.",
    # a denial not made leaves the claim standing
    "Smith did not deny that spot checks were ever considered as part of the bargain.",
])
def test_near_misses_of_the_holders_stay_warnings(lint, text):
    assert _warnings(lint, text)


# round 10: kinds fresh, unscored news pages showed (pairs written for these tests)

@pytest.mark.parametrize(("flagged", "cleared"), [
    # "feel" with a need, a force or an effect as its object tells of an experience
    ("Many drivers feel the council has failed them.",
     "Many drivers feel the need to check the weather before a long trip."),
    ("Some tenants feel the rent rise is unfair.",
     "Some tenants feel the pinch as the rent rises again."),
    # "disputed" before a place two states claim is the place's status, not a verdict
    ("The long disputed claim resurfaced in the spring.",
     "The long disputed border runs along the ridge above the valley."),
    ("The widely contested figures were published again.",
     "The widely contested islands lie two hours off the coast."),
])
def test_an_experience_or_a_status_is_no_claim(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_a_reputation_in_apposition_to_a_name_is_a_hint(lint):
    """ "Ana Ruiz, a well-known potter" describes a person the sentence names: an ``info``
    hint; the bare label, or one after a fronted time ("On Tuesday, a ..."), stays a warning."""
    named = "The fair was opened by Ana Ruiz, a well-known potter from the valley."
    assert not _warnings(lint, named)
    assert [d.severity for d in _claims(lint, named)] == [Severity.INFO]
    assert _warnings(lint, "The fair was opened by a well-known potter from the valley.")
    assert _warnings(lint, "On Tuesday, a well-known potter opened the fair.")


def test_plain_credit_for_a_deed_is_a_hint(lint):
    """ "was credited with saving the mill" is credit for a deed (on the fresh pages and in
    weasel-dev no plain one was hearsay): an ``info`` hint. A consensus adverb keeps the
    received opinion a warning."""
    plain = "The night porter was credited with saving the mill from the fire."
    assert not _warnings(lint, plain)
    assert [d.severity for d in _claims(lint, plain)] == [Severity.INFO]
    assert _warnings(lint, "The night porter is widely credited with saving the mill from the fire.")
