"""Speed round 45 (start-up): what a one-line check no longer builds must still be found.

- the matcher indexes the line-start prefixes that allow blanks before them when it first
  meets an indented line: an indented line's hits equal the reference scan's, before and
  after the index is made, and a text with no indented line never makes it;
- the promotional-voice judge's regexes compile on first use: a one-line check compiles
  none of them, and the judge scores a plug and a story paragraph as before.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from lintnews.builtin.advertorial import promo_voice as advertorial_voice
from lintnews.matching.matcher import Matcher
from lintnews.packs.loader import builtin_packs_dir, parse_pack
from lintnews.util.lazyregex import LazyRegex
from tests.test_speed import fast_scan, reference_scan

INDENTED_PACK = {
    "pack": {"name": "speed-round45", "category": "test"},
    "rules": [
        # a line-start label that allows blanks before it, and one that does not
        {"id": "test/label", "summary": "s", "message": "m",
         "patterns": [r"(?m:^)[ \t]{0,20}(?:paid\s+post|partner\s+story)[ \t]*(?m:$)"]},
        {"id": "test/flush", "summary": "s", "message": "m",
         "patterns": [r"(?m:^)(?:press\s+desk|picture\s+desk):"]},
        {"id": "test/words", "summary": "s", "message": "m", "terms": ["harbour fee"]},
    ],
}

TEXTS = [
    "Paid post\nThe ferry left at noon.",
    "   Paid post\n\tpartner story\nThe harbour fee rose.",
    "The ferry left at noon.\n  Press desk: no comment\nPress desk: no comment",
    "  \n\t\n   ",
    "   partner story",
    "",
]


@pytest.fixture(scope="module")
def rules():
    return parse_pack(INDENTED_PACK, str(builtin_packs_dir() / "speed-round45.toml"))


@pytest.mark.parametrize("mode", ["words", "re2"])
@pytest.mark.parametrize("text", TEXTS)
def test_indented_line_starts_equal_the_reference(rules, text, mode):
    assert fast_scan(rules, text, mode) == reference_scan(rules, text)


def test_the_blank_index_is_made_at_the_first_indented_line(rules):
    matcher = Matcher(rules)
    found = matcher.scan("Paid post\nThe ferry left at noon.")
    assert list(found) == ["test/label"]
    assert matcher._line_blanks is None  # (no line started with blanks: never made)
    found = matcher.scan("The ferry left.\n   partner story\n")
    assert list(found) == ["test/label"]
    assert matcher._line_blanks is not None
    # only the pattern that allows blanks is kept for an indented line
    (label,) = [i for i, alt in enumerate(matcher._alternatives) if alt.ri == 0]
    assert set(matcher._line_blanks) == {"paid post", "partner story"}
    assert all(v == (label,) for v in matcher._line_blanks.values())


def test_compile_all_makes_the_blank_index(rules):
    matcher = Matcher(rules)
    matcher.compile_all()  # (before forking: the workers inherit it)
    assert matcher._line_blanks is not None


def test_the_voice_regexes_wait_for_their_first_use():
    lazy = [name for name, value in vars(advertorial_voice).items() if isinstance(value, LazyRegex)]
    assert {"_SECOND", "_FIRST", "_VOICED", "_CHANNEL", "_OFFER", "CAUTION"} <= set(lazy)
    assert not [name for name, value in vars(advertorial_voice).items() if hasattr(value, "groupindex")]


def test_a_one_line_check_compiles_no_voice_regex(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("The council met on Tuesday.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from lintnews.cli import main\n"
        "from lintnews.util.lazyregex import LazyRegex\n"
        f"sys.argv = ['lintnews', 'check', '--format', 'line', {str(one)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "loaded = 'lintnews.builtin.advertorial.promo_voice' in sys.modules\n"
        "from lintnews.builtin.advertorial import promo_voice as v\n"
        "print(code, loaded, sorted(k for k, x in vars(v).items() if isinstance(x, LazyRegex) and 'search' in vars(x)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    # (it ran, clean; the insertion rule imported the module, and none of them was compiled)
    assert out.stdout.strip() == "0 True []"


def _paragraph(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


def test_the_voice_judge_still_scores_a_plug_and_a_story():
    plug = "Never miss a result: our free Matchday email lands before breakfast. Sign up in one click!"
    story = "Police said the ferry was delayed for two hours after the council closed the pier."
    assert advertorial_voice.promotional(*_paragraph(plug), lambda _: False)
    assert not advertorial_voice.promotional(*_paragraph(story), lambda _: False)
    pitch = "Ready to go electric? Book your free test drive today and save 20% off your first year!"
    assert advertorial_voice.selling(*_paragraph(pitch)) == 2
    assert advertorial_voice.selling(*_paragraph("Read the terms before you apply, the council said.")) == 0
