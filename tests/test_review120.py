"""Review 120: wrong readings found in what rounds 141, 145-147 and advertorial 122 merged.

1. Loaded language (round 141's ``loaded-language/emphasis``): "The ring is pure gold." was
   warned, "gold" being first the coins in WordNet (an abstract class). A noun with a substance
   among any of its senses is no abstract noun here (``material.txt``, built from WordNet by
   ``benchmarks/wordnet_material.py``): "pure" before it is its literal sense, unmixed. The
   figures keep their warning ("pure joy", "pure farce": a food sense is no substance).
2. Unattributed claims (round 146's writer's verdict on a group's view): the verdict as a
   result ("critics who said the bridge was unsafe were proved right", "have been proved
   right", "were shown to be wrong") was missed; it is the same judgement as "are right".
3. Advertorial (round 122's contact-line exception): the exception silenced an ad-sales contact
   ("Contact <Name> at <address> to advertise with us", "for advertising rates"), which was
   warned before; an ad-sales pitch is the outlet's solicitation, so it keeps its warning.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warning_lines
from tests.family_lint import LEAD, assert_loaded_trap, assert_silent, claims, severity_in_body, warnings


@pytest.mark.parametrize(("sentence", "word"), [
    ("The ring she lost on the beach is pure gold.", "pure gold"),
    ("The brooch in the window is pure amber.", "pure amber"),
    ("The pendant was pure coral, the jeweller's label said nothing else.", "pure coral"),
])
def test_a_substance_sense_makes_pure_literal(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The evening at the harbour was pure joy.", "pure joy"),
    ("The council's hearing on the pier was pure farce.", "pure farce"),
    ("The second half was pure spectacle.", "pure spectacle"),
])
def test_the_figures_of_pure_are_still_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence", [
    "Critics who said the bridge was unsafe were proved right.",
    "Critics who say the bridge is unsafe have been proved right.",
    "Opponents who said nobody would use the lane were shown to be wrong.",
    "Residents who claimed the wall would fall were proven right.",
])
def test_the_writers_verdict_as_a_result(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # the perfect is the view's own: the claim goes on as the subject's
    "Critics who say the figures have been wrong have called for an inquiry.",
    # no relative clause: the group's claim is the sentence
    "Critics say the bridge has been proved unsafe.",
])
def test_the_holders_view_in_the_perfect_stays_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("snippet", [
    "Contact Owen Marsh at omarsh@harbourledger.example to advertise with us.",
    "Email Owen Marsh at omarsh@harbourledger.example for advertising rates.",
    "Owen Marsh can be reached at omarsh@harbourledger.example for sponsorship enquiries.",
])
def test_an_ad_sales_contact_is_still_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize("snippet", [
    "Reach Owen Marsh at omarsh@harbourledger.example.",
    "Reporter Lena Ortiz can be reached at lortiz@kbtr.example.",
])
def test_a_reporters_contact_line_stays_silent(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
