"""Review 136 (of advert137, loaded162, robust170, loaded163, unattr169, unattr170, testtime171,
advert138): false alarms of the new constructions on copy they were not written for.

Mended, each warned on main 27477efd:

- advert138's newsletter sign-up, call to stream and betting box read a call reported with its
  speaker ("Sign up to the Harbour Scheme for the best deals on insulation, the council urged"):
  a speaker's verb after the call leaves it to the story, as for the family's other calls.
- loaded162's figures "dream run" and "daylight robbery" read a name at a sentence's start
  ("Dream Run, the 5-1 favourite, won", "Daylight Robbery, the band's third album"): the first
  capital says nothing there, the later ones do, as mid-sentence ("The horse Dream Run won").
- loaded163's "famously" and "cheekily" (info, raised opening the sentence) were raised after a
  subject ending in the letters "and" ("The band famously played", "The island famously has"):
  the opening conjunction is now the lead's last word, not its last letters.

Code: the fact box's heading reads advert137's chronology labels and advert138's fact-box nouns,
one idea in two classes ("timeline" stands in one only).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.boxes import fact_box_heading
from tests.advertorial_lint import between, warning_lines
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(
    "sentence",
    [
        # local news: a council's call reported (warned on 27477efd)
        "Sign up to the Harbour Scheme for the best deals on insulation, the council urged.",
        # business: a regulator's warning about bookmakers' offers (warned on 27477efd)
        "Bet on the cup final? New customers get free bets from most firms this week, the regulator warned.",
        "Bet on the derby and new customers get free bets, the commission said in its report.",
    ],
)
def test_review136_a_call_with_its_speaker_is_the_story(sentence: str) -> None:
    assert warning_lines(between(sentence)) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "Sign up to the Friday Drop for the best new bars on the coast.",
        "Bet on the cup final with Fastbet: new customers get £20 in free bets. 18+.",
        "Catch up on the whole season - stream now on Flixbox.",
    ],
)
def test_review136_the_plug_itself_stays_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # music and travel copy: a subject ending in "and" before the adverb (warning on 27477efd)
        ("The band famously played its first gig in the pub's back room.", "famously"),
        ("The island famously has no cars.", "famously"),
        ("The husband cheekily waved at the cameras outside court.", "cheekily"),
    ],
)
def test_review136_an_adverb_after_its_subject_stays_a_hint(lint, text: str, word: str) -> None:
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Famously, the bridge was built in eight months.", "Famously"),
        ("The talks failed and famously the plant closed.", "famously"),
        ("The bridge, famously, was built in eight months.", "famously"),
    ],
)
def test_review136_an_adverb_opening_its_clause_is_raised(lint, text: str, word: str) -> None:
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize("line", ["Timeline", "Chronology", "Key moments", "Weekend forecast"])
def test_review136_a_box_heading_reads_both_classes(line: str) -> None:
    assert fact_box_heading(line)


@pytest.mark.parametrize("line", ["More from Sport", "Latest scores", "Council approves new rules"])
def test_review136_a_pointer_or_headline_is_no_box_heading(line: str) -> None:
    assert not fact_box_heading(line)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # sport and arts copy: a horse's and an album's name opening the sentence (warned on 27477efd)
        ("Dream Run, the 5-1 favourite, won the 3.15 at Ascot by two lengths.", "Dream Run"),
        ("Daylight Robbery, the band's third album, is out on Friday.", "Daylight Robbery"),
    ],
)
def test_review136_a_figure_capitalised_whole_opening_a_sentence_is_a_name(lint, text: str, word: str) -> None:
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Daylight robbery, said shoppers of the new parking charges.", "Daylight robbery"),
        ("Dream run ends for Leicester in the semi-final.", "Dream run"),
    ],
)
def test_review136_the_figure_in_sentence_case_stays_reported(lint, text: str, word: str) -> None:
    assert severity_of(lint, text, word) == "warning"
