"""Advertorial round 59: promotional and solicitation copy by page kind (issue 15), on sentences
written for these tests.

tests/advertorial_battery59.py holds the round's battery: the copy of sixteen kinds of page (deals
roundups, brand-studio pages, press releases on the wire, live blogs, newsletters republished as
articles, podcast and video pages, recipe and review pages, local community sites, fact-checks and
explainers, a nonprofit newsroom's membership drive, paywalls, events, travel offers, jobs and
classifieds, related links, app alerts), one line or a block of two to four lines, the groups of
its misses with more wordings written before the fix, and traps that use the same words in a
story. Each insertion is pasted into round 49's story on lines of its own and with its last line
glued to the next sentence with no space.
"""

from __future__ import annotations

from itertools import chain

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_battery49 import WAYS, pasted
from tests.advertorial_battery59 import (
    BY_PAGE_KIND,
    MORE,
    TRAPS,
    Insertion,
    assert_warned_on_its_own_lines,
    block_pastings,
    lines_of,
)
from tests.advertorial_lint import lint_advertorial, warnings_by_line, warns_alone_under

# Left on purpose (docs/history/advertorial.md, "Round 59"): a press release's own parts (its
# "Forward-Looking Statements" section, a media contact's block, "SOURCE <Issuer>" glued) stay hints,
# as round 56 left them (the writers' gold leaves a release's parts unmarked); a transcript's note
# on how it was made is a hint (a page's note, not promotion), an edit note silent; a reader discount in the third
# person glued to the story.
FORWARD = (
    "Forward-Looking Statements",
    "This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed.",
)
CONTACT = ("Media contact:", "Jane Okafor, Head of Communications", "press@zenithmutual.example | +44 20 7946 0123")
TRANSCRIPT_NOTES = frozenset(
    {
        "This transcript was generated automatically and may contain errors.",
        "Transcripts are edited for clarity; please check the audio before quoting.",
        *MORE["transcript-note"],
    }
)
LEFT: frozenset[tuple[str, Insertion]] = frozenset(
    {
        *((w, FORWARD) for w in WAYS),
        *((w, CONTACT) for w in WAYS),
        ("glued", ("SOURCE Atlas Cement", "###")),
        ("glued", "Our readers get 20% off festival passes with the code GAZETTE20."),
        *((w, x) for x in TRANSCRIPT_NOTES for w in WAYS),
    }
)

ITEMS = list(chain(*BY_PAGE_KIND.values(), *MORE.values()))


@pytest.mark.parametrize(("way", "item"), block_pastings(ITEMS, LEFT))
def test_an_insertion_warns_on_its_own_lines_only(way: str, item: Insertion) -> None:
    assert_warned_on_its_own_lines(item, way)


# an edit note ("edited for length and clarity") stays silent: round 49's look-alikes hold it to no
# diagnostic at any severity
EDIT_NOTES = frozenset(x for x in TRANSCRIPT_NOTES if "edited for" in x)


@pytest.mark.parametrize("line", sorted(TRANSCRIPT_NOTES - EDIT_NOTES))
def test_a_transcript_note_is_a_hint(line: str) -> None:
    found = lint_advertorial(pasted(line, "own"))
    assert [d for d in found if d.severity.rank >= Severity.WARNING.rank] == []
    assert any(d.line == 4 and d.severity is Severity.INFO for d in found), found


@pytest.mark.parametrize(("way", "line"), [(w, t) for t in chain(*TRAPS.values()) for w in WAYS])
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


def test_the_battery_is_by_page_kind_and_wide_enough() -> None:
    assert len(BY_PAGE_KIND) >= 15 and all(4 <= len(v) <= 8 for v in BY_PAGE_KIND.values())
    assert all(1 <= len(lines_of(x)) <= 4 for x in ITEMS)
    assert any(len(lines_of(x)) > 1 for x in ITEMS)
    assert all(3 <= len(v) <= 5 for v in MORE.values())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Price and availability are subject to change without notice.", "advertorial/commerce-cta"),
        ("Reader offer: a week in Madeira from £699 per person.", "advertorial/commerce-cta"),
        ("The Ledger's newsroom had no role in producing this article.", "advertorial/sponsored-marker"),
        ("Written by our commercial team for Harbour Motors.", "advertorial/sponsored-marker"),
        ("Browse every local vacancy on our jobs pages.", "advertorial/outlet-plug"),
        ("To place a notice, email notices@valleyherald.example.", "advertorial/outlet-plug"),
        ("Engagement notices can be submitted online.", "advertorial/outlet-plug"),
        ("You've read all five of your free articles.", "advertorial/site-notice"),
        ("Welcome to our live blog on the county count.", "advertorial/media-plug"),
        ("Rate us on Apple Podcasts.", "advertorial/media-plug"),
        ("Your recurring donation helps us cover the courts.", "advertorial/donation-appeal"),
    ],
)
def test_each_construction_warns_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


@pytest.mark.parametrize(
    "line",
    [
        # a price term the story goes on with, or attributes
        "Prices are subject to change each quarter under the contract.",
        "Availability may vary, the pharmacy chain said.",
        # the newsroom's role in something that is not this page
        "Reporters were not involved in the editing of the documentary.",
        # a purpose clause whose call is to someone else
        "To book the community hall, call the parish clerk.",
        # notices reported, and a greeting that is no live page
        "Death notices can be placed by families through the undertaker, the paper said.",
        "Welcome to our city, the mayor told the delegates.",
    ],
)
def test_the_same_words_in_a_story_stay_unwarned(line: str) -> None:
    assert warnings_by_line(pasted(line, "own")) == []
