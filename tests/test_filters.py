"""The filters stage, step by step, each a pure function tested with a table.

Select, severity and profile, accept list, inline suppression, de-duplication: what the
run's settings decide happens there and nowhere else (issue 19). The steps are also run
end to end through the engine, on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine import filters
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Diagnostic, Finding, Severity
from lintnews.model.rule import Rule

W, INFO, E = Severity.WARNING, Severity.INFO, Severity.ERROR
VOICE = Rule("loaded-language/emotive", "loaded-language", W, writer_voice=True)
PLAIN = Rule("unattributed-claim/vague-source", "unattributed-claim", W)
QUIET = Rule("unattributed-claim/expectation", "unattributed-claim", INFO)
PROSE = Rule("style/proselint", "style", W)
PLUG = Rule("advertorial/newsletter-plug", "advertorial", W)
CATCH_ALL = Rule("advertorial/insertion", "advertorial", W, defers=True)


def finding(severity=None, rule=None, start=0, end=4):  # type: ignore[no-untyped-def]
    return Finding(start, end, "m", None, severity, rule)


@pytest.mark.parametrize(("rule", "found", "select", "ignore", "kept"), [
    (PLAIN, finding(), (), (), True),  # a rule's own finding: the rule runs, so it is selected
    (PROSE, finding(rule="style/proselint/hedging"), (), (), True),
    (PROSE, finding(rule="style/proselint/hedging"), (), ("style/proselint/hedging",), False),
    (PROSE, finding(rule="style/proselint/hedging"), ("style/proselint/typography",), (), False),
    (PROSE, finding(rule="style/proselint/hedging"), ("style",), ("style/proselint/typography",), True),
    (PROSE, finding(rule=filters.INTERNAL_RULE), (), ("style",), True),  # a failure is always reported
])
def test_select(rule, found, select, ignore, kept):
    assert bool(list(filters.select([(rule, found)], select, ignore))) is kept


@pytest.mark.parametrize(("rule", "found", "overrides", "profile", "expected"), [
    (PLAIN, finding(), {}, "news", W),  # the rule's default
    (PLAIN, finding(INFO), {}, "news", INFO),  # the rule's own judgement of a doubtful case
    (QUIET, finding(), {}, "news", INFO),
    (VOICE, finding(), {}, "opinion", INFO),  # the opinion profile lowers the writer's-voice rules
    (PLAIN, finding(), {}, "opinion", W),  # ... and no other
    (VOICE, finding(E), {}, "opinion", INFO),
    (VOICE, finding(), {"loaded-language/emotive": E}, "opinion", E),  # a rule id beats the profile
    (VOICE, finding(), {"loaded-language": E}, "opinion", INFO),  # a category leaves info alone
    (PLAIN, finding(), {"unattributed-claim": E}, "news", E),
    (PLAIN, finding(INFO), {"unattributed-claim": E}, "news", INFO),
    (PLAIN, finding(INFO), {"unattributed-claim/vague-source": E}, "news", E),
    (PROSE, finding(rule="style/proselint/hedging"), {"style/proselint/hedging": INFO}, "news", INFO),
    (PROSE, finding(rule="style/proselint/hedging"), {"style/proselint": E}, "news", E),
    (PROSE, finding(rule=filters.INTERNAL_RULE), {"style": INFO}, "news", E),
])
def test_severity(rule, found, overrides, profile, expected):
    [(_, _, got)] = filters.severity([(rule, found)], overrides, profile)
    assert got is expected


@pytest.mark.parametrize(("others", "kept"), [
    ([], True),  # alone on its words: reported
    ([(PLUG, finding(start=2, end=9), W)], False),  # another rule of its category warns there
    ([(PLUG, finding(start=4, end=9), W)], True),  # ... next to it, not on its words
    ([(PLUG, finding(start=0, end=9), INFO)], True),  # a hint does not stand for the words
    ([(PLAIN, finding(start=0, end=9), W)], True),  # another category's warning is another question
    ([(CATCH_ALL, finding(start=0, end=9, rule="advertorial/insertion"), W)], True),  # nor its own
])
def test_deferred(others, kept):
    mine = (CATCH_ALL, finding(), W)
    out = list(filters.deferred([*others, mine]))
    assert (mine in out) is kept
    assert out[:len(others)] == others  # the others pass untouched, in order


@pytest.mark.parametrize(("rated", "least", "kept"), [
    (INFO, INFO, True),  # the default shows everything
    (INFO, W, False),  # a hint below the least severity shown
    (W, W, True),
    (W, E, False),
    (E, E, True),
    (E, W, True),
])
def test_shown(rated, least, kept):
    assert bool(list(filters.shown([(PLAIN, finding(), rated)], least))) is kept


@pytest.mark.parametrize(("text", "end", "accept", "kept"), [
    ("Iconic scenes", 6, frozenset(), True),
    ("Iconic scenes", 6, frozenset({"iconic"}), False),  # case-blind
    ("Game  changer here", 13, frozenset({"game changer"}), False),  # white space as one space
    ("Iconic scenes", 6, frozenset({"scenes"}), True),  # the flagged words, not the sentence
])
def test_accepted(text, end, accept, kept):
    rated = [(VOICE, finding(start=0, end=end), W)]
    assert bool(list(filters.accepted(rated, text, accept))) is kept


def diag(line, col, rule="x/a", message="m"):  # type: ignore[no-untyped-def]
    return Diagnostic("p", line, col, line, col + 1, rule, rule.split("/")[0], W, message, None)


def test_unsuppressed():
    class Suppress:
        def suppressed(self, d):  # type: ignore[no-untyped-def]
            return d.line == 2

    found = [diag(1, 1), diag(2, 1), diag(3, 1)]
    assert [d.line for d in filters.unsuppressed(found, Suppress())] == [1, 3]
    assert list(filters.unsuppressed(found, None)) == found


def test_one_per_place():
    out = filters.one_per_place([diag(2, 1), diag(1, 5), diag(1, 5), diag(1, 5, "y/b")], [])
    assert [(d.line, d.column, d.rule) for d in out] == [(1, 5, "x/a"), (1, 5, "y/b"), (2, 1, "x/a")]


# -- end to end: the engine applies the settings only through the filters ----------------------------


def lint(registry, text, **settings):  # type: ignore[no-untyped-def]
    return Engine(registry, Settings(**settings)).lint(Document(registry.readers["text"].read(text), "d"))


def test_opinion_profile_is_passed_to_the_filters_not_set_on_the_document(registry):
    text = "Shocking scenes at the harbour.\n\nThe council met. Critics say it failed.\n"
    news = {(d.rule, d.severity) for d in lint(registry, text)}
    assert ("loaded-language/emotive", W) in news and ("unattributed-claim/vague-source", W) in news
    opinion = {(d.rule, d.severity) for d in lint(registry, text, profile="opinion")}
    assert ("loaded-language/emotive", INFO) in opinion and ("unattributed-claim/vague-source", W) in opinion
    doc = Document(registry.readers["text"].read(text), "d")
    assert {d.severity for d in Engine(registry, Settings()).lint(doc, "opinion") if d.category == "loaded-language"} == {INFO}
    assert "profile" not in vars(doc)


def test_min_severity_hides_hints_and_nothing_else(registry):
    # a directive naming no rule is itself an info hint (lintnews/unknown-directive-rule):
    # hidden with the rest
    text = ("Shocking scenes at the harbour. Critics say it failed.\n\n"
            "# lintnews: disable=advertorail\nThe ferry is expected to dock at noon.\n")
    everything = {(d.rule, d.severity) for d in lint(registry, text)}
    assert ("lintnews/unknown-directive-rule", INFO) in everything
    assert ("unattributed-claim/expectation", INFO) in everything
    assert ("unattributed-claim/vague-source", W) in everything
    warnings = {(d.rule, d.severity) for d in lint(registry, text, min_severity=W)}
    assert warnings == {(r, s) for r, s in everything if s is not INFO}
    assert lint(registry, text, min_severity=E) == []


def test_accept_list_is_a_setting(registry):
    text = "Shocking scenes at the harbour.\n"
    assert any(d.rule == "loaded-language/emotive" for d in lint(registry, text))
    assert not any(d.rule == "loaded-language/emotive" for d in lint(registry, text, accept=frozenset({"shocking"})))
