"""Speed round 57: the line starts where a line-start pattern may match, found near marks.

The matcher's line-start scan (lintnews.matching.line_scan) tries the patterns that need a
rare mark within a bounded reach only at the line starts close before such a mark. It
must find exactly the line starts the single look-ahead after every newline found (the
reference below, built as the matcher built it before), on texts made of the line-start
rules' own examples pasted into lines of varied length, indented, glued or split.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching.line_scan import LineScan, witness
from lintnews.matching.matcher import Matcher
from lintnews.packs.model import PackRule
from lintnews.util.regex_syntax import IGNORECASE, parse
from lintnews.util.regex_words import longest_match, required_marks
from lintnews.util.trie import trie_regex


@pytest.fixture(scope="module")
def matcher(registry):
    return Matcher([r for r in registry.rules.values() if isinstance(r, PackRule)])


def reference(m: Matcher) -> re.Pattern[str]:
    """The scan as it was: one look-ahead of every such pattern after every newline."""
    parts = [f"(?:{m._alternatives[i].pattern})" for i in m._line_any]
    if m._line_prefix:
        parts.insert(0, r"[ \t]*(?:" + trie_regex(sorted(k for k, _ in m._line_prefix.items())) + ")")
    return re.compile(r"\n(?=" + "|".join(parts) + ")", re.IGNORECASE)


def sentences(m: Matcher) -> list[str]:
    """The examples of the rules that have line-start patterns of unknown prefix."""
    rules = {m._alternatives[i].ri for i in m._line_any}
    found: list[str] = []
    for ri in sorted(rules):
        ex = m.rules[ri].examples
        found.extend(ex.trigger)
        found.extend(ex.no_trigger)
    return found


FILLER = ("The council met on Tuesday, and the vote was close. " * 12).split(" ")


def generated(examples: list[str], seed: int) -> str:
    """Lines of varied length: examples alone, after blanks, after or before filler words
    (so that a mark falls at every distance from the line start), blank lines between."""
    rnd = random.Random(seed)
    lines = []
    for _ in range(150):
        pick = rnd.choice(examples)
        before = " ".join(FILLER[: rnd.randrange(0, 90)])
        after = " ".join(FILLER[: rnd.randrange(0, 40)])
        shape = rnd.randrange(6)
        if shape == 0:
            lines.append(pick)
        elif shape == 1:
            lines.append(" " * rnd.randrange(1, 6) + pick)
        elif shape == 2:
            lines.append(f"{before} {pick}")
        elif shape == 3:
            lines.append(f"{pick} {after}")
        elif shape == 4:
            lines.append(pick.replace(" ", "\n", 1))
        else:
            lines.append(f"{before}\n\n{pick}\n{after}")
        lines.append("" if rnd.random() < 0.3 else " ".join(FILLER[: rnd.randrange(0, 70)]))
    return "\n".join(lines)


def test_some_patterns_are_looked_for_near_their_marks(matcher):
    scan = matcher._scanners()[3]
    assert isinstance(scan, LineScan) and scan.marked is not None
    assert {"#", "@", "$"} <= {c for c, _ in scan.looks}


@pytest.mark.parametrize("seed", range(12))
def test_the_scan_finds_the_line_starts_the_look_ahead_found(matcher, seed):
    old = reference(matcher)
    text = generated(sentences(matcher), seed)
    found = {m.end() for m in old.finditer(text)}
    assert matcher._scanners()[3].starts(text) == found
    assert found, "the examples start some lines where a pattern matches"


def test_the_generated_texts_hold_line_starts_of_the_marked_patterns_too(matcher):
    # (over all the seeds: which examples a seed picks depends on how many the packs have)
    old, marked = reference(matcher), matcher._scanners()[3].marked
    starts = [(text, m.end()) for seed in range(12)
              for text in [generated(sentences(matcher), seed)] for m in old.finditer(text)]
    assert any(marked.match(text, s - 1) for text, s in starts), "some start where a marked pattern matches"


def test_the_scan_on_marks_far_from_the_line_start(matcher):
    """A mark at every distance from its line's start, up to past the longest reach."""
    old = reference(matcher)
    scan = matcher._scanners()[3]
    for mark in ("#ad", "@handle", "$40 at Acme", "[Read More About The Flood Plan Here]"):
        lines = [" " * k + mark for k in range(0, 900, 7)] + ["x" * k + " " + mark for k in range(0, 900, 13)]
        text = "intro\n" + "\n".join(lines) + "\n"
        assert scan.starts(text) == {m.end() for m in old.finditer(text)}


@pytest.mark.parametrize(("pattern", "longest"), [
    (r"abc", 3), (r"a{2,5}b?", 6), (r"(?=x{9})a|bc", 2), (r"[^\n#]{0,400}+\#ad", 403),
    (r"a+", None), (r"(a)\1", None), (r"(?:x|y{0,3}z)(?<=z)", 4), (r"(?:)*", 0),
])
def test_longest_match(pattern, longest):
    assert longest_match(parse(pattern, IGNORECASE).tree) == longest
    rx = re.compile(pattern, re.IGNORECASE)
    if longest is not None:  # (no match of the pattern is longer, on strings that test it)
        for text in ("abc", "aaaaab", "bc", "#ad", "x" * 400 + "#ad", "xxxz", "yyyz", "aa"):
            m = rx.match(text)
            assert m is None or m.end() <= longest


def test_witness_skips_marks_of_prose():
    assert witness(("#",)) == "#"
    assert witness((",", "$£€")) == "$£€"
    assert witness((",",)) is None
    assert witness(()) is None
    assert required_marks(parse(r"(?m:^)[^\n#]{0,40}+#ad", 0).tree) == ("#",)


# -- the branches' common beginnings written once (lintnews.util.regex_factor) ---------------

FACTORED = [
    (r"(?:ab+c|ab+d|x)", True, r"(?:ab+(?:c|d)|x)"),
    (r"(?m:^)[ \t]*(?x: [^\n.]{1,9}?\s(?:up|down)\s+to \n | [^\n.]{1,9}?\sis\s+low \n | now)",
     False, None),  # (checked below by where it matches)
    (r"(a)b\1|(a)c", True, None),  # a back reference: left as it is
    (r"(?:abc|xyz)", True, None),  # nothing shared
]


@pytest.mark.parametrize(("pattern", "case_sensitive", "expected"), FACTORED)
def test_factored_matches_where_the_pattern_does(pattern, case_sensitive, expected):
    from lintnews.util.regex_factor import factored

    form = factored(pattern, case_sensitive)
    if expected is not None:
        assert form == expected
    if "\\1" in pattern or pattern == r"(?:abc|xyz)":
        assert form is None
        return
    assert form is not None and form != pattern
    flags = 0 if case_sensitive else re.IGNORECASE
    old, new = re.compile(f"(?=(?:{pattern}))", flags), re.compile(f"(?=(?:{form}))", flags)
    rnd = random.Random(57)
    words = ["ab", "bbc", "abd", "x", "it", "is", "low", "up", "to", "down", "now", ".", "\n", " ", "  "]
    for _ in range(300):
        text = "".join(rnd.choice(words) + rnd.choice(["", " ", "\n"]) for _ in range(rnd.randrange(1, 25)))
        assert [m.start() for m in new.finditer(text)] == [m.start() for m in old.finditer(text)]


def test_the_plan_factors_a_line_start_pattern_of_many_branches(matcher):
    from lintnews.packs.plan import line_scan_form

    forms = [line_scan_form(matcher._alternatives[i].pattern, matcher._alternatives[i].flags == 0)
             for i in matcher._line_any]
    assert sum(f != matcher._alternatives[i].pattern for f, i in zip(forms, matcher._line_any, strict=True)) >= 2


WORDS = "alpha|beta|gamma|delta|alps|bet|gam|del|epsilon|e-?mail"


@pytest.mark.parametrize(("pattern", "changed"), [
    (rf"(?m:^)[ \t]*(?:{WORDS})\s+(?:now|today)", True),
    (rf"(?m:^)(?=(?:(?:{WORDS})\s+){{1,3}}end)\w+", True),
    (rf"(?m:^)(?>(?:{WORDS}))\s", False),  # in an atomic group: left
    (r"(?m:^)(?:alpha|beta|gamma)\s", False),  # too few words
])
def test_word_tries_match_where_the_pattern_does(pattern, changed):
    from lintnews.util.regex_factor import factored

    form = factored(pattern, False)
    assert (form is not None) == changed
    if form is None:
        return
    old, new = re.compile(f"(?=(?:{pattern}))", re.I), re.compile(f"(?=(?:{form}))", re.I)
    rnd = random.Random(7)
    words = WORDS.replace("-?", "").split("|") + ["email", "e-mail", "now", "Today", "end", "x", " ", "\n", "alp"]
    for _ in range(400):
        text = "".join(rnd.choice(words) + rnd.choice(["", " ", "\n", "  "]) for _ in range(rnd.randrange(1, 20)))
        assert [m.start() for m in new.finditer(text)] == [m.start() for m in old.finditer(text)]



def test_furniture_marks_gate_a_line_start_pattern() -> None:
    """A bullet, a middle dot or a rating's stars consumed in every match are required marks
    (as a currency sign or "@" always were): a line-start pattern that needs one is skipped,
    not compiled, for a text without it (review of the session of 2026-12-06: rounds 98 and
    102 added a menu line and a starred testimonial that every one-line check compiled)."""
    assert required_marks(parse(r"(?:[A-Z]\w+ [|•·] ){3,}\w+", 0).tree) == ("|·•",)  # (a set of marks, sorted)
    assert "★⭐" in required_marks(parse(r'"[^"]+" - \w+ [★⭐]{3,5}', 0).tree)
    assert required_marks(parse(r"\w+ [★⭐]{0,5}", 0).tree) == ()  # (stars a match may lack)
