"""Loaded language, round 90: two false-alarm kinds and one puffery adverb (issue 16).

- Praise in the complement of an agentless view ("is generally considered one of the
  finest", "is widely regarded as a stunning example"): the sentence reports a view whose
  holder is missing; the unattributed-claim family flags the cue, and the praise is held at
  ``info`` (one fault, reported once). The same praise said outright still warns.
- "claims" as the last of a list of plural nouns ("your invoices, bills and expense claims"):
  a plural subject takes "claim", so the word is the noun, not a verdict verb; a singular
  subject before it ("the mayor claims") is still the verb.
- A reader call-out: a sentence to "you" in a paragraph that gives a contact ("Have you been hit
  by a scam? Email us at ..."): the emotive noun names the reader's experience, held at
  ``info``; the same noun in the story's own sentence, or to "you" with no contact, warns.
- A verdict noun graded by "real" or "total" as the whole predicate ("the signing is a real coup
  for the club", "it's a total steal"); not a noun of plain fact or risk ("a real possibility",
  "a total of 40"), nor "absolute" ("an absolute ruler").
- "effortlessly": ease claimed for a product or result, which nothing can check.

Each kind with its look-alike. Sentences written for the battery, none from a corpus.
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
    ("The old mill is one of the finest buildings in the county.",
     "The old mill is generally considered one of the finest buildings in the county.", "one of the finest"),
    ("The new library is a stunning example of the style.",
     "The new library is widely regarded as a stunning example of the style.", "stunning"),
    ("The mayor claims the road is safe.",
     "Clerks sort the receipts, invoices and travel claims by hand.", "claims"),
    ("Readers who lost savings say the scam was cruel.",
     "Have you lost savings to a scam? Email the newsdesk at desk@gazette.example", "scam"),
    ("Your council has made a disaster of the roads.",
     "Got a garden disaster for us? Send a photo to garden@show.example today.", "disaster"),
    ("The new signing is a real coup for the club.",
     "Another flood this winter is a real possibility.", "a real coup"),
    ("At that price the kettle is a total steal.",
     "The king was an absolute ruler until 1848.", "a total steal"),
    ("The hatchback glides effortlessly over speed bumps.",
     "The hatchback has a plain, boxy shape and a small boot.", "effortlessly"),
]
WARNED = [  # (sentence, word): the evidence does not reach past its clause
    ("The hall, which is considered old, is a stunning example of the style.", "stunning"),
    ("Its parks, roads and schools are fine, the mayor claims.", "claims"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round90_writer_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), WARNED)
def test_round90_view_and_list_stop_at_their_clause(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"
