"""Unattributed claims: the next-sentence source the clearing missed on round 23's fresh news
copy (a group reprised with the body it comes from, a member named with a title of expertise or
a legislator's title, a public body's tag after "officials" or "authorities", the claim's maker
named as an agent) and a person's closing "according to" in the same sentence, fixed as grammar
in round 24. Each case is a pair written for these tests: the true claim whose next sentence
names someone else stays a warning; the look-alike that names the source is cleared (silent,
or a hint at info). See docs/history/unattributed-claims.md, round 24.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (a warning with the second sentence of the first text; silent with that of the second)
NEXT_NAMED = [
    # the group itself again, definite, with the body its members come from, as a tag's speaker
    ('Scientists have said that the sunken land is a continent. "It is more than a name," the '
     'engineers, mostly from the state survey body Tonga Geology, wrote.',
     'Scientists have said that the sunken land is a continent. "It is more than a name," the '
     'scientists, mostly from the state survey body Tonga Geology, wrote.'),
    ('Analysts expect a rate cut in March. "The case is clear," the bankers at Delta Capital said.',
     'Analysts expect a rate cut in March. "The case is clear," the analysts at Delta Capital said.'),
    # a member named with a title of expertise, not the group's own noun
    ("The raids mark a new tactic, says one analyst. Mara Lind, a regional lawmaker, told the radio "
     "that the group has changed.",
     "The raids mark a new tactic, says one analyst. Mara Lind, non-resident fellow and regional "
     "expert, told the radio that the group has changed."),
    ("Exports will keep rising, most experts predict. The factories are busy, says Tom Wei, "
     "owner of a plant in Ningbo.",
     "Exports will keep rising, most experts predict. The factories are busy, says Tom Wei, "
     "professor of economics at Ningbo University."),
    # a legislator's title names a member, with the party-and-state tag before the verb
    ("Two members said the minister gave no answer. Gov. Luis Ortega (D-Ill.) said the talks went well.",
     "Two members said the minister gave no answer. Rep. Luis Ortega (D-Ill.) said the talks went well."),
    # the claim's maker named as the agent of a word pointing back at the claim
    ('Clinics face a "mission impossible" this winter, health bosses say. The warning comes as '
     'Care Trusts publishes its report.',
     'Clinics face a "mission impossible" this winter, health bosses say. The warning has been '
     'made by Care Trusts, which represents clinic trusts.'),
]


@pytest.mark.parametrize(("flagged", "cleared"), NEXT_NAMED)
def test_round24_next_sentence_names_the_source(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# (a warning, a hint at info): the next sentence's public body, or a person's "according to"
HINTED = [
    # a public body's closing tag after "authorities" or "officials": which authority it was
    ("Nine people drowned off the coast, according to Greek authorities. The boat sank at night, "
     "the opposition party said in a statement.",
     "Nine people drowned off the coast, according to Greek authorities. The boat sank at night, "
     "the Greek coastguard said in a statement."),
    ("The reef lies inside the zone, Philippine officials said. The Chinese foreign ministry said "
     "the reef was Chinese.",
     "The reef lies inside the zone, Philippine officials said. The foreign ministry said the "
     "reef had been mapped in May."),
    # a person named with a role closes the sentence with "according to"; an outlet does not
    ('Herders are seen by security forces as "squatters", according to the Daily Planet.',
     'Herders are seen by security forces as "squatters", according to Omar Ruiz, an expert on land law.'),
]


@pytest.mark.parametrize(("flagged", "hinted"), HINTED)
def test_round24_named_body_or_person_is_a_hint(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_round24_reprise_speaks_only_as_a_tag(lint):
    # the group again with its body, in a clause of its own: no tag, the group stays unnamed
    assert _warnings(lint, 'Members said they were not satisfied with the answers. "The members of '
                           'Congress that were with me walked out and said they heard nothing," he said.')
