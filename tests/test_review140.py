"""Review 140 (of unattr176, unattr177, advert143, advert145, loaded170, merged since 8d33e215).

Each case fails on 0e99e18d (the review's base) except the controls, which guard the edges:

* unattr176's term of art read any word after "call it" as a learned field's term: "Economists
  call it reckless", "call this madness", "call it the worst slump in decades" became hints
  (warnings on 8d33e215, "Economists call" being a vague source there). The first or the last
  word of the name in ``attribution/call-verdicts`` (evaluative adjectives and nouns of the
  complex-transitive "call") keeps the warning; "loss aversion", "market failure" stay hints.
* advert145's public offer read "donor session" inside "the donor session gala" and took an
  event's tickets for a health service: a ticket in the sentence now leaves it to the plug
  readings. Its call-to-action branch turned an imperative that read nothing ("Register for a
  postal vote by Friday.") into a new hint: it now only lowers a call that would warn.
* loaded170's contest verdict read "showdown" in its political sense ("a dramatic showdown with
  the unions"): "showdown" joins the everyday contest nouns, now a word class
  (``loaded/everyday-contest-nouns``, moved out of stance.py's code).
* advert145's public web address (``services._civic``'s fourth pattern) was searched once per
  hyphen of a long run of hyphens (20,000 cost 5.5 s): it now starts where its run of name
  characters starts: the same matches, but for a hyphenated name ending in a public suffix
  ("my-gov.ie", an e-mail's "jo@x-leeds.gov.uk"), whose tail the old form read as a public body's.

Sentences written for these tests.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.advertorial.services import _civic, consultation_call, public_offer_line
from tests.advertorial_lint import alone
from tests.family_lint import LEAD, assert_hint, assert_warned, severity_in_body

_LEAD = "The health service will open walk-in clinics in the town from Monday, its regional manager said."
_TAIL = "Clinics will run in the hotel on the bypass on Mondays and Thursdays, the manager added."


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# a learned field's verdict after "call it" is no term of art

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Economists call this reckless, and the bank has not replied.", "Economists call"),
    ("Economists call it madness to cut rates before the spring.", "Economists call"),
    ("Psychologists call it nonsense.", "Psychologists call"),
    ("Economists call it the worst slump in four decades.", "Economists call"),
    ("Sociologists call it sheer folly to close the youth clubs.", "Sociologists call"),
    ("Economists call it economic suicide for the port.", "Economists call"),
])
def test_a_fields_verdict_after_call_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Psychologists call this loss aversion, and it explains why the sellers held on.",  # control
    "Economists call it market failure when the buyers cannot see the quality.",
    "Psychologists call this the fundamental attribution error.",
    "Sociologists call this moral panic, and the label has stuck.",  # control
])
def test_a_fields_term_of_art_stays_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


# a public body's service is no event with tickets; the hint only lowers a warning

def test_an_events_tickets_are_no_public_offer(lint) -> None:
    assert not public_offer_line("Book your tickets for the blood donor session gala now.")
    assert alone("Book your tickets for the blood donor session gala now.", _LEAD, _TAIL) == "warning"
    assert public_offer_line("Book a blood donor session online at the clinic.")  # control


def test_a_call_that_read_nothing_gets_no_new_hint() -> None:
    assert alone("Register for a postal vote by 5pm on Tuesday.", _LEAD, _TAIL) == "silent"
    assert alone("Join your local library today.", _LEAD, _TAIL) == "info"  # control


# a political showdown is no contest the writer judges

@pytest.mark.parametrize("sentence", [
    "Ministers face a dramatic showdown with the unions over pay.",
    "The historic showdown with Brussels begins on Monday.",
])
def test_a_political_showdown_is_no_contest(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, _adjective(sentence)) != "warning"


def test_the_contest_verdict_still_reads_a_match(lint) -> None:  # control
    assert severity_in_body(lint, "It was a savage seventh-round stoppage.", "savage") == "warning"


def _adjective(sentence: str) -> str:
    """The adjective before "showdown" in ``sentence``."""
    words = sentence.split()
    return words[words.index("showdown") - 1]


# the public address, linear

def test_public_address_search_is_linear() -> None:
    address = _civic()[3]
    text = "The consultation runs until May. " + "-" * 40_000
    t = time.perf_counter()
    address.search(text)
    consultation_call(text)
    assert time.perf_counter() - t < 1.0


def test_public_address_matches_as_before() -> None:
    address = _civic()[3]
    old = re.compile(address.pattern.replace(r"(?<![\w.@-])", r"(?<![\w.@])"), address.flags)
    rng = random.Random(140)
    for _ in range(3000):
        # (words joined by marks, so every run of name characters opens on a letter, as an
        # address in copy does; the two differ where a hyphen joins a name to a public suffix)
        words = [rng.choice(["gov", "a", "uk", "nhs", "leeds", "x-y", "ie", "--"]) for _ in range(rng.randint(1, 8))]
        s = words[0] + "".join(rng.choice([".", " ", "/", ", "]) + w for w in words[1:])
        assert [m.span() for m in old.finditer(s)] == [m.span() for m in address.finditer(s)], s
    assert address.search("respond at leeds.gov.uk/otleyroad") is not None
    # the one difference: an e-mail's domain, which the "@" was there to keep out, is now kept
    # out after a hyphen too (the old form matched its tail, "leeds.gov.uk" of "jo@x-leeds.gov.uk")
    assert old.search("write to jo@x-leeds.gov.uk") is not None
    assert address.search("write to jo@x-leeds.gov.uk") is None
    # ... and a name whose tail after a hyphen is a public suffix, no public body's ("my-gov.ie")
    assert old.search("book at my-gov.ie") is not None
    assert address.search("book at my-gov.ie") is None
