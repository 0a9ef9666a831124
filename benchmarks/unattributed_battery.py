"""Paradigm batteries of the unattributed-claim constructions, in sentences written for them.

Issue 14 asks for constructions, not phrase lists: "every tense, aspect and modal form", every
determiner of an unnamed source, every clearing context. This checks the constructions
themselves, away from any corpus: each battery crosses the parts of one construction (a
determiner, a modifier, a head and a verb; a reporting verb and a frame of tense, aspect,
modality or a reduced relative) into sentences, lints each as a document of its own (so that no
sentence clears or colours another) and counts what is warned, hinted (``info``) and silent.
The first run of it (round 50) found the gaps fixed there: "a few analysts say", "a growing
number of", "speculation is mounting that", a maker named in the next sentence.

    .venv/bin/python benchmarks/unattributed_battery.py [sources|passives|clearing|senses|sense-claims|anonymous|anonymous-hints|anonymous-clear|informant|informant-clear|sport|sport-clear|courts|courts-clear|science|science-clear] [--misses]

``sources`` and ``passives`` are positives: a silent sentence is a miss (``--misses`` lists
them; a hint is the construction found and judged doubtful). ``clearing`` are negatives: the
same cues with a named source in the sentence or the next one, where a warning is a false alarm;
``senses`` are negatives too: the source verbs in their other senses ("detectives questioned two
men about the robbery", "lawmakers considered several approaches beyond repeal"), and
``sense-claims`` the same verbs telling a claim (round 54). ``anonymous`` are positives: a
source the copy says it keeps unnamed, on any head ("a spokesperson, who asked not to be named,
said"), ``anonymous-hints`` the same with the reason given or in a quotation's tag (found as
hints: a silent one is a miss), and ``anonymous-clear`` their negatives (round 59).
``informant`` are positives: the writer's or the outlet's unnamed informant ("I'm told", "we
understand", "The Times understands") before a content clause or set off as an aside, and
``informant-clear`` their negatives (round 61).
``sport``, ``courts`` and ``science`` are the sourcing habits of three desks (round 161): transfer
talk ("are understood to be monitoring", "reports in Portugal claim", "a reported £1.1m"),
crime copy with no one alleging ("it is alleged that", "is thought to have fled", "neighbours
say", "it is understood police are") and findings with no agent ("scientists believe", "is
thought to trigger"); their ``-clear`` negatives name the source, or are the court's own voice
("the court heard", "prosecutors allege", "the coroner found") or a named study or researcher.
Not every miss is a bug: the passives battery holds verbs whose passive the guidelines leave
to the desk ("is expected to", "is credited with", "is accused of": hints at most on purpose,
see docs/history/unattributed-claims.md, round 50).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Iterator

CATEGORY = "unattributed-claim"

DETERMINERS = ["", "Some ", "Many ", "Several ", "A few ", "Quite a few ", "Only a few ", "Two ",
               "A handful of ", "A number of ", "A growing number of ", "Dozens of ", "Plenty of ",
               "A chorus of "]
MODIFIERS = ["", "senior ", "London-based ", "Western ", "government "]
HEADS = ["officials", "sources", "experts", "analysts", "insiders", "aides", "critics", "campaigners",
         "investors", "executives", "diplomats", "economists", "observers", "lawmakers", "historians"]
VERBS = ["say", "warn", "believe", "argue", "fear", "suggest", "insist", "claim", "complain"]

REPORTING = {
    "believed": "to have fled the country", "thought": "to be worth millions", "said": "to be furious",
    "reported": "to have resigned", "rumoured": "to be leaving", "viewed": "as a rising star",
    "regarded": "as the favourite", "considered": "a front-runner", "understood": "to have signed a deal",
    "alleged": "to have taken bribes", "estimated": "to be worth $4 billion", "described": "as a recluse",
    "seen": "as a threat", "deemed": "a failure", "reckoned": "to be the richest man in town",
    "tipped": "to become the next coach", "expected": "to win easily", "credited": "with saving the firm",
    "accused": "of hiding losses", "suspected": "of leaking the memo",
}
FRAMES = ["The minister {be} {pp} {c}." for _ in range(1)] + [
    "The minister, {pp} {c}, declined to comment.", "The minister is widely {pp} {c}.",
    "The ministers are {pp} {c}.",
]
BE = ["is", "was", "has been", "had been", "would be", "is being", "is now"]

CLEARING = [
    "The mayor is believed to have left the city, police said.",
    "The mayor is believed to have left the city. Police said his car was found at the airport.",
    "The mayor allegedly took bribes, prosecutors said in court on Monday.",
    "The mayor reportedly took bribes, according to the Harbour Gazette.",
    "According to the Harbour Gazette, the mayor reportedly took bribes.",
    "Footage has emerged of the guard asleep. The video was released by the prison service on Tuesday.",
    "Footage released by the prison service shows the guard asleep.",
    "It emerged that the guard had been asleep, the prison service confirmed.",
    "It is understood the chairman will step down, the club said in a statement.",
    "The firm is thought to be worth $4 billion, Bloomberg reported.",
    "Two officials, Ana Ruiz and Tom Hale, said the outbreak was contained.",
    "Critics, including Senator Maria Ortiz, say the bill is unfair.",
    "The minister was accused by the opposition leader, Maria Ortiz, of lying.",
    "Most of the shares are held by a few investors.",
    "If experts are right, the bridge will need replacing.",
    "Residents want more say in how the park is run.",
    "Fears grew after the storm cut power to the valley.",
    "Concern is mounting over the cost of the new bridge.",
    "A few analysts attended the briefing on Tuesday.",
]


# round 54: the source verbs in their other senses (an act on a person or a thing, a quarrel, an
# instruction, a thing weighed or proposed), each with a vague subject: no claim is told, so a
# warning is a false alarm. SENSE_CLAIMS are the same verbs telling a claim (to stay warned).
SENSES = [
    'Residents had little say in the plan.',
    'Lawmakers from both parties considered several approaches beyond repeal.',
    'Some officials considered the proposal at a meeting on Monday.',
    'Two aides argued with the driver outside the hotel.',
    'Residents argued over parking spaces for an hour.',
    'Many investors claimed compensation from the fund.',
    'Residents claimed their prizes at the town hall.',
    'Officials warned residents to stay indoors.',
    'Residents insisted on a recount.',
    'Some volunteers maintain the trail every spring.',
    'Some officials maintain close ties with the firm.',
    'When questioned by lawmakers about the deal, the minister said nothing new.',
    'Officials questioned two men about the robbery.',
    'Lawmakers agreed a deal on Tuesday.',
    'Some officials agreed on a timetable for the talks.',
    'Several defenders conceded a penalty in the second half.',
    'Some investors speculated on the currency.',
    'Residents called the fire brigade at 2am.',
    'Several investors called a meeting of shareholders.',
    'Lawmakers called a vote on the bill.',
    'Officials dismissed two employees after the audit.',
    'Several actors voiced characters in the film.',
    'Officials asserted control over the port.',
    'Several staff reported for duty at 6am.',
    'Two officials reported to the minister every week.',
    'Workers revealed a mosaic under the floor.',
    'Some volunteers highlighted the route with chalk.',
    'Lawmakers proposed a new tax on Tuesday.',
    'Two officials proposed an amendment to the bill.',
    'Aides briefed the minister before the vote.',
    'Two officials whispered during the meeting.',
    'Workers labelled the boxes by hand.',
    'Ranchers branded the cattle in May.',
    'Voters rejected the proposal by a wide margin.',
    'Residents expressed their condolences to the family.',
    'Many residents fear for their homes.',
    'Some officials suggested a meeting on Friday.',
    'Experts examined the painting under ultraviolet light.',
    'Analysts projected the figures onto a screen.',
    'Several lawmakers questioned the minister for three hours.',
    'Some critics attended the premiere on Friday.',
    'Several economists noted the time of each call.',
    'Officials confirmed the booking by email.',
    'Many experts counted the votes by hand.',
]
# round 60: "agree on" a settlement, "propose" a thing with its own complement, a verb of
# speaking with no content at all
SENSES_60 = [
    'Several lawmakers agreed on a date for the vote.',
    'Some diplomats agreed on the terms of the ceasefire.',
    'Some officials agreed upon a budget for the project.',
    'Many parents agreed on a schedule for the school run.',
    'Several ministers agreed on the wording of the statement.',
    'Some residents proposed a change to the parking rules.',
    'Several councillors proposed an alternative to the bypass.',
    'Two ministers proposed a revision of the treaty.',
    'Some members proposed an amendment to the Clean Air Act.',
    'Several lawmakers considered an amendment to the budget.',
    'Some aides whispered at the back of the room.',
    'Two aides whispered to each other during the trial.',
    'Several students whispered throughout the lecture.',
    'Some officials whispered.',
    'Many delegates whispered behind their hands.',
]
SENSES += SENSES_60
# round 62: "concede" a thing given up in a game, "highlight" a thing marked with a medium, "cite"
# a person for an offence (a summons)
SENSES_62 = [
    'Several defenders conceded penalties in the first half.',
    'Several bowlers conceded runs at a rapid rate.',
    'Some players conceded a corner in the last minute.',
    'Many goalkeepers conceded a goal from a set piece.',
    'Some players conceded a try in the opening minutes.',
    'Some volunteers highlighted the names in yellow.',
    'Several teachers highlighted the key words with a red pen.',
    'Some students highlighted the passages in green.',
    'Two workers highlighted the path with paint.',
    'Several stewards highlighted the exits with tape.',
    'Officers cited two drivers for speeding.',
    'Some officers cited the owner for a safety breach.',
    'Two inspectors cited the landlord for the damp.',
    'Several wardens cited him for parking on the verge.',
    'Police cited three men for trespass.',
]
SENSES += SENSES_62
SENSE_CLAIMS = [
    'Lawmakers from both parties considered the bill a mistake.',
    'Some officials considered the proposal unworkable.',
    'Two aides argued that the driver was at fault.',
    'Many investors claimed the fund had misled them.',
    'Officials warned that the river could flood.',
    'Residents insisted the recount was rigged.',
    'Some officials maintain that the firm did nothing wrong.',
    'Several lawmakers questioned whether the deal was legal.',
    'Some critics questioned the logic of the plan.',
    'Both sides agreed that the talks had failed.',
    'Some investors speculated that the currency would fall.',
    'Residents called the plan a disgrace.',
    'Officials dismissed the report as speculation.',
    'Several economists voiced concern about the deficit.',
    'Officials asserted that the port was safe.',
    'Some officials suggested that the mayor knew about the deal.',
    'Experts said the painting was a fake.',
]
# round 60: the same verbs telling a claim
SENSE_CLAIMS_60 = [
    'Some officials agreed that the timetable was too tight.',
    'Several lawmakers agreed with the critics that the bill was flawed.',
    'Most experts agree on the cause of the outbreak.',
    'Many economists agree the tax will fail.',
    'Some officials agreed the plan was a mistake.',
    'Several researchers proposed that the virus came from bats.',
    'Some scientists proposed a link between the drug and the deaths.',
    'Two analysts proposed a new explanation for the crash.',
    'Some experts suggested a risk to public health.',
    'Some historians proposed the king was murdered.',
    'Two officials whispered that the deal was dead.',
    'Some aides whispered about a coup.',
    'Several staff whispered during the meeting that the boss would quit.',
    'Some insiders whispered, "It is over."',
    'Two officials whispered to reporters that the minister would resign.',
]
SENSE_CLAIMS += SENSE_CLAIMS_60
# round 62: the same verbs telling a claim. Citing a reason gives a cause as so ("cited a lack of
# funds for the closure": the funds are short and that closed it, on the word of officials nobody
# names): a claim under the guidelines, so it moved here from SENSES
SENSE_CLAIMS_62 = [
    'Officials cited a lack of funds for the closure.',
    'Some officials cited rising costs as the reason for the delay.',
    'Several analysts cited weak demand for the fall in prices.',
    'Many economists cite the tax as a cause of the slowdown.',
    'Two aides cited security concerns for the change of venue.',
    'Some experts cited poor maintenance as the cause of the fire.',
    'Several officials conceded that the plan was late.',
    'Some ministers conceded the scheme had failed.',
    'Two aides conceded the point that the figures were wrong.',
    'Many officials conceded the budget was too small.',
    'Some analysts conceded that the forecast was too gloomy.',
    'Several experts highlighted the risk of flooding.',
    'Some analysts highlighted the dangers of the scheme.',
    'Two economists highlighted the cost in a report.',
    'Many researchers highlighted a link between the drug and the deaths.',
    'Some critics highlighted the failures of the inquiry.',
]
SENSE_CLAIMS += SENSE_CLAIMS_62


# round 59: anonymous sourcing on any head (a spokesperson, an engineer, a nurse) with a clause
# that says the copy keeps it unnamed, in either order with its verb of speech; the negatives are a
# named person, "named" in its other senses, a refusal to comment, anonymity as a topic.
ANONYMOUS = [
    'A spokesperson, who asked not to be named, said the plant would close.',
    'A senior engineer, speaking on condition of anonymity, told reporters the bridge was unsafe.',
    'A manager who was not authorised to speak publicly said the store would shut.',
    'A negotiator speaking on background said the deal was off.',
    'The plant will close, said a spokeswoman, who asked not to be named.',
    'According to a nurse who requested anonymity, the ward was understaffed.',
    'A teacher, who refused to be named, said the school had hidden the figures.',
    'A police officer speaking on condition of anonymity said the suspect had fled.',
    'Two engineers, who spoke on condition of anonymity, said the tests had failed.',
    'A lawyer speaking privately said the case would collapse.',
    'The council will sell the site, a planner who was not authorized to discuss the matter told the paper.',
    'A pilot told the newspaper, on condition of anonymity, that the runway was unsafe.',
    'The contract was cancelled, a director at the firm said on condition of anonymity.',
    'The source, who requested anonymity, said the minister knew.',
    'An accountant who declined to be identified said the books were cooked.',
    'A nurse who asked that her name be withheld said the ward was closing.',
    'The deal is off, a banker who was not authorized to comment told the agency.',
    'A diplomat, speaking off the record, said the envoy had been recalled.',
    'A clerk speaking anonymously said the files had been shredded.',
    'A firefighter who declined to be named said the alarm had failed.',
    'One teacher who would speak only on condition of anonymity said the exams were leaked.',
    'A lawyer said privately that the case would collapse.',
    'A contractor said on background that the bridge was behind schedule.',
    'The school hid the figures, according to a teacher who did not want to be named.',
    'A senior nurse, who was not authorised to talk to the media, said the ward was unsafe.',
    'Speaking on condition of anonymity, two pilots said the runway lights had failed.',
]
# the same with a reason given for the anonymity (ANONYMITY_EXPLAINED), or the source's own
# quoted words (ANONYMOUS_QUOTED): hints
ANONYMITY_EXPLAINED = [
    'One negotiator, who declined to be identified because the talks are private, said a deal was close.',
    'A guard, who did not want to be named for fear of reprisals, said prisoners were beaten.',
    'Two guards, who asked not to be identified for fear of losing their jobs, described the beatings.',
    'A clerk, who asked not to be named because she feared for her job, said the files were shredded.',
    'The bridge is unsafe, a surveyor said on condition of anonymity because the report is not yet public.',
    'A paramedic who requested anonymity to protect her patients said the ambulance waited three hours.',
]
ANONYMOUS_QUOTED = [
    '"We knew it was coming," one shopkeeper, who asked not to be named, told the paper.',
    '"She trusted him," said the woman, who asked not to be named.',
    'A caretaker, who asked not to be named, said: "The school hid the figures."',
]
ANONYMOUS_HINTS = ANONYMITY_EXPLAINED + ANONYMOUS_QUOTED
ANONYMOUS_CLEAR = [
    'Jane Roe, who asked that her employer not be named, said the plant would close.',
    'Maria Ortiz, a nurse who asked that her hospital not be identified, said the ward was short of staff.',
    'Ana Ruiz was named chief executive on Monday.',
    'A street named after the poet was closed for repairs.',
    'The firm named a new spokesperson, who said the plant would close.',
    'The spokesperson, who was named in the lawsuit, said the claims were false.',
    'A spokesperson declined to comment.',
    'A spokesman for the firm declined to comment on the report.',
    'The engineer refused to be drawn on the cause of the crash.',
    'A spokeswoman refused to be drawn on the timetable.',
    'The law protects anonymous donors.',
    'The charity said donors may remain anonymous.',
    'The court granted the witness anonymity.',
    'A teacher who was not authorised to use the lab was suspended.',
    'The two leaders met privately on Tuesday.',
    'The hospital did not want to be named in the lawsuit.',
    'The minister told a nurse, who asked not to be named, that the ward would close.',
    'The company declined to be named in the ranking.',
    'Officials were not authorised to use the funds.',
    'A pupil who wished to be named as the winner said she was delighted.',
    'The diplomat met the minister privately and said the talks went well.',
    'Donors can give anonymously, the charity said.',
    'The witness was granted anonymity by the court.',
    'Tom Hale, a guard who asked that his name be withheld from the rota, said the jail was calm.',
    'Ana Ruiz, who speaks privately to the minister each week, said the plan was sound.',
    'The firm is privately owned, its accounts show.',
    'He was educated privately before going to Oxford.',
    'A spokeswoman was named as the new head of communications.',
    'The engineer, named as Tom Hale, said the bridge was safe.',
    'A spokesman said the firm would not comment on the claims.',
    'The school refused to be drawn into the row.',
    'Anonymous letters were sent to the council.',
    'Voters may remain anonymous under the new rules, the election board said.',
]

# round 61: the writer's and the outlet's unnamed informant. Each first-person or outlet form
# (INFORMANT_WRITERS, INFORMANT_OUTLETS x INFORMANT_OUTLET_VERBS) before a content clause, that
# or bare (INFORMANT_CLAUSES), and the writer's forms set off as a parenthesis or a tag;
# INFORMANT_CLEAR are the same verbs with no clause (an instruction, an object, a preposition),
# a quotation, or a named informant.
INFORMANT_WRITERS = ["I'm told", "I am told", "We are told", "We're told", "I have been told", "We have been told",
                     "I understand", "We understand", "I hear", "We hear", "I gather", "We have learned",
                     "We have learnt", "I'm reliably informed", "We were told"]
INFORMANT_OUTLETS = ["This newspaper", "The Times", "SunSport", "MailOnline", "The Yorkshire Post",
                     "The Evening Standard", "This programme", "The paper", "Sky News", "The Gazette"]
INFORMANT_OUTLET_VERBS = ["understands", "has learned", "has learnt", "has been told", "can reveal"]
INFORMANT_CLAUSES = ["that the club has agreed a fee with Leeds.", "the harbour trust will sell the pier.",
                     "at least two directors knew of the loan.", "Harlow Town are close to a deal for the striker.",
                     "the inquiry met in private last week."]
# round 62: a bare clause whose verb is a regular present or past no hand-made list holds (the
# lexicon's finite forms), after the writer's or the outlet's verb
INFORMANT_LEXICON = [
    "I hear the council plans to sell the depot.",
    "We understand the firm employs 200 people at the plant.",
    "The Herald understands the board approved the merger on Friday.",
    "I'm told the mayor intends to stand down in May.",
    "We hear the club owes the taxman £2m.",
    "I understand the trust rejected the offer.",
    "The Times understands the minister favours a delay.",
    "I gather the school closes its sixth form next year.",
    "We are told the landlord doubled the rent.",
    "This newspaper understands the inquiry criticises two officers.",
    "I hear the chairman blames the manager for the slump.",
    "We understand the bank charged the council twice.",
    "I'm told the coach trusts the young keeper.",
    "The Post has learned the agency ignored three warnings.",
    "I hear the museum borrows most of its paintings.",
    "We have learned the hospital cancelled 40 operations.",
    "I understand the developer disputes the valuation.",
    "The Gazette understands the union balloted its members last week.",
    "I'm told the striker prefers a move abroad.",
    "We understand the council plans were approved last night.",
    "I hear the company reports a loss for the year.",
    "We understand the regulator fined the firm in March.",
    "I hear the new owner promises fresh investment.",
    "SunSport understands the winger rejects the contract.",
    "I hear the plans are ready for the vote.",
    "We understand the reports reached the minister last week.",
]
INFORMANT_ASIDES = ["The striker, {w}, has asked for a transfer.", "The pier will be sold in the spring, {w}."]
INFORMANT_CLEAR = [
    "I am told to wait in the car park.",
    "We are told nothing about the budget.",
    "I understand the risks.",
    "We understand your frustration with the delays.",
    "The Times understands its readers.",
    "I hear you.",
    "We hear from three voters in Ohio.",
    "The Post has learned from its mistakes.",
    "'I'm told I snore,' she said.",
    "I'm told by the mayor's office that the pier will close.",
    "We have learned a great deal this season.",
    "I gather my notes and leave the hall.",
    "What I hear from parents is encouraging.",
    "If we understand the rules, we can win.",
    "I understand the need to act quickly.",
    "We understand why residents are angry.",
    "The council understands that residents are angry.",
    "The Gazette has learned to live with smaller budgets.",
    "The pier will close, I am told by the harbour master, Tom Reyes.",
    "I hear the pier will close, the harbour master, Tom Reyes, said.",
    "This newspaper can reveal its new editor on Monday.",
    "Do we understand the risks?",
]
# round 62: the same finite forms in their noun readings, after a determiner, an adjective or a
# possessive, or before a preposition: an object, no clause
INFORMANT_NOUN_READINGS = [
    "We understand the plans.",
    "I hear the reports.",
    "We understand the new plans for the park.",
    "The Times understands the council plans for the park.",
    "I understand the club's plans.",
    "We hear the complaints of residents every week.",
    "I understand your concerns about the delays.",
    "We understand the big changes in the rules.",
]
INFORMANT_CLEAR += INFORMANT_NOUN_READINGS


# round 161: the sourcing habits of three desks, crossed from parts (issue 14). Sport's transfer
# talk, courts and crime copy with no one alleging, science and health findings with no agent;
# each with its negatives: a named source, the court's own voice, a named study or researcher.
SPORT_SUBJECTS = ["Leeds", "The club", "Harlow Town", "The Italian side", "United"]
SPORT_BE = ["are", "is", "were", "have been", "are now", "are also"]
SPORT_PASSIVES = ["{s} {be} understood to be monitoring the striker.",
                  "{s} {be} believed to have made an approach for the winger.",
                  "{s} {be} said to be keen on the midfielder.",
                  "{s} {be} thought to be weighing a bid for the keeper."]
SPORT_PRESS_PLACES = ["Italy", "Spain", "Portugal", "Germany", "France", "the Spanish press", "Turkey"]
SPORT_PRESS_VERBS = ["claim", "suggest", "say", "insist"]
SPORT_OTHERS = [
    "The winger, who is said to be keen on a move, has been left out of the squad.",
    "The midfielder is understood to have held talks with the club.",
    "The defender is believed to be unhappy with his contract.",
    "It is understood Leeds have made an approach for the winger.",
    "It is believed United have offered the striker a new deal.",
    "The striker moved for a fee reported to be in the region of £20m.",
    "The striker joined in a deal worth a reported £1.1m.",
    "The keeper is believed to be available for a fee in the region of £8m.",
    "Talk in the dressing room is that the manager will be sacked.",
    "The talk around the club is that the captain wants to leave.",
    "Word around the training ground is that the coach has lost the players.",
    "The word in the dressing room was that the owner would sell.",
    "The goalkeeper is known around the club as 'The Cat'.",
    "The full-back is known in the dressing room as 'Tank'.",
    "The winger is reportedly keen on a return to Spain.",
    "The club have reportedly made an approach for the winger.",
    "Scouts are said to have watched the defender three times.",
    "Several clubs are believed to be monitoring the teenager.",
]
SPORT_CLEAR = [
    "The club confirmed they are monitoring the striker.",
    "Leeds are monitoring the striker, the manager said.",
    "Leeds made an approach for the winger on Monday, the club said in a statement.",
    "According to Gazzetta dello Sport, the defender has agreed personal terms.",
    "Marca reports that the defender has agreed personal terms.",
    "The club paid a fee in the region of £20m.",
    "The fee, in the region of £20m, was confirmed by the club.",
    "The winger said he is keen on a move to Spain.",
    "The striker is keen to impress, the manager told reporters.",
    "Leeds have been monitoring the striker since January.",
    "Talk in the dressing room was of nothing but the final.",
    "The manager said talk in the dressing room is that the players want to stay.",
    "The goalkeeper, known to fans as 'The Cat', signed a new deal.",
    "The club made an approach for the winger, its chairman, Tom Hale, said.",
    "The winger is keen on a move to Spain, his agent, Ana Ruiz, told Marca.",
    "Reports in the Spanish press were dismissed by the club on Tuesday.",
    "The manager is keen to add a striker before the window shuts.",
    "United made a bid of £20m for the keeper.",
    "The striker scored twice in the second half.",
    "Leeds are understood to be monitoring the striker, the club's director of football, Tom Hale, said.",
]
COURTS_ALLEGED = ["It is alleged that", "It was alleged that", "It has been alleged that", "It is further alleged that",
                  "It is alleged", "It's alleged"]
COURTS_CLAUSES = ["the defendant stole £40,000 from the charity.", "the man attacked his neighbour with a hammer."]
COURTS_SUBJECTS = ["The suspect", "The man", "The driver", "The gunman"]
COURTS_BE = ["is", "was", "had been", "is now", "is also"]
COURTS_PASSIVES = ["{s} {be} thought to have fled to Spain.", "{s} {be} believed to have left the country."]
COURTS_OTHERS = [
    "The man was reportedly seen near the house on the night of the fire.",
    "The suspect had reportedly been seen at the station.",
    "The van was reportedly spotted on the motorway.",
    "The gunman was reportedly seen fleeing on foot.",
    "Neighbours say the family moved in last year.",
    "Neighbours said the family had kept to themselves.",
    "The family had kept to themselves, neighbours said.",
    "Residents say the house had been empty for months.",
    "Locals claim the house was used as a cannabis farm.",
    "The house had been empty for months, locals say.",
    "It is understood police are treating the death as suspicious.",
    "It is understood that detectives have arrested a second man.",
    "It's understood officers were called to the flat twice last year.",
    "It is thought the victim knew his attacker.",
    "It is believed the gunman fled in a stolen car.",
    "The victim is understood to have known his attacker.",
    "The defendant allegedly stole £40,000 from the charity.",
    "The man is alleged to have attacked his neighbour.",
]
COURTS_CLEAR = [
    "The court heard that the defendant stole £40,000 from the charity.",
    "The court heard the suspect had fled to Spain.",
    "The jury was told the suspect had fled to Spain.",
    "The jury were told that the man had been seen near the house.",
    "Magistrates were told the man attacked his neighbour with a hammer.",
    "Prosecutors allege that the defendant stole £40,000 from the charity.",
    "Prosecutors alleged the man had attacked his neighbour.",
    "The prosecution alleges the driver was on his phone.",
    "The coroner found that the man died of natural causes.",
    "The inquest heard the victim had been drinking.",
    "The trial heard that the gunman fled in a stolen car.",
    "Police said the suspect is thought to have fled to Spain.",
    "A police spokesman said the man had been seen near the house.",
    "The suspect is believed to have fled to Spain, police said.",
    "Detectives believe the victim knew his attacker.",
    "The defendant denies the charges.",
    "The family moved in last year.",
    "Neighbours gathered outside the house on Tuesday.",
    "The judge said the defendant had shown no remorse.",
    "Police are treating the death as suspicious, a force spokeswoman said.",
    "The charge sheet alleges that the man stole £40,000.",
    "The indictment alleges the driver was on his phone.",
    "Det Insp Ana Ruiz said it is understood the victim knew his attacker.",
    "The jury heard he was seen near the house on the night of the fire.",
]
SCIENCE_HEADS = ["Scientists", "Doctors", "Experts", "Researchers", "Health experts", "Some scientists",
                 "Many doctors", "Leading experts", "Public health experts", "Nutritionists"]
SCIENCE_VERBS = ["believe", "warn", "say", "think", "fear", "now believe", "have warned", "have long believed"]
SCIENCE_CLAUSES = ["the virus could spread to humans.", "that the drug may raise the risk of stroke."]
SCIENCE_PASSIVES = ["The chemical {be} thought to trigger migraines.", "The gene {be} believed to cause the disease.",
                    "The bacteria {be} known to cause food poisoning."]
SCIENCE_BE = ["is", "was", "was once", "is widely", "is now", "are", "has long been"]
SCIENCE_OTHERS = [
    "Too much salt is thought to raise blood pressure.",
    "The supplement is said to boost the immune system.",
    "Experts say eating late can disrupt sleep.",
    "Doctors warn that the drug can cause liver damage.",
    "The condition is thought to affect one in ten women.",
    "Vitamin D is believed to protect against depression.",
    "The vaccine is thought to be 90% effective, experts say.",
    "Scientists say the ice sheet is melting faster than expected.",
]
SCIENCE_CLEAR = [
    "Scientists at the University of Leeds believe the virus could spread to humans.",
    "Doctors at St Mary's Hospital warn that the drug may raise the risk of stroke.",
    "Researchers writing in The Lancet say the drug may raise the risk of stroke.",
    "A study published in Nature found the chemical triggers migraines.",
    "Dr Ana Ruiz, a neurologist, said the chemical is thought to trigger migraines.",
    "The chemical is thought to trigger migraines, according to a study in the BMJ.",
    "Scientists led by Professor Tom Hale believe the gene causes the disease.",
    "The World Health Organization warns that the drug may raise the risk of stroke.",
    "Researchers from Oxford University found that too much salt raises blood pressure.",
    "The chemical triggers migraines in mice, the researchers found.",
    "Scientists gathered in Geneva for the conference.",
    "Doctors worked through the night to save the boy.",
    "Experts examined the samples under a microscope.",
    "The gene causes the disease, a 2021 study of 4,000 patients found.",
    "Nutritionists at the NHS say eating late can disrupt sleep.",
    "Scientists believe the virus could spread to humans, Dr Ana Ruiz of the Pirbright Institute said.",
    "The drug raised the risk of stroke in a trial of 400 adults.",
    "Professor Tom Hale warned that the ice sheet is melting faster than expected.",
]


def sport() -> Iterator[str]:
    """Transfer talk: each club subject with each form of "be" before "understood / believed /
    said / thought to", the foreign press as the source, fees and dressing-room talk."""
    for i, (frame, be) in enumerate(itertools.product(SPORT_PASSIVES, SPORT_BE)):
        yield frame.format(s=SPORT_SUBJECTS[i % len(SPORT_SUBJECTS)], be=be)
    for i, (place, verb) in enumerate(itertools.product(SPORT_PRESS_PLACES, SPORT_PRESS_VERBS)):
        yield f"{['Reports', 'Local reports', 'Media reports'][i % 3]} in {place} {verb} the defender has agreed personal terms."
    yield from SPORT_OTHERS


def courts() -> Iterator[str]:
    """No one alleging: the impersonal "it is alleged" in each tense, a suspect thought or
    believed gone in each form of "be", hearsay adverbs, neighbours and "it is understood"."""
    for alleged, clause in itertools.product(COURTS_ALLEGED, COURTS_CLAUSES):
        yield f"{alleged} {clause}"
    for i, (frame, be) in enumerate(itertools.product(COURTS_PASSIVES, COURTS_BE)):
        yield frame.format(s=COURTS_SUBJECTS[i % len(COURTS_SUBJECTS)], be=be)
    yield from COURTS_OTHERS


def science() -> Iterator[str]:
    """Findings with no agent: each vague head of the science desk with each verb, and the
    agentless passive of a finding in each form of "be"."""
    for i, (head, verb) in enumerate(itertools.product(SCIENCE_HEADS, SCIENCE_VERBS)):
        yield f"{head} {verb} {SCIENCE_CLAUSES[i % len(SCIENCE_CLAUSES)]}"
    for frame, be in itertools.product(SCIENCE_PASSIVES, SCIENCE_BE):
        if be == "are":
            frame = frame.replace("The chemical", "The chemicals").replace("The gene", "The genes").replace("bacteria {be}", "bacteria {be}")
        elif "bacteria" in frame:
            frame = frame.replace("The bacteria", "The bacterium")
        yield frame.format(be=be)
    yield from SCIENCE_OTHERS


def informant() -> Iterator[str]:
    """The writer's forms and the outlet's before each content clause; the writer's as a
    parenthesis and a tag."""
    for w, c in itertools.product(INFORMANT_WRITERS, INFORMANT_CLAUSES):
        yield f"{w} {c}"
    for w, frame in itertools.product(INFORMANT_WRITERS, INFORMANT_ASIDES):
        yield frame.format(w=w[0].lower() + w[1:] if w.split()[0] not in ("I", "I'm") else w)
    for i, (o, v) in enumerate(itertools.product(INFORMANT_OUTLETS, INFORMANT_OUTLET_VERBS)):
        yield f"{o} {v} {INFORMANT_CLAUSES[i % len(INFORMANT_CLAUSES)]}"
    yield from INFORMANT_LEXICON


def sources() -> Iterator[str]:
    """Determiner x modifier x head x verb, as a lead subject, a closing tag and after
    "according to" (a sample of the product: every head with every determiner)."""
    for i, (det, head) in enumerate(itertools.product(DETERMINERS, HEADS)):
        mod = MODIFIERS[i % len(MODIFIERS)]
        verb = VERBS[i % len(VERBS)]
        phrase = f"{det}{mod}{head}"
        yield f"{phrase[0].upper()}{phrase[1:]} {verb} the plan will fail."
        yield f"The plan will fail, {phrase[0].lower()}{phrase[1:]} said."
        yield f"According to {phrase[0].lower()}{phrase[1:]}, the plan will fail."


def passives() -> Iterator[str]:
    """Each reporting verb in each tense, aspect and modal of "be", a reduced relative, a
    consensus adverb and a plural subject."""
    for pp, comp in REPORTING.items():
        for be in BE:
            yield f"The minister {be} {pp} {comp}."
        for frame in FRAMES[1:]:
            yield frame.format(pp=pp, c=comp)


def judged(sentence: str) -> str:
    """``warning``, ``info`` or ``none``: the strongest unattributed-claim report."""
    import lintnews

    found = [d for d in lintnews.lint_text(sentence) if d.category == CATEGORY]
    if any(d.severity.value in ("warning", "error") for d in found):
        return "warning"
    return "info" if found else "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("battery", choices=("sources", "passives", "clearing", "senses", "sense-claims", "anonymous", "anonymous-hints", "anonymous-clear",
                                                "informant", "informant-clear", "sport", "sport-clear", "courts",
                                                "courts-clear", "science", "science-clear"), nargs="?", default="sources")
    parser.add_argument("--misses", action="store_true", help="list the sentences judged wrong")
    args = parser.parse_args(argv)
    batteries = {"sources": sources, "passives": passives, "clearing": lambda: iter(CLEARING),
                 "senses": lambda: iter(SENSES), "sense-claims": lambda: iter(SENSE_CLAIMS),
                 "anonymous": lambda: iter(ANONYMOUS), "anonymous-hints": lambda: iter(ANONYMOUS_HINTS),
                 "anonymous-clear": lambda: iter(ANONYMOUS_CLEAR), "informant": informant,
                 "informant-clear": lambda: iter(INFORMANT_CLEAR), "sport": sport,
                 "sport-clear": lambda: iter(SPORT_CLEAR), "courts": courts,
                 "courts-clear": lambda: iter(COURTS_CLEAR), "science": science,
                 "science-clear": lambda: iter(SCIENCE_CLEAR)}
    sentences = list(batteries[args.battery]())
    verdicts = {s: judged(s) for s in sentences}
    counts = Counter(verdicts.values())
    positive = not args.battery.endswith("-clear") and args.battery not in ("clearing", "senses")
    print(f"{args.battery}: {len(sentences)} sentences, {counts['warning']} warned, {counts['info']} hinted, "
          f"{counts['none']} silent" + ("" if positive else f" ({counts['warning']} false alarms)"))
    if args.misses:
        for s, v in verdicts.items():
            if (positive and v == "none") or (not positive and v == "warning"):
                print(f"  {v:7s} {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
