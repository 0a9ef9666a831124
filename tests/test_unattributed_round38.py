"""Unattributed claims, round 38: vague provenance whose releaser the sentence names.

"Footage has emerged" is vague provenance (GUIDELINES.md), but a participle and "by" right
after the emergence that name the material's maker or releaser clear it, as a named source in
the sentence does: "footage has emerged, released by the fire service, showing ...",
"documents have surfaced, obtained by the Harbour Gazette". The agent must be named or
identified: a capitalised name, "the" or a possessive before an institution, or a person whose
name is given ("a passer-by named as Tom Reid"). "By a source", "by activists", "by users",
"by a passer-by" (no name), "posted online" and a releaser named only in a later relative
clause still warn.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 38.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    ("Footage has emerged, shared by a source, showing the blaze spreading across the roof.",
     "Footage has emerged"),
    ("Footage has emerged, posted by activists, showing soldiers firing at the crowd.",
     "Footage has emerged"),
    ("Footage has emerged, shared by users, showing soldiers firing at the crowd.",
     "Footage has emerged"),
    ("Footage has emerged, posted online, showing soldiers firing at the crowd.",
     "Footage has emerged"),
    ("Footage has emerged, filmed by a passer-by, showing the car leaving the road.",
     "Footage has emerged"),
    ("Footage has emerged, filmed by residents, showing the car leaving the road.",
     "Footage has emerged"),
    ("Footage has emerged, showing the blaze, which was later released by the fire service.",
     "Footage has emerged"),
    ("Footage has emerged showing the blaze spreading across the roof.", "Footage has emerged"),
]

SILENT = [
    "Footage has emerged, released by the fire service, showing the blaze spreading across the roof.",
    "Footage has emerged, filmed by a passer-by named as Tom Reid, showing the car leaving the road.",
    "Documents have surfaced, obtained by the Harbour Gazette, showing the deal was signed.",
    "A video has emerged, posted by the club, showing the players celebrating in the dressing room.",
    "Images have emerged, released by their ministry, showing the damage to the bridge.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round38_warned(lint, text, cue):
    found = _warnings(lint, text)
    assert found, text
    assert any(cue in d.message for d in found), [d.message for d in found]


@pytest.mark.parametrize("text", SILENT)
def test_round38_silent(lint, text):
    assert not _claims(lint, text)
