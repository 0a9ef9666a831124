"""Unattributed claims, round 42: general misreadings found on copy nobody had tuned on (I).

Precision: a name apposed to a vague source at the end of its sentence names it ("...,
according to a community leader, Mr. Tunde Bello."; before, only a name closed by a comma
did); evidence given at a named forum after "according to" ("according to evidence led by
the inquiry's legal team") is the forum's record, as "the court heard" is; a researcher is a
title of expertise, so "Analysts said ... said Jane Roe, chief researcher at X" names one of
them; participants telling what they went without ("say they have gone ten hours without water",
"said they hadn't seen a council van"), asking their own question ("questioned why it took a
week"; "questioned whether" voices a doubt and warns) or complaining of their own hardship in a
that-clause ("complained that they had not received breakfast") give a first-hand account;
evacuees are participants;
copies of the material a fact check tests ("Other versions of the post claim") are a hint.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 42.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    # what still warns beside the new clearings and hints
    ("The men stormed the hall, according to a community leader.", "according to a community leader"),
    ("The men stormed the hall, according to a resident, who saw it.", "according to a resident"),
    ("Traders said demand had been strong. \"Supply is tight,\" said Jane Roe, chief researcher at Keyhaus.",
     "Traders said"),
    ("The firm was allegedly paid for work that was never done, according to evidence.", "allegedly"),
    ("Some residents complained that food had not reached the hill villages.", "Some residents complained"),
    ("Some evacuees complained that the government had abandoned them.", "Some evacuees complained"),
    ("Residents said they had been told the water was safe.", "Residents said"),
    ("Residents said they had always known the bridge was unsafe.", "Residents said"),
    ("Officials said they had appealed the ruling.", "Officials said"),
    ("Critics questioned whether the plan would work.", "Critics questioned"),
    ("Some fans questioned whether the couple had split.", "Some fans questioned"),
    ("Residents said they had appealed to the army for a checkpoint.", "Residents said"),
    ("Other versions of the story claim he fled to Spain.", "Other versions of the story claim"),
    ("Some versions say the king was poisoned.", "Some versions say"),
]

HINTS = [
    "Residents of two northern suburbs say they have gone up to ten hours a day without water since June.",
    "Residents said they hadn't seen a council van in weeks.",
    "Some parents questioned why it took the school a week to tell families about the leak.",
    "Some evacuees at a hall in Tumpat complained on social media that they had not received breakfast.",
    # (round 153: a clip is footage now, so its maker is named here; the hint is the copies')
    "A clip shared on Facebook by the fire service shows a bridge falling. Other versions of the post claim the bridge is in Lagos.",
    "A clip shared on Facebook by the fire service shows a bridge falling. Some variations of the post claim it is in Lagos.",
]

SILENT = [
    "The men stormed the hall during the prayers, according to a community leader, Mr. Tunde Bello.",
    "The men stormed the hall during the prayers, according to a community leader, Tunde Bello.",
    "The men stormed the hall, said a community leader, Tunde Bello.",
    "The men stormed the hall, according to a local official, Dr Ana Ruiz.",
    "Analysts said demand had been strong this quarter. \"Supply has been tight,\" said Ms Jane Roe, "
    "chief researcher at property agency Keyhaus.",
    "The firm was allegedly paid for work that was never done, according to evidence led by the inquiry's "
    "legal team last week.",
    "The firm was allegedly paid for work that was never done, according to testimony before the commission.",
    "The firm was allegedly paid for work that was never done, according to evidence heard by the tribunal.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round42_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize("text", HINTS)
def test_round42_hint(lint, text):
    assert_hint(lint, text)


@pytest.mark.parametrize("text", SILENT)
def test_round42_silent(lint, text):
    assert_silent(lint, text)
