"""A pattern's branches with a common beginning written once, for a scan that asks only
*whether* a pattern matches at a position.

Why: the matcher finds the line starts where a line-start pattern may match with one
look-ahead after every newline (:mod:`lintnews.matching.line_scan`). A pattern such as
advertorial/commerce-cta has several branches that open on the same lazy run
(``[^\\n.]{3,60}?\\s(?:drops?|...)``, ``[^\\n.]{3,60}?\\sis\\s+...``): tried in turn, each
reads the line again. Written ``[^\\n.]{3,60}?\\s(?:(?:drops?|...)|is\\s+...)``, the run is
read once for all of them.

Where a match *is* (its end) may change, so the result is for that look-ahead only,
never for finding hits: a position holds a match of ``Z (X A | X B) T`` exactly where it
holds one of ``Z X (?:A | B) T`` (concatenation distributes over alternation; a
backtracking engine tries every way before it gives up, so the order in which the
branches and repeats are tried decides which match is found, never whether there is
one). That holds where the group is not inside an atomic group, a possessive repeat or
any repeat (only groups of the pattern's top level are rewritten) and there is no back
reference or conditional (group numbers change; such a pattern is left as it is).

A run of any characters but a line break right before a line's end (``[^\\n]{3,110}(?m:$)``,
"a line of at most 110 characters") is written possessive (:func:`_line_ends`): a long
line's run takes its 110 characters, finds no line end and gives up at once, instead of
giving them back one by one to look for a line end where none can be (every character it
gave back is not a line break). The same strings match, with the same ends.

The same look-ahead also gets a group of eight or more plain words ("the|our|your|more|see|
...") written as a trie (:func:`_word_tries`): the same strings, most rejected on their first
letter instead of word by word.

Read by lintnews's own parser (:mod:`lintnews.util.regex_syntax`); the rewritten text is
parsed again and must give exactly the tree expected, else the pattern is left as it is.
Built once, with the plan of the built-in packs (:mod:`lintnews.packs.plan_build`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.util.regex_split import has_reference
from lintnews.util.regex_syntax import IGNORECASE, VERBOSE, PatternError, parse, parse_spans


def factored(pattern: str, case_sensitive: bool) -> str | None:
    """``pattern`` with the common beginnings of the branches of its top-level groups
    written once, its long lists of plain words as tries and its runs to a line's end
    possessive (see the module's docstring), or ``None`` when nothing changes (or the
    pattern is not one this reads)."""
    shared = _shared(pattern, case_sensitive)
    tried = _word_tries(shared or pattern, case_sensitive) or shared
    return _line_ends(tried or pattern, case_sensitive) or tried


def _shared(pattern: str, case_sensitive: bool) -> str | None:
    """``pattern`` with the common beginnings of the branches of its top-level groups
    written once, or ``None``."""
    flags = 0 if case_sensitive else IGNORECASE
    try:
        parsed, spans = parse_spans(pattern, flags)
    except PatternError:
        return None
    tree = parsed.tree
    if has_reference(tree) or len(tree[1]) != 1:
        return None
    out, expected, last = [], [], 0
    for node in tree[1][0]:
        if node[0] != "group" or len(node[3][1]) < 2:
            expected.append(node)
            continue
        where = spans[id(node[3])]
        verbose = _verbose(pattern, where[0][0], parsed.global_flags | flags)
        fragment_flags = (IGNORECASE if node[2] else 0) | (VERBOSE if verbose else 0)
        texts, seqs = _merged(pattern, where, node[3][1], fragment_flags, node[2])
        out.append(pattern[last : where[0][0]])
        out.append("|".join(texts))
        last = where[-1][1]
        expected.append(("group", node[1], node[2], ("alt", seqs)))
    if last == 0:
        return None
    text = "".join(out) + pattern[last:]
    if text == pattern:
        return None
    try:
        again = parse(text, flags).tree
    except PatternError:
        return None
    if _plain(again) != _plain(("alt", [expected])):
        return None
    return text


def _merged(pattern: str, where: tuple, seqs: list, flags: int, icase: bool) -> tuple[list[str], list]:
    """The branches' texts and trees, those that open on the same item merged (their
    common beginning once, their rests as a group)."""
    runs: dict[object, list[int]] = {}
    for k, seq in enumerate(seqs):
        runs.setdefault(_plain(seq[0]) if seq else ("empty", k), []).append(k)
    texts, trees = [], []
    for members in runs.values():
        if len(members) > 1:
            found = _common(pattern, [where[k] for k in members], [seqs[k] for k in members], flags)
            if found is not None:
                head, rests, n = found
                trees.append([*seqs[members[0]][:n], ("group", False, icase, ("alt", [seqs[k][n:] for k in members]))])
                texts.append(f"{head}(?:{'|'.join(rests)})")
                continue
        for k in members:
            texts.append(pattern[where[k][0] : where[k][1]])
            trees.append(seqs[k])
    return texts, trees


def _common(pattern: str, where: list, seqs: list, flags: int) -> tuple[str, list[str], int] | None:
    """The longest common text the branches open on that is their first items, whole, and
    each branch's rest: ``(head, rests, number of items)``, or ``None``."""
    texts = [pattern[a:b] for a, b in where]
    size = 0
    for chars in zip(*texts, strict=False):
        if any(c != chars[0] for c in chars):
            break
        size += 1
    for cut in range(size, 0, -1):
        head = texts[0][:cut]
        try:
            items = parse(head, flags).tree
        except PatternError:
            continue
        if len(items[1]) != 1 or not items[1][0]:
            continue
        n = len(items[1][0])
        if any(_plain(items[1][0]) != _plain(seq[:n]) or len(seq) == n for seq in seqs):
            continue
        rests = [t[cut:] for t in texts]
        try:
            if all(_plain(parse(r, flags).tree) == _plain(("alt", [seq[n:]])) for r, seq in zip(rests, seqs, strict=True)):
                return head, rests, n
        except PatternError:
            continue
    return None


def _verbose(pattern: str, start: int, flags: int) -> bool:
    """Is the group whose first branch starts at ``start`` read in verbose mode: opened by
    ``(?x:`` (or letters with x before any ``-``), or the whole pattern is verbose."""
    opener = pattern[pattern.rfind("(", 0, start) : start]
    if opener.startswith("(?") and opener.endswith(":"):
        on = opener[2:-1].partition("-")[0]
        if "x" in on:
            return True
        if "x" in opener[2:-1].partition("-")[2]:
            return False
    return bool(flags & VERBOSE)


def _plain(node: object) -> object:
    """A tree with lists as tuples, to compare."""
    if isinstance(node, (list, tuple)):
        return tuple(_plain(n) for n in node)
    return node


# -- long lists of plain words, as tries --------------------------------------------------

_TRIED = 8  # plain words in a group from which they are written as a trie


def _word_tries(pattern: str, case_sensitive: bool) -> str | None:
    """``pattern`` with each group of some eight or more plain words (letters and digits)
    written with those words as a trie (:func:`lintnews.util.trie.trie_regex`, the other
    branches first): ``re`` tries an alternation branch by branch, a trie rejects most
    words on their first letter. The same positions match: the group matches the same
    strings (checked: the trie's words are read back from its parsed text), and order
    decides which match, not whether one exists, outside atomic groups and possessive
    repeats (groups inside those, and inside look-behinds, are left)."""
    from lintnews.util.trie import trie_regex

    flags = 0 if case_sensitive else IGNORECASE
    try:
        parsed, spans = parse_spans(pattern, flags)
    except PatternError:
        return None
    if has_reference(parsed.tree):
        return None
    found: list[tuple[int, int, str]] = []
    for node in _free_groups(parsed.tree):
        seqs = node[3][1]
        words = [w for w in (_plain_word(seq, node[2]) for seq in seqs) if w is not None]
        if len(words) < _TRIED:
            continue
        where = spans[id(node[3])]
        others = [pattern[a:b] for (a, b), seq in zip(where, seqs, strict=True) if _plain_word(seq, node[2]) is None]
        trie = trie_regex(sorted(set(words)))
        try:
            read = _words_of(parse(trie, IGNORECASE if node[2] else 0).tree)
        except PatternError:
            read = None
        if read != set(words):
            continue
        found.append((where[0][0], where[-1][1], "|".join([*others, trie])))
    # (innermost first would leave the outer spans stale: a group inside another is left)
    kept = [f for f in found if not any(g is not f and f[0] <= g[0] and g[1] <= f[1] for g in found)]
    if not kept:
        return None
    text = pattern
    for start, end, body in sorted(kept, reverse=True):
        text = text[:start] + body + text[end:]
    try:
        parse(text, flags)
    except PatternError:
        return None
    return text


def _free_groups(node: tuple) -> Iterator[tuple]:
    """The groups of a tree that are not inside an atomic group, a possessive repeat or a
    look-behind."""
    kind = node[0]
    if kind == "alt":
        for seq in node[1]:
            for n in seq:
                yield from _free_groups(n)
    elif kind == "group":
        if len(node[3][1]) > 1:
            yield node
        yield from _free_groups(node[3])
    elif kind == "look" and not node[1]:
        yield from _free_groups(node[3])
    elif kind == "rep" and node[3] != "+":
        yield from _free_groups(node[4])


def _plain_word(seq: list, icase: bool) -> str | None:
    """The branch as a word of letters and digits, when it is only that."""
    if not seq or any(n[0] != "lit" or n[2] != icase or not n[1].isalnum() or not n[1].isascii() for n in seq):
        return None
    return "".join(n[1] for n in seq)


def _words_of(node: tuple) -> set[str] | None:
    """The strings a tree of literals, groups, alternations and optional items matches
    (``None``: something else)."""
    kind = node[0]
    if kind == "alt":
        out: set[str] = set()
        for seq in node[1]:
            strings = {""}
            for n in seq:
                sub = _words_of(n)
                if sub is None:
                    return None
                strings = {a + b for a in strings for b in sub}
            out |= strings
        return out
    if kind == "lit":
        return {node[1]}
    if kind == "group":
        return _words_of(node[3])
    if kind == "rep" and node[1] == 0 and node[2] == 1:
        sub = _words_of(node[4])
        return None if sub is None else sub | {""}
    return None


# -- a run to a line's end, possessive ---------------------------------------------------------

# (a greedy run of "[^\n]" or "." right before "$", "(?m:$)" or "\Z", as written in the packs;
# the parsed result is checked against the tree, so a look-alike elsewhere is left)
_LINE_RUN = re.compile(r"(?<!\\)(\[\^\\n\]|\.)(\{\d+(?:,\d*)?\}|\*|\+)(?![?+])(?=\(\?m:\$\)|\$|\\Z)")


def _line_ends(pattern: str, case_sensitive: bool) -> str | None:
    """``pattern`` with each greedy run of characters other than a line break that is
    followed by a line's (or the text's) end written possessive, or ``None`` when there
    is none. Exact, for any use: such a run stops at a line break, the text's end or its
    maximum; a line end can only follow it where it stopped, since each character it
    could give back is not a line break (``$`` holds only before one or at the end)."""
    flags = 0 if case_sensitive else IGNORECASE
    try:
        tree = parse(pattern, flags).tree
    except PatternError:
        return None
    if has_reference(tree):
        return None
    expected, changed = _possessive_runs(tree)
    if not changed:
        return None
    text = _LINE_RUN.sub(r"\1\2+", pattern)
    try:
        again = parse(text, flags).tree
    except PatternError:
        return None
    if _plain(again) != _plain(expected):
        return None
    return text


def _line_run(node: tuple) -> bool:
    """A greedy repeat of one character that is not a line break (``[^\\n]``, or a dot that
    does not match one)."""
    if node[0] != "rep" or node[3] != "":
        return False
    item = node[4]
    return item == ("any", False) or (item[0] == "set" and item[1] and _plain(item[2]) == (("lit", "\n"),))


def _at_end(node: tuple) -> bool:
    """Does every match of ``node`` start with ``$`` or ``\\Z`` (it consumes nothing there and
    holds only before a line break or at the text's end)?"""
    if node[0] == "at":
        return node[1] in ("$", "Z")
    if node[0] == "group":
        return all(seq and _at_end(seq[0]) for seq in node[3][1])
    return False


def _possessive_runs(node: tuple) -> tuple[tuple, int]:
    """``node``'s tree with each run of :func:`_line_run` followed by :func:`_at_end` made
    possessive, and how many were."""
    kind = node[0]
    if kind == "alt":
        changed = 0
        seqs = []
        for seq in node[1]:
            out = []
            for k, item in enumerate(seq):
                if _line_run(item) and k + 1 < len(seq) and _at_end(seq[k + 1]):
                    out.append(("rep", item[1], item[2], "+", item[4]))
                    changed += 1
                    continue
                new, n = _possessive_runs(item)
                out.append(new)
                changed += n
            seqs.append(out)
        return ("alt", seqs), changed
    if kind in ("group", "look"):
        inner, n = _possessive_runs(node[3])
        return (*node[:3], inner), n
    if kind == "atomic":
        inner, n = _possessive_runs(node[1])
        return ("atomic", inner), n
    if kind == "rep":
        inner, n = _possessive_runs(node[4])
        return (*node[:4], inner), n
    return node, 0
