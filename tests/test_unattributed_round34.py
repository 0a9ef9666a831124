"""Unattributed claims, round 34: what a precision-minded writer's news set (half ZA) showed.

Precision: a vague group that is the subject of the clause right after an opening "According
to X," is what X reports ("According to The Daily Star, sources say ...": the paper's sources;
"According to documents seen by this paper, officials raised concerns": the documents' account).
A named X clears it; an unnamed X is warned at its own phrase, and the group is a hint (one claim,
one source). A group after a break ("..., but officials say") speaks for itself. A group that is
the sample of a poll whose pollster it names ("most economists polled by Reuters") is identified
by the poll, as "a Reuters poll found" does; "polled last week" or "polled by a bank" names none.
Each case is a pair written for these tests. See docs/history/unattributed-claims.md, round 34.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (cleared: no warning; its look-alike that still warns)
CLEARED = [
    # a named opening source's report
    ("According to The Daily Courier, sources say the singer will earn millions from the film.",
     "The singer will earn millions from the film, sources say."),
    ("According to Mayor Ana Ruiz, some residents were moved to a hotel and could not go home.",
     "According to Mayor Ana Ruiz, the fire was small, but some residents say they could not go home."),
    # a named pollster's sample
    ("The bank held its rate at 4 percent, as most economists polled by Ledger Wire had predicted.",
     "The bank held its rate at 4 percent, as most economists polled last week had predicted."),
    ("Most analysts surveyed by the Financial Times expect a cut in June.",
     "Most analysts surveyed by a bank expect a cut in June."),
    ("Most voters polled by this newspaper say the mayor should resign.",
     "Most voters say the mayor should resign."),
]


@pytest.mark.parametrize(("cleared", "warned"), CLEARED)
def test_round34_a_group_inside_a_named_source_or_poll_is_cleared(lint, cleared, warned):
    assert not _warnings(lint, cleared)
    assert _warnings(lint, warned)


def test_round34_a_group_inside_an_unnamed_opening_source_is_a_hint(lint):
    text = "According to documents seen by our reporter, officials raised concerns about the payments in 2020."
    found = _warnings(lint, text)
    # the documents are warned (which documents?); the officials they mention are a hint
    assert [text[d.column - 1 : d.end_column - 1] for d in found] == ["According to documents"]
    assert any(text[d.column - 1 : d.end_column - 1].startswith("officials")
               for d in _claims(lint, text, Severity.INFO))
    # the same group on its own, or in a sentence whose source is only in the next one, warns
    assert _warnings(lint, "Officials raised concerns about the payments in 2020.")
    assert _warnings(lint, "According to the audit, the payments were late. Officials say they were also too high.")


def test_round34_officials_after_a_body_that_spoke_are_a_hint(lint):
    # the body named once, in the lead or the tag of the sentence before, and referred back to
    for text in ("The defence ministry said 200 troops would be sent. Officials added that the first would land on Monday.",
                 "The boat sank at dawn, the coastguard said. Officials said 40 people had drowned."):
        assert not _warnings(lint, text)
        assert _claims(lint, text, Severity.INFO)
    # no body before; a person before; a group placed by words of its own; a break
    for text in ("The boat sank at dawn. Officials said 40 people had drowned.",
                 "The mayor said the boat sank at dawn. Officials said 40 people had drowned.",
                 "The coastguard said the boat sank at dawn. Chinese officials said 40 people had drowned.",
                 "The ministry said the plan was sound. But officials in the regions say it will fail.",
                 "The ministry said the plan was sound. Officials privately concede it will fail."):
        assert _warnings(lint, text), text


def test_round34_a_group_a_named_teller_cites_is_a_hint(lint):
    # the chain: a named outlet relies on people it does not name, set before its verb or in
    # its report, as the closing ", Reuters reported, citing ..." tag already was
    for text in ("Bloomberg, citing people familiar with the talks, reported that the deal was close.",
                 "The deal was close, according to a Bloomberg report that cited people familiar with the talks.",
                 "The firm will cut 500 jobs, Reuters reported, citing people familiar with the matter."):
        assert not _warnings(lint, text), text
        assert _claims(lint, text, Severity.INFO)
    # no named teller: the group (and an unnamed report) still warn
    for text in ("Officials, citing people familiar with the talks, said the deal was close.",
                 "The deal is close, people familiar with the talks said.",
                 "The deal was close, according to a report that cited people familiar with the talks."):
        assert _warnings(lint, text), text


# (a quantified group that did something: a hint; its look-alike that tells a view and warns)
DEEDS = [
    ("Some experts attended the hearing.", "Some experts questioned the hearing's findings."),
    ("Many critics staged a walkout on opening night.", "Many critics have found the staging gimmicky."),
    ("Several analysts have walked out of the briefing.", "Several analysts expected a rate cut."),
    ("Some critics walked out before the interval.", "Some critics received the play coolly."),
    ("Many experts attended the launch in May.", "Some critics welcomed the ruling."),
    ("Some experts visited the site.", "Several experts consulted by the paper thought the ruling was wrong."),
]


@pytest.mark.parametrize(("deed", "view"), DEEDS)
def test_round34_a_quantified_group_acting_is_a_hint(lint, deed, view):
    assert not _warnings(lint, deed)
    assert _claims(lint, deed, Severity.INFO)
    assert _warnings(lint, view)


def test_round34_a_free_relative_in_a_list_of_topics_claims_nothing(lint):
    # "what officials have said and how X responded": two indirect questions, no claim told
    assert not _warnings(lint, "Here is a timeline of his claims, what other officials have said "
                               "and how the White House has responded.")
    # with what they said set out, or a colon that gives it, it is told
    assert _warnings(lint, "What critics have said is that the plan will fail.")
    assert _warnings(lint, "This is what critics say: the plan will fail.")


# (a record a named body holds: not flagged; its look-alike that names no holder: a warning)
FILED = [
    ("The work will take 18 months, according to planning documents lodged with the council.",
     "The work will take 18 months, according to planning documents."),
    ("He owed 2 million, according to documents filed with the court.",
     "He owed 2 million, according to documents circulated among staff."),
    ("The site will close, according to documents submitted to the planning inspectorate.",
     "The site will close, according to documents seen by our reporter."),
]

PLAIN: frozenset[str] = frozenset()  # (every trap here holds a candidate: tests/trap_guard.py)


@pytest.mark.parametrize(("filed", "unnamed"), FILED)
def test_round34_a_document_filed_with_a_body_is_identified(lint, filed, unnamed):
    assert_trap(filed, UNATTRIBUTED, PLAIN)
    assert not _claims(lint, filed)
    assert _warnings(lint, unnamed)
