"""Unattributed claims, round 112: a group of people met where things happen, answered by one
of them named and placed (issue 14).

"Stallholders said ..." then '"...," said Jo Marsh, who sells cheese in the square.' or "Jo
Marsh, who runs a stall there, said ...": the piece brings in one of the group it has
just summed up, placed by what they do (a relative clause). The group is a ``participant-nouns`` head
(traders, residents, workers): a hint, as round 53's opinion groups are. Traps: a bare name
(places nobody), a title only (round 67: as often the side that answers), a role in a public body in lower case ("the council's highways chief": the
side that answers), sources (their anonymity is the point), a name with no verb of saying.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    'Aid workers said the camp was a disgrace. "There is no room left," said Lena Berg, who heads '
    "the Nordic Relief Council's office in the region.",
    "Local traders said the closure was unlawful. Tom Reed, who owns the Golden Crust bakery on "
    "Mill Street, said his takings had halved.",
])
def test_a_participant_named_and_placed_next_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    # a bare name places nobody
    'Traders said the new levy was unlawful. "Nobody comes on a Tuesday now," said Jo Marsh.',
    # the side that answers: a role in a public body
    'Residents complained that the bins were a scandal. "We are catching up," said Amir Khan, '
    "the council's waste manager.",
    'Traders said the levy was unlawful. "It was agreed in May," said Jo Marsh, head of markets at '
    "the city council.",
    # a title only: as often the side that answers (round 67) or an outside expert (round 42)
    'Traders said the new levy was unlawful. "Nobody comes on a Tuesday now," said Jo Marsh, '
    "head of sales at Brook Partners.",
    # a public body in the clause: the side that answers
    'Residents complained that the bins were a scandal. "We are catching up," said Amir Khan, '
    "who manages the council's waste team.",
    # sources are no participants: their anonymity is the point
    'Sources said the camp was unlawful. "There is no room left," said Lena Berg, who runs a '
    "shelter in the town.",
    # a name and a role, but no verb of saying after them
    "Local traders said the closure was unlawful. Tom Reed, who owns the Golden Crust bakery on "
    "Mill Street, closed his shop in May.",
])
def test_traps_stay_warned(lint, text: str) -> None:
    # (a headline with no body in it: "Council approves ..." would place the officials)
    assert_warned(lint, "Storm hits town\n\n" + text, "names nobody")
