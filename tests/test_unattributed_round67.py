"""Unattributed claims, round 67: a vague group's view, illustrated by a named speaker next.

News writing states a group's view and names, in the next sentence, a speaker who illustrates
it ("Residents say the road is dangerous. Mary Jones, 62, who lives on the corner, said ...").
GUIDELINES.md: not a cue when a named or clearly identified source is given in the sentence or
the next one. Main cleared the group only when the speaker's description repeated the group's
noun ("One resident, X,"); the illustrated kind is described otherwise (an age, a relative
clause of living, working or opposing, a title before the name or with no article, a role noun
that names a member). Traps: a named speaker who answers or opposes the group, who is the
group's object, who is only a subject of news, who comes two sentences later, or a group kept
anonymous on purpose. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# a group's view, and a named speaker who illustrates it next, described: no warning
ILLUSTRATED = [
    'Neighbours say the new crossing is too narrow. "Prams cannot get past each other," said '
    "Helen Marsh, 47, a childminder who lives opposite.",
    "Locals say the harbour wall is crumbling. Owen Pryce, who has fished from it for 40 years, "
    "said the stones had shifted after the winter storms.",
    "Critics say the parking levy will drive shoppers away. Ruth Gale, a councillor who voted "
    "against it, called it a tax on the high street.",
    "Experts warn the bridge could need closing within a decade. Professor Daniel Osei of "
    "Northgate University said the cables were corroding faster than expected.",
    "Economists expect inflation to ease by the summer. Laura Finch, chief economist at Tideway "
    "Bank, said fuel prices had already turned.",
    "Some parents say the new timetable is chaotic. One father, Marco Bell, said his son had "
    "three buses to catch each morning.",
    "Doctors say the clinic cannot cope with the winter rush. Dr Amira Haddad, a consultant at "
    "the infirmary, told the Courier that beds ran out by noon.",
    "Campaigners fear the meadow will be built on. \"We will not let this go,\" said Tom Reid, "
    "who chairs the Friends of Harrow Meadow.",
    "Traders say the roadworks have halved their takings. Jenny Cole, who runs a bakery on "
    "Mill Street, said she had cut her staff to two.",
    "Fans say the new ticket prices are unfair. Gary Holt, chairman of the Redmere Supporters "
    "Club, said families would be priced out.",
    "Analysts believe the merger will cost jobs. Priya Desai, a research fellow at the Larch "
    "Institute, said the two firms had too many overlapping offices.",
    "Farmers say the drought has wrecked the wheat harvest. Alan Brook, 58, who grows barley "
    "near Wexham, said his yields were down by half.",
    "Residents say the bus service has collapsed. Sophie Lang, a nurse who commutes to the "
    "city, said she had been late for three shifts this month.",
    "Scientists warn the glacier is retreating faster than forecast. Dr Karl Jensen, a "
    "glaciologist at the Polar Institute, said the ice had thinned by ten metres.",
    "Opponents say the incinerator will foul the air. \"Nobody wants to breathe this,\" said "
    "Maria Lopez, a mother of two who lives beside the site.",
    "Tenants say the repairs are months overdue. Kevin Ward, who has rented a flat in the block "
    "since 2015, said the damp had spread to every room.",
]

# the traps: the named person of the next sentence answers or opposes the group, is its object,
# is only the subject of news, comes two sentences later; or the group is anonymous on purpose
TRAPS = [
    "Critics say the plan will fail. But the mayor, Tom Hale, said it would succeed.",
    "Residents say the square is unsafe at night. However, the council's leader, Ann Price, said "
    "crime there had fallen.",
    "Campaigners say the pier is being neglected. Joe Marr, the minister responsible, rejected "
    "the claims.",
    "Workers say the factory ignored safety warnings. The company's chief executive, Lena Voss, "
    "denied it.",
    "Critics say Tom Hale, the mayor, has failed the town.",
    "Residents say the road is dangerous. Mary Jones was hurt there in May.",
    "Experts warn the dam could fail. The reservoir holds ten million tonnes of water. Professor "
    "Ana Ruiz of Eastshire University said the spillway was too small.",
    "Sources say the bank will cut jobs. Sarah Lin, chief economist at Harbour Capital, said "
    "rates would fall.",
    "People familiar with the talks say a deal is close. Mark Olsen, a trade lawyer in Geneva, "
    "said such talks often stall.",
    "Insiders say the board will replace the coach. Dan Price, 44, who took the job in 2021, "
    "said he was not going anywhere.",
    "Critics say the stadium is too expensive. Yet Paul Grant, a councillor who backed it, said "
    "the costs would be recovered.",
    "Opponents claim the scheme wastes money. The council's spokesman, Ian Moss, said the "
    "figures were wrong.",
    "Analysts say the airline is running out of cash. Its chief executive, Rita Blum, dismissed "
    "the concerns.",
    "Residents say the tower block is a fire risk. In response, Hugo Baines, the housing "
    "director, said every flat had been inspected.",
    "Campaigners say the zoo mistreats its animals. Gemma Ross, who runs the zoo, insisted the "
    "animals were well cared for.",
    "Critics say the referee cost the team the match. Sam Ortiz, who scored twice, was booked in "
    "the first half.",
    "Experts warn the virus is spreading in schools. Ella Grant, 9, was sent home on Monday.",
    # a bare name, no description: as often the other side (rounds 19 and 39 keep it warned)
    "Residents say the road is dangerous. Mary Jones said she had seen three crashes there.",
    # a described speaker who is not one of the group by the group's own measure: an expert
    # with no credential, a critic with no stance, "some shop owners" and a flower seller
    "Analysts believe the merger will cost jobs. Priya Desai, a partner at Larch Advisory, said "
    "the two firms had too many overlapping offices.",
    "Critics say the ferry timetable is a mess. Leo Brandt, a professor of transport at Kelmouth "
    "University, said the timetable worked well.",
    # a title or an office that answers, not a participant's description
    "Residents say the crossing is dangerous. Councillor Mary Jones said it would be fixed by June.",
    "Residents say the crossing is dangerous. Mr Jones said the council would act.",
    "Fans say the tickets are too dear. John Smith, chief executive of the club, said prices were fair.",
    "Workers say the plant is unsafe. Jo Blake, a manager at the plant, said it met every rule.",
    "Residents say the lane is dangerous. Ann Lee, a council engineer, said it met every standard.",
    "Some cafe owners say trade has slumped. Nina Park, who sells coffee from a van nearby, said "
    "it had.",
]


@pytest.mark.parametrize("text", ILLUSTRATED)
def test_a_group_illustrated_by_a_named_speaker_is_not_warned(lint, text):
    assert not _warnings(lint, text), text


@pytest.mark.parametrize("text", TRAPS)
def test_a_group_answered_or_not_illustrated_stays_warned(lint, text):
    assert _warnings(lint, text), text


# weaker evidence, a bare name and "said" with no description: a hint, not a clearance
HINTED = [
    "Critics argue the new tax will hurt pensioners. \"It is cruel,\" said Peter Lamb.",
    "Opposition politicians disputed that. Labour's health spokesman, David Kerr, said the "
    "waiting lists were the longest on record.",
]


@pytest.mark.parametrize("text", HINTED)
def test_a_group_then_a_bare_named_speaker_is_a_hint(lint, text):
    assert not _warnings(lint, text), text
    assert _claims(lint, text, Severity.INFO), text
