"""Round 173 (SPEED173, issue 19): the advertorial judge's costly "is it the story's after all?"
tests are asked only where their answer can change something.

Two loops of the judge (:class:`lintnews.builtin.advertorial.signals.Signals` and
:class:`lintnews.builtin.advertorial.growth.Growth`) asked every paragraph they looked at
whether it was a public body's service line, a line of an advice box, a caption, a funder's
note ... before asking whether it would be a plug at all; now they ask those only of the few
paragraphs that would be. The reports are the same (the dev suites, the writers' sets, the team's
tune sets and the 10 MB benchmark file gave byte-identical JSON; what those tests clear is
still tested by tests/test_advertorial_round136.py, _round139.py and the others): this test
counts the calls on a text written here, and the plugs still warned in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from lintnews.builtin.advertorial import growth, signals
from tests.advertorial_lint import warnings_by_line

# story paragraphs that hold channel words of the promo-voice rule ("website", "app", "tickets",
# "podcast"), in the story's voice and reporting nobody (a reporting paragraph is set aside
# before those tests anyway): read for their voice, none of them a plug
_STORY = [
    "Its website will be closed for repairs until the end of the month, and the parking app has failed twice.",
    "Tickets for the autumn fair sold out within an hour on Monday.",
    "The free podcast has run for ten years and has 40 episodes a season.",
]
_PLUG = "Never miss a result: our free Matchday email lands before breakfast. Sign up in one click!"
_PLUGS = 40


def _count(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of ``owner.name`` (a function or a method), which still answers."""
    calls = [0]
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def _plugs_between_story() -> Iterator[str]:
    """Plugs, each after three story paragraphs (more than a plug's continuation spans between
    two of its lines: growth.Growth._SANDWICH_PARAGRAPHS), and three to close."""
    for _ in range(_PLUGS):
        yield from _STORY
        yield _PLUG
    yield from _STORY


def test_story_paragraphs_beside_plugs_are_not_asked_the_costly_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    # (base: each of the 163 paragraphs holding a channel word asked for an advice box and a
    # service line, each of the 80 story paragraphs next to a plug whether it is a caption)
    advice = _count(monkeypatch, signals.Signals, "_in_advice_box")
    service = _count(monkeypatch, signals, "service_paragraph")
    caption = _count(monkeypatch, growth.Growth, "_caption")
    text = "\n\n".join(_plugs_between_story()) + "\n"
    # every plug warned, on its own line (paragraph k on line 2k + 1), and no story line with it
    assert {line for line, _rule in warnings_by_line(text)} == {8 * i + 7 for i in range(_PLUGS)}
    assert advice[0] <= _PLUGS  # (the plugs' own paragraphs, at most)
    assert service[0] <= _PLUGS
    assert caption[0] == 0
