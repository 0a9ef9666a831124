"""The built-in packs, read and analysed ahead of time and shipped as code.

A one-line check should not parse 100 KB of TOML, inflect two thousand terms and read a
hundred regular expressions every time it starts (about 75 ms, most of a run): what
that work yields depends only on the shipped ``rules/*.toml``. So it is done once,
when lintnews is built, and written to :mod:`lintnews.packs.builtin_plan` as plain
Python data, which Python loads from its byte code in a millisecond. It is part of
the package like any module, never a cache: nothing is written at run time.

Each pack's entry names the size and CRC-32 of the TOML it was made from; a pack whose
file differs (a checkout where ``rules/`` was edited) is read from its TOML instead,
so the plan can be stale but never wrong. ``tests/test_packs.py`` fails while the
shipped plan is stale. To rebuild it (:mod:`lintnews.packs.plan_build`)::

    python -m lintnews.packs.plan_build
"""

from __future__ import annotations

import zlib
from pathlib import Path

from lintnews.model.diagnostic import Severity
from lintnews.model.rule import Examples
from lintnews.packs.model import PackRule, Term

_RULE_FIELDS = ("id", "category", "severity", "summary", "rationale", "suggestion", "message",
                "context", "patterns", "exceptions", "case_sensitive", "sense", "replace")


def fingerprint(raw: bytes) -> tuple[int, int]:
    """What a pack file is identified by: its size and CRC-32 (zlib's: ``hashlib`` alone takes
    longer to import than the check)."""
    return len(raw), zlib.crc32(raw)


def rule_data(rule: PackRule) -> tuple:
    """A validated rule as plain data: its fields, its examples, its terms as rows (each
    severity by its value), the rows that name a severity, and its forms' index
    (``by_form``) as the forms and the number of the term of each."""
    fields = tuple(rule.severity.value if k == "severity" else getattr(rule, k) for k in _RULE_FIELDS)
    terms = tuple(
        (t.term, t.forms, t.suggestion, t.note, t.severity.value if t.severity else None, t.message,
         t.literal_after, t.replace)
        for t in rule.terms
    )
    rated = tuple(k for k, t in enumerate(rule.terms) if t.severity)
    number = {id(t): k for k, t in reversed(list(enumerate(rule.terms)))}  # (the first of equal terms)
    return (fields, (rule.examples.trigger, rule.examples.no_trigger), terms, rated,
            (tuple(rule.by_form), tuple(number[id(t)] for t in rule.by_form.values())))


# (looked up, not called: ``Severity(value)`` goes through the enum's metaclass, and the
# built-in terms name some 700 severities, 1.5 ms of a one-line check)
_SEVERITY = {s.value: s for s in Severity}


def rule_from_data(data: tuple, path: str, plugin: str) -> PackRule:
    """The rule :func:`rule_data` wrote (validated when the plan was built). (Its terms made
    from their rows as they are, but those that name a severity, and its forms' index from
    the plan's: a one-line check built two thousand terms and their forms' index one by
    one, some 2.5 ms.)"""
    fields, examples, term_rows, rated, (keys, owners) = data
    kwargs = dict(zip(_RULE_FIELDS, fields, strict=True))
    kwargs["severity"] = _SEVERITY[kwargs["severity"]]
    made = list(map(Term._make, term_rows))
    for k in rated:
        t, forms, sug, note, sev, msg, lit, rep = term_rows[k]
        made[k] = Term(t, forms, sug, note, _SEVERITY[sev], msg, lit, rep)
    terms = tuple(made)
    by_form = dict(zip(keys, map(terms.__getitem__, owners), strict=True))
    return PackRule(**kwargs, examples=Examples(*examples), terms=terms, by_form=by_form, plugin=plugin,
                    source=path, builtin=True, writer_voice=kwargs["context"] == "writer-voice")


def planned_rules(path: Path, raw: bytes, plugin: str) -> list[PackRule] | None:
    """The rules of a built-in pack from the shipped plan, when it was made from these bytes."""
    try:
        from lintnews.packs.builtin_plan import PACKS
    except ImportError:  # pragma: no cover - a plan is always shipped
        return None
    entry = PACKS.get(path.name)
    if entry is None or entry[0] != fingerprint(raw):
        return None
    return [rule_from_data(d, str(path), plugin) for d in entry[1]]


_UNPLANNED = ("unplanned",)


def pattern_plan(pattern: str, case_sensitive: bool) -> tuple | None:
    """A built-in pattern's start from the plan (:meth:`lintnews.util.regex_words.Start.data`,
    ``None`` when it cannot be told), or :data:`_UNPLANNED` when the plan does not have it."""
    try:
        from lintnews.packs.builtin_plan import PATTERNS
    except ImportError:  # pragma: no cover
        return _UNPLANNED
    return PATTERNS.get((pattern, case_sensitive), _UNPLANNED)


def planned_form_table(rule_id: str, case_sensitive: bool,
                       forms: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]] | None:
    """A built-in rule's forms by first word (:func:`lintnews.util.wordforms.form_table`) from
    the plan, when it was made from these forms (``None`` otherwise)."""
    try:
        from lintnews.packs.builtin_plan import FORM_TABLES
    except ImportError:  # pragma: no cover
        return None
    entry = FORM_TABLES.get(rule_id)
    if entry is None or entry[0] != case_sensitive or entry[1] != forms:
        return None
    return dict(zip(entry[2], entry[3], strict=True))


def planned_prefixes() -> tuple[dict[tuple[str, bool], int], dict[str, tuple[str, tuple[tuple[int, ...], ...]]],
                                tuple[int, ...]]:
    """The plan's built-in patterns by prefix, for the matcher's index: ``(ids, chunks,
    lengths)``: each planned pattern's number by ``(pattern, case_sensitive)``; the prefixes
    of those that may start at any word (not only at line starts, and with prefixes known)
    in chunks by their first two characters (``prefix[:2]``), each chunk the chunk's
    prefixes, sorted and packed (:func:`lintnews.util.pattern_start.pack`), and the numbers
    of the patterns each prefix starts; the prefixes' lengths, sorted. A short check
    unpacks the few chunks its words lead to (see :class:`lintnews.matching.matcher.
    _Prefixes`). Shared: not to be changed."""
    try:
        from lintnews.packs.builtin_plan import PATTERN_IDS, PREFIXES
    except ImportError:  # pragma: no cover
        return {}, {}, ()
    return PATTERN_IDS, *PREFIXES


def planned_line_prefixes() -> tuple[dict[str, tuple[str, tuple[tuple[int, ...], ...]]], tuple[int, ...]]:
    """As :func:`planned_prefixes` (without the numbers), the prefixes of the planned
    patterns that start only at line starts, with prefixes known and no mark required before
    them (see ``Matcher._at_line``). Shared: not to be changed."""
    try:
        from lintnews.packs.builtin_plan import LINE_PREFIXES
    except ImportError:  # pragma: no cover
        return {}, ()
    return LINE_PREFIXES


def prefix_chunks(prefixes: dict[str, list[int]]) -> tuple[dict[str, tuple[str, tuple[tuple[int, ...], ...]]],
                                                           tuple[int, ...]]:
    """``PREFIXES`` of the plan (see :func:`planned_prefixes`) for ``{prefix: [pattern
    number, ...]}``: what :mod:`lintnews.packs.plan_build` writes."""
    from lintnews.util.pattern_start import pack

    keys = sorted(prefixes)
    heads: dict[str, list[str]] = {}
    for key in keys:
        heads.setdefault(key[:2], []).append(key)
    chunks = {head: (pack(tuple(found)), tuple(tuple(prefixes[k]) for k in found)) for head, found in heads.items()}
    return chunks, tuple(sorted({len(k) for k in keys}))


def start_of(pattern: str, case_sensitive: bool, packed: bool = False) -> tuple | None:
    """Where a built-in pattern's matches start (:meth:`lintnews.util.regex_words.Start.data`):
    from the plan, else worked out now. ``packed``: the prefixes as the plan ships them
    (:func:`lintnews.util.pattern_start.pack`, which :meth:`Start.from_data` takes as they
    are: most are never unpacked), else as a tuple."""
    planned = pattern_plan(pattern, case_sensitive)
    if planned is _UNPLANNED:
        return analyse(pattern, case_sensitive)
    if packed or planned is None or not isinstance(planned[0], str):
        return planned
    from lintnews.util.pattern_start import unpack

    return (unpack(planned[0]), *planned[1:])


def packed_start(data: tuple | None) -> tuple | None:
    """A start's data (:meth:`lintnews.util.regex_words.Start.data`) as the plan ships it: its
    prefixes packed (:func:`lintnews.util.pattern_start.pack`)."""
    from lintnews.util.pattern_start import pack

    return data if data is None or data[0] is None else (pack(data[0]), *data[1:])


def line_marks(pattern: str, case_sensitive: bool) -> tuple[str, ...]:
    """The marks every match of a built-in line-start pattern holds, from the plan
    (:func:`lintnews.util.regex_words.required_marks`; ``()`` when the plan does not say)."""
    try:
        from lintnews.packs.builtin_plan import LINE_MARKS
    except ImportError:  # pragma: no cover
        return ()
    return LINE_MARKS.get((pattern, case_sensitive), ())


def line_reach(pattern: str, case_sensitive: bool) -> int | None:
    """The most characters a match of a built-in line-start pattern with required marks
    consumes, from the plan (:func:`lintnews.util.regex_words.longest_match`; ``None``
    when it has no bound or the plan does not say)."""
    try:
        from lintnews.packs.builtin_plan import LINE_REACH
    except ImportError:  # pragma: no cover
        return None
    return LINE_REACH.get((pattern, case_sensitive))


def line_scan_form(pattern: str, case_sensitive: bool) -> str:
    """A built-in line-start pattern as the look-ahead that finds its line starts tries it:
    from the plan, its branches' common beginnings written once
    (:func:`lintnews.util.regex_factor.factored`: it matches where the pattern does, not
    always the same text), else the pattern itself."""
    try:
        from lintnews.packs.builtin_plan import LINE_SCAN
    except ImportError:  # pragma: no cover
        return pattern
    return LINE_SCAN.get((pattern, case_sensitive), pattern)


def needed_words() -> dict[int, str | tuple]:
    """The words every match of each built-in pattern holds, from the plan: ``{number:
    formula}`` (numbers as :func:`planned_prefixes` gives them;
    :func:`lintnews.util.regex_words.required_words`; a pattern the plan does not have
    holds nothing known), each decoded (:func:`packed_needs` has them as shipped)."""
    from lintnews.util.pattern_start import unpack_formula

    return {j: unpack_formula(packed) for j, packed in packed_needs().items()}


def packed_needs() -> dict[int, str]:
    """:func:`needed_words` as the plan ships them, each formula one string
    (:func:`lintnews.util.pattern_start.pack_formula`). Shared: not to be changed."""
    try:
        from lintnews.packs.builtin_plan import NEEDS
    except ImportError:  # pragma: no cover
        return {}
    return NEEDS


def needs_reach() -> dict[int, int]:
    """Of the patterns of :func:`needed_words`, the most characters a match consumes, where
    bounded (:func:`lintnews.util.regex_words.longest_match`): the words a match holds are
    then within that many characters of its start. Shared: not to be changed."""
    try:
        from lintnews.packs.builtin_plan import NEEDS_REACH
    except ImportError:  # pragma: no cover
        return {}
    return NEEDS_REACH


def split_patterns() -> tuple[int, ...]:
    """The built-in patterns the matcher tries branch by branch where first met (see
    :mod:`lintnews.matching.branches`), by number (as :func:`planned_prefixes` gives them),
    in the order of :func:`branch_plan`."""
    try:
        from lintnews.packs.builtin_plan import SPLIT
    except ImportError:  # pragma: no cover
        return ()
    return SPLIT


def branch_plan(k: int) -> tuple[tuple[tuple[int, int], ...], tuple, tuple, str] | None:
    """The branches of the ``k``-th pattern of :func:`split_patterns`: where each is in the
    pattern (:func:`lintnews.util.regex_split.split_run`), where each starts
    (:meth:`lintnews.util.regex_words.Start.data`), the words each holds (or ``None``), and
    the characters at a match's start where the pattern is tried whole (``""``: none).
    From a module of their own, loaded when a run first meets such a pattern (``None``
    without it: the pattern is then compiled whole, as it would be anyway later)."""
    try:
        from lintnews.packs.builtin_plan import SPLIT_LINES

        if k < SPLIT_LINES:  # (those tried at every line start: a small module of their own)
            from lintnews.packs.builtin_line_branches import BRANCHES as LINES

            return LINES[k]
        from lintnews.packs.builtin_branches import BRANCHES
    except ImportError:
        return None
    return BRANCHES[k - SPLIT_LINES]


def words_of(pattern: str, case_sensitive: bool) -> str | tuple | None:
    """What the plan keeps of a pattern's required words, worked out now."""
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import required_words

    return required_words(parse(pattern, 0 if case_sensitive else IGNORECASE).tree)


def marks_of(pattern: str, case_sensitive: bool) -> tuple[str, ...]:
    """What the plan keeps of a line-start pattern's required marks, worked out now."""
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import required_marks

    return required_marks(parse(pattern, 0 if case_sensitive else IGNORECASE).tree)


def reach_of(pattern: str, case_sensitive: bool) -> int | None:
    """What the plan keeps of the most characters a pattern's match consumes, worked out now."""
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import longest_match

    return longest_match(parse(pattern, 0 if case_sensitive else IGNORECASE).tree)


def analyse(pattern: str, case_sensitive: bool) -> tuple | None:
    """What the plan keeps for a built-in pattern (where its matches start), worked out now."""
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import first_words

    start = first_words(parse(pattern, 0 if case_sensitive else IGNORECASE).tree)
    return None if start is None else start.data()
