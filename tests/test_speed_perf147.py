"""perf147: the long-text scans compile a trie of each pattern's outermost prefixes only.

The plan indexed every prefix a built-in pattern's matches may start with ("0", "0 days",
"0 hours" ...), and the matcher's long-text prefilter compiled them all as one trie regex in
every process (35,000 prefixes, 194,000 characters: the largest compile of a run). The
matcher tries a pattern at a place when any prefix of the key found there is the pattern's
(``Matcher._keyed_alternatives``: a union over the key's prefixes), so where "0 days" begins,
"0" does and the pattern is tried either way: the plan now indexes only a pattern's prefixes
that no shorter one of its own begins (``plan_build.outermost``), but a shorter one that every
match has white space after ("well" of "well received" does not stand for "well-", whose
prefilter key is guarded by ``(?=\\s)``). The prefilter's tries end in an empty group instead
of sitting in one: on the 2 MB file a run takes some 28,000 page faults fewer with it.

These tests check the rule on its own, the shipped plan against it, and that a matcher with
the shipped index finds on long texts of every built-in rule's examples what a matcher with
every prefix indexed finds.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from lintnews.matching import matcher as matcher_module
from lintnews.matching.matcher import Matcher
from lintnews.matching.prefilter import Prefilter
from lintnews.packs import plan as plan_module
from lintnews.packs.model import PackRule
from lintnews.packs.plan_build import outermost
from lintnews.util.pattern_start import unpack

_FILLER = ("The parish council met on Tuesday and the vote on the new car park was close. " * 8).split(" ")


def test_outermost_drops_a_prefix_a_shorter_one_of_the_same_pattern_begins() -> None:
    assert outermost(["0", "0 days", "0 hours", "1", "10 days"]) == ["0", "1"]
    assert outermost(["the council", "the", "a"]) == ["the", "a"]
    assert outermost(["council", "counsel"]) == ["council", "counsel"]


def test_outermost_keeps_what_a_spaced_prefix_does_not_stand_for() -> None:
    # "well" is followed by white space in every match that starts with it ("well received"):
    # its key is guarded so, and "well-received" is found by "well-" only
    assert outermost(["well", "well-", "well known"], spaced=["well"]) == ["well", "well-", "well known"]
    assert outermost(["well", "well-"], spaced=()) == ["well"]


def _full_index() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Every prefix of every planned pattern, as the plan indexed them before perf147."""
    from lintnews.packs.builtin_plan import PATTERN_IDS, PATTERNS

    prefixes: dict[str, list[int]] = defaultdict(list)
    line_prefixes: dict[str, list[int]] = defaultdict(list)
    for key, j in PATTERN_IDS.items():
        start = PATTERNS.get(key)
        if start is None or start[0] is None:
            continue
        if start[2] == "line":
            if start[3] is None:
                for prefix in unpack(start[0]):
                    line_prefixes[prefix].append(j)
            continue
        for prefix in unpack(start[0]):
            prefixes[prefix].append(j)
    return prefixes, line_prefixes


def test_the_shipped_index_holds_each_patterns_outermost_prefixes_only() -> None:
    from lintnews.packs.builtin_plan import PATTERN_IDS, PATTERNS

    full, full_line = _full_index()
    _ids, chunks, _lengths = plan_module.planned_prefixes()
    shipped = {p for _head, (packed, _numbers) in chunks.items() for p in unpack(packed)}
    expected: set[str] = set()
    for key in PATTERN_IDS:
        start = PATTERNS.get(key)
        if start is not None and start[0] is not None and start[2] != "line":
            expected.update(outermost(unpack(start[0]), start[5]))
    assert shipped == expected
    # (about half of them: the trie the long-text scan compiles)
    assert len(shipped) < 0.7 * len(full)
    line_chunks, _ = plan_module.planned_line_prefixes()
    shipped_line = {p for _head, (packed, _numbers) in line_chunks.items() for p in unpack(packed)}
    assert shipped_line <= set(full_line) and len(shipped_line) < 0.7 * len(full_line)


def _rules(registry) -> list[PackRule]:
    return [r for r in registry.rules.values() if isinstance(r, PackRule)]


@pytest.fixture(scope="module")
def matchers(registry):
    """A matcher of the built-in rules with the shipped index, and one with every prefix."""
    rules = _rules(registry)
    shipped = Matcher(rules)
    full, full_line = _full_index()
    patched = pytest.MonkeyPatch()
    ids = plan_module.planned_prefixes()[0]
    chunks, lengths = plan_module.prefix_chunks(dict(full))
    line_chunks, line_lengths = plan_module.prefix_chunks(dict(full_line))
    patched.setattr(plan_module, "planned_prefixes", lambda: (ids, chunks, lengths))
    patched.setattr(plan_module, "planned_line_prefixes", lambda: (line_chunks, line_lengths))
    try:
        every = Matcher(rules)
    finally:
        patched.undo()
    return shipped, every


def _examples(rules: list[PackRule]) -> list[str]:
    found: list[str] = []
    for rule in rules:
        found.extend(rule.examples.trigger)
        found.extend(rule.examples.no_trigger)
    return [e for e in found if e.strip()]


def _text(examples: list[str], seed: int) -> str:
    """A long text (past the short-text path) of the rules' examples: on lines of their own,
    indented, after running words, glued to the sentence before them, in upper case."""
    rnd = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < 4 * matcher_module.SHORT:
        pick = rnd.choice(examples)
        shape = rnd.randrange(6)
        if shape == 0:
            parts.append(pick + "\n")
        elif shape == 1:
            parts.append(" " * rnd.randrange(1, 4) + pick + "\n\n")
        elif shape == 2:
            parts.append(" ".join(_FILLER[: rnd.randrange(1, 30)]) + " " + pick + " ")
        elif shape == 3:
            parts.append(pick + " ")
        elif shape == 4:
            parts.append(pick.upper() + "\n")
        else:
            parts.append("(" + pick + ") ")
    return "".join(parts)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_outermost_prefixes_find_what_every_prefix_found(matchers, registry, seed: int) -> None:
    shipped, every = matchers
    text = _text(_examples(_rules(registry)), seed)
    assert len(text) > matcher_module.SHORT
    found = shipped.candidates(text)
    assert found == every.candidates(text)
    assert len(found) > 100  # (the examples trigger: the texts are no empty test)



def test_the_prefilter_reports_the_longest_prefix_from_its_empty_groups() -> None:
    pf = Prefilter({"tick", "ticket", "ticket office"}, {"(": {"12 photos"}})
    text = "A ticket  office, a tick. (12 photos) and 12 photos"
    assert list(pf.candidates(text)) == [(2, "ticket office"), (20, "tick"), (27, "12 photos")]
    # the trie is not inside a group: each branch ends with an empty one, at the prefix's end
    assert pf.regex is not None and pf.regex.groups == 2
    ends = [(m.lastindex, m.start(m.lastindex), m.group(m.lastindex)) for m in pf.regex.finditer("  " + text)]
    assert ends == [(1, 18, ""), (1, 26, ""), (2, 38, "")]
