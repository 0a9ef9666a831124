"""The types of :mod:`lintnews.packs.builtin_plan`, the plan that ``python -m
lintnews.packs.plan_build`` writes as plain literals (see :mod:`lintnews.packs.plan`).

Why a stub: the generated module is some 2 MB of nested tuples, and mypy, left to infer
the type of every element, spent most of the package's type check on it (about 40 of the
test's 60 seconds) while telling its readers nothing a declaration does not. With this
file beside it, mypy reads the declarations and the readers in ``plan.py`` are checked
against them; ``tests/test_plan.py`` checks that the module's names and shapes are these.
"""

from typing import Any

# file name -> ((size, crc32) of the pack's bytes, one row of :func:`plan.rule_data` per rule)
PACKS: dict[str, tuple[tuple[int, int], tuple[tuple[Any, ...], ...]]]
# (pattern, case-sensitive) -> its start (:meth:`lintnews.util.regex_words.Start.data`) or None,
# its prefixes packed as one string (lintnews.util.pattern_start.pack)
PATTERNS: dict[tuple[str, bool], tuple[Any, ...] | None]
# rule id -> (case-sensitive, each term's forms, the first words, the forms under each)
FORM_TABLES: dict[str, tuple[bool, tuple[tuple[str, ...], ...], tuple[str, ...], tuple[tuple[str, ...], ...]]]
# (pattern, case-sensitive) -> the pattern's number
PATTERN_IDS: dict[tuple[str, bool], int]
# ({first two characters: (those prefixes, sorted and packed (pattern_start.pack); the numbers
#   of the patterns each starts)}; the prefixes' lengths, sorted)
PREFIXES: tuple[dict[str, tuple[str, tuple[tuple[int, ...], ...]]], tuple[int, ...]]
# as PREFIXES, for the patterns that start only at line starts with prefixes known and no
# mark required before them
LINE_PREFIXES: tuple[dict[str, tuple[str, tuple[tuple[int, ...], ...]]], tuple[int, ...]]
# (pattern, case-sensitive) of a line-start pattern -> the marks each of its matches holds
LINE_MARKS: dict[tuple[str, bool], tuple[str, ...]]
# (pattern, case-sensitive) of a line-start pattern of LINE_MARKS -> the most characters a
# match consumes (regex_words.longest_match), where it is bounded
LINE_REACH: dict[tuple[str, bool], int]
# (pattern, case-sensitive) of a line-start pattern -> the same with its branches' common
# beginnings written once (regex_factor.factored), where that differs: for the line-start scan
LINE_SCAN: dict[tuple[str, bool], str]
# a pattern's number (PATTERN_IDS) -> the words every match holds (regex_words.required_words),
# packed as one string (pattern_start.pack_formula)
NEEDS: dict[int, str]
# of those patterns, the most characters a match consumes, where bounded (regex_words.longest_match)
NEEDS_REACH: dict[int, int]
# the numbers of the patterns tried branch by branch (matching.branches), in the order of
# builtin_branches.BRANCHES
SPLIT: tuple[int, ...]
# how many of SPLIT, the first, are tried at every line start (their branches in
# builtin_line_branches, the others' in builtin_branches)
SPLIT_LINES: int
