"""Unattributed claims, round 105: world English copy and organisations' pages (D105, D106, issue 14).

1. A named speaker's "said" before a listed place ("said residents of Alton, Brayford and Kessel
   had been without power"): the group is the reported clause's subject, not an inverted tag.
   ", said residents of Alton." (a tag that ends its clause) stays warned.
2. A naming verb's -ed form after "some" that modifies a bare noun taking a finite verb ("Some
   branded food makers are reported to ..."): an adjective, no vague source (the passive is the
   one claim). "Some branded the decision a betrayal" stays warned.
3. A group of bodies followed by a body named with its acronym ("The Coastal Justice and
   Transparency Network (CJTN) said"): a hint; a state body with an acronym stays warned.
4. A passive cleared by neither a contact relative's stranded preposition ("a practice the
   regulator has warned about in the past") nor the next sentence's answer of compliance ("Acme
   said it complied with the code"); a tag ("the regulator said") and a named source saying the
   same still clear it.
5. Officials of civil or child protection (a public service, as fire officials are): a hint;
   "US officials" stay warned.
6. Market participants as a vague source, as traders and dealers are.
7. A legislator's title before a name ("Rep. Ana Ruiz, who voted for the levy, said") read as
   round 89's titles are: a member of the side who says the same clears "Supporters said"; one
   who voted against stays the other side.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The mayor, Jane Okafor of the Civic Party, said residents of Alton, Brayford and Kessel had been "
    "without power for days.",
    "Some labelled bottles were found on the beach after the storm.",
    "Supporters of the levy said the parks could not rely on donations. Rep. Ana Ruiz, who voted for "
    "the levy, said in a statement that the parks would be safe for a generation.",
])
def test_no_vague_source(lint, text: str) -> None:
    assert not claims(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_the_attributive_participle_leaves_only_the_passive(lint) -> None:
    text = LEAD + "The chain has hurt suppliers. Some branded food makers are reported to have been asked for discounts."
    found = warnings(lint, text)
    assert len(found) == 1 and "are reported to" in found[0].message, [d.message for d in found]


@pytest.mark.parametrize("text", [
    "Rights groups have long criticised the slow pace of the inquiry. The Coastal Justice and "
    "Transparency Network (CJTN) said in a statement on Friday that dozens of complaints were unanswered.",
    "LISBON (Wire) - More than 200 people were moved from their homes on Sunday after the river burst "
    "its banks, civil protection officials said.",
    "Child protection officials said the boy had been missing since Friday.",
])
def test_identified_or_placed_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "Some food makers are reported to have been asked for discounts. Acme Foods said the practice was widespread.",
    "Some food makers are reported to have been asked for discounts, the regulator said on Monday.",
])
def test_a_source_saying_it_still_clears_the_passive(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize(("text", "cue"), [
    # an inverted tag that ends its clause
    ("Power was restored on Monday, said residents of Alton.", "residents"),
    # "branded" is the verb of "some"
    ("Some branded the decision a betrayal.", "Some branded"),
    # a state body answering the groups
    ("Rights groups have long criticised the slow pace of the inquiry. The Harbour Port Authority (HPA) "
     "said in a statement on Friday that the complaints were unfounded.", "groups"),
    # a contact relative's stranded preposition is no tag
    ("Some food makers are reported to have been asked for discounts, a practice the regulator has "
     "warned about in the past.", "are reported to"),
    # the accused answering that it kept the rules does not source the claim
    ("Some food makers are reported to have been asked for discounts. Acme Foods said it complied "
     "fully with the code.", "are reported to"),
    ("More than 200 people were moved from their homes on Sunday, US officials said.", "officials"),
    ("Supporters of the levy said the parks could not rely on donations. Rep. Ana Ruiz, who voted "
     "against the levy, said in a statement that the parks were never at risk.", "Supporters"),
    ("Market participants believe the central bank could cut rates again in March.", "participants"),
])
def test_the_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
