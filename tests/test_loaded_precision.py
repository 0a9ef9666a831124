"""Precision on polemical text: evidence that a loaded-language candidate is not a new verdict
of the writer, each kind as a pair of the same word (reported at ``warning`` / not at
``warning``). Every sentence here was written for these tests.
"""

from __future__ import annotations

FAMILY = ("loaded-language",)


def severities(lint, text: str, word: str) -> list[str]:
    """The severity reported on every occurrence of ``word``, in order."""
    lines = text.split("\n")
    return [d.severity.value for d in lint(text, select=FAMILY)
            if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]


def test_a_label_repeated_within_a_few_paragraphs_warns_once(lint):
    """The writer's term for what the passage is about: the first use warns, the repeats are
    hints (one choice of term fixes them all)."""
    text = ("The thugs gathered outside the depot at dawn.\n\n"
            "By noon the thugs had blocked both gates.")
    assert severities(lint, text, "thugs") == ["warning", "info"]


def test_a_word_repeated_with_the_same_next_word_warns_once(lint):
    """"brutal dictator" twice is the piece's term for its subject; "brutal" before another
    noun is a new verdict."""
    same = ("The brutal dictator closed the border in May.\n\n"
            "In June the brutal dictator reopened it.")
    assert severities(lint, same, "brutal") == ["warning", "info"]
    other = ("The brutal dictator closed the border in May.\n\n"
             "In June his brutal police reopened it.")
    assert severities(lint, other, "brutal") == ["warning", "warning"]


def test_a_label_far_from_its_last_use_warns_again(lint):
    filler = "The depot reopened its gates on the following morning."
    text = "\n\n".join(["The thugs gathered outside the depot at dawn.", *[filler] * 6,
                        "By noon the thugs had blocked both gates."])
    assert severities(lint, text, "thugs") == ["warning", "warning"]


def test_a_label_first_used_by_a_speaker_is_the_writers_first_use(lint):
    text = ('"These thugs want a fight," a driver shouted.\n\n'
            "By noon the thugs had blocked both gates.")
    assert severities(lint, text, "thugs") == ["warning"]


def test_armed_conflict_and_epidemics_are_literal_heads(lint):
    """A dual-sense word measures harm before a noun of armed conflict or of an epidemic, as it
    does before "floods"; before a verdict it judges."""
    assert severities(lint, "The navy answered with devastating airstrikes on the port.", "devastating") == []
    assert severities(lint, "The committee gave a devastating verdict on the board.", "devastating") == ["warning"]
    assert severities(lint, "Doctors expect a dangerous cholera epidemic by the spring.", "dangerous") == []
    assert severities(lint, "Voters rejected the dangerous agenda of the board.", "dangerous") == ["warning"]


def test_according_to_before_the_clause_reports_a_source(lint):
    """"According to the coastguard, ..." opens the source's account: its words are the
    source's (a hint at most); after a clause break, or without the source, the writer's."""
    assert severities(lint, "According to the coastguard, the crew showed reckless conduct.", "reckless") == ["info"]
    assert severities(lint, "The crew showed reckless conduct all week.", "reckless") == ["warning"]


def test_a_name_in_scare_quotes_is_a_hint(lint):
    """"so-called" before a name in quotation marks sets off the name someone gave; before a
    common term it doubts the term."""
    def scare(text: str) -> list[str]:
        return [d.severity.value for d in lint(text, select=FAMILY) if d.rule == "loaded-language/scare-quote"]

    assert scare("Reporters studied the so-called \u201cHarbour Papers\u201d for a year.") == ["info"]
    assert scare("The board praised the so-called \u201creforms\u201d last year.") == ["warning"]


def test_an_attack_verb_after_an_article_is_no_verb(lint):
    """"a mock trial" is an imitation, not ridicule; the verb needs a subject, not an article."""
    assert severities(lint, "The senator mocked the council in a speech on Tuesday.", "mocked") == ["warning"]
    assert severities(lint, "The drama club staged a mock trial in the old courthouse.", "mock") == []


def test_an_attack_verb_done_by_armed_forces_is_a_strike(lint):
    """"jets blasted the convoy" reports a strike; "the senator blasted the plan" a criticism."""
    assert severities(lint, "The senator blasted the harbour plan on Tuesday.", "blasted") == ["warning"]
    assert severities(lint, "Navy jets blasted the convoy near the border on Sunday.", "blasted") == []
    assert severities(lint, "He ordered his troops to blast the depot at dawn.", "blast") == []


def test_a_clause_after_says_is_the_speakers_even_without_that(lint):
    """"says" takes a clause, seldom an object: what follows is the speaker's; a verb that
    takes an object ("wrote") or a preposition after the verb ("insists on") leaves the writer's."""
    assert severities(lint, "Mayor Ana Ruiz says the town needs a dramatically bigger harbour.",
                      "dramatically") == ["info"]
    assert severities(lint, "Ana Ruiz wrote a dramatically bigger report this year.",
                      "dramatically") == ["warning"]
    assert severities(lint, "The council insists on dragging its feet over the harbour.",
                      "dragging its feet") == ["warning"]


def test_a_participle_of_speech_after_a_comma_reports_the_subject(lint):
    """", saying the plan was misguided": the subject's words; "we" as subject is the writer."""
    assert severities(lint, "The ministry rejected the report, saying the harbour plan was misguided.",
                      "misguided") == ["info"]
    assert severities(lint, "We rejected the report, saying the harbour plan was misguided.",
                      "misguided") == ["warning"]


def test_a_capitalised_word_before_of_and_a_name_is_in_a_title(lint):
    """"The Madness of King George" is a film's title; "the madness of King George" the
    writer's word for his reign."""
    assert severities(lint, "He starred in the film The Madness of King George last year.", "Madness") == []
    assert severities(lint, "Few forgot the madness of King George in those years.", "madness") == ["warning"]


def test_a_feeling_noun_owned_by_people_reports_their_feeling(lint):
    """"their sorrow" is how the guides felt; "sorrow" as the writer's word for an event is not."""
    assert severities(lint, "The guides told the court of their sorrow over the crash.", "sorrow") == ["info"]
    assert severities(lint, "The closure of the harbour was a sorrow for the whole coast.", "sorrow") == ["warning"]


def test_claims_after_to_or_a_verb_of_rebuttal_is_a_noun(lint):
    """"responding to claims he", "rejected claims that": a noun (no infinitive takes -s, and
    those verbs take claims as their object); "the council claims" is the said-verb."""
    assert severities(lint, "The council claims the ferry will be moved.", "claims") == ["warning"]
    assert severities(lint, "The council rejected claims that the ferry will be moved.", "claims") == ["info"]
    assert severities(lint, "The bishop wrote a letter responding to claims he failed to act.", "claims") == ["info"]


def test_a_speaker_with_has_been_before_the_speech_verb(lint):
    """"the inquiry has been told the flood was a catastrophe": someone's evidence, not the
    writer's word; "the flood has been a catastrophe" is the writer's."""
    assert severities(lint, "The inquiry has been told the flood was a catastrophe for the valley.",
                      "catastrophe") == ["info"]
    assert severities(lint, "For the valley the flood has been a catastrophe, the worst in years.",
                      "catastrophe") == ["warning"]


def test_a_clause_in_commas_inside_the_reported_subject_is_no_takeover(lint):
    """"says the results, while disturbing, are ...": the speaker's concession; ", while" after
    the reported clause ends it ("said the deal was done, while the disturbing ...")."""
    assert severities(lint, "Dietitian Ana Ruiz says the results, while disturbing, are not surprising.",
                      "disturbing") == ["info"]
    assert severities(lint, "Ana Ruiz said the deal was done, while the disturbing figures went unmentioned.",
                      "disturbing") == ["warning"]


def test_a_denied_intensifier_raises_nothing(lint):
    """"wasn't particularly remarkable" denies the degree; "was particularly remarkable" asserts it."""
    assert severities(lint, "The mayor's speech was particularly remarkable.", "remarkable") == ["warning"]
    assert severities(lint, "The mayor's speech wasn't particularly remarkable.", "remarkable") == ["info"]


def test_how_after_a_speech_verb_reports_the_speaker(lint):
    """"admitted over lunch how nerve-wracking the hearing was" reports the judge's feeling;
    "everyone could see how nerve-wracking" is the writer's exclamative."""
    assert severities(lint, "The judge later admitted over lunch how nerve-wracking the hearing was.",
                      "nerve-wracking") == ["info"]
    assert severities(lint, "Everyone could see how nerve-wracking the hearing was.",
                      "nerve-wracking") == ["warning"]


def test_a_view_reported_with_saw_as_is_the_viewer(lint):
    """"what she saw as a specious argument" is the senator's view; "saw the end of a
    specious argument" is not a view reported with "as"."""
    assert severities(lint, "The senator pounced on what she plainly saw as a specious argument.",
                      "specious") == ["info"]
    assert severities(lint, "The senator saw the end of a specious argument about the levy.",
                      "specious") == ["warning"]


def test_what_a_third_party_warns_of_is_their_concern(lint):
    """"doctors are warning of dangerous side effects": the doctors' words; "the council ignored
    dangerous side effects" is the writer's."""
    assert severities(lint, "Doctors are warning of dangerous side effects of the new pill.",
                      "dangerous") == ["info"]
    assert severities(lint, "The council ignored dangerous side effects of the new pill.",
                      "dangerous") == ["warning"]


def test_confessed_to_an_act_is_a_confession(lint):
    """"confessed to smuggling the cigarettes" names a confession of an act; "confessed that
    the cigarettes were his" is a said-verb that implies guilt."""
    assert severities(lint, "The driver has confessed to smuggling the cigarettes.", "confessed") == []
    assert severities(lint, "The driver has confessed that the cigarettes were his.", "confessed") == ["warning"]


def test_a_doubled_opening_mark_keeps_the_quotation(lint):
    """A doubled mark ("“”This") opens the quotation once: the words are the coach's."""
    assert severities(lint, "Then the coach spoke. “”This is a very unfair result,” she said.", "unfair") == []
    assert severities(lint, "Then the coach spoke. This is a very unfair result.", "unfair") == ["warning"]


def test_a_dual_sense_adjective_with_no_head_noun_is_the_thing(lint):
    """"an explosive called TATP" is the substance; "an explosive interview" the verdict."""
    assert severities(lint, "The device held an explosive called TATP.", "explosive") == []
    assert severities(lint, "The minister gave an explosive interview on Sunday.", "explosive") == ["warning"]


def test_claims_after_future_or_pending_is_a_noun(lint):
    """"plan for future claims": insurance claims, a noun; "the insurer claims" is the said-verb."""
    assert severities(lint, "The insurer did not plan for future claims and did not keep reserves.", "claims") == ["info"]
    assert severities(lint, "The insurer claims the policy was never valid.", "claims") == ["warning"]


def test_a_combat_verb_on_a_building_is_a_strike(lint):
    """"gunmen blasted a building" reports a strike; "blasted the bus company" criticises a
    company (the head of the object is "company", not "bus")."""
    assert severities(lint, "In the north, gunmen blasted a building of the movement.", "blasted") == []
    assert severities(lint, "The mayor blasted the bus company for the delays.", "blasted") == ["warning"]
