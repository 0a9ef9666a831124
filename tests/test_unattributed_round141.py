"""Unattributed claims, round 141: verb-headed views of an unnamed group, tips and signals
nobody is named for (issue 14, recall).

1. A group's state of mind whose form is a participle ("Parents are worried that", "Shoppers
   are convinced that", "Residents are concerned that"): the passive rule's aux anchor held
   "are worried" from its copula, so the group reading (round 136's, which "anxious" reached)
   never started; the participle is now read for a bare plural of people first.
2. A tip or talk placed before its complement ("is tipped in the club to", "is being touted
   in the party as", "is spoken of in the party as"): the place says where the talk goes
   round, not whose it is.
3. "let it be known" with a clause, in the present, the perfect or the progressive: a signal
   passed on by people unnamed (a plain past, "He let it be known", is an account).
4. "outside" and "along" place a group as "near" does ("Astronomers outside the big
   consortiums have long complained that"); "afraid" and "hopeful" are states of mind.

Traps: a past account, an object with no clause, a definite group, a generic fact, a sight
("was seen at the club as he left"), a hearing ("in court as"), an addressee named ("let it be
known to residents that"), a singular person.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Parents are worried that the school will close.", "'Parents are worried'"),
    ("Shoppers are convinced that prices will rise again.", "'Shoppers are convinced'"),
    ("Growers are increasingly concerned that the frost has damaged the crop.",
     "'Growers are increasingly concerned'"),
    ("Growers are afraid that the frost has damaged the crop.", "'Growers are afraid'"),
    ("Landlords are hopeful that the rules will be eased.", "'Landlords are hopeful'"),
    ("Neighbours along the ridge insist they heard a loud pop before the smoke appeared.",
     "Neighbours along the ridge insist"),
    ("The striker is spoken of in the club as a future captain.", "spoken of"),
    ("The deputy is being touted in the party as a future leader.", "touted"),
    ("The coach is tipped at the club to succeed him.", "tipped"),
    ("The minister has let it be known that he will repay part of the money.", "'has let it be known'"),
    ("The coach is letting it be known that he wants a new contract.", "'letting it be known'"),
    ("Astronomers outside the big consortiums have long complained that the process favours big names.",
     "Astronomers outside the big consortiums have long complained"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Parents were worried that the school would close.",
    "Parents are worried about the cost of uniforms.",
    "The parents are worried that the school will close.",
    "Parents are concerned.",
    "Parents are convinced of the need for a new crossing.",
    "His mother is worried that he will not come home.",
    "Parents must register by June.",
    "Shoppers paid more in May, according to the Office for National Statistics.",
    "The striker was seen at the club as he left training.",
    "The painting is spoken of in court as a forgery.",
    "The council has let it be known to residents that the bins will be collected on Tuesday.",
    "He let it be known that he would stand.",
    "Astronomers outside the big consortiums complained that the process favoured big names.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
