"""Word forms from the lexicon: the shipped table is current, and forms, tags and quick-fix
re-inflection behave as an editor expects."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lintnews.language import forms as lexicon
from lintnews.language.expand import expand


def test_the_shipped_table_is_current():
    """``forms.json`` must be rebuilt when a pack or word class changes (the message says how)."""
    run = subprocess.run([sys.executable, "-m", "lintnews.language.build", "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_table_holds_what_the_builder_asks_for():
    data = json.loads(lexicon.TABLE.read_text(encoding="utf-8"))
    from lintnews.language.build import requests

    for term, pos in requests():
        assert lexicon.key(term, pos) in data["entries"]


@pytest.mark.parametrize(
    ("term", "pos", "expected", "absent"),
    [
        ("slam", "verb", {"slam", "slams", "slammed", "slamming"}, set()),
        ("put", "verb", {"put", "puts", "putting"}, {"putted", "puted"}),
        ("say", "verb", {"says", "said", "saying"}, {"sayed"}),
        ("criticise", "verb", {"criticises", "criticised", "criticising"}, set()),
        ("rumour", None, {"rumours", "rumoured", "rumouring"}, set()),
        ("label", "verb", {"labelled", "labeled", "labelling"}, set()),
        ("official", "noun", {"official", "officials"}, {"officially"}),
        ("great", "adjective", {"greater", "greatest", "greatly"}, set()),
        ("true", "adjective", {"truer", "truest", "truly"}, {"trueer"}),
        ("horrific", "adjective", {"horrific", "horrifically"}, {"horrificly"}),
        ("terrible", "adjective", {"terribly"}, {"terriblely"}),
        ("good", "adjective", {"better", "best"}, {"goodly"}),
        ("believed to", None, {"believed to"}, {"believes to"}),
        ("lash out", "verb", {"lashes out", "lashed out", "lashing out"}, set()),
        ("slam dunk", None, {"slam dunk", "slam dunks"}, {"slam dunked"}),
        ("hard-liner", "noun", {"hard-liners"}, set()),
    ],
)
def test_expansion(term, pos, expected, absent):
    found = {f for fs in expand(term, pos).values() for f in fs}
    assert expected <= found
    assert not absent & found


def test_forms_include_the_term_and_come_from_the_table_or_the_lexicon():
    assert "slams" in lexicon.forms("slam", "verb")
    assert lexicon.forms("Sources  close to") == ("sources close to",)


def test_unknown_part_of_speech_is_an_error():
    with pytest.raises(ValueError, match="unknown part of speech 'verbs'"):
        lexicon.forms("slam", "verbs")


@pytest.mark.parametrize(
    ("replacement", "matched", "term", "expected"),
    [
        ("criticise", "slams", "slam", "criticises"),
        ("criticise", "slammed", "slam", "criticised"),
        ("criticise", "slamming", "slam", "criticising"),
        ("criticise", "slam", "slam", "criticise"),
        ("say", "claims", "claim", "says"),
        ("crash", "accidents", "accident", "crashes"),
    ],
)
def test_reinflect_keeps_the_form_of_the_replaced_word(replacement, matched, term, expected):
    assert lexicon.reinflect(replacement, matched, term) == expected


def test_reinflect_gives_up_where_the_form_is_unknown():
    assert lexicon.reinflect("criticise", "slamz", "slam") is None


def test_missing_lemminflect_is_a_clear_error(monkeypatch):
    import builtins

    from lintnews.language import expand as expand_mod

    real_import = builtins.__import__

    def no_lemminflect(name, *args, **kwargs):
        if name == "lemminflect":
            raise ImportError("No module named 'lemminflect'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_lemminflect)
    with pytest.raises(expand_mod.FormsUnavailable, match=r"pip install 'lintnews\[forms\]'"):
        expand_mod.expand("zorble", "verb")


def test_a_word_class_knows_every_form_of_its_lemmas():
    from lintnews.language.wordclasses import word_class

    cls = word_class("example/speech-verbs-sample")
    assert cls["told"] == "tell" and cls["regarded"] == "regard" and cls["says"] == "say"
    assert set(word_class("example/speech-verbs-sample", ("VBN",))) == {"said", "told", "regarded"}
    with pytest.raises(KeyError, match="unknown word class 'example/nope'"):
        word_class("example/nope")


def test_a_word_map_answers_membership_and_the_lemma_from_one_string():
    from lintnews.language.wordset import WordMap, WordSet

    pairs = {"alumni": "alumnus", "alumnus": "alumnus", "parent": "parent", "parents": "parent", "a": "a"}
    line = WordMap.line(pairs)
    assert line == "a alumni=alumnus alumnus parent parents=parent"
    words = WordMap(line)
    assert words.get("alumni") == "alumnus" and words.get("parents") == "parent" and words.get("parent") == "parent"
    assert words.get("a") == "a" and "a" in words
    # a prefix, a longer word, an entry's lemma half, a space or "=" in the question: not held
    for word in ("paren", "parentss", "alum", "alumnus=alumnus", "parent s", "", "x"):
        assert words.get(word) is None and word not in words, word
    assert words.lemmas() == {"a", "alumnus", "parent"}
    assert 3 not in words and "zz" not in WordMap("")
    assert "parents" in WordSet("parents teachers") and "parent" not in WordSet("parents teachers")


def test_a_compact_class_is_kept_out_of_the_forms_table_and_the_class_module():
    """Why: 5,157 generated nouns with every form, decoded as dicts, cost every worker some 5 MB
    (the 10 MB benchmark passed its memory target); the compact file holds them as strings."""
    import json

    from lintnews.builtin.constructions import lexicon as lx
    from lintnews.language import forms as forms_mod
    from lintnews.language.classes_data import CLASSES
    from lintnews.language.wordclasses import compact_map, is_compact, plural_forms, word_class

    name = "attribution/group-speakers"
    assert is_compact(name) and "lemmas" not in CLASSES[name]
    entries = json.loads(forms_mod.TABLE.read_text(encoding="utf-8"))["entries"]
    assert "noun midwife" not in entries and "noun abbess" not in entries
    assert compact_map(name).get("midwives") == "midwife" and lx.lemma_of("group-speakers", "alumni") == "alumnus"
    assert "insurers" in plural_forms(name) and "insurer" not in plural_forms(name)
    # a class in the table answers the same questions
    assert lx.lemma_of("source-nouns", "officials") == "official" and "officials" in lx.plural_nouns("source-nouns")
    with pytest.raises(ValueError, match="compact"):
        word_class(name)
    with pytest.raises(ValueError, match="not compact"):
        compact_map("attribution/source-nouns")
