"""Unattributed claims, round 97: a rumour, a union speaking for its officials, a study named
in the next paragraph, a paper put to a meeting (D93, D94, issue 14).

1. A rumour is talk nobody owns: a named speaker in the sentence before does not vouch for
   "is rumoured to", as round 91 found for "is understood to" ("is believed to" may still be
   the speaker's, a hint).
2. "union officials said", then the union named as the next lead: the body the group's own
   modifier names speaks for them, as a ministry does for "officials" (a hint).
3. "..., researchers reported." ending a paragraph, the next opening with the study's journal
   or makers: science copy's lede and its study (a hint: a new paragraph may start a new point).
4. "according to a report presented to the meeting": a paper on a body's public record, its
   writer unsaid (a hint).
5. "Traders expect a cut. Futures price in a 64 per cent chance, according to LSEG data.": the
   expectation measured by named market data in the next sentence (a hint).
6. "A worker at a neighbouring unit said ... . '...,' he said.": one witness opening the
   sentence, quoted in their own words next, as a vox pop's closing tag is (a hint).

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("The maker told us an update is due in May. A new model is rumoured to be arriving in spring.",
     "is rumoured to"),
    ("The coach said he was happy with the squad. His captain is rumored to be leaving.", "is rumored to"),
    ("Dockers voted to extend the strike, union officials said. The ferry company said it had a plan.",
     "union officials said"),
    ("Union officials said the vote passed. But the union Seaport said most members opposed it.",
     "Union officials said"),
    ("Scientists say the ice is thinning.\n\nBut a study published in the journal Polar Ice found otherwise.",
     "Scientists say"),
    ("Scientists say the ice is thinning.\n\nThe shelf lost fifty metres last year.", "Scientists say"),
    ("Critics say the ice is thinning.\n\nThe survey, published in the journal Polar Ice, measured it.",
     "Critics say"),
    ("The council will supply a caddy, according to a report.", "which report"),
    ("Traders expect the bank to cut rates. Futures price in a 64 per cent chance of a cut, according to "
     "market data.", "Traders expect"),
    ("Traders expect the bank to cut rates. But futures price in a 64 per cent chance of a hike, according "
     "to LSEG data.", "Traders expect"),
    ("Traders expect the bank to cut rates.\n\nFutures price in a 64 per cent chance, according to LSEG data.",
     "Traders expect"),
    ("A worker at a nearby depot said staff had been sent home early.", "A worker at a nearby depot said"),
    ("Workers at a nearby depot said staff had been sent home. \"It was chaos,\" he said.",
     "Workers at a nearby depot said"),
    ("A worker at a nearby depot said staff had been sent home. \"It was chaos,\" the manager, Tom Reed, said.",
     "A worker at a nearby depot said"),
    ("A source said the deal was close. \"It will be signed,\" he said.", "A source said"),
    ("The council will supply a caddy, according to a report sent to a friend.", "which report"),
    ("The council will supply a caddy, according to a report presented to the public.", "which report"),
])
def test_the_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Dockers voted to extend the strike, union officials said.\n\nThe dockers' union Seaport said most "
    "members had backed it.",
    "Union officials said the vote passed. The Seaport union said most members backed it.",
    "The drug slowed the tumour, researchers reported on Monday.\n\nThe trial, published in the journal "
    "Brain Medicine, enrolled 50 adults.",
    "Scientists say the ice is thinning.\n\nThe survey, carried out by the Polar Institute, measured it.",
    "The council will supply a caddy, according to a report presented to the meeting.",
    "Fees will rise, according to a document tabled at the planning committee.",
    "A worker at a nearby depot said staff had been sent home early. \"You could smell the smoke from the "
    "road,\" he said.",
    "One passenger said the crew had told them to stay seated. \"Nobody panicked,\" she said.",
    "Traders expect the bank to cut rates next month. Futures markets price in a 64 per cent chance of a cut "
    "in June, according to LSEG data.",
])
def test_the_source_is_placed_but_not_named(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)
