"""One compiled matcher for every word-list and pattern rule of a run.

All pack rules (built-in, house packs, plugins' packs) are compiled into a single
regular expression, with the word lists folded into a trie so the regex engine
does not try each word in turn. The text is scanned **once**; each hit is
dispatched to the rule whose named group matched. Rules never re-scan the text.

The scan is a zero-width look-ahead at word starts, so hits of different rules
may overlap ("it has been claimed" for one rule, "claimed" for another); at one
start position the first rule in pack order wins.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lintnews.packs import Hit, PackRule

_WORD_START = r"(?<![\w'’-])"
_WORD_END = r"(?![\w-])"


def trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words`` (longest first), factored as a trie."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            sub = emit(node[ch])
            branches.append(_char(ch) + sub)
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return emit(trie)


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "-‐‑–":
        return r"[-‐‑]"
    return re.escape(ch)


class Matcher:
    """Compiled once per process for a set of pack rules; :meth:`scan` finds all hits."""

    def __init__(self, rules: list[PackRule]) -> None:
        self.rules = rules
        self._groups: dict[str, PackRule] = {}
        alternatives = []
        for i, rule in enumerate(rules):
            parts = []
            forms = sorted({f for t in rule.terms for f in t.forms}, key=lambda f: (-len(f), f))
            if forms:
                words = [f if rule.case_sensitive else f.lower() for f in forms]
                parts.append(_WORD_START + trie_regex(words) + _WORD_END)
            parts.extend(f"(?:{p})" for p in rule.patterns)
            body = "|".join(parts)
            flags = "(?-i:" if rule.case_sensitive else "(?:"
            name = f"r{i}"
            self._groups[name] = rule
            alternatives.append(f"(?P<{name}>{flags}{body}))")
        self.pattern = (
            re.compile(r"(?=" + "|".join(alternatives) + ")", re.IGNORECASE)
            if alternatives
            else None
        )

    def scan(self, text: str) -> dict[str, list[Hit]]:
        """All hits in ``text``, grouped by rule id, in text order."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        if self.pattern is None:
            return hits
        groups = self._groups
        for m in self.pattern.finditer(text):
            name = m.lastgroup
            if name is None:
                continue
            rule = groups[name]
            start, end = m.span(name)
            same = hits.get(rule.id)
            if same and start < same[-1].end:
                continue  # overlaps the rule's previous hit ("is believed to" / "believed to have")
            term = None
            if rule.by_form:
                key = " ".join(text[start:end].split())
                key = key.replace("’", "'")
                term = rule.by_form.get(key if rule.case_sensitive else key.lower())
            hits[rule.id].append(Hit(start, end, term))
        return hits
