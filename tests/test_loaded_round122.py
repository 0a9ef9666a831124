"""Loaded language, round 122: the context judge raising entries held at info (issue 16).

- A speech verb's form used as a noun is no speech verb: after "of" ("a ray of hope for
  families let down by dismal results") or an uninflected form between a determiner's phrase
  and "of" ("The sorry state of the pier is a disgraceful failure"); the word after it is the
  writer's again.
- A noun predicate goes on with its "of" complement: "The rescue was a triumph of patience".
- A verdict adjective before a general noun closing the predicate: "It is gripping stuff."
- A certainty comment adverb between a modal and a bare verb: "will doubtless win".

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The sorry state of the pier is a disgraceful failure of the council.", "disgraceful"),
    ("The harbour rescue was a triumph of patience over panic.", "triumph"),
    ("It is gripping stuff for the first half hour.", "gripping"),
    ("The second act was dismal fare, and the audience thinned.", "dismal"),
    ("The slim handset will doubtless win fans among commuters.", "doubtless"),
    ("Voters would undoubtedly punish the party for the delay.", "undoubtedly"),
])
def test_round122_raised_to_warning(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a real speech verb still reports: the word is the speaker's
    ("The spokesman said of the plan that voters would find it disgraceful.", "disgraceful"),
    ("Residents hope the council will end its disgraceful neglect of repairs.", "disgraceful"),
    # denied or supposed verdicts on a general noun are not asserted
    ("The second act was not gripping stuff.", "gripping"),
    ("Whether it is gripping stuff is for viewers to decide.", "gripping"),
    # an adverb with a manner sense after a modal grades the verb
    ("The new signs will clearly mark the path to the beach.", "clearly"),
    # "surely" after a modal is an appeal more often than a forecast
    ("We must surely act before the winter comes.", "surely"),
    # the verdict noun in a denied predicate
    ("The rescue was not a triumph of planning.", "triumph"),
])
def test_round122_left_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) in ("info", None)
