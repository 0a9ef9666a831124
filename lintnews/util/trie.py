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
        branches = [ch.translate(table) + emit(same, depth + 1, False) for ch, same in by_char]
        if len(branches) == 1 and not end:
            return branches[0]
        if guard:  # (a longer word, else this one where its guard holds)
            return "(?:" + "|".join(branches) + "|" + guard + ")"
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return emit(sorted(set(words)), 0, True)


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
