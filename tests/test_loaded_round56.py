"""Loaded language, round 56: literal senses on copy nobody tuned on, by battery.

Reference, science and history copy (never used for loaded-language tuning) uses the lexicon's
words in senses the news tuning never showed. The by-eye reading of its warnings grouped the
false alarms by kind of evidence; each kind is one function of
``lintnews/builtin/loaded/evidence/technical.py`` (or a class it reads), and each is tested here
on both sides: the same words in a literal or technical frame (not warned) and in an evaluative
frame (still warned). Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.packs.loader import builtin_packs_dir, load_pack
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- a technical sense before its head noun (technical_collocation) ---------------------------
TECHNICAL = [
    ("The film was spliced into an endless loop for the gallery.", "endless"),
    ("The program hung in an endless loop until the watchdog restarted it.", "endless"),
    ("Parcels ride an endless belt from the dock to the sorting hall.", "endless"),
    ("An endless screw turns the gear of the old clock.", "endless"),
    ("The message played from an endless tape in the booth.", "endless"),
    ("The machine feeds paper along an endless track.", "endless"),
    ("Astronomers think existing stellar companions were stripped by the blast.", "stellar"),
    ("The survey measured the stellar wind of the young star.", "stellar"),
    ("The telescope resolved a stellar cluster near the galactic core.", "stellar"),
    ("Models of stellar evolution predict the collapse.", "stellar"),
    ("The probe studied the stellar remnant left by the explosion.", "stellar"),
    ("The team estimated the stellar mass of the galaxy.", "stellar"),
]
TECHNICAL_EVALUATIVE = [
    ("The council's endless delays have cost the town its pool.", "endless"),
    ("Residents face endless excuses from the council.", "endless"),
    ("The mayor's endless loop of excuses has worn thin.", "endless"),
    ("The striker had a stellar season for the club.", "stellar"),
    ("The chef earned stellar reviews for the new menu.", "stellar"),
    ("She gave a stellar performance in the final.", "stellar"),
    ("The company posted stellar results this year.", "stellar"),
    ("The council has made endless promises about the pool.", "endless"),
    ("The band delivered a stellar show on Friday.", "stellar"),
    ("Voters are tired of the endless bickering in the council.", "endless"),
]

# -- a domain collocation: an effect on an organ or a pregnancy (literal_collocation) ---------
DOMAIN = [
    ("No harmful effects on the human fetus were observed in the trial.", "harmful"),
    ("The study found harmful effects on the developing fetus.", "harmful"),
    ("The drug had no harmful effects on the embryo in mice.", "harmful"),
    ("Doctors warned of harmful effects on the unborn foetus.", "harmful"),
    ("The solvent has harmful effects on the liver.", "harmful"),
    ("The pill showed harmful effects on the kidney in rats.", "harmful"),
    ("Alcohol has harmful effects on the brain.", "harmful"),
    ("The dye had harmful effects on the pregnancy of the test animals.", "harmful"),
    ("Lead has harmful effects on the human brain.", "harmful"),
    ("Smoking has harmful effects on the lung.", "harmful"),
]
DOMAIN_EVALUATIVE = [
    ("The council's plan will have harmful effects on the poor.", "harmful"),
    ("The mayor's harmful rhetoric divided the town.", "harmful"),
    ("Critics of nothing, the harmful policy went ahead.", "harmful"),
    ("The minister pushed a harmful agenda on the schools.", "harmful"),
    ("The ruling was harmful to the town's renters.", "harmful"),
    ("The company's harmful tactics drove out its rivals.", "harmful"),
    ("The harmful decision came without a vote.", "harmful"),
    ("The council made a harmful mistake on the budget.", "harmful"),
    ("It was a harmful move by the board.", "harmful"),
    ("The senator's harmful remarks angered the crowd.", "harmful"),
]

# -- someone's characterisation: criticism with "as" (characterised) -------------------------
CRITICISED_AS = [
    ("Those who dislike his novels criticise James as snobbish and unfair.", "snobbish"),
    ("Those who dislike his novels criticise James as snobbish and unfair.", "unfair"),
    ("Opponents criticised the plan as reckless.", "reckless"),
    ("Rivals have criticized the mayor as arrogant.", "arrogant"),
    ("The board was censured as incompetent by the regulator.", "incompetent"),
    ("Unions criticised the budget as a cruel betrayal.", "cruel"),
    ("Many criticised the ruling as disgraceful.", "disgraceful"),
    ("The senator was rebuked as reckless by his own party.", "reckless"),
    ("Neighbours criticise the tower as an ugly eyesore.", "ugly"),
    ("Residents criticised the council as arrogant and lazy.", "arrogant"),
]
CRITICISED_EVALUATIVE = [
    ("The reckless plan drew criticism from residents.", "reckless"),
    ("The arrogant mayor criticised the plan.", "arrogant"),
    ("The council's disgraceful ruling was criticised.", "disgraceful"),
    ("Opponents criticised the reckless plan.", "reckless"),
    ("The incompetent board criticised the regulator as slow.", "incompetent"),
    ("The budget is a cruel betrayal of the poor.", "cruel"),
    ("Critics were right: the ruling was disgraceful.", "disgraceful"),
    ("The tower is an ugly block of flats.", "ugly"),
    ("The arrogant council ignored the residents.", "arrogant"),
    ("The mayor's reckless spending criticised nobody.", "reckless"),
]

# -- a term of art: a school's name before a noun of scholarship, a class of polities --------
TERM_OF_ART = [
    ("They ignored the basic Marxist formulation that socialism needs abundance.", "Marxist"),
    ("The book is a survey of Marxist historiography.", "Marxist"),
    ("Her thesis applies Marxist theory to the textile trade.", "Marxist"),
    ("The lecture covered Marxist analysis of rent.", "Marxist"),
    ("The seminar read Marxist critique of the wage.", "Marxist"),
    ("Folk religion was often suppressed by churches or totalitarian regimes.", "totalitarian"),
    ("Scholars compare totalitarian regimes of the last century.", "totalitarian"),
    ("The course studies how totalitarian states control the press.", "totalitarian"),
    ("The paper contrasts totalitarian ideology with authoritarian rule.", "totalitarian"),
    ("Political scientists classify totalitarian systems by their use of terror.", "totalitarian"),
]
TERM_OF_ART_EVALUATIVE = [
    ("The council's Marxist scheme will wreck the budget.", "Marxist"),
    ("The senator pushed a Marxist agenda on the schools.", "Marxist"),
    ("The council's Marxist plan will ruin the town.", "Marxist"),
    ("The mayor's Marxist crusade against landlords continues.", "Marxist"),
    ("The Marxist mob took over the meeting.", "Marxist"),
    ("The mayor's totalitarian crackdown silenced the council.", "totalitarian"),
    ("The totalitarian crackdown on the press shocked the town.", "totalitarian"),
    ("The mayor's totalitarian tactics silenced the council.", "totalitarian"),
    ("The totalitarian regime in the capital jailed the editor.", "totalitarian"),
    ("The council took a totalitarian approach to the protest.", "totalitarian"),
]

# -- an -ly word in the writer's comment stays an editorial adverb ------------------------------
ADVERB_EVALUATIVE = [
    ("The council cowardly refused to face the voters.", "cowardly"),
    ("Cowardly, the mayor fled the meeting.", "cowardly"),
    ("The mayor cravenly backed down.", "cravenly"),
    ("Shamefully, the council ignored the report.", "Shamefully"),
    ("The board shamefully ignored the warnings.", "shamefully"),
    ("Tellingly, the minister did not answer.", "Tellingly"),
    ("Worryingly, the council has no plan.", "Worryingly"),
    ("The council's plan is, tellingly, still secret.", "tellingly"),
    ("The senator pointedly ignored the question.", "pointedly"),
    ("Ominously, the budget has no line for repairs.", "Ominously"),
]

# -- "insist" reporting a statement stays a verdict verb (speech_sense) ----------------------
SUBJUNCTIVE_SPEECH = [
    ("The mayor insisted that the plan works.", "insisted"),
    ("The mayor insisted that the council knew.", "insisted"),
    ("The mayor insisted that the report is wrong.", "insisted"),
    ("The mayor insisted that the new budget adds jobs.", "insisted"),
    ("The mayor insisted that the plan worked.", "insisted"),
    ("The minister insists that the deal protects the town.", "insists"),
    ("The mayor insisted that the firm cut jobs.", "insisted"),
    ("The senator insisted that the vote was fair.", "insisted"),
    ("The mayor insisted that the budget the council passed is fair.", "insisted"),
    ("The chief insisted that the officer acted lawfully.", "insisted"),
]

# -- a degree stated by its result, "so ... that" (intensified) --------------------------------
RESULT = [
    ("The city's wealth was so great that coins were preferred to barter.", "great"),
    ("The harvest was so great that the barns overflowed.", "great"),
    ("The demand was so great that the shop ran out by noon.", "great"),
    ("The crowd was so great that the gates were shut.", "great"),
    ("The distance was so great that the signal faded.", "great"),
    ("The pressure was so great that the pipe burst.", "great"),
    ("The noise was so great that the meeting was moved.", "great"),
    ("The heat was so great that the road melted.", "great"),
    ("The loss was so great as to close the mill.", "great"),
    ("The need was so great that the clinic opened at night.", "great"),
]
RESULT_EVALUATIVE = [
    ("The council's plan is so great, and the mayor deserves praise.", "great"),
    ("The new stadium is so great!", "great"),
    ("The new library is so great.", "great"),
    ("The festival was truly great this year.", "great"),
    ("The team was so great on Sunday.", "great"),
    ("The chef's menu is just great.", "great"),
    ("The show was so great.", "great"),
    ("The concert was extremely great.", "great"),
    ("The museum is so great, and so cheap.", "great"),
    ("The park is incredibly great for children.", "great"),
]

# -- a quotation missed: typewriter and TeX-style marks (typewriter_quotation) -----------------
QUOTED = [
    ("Parker said, `` We hope it works, and hopefully it will not alienate anyone. ''", "hopefully"),
    ("The critics called the show `` overly blatant '' in its first season.", "blatant"),
    ("Parliament was far from a ` rubber stamp' of royal decisions.", "rubber stamp"),
    ("He wrote: `` There is nothing so useless as doing well what need not be done. ''", "useless"),
    ("The `` hollow moon '' idea became a historical curiosity.", "hollow"),
    ("The review called it `` a shocking mess '' and left early.", "shocking"),
    ("She told the paper, `` The plan is a disgrace. ''", "disgrace"),
    ("His motto was `` never a disastrous day '' for thirty years.", "disastrous"),
    ("The sign read ` a truly appalling idea' in red paint.", "appalling"),
    ("Draper said, `` Falstaff is a boastful man at heart. ''", "boastful"),
    ("The mayor said, `` We will fix this shameful mess, and fix it soon.", "shameful"),
]
QUOTED_EVALUATIVE = [
    ("The `` plan '' is a disgrace, and the mayor knows it.", "disgrace"),
    ("The council's ` fix' was a shameful mess.", "shameful"),
    ("The board, in its `` review '', made a disastrous choice.", "disastrous"),
    ("He backed a disastrous deal, then said `` no ''.", "disastrous"),
    ("The mayor's shameful `` reform '' passed on Tuesday.", "shameful"),
    ("The `` code '' column ran a disgraceful attack on the judge.", "disgraceful"),
    ("After the vote ``ended'', the council's shameful silence began.", "shameful"),
    ("The council made a disastrous choice; `` no '' was the answer.", "disastrous"),
    ("The board's appalling record speaks for itself.", "appalling"),
    ("The shameful vote came after midnight.", "shameful"),
]


LEXICON_FORMS = frozenset(f.lower() for r in load_pack(builtin_packs_dir() / "loaded-language.toml")
                          for t in r.terms for f in t.forms)


@pytest.mark.parametrize(("sentence", "word"), TECHNICAL + DOMAIN + CRITICISED_AS + TERM_OF_ART + RESULT + QUOTED)
def test_literal_technical_or_quoted_is_not_warned(lint, sentence, word):
    # (a word the lexicon does not hold is never warned: the case would prove nothing)
    assert word.lower() in LEXICON_FORMS, word
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), TECHNICAL_EVALUATIVE + DOMAIN_EVALUATIVE + CRITICISED_EVALUATIVE + TERM_OF_ART_EVALUATIVE
                         + ADVERB_EVALUATIVE + SUBJUNCTIVE_SPEECH + RESULT_EVALUATIVE + QUOTED_EVALUATIVE)
def test_evaluative_frames_still_warn(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


def test_why_names_each_kind(lint):
    """`lintnews why` shows the evidence: its kind is in the explanation."""
    cases = {
        "technical": "The program hung in an endless loop until the watchdog restarted it.",
        "term of art": "They ignored the basic Marxist formulation that socialism needs abundance.",
        "quotation": "Parker said, `` We hope it works, and hopefully it will not alienate anyone. ''",
    }
    from click.testing import CliRunner

    from lintnews.cli import main

    for kind, sentence in cases.items():
        out = CliRunner().invoke(main, ["why", "-"], input=sentence + "\n").output
        assert kind + ":" in out, (kind, out)
