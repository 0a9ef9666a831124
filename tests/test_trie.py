"""The trie regex matches exactly its words, longest first, with the initials asked for first."""

from __future__ import annotations

import random
import re

from lintnews.util.trie import trie_regex


def test_matches_exactly_the_words_and_prefers_the_longest():
    words = ["be", "been", "being", "believe", "is", "it's", "so-called", "50% off", "is widely"]
    regex = re.compile("(?:" + trie_regex(words) + r")\Z")
    for w in words:
        assert regex.match(w), w
    for other in ["b", "bee", "beings", "i", "it", "so", "50%", "is  wide"]:
        assert not regex.match(other), other
    # longest first: at "being believed", the trie takes "being", not "be"
    assert re.match(trie_regex(words), "being believed").group() == "being"
    # white space inside a word list entry matches any run of white space
    assert re.match(trie_regex(words), "is \t widely").group() == "is \t widely"


def test_initials_are_tried_in_the_order_given():
    source = trie_regex(["apple", "tree", "sun"], first="st")
    assert source.index("s") < source.index("t") < source.index("a")


def test_random_word_lists_match_exactly():
    rnd = random.Random(7)
    for _ in range(200):
        words = sorted({"".join(rnd.choice("abc'-") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 30))})
        regex = re.compile("(?:" + trie_regex(words) + r")\Z")
        for w in words:
            assert regex.match(w), (w, words)
        probes = {"".join(rnd.choice("abc'-") for _ in range(rnd.randint(1, 5))) for _ in range(30)}
        for p in probes - set(words):
            # ("'" and "’" are one mark, as are the hyphens: a probe is a miss only if no
            # word is the same string up to those marks)
            if p.replace("’", "'") not in words:
                assert not regex.match(p), (p, words)


def test_characters_before_one_rest_are_written_once():
    """Next characters after which the same rest follows are one class, or one alternation
    of heads before a longer rest: a shorter pattern (``re`` parses in time with length)
    that finds the same longest word."""
    words = ["had", "has", "hat", "that's not", "that're not", "that'll be", "x!", "x."]
    source = trie_regex(words)
    assert "ha[dst]" in source
    assert r"(?:re|s)\s+not" in source
    assert r"x[!\.]?" not in source and r"x[!\.]" in source
    regex = re.compile("(?:" + source + ")")
    for text, found in [("hats off", "hat"), ("that's  not so", "that's  not"),
                        ("that’re not", "that’re not"), ("that'll be it", "that'll be"),
                        ("x. y", "x."), ("that's no", None), ("x", None)]:
        m = regex.match(text)
        assert (m.group() if m else None) == found, text


def test_a_class_keeps_the_order_of_characters_that_may_match_alike():
    """Upper-case letters, white space and quotation marks (which may match what another
    next character matches, ignoring case or as a class) join no class, and none is
    jumped over: with IGNORECASE, "A" is still tried where it was, before "a"."""
    words = ["1 xyzzyq", "A long", "a xyzzyq", "b"]
    regex = re.compile("(?:" + trie_regex(words) + ")", re.IGNORECASE)
    assert regex.match("a long").group() == "a long"
    assert regex.match("A xyzzyq").group() == "A xyzzyq"
