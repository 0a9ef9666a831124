"""Review 129 (of loaded148, loaded149, advert128 and unattr160): the editor's trust in what
landed.

Mended: a speaker named with "according to" closing the clause is that speaker's voice, as
", the audit office said" is (not a record or a document, not a clause the tag does not
close); a title with "deals" makes a shopping page only where it marks them as offers to the
reader ("Trade deals stall" is a news story); "sick" before a wrongdoer is ill when a state
or a passive follows ("The sick thief was taken to hospital"); a label as the doer needs a
verb with an object and a person in the sentence ("The predator stalked its prey", "The
monster emerged from the loch"); "horror" premodifies an act only where the act's noun ends
the phrase and takes no "of" ("a horror attack scene", "a horror attack of nerves"); a noun
of play after a preposition is no subject ("Sales in the first half were dire"); a praise
frame supposed by "whether" or "if" is not asserted; a fact check's "Claim:" label is no
verdict verb. Siblings: "looks the real deal", "seems a steal", "the horror assaults". Speed:
the epithet's test of a name standing alone reads each name once per text.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.advertorial.cues import shopping_title
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# -- (a) "according to" a named speaker closing the clause ---------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The government made remarkable progress on waiting lists, according to the audit office.", "remarkable"),
    ("It was a disgraceful decision, according to the audit office.", "disgraceful"),
    ("It was a disgraceful decision, according to Ana Ruiz, the chief inspector.", "disgraceful"),
])
def test_according_to_a_speaker_closing_the_clause_is_the_speakers(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    # a record or a document: the figure is attributed, the words are the writer's
    ("It was a disgraceful decision, according to police figures.", "disgraceful"),
    # the tag closes another clause than the word's
    ("It was a disgraceful decision, and ministers ignored it, according to the union.", "disgraceful"),
    ("Despite attempts by certain hostile forces abroad to smear the region, exports rose, with sales "
     "reaching 41 billion dollars, according to the trade ministry.", "hostile"),
])
def test_according_to_a_record_or_another_clause_stays_the_writers(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


# -- (b) a shopping page's title --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "shop"), [
    ("Best laptop deals this week: big discounts on three models", True),
    ("Weekend bargains for the garden", True),
    ("Early Prime Day deals: 30% off kettles", True),
    ("Trade deals stall as talks break down", False),
    ("Plea deals under review after court backlog", False),
    ("Club signs new sponsorship deals with two firms", False),
])
def test_a_shopping_title_marks_its_deals_as_offers(title: str, shop: bool) -> None:
    assert shopping_title(title) is shop


_STORY = ("{title}\n\nMinisters from both countries left Geneva on Tuesday without an agreement, the "
          "trade ministry said.\n\nThe talks are expected to resume in March.\n\n{plug}\n\nFarming unions "
          "have asked for tariffs on lamb to be left out of any agreement.\n")


@pytest.mark.parametrize("plug", [
    "The Corvel X1 is down to £499 from £699 at Brightmart. It is the lowest price we have seen and stock is limited.",
    "Corvel X1: was £699, now £499",
])
def test_a_plug_in_a_story_on_trade_deals_is_still_warned(lint, plug: str) -> None:
    text = _STORY.format(title="Trade deals stall as talks break down", plug=plug)
    found = [d for d in lint(text) if d.category == "advertorial" and d.line == 7]
    assert any(d.severity.value == "warning" for d in found), [(d.rule, d.severity.value) for d in found]


# -- loaded148's epithets, labels and "horror" -------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The sick thief was taken to hospital after collapsing in his cell.", "sick"),
    ("A sick burglar was found collapsed in the loft.", "sick"),
    ("The predator stalked its prey through the long grass before the lioness struck her cub.", "predator"),
    ("The monster emerged from the loch in his 1934 photograph, which later proved a hoax.", "monster"),
    ("The villain escaped at the end of the film when he jumped from the train.", "villain"),
    ("A horror attack scene opens the film, which he directed.", "horror"),
    ("She felt a horror attack of nerves before the exam.", "horror"),
])
def test_review129_loaded148_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("A sick thug punched a shop worker for a packet of cigarettes.", "sick"),
    ("The monster stabbed his wife in front of their children.", "monster"),
    ("Victims of the horror assaults spoke at the trial.", "horror"),  # (a plural act)
])
def test_review129_loaded148_still_and_siblings(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


# -- loaded149's verdicts on play and praise frames --------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("Sales in the first half were dire, but the second half recovered.", "dire"),
    ("Experts will decide whether the fossil is the real deal.", "the real deal"),
    ("If the kettle is a steal at £20, the shop will sell out.", "a steal"),
])
def test_review129_loaded149_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The first half was dire.", "dire"),
    ("The young winger looks the real deal.", "the real deal"),
    ("At £20 the kettle seems a steal.", "a steal"),
])
def test_review129_loaded149_still_and_siblings(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_a_fact_checks_claim_label_is_no_verdict_verb(lint) -> None:
    text = "Fact check\n\nClaim: Experts say the vaccine alters DNA.\n\nVerdict: False.\n"
    assert not [d for d in lint(text, select=("loaded-language",)) if d.line == 3 and d.column == 1]
    assert severity_in_body(lint, 'Smith claimed: "I was never there."', "claimed") == "warning"


# -- speed ------------------------------------------------------------------------------------------

def _epithets_timed(copies: int) -> float:
    from lintnews.builtin.loaded.evidence.epithets import name_epithet

    unit = "Evil Crowe laughed as he left the court. "
    text = unit * copies
    alone: dict[tuple[str, str], list[int]] = {}  # review 130: the document's memo, as the judge passes it
    start = time.perf_counter()
    for at in range(0, len(text), len(unit)):
        name_epithet(text, at, at + 4, at, alone)
    return time.perf_counter() - start


def test_review129_name_epithet_is_linear_when_the_name_never_stands_alone() -> None:
    """Every occurrence of the name follows the epithet, so none stands alone: the test read the
    whole text for each candidate (quadratic); it now reads each name once per text."""
    _epithets_timed(50)
    small, large = _epithets_timed(400), _epithets_timed(3200)
    assert large < max(small, 0.01) * 8 * 3
