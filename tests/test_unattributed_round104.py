"""Unattributed claims, round 104: public-media and popular-press copy (D103, D104, issue 14).

1. An unnamed source whose anonymity the copy explains ("who asked not to be named because she
   still works there"), or who gave part of a name ("who gave his name only as Tom"): a hint. A
   bare "who asked not to be named", and "on condition of anonymity" with no reason, stay warned
   (round 108 made the wire formula with its reason a hint too).
2. Records identified by how they were obtained ("according to a review of county records
   obtained through a public records request"): a hint; "according to a review" with no route
   stays warned.
3. A modal description in the writer's voice ("what can only be described as a rout"): a hint;
   "is described as" stays warned.
4. An active relative ("a cheese that the waiter described as ..."): the describer is its subject,
   no passive; "a cheese described as ..." (reduced relative) stays warned.
5. Forecasters in a piece that has named its weather service earlier (the weather desk's
   convention), and Environment Canada as a service: a hint; forecasters in a piece with no
   service, or in a live blog's entry after the one that named it, stay warned.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "A ferry worker, who asked not to be named because she feared losing her job, said the crossings would stop in May.",
    "A nurse at the home, who asked not to be identified for fear of reprisals, said night shifts were often left short.",
    "One passenger, who gave his name only as Tom, said the boats were often late.",
    "A neighbour who would give only her first name said the shouting went on for an hour.",
    "Dozens of clinics went unchecked for three years, according to a review of state licensing board "
    "records obtained through a public records request.",
    "The plant breached its permit four times, according to inspection reports released under "
    "freedom-of-information law.",
    "It was what can only be described as a rout.",
    "Environment Canada has issued a wind warning for the coast. Forecasters said gusts could reach 90 km/h by evening.",
    "Met Éireann has issued a status yellow rain warning for Kerry. Its forecaster Ana Ruiz said rivers would rise.\n\n"
    "Schools will stay open. The county council said it had sandbags ready.\n\n"
    "Forecasters have cautioned that the band of rain could still move north.",
    # (round 69 kept this a trap: the service two sentences away; since round 104 a hint, B87 gained)
    "The Met Office has issued a warning for wind. Trains have been cancelled. Forecasters said "
    "the worst was yet to come.",
])
def test_explained_identified_or_the_writers_own_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "The menu includes a Stilton that the chef described as the finest in the county.",
    "The shop sells a jam which her grandmother called the best in Kent.",
])
def test_an_active_relative_is_no_passive(lint, text: str) -> None:
    from tests.family_lint import claims
    assert not claims(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize(("text", "cue"), [
    # no reason given for the anonymity
    ("A ferry worker, who asked not to be named, said the crossings would stop in May.", "worker"),
    ("An official who spoke on condition of anonymity said the crossings would stop in May.", "official"),
    # (the wire formula with a reason was a trap here until round 108: now a hint,
    # tests/test_unattributed_round108.py)
    # no route: a review nobody names
    ("Dozens of clinics went unchecked for three years, according to a review.", "according to a review"),
    # the plain passive of description
    ("The minister is described as a difficult boss.", "described as"),
    # a reduced relative, no subject of its own
    ("The menu includes a cheese described as the finest in the county.", "described as"),
    # no weather service anywhere in the piece
    ("Forecasters said gusts could reach 90 km/h by evening.", "Forecasters"),
    # a live blog's later entry: the service was named in an entry of its own, hours before
    ("09:05 - The Met Office has extended its yellow warning for rain until Sunday.\n\n"
     "10:20 - Two roads near the harbour are closed after a landslip, the council said.\n\n"
     "11:45 - Forecasters fear the rain could turn to snow on high ground overnight.", "Forecasters"),
])
def test_the_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
