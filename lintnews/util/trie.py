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
        # next characters after which the same rest follows are written once before it: as a
        # class where they end their words or are followed by the same ("ha[ds]", not
        # "ha(?:d|s)", what ``re`` compiles it to anyway), as an alternation of heads before a
        # longer shared rest ("that's", "that're": "that['’](?:re|s)\s+x"). ``re`` parses
        # a pattern in time with its length: the prefilter's trie, 193,000 -> 153,000
        # characters. Only characters that no other one matches (_PLAIN), and not across a
        # branch of another: the branches of a node start with distinct characters, so no
        # two of those match at one place, and their order among themselves is free
        branches: list[str] = []
        at: dict[str, int] = {}  # (a rest -> the branch that has it, with its heads)
        heads: list[list[str]] = []
        for ch, same in by_char:
            one = ch.translate(table)
            rest = emit(same, depth + 1, False)
            if ch in _PLAIN:
                lead = _LEAD(rest)  # (the head: ``one`` and the letters and digits after it)
                j = lead.end() if lead is not None else 0
                if not j or len(rest) - j >= _SHARED:
                    head, rest = one + rest[:j], rest[j:]
                    same_rest = at.get(rest)
                    if same_rest is not None and (len(rest) >= _SHARED or _single(heads[same_rest][0])):
                        heads[same_rest].append(head)
                        continue
                    at[rest] = len(branches)
                    branches.append(rest)
                    heads.append([head])
                    continue
            else:
                at = {}  # (none joins another across it: their order is kept)
            branches.append(one + rest)
            heads.append([""])
        branches = [(hs[0] if len(hs) == 1 else _heads(hs)) + rest
                    for hs, rest in zip(heads, branches, strict=True)]
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
# what follows a next character as the rest of its head: letters and digits, none of them
# repeated by a "?" (of "has?", "ha" is the head)
_LEAD = re.compile(r"[a-z0-9]*(?![?*+{])").match


def _single(head: str) -> bool:
    """Is ``head`` one character (escaped or not)?"""
    return len(head) == 1 or (len(head) == 2 and head[0] == "\\")


def _heads(heads: list[str]) -> str:
    """Heads that one rest follows (each starting with a character of its own): one
    character each as a class, else an alternation."""
    if all(_single(h) for h in heads):
        return "[" + "".join(heads) + "]"
    return "(?:" + "|".join(heads) + ")"


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


# next characters that may join a class of the others (written as one character, or one
# escaped): those that no other character matches, even ignoring case (ASCII, not upper
# case, not white space)
_PLAIN = frozenset(c for c in map(chr, range(128)) if not (c.isupper() or c.isspace())
                   and (len(_char(c)) == 1 or (len(_char(c)) == 2 and _char(c)[0] == "\\")))

# ``_char`` of every character, as a ``str.translate`` table: the characters it writes
# otherwise than themselves (``re.escape`` escapes ASCII characters only)
_TABLE = {ord(c): _char(c) for c in [chr(i) for i in range(128)] + list("’‐‑–") if _char(c) != c}


# -- prefix analysis ------------------------------------------------------------------------
# Works on the parse tree of Python's own regex parser, so it understands exactly
# what ``re`` will run. It only ever over-approximates: a prefix set must contain
# the start of every possible match, and an alternative it cannot describe is
