"""A regex that matches exactly a list of words, factored as a trie.

Python's ``re`` has no multi-pattern search: an alternation of two thousand words is
tried word by word at every position. Written as a trie, the engine rejects most
positions on the first letter. Used by the matcher's prefilter and by every module
that turns a word list into a pattern (speech verbs, exception gates).
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter


def trie_regex(words: list[str], first: str = "", guards: dict[str, str] | None = None) -> str:
    """A regex matching exactly ``words`` (longest first), factored as a trie.

    ``first``: initial characters to try first, in this order (the engine tries a
    trie's branches one by one, so frequent initials first are found sooner).
    ``guards``: for some words, a zero-width regex that must hold where the word ends
    (a look-behind over the word and what comes before it): where it does not, the
    longest of the others is matched.
    """
    guards = guards or {}
    rank = {ch: i for i, ch in enumerate(first)}
    last = len(first)
    table = _TABLE
    get_guard = guards.get

    def emit(group: list[str], depth: int, top: bool) -> str:
        # ``group``: sorted distinct words that agree on their first ``depth`` characters.
        # (Grouping sorted slices directly, not through a tree of dicts, halves the time for
        # the prefilter's prefixes; so do, of what was left, writing a shared run of
        # characters at once, grouping by ``itertools.groupby`` and escaping by one
        # ``str.translate``: the prefilter's 25,000 prefixes, 72 -> 50 ms.)
        if len(group) == 1:  # the rest of one word, written out: what the recursion would make
            word = group[0]
            return word[depth:].translate(table) + get_guard(word, "")
        # the characters every word has next (the first and the last word's, sorted): written
        # out at once; none of the words ends before them (one that did would sort first)
        low, high = group[0], group[-1]
        k, n = depth, min(len(low), len(high))
        while k < n and low[k] == high[k]:
            k += 1
        if k > depth:
            return low[depth:k].translate(table) + emit(group, k, False)
        end = len(low) == depth  # (a word that ends here sorts first)
        guard = get_guard(low, "") if end else ""
        # the rest by their next character: runs of the sorted words, in that character's order
        by_char = [(ch, list(same)) for ch, same in groupby(group[1:] if end else group, itemgetter(depth))]
        if not by_char:
            return guard
        if top:
            by_char.sort(key=lambda item: (rank.get(item[0], last), item[0]))
        # next characters after which the same rest follows (ending their words, or "m" and
        # "s" of "that's", "that'm"...) are one character class: "ha[ds]", not "ha(?:d|s)"
        # ("re" compiles the one-character ones so anyway, but parses a class faster: the
        # prefilter's trie, 193,000 -> N characters). Only characters that no other one
        # matches (ASCII, not upper case, not white space), and not across a branch of another
        # character: the branches of a node start with distinct characters, so no two of
        # those match at one place, and their order among themselves is free
        branches: list[str] = []
        at: dict[str, int] = {}  # (a rest -> the branch that has it, with its heads)
        heads: list[list[str]] = []
        for ch, same in by_char:
            one = ch.translate(table)
            full = one + emit(same, depth + 1, False)
            if _plain(ch, one):
                head, rest = _split(full, len(one))
                if head and (head == one or len(rest) >= _SHARED):
                    k = at.get(rest)
                    if k is not None and (len(rest) >= _SHARED or _single(heads[k][0])):
                        heads[k].append(head)
                        continue
                    at[rest] = len(branches)
                    branches.append(rest)
                    heads.append([head])
                    continue
            else:
                at = {}  # (none joins another across it: their order is kept)
            branches.append(full)
            heads.append([""])
        branches = [_heads(hs) + rest for hs, rest in zip(heads, branches, strict=True)]
        if len(branches) == 1 and not end:
            return branches[0]
        if guard:  # (a longer word, else this one where its guard holds)
            return "(?:" + "|".join(branches) + "|" + guard + ")"
        if len(branches) == 1 and _atom(branches[0]):
            return branches[0] + "?"  # (always ``end`` here: "s?", not "(?:s)?")
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return emit(sorted(set(words)), 0, True)


_SHARED = 6  # the shortest rest that words of more than one character share as one branch


def _split(branch: str, first: int) -> tuple[str, str]:
    """``branch`` as its head, plain letters and digits from its start (at least its first
    character, ``first`` characters written), none of them repeated by a ``?``, and the rest."""
    i = first
    while i < len(branch) and (branch[i].isdigit() or "a" <= branch[i] <= "z"):
        i += 1
    if i < len(branch) and branch[i] in "?*+{":
        i -= 1
    if i < first:
        return "", branch
    return branch[:i], branch[i:]


def _single(head: str) -> bool:
    """Is ``head`` one character (escaped or not)?"""
    return len(head) == 1 or (len(head) == 2 and head[0] == "\\")


def _heads(heads: list[str]) -> str:
    """Heads that one rest follows (each starting with a character of its own): one
    written as it is, one character each as a class, else an alternation."""
    if len(heads) == 1:
        return heads[0]
    if all(_single(h) for h in heads):
        return "[" + "".join(heads) + "]"
    return "(?:" + "|".join(heads) + ")"


def _plain(ch: str, written: str) -> bool:
    """May ``ch`` (``written`` so) join a class of the other next characters of a node?"""
    return ch.isascii() and not ch.isupper() and not ch.isspace() and (
        len(written) == 1 or (len(written) == 2 and written[0] == "\\"))


def _atom(branch: str) -> bool:
    """Is ``branch`` one character, one escaped character or one class of characters
    (what a ``?`` may follow without a group)?"""
    if len(branch) == 1:
        return True
    if len(branch) == 2 and branch[0] == "\\":
        return branch != "\\s"
    return branch[0] == "[" and branch[-1] == "]" and "]" not in branch[1:-1].replace("\\]", "")


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "-‐‑":
        return r"[-‐‑]"
    if ch == "–":  # (a word written with an en dash: matches it and the hyphens)
        return r"[-‐‑–]"
    return re.escape(ch)


# ``_char`` of every character, as a ``str.translate`` table: the characters it writes
# otherwise than themselves (``re.escape`` escapes ASCII characters only)
_TABLE = {ord(c): _char(c) for c in [chr(i) for i in range(128)] + list("’‐‑–") if _char(c) != c}


# -- prefix analysis ------------------------------------------------------------------------
# Works on the parse tree of Python's own regex parser, so it understands exactly
# what ``re`` will run. It only ever over-approximates: a prefix set must contain
# the start of every possible match, and an alternative it cannot describe is
