"""Unattributed claims, round 131: vague sources as subjects and after prepositions (issue 14,
recall).

1. A place noun after "in" places the source, it names no body: "Diplomats in the city say"
   (the place noun "city" is also an institution word; "in the city council" still names one).
2. Talk going round as what "according to" cites, bare: "according to local gossip",
   "according to talk in the market", "according to fan forums" (not "the talk she gave", not
   a "talk show host").
3. "describe" in the present with its object: "Crew members describe a toxic atmosphere" (the
   past "described" with no "as" stays an account of what people saw).
4. "paint a picture (portrait) of": "Insiders paint a bleak picture of the board" (not "painted
   the hall").
5. A state of mind with its clause after "be" or "remain": "Officials are worried that",
   "Analysts are confident the bank will cut rates" (not "worried about the cost", "sure to
   win", a definite subject).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Diplomats in the city say several embassies are reviewing security.", "'Diplomats in the city say'"),
    ("Officials in the county say the road will reopen in May.", "'Officials in the county say'"),
    ("According to local gossip, the ferry firm has its eye on the old yard.", "'According to local gossip'"),
    ("The drain, according to talk in the market, has not been cleared for years.", "'according to talk'"),
    ("According to fan forums, the band spent the winter recording in Oslo.", "'According to fan forums'"),
    ("Crew members describe a toxic atmosphere on the set.", "'Crew members describe'"),
    ("Relief workers describe scenes of desperation in the worst-hit district.", "'Relief workers describe'"),
    ("Former employees paint a picture of a security team stretched thin.", "'Former employees paint'"),
    ("Officials are worried that the village cannot cope with more visitors.", "'Officials are worried'"),
    ("Analysts are confident the bank will cut rates in June.", "'Analysts are confident'"),
    ("Tourism officials in the region are quietly worried that the harbour cannot cope.",
     "'Tourism officials in the region are quietly worried'"),
])
def test_a_vague_source_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # (round 135: a definite institution names its body when the story has named it before)
    "Harbour City Council met on Monday. Officials in the city council say the road will reopen in May.",
    "According to the talk she gave in May, the ferry firm has its eye on the old yard.",
    "According to talk show host Ana Ruiz, the ferry firm has its eye on the old yard.",
    "Witnesses described a loud bang before the roof fell.",
    "Residents describe themselves as lucky.",
    "Volunteers painted the hall before the fair.",
    "Officials are worried about the cost of the scheme.",
    "Residents were sure to win the vote.",
    "The officials are worried that the pier will close.",
    "Analysts are confident of a cut in June.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    found = warnings(lint, LEAD + sentence)
    assert not found, [d.message for d in claims(lint, LEAD + sentence)]
