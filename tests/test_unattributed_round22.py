"""Unattributed claims: the kinds of false alarm round 21 listed as left on fresh news copy
(its checked half B, and half A), fixed as grammar in round 22, each with a pair written for
these tests: the true claim that stays a warning, and the look-alike that is sourced or no
claim at all. See docs/history/unattributed-claims.md, round 22.
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


# (still a warning, silent at every severity)
CLEARED = [
    # a source verb with its agent after it is a participle: what was done to the people
    ("Several candidates proposed that the vote be delayed.",
     "The president rejected several candidates for ambassador posts proposed by the cabinet."),
    ("Experts cited new figures on the flood.",
     "The ministry relied on experts cited by the regional council."),
    # "said by phone", "warned by the end of the week": a means or a deadline, not an agent
    ("Officials said by phone that the bridge would close.",
     "The bridge will close, the council said by phone."),
    ("Experts warned by the end of the week that the dam could fail.",
     "The dam could fail, the agency warned by the end of the week."),
    # "claimed by" with no content after the agent: taking what is one's own, not saying
    ("The cure is claimed by some experts to work in a week.",
     "The body has yet to be claimed by a family member."),
    ("The attacks were claimed by many to be a hoax.",
     "Most of the attacks were claimed by the Northern Front or one of its factions."),
    # "held" of an event: a place, a time or a frequency after it
    ("It is held in some quarters that the mayor knew.",
     "The fair draws large crowds. It has been held every year since 2011."),
    ("It has been held that the mayor knew.",
     "The meeting was held in the town hall on Monday."),
    # one complaint lodged before what the story reports is an event
    ("The mill stayed open despite complaints.",
     "The club fired the coach in 2014 following a complaint."),
    ("The coach was fired following complaints that he bullied players.",
     "The choir stopped singing the song after complaint from a parent."),
    # the writer's own aside to the reader
    ("One could argue that the bridge was never needed.",
     "Now that the wall is built, you might say we have crossed into a new era."),
    # a relative clause's past verb takes the source verb as its object noun
    ("A police chief who feared unrest said the march would be banned.",
     "The film tells the story of a police chief who used fear and torture to rule the city."),
    ("A source who has talked to both men said the rift was deep.",
     "The book is about a general who spread doubt and fear among his rivals."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN: frozenset[str] = frozenset()  # (round 130's anchor of a group's view, "warned", makes
# "The dam could fail, the agency warned by the end of the week." a candidate the judge clears)


@pytest.mark.parametrize(("flagged", "cleared"), CLEARED)
def test_round22_cleared(lint, flagged, cleared):
    assert_trap(cleared, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# (a warning with the next sentence of the first text; cleared with that of the second)
NEXT_SENTENCE = [
    # a named source that confirms the claim, and nothing more, vouches for it
    ("The letter goes out on Wednesday, EU sources told Reuters on Monday. Tom Reyes said the news was a shock.",
     "The letter goes out on Wednesday, EU sources told Reuters on Monday. Downing Street confirmed the news."),
    ("The letter goes out on Wednesday, EU sources told Reuters. Downing Street confirmed that talks would start in May.",
     "The letter goes out on Wednesday, EU sources told Reuters. The Cabinet Office later confirmed it on Tuesday."),
    ("The mayor is believed to have resigned. Critics confirmed the news.",
     "The mayor is believed to have resigned. City Hall confirmed the resignation."),
    # a kinsman named as a speaker after "family members" or "relatives"
    ("The girl was among the victims, family members said. Her teacher, Ana Ruiz, said she was bright.",
     "The girl was among the victims, family members said. Her grandfather, Nasser al-Haddad, a former minister, said she was hit."),
    ("The girl was among the victims, residents said. Her grandfather, Nasser Haddad, said she was hit.",
     "The girl was among the victims, relatives said. Her brother Omar Haddad told reporters she was hit."),
    # a kinsman named as a victim is no source
    ("The plane carried a pilot and his daughter, relatives said. His wife Dana Reyes, 67, was also killed.",
     "The plane carried a pilot and his daughter, relatives said. His wife, Dana Reyes, said he had flown for years."),
]


@pytest.mark.parametrize(("flagged", "cleared"), NEXT_SENTENCE)
def test_round22_next_sentence(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


def test_with_officials_after_a_named_body_is_a_hint(lint):
    # officials in an absolute "with" clause, after a body the sentence names: most likely
    # that body's officials, which the words do not say (a hint, not a warning)
    assert _warnings(lint, "Residents fled the town, with officials warning that the dam could fail.")
    text = "Work stopped after a request by the regional water authority, with officials blaming air raids."
    assert not _warnings(lint, text)
    assert any(d.severity == Severity.INFO for d in _claims(lint, text))
    # a report is no body the officials belong to
    assert _warnings(lint, "Work stopped after a report on the dam, with officials blaming air raids.")
