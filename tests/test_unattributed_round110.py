"""Unattributed claims, round 110: the press by kind, and the devotees of a place (issue 14).

1. The news media named only by kind, as the subject of a reporting verb or after "according
   to" ("Local media reported that", "state media said", "according to state media"): warned,
   since GUIDELINES.md clears "reported" only with a named outlet. Traps: an outlet named in
   apposition or an aside ("state media outlet Xinhua", "Local media, including the Harbour
   Post,"), "the media" pointing back, "media" modifying another head ("social media users",
   "media coverage", "media reports" with their confirmation).
2. The devotees of a place or a pursuit as the source of a verdict ("Coffee obsessives say",
   "Regulars will tell you that", "Film buffs will tell you", "Wine enthusiasts claim"): warned,
   as "fans insist" was. Traps: the writer's own sight ("Regulars queue from 8am"), regulars
   named ("Regulars Jane Roe and Tom Ash said"), a poll of regulars (the provenance rule's),
   "regular" as an adjective ("Regular inspections found").

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Local media reported that the harbour master had resigned.", "media"),
    ("State media said the sea wall had been breached overnight.", "media"),
    ("Provincial state media have said the ferry sank in calm water.", "media"),
    ("According to state media, the ferry sank in calm water.", "media"),
])
def test_the_media_by_kind_are_an_unnamed_source(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "State media outlet Xinhua said the sea wall had been breached overnight.",
    "Local media, including the Harbour Post, reported that the harbour master had resigned.",
    "Social media users said the ferry booking site had crashed.",
    "Media coverage suggested the ferry deal was off.",
    "The fire at the boatyard was covered by local media.",
    "Two trawlers sank, state media and the coastguard said.",
])
def test_an_outlet_named_or_media_as_a_modifier_is_quiet(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize(("text", "cue"), [
    ("Coffee obsessives say the beans at the harbour kiosk are roasted too dark.", "obsessives"),
    ("Regulars will tell you that the Tuesday quiz is the hardest on the coast.", "Regulars"),
    ("Film buffs will tell you that the sequel is the better picture.", "buffs"),
    ("Wine enthusiasts claim the 2019 vintage outlasts every other.", "enthusiasts"),
    ("A regular said the landlord had quietly sold the pub.", "regular"),
])
def test_devotees_are_an_unnamed_source(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Regulars queue from 8am for the harbour kiosk's pastries.",
    "Regulars Jane Roe and Tom Ash said the landlord had sold the pub.",
    "A poll of 200 regulars found that 80 per cent wanted the quiz kept.",
    "Regular inspections found the pier's timbers had been patched.",
])
def test_devotees_seen_named_or_counted_are_quiet(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_the_media_as_a_closing_tag_stay_a_described_source(lint) -> None:
    """", state media said." after a claim is the kind of outlet (a hint for the claim), as before."""
    text = LEAD + "The ferry reportedly sank in calm water, state media said."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
    assert claims(lint, text)
