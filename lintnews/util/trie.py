"""A regex that matches exactly a list of words, factored as a trie.

Python's ``re`` has no multi-pattern search: an alternation of two thousand words is
tried word by word at every position. Written as a trie, the engine rejects most
positions on the first letter. Used by the matcher's prefilter and by every module
that turns a word list into a pattern (speech verbs, exception gates).
"""

from __future__ import annotations

import re


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
    escaped: dict[str, str] = {}

    def emit(group: list[str], depth: int, top: bool) -> str:
        # ``group``: sorted distinct words that agree on their first ``depth`` characters.
        # (Grouping sorted slices directly, not through a tree of dicts, halves the time for
        # the prefilter's twelve thousand prefixes.)
        if len(group) == 1:  # the rest of one word, written out: what the recursion would make
            return "".join(_char(ch) for ch in group[0][depth:]) + guards.get(group[0], "")
        end = False
        guard = ""
        by_char: dict[str, list[str]] = {}
        for w in group:
            if len(w) == depth:
                end = True
                guard = guards.get(w, "")
            else:
                by_char.setdefault(w[depth], []).append(w)
        if not by_char:
            return guard
        order = sorted(by_char, key=lambda ch: (rank.get(ch, last), ch)) if top else sorted(by_char)
        branches = []
        for ch in order:
            char = escaped.get(ch)
            if char is None:
                char = escaped[ch] = _char(ch)
            branches.append(char + emit(by_char[ch], depth + 1, False))
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
    if ch in "-‐‑–":
        return r"[-‐‑]"
    return re.escape(ch)


# -- prefix analysis ------------------------------------------------------------------------
# Works on the parse tree of Python's own regex parser, so it understands exactly
# what ``re`` will run. It only ever over-approximates: a prefix set must contain
# the start of every possible match, and an alternative it cannot describe is
