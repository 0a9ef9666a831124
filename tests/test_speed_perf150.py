"""perf150: a pattern whose matches follow one of a few words is tried only after them.

unattributed/vague-source's "some / many / most ... in the party are convinced" pattern
starts with a look-behind of words (``(?<=\\bsome\\s)|(?<=\\bmany\\s)|...``) and then
"in", "of", "at" ...: the prefilter found it at every "of" of a long text (some 13,000
candidates of the 2 MB benchmark file that it never matched). :mod:`lintnews.util.regex_words`
now reads such a look-behind as :attr:`Start.before` (``"(?<=\\bsome\\s)"``), the matcher
guards the prefix's key with it (``_guard``), and the prefilter folds enough characters
before each window (``CONTEXT``) for the guard to read the word at a window's start.

These tests check each step, and that the built-in rules' matcher finds on long texts of
their examples, with small windows, what it finds without the word guards.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching import matcher as matcher_module
from lintnews.matching import prefilter as prefilter_module
from lintnews.matching.matcher import Matcher, _guard, _read_before, _selective
from lintnews.matching.prefilter import CONTEXT, Prefilter
from lintnews.packs.model import PackRule
from lintnews.util.casefold import fold
from lintnews.util.regex_syntax import IGNORECASE, parse
from lintnews.util.regex_words import first_words


def _before(pattern: str) -> tuple[str, ...] | None:
    start = first_words(parse(pattern, IGNORECASE).tree)
    assert start is not None
    return start.before


def test_a_look_behind_of_words_is_what_comes_before_a_match() -> None:
    assert _before(r"(?:(?<=\bsome\s)|(?<=\bMany\s))(?:in|at)\s+the\s+town") == (
        r"(?<=\bmany\s)", r"(?<=\bsome\s)")
    # with a mark's look-behind beside it, both are kept
    assert _before(r"(?:(?<=\bsome\s)|(?<=[.!?] ))(?:in|at)\s+the\s+town") == (
        r"(?<=[!.?][ ])", r"(?<=\bsome\s)")


@pytest.mark.parametrize("pattern", [
    r"(?<=[a-z]\s)(?:in|at)\s+the\s+town",  # a class of letters: no word
    r"(?<=some\s)(?:in|at)\s+the\s+town",  # no word boundary: "handsome in the town"
    r"(?:(?<=\bsome\s)|(?<=\w\s))(?:in|at)\s+the\s+town",  # one branch says nothing
    r"(?<=\bsome\s\s)(?:in|at)\s+the\s+town",
])
def test_other_look_behinds_say_nothing(pattern: str) -> None:
    assert _before(pattern) is None


def test_the_guard_holds_after_the_word_only() -> None:
    assert _selective(r"(?<=\bsome\s)")
    assert _read_before(r"(?<=\bsome\s)")
    assert not _read_before("(?<=\\b" + "x" * (CONTEXT - 1) + "\\s)")  # (the prefilter does not read so far back)
    guard = re.compile(r"\w+" + _guard(2, {r"(?<=\bsome\s)", r"(?<=\bmany\s)"}))
    for text, holds in (("some of", True), ("Many\tof", True), ("handsome of", False), ("some, of", False),
                        ("one of", False), ("SOME of", True)):
        assert (guard.fullmatch(fold(text), text.index("of")) is not None) is holds, text


def test_a_guarded_key_is_found_after_its_word_across_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    guards = {"of": _guard(2, {r"(?<=\bseveral\s)"})}
    pf = Prefilter({"of", "town"}, guards=guards)
    text = "x" * 40 + " several of the town, one of the town"
    found = list(pf.candidates(text))
    assert (49, "of") in found and (63, "of") not in found
    # the window starts at the key, "several " is in the window before it: still found
    monkeypatch.setattr(prefilter_module, "WINDOW", 49)
    assert list(pf.candidates(text)) == found


def _rules(registry) -> list[PackRule]:
    return [r for r in registry.rules.values() if isinstance(r, PackRule)]


def _text(rules: list[PackRule], seed: int) -> str:
    """A long text of the rules' examples, with the words the guards name before the common
    words they guard, in upper case too."""
    rnd = random.Random(seed)
    examples = [e for r in rules for e in (*r.examples.trigger, *r.examples.no_trigger) if e.strip()]
    words = ["some", "Many", "most", "OTHERS", "several", "people", "the", "an", "was", "handsome"]
    parts: list[str] = []
    while sum(map(len, parts)) < 4 * matcher_module.SHORT:
        pick = rnd.choice(examples)
        if rnd.randrange(3) == 0:
            parts.append(f"{rnd.choice(words)} {rnd.choice(['in', 'of', 'at', 'on', 'among'])} the party are "
                         f"{rnd.choice(['convinced', 'sure', 'quietly certain'])} that it failed. ")
        parts.append(pick.upper() + "\n" if rnd.randrange(5) == 0 else pick + " ")
    return "".join(parts)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_word_guards_find_what_the_matcher_found_without_them(registry, monkeypatch: pytest.MonkeyPatch,
                                                                  seed: int) -> None:
    rules = _rules(registry)
    monkeypatch.setattr(prefilter_module, "WINDOW", 997)  # (many windows: a key at the start of many)
    guarded = Matcher(rules)
    text = _text(rules, seed)
    found = guarded.candidates(text)
    assert guarded._scanners()[0].regex is not None
    assert r"(?<=\bsome\s" in guarded._scanners()[0].regex.pattern  # (the guards are there)
    with monkeypatch.context() as m:
        m.setattr(matcher_module, "_WORD_BEFORE", re.compile("(?!)"))  # (a word before: not selective)
        plain = Matcher(rules)
        assert r"(?<=\bsome\s" not in plain._scanners()[0].regex.pattern
        assert plain.candidates(text) == found
    assert sum(1 for w in found.values() for ri, _a, _e in w if rules[ri].id.endswith("vague-source")) > 20
