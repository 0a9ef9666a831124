"""Loaded language, round 51: the context judge, checked by a battery.

``benchmarks/loaded_forms_battery.py --context`` puts every term the lexicon holds at ``info``,
every term with ``literal_after`` and every dual-sense word in evaluative frames of the writer's
voice (before a person, an act, an event; a predicative verdict; after an intensifier; an
exclamation; an attack verb's object) and, where the battery names a literal head for it, in a
literal or technical frame ("brutal heat", "radical surgery", "malicious software", "squandered
a two-goal lead"). The sample here (sentences written from the battery's templates, none from a
corpus) pins the judge's right answers on both sides: an evaluative use warns, a literal use
does not. What changed (docs/history/loaded-language.md, round 51): "fumes" is
a literal head, and read as a plural noun rather than the verb "fume"; the old clinical terms of art
("an insane asylum"); an ``info`` adjective as the predicate of a person, act or statement.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


# -- the battery: a sample ---------------------------------------------------------------------
# (evaluative sentence, literal sentence, the word's form): the same word on both sides

PAIRS = [
    ("The council's response was truly aggressive.", 'The report described aggressive tumour across the region on Tuesday.', 'aggressive'),  # judgement: intensifier
    ("The council's response was truly belligerent.", 'The report described belligerent parties across the region on Tuesday.', 'belligerent'),  # judgement: intensifier
    ('What a bitter decision by the council!', 'The report described bitter cold across the region on Tuesday.', 'bitter'),  # emotive: exclamation
    ('The mayor blasted the reporters at the meeting on Tuesday.', 'The workers blasted through the rock on Tuesday.', 'blasted'),  # attack-verb: object a person
    ('The council announced a broken decision on Tuesday.', 'The report described broken leg across the region on Tuesday.', 'broken'),  # judgement: before an act
    ("The council's response was cancerous.", 'The report described cancerous cells across the region on Tuesday.', 'cancerous'),  # emotive: predicative
    ("The council's response was truly catastrophic.", 'The report described catastrophic flooding across the region on Tuesday.', 'catastrophic'),  # emotive: intensifier
    ('The chaotic ceremony took place in the square on Tuesday.', 'The report described chaotic system across the region on Tuesday.', 'chaotic'),  # emotive: before an event
    ("The council's response was contradictory.", 'The report described contradictory results across the region on Tuesday.', 'contradictory'),  # judgement: predicative
    ("The council's response was truly corrosive.", 'The report described corrosive acid across the region on Tuesday.', 'corrosive'),  # emotive: intensifier
    ("The council's response was truly costly.", 'The report described costly repairs across the region on Tuesday.', 'costly'),  # judgement: intensifier
    ("The council's response was truly damaging.", 'The report described damaging winds across the region on Tuesday.', 'damaging'),  # judgement: intensifier
    ("The council's response was dangerous.", 'The report described dangerous levels across the region on Tuesday.', 'dangerous'),  # judgement: predicative
    ('The delusional ceremony took place in the square on Tuesday.', 'The report described delusional disorder across the region on Tuesday.', 'delusional'),  # emotive: before an event
    ("The council's response was destructive.", 'The report described destructive storm across the region on Tuesday.', 'destructive'),  # judgement: predicative
    ('What a devastating decision by the council!', 'The report described devastating floods across the region on Tuesday.', 'devastating'),  # emotive: exclamation
    ("The council's response was truly dire.", 'The report described dire weather across the region on Tuesday.', 'dire'),  # emotive: intensifier
    ("The council's rollout of the scheme was a disaster.", 'Officials said the disaster declaration would open on Tuesday.', 'disaster'),  # emotive: predicative
    ("The council's response was truly enormous.", 'The report described enormous waves across the region on Tuesday.', 'enormous'),  # emotive: intensifier
    ("The council's response was truly epic.", 'The report described epic poem across the region on Tuesday.', 'epic'),  # puffery: intensifier
    ("The council's response was truly erratic.", 'The report described erratic heartbeat across the region on Tuesday.', 'erratic'),  # judgement: intensifier
    ("The council's response was explosive.", 'The report described explosive device across the region on Tuesday.', 'explosive'),  # emotive: predicative
    ('The council announced a failed decision on Tuesday.', 'The report described failed coup across the region on Tuesday.', 'failed'),  # judgement: before an act
    ('The fiery ceremony took place in the square on Tuesday.', 'The report described fiery crash across the region on Tuesday.', 'fiery'),  # emotive: before an event
    ('The harmful ceremony took place in the square on Tuesday.', 'The report described harmful chemicals across the region on Tuesday.', 'harmful'),  # judgement: before an event
    ("The council's response was truly hostile.", 'The report described hostile actor across the region on Tuesday.', 'hostile'),  # judgement: intensifier
    ("The council's response was truly huge.", 'The report described huge waves across the region on Tuesday.', 'huge'),  # emotive: intensifier
    ('What a hysterical decision by the council!', 'The report described hysterical pregnancy across the region on Tuesday.', 'hysterical'),  # emotive: exclamation
    ('The council announced an inflammatory decision on Tuesday.', 'The report described inflammatory arthritis across the region on Tuesday.', 'inflammatory'),  # emotive: before an act
    ('The insane senator spoke to reporters on Tuesday.', 'The report described insane asylum across the region on Tuesday.', 'insane'),  # emotive: before a person
    ("The council's response was malicious.", 'The report described malicious software across the region on Tuesday.', 'malicious'),  # emotive: predicative
    ("The council's response was malignant.", 'The report described malignant tumour across the region on Tuesday.', 'malignant'),  # emotive: predicative
    ("The council's response was truly manic.", 'The report described manic episode across the region on Tuesday.', 'manic'),  # emotive: intensifier
    ("The council's response was truly massive.", 'The report described massive earthquake across the region on Tuesday.', 'massive'),  # emotive: intensifier
    ('The militant senator spoke to reporters on Tuesday.', 'The report described militant attacks across the region on Tuesday.', 'militant'),  # emotive: before a person
    ('The mayor mocked the reporters at the meeting on Tuesday.', 'The workers mocked trial on Tuesday.', 'mocked'),  # attack-verb: object a person
    ('What a murky decision by the council!', 'The report described murky water across the region on Tuesday.', 'murky'),  # judgement: exclamation
    ('What a negligent decision by the council!', 'The report described negligent driving across the region on Tuesday.', 'negligent'),  # judgement: exclamation
    ('The outstanding senator spoke to reporters on Tuesday.', 'The report described outstanding loans across the region on Tuesday.', 'outstanding'),  # puffery: before a person
    ("The council's response was paranoid.", 'The report described paranoid schizophrenia across the region on Tuesday.', 'paranoid'),  # emotive: predicative
    ("The council's response was truly poisonous.", 'The report described poisonous gas across the region on Tuesday.', 'poisonous'),  # emotive: intensifier
    ('The power-hungry senator spoke to reporters on Tuesday.', 'The report described power-hungry device across the region on Tuesday.', 'power-hungry'),  # emotive: before a person
    ('What a propaganda the rollout has been!', 'Officials said the propaganda agency would open on Tuesday.', 'propaganda'),  # emotive: exclamation
    ("The council's response was truly punitive.", 'The report described punitive damages across the region on Tuesday.', 'punitive'),  # judgement: intensifier
    ("The council's response was rotten.", 'The report described rotten meat across the region on Tuesday.', 'rotten'),  # emotive: predicative
    ("The council's response was shaky.", 'The report described shaky legs across the region on Tuesday.', 'shaky'),  # judgement: predicative
    ("The mayor slammed the council's decision on Tuesday.", 'The workers slammed the door on Tuesday.', 'slammed'),  # attack-verb: object an act
    ("The council's response was slippery.", 'The report described slippery roads across the region on Tuesday.', 'slippery'),  # judgement: predicative
    ("The mayor smeared the council's decision on Tuesday.", 'The workers smeared paint on Tuesday.', 'smeared'),  # attack-verb: object an act
    ('The mayor spewed the reporters at the meeting on Tuesday.', 'The workers spewed lava on Tuesday.', 'spewed'),  # attack-verb: object a person
    ("The council's response was truly stellar.", 'The report described stellar explosions across the region on Tuesday.', 'stellar'),  # puffery: intensifier
    ("The council's rollout of the scheme was a complete stunt.", 'Officials said the stunt pilot would open on Tuesday.', 'stunt'),  # emotive: intensifier
    ("The council's response was truly threatening.", 'The report described threatening behaviour across the region on Tuesday.', 'threatening'),  # emotive: intensifier
    ("The council's response was toxic.", 'The report described toxic fumes across the region on Tuesday.', 'toxic'),  # emotive: predicative
    ("The council's response was treacherous.", 'The report described treacherous sea across the region on Tuesday.', 'treacherous'),  # judgement: predicative
    ("The council's response was truly unnecessary.", 'The report described unnecessary travel across the region on Tuesday.', 'unnecessary'),  # judgement: intensifier
    ("The council's response was truly unprecedented.", 'The report described unprecedented rainfall across the region on Tuesday.', 'unprecedented'),  # emotive: intensifier
    ('The unreasonable senator spoke to reporters on Tuesday.', 'The report described unreasonable searches across the region on Tuesday.', 'unreasonable'),  # judgement: before a person
    ("The council's response was truly unstable.", 'The report described unstable compound across the region on Tuesday.', 'unstable'),  # judgement: intensifier
    ("The council's response was truly volatile.", 'The report described volatile compound across the region on Tuesday.', 'volatile'),  # judgement: intensifier
    ("The council's response was truly wild.", 'The report described wild animals across the region on Tuesday.', 'wild'),  # judgement: intensifier
]

EVALUATIVE = [
    ('The cold-blooded senator spoke to reporters on Tuesday.', 'cold-blooded'),  # emotive: before a person
    ('The disgruntled senator spoke to reporters on Tuesday.', 'disgruntled'),  # emotive: before a person
    ('The abominable senator spoke to reporters on Tuesday.', 'abominable'),  # emotive: before a person
    ('The authoritarian senator spoke to reporters on Tuesday.', 'authoritarian'),  # emotive: before a person
    ('The council announced an indefensible decision on Tuesday.', 'indefensible'),  # emotive: before an act
    ('The council announced a frantic decision on Tuesday.', 'frantic'),  # emotive: before an act
    ('The council announced an execrable decision on Tuesday.', 'execrable'),  # emotive: before an act
    ('The council announced a merciless decision on Tuesday.', 'merciless'),  # emotive: before an act
    ('The council announced an insufferable decision on Tuesday.', 'insufferable'),  # emotive: before an act
    ('What a devastated decision by the council!', 'devastated'),  # emotive: exclamation
    ("The council's response was truly disgraced.", 'disgraced'),  # emotive: intensifier
    ("The council's response was truly intolerable.", 'intolerable'),  # emotive: intensifier
    ("The council's response was truly crooked.", 'crooked'),  # emotive: intensifier
    ("The council's response was truly worrying.", 'worrying'),  # emotive: intensifier
    ("The council's response was truly abominable.", 'abominable'),  # emotive: intensifier
    ("The council's response was truly tyrannical.", 'tyrannical'),  # emotive: intensifier
    ("The council's rollout of the scheme was a slaughter.", 'slaughter'),  # emotive: predicative
    ("The council's rollout of the scheme was a deception.", 'deception'),  # emotive: predicative
    ("The council's rollout of the scheme was an abomination.", 'abomination'),  # emotive: predicative
    ("The council's response was dictatorial.", 'dictatorial'),  # emotive: predicative
    ("The council's rollout of the scheme was a scandal.", 'scandal'),  # emotive: predicative
    ("The council's response was fraudulent.", 'fraudulent'),  # emotive: predicative
    ('The irrelevant senator spoke to reporters on Tuesday.', 'irrelevant'),  # judgement: before a person
    ('The byzantine senator spoke to reporters on Tuesday.', 'byzantine'),  # judgement: before a person
    ('The heartbroken senator spoke to reporters on Tuesday.', 'heartbroken'),  # judgement: before a person
    ('The stagnant senator spoke to reporters on Tuesday.', 'stagnant'),  # judgement: before a person
    ('The naive senator spoke to reporters on Tuesday.', 'naive'),  # judgement: before a person
    ('The muddled senator spoke to reporters on Tuesday.', 'muddled'),  # judgement: before a person
    ('The rattled senator spoke to reporters on Tuesday.', 'rattled'),  # judgement: before a person
    ('The unpredictable senator spoke to reporters on Tuesday.', 'unpredictable'),  # judgement: before a person
    ('The panicked senator spoke to reporters on Tuesday.', 'panicked'),  # judgement: before a person
    ('The meagre senator spoke to reporters on Tuesday.', 'meagre'),  # judgement: before a person
    ('The delighted senator spoke to reporters on Tuesday.', 'delighted'),  # judgement: before a person
    ('The thrilled senator spoke to reporters on Tuesday.', 'thrilled'),  # judgement: before a person
    ('The traumatised senator spoke to reporters on Tuesday.', 'traumatised'),  # judgement: before a person
    ('The council announced an obsolete decision on Tuesday.', 'obsolete'),  # judgement: before an act
    ('The council announced an euphoric decision on Tuesday.', 'euphoric'),  # judgement: before an act
    ('The council announced an elated decision on Tuesday.', 'elated'),  # judgement: before an act
    ('The council announced a naive decision on Tuesday.', 'naive'),  # judgement: before an act
    ('The council announced a stagnant decision on Tuesday.', 'stagnant'),  # judgement: before an act
    ('The council announced a vain decision on Tuesday.', 'vain'),  # judgement: before an act
    ('The council announced a combative decision on Tuesday.', 'combative'),  # judgement: before an act
    ('The council announced an anguished decision on Tuesday.', 'anguished'),  # judgement: before an act
    ('What an offensive decision by the council!', 'offensive'),  # judgement: exclamation
    ('What an inconsistent decision by the council!', 'inconsistent'),  # judgement: exclamation
    ('What a stagnant decision by the council!', 'stagnant'),  # judgement: exclamation
    ('What a provocative decision by the council!', 'provocative'),  # judgement: exclamation
    ('What a panicked decision by the council!', 'panicked'),  # judgement: exclamation
    ('What a meagre decision by the council!', 'meagre'),  # judgement: exclamation
    ('What a shallow decision by the council!', 'shallow'),  # judgement: exclamation
    ("The council's response was truly empty.", 'empty'),  # judgement: intensifier
    ("The council's response was truly gratuitous.", 'gratuitous'),  # judgement: intensifier
    ("The council's rollout of the scheme was a complete suffering.", 'suffering'),  # judgement: intensifier
    ("The council's response was truly naive.", 'naive'),  # judgement: intensifier
    ("The council's response was unfair.", 'unfair'),  # judgement: predicative
    ("The council's response was fervent.", 'fervent'),  # judgement: predicative
    ("The council's response was juvenile.", 'juvenile'),  # judgement: predicative
    ("The council's response was naïve.", 'naïve'),  # judgement: predicative
    ("The council's response was derisory.", 'derisory'),  # judgement: predicative
    ("The council's response was gratuitous.", 'gratuitous'),  # judgement: predicative
    ('The eminent senator spoke to reporters on Tuesday.', 'eminent'),  # puffery: before a person
    ('The celebrated senator spoke to reporters on Tuesday.', 'celebrated'),  # puffery: before a person
    ('The unique senator spoke to reporters on Tuesday.', 'unique'),  # puffery: before a person
    ('The council announced an exceptional decision on Tuesday.', 'exceptional'),  # puffery: before an act
    ('The council announced an immense decision on Tuesday.', 'immense'),  # puffery: before an act
    ('The council announced an eminent decision on Tuesday.', 'eminent'),  # puffery: before an act
    ('The council announced a charming decision on Tuesday.', 'charming'),  # puffery: before an act
    ('What a valiant decision by the council!', 'valiant'),  # puffery: exclamation
    ('What an eminent decision by the council!', 'eminent'),  # puffery: exclamation
    ('What a luxurious decision by the council!', 'luxurious'),  # puffery: exclamation
    ('What a celebrated decision by the council!', 'celebrated'),  # puffery: exclamation
    ('What a prestigious decision by the council!', 'prestigious'),  # puffery: exclamation
    ('What a talented decision by the council!', 'talented'),  # puffery: exclamation
    ('What an inspirational decision by the council!', 'inspirational'),  # puffery: exclamation
    ('What a majestic decision by the council!', 'majestic'),  # puffery: exclamation
    ("The council's response was truly fabled.", 'fabled'),  # puffery: intensifier
    ("The council's response was truly celebrated.", 'celebrated'),  # puffery: intensifier
    ("The council's response was truly immense.", 'immense'),  # puffery: intensifier
    ("The council's response was truly eminent.", 'eminent'),  # puffery: intensifier
    ("The council's response was truly great.", 'great'),  # puffery: intensifier
    ("The council's response was truly clever.", 'clever'),  # puffery: intensifier
    ("The council's response was truly innovative.", 'innovative'),  # puffery: intensifier
    ("The council's rollout of the scheme was a complete blockbuster.", 'blockbuster'),  # puffery: intensifier
    ("The council's response was truly brilliant.", 'brilliant'),  # puffery: intensifier
    ("The council's response was truly cherished.", 'cherished'),  # puffery: intensifier
    ("The council's response was truly pioneering.", 'pioneering'),  # puffery: intensifier
    ("The council's response was truly matchless.", 'matchless'),  # puffery: intensifier
    ("The council's response was truly thrilling.", 'thrilling'),  # puffery: intensifier
]

LITERAL = [
    ('The report described insane asylum across the region on Tuesday.', 'insane'),  # emotive
    ('The report described malicious software across the region on Tuesday.', 'malicious'),  # emotive
    ('The report described malicious code across the region on Tuesday.', 'malicious'),  # emotive
    ('The report described toxic fumes across the region on Tuesday.', 'toxic'),  # emotive
    ('The report described toxic waste across the region on Tuesday.', 'toxic'),  # emotive
    ('The report described poisonous gas across the region on Tuesday.', 'poisonous'),  # emotive
    ('The report described poisonous snake across the region on Tuesday.', 'poisonous'),  # emotive
    ('The report described corrosive acid across the region on Tuesday.', 'corrosive'),  # emotive
    ('The report described corrosive chemicals across the region on Tuesday.', 'corrosive'),  # emotive
    ('The report described malignant tumour across the region on Tuesday.', 'malignant'),  # emotive
    ('The report described malignant growth across the region on Tuesday.', 'malignant'),  # emotive
    ('The report described cancerous cells across the region on Tuesday.', 'cancerous'),  # emotive
    ('The report described cancerous growth across the region on Tuesday.', 'cancerous'),  # emotive
    ('The report described catastrophic flooding across the region on Tuesday.', 'catastrophic'),  # emotive
    ('The report described catastrophic damage across the region on Tuesday.', 'catastrophic'),  # emotive
    ('The report described chaotic system across the region on Tuesday.', 'chaotic'),  # emotive
    ('The report described chaotic dynamics across the region on Tuesday.', 'chaotic'),  # emotive
    ('The report described hysterical pregnancy across the region on Tuesday.', 'hysterical'),  # emotive
    ('The report described paranoid schizophrenia across the region on Tuesday.', 'paranoid'),  # emotive
    ('The report described delusional disorder across the region on Tuesday.', 'delusional'),  # emotive
    ('The report described manic episode across the region on Tuesday.', 'manic'),  # emotive
    ('The report described militant attacks across the region on Tuesday.', 'militant'),  # emotive
    ('The report described militant cells across the region on Tuesday.', 'militant'),  # emotive
    ('The report described inflammatory arthritis across the region on Tuesday.', 'inflammatory'),  # emotive
    ('The report described inflammatory disease across the region on Tuesday.', 'inflammatory'),  # emotive
    ('The report described rotten meat across the region on Tuesday.', 'rotten'),  # emotive
    ('The report described rotten eggs across the region on Tuesday.', 'rotten'),  # emotive
    ('The report described power-hungry device across the region on Tuesday.', 'power-hungry'),  # emotive
    ('The report described power-hungry chip across the region on Tuesday.', 'power-hungry'),  # emotive
    ('The report described threatening behaviour across the region on Tuesday.', 'threatening'),  # emotive
    ('The report described threatening letters across the region on Tuesday.', 'threatening'),  # emotive
    ('The report described dire weather across the region on Tuesday.', 'dire'),  # emotive
    ('The report described dire conditions across the region on Tuesday.', 'dire'),  # emotive
    ('The report described foul water across the region on Tuesday.', 'foul'),  # emotive
    ('The report described unprecedented rainfall across the region on Tuesday.', 'unprecedented'),  # emotive
    ('The report described unprecedented temperatures across the region on Tuesday.', 'unprecedented'),  # emotive
    ('The report described explosive device across the region on Tuesday.', 'explosive'),  # emotive
    ('The report described explosive eruption across the region on Tuesday.', 'explosive'),  # emotive
    ('The report described fiery crash across the region on Tuesday.', 'fiery'),  # emotive
    ('The report described fiery explosion across the region on Tuesday.', 'fiery'),  # emotive
    ('The report described bitter cold across the region on Tuesday.', 'bitter'),  # emotive
    ('The report described bitter taste across the region on Tuesday.', 'bitter'),  # emotive
    ('The report described devastating floods across the region on Tuesday.', 'devastating'),  # emotive
    ('The report described devastating wildfire across the region on Tuesday.', 'devastating'),  # emotive
    ('The report described massive earthquake across the region on Tuesday.', 'massive'),  # emotive
    ('The report described massive star across the region on Tuesday.', 'massive'),  # emotive
    ('The report described huge waves across the region on Tuesday.', 'huge'),  # emotive
    ('The report described huge explosion across the region on Tuesday.', 'huge'),  # emotive
    ('The report described enormous waves across the region on Tuesday.', 'enormous'),  # emotive
    ('The report described enormous pressure across the region on Tuesday.', 'enormous'),  # emotive
    ('Officials said the disaster declaration would open on Tuesday.', 'disaster'),  # emotive
    ('Officials said the propaganda agency would open on Tuesday.', 'propaganda'),  # emotive
    ('Officials said the stunt pilot would open on Tuesday.', 'stunt'),  # emotive
    ('The report described unnecessary travel across the region on Tuesday.', 'unnecessary'),  # judgement
    ('The report described unnecessary journeys across the region on Tuesday.', 'unnecessary'),  # judgement
    ('The report described negligent driving across the region on Tuesday.', 'negligent'),  # judgement
    ('The report described negligent homicide across the region on Tuesday.', 'negligent'),  # judgement
    ('The report described dangerous levels across the region on Tuesday.', 'dangerous'),  # judgement
    ('The report described dangerous driving across the region on Tuesday.', 'dangerous'),  # judgement
    ('The report described harmful chemicals across the region on Tuesday.', 'harmful'),  # judgement
    ('The report described harmful emissions across the region on Tuesday.', 'harmful'),  # judgement
    ('The report described destructive storm across the region on Tuesday.', 'destructive'),  # judgement
    ('The report described destructive pest across the region on Tuesday.', 'destructive'),  # judgement
    ('The report described damaging winds across the region on Tuesday.', 'damaging'),  # judgement
    ('The report described damaging hail across the region on Tuesday.', 'damaging'),  # judgement
    ('The report described belligerent parties across the region on Tuesday.', 'belligerent'),  # judgement
    ('The report described belligerent occupation across the region on Tuesday.', 'belligerent'),  # judgement
    ('The report described hostile actor across the region on Tuesday.', 'hostile'),  # judgement
    ('The report described hostile takeover across the region on Tuesday.', 'hostile'),  # judgement
    ('The report described aggressive tumour across the region on Tuesday.', 'aggressive'),  # judgement
    ('The report described aggressive cancer across the region on Tuesday.', 'aggressive'),  # judgement
    ('The report described punitive damages across the region on Tuesday.', 'punitive'),  # judgement
    ('The report described punitive tariffs across the region on Tuesday.', 'punitive'),  # judgement
    ('The report described unreasonable searches across the region on Tuesday.', 'unreasonable'),  # judgement
    ('The report described wild animals across the region on Tuesday.', 'wild'),  # judgement
    ('The report described wild horses across the region on Tuesday.', 'wild'),  # judgement
    ('The report described broken leg across the region on Tuesday.', 'broken'),  # judgement
    ('The report described broken window across the region on Tuesday.', 'broken'),  # judgement
    ('The report described failed coup across the region on Tuesday.', 'failed'),  # judgement
    ('The report described failed launch across the region on Tuesday.', 'failed'),  # judgement
    ('The report described costly repairs across the region on Tuesday.', 'costly'),  # judgement
    ('The report described contradictory results across the region on Tuesday.', 'contradictory'),  # judgement
    ('The report described contradictory data across the region on Tuesday.', 'contradictory'),  # judgement
    ('The report described erratic heartbeat across the region on Tuesday.', 'erratic'),  # judgement
    ('The report described erratic rainfall across the region on Tuesday.', 'erratic'),  # judgement
    ('The report described volatile compound across the region on Tuesday.', 'volatile'),  # judgement
    ('The report described volatile prices across the region on Tuesday.', 'volatile'),  # judgement
    ('The report described unstable compound across the region on Tuesday.', 'unstable'),  # judgement
    ('The report described unstable ice across the region on Tuesday.', 'unstable'),  # judgement
    ('The report described murky water across the region on Tuesday.', 'murky'),  # judgement
    ('The report described murky waters across the region on Tuesday.', 'murky'),  # judgement
    ('The report described slippery roads across the region on Tuesday.', 'slippery'),  # judgement
    ('The report described slippery surface across the region on Tuesday.', 'slippery'),  # judgement
    ('The report described treacherous sea across the region on Tuesday.', 'treacherous'),  # judgement
    ('The report described treacherous roads across the region on Tuesday.', 'treacherous'),  # judgement
    ('The report described shaky legs across the region on Tuesday.', 'shaky'),  # judgement
    ('The workers slammed the door on Tuesday.', 'slammed'),  # attack-verb
    ('The workers blasted through the rock on Tuesday.', 'blasted'),  # attack-verb
    ('The workers blasted a hole on Tuesday.', 'blasted'),  # attack-verb
    ('The workers trashed the room on Tuesday.', 'trashed'),  # attack-verb
    ('The workers mocked trial on Tuesday.', 'mocked'),  # attack-verb
    ('The workers mocked exam on Tuesday.', 'mocked'),  # attack-verb
    ('The workers spewed lava on Tuesday.', 'spewed'),  # attack-verb
    ('The workers spewed ash on Tuesday.', 'spewed'),  # attack-verb
    ('The workers smeared paint on Tuesday.', 'smeared'),  # attack-verb
    ('The workers hijacked a plane on Tuesday.', 'hijacked'),  # attack-verb
    ('The workers hammered nails on Tuesday.', 'hammered'),  # attack-verb
    ('The workers torched cars on Tuesday.', 'torched'),  # attack-verb
    ('The workers gutted fish on Tuesday.', 'gutted'),  # attack-verb
    ('The workers crushed the cans on Tuesday.', 'crushed'),  # attack-verb
    ('The workers plunged into the water on Tuesday.', 'plunged'),  # attack-verb
    ('The workers ravaged the crops on Tuesday.', 'ravaged'),  # attack-verb
    ('The workers crippled the engine on Tuesday.', 'crippled'),  # attack-verb
    ('The workers squandered a two-goal lead on Tuesday.', 'squandered'),  # attack-verb
    ('The workers squandered the lead on Tuesday.', 'squandered'),  # attack-verb
    ('The workers rigged the sails on Tuesday.', 'rigged'),  # attack-verb
    ('The workers smashed the window on Tuesday.', 'smashed'),  # attack-verb
    ('The report described outstanding loans across the region on Tuesday.', 'outstanding'),  # puffery
    ('The report described outstanding debt across the region on Tuesday.', 'outstanding'),  # puffery
    ('The report described stellar explosions across the region on Tuesday.', 'stellar'),  # puffery
    ('The report described stellar winds across the region on Tuesday.', 'stellar'),  # puffery
    ('The report described epic poem across the region on Tuesday.', 'epic'),  # puffery
    ('Officials said the regime change would open on Tuesday.', 'regime'),  # label
    ('Officials said the cult film would open on Tuesday.', 'cult'),  # label
    ('Officials said the radical surgery would open on Tuesday.', 'radical'),  # label
    ('Officials said the radical mastectomy would open on Tuesday.', 'radical'),  # label
    ('Officials said the self-proclaimed capital would open on Tuesday.', 'self-proclaimed'),  # label
    ('Officials said the self-declared capital would open on Tuesday.', 'self-declared'),  # label
    ('Officials said the monster truck would open on Tuesday.', 'monster'),  # label
    ('Officials said the monster waves would open on Tuesday.', 'monster'),  # label
]


@pytest.mark.parametrize(("evaluative", "literal", "word"), PAIRS)
def test_pair_evaluative_warns_literal_does_not(lint, evaluative: str, literal: str, word: str) -> None:
    assert severity_in_body(lint, evaluative, word) == "warning"
    assert severity_in_body(lint, literal, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), EVALUATIVE)
def test_evaluative_use_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), LITERAL)
def test_literal_use_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


# -- the fixes of the round ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word", "expected"), [
    # fumes: a literal head, and a plural noun rather than the verb "fume"
    ("Toxic fumes drifted over the estate after the fire.", "toxic", None),
    ("The blaze released toxic fumes across the valley.", "fumes", "info"),
    ("Firefighters were treated for the effects of the fumes.", "fumes", None),
    ("Diesel fumes filled the tunnel.", "fumes", "info"),  # (no object: doubtful)
    # the old clinical terms of art
    ("He spent two years in an insane asylum in the 1890s.", "insane", None),
    ("Doctors once diagnosed a hysterical pregnancy.", "hysterical", None),
    ("The council's insane plan was approved.", "insane", "warning"),
    ("The hysterical coverage of the vote misled readers.", "hysterical", "warning"),
])
def test_literal_heads_and_terms_of_art(lint, sentence: str, word: str, expected: str | None) -> None:
    assert severity_in_body(lint, sentence, word) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    # an info adjective as the predicate of a person, act, policy or statement: the verdict
    ("The senator's remarks were dismal.", "dismal", "warning"),
    ("The minister's handling was indefensible.", "indefensible", "warning"),
    ("The president was combative.", "combative", "warning"),
    ("The new policy is unjust.", "unjust", "warning"),
    ("It was unpardonable.", "unpardonable", "warning"),
    # not a verdict on a person or an act, not asserted, not the writer's, or it goes on
    ("The wait for the ferry was dismal.", "dismal", "info"),
    ("The weather was dismal.", "dismal", "info"),
    ("The results were dismal.", "dismal", "info"),
    ("The council's response was not indefensible.", "indefensible", "info"),
    ("If the policy is unjust, the court will say so.", "unjust", "info"),
    ("The policy is unjust, Ana Ruiz said.", "unjust", "info"),
    ("The policy is unjust to tenants in the north.", "unjust", "info"),
    ("The crowd was jubilant.", "jubilant", "info"),  # a feeling reported
    # a dual-sense word said of a literal thing ("violent" was here: no lexicon form, never warned)
    ("The storm was devastating.", "devastating", None),
    ("The mayor's speech was devastating.", "devastating", "warning"),
])
def test_predicative_info_adjective(lint, sentence: str, word: str, expected: str | None) -> None:
    assert severity_in_body(lint, sentence, word) == expected
