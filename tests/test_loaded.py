"""The loaded-language family: each kind, each context rule, each exception.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lintnews.builtin.loaded.context import Sense, speech_sense
from lintnews.cli import main
from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.errors import RulePackError
from lintnews.packs.loader import parse_pack
from lintnews.readers import Block, Parsed
from lintnews.readers.source import SourceMap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


FAMILY = ("loaded-language",)


def loaded(lint, text: str, **settings):
    """Loaded-language diagnostics as (rule suffix, flagged words, severity)."""
    out = []
    lines = text.split("\n")
    for d in lint(text, select=FAMILY, **settings):
        line = lines[d.line - 1]
        words = line[d.column - 1 : d.end_column - 1] if d.line == d.end_line else line
        out.append((d.rule.split("/", 1)[1], words, d.severity.value))
    return out


def warnings(lint, text: str, **settings):
    return [(rule, words) for rule, words, sev in loaded(lint, text, **settings) if sev != "info"]


# -- kinds ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "rule", "words"), [
    ("The council published a chilling report on the harbour.", "emotive", "chilling"),
    ("The opposition leader slammed the budget on Tuesday.", "attack-verb", "slammed"),
    ("The new ferry is a great way to see the bay.", "puffery", "is a great way"),
    ("The hotel offers breathtaking views of the valley.", "puffery", "breathtaking"),
    ("Tragically, the lifeboat had been sold a month earlier.", "editorial-adverb", "Tragically"),
    ("The fee rose by an utterly absurd amount.", "intensifier", "utterly"),
    ("Mayor Ruiz's cronies won every contract.", "label", "cronies"),  # (someone's: round 22)
    ("The board's tepid response angered parents.", "judgement", "tepid"),
    ("The ruling is a victory for the abortion industry.", "partisan", "abortion industry"),
    ("The treasurer claimed that the accounts were balanced.", "verdict-verb", "claimed"),
    ("The figure was conjured out of thin air.", "figurative", "out of thin air"),
])
def test_each_kind_has_its_own_rule(lint, sentence, rule, words):
    assert (rule, words) in warnings(lint, sentence)


def test_entries_carry_a_neutral_suggestion(lint):
    [d] = [d for d in lint("The senator slammed the plan.", select=FAMILY)]
    assert d.suggestion == "criticised"
    [d] = [d for d in lint("The senator insisted that the plan worked.", select=FAMILY)]
    assert d.suggestion == "said"


def test_inflections_are_matched(lint):
    assert ("attack-verb", "slams") in warnings(lint, "The union slams the pay offer.")
    assert ("attack-verb", "slamming") in {(r, w) for r, w, _ in loaded(lint, "She spent the speech slamming the board.")}
    assert ("verdict-verb", "claims") in warnings(lint, "The driver claims that the light was green.")


def test_plain_reporting_is_clean(lint):
    text = ("The council voted 7-2 on Tuesday to close the library.\n"
            "The mayor said the building needed repairs costing $2 million.\n")
    assert warnings(lint, text) == []


# -- whose words ------------------------------------------------------------------------

def test_attributed_quotation_is_the_speakers(lint):
    text = "\u201cThe plan is a disgraceful shambles,\u201d said Ines Moreau, a councillor."
    assert warnings(lint, text) == []


def test_quotation_with_speaker_before_it(lint):
    text = "Ines Moreau said: \"It was terrifying and the response was pathetic.\""
    assert warnings(lint, text) == []


def test_same_word_outside_the_quotation_is_reported(lint):
    text = "The pathetic response drew a complaint. \u201cWe wrote twice,\u201d said Ana Ruiz."
    assert ("emotive", "pathetic") in warnings(lint, text)


def test_block_quote_is_not_the_writers_voice(registry):
    text = "The report was published.\nIt was a disgraceful and terrifying failure.\n"
    smap = SourceMap.identity(text)
    blocks = [Block(0, 25), Block(26, len(text) - 1, "quote")]
    doc = Document(Parsed(text, smap, blocks), "draft")
    found = [d for d in Engine(registry, Settings(select=FAMILY)).lint(doc) if d.severity.rank >= 1]
    assert found == []
    blocks = [Block(0, 25), Block(26, len(text) - 1)]
    doc = Document(Parsed(text, smap, blocks), "draft")
    found = [d for d in Engine(registry, Settings(select=FAMILY)).lint(doc) if d.severity.rank >= 1]
    assert {d.rule for d in found} == {"loaded-language/emotive"}


def test_characterisation_reported_with_called_is_info(lint):
    result = loaded(lint, "Former aides called the interview a train wreck.")
    assert result and all(sev == "info" for _, _, sev in result)


# -- scare quotes -----------------------------------------------------------------------

def test_scare_quote_with_distancing_word_is_a_warning(lint):
    text = "Crowds gathered outside the self-declared \u201cinterim\u201d council."
    assert warnings(lint, text) == [("scare-quote", "self-declared \u201cinterim\u201d")]


def test_bare_scare_quote_is_info(lint):
    text = "The firm's \u201cvoluntary\u201d redundancy scheme closes on Friday."
    assert ("scare-quote", "\u201cvoluntary\u201d", "info") in loaded(lint, text)
    assert warnings(lint, text) == []


def test_scare_quote_left_open_ends_at_its_last_word(lint):
    # a quotation left open runs to the end of its paragraph; the finding stops at the
    # last word, and its message names exactly what it spans
    text = "The firm's \u201cvoluntary   \n\nThe scheme closes on Friday.\n"
    (d,) = [d for d in lint(text) if d.rule.endswith("scare-quote")]
    assert (d.line, d.column, d.end_line, d.end_column) == (1, 12, 1, 22)
    assert "'\u201cvoluntary' puts words in scare quotes" in d.message  # (the line is a headline)


@pytest.mark.parametrize("text", [
    "The minister called the scheme \u201ca sham\u201d on Monday.",  # attributed characterisation
    "Her new series, \u2018The Quiet Word\u2019, starts in May.",  # a title
    "\u201cWe will rebuild,\u201d the mayor said.",  # a quotation with its speaker
    "Protesters carried signs reading \u201cenough\u201d outside the hall.",  # what the sign said
])
def test_not_scare_quotes(lint, text):
    assert [r for r in loaded(lint, text) if r[0] == "scare-quote" and r[2] != "info"] == []


# -- speech verbs only as speech verbs ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The club claimed the title on Sunday.",
    "The fire claimed three lives.",
    "She was admitted to hospital with burns.",
    "The striker conceded two penalties.",
    "It was claimed that the ledger was lost.",  # passive: the attribution family's business
])
def test_verdict_verbs_in_other_senses_are_not_reported(lint, text):
    assert [r for r in loaded(lint, text) if r[0] == "verdict-verb"] == []


@pytest.mark.parametrize("text", [
    "The owner claimed, adding that nobody was hurt, that the dam held.",
    "He conceded that the figures were wrong.",
    "She falsely claimed the money was hers.",
    "The driver insisted: the light was green.",
])
def test_verdict_verbs_as_speech_are_reported(lint, text):
    assert any(r[0] == "verdict-verb" for r in warnings(lint, text))


def test_claims_as_a_noun_is_info(lint):
    result = [r for r in loaded(lint, "His claims about the vote were checked.") if r[0] == "verdict-verb"]
    assert result == [("verdict-verb", "claims", "info")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a noun: after a possessive, a preposition or an adjective, or before a verb of its own
    ("Auditors tested the tenants' claims against the ledger.", "claims", Sense.UNSURE),
    # right after a preposition it can only be the noun (round 13): not a said-verb at all
    ("The board opened an inquiry into claims that bids were rigged.", "claims", Sense.OTHER),
    ("He repeated the extraordinary claim that the dam was safe.", "claim", Sense.UNSURE),
    ("The claims were withdrawn on Monday.", "claims", Sense.UNSURE),
    # the verb: a subject before it, or "to" (an infinitive)
    ("The landlord claims the tenants were warned.", "claims", Sense.SPEECH),
    ("The firm continues to claim that the dam was safe.", "claim", Sense.SPEECH),
    # a clause after the verb reports speech; a noun phrase with a relative clause of its own
    # is what was admitted, let in ("admitted two pilots who had ..."): not said
    ("The minister admitted the plan had failed.", "admitted", Sense.SPEECH),
    ("She claimed the man who had called was her brother.", "claimed", Sense.SPEECH),
    ("The port admitted two pilots who had lost their licences.", "admitted", Sense.UNSURE),
    ("The club admitted three riders which had been banned.", "admitted", Sense.UNSURE),
    # an adjunct between the verb and its clause: still the said-verb
    ("The mayor claimed on Monday that the ferry was safe.", "claimed", Sense.SPEECH),
    ("The coach boasted without a shred of proof that the team was fitter.", "boasted", Sense.SPEECH),
    ("The owner claimed the cottage that his uncle built.", "claimed", Sense.UNSURE),
])
def test_claim_as_a_noun_or_a_verb(text, word, expected):
    start = text.index(word)
    assert speech_sense(text, start, start + len(word), 0) is expected


def test_speech_sense_cues():
    text = "They claimed the seat. They claimed that it rained."
    assert speech_sense(text, 5, 12, 0) is Sense.OTHER
    assert speech_sense(text, 28, 35, 23) is Sense.SPEECH


# -- literal senses and exceptions ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Devastating floods cut the valley off.", []),
    ("The review was a devastating critique of the board.", [("emotive", "devastating")]),
    ("He slammed the door and left.", []),
    ("The Great Depression began in 1929.", []),
    ("The new tax regime starts in April.", []),
    ("Crude oil prices fell.", []),
    ("The sign was clearly visible from the road.", []),
    ("Two people were seriously injured.", []),
    ("The agency sent disaster relief to the coast.", []),
    ("She was threatening to resign.", []),
])
def test_literal_uses_and_terms_of_art(lint, text, expected):
    assert warnings(lint, text) == expected


def test_words_loaded_only_in_some_senses_are_info(lint):
    result = loaded(lint, "The regime opened the border crossing.")
    assert result == [("label", "regime", "info")]


# -- headline ---------------------------------------------------------------------------

def test_headline_message_says_so(lint):
    text = "Council slams shocking library closure\n\nThe council closed the library on Monday.\n"
    found = [d for d in lint(text, select=FAMILY) if d.severity.rank >= 1]
    assert found and all(d.line == 1 for d in found)
    assert all(d.message.startswith("In the headline: ") for d in found)


def test_body_message_does_not_mention_headline(lint):
    text = "Library closes\n\nThe council made a shocking decision on Monday.\n"
    [d] = [d for d in lint(text, select=FAMILY) if d.severity.rank >= 1]
    assert d.line == 3 and "headline" not in d.message


# -- opinion profile --------------------------------------------------------------------

OPINION_TEXT = ("The mayor's reckless plan is a disgraceful waste.\n"
                "Crowds gathered outside the so-called \u201cinterim\u201d council.\n")


def test_opinion_profile_lowers_the_family_to_info(lint):
    news = loaded(lint, OPINION_TEXT)
    opinion = loaded(lint, OPINION_TEXT, profile="opinion")
    assert any(sev == "warning" for _, _, sev in news)
    assert [(r, w) for r, w, _ in opinion] == [(r, w) for r, w, _ in news]
    assert all(sev == "info" for _, _, sev in opinion)


def test_opinion_profile_from_the_cli(tmp_path):
    path = tmp_path / "column.txt"
    path.write_text(OPINION_TEXT, encoding="utf-8")
    runner = CliRunner()
    news = runner.invoke(main, ["check", "--format", "json", "--select", "loaded-language", str(path)])
    opinion = runner.invoke(main, ["check", "--format", "json", "--select", "loaded-language",
                                   "--profile", "opinion", str(path)])
    assert news.exit_code == 1 and opinion.exit_code == 0
    severities = {d["severity"] for d in json.loads(opinion.output)["diagnostics"]}
    assert severities == {"info"}


# -- pack schema ------------------------------------------------------------------------

def test_pack_rejects_an_unknown_sense():
    data = {"rules": [{"id": "house/x", "summary": "s", "message": "m", "terms": ["x"],
                       "sense": "smell"}]}
    with pytest.raises(RulePackError, match="sense"):
        parse_pack(data, "house.toml")


def test_pack_accepts_the_speech_sense():
    data = {"rules": [{"id": "house/x", "summary": "s", "message": "m", "terms": ["x"],
                       "sense": "speech"}]}
    [rule] = parse_pack(data, "house.toml")
    assert rule.sense == "speech"


# -- quick fixes in the matched form (issue 18, item 8) ----------------------------------------

def _code_actions(lint, text: str, **settings):
    from lsprotocol import types as lsp

    from lintnews.integrations.lsp import code_actions, to_lsp

    zero = lsp.Position(line=0, character=0)
    diags = [to_lsp(d, zero, zero, None) for d in lint(text, **settings)]
    return [a.title for a in code_actions("file:///draft.txt", diags)]


@pytest.mark.parametrize(("text", "fix"), [
    ("The senator slammed the bill.", "criticised"),
    ("The senator slams the bill.", "criticises"),
    ("The senator is slamming the bill.", "criticising"),
    ("Senators slam the bill.", "criticise"),
    ("Slams the bill.", "Criticises"),
])
def test_quick_fix_keeps_the_form_of_the_replaced_verb(lint, text, fix):
    [d] = [d for d in lint(text, select=("loaded-language/attack-verb",))]
    assert d.fix == fix
    assert _code_actions(lint, text, select=("loaded-language/attack-verb",)) == [
        f"Replace with '{fix}' (loaded-language/attack-verb)"]


def test_quick_fix_for_a_verdict_verb(lint):
    [d] = lint("The mayor insists that the budget balances.", select=("loaded-language/verdict-verb",))
    assert d.fix == "says"


HOUSE = {"rules": [{
    "id": "house/crash-words", "summary": "Words our style guide bans in crash reports.",
    "message": "'{match}' prejudges the cause: say 'crash' or 'collision'.",
    "suggestion": "crash", "terms": ["accident"], "inflect": True, "replace": True,
}]}


@pytest.mark.parametrize(("text", "word", "fix"), [
    ("Two accidents closed the bypass.", "accidents", "crashes"),
    ("An accident closed the bypass.", "accident", "crash"),
])
def test_house_pack_quick_fix_in_the_matched_form(text, word, fix):
    from lintnews.packs.model import Hit

    [rule] = parse_pack(HOUSE, "house.toml")
    start = text.index(word)
    f = rule.finding(text, Hit(start, start + len(word), rule.by_form[word]))
    assert f.fix == fix  # never "Replace with 'crash'" on "accidents"


def test_no_fix_where_the_form_cannot_be_produced():
    from lintnews.packs.model import Hit

    data = {"rules": [{"id": "house/x", "summary": "s", "message": "m", "suggestion": "criticised",
                       "replace": True, "terms": [{"term": "slate", "forms": ["slatin"]}]}]}
    [rule] = parse_pack(data, "house.toml")
    text = "They were slatin the plan."
    start = text.index("slatin")
    assert rule.finding(text, Hit(start, start + 6, rule.by_form["slatin"])).fix is None


# -- the pack stays meaningful -------------------------------------------------------------------

def _builtin_rules():
    from lintnews.packs.loader import builtin_packs_dir, load_pack

    return load_pack(builtin_packs_dir() / "loaded-language.toml")


def test_every_lexicon_entry_owns_a_form():
    """No dead entries: a form listed under an earlier entry (or rule) is matched there, so
    an entry whose forms all belong elsewhere never fires."""
    owner = {}
    rules = _builtin_rules()
    for rule in rules:
        for t in rule.terms:
            for f in t.forms:
                owner.setdefault(f, (rule.id, t.term))
    dead = [(r.id, t.term) for r in rules for t in r.terms
            if not any(owner[f] == (r.id, t.term) for f in t.forms)]
    assert dead == []


def test_no_trigger_examples_give_no_diagnostic_at_any_severity(lint):
    for rule in _builtin_rules():
        for example in rule.examples.no_trigger:
            found = [d for d in lint(example, select=(rule.id,)) if d.rule == rule.id]
            assert found == [], (rule.id, example, [d.message for d in found])


def test_each_pattern_and_exception_has_an_example():
    import re

    for rule in _builtin_rules():
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        for pattern in rule.patterns:
            assert any(re.search(pattern, t, flags) for t in rule.examples.trigger), (rule.id, pattern)
        for exc in rule.exceptions:  # (kept as written)
            assert any(re.search(exc, t, flags) for t in rule.examples.no_trigger), (rule.id, exc)


def test_word_classes_say_where_they_come_from():
    import tomllib

    from lintnews.language.wordclasses import WORDCLASSES

    classes = tomllib.loads((WORDCLASSES / "loaded.toml").read_text(encoding="utf-8"))
    assert classes and all(c.get("source") and (c.get("lemmas") or c.get("forms")) for c in classes.values())


def test_quick_fixes_of_built_in_words_need_no_lexicon_at_lint_time():
    """Every built-in entry that offers a quick fix is in the shipped table (inflected) or is
    matched only as written: working out a fix never loads LemmInflect while linting."""
    from lintnews.language import forms as lexicon

    for rule in _builtin_rules():
        for t in rule.terms:
            if not (t.replace or rule.replace) or t.forms == (t.term.lower(),):
                continue
            assert any(lexicon.shipped(t.term, pos) for pos in (None, "verb", "noun", "adjective")), (
                rule.id, t.term)
