"""Loaded language, round 153: drama told by figurative verbs (issue 16).

Constructions (``rules/loaded-language.toml``, the figurative rule's patterns):

- a fall told as a descent to "new depths" (a verb of descent: plumb, sink; then
  "new/fresh/further/unprecedented depths"): "the club plumbed new depths". Traps: a
  submersible, a diver or a probe going deeper (the literal subject before the verb), and
  depths "of the ocean" or "below" the surface;
- "haunt" in its figurative sense, active and before its object: "the case has haunted the
  town", "the defeat will haunt them". Traps: a ghost noun as the subject, the adjective
  ("a haunted house", "the hotel is haunted"), the noun ("a favourite haunt of the poets");
- everywhere: a quotation and a named speaker's reported speech stay the context judge's.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The rovers plumbed new depths with a fifth straight defeat.", "plumbed new depths"),
    ("The debate sank to new depths on Tuesday.", "sank to new depths"),
    ("The feud has sunk to fresh depths this week.", "sunk to fresh depths"),
    ("The closure has haunted the village ever since.", "haunted"),
    ("That penalty miss will haunt them for years.", "haunt"),
    ("The affair haunts Pellworth to this day.", "haunts"),
])
def test_round153_figurative_drama_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the literal descent
    ("The submersible plumbed new depths in the trench.", "plumbed new depths"),
    ("Two divers sank to new depths off the reef.", "sank to new depths"),
    ("The camera sank to new depths of the ocean.", "sank to new depths"),
    # the ghost's haunting, the adjective, the noun
    ("A ghost is said to haunt the castle.", "haunt"),
    ("The spirit of a drowned sailor haunts the harbour, the guide says.", "haunts"),
    ("They spent a night in a haunted house.", "haunted"),
    ("Staff at the inn say the cellar is haunted.", "haunted"),
    ("The pub was a favourite haunt of the poets.", "haunt"),
    # a quotation and a named speaker's reported speech
    ('"The closure has haunted the village," the mayor said.', "haunted"),
    ("Coach Dana Reyes said the side had plumbed new depths.", "plumbed new depths"),
])
def test_round153_figurative_drama_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
