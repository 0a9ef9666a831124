"""Unattributed claims, round 68: false alarms on well-attributed copy, by beat.

Round 68 wrote 24 wire, local, broadcast and tabloid stories attributed as newsrooms attribute
(set W, outside the repository) and read every warning. Two general kinds of false alarm:

1. A public service's own people, then the service speaking in the next sentence ("Officials
   have warned the risk is high. The fire service said ..."; "Health chiefs warned ... The
   medicines regulator said ..."): the body says which office it was; whether the group is its
   own the words do not say, so a hint, as round 24's "officials ... the coastguard said" is.
2. Organisations summed up as a group, then an officer of one named organisation speaking
   ("Cycling groups said ... Sarah Lund, policy director at the charity Safe Streets, said"):
   the officer speaks for one of the groups; whether for all of them is doubtful, so a hint.

Traps of the same shapes stay warned: a contrast or an answering verb, a group that judges
(critics, experts) or is anonymous on purpose, a company or another country's body, a public
body's or a company's officer, a spokesman. Every sentence is written for these tests.
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


# kind 1: a service's people, then the service speaks next: a hint, not a warning
SERVICE_NEXT = [
    "Officials have warned that the risk of new fires remains very high. The fire service said "
    "the next two days would be critical.",
    "Health chiefs warned that the clinics were already full. The health board said waiting times "
    "had doubled since the spring.",
    "Police chiefs said more officers would be needed for the festival. The police service said it "
    "had asked the county for extra funding.",
    "Officials said two crews had been sent to the crash. The ambulance service said both patients "
    "were in a stable condition.",
    "Prison chiefs said the east wing was overcrowded. The prison service said forty inmates "
    "would be moved by Friday.",
    "Health chiefs say the new jab is safe. The medicines regulator said no serious side effects "
    "had been reported in the trial.",
    "Officials said the storm had weakened overnight. The national weather service said winds had "
    "dropped below gale force.",
    "Transport chiefs have warned of long delays over the bank holiday. The rail regulator said "
    "engineering work would close two main lines.",
    "Officials said the beach would stay closed until the water was tested. The environment agency "
    "said results were expected on Monday.",
    "Council chiefs have warned of deep cuts to libraries. The county council said in a statement "
    "that it faced a gap of twelve million pounds.",
    "Fire chiefs said the blaze had been started deliberately. The regional fire service said an "
    "investigation was under way.",
    "Education chiefs said the exams would go ahead as planned. The exams regulator said papers "
    "had been printed and sent to schools.",
]

# the same shapes that stay warned
SERVICE_TRAPS = [
    # a contrast, an answering verb
    "Health chiefs warned that the clinics were full. But the health board said waiting times "
    "had fallen since the spring.",
    "Police chiefs said the force was badly short of officers. The police service denied that it "
    "was short-staffed.",
    # a group that judges, not a body's own people
    "Critics said the fire cover was failing. The fire service said response times had improved.",
    "Experts warn the dam is unsafe. The water service said it had been inspected last year.",
    # a company, not a public body
    "Officials said the water was unsafe to drink. The company that supplies it said tests had "
    "found nothing.",
    # another country's body
    "French officials said the ferry had sunk. The British coastguard service said it had sent "
    "a lifeboat.",
    # anonymous on purpose
    "Officials speaking on condition of anonymity said the fire was started deliberately. The "
    "fire service said its inquiry was continuing.",
    # a person, not the body; nobody at all
    "Health chiefs fear a shortage of nurses this winter. Nurses at the hospital said they were "
    "exhausted.",
    "Transport chiefs have warned of delays. Passengers said they had not been told.",
    # two sentences on
    "Prison chiefs said the wing was overcrowded. Inmates were moved last week. The prison "
    "service said forty more would follow.",
    "Officials say the plan will cost billions. The developer said it had no comment.",
]

# kind 2: organisations as a group, then an officer of one named organisation: a hint
OFFICER_NEXT = [
    "Cycling groups said the penalties were still too weak. Sarah Lund, policy director at the "
    "charity Safe Streets, said deaths had risen every year.",
    "Conservation groups say the plan is a mistake. Tom Reed, director of the Clean Rivers Trust, "
    "said the outfall would foul the estuary.",
    "Anti-poverty groups warned that families would go hungry this winter. Anna Cole, chief executive of the "
    "Hope Food Bank Network, said demand had doubled.",
    "Passenger groups said the new timetable was unworkable. Mark Dean, general secretary of the "
    "Rail Users Union, said members had been ignored.",
    "Business groups said the cut in rates was welcome. Lisa Grant, head of policy at the Wexham Chamber of "
    "Commerce, said it would help small firms.",
    "Rights groups condemned the arrests. Omar Haddad, director of the Justice Watch Centre, said "
    "the detainees had not seen a lawyer.",
    "Farming groups warned of higher food prices. Ellen Fry, president of the Upland Farmers "
    "Federation, said feed costs had soared.",
    "Animal welfare groups said the law was too weak. Dan Hill, head of campaigns at the Paws "
    "Trust, said fines had not been raised since 1990.",
    "Consumer groups said the new fees were unfair. Jill Arden, director of the Fair Banking "
    "Campaign, said pensioners would pay most.",
    "Patient groups said the waits were unacceptable. Rita Shah, chair of the Kidney Patients "
    "Association, said some had waited two years.",
    "Environmental groups say the mine will poison the river. Joe Park, chair of the Save "
    "the Valley Alliance, said the tailings dam was unlined.",
    "Housing groups warned that evictions would rise. Nina Brooks, chief executive of the "
    "Shelter Forward Foundation, said calls to its helpline had trebled.",
]

OFFICER_TRAPS = [
    # a public body's or a company's officer answers
    "Cycling groups said the penalties were too weak. Sarah Lund, policy director at the transport "
    "ministry, said the rules were under review.",
    "Business groups said the cut was too small. Lisa Grant, head of policy at Barton Motors, said it would "
    "not change its plans.",
    "Welfare groups warned that families would go hungry. Anna Cole, a spokeswoman for the Department "
    "for Work and Pensions, said benefits had risen.",
    "Rights groups condemned the arrests. Omar Haddad, the interior minister, said the detainees "
    "were suspects.",
    # a contrast, an answering verb
    "Conservation groups said the plan was a mistake. But Tom Reed, director of the Clean Rivers Trust, "
    "said it was a fair compromise.",
    "Passenger groups said the timetable was unworkable. Mark Dean, chairman of the Rail Users "
    "Union, rejected that.",
    # anonymous on purpose; not a group of organisations
    "Sources at several charities said the fund was empty. Anna Cole, chief executive of the Hope "
    "Food Bank Network, said demand had doubled.",
    "Some analysts say the fees are unfair. Jill Arden, director of the Fair Banking Campaign, said "
    "pensioners would pay most.",
    # the officer speaks no words, or two sentences on
    "Patient groups said the waits were unacceptable. Rita Shah, chair of the Kidney Patients "
    "Association, was not at the meeting.",
    "Farming groups warned of higher prices. Feed costs rose again in March. Ellen Fry, president "
    "of the Upland Farmers Federation, said the rise was steep.",
    "Some groups say the law is too weak. The bank's chief executive, Jill Arden, said it was "
    "adequate.",
]


@pytest.mark.parametrize("text", SERVICE_NEXT + OFFICER_NEXT)
def test_a_body_or_an_officer_speaking_next_makes_the_group_a_hint(lint, text):
    assert not _warnings(lint, text), text
    assert _claims(lint, text, Severity.INFO), text


@pytest.mark.parametrize("text", SERVICE_TRAPS + OFFICER_TRAPS)
def test_the_same_shapes_answered_or_anonymous_stay_warned(lint, text):
    assert _warnings(lint, text), text


# kind 3: researchers' view, then the study it rests on named next: a hint
STUDY_NEXT = [
    "Climate scientists say heatwaves of this kind are becoming common. A study by Heat Risk "
    "Watch found such summers were now ten times more likely.",
    "Scientists warn the reef will not recover this decade. Research by Ocean Census showed coral "
    "cover had halved since 2010.",
    "Researchers say the drug slows memory loss. A trial run by Brainwell Partners found a 27 "
    "percent slower decline over 18 months.",
    "Scientists believe the bees are dying from a virus. A paper from Pollinator Health Network "
    "suggested the mites spread it between hives.",
    "Researchers said the scheme had cut reoffending. An analysis by Second Chance Data found a "
    "fall of a fifth among those who took part.",
    "Scientists say the lake is warming faster than the sea. A study by Alpine Lakes Monitor "
    "estimated a rise of two degrees since 1980.",
    "Researchers believe screen time harms sleep in teenagers. A review by Sleepwise Labs "
    "concluded that the evidence was strong.",
    "Scientists warn that the fungus could spread to wheat. A report from Crop Watch Europe found "
    "spores in soil samples from four counties.",
    "Researchers say the tax cut mostly helped high earners. A report by Fiscal Facts showed the "
    "top tenth gained most.",
    "Scientists think the comet will pass close to Earth in 2061. Research by Skymap Collective "
    "found its orbit had shifted.",
]

STUDY_TRAPS = [
    # a contrast
    "Scientists say the reef will recover. But a study by Ocean Census found coral cover "
    "had halved.",
    # a group that judges, not researchers
    "Critics say the scheme has failed. A study by Second Chance Data found a fall in "
    "reoffending.",
    "Experts warn the dam is unsafe. A report by the water board found cracks in the spillway.",
    # an unnamed study
    "Scientists say the lake is warming. A recent study found a rise of two degrees.",
    "Researchers say the drug works. A new trial found a slower decline.",
    # no finding: the study only mentioned
    "Scientists warn the fungus could spread. A study by Crop Watch Europe is due next year.",
    # two sentences on
    "Researchers say screen time harms sleep. Parents are worried. A review by Sleepwise Labs "
    "found the evidence was moderate.",
    # anonymous on purpose
    "Some scientists say the data were doctored. Others disagree.",
    # another document, not a study of the researchers' kind
    "Researchers say the drug works. A survey by Pharma Pulse found doctors rarely prescribe it.",
    "Researchers say the vaccine is unsafe. Study leader Anna Berg said her team disagreed.",
]


@pytest.mark.parametrize("text", STUDY_NEXT)
def test_researchers_then_their_study_named_next_is_a_hint(lint, text):
    assert not _warnings(lint, text), text
    assert _claims(lint, text, Severity.INFO), text


@pytest.mark.parametrize("text", STUDY_TRAPS)
def test_researchers_not_backed_by_a_named_study_next_stay_warned(lint, text):
    assert _warnings(lint, text), text
