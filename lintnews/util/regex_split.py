"""A built-in pattern written out as its top-level branches, one pattern each.

Why: a rule pattern of the advertorial family is often a long list of phrasings
(``(?x: sign\\s+up ... | subscribe\\s+to ... | ...)``) of which a text's word at a candidate
can start only a few. As one pattern it is compiled whole as soon as any branch's first
word is met, and compiling Python regular expressions was most of a short check's time
(see docs/history/speed.md). Split, each branch is a pattern of its own, compiled only
where its own first words are met (:mod:`lintnews.matching.branches`).

The split never changes a match. A pattern ``Z (A|B|C) T``, where ``Z`` consumes nothing
(look-arounds and anchors) and ``(A|B|C)`` is a group that is not atomic, matches at a
position exactly where one of ``Z A T``, ``Z B T``, ``Z C T`` does, and where several do,
``re`` returns the first of them in that order (it tries ``A`` with every way ``T`` can
follow before ``B``; ``Z``, consuming nothing, is the same for all). The matcher already
takes a rule's first matching alternative in order, so the branches, in order, stand
for the pattern. A pattern with a back reference or a conditional is left whole (a group's
number would change), and so is one whose branches' starts cannot be told.

Built once, when the plan of the built-in packs is built (:mod:`lintnews.packs.plan_build`):
the branches are read by lintnews's own parser (:mod:`lintnews.util.regex_syntax`), never
by ``re``'s private one, and written out from the pattern's own text.
"""

from __future__ import annotations

_ZERO = ("at", "look")


def split(pattern: str, case_sensitive: bool) -> tuple[tuple[int, int], ...] | None:
    """Where the branches are in ``pattern`` (``(start, end)`` each) when it stands for
    them in order (see the module's docstring), or ``None`` when it is left whole; each
    branch is written out by :func:`branch_texts`."""
    found = split_run(pattern, case_sensitive)
    return found[0] if found is not None and not found[1] else None


def split_run(pattern: str, case_sensitive: bool) -> tuple[tuple[tuple[int, int], ...], str] | None:
    """:func:`split`'s branches, and where they stand for the pattern: everywhere (``""``),
    or, for a pattern whose branches follow a run of a few characters one of which a branch
    may start with (``(?m:^)[ \\t]{0,20}(?x: ... | [^\\n|:]{2,60}? ... )``), the run's
    characters: the branches then stand for it only where the text at the match's start is
    none of them (the run takes nothing there, for every branch alike)."""
    # (imported here: a run writes branches out, only the plan's build reads patterns)
    from lintnews.util.regex_syntax import IGNORECASE, parse_spans

    parsed, spans = parse_spans(pattern, 0 if case_sensitive else IGNORECASE)
    tree = parsed.tree
    if has_reference(tree):
        return None
    alt: tuple | None = tree
    run: frozenset[str] | None = None  # the characters of a leading run ("[ \\t]{0,20}")
    if len(tree[1]) == 1:
        alt = None
        for node in tree[1][0]:
            if _zero_width(node):
                continue
            if run is None and (chars := _run_chars(node)) is not None:
                run = chars
                continue
            if node[0] == "group" and len(node[3][1]) > 1 and not _starts_only(node[3]):
                alt = node[3]
            break
    if alt is None:
        return None
    where = ""
    if run is not None and any(_may_start(seq, run) for seq in alt[1]):
        where = "".join(sorted(run))
    return spans[id(alt)], where


def _run_chars(node: tuple) -> frozenset[str] | None:
    """The characters of a repeat of one of a few characters (``[ \\t]{0,20}``, the blanks
    a line-start pattern allows before its phrasings), else ``None``.

    Before the branches, such a run splits exactly too when no branch can start with one of
    its characters: a match's run then takes every one of them there is (with one fewer the
    branch would start with one), so it is the same run for every branch, as if it consumed
    a fixed text, and the branches are tried in order after it as after a zero-width item."""
    if node[0] != "rep" or node[4][0] not in ("lit", "set"):
        return None
    item = node[4]
    if item[0] == "lit":
        return None if item[2] and item[1].lower() != item[1].upper() else frozenset(item[1])
    negated, members, icase = item[1], item[2], item[3]
    if negated or any(m[0] != "lit" for m in members):
        return None
    chars = frozenset(m[1] for m in members)
    if icase and any(c.lower() != c.upper() for c in chars):
        return None  # (a letter: its other cases, and their odd foldings, would count too)
    return chars


def _may_start(seq: list | tuple, chars: frozenset[str]) -> bool:
    """May a match of the sequence start with one of ``chars`` (or be empty)? A superset:
    look-arounds are passed over, anything not read here says yes."""
    for node in seq:
        may, empty = _first(node, chars)
        if may:
            return True
        if not empty:
            return False
    return True  # (the whole sequence may match nothing: what follows it would start)


def _first(node: tuple, chars: frozenset[str]) -> tuple[bool, bool]:
    """For one item: may its match start with one of ``chars``, and may it match nothing?"""
    kind = node[0]
    if kind in _ZERO:
        return False, True
    if kind == "lit":
        c = node[1]
        return (c in chars or (node[2] and (c.lower() in chars or c.upper() in chars))), False
    if kind == "any":
        return any(c != "\n" or node[1] for c in chars), False
    if kind == "cat":
        return any(_in_cat(c, node[1]) for c in chars), False
    if kind == "set":
        return any(_in_set(c, node) for c in chars), False
    if kind in ("group", "atomic"):
        inner = node[3] if kind == "group" else node[1]
        seqs = inner[1]
        return any(_may_start(q, chars) for q in seqs), any(_empty(q) for q in seqs)
    if kind == "rep":
        may, empty = _first(node[4], chars)
        return may, empty or node[1] == 0
    return True, True  # (a back reference, a conditional: not read)


def _empty(seq: list | tuple) -> bool:
    """May the sequence match nothing?"""
    return all(_first(n, frozenset())[1] for n in seq)


def _in_cat(c: str, letter: str) -> bool:
    """Is ``c`` in the class ``\\d \\D \\s \\S \\w \\W`` (Python's Unicode meaning)?"""
    inside = {"d": c.isdecimal(), "s": c.isspace(), "w": c.isalnum() or c == "_"}[letter.lower()]
    return inside if letter.islower() else not inside


def _in_set(c: str, node: tuple) -> bool:
    """Is ``c`` in the class (case-blind when the class is: any of its cases)?"""
    _, negated, items, icase = node
    cases = {c, c.lower(), c.upper()} if icase else {c}
    found = any(
        (m[0] == "lit" and m[1] in cases)
        or (m[0] == "range" and any(m[1] <= x <= m[2] for x in cases))
        or (m[0] == "cat" and any(_in_cat(x, m[1]) for x in cases))
        for m in items)
    return found != negated


def branch_texts(pattern: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """The patterns, one per branch, that :func:`split` found in ``pattern``: what comes
    before and after the branches, with each branch between."""
    head, tail = pattern[: spans[0][0]], pattern[spans[-1][1] :]
    return tuple(head + pattern[a:b] + tail for a, b in spans)


def _starts_only(alt: tuple) -> bool:
    """Is each branch of the alternation only a place to start (a line start and blanks, a
    look-behind)? Split there, every branch would be the whole rest of the pattern again:
    more to compile, not less."""
    return all(all(_zero_width(n) or (n[0] == "rep" and n[1] == 0) for n in seq) for seq in alt[1])


def _zero_width(node: tuple) -> bool:
    """Does the item consume nothing, whatever the text (an anchor, a look-around, a group of them)?"""
    if node[0] in _ZERO:
        return True
    if node[0] == "group":
        return all(all(_zero_width(n) for n in seq) for seq in node[3][1])
    return False


def has_reference(node: tuple) -> bool:
    """Does the tree hold a back reference or a conditional (group numbers matter)?"""
    kind = node[0]
    if kind in ("backref", "cond"):
        return True
    if kind == "alt":
        return any(has_reference(n) for seq in node[1] for n in seq)
    if kind == "group":
        return has_reference(node[3])
    if kind in ("look",):
        return has_reference(node[3])
    if kind == "atomic":
        return has_reference(node[1])
    if kind == "rep":
        return has_reference(node[4])
    return False
