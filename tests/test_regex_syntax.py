"""lintnews reads Python's regex syntax itself; these tests hold it to Python's own ``re``.

The reader (:mod:`lintnews.util.regex_syntax`), the RE2 translation of house patterns
(:mod:`lintnews.util.re2_syntax`), the literal prefixes of built-in patterns
(:mod:`lintnews.util.regex_words`) and the case-folding table
(:mod:`lintnews.util.casefold`) replace ``re``'s private modules; each is compared here
with what ``re`` does, through its public interface, on the Python running the tests
(CI runs them on every supported Python).
"""

from __future__ import annotations

import re

import pytest
import re2

from lintnews.matching.re2run import HouseProgram
from lintnews.packs.loader import check_house_pattern
from lintnews.util.casefold import EXTRA_CASE_CLASSES, WHITESPACE, fold
from lintnews.util.re2_syntax import (
    PY_EXTRA_FOLDS,
    SPACE_ITEMS,
    WORD_ITEMS,
    Untranslatable,
    exact,
    re2_options,
)
from lintnews.util.regex_syntax import IGNORECASE, PatternError, parse, shown

ALL = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))

VALID = [
    r"\bfoo\b", "(?x: a  b # comment\n | c )", r"(?i:x)(?-i:Y)", r"[]a]", r"[^]a-c\d]", r"a{,3}", r"a{2}",
    r"a{}", r"x{1,", r"\x41\u00e9\U0001F600\N{EM DASH}", r"\0\07\101", r"(?P<n>a)(?P=n)", r"(a)\1",
    r"(?<=[$£€])\d+", r"(?<!\w)x(?=y)(?!z)", r"(?>a+)b", r"a*+b", r"a++", r"a?+", r"(a)?(?(1)b|c)",
    r"(?#note)x", r"\A\Z^$", r"[\b]", r"[\w\-.]", r"(?m:^)a(?s:.)", r"(?i)abc", r"(?ax)a b",
    r"[-a]", r"[a-]", r"\\", r"\.", r"\’", "(?x:[ #])", r"[\s\S]", r"a|b|", r"()",
]
INVALID = [r"(", r")", r"[a", r"a**", r"*a", r"\q", r"a{3,2}", r"(?P<1>a)", r"(?Q)", r"[z-a]", r"\x4",
           r"(?P=n)", r"\1", r"x(?i)y", r"(?i", r"\N{NO SUCH NAME}", r"[\w-z]", "\\", r"a{4294967296}"]


@pytest.mark.parametrize("pattern", VALID)
def test_the_reader_reads_what_python_compiles(pattern):
    # read, and with the capturing groups Python counts (back references are numbered by them)
    assert parse(pattern).groups == re.compile(pattern).groups


@pytest.mark.parametrize("pattern", INVALID)
def test_the_reader_refuses_what_python_refuses(pattern):
    with pytest.raises((re.error, OverflowError)):
        re.compile(pattern)
    with pytest.raises(PatternError):
        parse(pattern)


def test_every_builtin_pattern_is_read_and_valid(registry):
    """The built-in packs are not checked at load time: here, every pattern and exception
    compiles in Python's re, is read by lintnews's reader, has no capturing group or global
    flag, cannot match the empty string, and its start is known (else the matcher would try
    it at every candidate)."""
    from lintnews.packs.model import PackRule
    from lintnews.packs.plan import analyse
    from lintnews.util.re2_syntax import nullable

    rules = [r for r in registry.rules.values() if isinstance(r, PackRule) and r.builtin]
    assert rules
    for rule in rules:
        flags = 0 if rule.case_sensitive else IGNORECASE
        for p in (*rule.patterns, *rule.exceptions):
            compiled = re.compile(p, 0 if rule.case_sensitive else re.IGNORECASE)
            tree = parse(p, flags)
            assert not compiled.groups and not tree.groups and not tree.global_flags, (rule.id, p)
            assert not nullable(tree.tree), (rule.id, p)
        for p in rule.patterns:
            start = analyse(p, rule.case_sensitive)
            assert start is not None, (rule.id, p)


def test_patterns_are_shown_as_written():
    assert shown(r"\w+ly\b") == r"'\w+ly\b'"
    assert shown("(?x: a\n  | b)") == "'(?x: a   | b)'"
    assert shown("x" * 500).endswith("…'") and len(shown("x" * 500)) == 162


# -- case folding and classes, against re over every code point ---------------------------------


def test_whitespace_is_pythons_backslash_s():
    assert set(WHITESPACE) == set(re.findall(r"\s", ALL))
    r2 = {m.group() for m in re2.finditer("[" + SPACE_ITEMS + "]", ALL)}
    assert r2 == set(WHITESPACE)


def test_word_class_holds_every_python_word_character():
    r2 = {m.group() for m in re2.finditer("[" + WORD_ITEMS + "]", ALL)}
    assert set(re.findall(r"\w", ALL)) <= r2


def test_fold_equals_re_ignorecase():
    """Two characters match case-insensitively in Python's re exactly when their folds are
    equal: each character matches its fold, and every character re equates with an ASCII
    letter or an extra-case letter has the same fold."""
    assert all(len(fold(c)) == 1 for c in ALL[:0x10000])
    pairs = [(c, fold(c)) for c in ALL if fold(c) != c]
    assert all(re.fullmatch(re.escape(f), c, re.IGNORECASE) for c, f in pairs)
    probes = set("abcdefghijklmnopqrstuvwxyz") | {c for cls in EXTRA_CASE_CLASSES for c in cls}
    for p in probes:
        equal = set(re.findall("(?i)" + re.escape(p), ALL))
        assert {fold(c) for c in equal} == {fold(p)}, p


def test_extra_case_classes_are_pythons():
    casefix = pytest.importorskip("re._casefix")  # (a private module: checked where it exists)
    expected = {frozenset((k, *v)) for k, v in casefix._EXTRA_CASES.items()}
    assert {frozenset(map(ord, cls)) for cls in EXTRA_CASE_CLASSES} == expected


def test_re2_folds_at_least_what_python_folds_with_the_extra_letters():
    for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZı":
        py = set(re.findall("(?i)" + re.escape(c), ALL))
        r2 = {m.group() for m in re2.finditer("(?i)[" + re2.escape(c) + PY_EXTRA_FOLDS.get(c, "") + "]", ALL)}
        assert py <= r2, c


# -- house patterns: RE2 gives Python's matches -----------------------------------------------

HOUSE = [
    r"\bwent\s+viral\b", r"\bcafé\b", r"\b(?:foo|bar)\b", r"\bfoo\b|bar", r"[^\W\d_]+", r"\d+\s*%",
    r"(?m:^comments$)", r"\bsign\s+up[^.\n]{0,40}news", r"(?i:ABC)(?-i:d)", r"\w+ly\b", r"\bété\b",
    "(?x: a \\s+ b  # c\n )", r"\bx\w*", r"colou?r", r"[a-c]+?x", r"\A\w+", r"\w+\Z", r"(?s:a.b)",
]
TEXTS = ["It went viral, went  viral, wentviral; déwent viral.", "Le café, cafés, xcafé, CAFÉ.", "foo barfoo bar_foo",
         "abc 12 % 3% éxé", "comments\nno comments\ncomments", "Sign up here for our news. sign up now news",
         "ABCd abcd ABCD", "Quickly, sadly: lyly.", "été, étés, l'été", "a  b a\tb", "xa xyz x_", "color colour",
         "aabx cx", "word end", "a\nb axb", "", "İstanbul ſtrange K"]


@pytest.mark.parametrize("pattern", HOUSE)
def test_house_translation_gives_pythons_matches(pattern):
    assert check_house_pattern(pattern, case_sensitive=False) is None
    program = HouseProgram(exact(parse(pattern, IGNORECASE), True))
    python = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        data = text.encode()
        ours = [(len(data[:s].decode()), len(data[:e].decode())) for s, e in program.spans(data)]
        assert ours == [m.span() for m in python.finditer(text)], (pattern, text)


@pytest.mark.parametrize("pattern", [r"\bfoo(?=x)", r"(?<!a)b", r"(a)\1", r"a++", r"(?>a)", r"\Bx",
                                     r"\bx\b\s+\by", r"a$", r"x{1001}", r"\b(?:-|x)"])
def test_what_re2_cannot_run_is_untranslatable(pattern):
    with pytest.raises(Untranslatable):
        exact(parse(pattern, IGNORECASE), True)


def test_re2_logs_nothing(capfd):
    """RE2 writes its own errors to stderr unless told not to: a bad house pattern must give
    lintnews's one line only."""
    with pytest.raises(re2.error):
        re2.compile("(?:a{2,50}){2,50}", re2_options())
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("pattern, marks", [
    (r"(?m:^)[ \t]{0,20}@[A-Za-z0-9_]{3,30}", ("@",)),
    (r"(?m:^)[^\n#]{0,400}+#(?:ad|ads)\b", ("#",)),
    (r"(?m:^)[$£€]\d+(?:\.\d\d)?", ("$£€",)),
    (r"(?m:^)(?:https?://)?[\w-]+(?:\.[\w-]+)+/sub", (".", "/")),
    (r"(?m:^)(?:@x|@y)", ("@",)),
    (r"(?m:^)(?:@x|#y)", ()),  # either mark: neither is required
    (r"(?m:^)@?handle", ()),  # optional
    (r"(?m:^)(?=.*@)\w+", ()),  # a look-ahead's marks may lie beyond the match
    (r"(?m:^)[^@]+", ()),
    (r"(?m:^)about\s+us:", (":",)),
])
def test_required_marks_are_marks_every_match_holds(pattern, marks):
    import re

    from lintnews.util.regex_syntax import IGNORECASE, parse
    from lintnews.util.regex_words import required_marks

    assert required_marks(parse(pattern, IGNORECASE).tree) == marks
    for text in ("@xyz", "#ad", "$40", "www.example.com/sub", "@y", "handle", "about us: all", "#y"):
        m = re.match(pattern, text, re.IGNORECASE)
        if m:
            assert all(any(c in m.group() for c in chars) for chars in marks), text
