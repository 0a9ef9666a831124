"""Speed round 47 (a short check's compile time): built-in patterns tried branch by branch
where first met, and compiled only for a text that holds their words.

- :func:`lintnews.util.regex_split.split` writes a pattern out as its top-level branches
  where that changes no match, and leaves it whole where it might;
- every built-in pattern the plan splits: its branches, tried in order, match where the
  pattern does and end where it does, at every position of its rule's own sentences (the
  examples and the fixtures' cover sentences), and so does :class:`Branches`, which tries
  only those its start allows;
- :func:`lintnews.util.regex_words.required_words`: what it says of hand-written patterns,
  and that every planned formula (of a pattern or a branch) holds of every match in those
  sentences;
- the matcher leaves uncompiled a pattern (or a branch) whose words a text lacks, compiles
  a pattern whole in a long text, and finds what the reference scan finds on the built-in
  rules' sentences.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.engine.examples import pack_cover
from lintnews.matching import branches as branches_mod
from lintnews.matching import matcher as matcher_mod
from lintnews.matching.branches import Branches
from lintnews.matching.matcher import Matcher, _true
from lintnews.packs.model import PackRule
from lintnews.packs.plan import branch_plan, needed_words, planned_prefixes, split_patterns
from lintnews.plugins.registry import load_registry
from lintnews.util.casefold import fold
from lintnews.util.regex_split import branch_texts, split
from lintnews.util.regex_syntax import IGNORECASE, parse, parse_spans
from lintnews.util.regex_words import required_words
from tests.test_speed import EXAMPLES, reference_scan

REGISTRY = load_registry(autoload=False)
RULES = sorted((r for r in REGISTRY.rules.values() if isinstance(r, PackRule) and r.builtin), key=lambda r: r.id)
COVER = pack_cover(RULES)


def sentences(rule: PackRule) -> str:
    """A rule's own sentences (its examples and its cover sentences), one text."""
    return "\n".join([*rule.examples.trigger, *rule.examples.no_trigger, *COVER.get(rule.id, ())])


# -- the split ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "expected"), [
    # the top-level group after what consumes nothing: one pattern per branch, the rest kept
    (r"(?<![A-Za-z0-9])(?:sign\s+up|subscribe)\s+now",
     (r"(?<![A-Za-z0-9])(?:sign\s+up)\s+now", r"(?<![A-Za-z0-9])(?:subscribe)\s+now")),
    # a top-level alternation, the pattern's flags at its start kept for each
    ("(?x)foo | bar", ("(?x)foo ", "(?x) bar")),
    # a verbose group: a comment holding "|" stays in its branch
    ("(?x:\n  our\\s+page  # a|b\n | sign\\s+up )",
     ("(?x:\n  our\\s+page  # a|b\n )", "(?x: sign\\s+up )")),
])
def test_split_writes_out_each_branch(pattern, expected):
    spans = split(pattern, False)
    assert spans is not None and branch_texts(pattern, spans) == expected


@pytest.mark.parametrize("pattern", [
    r"\bis\s+(?:widely|generally)\s+believed",  # a word first: the group is not where a match starts
    r"(a|b)\1",  # a back reference: group numbers would change
    r"(?(1)a|b)",  # a conditional
    r"(?>sign\s+up|subscribe)\s+now",  # atomic: once a branch matched, the others are not tried
    r"(?:(?m:^)[ \t]{0,20}|(?<=[.!?] ))(?:sign\s+up)",  # only places to start: each branch would be all the rest
    r"plain",
])
def test_split_leaves_whole_what_it_might_change(pattern):
    assert split(pattern, False) is None


def test_spans_reproduce_each_branch():
    pattern = r"a(?:bc|d(?:e|f)|)g|h"
    parsed, spans = parse_spans(pattern, 0)
    root = parsed.tree
    assert [pattern[a:b] for a, b in spans[id(root)]] == [r"a(?:bc|d(?:e|f)|)g", "h"]
    group = root[1][0][1]
    assert [pattern[a:b] for a, b in spans[id(group[3])]] == ["bc", "d(?:e|f)", ""]


PATTERN = {j: key for key, j in planned_prefixes()[0].items()}  # a planned pattern by its number
RULE_OF = {(p, r.case_sensitive): r for r in RULES for p in r.patterns}
SPLIT = []  # (rule, pattern, its branches written out, the plan's branches)
for _k, _j in enumerate(split_patterns()):
    _p, _cs = PATTERN[_j]
    _plan = branch_plan(_k)
    SPLIT.append((RULE_OF[(_p, _cs)], _p, branch_texts(_p, _plan[0]), _plan))


def test_the_plan_splits_many_builtin_patterns():
    assert len(SPLIT) >= 50


@pytest.mark.parametrize(("rule", "pattern", "subs", "plan"), SPLIT, ids=[f"{r.id}:{i}" for i, (r, *_) in enumerate(SPLIT)])
def test_branches_in_order_match_where_the_pattern_does(rule, pattern, subs, plan):
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    whole = re.compile(pattern, flags)
    parts = [re.compile(s, flags) for s in subs]
    chosen = Branches(pattern, flags, *plan, lambda needs, text, pos: True, ([None], 0))
    text = sentences(rule)
    for pos in range(len(text) + 1):
        m = whole.match(text, pos)
        first = next((p for p in (q.match(text, pos) for q in parts) if p is not None), None)
        assert (m and m.end()) == (first and first.end()), (pos, text[pos : pos + 60])
        tried = chosen.match(text, pos)
        assert (m and m.end()) == (tried and tried.end()), (pos, text[pos : pos + 60])
        chosen._tries = 0  # (never compiled whole here)


# -- the words every match holds ----------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bis\s+(?:widely|generally)\s+believed", ("&", "believed", ("|", "widely", "generally"))),
    (r"(?:sponsored|advertisement)\b", ("|", "sponsored", "advertisement")),
    (r"(?i:Hello)\s+(?-i:World)", ("&", "hello", "world")),  # folded, even where case counts
    (r"a(?:bcd)?efg", "efg"),  # an optional group holds nothing for sure
    (r"(?:foo|ba)r+", None),  # "ba" is too short to tell
    (r"(?<=your )inbox", "inbox"),  # a look-behind is not part of the match
    (r"(?:news)+letter", ("&", "letter", "news")),  # a repeat of at least one holds its words
    (r"[A-Z]\w+ said", " said"),  # a literal space is the text's own
])
def test_required_words(pattern, expected):
    assert required_words(parse(pattern, IGNORECASE).tree) == expected


NEEDED = [(RULE_OF[PATTERN[j]], PATTERN[j][0], words) for j, words in needed_words().items()]
NEEDED += [(rule, sub, words) for rule, _, subs, plan in SPLIT
           for sub, words in zip(subs, plan[2], strict=True) if words is not None]


def test_most_builtin_patterns_have_words_to_look_for():
    assert len(NEEDED) >= 500


def test_every_formula_holds_of_every_match_of_its_pattern():
    checked = 0
    for rule, sub, words in NEEDED:
        text = sentences(rule)
        for m in re.compile(sub, 0 if rule.case_sensitive else re.IGNORECASE).finditer(text):
            folded = fold(m.group())
            assert _true(words, folded, {}, 0), (rule.id, sub[:80], m.group())
            checked += 1
    assert checked >= 300


# -- the matcher --------------------------------------------------------------------------------


def test_a_pattern_whose_words_the_text_lacks_is_not_compiled():
    matcher = Matcher([r for r in RULES if r.id == "advertorial/newsletter-plug"])
    text = "Sign the petition, the mayor said. Our page on the council is here."
    matcher.scan(text)
    lacking = [i for i in matcher._packed_needs if not _true(matcher._needs_of(i), fold(text), {}, 0)]
    assert lacking and all(matcher._compiled[i] is None for i in lacking)


def test_a_split_pattern_compiles_only_the_branches_met():
    matcher = Matcher([r for r in RULES if r.id == "advertorial/newsletter-plug"])
    matcher.scan("Sign up for our newsletter, the mayor said. Follow us on Instagram for more.")
    tried = [c for i, c in enumerate(matcher._compiled) if i in matcher._split and c is not None]
    assert tried and all(isinstance(c, Branches) for c in tried)
    compiled = sum(p is not None for c in tried for p in c._compiled)
    assert 0 < compiled < sum(len(c._compiled) for c in tried) / 4


def test_a_process_that_has_read_much_compiles_patterns_whole(monkeypatch):
    monkeypatch.setattr(matcher_mod, "_GATED", 10)
    matcher = Matcher([r for r in RULES if r.id == "advertorial/newsletter-plug"])
    matcher.scan("Sign up for our newsletter, the mayor said. Our page on the council is here.")
    found = [c for c in matcher._compiled if c is not None]
    assert found and all(isinstance(c, re.Pattern) for c in found)


def test_branches_tried_often_are_compiled_whole(monkeypatch):
    monkeypatch.setattr(branches_mod, "WHOLE", 3)
    rules = [r for r in RULES if r.id.startswith("advertorial/")]
    text = "Sign up for our newsletter. Follow us on Instagram. " * 5
    matcher = Matcher(rules)
    assert {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()} == reference_scan(rules, text)
    split = [c for i, c in enumerate(matcher._compiled) if i in matcher._split and c is not None]
    assert split and any(isinstance(c, re.Pattern) for c in split)  # (tried often: whole)


@pytest.mark.parametrize("gated", [True, False])
def test_builtin_rules_on_their_sentences_equal_the_reference(gated, monkeypatch):
    """Each rule's sentences as a short text (words looked up, patterns compiled as met), all
    the built-in pattern rules competing as in a run, with the words looked for or not."""
    if not gated:
        monkeypatch.setattr(matcher_mod, "_GATED", -1)
    rules = [r for r in RULES if r.patterns]
    matcher = Matcher(rules)
    for rule in rules:
        text = sentences(rule)
        matcher._read = matcher._looked = 0  # (a short text each time, as in a one-article check)
        found = {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()}
        assert found == reference_scan(rules, text), rule.id


def test_past_the_budget_patterns_tried_branch_by_branch_are_compiled_whole(monkeypatch):
    monkeypatch.setattr(matcher_mod, "_GATED", 200)
    rules = [r for r in RULES if r.id.startswith("advertorial/")]
    matcher = Matcher(rules)
    first = "Sign up for our newsletter, the mayor said. Follow us on Instagram for more."
    matcher.scan(first)
    assert any(isinstance(c, Branches) for c in matcher._compiled)
    text = "The council met. " * 20 + first
    assert {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()} == reference_scan(rules, text)
    assert not any(isinstance(c, Branches) for c in matcher._compiled)


def _words_of(formula: object) -> list[str]:
    if isinstance(formula, str):
        return [formula]
    if isinstance(formula, tuple):
        return [w for f in formula[1:] for w in _words_of(f)]
    return []


# fragments of random texts: the words the plan's formulas and branch starts name, and the
# marks, blanks and capitals around them that decide where a branch may start
_FORMULA_WORDS = sorted({w for _, _, words in NEEDED for w in _words_of(words)})
_START_WORDS = sorted({w for *_, plan in SPLIT for start in plan[1] if start[0] for w in start[0]})
FRAGMENTS = [*_FORMULA_WORDS[::7], *_START_WORDS[::5], " ", "  ", "\n", "\n  ", "\t", ". ", ", ", ": ",
             "!", "?", '"', "“", "”", "(", ")", "$", "£", "5", "%", "-", "'", "’", "A", "The", "We", "you",
             "our", "We're", "I", "x"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_words_first_and_branches_equal_the_reference_on_any_text(parts):
    """A fresh matcher each time (nothing compiled yet: every pattern first met in this text)."""
    text = "".join(parts)
    rules = [r for r in RULES if r.patterns]
    found = {k: [(h.start, h.end) for h in v] for k, v in Matcher(rules).scan(text).items()}
    assert found == reference_scan(rules, text)


def test_without_the_branches_module_patterns_are_compiled_whole(monkeypatch):
    """The branches' data is a module of its own, loaded when first needed: a tree without it
    (a broken install) compiles the patterns whole and finds the same."""
    import sys

    monkeypatch.setitem(sys.modules, "lintnews.packs.builtin_branches", None)  # (import fails)
    rules = [r for r in RULES if r.id == "advertorial/newsletter-plug"]
    text = "Sign up for our newsletter, the mayor said. Follow us on Instagram for more."
    matcher = Matcher(rules)
    found = {k: [(h.start, h.end) for h in v] for k, v in matcher.scan(text).items()}
    assert found == reference_scan(rules, text) and found
    assert not any(isinstance(c, Branches) for c in matcher._compiled)


@pytest.mark.parametrize(
    "text",
    [
        "\x00dmore videos:",  # found by the property test above on a clean clone
        "Evermore videos: a festival of light.",
        "xdon't miss a story!",
        "The ferry left at noonMore videos",  # camel-case glue: still a plug
    ],
)
def test_camel_case_glue_is_case_sensitive_in_every_path(text):
    """The glue alternative "a lower-case letter then a capital" was written without
    ``(?-i:...)`` in ten advertorial patterns, so under the packs' IGNORECASE it matched between
    any two letters: a pattern compiled whole found "more videos:" inside "dmore videos:" while
    the words-first path (which starts at words) did not. Both paths must agree, and a plug
    glued to the word before it with a capital still counts."""
    rules = [r for r in RULES if r.patterns]
    found = {k: [(h.start, h.end) for h in v] for k, v in Matcher(rules).scan(text).items()}
    assert found == reference_scan(rules, text)
    plugs = found.get("advertorial/media-plug", [])
    assert bool(plugs) == ("More videos" in text)
