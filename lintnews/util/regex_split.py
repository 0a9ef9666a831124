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
    # (imported here: a run writes branches out, only the plan's build reads patterns)
    from lintnews.util.regex_syntax import IGNORECASE, parse_spans

    parsed, spans = parse_spans(pattern, 0 if case_sensitive else IGNORECASE)
    tree = parsed.tree
    if has_reference(tree):
        return None
    alt: tuple | None = tree
    if len(tree[1]) == 1:
        alt = None
        for node in tree[1][0]:
            if _zero_width(node):
                continue
            if node[0] == "group" and len(node[3][1]) > 1 and not _starts_only(node[3]):
                alt = node[3]
            break
        if alt is None:
            return None
    return spans[id(alt)]


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
