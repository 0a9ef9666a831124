"""Review 123: the wrong readings found in rounds unattr151, unattr152 and loaded143, and the
cost of round 151's framed content.

1. "tip" is also intransitive ("The lorry tipped for a moment on the bend"): a bare participle
   after a noun, read as a reduced relative ("the actor tipped for the role"), is a hint; with
   its auxiliary or after a comma it stays a warning.
2. A popularity whose fan is named, capitalised after "of", "with" or "among" ("has become a
   favourite of the Queen"), is the source: no received-opinion cue.
3. A view with its as-complement inside the content of a hearsay passive ("It is rumoured that
   the club ... and is regarded as the best in Europe") is a second claim with its own hidden
   holder: it keeps its warning, as "is widely blamed for" does.
4. A consensus "compiled by" a description and a capitalised word clears the forecasters only
   when the description holds no preposition: "by the company on Friday", "by economists in
   London" name nobody; "by economists at Barclays" names the house.
5. Round 151's framed content costs in proportion: a paragraph with no sentence break, made of
   hearsay frames and inner cues, eight times longer, takes about eight times as long.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_silent, assert_warned, best_time, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _cue(lint, sentence: str, quoted: str) -> Severity | None:
    """The severity of the unattributed-claim cue quoting ``quoted`` in ``sentence``, if any."""
    for d in claims(lint, LEAD + sentence):
        if f"'{quoted}" in d.message:
            return d.severity
    return None


def test_a_bare_tipped_after_a_noun_is_a_hint(lint) -> None:
    assert _cue(lint, "The lorry tipped for a moment on the bend before righting itself.", "tipped for") is Severity.INFO
    assert _cue(lint, "The actor tipped for the role has signed a contract.", "tipped for") is Severity.INFO


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("The film is being tipped for an Oscar.", "is being tipped for"),
    ("The films are being tipped for Oscars.", "are being tipped for"),
    ("Hale, tipped for the top job, said nothing.", "tipped for"),
])
def test_a_tipped_with_its_auxiliary_or_after_a_comma_stays_warned(lint, sentence: str, quoted: str) -> None:
    assert _cue(lint, sentence, quoted) is Severity.WARNING


@pytest.mark.parametrize("sentence", [
    "The ferry has become a favourite of the Prime Minister.",
    "The song became a favourite of Queen Mary.",
    "The stall has become a hit with Ana Ruiz, who buys a loaf every day.",
])
def test_a_favourite_of_a_named_fan_is_silent(lint, sentence: str) -> None:
    assert _cue(lint, sentence, "bec") is None


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("The ferry has become a favourite of day trippers.", "become a favourite"),
    ("The ferry has become a firm favourite with the commuters.", "become a firm favourite"),
    ("The café has become a hit with students.", "become a hit with"),
])
def test_a_favourite_of_an_unnamed_group_stays_warned(lint, sentence: str, quoted: str) -> None:
    assert _cue(lint, sentence, quoted) is Severity.WARNING


def test_a_view_inside_the_content_keeps_its_warning(lint) -> None:
    sentence = "It is rumoured that the club was sold for a record sum and is regarded as the best in Europe."
    assert _cue(lint, sentence, "It is rumoured") is Severity.WARNING
    assert _cue(lint, sentence, "is regarded as") is Severity.WARNING


FELL = "Shares in Parvel fell 4% after the group reported revenue of £2.1bn. "


@pytest.mark.parametrize("sentence", [
    "Analysts had expected £2.3bn, according to a consensus compiled by the company on Friday.",
    "Analysts had expected £2.3bn, according to forecasts compiled by economists in London.",
    "Analysts had expected £2.3bn, according to estimates compiled by the end of March.",
])
def test_a_consensus_compiled_by_nobody_named_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + FELL + sentence, "'Analysts")


def test_a_consensus_compiled_at_a_named_house_clears(lint) -> None:
    assert_silent(lint, LEAD + FELL + "Analysts had expected £2.3bn, according to forecasts compiled by economists at Barclays.")


_FRAMES = ("It is rumoured that the chain was widely blamed for the losses and is said to have been "
           "criticised by a well-known critic, ")


def test_framed_content_costs_in_proportion(lint) -> None:
    small = best_time(lint, LEAD + _FRAMES * 60 + "the end.\n")
    large = best_time(lint, LEAD + _FRAMES * 480 + "the end.\n")
    assert large < 20 * small, (small, large)  # (eight-fold text: measured about 8x)
