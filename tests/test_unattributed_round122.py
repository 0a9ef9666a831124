"""Unattributed claims, round 122: a next-sentence speaker clears a claim only when about it.

1. The next sentence's named speaker who throws out the claim it points back to ("said such
   talk was 'nonsense'", "said the reports were untrue"): an answer, which sources nothing.
   Trap: a speaker who takes the claim up and vouches ("confirmed his death") still clears.
2. A titled speaker opening the next sentence ("Harbour Police spokesman Tom Reed said") clears
   only with cohesion (a content word taken up, an anaphor, a verb of confirming or answering, a
   pronoun for the claim's subject), and not when it reports a count of its own with none.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution.cohesion import about_claim, rejects
from lintnews.document import sourcing
from tests.family_lint import LEAD, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


_CAMPAIGN = "Ms Vale's campaign is thought to be heading for defeat in the county. "


@pytest.mark.parametrize("nxt", [
    'The party chairman, Tom Reed, said such talk was "nonsense".',
    "The party chairman, Tom Reed, said the reports were untrue.",
])
def test_a_speaker_throwing_out_the_claim_does_not_source_it(lint, nxt: str) -> None:
    assert_warned(lint, LEAD + _CAMPAIGN + nxt, "thought to")


@pytest.mark.parametrize("text", [
    "The former minister is believed to have died in the crash. Tom Reed, the ministry's spokesman, confirmed his death on Friday.",
    _CAMPAIGN + "The party chairman, Tom Reed, said the campaign was heading for defeat.",
])
def test_a_speaker_taking_up_the_claim_still_clears(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in warnings(lint, LEAD + text)]


def _mention(text: str, phrase: str, verb: str) -> sourcing.Mention:
    start = text.index(phrase)
    verb_end = text.index(verb, start) + len(verb)
    return sourcing.Mention("named", "subject", start, verb_end, start, verb_end, phrase)


def _judge(claim: str, nxt: str, phrase: str) -> tuple[bool, bool]:
    text = claim + " " + nxt
    m = _mention(text, phrase, "said")
    return about_claim(text, (0, len(claim)), (len(claim) + 1, len(text)), m), rejects(text, m)


@pytest.mark.parametrize(("claim", "nxt", "about"), [
    # a content word taken up again, an anaphor, a verb of confirming, a pronoun for the subject
    ("The ferry is thought to have sailed late.", "Port officer Ann Lee said the ferry left at nine.", True),
    ("The pier is said to be unsafe.", "Port officer Ann Lee said this was wrong.", True),
    ("The pier is said to be unsafe.", "Port officer Ann Lee said she could confirm it.", True),
    ("The two men are said to have fled.", "Port officer Ann Lee said they were last seen in Hull.", True),
    # another fact, with a count of its own
    ("Fighting is said to have eased overnight.", "Port officer Ann Lee said 40 boats had docked since May.", False),
])
def test_cohesion_decides_what_the_speaker_is_about(claim: str, nxt: str, about: bool) -> None:
    assert _judge(claim, nxt, "Port officer Ann Lee")[0] is about


def test_rejection_of_the_claim_is_read() -> None:
    assert _judge("The pier is said to be unsafe.", 'Port officer Ann Lee said such talk was "nonsense".',
                  "Port officer Ann Lee")[1] is True
    assert _judge("The pier is said to be unsafe.", "Port officer Ann Lee said the pier was closed.",
                  "Port officer Ann Lee")[1] is False
