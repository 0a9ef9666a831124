"""Unattributed claims, round 130: a bare plural of people or a group of them as the source of
a view (issue 14, recall).

"Parents say the roof leaks", "Ambulance crews complain that ...", "Insurers fear the storms
will ...": the head is no source noun (a hand list of people whose business is opinion) but a
noun of the generated word class ``group-speakers`` (WordNet's people and groups of people,
``benchmarks/wordnet_groups.py``). Such a head is a source only in the strict frame: a bare
plural opening the sentence, the subject of a speech, cognition or complaint verb whose
complement is a that-clause, a quotation or a clause. Traps: an object or a prepositional
complement ("said goodbye", "argue about", "fear the worst"), a definite subject, a
named person joined to it, people telling their own experience (a first-hand account), a past
account ("Firefighters feared the roof would collapse": the people there, telling what
happened), a headline (no stop: the body names them), and "say" (a report of what they told,
not a stance: it cost a check figure, see the history).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.constructions import lexicon as lx
from lintnews.document import sourcing
from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Parents fear the roof of the school will leak again this winter.", "'Parents fear'"),
    ("Ambulance crews complain that handovers at the hospital take hours.", "'Ambulance crews complain'"),
    ("Insurers fear the storms will push premiums up.", "'Insurers fear'"),
    ("Mothers across the valley complain that the clinic has been short of midwives for years.",
     "'Mothers across the valley complain'"),
    ("Bus drivers have long complained that the depot is understaffed.", "'Bus drivers have long complained'"),
    ("Factory owners complain that power cuts cost them orders.", "'Factory owners complain'"),
    ("Midwives warn that the ward is short of staff.", "'Midwives warn'"),
    ("Pet owners believe the park is unsafe after dark.", "'Pet owners believe'"),
])
def test_a_bare_plural_group_voicing_a_view_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "It is a question pet owners argue about endlessly.",
    "Pet owners argue about the best food for old dogs.",
    "Parents said goodbye at the gate.",
    "Swimmers fear the worst.",
    "Parents said they had waited two hours at the gate.",
    "The parents say the roof leaks.",
    "Ana Ruiz and other parents say the roof leaks.",
    "Parents say the roof of the school leaks every winter.",
    "Firefighters feared the roof would collapse and pulled back.",
    "Parents complained that the bus was late again on Monday, and the head said it would be fixed.",
    "Parents fear school will close",
    "Parents collected their children early and the head said the roof leaks.",
])
def test_a_group_without_the_frame_is_not_warned(lint, sentence: str) -> None:
    found = [d for d in warnings(lint, LEAD + sentence) if "names nobody" in d.message]
    assert not found, [d.message for d in claims(lint, LEAD + sentence)]


def test_the_class_holds_people_and_groups_of_people_not_things_or_public_bodies() -> None:
    heads = lx.lemmas("group-speakers")
    assert {"parent", "owner", "crew", "insurer", "midwife"} <= heads
    assert not {"data", "forest", "police"} & heads


def test_a_sentence_opening_group_is_no_name() -> None:
    assert sourcing.source_kind("Insurers", "fear") is None
    assert sourcing.source_kind("Ambulance crews", "complain") is None
    assert sourcing.source_kind("Harbour Lane parents", "say") == "named"
