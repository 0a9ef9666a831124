"""Unattributed claims: constructions missed on fresh news copy (round 12, lee_background
texts 31-150), each with a pair written for these tests: the cue (a warning) and a sentence
that looks like it but is sourced or no claim. See docs/history/unattributed-claims.md, round 12.
"""

from __future__ import annotations

import pytest

from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


PAIRS = [
    # people who saw, treated or led: as vague a source as "officials" when nobody is named
    # (onlookers since round 40: what witnesses say they saw is a first-hand hint)
    ("The ferry struck the pier at dawn, onlookers said.",
     "The ferry struck the pier at dawn, an onlooker, Ana Ruiz, said."),
    ("Local medics say two sailors were hurt when the ferry struck the pier.",
     "The medics treated two sailors after the ferry struck the pier, the coastguard said."),
    ("Rebel forces claimed they had taken the bridge overnight.",
     "Rebel forces took the bridge overnight, the defence ministry said."),
    ("Rebel commanders said they had taken the bridge overnight.",
     "Rebel commanders took the bridge overnight, the defence ministry said."),
    # "earlier" inside the verb chain, like "already" or "later"
    ("The count is unclear, although officials had earlier said it was two.",
     "The count is unclear, although officials had earlier refused to give one."),
    # the source's words on a participle of its own predicate, or a passive "quoted as saying"
    ("Senior officials have been more cautious, saying the channel may close again.",
     "Senior officials have been more cautious since the storm, and the channel may close again."),
    ("Senior officials were cautious, saying the channel may close again.",
     "Senior officials closed the channel after the pilots, saying it was silting up, refused to sail."),
    ("A senior port official was quoted by the Gazette on Monday as saying the channel would close.",
     "The harbour master, Ana Ruiz, was quoted by the Gazette as saying the channel would close."),
    # two nationality adjectives joined by "and" modify one head, even in a tag
    ("The ferry struck the pier, Egyptian and Sudanese port officials said.",
     "The ferry struck the pier, Ana Ruiz and other port officials said."),
    # news nobody is named as giving: "reports say" is hearsay, not a study cited in passing
    ("Reports say the ferry struck the pier at dawn.",
     "Pier inspector Ana Ruiz said reports say the ferry struck the pier at dawn."),
    ("Reports suggested the ferry had struck the pier.",
     "The ferry's crew said reports suggested the ferry had struck the pier."),
    ("Initial reports spoke of a dozen people hurt when the ferry struck the pier.",
     "Initial reports spoke to the concerns of the ferry crew."),
    # a cause laid by nobody: "blamed for" / "blamed on", finite or as a reduced relative
    ("A loose cable was blamed for the blackout at the pier.",
     "A loose cable was blamed for the blackout at the pier by the harbour board."),
    ("Crowds marched against the council blamed for the blackout at the pier.",
     "Crowds marched against the council, which blamed a loose cable for the blackout."),
    ("The blackout at the pier was blamed on a loose cable.",
     "The harbour board blamed the blackout at the pier on a loose cable."),
    # "there is/was" + hearsay with a that-less clause
    ("There was speculation it could have struck the pier.",
     "There was a report it had sent to the pier office."),
    ("There were reports he had fled the island.",
     "There were reports on the desk when he fled the island."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round12_constructions(lint, flagged, not_flagged):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)
