"""Review 74: hostile one-sentence texts in linear time, and the bad-input matrix.

A page pasted as one sentence, its cue repeated thousands of times, made judges read the whole
sentence (or the next, or a unit) again for each cue: quadratic, and a rule time-budget
failure (exit 3) at a few tens of kilobytes. Each shape below is linted at two sizes, four
times apart: linear time is four times as long, quadratic sixteen; each failed on main
(ratios of 12-20, and 22-39 s for 2,000 "Some critics say" at 68 KB, now about 4 s).

- the vague source's tests of a named member, of a group illustrated next, a poll's
  respondents, an "according to" lead and the closing tag (``members``, ``illustrated``,
  ``documents``, ``doubt.closing_tag``), and its mentions walked per cue (``coverage``);
- an allegation's proceedings and law body in the sentence and its neighbours
  (``holder.allegation``: :class:`~lintnews.builtin.constructions.searches.Searches`);
- the advertorial judge's "is this unit a line of the story" and self-promotion, per hit;
- a scare quote's source, looked for in the whole sentence before it (``quote_is_sourced``);
- a vague provenance's document named after it, and an outlet's dashed closing tag, searched
  from each cue to the end of the sentence (``document_named_near``, ``dashed_tag``: 200 KB of
  "according to reports" took 33 s, now 5 s; quadratic only at sizes too slow for a test);
- a loaded said-verb's closing tags: the first comma of a sentence without one, and the
  speech verbs to the sentence's end, searched from every hit (``indirect._tail_candidates``).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, best_time


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _time(lint, unit: str, n: int) -> float:
    text = LEAD + unit * n + "and so on.\n"
    return best_time(lint, text)


SHAPES = {
    "vague source": "Some critics say the plan failed, ",
    "anonymous source": "critics, who declined to be named, said the plan failed, ",
    "alleged": "the clerk allegedly took the money, ",
    "self-promotion": "Sign up for our daily newsletter ",
    "scare quote": '"the plan failed" and ',
    "revealed": "the minister revealed that the plan failed and ",
}


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_one_sentence_of_a_repeated_cue_takes_linear_time(lint, unit):
    _time(lint, unit, 20)  # (the first run compiles what the shape needs)
    small, large = _time(lint, unit, 150), _time(lint, unit, 600)
    assert large < 8 * small + 0.05, (small, large)  # (quadratic: 12-20 times, and seconds)


def test_a_long_line_with_trail_separators_takes_linear_time(lint):
    """Review of round 105: a trail of breadcrumbs ("A / B / C") and a live page's label are
    tested on the hit's line, which was read whole for every hit: quadratic on a long line
    (2,000 repeats 0.5 s of it, 8,000 repeats 7 s). A furniture line is short: a longer one is
    neither, and its ends are looked for within that reach only."""
    unit = "Subscribe to our newsletter / Key events / "
    _time(lint, unit, 20)
    # eight times the text: linear is eight times as long, quadratic sixty-four
    small, large = _time(lint, unit, 1000), _time(lint, unit, 8000)
    assert large < 14 * small + 0.1, (small, large)


def test_the_findings_of_a_long_sentence_are_kept(lint):
    # every cue of a long sentence is still judged: each warned, as in a short one
    text = LEAD + "Some critics say the plan failed, " * 300 + "and so on.\n"
    found = [d for d in lint(text) if d.rule == "unattributed-claim/vague-source"]
    assert len(found) == 300
    assert all(d.severity.name.lower() == "warning" for d in found)


# -- the bad-input matrix: a suppression written without its "=" ----------------------------

@pytest.mark.parametrize("directive", [
    "lintnews: ignore unattributed-claim/vague-source",
    "# lintnews: disable-next-line unattributed-claim/vague-source, loaded-language",
    "// lintnews: disable unattributed-claim",
])
def test_a_plain_text_directive_without_its_equals_sign_is_reported(directive):
    # in Markdown "<!-- lintnews: ignore RULE -->" was reported; in plain text the same words
    # were read as a line of prose, and silenced nothing, silently
    import lintnews

    found = lintnews.lint_text(directive + "\nSources say the mayor will resign.\n", fmt="plain")
    (notice,) = [d for d in found if d.rule == "lintnews/unknown-directive-rule"]
    assert notice.line == 1 and "malformed lintnews directive" in notice.message
    assert "=" in notice.message.split("did you mean")[1]
    assert any(d.rule == "unattributed-claim/vague-source" and d.line == 2 for d in found)


@pytest.mark.parametrize("line", ["lintnews: a prose linter for the desk, in one line.", "lintnews: ignore"])
def test_other_lintnews_lines_are_read_as_before(line):
    import lintnews

    found = lintnews.lint_text(line + "\nSources say the mayor will resign.\n", fmt="plain")
    assert not [d for d in found if d.rule == "lintnews/unknown-directive-rule"]
    # a bare "ignore" still silences the next line
    assert any(d.line == 2 for d in found) == (line != "lintnews: ignore")
