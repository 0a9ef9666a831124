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
