"""Writes :mod:`lintnews.packs.builtin_plan` from ``rules/*.toml`` (see :mod:`lintnews.packs.plan`).

    python -m lintnews.packs.plan_build
"""

from __future__ import annotations

from pathlib import Path

from lintnews.model.errors import RulePackError
from lintnews.packs.loader import builtin_pack_files, parse_pack
from lintnews.packs.plan import (
    analyse,
    fingerprint,
    marks_of,
    packed_start,
    prefix_chunks,
    reach_of,
    rule_data,
    words_of,
)
from lintnews.util.pattern_start import pack_formula
from lintnews.util.regex_factor import factored
from lintnews.util.regex_split import branch_texts, split_run
from lintnews.util.tomlfile import read_toml
from lintnews.util.wordforms import form_table


def build() -> str:
    """The source of :mod:`lintnews.packs.builtin_plan` for the packs in ``rules/``."""
    return sources()[0]


def build_line_branches() -> str:
    """The source of :mod:`lintnews.packs.builtin_line_branches` for the packs in ``rules/``."""
    return sources()[2]


def build_branches() -> str:
    """The source of :mod:`lintnews.packs.builtin_branches` for the packs in ``rules/``."""
    return sources()[1]


def sources() -> tuple[str, str, str]:
    packs: dict[str, tuple] = {}
    patterns: dict[tuple[str, bool], tuple | None] = {}
    tables: dict[str, tuple] = {}
    rule_patterns: set[tuple[str, bool]] = set()
    for path in builtin_pack_files():
        raw = path.read_bytes()
        rules = parse_pack(read_toml(path, RulePackError, "rule pack"), str(path))
        packs[path.name] = (fingerprint(raw), tuple(rule_data(r) for r in rules))
        for rule in rules:
            for p in (*rule.patterns, *rule.exceptions):
                patterns[(p, rule.case_sensitive)] = analyse(p, rule.case_sensitive)
            rule_patterns.update((p, rule.case_sensitive) for p in rule.patterns)
            if rule.terms:
                if rule.id in tables:
                    raise RulePackError(f"{path.name}: rule id {rule.id!r} is in two built-in packs")
                forms = tuple(t.forms for t in rule.terms)
                table = form_table((f for fs in forms for f in fs), rule.case_sensitive)
                # (tables as two tuples, not dicts: Python loads a constant tuple from the byte
                # code as it is, while a dict display is rebuilt entry by entry)
                tables[rule.id] = (rule.case_sensitive, forms, tuple(table), tuple(table.values()))
    # the patterns' prefixes, by prefix: for the matcher's index (those that may start at
    # any word; see Matcher._index_alternatives)
    ids = {key: j for j, key in enumerate(sorted(rule_patterns))}
    prefixes: dict[str, list[int]] = {}
    # ... and, apart, those that start only at line starts, with no mark required before
    # them (see Matcher._at_line)
    line_prefixes: dict[str, list[int]] = {}
    for key, j in ids.items():
        start = patterns[key]
        if start is None or start[0] is None:
            continue
        if start[2] == "line":
            if start[3] is None:
                for prefix in outermost(start[0], start[5]):
                    line_prefixes.setdefault(prefix, []).append(j)
            continue
        for prefix in outermost(start[0], start[5]):
            prefixes.setdefault(prefix, []).append(j)
    # the marks every match of a line-start pattern holds (see Matcher._at_line)
    # ... and, of those, the most characters a match consumes (see lintnews.matching.line_scan)
    # (and, for the look-ahead that finds their line starts, each written with its branches'
    # common beginnings once: lintnews.util.regex_factor)
    marks, reach, scan = {}, {}, {}
    for key in ids:
        start = patterns[key]
        if start is not None and (start[0] is None or start[2] == "line"):
            # (only those tried at every line: a pattern of known prefix goes by the trie)
            form = factored(*key) if start[0] is None or start[3] is not None else None
            if form is not None:
                scan[key] = form
            needs = marks_of(*key)
            if needs:
                marks[key] = needs
                longest = reach_of(*key)
                if longest is not None:
                    reach[key] = longest
    # the words every match of a pattern holds (see Matcher._first_use), and the patterns
    # tried branch by branch where first met (see lintnews.matching.branches): where each
    # branch is, where it starts and the words it holds, in a module of their own that a
    # run loads only when it first meets one (all by the patterns' numbers: the plan does
    # not write a pattern out twice)
    words = {}
    needs_reach: dict[int, int] = {}
    split: list[int] = []
    branches = []
    for key, j in ids.items():
        formula = words_of(*key)
        if formula is not None:
            words[j] = formula
            longest = reach_of(*key)
            if longest is not None:
                needs_reach[j] = longest
        found = split_run(*key)
        if found is None:
            continue
        spans, run = found
        texts = branch_texts(key[0], spans)
        starts = tuple(analyse(t, key[1]) for t in texts)
        if any(start is None for start in starts):
            continue  # (a branch that may start anywhere would be tried at every word)
        split.append(j)
        branches.append((spans, starts, tuple(words_of(t, key[1]) for t in texts), run))
    # (those tried at every line start first, in a module of their own: a one-line check
    # meets them at its line, and the whole table took 3 ms to load)
    pattern_of = {j: key for key, j in ids.items()}
    at_lines = [(start := patterns[pattern_of[j]]) is not None and start[0] is None for j in split]
    order = sorted(range(len(split)), key=lambda n: not at_lines[n])
    split = [split[n] for n in order]
    branches = [branches[n] for n in order]
    lines = sum(at_lines)
    # (the prefixes packed, as strings of them, here and in PATTERNS: a one-line check
    # loaded some 19,000 strings it did not look at)
    chunks, lengths = prefix_chunks(prefixes)
    line_chunks, line_lengths = prefix_chunks(line_prefixes)
    shipped = {key: packed_start(start) for key, start in patterns.items()}
    plan = [
        '"""The built-in packs, read and analysed: generated by ``python -m lintnews.packs.plan_build``',
        'from ``rules/*.toml`` (see :mod:`lintnews.packs.plan`). Do not edit."""',
        "",
        "# ruff: noqa",
        f"PACKS = {packs!r}",
        "",
        f"PATTERNS = {shipped!r}",
        "",
        f"FORM_TABLES = {tables!r}",
        "",
        f"PATTERN_IDS = {ids!r}",
        "",
        f"PREFIXES = ({chunks!r}, {lengths!r})",
        "",
        f"LINE_PREFIXES = ({line_chunks!r}, {line_lengths!r})",
        "",
        f"LINE_MARKS = {marks!r}",
        "",
        f"LINE_REACH = {reach!r}",
        "",
        f"LINE_SCAN = {scan!r}",
        "",
        f"NEEDS = { {j: pack_formula(f) for j, f in words.items()}!r}",
        "",
        f"NEEDS_REACH = {needs_reach!r}",
        "",
        f"SPLIT = {tuple(split)!r}",
        "",
        f"SPLIT_LINES = {lines!r}",
        "",
    ]
    more = [
        '"""The branches of the built-in patterns the matcher tries branch by branch: generated by',
        '``python -m lintnews.packs.plan_build`` from ``rules/*.toml`` (see :mod:`lintnews.packs.plan`',
        'and :mod:`lintnews.matching.branches`). Do not edit."""',
        "",
        "# ruff: noqa",
        "# for each pattern of builtin_plan.SPLIT past its first SPLIT_LINES (those are in",
        "# builtin_line_branches), in order: where its branches are, where each",
        "# starts, the words each holds, and the characters at a match's start where the",
        "# pattern is tried whole (its branches stand for it everywhere else; see regex_split)",
        f"BRANCHES = {tuple(branches[lines:])!r}",
        "",
    ]
    line_more = [
        '"""The branches of the built-in patterns tried at every line start that the matcher tries',
        'branch by branch: generated by ``python -m lintnews.packs.plan_build`` (see',
        ':mod:`lintnews.packs.builtin_branches`). Do not edit."""',
        "",
        "# ruff: noqa",
        "# the first SPLIT_LINES patterns of builtin_plan.SPLIT, as in builtin_branches",
        f"BRANCHES = {tuple(branches[:lines])!r}",
        "",
    ]
    return "\n".join(plan), "\n".join(more), "\n".join(line_more)


def outermost(prefixes: tuple[str, ...] | list[str], spaced: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Of one pattern's prefixes, those that no shorter one of them begins ("0", not also "0
    days"), but where the shorter one is followed by white space in every match that starts
    with it (``spaced``: "well" of "well received" does not stand for "well-"). The matcher
    tries a pattern at a key (the longest prefix found at a place) when any prefix of the key
    is the pattern's (the union over the key's prefixes, see
    ``Matcher._keyed_alternatives``): where "0 days" begins, "0" does, so the pattern is tried
    there either way, and the longer prefix only lengthens the long-text scan's trie regex,
    which every process compiles (PERF147: 30,330 prefixes indexed -> 17,518, the prefilter's
    trie 194,000 -> 157,000 characters, the line-start patterns' 7,261 -> 3,137)."""
    found = set(prefixes).difference(spaced)
    return [p for p in prefixes if not any(p[:k] in found for k in range(1, len(p)))]


def target() -> Path:
    return Path(__file__).with_name("builtin_plan.py")


def branches_target() -> Path:
    return Path(__file__).with_name("builtin_branches.py")


def line_branches_target() -> Path:
    return Path(__file__).with_name("builtin_line_branches.py")


def main() -> None:
    plan, more, line_more = sources()
    target().write_text(plan, encoding="utf-8")
    branches_target().write_text(more, encoding="utf-8")
    line_branches_target().write_text(line_more, encoding="utf-8")
    print(f"wrote {target()}, {branches_target()} and {line_branches_target()}")


if __name__ == "__main__":
    main()
