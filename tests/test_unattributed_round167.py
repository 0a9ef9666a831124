"""Unattributed claims, round 167: regional news, opinion and celebrity copy (issue 14).

Built, each a construction of English with its traps:

1. A hospital's grade of injuries (word class ``attribution/graded-conditions``: condition,
   injury, wound, burn; passive.py): "with injuries described as serious but not
   life-threatening" is the service's report of a patient, as round 124's "his condition was
   described as stable" is, in the reduced relative too. Only the grades count ("injuries
   described as horrific" stays a view).
2. An impersonal passive with a that-less content clause (passive.py, ``_by_in_content``): a
   by-phrase after the clause's own finite verb is that verb's ("It is understood the service
   could close by the autumn", "It is thought the ring was run by a local family"), not the
   agent of "understood".
3. An adverb of time or sequence between "it" and an emergence ("It later emerged that", "it
   subsequently transpired that"), a pattern of the vague-provenance rule.
4. The conditional of credence with talk as its subject ("if the gossip in the bar queues is to
   be believed", "If reports are to be believed"): hearsay passed on and left to nobody. A
   possessive, a named subject, a definite "the reports" or a named outlet in the phrase are
   not it.
5. Material seen by a viewer names no maker (provenance.py; coverage.py): "Documents seen by the
   Courier suggest" names who saw them, not who made them, as "seen by this newspaper" does;
   a maker named after the viewer ("and drawn up by the council") or the body's own papers
   ("Internal memos seen by the Courier") clear it.
6. A vague source's content (decision.py): a vague-provenance or reputation cue inside the
   content clause of a warned vague source ("Council sources told this newspaper that concerns
   ... were first raised") is the group's one claim: a hint, as round 151 made it for a hearsay
   passive's content. An inner hearsay of its own ("is said to", "widely seen as") stays warned.
7. A named confirmation next of a clause about the same thing (clearing.py,
   ``confirmed_clause_next``): "Traders have complained that the camera does not work. The
   council confirmed on Monday that the camera had been out of action." The confirmer's own
   that-clause takes up a word of the claim: a hint (it may confirm a neighbouring fact), not a
   clearing. A confirmation of another thing or a plain "said" leaves the warning.
8. After a determiner, an evidential verb's form is a noun (provenance.py): "Critics claim the
   show will be axed" is the critics' claim, not a claim noun whose verb is "show" (which made it
   a hint that hid the vague source).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_silent, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "She was taken to hospital with injuries described as serious but not life-threatening.",
    "He suffered injuries described as life-threatening.",
    "His injuries were described as critical.",
    "The boy was treated for burns described as serious.",
])
def test_a_graded_injury_is_no_view(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Her injuries were described as horrific.", "described as"),
    ("The damage was described as serious.", "described as"),
    ("The plan was described as critical to the town.", "described as"),
])
def test_no_grade_or_no_patient_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It is understood the service could close by the autumn.", "It is understood"),
    ("It is feared the service could close by the end of May if the target is not met.", "It is feared"),
    ("It is thought the ring was run by a local family.", "It is thought"),
    ("It is understood the deal was agreed by the board on Monday.", "It is understood"),
])
def test_a_content_clause_keeps_its_own_by_phrase(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: the impersonal passive's own agent, before its clause
    "It is understood by the council that the service could close.",
    "It was reported by the Harbour Courier the service could close.",
])
def test_the_passive_own_agent_still_clears(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It later emerged that the van had failed its MOT in January.", "It later emerged that"),
    ("It subsequently emerged that the van had failed its MOT.", "It subsequently emerged that"),
    ("It soon emerged he had lied to the inquiry.", "It soon emerged"),
    ("It then transpired that the van was stolen.", "It then transpired that"),
])
def test_an_adverb_before_an_emergence(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "plain"), [
    # traps: a physical emergence (no rule's candidate: a look-alike), a source tag
    ("It later emerged from the tunnel at the far end.", True),
    ("It later emerged that the van had failed its MOT, police said.", False),
])
def test_an_emergence_that_is_no_report(lint, sentence: str, plain: bool) -> None:
    assert_silent(lint, LEAD + sentence, plain=(LEAD + sentence,) if plain else ())


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The bistro has been open for a month and, if the gossip at the bar is to be believed, it is already full "
     "every night.", "if the gossip at the bar is to be believed"),
    ("If the rumours are to be believed, the couple have split.", "If the rumours are to be believed"),
    ("If reports are to be believed, the singer has signed a new deal.", "If reports are to be believed"),
    ("If the paddock talk is to be believed, the team will change drivers.", "If the paddock talk is to be believed"),
])
def test_credence_left_to_talk(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: a named outlet, a possessive, a named subject, a definite report told before
    "If reports in The Sun are to be believed, the couple have split.",
    "If his word is to be believed, the couple have split.",
    "If the Times is to be believed, the couple have split.",
    "If the reports are to be believed, the couple have split.",
])
def test_credence_given_to_somebody(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not claims(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "Documents seen by the Harbour Courier suggest that families stayed in hotels for a year.",
    "Emails seen by the BBC show the plan was costed.",
    "Documents seen by Reuters show the plan was costed.",
])
def test_material_seen_by_a_viewer(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "seen by")


@pytest.mark.parametrize("sentence", [
    # traps: the maker named after the viewer, or before the noun; the viewer as subject
    "Documents seen by the Courier and drawn up by the council show the plan was costed.",
    "Documents seen by the Courier, drafted by council officers, show the plan was costed.",
    "Council documents seen by the Courier show the plan was costed.",
    # the body's own papers (round 43's trap): the story names their maker
    "Internal memos seen by the Courier show the plan was costed.",
])
def test_material_whose_maker_is_named(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "inner"), [
    ("Council sources told this newspaper that concerns about the fund were first raised in 2020.",
     "concerns about the fund were first raised"),
    ("Sources said concerns about the fund were raised in 2020.", "concerns about the fund were raised"),
])
def test_a_cue_in_a_vague_source_content_is_a_hint(lint, sentence: str, inner: str) -> None:
    text = LEAD + sentence
    found = warnings(lint, text)
    assert len(found) == 1 and "ources" in found[0].message, [d.message for d in found]
    assert any(inner in d.message for d in claims(lint, text, Severity.INFO)), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "inner"), [
    # traps: an inner hearsay of its own, a writer's aside set off by commas
    ("Critics say the plan is widely seen as a failure.", "is widely seen as"),
    ("Residents say the plant is said to be unsafe.", "is said to"),
    ("Critics say the scheme, which has been widely criticised, will fail.", "has been widely criticised"),
])
def test_an_inner_hearsay_of_its_own_stays_warned(lint, sentence: str, inner: str) -> None:
    assert_warned(lint, LEAD + sentence, inner)


COMPLAINT = "Traders on the parade have complained for months that the CCTV camera does not work. "


@pytest.mark.parametrize("confirmation", [
    "The council confirmed on Monday that the camera had been out of action since August.",
    "Harbour Council confirmed that the camera was broken.",
])
def test_a_named_confirmation_of_the_same_thing_next_is_a_hint(lint, confirmation: str) -> None:
    text = LEAD + COMPLAINT + confirmation
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]
    assert any("confirms a clause" in d.message for d in claims(lint, text, Severity.INFO))


@pytest.mark.parametrize("after", [
    # traps: a confirmation of another thing, a plain "said", a confirmation the writer disputes
    "The council confirmed on Monday that the budget had been cut.",
    "The council said on Monday that the camera had been out of action since August.",
])
def test_no_confirmation_of_the_same_thing_leaves_it_warned(lint, after: str) -> None:
    assert_warned(lint, LEAD + COMPLAINT + after, "Traders on the parade have complained")


@pytest.mark.parametrize(("sentence", "cue"), [
    # 8. after a determiner, an evidential verb's form is a noun ("the show", "the report"): the
    # group's "claim" is its verb, not a report noun whose verb is "show" (provenance.py)
    ("Critics claim the show will be axed.", "Critics claim"),
    ("Insiders claim that the show will be axed.", "Insiders claim"),
    ("Sources claim the report will be shelved.", "Sources claim"),
])
def test_a_group_claim_before_a_noun_that_is_also_a_verb(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: a report noun and its evidential verb still read so
    "Reports the council published show that the pier was never inspected.",
    "Claims this week suggest the pier was never inspected.",
])
def test_a_report_noun_with_its_verb_stays_provenance(lint, sentence: str) -> None:
    assert any("from where" in d.message or "which" in d.message.lower() for d in claims(lint, LEAD + sentence)), \
        [d.message for d in claims(lint, LEAD + sentence)]
