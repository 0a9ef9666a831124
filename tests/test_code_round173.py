"""Code round 173 (issues 16, 19): vocabulary out of code, one helper for a class's forms, literal
senses as pack data.

- ``lower_forms(NAME, TAGS)``: every form of a word class in lower case, cached, lazy (no class
  is read when the rule modules are imported).
- Closed vocabulary that was code is word classes: each class holds what the code held.
- ``literal_after`` may name a word class with ``@FILE/CLASS``; an unknown or compact class is a
  load error. The disease-as-classifier reading of "cancer" is that data now.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from lintnews.language.wordclasses import listed, lower_forms, word_class
from lintnews.model.errors import RulePackError
from lintnews.packs.loader import parse_pack
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# --- the helper ---------------------------------------------------------------------------------

def test_lower_forms_is_every_form_in_lower_case() -> None:
    forms = lower_forms("loaded-health/clinical-nouns")
    assert {"patient", "patients", "screening", "screenings", "survival"} <= forms
    assert forms == frozenset(f.lower() for f in word_class("loaded-health/clinical-nouns"))
    assert all(f == f.lower() for f in forms)


def test_lower_forms_is_one_set_per_class() -> None:
    assert lower_forms("loaded/medial-adverbs") is lower_forms("loaded/medial-adverbs")


def test_lower_forms_with_tags_keeps_only_those_forms() -> None:
    plural = lower_forms("loaded-health/clinical-nouns", ("NNS",))
    assert "patients" in plural and "patient" not in plural


def test_lower_forms_refuses_a_compact_class_and_an_unknown_one() -> None:
    with pytest.raises(ValueError, match="compact"):
        lower_forms("attribution/group-speakers")
    with pytest.raises(KeyError, match="unknown word class"):
        lower_forms("loaded/no-such-class")


def test_no_class_is_read_when_the_rule_modules_are_imported() -> None:
    """Start-up: importing the modules that ask for the moved classes reads none of them (the
    one class read at import is ``document.sourcing``'s ``VAGUE_SOURCES``, as before round 173)."""
    code = textwrap.dedent("""
        from lintnews.language import wordclasses as w
        asked = []
        for name in ("word_class", "lower_forms", "listed"):
            def spy(*a, _f=getattr(w, name)):
                asked.append(a[0])
                return _f(*a)
            setattr(w, name, spy)
        import lintnews.builtin.loaded.voice, lintnews.builtin.shared.boxes
        import lintnews.builtin.advertorial.factlines, lintnews.builtin.constructions.passive
        import lintnews.builtin.constructions.sources.verbs, lintnews.builtin.constructions.sources.relatives
        import lintnews.builtin.loaded.evidence.clinical, lintnews.builtin.loaded.evidence.labels
        import lintnews.packs.loader
        print(" ".join(sorted(set(asked))))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["attribution/source-nouns"]


# --- the vocabulary moved out of code -----------------------------------------------------------

@pytest.mark.parametrize(("name", "key", "words"), [
    ("loaded/medial-adverbs", "forms",
     "also still then later never even once now often allegedly"),
    ("loaded-health/not-subject-before-woke", "forms",
     "the a an so too more most very less of and or their his her its our your my this that these "
     "those is are was were be been being anti against"),
    ("attribution/cognition-participles", "forms",
     "believed thought understood suspected feared presumed assumed reckoned reputed rumoured rumored"),
    ("attribution/name-giving-verbs", "lemmas", "dub brand label nickname christen"),
    ("attribution/forecast-view-verbs", "lemmas", "see view regard"),
    ("attribution/conceding-verbs", "lemmas", "admit concede acknowledge agree accept"),
    ("attribution/arguing-verbs", "lemmas", "argue contend claim suggest insist maintain"),
    ("attribution/doubt-stances", "forms", "sceptical skeptical unconvinced doubtful"),
])
def test_moved_class_holds_what_the_code_held(name: str, key: str, words: str) -> None:
    assert listed(name, key) == frozenset(words.split())


@pytest.mark.parametrize(("line", "fact"), [
    ("Tickets from £25.", True),
    ("Doubles from £180 a night, breakfast included.", True),
    ("Book now: tickets from £25.", False),        # a call
    ("Tickets from £25, save 20% today.", False),  # a discount, a percentage
    ("Top stories from £25.", True),              # (a heading word is no selling word)
])
def test_selling_words_part_a_price_fact_from_a_sale(line: str, fact: bool) -> None:
    from lintnews.builtin.advertorial.factlines import price_fact

    assert price_fact(line) is fact


@pytest.mark.parametrize(("heading", "pointing"), [
    ("Top stories", True), ("More from our partners", True), ("Latest scores", True),
    ("Key facts", False), ("The facts in numbers", False),
])
def test_pointing_words_mark_a_links_heading(heading: str, pointing: bool) -> None:
    from lintnews.builtin.shared.boxes import _pointing

    assert (_pointing().search(heading) is not None) is pointing


@pytest.mark.parametrize(("sentence", "reported"), [
    ("Commuters woke Tuesday to a thick fog over the estuary.", False),  # the verb of waking
    ("Campaigners said the so woke council had lost its way.", True),    # a degree word: the label
    ("Critics say the woke council is wasting money on banners.", True),  # a determiner: the label
])
def test_woke_after_a_subject_or_a_degree_word(lint, sentence: str, reported: bool) -> None:
    assert (severity_in_body(lint, sentence, "woke") is not None) is reported


# --- literal_after names a word class -----------------------------------------------------------

def _pack(literal_after: list[str]) -> dict:
    return {"pack": {"name": "p"}, "rules": [{
        "id": "house/figures", "category": "loaded-language", "context": "writer-voice", "summary": "s",
        "message": "'{match}' is a figure.", "severity": "warning",
        "terms": [{"term": "plague", "literal_after": literal_after}]}]}


def test_literal_after_may_name_a_word_class() -> None:
    (rule,) = parse_pack(_pack(["victims", "@loaded-health/clinical-nouns"]), "p.toml")
    assert rule.terms[0].literal_after == ("victims", "@loaded-health/clinical-nouns")


@pytest.mark.parametrize(("entry", "problem"), [
    ("@loaded-health/no-such-nouns", "names no word class"),
    ("@clinical-nouns", "names no word class"),
    ("@attribution/group-speakers", "is a compact word class"),
])
def test_literal_after_with_a_bad_class_is_a_load_error(entry: str, problem: str) -> None:
    with pytest.raises(RulePackError) as info:
        parse_pack(_pack([entry]), "p.toml")
    assert str(info.value).startswith("p.toml: rule house/figures.terms 'plague'.literal_after: ")
    assert problem in str(info.value) and entry in str(info.value)


def test_the_class_reads_the_next_word_only() -> None:
    """A form of the class right after the term makes it literal; a word between, a hyphen or a
    line break does not."""
    from lintnews.builtin.loaded.voice import _literal

    after = ("@loaded-health/clinical-nouns",)
    for text, literal in [("plague patients", True), ("plague Patients", True), ("plague  screenings", True),
                          ("plague of patients", False), ("plague-patients", False), ("plague\npatients", False)]:
        assert _literal(text, len("plague"), len(text), after) is literal, text
    assert _literal("plague victims", 6, 14, ("victims", *after))  # words and classes mix


def test_a_house_pack_term_turns_literal_before_the_class(tmp_path) -> None:
    from click.testing import CliRunner

    from lintnews.cli import main

    pack = tmp_path / "house.toml"
    pack.write_text(textwrap.dedent('''
        [[rules]]
        id = "house/figures"
        category = "loaded-language"
        context = "writer-voice"
        severity = "warning"
        summary = "Figures of disease."
        message = "'{match}' is a figure."
        terms = [{ term = "scourge", inflect = "noun", literal_after = ["@loaded-health/clinical-nouns"] }]
    '''), encoding="utf-8")

    def rules_of(text: str) -> list[str]:
        import json

        result = CliRunner().invoke(main, ["check", "-f", "json", "--exit-zero", "--no-plugins", "--select",
                                           "house/figures", "--rule-pack", str(pack), "-"], input=text,
                                           catch_exceptions=False)
        return [d["rule"] for d in json.loads(result.output)["diagnostics"]]

    assert rules_of("Headline\n\nThe scourge patients waited three hours for a bed at the clinic.\n") == []
    assert rules_of("Headline\n\nGambling is a scourge on the high street, the mayor wrote.\n") == ["house/figures"]


# --- the moved reading: a disease classifying a clinical noun ---------------------------------

@pytest.mark.parametrize(("sentence", "severity"), [
    ("The trust cut cancer screening waits by a month this spring.", None),
    ("Cancer patients in the county wait six weeks for a scan.", None),
    ("Corruption is a cancer on the town hall, the campaigner wrote.", "info"),
    ("The cancer of apathy has spread through the club, fans say.", "info"),
])
def test_cancer_classifying_a_clinical_noun_is_literal(lint, sentence: str, severity: str | None) -> None:
    assert severity_in_body(lint, sentence, "cancer") == severity


def test_the_cancer_term_holds_the_class() -> None:
    from lintnews.packs.loader import builtin_pack_files, load_pack

    terms = [t for f in builtin_pack_files() for r in load_pack(f) for t in r.terms if t.term == "cancer"]
    assert terms and all("@loaded-health/clinical-nouns" in t.literal_after for t in terms)
