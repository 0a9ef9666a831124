"""The constructions of unattributed claims, one by one, with the contexts that clear them.

Every sentence here is written for these tests. Each construction is tried in several
tenses, aspects, moods and determiners; each clearing context and each innocent look-alike
("considered for demolition", "a local bar", "some say in the matter") has its own case.
See lintnews/builtin/constructions/ and the README section "Unattributed claims".
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity

CATEGORY = "unattributed-claim"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


def _found(lint, text: str, severity: Severity = Severity.WARNING):
    return [d for d in lint(text) if d.category == CATEGORY and d.severity is severity]


def _flagged(text: str, d) -> str:
    return text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]


def _assert_cue(lint, rule: str, text: str, cue: str) -> None:
    found = [d for d in _found(lint, text) if d.rule == f"{CATEGORY}/{rule}"]
    assert found, (text, [(d.rule, d.message) for d in lint(text)])
    spans = [_flagged(text, d).lower() for d in found]
    assert any(cue.lower() in s or s in cue.lower() for s in spans), (cue, spans)


def _assert_quiet(lint, text: str) -> None:
    found = [d for d in lint(text) if d.category == CATEGORY]
    assert not found, (text, [(d.rule, _flagged(text, d), d.severity.value) for d in found])


# -- agentless passives: every tense, aspect and mood, with the complement each verb takes ------

PASSIVES = [
    ("The mayor is believed to have left the city.", "is believed to"),
    ("The mayor was thought to favour the northern route.", "was thought to"),
    ("The treasurer has been said to keep two sets of books.", "has been said to"),
    ("The merger had been rumoured for weeks.", "had been rumoured"),
    ("The new ferry will be seen as a test of the council.", "will be seen as"),
    ("The deal would be regarded as a defeat for the union.", "would be regarded as"),
    ("The stadium is being viewed as a white elephant.", "is being viewed as"),
    ("The damage was put at 40 million euros.", "was put at"),
    ("The cost is estimated at about $3m.", "is estimated at"),
    ("The engineer is widely credited with saving the mill.", "is widely credited with"),
    ("The roof was deemed unsafe after the storm.", "was deemed"),
    ("The harbour is considered the safest on the coast.", "is considered"),
    ("The guards are feared to have fled.", "are feared to"),
    ("The striker isn't rumoured to be leaving.", "rumoured"),
    ("I'm considered an authority on tides.", "considered"),
    ("He's said to be furious about the audit.", "said to"),
    # a verdict passed by nobody
    ("The budget was criticised.", "was criticised"),
    ("The plan has been widely praised.", "has been widely praised"),
    # a vague agent does not name anyone
    ("The minister was charged by critics with misleading the house.", "charged by critics"),
    ("The painting, considered by many to be his best, was sold.", "considered by many"),
    ("The harbour wall is accused by some of blocking the view.", "accused by some"),
    # a verb of seeing or holding judges with its complement after the vague agent
    ("The ferry is seen by many as a lifeline.", "is seen by many as"),
    ("The keeper is held by some critics to be the finest in the league.", "is held by some critics to"),
]


@pytest.mark.parametrize(("text", "cue"), PASSIVES, ids=[c for _, c in PASSIVES])
def test_agentless_passive(lint, text, cue):
    _assert_cue(lint, "passive-attribution", text, cue)


IMPERSONAL = [
    ("It is understood that the talks collapsed.", "It is understood"),
    ("It was reported the ferry had sunk.", "It was reported"),
    ("It's been said that the harbour never freezes.", "It's been said"),
    ("It is believed in some quarters that the pier is cursed.", "It is believed"),
    ("It could be argued that the bridge was never needed.", "It could be argued"),
    ("It has been suggested that the vote was rigged.", "It has been suggested"),
    ("It is feared dozens of homes were flooded.", "It is feared"),
]


@pytest.mark.parametrize(("text", "cue"), IMPERSONAL, ids=[c for _, c in IMPERSONAL])
def test_impersonal_passive(lint, text, cue):
    _assert_cue(lint, "passive-attribution", text, cue)


REDUCED = [
    ("The tariff, regarded as crucial to the talks, was dropped.", "regarded as"),
    ("The video was made by a studio thought to have ties to the army.", "thought to"),
    ("A firm believed to own the pier has gone bust.", "believed to"),
    ("The ferry, seen by many as a lifeline, will stop in May.", "seen by many as"),
    ("The rumoured merger was announced on Friday.", "rumoured"),
]


@pytest.mark.parametrize(("text", "cue"), REDUCED, ids=[c for _, c in REDUCED])
def test_reduced_relative(lint, text, cue):
    _assert_cue(lint, "passive-attribution", text, cue)


PASSIVE_CLEARED = [
    # an agent names who holds the view, before or after the complement
    "The mayor is believed by investigators to have left the city.",
    "The deal is regarded by the Harbour Gazette as a defeat for the union.",
    "The tariff was seen as a snub by the foreign ministry.",
    "The budget was criticised by the opposition leader, Maria Ortiz.",
    # a tag, a lead, "according to", a named source in the next sentence
    "The mayor is believed to have left the city, police said.",
    "Police said the mayor is believed to have left the city.",
    "According to the coroner, the climber was thought to have died at once.",
    "The damage was put at 40 million euros. The Port Authority said the figure was a first estimate.",
    # a source in a with-clause vouches for what precedes it
    "The budget was widely criticised, with Senator Ana Ruiz calling it reckless.",
    # without its complement a verb of seeing or holding sees or owns: no view
    "The boy was seen by a senior doctor on Tuesday and sent home.",
    "Most of the shares are held by a few investors.",
    "Her offer was accepted by a university in May.",
]


@pytest.mark.parametrize("text", PASSIVE_CLEARED)
def test_passive_cleared(lint, text):
    assert _found(lint, text) == [], text


PASSIVE_INNOCENT = [
    # other senses and other complements
    "The bridge was considered for demolition in 1990.",
    "The theft was reported to police on Monday.",
    "The town is known as the gateway to the lakes.",
    "The plan was considered and rejected.",
    "Smith said to loud applause that the mill would reopen.",
    "He's criticised the plan twice.",
    "The board considered it important to act.",
    "The mayor is known to have a weak heart.",
    # nothing asserted: an open question, a denial, a hedge, a duty, a counterfactual
    "It is not known how many people were inside.",
    "No crime is alleged in the complaint.",
    "The move could be seen as a snub.",
    "The pier must be regarded as unsafe until it is inspected.",
    "If it had been reported, it would have long been known.",
    "He let it be known that he would stand.",
    "If the ferry is seen as a failure, the council will scrap it.",
    "Is the ferry regarded as a failure?",
]


@pytest.mark.parametrize("text", PASSIVE_INNOCENT)
def test_passive_innocent(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, _flagged(text, d)) for d in _found(lint, text)])


def test_agent_of_another_verb_does_not_clear(lint):
    _assert_cue(lint, "passive-attribution", "The cliff is believed to be haunted by ghosts.", "is believed to")


# -- received opinion: a consensus or a verdict with nobody in it ---------------------------------

RECEIVED = [
    ("The widely praised bridge opened in May.", "widely praised"),
    ("The highly regarded chef retired.", "highly regarded"),
    ("The new ferry was well received.", "well received"),
    ("The much admired painter died on Friday.", "much admired"),
    ("She was an often overlooked painter of harbours.", "often overlooked"),
    ("It is a generally accepted principle of the trade.", "generally accepted"),
    ("It is a widely held view that the pier is unsafe.", "widely held"),
    ("The long rumoured merger was announced.", "long rumoured"),
    ("The critically acclaimed play closed early.", "critically acclaimed"),
    ("The coolly received album sold poorly.", "coolly received"),
    ("Long considered safe, the dam failed on Sunday.", "long considered"),
]


@pytest.mark.parametrize(("text", "cue"), RECEIVED, ids=[c for _, c in RECEIVED])
def test_received_opinion(lint, text, cue):
    found = _found(lint, text)
    assert found and any(cue in _flagged(text, d).lower() or _flagged(text, d).lower() in cue for d in found), (
        text, [(d.rule, _flagged(text, d)) for d in found])


RECEIVED_INNOCENT = [
    "The road is widely used by lorries.",
    "The flood was well documented in the archive.",
    "Her highly educated staff ran the fair.",
    "The much needed repairs began in May.",
    "The widely seen film was shown again.",
    "The port, long known for its oysters, is closing.",
    "The hill is commonly known as the Giant.",
    "The plan was well received by the unions.",
]


@pytest.mark.parametrize("text", RECEIVED_INNOCENT)
def test_received_innocent(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, _flagged(text, d)) for d in _found(lint, text)])


# -- unnamed sources --------------------------------------------------------------------------------

SOURCES = [
    # bare plurals, in any tense and with any auxiliaries
    ("Critics say the plan will fail.", "Critics say"),
    ("Officials have long warned that the dam could fail.", "Officials have long warned"),
    ("Analysts expected a cut in rates.", "Analysts expected"),
    ("Campaigners were arguing that the pier should stay.", "Campaigners were arguing"),
    ("Executives have privately conceded that sales fell.", "Executives have privately conceded"),
    ("Residents fear the river will flood again.", "Residents fear"),
    # indefinite, quantified and cardinal determiners
    ("A military source said the convoy had left.", "A military source said"),
    ("One banking expert warned that rates would rise.", "One banking expert warned"),
    ("Several aides said the minister was furious.", "Several aides said"),
    ("Multiple insiders told the paper that the deal was off.", "Multiple insiders told"),
    ("Two officials said the border had closed.", "Two officials said"),
    ("Dozens of residents complained that the water was brown.", "residents complained"),
    # modifiers: a place or organisation used as a modifier names nobody
    ("London-based analysts predict a fall in prices.", "London-based analysts predict"),
    ("Downing Street aides believe the vote is lost.", "Downing Street aides believe"),
    ("Lagos residents say the power cuts are worse.", "Lagos residents say"),
    ("Senior officials have questioned the figures.", "Senior officials have questioned"),
    # a quantifier standing for people
    ("Many believe the vote was rigged.", "Many believe"),
    ("Some say the old pier is haunted.", "Some say"),
    ("Others argue that the bridge is too costly.", "Others argue"),
    ("Those who oppose the dam say it will flood the valley.", "Those who oppose"),
    ("Many in the industry believe prices will rise.", "Many in the industry believe"),
    ("The town has a Catholic minority, some of whom claimed land.", "some of whom claimed"),
    ("The tax funded what many saw as a vanity project.", "many saw"),
    # a relative clause with no "that", an absolute clause, a coordinated group
    ("It is a risk officials say is small.", "officials say"),
    ("Prices rose, with forecasters warning of worse to come.", "forecasters warning"),
    ("Fans and other club members have speculated about a sale.", "members have speculated"),
    # according to, inverted tags, anonymity in the source's own words
    ("According to officials, the dam is safe.", "According to officials"),
    ("According to some, the mayor never wanted the job.", "According to some"),
    ("The dam is safe, say officials.", "say officials"),
    ("\"It is a disgrace,\" said one legal expert.", "said one legal expert"),
    ("People familiar with the talks expect a deal.", "People familiar with"),
    ("A source close to the minister denied it.", "A source close to"),
    ("An official who spoke on condition of anonymity confirmed the plan.", "An official who spoke on condition of anonymity"),
    # a quantified group of opinion-holders, whatever they do
    ("The play was staged against the wishes of some critics.", "some critics"),
    ("The castle was documented by several sources in 1610.", "by several sources"),
]


@pytest.mark.parametrize(("text", "cue"), SOURCES, ids=[c for _, c in SOURCES])
def test_unnamed_source(lint, text, cue):
    _assert_cue(lint, "vague-source", text, cue)


SOURCES_NAMED = [
    # a name after the noun or in an apposition
    "Ministry spokeswoman Jane Roe said the dam was safe.",
    "Critics, including Senator Ruth Adler, say the plan will fail.",
    "Critics of the plan, such as Ana Ruiz, say it will fail.",
    # a definite phrase refers back to sources already introduced
    "The experts said the dam was safe.",
    "These insiders believe the merger will collapse.",
    "The company's executives said sales had fallen.",
    # a named member of the vague group, in the same or the next sentence
    "Analysts say the slump is over. \"Orders are back,\" said Jane Roe, an analyst at Harbour Bank.",
]


@pytest.mark.parametrize("text", SOURCES_NAMED)
def test_named_or_definite_source_is_not_a_warning(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, _flagged(text, d)) for d in _found(lint, text)])


def test_source_described_by_its_organisation_is_a_hint(lint):
    for text in ("Experts at the Halvorsen Institute warn that the dam could fail.",
                 "Many of them say the water is unsafe."):
        found = [d for d in lint(text) if d.category == CATEGORY]
        assert [d.severity for d in found] == [Severity.INFO], (text, found)


SOURCES_INNOCENT = [
    # a person noun that is not the source of a claim
    "They met at a local bar.",
    "The source code was leaked.",
    "The residents wanted some say in the plan.",
    "Some people are able to build a business while others think about it.",
    "He told officials that the road was closed.",
    "Officials were told to leave the building.",
    "Officials would not say whether the dam was safe.",
    "People complaining about noise are told to call the council.",
    "There were many unanswered questions about the fire.",
    "The world's most eminent historians met in May.",
    # nothing asserted
    "If scientists found a cure, the trial would end.",
    "Do experts agree that the dam is safe?",
    # a market or a crowd is not a source
    "The markets expect a cut in rates.",
    "The public believes the pier is safe.",
]


@pytest.mark.parametrize("text", SOURCES_INNOCENT)
def test_source_innocent(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, _flagged(text, d)) for d in _found(lint, text)])


# -- unnamed documents and hearsay -----------------------------------------------------------------

PROVENANCE = [
    ("According to reports, the mayor will resign.", "According to reports"),
    ("Life expectancy fell by two years, according to one estimate.", "according to one estimate"),
    ("The firm cut prices amid reports that sales had slumped.", "amid reports that"),
    ("Police arrived after reports of gunfire.", "after reports of"),
    ("The mill stayed open despite complaints.", "despite complaints"),
    ("There are reports that the border is closed.", "There are reports that"),
    ("There were also claims that the vote was rigged.", "There were also claims that"),
    ("Footage has emerged of the guards beating a prisoner.", "Footage has emerged"),
    ("Reports surfaced on Monday of a second leak.", "Reports surfaced"),
    ("Rumours have circulated that the mayor will quit.", "Rumours have circulated"),
    ("New documents came to light in May.", "New documents came to light"),
    ("Emails seen by this newspaper show the plan was costed.", "Emails seen by"),
    ("By most accounts, the ferry was late.", "By most accounts"),
    ("In some versions of the tale, the well runs dry.", "In some versions"),
    ("Legend has it that the bridge is cursed.", "Legend has it"),
    ("According to legend, the well never runs dry.", "According to legend"),
    ("According to the legend, the well never runs dry.", "According to the legend"),
]


@pytest.mark.parametrize(("text", "cue"), PROVENANCE, ids=[c for _, c in PROVENANCE])
def test_unnamed_document(lint, text, cue):
    _assert_cue(lint, "vague-provenance", text, cue)


def test_study_citations_are_hints(lint):
    # on a web page the words are often the link to the study: a hint to name it in the text
    for text in ("Studies show the vaccine is safe.", "A 2019 study found that fares rose.",
                 "Research suggests the reef is recovering.", "Many studies have shown the drug works."):
        found = [d for d in lint(text) if d.category == CATEGORY]
        assert [(d.rule, d.severity) for d in found] == [(f"{CATEGORY}/vague-provenance", Severity.INFO)], text


PROVENANCE_INNOCENT = [
    # identified by their publisher, author, journal, owner or kind of record
    "The report found no fault with the crew.",
    "The ministry's report found no fault with the crew.",
    "A Reuters poll found most voters undecided.",
    "A study published in The Lancet found the vaccine safe.",
    "Research by the Halvorsen Institute suggests the reef is recovering.",
    "Court documents show the firm owed $2m.",
    "A new study found fares rose. The research, published in the Journal of Transport, ...",
    # nothing asserted, or nothing to attribute
    "There is no evidence that the vote was rigged.",
    "There is little evidence that the wall was rebuilt.",
    "If studies showed a risk, the drug would be withdrawn.",
    "An investigation will show what happened.",
    "The findings of studies on tides are mixed.",
    # a physical emergence, footage that shows what it shows
    "The miners emerged from the tunnel at dawn.",
    "Footage released by the fire service shows the blaze spreading.",
]


@pytest.mark.parametrize("text", PROVENANCE_INNOCENT)
def test_provenance_innocent(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, _flagged(text, d)) for d in _found(lint, text)])


# -- what vouches for a cue -------------------------------------------------------------------------

def test_a_definite_description_of_an_unnamed_source_names_nobody(lint):
    # "the source" points back to someone unnamed: it does not clear the claim it tags
    _assert_cue(lint, "doubt-adverb", "The minister allegedly lied, the source said.", "allegedly")
    _assert_cue(lint, "doubt-adverb", "The minister allegedly lied, the insider told the paper.", "allegedly")


def test_a_market_or_a_crowd_is_not_a_source(lint):
    _assert_cue(lint, "passive-attribution", "The firm is believed to be struggling, the markets fear.", "is believed to")


def test_a_publisher_named_with_its_document_clears(lint):
    assert _found(lint, "The bank is widely expected to cut rates, according to a Reuters poll.") == []


def test_a_cue_vouched_for_by_unnamed_sources_stays_a_warning(lint):
    # "analysts" vouch for nothing: both the passive and the vague source are warnings
    text = "The firm is believed to be struggling, analysts said."
    found = [(d.rule, d.severity) for d in lint(text) if d.category == CATEGORY]
    assert (f"{CATEGORY}/passive-attribution", Severity.WARNING) in found
    assert (f"{CATEGORY}/vague-source", Severity.WARNING) in found


# -- the word classes -------------------------------------------------------------------------------

def test_word_classes_give_every_form():
    from lintnews.builtin.constructions import lexicon

    participles = lexicon.participle_classes()
    for form in ("rumoured", "rumored", "put", "credited", "regarded", "thought", "said", "criticized"):
        assert form in participles or form in lexicon.forms("reception-verdict", lexicon.PARTICIPLE), form
    nouns = lexicon.forms("source-nouns", lexicon.NOUN)
    assert {"officials", "aide", "insiders", "people", "analysts"} <= set(nouns)
    assert "officials" in lexicon.plural_nouns("source-nouns")


# -- round 9: constructions written from a Wikipedia-style sentence set (unattr-synth-d) ----------

# (rule, sentence, cue) that must warn / sentence that must stay quiet: one pair per construction
ROUND9_FLAGGED = [
    # a perfect passive of a naming verb with a label: an epithet somebody gave
    ("passive-attribution", "The old ferry terminal has been called an eyesore.", "has been called"),
    ("passive-attribution", "Her second novel had been dubbed a flop before it was printed.", "had been dubbed"),
    # a perfect passive of likening: a comparison somebody drew
    ("passive-attribution", "The choir's sound has often been compared to a church organ.", "compared"),
    ("passive-attribution", "The new library has been likened to a ship.", "has been likened"),
    # a standing debate among unnamed people
    ("vague-source", "Historians have long debated the age of the causeway.", "Historians have long debated"),
    ("vague-source", "Linguists debate whether the dialect is a language.", "Linguists debate"),
    # an unnamed source accepting a claim
    ("vague-source", "Most farmers now accept that the drainage failed.", "Most farmers now accept"),
    # a verdict of doubt with nobody doubting
    ("passive-attribution", "The date on the charter has been doubted.", "has been doubted"),
    # reception nouns after "met with" / "drew"
    ("received-opinion", "The new timetable was met with derision.", "met with derision"),
    # divided opinion with nobody holding it
    ("received-opinion", "Opinion is sharply divided over the new flag.", "Opinion is sharply divided"),
    ("received-opinion", "Views differ on who built the causeway.", "Views differ"),
]
ROUND9_QUIET = [
    "The hamlet is called Marden.",  # a name, not a label
    "The vote has been called off.",  # a particle: another verb
    "The witness has been called to give evidence.",  # a summons
    "Last year's prices were compared with this year's.",  # no perfect: a measurement
    "Councillors debated the budget for three hours.",  # deliberation
    "Councillors debated whether to close the depot.",  # deliberation
    "Most tenants accept the new rent.",  # no claim accepted
    "The date on the charter has been doubted by the archivist Ruth Mayle.",  # an agent
    "The plan was met with derision from Mayor Ana Ruiz.",  # a named critic
    "The jury was split over the second charge.",  # a vote, not opinion
    "A survey of 400 members found opinion divided on the merger.",  # the survey holds it
]


@pytest.mark.parametrize("rule,text,cue", ROUND9_FLAGGED)
def test_round9_construction_flagged(lint, rule, text, cue):
    _assert_cue(lint, rule, text, cue)


@pytest.mark.parametrize("text", ROUND9_QUIET)
def test_round9_look_alike_quiet(lint, text):
    assert _found(lint, text) == [], (text, [(d.rule, d.message) for d in _found(lint, text)])
