"""Review 134 (of loaded159, unattr166, loaded160 and advert134): traps in other desks' voices.

Mended, each failing on main 0209398d:

- unattr166's transfer link and transfer target read any subject: on the business, science,
  politics and courts desks "has been linked to a move in oil prices", "the transfer of shares",
  "a switch in farming practice" and "The reef has emerged as a target for several research
  teams" were warned as transfer talk. The subject must be a person or a club (a capitalised
  name, a pronoun, an age, a person noun of ``group-speakers`` or a role of ``squad-roles``),
  and a move noun followed by "of", "in", "into" or "towards" tells of a change, not a club.
- loaded159's instrument of force took the head of a measure for the blow's instrument:
  "slammed with a chain of complaints" was dropped as a physical act; an instrument noun
  followed by "of" is no instrument.
- advert134's public web address took a bare suffix word for an address ("Visit Parliament
  Street Deli", "Join Police Road Gym"): an address has a dot.

Traps pinned that the rounds already read right: "Prosecutors alleged that" (no vague source),
"Sales rose and compared well with last year", "It was a scandal that rocked the club".
Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.insertion import _public_address
from tests.family_lint import LEAD, assert_warned, claims, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    # business, science, politics, courts: a change of something, no player (warned on 0209398d)
    "The rise in inflation has been linked to a move in global oil prices.",
    "The decline in bee numbers is linked to a switch in farming practice.",
    "The outbreak was linked to a return of migratory birds to the marshes.",
    "The payments were linked to the transfer of shares between the two directors.",
    "The drop in turnout has been linked to a move towards postal voting.",
    "The fall in admissions has been linked to a switch from coal to gas heating.",
    "The singer has been linked with a move into acting.",
    # a target of teams that are no clubs, told of a thing (warned on 0209398d)
    "The reef has emerged as a target for several research teams.",
    "The wreck has become a target for three diving teams this summer.",
    "The comet is a prime target for several observation teams.",
    "The reef, which lies off the cape, has emerged as a target for several research teams.",
])
def test_review134_links_and_targets_off_the_sports_desk_are_no_transfer_talk(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not [d for d in warnings(lint, text) if "ransfer" in d.message or "whose target" in d.message], \
        [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The striker has been linked with a move to Lyon.", "has been linked with"),
    ("The 23-year-old has been linked with a string of clubs across Europe.", "has been linked with"),
    ("Rovers have been linked with a move for the striker.", "have been linked with"),
    ("The goalkeeper has emerged as a target for two Spanish clubs.", "has emerged as a target for"),
    ("He has been linked to a return to Celtic.", "has been linked to"),
    # the subject before an aside set off by commas
    ("The 21-year-old, who scored 17 goals last season, has been linked with a move to Porto.", "has been linked with"),
    ("The keeper, signed from Hull in 2022, is a target for two German clubs.", "is a target for"),
])
def test_review134_transfer_talk_of_a_player_or_a_club_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "word"), [
    # a measure headed by an instrument noun: the criticism is the head (not reported on 0209398d)
    ("The airline was slammed with a chain of complaints.", "slammed"),
    # a measure noun that is no instrument (pinned)
    ("The council was blasted with a string of complaints about the bins.", "blasted"),
])
def test_review134_a_measure_with_of_is_no_instrument_of_force(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_review134_an_instrument_of_force_still_drops(lint) -> None:
    assert severity_in_body(lint, "Police blasted the crowd with water cannon.", "blasted") is None


@pytest.mark.parametrize(("sentence", "at", "public"), [
    # a bare suffix word is a name (True on 0209398d)
    ("Visit Parliament Street Deli today", 5, False),
    ("Join Police Road Gym today", 4, False),
    ("Visit NHS Direct for advice", 5, False),
    # addresses
    ("Visit nhs.uk/rsv", 5, True),
    ("go to gov.uk/register-to-vote", 2, True),
    ("report it at police.uk", 6, True),
    ("Visit who.int for advice", 5, True),
    ("visit www.ox.ac.uk.", 5, True),
])
def test_review134_a_public_address_has_a_dot(sentence: str, at: int, public: bool) -> None:
    assert _public_address(sentence, at) is public


def test_review134_court_and_business_traps_pinned(lint) -> None:
    assert not warnings(lint, LEAD + "Prosecutors alleged that the defendant had forged the signatures.")
    assert severity_in_body(lint, "Sales rose and compared well with last year.", "compared") is None
    assert severity_in_body(lint, "It was a scandal that rocked the club for a decade.", "scandal") == "info"
