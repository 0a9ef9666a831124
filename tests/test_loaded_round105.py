"""Loaded language, round 105: world English copy and organisations' pages (issue 16).

- A view reported as mistaken ("mistaking it for an unnecessary repeat") is the mistaken
  party's, not the writer's.
- A role an actor plays ("quietly menacing as the uncle who insists ..."): the menace and the
  insisting are the character's.
- A judging adjective before a loaded noun that modifies a noun ("hostile propaganda
  campaigns"): the adjective carries the verdict, the noun names what is judged.
- Adverbs of skill and wisdom before the writer's active verb ("has deftly navigated",
  "wisely decided"); a skill adverb only in the perfect ("deftly folded the dough" is craft).
- Praise of lasting worth ("a timeless quality"; "wise" taken out at merge), held at
  info and raised before a judged or praised noun.
- "left reeling": a feeling the writer gives as an event's outcome; "reeling in" is literal.
- A certainty adverb between a copula and "not" ("is obviously not a reason").
- A title opening its sentence with its article ("An Enemy of the People runs until June"),
  written the same way in running text, is a name.

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("The third dose is an unnecessary repeat.",
     "Some parents declined the third dose, mistaking it for an unnecessary repeat.", "unnecessary"),
    ("The uncle is menacing, and the council has done nothing.",
     "Okafor is quietly menacing as the uncle who runs the farm.", "menacing"),
    ("The minister insists the plan is on time.",
     "Okafor is superb as the father who insists he is only protecting the family.", "insists"),
    ("The governor, who has deftly navigated three coalition changes, will chair the talks.",
     "The chef deftly folded the dough into a square.", "deftly"),
    ("The council wisely decided to wait for the survey.",
     "She chose wisely, her coach said.", "wisely"),
    ("Her bowls have a timeless quality.", "The word timeless appears twice in the brochure.", "timeless"),
    ("Traders on the high street have been left reeling by the closure.",
     "The angler was reeling in a large pike.", "reeling"),
    ("It is obviously not a reason to close the library.",
     "The mayor said it is obviously not a reason to close the library.", "obviously"),
    ("The theatre staged it at last. An Enemy of the People, the minister told reporters, was among them.",
     "The theatre opened with Ibsen's An Enemy of the People. An Enemy of the People runs until June.",
     "Enemy of the People"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round105_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


def test_round105_phrase_verdict_is_the_adjective(lint) -> None:
    sentence = "The dam was finished despite years of hostile propaganda campaigns by its critics."
    assert severity_in_body(lint, sentence, "hostile") == "warning"
    assert severity_in_body(lint, sentence, "propaganda") != "warning"


def test_round105_loaded_noun_heading_its_phrase_still_warns(lint) -> None:
    # the noun heads its phrase: no noun after it for the adjective to judge through it
    assert severity_in_body(lint, "The ministry spread hostile propaganda for years.", "propaganda") == "warning"
    assert severity_in_body(lint, "The ministry runs a propaganda campaign on the radio.", "propaganda") == "warning"


def test_round105_certainty_adverb_grading_what_is_seen_is_not_raised(lint) -> None:
    assert severity_in_body(lint, "The exit is evidently marked on the plan.", "evidently") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Amadi plays her as a woman who is heartbreakingly slow to see that the charm has gone.", "heartbreakingly"),
    ("Baird plays her as a woman who is magnificently aware of her own performance.", "magnificently"),
])
def test_round105_the_reviewers_adverb_inside_a_role_stays_the_reviewers(lint, sentence: str, word: str) -> None:
    """Review at merge: an adverb grading the portrayal is the reviewer's, not the character's."""
    assert severity_in_body(lint, sentence, word) == "warning"
