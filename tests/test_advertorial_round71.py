"""Advertorial round 71: the functional classes widened to members they had not seen, and page
labels glued after a story sentence (issue 15), on sentences written for these tests.

tests/advertorial_battery71.py holds the battery: disclosures with the outlet as subject, paid
labels and widget credits alone on their line, the outlet's accounts, alerts and news-reader
pages, a video channel's own calls, subscription offers, comment and tip lines, deals boxes,
form and embed notices; labels glued after a story sentence's stop; and traps in a story's voice.
"""

from __future__ import annotations

import pytest

from tests.advertorial_battery71 import BY_RULE, GLUED_AFTER, TRAPS
from tests.advertorial_lint import STORY, between, lint_advertorial, warning_lines, warns_alone_under


@pytest.mark.parametrize(("line", "rule"), BY_RULE)
def test_each_class_member_warns_alone_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


@pytest.mark.parametrize(("line", "rule"), GLUED_AFTER)
def test_a_label_glued_after_a_story_sentence_is_reported_on_its_line(line: str, rule: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    found = [d for d in lint_advertorial(text) if d.rule == rule and d.line == 3]
    assert found, line
    # the plug is reported, not the story sentence before it
    assert all(d.column > 20 for d in found), found


@pytest.mark.parametrize("line", TRAPS)
def test_a_trap_in_a_story_s_voice_stays_quiet(line: str) -> None:
    assert warning_lines(between(line)) == [], line


def test_the_battery_covers_the_classes() -> None:
    rules = {rule for _, rule in BY_RULE}
    assert len(rules) >= 10 and len(BY_RULE) >= 50 and len(TRAPS) >= 20
