"""The fast paths must give exactly what the simple ones give.

The matcher's prefilter, the one-pass sentence scan, the quotation search and
the parallel runner are optimisations: each is checked here against the plain
computation it replaces, on text written for these tests.
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import sys
from collections import defaultdict

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import lintnews.matching.matcher as matcher_mod
from lintnews.cli import main
from lintnews.document import speech
from lintnews.document.document import Document
from lintnews.matching.exceptions import RuleExceptions
from lintnews.matching.matcher import Matcher
from lintnews.model.diagnostic import Diagnostic
from lintnews.output.progress import Progress
from lintnews.packs.loader import builtin_packs_dir, parse_pack
from lintnews.readers import plain
from lintnews.util.trie import trie_regex

_WORD_START = r"(?<![\w'’-])"
_WORD_END = r"(?![\w-])"
EXAMPLES = int(os.environ.get("LINTNEWS_HYPOTHESIS_EXAMPLES", "60"))

# -- the matcher -------------------------------------------------------------------------------


def reference_scan(rules, text):
    """The specification: for each category, one look-ahead regex, a named group per rule of
    that category, tried at every position (a house pack's patterns: each rule's own leftmost,
    non-overlapping matches, merged the same way, see lintnews.matching.matcher); the
    categories' hits side by side."""
    hits = {}
    for category in dict.fromkeys(rule.category for rule in rules):
        hits.update(_reference_one_category([r for r in rules if r.category == category], text))
    return hits


_REFERENCE: dict[tuple, tuple] = {}


def _reference_patterns(rules):
    """One category's reference regex (and each rule's word-list regex), built once per list of
    rules: a battery of texts against the same rules rebuilds none of it (building the word
    tries and compiling the look-ahead cost more than the scans), and the hits of each text it
    has scanned, for a second battery over the same texts. The key holds each rule's
    identity and what the regex is made of, and the value the rules themselves (so that an id
    is never reused while its entry lives)."""
    key = tuple((id(r), r.id, tuple(r.patterns), len(r.terms), r.case_sensitive, r.builtin) for r in rules)
    if key in _REFERENCE:
        return _REFERENCE[key][1:]
    seen: dict[str, dict] = {}
    groups, alternatives, house, words = {}, [], [], {}
    for i, rule in enumerate(rules):
        if rule.patterns and not rule.builtin:
            house.append((i, rule))
        parts = []
        if rule.terms:
            trie = _WORD_START + trie_regex(_words(rule)) + _WORD_END
            parts.append(trie)
            words[i] = re.compile(trie, 0 if rule.case_sensitive else re.I)
        if rule.builtin:
            parts.extend(f"(?:{p})" for p in rule.patterns)
        if not parts:
            continue
        flags = "(?-i:" if rule.case_sensitive else "(?:"
        groups[f"r{i}"] = (i, rule)
        alternatives.append(f"(?P<r{i}>{flags}{'|'.join(parts)}))")
    pattern = re.compile(r"(?=" + "|".join(alternatives) + ")", re.IGNORECASE) if alternatives else None
    if len(_REFERENCE) >= 64:  # (tests that parse their own packs per example: keep it bounded)
        _REFERENCE.clear()
    _REFERENCE[key] = (list(rules), groups, pattern, words, house, seen)
    return groups, pattern, words, house, seen


def _reference_one_category(rules, text):
    groups, pattern, words, house, seen = _reference_patterns(rules)
    if text in seen:  # (a pure function of the rules and the text: the second battery over the same texts)
        return {rule_id: list(spans) for rule_id, spans in seen[text].items()}
    best = {}
    if pattern is not None:
        for m in pattern.finditer(text):
            i, rule = groups[m.lastgroup]
            start, end = m.span(m.lastgroup)
            alt = 0 if rule.terms and words[i].match(text, start) else 1  # (the word list is the first)
            best[start] = (i, alt, end)
    for i, rule in house:
        union = re.compile("|".join(f"(?:{p})" for p in rule.patterns), 0 if rule.case_sensitive else re.I)
        first = 1 if rule.terms else 0
        for m in union.finditer(text):
            if m.start() not in best or (i, first) < best[m.start()][:2]:
                best[m.start()] = (i, first, m.end())
    hits = defaultdict(list)
    for start, (i, _alt, end) in sorted(best.items()):
        rule = rules[i]
        same = hits.get(rule.id)
        if same and start < same[-1][1]:
            continue
        hits[rule.id].append((start, end))
    seen[text] = {rule_id: tuple(spans) for rule_id, spans in hits.items()}
    return dict(hits)


def _words(rule):
    forms = sorted({f for t in rule.terms for f in t.forms}, key=lambda f: (-len(f), f))
    return [f if rule.case_sensitive else f.lower() for f in forms]


def fast_scan(rules, text, mode="words"):
    """The matcher's hits: ``mode`` "words" (a short text's words looked up) or "re2" (the
    RE2 scans of a long text)."""
    matcher = Matcher(rules)
    if mode == "re2":
        matcher._read = matcher_mod.SHORT
    return {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()}


TEST_PACK = {
    "pack": {"name": "speed-test", "category": "test"},
    "rules": [
        {"id": "test/words", "summary": "s", "message": "m",
         "terms": ["so-called", "game changer", "world-class", "lashed out", "naïve", "it's"]},
        {"id": "test/passive", "summary": "s", "message": "m",
         "patterns": [r"\b(?:is|was|were)\s+(?:widely\s+)?(?:believed|thought)\s+to\b",
                      r"(?<=[\w,] )(?:widely\s+)?believed\s+to\s+(?:have|be)\b"]},
        {"id": "test/overlap", "summary": "s", "message": "m", "patterns": [r"\bbelieved\b"]},
        {"id": "test/cased", "summary": "s", "message": "m", "case_sensitive": True,
         "patterns": [r"\bBREAKING\b"], "terms": ["NASA"]},
        {"id": "test/line", "summary": "s", "message": "m",
         "patterns": [r"(?m:^[ \t]*(?:comments|\d+\s+comments)[ \t]*$)"]},
        {"id": "test/mid-word", "summary": "s", "message": "m", "patterns": [r"ing\s+news"]},
        {"id": "test/hyphen-or-space", "summary": "s", "message": "m",
         "patterns": [r"\bwell[\s-]known\b", r"\bad[-\s]?blockers?\b", r"\blong[\s-]+held\b"]},
        {"id": "test/alternation", "summary": "s", "message": "m",
         "patterns": [r"\bsources\s+(?:close|familiar)\b|\bit\s+emerged\b"]},
        # prefixes holding marks that end sentences elsewhere: a window must not end inside one
        {"id": "test/marks", "summary": "s", "message": "m", "terms": ["50% off", "u.s. officials"]},
        # a prefix that counts only after a mark: its own trie, tried after "$", "£" or "€"
        {"id": "test/after-mark", "summary": "s", "message": "m",
         "patterns": [r"(?<=[$£€])\d[\d,.]{0,6}\s+off\b"]},
        # ... and one that counts only after other marks: a second trie of its own
        {"id": "test/after-bracket", "summary": "s", "message": "m",
         "patterns": [r"(?<=[(\[])see\s+(?:also|more)\b"]},
        # a sentence's or a line's opening words only: "at" is found after a stop, a closing
        # quotation mark or a line break, not after every space ("look at Acme, we")
        {"id": "test/opener", "summary": "s", "message": "m",
         "patterns": [r"(?:(?m:^)[ \t]{0,20}|(?<=[.!?] )|(?<=[.!?][\"”’] ))at\s+(?-i:[A-Z])\w+,\s+we\b",
                      r"(?:(?<=[a-z][.!?])|(?<=[.!?] ))(?-i:\d{1,3})\s+comments\b"]},
        # prefixes that white space must follow: "be" is found at "be sure", not at "because"
        {"id": "test/spaced", "summary": "s", "message": "m",
         "patterns": [r"\b(?:am|be)\s+(?:[a-z]+ly\s+)?sure\b"]},
    ],
}

TEXTS = [
    "The so-called plan, a game  changer, is widely believed to have failed.",
    "Believed to be lost, the ship was thought to be sunk; critics, widely believed to have left, said so.",
    "BREAKING: NASA said nasa and Breaking news were breaking news.",
    "Comments\n3 comments\n  comments  \nNo comments here",
    "It emerged that sources close to the naïve minister — sources familiar — said it's over.",
    "World-class\nworld‑class WORLD-CLASS world-classes lashed\n\nout lashed out",
    # letters that case-insensitive matching folds beyond str.lower()
    "İt was believed to be so. ſources close to him. Iſ ıt was thought to matter?",
    "ΣΊΣΥΦΟΣ was believed to have said it. Believed to be true.",
    "",
    "believed",
    "so‐called so‑called SO-CALLED so–called so- called it’s It's its world-class-ish",
    "Now 50% off! Shoes 50%  off, U.S. officials said; u.s.  Officials (50% off).",
    "Save $50 off, £5 off, €1,000 off, US$20 off, $50% off, 50 off, ($7 off) and 5 off.$9 off",
    "(see also page 3), see also [see  more] ($see more) (£see also) ((see also)) [$5 off] (5 off)",
    "A well-known, well known, well‑known, well\tknown, wellknown ad blocker (adblockers, ad-blocker, "
    "ad  blocker); long-held, long - held, long  held, long‐held views, well-knowns.",
    # words after non-word characters of every kind (the prefilter's class lists them), and
    # after word characters beyond the Basic Multilingual Plane (𝐀, 𝔘: no word start)
    "…believed to be, •so-called, 😀believed to have, 𝐀believed to be, ¿it emerged that, «NASA», "
    "‹so-called› \u2028believed to be, 𝔘believed to be, _believed to be, ٣believed to be, ©NASA",
    "At Acme, we care. Look at Acme, we said! At Bolt, we do.\n  at Cask, we\tat Dune, we. “At Eyre, we”",
    "at Acme, we. It had 3 comments. 3 comments, and then.3 comments $3 comments «3 comments»",
]


@pytest.fixture(scope="module")
def rules():
    """The test pack, read as a built-in pack would be (its patterns run in Python's re)."""
    return parse_pack(TEST_PACK, str(builtin_packs_dir() / "speed-test.toml"))


MODES = ["words", "re2"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", TEXTS)
def test_matcher_equals_single_lookahead_regex(rules, text, mode):
    assert fast_scan(rules, text, mode) == reference_scan(rules, text)


@pytest.mark.parametrize("mode", MODES)
def test_builtin_rules_equal_reference(registry, mode):
    rules = [r for r in registry.rules.values() if hasattr(r, "patterns")]
    text = "\n".join(TEXTS) + (
        "\nCritics say the regime slammed the door. Allegedly, it has emerged that footage has "
        "emerged. Sign up for our newsletter. Tragically, the stunning view was clearly visible.\n"
        "It made a differenceYour support keeps us going. The show was missedComments are closed.\n"
        "  Sponsored  \n\t3 comments\nNow $50 off, best price: $9 and 20% off. Apparently, so.\n"
    )
    assert fast_scan(rules, text, mode) == reference_scan(rules, text)


def test_prefixes_after_marks_are_tried_only_after_their_marks(rules):
    """A price's digits are candidates only after a currency sign, and another rule's prefix
    only after its brackets, even with two such sets of marks (one trie each): a number in
    running text costs nothing."""
    prefilter = Matcher(rules)._scanners()[0]
    text = "In 5 years, 7 off; see also this. Now $5 off (see also 3) [see more] 5see also"
    starts = [p for p, _key in prefilter.candidates(text)]
    digits = [p for p in starts if text[p].isdigit()]
    sees = [p for p in starts if text.startswith("see", p)]
    assert digits == [text.index("$5") + 1]
    assert sees == [text.index("(see") + 1, text.index("[see") + 1]


def test_opening_words_are_tried_only_after_a_stop_or_a_line_break(rules):
    """A prefix whose patterns all start a sentence or a line ("At Acme, we") is a candidate
    only where what comes before it can start one: not after a plain space or a word."""
    prefilter = Matcher(rules)._scanners()[0]
    text = "Look at Acme, we said. At Bolt, we do.\n  at Cask, we\nat Dune? “At Eyre,” 3 comments. 4 comments"
    starts = [p for p, key in prefilter.candidates(text) if key in ("at", "3", "4")]
    assert starts == [text.index("At Bolt"), text.index("at Cask"), text.index("at Dune"),
                      text.index("4 comments")]


def test_prefixes_white_space_must_follow_are_not_found_inside_words(rules):
    """A prefix that every match follows with white space ("be" of "be sure") is not a
    candidate where a word goes on ("because", "amid"), nor at the end of the text."""
    prefilter = Matcher(rules)._scanners()[0]
    text = "Be sure, because I am\tsure; bear amid be really sure. Be"
    starts = [p for p, key in prefilter.candidates(text) if key.split()[0] in ("be", "am")]
    assert starts == [0, text.index("am\t"), text.index("be really")]


@pytest.mark.parametrize("mode", MODES)
def test_a_prefix_after_its_mark_is_found_where_a_shorter_general_one_starts(mode):
    """A pattern that counts only after "(" ("(12 photos"), whose prefixes ("12 photos") all
    extend one of the general trie's ("1", a price's figure): the scan reports the longer
    prefix there and finds the pattern, as the reference does (it once stopped at the
    general trie's "1" and never tried it)."""
    pack = {**TEST_PACK, "rules": [*TEST_PACK["rules"],
            {"id": "test/paren-count", "summary": "s", "message": "m",
             "patterns": [r"(?<=[(])\d{1,2}\s+photos"]}]}
    chosen = parse_pack(pack, str(builtin_packs_dir() / "speed-test.toml"))
    text = "The flood hit the town (12 photos) and more, with $20 off.\n" * 2
    found = fast_scan(chosen, text, mode)
    assert found == reference_scan(chosen, text)
    assert found["test/paren-count"] == [(24, 33), (83, 92)]


def test_guarded_prefixes_without_line_start_patterns(rules):
    """A run whose rules have no line-start pattern, only a guarded opener, scans a long
    text (and decides at its start) as the reference does."""
    chosen = [r for r in rules if r.id in ("test/opener", "test/spaced")]
    text = "At Acme, we. " + "Look at Acme, we said. At Bolt, we do. Be sure, because am sure.\n" * 3
    assert fast_scan(chosen, text, "re2") == reference_scan(chosen, text)


@pytest.mark.parametrize("window", [8, 9, 13])
def test_candidates_are_the_same_across_window_edges(rules, window, monkeypatch):
    """The text is folded and scanned a window at a time: a prefix at a window's start, and
    the two characters its guard reads before it, are seen as in one pass."""
    text = "x. At Acme, we. at Bolt, we.\nat Cask, we! At Dune, we 5 comments. 6 comments\n" * 3
    prefilter = Matcher(rules)._scanners()[0]
    whole = list(prefilter.candidates(text))
    monkeypatch.setattr("lintnews.matching.prefilter.WINDOW", window)
    assert list(prefilter.candidates(text)) == whole


def test_opening_word_prefixes_carry_what_comes_before_them():
    """regex_words reads what may come right before a match from its lead: look-behinds on
    marks and blanks, or a line start; a word boundary or a class of letters says nothing."""
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import LINE_BEFORE, first_words

    def before(pattern):
        start = first_words(parse(pattern, IGNORECASE).tree)
        return start and start.before

    assert before(r"(?:(?<=[.!?] )|(?<=[.!?]))at\s+x") == ("(?<=[!.?])", "(?<=[!.?][ ])")
    assert before(r"(?m:^)[ \t]*at\s+x") == tuple(sorted(LINE_BEFORE))
    assert before(r"(?<=[a-z0-9)][.!?])at\s+x") == ("(?<=[!.?])",)  # (the last character only)
    assert before(r"(?<=[$£€])\d+\s+off") == ("(?<=[$£€])",)
    assert before(r"\bat\s+x") is None
    assert before(r"(?<=[a-z])at\s+x") is None
    assert before(r"(?:\b|(?<=[.!?] ))at\s+x") is None  # (one branch says nothing: nothing)
    assert before(r"(?<=[.!?] )\s*at\s+x") is None  # (blanks after the look-behind: no start at all)
    assert before(r"^\s*at\s+x") is None  # (any white space, a newline too, may come before)


def test_prefixes_followed_by_white_space_are_told():
    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import first_words

    def spaced(pattern):
        return sorted(first_words(parse(pattern, IGNORECASE).tree).spaced)

    assert spaced(r"\b(?:is|be)\s+(?:\w+ly\s+)?sure") == ["be", "is"]
    assert spaced(r"\bbe\s*sure") == []  # ("besure")
    assert spaced(r"\bbe\s+\w+|\bbe(?:cause)?\s+so") == ["be"]  # ("because so" is a prefix of its own)
    assert spaced(r"\b(?:be\s+\w+|be\b)") == []  # ("be" alone, before a stop)
    assert spaced(r"\bsources\s+close") == []  # (a prefix of two words: the trie reads its space)


# a second category whose words and patterns start where the test pack's do: at one start,
# each category keeps its own hit ("believed" here and "was believed to" there)
OTHER_PACK = {
    "pack": {"name": "speed-other", "category": "other"},
    "rules": [
        {"id": "other/words", "summary": "s", "message": "m",
         "terms": ["believed", "so-called plan", "sources", "nasa", "it"]},
        {"id": "other/patterns", "summary": "s", "message": "m",
         "patterns": [r"\bwidely\s+believed\b", r"\bis\b", r"\bworld-class\s+\w+"]},
        {"id": "other/later", "summary": "s", "message": "m", "terms": ["believed to"],
         "patterns": [r"\bthought\b"]},
    ],
}


@pytest.fixture(scope="module")
def two_categories(rules):
    """The test pack and a pack of another category, both read as built-in packs."""
    return [*rules, *parse_pack(OTHER_PACK, str(builtin_packs_dir() / "speed-other.toml"))]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", TEXTS)
def test_each_category_keeps_its_hit_at_a_start(two_categories, text, mode):
    assert fast_scan(two_categories, text, mode) == reference_scan(two_categories, text)


def test_a_start_shared_by_two_categories_gives_both_hits(two_categories):
    text = "It was believed to be a so-called plan, widely believed."
    found = fast_scan(two_categories, text)
    at = text.index("believed")
    assert (at, at + len("believed")) in found["other/words"]
    assert (at, at + len("believed to")) not in found.get("other/later", [])  # (same category: pack order)
    assert found["test/passive"] == [(3, at + len("believed to"))]  # ("was believed to": its category's)
    end = text.index(".")
    assert (end - len("believed"), end) in found["test/overlap"]  # (at the end: both categories)
    assert (end - len("believed"), end) in found["other/words"]
    start = text.index("so-called")
    assert (start, start + len("so-called")) in found["test/words"]
    assert (start, start + len("so-called plan")) in found["other/words"]


# fragments the property test builds texts from: the test pack's words and the marks,
# spaces and letters around them that decide word starts and ends
FRAGMENTS = ["so-called", "game", "changer", "world", "class", "lashed out", "naïve", "it's", "it’s",
             "is", "was", "widely", "believed", "thought", "to", "BREAKING", "NASA", "nasa", "comments",
             "3", "ing", "news", "well", "known", "ad", "blockers", "long", "held", "sources", "close",
             "it", "emerged", "50% off", "u.s. officials", "$", "£", "7", "off", "(", "[", "see", "also", " ", "  ", "\n", "\t",
             "At", "at", "Acme", ", we", "we", "! ", ".", "?", "”", '"', "12", "am", "be", "sure", "cause",
             "really",
             "-", "‐", "'", "’", ",", ".", "x", "İ", "ı", "ſ", "K", "Ä", "😀", "_", "a", "A"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_matcher_equals_reference_on_any_text(rules, parts):
    text = "".join(parts)
    expected = reference_scan(rules, text)
    assert fast_scan(rules, text, "words") == expected
    assert fast_scan(rules, text, "re2") == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_two_categories_equal_reference_on_any_text(two_categories, parts):
    text = "".join(parts)
    expected = reference_scan(two_categories, text)
    assert fast_scan(two_categories, text, "words") == expected
    assert fast_scan(two_categories, text, "re2") == expected


HOUSE_PACK = {
    "pack": {"name": "house"},
    "rules": [
        {"id": "house/viral", "summary": "s", "message": "m", "terms": ["viral"],
         "patterns": [r"\bwent\s+viral\b", r"\bviral\s+\w+"]},
        {"id": "house/cafe", "summary": "s", "message": "m", "patterns": [r"\bcafé\b|\bété", r"(?m:^comments$)"]},
        {"id": "house/words", "summary": "s", "message": "m", "terms": ["went", "so-called"]},
        {"id": "house/cased", "summary": "s", "message": "m", "case_sensitive": True,
         "patterns": [r"\bNASA\b", r"[A-Z]{3,}"]},
        # a house rule of the test pack's category: the built-in rules before it win a start
        {"id": "house/believed", "category": "test", "summary": "s", "message": "m",
         "patterns": [r"\bbelieved\s+\w+", r"\bgame\b"]},
    ],
}
HOUSE_TEXTS = ["It went viral, went  viral video; viral went.", "Le café, un cafés, l'été, xété, été.",
               "comments\nno comments\ncomments", "NASA and NOAA, nasa; BREAKINGNEWS", "so-called viral",
               "wentviral went\tviral déwent viral",
               "It was believed to be; believed him, a game changer, a game, believed."]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", HOUSE_TEXTS)
def test_house_patterns_equal_their_reference(rules, text, mode):
    """House patterns run in RE2 (translated exactly), merged with the built-in rules' hits."""
    house = parse_pack(HOUSE_PACK, "house.toml")
    assert not any(r.builtin for r in house)
    both = [*rules, *house]
    assert fast_scan(both, text, mode) == reference_scan(both, text)


def test_a_one_line_check_compiles_no_re2_program(registry):
    """A short text's words are looked up: the RE2 scans are compiled only for long texts
    (or once a process has read a few pages)."""
    matcher = Matcher([r for r in registry.rules.values() if hasattr(r, "patterns")])
    matcher.scan("Critics say it was believed to be a sham.")
    assert matcher._scans is None
    matcher.scan("x " * matcher_mod.SHORT)
    assert matcher._scans is not None


# -- the document ------------------------------------------------------------------------------


def sentences_of(text):
    doc = Document(plain.read(text))
    return [(text[s.start:s.end], s.glued) for s in doc.sentences]


def test_quotation_at_is_the_innermost_enclosing_quotation():
    text = ("She said \u201cthe 'so-called' plan is \u2018dead\u2019, and \u201cnot\u201d ours\u201d today.\n"
            "\u201cOpen quote runs on\n\u201cand on,\u201d he said. A 'word' and \"plain\" marks.")
    doc = Document(plain.read(text))
    assert len(doc.quotations) >= 4
    for offset in range(len(text) + 1):
        enclosing = [q for q in doc.quotations if q.start <= offset < q.end]
        # the one opening last; of several opening together, the last in document order
        expected = max(enclosing, key=lambda q: (q.start, doc.quotations.index(q))) if enclosing else None
        assert doc.quotation_at(offset) is expected, offset


def test_sentences():
    assert sentences_of("Mr. Smith left. He came back! Did he?\nNew line. U.S. Army won.") == [
        ("Mr. Smith left.", False), ("He came back!", False), ("Did he?", False),
        ("New line.", False), ("U.S. Army won.", False)]
    # a scraper's glue is a boundary, marked as such
    assert sentences_of("Give now to help us.Police said the fire was out.") == [
        ("Give now to help us.", False), ("Police said the fire was out.", True)]
    # a boundary never reaches into the next block
    assert sentences_of("One ends here.\nTwo starts here.") == [
        ("One ends here.", False), ("Two starts here.", False)]


WINDOWS = [
    'Boris Zilberman, a lawyer, said: ', "he told reporters, ", "According to the report, ",
    "The minister said the plan was ", 'she said. "Later," he added ', "Jane Doe: ",
    "media outlets said that ", "The fire was out. Officials said ", "It was late, and then ",
    "according to Ana Ruiz of the council, ", 'Ruiz wrote on Tuesday. "It is over," ', "",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_before_quote_equals_full_search(window):
    fast, full = speech.before_quote(window), speech.BEFORE_QUOTE.search(window)
    assert (fast and (fast.span(), fast.groupdict())) == (full and (full.span(), full.groupdict()))


def test_lint_source_restores_garbage_collection(engine):
    from lintnews.execution.runner import lint_source

    assert gc.isenabled()
    lint_source(engine, "Critics say it failed.\n", "draft.txt")
    assert gc.isenabled()


# -- the command line: -j and progress -----------------------------------------------------------


def _articles(tmp_path, n):
    for i in range(n):
        body = ("Critics say the council is believed to have lost the vote. " if i % 3 else
                "The council met on Tuesday. ") + f"Item {i}. Sign up for our newsletter."
        (tmp_path / f"a{i:02d}.txt").write_text(f"Council news {i}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"\x00\x01binary")


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_jobs_output_identical_to_one_process(tmp_path, fmt):
    _articles(tmp_path, 24)
    runner = CliRunner()
    one = runner.invoke(main, ["check", "-j", "1", "--no-plugins", "--format", fmt, str(tmp_path)])
    two = runner.invoke(main, ["check", "-j", "2", "--no-plugins", "--format", fmt, str(tmp_path)])
    assert one.exit_code == two.exit_code == 2  # the binary file is an input error
    assert one.stdout == two.stdout
    if fmt == "json":
        assert len(json.loads(one.stdout)["diagnostics"]) >= 16


def test_progress_only_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    piped = io.StringIO()
    p = Progress(100, piped)
    for _ in range(100):
        p.advance(2)
    p.finish()
    assert piped.getvalue() == ""
    assert not Progress(5, Tty()).enabled  # a few files: no bar
    tty = Tty()
    p = Progress(100, tty)
    p.advance(3)
    assert "1/100 files, 3 findings" in tty.getvalue()
    p.finish()
    assert tty.getvalue().endswith("\r\x1b[2K")


# -- start-up helpers ----------------------------------------------------------------------------


def test_entry_points_found_without_importlib_metadata(tmp_path, monkeypatch):
    from lintnews.plugins.entrypoints import entry_points

    dist = tmp_path / "newsroom_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text(
        "[console_scripts]\nx = y:z\n\n[lintnews]\nnewsroom = newsroom_rules_plugin\n", encoding="utf-8")
    (tmp_path / "newsroom_rules_plugin.py").write_text("VALUE = 42\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    found = [ep for ep in entry_points("lintnews") if ep.name == "newsroom"]
    assert len(found) == 1 and found[0].value == "newsroom_rules_plugin"
    assert found[0].load().VALUE == 42


NO_REGIME = ("The taxregime ended.",)  # (the one case with no word of the list: "regime" inside a word)


@pytest.mark.parametrize("text", [
    "The tax regime ended.", "The post-tax regime ended.", "Its pre_tax regime ended.",
    "The taxregime ended.", "A 'tax regime' ended.", "The regime of terror ended.",
    "Tax  regimes and the regime ended.", "The Old Regime ended.", "TAX REGIME ended.",
    "tax regime", "x1tax regime", "The régime fiscal and tax regime ended.", "Ätax regime.",
    "A tax regime of sorts and a regime of tax regimes.", "The “tax regime” ended’s.",
    "A \u212aax regime: \u212atax regime.", "A ſtax regime, a taſ regime.", "An ıtax regıme ended.",
    "The İtax regime ended.", "Tax-regime—regime of tax regimes…", "The regime changed.",
    "The REGIME  Changed, the ſtax regime change.",
])
@pytest.mark.parametrize("extra", [
    [],
    [r"(?-i:\bOld\s+Regime)"],
    [r"\btax\b(?=\s+regimes?\s+(?:ended|of))", r"\bthe\s+regime\b", r"\bthe\s+old\b"],
    [r"\bregime\s+change\b", r"\bregime\b(?=\s+changed)"],
])
@pytest.mark.parametrize("builtin", [True, False])
def test_exceptions_equal_plain_search(text, extra, builtin):
    """A rule's exceptions, as the matcher checks them (built-in: Python's re behind a word
    gate; house: RE2, exactly translated), decide what a plain search of each decides."""
    if not builtin:  # (house patterns have no look-arounds)
        extra = [e for e in extra if "(?=" not in e]
    exceptions = [r"\btax\s+regimes?\b", r"(?<![\w'’-])regime\s+of\b" if builtin else r"\bregime\s+of\b",
                  *extra]
    pack = {"pack": {"name": "p"}, "rules": [{
        "id": "t/regime", "summary": "s", "message": "m", "terms": ["regime", "regimes", "régime"],
        "exceptions": exceptions}]}
    where = str(builtin_packs_dir() / "p.toml") if builtin else "p.toml"
    rule = parse_pack(pack, where)[0]
    hits = Matcher([rule]).scan(text).get(rule.id, [])
    # (the hits the loop below asks about are the reference's: a text with none, "The
    # taxregime ended.", checks that none is found, and every other case has some to check)
    assert [(h.start, h.end) for h in hits] == reference_scan([rule], text).get(rule.id, [])
    assert bool(hits) == (text not in NO_REGIME), text
    checker = RuleExceptions(rule.exceptions, rule.case_sensitive, rule.builtin)
    compiled = [re.compile(p, re.IGNORECASE) for p in rule.exceptions]
    for hit in hits:
        for lo in range(0, hit.start + 1):
            plain_ = any(hit.start < m.end() and m.start() < hit.end
                         for p in compiled for m in p.finditer(text, max(lo, hit.start - 120)))
            assert checker.overlaps(text, hit.start, hit.end, lo, len(text)) == plain_, (text, hit, lo)
            # the matcher asks possible() first and looks up no sentence when it says no
            assert checker.possible(text, hit.start, hit.end) or not plain_, (text, hit, lo)


def test_exceptions_possible_only_near_their_words():
    """possible() says no where none of the exceptions' first words is within reach of a hit
    (the common case: the hit's sentence is then never looked up), yes where one is."""
    checker = RuleExceptions((r"\btax\s+regimes?\b", r"\bthe\s+old\s+regime\b"), False, True)
    far = "The regime ended." + " Plain words follow here." * 10 + " A tax break."
    assert not checker.possible(far, 4, 10)
    assert checker.possible("The TAX  regime ended.", 9, 15)
    assert checker.possible("Under the old regime, prices rose.", 14, 20)
    assert RuleExceptions((r"\bregime\b",), False, False).possible(far, 4, 10)  # (house: always asked)


def test_worker_builds_its_own_resolver_when_not_forked(tmp_path, monkeypatch):
    """On platforms without fork, each worker builds its resolver (and engines) from the spec, once."""
    import lintnews.execution.parallel as parallel
    from lintnews.config.config import CliOptions

    _articles(tmp_path, 2)
    monkeypatch.setattr(parallel, "_RESOLVER", None)
    spec = parallel.WorkerSpec(CliOptions(select=("unattributed-claim",), no_plugins=True), None, None,
                               sources=False)
    parallel._init(spec)
    built = parallel._RESOLVER
    assert built is not None
    (result, rows), failed = parallel._work(str(tmp_path / "a01.txt"))
    assert not failed and result.source_map is None
    assert {row[6] for row in rows} == {"unattributed-claim"}  # (category)
    assert Diagnostic.from_rows(rows)[0].path == result.path
    parallel._init(spec)
    assert parallel._RESOLVER is built  # once per worker


@pytest.mark.parametrize("n", [0, 1, 3, 700])
@pytest.mark.parametrize("by_file", [False, True])
def test_json_output_is_json_dump_with_indent(n, by_file):
    from lintnews.model.diagnostic import Diagnostic, Severity
    from lintnews.output.formatters.base import FormatContext
    from lintnews.output.formatters.jsonfmt import JsonFormatter

    # three files; messages and suggestions repeat (the encoded tail is reused), and a
    # file's report is written a few hundred diagnostics at a time
    items = [Diagnostic(f'dir/ä "{i * 3 // max(n, 1)}".txt', i + 1, 2, 3, 4, "a/b", "a", Severity.WARNING,
                        f"‘Quoted’ — \\ \t tab\n 😀 {i % 5}", None if i % 2 else "say it")
             for i in range(n)]
    out = io.StringIO()
    fmt = JsonFormatter(out, FormatContext(version="9.9"))
    fmt.start()
    if by_file:
        for path in dict.fromkeys(d.path for d in items):
            fmt.file(path, [d for d in items if d.path == path])
        fmt.file("empty.txt", [])
    else:
        for d in items:
            fmt.diagnostic(d)
    fmt.finish()
    assert fmt.count == (n if by_file else 0)  # (file() counts; diagnostic() is the bare writer)
    expected = json.dumps({"version": "9.9", "diagnostics": [d.to_dict() for d in items]},
                          ensure_ascii=False, indent=2) + "\n"
    assert out.getvalue() == expected


@pytest.mark.parametrize("source", ["", "one", "a\nb\n", "\n\nx", "a\r\nb\rc\n", "é\n\n😀\nz"])
def test_line_starts(source):
    from lintnews.readers.source import SourceMap

    expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    assert SourceMap.identity(source).line_starts == expected


def test_a_dead_worker_does_not_lose_files(tmp_path, monkeypatch):
    """A worker killed on a file (once: the kernel, not the file) costs nothing: the file is
    linted again by a fresh worker, and the rest of its batch by the others."""
    import lintnews.execution.parallel as parallel
    from lintnews.config.config import CliOptions, Resolver
    from lintnews.execution.runner import lint_file

    _articles(tmp_path, 6)
    resolver = Resolver(CliOptions(no_plugins=True))
    items = [(str(p), None) for p in sorted(tmp_path.glob("a*.txt"))]
    real_work = parallel._work
    monkeypatch.setattr(parallel, "_work", lambda path: _die_once(path, real_work))
    spec = parallel.WorkerSpec(resolver.cli, None, None)
    out = list(parallel.lint_paths(resolver, items, 2, spec,
                                   lambda p: lint_file(resolver.for_path(p).engine, p)))
    assert [p for p, _, _ in out] == [p for p, _ in items]
    assert all(r is not None and r.error is None for _, _, r in out)
    assert sum(len(r.diagnostics) for _, _, r in out) >= 4


def _die_once(path, work):  # a worker that dies the hard way, the first time it meets a file
    import os

    marker = path + ".died"
    if not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return work(path)


def test_a_check_without_hits_does_not_load_the_speaker_patterns():
    import subprocess

    code = (
        "import sys; from lintnews.engine.engine import lint_text; "
        "assert lint_text('A plain line.') == []; "
        "print(type(sys.modules['lintnews.document.speech']).__name__, 'lintnews.document.sourcing' in sys.modules); "
        "lint_text('Critics say it is widely believed to be \"a sham\", the minister said.'); "
        "print(type(sys.modules['lintnews.document.speech']).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["_LazyModule", "False", "module"]


def test_a_plain_check_imports_no_toml_json_or_judge_modules(tmp_path):
    """Start-up stays light: a check of a clean one-line text file parses no TOML (the
    built-in packs come from the shipped plan), compiles no RE2 program and imports neither
    the JSON encoder nor the judges' cue modules."""
    import subprocess

    one = tmp_path / "one.txt"
    one.write_text("The council met on Tuesday.\n", encoding="utf-8")
    code = (
        "import sys; from lintnews.cli import main\n"
        f"try:\n    main(['check', {str(one)!r}])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('tomllib', 'json', 'lintnews.builtin.loaded.context', "
        "'re2', 'markdown_it', 'pygls') if m in sys.modules))"
    )
    env = {**os.environ, "LINTNEWS_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path, env=env)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env=env).stdout
    assert out.split("\n")[-2] == "[]"


def test_a_worker_that_dies_while_handed_its_next_batch_costs_only_its_file(tmp_path, monkeypatch, forkable):
    """The parent may find a worker dead when it sends the next batch (a broken pipe) rather
    than when it reads: the file that worker was on is still the one reported, and no file is
    linted by the parent (where a crashing rule would take the whole run down)."""
    import os
    import time

    import lintnews.execution.parallel as parallel
    from lintnews.config.config import CliOptions, Resolver

    _articles(tmp_path, 40)
    resolver = Resolver(CliOptions(no_plugins=True))
    items = [(str(p), None) for p in sorted(tmp_path.glob("a*.txt"))]
    victim = 5
    real_work, real_feed = parallel._work, parallel._Pool._feed

    def work(path):
        if path == items[victim][0]:
            os._exit(1)
        return real_work(path)

    def feed_late(self, conn):  # hand out the next batch only once the worker is gone
        owed = self.workers[conn][1]
        if owed and owed[0] == victim and len(owed) <= self.batch:
            time.sleep(1.0)
        return real_feed(self, conn)

    real_init = parallel._Pool.__init__

    def one_at_a_time(self, ctx, jobs, spec, paths, batch):  # (so the next send meets the dead worker)
        real_init(self, ctx, jobs, spec, paths, 1)

    monkeypatch.setattr(parallel, "_work", work)
    monkeypatch.setattr(parallel._Pool, "_feed", feed_late)
    monkeypatch.setattr(parallel._Pool, "__init__", one_at_a_time)

    def in_parent(path):
        raise AssertionError(f"{path} linted in the parent")

    spec = parallel.WorkerSpec(resolver.cli, None, None)
    out = list(parallel.lint_paths(resolver, items, 2, spec, in_parent))
    assert [p for p, _, _ in out] == [p for p, _ in items]
    crashed = [r for _, _, r in out if r.diagnostics and r.diagnostics[0].rule == "lintnews/rule-failure"]
    assert [r.path for r in crashed] == [items[victim][0]]
    assert "exited with status 1, twice" in crashed[0].diagnostics[0].message


MENTION_SENTENCES = [
    "Damage was severe by the Department of Fisheries' count, with losses put at 3m pesos.",
    "By the ministry's own estimate, the repairs will cost 2m.",
    "Court records show the ferry had failed two inspections.",
    "Official figures, released on Monday, suggested a fall in sales.",
    "The inquest heard that the driver had been awake for 20 hours.",
    "A jury was told the shop had been closed for a week.",
    "The damage was first reported by the Harbour Gazette on Friday.",
    "A study from Westvale University found no link, according to its authors.",
    "Analysts from several banks expect a cut, the survey by Halvorsen Research found.",
    "The mayor said the bridge would reopen in May, adding that repairs were on time.",
    "Data from the port authority indicate fewer ships this winter.",
    "Nobody was hurt, and the road reopened by noon.",
    '"Handelsblatt" reported that a second bank was weighing the same step.',
    "The firm was allegedly paid twice, according to evidence led before the inquiry.",
    # round 67's gates: "according to", "in the words of", "per"; an inverted tag; "with"
    "In the words of Ana Ruiz, the plan was a gamble. Per the Harbour Trust, it was not.",
    '"It will reopen," said Tom Hale on Monday. The road, wrote critics, was closed.',
    "The council met again, with Councillor Ana Ruiz calling it a disgrace.",
    "According to residents, the per capita cost rose; the mayor, said to be angry, left.",
    # round 87's record its owner publishes; round 88's publisher's poll as a closing tag
    "The cost is put at £3m in the council's budget papers, and in its annual report too.",
    "Sales fell in May, a Harbour Gazette poll of 40 traders published on Monday showed.",
    "The trail is graded moderate on the park's website, and easy on the label.",
]


@pytest.mark.parametrize("sentence", MENTION_SENTENCES)
def test_gated_mentions_equal_every_pattern_tried(sentence, monkeypatch):
    """The cheap gates of :func:`sourcing.mentions` skip a pattern only where it cannot match."""
    from lintnews.document import sourcing

    text = "Intro line.\n\n" + sentence + "\n"
    start, end = 13, 13 + len(sentence)
    gated = sourcing.mentions(text, start, end)
    gates = [(p, g) for p, g in sourcing._GATED if g is not None]
    # round 18 added a quoted publication's name, gated by the speech verb; round 42 evidence
    # given at a named forum after "according to", gated by "evidence" or "testimony"; round
    # 67 gated the "according to", inverted-tag and "with" patterns by their opening words; round
    # 87 a record "in" its owner's name by the possessive; round 88 a publisher's poll by its verb;
    # round 91 a page or label "on" its owner's name by the possessive or "on the/its/their";
    # round 98 a named body's count ("by the ministry's count") by the possessive and its noun
    assert len(gates) == 13
    monkeypatch.setattr(sourcing, "_GATED", tuple((p, None) for p, _gate in sourcing._GATED))
    assert gated == sourcing.mentions(text, start, end)
    for pattern, gate in gates:  # each gate passes wherever its pattern matches
        if pattern.search(text, start, end):
            assert gate.search(text, start, end)


def test_every_gate_is_checked_on_some_mention_sentence():
    """The loop above checks a gate only on a sentence its pattern matches: each gated pattern
    matches at least one of the sentences, so no gate goes unchecked."""
    from lintnews.document import sourcing

    texts = ["Intro line.\n\n" + sentence + "\n" for sentence in MENTION_SENTENCES]
    for pattern, gate in sourcing._GATED:
        if gate is not None:
            assert any(pattern.search(text, 13, len(text) - 1) for text in texts), pattern.pattern[:60]


STOP_WORDS = ["approx", "Sept", "Gen", "J", "U.S", "e.g", "a.m", "Capt", "Harbour", "Westvale", "budget",
              "x2_y3z", "2024", "Dr.J", "résumés", "no", "Approx", "al", "Corp", "shipment", "Mt"]


@pytest.mark.parametrize("word", STOP_WORDS)
def test_the_stop_after_a_long_word_skips_the_abbreviation_search_only(word, monkeypatch):
    """A stop after seven letters is never an abbreviation's: the sentences are those the
    search for the word before every stop gives."""
    from lintnews.document import document as document_mod

    texts = [f"The {word}. Then more.", f"{word}. Next one.", f"A long line {word}.\" Quoted after.",
             f"It cost {word}. 5 more.\nNew {word}. Block."]
    fast = [sentences_of(t) for t in texts]
    monkeypatch.setattr(document_mod, "_LONGEST_ABBREVIATION", 10**6)  # the search at every stop
    assert fast == [sentences_of(t) for t in texts]


LABEL_TEXTS = [
    "Intro.\nQ: Why now?\nA: Because the river rose.\nAna Ruiz: We were ready.\n",
    "The mayor said the plan was late.\nMr. J. Hale: No comment.\nNote: prices vary.\n",
    "Question. What next?\nAnswer) Nobody knows.\n  Tom  Hale :\tfine\nOne two three four: no\n",
    "Dr.Ana-Ruiz’s Team: yes\nO’Neill: maybe\nAll of them:\n",
]


@pytest.mark.parametrize("text", LABEL_TEXTS)
def test_possessive_speaker_labels_match_what_greedy_ones_match(text):
    from lintnews.document import turns

    greedy = re.compile(turns._LABEL_AT_LINE_START.pattern.replace("++", "+").replace("*+", "*"))
    assert "++" not in greedy.pattern
    assert "*+" not in greedy.pattern
    found = [(m.span(), m.groupdict()) for m in turns._LABEL_AT_LINE_START.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in greedy.finditer(text)]
    assert found  # each text holds a label


def test_line_patterns_skipped_for_a_missing_mark_find_the_same_hits():
    """A line-start pattern of unknown prefix is not tried (nor compiled) at a line start
    when the rest of the text lacks a mark every match of it holds ("@" for a handle,
    "#" for "#ad"): the hits are those found when every such pattern is tried."""
    from lintnews.matching.matcher import Matcher
    from lintnews.packs.loader import builtin_pack_files, load_pack

    rules = [r for f in builtin_pack_files() for r in load_pack(f)]
    texts = [
        "The council met on Tuesday.",
        "The council met.\nFollow @citydesk on Instagram\nMore later.",
        "Sign up: @citydesk\nThe vote was close.",
        "Lead line here.\n#ad\nA paid post, it says. #sponsored",
        "A budget line.\nSneakers for only $49.99\n$19 at Walmart",
        "Read more.\nexample.com/newsletters\nexample.com newsletters",
        "Price: $5.\nSmall print follows without a sign.",
    ]
    gated = Matcher(rules)
    assert gated._line_marks, "the plan names marks for some line-start patterns"
    every = Matcher(rules)
    every._line_marks = {}
    lines = set()
    for text in texts:
        found = _spans(gated.scan(text))
        assert found == _spans(every.scan(text)), text
        lines.update(rule for rule in found if rule.startswith("advertorial/"))
    # (the texts hold matches of those patterns, at line starts after the first)
    assert {"advertorial/newsletter-plug", "advertorial/sponsored-marker", "advertorial/commerce-copy"} <= lines
    skipped = Matcher(rules)
    skipped.scan("The council met on Tuesday.")
    assert all(skipped._compiled[i] is None for i in skipped._line_marks)


def _spans(found):
    return {k: [(h.start, h.end, h.term) for h in v] for k, v in found.items()}


TAIL_TEXTS = [
    "the board was utterly ",  # four words and more: the last four
    "He said, frankly \t so ",  # a comma ends the run; tabs are blanks
    "a well-known man’s own ",  # hyphens and apostrophes are inside words
    "line one\nline two ",  # a line break ends the run
    "no blank at the end",  # no run ends right at the end
    "x" * 70 + " cut off ",  # the first word is cut by the 60-character window
]


@pytest.mark.parametrize("text", TAIL_TEXTS)
def test_possessive_tail_words_match_what_greedy_ones_match(text):
    from lintnews.builtin.loaded import evidence as loaded_evidence
    from lintnews.builtin.loaded.evidence import evidence

    greedy = re.compile(evidence._TAIL_WORDS.pattern.replace("++", "+").replace("}+", "}"))
    assert "+" not in greedy.pattern.replace("]+", "")
    for end in range(len(text) + 1):
        for lo in (0, max(0, end - 60)):
            found = evidence._TAIL_WORDS.search(text, lo, end)
            plain_found = greedy.search(text, lo, end)
            assert (found and found.span()) == (plain_found and plain_found.span()), (text, lo, end)
    assert loaded_evidence.words_before(text, 0, len(text)) or not text.endswith(" ")


@settings(max_examples=EXAMPLES * 5, deadline=None)
@given(st.text(alphabet="ab’'-_ \t\n,.\u00a0\u2028", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_possessive_tail_words_equal_greedy_on_any_text(text, lo, end):
    from lintnews.builtin.loaded.evidence import evidence

    greedy = re.compile(evidence._TAIL_WORDS.pattern.replace("++", "+").replace("}+", "}"))
    lo, end = min(lo, end, len(text)), min(max(lo, end), len(text))
    found = evidence._TAIL_WORDS.search(text, lo, end)
    plain_found = greedy.search(text, lo, end)
    assert (found and found.span()) == (plain_found and plain_found.span())
