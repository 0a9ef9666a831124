"""Round 143 (advert143): a plug on a live post's line, after its time stamp, the cheap way
(issue 15).

Sentences written for this round. A live page's post opens with its time stamp ("14:55",
"**2:40pm**", "09:12 -"); a plug pasted on that line had no sentence opening before it, so no
pattern for an imperative to the reader could start there. Round 142 (not merged) gave every
built-in pattern the stamp as one more opening, at 6% of a whole run. Here the plain reader's
:func:`lintnews.readers.plain.stamp_posts` lists where a post's sentence follows a stamp that
opens its line, and the matcher tries the patterns that open with the packs' sentence opening on
the rest of that line only (:meth:`lintnews.matching.matcher.Matcher._after_stamps`). The cases
of round 142's tests are kept; a story's post after a stamp is no plug, and a time inside a line
is no stamp.
"""

from __future__ import annotations

import pytest

from lintnews.matching.matcher import SENTENCE_OPENING, Matcher
from lintnews.model.diagnostic import Severity
from lintnews.packs.loader import builtin_packs_dir, load_pack
from lintnews.readers.plain import stamp_posts
from tests.advertorial_lint import lint_advertorial

_LEAD = "Live: the river burst its banks overnight in three valley towns\n\n"
_TAIL = "\n\nThe county council said rest centres would stay open until Friday.\n"


def _warned(post: str, reader: str = "text") -> bool:
    text = _LEAD + post + _TAIL
    return any(d.category == "advertorial" and d.severity.rank >= Severity.WARNING.rank
               for d in lint_advertorial(text, reader))


@pytest.mark.parametrize("post", [
    "17:25 Get breaking news alerts on the Valley Echo app.",
    "17:25 - Download the Valley Echo app to get alerts as the river rises.",
    "5.25pm Follow our reporters on Instagram for pictures from the towns.",
    "5.25 p.m. - Download the Valley Echo app to get alerts as the river rises.",
    "17:25 GMT Get breaking news alerts on the Valley Echo app.",
    "17:25 | Get breaking news alerts on the Valley Echo app.",
    "08:05 - Sign up to our morning briefing for the towns' flood news.",
    "  17:25 Get breaking news alerts on the Valley Echo app.",
])
def test_a_plug_after_a_stamp_warns(post: str) -> None:
    assert _warned(post)


@pytest.mark.parametrize("post", [
    "**17:25** Get breaking news alerts on the Valley Echo app.",
    "**5.25pm** - Download the Valley Echo app to get alerts as the river rises.",
    "__17:25__ Get breaking news alerts on the Valley Echo app.",
    "*17:25* Follow our reporters on Instagram for pictures from the towns.",
])
def test_a_plug_after_an_emphasised_stamp_warns_in_markdown(post: str) -> None:
    assert _warned(post, "markdown")


def test_a_plug_after_a_stamp_on_the_texts_first_line_warns() -> None:
    text = "17:25 Get breaking news alerts on the Valley Echo app.\n\nThe council said the road was shut.\n"
    assert any(d.severity.rank >= Severity.WARNING.rank for d in lint_advertorial(text))


@pytest.mark.parametrize("post", [
    "17:25 Police said the valley road would reopen by the weekend.",
    "14:55 Police said the road would reopen",
    "09:12 - The minister said she would sign up to the plan",
    "17:25 - The minister said she would sign up to the flood plan.",
    "17:25 Follow-up checks on the weir found no damage, engineers said.",
    "17:25 Residents were told to download the council's flood map before leaving.",
    "Buses run from 9:30 to 11:00 follow the diversion signs at the depot, the operator said.",
    "17:25 Get-togethers in the village hall were cancelled, the parish council said.",
])
def test_a_story_post_after_a_stamp_is_no_plug(post: str) -> None:
    assert not _warned(post)


@pytest.mark.parametrize("post", [
    "**17:25** Engineers said they would get the pumps running by midnight.",
    "__14:55__ Police said the road would reopen",
])
def test_a_story_post_after_an_emphasised_stamp_is_no_plug(post: str) -> None:
    assert not _warned(post, "markdown")


def test_a_time_inside_a_sentence_is_no_stamp() -> None:
    """A time inside a sentence, a lower-case word after it: no stamp's opening."""
    assert not _warned("The pumps were switched on at 17:25 get-togethers were cancelled, the hall said.")


def test_a_stamp_mid_paragraph_is_no_line_start() -> None:
    """A time after a sentence on the same line opens no post: its plug is not tried there."""
    post = "The gauge at the weir read 3.1m at noon and is still rising 17:25 Get breaking news alerts on the Valley Echo app."
    assert stamp_posts(post) == []
    assert stamp_posts(_LEAD + post + _TAIL) == []
    assert not _warned(post)


def test_stamp_posts_gives_the_offset_of_the_posts_sentence() -> None:
    text = "Live\n17:25 Get alerts\n**09:12** - Sign up\n*3.40pm* Follow us\n  8.05 a.m. | Read on\n12:38 GMT Buy"
    assert [text[p : p + 4] for p in stamp_posts(text)] == ["Get ", "Sign", "Foll", "Read", "Buy"]
    first = "17:25 Get alerts\nmore"
    assert [first[p : p + 3] for p in stamp_posts(first)] == ["Get"]


@pytest.mark.parametrize("text", [
    "17:25 get alerts",           # no capital: no post's sentence
    "at 17:25 Get alerts",        # a time inside the line
    "17:255 Get alerts",          # no time
    "2023 Get alerts",            # a year, no minutes
    "17:25, Get alerts",          # a comma after the time
    "17:25",                      # a stamp on a line of its own: nothing after it on the line
])
def test_stamp_posts_lists_no_other_line(text: str) -> None:
    assert stamp_posts(text) == []
    assert stamp_posts("Live\n" + text) == []


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_pack(builtin_packs_dir() / "advertorial.toml"))


def test_the_hit_is_put_back_at_the_posts_offset(matcher: Matcher) -> None:
    text = "Live\n\n**17:25** Get breaking news alerts on the Valley Echo app.\n"
    hits = matcher.scan(text)
    at = text.index("Get")
    assert any(h.start == at and h.end > at + len("Get breaking") for found in hits.values() for h in found)


def test_a_lone_labels_pattern_is_not_tried_after_a_stamp(matcher: Matcher) -> None:
    """Only the patterns that open with the packs' sentence opening are tried after a stamp: a
    line-start label ("Comments", "Most read") after a time is a post's word, not a label."""
    for label in ("Most read", "Related stories"):
        assert "advertorial/related-plug" in matcher.scan(f"Live\n\n{label}\n")  # (alone on its line)
        assert "advertorial/related-plug" not in matcher.scan(f"Live\n\n17:25 {label}\n")


def test_only_sentence_opening_patterns_are_chosen(matcher: Matcher) -> None:
    matcher.scan("Live\n\n17:25 Get breaking news alerts on the Valley Echo app.\n")
    chosen = matcher._stamp_openers
    assert chosen
    assert all(matcher._alternatives[i].pattern.startswith(SENTENCE_OPENING) for i in chosen)


def test_a_text_with_no_stamp_pays_nothing_but_the_one_pass() -> None:
    """The patterns' table for stamps is built when a stamp-led line is first met, never for a
    text without one (the cost is paid on stamp-led lines only)."""
    fresh = Matcher(load_pack(builtin_packs_dir() / "advertorial.toml"))
    fresh.scan("Live\n\nGet breaking news alerts on the Valley Echo app.\n" * 50)
    assert fresh._stamp_openers is None


def test_stamp_posts_reads_long_runs_of_blanks_once() -> None:
    """Linear: blanks and a time without a capital after it, over a long line, cost one pass."""
    import time

    for text in ("\n" + " " * 200_000 + "x", "\n17:25" + " " * 200_000 + "x", ("\n17:25 - " + " " * 50) * 20_000):
        t0 = time.perf_counter()
        assert stamp_posts(text) == []
        assert time.perf_counter() - t0 < 1.0


# -- fix50b: a pattern's own clearing after a stamp holds for the stamp-led post too ------------


@pytest.mark.parametrize("post", [
    "16:20 — Welcome to our live coverage of the ferry strike, where talks resume at noon.",
    "16:20 - Welcome to our live blog. The ferries stay in port until Friday.",
    "4.20pm - Welcome to our live coverage. I will bring you the talks with our harbour reporter.",
    "16:20 Welcome to our rolling coverage of the ferry strike.",
    "**16:20** - Welcome to our live blog on the ferry strike.",
])
def test_a_live_pages_stamped_greeting_stays_cleared(post: str) -> None:
    """Round 106's greeting pattern clears a welcome after a stamp's dash (the blog's own
    entry); tried on the post as a line of its own, the hit passes the same clearing, whatever
    the stamp's form."""
    reader = "markdown" if post.startswith("**") else "text"
    assert not any(d.rule == "advertorial/media-plug" for d in lint_advertorial(_LEAD + post + _TAIL, reader))


def test_the_greeting_alone_on_its_line_is_still_furniture() -> None:
    assert _warned("Welcome to our live coverage of the ferry strike.")


def test_a_pattern_without_a_stamp_clearing_keeps_its_hit(matcher: Matcher) -> None:
    """Only a pattern that takes the post after a plain word and refuses it after a stamp is
    cleared: a call to the reader takes both, and keeps its stamp-led hit."""
    line = "Get breaking news alerts on the Valley Echo app."
    greeting = "Welcome to our live coverage of the ferry strike."
    matcher.scan(f"Live\n\n17:25 {line}\n")
    opening = matcher._stamp_openers
    assert opening
    assert not any(matcher._stamp_cleared(i, line) for i in opening)
    assert any(matcher._stamp_cleared(i, greeting) for i in opening)
