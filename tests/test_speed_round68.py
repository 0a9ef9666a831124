"""Speed round 68 (one article's pack patterns): fewer built-in patterns compiled for a short
text, no match changed.

- the matcher compiles a pattern that says what comes before each of its matches
  (:attr:`Start.before`) only where that holds: the characters compared in Python say what
  the look-behinds would, for every look-behind the plan writes;
- :func:`lintnews.util.regex_split.split` splits past a leading run of blanks
  (``(?m:^)[ \\t]{0,20}(?x: ... | ... )``) when no branch can start with a blank, and leaves
  whole a pattern one of whose branches can (or can match nothing); each such planned
  pattern's branches, tried in order, match where the whole does with blanks before its
  rule's own sentences too;
- on short texts written here the matcher finds what the reference scan finds.
"""

from __future__ import annotations

import re

import pytest

from lintnews.matching.branches import Branches
from lintnews.matching.matcher import Matcher, _before_chars
from lintnews.packs.model import PackRule
from lintnews.packs.plan import branch_plan, planned_prefixes, split_patterns, start_of
from lintnews.plugins.registry import load_registry
from lintnews.util.regex_split import branch_texts, split, split_run
from tests.test_speed import reference_scan
from tests.test_speed_round47 import sentences

REGISTRY = load_registry(autoload=False)
RULES = sorted((r for r in REGISTRY.rules.values() if isinstance(r, PackRule) and r.builtin), key=lambda r: r.id)
PATTERN = {j: key for key, j in planned_prefixes()[0].items()}
RULE_OF = {(p, r.case_sensitive): r for r in RULES for p in r.patterns}

# -- what comes before a match ------------------------------------------------------------------

# (the look-behinds of marks: a word before a match, "(?<=\\bsome\\s)" since perf150, holds letters
# and is not compared, as a class of letters is not: the pattern is tried)
LOOKBEHINDS = sorted({b for key in PATTERN.values() if (s := start_of(*key)) is not None and s[4] for b in s[4]
                      if not b.startswith("(?<=\\b")})
MARKS = " \n\t.!?\"’”(\\[)$£€/:,-–—|»•›→■▶▸►�aZ1x\r\u00a0"


def test_the_plan_has_lookbehinds_to_compare():
    assert len(LOOKBEHINDS) >= 10


@pytest.mark.parametrize("lookbehind", LOOKBEHINDS)
def test_compared_characters_say_what_the_lookbehind_says(lookbehind):
    chars = _before_chars((lookbehind,))
    assert chars is not None  # (every look-behind the plan writes is read)
    regex = re.compile(lookbehind, re.IGNORECASE)
    for a in MARKS:
        for b in MARKS:
            text = a + b + "w"
            for pos in (1, 2):
                held = any(len(c) <= pos and all(text[pos - len(c) + k] in c[k] for k in range(len(c)))
                           for c in chars)
                assert held == (regex.match(text, pos) is not None), (text, pos)


def test_a_lookbehind_with_a_letter_is_not_compared():
    assert _before_chars(("(?<=[a-z0-9][.!?])",)) is None
    assert _before_chars(("(?<=\\bsome\\s)",)) is None
    assert _before_chars(None) is None


def test_a_sentence_opener_after_a_plain_space_is_not_compiled():
    rules = [r for r in RULES if r.id == "advertorial/business-voice"]
    matcher = Matcher(rules)
    text = "The team worked at the harbour until dark and went home."
    assert matcher.scan(text) == {}
    openers = [i for i, alt in enumerate(matcher._alternatives)
               if alt.start is not None and alt.start.before and "at" in (alt.start.words or ())]
    assert openers and all(matcher._compiled[i] is None for i in openers)
    text = "The harbour was quiet. At Harbourside Kitchens, we cook with local fish."
    found = matcher.scan(text)
    assert {k: [(h.start, h.end) for h in v] for k, v in found.items()} == reference_scan(rules, text)
    assert found


# -- the split past a line's blanks -------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?m:^)[ \t]{0,20}(?:sponsored|paid\s+post)\s*$",
     (r"(?m:^)[ \t]{0,20}(?:sponsored)\s*$", r"(?m:^)[ \t]{0,20}(?:paid\s+post)\s*$")),
    ("(?m:^)[ \\t]{0,20}(?x:\n  about\\s+us\n | [-–—]\\s+ends )",
     ("(?m:^)[ \\t]{0,20}(?x:\n  about\\s+us\n )", "(?m:^)[ \\t]{0,20}(?x: [-–—]\\s+ends )")),
])
def test_split_past_a_run_of_blanks(pattern, expected):
    spans = split(pattern, False)
    assert spans is not None and branch_texts(pattern, spans) == expected


@pytest.mark.parametrize("pattern", [
    r"(?m:^)[ \t]{0,20}(?:sponsored|[^\n|]{2,40}\|\s+ad)",  # a branch may start with a blank
    r"(?m:^)[ \t]{0,20}(?:sponsored|-?[ \t]{0,3}ends)",  # ... after an optional mark
    r"(?m:^)[ \t]{0,20}(?:sponsored|(?:paid)?)\s*$",  # ... or match nothing
    r"(?m:^)[ \t]{0,20}(?:sponsored|\s+ad)",  # \s holds a blank
    r"(?m:^)[ \t]{0,20}(?:sponsored|.ad)",  # so does the dot
    r"(?m:^)[ \t]{0,20}[ \t]*(?:sponsored|ad)",  # two runs: only one is read
    r"(?m:^)[a-z]{0,20}(?:sponsored|ad)",  # a run of letters (case-blind): not read
])
def test_split_leaves_whole_a_run_a_branch_may_start_with(pattern):
    assert split(pattern, False) is None


# every planned split pattern with a run before its branches, and its plan
RUN_SPLIT = []
for _k, _j in enumerate(split_patterns()):
    _p, _cs = PATTERN[_j]
    if _p.startswith("(?m:^)[ \\t]{0,20}"):
        RUN_SPLIT.append((RULE_OF[(_p, _cs)], _p, branch_texts(_p, branch_plan(_k)[0]), branch_plan(_k)))


def test_the_plan_splits_line_start_patterns():
    assert len(RUN_SPLIT) >= 30


@pytest.mark.parametrize(("rule", "pattern", "subs", "plan"), RUN_SPLIT,
                         ids=[f"{r.id}:{i}" for i, (r, *_) in enumerate(RUN_SPLIT)])
def test_branches_after_blanks_match_where_the_pattern_does(rule, pattern, subs, plan):
    """The rule's own sentences, each line as it is and after one to three blanks and 25
    (more than the run allows)."""
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    whole = re.compile(pattern, flags)
    parts = [re.compile(s, flags) for s in subs]
    lines = sentences(rule).split("\n")
    text = "\n".join(pre + line for line in lines for pre in ("", " ", "\t ", "  \t", " " * 25))
    for pos in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
        m = whole.match(text, pos)
        if text[pos : pos + 1] not in (plan[3] or "\n"):  # (where they stand for it)
            first = next((p for p in (q.match(text, pos) for q in parts) if p is not None), None)
            assert (m and m.end()) == (first and first.end()), (pos, text[pos : pos + 60])
        slot: list = [None]
        chosen = Branches(pattern, flags, *plan, lambda needs, text, pos: True, (slot, 0))
        tried = chosen.match(text, pos)
        assert (m and m.end()) == (tried and tried.end()), (pos, text[pos : pos + 60])


def test_a_run_a_branch_may_start_with_splits_where_the_text_has_none():
    pattern = r"(?m:^)[ \t]{0,20}(?:sponsored|[^\n|]{2,40}\|\s+ad)"
    assert split_run(pattern, False) == (split_run(pattern, False)[0], "\t ")
    assert split_run(r"(?m:^)[ \t]{0,20}(?:sponsored|paid\s+post)", False)[1] == ""
    # (a pattern of this file, its plan written here: where a line starts with a blank the
    # whole pattern is tried, elsewhere its branches in order)
    text = "  x | ad\nsponsored\nab | ad"
    whole = re.compile(pattern, re.IGNORECASE)
    spans, run = split_run(pattern, False)
    starts = ((("sponsored",), True, "line", None, None, ()), (None, True, "line", None, None, ()))
    slot: list = [None]
    chosen = Branches(pattern, re.IGNORECASE, spans, starts, (None, None), run, lambda *a: True, (slot, 0))
    for pos in (9, 19):
        assert chosen.match(text, pos).end() == whole.match(text, pos).end()
    assert slot[0] is None  # (no blank at those line starts: tried branch by branch)
    assert chosen.match(text, 0).end() == whole.match(text, 0).end() == 8
    assert isinstance(slot[0], re.Pattern)  # (a blank first: the whole pattern)


SHORT_TEXTS = [
    "Sponsored content\nCity Hospital Opens New Wing\nThe wing opened on Monday, officials said.",
    "  Paid post\n\tBrought to you by Acme Foods\nThe council met at 7pm.",
    "Advertisement\nRead more: the mayor's budget\nAbout Corvo Labs. Founded in 2015, it makes boats.",
    "Harbour Festival 12 June 2024 - 14 June 2024\nMedia contacts:\nThe tide was high at noon.",
    "The storm passed. More from the newsroom: at the harbour, boats were tied down.",
]


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_short_texts_equal_the_reference(text):
    rules = [r for r in RULES if r.patterns]
    matcher = Matcher(rules)
    found = {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()}
    assert found == reference_scan(rules, text)


# -- the words within a match's reach -----------------------------------------------------------


def test_words_within_reach_hold_of_every_match_of_its_pattern():
    from lintnews.matching.matcher import _within
    from lintnews.packs.plan import needed_words, needs_reach
    from lintnews.util.casefold import fold

    reach, needs = needs_reach(), needed_words()
    assert len(reach) >= 10
    checked = 0
    for j, longest in reach.items():
        pattern, cs = PATTERN[j]
        rule = RULE_OF.get((pattern, cs))
        if rule is None:
            continue
        text = sentences(rule)
        folded = fold(text)
        for m in re.compile(pattern, 0 if cs else re.IGNORECASE).finditer(text):
            assert m.end() - m.start() <= longest
            assert _within(needs[j], folded, m.start(), m.start() + longest)
            checked += 1
    assert checked >= 10


def test_a_pattern_is_not_compiled_where_its_words_are_past_its_reach():
    rules = [r for r in RULES if r.id == "advertorial/site-links"]
    matcher = Matcher(rules)
    bounded = [i for i in matcher._reach if i in matcher._line_any]
    assert bounded
    text = "City Hall Opens\n" + "The council met on Tuesday to talk about roads. " * 6 + "\nSubscribe | Newsletter"
    found = {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()}
    assert found == reference_scan(rules, text)
    assert found  # (the last line is a site's links)
    matcher = Matcher(rules)
    matcher.scan(text.rsplit("\n", 1)[0] + "Sign up to the newsletter, she said.")  # (far from a line start)
    assert all(matcher._compiled[i] is None for i in bounded)
