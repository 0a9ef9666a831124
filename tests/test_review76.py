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

import json
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


# -- 4. inline suppression: what a directive silences --------------------------------------

SENTENCE = "The shocking plan is a disaster, critics say."


def _reported(tmp_path, name: str, source: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    code, out, err = run("check", "-f", "json", "--exit-zero", str(path))
    assert code == 0 and err == ""
    return sorted({(d["line"], d["rule"].split("/")[0]) for d in json.loads(out)["diagnostics"]})


def test_enabling_a_category_ends_the_disabling_of_one_of_its_rules(tmp_path):
    source = ("Intro.\n\n<!-- lintnews: disable=loaded-language/emotive -->\n\n" + SENTENCE +
              "\n\n<!-- lintnews: enable=loaded-language -->\n\n" + SENTENCE + "\n")
    found = _reported(tmp_path, "a.md", source)
    assert (5, "loaded-language") not in found
    assert (9, "loaded-language") in found


def test_enabling_a_category_after_disabling_everything_reports_it_again(tmp_path):
    source = ("Intro.\n\n<!-- lintnews: disable -->\n\n" + SENTENCE +
              "\n\n<!-- lintnews: enable=loaded-language -->\n\n" + SENTENCE + "\n")
    found = _reported(tmp_path, "a.md", source)
    assert [f for f in found if f[0] == 5] == []
    assert (9, "loaded-language") in found
    assert (9, "unattributed-claim") not in found  # (everything else is still disabled)


def test_a_directive_silences_from_where_it_stands_on_its_line(tmp_path):
    source = (f"<p>{SENTENCE} <!-- lintnews: disable=loaded-language --> {SENTENCE}</p>\n"
              f"<p>{SENTENCE} <!-- lintnews: enable --> {SENTENCE}</p>\n")
    path = tmp_path / "a.html"
    path.write_text(source, encoding="utf-8")
    code, out, err = run("check", "-f", "json", "--exit-zero", "--select", "loaded-language", str(path))
    assert code == 0 and err == ""

    places = [(d["line"], d["column"]) for d in json.loads(out)["diagnostics"]]
    second = len("<p>") + len(SENTENCE) + len(" <!-- lintnews: enable --> ") + 1
    assert places and all(line == 1 and column < len(SENTENCE) + 4 for line, column in places if line == 1)
    assert any(line == 1 for line, _ in places)  # (the text before the comment is reported)
    assert [c for line, c in places if line == 2 and c >= second]  # (and the text after the enable)
    assert not [c for line, c in places if line == 2 and c < second]  # (before it: still disabled)


def test_disable_next_line_still_covers_the_whole_next_line(tmp_path):
    source = "lintnews: disable-next-line=loaded-language\n" + SENTENCE + "\n" + SENTENCE + "\n"
    found = _reported(tmp_path, "a.txt", source)
    assert (2, "loaded-language") not in found and (2, "unattributed-claim") in found
    assert (3, "loaded-language") in found


# -- 4. the accept list: the spellings the rules match as one --------------------------------


def test_an_accepted_word_covers_its_non_breaking_hyphen_and_curly_spellings(tmp_path):
    (tmp_path / ".lintnews.toml").write_text('accept = ["jaw-dropping"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The jaw\u2011dropping plan.\n\nThe jaw-dropping plan.\n", encoding="utf-8")
    code, out, err = run("check", "-f", "line", str(article))
    assert (code, out, err) == (0, "", "")


def test_accepted_words_are_made_plain():
    from lintnews.config.config import accepted_words

    words = accepted_words(["Jaw\u2011Dropping", "nobody\u2019s fool"])
    assert {"jaw-dropping", "nobody's fool"} <= words
