"""Loaded language, round 144: a verb of doing badly as the writer's verdict on an act
(issue 16: verdict verbs on fast, rolling copy).

A participle entry of the emotive or judgement lexicon whose verb is one of WordNet's verbs
of doing badly ("bungled", "botched": ``evidence/doer.MISHANDLE_VERBS``), used as the finite
verb of a person's or a body's act, in the past or the perfect, with its object after it
("The council has bungled the signage"), says the act was done badly: the writer's verdict.
It was held at ``info`` (not measured as loaded, no evaluative use in sight); it now warns.
Traps: no object ("Officials bungled."), the passive ("was bungled by"), a thing as subject,
the verb opening the sentence, reported speech, a tail tag, a quotation, and a word of
another verb that has other common senses ("spoiled").

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "The county council has bungled the signage for the new bus lanes.",
    "Ministers bungled the roll-out of the parking permits last spring.",
    "The agency has badly bungled its response to the outbreak.",
    "Dana Voss bungled the handover of the ward's records.",
])
def test_round144_mishandled_act_warned(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "bungled") == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Officials bungled.", "bungled"),
    ("The parking scheme was bungled by the county council.", "bungled"),
    ("The storm bungled the harbour works.", "bungled"),
    ("Bungled the signage, the council apologised on Friday.", "Bungled"),
    ("The minister said the council had bungled the signage.", "bungled"),
    ("The council has bungled the signage, the opposition leader said.", "bungled"),
    ("The children have spoiled the lawn with their bikes.", "spoiled"),
])
def test_round144_mishandled_act_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round144_quoted_verdict_is_the_speakers(lint) -> None:
    sentence = '"The council has bungled the signage," said Tom Reyes, a shopkeeper.'
    assert severity_in_body(lint, sentence, "bungled") != "warning"


def test_round144_class_is_wordnets_doing_badly() -> None:
    from lintnews.builtin.loaded.evidence.doer import MISHANDLE_VERBS

    assert {"bungle", "botch", "mismanage"} <= MISHANDLE_VERBS
    assert not {"spoil", "blow", "fumble", "handle"} & MISHANDLE_VERBS


# -- a judgement adjective before a report noun ("a mealy-mouthed apology") ------------------

@pytest.mark.parametrize("sentence", [
    "The company's mealy-mouthed apology named none of the staff involved.",
    "The minister gave a mealy-mouthed answer to the committee on Monday.",
])
def test_round144_judgement_before_report_warned(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "mealy-mouthed") == "warning"


@pytest.mark.parametrize("sentence", [
    # not a report noun, nor a person (round 167 reads "mascot" as one, after WordNet): the hint stays
    "Its mealy-mouthed banner hung by the gate all afternoon.",
    # a report noun that does not follow directly
    "The minister gave a mealy-mouthed, two-page answer to the committee.",
])
def test_round144_judgement_before_report_traps(lint, sentence: str) -> None:
    assert_loaded_trap(lint, sentence, "mealy-mouthed")


def test_round144_judgement_quoted_is_the_speakers(lint) -> None:
    sentence = '"It was a mealy-mouthed apology," said Tom Reyes, a customer.'
    assert severity_in_body(lint, sentence, "mealy-mouthed") != "warning"


# -- a series determiner before a noun predicate ("is the latest humiliation for") -------------

@pytest.mark.parametrize("sentence", [
    "The closure is the latest humiliation for a bridge that opened a year late.",
    "The delay is yet another humiliation for the city's planners.",
    "The recall was another humiliation for the carmaker.",
])
def test_round144_series_predicate_warned(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "humiliation") == "warning"


@pytest.mark.parametrize("sentence", [
    "It was not the latest humiliation for the carmaker.",
    "If the delay is the latest humiliation for the planners, they will say so.",
    "The latest humiliation for the carmaker came on Friday.",
    "The closure is the latest humiliation for the bridge, the mayor said.",
])
def test_round144_series_predicate_traps(lint, sentence: str) -> None:
    assert_loaded_trap(lint, sentence, "humiliation")


def test_round144_class_equals_the_generator(capsys) -> None:  # type: ignore[no-untyped-def]
    import importlib.util
    from pathlib import Path

    from lintnews.builtin.loaded.evidence.doer import MISHANDLE_VERBS

    if not Path("/usr/share/wordnet/data.verb").exists():
        pytest.skip("WordNet 3.0 (Debian's wordnet-base) is not installed")
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "wordnet_mishandle.py"
    spec = importlib.util.spec_from_file_location("wordnet_mishandle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()
    assert set(capsys.readouterr().out.split()) == MISHANDLE_VERBS
