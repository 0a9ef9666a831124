"""Unattributed claims, round 172: three new desks, analysis, live pages and wire copy, money
and explainers (issue 14).

Built, each a construction of English with its traps:

1. The advice of an unnamed trade of authority (sources/verbs.py ``authority_advice``):
   "Experts recommend dividing the balance", "Economists generally advise keeping": the course
   urged leans on the experts' weight (GUIDELINES.md: "experts warn"); round 124's "guides
   recommend booking ahead" proposes an action on nobody's authority, and stays silent.
2. A price asked for (sources/verbs.py ``_amount_asked``): "some lenders ask for as little as
   $50" sets a condition, no claim; "critics have been asking for an inquiry" stays warned.
3. A headline's passive of "told" with its "were" dropped (sources/verbs.py ``_told_clause``):
   "Riverside residents told it is too late to leave" is the people spoken to; "Residents told
   reporters ..." (a hearer) speaks.
4. A finding seen in a study (passive.py ``_in_study``, word class
   ``attribution/observing-studies``): "a small rise was seen in the larger trials" is the
   trials' record, no sighting; "seen in the park" stays one.
5. A Markdown quotation's unmarked lines from a live entry's time stamp on (readers/markdown.py
   ``_quote_runs``, readers/plain.py ``entry_stamp_opens``): a live page's stamped updates one a
   line under a marked line ("> Advertisement") are the writer's copy, not the quotation's lazy
   continuation; an unstamped line (a speaker's name under the quotation) stays quoted.
6. A live page's next entry ends an excerpt (document/voices.py ``entry_stamp_opens``): "Key
   measures announced:" and its list, then "13:30 GMT" and the writer's own updates.
7. A phrasal verb's participle and particle before the group (sources/unnamed.py
   ``_phrasal_participle``): "and turning away customers who complain" is a deed done to the
   group, no speaker; "Striking workers say" keeps its group.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_silent, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# 1. the advice of an unnamed trade of authority

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Experts recommend dividing the balance by the months left on the offer.", "Experts recommend"),
    ("Economists generally advise keeping a month of pay in an easy-access account.", "Economists generally advise"),
    ("Battery specialists advise keeping the charge between 20% and 80%.", "Battery specialists advise"),
    ("Scientists recommend keeping the charge low.", "Scientists recommend"),
])
def test_advice_of_experts(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Guides recommend booking ahead in the summer months.",  # round 124: no authority
    "Staff suggest ordering three plates each.",
    "If experts recommend keeping cash aside, the bank will follow them.",  # a condition
    '"Experts recommend keeping cash aside," said Ann Cole, a planner in Leeds.',  # a quotation
])
def test_advice_on_nobody_s_authority_or_cleared(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


def test_advice_of_experts_named_next(lint) -> None:
    # a member of the trade named in the next sentence: which experts is a hint at most
    text = LEAD + ("Economists advise keeping a month of pay aside. Dr Ann Cole, an economist at "
                   "the Harbour Institute, said savers should start small.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 2. a price asked for

@pytest.mark.parametrize("sentence", [
    "Make a first deposit; some lenders ask for as little as $50.",
    "Several landlords ask for a deposit of 500 euros before a viewing.",
])
def test_amount_asked_for(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


def test_group_asking_for_a_thing_stays(lint) -> None:
    assert_warned(lint, LEAD + "Critics have been asking for an inquiry into the deal for months.", "Critics")


# 3. a headline's passive of "told"

@pytest.mark.parametrize("text", [
    "Flood alert: Riverside residents told it is too late to leave\n\nThe river rose overnight.",
    "Storm warning: coastal residents told to leave by noon\n\nThe wind rose overnight.",
    LEAD + "Riverside residents told that the bridge would close.",
])
def test_headline_told_is_passive(lint, text: str) -> None:
    assert_silent(lint, text)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Residents told reporters the water rose in minutes.", "Residents told"),
    ("Critics told reporters that the tender was rigged.", "Critics told"),
])
def test_told_with_a_hearer_speaks(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


# 4. a finding seen in a study

@pytest.mark.parametrize("sentence", [
    "A small rise in blood sugar was seen in the larger trials.",
    "Fewer falls were seen in two cohorts of older patients.",
])
def test_seen_in_a_study(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "The suspect was seen in the park on Monday.",
    "The nurse was seen in the trial car park on Monday.",  # the study no head: a place
])
def test_seen_in_a_place_stays(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "was seen")


# 5. a Markdown quotation's unmarked lines

_LIVE_MD = (
    "# Ferry live\n\n"
    "> Advertisement\n"
    "**10:05** The ferry is believed to have hit the pier wall.\n"
    "**09:50** The harbour opened at six.\n"
)


def test_unmarked_lines_after_a_quote_are_copy(lint) -> None:
    found = [d for d in lint(_LIVE_MD, format="markdown")
             if d.category == "unattributed-claim" and d.severity is Severity.WARNING]
    assert any("believed" in d.message for d in found), found


def test_marked_lines_stay_a_quotation(lint) -> None:
    text = "# Ferry live\n\n> The ferry is believed to have hit the pier wall.\n> A reader wrote it.\n"
    found = [d for d in lint(text, format="markdown")
             if d.category == "unattributed-claim" and d.severity is Severity.WARNING]
    assert not found, found


def test_unstamped_lazy_line_stays_in_the_quotation(lint) -> None:
    text = ("# Ferry live\n\n> The ferry is believed to have hit the pier wall.\n"
            "It is thought the captain has resigned, a reader wrote.\n")
    found = [d for d in lint(text, format="markdown")
             if d.category == "unattributed-claim" and d.severity is Severity.WARNING]
    assert not found, found


def test_quote_runs_alternate(lint) -> None:
    # a marked line, copy, a marked line again, copy: each run read once, on its own
    text = ("# Ferry live\n\n> A reader: the ferry is late.\n**10:05** The ferry is believed to have hit the pier.\n"
            "> Another reader: it is a shambles.\n**10:12** The captain is thought to have resigned.\n")
    found = [d.message for d in lint(text, format="markdown")
             if d.category == "unattributed-claim" and d.severity is Severity.WARNING]
    assert any("believed" in m for m in found) and any("thought" in m for m in found), found


# 6. a live page's next entry ends an excerpt

_EXCERPT_LIVE = (
    "Budget live\n"
    "Key measures announced:\n"
    "Fuel duty up 3p a litre from April\n"
    "Tax thresholds frozen until 2031\n"
    "13:30 GMT\n"
    "The Chancellor confirmed the triple lock will stay.\n"
    "13:12 GMT\n"
    "It is thought at least two ministers objected to the freeze at the meeting.\n"
    "13:05 GMT\n"
)


def test_live_entry_ends_the_excerpt(lint) -> None:
    assert_warned(lint, _EXCERPT_LIVE, "It is thought")


def test_excerpt_without_stamps_stays_a_hint(lint) -> None:
    text = _EXCERPT_LIVE.replace("13:30 GMT\n", "").replace("13:12 GMT\n", "").replace("13:05 GMT\n", "")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 7. a phrasal verb's participle before the group

@pytest.mark.parametrize("sentence", [
    "Private firms are charging double, and turning away customers who complain.",
    "The shop has been raising prices and fobbing off customers who complain.",
])
def test_phrasal_participle_takes_the_group_as_object(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Striking workers say the pay offer is too low.", "Striking workers say"),
    ("Leading experts say the bridge is unsafe.", "Leading experts say"),
])
def test_participle_modifier_keeps_the_group(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)

