"""Unattributed claims: the kinds of false alarm round 25's check halves kept (and round 25's
tuning half left), fixed as grammar in round 26. A bare "others" or "some" followed by a
sentence that opens with a named person and their role is most often one of them (a hint);
"state officials said" before a body's tag in the next sentence may be that body's officials
(a hint); a legislator's title with a comma before the verb ("Sen. Ana Roe, said") and a
hyphenated title ("vice-minister of") name a member; "people will wonder" is the writer's
forecast; "it was agreed" after talks whose parties are given is their agreement; "material
deemed obscene" that a verb of barring bars is deemed by who bars it; an interview answer's
run-in label with a letter lost to a bad conversion is still a label. Each case is a pair
written for these tests: the true claim stays a warning; the look-alike is cleared (silent, or
a hint at info). See docs/history/unattributed-claims.md, round 26.
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


# (a warning, a hint at info): a bare quantifier, then a named person placed by a role
ROLE_NEXT = [
    ("But others criticised it. The decision takes effect on Monday.",
     "But others criticised it. Hiroshi Ito, a professor of law at the "
     "City Law School, said that the order still fails."),
    # a name with no role places nobody
    ("Others think the problems are deeper. Wibke Werner thinks rents are the cause.",
     "Others think the problems are deeper. Wibke Werner, deputy director of the city's tenants "
     "association, the Mieterverein, thinks rents are the cause."),
]


@pytest.mark.parametrize(("flagged", "hinted"), ROLE_NEXT)
def test_round26_a_named_person_with_a_role_after_others(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_round26_one_who_disagrees_is_not_one_of_them(lint):
    # the named person takes the other side: not one of "some"
    assert _warnings(lint, "Some say the carriers are at risk. But Tom Wallace, a security expert at "
                           "the Asia Institute, disagrees, saying they are safe.")


def test_round26_a_noun_group_is_not_a_bare_quantifier(lint):
    # "critics" have a noun of their own: another named person is not made one of them
    assert _warnings(lint, "Critics say the plan will fail. Hiroshi Ito, a professor of law at the "
                           "City Law School, said that it would work.")


# (a warning, a hint at info): officials with no place of their own, then a body's tag
BODY_NEXT = [
    ("A former teacher took a student, state officials said. The man, 50, is accused of kidnapping "
     "her on Monday, his neighbours said.",
     "A former teacher took a student, state officials said. The man, 50, is accused of kidnapping "
     "her on Monday, the Tennessee Bureau of Investigation said in a press release."),
    # a place of the group's own that the body does not share: another country's body
    ("The boat sank in a storm, Philippine officials said. The Chinese foreign ministry said it "
     "had sent a ship.",
     "The boat sank in a storm, federal safety officials said. The Consumer Product Safety "
     "Commission said it had sent a team."),
    # a place that opens the sentence is still the group's own; "State" is no place
    ("Philippine officials said the boat sank. The Chinese Coast Guard said it was a storm.",
     "State officials said the boat sank. The Tennessee Bureau of Investigation said it was a storm."),
]


@pytest.mark.parametrize(("flagged", "hinted"), BODY_NEXT)
def test_round26_a_body_named_next_for_officials_with_no_place(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


# (a warning, silent): a member of the group named in a form round 25 did not read
MEMBER_NAMED = [
    ("Legislators said the law would help residents. One of its authors, Sen. Scott Bean, voted "
     "for it.",
     "Legislators said the law would help residents. One of its authors, Republican Sen. Scott "
     "Bean, said he expected problems."),
    ('China will build more railways, a senior official said. "Most cities will be linked," says '
     'Yang Yu, a passenger from Wuhan.',
     'China will build more railways, a senior official said. "Most cities will be linked," says '
     'Yang Yu, vice-minister of transport.'),
]


@pytest.mark.parametrize(("flagged", "cleared"), MEMBER_NAMED)
def test_round26_member_named_in_a_title_form(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# (a warning, silent): the same words with and without a claim
NO_CLAIM = [
    # a modal of the future before "wonder" or "expect": the writer's forecast
    ("People who wear headscarves wonder about the motives of such firms.",
     "People who wear headscarves will wonder about the motives of such firms."),
    ("So people expect more reform this year.",
     "So people may expect more reform this year."),
    # an agreement whose parties the sentence gives
    ("In the end, it was agreed that the evacuation would start again.",
     "After long talks involving the Russians and rebel forces, it was agreed that the evacuation "
     "would start again."),
    # deemed by who bars it
    ("The museum holds paintings deemed to be the finest of the period.",
     "The minister ordered a ban on all online content deemed to be blasphemous."),
    ("The museum holds paintings deemed to be the finest of the period.",
     "The regulator blocks sites with material deemed to be obscene."),
]


@pytest.mark.parametrize(("flagged", "cleared"), NO_CLAIM)
def test_round26_no_claim(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


def test_round26_deemed_with_an_auxiliary_is_a_passive(lint):
    # "is deemed" is a clause of its own: whoever bars the sites, who deems the material is open
    assert _warnings(lint, "The regulator blocks sites whose material is deemed to be obscene.")


def test_round26_a_run_in_label_with_a_lost_letter(lint):
    # a Q&A run into one paragraph, its speaker's name with a letter a bad conversion lost
    text = ("DW: Mr. Gr\ufffdnberg, many voters chose the populist. Was it out of anger? Arnon "
            "Gr\ufffdnberg: Anger played a role. Apparently, many people no longer know who they are. "
            "When I grew up, it was different. Where does the fear come from? Arnon Gr\ufffdnberg: "
            "I think it comes from insecurity. Many people feel lost.")
    assert not _warnings(lint, text)
    assert _warnings(lint, text.replace("Arnon Gr\ufffdnberg: ", ""))

