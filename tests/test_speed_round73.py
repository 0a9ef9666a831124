"""Round 73: what a long text builds once, built for less, the output unchanged.

- the judges' lazy regexes the warm-up did not use are compiled before the parts of a large
  file are forked (``lazyregex.compile_pending``), not once in every part's process;
- the long-text scans leave the matcher's prefix indexes as plain dicts (``_prefix_at``,
  ``_line_at``), which must say what the packed indexes say;
- ``trie_regex`` matches what it matched before, faster (and, since SPEED104, written shorter).
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching.matcher import Matcher
from lintnews.packs.model import PackRule
from lintnews.util import lazyregex
from lintnews.util.lazyregex import LazyRegex
from lintnews.util.trie import trie_regex


def test_compile_pending_compiles_what_is_not_compiled_yet():
    used = LazyRegex(r"\bused\b")
    unused = LazyRegex(r"\b(?:never|used)\s+here\b", re.IGNORECASE)
    assert used.search("it is used") is not None
    assert "search" in vars(used) and "search" not in vars(unused)
    assert lazyregex.compile_pending() >= 1
    assert "search" in vars(unused)  # compiled now: a forked process inherits it
    assert unused.search("NEVER here").group() == "NEVER here"
    assert lazyregex.compile_pending() == 0  # nothing left


def test_compile_pending_leaves_a_bad_pattern_to_fail_where_it_is_used():
    bad = LazyRegex(r"(unclosed")
    lazyregex.compile_pending()
    with pytest.raises(re.error):
        bad.search("text")


def _reference_trie(words: list[str], first: str = "", guards: dict[str, str] | None = None) -> str:
    """trie_regex as round 72 wrote it: a character at a time, through dicts."""

    def _char(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if ch in "'’":
            return "['’]"
        if ch in "-‐‑":
            return r"[-‐‑]"
        if ch == "–":  # (review 76: an en dash matches itself too)
            return r"[-‐‑–]"
        return re.escape(ch)

    guards = guards or {}
    rank = {ch: i for i, ch in enumerate(first)}

    def emit(group: list[str], depth: int, top: bool) -> str:
        if len(group) == 1:
            return "".join(_char(ch) for ch in group[0][depth:]) + guards.get(group[0], "")
        end, guard = False, ""
        by_char: dict[str, list[str]] = {}
        for w in group:
            if len(w) == depth:
                end, guard = True, guards.get(w, "")
            else:
                by_char.setdefault(w[depth], []).append(w)
        if not by_char:
            return guard
        order = sorted(by_char, key=lambda ch: (rank.get(ch, len(first)), ch)) if top else sorted(by_char)
        branches = [_char(ch) + emit(by_char[ch], depth + 1, False) for ch in order]
        if len(branches) == 1 and not end:
            return branches[0]
        if guard:
            return "(?:" + "|".join(branches) + "|" + guard + ")"
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return emit(sorted(set(words)), 0, True)


def _same_matches(source: str, reference: str, texts: list[str], flags: int = 0) -> None:
    mine, theirs = re.compile("(?:" + source + ")", flags), re.compile("(?:" + reference + ")", flags)
    for text in texts:
        for i in range(len(text) + 1):
            m, r = mine.match(text, i), theirs.match(text, i)
            assert (m and m.group()) == (r and r.group()), (text, i)


@pytest.mark.parametrize("seed", range(40))
def test_trie_regex_matches_what_it_matched(seed):
    """Since SPEED104 the trie is written shorter (next characters before one rest written
    once): it must find what round 72's writer found, the longest word, at every place."""
    rnd = random.Random(seed)
    alphabet = "abc d'’-‐‑–.()[]?*+|^$\\#\té€%0"
    words = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 7))) for _ in range(rnd.randint(1, 60))]
    guards = {w: rnd.choice([r"(?=\s)", r"(?<=[.!?] ..)"]) for w in words if rnd.random() < 0.25}
    first = "".join(rnd.sample(alphabet, 6))
    texts = [". " + "".join(rnd.choice(alphabet + "AB ") for _ in range(12)) for _ in range(40)]
    texts += [". " + w + rnd.choice(["", " ", "a", "."]) for w in words]
    flags = re.IGNORECASE if seed % 2 else 0
    _same_matches(trie_regex(words, first, guards), _reference_trie(words, first, guards), texts, flags)
    _same_matches(trie_regex(words), _reference_trie(words), texts, flags)


def test_trie_regex_of_phrases_with_a_shared_run():
    words = ["advertise here", "advertisement", "advertiser content", "advertiser feature", "ad"]
    rx = re.compile(trie_regex(words))
    assert rx.fullmatch("advertiser  content") is not None
    assert rx.match("advertisements").group() == "advertisement"
    assert rx.match("adverts").group() == "ad"
    assert trie_regex(words) == _reference_trie(words)  # (no two next characters share a rest)


@pytest.fixture(scope="module")
def scanned(registry):
    m = Matcher([r for r in registry.rules.values() if isinstance(r, PackRule)])
    m._scanners()
    return m


def test_the_long_text_prefix_dicts_say_what_the_indexes_say(scanned):
    m = scanned
    assert isinstance(m._prefix_at, dict) and isinstance(m._line_at, dict)
    assert m._prefix_at and m._line_at
    for table, index in ((m._prefix_at, m._by_prefix), (m._line_at, m._line_prefix)):
        for prefix, owners in table.items():
            assert sorted(owners) == sorted(index.get(prefix, ()))
        # (and a prefix no pattern has is in neither)
        assert table.get("zzqx") is None and not index.get("zzqx", ())


def test_a_long_text_finds_what_a_short_one_finds(registry):
    """The same sentences, looked up word by word (a short text) and through the long-text
    scans (the dicts above), give the same hits."""
    rules = [r for r in registry.rules.values() if isinstance(r, PackRule)]
    text = ("Critics say the plan is a disaster, it is widely believed.\n"
            "Advertisement\n  Sponsored content: save 20% on tickets at Acme.\n"
            "Our newsletter: sign up today. The mayor, sources said, will resign.\n")
    short, long = Matcher(rules), Matcher(rules)
    long._scanners()
    long._read = 10**9  # (as after a long text: the scans, not word look-ups)

    def found(m: Matcher) -> dict[str, list[tuple[int, int, str | None]]]:
        return {rule: [(h.start, h.end, h.term.term if h.term else None) for h in hits]
                for rule, hits in m.scan(text).items()}

    assert found(short) == found(long)
    assert len(found(short)) > 3  # (the sentences hold hits of several rules)
