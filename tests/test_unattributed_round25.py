"""Unattributed claims: the kinds of false alarm round 25 found on fresh web and news copy, fixed
as grammar. A quotation that runs over several sentences carries its tag to the member check
(the splitter ends a sentence inside it), and so does a sentence that quotes a phrase and closes
with an inverted tag; "One of them is X" names a member; a bare quantifier after a sentence that
opened with plural documents counts the documents; "agree to", "think in ... terms" and "those
who accuse him of" tell who people are or what they consent to, no claim; "the St. Petersburg
authorities" is one definite phrase. Each case is a pair written for these tests: the true claim
stays a warning; the look-alike is cleared (silent, or a hint at info). See
docs/history/unattributed-claims.md, round 25.
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


# (a warning, silent): a member of the group named as the speaker of the next turn
MEMBER_NAMED = [
    # the quotation runs over two sentences; its tag names an analyst
    ('Port fees will hurt small shippers, analysts say. "Margins are thin. Many firms will close," '
     'the mayor said.',
     'Port fees will hurt small shippers, analysts say. "Margins are thin. Many firms will close," '
     'said Maria Lund, a senior analyst at Nordhavn Research.'),
    # "One of them is" a named person, with a title before the name
    ("Many feel uneasy about the change. One of them is the harbour.",
     "Many feel uneasy about the change. One of them is the port's mayor Ola Nygaard."),
]


@pytest.mark.parametrize(("flagged", "cleared"), MEMBER_NAMED)
def test_round25_member_named_in_the_next_turn(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# (a warning, a hint at info): an opinion group, then a quotation whose speaker may be one of them
QUOTED_NEXT = [
    # a quotation of several sentences: the speaker is in the tag after the last one
    ('Prices may calm the markets, observers say. "It is good news. It was overdue," the minister '
     'added in a statement that gave no detail.',
     'Prices may calm the markets, observers say. "It is good news. It was overdue," says Tom Berg, '
     'founder of the Harbour Watch website.'),
    # the tag goes on with the speaker's next point ("a sentence that only reports" a person stays)
    ("Japan's weakness is its reach, analysts say. Ito says the jets lack the gear, pointing out "
     "that the navy is small.",
     'Japan\'s weakness is its reach, analysts say. "They can defend the islands. But they cannot '
     'strike back," Ito says, pointing out that the jets lack the gear.'),
    # a sentence that quotes a phrase and closes with the tag
    ("Other experts said the cut could come in May. Ana Silva, who runs a bakery, said prices "
     "would keep falling.",
     'Other experts said the cut could come in May. It would help, but if prices "keep falling, '
     'the bank will act," said Dr Ana Silva, an economist at Porto University.'),
]


@pytest.mark.parametrize(("flagged", "hinted"), QUOTED_NEXT)
def test_round25_quotation_over_sentences_is_read_to_its_tag(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_round25_too_long_a_quotation_is_a_speech(lint):
    # a quotation of six sentences is a speech: its tag is too far from the claim to name a holder
    assert _warnings(lint, 'Port fees will hurt small shippers, analysts say. "Margins are thin. Costs '
                           'rise. Rents rise. Wages rise. Ships wait. Many firms will close," said Maria '
                           'Lund, a senior analyst at Nordhavn Research.')


def test_round25_a_spokesperson_answers_for_a_body(lint):
    # the body's spokesperson quoted next is the other side, not one of the critics
    assert _warnings(lint, 'Critics questioned what new facts the agency had. "We did a full review. '
                           'We will say more later," agency spokesperson Mark Tone said on Thursday.')


# (a warning, silent): the same words with and without a claim
NO_CLAIM = [
    # a bare quantifier after plural documents counts them; after people, or with a noun, it stays
    ("The port is busy. Most believe the fees are too high.",
     "Polls show support for the plan. Most indicate a slim majority in favour."),
    ("Polls show support for the plan. Most voters think it is fair.",
     "Recent surveys found the port busy. Many suggest the fees are too high."),
    # consent is no claim
    ("Many agree that the fees are unfair.",
     "Some victims even agree to it, which makes matters worse."),
    # a manner of thinking is no claim; a clause after "in the long run" is one
    ("Experts think in the long run prices will fall.",
     "The road is crowded with people who think in either/or terms."),
    # the accusers told apart by their charge; critics who accuse and say, or a main clause, stay
    ("Critics who accuse him of lying say he misled the council.",
     "Those who accuse him of various crimes seem more culpable."),
    ("Many accuse him of lying.",
     "Those who blame her for the losses have short memories."),
    # a place's abbreviation inside a definite phrase
    ("About 2,000 people rallied, St. Petersburg officials told the agency on Saturday.",
     "About 2,000 people rallied, an official with the St. Petersburg authorities told the agency."),
]


@pytest.mark.parametrize(("flagged", "silent"), NO_CLAIM)
def test_round25_no_claim(lint, flagged, silent):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, silent)


# (a warning, a hint at info): what documents the sentence opens with measured
MEASURED = [
    ("US public opinion is deeply divided on the issue.",
     "Polls show US public opinion is deeply divided on the issue."),
    ("Polls show support for the plan. The plan is widely seen as fair.",
     "Recent surveys suggest the plan is widely seen as fair."),
]


@pytest.mark.parametrize(("flagged", "hinted"), MEASURED)
def test_round25_what_documents_found_is_a_hint(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)
