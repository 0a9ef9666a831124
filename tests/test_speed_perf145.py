"""perf145: a long text's line starts that its line scan left out try no pattern of unknown prefix.

The matcher's long-text scan finds, once per text, the line starts where a line-start pattern
of unknown prefix (``Matcher._line_any``: a price line, a "Sponsored" marker, a row of site
links) may match (:mod:`lintnews.matching.line_scan`: each pattern, as the scan's look-ahead
writes it, matches at the same line starts as itself). ``_at_line`` still tried every one of
those patterns at every line start the prefilter led it to: on the 2 MB benchmark file
127,000 failed matches, about a twentieth of the run. It now tries them only at the line starts
the scan found a pattern of unknown prefix may match at (and at the text's start, which the
scan never reports): its look-ahead holds those patterns first, then an empty group, then the
trie of the known prefixes (:meth:`LineScan.scan`), so a line start that only a known prefix
begins is told apart. These tests check that the candidates are the ones found the old way, on
texts made of the line-start rules' own examples, and count the line starts where those
patterns are still tried.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching import matcher as matcher_module
from lintnews.matching.matcher import Matcher
from lintnews.packs.model import PackRule

_FILLER = ("The parish council met on Tuesday and the vote on the new car park was close. " * 8).split(" ")


class _Old(Matcher):
    """The matcher as it was: every line-start pattern of unknown prefix tried at every line
    start it decides at (the line scan's finds not read)."""

    def _at_line(self, text, pos, alternatives):  # type: ignore[no-untyped-def]
        kept = self._line_found
        self._line_found = ("", set())
        try:
            return super()._at_line(text, pos, alternatives)
        finally:
            self._line_found = kept


def _rules(registry) -> list[PackRule]:
    return [r for r in registry.rules.values() if isinstance(r, PackRule)]


@pytest.fixture(scope="module")
def matcher(registry):
    return Matcher(_rules(registry))


@pytest.fixture(scope="module")
def old(registry):
    return _Old(_rules(registry))


def _examples(m: Matcher) -> list[str]:
    rules = {m._alternatives[i].ri for i in m._line_any}
    found: list[str] = []
    for ri in sorted(rules):
        found.extend(m.rules[ri].examples.trigger)
        found.extend(m.rules[ri].examples.no_trigger)
    return found


def _text(examples: list[str], seed: int) -> str:
    """A long text (past the matcher's short-text path) of the line-start rules' examples on
    lines of their own, indented, after or before running words, between prose lines."""
    rnd = random.Random(seed)
    lines = []
    while sum(map(len, lines)) < 3 * matcher_module.SHORT:
        pick = rnd.choice(examples)
        shape = rnd.randrange(5)
        if shape == 0:
            lines.append(pick)
        elif shape == 1:
            lines.append(" " * rnd.randrange(1, 6) + pick)
        elif shape == 2:
            lines.append(" ".join(_FILLER[: rnd.randrange(1, 40)]) + " " + pick)
        elif shape == 3:
            lines.append(pick + " " + " ".join(_FILLER[: rnd.randrange(1, 30)]))
        else:
            lines.append(pick.replace(" ", "\n", 1))
        lines.append("" if rnd.random() < 0.3 else " ".join(_FILLER[: rnd.randrange(1, 60)]))
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(6))
def test_the_candidates_are_the_old_ones(matcher, old, seed):
    text = _text(_examples(matcher), seed)
    found = matcher.candidates(text)
    assert found == old.candidates(text)
    starts = {i for i in found if i == 0 or text[i - 1] == "\n"}
    line_rules = {matcher._alternatives[i].ri for i in matcher._line_any}
    assert any(ri in line_rules for s in starts for ri, _, _ in found[s]), "some line-start pattern matches"


def test_the_scan_of_a_text_is_not_kept(matcher):
    text = _text(_examples(matcher), 0)
    matcher.candidates(text)
    assert matcher._line_found[0] == ""


def _tried(m: Matcher, text: str, monkeypatch) -> int:
    """The line starts of ``text`` at which a pattern of ``_line_any`` is tried (a start may be
    decided twice: led to by the prefilter, then as a line start the scans found)."""
    any_ = set(m._line_any)
    tried: set[int] = set()
    real = Matcher._at_line

    def counting(self, text, pos, alternatives):  # type: ignore[no-untyped-def]
        out = real(self, text, pos, alternatives)
        if any(q[0] in any_ for q in out):
            tried.add(pos)
        return out

    monkeypatch.setattr(Matcher, "_at_line", counting)
    m.candidates(text)
    monkeypatch.setattr(Matcher, "_at_line", real)
    return len(tried)


def test_the_patterns_of_unknown_prefix_are_tried_only_where_the_scan_found_them(matcher, monkeypatch):
    # prose lines, two of them line-start plugs: the prefilter leads to every line start
    plug = "Sponsored content"
    lines = [" ".join(_FILLER[: 20 + k % 30]) for k in range(2000)]
    lines[500] = plug
    lines[1500] = plug
    text = "\n".join(lines)
    assert len(text) > matcher_module.SHORT
    found = matcher._scanners()[3].starts(text)
    tried = _tried(matcher, text, monkeypatch)
    assert tried <= len(found) + 1  # (the text's start is decided too)
    assert tried < 10  # (before: about 2,000, one a line)
    hits = matcher.candidates(text)
    plug_at = text.index(plug)
    assert plug_at in hits


def _reference_any(m: Matcher) -> re.Pattern[str]:
    """The line starts where a pattern of ``_line_any`` matches: its own look-ahead after every
    newline, as the patterns are written."""
    parts = [f"(?:{m._alternatives[i].pattern})" for i in m._line_any]
    return re.compile(r"\n(?=" + "|".join(parts) + ")", re.IGNORECASE)


@pytest.mark.parametrize("seed", range(6))
def test_the_scan_tells_the_line_starts_of_the_patterns_of_unknown_prefix(matcher, seed):
    text = _text(_examples(matcher), seed)
    scan = matcher._scanners()[3]
    found, unknown = scan.scan(text)
    assert found == scan.starts(text)
    assert unknown <= found
    where = {m.end() for m in _reference_any(matcher).finditer(text)}
    assert where <= unknown
    assert where, "some line-start pattern of unknown prefix matches"
    # the line starts that only a known prefix begins are left out (before: every one found)
    assert len(unknown) < len(found)

