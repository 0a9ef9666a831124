"""Unattributed claims, round 106: science, health, business and aggregator copy (D107, D108, issue 14).

1. A member named with an honorific in apposition ("Scientists say ... The agency's chief
   scientist, Dr Mara Lind, said"): named as without "Dr"; another title ("chief") stays warned.
2. A body's name with its place after "for" or "of" ("The Wildlife Trust for Northshire"): the
   head before the joiner is the body's kind (a hint, as "the Northshire Wildlife Trust" is); a
   bank of a place is no civil body and stays warned.
3. A contact relative after an appositive or predicate noun phrase (", a gap the researchers
   described as"): active, the describer named; a reduced relative stays warned.
4. A consensus closed by the data that measured it ("Analysts had expected $2.1bn, according to
   LSEG data"): cleared; unnamed data stays warned.
5. "according to a study" in the lede, the study's journal in the next paragraph: a hint.
6. A headline's "..., officials say" over a byline and a lead that gives the same group more
   closely ("two officials from the mediation team said"): a hint; a headline over a lead with
   no source stays warned.
7. A sentence adverb is no one-word speaker ("Crucially, it works ..., found in"): it no longer
   clears the passive before it, which is warned once, at the passive.
8. A causative's object ("hormones that make people feel full"): no vague source; "People feel
   the layout is confusing" stays warned.
9. Nutritionists and dietitians as a vague source, as doctors are ("will tell you that").

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Scientists say the cause is not in doubt. The agency's chief scientist, Dr Mara Lind, said the "
    "water had been the warmest on record.",
    "Patients on the drug lost more weight than those on a placebo, a gap the researchers described as "
    "remarkable.",
    "Analysts had expected revenue of $2.1bn, according to LSEG data.",
    "The drugs copy hormones that make people feel full.",
    "The new layout helps residents feel at home.",
])
def test_no_unattributed_warning(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize("text", [
    LEAD + "Conservation groups have raised concerns about the loss of meadow habitat. The Wildlife Trust "
    "for Northshire said in a letter to the council that nesting sites had been lost.",
    LEAD + "People who walk every day are less likely to fall ill, according to a study of 5,000 adults "
    "published on Monday.\n\nThe research, published in the journal Open Heart, followed office workers "
    "for ten years.",
    "Harbour talks stall over fishing quotas, officials say\n\nBy Ana Ruiz | Alton\n\nTalks on fishing "
    "quotas between Northland and Southland stalled on Monday over the size of the catch, two officials "
    "from the Norwegian mediation team said.",
])
def test_identified_nearby_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, text)


def test_the_passive_is_warned_once_past_a_sentence_adverb(lint) -> None:
    text = LEAD + ("The drug is already being hailed as a breakthrough by some patient groups. Crucially, it "
                   "works only in tumours that carry one change, found in a tenth of cases.")
    found = warnings(lint, text)
    assert len(found) == 1 and "hailed" in found[0].message, [d.message for d in found]


@pytest.mark.parametrize(("text", "cue"), [
    # a title that is not one of the group's
    ("Scientists say the cause is not in doubt. The agency's chief, Dr Mara Lind, said the water had "
     "been the warmest on record.", "Scientists"),
    # a bank of a place is no civil body
    ("Conservation groups have raised concerns about the loss of meadow habitat. The Bank of Northshire "
     "said in a letter to the council that nesting sites had been lost.", "groups"),
    # a reduced relative hides its describer
    ("Patients on the drug lost more weight, a gap described as remarkable.", "described as"),
    # unnamed data names nobody
    ("Analysts had expected revenue of $2.1bn, according to market data.", "Analysts"),
    ("People feel the new layout is confusing.", "People feel"),
    ("Nutritionists will tell you that breakfast is the most important meal.", "Nutritionists"),
    ("Dietitians say the new cereal is mostly sugar.", "Dietitians"),
])
def test_the_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_study_with_no_journal_next_stays_warned(lint) -> None:
    text = LEAD + ("People who walk every day are less likely to fall ill, according to a study of 5,000 "
                   "adults published on Monday.\n\nWalking is popular in the town.")
    assert_warned(lint, text, "according to a study")


def test_a_headline_over_a_lead_with_no_source_stays_warned(lint) -> None:
    text = ("Harbour talks stall over fishing quotas, officials say\n\nBy Ana Ruiz | Alton\n\nTalks on "
            "fishing quotas between Northland and Southland stalled on Monday over the size of the catch.")
    assert_warned(lint, text, "officials say")


def test_a_lead_opening_with_by_is_no_byline(lint) -> None:
    text = ("Harbour talks stall over fishing quotas, officials say\n\nBy Monday the talks had stalled.\n\n"
            "Talks stalled over the size of the catch, two officials from the mediation team said.")
    assert_warned(lint, text, "officials say")
