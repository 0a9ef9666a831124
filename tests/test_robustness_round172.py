"""Round 172 (issue 19): the long-line hunt, finished: a run of blanks after a label is read once.

A regex-level fuzz of every regex lintnews compiles (module regexes, lazy ones and the pack
plan's) on runs of blanks, tabs, non-breaking spaces, figures, capitals and quotes found three
shapes that read a run once per blank on paths the linter takes:

* a fact sheet's field and a roster's line (``_SPEC``, ``_ROSTER`` in shared/headlines.py): a
  lazy value then trailing blanks, ``([^\\n]*?)[ \\t]*$``, read the rest of a run of blanks from
  each of its positions ("Weight: 1" + 20,000 blanks + "x": 7.6 s);
* an event's ticket price (rules/advertorial.toml): ``tickets?\\s*:?\\s*`` and ``\\s*,?\\s+`` put
  two runs of blanks side by side with nothing required between them;
* tickets on sale (same pack): ``\\s+(?:[^.\\n]{0,80}?\\s+)?`` let the optional words start inside
  the run of blanks, each split of the run tried with up to 80 characters and the run read again:
  "Tickets" + 3,000 blanks + "x" took 61 s to lint, 20,000 blanks over ten minutes (killed).

Each is rewritten to read the run once and to match the same spans (checked against the base's
regexes below and on random strings of their characters in the round).
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.shared import headlines
from tests.packpairs import pack_pairs

_BOUND = 5.0  # seconds: the fixed code takes about 0.1 s; the base took minutes at this length
_RUN = 40_000

OPENING = "The council voted on Monday to close the harbour car park for the summer.\n\n"
CLOSING = "\n\nGet the daily newsletter here.\n"

# the base commit's regexes, for the comparisons
_SPEC_BASE = r"[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*:[ \t]+([a-z0-9(][^\n]*?)[ \t]*$"
_ROSTER_BASE = r"[ \t]*[A-Z0-9][\w’'&.-]*(?:[ \t]+[\w’'&.()-]+){0,3}[ \t]*:[ \t]+([^\n]+?)[ \t]*$"
# (new form, base form) of the pack patterns' rewritten pieces
_PACK_PIECES = (
    (r"tickets?(?:\s*:)?\s*(?:from", r"tickets?\s*:?\s*(?:from"),
    (r"seats)(?:\s*:)?\s+(?:(?:are", r"seats)\s*:?\s+(?:(?:are"),
    (r"famil(?:y|ies)))?(?:\s*,)?\s+(?:(?:book", r"famil(?:y|ies)))?\s*,?\s+(?:(?:book"),
    (r"seats)\s+(?:(?!\s)[^.\n]{0,80}?\s+)?", r"seats)\s+(?:[^.\n]{0,80}?\s+)?"),
)


@pytest.fixture(scope="module")
def lint(shared_lint):
    """One engine for the module, its long-text scanners compiled before any timing."""
    shared_lint(OPENING + "The council met on Monday and the roads were quiet.\n" * 2_000 + CLOSING)
    return shared_lint


@pytest.mark.parametrize("line", [
    "Weight: 1" + " " * _RUN + "x",
    "Price: from" + "\t" * _RUN + "x",
    "Trial period: light" + " \t" * (_RUN // 2) + "and",
])
def test_spec_field_reads_the_blanks_once(line: str) -> None:
    """A fact sheet's value ends at its last visible character, found by one greedy run (the
    lazy value tried the trailing blanks from each blank of the run)."""
    started = time.monotonic()
    found = headlines._SPEC.match(line + " " * 100)
    assert time.monotonic() - started < _BOUND
    assert found is not None and found.group(1) == line.split(": ", 1)[1]


@pytest.mark.parametrize("line", [
    "Main Stage: The" + " " * _RUN + "x",
    "Bar: DJ Fennel" + "\t" * _RUN + "Low Sound",
])
def test_roster_line_reads_the_blanks_once(line: str) -> None:
    """A roster's names after the label's colon: its blanks taken whole, the names ending at
    their last visible character."""
    started = time.monotonic()
    headlines.roster_line(line)
    headlines._ROSTER.match(line)
    assert time.monotonic() - started < _BOUND


def test_spec_and_roster_match_as_the_base_did() -> None:
    """Same spans and groups as the base's regexes on random lines of their characters; the
    roster's one difference (a label with only blanks after its colon, where the base took one
    blank as the names) leaves roster_line False either way."""
    pieces = [" ", "\t", "\xa0", ":", "Weight", "Main", "Stage", "the", "x", "1", "(", ")", "\r", "·", "|", "A", "’", "-"]
    rnd = random.Random(172)
    spec_base, roster_base = re.compile(_SPEC_BASE), re.compile(_ROSTER_BASE)
    for _ in range(20_000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        old, new = spec_base.match(line), headlines._SPEC.match(line)
        assert (old and (old.span(), old.span(1))) == (new and (new.span(), new.span(1))), line
        old, new = roster_base.match(line), headlines._ROSTER.match(line)
        if new is None and old is not None:
            assert not old.group(1).strip() and not headlines.roster_line(line), line
        else:
            assert (old and (old.span(), old.span(1))) == (new and (new.span(), new.span(1))), line
    assert headlines._SPEC.match("Weight: 1.2kg  ").group(1) == "1.2kg"
    assert headlines._ROSTER.match("Main Stage: The Halyards · Mira Okon \t").group(1) == "The Halyards · Mira Okon"


def test_ticket_patterns_match_as_the_base_did() -> None:
    """The rewritten pack patterns find the same spans as the base's on event listings built of
    their parts with random separators (blanks, tabs, colons, commas, line breaks)."""
    pairs = pack_pairs(_PACK_PIECES)
    assert len(pairs) == 3
    rnd = random.Random(7)

    def sep() -> str:
        return "".join(rnd.choice([" ", "  ", "\t", ":", ",", "\n", "\xa0", " , "]) for _ in range(rnd.randint(0, 3)))

    def opt(text: str) -> str:
        return text if rnd.random() < 0.5 else ""

    matched = 0
    for _ in range(5_000):
        text = "".join([
            rnd.choice(["Tickets", "entry", "seats", "places"]), sep(), opt("are "), opt(rnd.choice(["from ", "cost "])),
            rnd.choice(["£5", "$12.50", "5", "on sale now"]), opt(rnd.choice(["-£8", " to £9"])), opt(" each"), sep(),
            opt("book "), rnd.choice(["at", "via", "x"]), sep(), rnd.choice(["hall.example", "www.x", "foo"]),
            opt(rnd.choice([", concessions", " said", " selling fast"])),
        ])
        for new, old in pairs:
            spans = [m.span() for m in old.finditer(text)]
            assert [m.span() for m in new.finditer(text)] == spans, text
            matched += bool(spans)
    assert matched > 500


@pytest.mark.parametrize("line", [
    "Tickets" + " " * 20_000 + "x",                 # base: over ten minutes
    "Places" + "\t" * 20_000 + "going",
    "Tickets £5" + " " * 20_000 + "x",
    "Entry" + "\xa0" * 20_000 + "x",
])
def test_ticket_lines_lint_in_linear_time(lint, line: str) -> None:
    """The whole linter on a line of tickets and a long run of blanks: each pattern reads the run
    once (the newsletter plug after it is still found)."""
    started = time.monotonic()
    diags = lint(OPENING + line + CLOSING)
    assert time.monotonic() - started < _BOUND
    assert any(d.rule == "advertorial/newsletter-plug" for d in diags)


@pytest.mark.parametrize("sentence", [
    "The festival returns to the quay in June. Tickets £12, concessions £8.",
    "The festival returns to the quay in June. Tickets from £8 at hall.example for the weekend.",
    "The festival returns to the quay in June. Tickets   are on sale now for the weekend.",
    "The festival returns to the quay in June. Tickets for the two nights are on sale now.",
])
def test_ticket_listings_still_found(lint, sentence: str) -> None:
    """The rewritten patterns still find an event's listing (its price, where to book, a sale)."""
    assert any(d.rule == "advertorial/media-plug" for d in lint(sentence + "\n"))


def test_a_story_of_tickets_is_left(lint) -> None:
    """A story's ticket prices with no address or sale line stay clear."""
    diags = lint("Ticket prices rose from £8 to £12 this year, the organisers said.\n")
    assert not any(d.rule == "advertorial/media-plug" for d in diags)


def test_alerts_call_reads_a_run_of_blanks_once(lint) -> None:
    """Left by round 172, mended at the session's close: round 120's "Get ... alerts on ..." call
    tried its speaker look-ahead (160 characters) again from each blank of a run after "Get"
    as its blanks gave back one at a time; "(?!\\s)" after the blanks ends each attempt at
    once. 200,000 blanks: about 6.3 s warm before (linear, but 160 characters a blank), about
    1.6 s after, on this machine at rest."""
    started = time.monotonic()
    diags = lint(OPENING + "Get" + " " * 200_000 + "Word" + CLOSING)
    assert time.monotonic() - started < _BOUND
    assert any(d.rule == "advertorial/newsletter-plug" for d in diags)


@pytest.mark.parametrize(("sentence", "found"), [
    ("Get Harbour Post breaking news alerts on WhatsApp.", True),
    ("Get live traffic alerts on the Harbour Post app.", True),
    ("Catch up on the day's top stories with the Harbour Post podcast.", True),
    ("Get flood alerts from the Environment Agency.", False),
    ("Get Harbour Post alerts on WhatsApp, the editor told readers.", False),
])
def test_alerts_call_still_found_and_left(lint, sentence: str, found: bool) -> None:
    """The call with its blanks closed finds what it found and leaves what it left."""
    text = "The ferry was late again on Monday.\n\n" + sentence + "\n"
    assert any(d.rule == "advertorial/newsletter-plug" for d in lint(text)) is found
