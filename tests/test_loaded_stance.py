"""The writer's stance: evidence that a loaded word the tuning corpora never measured
(``loaded/measured-loaded``) is the writer's verdict in its sentence. Each kind is tested as a
pair of the same word: a hint where the sentence describes, a warning where it judges. Every
sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lintnews.builtin.loaded import evidence as ev
from lintnews.builtin.loaded.evidence import Effect
from lintnews.cli import main
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


FAMILY = ("loaded-language",)


def at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_the_words_used_here_are_not_measured():
    # (else the pairs below would say nothing about the stance evidence)
    for word in ("odious", "loathsome", "vilifying", "nerve-wracking", "monstrous", "lambasted",
                 "dimwitted", "scandalous", "craven"):
        assert ev.unmeasured(word) is not None, word


@pytest.mark.parametrize(("hint", "warning", "word"), [
    # a predicate verdict on a person, act or statement; not on an experience, and not where
    # the predicate goes on ("a ... but important step")
    ("The wait for the ferry was odious.", "The minister's remarks were odious.", "odious"),
    ("Launches are a nerve-wracking but useful step.", "The proposal is nerve-wracking.", "nerve-wracking"),
    # raised to the front, extraposed, compared
    ("The crew asked how monstrous the swell would be.", "Consider how monstrous this policy is.", "monstrous"),
    ("The storm left a monstrous swell behind.", "It was monstrous to watch them squirm.", "monstrous"),
    # someone's act or quality
    ("The crowd watched a dimwitted parrot on stage.", "The crowd watched the Mayor's dimwitted stunt.", "dimwitted"),
    # an attack verb with a person, group or institution as its object; not an act or a plan
    ("The plan was lambasted in the debate.", "The mayor lambasted the reporters on Monday.", "lambasted"),
    # a line set as a headline (the plain sentence indefinite: round 125 raises a definite
    # subject, "The scandalous affair came to light", as a presupposed verdict)
    ("A scandalous affair came to light in May.", "Senator Faces Scandalous Vote Over Budget", "scandalous"),
    # joined to another candidate by "and" or a comma
    ("The loathsome smell lingered for days.", "The plan was cynical and loathsome at once.", "loathsome"),
    # the writer's own question; a question inside quotation marks is the speaker's
    ('"Was the ending loathsome?" she asked the class.', "Why do voters put up with such loathsome tricks?",
     "loathsome"),
    # a modal verdict of the writer
    ("The craven dog hid under the porch.", "Officials should never have made such a craven deal.", "craven"),
    # the adjective of a predicate noun phrase: the writer classifies the subject
    ("A monstrous swell hit the harbour wall at dawn.", "Their budget is a monstrous swindle.", "monstrous"),
    ("The loathsome smell of the drains lingered.", "This tax was a loathsome ploy of the board.", "loathsome"),
    # before a noun of people within two words: the writer characterises them
    ("The dimwitted parrot squawked at dawn.", "The campaign courted dimwitted young voters.", "dimwitted"),
])
def test_unmeasured_word_hint_or_warning(lint, hint, warning, word):
    assert severity_of(lint, hint, word) in ("info", None)
    assert severity_of(lint, warning, word) == "warning"


def test_a_measured_neighbour_charges_the_sentence(lint):
    # one other candidate is not enough, unless it is a word measured as loaded
    # (round 108: a thing as the subject; a named doer raises it on its own)
    assert severity_of(lint, "The plan was lambasted in the debate.", "lambasted") == "info"
    assert severity_of(lint, "The plan was lambasted in the debate as absurd.", "lambasted") == "warning"


def test_owned_needs_a_person_before_the_word():
    text = "It's dimwitted, and the storm's dimwitted path, and Obama's dimwitted remark."
    first = text.index("dimwitted")
    assert ev.owned(text, first, 0) is None
    second = text.index("dimwitted", first + 1)
    assert ev.owned(text, second, 0) is None
    third = text.index("dimwitted", second + 1)
    e = ev.owned(text, third, 0)
    assert e is not None and e.effect is Effect.EVALUATIVE and "Obama" in e.detail


@pytest.mark.parametrize(("text", "verdict"), [
    ("They smeared him.", True),
    ("They smeared Assange.", True),
    ("They smeared the senator.", True),
    ("They smeared the paint.", False),
    ("They smeared the plan.", False),
    ("They smeared the local reporters.", True),
])
def test_attack_verb_object(text, verdict):
    e = ev.attacks_person(text, at(text, "smeared")[1])
    assert (e is not None) is verdict


def test_title_line_needs_title_case_and_no_stop():
    line = "Reckless Council Ends Free Parking"
    assert ev.title_line(line, 0, len(line)) is not None
    sentence = "Reckless Council Ends Free Parking."
    assert ev.title_line(sentence, 0, len(sentence)) is None
    lower = "the council ends free parking for good"
    assert ev.title_line(lower, 0, len(lower)) is None


def test_why_explains_the_stance(lint, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("The mayor lambasted the reporters on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["why", str(path)])
    line = next(x for x in result.output.splitlines() if "'lambasted'" in x)
    assert "-> warning" in line and "attacks a person" in line, line


@pytest.mark.parametrize(("text", "verdict"), [
    ("Ridicule is a monstrous weapon.", True),
    ("It was a monstrous and cruel hoax of the council.", True),
    ("A monstrous wave is coming.", False),            # no copula before the phrase
    ("It was a monstrous wave hitting the pier.", False),  # the phrase goes on
])
def test_predicate_noun_phrase(text, verdict):
    start, end = at(text, "monstrous")
    assert (ev.predicate_np(text, start, end, 0) is not None) is verdict


@pytest.mark.parametrize(("text", "verdict"), [
    ("They courted dimwitted young voters.", True),
    ("They courted the dimwitted mob.", True),
    ("They courted dimwitted Senator Hale.", False),   # a name: not a noun of people
    ("They fed the dimwitted parrot.", False),
])
def test_judges_people(text, verdict):
    end = at(text, "dimwitted")[1]
    assert (ev.judges_people(text, end, len(text)) is not None) is verdict


def test_a_charged_document_reads_an_unmeasured_word_as_a_verdict(lint):
    assert ev.unmeasured("loathsome") is not None
    assert ev.unmeasured("shameful") is None and ev.unmeasured("chilling") is None
    plain = ("A loathsome smell came from the drains. Workers cleared the pipes on Monday. "
             "The council reopened the road in the afternoon.")
    assert severity_of(lint, plain, "loathsome") == "info"
    # the same sentence in a piece whose writer judges throughout: two of four sentences hold a
    # word measured as loaded
    polemic = ("The council's shameful plan went ahead. Its chilling silence says it all. "
               "A loathsome smell came from the drains. Workers cleared the pipes on Monday.")
    assert severity_of(lint, polemic, "loathsome") == "warning"
    # measured words inside quotation marks are a speaker's, and do not charge the document
    quoted = ('"The plan is shameful," one resident said. "Its silence is chilling," said another. '
              "A loathsome smell came from the drains. Workers cleared the pipes on Monday.")
    assert severity_of(lint, quoted, "loathsome") == "info"


def test_a_charged_article_does_not_charge_the_next_one_in_the_file(lint):
    """An archive file of many articles: a polemic's charge reaches the paragraphs around it,
    not plain news thirty paragraphs further down the same file."""
    polemic = "The council's shameful plan went ahead. Its chilling silence says it all."
    filler = "The harbour board met on Tuesday to discuss the timetable for the spring."
    plain = "A loathsome smell came from the drains. Workers cleared the pipes on Monday."

    def severity(text: str) -> list[str]:
        lines = text.split("\n")
        return [d.severity.value for d in lint(text, select=FAMILY)
                if lines[d.line - 1][d.column - 1 : d.end_column - 1] == "loathsome"]

    assert severity("\n\n".join([polemic, plain, *[filler] * 30])) == ["warning"]
    assert severity("\n\n".join([polemic, *[filler] * 30, plain])) == ["info"]


@pytest.mark.parametrize(("loaded", "sentences", "charged"), [
    (1, 4, False),    # one sentence is not a pattern
    (2, 4, True),
    (2, 40, True),    # one in twenty
    (2, 41, False),
    (5, 200, False),
])
def test_charged_document_share(loaded, sentences, charged):
    assert (ev.charged_document(loaded, sentences) is not None) is charged
