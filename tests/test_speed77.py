"""Speed round 77: a run of characters up to a line's end, possessive in the line scan.

The look-ahead that finds the line starts where a line-start pattern may match
(lintnews.matching.line_scan) reads patterns such as "a line of at most 110 characters",
``[^\\n]{3,110}(?m:$)``. On a long paragraph the greedy run took its 110 characters, found
no line end, and gave them back one by one looking for one. The plan now writes such a
run possessive (lintnews.util.regex_factor._line_ends): it must match the same strings,
with the same ends, and the scan must find the same line starts as before.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching.matcher import Matcher
from lintnews.packs.model import PackRule
from lintnews.util.regex_factor import _line_ends, factored
from tests.test_speed_round57 import reference, sentences


@pytest.fixture(scope="module")
def matcher(registry):
    return Matcher([r for r in registry.rules.values() if isinstance(r, PackRule)])


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?m:^)[ \t]{0,5}(?=[^\n]{3,11}(?m:$)|[^\n]{2,9}?X)ab", r"(?m:^)[ \t]{0,5}(?=[^\n]{3,11}+(?m:$)|[^\n]{2,9}?X)ab"),
    (r"a.{2,5}\Z|b[^\n]*$|c[^\n]+$", r"a.{2,5}+\Z|b[^\n]*+$|c[^\n]++$"),
    (r"(?m)x[^\n]{2}$", r"(?m)x[^\n]{2}+$"),
])
def test_runs_before_a_line_end_are_made_possessive(pattern, expected):
    assert _line_ends(pattern, False) == expected
    assert factored(pattern, False) == expected


@pytest.mark.parametrize("pattern", [
    r"[x[^\n]{2,3}$",  # (a class that holds a line break: "[x[^\n]")
    r"(?s:a.{2,5}$)",  # (a dot that matches a line break)
    r"[^\n]{2,3}?$",  # lazy: left
    r"[^\n]{2}+$",  # possessive already
    r"[^\n#]{0,9}$",  # another class
    r"[^\n]{2,9}x$",  # not right before the end
    r"(a)[^\n]{2}$\1",  # a back reference: the pattern is left as it is
    r"(?x: [^\n]{2,3} $ )",  # (written apart: the text is not rewritten, nothing changes)
    r"([^\n]{2,3})$",  # (the end outside the run's group: not looked for)
])
def test_look_alikes_are_left(pattern):
    assert _line_ends(pattern, False) is None


LINES = ["", "a", "ab", "abc", "x" * 9, "x" * 10, "x" * 11, "x" * 12, "AbX", "  ab", "\tabcX", "a\rb", "a b c d e f"]


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?m:^)[ \t]{0,5}(?=[^\n]{3,11}(?m:$)|[^\n]{2,9}?X)(?:a|x)", re.I),
    (r"(?m:^)(x[^\n]{0,10}(?m:$))", 0),
    (r"[^\n]*$", 0),
    (r"(?m)b.{1,4}$|c[^\n]+\Z", re.I),
])
def test_the_possessive_form_matches_the_same_spans(pattern, flags):
    form = _line_ends(pattern, not flags)
    assert form is not None
    old, new = re.compile(pattern, flags), re.compile(form, flags)
    rnd = random.Random(77)
    for _ in range(300):
        text = "\n".join(rnd.choice(LINES) for _ in range(rnd.randrange(1, 8)))
        text += rnd.choice(["", "\n", "\n\n"])
        for i in range(len(text) + 1):
            a, b = old.match(text, i), new.match(text, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, i)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_the_plan_writes_the_built_in_line_runs_possessive(matcher):
    from lintnews.packs.plan import line_scan_form

    forms = [line_scan_form(matcher._alternatives[i].pattern, matcher._alternatives[i].flags == 0)
             for i in matcher._line_any]
    assert sum("]{2,80}+(?m:$)" in f or "]{3,110}+(?m:$)" in f for f in forms) >= 3


def _lines_of_every_length(examples: list[str], seed: int) -> str:
    """Each example after and before filler, so that its line is of every length around
    the runs' bounds (80 and 110 characters, 20 blanks more)."""
    rnd = random.Random(seed)
    lines = []
    for k in range(0, 150, 3):
        pick = rnd.choice(examples)
        filler = ("word " * 40)[: max(0, k - len(pick))]
        lines.append(rnd.choice([f"{pick} {filler}", f"{filler} {pick}", " " * rnd.randrange(0, 21) + pick]))
        lines.append("" if rnd.random() < 0.3 else "x" * rnd.randrange(0, 130))
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(6))
def test_the_scan_finds_the_same_line_starts_at_every_line_length(matcher, seed):
    old = reference(matcher)  # (the patterns as written: the runs greedy)
    text = _lines_of_every_length(sentences(matcher), seed)
    found = {m.end() for m in old.finditer(text)}
    assert matcher._scanners()[3].starts(text) == found
    assert found
