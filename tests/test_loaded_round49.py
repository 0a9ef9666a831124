"""Loaded language, round 49: every form of every lexicon word, checked by a battery.

``benchmarks/loaded_forms_battery.py`` generates, with LemmInflect and independently of the
lexicon's own expansion, every inflection and -ly adverb of every one-word term of
``rules/loaded-language.toml`` and puts each in a sentence of the writer's voice; a second
battery puts every sentence adverb and comment clause in seven positions. The sample here
(sentences written for these tests from the battery's templates) pins that each form is found,
and the literal traps the new forms must leave alone. What changed (docs/history/
loaded-language.md, round 49): the judgement rule's nouns win their bare form from the attack
verbs ("a whitewash"); the -s forms of the sense-restricted attack verbs, doubtful where a noun
plural has no object; ``inflect = "graded"`` (comparative and superlative only); a label's noun
use after an article; a comment between a pair of dashes.
"""

from __future__ import annotations

import pytest

from lintnews.language.expand import expand
from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- the forms battery: a sample, every Penn tag -------------------------------------------

FORMS = [
    ("The council's woeful plan was approved on Tuesday.", "woeful"),  # emotive JJ
    ("The council's combative plan was approved on Tuesday.", "combative"),  # judgement JJ
    ("The council's unsupported plan was approved on Tuesday.", "unsupported"),  # judgement JJ
    ("The council's egregious plan was approved on Tuesday.", "egregious"),  # emotive JJ
    ("The council's dangerous plan was approved on Tuesday.", "dangerous"),  # judgement JJ
    ("The council's impeccable plan was approved on Tuesday.", "impeccable"),  # puffery JJ
    ("The council's controversial plan was approved on Tuesday.", "controversial"),  # judgement JJ
    ("The council's barbaric plan was approved on Tuesday.", "barbaric"),  # emotive JJ
    ("The council's atrocious plan was approved on Tuesday.", "atrocious"),  # emotive JJ
    ("The council's intolerable plan was approved on Tuesday.", "intolerable"),  # emotive JJ
    ("The council's paranoid plan was approved on Tuesday.", "paranoid"),  # emotive JJ
    ("The council's gleeful plan was approved on Tuesday.", "gleeful"),  # judgement JJ
    ("The new plan is even stingier than the last one.", "stingier"),  # judgement JJR
    ("The new plan is even lousier than the last one.", "lousier"),  # emotive JJR
    ("The new plan is even zanier than the last one.", "zanier"),  # judgement JJR
    ("The new plan is even wackier than the last one.", "wackier"),  # judgement JJR
    ("The new plan is even shoddier than the last one.", "shoddier"),  # judgement JJR
    ("The new plan is even shadier than the last one.", "shadier"),  # emotive JJR
    ("The new plan is even murkier than the last one.", "murkier"),  # judgement JJR
    ("The new plan is even creepier than the last one.", "creepier"),  # emotive JJR
    ("It was the shrillest plan the council has approved.", "shrillest"),  # judgement JJS
    ("It was the ugliest plan the council has approved.", "ugliest"),  # emotive JJS
    ("It was the filthiest plan the council has approved.", "filthiest"),  # emotive JJS
    ("It was the wickedest plan the council has approved.", "wickedest"),  # emotive JJS
    ("It was the smuggest plan the council has approved.", "smuggest"),  # emotive JJS
    ("It was the stingiest plan the council has approved.", "stingiest"),  # judgement JJS
    ("It was the tawdriest plan the council has approved.", "tawdriest"),  # emotive JJS
    ("It was the seediest plan the council has approved.", "seediest"),  # emotive JJS
    ("The council's rollout was a masterclass.", "masterclass"),  # puffery NN
    ("A junta from the group took over the town hall on Tuesday.", "junta"),  # label NN
    ("The council's rollout was a cranks.", "cranks"),  # judgement NN
    ("The council's rollout was a cretin.", "cretin"),  # judgement NN
    ("A apparatchik from the group took over the town hall on Tuesday.", "apparatchik"),  # label NN
    ("The council's rollout was a hanky-panky.", "hanky-panky"),  # judgement NN
    ("The council's rollout was a hogwash.", "hogwash"),  # judgement NN
    ("A virtue-signalling from the group took over the town hall on Tuesday.", "virtue-signalling"),  # label NN
    ("The council's rollout was a premium.", "premium"),  # puffery NN
    ("A hardliner from the group took over the town hall on Tuesday.", "hardliner"),  # label NN
    ("The council's rollouts were bureaucrats.", "bureaucrats"),  # partisan NNS
    ("The council's rollouts were insanities.", "insanities"),  # emotive NNS
    ("The council's rollouts were heroes.", "heroes"),  # puffery NNS
    ("The agendas took over the town hall on Tuesday.", "agendas"),  # label NNS
    ("The council's rollouts were infanticide.", "infanticide"),  # partisan NNS
    ("The council's rollouts were freebies.", "freebies"),  # emotive NNS
    ("The council's rollouts were idiocy.", "idiocy"),  # emotive NNS
    ("The crusaders took over the town hall on Tuesday.", "crusaders"),  # label NNS
    ("The council's rollouts were flops.", "flops"),  # judgement NNS
    ("The abortionists took over the town hall on Tuesday.", "abortionists"),  # label NNS
    ("First-rate, the council rushed the plan through on Tuesday.", "first-rate"),  # puffery RB
    ("Boneheaded, the council rushed the plan through on Tuesday.", "boneheaded"),  # judgement RB
    ("Humiliating, the council rushed the plan through on Tuesday.", "humiliating"),  # emotive RB
    ("Insanely, the council rushed the plan through on Tuesday.", "insanely"),  # intensifier RB
    ("Thrilled, the council rushed the plan through on Tuesday.", "thrilled"),  # judgement RB
    ("The council savagely rushed the plan through on Tuesday.", "savagely"),  # emotive RB
    ("Never-ending, the council rushed the plan through on Tuesday.", "never-ending"),  # emotive RB
    ("The council cunningly rushed the plan through on Tuesday.", "cunningly"),  # emotive RB
    ("The council splendidly rushed the plan through on Tuesday.", "splendidly"),  # puffery RB
    ("Degrading, the council rushed the plan through on Tuesday.", "degrading"),  # judgement RB
    ("Esteemed, the council rushed the plan through on Tuesday.", "esteemed"),  # puffery RB
    ("Overjoyed, the council rushed the plan through on Tuesday.", "overjoyed"),  # judgement RB
    ("The mayor will confess that the budget is balanced.", "confess"),  # verdict-verb VB
    ("The mayor will pummel the plan at the meeting.", "pummel"),  # attack-verb VB
    ("The mayor will cower the plan at the meeting.", "cower"),  # attack-verb VB
    ("The mayor will decry that the budget is balanced.", "decry"),  # verdict-verb VB
    ("The mayor will menace the plan at the meeting.", "menace"),  # emotive VB
    ("The mayor hounded the plan on Tuesday.", "hounded"),  # attack-verb VBD
    ("The mayor averred that the budget was balanced.", "averred"),  # verdict-verb VBD
    ("The mayor seethed the plan on Tuesday.", "seethed"),  # attack-verb VBD
    ("The mayor slammed the plan on Tuesday.", "slammed"),  # attack-verb VBD
    ("The mayor smeared the plan on Tuesday.", "smeared"),  # attack-verb VBD
    ("The mayor is blustering that the budget is balanced.", "blustering"),  # verdict-verb VBG
    ("The mayor is bashing the plan again.", "bashing"),  # attack-verb VBG
    ("The mayor is lamenting that the budget is balanced.", "lamenting"),  # verdict-verb VBG
    ("The mayor is huffing that the budget is balanced.", "huffing"),  # verdict-verb VBG
    ("The mayor is alleging that the budget is balanced.", "alleging"),  # verdict-verb VBG
    ("The plan was steamrollered by the mayor on Tuesday.", "steamrollered"),  # attack-verb VBN
    ("The plan was savaged by the mayor on Tuesday.", "savaged"),  # attack-verb VBN
    ("The plan was berated by the mayor on Tuesday.", "berated"),  # attack-verb VBN
    ("The plan was bankrupted by the mayor on Tuesday.", "bankrupted"),  # attack-verb VBN
    ("The plan was coddled by the mayor on Tuesday.", "coddled"),  # attack-verb VBN
    ("The mayor will gouge the plan at the meeting.", "gouge"),  # attack-verb VBP
    ("The mayor will lambaste the plan at the meeting.", "lambaste"),  # attack-verb VBP
    ("The mayor will brag that the budget is balanced.", "brag"),  # verdict-verb VBP
    ("The mayor will hector the plan at the meeting.", "hector"),  # attack-verb VBP
    ("The mayor will skewer the plan at the meeting.", "skewer"),  # attack-verb VBP
    ("The mayor stonewalls the plan in his weekly column.", "stonewalls"),  # attack-verb VBZ
    ("The mayor peddles the plan in his weekly column.", "peddles"),  # attack-verb VBZ
    ("The mayor boasts that the budget is balanced.", "boasts"),  # verdict-verb VBZ
    ("The mayor rages the plan in his weekly column.", "rages"),  # attack-verb VBZ
    ("The mayor sabotages the plan in his weekly column.", "sabotages"),  # attack-verb VBZ
]


@pytest.mark.parametrize("sentence, form", FORMS)
def test_every_form_is_found(lint, sentence, form):
    assert severity_in_body(lint, sentence, form) is not None


# -- the forms round 49 added, each found -----------------------------------------------

@pytest.mark.parametrize("sentence, form, severity", [
    # the judgement rule's nouns, once lost to the attack verb's drop after an article
    ("The inquiry was a whitewash.", "whitewash", "warning"),
    ("The council made the cleaner a scapegoat for the failings.", "scapegoat", None),
    # the -s form of a sense-restricted attack verb, with an object
    ("The mayor blasts the plan in his weekly column.", "blasts", "warning"),  # (round 108: a named doer)
    ("The senator hammers the budget every week.", "hammers", None),
    ("The senator bashes Labour in a new advert.", "bashes", None),
    # graded forms of uninflected emotive and judgement adjectives
    ("It was the grimmest budget the council has approved.", "grimmest", None),
    ("The new plan is even nastier than the last one.", "nastier", None),
    ("It was the crudest plan the council has approved.", "crudest", None),
    # nouns and verbs of entries that were kept as written
    ("The council's rollouts were messes.", "messes", None),
    ("Lefties took over the town hall on Tuesday.", "Lefties", None),
    ("A radical from the group took over the town hall on Tuesday.", "radical", None),
    ("The phone wowed reviewers at the launch.", "wowed", None),
    ("The studio released two blockbusters this summer.", "blockbusters", None),
])
def test_round49_forms_found(lint, sentence, form, severity):
    got = severity_in_body(lint, sentence, form)
    assert got is not None
    if severity is not None:
        assert got == severity


# -- literal traps: the new forms must not warn here -------------------------------------

@pytest.mark.parametrize("sentence, form", [
    ("Two blasts rocked the port on Tuesday.", "blasts"),
    ("Oil rigs line the coast south of the city.", "rigs"),
    ("The critic whines.", "whines"),
    ("Fumes from the plant closed the school.", "fumes"),
    ("Three hammers were stolen from the shed.", "hammers"),
    ("Hounds were brought in to search the woods.", "hounds"),
    ("The wilder stretches of the coast were closed to walkers.", "wilder"),
    ("The bitterest winter in a decade froze the harbour.", "bitterest"),
    ("Crude oil prices rose as the cruder grades fell.", "cruder"),
    ("Soldiers ate in the mess hall.", "mess"),
    ("The savages in the novel are its villains.", "savages"),
])
def test_literal_traps_do_not_warn(lint, sentence, form):
    assert severity_in_body(lint, sentence, form) != "warning"


def test_savages_stays_the_labels_noun(lint):
    """The attack verb "savage" did not take "savages" (the label's plural) with its -s form."""
    found = [d.rule for d in lint(LEAD + "The savages took over the town hall on Tuesday.", select=("loaded-language",))]
    assert found == ["loaded-language/label"]


def test_graded_is_comparative_and_superlative_only():
    forms = expand("grim", "graded")
    assert forms == {"JJ": ["grim"], "JJR": ["grimmer"], "JJS": ["grimmest"]}
    assert "nastily" not in {f for fs in expand("nasty", "graded").values() for f in fs}


# -- the sentence adverbs and comment clauses, by position --------------------------------

OPENERS = [
    ("Of course, the council approved the plan on Tuesday.", "of course"),  # start, comma
    ("Of course the council approved the plan on Tuesday.", "of course"),  # start, no comma
    ("The council, of course, approved the plan on Tuesday.", "of course"),  # between commas
    ("The council — of course — approved the plan on Tuesday.", "of course"),  # between dashes
    ("The plan was late and, of course, it was over budget.", "of course"),  # after a conjunction
    ("The council approved the plan, of course.", "of course"),  # end
    ("Tragically, the council approved the plan on Tuesday.", "tragically"),  # start, comma
    ("Tragically the council approved the plan on Tuesday.", "tragically"),  # start, no comma
    ("The council, tragically, approved the plan on Tuesday.", "tragically"),  # between commas
    ("The council — tragically — approved the plan on Tuesday.", "tragically"),  # between dashes
    ("The plan was late and, tragically, it was over budget.", "tragically"),  # after a conjunction
    ("The council approved the plan, tragically.", "tragically"),  # end
    ("Fortunately, the council approved the plan on Tuesday.", "fortunately"),  # start, comma
    ("Fortunately the council approved the plan on Tuesday.", "fortunately"),  # start, no comma
    ("The council, fortunately, approved the plan on Tuesday.", "fortunately"),  # between commas
    ("The council — fortunately — approved the plan on Tuesday.", "fortunately"),  # between dashes
    ("The plan was late and, fortunately, it was over budget.", "fortunately"),  # after a conjunction
    ("The council approved the plan, fortunately.", "fortunately"),  # end
    ("Notably, the council approved the plan on Tuesday.", "notably"),  # start, comma
    ("Notably the council approved the plan on Tuesday.", "notably"),  # start, no comma
    ("The council, notably, approved the plan on Tuesday.", "notably"),  # between commas
    ("The council — notably — approved the plan on Tuesday.", "notably"),  # between dashes
    ("The plan was late and, notably, it was over budget.", "notably"),  # after a conjunction
    ("The council approved the plan, notably.", "notably"),  # end
    ("Disturbingly, the council approved the plan on Tuesday.", "disturbingly"),  # start, comma
    ("Disturbingly the council approved the plan on Tuesday.", "disturbingly"),  # start, no comma
    ("The council, disturbingly, approved the plan on Tuesday.", "disturbingly"),  # between commas
    ("The council — disturbingly — approved the plan on Tuesday.", "disturbingly"),  # between dashes
    ("The plan was late and, disturbingly, it was over budget.", "disturbingly"),  # after a conjunction
    ("The council approved the plan, disturbingly.", "disturbingly"),  # end
    ("Conveniently, the council approved the plan on Tuesday.", "conveniently"),  # start, comma
    ("Conveniently the council approved the plan on Tuesday.", "conveniently"),  # start, no comma
    ("The council, conveniently, approved the plan on Tuesday.", "conveniently"),  # between commas
    ("The council — conveniently — approved the plan on Tuesday.", "conveniently"),  # between dashes
    ("The plan was late and, conveniently, it was over budget.", "conveniently"),  # after a conjunction
    ("The council approved the plan, conveniently.", "conveniently"),  # end
    ("Ridiculously, the council approved the plan on Tuesday.", "ridiculously"),  # start, comma
    ("Ridiculously the council approved the plan on Tuesday.", "ridiculously"),  # start, no comma
    ("The council, ridiculously, approved the plan on Tuesday.", "ridiculously"),  # between commas
    ("The council — ridiculously — approved the plan on Tuesday.", "ridiculously"),  # between dashes
    ("The plan was late and, ridiculously, it was over budget.", "ridiculously"),  # after a conjunction
    ("The council approved the plan, ridiculously.", "ridiculously"),  # end
    ("Tellingly, the council approved the plan on Tuesday.", "tellingly"),  # start, comma
    ("Tellingly the council approved the plan on Tuesday.", "tellingly"),  # start, no comma
    ("The council, tellingly, approved the plan on Tuesday.", "tellingly"),  # between commas
    ("The council — tellingly — approved the plan on Tuesday.", "tellingly"),  # between dashes
    ("The plan was late and, tellingly, it was over budget.", "tellingly"),  # after a conjunction
    ("The council approved the plan, tellingly.", "tellingly"),  # end
    ("Sheepishly, the council approved the plan on Tuesday.", "sheepishly"),  # start, comma
    ("Sheepishly the council approved the plan on Tuesday.", "sheepishly"),  # start, no comma
    ("The council, sheepishly, approved the plan on Tuesday.", "sheepishly"),  # between commas
    ("The council — sheepishly — approved the plan on Tuesday.", "sheepishly"),  # between dashes
    ("The plan was late and, sheepishly, it was over budget.", "sheepishly"),  # after a conjunction
    ("The council approved the plan, sheepishly.", "sheepishly"),  # end
    ("Interestingly, the council approved the plan on Tuesday.", "interestingly"),  # start, comma
    ("Interestingly the council approved the plan on Tuesday.", "interestingly"),  # start, no comma
    ("The council, interestingly, approved the plan on Tuesday.", "interestingly"),  # between commas
    ("The council — interestingly — approved the plan on Tuesday.", "interestingly"),  # between dashes
    ("The plan was late and, interestingly, it was over budget.", "interestingly"),  # after a conjunction
    ("The council approved the plan, interestingly.", "interestingly"),  # end
    ("Surely, the council approved the plan on Tuesday.", "surely"),  # start, comma
    ("Surely the council approved the plan on Tuesday.", "surely"),  # start, no comma
    ("The council, surely, approved the plan on Tuesday.", "surely"),  # between commas
    ("The council — surely — approved the plan on Tuesday.", "surely"),  # between dashes
    ("The plan was late and, surely, it was over budget.", "surely"),  # after a conjunction
    ("The council approved the plan, surely.", "surely"),  # end
    ("As we know, the council approved the plan on Tuesday.", "as we know"),  # start, comma
    ("As we know the council approved the plan on Tuesday.", "as we know"),  # start, no comma
    ("The council, as we know, approved the plan on Tuesday.", "as we know"),  # between commas
    ("The council — as we know — approved the plan on Tuesday.", "as we know"),  # between dashes
    ("The plan was late and, as we know, it was over budget.", "as we know"),  # after a conjunction
    ("The council approved the plan, as we know.", "as we know"),  # end
    ("Not surprisingly, the council approved the plan on Tuesday.", "not surprisingly"),  # start, comma
    ("Not surprisingly the council approved the plan on Tuesday.", "not surprisingly"),  # start, no comma
    ("The council, not surprisingly, approved the plan on Tuesday.", "not surprisingly"),  # between commas
    ("The council — not surprisingly — approved the plan on Tuesday.", "not surprisingly"),  # between dashes
    ("The plan was late and, not surprisingly, it was over budget.", "not surprisingly"),  # after a conjunction
    ("The council approved the plan, not surprisingly.", "not surprisingly"),  # end
]


@pytest.mark.parametrize("sentence, words", OPENERS)
def test_comment_of_the_writer_warns_in_every_position(lint, sentence, words):
    assert severity_in_body(lint, sentence, words) == "warning"


@pytest.mark.parametrize("sentence, words", [
    ("The council \u2014 of course \u2014 approved the plan on Tuesday.", "of course"),
    ("The vote \u2013 clearly \u2013 went the mayor's way.", "clearly"),
    ("The plan - as we know - was late.", "as we know"),
])
def test_a_comment_between_dashes_warns(lint, sentence, words):
    assert severity_in_body(lint, sentence, words) == "warning"


@pytest.mark.parametrize("sentence, words", [
    ("The exits \u2014 clearly marked \u2014 were open all night.", "clearly"),
    ("The council \u2014 finally \u2014 approved the plan.", "finally"),
    ("The council clearly approved the plan on Tuesday.", "clearly"),
])
def test_no_comment_warning_here(lint, sentence, words):
    assert severity_in_body(lint, sentence, words) != Severity.WARNING.value


# -- phrases the pack inflects, and a phrasal said-verb in the progressive ---------------

PHRASES = [
    ("The council's rollouts were kangaroo courts.", "kangaroo courts"),  # figurative NNS
    ("The mayor is bending over backwards again.", "bending over backwards"),  # figurative VBG
    ("The mayor tore into the plan on Tuesday.", "tore into"),  # attack-verb VBD
    ("The mayor has rounded on his critics again.", "rounded on"),  # attack-verb VBN
    ("The mayor pulled the wool over the voters' eyes.", "pulled the wool over"),  # figurative VBD
    ("The mayor is slapping tariffs on imports again.", "slapping tariffs"),  # attack-verb VBG
    ("The council's rollout was a shell game.", "shell game"),  # figurative NN
    ("The mayor is twisting the knife again.", "twisting the knife"),  # figurative VBG
    ("The mayor has railed against the plan again.", "railed against"),  # attack-verb VBN
    ("The mayor is rearranging the deckchairs again.", "rearranging the deckchairs"),  # figurative VBG
    ("The abortion industries took over the town hall on Tuesday.", "abortion industries"),  # partisan NNS
]


@pytest.mark.parametrize("sentence, form", PHRASES)
def test_every_form_of_a_phrase_is_found(lint, sentence, form):
    assert severity_in_body(lint, sentence, form) is not None


def test_a_phrasal_said_verb_in_the_progressive_is_speech(lint):
    """The progressive is the said-verb itself ("is claiming that"); of a phrasal verb the
    first word carries the -ing ("is pointing out that"), and was read as a passive."""
    assert severity_in_body(lint, "The mayor is pointing out that the budget is balanced.", "pointing out") == "info"
    assert severity_in_body(lint, "The error was pointed out by the auditor.", "pointed out") is None
