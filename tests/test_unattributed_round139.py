"""Unattributed claims, round 139: material "doing the rounds" (issue 14, recall).

The idiom of circulation, "do the rounds", said of a document, a count or a tale, tells that
the material went round with nobody named as releasing it, as "footage circulating online"
does: a warning. A report noun's own reading (`provenance._doing_rounds`: "a draft doing the
rounds", "a memo that has been doing the rounds", "another poll doing the rounds") and a
pattern for the tales, papers and lists outside report-nouns ("the story doing the rounds",
"a communique doing the rounds"). Traps: a person or a bug "doing the rounds", a tour ("doing
the rounds of the studios"), a draft whose maker is named.

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
    ("A draft doing the rounds would give the port authority new powers.", "'A draft doing the rounds'"),
    ("Another poll doing the rounds in the ward puts the Greens four points ahead.",
     "'Another poll doing the rounds'"),
    ("A memo that has been doing the rounds at the depot says overtime will be cut.",
     "'A memo that has been doing the rounds'"),
    ("Rumours are doing the rounds that the ferry service will close.", "'Rumours are doing the rounds'"),
    ("The story doing the rounds in the town's music scene is that the drummer turned down a record deal.",
     "'story doing the rounds'"),
    ("A communique doing the rounds would commit both sides to a ceasefire.", "'communique doing the rounds'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The nurse doing the rounds on the ward found the patient awake.",
    "A stomach bug doing the rounds at the school has kept forty pupils at home.",
    "The minister has been doing the rounds of the television studios all morning.",
    "Copies of the report have been doing the rounds of the council's committees since May.",
    "A draft doing the rounds, issued by the harbour board, would give the port new powers.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
