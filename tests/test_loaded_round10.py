"""Loaded language, round 10: evidence found by judging fresh news copy. Each change is a pair
of sentences written for these tests: one where the word stays as it was, one where the new
evidence changes its report.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.context import Sense, speech_sense
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a said-verb whose clause has a long subject, with phrases of its own, reports speech
    ("The ferry board claims the repair bill from the storms at the wharf over the winter has "
     "doubled.", "claims", Sense.SPEECH),
    ("The harbour master admits about forty berths at the old marina will close.", "admits",
     Sense.SPEECH),
    # ... not through a relative clause, nor a verb joined by "and" (another sense)
    ("The clinic admitted a sailor with burns to both hands to the ward that has beds.", "admitted",
     Sense.UNSURE),
    ("The rower claimed a place in the final crew for the spring regatta and has trained since.",
     "claimed", Sense.UNSURE),
])
def test_said_verb_before_a_long_clause(text, word, expected):
    start = text.index(word)
    assert speech_sense(text, start, start + len(word), 0) is expected


@pytest.mark.parametrize(("reported", "writer"), [
    # a speech verb whose complement is a direct quotation: after the closing mark the
    # sentence is the writer's again, unless it goes on reporting ("and that ...")
    ('The harbour master declared, "I am not to blame," and that the board had lashed out at him.',
     'The harbour master declared, "I am not to blame," and lashed out at the ferry board.'),
    ("The skipper said the crew had lashed out at the pilots.",
     'The skipper said: "We are done." and lashed out at the pilots.'),
])
def test_direct_quotation_ends_the_reported_speech(lint, reported, writer):
    assert severity_of(lint, reported, "lashed out at") == "info"
    assert severity_of(lint, writer, "lashed out at") == "warning"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a noun "claims" after a name as its modifier: a preposition, an adjective or a verb that
    # takes claims as its object before the name
    ("Tenant groups are critical of Harbour Trust claims that the pier is safe.", "claims", Sense.UNSURE),
    ("The mayor rejected recent Green Party claims that the pier is unsafe.", "claims", Sense.UNSURE),
    # ... not an article, nor "of" after a noun: the name is the subject
    ("The Harbour Trust claims that the pier is safe.", "claims", Sense.SPEECH),
    ("The head of Harbour Trust claims that the pier is safe.", "claims", Sense.SPEECH),
])
def test_claims_after_a_name_as_modifier(text, word, expected):
    start = text.index(word)
    assert speech_sense(text, start, start + len(word), 0) is expected


def _scare_quote(lint, text: str) -> str | None:
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.rule == "loaded-language/scare-quote"]
    return found[0] if found else None


@pytest.mark.parametrize(("sneer", "defined"), [
    # a term the writer goes on to define is introduced, not doubted: a hint at most
    ("The so-called 'pilot scheme' has cost the harbour a fortune.",
     "The so-called 'pilot scheme' is a trial in which ferries run at night."),
    ("Owners paid the so-called 'berth levy' on Monday.",
     "Owners paid the so-called 'berth levy' — a charge on every mooring — on Monday."),
    ("The board backed so-called \u201cshadow ferries\u201d at the meeting.",
     "The board backed so-called \u201cshadow ferries,\u201d by which owners share one licence."),
])
def test_scare_quote_of_a_term_the_writer_defines_is_a_hint(lint, sneer, defined):
    assert _scare_quote(lint, sneer) == "warning"
    assert _scare_quote(lint, defined) == "info"


@pytest.mark.parametrize(("writer", "reported", "word"), [
    # a speech verb in the progressive reports its subject's words, as the finite verb does
    ("Pundits like Tom Hale kept claiming victory while the reckless cuts went on.",
     "Pundits like Tom Hale, who had been claiming that the reckless cuts were over, were quiet.",
     "reckless"),
    ("The union is pressing hard, and the reckless cuts will cost jobs.",
     "The union is saying the reckless cuts will cost jobs.", "reckless"),
])
def test_progressive_speech_verb_reports_its_subject(lint, writer, reported, word):
    assert severity_of(lint, writer, word) == "warning"
    assert severity_of(lint, reported, word) == "info"


@pytest.mark.parametrize(("writer", "reported", "word"), [
    # a speech verb, the person told, then "that": a reported clause
    ("Tom Hale wrote a book that praised the world-class ferry.",
     "Tom Hale told Ana Ruiz that a world-class ferry would cost more.", "world-class"),
    ("The mayor showed the board a world-class ferry on Monday.",
     "The mayor told the board that a world-class ferry was coming.", "world-class"),
])
def test_person_told_then_clause_is_reported(lint, writer, reported, word):
    assert severity_of(lint, writer, word) == "warning"
    assert severity_of(lint, reported, word) == "info"


@pytest.mark.parametrize(("verdict", "felt", "word"), [
    # any adjective after a person and "feel" reports how the person feels
    ("Since the crash, the plan feels terrible to everyone.",
     "She smashed the pots, which she feels terrible about.", "terrible"),
    ("The skipper made a terrible call at the last buoy.",
     "The workers still felt terrible after the vote.", "terrible"),
])
def test_adjective_after_a_person_feeling_is_a_feeling(lint, verdict, felt, word):
    assert severity_of(lint, verdict, word) == "warning"
    assert severity_of(lint, felt, word) == "info"


@pytest.mark.parametrize(("warns", "hint", "word"), [
    # a distancing word before a capitalised word introduces the name a group goes by
    ("A delegate from the so-called peace group spoke.",
     "A delegate from the so-called Harbour Front spoke.", "so-called"),
    # a verdict verb in an "if" clause is supposed speech, not reported speech
    ("But the board insisted there should be a levy.",
     "But if the board insisted there should be a levy, the owners would pay.", "insisted"),
])
def test_name_after_distancing_word_and_supposed_speech_are_hints(lint, warns, hint, word):
    assert severity_of(lint, warns, word) == "warning"
    assert severity_of(lint, hint, word) == "info"
