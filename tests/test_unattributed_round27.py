"""Unattributed claims: the kinds of false alarm round 26's check set kept (tuned on in round 27),
and round 26's reverted kinds in a narrower form, fixed as grammar. A group accused of something
is the accused, not a source; an armed group named by its initials is named; a title set off by
commas before a name, a house leader's title with a verb of judging and a lawmaker's chained
titles name a member of the group; "where Name spoke" in the sentence is a hint; a document's
maker in a relative clause names it; a doubt adverb's sentence closed by "according to" a
one-word title, or by an outlet's tag whose spaces are dashes, is sourced; a doubt adverb inside
a pronoun-tagged account is a hint. (A verdict's passive vouched for by the next sentence's
named lead whose quotes are fragments of its report was tried and taken out: see the history.)
Each case is a pair written for these
tests: the true claim stays a warning; the look-alike is cleared (silent, or a hint at info).
See docs/history/unattributed-claims.md, round 27.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (a warning, its look-alike that is silent)
SILENT = [
    # the accused, not the accusers
    ("Board members accused the bank of hiding its losses.",
     "He stood trial with twenty executives and board members at two banks accused of hiding losses."),
    ("Several officials suspected that the count was wrong.",
     "Forty officials suspected of taking bribes were detained on Monday."),
    # an armed group named by its initials; a country's initials, or none, place the fighters only
    ("Fighting resumed at dawn. Government forces suggested that the town had been retaken.",
     "Fighting resumed at dawn. YPS forces suggested that the town had been retaken."),
    ("Fighting resumed at dawn. USA forces said that the town had been retaken.",
     "Fighting resumed at dawn. NDK forces said that the town had been retaken."),
    # a title set off by commas before the name of one of the officials
    ("Senior officials have said the courts need a review. Omar Haddad told the radio the courts "
     "were unfair.",
     "Senior officials have said the courts need a review. The prisoners' league director, Omar "
     "Haddad, told the radio the courts were unfair."),
    # a house leader's title and a verb of judging name one of the lawmakers
    ("Key lawmakers said she should resign. Mary Dunne characterized her answers as false.",
     "Key lawmakers said she should resign. Senate Minority Leader Mary Dunne characterized her "
     "answers as false."),
    # a lawmaker's titles chained by "and" name one of the politicians; another's friend does not
    ('Opposition politicians criticised the fund. "It pledges our assets," a friend of treasury '
     'undersecretary Ali Demir told reporters.',
     'Opposition politicians criticised the fund. "It pledges our assets," party lawmaker and former '
     'treasury undersecretary Ali Demir told reporters.'),
    # a document's maker in a relative clause after it
    ("Some $40 million went to other work, according to an estimate that the ministry will publish.",
     "Some $40 million went to other work, according to an estimate that the Budget Office of the "
     "State Senate provided to lawmakers in 2015."),
    # a doubt adverb's sentence closed by "according to" a one-word title (a relative aside between)
    ("The singers are reportedly planning a tour, which starts in May, according to people close to them.",
     "The singers are reportedly planning a tour, which starts in May, according to People."),
    # an outlet's closing tag whose spaces a bad conversion turned into dashes
    ("The mayor has reportedly hired an auditor. She chose Ruth Kane,-who-worked for the state.",
     "The mayor has reportedly hired an auditor. She chose Ruth Kane,-The Daily Ledger-reported."),
]


@pytest.mark.parametrize(("flagged", "cleared"), SILENT)
def test_round27_cleared_look_alikes(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_round27_a_fragment_quote_does_not_vouch_for_a_belief(lint):
    # "is believed to" is no one's finding: a lead quoting fragments next does not source it
    # (with no quotes the lead vouches for it, as before)
    quoted = ("The missile was fired on Sunday. It is believed to have flown 500 kilometres. The "
              "Central News Agency said the test proved \"the reliability and security of the new "
              "system\" beyond doubt.")
    assert _warnings(lint, quoted)
    assert not _warnings(lint, quoted.replace("\"", ""))


def test_round27_a_verdict_passive_before_a_quoting_lead_stays_a_warning(lint):
    # round 27 let a named lead whose quotes are fragments of its report vouch for a verdict's
    # passive before it; on its blind check that cleared no false alarm and lost a true one (a
    # blame passive before a senator's quoted warning), so it was taken out: the next sentence
    # that quotes still attributes only its quotation
    text = ("The two officers left the force. They are criticised for losing the evidence. The IOPC "
            "said the case failed because of a \"chaotic and careless inquiry\" from the start.")
    assert _warnings(lint, text)
    assert not _warnings(lint, text.replace("\"", ""))


def test_round27_rumours_stay_with_according_to_a_title(lint):
    # "according to People" (the magazine) sources the doubt adverb's report, not the rumours
    text = ("Although there were rumors of a split, the singers are reportedly planning a tour, "
            "according to People.")
    found = _warnings(lint, text)
    assert [d.rule for d in found] == ["unattributed-claim/vague-provenance"]


# (a warning, a hint at info)
HINTED = [
    # who spoke at the occasion where the group said it
    ("Union officials first said the strike would go ahead at a rally in the square on Sunday.",
     "Union officials first said the strike would go ahead at a rally in the square on Sunday, where Haddad "
     "spoke along with two nurses."),
    # a doubt adverb inside an account the sentences around it tag with "she says"
    ("When she went alone, the sessions changed. The coach would allegedly lock the door. Then, she "
     "says, he would shout at her.",
     "When she went alone, she says, the sessions changed. The coach would allegedly lock the door. "
     "Then, she says, he would shout at her."),
    # a chief executive's initials are a role after an according-to name
    ("Exports have grown, and local investors are expecting more deals.",
     "Exports have grown, and local investors are expecting more deals, according to Ivan Petrov, "
     "CEO of the Northern Investment Fund."),
]


@pytest.mark.parametrize(("flagged", "hinted"), HINTED)
def test_round27_hinted_look_alikes(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)
