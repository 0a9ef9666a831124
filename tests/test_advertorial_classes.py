"""Advertorial classes and shapes on boilerplate of many kinds, and what is not advertorial.

The samples (``advertorial_samples.py``) are written for the tests: one line per kind of
snippet an editor would strike, placed between two paragraphs of a story; the look-alikes
must give no advertorial diagnostic at any severity.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Severity
from lintnews.plugins.registry import load_registry
from tests.advertorial_samples import COMPANY, HEADLINE_LISTS, HINTS_AT_MOST, NOT_ADVERTORIAL, PLUGS

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings(select=("advertorial",)))

BEFORE = (
    "The harbour board approved the new ferry timetable and the budget for the terminal on "
    "Tuesday, its chairman said, after a debate that ran past midnight."
)
AFTER = (
    "Ferry passengers will pay 20 pence more per crossing from April under the budget, "
    "and the first sailing will leave at six, the board's clerk said."
)


def _lint(text: str):
    return [d for d in ENGINE.lint(Document(REGISTRY.readers["text"].read(text), "t.txt"))
            if d.category == "advertorial"]


def _between(snippet: str) -> tuple[str, int, int]:
    """The snippet between two story paragraphs, and its first and last line."""
    n = snippet.count("\n")
    return f"{BEFORE}\n{snippet}\n{AFTER}\n", 2, 2 + n


CASES = [(kind, line) for kind, lines in PLUGS.items() for line in lines]


@pytest.mark.parametrize(("kind", "line"), CASES, ids=[f"{k}:{v[:40]}" for k, v in CASES])
def test_each_plug_is_reported_on_its_own_line(kind, line):
    text, first, last = _between(line)
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert found, f"{kind}: not reported: {line!r}"
    assert all(first <= d.line and d.end_line <= last for d in found), found


# The shape of lines is judged in a document with an advertorial signal (a label, a plug or a
# dated line): a plug at the end of the story stands for the rest of the page's furniture.
PLUG = "Sign up for our morning briefing email."


@pytest.mark.parametrize("snippet", HEADLINE_LISTS, ids=[s.split("\n")[0][:40] for s in HEADLINE_LISTS])
def test_headline_lists_are_reported_line_by_line(snippet):
    text, first, last = _between(snippet)
    found = [d for d in _lint(text + PLUG + "\n") if d.severity.rank >= Severity.WARNING.rank]
    assert sorted({d.line for d in found}) == [*range(first, last + 1), last + 2], found
    assert all(d.line == d.end_line for d in found)  # one diagnostic per line (paragraph)


@pytest.mark.parametrize("snippet", COMPANY, ids=[s.split("\n")[0][:40] for s in COMPANY])
def test_company_boilerplate_is_reported(snippet):
    text, first, last = _between(snippet)
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert sorted({d.line for d in found}) == list(range(first, last + 1)), found
    assert {d.rule for d in found} == {"advertorial/company-boilerplate"}


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_look_alikes_give_no_diagnostic_at_any_severity(line):
    text, _first, _last = _between(line)
    assert _lint(text) == []


@pytest.mark.parametrize("line", HINTS_AT_MOST, ids=[s[:40] for s in HINTS_AT_MOST])
def test_reporting_with_a_weak_signal_is_at_most_a_hint(line):
    text, _first, _last = _between(line)
    assert [d for d in _lint(text + PLUG + "\n") if d.severity.rank >= Severity.WARNING.rank and d.line == 2] == []


def test_story_paragraphs_around_the_samples_are_clean():
    assert _lint(f"{BEFORE}\n{AFTER}\n") == []


# -- the pack's own examples ---------------------------------------------------------------------

ADVERTORIAL_RULES = sorted(
    (r for r in REGISTRY.rules.values() if r.id.startswith("advertorial/")), key=lambda r: r.id
)


@pytest.mark.parametrize("rule", ADVERTORIAL_RULES, ids=[r.id for r in ADVERTORIAL_RULES])
def test_no_trigger_examples_give_no_diagnostic_at_any_severity(rule):
    engine = Engine(REGISTRY, Settings(select=(rule.id,)))
    for example in rule.examples.no_trigger:
        found = engine.lint(Document(REGISTRY.readers["text"].read(example), "example"))
        assert [d for d in found if d.category == "advertorial"] == [], (rule.id, example)


PACK_RULES = [r for r in ADVERTORIAL_RULES if hasattr(r, "patterns")]


@pytest.mark.parametrize("rule", PACK_RULES, ids=[r.id for r in PACK_RULES])
def test_every_pattern_and_exception_has_an_example_that_exercises_it(rule):
    import re

    flags = 0 if rule.case_sensitive else re.IGNORECASE
    for pattern in rule.patterns:
        rx = re.compile(pattern, flags)
        assert any(rx.search(e) for e in rule.examples.trigger), (rule.id, pattern[:80])
    for exception in rule.exceptions:
        rx = re.compile(exception, flags)  # (a rule's exceptions are kept as written)
        assert any(rx.search(e) for e in rule.examples.no_trigger), (rule.id, exception[:80])


# -- shapes and structures -------------------------------------------------------------------------


def test_timeline_with_dates_at_the_end_of_its_lines_is_reported():
    snippet = (
        "Harbour Board Delays Vote on Ferry Terminal (Nov. 3, 2023)\n"
        "Judge Halts Work on Ferry Terminal (Jan. 9, 2024)"
    )
    text, first, last = _between(snippet)
    found = [d for d in _lint(text + PLUG + "\n") if d.severity.rank >= Severity.WARNING.rank]
    assert sorted(d.line for d in found) == [first, last, last + 2]


def test_product_description_between_price_line_and_buy_line_is_part_of_the_deal():
    deal = (
        "Harbour Lines Waterproof Jacket for $89\n"
        "The jacket kept our tester dry on three wet crossings and packs into its own pocket.\n"
        "Get it at Quayside Outfitters for $89\n"
    )
    found = [d for d in _lint(f"{BEFORE}\n{deal}{AFTER}\n") if d.severity.rank >= Severity.WARNING.rank]
    assert sorted(d.line for d in found) == [2, 3, 4]


def test_a_story_paragraph_between_two_unrelated_plugs_is_not_swallowed():
    text = (
        f"{BEFORE}\nSign up for our morning briefing email.\n{AFTER}\n"
        "Follow us on Instagram for more.\n"
    )
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert sorted(d.line for d in found) == [2, 4]


def test_an_imperative_needs_a_cue_and_the_edge_of_a_paragraph():
    cue = "The new timetable starts in April. Download our free ferry planner here."
    no_cue = "The new timetable starts in April. Download the timetable before you travel."
    middle = "Grab our free planner here, the clerk joked at the meeting on Monday, and laughed."
    assert [d.severity for d in _lint(cue + "\n")] == [Severity.WARNING]
    assert [d for d in _lint(no_cue + "\n") if d.severity.rank >= Severity.WARNING.rank] == []
    assert _lint(f"{BEFORE} {middle} {AFTER}\n") == []


def test_a_lone_headline_shaped_line_off_the_topic_is_only_a_hint():
    text, first, last = _between("Seal Pup Rescued From Quayside Wall After Storm")
    found = _lint(text + PLUG + "\n")
    assert [(d.line, d.severity) for d in found] == [(first, Severity.INFO), (last + 2, Severity.WARNING)]


# -- shapes in a document with no other advertorial signal -------------------------------------


def _shape_lines(text: str, reader: str = "text") -> list[int]:
    doc = Document(REGISTRY.readers[reader].read(text), "t")
    return [
        d.line for d in ENGINE.lint(doc)
        if d.rule == "advertorial/headline-list" and d.severity.rank >= Severity.WARNING.rank
    ]


SENTENCE_CASE_LIST = (
    "Lifeboat crew rescues two walkers cut off by tide\n"
    "Bakery on the quay closes after 80 years\n"
    "Teenage sailor sets record for solo crossing to the islands\n"
)


def test_a_run_of_sentence_case_headlines_is_reported_with_no_other_signal():
    assert _shape_lines(f"{BEFORE}\n{SENTENCE_CASE_LIST}{AFTER}\n") == [2, 3, 4]


def test_a_list_the_story_leads_in_to_is_the_storys():
    lead_in = "The board set out the changes to the ferry service on Tuesday. The main ones are:"
    assert _shape_lines(f"{lead_in}\n{SENTENCE_CASE_LIST}{AFTER}\n") == []


def test_a_bulleted_summary_in_markdown_is_not_a_list_of_links():
    text = (
        f"{BEFORE}\n\n"
        "- Fares rise by 20 pence from April on every route\n"
        "- First sailing moves to six in the morning for commuters\n"
        "- Night ferry cut on weekdays after a fall in passengers\n\n"
        f"{AFTER}\n"
    )
    assert _shape_lines(text, "markdown") == []


def test_a_timeline_led_by_month_and_year_is_reported():
    timeline = (
        "March 2019 – Harbour board approves ferry terminal plan\n"
        "June 2021 – Judge halts work on terminal after appeal\n"
        "May 2023 – Terminal opens two years late\n"
    )
    assert _shape_lines(f"{BEFORE}\n{timeline}{AFTER}\n") == [2, 3, 4]


@pytest.mark.parametrize("marker", ["1. ", "• ", "- "])
def test_numbered_or_bulleted_links_after_a_label_are_reported(marker):
    items = "".join(
        f"{marker.replace('1', str(n + 1))}{line}\n"
        for n, line in enumerate(SENTENCE_CASE_LIST.splitlines())
    )
    text = f"{BEFORE}\nMost read\n{items}{AFTER}\n"
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert sorted(d.line for d in found) == [2, 3, 4, 5]


def test_links_side_by_side_after_a_read_more_label_are_reported():
    line = "Read more: Lifeboat crew rescues two walkers | Bakery on the quay closes after 80 years"
    found = [d for d in _lint(f"{BEFORE}\n{line}\n{AFTER}\n") if d.severity.rank >= Severity.WARNING.rank]
    assert [d.line for d in found] == [2]


def test_title_case_by_is_not_a_byline():
    text = (
        f"{BEFORE}\nLifeboat Crew Rescues Two Walkers Cut Off By Tide\n"
        "Bakery On The Quay Closes After 80 Years\nTeenage Sailor Sets Record For Solo Crossing\n"
        f"{AFTER}\n"
    )
    assert _shape_lines(text) == [2, 3, 4]


# -- the story's own headline ----------------------------------------------------------------------

_DEAL = "Daily deals: save $40 on the Harbour kettle today only, now just $29 at Kettleshop"
_STORY = ("<p>The council approved the harbour budget on Tuesday after a three-hour debate.</p>"
          "<p>Councillors voted nine to four in favour of the plan, which funds new moorings.</p>")


def _advertorial(text: str, fmt: str) -> list[str]:
    from lintnews import lint_text

    return [d.rule for d in lint_text(text, fmt=fmt)
            if d.category == "advertorial" and d.severity is not Severity.INFO]


def test_a_marked_up_headline_is_not_an_insertion_but_the_same_line_in_the_body_is():
    page = f"<html><body><article><h1>{_DEAL}</h1>{_STORY}</article></body></html>"
    assert _advertorial(page, "html") == []
    assert _advertorial(f"# {_DEAL}\n\n" + _STORY.replace("<p>", "").replace("</p>", "\n\n"), "markdown") == []
    pasted = f"<html><body><article><h1>Harbour budget approved</h1>{_STORY}<p>{_DEAL}</p></article></body></html>"
    assert _advertorial(pasted, "html")
    # in plain text the first line is only guessed to be a headline: a plug that opens the text is reported
    plain = _DEAL + "\n\n" + _STORY.replace("<p>", "").replace("</p>", "\n\n")
    assert _advertorial(plain, "plain")
