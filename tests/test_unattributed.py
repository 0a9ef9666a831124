"""The unattributed-claim family: every cue group, and every way a source clears a cue.

All sentences here are written for these tests (see the README section
"Unattributed claims" for the rules they pin down).
"""

from __future__ import annotations

import pytest

from lintnews.document.sourcing import document_kind, mentions, source_kind
from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- every cue group fires on its own ---------------------------------------------------------

CUES = [
    # passive and impersonal attribution, in several tenses
    ("passive-attribution", "The mayor is believed to have met the developer twice.", "is believed to"),
    ("passive-attribution", "The mayor was thought to favour the northern route.", "was thought to"),
    ("passive-attribution", "The treasurer is said to be furious about the audit.", "is said to"),
    ("passive-attribution", "It is understood that the board will meet on Sunday.", "It is understood"),
    ("passive-attribution", "It was reported that the ferry had left without lights.", "It was reported"),
    ("passive-attribution", "It has been claimed that the tender was rigged.", "It has been claimed"),
    ("passive-attribution", "The deal is widely seen as a defeat for the union.", "is widely seen as"),
    ("passive-attribution", "The stadium has long been considered the finest in the league.",
     "been considered"),
    ("passive-attribution", "Long regarded as untouchable, the chairman resigned on Friday.",
     "Long regarded as"),
    ("passive-attribution", "The statue, considered by many to be a forgery, was moved.",
     "considered by many"),
    ("passive-attribution", "It's been said that the harbour never freezes.", "It's been said"),
    ("vague-provenance", "There is speculation that the coach will leave.", "There is speculation"),
    ("passive-attribution", "There is a feeling that the coach will leave.", "There is a feeling"),
    ("passive-attribution", "Questions have been raised about the tender.", "Questions have been raised"),
    ("passive-attribution", "One could argue that the bridge was never needed.", "One could argue"),
    ("received-opinion", "The new ferry timetable has been well received.", "been well received"),
    ("passive-attribution", "The tax was widely criticised.", "was widely criticised"),
    ("received-opinion", "The widely criticised tax was dropped.", "widely criticised"),
    ("widely-expected", "The council is widely expected to approve the plan.", "widely expected"),
    # vague and anonymous sources
    ("vague-source", "Sources say the coach has already packed his office.", "Sources say"),
    ("vague-source", "Critics argue that the scheme rewards landlords.", "Critics argue"),
    ("vague-source", "Experts warn that the dam could fail in a flood.", "Experts warn"),
    ("vague-source", "Observers noted a sharp fall in turnout.", "Observers noted"),
    ("vague-source", "Insiders believe the merger will collapse.", "Insiders believe"),
    ("vague-source", "People familiar with the talks expect a deal by June.", "People familiar with"),
    ("vague-source", "Many historians say the treaty was signed under duress.", "Many historians say"),
    ("vague-source", "Some people say the old pier is haunted.", "Some people say"),
    ("vague-source", "The river is safe for swimmers, say officials.", "say officials"),
    ("vague-source", "Industry analysts expect prices to rise.", "analysts expect"),
    ("vague-source", "According to some, the mayor never wanted the job.", "According to some"),
    # doubt adverbs
    ("doubt-adverb", "The treasurer allegedly moved the funds to a private account.", "allegedly"),
    ("doubt-adverb", "The singer reportedly cancelled the tour.", "reportedly"),
    ("doubt-adverb", "The letter was purportedly written by the king.", "purportedly"),
    ("doubt-adverb", "The cure supposedly works within a week.", "supposedly"),
    ("doubt-adverb", "Apparently, the captain had been drinking.", "Apparently"),
    ("doubt-adverb", "The captain apparently told the crew to abandon ship.", "apparently"),
    # vague provenance
    ("vague-provenance", "Footage has emerged of the guards beating a prisoner.", "Footage has emerged"),
    ("vague-provenance", "Reports have surfaced of a second leak.", "Reports have surfaced"),
    ("vague-provenance", "It emerged that the minister had sold his shares.", "It emerged that"),
    ("vague-provenance", "Documents seen by this newspaper show the plan was costed.", "Documents seen by"),
    ("vague-provenance", "The striker was previously linked to a move abroad.", "was previously linked to"),
    ("vague-provenance", "According to reports, the vaccine is safe for children.", "According to reports"),
]


@pytest.mark.parametrize(("group", "text", "cue"), CUES, ids=[f"{g}:{c}" for g, _, c in CUES])
def test_cue_is_flagged(lint, group, text, cue):
    found = _warnings(lint, text)
    assert [d.rule for d in found] == [f"{CATEGORY}/{group}"], (text, found)
    d = found[0]
    flagged = text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]
    assert flagged.strip() and (flagged.lower() in cue.lower() or cue.lower() in flagged.lower()), (flagged, cue)


@pytest.mark.parametrize(
    ("text", "cue", "question"),
    [
        ("The mayor is believed to have met the developer twice.", "'is believed to'", "believed by whom?"),
        ("The minister was accused by critics of lying.", "'was accused by critics'", "accused by whom?"),
        ("The tax was widely criticised.", "'was widely criticised'", "criticised by whom?"),
        ("Officials say the bridge is safe.", "'Officials say'", "Which officials?"),
        ("A military source said the convoy had left.", "'A military source said'", "Which source?"),
        ("Many believe the vote was rigged.", "'Many believe'", "Who are they?"),
        ("Prices rose amid reports that the mill would close.", "'amid reports that'", "which report?"),
        ("Footage has emerged of the raid.", "'Footage has emerged'", "from where?"),
        ("The new ferry was well received.", "'well received'", "received by whom?"),
    ],
)
def test_message_names_the_cue_and_asks_the_question(lint, text, cue, question):
    (d,) = _warnings(lint, text)
    assert cue in d.message and question in d.message, d.message
    assert d.suggestion


def test_expected_is_only_a_hint(lint):
    found = _claims(lint, "The minister is expected to resign next week.")
    assert [d.severity for d in found] == [Severity.INFO]
    assert "expected by whom" in found[0].message


# -- named sources clear a cue ------------------------------------------------------------------

CLEARED = [
    # named source in the same sentence: a tag after the cue
    "The treasurer allegedly moved the funds to a private account, prosecutors said.",
    "The mayor is believed to have met the developer twice, said Ines Moreno, the city auditor.",
    "The singer reportedly cancelled the tour, her label told the Evening Post.",
    # a lead before the cue
    "Prosecutors said the treasurer allegedly moved the funds to a private account.",
    "Police believe the driver is thought to have fled north.",
    # according to
    "According to the coroner, the climber was believed to have died instantly.",
    "The climber was believed to have died instantly, according to the coroner's report.",
    # a passive agent
    "The pier is believed by engineers at Halvorsen Marine to be unsafe.",
    "It was reported by the Harbour Gazette that the ferry had left without lights.",
    # the next sentence, same paragraph, names a source
    "The treasurer allegedly moved the funds to a private account. The charge was filed by "
    "prosecutors on Monday, the district attorney's office said.",
    "The mayor is believed to have met the developer twice. That is according to the city's "
    "visitor logs.",
    # a named critic inside the cue's own phrase is a source, not a vague one
    "Critics of the plan, including Senator Ruth Adler, said it would fail.",
]


@pytest.mark.parametrize("text", CLEARED)
def test_named_source_clears_the_cue(lint, text):
    assert _claims(lint, text) == [], text


def test_described_source_is_info(lint):
    # a spokesperson speaks for a named body: the cue it vouches for is a hint
    found = _claims(lint, "The mayor is believed to have resigned, a spokesperson for the ministry told reporters.")
    assert [d.severity for d in found] == [Severity.INFO]
    assert "described but not named" in found[0].message
    # an unnamed official is itself the problem: one warning, on the source; the cue it
    # vouches for is only a hint
    found = _claims(lint, "The treasurer allegedly moved the funds abroad, a senior official said.")
    assert sorted((d.rule, d.severity.value) for d in found) == [
        ("unattributed-claim/doubt-adverb", "info"), ("unattributed-claim/vague-source", "warning")]


def test_vague_source_with_a_named_institution_is_info(lint):
    found = _claims(lint, "Experts at the Halvorsen Institute warn that the dam could fail.")
    assert [d.severity for d in found] == [Severity.INFO]


# -- what does not clear a cue ------------------------------------------------------------------

STILL_FLAGGED = [
    # the cue is never its own source
    ("Critics say the bridge is unsafe.", "Critics say"),
    # a speech verb the cue modifies is part of the hearsay
    ("Ana Ruiz has reportedly told friends that she will stand down.", "reportedly"),
    # a lead does not reach into a clause the writer adds
    ("The firm confirmed the inquiry, which will reportedly focus on its founder.", "reportedly"),
    # "tell the story" attributes nothing
    ("The film is said to tell the story of a forged will.", "is said to"),
    # a next sentence that quotes someone attributes the quote, not the claim before it
    ("The mayor is believed to have met the developer twice. \"We have nothing to hide,\" "
     "said Tom Briggs, the developer's lawyer.", "is believed to"),
    # a next sentence that introduces a quote attributes that quote
    ("Allegedly, the firm paid the inspectors. As Tom Briggs, an auditor, told the Gazette:\n"
     "\"The books were a mess.\"", "Allegedly"),
    # a vague source is not identified by another person speaking in the next sentence
    ("Experts warn the dam could fail. Tom Briggs, an engineer, said repairs began in May.",
     "Experts warn"),
    # a new paragraph starts a new point
    ("The treasurer allegedly moved the funds abroad.\n\nProsecutors said the trial starts in May.",
     "allegedly"),
    # "denied" does not source the claim it denies
    ("The minister allegedly lied to parliament, which Ana Ruiz denied.", "allegedly"),
    # a tag needs a tag's shape: a later clause's subject is not a source
    ("Local experts maintained that, by filing early, Ana Ruiz had observed the rules.",
     "experts maintained"),
]


@pytest.mark.parametrize(("text", "cue"), STILL_FLAGGED, ids=[c for _, c in STILL_FLAGGED])
def test_cue_without_a_source_is_still_flagged(lint, text, cue):
    found = _warnings(lint, text)
    assert found, text
    lines = text.splitlines()
    flagged = [lines[d.line - 1][d.column - 1 : d.end_column - 1] for d in found]
    assert any(f.strip() and (cue.lower() in f.lower() or f.lower() in cue.lower()) for f in flagged), flagged


# -- quotations and innocent uses ---------------------------------------------------------------

INNOCENT = [
    # inside an attributed quotation: the speaker's words
    "\"The mayor is believed to have taken the money,\" said Tom Briggs, the opposition leader.",
    "Ana Ruiz said: \"Critics say we are reckless, but the numbers are on our side.\"",
    "'He allegedly took bribes,' said Ana Ruiz.",
    # the alleged victim's family, with a named speaker
    "The alleged victim's family said, through their lawyer Ines Park, that they were relieved.",
    # physical emergence and appearance
    "The miners emerged from the tunnel at dawn.",
    "It emerged from the tunnel just after six.",
    "The driver was apparently unharmed.",
    "The apparently abandoned car was towed away.",
    # definite reference back to sources already named
    "The experts, Ana Ruiz and Tom Briggs, said the dam was safe.",
    # schedules and technical definitions
    "The bond is said to be 'called' when the issuer repays it early.",
    "The bridge was considered for demolition in 1990.",
    # hedges about the writer's own uncertainty attribute nothing
    "The storm may reach the coast by Tuesday.",
    # "consider" as weighing a decision, not holding a view
    "Several councils are considering a ban on the boats.",
    "Many other towns are also considering raising the harbour fee.",
    "Ana Ruiz, who is being considered to be the next harbour master, declined to comment.",
    # the speech verb of a clause inside the phrase is not the phrase's own
    "The ministry expelled 15 foreign officials for what it said were breaches of protocol.",
    # a modal perfect tells what would or could have happened: nobody said or thought it
    "It was a turn of events that few could have anticipated.",
    "Critics might have argued that the bridge was unsafe, had anyone asked them.",
    # unnamed researchers whose study the sentence identifies
    "The reef is recovering, scientists reported in a study published in Marine Ecology.",
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'The miners emerged from the tunnel at dawn.',
    'It emerged from the tunnel just after six.',
    'The storm may reach the coast by Tuesday.',
    'The mill was one of the largest in the county.',
    'The previously little-known firm built the ticket system.',
    'The convoy came under attack near the border.',
    'The deal is likely to come under scrutiny next year.',
})


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_uses_are_not_flagged(lint, text):
    assert_trap(text, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, text) == [], text


# -- the source finder on its own ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Ana Ruiz", "named"),
        ("the ministry", "named"),
        ("police", "named"),
        ("she", "named"),
        ("a senior official", "described"),
        ("critics", None),
        ("officials", None),
        ("Industry experts", None),
        ("Critics", None),
        ("some analysts", None),
    ],
)
def test_source_kind(phrase, kind):
    assert source_kind(phrase, "said") == kind


def test_mentions_find_lead_tag_and_according():
    text = "Police said the man fled, a witness told reporters, according to the Harbour Gazette."
    styles = {(m.style, m.phrase) for m in mentions(text, 0, len(text))}
    assert ("subject", "Police") in styles
    assert ("subject", "a witness") in styles
    assert any(style == "according" and phrase.startswith("the Harbour") for style, phrase in styles)


def test_it_is_a_source_only_for_plain_speech_verbs():
    assert source_kind("it", "said") == "named"
    assert source_kind("it", "suggests") is None


# -- received opinion, reputation and rankings with nobody holding them (issue 3, weasel) -------

WEASEL_CUES = [
    # a reputation: known to whom?
    ("reputation", "A well-known local baker opened the harvest fair.", "well-known"),

    # a vague group holding a view, whatever its verb
    ("vague-source", "Some critics received the play coolly.", "Some critics"),
    # "the" in "the public and some critics" belongs to another phrase: no reference back
    ("vague-source", "The public and some critics received the play coolly.", "some critics"),
    ("vague-source", "The mayor and critics say the bridge is unsafe.", "critics say"),
    # a vague agent after the complement: one cue, the passive with its agent in it
    ("passive-attribution", "The ruling was dismissed as naive by many commentators.", "many commentators"),
    ("vague-source", "Some may argue that the ferry was never safe.", "Some may argue"),
    ("vague-source", "Many critics point to the cost of the scheme.", "Many critics point to"),
    ("vague-source", "Supporters often play down the delays.", "Supporters often play down"),
    ("vague-source", "Fans and other club members have speculated about a sale.",
     "Fans and other club members have speculated"),
    ("vague-source", "In the eyes of many, the new pier is an eyesore.", "eyes of many"),
    ("vague-provenance", "By some accounts, the mill closed in 1902.", "By some accounts"),
    ("vague-provenance", "The song was sung at the wedding in some versions of the tale.",
     "in some versions"),
    ("vague-source", "The plan faced opposition from some quarters.", "from some quarters"),
    # passive and impersonal attribution
    ("passive-attribution", "It is recorded that the abbey burned twice.", "It is recorded that"),
    ("vague-source", "The tax funded what many saw as a vanity project.", "many saw"),
    ("passive-attribution", "The road is generally not regarded as part of the old town.",
     "is generally not regarded as"),
    ("received-opinion", "The motto is often attributed to a Roman poet.", "often attributed"),
    ("passive-attribution", "There is a sense that the league has lost its way.", "There is a sense that"),
    ("passive-attribution", "The common belief that bats are blind is wrong.", "common belief that"),
    # received opinion: praise, attention and neglect with nobody giving them
    ("received-opinion", "The chef is highly regarded in the region.", "highly regarded"),
    ("received-opinion", "The trial was widely publicised.", "widely publicised"),
    ("received-opinion", "The album received wide publicity.", "received wide publicity"),
    ("received-opinion", "She was an often overlooked painter of harbours.", "often overlooked"),
    # provenance left to legend
    ("vague-provenance", "According to legend, the well never runs dry.", "According to legend"),
    ("vague-provenance", "Local lore has it that the bridge is cursed.", "lore has it"),
    ("vague-provenance", "There is evidence that the wall was rebuilt twice.", "There is evidence that"),
    ("vague-provenance", "Amid speculation that the reef was dying, the dive school closed.", "Amid speculation that"),
]


@pytest.mark.parametrize(("group", "text", "cue"), WEASEL_CUES, ids=[f"{g}:{c}" for g, _, c in WEASEL_CUES])
def test_weasel_cue_is_flagged(lint, group, text, cue):
    found = _warnings(lint, text)
    assert f"{CATEGORY}/{group}" in [d.rule for d in found], (text, found)
    d = next(d for d in found if d.rule == f"{CATEGORY}/{group}")
    flagged = text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]
    assert flagged.strip() and (flagged.lower() in cue.lower() or cue.lower() in flagged.lower()), (flagged, cue)


WEASEL_NOT_FLAGGED = [
    # what someone is known for, and a measured rank, are facts about them, not verdicts
    "The baker is best known for his rye bread.",
    "The chef, well known to regulars, retired in May.",
    "The mill was one of the largest in the county.",
    "The museum is one of the most visited in the country.",
    "It is one of the most densely populated districts of the port.",
    "The previously little-known firm built the ticket system.",
    # a named source or a ranking with its source
    "The orchard is one of the most admired in the valley, according to the Fruit Growers' Guild.",
    "The chef is highly regarded in the region, the Harbour Gazette reported.",
    "Her best-known novel, Ana Ruiz said, is set in a lighthouse.",
    "By some accounts, the mill closed in 1902, the historian Tom Briggs wrote.",
    # inside an attributed quotation: the speaker's words
    "\"It is one of the most admired orchards I know,\" said the mayor, Tom Reyes.",
    "\"Some critics received the play coolly,\" said Ana Ruiz, the director.",
    # the group as an actor, not as a holder of opinion; a definite group named before
    "Some fans gathered outside the stadium.",
    "Some people were hurt when the stand collapsed.",
    "The square was too small for as many people as came.",
    "The critics, Ana Ruiz and Tom Briggs, received the play coolly.",
    "The world's most eminent historians of the port, Ana Ruiz among them, met in May.",
    # a hypothetical of ability, not of opinion; income, not a claim
    "Few collectors could describe the difference between the two reds.",
    "The charity raised money from various sources.",
    # physical attack, a schedule, scrutiny that is only in prospect
    "The convoy came under attack near the border.",
    "The deal is likely to come under scrutiny next year.",
    "The evidence suggests the fire began in the kitchen, the fire service said.",
    "The new evidence shows the wall was rebuilt twice.",
]


@pytest.mark.parametrize("text", WEASEL_NOT_FLAGGED)
def test_weasel_innocent_or_attributed_uses_are_not_flagged(lint, text):
    assert_trap(text, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, text) == [], (text, _warnings(lint, text))


def test_according_to_a_bare_plural_is_a_described_source(lint):
    # a trade or school of thought ("according to beekeepers") describes its source: a hint
    found = _claims(lint, "According to beekeepers, the hive is believed to be the oldest in the county.")
    assert [d.severity for d in found] == [Severity.INFO], found
    # a vague plural stays a vague source: the claim is still a warning
    found = _warnings(lint, "According to critics, the hive is believed to be the oldest in the county.")
    assert found, "vague plural cleared the cue"


# -- the pack's own examples and anchors ----------------------------------------------------------

def _family():
    from lintnews.plugins.registry import load_registry

    registry = load_registry(autoload=False)
    return registry, [r for r in registry.rules.values() if r.id.startswith(CATEGORY + "/")]


def test_no_trigger_examples_give_no_diagnostic_at_any_severity():
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings

    registry, rules = _family()
    for rule in rules:
        engine = Engine(registry, Settings(select=(rule.id,)))
        for text in rule.examples.no_trigger:
            doc = Document(registry.readers["text"].read(text), "example")
            found = [d for d in engine.lint(doc) if d.rule == rule.id]
            assert not found, (rule.id, text, [d.message for d in found])


def test_every_pattern_and_exception_has_an_example_that_exercises_it():
    import re

    _registry, rules = _family()
    for rule in rules:
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        for pattern in rule.patterns:
            assert any(re.search(pattern, ex, flags) for ex in rule.examples.trigger), (rule.id, pattern)
        for exception in rule.exceptions:
            assert any(re.search(exception, ex, flags) for ex in rule.examples.no_trigger), (rule.id, exception)


def test_anchor_terms_hold_every_lemma_of_their_word_classes():
    # a lemma added to a word class must also be an anchor of the rule that uses the class
    from lintnews.builtin.constructions import lexicon

    _registry, rules = _family()
    by_id = {r.id: r for r in rules}
    for rule_id, classes in lexicon.ANCHOR_CLASSES.items():
        anchors = {t.term for t in by_id[rule_id].terms}
        for name in classes:
            missing = sorted(lexicon.lemmas(name) - anchors)
            assert not missing, f"{rule_id} lacks anchors for {name}: {missing}"


def test_every_participle_fits_the_passive_anchor():
    # the finite-passive anchor finds a participle by its shape; the word classes decide
    import re

    from lintnews.builtin.constructions import lexicon

    _registry, rules = _family()
    (rule,) = [r for r in rules if r.id == f"{CATEGORY}/passive-attribution"]
    anchor = re.compile(rule.patterns[0], re.IGNORECASE)
    participles = set(lexicon.participle_classes()) | set(lexicon.forms("reception-verdict", lexicon.PARTICIPLE))
    for form in sorted(participles):
        if " " in form:
            continue
        assert anchor.fullmatch(f"was {form}"), form


# -- a loaded word and an attribution cue at the same word: both are reported ------------------

@pytest.mark.parametrize(("text", "cue", "word"), [
    ("The levy, derided as a cash grab, takes effect in May.", "derided as", "derided"),
])
def test_a_loaded_word_does_not_take_the_cues_start(lint, text, cue, word):
    """The matcher keeps one hit per category at a start: the loaded-language word and the
    unattributed-claim cue that begin at the same word are two questions, both asked."""
    found = [(d.category, _words(text, d)) for d in lint(text)]
    assert (CATEGORY, cue) in found
    assert ("loaded-language", word) in found


def test_an_agent_clears_the_cue_but_not_the_loaded_word(lint):
    text = "The levy, derided by the mayor as a cash grab, takes effect in May."
    found = [(d.category, _words(text, d)) for d in lint(text)]
    assert not [f for f in found if f[0] == CATEGORY]
    assert ("loaded-language", "derided") in found


def _words(text: str, d) -> str:
    """What a diagnostic on one line covers (columns count from 1)."""
    return text[d.column - 1 : d.end_column - 1]


# -- hard negatives: a careful editor would not ask "who says so?" here (round 3) --------------

WARNING_PAIRS = [
    # a member of the vague group named in apposition, in the next sentence
    ("Some residents said the heating failed. The landlord denied it.",
     "Some residents said the heating failed. One resident, Rosa Vidal, said it was off for a week."),
    # an active perfect: the subject holds the view (the subject is the question, not a passive)
    ("The collapse, long feared, came in May.",
     "The miners had long feared a collapse of the shaft."),
    # a sentence-initial participle with a noun or adjective phrase is a reduced passive; with
    # a clause of its own (a finite verb) it is an active verb whose subject was left out
    ("Considered the safest crossing in the region, the ferry rarely runs late.",
     "Believed the crossing would be safe, so she booked the ferry."),
    # a participle after a noun is a reduced passive, unless the noun is the subject of a
    # relative clause: then the participle is its active verb
    ("They cleared a camp derided as lawless.",
     "They cleared a camp that the harbour master derided as lawless."),
    # a consensus adverb before a passive or an adjective claims a consensus; before an
    # active verb with its subject and object, it says how the subject acted
    ("The harbour plan was widely praised.",
     "The harbour board widely publicised the plan."),
    ("It is generally held that the pier is unsafe.",
     "The appeal court generally held that the pier owners were liable."),
    # a verb that is also a noun: as a noun it takes a preposition
    ("Some praise the new timetable as bold.",
     "The report has a few references to delays and some praise for the new timetable."),
    ("Many consider the ferry the safest way to cross.",
     "Many are considering the ferry as a way to cross."),
    ("Thought lost for decades, the ledger turned up in a barn.",
     "Thought the ledger had gone for good, but it turned up in a barn."),
    # a verb of naming with a reflexive object: what people call themselves, no claim
    ("Few people who describe the ferry as safe have used it.",
     "Few people who describe themselves as sailors have used the ferry."),
    # "think like": a likeness, not a view
    ("What worries the mayor and those who think the pier is unsafe is the cost.",
     "What worries the mayor and those who think like her is the cost."),
    # an indefinite source in apposition to a name, or the predicate of a named subject, alone
    # or last in a list: its relative clause tells what the named person said
    ("In the harbour, a longtime critic who has argued that the pier is unsafe spoke on Monday.",
     "Ana Ruiz, a longtime critic who has argued that the pier is unsafe, spoke on Monday."),
    ("The grant went to a biologist, a former teacher, and a fierce opponent of the dam who has "
     "argued that it would kill the river.",
     "The grant went to Ana Ruiz, a biologist, a former teacher, and a fierce opponent of the dam "
     "who has argued that it would kill the river."),
    ("There is a local critic who's argued that the channel is too shallow.",
     "It has to do with Ruiz being a harbour pilot, a former diver, and a fierce critic of the "
     "dredging who's argued that the channel is too shallow."),
    # a comment clause with a named agent sources its sentence, before or after the cue
    ("Originally, as reported by several outlets, the guard was hailed as a hero.",
     "Originally, as reported by the Harbour Gazette, the guard was hailed as a hero."),
    ("The guard was hailed as a hero, as many have noted.",
     "The guard was hailed as a hero, as first highlighted by the Harbour Gazette."),
]


def test_a_vague_source_inside_a_named_speakers_report_is_a_hint(lint):
    """"Ruiz said critics had argued ...": the mayor vouches that critics argue it; which
    critics is still worth a hint, not a warning."""
    assert _warnings(lint, "Critics have long argued that the tunnel is too narrow.")
    reported = "Mayor Ana Ruiz said critics have long argued that the tunnel is too narrow."
    assert not _warnings(lint, reported)
    assert _claims(lint, reported, Severity.INFO)
    # a clause the writer adds is no longer the speaker's report
    assert _warnings(lint, "Mayor Ana Ruiz opened the tunnel, but critics argue that it is too narrow.")


@pytest.mark.parametrize(("warned", "hinted"), [
    # a headline's attribution is in the lead under it
    ("Officials warn of flood risk\n\nThe river could burst its banks by Tuesday.\n",
     "Officials warn of flood risk\n\nThe Harbour Agency said on Sunday that the river could burst its banks.\n"),
    # a definite institution after the source points back to one named earlier (round 83:
    # forecasters beside a named weather service are its own, so a bank's analysts here)
    ("The Harbour Bank issued a warning. Analysts said the slump would deepen.",
     "The Harbour Bank issued a warning. Analysts at the bank said the slump would deepen."),
    # the sentence before, in the same paragraph, is a named source's lead
    ("The man fled on foot. He is believed to have crossed the border.",
     "Police said the man fled on foot. He is believed to have crossed the border."),
    # a tag of a named speaker covers a vague group inside the speaker's report
    ("Analysts had expected a rise in profits.",
     "Analysts had expected a rise in profits, Tom Reyes said."),
    # "allegedly" giving the reason for an arrest, a charge or a fine: the act carries the
    # allegation; who did it is worth a hint
    ("The skipper allegedly ignored the storm warning.",
     "The skipper was arrested in May for allegedly ignoring the storm warning."),
    ("The club allegedly fielded an ineligible player.",
     "The club was fined £20,000 after allegedly fielding an ineligible player."),
    # people telling how they feel or what they went through are the authority on it: which
    # people is a hint ("they feel that ..." is a view, and stays a warning)
    ("Some islanders said the ferry felt unsafe.",
     "Some islanders said they felt abandoned by the ferry company."),
    # a picture or document that purportedly shows something is itself the claimant
    ("The mayor purportedly attended the party.",
     "A video that purportedly shows the mayor at the party was shared 10,000 times."),
    # the press of a place or a state is a kind of outlet, not which one
    ("The ferry reportedly sank.",
     "The ferry reportedly sank, state media said."),
    ("Critics say they feel that the ferry is unsafe.",
     "Many passengers said they have experienced long delays this winter."),
])
def test_hint_pairs(lint, warned, hinted):
    """Each pair: the first is a warning; the second, where the context points at a source
    without the words naming it for this claim, is only a hint."""
    assert _warnings(lint, warned)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_a_new_paragraph_does_not_carry_the_previous_lead(lint):
    assert _warnings(lint, "Police said the man fled on foot.\n\nHe is believed to have crossed the border.")


def test_a_previous_lead_by_a_group_is_no_named_source(lint):
    assert _warnings(lint, "Islanders say the ferry is late. It is understood that the council was not told.")


def test_a_study_named_a_few_paragraphs_up_makes_unnamed_research_a_hint(lint):
    named = "A study by the University of Tarnwick followed 900 commuters for a year."
    filler = "The ferry timetable will change in the spring."
    cue = "Scientists say that cheaper fares alone change little."
    near = "\n\n".join([named, filler, filler, cue]) + "\n"
    found = _claims(lint, near)
    assert [d.severity for d in found] == [Severity.INFO]
    # an archive file holds many articles: a study named twenty paragraphs up is another story's
    far = "\n\n".join([named, *[filler] * 20, cue]) + "\n"
    assert [d.severity for d in _claims(lint, far)] == [Severity.WARNING]


@pytest.mark.parametrize(("text", "cue"), [
    ("The bakery is one of the most important in the county.", "one of the most"),
    ("Her best-known novel is set in a lighthouse.", "best-known"),
    ("His best known painting hangs in the town hall.", "best known"),
])
def test_rankings_and_superlatives_are_hints_not_warnings(lint, text, cue):
    """Guidelines: a measured ranking or a superlative is a judgement, not hearsay."""
    found = _claims(lint, text)
    assert [d.severity for d in found] == [Severity.INFO], found
    assert found[0].rule == "unattributed-claim/unsourced-ranking"


def test_a_source_in_a_contact_relative_starts_at_its_own_words(lint):
    # "a drought [that] health experts describe as severe": the article and the noun next to
    # it belong to the drought, not to the experts
    text = "The town faces a drought health experts describe as severe."
    found = _warnings(lint, text)
    assert [text[d.column - 1 : d.end_column - 1] for d in found] == ["health experts describe"]


def test_a_passive_and_its_later_vague_agent_are_one_diagnostic(lint):
    text = "The old ferry was seen as a relic by many residents."
    found = _warnings(lint, text)
    assert len(found) == 1, found
    assert text[found[0].column - 1 : found[0].end_column - 1] == "was seen as a relic by many residents"


# -- round 4: tags and records that name a source, found on the unattr-synth tune set ----------

ROUND4_PAIRS = [
    # an inverted tag followed by when or where it was said
    ("The ferry is believed to be unsafe, said some.",
     "The ferry is believed to be unsafe, said Harbour Master Ana Ruiz on Tuesday."),
    ("The ferry is believed to be unsafe, many wrote.",
     "The ferry is believed to be unsafe, wrote Tom Reyes in the Harbour Gazette."),
    # a record as the subject of "show": whose record it is names it
    ("The pier is thought to have cost £9m, people say.",
     "The pier is thought to have cost £9m, council papers show."),
    ("The skipper is alleged to have ignored the warning.",
     "Harbour Board records show the skipper is alleged to have ignored the warning."),
    ("The pier is estimated to carry 4,000 people a day.",
     "The pier is estimated to carry 4,000 people a day, data from the Port Authority show."),
    # "according to" a record identified by its issuer or journal
    ("The drug is thought to halve the risk, according to reports.",
     "The drug is thought to halve the risk, according to trial results published in Clinical Harbour."),
    ("The pier is believed to be sinking, according to rumours.",
     "The pier is believed to be sinking, according to court records."),
    # "as X put it" and "in the words of X" are tags
    ("The ferry is widely seen as a relic, as many have put it.",
     "The ferry is widely seen as a relic, as the harbour historian Tom Reyes put it."),
    ("The ferry is widely seen as a relic.",
     "The ferry is widely seen as a relic, in the words of the harbour historian Tom Reyes."),
    # a tag whose "told" has an object with its own phrase after it
    ("The pier is believed to be sinking.",
     "The pier is believed to be sinking, Ana Ruiz told a meeting of the harbour board."),
]


@pytest.mark.parametrize(("phrase", "kind"), [
    ("court records", "named"),
    ("the council's own figures", "named"),
    ("Home Office figures", "named"),
    ("data from the Port Authority", "named"),
    ("figures", None),
    ("official figures", "described"),
    ("Official figures", "described"),
    ("leaked documents", None),
])
def test_a_record_is_named_by_whose_it_is(phrase, kind):
    assert document_kind(phrase) == kind


def test_a_record_without_an_owner_is_a_hint(lint):
    text = "The pier is thought to have cost £9m, official figures show."
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)
    # a leaked record hides whose it is: it vouches for nothing
    assert _warnings(lint, "Apparently, the pier was never inspected, according to leaked documents.")


HEARING_AGENT_DESCRIPTION_PAIRS = [
    # evidence given at a hearing: "the court heard" is a tag like "police said"
    ("The skipper is alleged to have ignored the warning, some heard.",
     "The skipper is alleged to have ignored the warning, the court heard."),
    ("The skipper is alleged to have ignored the warning.",
     "The skipper is alleged to have ignored the warning, an inquest was told."),
    # an agent after an "at" complement, past a thousands separator
    ("The boat was estimated at £40,000 by several dealers.",
     "The boat was estimated at £40,000 by the Harbour Auction House."),
    # "described as" with looks, age or build: a description of a person, not a view
    ("The skipper was described as reckless.",
     "The skipper was described as white, in his 40s and of stocky build."),
    ("The pilot was described as a hero.",
     "The man is described as being about 5ft 9in and wearing a blue coat."),
]


GROUP_MEMBER_POLL_PAIRS = [
    # a member of the group named after a bare "one": "One, Rosa Vidal, 71, said"
    ("Many fishermen said the harbour silted up. The council denied it.",
     "Many fishermen said the harbour silted up. One, Tom Reyes, 58, said his boat ran aground."),
    # a group measured by a poll or survey its sentence names: the people it asked
    ("Most skippers expect the quota to be cut, several said.",
     "Most skippers expect the quota to be cut, a Harbour Gazette survey found."),
    ("Many anglers think the ban is unfair.",
     "Many anglers think the ban is unfair, according to a poll by the Angling Trust."),
]


# round 5: kinds found on real copy nobody scores for this category, and on new registers
ROUND5_PAIRS = [
    # a group coordinated with a named source: the named one says it, the others are company
    ("Other critics say the harbour plan is reckless.",
     "Ana Ruiz and other critics say the harbour plan is reckless."),
    ("Residents and others are voicing anger at the ferry cuts.",
     "Councillor Tom Reyes and others are voicing anger at the ferry cuts."),
    # "long-held", "deeply felt" with a possessor: the owner holds the view
    ("It was a long-held belief in the town that the pier was safe.",
     "The mayor never gave up her long-held belief that the pier was safe."),
    # a relative clause whose speech verb takes a cause or a topic says who the people are;
    # their claim, if any, is the main clause's verb
    ("Those who argue for the ban say the pier is unsafe.",
     "Those who argue for the ban have held three meetings on the pier."),
    # a source that says it cannot comment reports no claim; a refusal by someone else in a
    # later clause does not take back the claim before it
    ("Senior officials told reporters the ferry was unsafe.",
     "Senior officials told reporters the department could not comment on the case."),
    ("Officials said the ferry was unsafe, though the captain declined to comment.",
     "Officials said they could not immediately confirm the report."),
    ("It was a widely held view that the ferry was unsafe.",
     "The islanders' widely held view was that the ferry was unsafe."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"),
                         WARNING_PAIRS + ROUND4_PAIRS + HEARING_AGENT_DESCRIPTION_PAIRS + GROUP_MEMBER_POLL_PAIRS
                         + ROUND5_PAIRS)
def test_warning_pairs(lint, flagged, not_flagged):
    """Each pair: the first is a warning; in the second, the construction is not there or a
    source is named."""
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)


def test_a_spaced_hyphen_is_a_dash_that_starts_a_clause(lint):
    """A live blog's time stamp ("10:32 - Residents fear ...") is set off by a dash typed as a
    hyphen between spaces; the unnamed source after it opens its clause. A hyphen glued to a
    word joins a compound, as before."""
    text = "10:32 - Residents fear the old weir could give way."
    found = _warnings(lint, text)
    assert [_words(text, d) for d in found if d.rule.endswith("vague-source")] == ["Residents fear"]


def test_a_transcript_line_is_its_labelled_speakers_words(lint):
    """A paragraph opened by a speaker label in capitals ("MARTIN SHAW:", "PRESENTER (JANE
    COLE):") is that speaker's words, an attributed quotation; a kicker in capitals
    ("BREAKING NEWS:") or one capitalised word is no speaker."""
    claim = "It has been reported that the pools will be sold."
    turn = "JANE COLE: Thank you for joining us.\n\n"
    assert not _warnings(lint, f"{turn}MARTIN SHAW: {claim}")
    assert not _warnings(lint, f"PRESENTER (JANE COLE): {claim}\n\nMARTIN SHAW: No.")
    assert not _warnings(lint, f"{turn}TOM BAXTER MP: Passengers say the trains are late, and critics say "
                               f"{claim[0].lower()}{claim[1:]}")
    assert _warnings(lint, f"BREAKING NEWS: {claim}\n\nMARTIN SHAW: No.")
    assert _warnings(lint, f"{turn}HARBOUR: {claim}")
    assert _warnings(lint, claim)
    # a dateline in capitals opens one paragraph; no other speaker answers it
    assert _warnings(lint, f"NEW DELHI: {claim}\n\nThe council met on Monday.")
    # the same speaker's next paragraph is no turn
    assert _warnings(lint, f"MARTIN SHAW: {claim}\n\nMARTIN SHAW: No.")


@pytest.mark.parametrize(("unsourced", "sourced"), [
    # a tag whose name has a descriptor before it (a title, a job, an organisation)
    ("The bridge is said to be the oldest in the county, some said.",
     "The bridge is said to be the oldest in the county, local historian Ann Reid said."),
    ("The man is believed to have fled on foot.",
     "The man is believed to have fled on foot, Harbour Police spokeswoman Ana Ruiz said."),
    # an inverted tag whose name is followed by where the speaker works
    ("The ship is believed to have sunk, as the harbour talk goes.",
     "The ship is believed to have sunk, said Captain Ana Ruiz of the coastguard."),
    # an outlet named with its kind after it; a name with its descriptor after "according to"
    ("The ferry reportedly sank, some said.",
     "The ferry reportedly sank, Kyodo news agency said."),
    ("The ferry reportedly sank, according to some.",
     "The ferry reportedly sank, according to state broadcaster CCTV."),
    # "per" as "according to"
    ("The ship is believed to have sunk, per reports.",
     "The ship is believed to have sunk, per the coastguard."),
])
def test_tag_and_according_forms_name_the_source(lint, unsourced, sourced):
    assert _warnings(lint, unsourced)
    assert not _warnings(lint, sourced)


def test_a_descriptor_tag_does_not_reach_past_a_conjunction(lint):
    """", and police chief Tom Reyes said the search ..." starts a new clause: no tag; a place
    after a preposition ("officials in Washington") names nobody."""
    assert _warnings(lint, "The plant is believed to have leaked, according to officials in Washington.")
    assert _warnings(lint, "The man is believed to have fled, and police chief Tom Reyes said the search would go on.")


def test_a_stance_relative_keeps_an_opinion_holder_a_source(lint):
    """"those who argue for the ban" says who the people are; "experts who worried about it"
    are still experts voicing a view."""
    assert _warnings(lint, "Harbour experts who worried about the pier are now sounding fresh alarms.")


# -- round 6: the holder given elsewhere (a document, a court case, a naming statement) ------

HELD_ELSEWHERE = [
    # a figure's passive after the publisher of the document that holds it
    ("The weather was poor on Tuesday. Unemployment is estimated to have fallen to 4.1 per cent.",
     "The Office for National Statistics published its labour survey on Tuesday. Unemployment is "
     "estimated to have fallen to 4.1 per cent."),
    # ... even across a paragraph break (news paragraphs are often one sentence)
    ("Labour held a rally in Leeds on Sunday.\n\nThe Conservatives are estimated to be on 25 per cent.",
     "A YouGov poll for The Times put Labour on 33 per cent.\n\nThe Conservatives are estimated to be on 25 per cent."),
    # ... or a definite document pointing back to one
    ("The town has 35,000 households. Regular pay is estimated to have risen by 5 per cent.",
     "The survey covers 35,000 households. Regular pay is estimated to have risen by 5 per cent."),
    # the clause after a colon or a dash that a publisher or its document opens
    ("The mood in July was grim: wheat yields were estimated to be a fifth down.",
     "The National Farmers' Union surveyed 1,100 members in July: wheat yields were estimated to be a fifth down."),
    ("The mood in the valley is bleak — the scheme is estimated to have lost £140m.",
     "The National Audit Office's report is blunt — the scheme is estimated to have lost £140m."),
    # a list hanging from "The report found:"
    ("Things looked bad:\n- agency staff were estimated to make up a fifth of shifts.",
     "The report found:\n- agency staff were estimated to make up a fifth of shifts."),
    # a document whose compiler is given in apposition
    ("The figures, in a thick blue folder, are estimated to cover 90 per cent of spending.",
     "The figures, compiled by the auditors, are estimated to cover 90 per cent of spending."),
    # a headline naming the source over the first body sentence's figures
    ("Jobless rate falls to 4.1%\n\nUnemployment is estimated to have fallen to 4.1 per cent.",
     "Jobless rate falls to 4.1%, ONS says\n\nUnemployment is estimated to have fallen to 4.1 per cent."),
    # "reportedly" after a named outlet that "reported" it, even in the paragraph before
    ("Ministers met twice in August.\n\nThe memo reportedly says the jails will be full by March.",
     "The Observer reported that ministers had seen a memo.\n\nThe memo reportedly says the jails will be full by March."),
    # court copy: the charge is the allegation
    ("Foster moved to Harwick in 2020. He is alleged to have broken into 11 homes.",
     "Foster appeared at Harwick Crown Court on Monday. He is alleged to have broken into 11 homes."),
    ("The suspect, who allegedly fled to Spain, was seen in Malaga on Friday.",
     "The suspect, who allegedly fled to Spain, was extradited on Friday."),
    ("Ruiz allegedly copied the files. She left the firm a week later.",
     "Ruiz allegedly copied the files. The lawsuit, filed on Monday, seeks $2m in damages."),
    # a passive after a statement naming the person
    ("The man was 41 and lived alone. He is believed to have been walking home.",
     "Police named the man as Tom Reyes, 41. He is believed to have been walking home."),
]


@pytest.mark.parametrize(("flagged", "hinted"), HELD_ELSEWHERE)
def test_a_holder_given_elsewhere_makes_a_hint(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


@pytest.mark.parametrize("text", [
    # a document measures, it does not believe: a view after it needs a believer
    "The Office for National Statistics published its labour survey on Tuesday. Employers are "
    "thought to have frozen hiring.",
    # a study named in the paragraph before does not hold a different claim's belief
    "A study by the Nuffield Trust found that waits were long.\n\nThe target is thought to be out of reach.",
    # a definite description of a person is not a document
    "The man drove off. He is said to have been furious.",
])
def test_a_document_before_does_not_hold_a_view(lint, text):
    assert _warnings(lint, text)


@pytest.mark.parametrize(("text", "note"), [
    # the act of law or discipline the allegation is the reason for: whoever did it holds it
    ("The coach was suspended for allegedly abusing a referee.", "Whoever suspended them made the allegation"),
    # court copy: the prosecution's, whether the proceedings come in the sentence, after or before
    ("Price, who pleaded not guilty, allegedly set the fire.", "In court copy the charge is the allegation"),
    ("Price allegedly set the fire. He denies the charges.", "In court copy the charge is the allegation"),
    ("Price appeared at Hollin Crown Court. He allegedly set the fire.", "In court copy the charge is the allegation"),
    # both at once (an arrest is also proceedings): one note, the act in the cue's own clause
    ("Price was arrested after allegedly setting the fire.", "Whoever arrested them made the allegation"),
])
def test_one_judge_names_the_holder_of_an_allegation(lint, text, note):
    """The allegation's holder is judged in one place (``holder.allegation``): one hint, with
    one note that says where the holder is, never two notes for one cue."""
    found = _claims(lint, text)
    assert [d.severity for d in found] == [Severity.INFO], found
    assert note in found[0].message
    assert found[0].message.count(" allegation") == 1, found[0].message


def test_an_allegation_with_no_holder_in_the_text_stays_a_warning(lint):
    assert _warnings(lint, "Price allegedly set the fire. The warehouse burned for two days.")


def test_a_relative_clause_in_a_leads_subject_is_part_of_what_was_said(lint):
    """"Police said the man, who had allegedly been drinking, drove ..." is the police's; a
    clause the writer adds after the report ("..., which allegedly ...") is not."""
    assert _warnings(lint, "The man, who had allegedly been drinking, drove into the crowd.")
    assert not _claims(lint, "Police said the man, who had allegedly been drinking, drove into the crowd.")
    assert _warnings(lint, "Police said the man drove off at speed, which allegedly angered the crowd.")
