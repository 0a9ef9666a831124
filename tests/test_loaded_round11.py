"""Loaded language, round 11: breadth by kind. Each group of new lexicon words enters at the
level the context judge gives unmeasured words, so each test pairs an evaluative use of a new
word (the judge warns) with a literal or unjudged use of it (a hint or nothing). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("evaluative", "plain", "word"), [
    # group 1, emotive nouns of violence and loss: a hint alone, a warning in a charged sentence
    ("The shameful tragedy at the pier was a disgrace.", "The tragedy at the pier killed four.",
     "tragedy"),
    ("The ugly bloodshed in the square was a disgrace to the city.",
     "Police said the bloodshed ended before dawn.", "bloodshed"),
    # group 1, judgement adjectives: warned where the writer's stance shows
    ("The umpire made two controversial decisions in the final over.",
     "Police said the rule was controversial.", "controversial"),
    ("Particularly galling was the board's refusal to meet the tenants.",
     "The neighbours found the noise galling, she said.", "galling"),
])
def test_emotive_and_judgement_words_wait_for_the_writer_stance(lint, evaluative, plain, word):
    assert severity_of(lint, evaluative, word) == "warning"
    assert severity_of(lint, plain, word) in ("info", None)


def test_a_feeling_noun_owned_by_a_person_is_her_state(lint):
    # "heartbreak" joined the feeling nouns: "her heartbreak" reports how she feels
    assert severity_of(lint, "Her heartbreak was plain to the whole town.", "heartbreak") == "info"
    assert severity_of(lint, "The plan was a heartbreak and a disgrace.", "heartbreak") == "warning"


@pytest.mark.parametrize(("evaluative", "plain", "word"), [
    # group 2, puffery at info: raised before a person, hinted elsewhere
    ("She was a gifted leader of the crew.", "The school runs classes for gifted children.",
     "gifted"),
    # group 2, comment adverbs at info: a warning where they open the sentence
    ("Strikingly, the council delayed the vote.", "The twins look strikingly similar.",
     "strikingly"),
])
def test_puffery_and_comment_adverbs_enter_at_info(lint, evaluative, plain, word):
    assert severity_of(lint, evaluative, word) == "warning"
    assert severity_of(lint, plain, word) in ("info", None)


def test_labels_enter_at_info(lint):
    # group 2, MOS:LABEL's rest: a hint for the editor, never a warning by itself
    assert severity_of(lint, "The court jailed the terrorist for life.", "terrorist") == "info"
    assert severity_of(lint, "The firm hired a hired gun to lobby the council.", "hired gun") == "info"


@pytest.mark.parametrize(("figure", "literal", "word"), [
    # group 3, judgement idioms: the figure warns; a phrase with a literal sense is a hint
    ("The pension reform has become a political football.", None, "political football"),
    ("Critics called it a bold plan, but the reform is dead in the water.",
     "The boat was dead in the water after the engine failed.", "dead in the water"),
])
def test_judgement_idioms(lint, figure, literal, word):
    expected = "warning" if literal is None else "info"
    assert severity_of(lint, figure, word) == expected
    if literal is not None:
        assert severity_of(lint, literal, word) == "info"


def test_feeding_frenzy_is_no_emotive_frenzy(lint):
    # the emotive "frenzy" is an exception inside "feeding frenzy" (sharks, or a figure held at info)
    assert severity_of(lint, "Sharks gathered in a feeding frenzy near the boat.", "frenzy") is None
    assert severity_of(lint, "The sale set off a frenzy of panic buying.", "frenzy") == "warning"


def test_verdict_verbs_in_speech_sense_only(lint):
    # group 3, "crow" and "point out" enter at info: hints for the editor, never warnings
    assert severity_of(lint, "The senator crowed that the bill had passed.", "crowed") == "info"
    assert severity_of(lint, "The minister pointed out that the deficit had doubled.",
                       "pointed out") == "info"
    assert severity_of(lint, "The rooster crowed at dawn.", "crowed") != "warning"


def test_adjectives_of_vice_are_held_at_info(lint):
    # group 4, held at info (its one new warning on fresh text was no verdict): only an
    # evaluative use raises one ("a truly insufferable speech"), a plain predicate stays a hint
    assert severity_of(lint, "The mayor gave a truly insufferable speech.", "insufferable") == "warning"
    assert severity_of(lint, "The heat was insufferable.", "insufferable") == "info"


def test_exaggeration_words_are_hints(lint):
    # group 5, the propaganda corpus's exaggeration kind: a hint for the editor in either use
    assert severity_of(lint, "The council ran up a gargantuan bill for the party.", "gargantuan") == "info"
    assert severity_of(lint, "Corruption is rampant in the ministry.", "rampant") == "info"
