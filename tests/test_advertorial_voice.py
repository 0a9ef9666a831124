"""Plugs told by their voice and by what they mention, whatever their words.

The texts are written for these tests (a fictional paper, the Harbour Gazette): plugs
worded unlike any phrase in rules/advertorial.toml, and paragraphs of news and advice
that speak to the reader but are not plugs.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial import promo_voice as advertorial_voice
from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Severity
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings(select=("advertorial",)))

BEFORE = (
    "The harbour board approved the new ferry timetable and the budget for the terminal on "
    "Tuesday, its chairman said, after a debate that ran past midnight."
)
AFTER = "Ferry passengers will pay 20 pence more per crossing from April, the board's clerk said."
# a plug elsewhere in the document: the judge looks at every paragraph of a document it sees
PLUG = "Sign up for our morning briefing email."


def _warnings(text: str):
    doc = Document(REGISTRY.readers["text"].read(text), "t.txt")
    return [
        d for d in ENGINE.lint(doc)
        if d.category == "advertorial" and d.severity.rank >= Severity.WARNING.rank
    ]


VOICED = [
    "Never miss a result: our free Matchday email lands before breakfast. Sign up in one click!",
    "Want the tide tables on your phone? Grab the Harbour Gazette app and switch on alerts.",
    "Loved this piece? Share it with a friend who sails, and tell us what we should cover next!",
    "Catch every episode of Quayside Stories wherever you listen, and leave us a review.",
    "Stuck on the new timetable? Email your question to asks@harbourgazette.example and we will answer it on Friday.",
]


@pytest.mark.parametrize("plug", VOICED, ids=[p[:40] for p in VOICED])
def test_a_plug_in_new_words_is_reported_by_its_voice(plug):
    text = f"{BEFORE}\n{plug}\n{AFTER}\n{PLUG}\n"
    assert [d.line for d in _warnings(text)] == [2, 4], plug


NOT_PLUGS = [
    # advice to the reader, public-service lines, calls in a story, an editorial
    "If you want to apply for the grant, visit the website and fill in the form before Friday.",
    "You can follow the vote live on the parliament website from 2pm.",
    "Anyone with information should email the inquiry at harbour@inquiry.example or call 101.",
    "We all need to protect our coastline, and you can start by joining a beach clean!",
    "Our town deserves better, and so do you. Vote on Thursday!",
    "Our reporters spoke to more than 40 residents, and you can read their stories in full below.",
    "If you have been affected by the issues in this story, you can contact Samaritans on 116 123.",
    '"Follow us on Instagram and come to the open day!" the lifeboat crew posted on Monday.',
]


@pytest.mark.parametrize("line", NOT_PLUGS, ids=[p[:40] for p in NOT_PLUGS])
def test_news_and_advice_addressed_to_the_reader_is_not_a_plug(line):
    text = f"{BEFORE}\n{line}\n{AFTER}\n{PLUG}\n"
    assert [d.line for d in _warnings(text)] == [4], line


def test_a_voiced_plug_is_reported_alike_with_or_without_other_plugs_in_the_document():
    rule = REGISTRY.rules[advertorial_voice.RULE_ID]
    judged = _warnings(f"{BEFORE}\n{VOICED[0]}\n{AFTER}\n{PLUG}\n")[0]
    alone = _warnings(f"{BEFORE}\n{VOICED[0]}\n{AFTER}\n")[0]
    for d in (judged, alone):
        assert (d.line, d.rule, d.message) == (2, rule.id, rule.message)
    assert (judged.column, judged.end_column) == (alone.column, alone.end_column)


def test_a_channel_word_alone_is_never_reported():
    text = f"{BEFORE}\nThe ferry app and the new website cost the board £40,000 last year.\n{AFTER}\n"
    doc = Document(REGISTRY.readers["text"].read(text), "t.txt")
    assert [d for d in ENGINE.lint(doc) if d.category == "advertorial"] == []


def test_a_mention_of_the_publications_channels_needs_the_reader():
    talk = "Our live blog will bring you every result from the count as it comes in."
    note = "Our live blog ran for 14 hours on election night."
    assert [d.rule for d in _warnings(f"{BEFORE}\n{talk}\n{AFTER}\n")] == ["advertorial/self-promo"]
    assert _warnings(f"{BEFORE}\n{note}\n{AFTER}\n") == []
