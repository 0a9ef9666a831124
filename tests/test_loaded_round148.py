"""Loaded language, round 148: the tabloid's epithets for people and their acts (issue 16).

Constructions:

- an adjective opening its sentence before a bare name, a title and a name ("Heartbroken Mr
  Green") or a name the article uses alone elsewhere ("Evil Gary Lund ... Lund"):
  ``evidence/epithets.py`` ``name_epithet``. Traps: a name the adjective belongs to ("Evil
  Dead": its second word never stands alone), a line in title case or capitals, a
  determiner before it ("The Sick Note Band"), reported speech;
- an adjective before a noun naming a wrongdoer (word class ``loaded/offender-nouns``, WordNet's
  wrongdoers and bad persons): "a sick thug", "heartless burglars". Traps: the literal "sick"
  ("a sick child", "off sick", "felt sick"), another head between ("the sickening moment
  thugs attack": "moment" is the head), quoted words;
- an ``info`` label noun after the "The" opening its sentence, then a past lexical verb: "The
  brute kicked the door in". Traps: a copula or auxiliary ("The villain was played by"), "A
  monster", "brute force";
- the presentational "This is the sickening moment ...": the moment footage shows. Trap: "an
  unsettling moment in the club's history";
- a noun of feeling premodifying an act or event noun (WordNet's noun.act, noun.event): "the
  horror attack". Traps: "a horror novel" (a work), "a terror plot" (classifies);
- an agentless raised passive ("X is thought to have ...", "is said to") names no speaker: a
  premodifier in a definite description after it is the writer's ("from the brazen fraud").
  Traps: the predicate itself ("are said to be at breaking point"), an indefinite phrase, a
  named speaker;
- the repeat rule counts uses from below a byline: the lede's repeat of the headline's and
  standfirst's word warns. Trap: a page with no byline keeps its title as the first use.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body, severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Heartbroken Mrs Green has not returned to work since the raid.", "Heartbroken"),
    ("Evil Gary Lund stabbed his neighbour before Lund fled to Spain.", "Evil"),
    ("Sick Lund later laughed about the killing, and Lund showed no remorse.", "Sick"),
    ("Sick Dr Hale kept the photographs in a drawer.", "Sick"),
    ("A sick thug punched a shop worker for a packet of cigarettes.", "sick"),
    ("The home had been ransacked by heartless burglars.", "heartless"),
    ("A smooth-talking conman tricked a widower out of his savings.", "smooth-talking"),
    ("The brute kicked the door in and took her television.", "brute"),
    ("The monster even sent flowers to her funeral.", "monster"),
    ("This is the sickening moment a teenager was kicked outside a chip shop.", "sickening"),
    # a noun of feeling premodifying an act
    ("Mr Green has not left his flat since the horror attack in May.", "horror"),
    # a definite description's premodifier under an agentless raised passive
    ("Mott is thought to have made £20,000 from the brazen fraud over two years.", "brazen"),
])
def test_round148_epithet_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a name the adjective belongs to; no name seen alone
    ("Evil Dead screens at the arts centre on Friday.", "Evil"),
    # a determiner: a title or a band
    ("The Evil Within sold a million copies.", "Evil"),
    # literal "sick"
    ("A sick child waited six hours for a bed.", "sick"),
    ("Staff who are off sick will be paid in full.", "sick"),
    ("Passengers felt sick as the ferry crossed the bay.", "sick"),
    # reported speech
    ("The judge said the heartless burglars had preyed on the old.", "heartless"),
    ("Neighbours said evil Gary Lund had terrorised the street before Lund was evicted.", "evil"),
    # a copula, an indefinite article, a fixed phrase
    ("The villain was played by a newcomer from Leeds.", "villain"),
    # an offender noun modifying another noun
    ("Every night a heartless thief alarm wakes the street.", "heartless"),
    ("A monster appeared on the cover of the children's book.", "monster"),
    # a body's label: no person in the sentence
    ("The regime opened the border crossing on Monday.", "regime"),
    ("The hackers used brute force to guess the passwords.", "brute"),
    # a time, not a moment shown
    ("It was an unsettling moment in the club's history.", "unsettling"),
    # a classifying premodifier: a work, terrorism
    ("She has written a horror novel set in Whitby.", "horror"),
    ("Police foiled a terror plot in the city.", "terror"),
    # the raised passive's predicate is what is said: its source's words
    ("Staff are said to be at breaking point after the winter.", "at breaking point"),
    ("Mott is thought to have been a brazen liar.", "brazen"),
    # a named speaker
    ("Prosecutors said Mott made £20,000 from the brazen fraud.", "brazen"),
])
def test_round148_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round148_offender_after_one_adjective(lint) -> None:
    # the modifier between is an adjective with no noun or verb reading
    assert severity_in_body(lint, "A heartless teenage mugger took her handbag.", "heartless") == "warning"
    # a noun between: the adjective's head is "moment", no epithet of "thugs"
    assert severity_in_body(lint, "Officers described a sickening moment thugs laughed.", "sickening") != "warning"


_BYLINED = (
    "SICK THUG WHO ROBBED GRANDAD JAILED\n\n"
    "Cowardly Darren Mott struck at a bus stop in broad daylight\n\n"
    "By Jo Bloggs\n\n"
    "Cowardly Darren Mott struck as the grandad waited for a bus in Eastfield.\n"
)


def test_round148_lede_repeat_below_byline_warns(lint) -> None:
    found = [d for d in lint(_BYLINED, select=("loaded-language",))
             if d.line == 7 and d.column == 1]
    assert [d.severity.value for d in found] == ["warning"]


def test_round148_repeat_without_byline_stays_hint(lint) -> None:
    text = ("Cowardly Darren Mott struck at a bus stop in broad daylight\n\n"
            "Cowardly Darren Mott struck as the grandad waited for a bus in Eastfield.\n")
    found = [d for d in lint(text, select=("loaded-language",)) if d.line == 3 and d.column == 1]
    assert [d.severity.value for d in found] == ["info"]


def test_round148_new_terms_are_candidates() -> None:
    from lintnews.builtin.loaded.evidence.epithets import _offenders

    offenders = _offenders()
    assert {"thug", "thugs", "burglar", "conman", "yob", "yobs", "mugger"} <= offenders
    assert not {"child", "monster", "criminal", "frontman"} & offenders


def test_round148_severity_of_sick_in_title_case(lint) -> None:
    # a title-case line: the word after the name is no lower-case verb
    assert severity_of(lint, "Sick Lund Jailed For Life\n", "Sick") != "warning"


def test_round148_sense_tagged_elsewhere_is_no_offender(lint) -> None:
    """A noun with a tagged sense outside the wrongdoers ("runner": an athlete as well as a
    smuggler) is no offender: a marathon's sick runner is ill, not a tabloid's villain."""
    from lintnews.builtin.loaded.evidence.epithets import _offenders

    assert not {"runner", "runners", "crook", "ghoul"} & _offenders()
    assert severity_in_body(lint, "A sick runner was helped off the course at mile 20.", "sick") != "warning"
    # (review 129: the wrongdoer as the doer; "A sick mugger was helped off the bus", a state
    # or a passive after the noun, leaves "sick" its literal sense, ill, whatever the noun)
    assert severity_in_body(lint, "A sick mugger punched a driver at the depot.", "sick") == "warning"
