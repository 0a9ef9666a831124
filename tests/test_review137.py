"""Review 137 (of code173, speed173, testtime174, unattr172, loaded165, robust173; issues 14,
15, 16, 19): the false alarms the review found on copy the new code was not written for.

1. A quoted excerpt with its own time stamps (readers/markdown.py ``_Reader._introduced``):
   round 172 read a Markdown quotation's unmarked lines from a stamped one on as the writer's
   live entries; a transcript or a timetable quoted whole after a colon ("The jury was read the
   transcript:", "> The notice read:") keeps them all as the quotation's. A live page's
   quotation (under a heading or a stamp, no colon) is still split.
2. The passive of a conversion (loaded evidence/evaluative.py ``_resulting_copula``): "was
   turned into a circus for the weekend" is what someone made of a place, not round 165's
   resulting copula "turned into a circus".
3. One pattern for a live page's time stamp (readers/plain.py ``STAMP_TIME``): the entry's
   opening and the word after a stamp read the same zones.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.names import after_stamp
from lintnews.model.diagnostic import Severity
from lintnews.readers.plain import entry_stamp_opens
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _reported(lint, text: str) -> list[str]:
    """Every diagnostic's message on a Markdown text (every family, every severity)."""
    return [d.message for d in lint(text, format="markdown")]


def _warned(lint, text: str) -> list[str]:
    """The warnings' messages on a Markdown text (every family)."""
    return [d.message for d in lint(text, format="markdown") if d.severity is Severity.WARNING]


# 1. a quoted excerpt with its own time stamps

_TRANSCRIPT = (
    "# Court hears the interview\n\n"
    "The jury was read the transcript of the interview:\n\n"
    "> Officer: Where were you that night?\n"
    "14:10 Defendant: At home. The whole inquiry is a shameful charade.\n"
    "14:12 Officer: Experts say the phone was in the park.\n\n"
    "The trial continues.\n"
)
_TIMETABLE = (
    "# Bus times change\n\n"
    "> The council's notice read:\n"
    "07:30 The scandalous old route is scrapped.\n"
    "08:45 Studies show passengers prefer the new stops.\n\n"
    "The changes take effect next month.\n"
)


@pytest.mark.parametrize("text", [_TRANSCRIPT, _TIMETABLE])
def test_quoted_excerpt_keeps_its_stamped_lines(lint, text: str) -> None:
    # the quotation's words: no warning, and no hint either (not even the excerpt's)
    assert not _reported(lint, text)


def test_quoted_excerpt_with_blank_lines_before_its_introduction(lint) -> None:
    text = _TRANSCRIPT.replace("interview:\n\n", "interview:\n\n\n")
    assert not _reported(lint, text)


def test_live_quotation_without_introduction_is_still_split(lint) -> None:
    # the same lines on a live page: a heading, then the quotation, no colon before it
    text = _TRANSCRIPT.replace("The jury was read the transcript of the interview:\n\n", "")
    found = _warned(lint, text)
    assert any("shameful" in m for m in found) and any("Experts" in m for m in found), found


def test_stamp_after_an_entry_stamp_is_still_split(lint) -> None:
    text = ("# Ferry live\n\n**10:02**\n> A reader: the ferry is late.\n"
            "**10:05** The ferry is believed to have hit the pier.\n")
    assert any("believed" in m for m in _warned(lint, text))


# 2. the passive of a conversion

@pytest.mark.parametrize("sentence", [
    "The car park was turned into a circus for the weekend, with a big top and 40 performers.",
    "The old depot has been turned into a circus for the summer.",
])
def test_conversion_passive_is_no_verdict(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "circus") != "warning"


@pytest.mark.parametrize("sentence", [
    "The hearing turned into a circus, with shouting from the gallery.",
    "By the second day the inquiry had descended into a circus.",
])
def test_resulting_copula_still_a_verdict(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "circus") == "warning"


# 3. one stamp pattern

@pytest.mark.parametrize("line", ["10:15 AEDT Astonishing scenes", "9:05 PDT Astonishing scenes",
                                  "14:10 IST Astonishing scenes", "3:40PM Astonishing scenes"])
def test_stamp_readers_share_their_zones(line: str) -> None:
    start = line.index("Astonishing")
    assert entry_stamp_opens(line, 0, len(line))
    assert after_stamp(line, 0, start)


def test_a_time_in_a_sentence_is_no_stamp() -> None:
    line = "Trains left at 10:15 Astonishing crowds waited."
    assert not after_stamp(line, 0, line.index("Astonishing"))
    assert not entry_stamp_opens(line, line.index("10:15"), len(line))
