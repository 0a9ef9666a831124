"""Unattributed claims, round 156: what follows a cue's complement (issue 14, precision).

The shared judge's evidence of round 156 (lintnews/builtin/attribution/complements.py and one
piece in organisations.py), each tested here on its own and through the linter:

- an agent after the complement names who holds the view ("The show is billed as the tour's
  finest night by the promoter", "The wine is rated amongst the best of the year by the Vinum
  guide": cleared), or describes them ("tipped for the Derby by most bookmakers": a hint); a
  vague source ("by many critics") leaves the warning;
- the verb's literal sense, shown by its complement: a slot in a programme ("billed as the
  festival's closing night"), a gratuity ("Porters are tipped for each bag"), a result ("became
  the favourites after the draw");
- a definite document the sentence cites after a vague source ("a store employee reported that
  ..., according to the arrest report"): a hint;
- a body's national branch ("Bus Users UK") opening the next sentence after "groups said": a
  body named, a hint.

Traps: the same cues with no agent, a vague source as agent, a by-phrase of time ("by the end
of the season") or of another verb ("is thought to have been carried out by a gang"), a
programme's reputation ("billed as the city's biggest party"), a forecast ("tipped for
awards"), a favourite of a crowd, a document that is itself vague ("according to a report").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution.complements import (
    agent_after_complement,
    document_cited_after,
    payment_for,
    programme_slot,
    result_of_event,
)
from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _after(sentence: str, cue: str) -> tuple[str, int]:
    return sentence, sentence.index(cue) + len(cue)


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("The show is billed as the tour's finest night by the promoter.", "is billed as", "named"),
    ("The wine is rated amongst the best of the year by the Vinum guide.", "is rated amongst", "named"),
    ("The ferry is tipped for the award by Coastal Monthly.", "is tipped for", "named"),
    ("The colt is tipped for the Derby by most bookmakers.", "is tipped for", "described"),
    ("Power pop was seen as a passing fad by many critics.", "was seen as", None),
    ("The striker is tipped for a recall by the end of the season.", "is tipped for", None),
    ("The attack is thought to have been carried out by a gang.", "is thought to", None),
    ("The album is billed as a tribute to songs written by Cohen.", "is billed as", None),
    ("The festival is billed as the county's biggest, and it was opened by the mayor.", "is billed as", None),
])
def test_agent_after_complement(sentence: str, cue: str, expected: str | None) -> None:
    text, end = _after(sentence, cue)
    assert agent_after_complement(text, end, len(text)) == expected


@pytest.mark.parametrize(("sentence", "cue", "check", "expected"), [
    ("The concert is billed as the festival's closing night.", "is billed as", programme_slot, True),
    ("The duo are billed as the opening act on Friday.", "are billed as", programme_slot, True),
    ("The concert is billed as the city's biggest party.", "is billed as", programme_slot, False),
    ("Porters are tipped for each bag they carry.", "are tipped for", payment_for, True),
    ("The staff are tipped for carrying the cases upstairs.", "are tipped for", payment_for, True),
    ("The documentary is tipped for awards season glory.", "is tipped for", payment_for, False),
    ("The hosts became the favourites after the draw.", "became the favourites", result_of_event, True),
    ("The hosts became the favourites of the crowd.", "became the favourites", result_of_event, False),
])
def test_literal_senses(sentence: str, cue: str, check, expected: bool) -> None:  # type: ignore[no-untyped-def]
    text, end = _after(sentence, cue)
    assert check(text, text.index(cue), end) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A store employee reported that the man left without paying, according to the arrest report.", True),
    ("Neighbours told officers the dog had bitten twice before, according to court filings.", True),
    ("Critics say the tunnel will flood, according to a report.", False),
    ("Critics say the tunnel will flood, according to Ana Ruiz.", False),
])
def test_document_cited_after(sentence: str, expected: bool) -> None:
    assert document_cited_after(sentence, sentence.index(" ") + 1, len(sentence)) is expected


@pytest.mark.parametrize("sentence", [
    "The show is billed as the tour's finest night by the promoter.",
    "The wine is rated amongst the best of the year by the Vinum guide.",
    "The concert is billed as the festival's closing night.",
    "Porters are tipped for each bag they carry.",
    "The hosts became the favourites after the draw.",
    "The vineyard is considered among the finest in Europe by the Wine Society.",
])
def test_the_cleared_cues_are_silent(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not claims(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "The colt is tipped for the Derby by most bookmakers.",
    "A store employee reported that the man left without paying, according to the arrest report.",
    "Passenger groups said the rise would hit the poor. Bus Users UK said fares had risen faster than wages.",
])
def test_a_described_holder_is_a_hint(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text)
    assert claims(lint, text), "the cue is still read, as a hint"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The show is billed as the tour's finest night.", "'is billed as'"),
    ("The colt is tipped for the Derby.", "'is tipped for'"),
    ("The wine is rated among the best of the year.", "'is rated among'"),
    ("Power pop was seen as a passing fad by many critics.", "'was seen as a passing fad by many critics'"),
    ("The summit is being billed as the government's last chance by critics.", "'is being billed as'"),
    ("The concert is billed as the city's biggest party.", "'is billed as'"),
    ("The documentary is already being tipped for awards season glory.", "'is already being tipped for'"),
    ("The hosts became the favourites of the crowd.", "'became the favourites'"),
    ("The attack is thought to have been carried out by a gang.", "'is thought to'"),
    ("Critics say the tunnel will flood, according to a report.", "'Critics say'"),
    ("Passenger groups said the rise would hit the poor. Harbour Bank said fares had risen.", "'Passenger groups said'"),
])
def test_the_traps_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_an_attributive_participle_keeps_its_noun_s_author() -> None:
    """The by-phrase after "a widely cited study" names the study's author, not who cites it
    (round 35's sentence): only a cue ending in "as", "for" or "among" is read."""
    text = "A widely cited study on climate change by Ana Ruiz surmises that inaction is costly."
    assert agent_after_complement(text, text.index("cited") + len("cited"), len(text)) is None


def test_a_member_named_after_a_title_and_article(lint) -> None:
    """An identifying apposition as news style writes it, the title with its article before
    the name ("One of them, the Hackney North MP Clare Yusuf, said"): the partitive's member is
    named, as "One of them, Clare Yusuf, said" was (members.py's ``_ONE_NAMED``)."""
    text = LEAD + ("Some backbenchers regard him as a careerist. One of them, the Hackney North MP "
                   "Clare Yusuf, said he had changed.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "Some backbenchers regard him as a careerist. One of them, the local MP, said he had changed.",
    "Some backbenchers regard him as a careerist. The Hackney North MP Clare Yusuf said he had changed.",
])
def test_a_title_with_no_name_or_no_partitive_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "'Some backbenchers regard'")
