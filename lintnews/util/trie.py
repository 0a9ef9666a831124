"""A regex that matches exactly a list of words, factored as a trie.

Python's ``re`` has no multi-pattern search: an alternation of two thousand words is
tried word by word at every position. Written as a trie, the engine rejects most
positions on the first letter. Used by the matcher's prefilter and by every module
that turns a word list into a pattern (speech verbs, exception gates).
"""

from __future__ import annotations

import re


def trie_regex(words: list[str], first: str = "") -> str:
    """A regex matching exactly ``words`` (longest first), factored as a trie.

    ``first``: initial characters to try first, in this order (the engine tries a
    trie's branches one by one, so frequent initials first are found sooner).
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict, order=lambda ch: ch) -> str:  # type: ignore[no-untyped-def]
        end = "" in node
        branches = []
        for ch in sorted((k for k in node if k), key=order):
            sub = emit(node[ch])
            branches.append(_char(ch) + sub)
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    def initial(ch: str) -> tuple[int, str]:
        i = first.find(ch)
        return (i if i >= 0 else len(first), ch)

    return emit(trie, initial)


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
