"""Unattributed claims, round 169: business, politics and courts copy (issue 14).

Built, each a construction of English with its traps:

1. Talk of unstated origin as the frame of its that-clause (attribution/decision.py
   ``_FRAMES``): "Rumours spread on Friday that the singer had been seen in Lisbon" is one
   claim, the rumour's; the sighting inside it is a hint, not a second warning.
2. A closing "according to" tag with a vague teller after a hearsay passive already warned
   (attribution/decision.py ``tag_of_frame``): "The governor is said to be angry at the vote,
   according to several newspapers" is one claim, warned at the passive.
3. Officials placed in one office who speak "privately" or "in private" (attribution/decision.py
   ``OFF_RECORD_IN``): the office no longer lowers the warning ("Local officials privately fear
   that"), since the words say they are not on the record.
4. A bare quantifier counting the people the sentence before opened with (sources/unnamed.py
   ``_scene_antecedent``): "Tenants met at the hall on Tuesday. Many said they had received no
   warning" reads "many" as tenants, people who were there telling their own experience; and
   a passive of what was done to them tells that experience too (sources/firsthand.py
   ``_TREATED``: "said they were given no chance to ask questions").

5. A body's capitalised name with a title and a name after it (sources/unnamed.py
   ``_titled_member_of_name``): "Friends of the Marsh chairman Tom Reilly said" is the named
   chairman of a named body; "Friends of the Prince say" stays vague.
6. An unnamed source described by its access (attribution/decision.py ``placed_by_access``):
   "according to a person who has seen the contract", "people with direct knowledge of the
   terms" are hints; "people familiar with the matter" stays warned.
7. Hearsay "apparently" after a live page's time stamp ("**14:30** Apparently the plan ...") and
   in the perfect passive of a deed with its agent ("has apparently been approached by");
   "operative" as a source noun ("Campaign operatives privately admit that"); a group speaking
   "privately" is not cleared by a member named next who speaks on the record.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _severity_at(lint, text: str, phrase: str) -> str | None:
    """The severity of the unattributed-claim diagnostic that starts at ``phrase``."""
    at = text.index(phrase)
    lines = text[:at].split("\n")
    line, col = len(lines), len(lines[-1]) + 1
    found = [d.severity.value for d in claims(lint, text) if d.line == line and d.column == col]
    return found[0] if found else None


@pytest.mark.parametrize(("sentence", "outer", "inner"), [
    ("Rumours spread on Friday that the singer had been seen in Lisbon, but his label said he was at home.",
     "Rumours spread", "had been seen"),
    ("Posts circulated overnight that the mayor had been spotted at the airport.",
     "Posts circulated", "had been spotted"),
])
def test_a_sighting_inside_talk_is_one_claim(lint, sentence: str, outer: str, inner: str) -> None:
    text = LEAD + sentence
    assert _severity_at(lint, text, outer) == "warning"
    assert _severity_at(lint, text, inner) == "info"


def test_a_sighting_on_its_own_still_warns(lint) -> None:
    text = LEAD + "The singer had been seen in Lisbon on Friday."
    assert _severity_at(lint, text, "had been seen") == "warning"


@pytest.mark.parametrize(("sentence", "passive", "tag"), [
    ("The governor is said to be furious at the vote and may veto it, according to several newspapers.",
     "is said to", "according to several newspapers"),
    ("The chairman is said to be weighing an offer, according to people close to the board.",
     "is said to", "according to people close to the board"),
])
def test_a_vague_tag_of_a_warned_passive_is_one_claim(lint, sentence: str, passive: str, tag: str) -> None:
    text = LEAD + sentence
    assert _severity_at(lint, text, passive) == "warning"
    assert _severity_at(lint, text, tag) in (None, "info")


def test_a_vague_tag_after_a_semicolon_is_its_own_claim(lint) -> None:
    text = LEAD + ("The chairman is said to be weighing an offer; the bid is worth £40m, "
                   "according to people close to the board.")
    assert _severity_at(lint, text, "according to people close to the board") == "warning"


def test_a_vague_tag_alone_still_warns(lint) -> None:
    assert_warned(lint, LEAD + "The bid is worth £40m, according to people close to the board.",
                  "according to people close to the board")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The bakery chain posted a loss. Local officials privately fear that the high street will empty.",
     "Local officials privately fear"),
    ("The port reopened on Monday. Harbour officials privately concede that the dredging is months late.",
     "Harbour officials privately concede"),
])
def test_officials_of_an_office_speaking_privately_warn(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_officials_of_an_office_on_the_record_are_a_hint(lint) -> None:
    # the trap: the same officials without "privately" keep the office's hint
    assert_hint(lint, LEAD + "The port reopened on Monday. Harbour officials said the dredging was months late.")


@pytest.mark.parametrize("sentence", [
    "Tenants met at the community hall on Tuesday. Many said they had received no warning of the rise.",
    "Workers heard the news at a 7 a.m. meeting in the canteen. Several said they were given no chance to speak.",
    "Passengers waited on the platform for two hours. Some said they had been told to find a taxi.",
])
def test_a_quantifier_counting_people_who_were_there(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    # traps: no people opening the sentence before; a view, not an experience; a new paragraph
    ("The council met on Tuesday. Several said the rise was unfair.", "Several said"),
    ("Tenants met at the community hall on Tuesday. Many said the landlord would sell the block.", "Many said"),
    ("Tenants met at the community hall on Tuesday.\n\nMany said the landlord would sell the block.", "Many said"),
    ("The meeting ran late. Some said they were certain the plan would fail.", "Some said"),
])
def test_a_quantifier_with_no_such_people_or_a_view_still_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_titled_member_of_a_named_body(lint) -> None:
    assert_silent(lint, LEAD + "Walkers objected to the plan. Friends of the Marsh chairman Tom Reilly said "
                               "the scheme would drain the wetland.")


def test_friends_of_a_person_stay_vague(lint) -> None:
    assert_warned(lint, LEAD + "Friends of the Prince say he is upset about the book.", "Friends of the Prince say")


@pytest.mark.parametrize("sentence", [
    "The deal is worth $40m, according to a person who has seen the contract.",
    "The deal is worth $40m, according to two people with direct knowledge of the terms.",
])
def test_a_source_placed_by_its_access(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The deal is worth $40m, according to people familiar with the matter.", "people familiar with the matter"),
    ("The deal is worth $40m, according to people with knowledge of the talks.", "people with knowledge of the talks"),
    ("The deal is worth $40m, according to a person who has worked on it.", "according to a person who"),
])
def test_a_source_without_access_still_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "**14:30** Apparently the village flood plan has not been updated since 2016.",
    "14:30 Apparently the village flood plan has not been updated since 2016.",
    "Ms Hale has apparently been approached by a residents' group about standing.",
    "The keeper had apparently been warned by the club before the match.",
])
def test_hearsay_apparently(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "pparently")


@pytest.mark.parametrize("sentence", [
    "The striker has apparently been pleased with his form.",
    "At 14:30 the river was apparently calm.",
])
def test_apparently_of_a_look_or_state(lint, sentence: str) -> None:
    assert not [d for d in claims(lint, LEAD + sentence) if "pparently" in d.message and d.severity.value == "warning"]


def test_campaign_operatives_are_a_source(lint) -> None:
    assert_warned(lint, LEAD + "Campaign operatives privately admit the tactics are distasteful.",
                  "Campaign operatives privately admit")


def test_the_operative_word_is_no_source(lint) -> None:
    assert not claims(lint, LEAD + "The operative word in the ruling is may.")


def test_a_private_group_is_not_its_named_member(lint) -> None:
    text = LEAD + ("The row has angered Paris, where officials privately accuse The Hague of stalling.\n\n"
                   "French President Camille Rousseau said on her way out that Europe could not wait.")
    assert_warned(lint, text, "officials privately accuse")


def test_a_group_on_the_record_is_its_named_member(lint) -> None:
    # the trap: without "privately", the titled speaker next is one of the officials
    text = LEAD + ("The row has angered Paris, where officials accuse The Hague of stalling.\n\n"
                   "French President Camille Rousseau said on her way out that Europe could not wait.")
    assert_silent(lint, text)
