"""Review 128 (of unattr157 and perf146): the perfect and the progressive of the passive of
telling ("Tales have been told of", "Stories are still being told of") read as the simple
passive; an agent still clears them. An entry_points.txt with a byte-order mark or a byte that
is not UTF-8 neither hides its plugin nor crashes the scan. Round 157's lore frames cost linear
time on a page pasted as one sentence with the cue repeated.

Sentences written for these tests.
"""

from __future__ import annotations

import sys
import time

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Stories have been told of him taking cash from the club's tills.", "'Stories have been told of'"),
    ("Tales had been told of the keeper sleeping in the lighthouse.", "'Tales had been told of'"),
    ("Stories are still being told of her hiding the ledger in a hatbox.", "'Stories are still being told of'"),
    ("Tales were being told of the coach shouting at juniors.", "'Tales were being told of'"),
])
def test_the_perfect_and_progressive_passive_of_telling_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Stories have been told by his neighbours of him taking cash from the tills.",
    "Tales are being told by the older fishermen of a storm that sank six boats.",
    "Stories have been told of hope in the camps.",
])
def test_an_agent_or_a_theme_still_clears_them(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_an_odd_entry_points_file_neither_hides_a_plugin_nor_crashes(tmp_path, monkeypatch) -> None:
    from lintnews.plugins import entrypoints

    site = tmp_path / "site"
    for name, body in [
        ("bom-1.0.dist-info", b"\xef\xbb\xbf[lintnews]\nbom = bom.plug\n"),
        ("latin-1.0.dist-info", b"[lintnews]\n# caf\xe9\nlatin = latin.plug\n"),
    ]:
        (site / name).mkdir(parents=True)
        (site / name / "entry_points.txt").write_bytes(body)
    monkeypatch.setattr(sys, "path", [str(site)])
    found = entrypoints._scan("lintnews")
    assert [(ep.name, ep.value) for ep in found] == [("bom", "bom.plug"), ("latin", "latin.plug")]


def _timed(lint, unit: str, repeats: int) -> float:
    text = LEAD + unit * repeats + "end.\n"
    start = time.perf_counter()
    lint(text, select=("unattributed-claim",))
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", [
    "there are stories of him sleeping in the office, and tales abound of her driving apprentices home, and ",
    "stories of him story tales yarn anecdotes about that ",
    "tales have long been told of the coach walking to work and stories are being told of ",
])
def test_review128_lore_is_linear_on_a_long_line(lint, unit: str) -> None:
    """The lore frame reads the clause round each story noun through the bounded ``left`` and
    ``right`` token windows: a sentence with thousands of story nouns costs linear time."""
    _timed(lint, unit, 20)
    small, large = _timed(lint, unit, 150), _timed(lint, unit, 1200)
    assert large < max(small, 0.05) * 8 * 3
