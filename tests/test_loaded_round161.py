"""Loaded language, round 161: opinion, reviews and local news (D139, D140; issue 16).

D139's and D140's loaded misses and false alarms, read and grouped by kind. Built:

- *A partitive's head* (``evidence/partitive.py``, word class ``loaded/partitive-nouns``):
  "another savage round of cuts", "a reckless wave of closures": the adjective before "round",
  "wave", "spate" ... judges the noun after "of" when it is a judged noun; and "savage",
  "bitter" are read as the adjectives they are, not as nouns by their endings ("-age", "-er").
- *Judged heads* (``loaded/judged-nouns``): a standing "rule" of policy and a "monologue".
- *An adjective of esteem after an article* (``evidence/esteem.py``, ``loaded/esteem-adjectives``):
  "the beloved local", "a revered coach"; after a possessor it is the possessor's feeling, and
  before a capitalised word (a name or a title) or a holder ("the beloved family cat") it stays.
- *The mood headline* (``evidence/mood.py``): "Fury as tickets hit £389".
- *Someone's finding*: "identified as" (a characterising verb with "as" only) and "ruled" (a
  reporting verb in the past: the watchdog's ruling).
- Lexicon by kind: "letdown", "masterstroke", "stunner" (info, raised as a predicate noun);
  "unspoilt", "serene" (info, raised by a praised head); "best of all", "worse still"
  (info, raised as a comment opening the clause or set off by commas); the
  idioms "trade barbs", "jump on the bandwagon", "steal the show", "lavish praise",
  "towering presence", and the figure "rip-off".

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
    ("Villagers face another savage round of cuts to their bus routes.", "savage"),
    ("The board pushed through a savage series of job cuts in spring.", "savage"),
    ("The party cannot win while it keeps its self-defeating fiscal rule.", "self-defeating"),
    ("The evening was spoiled by a cringeworthy opening monologue from the host.", "cringeworthy"),
    ("The beloved bakery on Mill Street will shut on Friday.", "beloved"),
    ("Crowds queued outside the beloved village pub on its last night.", "beloved"),
    ("A revered coach has retired after forty seasons.", "revered"),
    ("Lamb's staging of the storm, with the whole hall in darkness, is a masterstroke.", "masterstroke"),
    ("The starters are a letdown.", "letdown"),
    ("The last episode is a stunner.", "stunner"),
    ("Unspoilt villages like this one do not stay that way.", "Unspoilt"),
    ("The attic is now a serene space of white walls and oak.", "serene"),
    ("Best of all, the roof no longer leaks.", "Best of all"),
    ("Worse still, the depot had been warned twice.", "Worse still"),
    ("The two hosts traded barbs online after the final.", "traded barbs"),
    ("Footballers have jumped on the bandwagon.", "jumped on the bandwagon"),
    ("The young cellist stole the show at the gala.", "stole the show"),
    ("The novel has been lavished with praise since it came out.", "lavished with praise"),
    ("She was a towering presence in the chamber.", "towering presence"),
    ("The rip-off parking charges have angered shoppers.", "rip-off"),
])
def test_round161_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Fury as harbour parking fees double\n\nThe council voted on Monday.\n", "Fury"),
    ("Outrage as depot shuts\n\nThe depot closed on Monday.\n", "Outrage"),
])
def test_round161_mood_headline_warns(lint, text: str, word: str) -> None:
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a partitive of things, not of judged acts
    ("They played a savage round of golf in the rain.", "savage"),
    # the harsh adjective of weather keeps its measure
    ("The savage winter killed hundreds of sheep.", "savage"),
    # the possessor's feeling, not the writer's esteem
    ("Her beloved dog died last spring.", "beloved"),
    ("The club's cherished trophy was stolen.", "cherished"),
    # a capitalised word after it may be a title (round 123), a family's pet is the family's
    ("He was best known as the beloved Doctor Marsh in a hospital drama.", "beloved"),
    ("The beloved family cat came home after a week.", "beloved"),
    # the critic's nouns as subjects, or someone's characterisation
    ("The letdown came when the pitch flooded.", "letdown"),
    ("Fans called the final a letdown.", "letdown"),
    # a face's calm is a description
    ("The monk had a serene expression.", "serene"),
    # the ranking phrase inside the clause
    ("It was the best of all the entries.", "best of all"),
    # the mood noun not opening a headline formula
    ("Fury as a motive is rare in such cases.", "Fury"),
    # someone's finding
    ("The crossing had been identified as dangerous in a safety review.", "dangerous"),
    ("The advert was banned after the watchdog ruled it misleadingly implied health benefits.",
     "misleadingly"),
])
def test_round161_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round161_identified_needs_as(lint) -> None:
    """"identified" reports a finding only with "as": its object alone is no characterisation."""
    assert severity_in_body(lint, "Police identified the reckless driver from footage.", "reckless") == "warning"
