"""Round 58: a digit as a word of a pattern's formula.

A price, a date or a count holds a decimal digit; a pattern whose every match does (the price
lines of advertorial/commerce-cta, "$50 at Acme") need not be compiled for a text that has none:
a headline, a one-line check. The formula (:func:`lintnews.util.regex_words.required_words`)
says so with :data:`lintnews.util.pattern_start.DIGIT`, any script's decimal digit.
"""

from __future__ import annotations

import re

import pytest

from lintnews.matching.matcher import Matcher, _true
from lintnews.plugins.registry import load_registry
from lintnews.util.casefold import fold
from lintnews.util.pattern_start import DIGIT
from lintnews.util.regex_syntax import IGNORECASE, parse
from lintnews.util.regex_words import required_words


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"[$£€]\d[\d,.]*\s+at\s+", DIGIT),  # ("at" is too short to tell; the digit is sure)
    (r"\bnow\s+[$£]\d+", ("&", "now", DIGIT)),
    (r"[0-9]{2}\s?/\s?5\s+stars", ("&", "stars", DIGIT)),
    (r"(?:see|view)\s+it|[$£]\d+", ("|", "see", "view", DIGIT)),
    (r"[\d.]{1,3}\s+stars", "stars"),  # "." alone is no digit
    (r"\d?\s+stars", "stars"),  # an optional digit is not sure
])
def test_a_sure_digit_is_a_word_of_the_formula(pattern, expected):
    assert required_words(parse(pattern, IGNORECASE).tree) == expected


def test_the_digit_is_any_scripts_decimal_digit():
    assert _true(DIGIT, fold("Price ٥٠ dinars"), {}, 0)  # Arabic-Indic digits: \d matches them
    assert _true(DIGIT, fold("It costs 5 pounds"), {}, 0)
    assert not _true(DIGIT, fold("It costs five pounds"), {}, 0)
    assert not _true(DIGIT, fold("5 pounds, it costs"), {}, 3)  # (from the position on)


def test_a_digit_free_line_does_not_compile_the_price_lines():
    rules = [r for r in load_registry().rules.values() if getattr(r, "id", "") == "advertorial/commerce-cta"]
    matcher = Matcher(rules)
    matcher.scan("The council met on Tuesday.")
    assert all(c is None for c in matcher._compiled)
    found = matcher.scan("Noise-cancelling headphones\n$49.99 at Acme Electronics\n")
    assert found and any(isinstance(c, re.Pattern) for c in matcher._compiled)
