"""The loaded-language judge: each kind of evidence on its own, then the decisions it makes
(warning, info or nothing) for pairs of the same word in literal and evaluative use, and for
each voice. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lintnews.builtin.loaded import evidence as ev
from lintnews.builtin.loaded.evidence import Effect
from lintnews.cli import main


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


FAMILY = ("loaded-language",)


def at(text: str, word: str, occurrence: int = 1) -> tuple[int, int]:
    """The span of the n-th ``word`` in ``text``."""
    i = -1
    for _ in range(occurrence):
        i = text.index(word, i + 1)
    return i, i + len(word)


def decisions(lint, text: str, **settings) -> list[tuple[str, str, str]]:
    """(rule kind, words, severity) of each loaded-language diagnostic of a one-line text."""
    out = []
    for d in lint(text, select=FAMILY, **settings):
        out.append((d.rule.split("/", 1)[1], text[d.column - 1 : d.end_column - 1], d.severity.value))
    return out


def severity_of(lint, text: str, word: str) -> str | None:
    """The severity reported on ``word`` (None: not reported)."""
    found = [sev for _, words, sev in decisions(lint, text) if words.lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


# -- evidence, one function at a time ------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "domain"), [
    ("Toxic air covered the valley.", "Toxic", "damage"),
    ("She had radical surgery in May.", "radical", "medicine"),
    ("The email carried malicious software.", "malicious", "security"),
    ("Catastrophic flooding closed the road.", "Catastrophic", "damage"),
    ("The home side squandered a two-goal lead.", "squandered", "sport"),
    ("Radiation reached dangerous levels.", "dangerous", "measures"),
])
def test_literal_collocation_of_a_dual_sense_word(text, word, domain):
    _, end = at(text, word)
    e = ev.literal_collocation(text, end, len(text), word.lower(), word.lower())
    assert e is not None and e.effect is Effect.DROP and domain in e.detail


@pytest.mark.parametrize(("text", "word"), [
    ("The toxic debate split the party.", "toxic"),
    ("Her radical plan split the party.", "radical"),
    ("The horrific crash closed the road.", "horrific"),  # no measurable sense: never literal
])
def test_no_literal_collocation(text, word):
    _, end = at(text, word)
    assert ev.literal_collocation(text, end, len(text), word, word) is None


@pytest.mark.parametrize(("text", "word", "proper", "expected"), [
    ("If you have done 80 Day Obsession, you know the plan.", "Obsession", False, True),
    ("It appeared in the journal of the Royal Astronomical Society.", "Astronomical", False, True),
    ("He wrote rules for the GURPS and Paranoia games.", "Paranoia", False, True),
    ("Obsession with polls cost the party the seat.", "Obsession", False, False),  # sentence start
    ("Whatever Orwellian rules come next, the board will obey.", "Orwellian", True, False),
    ("Council Slams Shocking Library Closure", "Shocking", False, False),  # a headline
])
def test_in_name(text, word, proper, expected):
    start, end = at(text, word)
    found = ev.in_name(text, start, end, 0, len(text), (0, len(text)), proper)
    assert (found is not None) is expected


@pytest.mark.parametrize(("text", "word"), [
    ("Tom Hale said buyers would be stunned by the price.", "stunned"),
    ("The plan is reckless and costly, says Dr Ana Ruiz.", "reckless"),
    ("Voters would be appalled, she said.", "appalled"),
    ("Police believe the attack was horrific.", "horrific"),
    ("The board has repeatedly argued that the rules are absurd.", "absurd"),
])
def test_indirect_speech_is_the_speakers(text, word):
    start, end = at(text, word)
    e = ev.indirect_speech(text, start, end, 0, len(text))
    assert e is not None and e.effect is Effect.VOICE


@pytest.mark.parametrize(("text", "word"), [
    ("She said no, but the reckless plan passed anyway.", "reckless"),  # the writer again
    ("Mira Olsen wrote a stunning novel.", "stunning"),  # an object, not a reported clause
    ("The country of their birth, the United States, became absurd.", "absurd"),  # a name
    ("What do you think is going to happen to this absurd plan?", "absurd"),  # the reader
    ("In a shocking article, the paper warned that prices would rise.", "shocking"),  # main clause
    ("Hale claimed the vote was fair, shamelessly ignoring the reckless count.", "reckless"),
])
def test_not_indirect_speech(text, word):
    start, end = at(text, word)
    assert ev.indirect_speech(text, start, end, 0, len(text)) is None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Former aides called the interview a train wreck.", "train wreck", True),
    ("What she described as a sham was approved.", "sham", True),
    ("The envoy accused the council of meddling in the vote.", "meddling", True),
    ("In terms of the bogus figures, nothing changed.", "bogus", False),
    ("She described the bogus figures to the court.", "bogus", False),  # no "as": her account
])
def test_characterised(text, word, expected):
    start, _ = at(text, word)
    assert (ev.characterised(text, start, 0) is not None) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Residents were outraged by the closure.", "outraged", True),
    ("Parents are furious at the decision.", "furious", True),
    ("The family was left devastated.", "devastated", False),  # round 80: the writer's reading
    ("The family was devastated.", "devastated", True),
    ("An outraged editorial ran on Sunday.", "outraged", False),
    ("The council made a shocking decision.", "shocking", False),  # no feeling word
])
def test_feeling(text, word, expected):
    start, end = at(text, word)
    assert (ev.feeling(text, start, end, 0, word) is not None) is expected


@pytest.mark.parametrize(("function", "text", "word", "expected"), [
    ("attributive", "The council backed an unfair plan.", "unfair", True),
    ("attributive", "The unfair remarks drew complaints.", "unfair", True),
    ("attributive", "The weather was unfair to the runners.", "unfair", False),
    ("attributive", "It sells the Ultimate Collector Series set.", "Ultimate", False),
    ("intensified", "The view was truly impressive.", "impressive", True),
    ("intensified", "It was such a mess.", "mess", True),
    ("intensified", "The view was impressive.", "impressive", False),
    ("predicative", "The rollout was a mess.", "mess", True),
    ("predicative", "The mess hall was closed.", "mess", False),
    ("exclamation", "How noble of the prince!", "noble", True),
    ("exclamation", "The prince was noble.", "noble", False),
    ("superlative", "It is the most impressive bridge in Europe.", "impressive", True),
    ("superlative", "It is an impressive bridge.", "impressive", False),
    ("sentence_adverb", "Fortunately, nobody was hurt.", "Fortunately", True),
    ("sentence_adverb", "The mayor, of course, knew.", "of course", True),
    ("sentence_adverb", "Surely the board read it.", "Surely", True),
    ("sentence_adverb", "The answer, of course.", "of course", True),
    ("sentence_adverb", "The sign was clearly visible.", "clearly", False),
    ("sentence_adverb", "Finally, the council voted.", "Finally", False),  # a sequence
])
def test_evaluative_cues(function, text, word, expected):
    start, end = at(text, word)
    lo, hi = 0, len(text)
    w = word.lower()
    found = {
        "attributive": lambda: ev.attributive(text, end, hi),
        "intensified": lambda: ev.intensified(text, start, lo),
        "predicative": lambda: ev.predicative(text, start, end, lo),
        "exclamation": lambda: ev.exclamation(text, end, hi),
        "superlative": lambda: ev.superlative(text, start, lo, w, w),
        "sentence_adverb": lambda: ev.sentence_adverb(text, start, end, lo, w),
    }[function]()
    assert (found is not None) is expected
    if found is not None:
        assert found.effect is Effect.EVALUATIVE


def test_verb_use_of_a_participle():
    text = "The riff so delighted his friends."
    assert ev.verb_use(text, at(text, "delighted")[1], "delighted")
    text = "His friends were delighted."
    assert not ev.verb_use(text, at(text, "delighted")[1], "delighted")


# -- the judge's decisions: the same word, literal and evaluative -------------------------------

@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    ("Toxic air covered the valley for a week.", "The toxic debate split the party.", "toxic"),
    ("Police found an explosive device.", "The explosive report shook the party.", "explosive"),
    ("The email carried malicious software.", "He spread malicious rumours about the mayor.", "malicious"),
    ("Catastrophic flooding closed the road.", "The board made a catastrophic decision.", "catastrophic"),
    ("If you have done 80 Day Obsession, you know the plan.", "His obsession with polls cost him.", "obsession"),
    ("The senator slammed the door.", "The senator slammed the budget.", "slammed"),
])
def test_literal_and_evaluative_pairs(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) in (None, "info")
    reported = [w.lower() for _, w, sev in decisions(lint, evaluative) if sev == "warning"]
    assert any(r.startswith(word) for r in reported), decisions(lint, evaluative)


def test_literal_use_gives_no_diagnostic_at_all(lint):
    for text in ("Toxic air covered the valley for a week.", "She had radical surgery in May.",
                 "Police found an explosive device.",
                 "The email carried malicious software.", "Catastrophic flooding closed the road."):
        assert decisions(lint, text) == []


# -- each voice -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Hale said buyers would be stunned by the disgraceful price.",
    "The plan is disgraceful, says Dr Ana Ruiz.",
    "Voters would be appalled by the disgraceful plan, she said.",
    "Critics called the plan disgraceful.",
])
def test_indirect_speech_and_characterisation_are_info_at_most(lint, text):
    found = decisions(lint, text)
    assert ("emotive", "disgraceful", "info") in found
    assert all(sev == "info" for _, _, sev in found if _ != "verdict-verb")


def test_the_writer_speaks_again_after_the_report(lint):
    text = "She said no, but the disgraceful plan passed anyway."
    assert ("emotive", "disgraceful", "warning") in decisions(lint, text)


def test_direct_quotation_is_not_reported(lint):
    assert decisions(lint, "\u201cThe plan is disgraceful,\u201d said Ana Ruiz.") == []


def test_interview_answers_letters_and_posts_are_the_speakers(lint):
    text = ("Q: Why close the library?\n\n"
            "Ana Ruiz: It was a disgraceful waste of money.\n\n"
            "Q: And the pool?\n\n"
            "Ana Ruiz: That decision was disgraceful.\n\n"
            "The council's disgraceful plan passed on Monday.\n")
    found = [(d.line, d.severity.value) for d in lint(text, select=FAMILY) if "disgraceful" in d.message]
    assert found == [(3, "info"), (7, "info"), (9, "warning")]


def test_a_feeling_reported_of_people_is_info(lint):
    assert severity_of(lint, "Residents were outraged by the closure.", "outraged") == "info"
    assert severity_of(lint, "An outraged mob gathered outside.", "outraged") == "warning"


# -- evaluative use raises a word held at info ------------------------------------------------

# (round 62: puffery closing a predicate is a reviewer's rapture, "The bridge is impressive."
# warns; the hints are predicates that go on, a complement or an adjunct after the word)
@pytest.mark.parametrize(("hint", "warning", "word"), [
    ("The view from the bridge is impressive in winter.", "The view from the bridge is truly impressive.", "impressive"),
    ("The prince was noble by birth.", "The prince was truly noble.", "noble"),
    ("The bridge is impressive in size.", "It is the most impressive bridge in Europe.", "impressive"),
    ("The mayor clearly knew.", "Clearly, the mayor knew.", "clearly"),
    ("The mayor would of course know.", "Of course, the mayor knew.", "of course"),
    ("The tests were unfair to tenants.", "The minister's unfair remarks drew complaints.", "unfair"),
])
def test_evaluative_use_raises_info_to_warning(lint, hint, warning, word):
    assert severity_of(lint, hint, word) == "info"
    assert severity_of(lint, warning, word) == "warning"


def test_a_noun_before_a_noun_is_a_modifier_not_a_verdict(lint):
    # "terror" is held at info; "terror attack" is a term, not the writer's verdict
    assert severity_of(lint, "The terror attack killed two people.", "terror") == "info"


@pytest.mark.parametrize("text", [
    "Notably, the report was late.",
    "As we know, the report was late.",
    "Surely the board read the report.",
    "No doubt the board read the report.",
])
def test_comment_clauses_of_the_writer_are_warnings(lint, text):
    assert [sev for rule, _, sev in decisions(lint, text) if rule == "editorial-adverb"] == ["warning"]


# -- every form of a lexicon word --------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "words"), [
    ("The rollout was horrifically managed.", "emotive", "horrifically"),
    ("It was the cruellest cut of all.", "emotive", "cruellest"),
    ("Three more disasters followed the reform.", "emotive", "disasters"),
    ("The union slams the offer.", "attack-verb", "slams"),
    ("She is lambasting the board.", "attack-verb", "lambasting"),
    ("The aides covered their tracks.", "figurative", "covered their tracks"),
    ("The minister's cronies and their crony firms won.", "label", "cronies"),
])
def test_every_form_is_matched(lint, text, rule, words):
    # (matched and reported; whether a form warns is measured form by form: see
    # test_unmeasured_words_warn_only_in_evaluative_use)
    assert (rule, words) in {(r, w) for r, w, _ in decisions(lint, text)}


# -- lintnews why -------------------------------------------------------------------------------

def test_why_explains_each_candidate(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Toxic air covered the valley. The toxic debate went on.\n"
                    "Tom Hale said buyers would be stunned.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["why", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("'Toxic'" in line and "not reported" in line and "literal: before 'air'" in line
               for line in lines)
    assert any("'toxic'" in line and "-> warning" in line for line in lines)
    assert any("'stunned'" in line and "-> info" in line and "indirect speech" in line for line in lines)
    reported = CliRunner().invoke(main, ["why", "--reported", str(path)])
    assert "'Toxic'" not in reported.output


def test_why_on_a_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["why", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output


# -- measured: words seldom loaded where warned ----------------------------------------------

def test_poor_precision_words_are_hints_whatever_the_context(lint):
    # "powerful" is raised by nothing (not even an intensifier), "derided" is lowered from
    # the lexicon's warning: both were measured right in under 20% of their warnings
    assert severity_of(lint, "The mayor gave a truly powerful speech.", "powerful") == "info"
    assert severity_of(lint, "The mayor derided the plan on Monday.", "derided") == "info"
    # a word of the same rule that was not measured poor keeps its warning
    assert severity_of(lint, "The mayor slammed the plan on Monday.", "slammed") == "warning"


def test_poor_precision_evidence_is_explained():
    e = ev.poor_precision("deride")
    assert e is not None and e.effect is Effect.DOUBT
    assert ev.poor_precision("lambaste") is None


def test_words_the_guidelines_name_are_never_measured_poor():
    # the guidelines' own examples and their opposites stay in the lexicon's hands
    for lemma in ("of course", "obviously", "claim", "admit", "insist", "surely", "unfortunately"):
        assert ev.poor_precision(lemma) is None, lemma


# -- a predicate the writer does not assert --------------------------------------------------

@pytest.mark.parametrize(("asserted", "not_asserted", "word"), [
    ("The rollout was a mess.", "The rollout was not a mess.", "mess"),
    ("The rollout was a mess.", "The rollout wasn't a mess.", "mess"),
    ("The audit is a sham.", "If the audit is a sham, who signed it?", "sham"),
    ("The audit is a sham.", "Nobody asked whether the audit is a sham.", "sham"),
])
def test_a_denied_or_supposed_predicate_is_no_verdict(asserted, not_asserted, word):
    assert ev.predicative(asserted, *at(asserted, word), 0) is not None
    assert ev.predicative(not_asserted, *at(not_asserted, word), 0) is None


@pytest.mark.parametrize("text", [
    "The rollout was not a debacle.",
    "If the rollout was a debacle, who signed it?",
])
def test_a_denied_or_supposed_verdict_is_not_raised(lint, text):
    assert severity_of(lint, "The rollout was a debacle.", "debacle") == "warning"
    assert severity_of(lint, text, "debacle") == "info"


@pytest.mark.parametrize(("hint", "warning", "word"), [
    # an attack verb not measured as loaded, beside one that was (round 108: with no person
    # or body as its doer; "The mayor lambasted the plan" is the writer's narration)
    ("The plan was lambasted in the debate.", "The mayor slammed the plan on Monday.", None),
    # an emotive word not measured as loaded: a hint alone, a warning when intensified
    ("The wait for the ferry was nerve-wracking.", "The wait for the ferry was truly nerve-wracking.", "nerve-wracking"),
])
def test_unmeasured_words_warn_only_in_evaluative_use(lint, hint, warning, word):
    if word is None:
        assert severity_of(lint, hint, "lambasted") == "info"
        assert severity_of(lint, warning, "slammed") == "warning"
    else:
        assert severity_of(lint, hint, word) == "info"
        assert severity_of(lint, warning, word) == "warning"


def test_an_unmeasured_word_warns_in_a_charged_sentence(lint, tmp_path):
    # alone, "lambasted" is a hint (not measured as loaded); in a sentence that piles up two
    # more loaded candidates it is read with them
    # (round 108: a thing as the subject, since a named doer raises it on its own)
    assert severity_of(lint, "The plan was lambasted in the debate.", "lambasted") == "info"
    charged = "The plan was lambasted in the debate as a disgraceful and shameless ploy."
    assert severity_of(lint, charged, "lambasted") == "warning"
    # one other candidate is not enough (plain news loses precision at one)
    assert severity_of(lint, "The plan was lambasted in the debate as a disgraceful plan.", "lambasted") == "info"
    path = tmp_path / "draft.txt"
    path.write_text(charged + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["why", str(path)])
    assert any("'lambasted'" in line and "-> warning" in line and "charged sentence" in line
               for line in result.output.splitlines()), result.output


def test_why_counts_the_candidates_the_judge_counts(lint, tmp_path):
    # "tax regime" is an exception of the label rule: no candidate for the judge, so the
    # sentence holds one other candidate, not two, and "lambasted" stays a hint in both
    text = "The plan was lambasted in the debate as a disgraceful tax regime."  # (no named doer: round 108)
    assert severity_of(lint, text, "lambasted") == "info"
    path = tmp_path / "draft.txt"
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["why", str(path)])
    line = next(x for x in result.output.splitlines() if "'lambasted'" in x)
    assert "-> info" in line and "charged" not in line, line


@pytest.mark.parametrize(("others", "charged"), [(0, False), (1, False), (2, True), (5, True)])
def test_charged_evidence_counts_the_other_candidates(others, charged):
    e = ev.charged(others)
    assert (e is not None) is charged
    if e is not None:
        assert e.effect is Effect.EVALUATIVE and str(others) in e.detail


def test_unmeasured_evidence_is_explained(lint):
    from lintnews.builtin.loaded import evidence as ev

    assert ev.unmeasured("lambasted") is not None
    assert ev.unmeasured("slammed") is None  # measured
    assert ev.unmeasured("chilling") is None  # named by the guidelines


def test_an_exclamation_alone_raises_nothing(lint):
    # measured: the info words an exclamation raised were loaded in 2 of 10 cases
    assert severity_of(lint, "How noble of the prince!", "noble") == "info"
    assert severity_of(lint, "How very noble of the prince!", "noble") == "warning"
