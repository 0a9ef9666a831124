"""Review 76: correctness leftovers (issue 19).

1. A word written with an en dash ("north–south divide") matched text written with a hyphen
   but never text written with the en dash itself, both in :func:`trie_regex` (the class it
   wrote for an en dash left the en dash out) and in a house pack's word list (the form was
   normalised to a hyphen, and text is not). A word written with a hyphen still does not
   match an en dash in the text (unchanged: that is rule judgement).
2. The judges' memos (``Searches``, ``DocFacts.picked``, the advertorial cue searches) were
   keyed by ``id(pattern)``: an id is reused once an object is freed, so a short-lived
   pattern could be answered with an earlier one's result. They are keyed by the pattern.

Every sentence is written for these tests.
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions.searches import Searches
from lintnews.util.trie import trie_regex
from lintnews.util.wordforms import form_table
from tests.clirun import run


def test_trie_word_with_en_dash_matches_en_dash_and_hyphen_text():
    pattern = re.compile(trie_regex(["north–south divide"]))
    assert pattern.fullmatch("north–south divide")
    assert pattern.fullmatch("north-south divide")


def test_trie_word_with_hyphen_still_does_not_match_en_dash_text():
    pattern = re.compile(trie_regex(["well-known"]))
    assert pattern.fullmatch("well‑known")
    assert not pattern.fullmatch("well–known")


def test_form_table_keeps_the_en_dash_spelling():
    table = form_table(["north–south divide"], case_sensitive=False)
    assert set(table["north"]) == {"north-south divide", "north–south divide"}


def test_house_term_with_en_dash_matches_text_with_en_dash(tmp_path):
    pack = tmp_path / "dash.toml"
    pack.write_text(
        '[pack]\nname = "dash"\ncategory = "loaded-language"\ncontext = "plain"\n\n'
        '[[rules]]\nid = "dash/term"\nseverity = "warning"\nsummary = "A dashed term."\n'
        'rationale = "Test."\nmessage = "found"\nterms = ["zork–blip"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The zork–blip rose.\nThe zork-blip rose.\n", encoding="utf-8")
    code, out, err = run("check", "--rule-pack", str(pack), "--select", "dash", "-f", "line", str(article))
    assert code == 1 and err == ""
    assert [line.split(":")[1:3] for line in out.splitlines()] == [["1", "5"], ["2", "5"]]


class _Probe:
    """A pattern-like object that answers a fixed result (a short-lived pattern)."""

    def __init__(self, hit: bool) -> None:
        self.hit = hit

    def search(self, text: str, start: int, end: int) -> object | None:
        return True if self.hit else None


def test_searches_does_not_answer_a_freed_pattern_for_a_new_one():
    found = Searches("Some words of a sentence.")
    answers = []
    for hit in (True, False) * 20:  # (each probe is freed before the next: CPython reuses ids)
        answers.append(found(_Probe(hit), 0, 10))
    assert answers == [True, False] * 20
