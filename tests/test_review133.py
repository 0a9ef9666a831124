"""Review 133: the merged rounds advert133 (plain disclosures) and loaded158 (state-media
reception), read again.

- advert133's vocabularies (funding verbs, grant nouns, not-advice nouns, the outlet's gain) are
  word classes now (``lintnews/language/wordclasses/advertorial.toml``), every form from the
  build; the module builds its alternations from them.
- A grant credit that carries a command selling to the reader after its dash, colon or
  semicolon ("... a grant from X — sign up free") is no plain disclosure: it stays a warning.
- The reception formula is not read in an audience's or a sport's reception (fans, spectators,
  an arena, a match's whistle): reportage of what a crowd did.

Sentences written for this review, in other desks' voices; the changes of behaviour fail on
main f9f88d5a.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.advertorial.disclosure import grant_credit, independence_note, not_advice
from lintnews.language.wordclasses import word_class


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _puffery(lint, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [getattr(d.severity, "value", d.severity) for d in lint(text + "\n") if d.rule == "loaded-language/puffery"]


# --- the vocabularies are word classes -------------------------------------------------------

@pytest.mark.parametrize(("name", "form"), [
    ("grant-funding-verbs", "underwritten"), ("grant-funding-verbs", "made possible"),
    ("grant-nouns", "bursaries"), ("not-advice-nouns", "solicitations"),
    ("gain-nouns", "commissions"), ("gain-verbs", "earned"), ("gain-share-nouns", "percentage"),
])
def test_the_disclosure_vocabularies_are_word_classes(name, form):
    assert form in word_class(f"advertorial/{name}")


def test_every_form_of_a_class_reads():
    # (the classes' forms, not a list in the module: bursaries, part-funded, recommendations)
    assert grant_credit("The project was part-funded by two bursaries from the Linden Trust.")
    assert not_advice("Nothing in this column is a recommendation.", "Nothing in this column is a recommendation.")
    note = "Manufacturers cannot pay to appear in our rankings."
    assert not independence_note(note, note + " We receive a fee if you subscribe through a link.")
    assert not independence_note(note, note + " The site earned a percentage of each sale.")


# --- the grant credit: plain credits still read, a plug in the credit does not ----------------

@pytest.mark.parametrize("sentence", [
    "This investigation was funded by a grant from the Marsh Trust.",
    "This book was supported by a grant from the Arts Council.",
    "The series is made possible by a fellowship from the Ridley Institute.",
    "Our science desk is backed by a £40,000 research grant from the Wellmore Fund.",
    "Fieldwork for this piece was paid for by a bursary from the Society of Authors.",
])
def test_a_plain_grant_credit_reads(sentence):
    assert grant_credit(sentence)


@pytest.mark.parametrize("sentence", [
    "This newsletter is supported by a grant from the Hallam Foundation — sign up free at hallam.news.",
    "This podcast is made possible by a fellowship from the Ridley Institute; subscribe today for every episode.",
    "Our gardening pages are funded by a grant from the Bloom Trust: order the seed catalogue now.",
    "The walking guide was supported by a grant from the Fells Fund - download the map for free.",
    "This course is underwritten by a grant from the Tally Foundation; book a place before Friday.",
])
def test_a_grant_credit_that_sells_is_not_plain(sentence):
    assert not grant_credit(sentence)


@pytest.mark.parametrize(("hit", "paragraph", "expected"), [
    ("is not financial advice", "This column is not financial advice.", True),
    ("not a solicitation", "This page is not a solicitation to buy or sell.", True),
    ("is not financial advice", "This is not financial advice. Capital at risk.", False),
    ("not investment advice", "Not investment advice. Past performance is no guide to the future.", False),
    ("not tax advice", "This is not tax advice; the value of shares can fall as well as rise.", False),
])
def test_the_not_advice_notice(hit, paragraph, expected):
    assert not_advice(hit, paragraph) is expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Brands cannot pay to be included in our reviews.", True),
    ("Retailers never pay for a place on our lists; our testers choose.", True),
    ("Brands cannot pay to be included. We may earn a commission when you buy through our links.", False),
    ("Makers can't pay for a place, but we get paid a small fee by retailers.", False),
    ("Shops cannot pay us to be listed, though we take a cut of each booking.", False),
])
def test_the_independence_note(paragraph, expected):
    assert independence_note(paragraph, paragraph) is expected


# --- the reception formula: a state's reception, not a sport's or a show's --------------------

@pytest.mark.parametrize("text", [
    "The champions were warmly greeted by thousands of fans at the airport.",
    "The band was rapturously received by thousands at the arena on Friday.",
    "The home crowd warmly applauded the visitors after the final whistle.",
    "The runners were warmly cheered by crowds lining the marathon route.",
    "The tenor was enthusiastically cheered by the audience at the opera house.",
    "The squad was joyfully greeted by thousands of supporters at the victory parade.",
])
def test_an_audience_or_a_sport_crowd_is_not_the_reception_formula(lint, text):
    assert _puffery(lint, text) == []


@pytest.mark.parametrize("text", [
    "The President was warmly greeted by thousands of grateful residents in the square.",
    "Citizens enthusiastically greeted the visiting guests along the avenue.",
    "The premier was rapturously welcomed by crowds of villagers on his inspection tour.",
])
def test_the_state_reception_still_reads(lint, text):
    assert _puffery(lint, text)


# --- speed: n and 8n copies ------------------------------------------------------------------

def _best(f) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("unit", [
    "This newsletter is supported by a grant from the Hallam Foundation, and ",
    "brands cannot pay to appear and our editors choose, ",
    "this column is not financial advice or a recommendation, ",
])
def test_the_disclosure_readings_cost_in_proportion(unit):
    small, large = unit * 40, unit * 320
    grant_credit(small)
    t_small = _best(lambda: [grant_credit(small), independence_note(small, small), not_advice(small, small)])
    t_large = _best(lambda: [grant_credit(large), independence_note(large, large), not_advice(large, large)])
    assert t_large < 8 * t_small * 2.5 + 0.02, (t_small, t_large)


def test_the_reception_reading_costs_in_proportion(lint):
    unit = "the delegation was warmly greeted by thousands of residents and the band warmly received by the audience and "
    lint("The " + unit * 5 + "end.")
    small = _best(lambda: lint("The " + unit * 20 + "end.\n"))
    large = _best(lambda: lint("The " + unit * 160 + "end.\n"))
    assert large < 8 * small * 2.5 + 0.05, (small, large)


# --- unattr165, read again: "first broken by" clears only a story's telling --------------------

@pytest.mark.parametrize("text", [
    "Insiders say the coach is about to be sacked. The club record was first broken by Jones in 1998.",
    "Critics say the dam was poorly built. The seal on the archive was first broken by a caretaker in 1971.",
    "Many believe the factory will close. The ground was first broken by the minister in 2019.",
    "Analysts expected rates to rise by the summer.",
    "Most economists expected to see growth stall this year.",
])
def test_a_record_broken_or_a_forecast_is_still_warned(lint, text):
    assert any(d.rule.startswith("unattributed-claim/") and getattr(d.severity, "value", d.severity) == "warning"
               for d in lint(text + "\n"))


def test_a_group_due_to_attend_is_a_reduced_relative(lint):
    text = "Analysts expected to attend the briefing were turned away at the door.\n"
    assert not any(d.rule.startswith("unattributed-claim/") for d in lint(text))
