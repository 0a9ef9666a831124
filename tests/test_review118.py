"""Review 118: what the merges since 6c17bdbc built, held to the editor's bar (sentences
written for these tests).

- Round 140's "the suggestion has been made that" missed its bare form ("Suggestions have been
  made that"): vague provenance, earlier in the pack, holds "suggestion(s)" in its word list
  and wins the start of the bare noun for the category, so a pattern of another rule of the
  same category can never start there. A second pattern starts on the auxiliary after it.
- Round 120's commands to stream a channel on a device and to watch a newscast at its hours
  had no speaker test: "Stream KBTR 7 live on Roku, the station tells viewers" is a report of
  the station's campaign. Its alerts' speaker lists had only the past and "says": "urges",
  "tells", "say" ... were missing.
- coverage's own-hearsay-conjunct test (round 134) searched ``\\S\\s+[^,;]*,`` from every
  word of a span with no comma, the square of the span once per cue; round 140's place
  phrases ("gossip at the village hall says") made such cues common. It is read from the
  span's last comma now (the same answers), and only for a passive of hearsay.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.attribution import coverage
from lintnews.document.document import Document


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


def _rules(lint, text: str) -> list[tuple[str, str]]:
    return [(d.rule, getattr(d.severity, "value", d.severity)) for d in lint(text + "\n")]


@pytest.mark.parametrize("text", [
    "Suggestions have been made that the treasurer knew about the loans.",
    "In March, suggestions had also been made that the treasurer knew.",
    "Suggestion has been made that the pier was sold.",
    "The suggestion has been made that the treasurer knew.",  # (round 140's own, kept)
])
def test_a_suggestion_made_with_no_maker_is_warned(lint, text):
    found = [d for d in lint(text + "\n") if d.rule == "unattributed-claim/passive-attribution"]
    assert len(found) == 1, found
    assert found[0].severity == "warning"


@pytest.mark.parametrize("text", [
    "Suggestions have been made to improve the park.",  # a proposal, no claim
    "Suggestions have been made by the auditors that the treasurer knew.",  # its makers named
    "The auditor said suggestions have been made that the treasurer knew.",  # attributed
    '"Suggestions have been made that I knew," the treasurer said.',  # quoted
])
def test_a_suggestion_with_a_maker_or_no_claim_is_left(lint, text):
    assert not [d for d in lint(text + "\n") if d.rule == "unattributed-claim/passive-attribution"]


@pytest.mark.parametrize("text", [
    "Stream KBTR 7 News live on Roku, the station tells viewers in an advert the regulator criticised.",
    "Catch Harbour Tonight at 6.30, the station's listings say.",
    "Watch KBTR 7 News at 5 and 10, the station urges viewers in its new campaign.",
    "Get KBTR 7 alerts on WhatsApp, the station's campaign urges.",
    "Get live traffic alerts on the WKHV 12 app, the station tells drivers.",
])
def test_a_command_reported_with_its_speaker_is_left(lint, text):
    assert not [r for r, _ in _rules(lint, text) if r.startswith("advertorial/")]


@pytest.mark.parametrize(("text", "rule"), [
    ("Stream KBTR 7 News live on Roku.", "advertorial/media-plug"),
    ("Catch Harbour Tonight at 6.30.", "advertorial/media-plug"),
    ("Get KBTR 7 alerts on WhatsApp.", "advertorial/newsletter-plug"),
])
def test_the_command_alone_is_still_warned(lint, text, rule):
    assert (rule, "warning") in _rules(lint, text)


# round 134's search, which review 118 replaced by a reading from the comma: the reference
_OWN_HEARSAY_CONJUNCT = re.compile(r"\S\s+[^,;]*,\s+and\s+(?!that\b)(?:[\w’'-]+\s+){1,4}$")


def test_the_conjunct_read_from_its_comma_answers_as_the_search_did():
    words = ["a", "and", "that", ",", ";", " ", "  ", "\n", "x", "said", "’s", "-", ", and ", "b c "]
    rng = random.Random(118)
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = _OWN_HEARSAY_CONJUNCT.search(text, lo, hi) is not None
        assert coverage._own_hearsay_conjunct(text, lo, hi) == expected, (text, lo, hi)
    said = "Mothers say they were never asked, and several midwives "
    assert coverage._own_hearsay_conjunct(said, 0, len(said))


def _best(f, *args) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        f(*args)
        best = min(best, time.perf_counter() - t)
    return best


def test_the_conjunct_test_costs_in_proportion_to_its_span():
    # a span with no comma: the search from every word's end cost its square
    small = "gossip at the village hall says " * 50
    large = small * 8
    t_small = _best(lambda: [coverage._own_hearsay_conjunct(small, 0, len(small)) for _ in range(200)])
    t_large = _best(lambda: [coverage._own_hearsay_conjunct(large, 0, len(large)) for _ in range(200)])
    assert t_large < 8 * t_small * 2.5 + 0.02, (t_small, t_large)


_CUES = {
    "talk placed": "gossip at the village hall says that talk around the old harbour wall says ",
    "talk grown": "there has been chatter in the City about a sale and talk of a merger has grown and ",
    "states of mind": "parents are worried that shoppers are convinced that growers are afraid that ",
    "tips placed": "he is tipped in the party to succeed and is spoken of in the party as a leader and ",
    "derived manner": "the council clumsily rolled out the plan and the mayor lavishly entertained guests and ",
    "station commands": "stream levels rose near Roku Lane and count on Harbour Radio and like many residents ",
}


def _seconds(engine, registry, text: str) -> float:
    return _best(lambda: engine.lint(Document(registry.readers["text"].read(text), "a.txt")))


@pytest.mark.parametrize("cue", list(_CUES))
def test_a_paragraph_of_repeated_new_cues_costs_in_proportion(engine, registry, cue):
    # one paragraph with no sentence break: a scan per hit of the paragraph would show
    engine.lint(Document(registry.readers["text"].read("The " + _CUES[cue] * 5 + "end.\n"), "w.txt"))
    small = _seconds(engine, registry, "The " + _CUES[cue] * 30 + "end.\n")
    large = _seconds(engine, registry, "The " + _CUES[cue] * 240 + "end.\n")
    assert large < 8 * small * 2.5 + 0.05, (cue, small, large)
