"""The indirect-speech evidence's string test before its "according to" pattern: the pattern
opens on a look-behind, so it is searched only where "ccording" is in the window, and that
gate passes wherever the pattern matches (strings written for these tests)."""

from __future__ import annotations

import importlib

import pytest

from lintnews.builtin.loaded.evidence import indirect_speech

indirect = importlib.import_module("lintnews.builtin.loaded.evidence.indirect")

TEXTS = [
    "According to the ministry, the plan was a disastrous failure.",
    "The plan, according to the ministry, was a disastrous failure.",
    "ACCORDING TO THE MINISTRY, the plan was a disastrous failure.",
    "according to critics, the levy is outrageous and unfair.",
    "Accordingly, the plan was a disastrous failure.",
    "Not according to plan: the launch was a disastrous failure.",
    "Xaccording to the ministry, the plan was a disastrous failure.",
    "It went according to the ministry's plan, a disastrous one.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_passes_wherever_the_pattern_matches(text):
    for lo in range(len(text)):
        for start in range(lo, len(text) + 1):
            if indirect._ACCORDING_LEAD.search(text, lo, start) is not None:
                assert text.find("ccording", lo, start) >= 0


def _at(text: str, word: str):
    start = text.index(word)
    return indirect_speech(text, start, start + len(word), 0, len(text))


def test_a_source_named_with_according_to_still_reports_the_clause():
    e = _at("According to the ministry, the plan was a disastrous failure.", "disastrous")
    assert e is not None and "According to the ministry" in e.detail


def test_no_according_no_evidence():
    assert _at("Accordingly, the plan was a disastrous failure.", "disastrous") is None
    assert _at("In the end the plan was a disastrous failure.", "disastrous") is None
