"""A page pasted as one long line or one long sentence is linted in time linear in its length.

Found in the session of 2026-12-05 by linting each rule example repeated into one line of 100-600
KB: six tests of three judges searched from each candidate to the end of its sentence or paragraph, so their
time grew with the square of the line (a 580 KB line of "Was $99, now $59 at ..." took 42 s, over
the rule's 10 s budget, and lost the rule's findings to a rule-failure error). Each shape below
took 6-160 s before; the test allows the default budget, a generous bound for a run of 1-2 s.
"""

from __future__ import annotations

import pytest

import lintnews

SHAPES = {
    # a price line with no stop (advertorial units: "is the unit closed?", "a past tense before?")
    "prices, no stop": "Was $99, now $59 at Bestmart ",
    # the same closed by a stop at the very end (the past-tense search from the unit's start)
    "prices, one stop": "Was $99, now $59 at Bestmart ",
    # a paragraph of plugs, one per sentence (the growth of each unit over its paragraph)
    "plugs": "Your comment is awaiting moderation. ",
    # imperatives with no cue after them, in one sentence (the cue searched to the unit's end)
    "imperatives": "Read the full statement below: ",
    # a loaded word glued into one endless sentence (the closing tags searched to its end)
    "glued puffery": "A compact speaker, perfect for commuters.",
    # agentless passives glued into one sentence (the attribution judge read it from its start)
    "glued passives": "The death toll was put at 40.",
    # vague documents in one long paragraph (a named study looked for over the paragraph)
    "surveys": "A survey of 400 members found opinion divided on the merger. ",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_long_line_stays_within_the_rule_budget(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINTNEWS_RULE_BUDGET", "10")
    piece = SHAPES[shape]
    text = piece * (300_000 // len(piece))
    if shape == "prices, one stop":
        text = text.rstrip() + "."
    found = lintnews.lint_text(text)
    failures = [d.message for d in found if d.rule == "lintnews/rule-failure"]
    assert not failures, failures
    if shape != "imperatives":  # (an imperative with no cue is no finding: its search was the cost)
        assert found, "the shape is still reported"
