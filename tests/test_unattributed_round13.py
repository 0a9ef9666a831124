"""Unattributed claims: constructions missed on fresh news copy (round 13, lee_background
texts 151-300), each with a pair written for these tests: the cue (a warning) and a sentence
that looks like it but is sourced or no claim. See docs/history/unattributed-claims.md, round 13.
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
    # a clause that says the source is kept unnamed makes "the official" as vague as "an official"
    ("The pier closed overnight, said the official, who asked not to be named.",
     "The pier closed overnight, said the official, who has worked there for years."),
    ("The official, who spoke on condition of anonymity, said the pier had closed.",
     "The official, who joined the board in May, said the pier had closed."),
    # people who saw or who sit in a cabinet, as vague as "witnesses" or "officials" unnamed
    # (a view since round 40: what eyewitnesses say they saw is a first-hand hint)
    ("Eyewitnesses believe the ferry struck the pier at dawn.",
     "Eyewitnesses watched the ferry strike the pier at dawn, the coastguard said."),
    ("Cabinet ministers suggested that the pier should close.",
     "Cabinet ministers visited the pier, the council said."),
    # "announce" reports a claim with its that-clause, not with an object ("announced a new pier")
    ("Officials announced that the pier would close.",
     "Officials announced a new pier on Monday."),
    # "is reported as saying": reported by whom?
    ("The harbour master is reported as saying the pier will close.",
     "The harbour master is reported as saying the pier will close, the Gazette said."),
    # "member" as a source noun: a staff member, union members, members of the public
    ("A staff member said the pier had closed.",
     "A staff member, Ana Ruiz, said the pier had closed."),
    # news from a place is still news nobody is named as giving
    ("Reports from the area say the pier has closed.",
     "Reports from the ministry say the pier has closed."),
    # "has to be" and "needs to be" are as deontic as "must be": a recommendation, no view
    ("The pier has long been considered as a landmark.",
     "For the plan to work, the pier has to be considered as a landmark."),
    ("The pier has long been seen as a landmark.",
     "The pier needs to be seen as a landmark."),
    # a capitalised head after a capitalised word, before a lower-case verb, ends a name
    ("After the storm, authorities say the pier is closed.",
     "After the storm, Harbour Authorities say the pier is closed."),
    # an unnamed source closing the sentence tells all of it, a named speaker's words included
    ("Envoy Ana Ruiz told the two sides they had two days to agree, an official said.",
     "Envoy Ana Ruiz said officials expect the two sides to agree within two days."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round13_constructions(lint, flagged, not_flagged):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)


def test_place_before_a_tag_names_no_member(lint):
    # a place before ", a harbour source said" is no name of a member of the group: the
    # phrase its verb follows at once is a closing tag, not an apposition, so both stay
    text = ("A coastguard source said the ferry sank at dawn. A second boat ran aground near Dunmore, "
            "a harbour source said.")
    assert len(_warnings(lint, text)) == 2
    named = "A coastguard source said the ferry sank at dawn. Ana Ruiz, a coastguard source, confirmed it."
    assert not _warnings(lint, named)
