"""Unattributed claims, round 100: a careful newsroom's copy (D100, issue 14).

1. An impersonal emergence with a time or place adjunct before its clause ("it emerged over the
   holiday that"): still nobody's report.
2. Hearsay "apparently" before the progressive of deliberating ("are apparently considering a
   move"): an intention nobody can see; "is apparently running late" stays silent.
3. A negative subject ("Nobody commented.") is no named source in the next sentence.
4. A named speaker whose title opens the next sentence before the name ("Coastguard officer Tom
   Reid said ...") vouches for a passive of belief, as "Tom Reid, a coastguard officer, said"
   does; not for the newsroom's "is understood to" (learned off the record: the titled speaker
   next most often answers it) nor for other cues.
5. Participants telling their own intention ("some shoppers said they would drive elsewhere"):
   first-hand, a hint; a forecast ("would be priced out") or a view ("would expect") stays warned.
6. A body made of the group's own people named beside it ("surveyors ... and the Institute of
   Chartered Surveyors said"): a hint; a council answering them leaves the warning.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Earlier talks failed. It emerged over the holiday that the ferry had been sold twice.", "It emerged over"),
    ("It came to light in recent weeks that the lock had been broken since May.", "It came to light in"),
    ("The fares rose. Two bakeries on the quay are apparently considering a move to the estate.", "apparently"),
    ("The club was apparently preparing to sell its ground.", "apparently"),
    ("It emerged over the holiday that the ferry had been sold twice. Nobody commented.", "It emerged over"),
    ("It emerged over the holiday that the ferry had been sold twice. No one at the port would say more.",
     "It emerged over"),
    ("Some shoppers on the high street said they would be priced out within a year.", "Some shoppers"),
    ("Some analysts said they would expect the bank to cut rates.", "Some analysts"),
    ("The city promised checks. Surveyors and opposition politicians have since accused officials of "
     "ignoring the rules, and the City Council said in March that it would act.", "Surveyors and opposition"),
    ("The storm is thought to have been the strongest this year. Two days on, the coast road was still shut.",
     "is thought to"),
    ("The keeper is understood to be wanted by two clubs. Rovers chairman Ian Hale said he was not for sale.",
     "is understood to"),
    ("The mill allegedly dumped waste in the river. Parish councillor Ann Vale said the river was clean.",
     "allegedly"),
])
def test_the_kinds_and_their_traps_are_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The late train is apparently running behind again.",
    "It emerged in the final minute from behind the pack and won.",
])
def test_look_alikes_stay_quiet(lint, text: str) -> None:
    assert_silent(lint, LEAD + text, plain=(LEAD + text,))  # no anchor matches them at all


@pytest.mark.parametrize("text", [
    "It emerged at the board meeting on Tuesday that the ward would reopen in May.",
    "It came to light during the inquiry that the lock was broken.",
])
def test_an_emergence_at_a_forum_is_on_the_record(lint, text: str) -> None:
    plain = () if "inquiry" in text else (LEAD + text,)  # ("came to light" is an anchor; "emerged at" none)
    assert_silent(lint, LEAD + text, plain=plain)  # the forum is where it was disclosed


@pytest.mark.parametrize("text", [
    "The storm is thought to have been the strongest this year. Coastguard officer Tom Reid said the storm "
    "raised the highest waves recorded at Dunmore since 2019.",
    "The storm is thought to have been the strongest this year. Met Office forecaster Ruth Cole said the "
    "storm's gust at Barra was the strongest since 2019.",
])
def test_a_titled_name_opening_the_next_sentence_vouches_for_a_passive(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "The storm is thought to have been the strongest this year. Coastguard officer Tom Reid said the wave "
    "at Dunmore was the highest recorded there since 2019.",
])
def test_a_titled_speakers_own_figure_beside_the_claim_does_not_vouch(lint, text: str) -> None:
    """Round 122: the speaker reports a measure of their own (the wave, a figure) and takes up no
    word of the claim (the storm, the strongest): who thinks the storm was the strongest is still
    unsaid. Round 100 had this sentence cleared; round 122's cohesion judge warns it."""
    assert_warned(lint, LEAD + text, "thought to")


@pytest.mark.parametrize("text", [
    "Some shoppers on the high street said they would drive to the outlet park instead.",
    "A few passengers said they will no longer take the early ferry.",
    "The city promised checks. Surveyors and opposition politicians have since accused officials of ignoring "
    "the rules, and the Institute of Chartered Surveyors said in a report last year that many flats fail the code.",
    "The city promised checks. Surveyors and opposition politicians have since accused officials of ignoring "
    "the rules. The Institute of Chartered Surveyors said last year that many flats still fail the code.",
])
def test_own_intentions_and_a_members_body_make_hints(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)
