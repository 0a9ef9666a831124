"""Unattributed claims, round 129: precision (issue 14).

Four readings, each a hint or a silence where the copy identifies its source by other means:

1. a headline's group speaking through its own named body in the first sentences under it
   ("Residents warn ..." / "Greyford Residents' Association chairman Tom Reed said");
2. a lead's source headed by a public body's noun ("the regional health directorate said"):
   a body, as "the ministry" is (the word class ``public-bodies``);
3. a report by a body's own staff ("a report by council officers said"): its author identified
   as "by the council" is;
4. the story's own party, named by role ("The victim, who asked not to be named, said"), and a
   described source telling the outlet by telephone ("residents told the Courier by telephone").

Traps (still warned) are beside each. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


_HEADLINE = "Residents warn new bin rules will leave streets dirty\nBy Ann Lee\n"
_BODY = ("Greyford council is to introduce new bin rules in the town centre from March.\n"
         "Households will pay more for collection, under the proposals.\n")


def _headline_warned(lint, text: str) -> bool:
    return any(d.line == 1 for d in warnings(lint, text))


def _headline_hinted(lint, text: str) -> bool:
    return any(d.line == 1 for d in claims(lint, text)) and not _headline_warned(lint, text)


def test_headline_group_named_as_a_body_under_it_is_a_hint(lint) -> None:
    text = _HEADLINE + _BODY + "Greyford Residents' Association chairman Tom Reed said members were angry.\n"
    assert _headline_hinted(lint, text)


@pytest.mark.parametrize("third", [
    # a named speaker, but not of the headline's group
    "Tom Reed, a florist, said members were angry.\n",
    # the group's word at the sentence's start is no name
    "Residents said members were angry, according to Tom Reed.\n",
])
def test_headline_group_not_named_stays_warned(lint, third: str) -> None:
    assert _headline_warned(lint, _HEADLINE + _BODY + third)


def test_headline_group_body_too_far_down_stays_warned(lint) -> None:
    text = (_HEADLINE + _BODY + "The rules were drafted in the summer.\nThe vote is in March.\n"
            "Greyford Residents' Association chairman Tom Reed said members were angry.\n")
    assert _headline_warned(lint, text)


def test_lead_source_headed_by_a_public_body_is_a_hint(lint) -> None:
    text = ("Flood kills three in river valley, officials say\nBy Ann Lee\n"
            "A flash flood on Tuesday killed three people in the valley, the regional health directorate said.\n")
    assert _headline_hinted(lint, text)


def test_lead_source_of_no_body_stays_warned(lint) -> None:
    text = ("Flood kills three in river valley, officials say\nBy Ann Lee\n"
            "A flash flood on Tuesday killed three people in the valley, the local man said.\n")
    assert _headline_warned(lint, text)


@pytest.mark.parametrize("sentence", [
    "A report by council officers said the library needed £2 million of repairs.",
    "A study by ministry economists found the scheme had paid for itself.",
])
def test_a_report_by_a_bodys_staff_is_identified(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "A report by local officers said the library needed £2 million of repairs.",
    "A report by some officials said the library needed £2 million of repairs.",
    "A report said the library needed £2 million of repairs.",
])
def test_a_report_by_unplaced_people_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "report")


def test_the_victim_named_by_role_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The victim, who asked not to be named, said in a statement that he still had headaches.")


@pytest.mark.parametrize("sentence", [
    "A victim, who asked not to be named, said in a statement that he still had headaches.",
    "The official, who asked not to be named, said the deal was off.",
])
def test_an_indefinite_party_or_an_official_stays_warned(lint, sentence: str) -> None:
    assert warnings(lint, LEAD + sentence)


def test_told_the_outlet_by_telephone_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Troops were deployed overnight, but the city was calm by morning, "
                "residents told the Courier by telephone.")


@pytest.mark.parametrize("sentence", [
    "Troops were deployed overnight, but the city was calm by morning, residents told the Courier.",
    "A person familiar with the matter told the Courier that the deal was off.",
])
def test_told_the_outlet_with_no_means_stays_warned(lint, sentence: str) -> None:
    assert warnings(lint, LEAD + sentence)
