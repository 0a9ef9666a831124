"""Round 174 (issue 19): the last ``\\s*,?\\s*`` shapes round 173 named, and the "flat but slow" tag.

Round 173 left five module regexes with two runs of blanks side by side and nothing required
between them (``\\s*,?\\s*``), tried only in their first contexts, and a quotation tag after a run
of blanks that cost a steady fraction of a second at any length. Put before long runs of blanks,
tabs and NBSP as bare regexes, each read the run once per blank (20,000 blanks: 0.4 s to minutes):

* illustrated.py ``_SUBJECT`` (twice), ``_INVERTED`` and ``_ARTICLE``; members.py ``_kin_named``
  and a member's "named" pattern (``\\s*,?\\s+`` before the speech verb); speakers.py
  ``_QUOTE_THEN_TAG``; anonymous.py ``_QUOTE_BEFORE`` and ``_case_party``; and, found the same
  way, firsthand.py ``_DATED``, complements.py ``_ONE_NAMED_AFTER``, unnamed.py
  ``_QUOTE_THEN_NAME`` and indirect.py ``_TOLD_PASSIVE``. Now ``(?:\\s*,)?\\s*`` (or ``\\s+``): the
  comma optional together with the blanks before it, the same language and, checked against
  the base form on random strings of their words and separators, the same spans.
* ``_QUOTE_BEFORE`` is searched for in a window and only whether it is there is asked: its
  optional ``[,.!?…]?\\s*`` before the quotation mark read a run to its end from every blank, and
  is left out (a match with it holds one without it, and the other way round).
* The "flat but slow" tag: "One resident said" + a run of blanks asked ``_DATED`` ("said on
  Monday ...", a witness's dated account) over the sentence's reach, split every way: 0.17 s a
  lint at any length (bounded by the reach), now 0.02 s.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.attribution import complements, illustrated, members, speakers
from lintnews.builtin.constructions.sources import anonymous, firsthand, unnamed
from lintnews.builtin.loaded.evidence import indirect

_RUN = 40_000
_BOUND = 1.0  # seconds: each now well under 0.1 s at 40,000; the base took 10 s to minutes
_FILLS = (" ", "\t", "\xa0")

OPENING = "The council voted on Monday to close the harbour car park for the summer.\n\n"

_NEW = r"(?:\s*,)?\s*"
_OLD = r"\s*,?\s*"
_NEW_PLUS = r"(?:\s*,)?\s+"
_OLD_PLUS = r"\s*,?\s+"


def _pattern(rx) -> re.Pattern[str]:
    """The compiled pattern of a regex or a lazy one."""
    return rx if isinstance(rx, re.Pattern) else rx.compiled()


def _member_named() -> re.Pattern[str]:
    """A member's "named" pattern ("resident Mira Hart said")."""
    return _pattern(members._member_patterns("resident", ["residents", "resident"]).named)


# (name, regex, call, text before the run, text after it)
_SHAPES = [
    ("subject after a quotation", lambda: illustrated._SUBJECT, "match", '"It was fine,"', "x"),
    ("subject before the verb", lambda: illustrated._SUBJECT, "match", '"It was fine," Mira Hart', "x"),
    ("inverted tag", lambda: illustrated._INVERTED, "match", '"It was fine,"', "x"),
    ("article", lambda: illustrated._ARTICLE, "match", "", "x"),
    ("kin named", members._kin_named, "search", "His brother Omar Haddad", "x"),
    ("member named", _member_named, "search", "resident Mira Hart", "x"),
    ("quotation then tag", lambda: speakers._QUOTE_THEN_TAG, "match", '"', "x"),
    ("quotation before", lambda: anonymous._QUOTE_BEFORE, "search", '"', "x"),
    ("blanks before", lambda: anonymous._QUOTE_BEFORE, "search", "", "x"),
    ("case party", anonymous._case_party, "fullmatch", "The victim", "x"),
    ("dated account", lambda: firsthand._DATED, "match", "", "x"),
    ("one named after", lambda: complements._ONE_NAMED_AFTER, "match", "", "x"),
    ("quotation then name", lambda: unnamed._QUOTE_THEN_NAME, "search", '"', "x"),
    ("told by", lambda: indirect._TOLD_PASSIVE, "search", "told", "x"),
]


@pytest.mark.parametrize("fill", _FILLS)
@pytest.mark.parametrize(("name", "rx", "how", "head", "tail"), _SHAPES, ids=[s[0] for s in _SHAPES])
def test_each_regex_reads_a_run_once(name: str, rx, how: str, head: str, tail: str, fill: str) -> None:
    """Each rewritten regex on 40,000 blanks, tabs or NBSP after its own words: well within a
    second (the base: 0.4 s at 2,000 and four times that at each doubling)."""
    pattern = _pattern(rx())
    text = head + fill * _RUN + tail
    start = time.process_time()
    getattr(pattern, how)(text)
    assert time.process_time() - start < _BOUND, name


# (regex, the new piece, the base's piece, call)
_PAIRS = [
    (lambda: illustrated._SUBJECT, _NEW, _OLD, "match"),
    (lambda: illustrated._INVERTED, _NEW, _OLD, "match"),
    (lambda: illustrated._ARTICLE, _NEW, _OLD, "match"),
    (members._kin_named, _NEW, _OLD, "search"),
    (_member_named, r"(?:\s*,)?\s+(?:said", r"\s*,?\s+(?:said", "search"),
    (lambda: speakers._QUOTE_THEN_TAG, _NEW, _OLD, "match"),
    (anonymous._case_party, _NEW, _OLD, "fullmatch"),
    (lambda: firsthand._DATED, _NEW_PLUS, _OLD_PLUS, "match"),
    (lambda: complements._ONE_NAMED_AFTER, _NEW_PLUS, _OLD_PLUS, "match"),
    (lambda: unnamed._QUOTE_THEN_NAME, _NEW, _OLD, "search"),
    (lambda: indirect._TOLD_PASSIVE, r"(?:(?:\s*,)?\s+by", r"(?:\s*,?\s+by", "search"),
]
_SEPARATORS = [" ", "  ", "\t", "\xa0", ",", ", ", " ,", '"', "”", ".", ",\"", "!”", "x", "\n"]
_WORDS = ["said", "says", "added", "wrote", "Mira Hart", "Dr", "a", "an", "one", "One", "who", "that", "had",
          "The victim", "His brother", "Omar Haddad", "told", "by the police", "and", "on Monday", "last night",
          "also", "resident", "nurse", '"It was fine,"', "said Ana Roe.", "and Tom Bell called", "told by them that",
          "resident Ana Roe said", "58", "of Leeds"]


def _random_text(rnd: random.Random) -> str:
    """A short string of the regexes' words and separators, in any order."""
    return "".join(rnd.choice(_SEPARATORS) if rnd.random() < 0.55 else rnd.choice(_WORDS)
                   for _ in range(rnd.randint(1, 12)))


def _found(m: re.Match[str] | None) -> tuple | None:
    return None if m is None else (m.span(), m.groups())


@pytest.mark.parametrize(("rx", "new", "old", "how"), _PAIRS)
def test_spans_as_the_base(rx, new: str, old: str, how: str) -> None:
    """The rewritten regex finds the base form's spans and groups at every start."""
    pattern = _pattern(rx())
    assert new in pattern.pattern
    base = re.compile(pattern.pattern.replace(new, old), pattern.flags)
    rnd = random.Random(174)
    for _ in range(400):
        text = _random_text(rnd)
        for at in range(len(text)):
            assert _found(getattr(pattern, how)(text, at)) == _found(getattr(base, how)(text, at)), (text, at)


def test_quote_before_finds_as_the_base() -> None:
    """Without its optional opening the quotation before a tag is found where the base's is."""
    base = re.compile(r"[,.!?…]?\s*[\"”]\s*,?\s*(?:[A-Za-z]+\s+){0,2}$")
    rnd = random.Random(1740)
    for _ in range(2_000):
        text = _random_text(rnd)
        for at in range(len(text)):
            assert (anonymous._QUOTE_BEFORE.search(text, at) is None) == (base.search(text, at) is None), (text, at)


@pytest.fixture(scope="module")
def lint(shared_lint):
    """One engine for the module, compiled before any timing."""
    shared_lint(OPENING + '"It was fine," one resident said. Some parents said they had to wait.\n')
    return shared_lint


def _cpu(lint, text: str) -> float:
    """The best of three lints' CPU time (the text linted once before, so nothing compiles)."""
    lint(text)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        lint(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("fill", _FILLS)
def test_a_run_after_a_tag_is_read_once(lint, fill: str) -> None:
    """ "One resident said" + a run: the dated account read the run once, not split every way
    over the sentence's reach. Against the same run after words no tag reads ("It was fine"):
    the base about 25 times dearer (0.17 s against 0.006 s quiet, at any length), now about 3."""
    tag = _cpu(lint, OPENING + "One resident said" + fill * _RUN + "x\n")
    plain = _cpu(lint, OPENING + "It was fine" + fill * _RUN + "x\n")
    assert tag < 10 * max(plain, 0.002)


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Residents said on Monday they saw the water rise.", "kept"),
    ("Residents said that, on Monday, they saw the water rise.", "kept"),
])
def test_dated_account_still_reads(sentence: str, verdict: str) -> None:
    """The dated account is still found after the verb, with and without a comma."""
    at = sentence.index("said") + len("said")
    assert (firsthand._DATED.match(sentence, at) is not None) == (verdict == "kept")


def test_a_ruling_entry_reads_a_run_once() -> None:
    """A list of rulings' entry with a run of blanks before a later word (found by the fuzz of the
    patterns new since round 172): the base's "\\S[^\\n]*?[ \\t]*$" read the run once per blank,
    1.1 s at 20,000 blanks and four times that at 40,000."""
    from lintnews.builtin.shared import headlines

    entries = ["Harbour Ferries: upheld" + " " * _RUN + "x", "Quay Motors: appeal dismissed"]
    start = time.process_time()
    headlines.rulings_list("Other rulings this week", entries)
    assert time.process_time() - start < _BOUND


def test_a_ruling_entry_holds_as_the_base() -> None:
    """``fullmatch``ed, the entry holds wherever the base's held."""
    from lintnews.builtin.shared import headlines

    base = re.compile(r"[ \t]*(?:[-*•·][ \t]+)?[A-Z][^:\n]{0,60}:[ \t]+\S[^\n]*?[ \t]*$")
    pieces = [" ", "\t", "\n", "- ", "• ", "Quay", "Motors", ":", ": ", "appeal", "upheld", "x", "."]
    rnd = random.Random(741)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        assert (headlines._RULING_ENTRY.fullmatch(text) is None) == (base.fullmatch(text) is None), text
