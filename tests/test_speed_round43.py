"""Speed round 43: the cuts must not change what is found.

- the matcher tries the patterns that say what comes before their matches (a stop, a line
  break, a currency sign) by one look-behind first, and compares the line-start patterns'
  marks with one cut-off per pattern: the hits equal the reference scan's;
- the filters' ``deferred`` step finds the same overlaps as comparing every pair;
- two regexes rewritten to open on a set of first letters find what the plain ones found.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.builtin.advertorial import calls as advertorial_calls
from lintnews.builtin.advertorial import sponsor as advertorial_sponsor
from lintnews.engine.filters import _overlapped
from lintnews.matching.matcher import Matcher
from lintnews.packs.loader import builtin_packs_dir, parse_pack
from tests.test_speed import fast_scan, reference_scan

GUARDED_PACK = {
    "pack": {"name": "speed-round43", "category": "test"},
    "rules": [
        # two patterns that start with a figure and say what comes before it, one that does not
        {"id": "test/price", "summary": "s", "message": "m",
         "patterns": [r"(?<=[$£€])\d[\d,.]{0,6}\s+off\b"]},
        {"id": "test/count", "summary": "s", "message": "m",
         "patterns": [r"(?:(?<=[a-z][.!?])|(?<=[.!?] ))\d{1,3}\s+comments\b"]},
        {"id": "test/anywhere", "summary": "s", "message": "m",
         "patterns": [r"\b\d+\s+replies\s+awaiting\b"]},
        # line-start patterns that need a mark somewhere after them
        {"id": "test/handle", "summary": "s", "message": "m",
         "patterns": [r"(?m:^)[ \t]{0,20}@[A-Za-z0-9_]{3,30}[ \t]*(?m:$)"]},
        {"id": "test/tag", "summary": "s", "message": "m",
         "patterns": [r"(?m:^)[^\n#]{0,60}+#(?:ad|sponsored)\b"]},
    ],
}

TEXTS = [
    "It had 3 comments. 3 comments, and then.3 comments $3 off «3 comments» (4 photos) 4 photos.",
    "3 comments\n12 replies awaiting review. Save $5 off or £12 off, 5 off, (12 photos) and 7 replies awaiting.",
    "The vote was 5 to 4. 12 comments were read; see (3 photos). Then $40 off.\n 2 comments here.",
    "@harbourline\n  @ferry_news \nA note #ad\nNo tag here\nlast line #sponsored",
    "#ad first\n@early\nno marks after this line\nnor here 3 comments",
    "",
    "1",
    "$1 off",
]


@pytest.fixture(scope="module")
def rules():
    return parse_pack(GUARDED_PACK, str(builtin_packs_dir() / "speed-round43.toml"))


@pytest.mark.parametrize("mode", ["words", "re2"])
@pytest.mark.parametrize("text", TEXTS)
def test_guarded_patterns_equal_the_reference(rules, text, mode):
    assert fast_scan(rules, text, mode) == reference_scan(rules, text)


def test_a_figure_after_a_space_is_one_look_behind_test(rules):
    matcher = Matcher(rules)
    alternatives, _, guard, unguarded = matcher._keyed_alternatives("3")
    assert guard is not None  # (two patterns say what comes before them)
    assert len(unguarded) == 1 and len(alternatives) == 3  # (only the "replies" one left to try)
    assert guard.match("It had 3", 7) is None
    assert guard.match("Done. 3", 6) is not None
    assert guard.match("$3", 1) is not None


def test_line_marks_cut_off_where_the_text_lacks_them(rules):
    matcher = Matcher(rules)
    text = "@early\n#ad here\nno marks after this line\nnor here"
    cutoffs = dict(matcher._mark_cutoffs(text))
    # every pattern needing "#" is cut off at the last "#"; no pattern needs a mark absent here
    assert sorted(cutoffs.values()) == [text.rfind("#")] * len(cutoffs)
    assert fast_scan(rules, text, "re2") == reference_scan(rules, text)


def _overlapped_plainly(warned, start, end, own, defers_to):
    return any(s < end and start < e and other != own and (not other_defers or other in defers_to)
               for s, e, other, other_defers in warned)


def test_deferred_overlaps_equal_every_pair_compared():
    rng = random.Random(43)
    for _ in range(300):
        warned = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 200)
            warned.append((s, s + rng.randint(1, 80), rng.choice("abc"), rng.random() < 0.3))
        spans = sorted(warned)
        furthest, most = [], -1
        for span in spans:
            most = max(most, span[1])
            furthest.append(most)
        table = ([s[0] for s in spans], furthest, spans)
        for _ in range(10):
            start = rng.randint(0, 250)
            end = start + rng.randint(1, 60)
            own = rng.choice("abc")
            defers_to = tuple(rng.sample("abc", rng.randint(0, 2)))
            assert _overlapped(table, start, end, own, defers_to) == _overlapped_plainly(
                warned, start, end, own, defers_to)


SENTENCES = (
    "Find it here. You can get one now. Buy\tthem today; order online, grab a copy and pick one. "
    "Finder, gets, buying, Ordered, grabbed, picking: none. FIND IT, Get\nup, pIck me, BUY "
    "It was said, he SAYS, Told you, according  to them, reported, wasn't, Has been, urged, "
    "advised and WARNED; saidso, unsaid, forwarned, ſaid, tells all."
)


def test_aside_verbs_found_as_before():
    plain = re.compile(r"(?:[Ff]ind|[Gg]et|[Bb]uy|[Oo]rder|[Gg]rab|[Pp]ick)\s")
    found = [m.span() for m in advertorial_sponsor._ASIDE_VERB.finditer(SENTENCES)]
    assert found == [m.span() for m in plain.finditer(SENTENCES)]
    assert len(found) > 5


def test_story_verbs_found_as_before():
    plain = re.compile(
        r"\b(?:said|says|told|tells|according\s+to|reported|announced|added|was|were|had|has\s+been|urged|advised|warned"
        r"|claims|claimed|alleges|alleged)\b",
        re.IGNORECASE,
    )
    # (round 45 added the verbs of a claim: the first letters looked ahead for must hold theirs)
    text = SENTENCES + " The post claims the bridge shut. Critics alleged a cover-up; Claimed, Alleges."
    found = [m.span() for m in advertorial_calls._STORY.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) > 9
