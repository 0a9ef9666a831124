"""Review 125: trivial variations of the constructions rounds unattr152 and loaded144 read, and
the cost of the constructions loaded144 and advert125 added.

1. "amongst" is the preposition "among": "is rated amongst the best in France" is a ranking with
   nobody ranking, as "is rated among the best" is (review 123 left it).
2. "billed as" a verdict is read as a reduced relative after its noun's comma (", billed as the
   city's biggest party,") and fronted at the sentence's start ("Billed as ..., the gala ..."),
   as ", regarded as" is; a named speaker's tag still clears it, and a classifying complement
   ("billed as a fundraiser") is still no verdict (review 123 left it).
3. "the newest" is "the latest" and "one more" is "another" before a noun predicate: "The recall
   is the newest humiliation for the carmaker" is the writer's verdict; attributed, supposed or
   denied, it stays a hint.
4. The new constructions cost in proportion: a paragraph with no sentence break made of their
   cues, eight times longer, takes about eight times as long.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, best_time, severity_in_body
from tests.test_review123 import _cue


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("The wine is rated amongst the best in France.", "is rated amongst"),
    ("The wine is rated among the best in France.", "is rated among"),
    ("The gala, billed as the city's biggest party, drew crowds.", "billed as"),
    ("Billed as the city's biggest party, the gala drew crowds.", "Billed as"),
    ("The summit is being billed as the government's last chance.", "is being billed as"),
])
def test_a_ranking_or_a_billing_with_nobody_named_is_warned(lint, sentence: str, quoted: str) -> None:
    assert _cue(lint, sentence, quoted) is Severity.WARNING


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("The gala, billed as the city's biggest party, drew crowds, the organiser, Tom Hale, said.", "billed"),
    ("The gala, billed as a fundraiser, drew crowds.", "billed"),
])
def test_a_named_ranker_or_a_classifying_billing_is_silent(lint, sentence: str, quoted: str) -> None:
    assert _cue(lint, sentence, quoted) is None


@pytest.mark.parametrize("sentence", [
    "The recall is the newest humiliation for the carmaker.",
    "The recall is one more humiliation for the carmaker.",
])
def test_a_series_by_its_other_words_is_warned(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "humiliation") == "warning"


@pytest.mark.parametrize("sentence", [
    "The recall is one more humiliation for the carmaker, Ana Ruiz said.",
    "If the recall is one more humiliation for the carmaker, it will say so.",
    "The recall is not the newest humiliation for the carmaker.",
    "The newest humiliation for the carmaker came on Friday.",
])
def test_a_series_reported_supposed_or_denied_stays_a_hint(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "humiliation") != "warning"


_CUES = ("the council has bungled the signage and the closure is the latest humiliation for the bridge, "
         "the recall was yet another fiasco for the carmaker, readers can save 20% at Harbour Outdoor "
         "with the code SUMMER20, police warned, supported by the Arts Council and the city, "
         "anything you have missed is on our results page, the gala, billed as the city's biggest "
         "party, drew crowds and the wine is rated amongst the best, ")


def test_the_new_constructions_cost_in_proportion(lint) -> None:
    small = best_time(lint, LEAD + _CUES * 40 + "the end.\n")
    large = best_time(lint, LEAD + _CUES * 320 + "the end.\n")
    assert large < 20 * small, (small, large)  # (eight-fold text: measured about 8x)


# 5. Round 125's reported-speech guard: the publication's own voice may be in the speaker's
# description ("Tom Hale, our editor, confirmed"), not only in its head; a third party's
# warning still clears the plug it quotes.
from tests.test_review124 import _warned  # noqa: E402


@pytest.mark.parametrize("snippet", [
    "Download our free app today, Tom Hale, our editor, confirmed.",
    "Download our free app today, confirmed Tom Hale, our editor.",
])
def test_a_plug_told_by_the_outlets_own_editor_is_warned(snippet: str) -> None:
    assert _warned(snippet)


def test_a_third_partys_warning_still_clears_the_plug_it_quotes() -> None:
    assert not _warned("Clicking on the link may generate income for the fraudsters, police warned.")
