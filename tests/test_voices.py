"""Someone else's words the writer marks (``lintnews.document.voices``): words pasted after
their author and a colon, a text printed in full after its announcement, a post ending in its
hashtags. Each finder on the document (its positive and the look-alikes it must leave to the
writer), and the attribution judge reading the printed text and the post: a vague source in
them is a hint where the same sentence in the writer's voice warns (pasted words are the
loaded judge's only; its tests are round 26's and round 28's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.document.voices import PRINTED_BLOCKS
from lintnews.model.diagnostic import Severity
from lintnews.readers import markdown, plain
from tests.family_lint import claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


CLAIM = "Critics say the new pools are far too costly."
SPEECH = "Good evening, friends. We met here a year ago."


def _doc(text: str) -> Document:
    return Document(plain.read(text))


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# -- the finders, on the document -----------------------------------------------------------

@pytest.mark.parametrize(("text", "lead"), [
    (f"The mayor spoke on Monday. She tweeted:- {SPEECH} {CLAIM}", "tweeted"),
    (f"The club lost again. Ana Ruiz, BBC chief sports writer: {SPEECH} {CLAIM}", "Ana Ruiz, BBC chief sports writer"),
    (f"The coach resigned. His full statement reads: {SPEECH} {CLAIM}", "statement reads"),
])
def test_words_pasted_after_their_author_and_a_colon(text, lead):
    doc = _doc(text)
    turn = doc.pasted_at(text.index("Critics"))
    assert turn is not None and turn.kind == "pasted statement" and turn.label == lead
    ((start, end),) = turn.spans
    assert text[start:end].startswith("Good evening") and text[start:end].endswith("costly.")
    assert doc.pasted_at(text.index("The ")) is None  # the writer's words before the colon


@pytest.mark.parametrize("text", [
    f"The council met on Monday. Its agenda: {SPEECH} {CLAIM}",  # a colon no author names
    f"She tweeted: {SPEECH} The mayor said the plan was new. {CLAIM}",  # the writer reports again
    f"She tweeted: “{SPEECH}” {CLAIM}",  # quoted: the quotation is the speaker's, not a paste
])
def test_a_colon_that_names_no_author_pastes_nothing(text):
    assert _doc(text).pasted_at(text.index("Critics")) is None


def test_a_paste_runs_no_further_than_its_paragraph():
    text = f"She tweeted:- {SPEECH}\n\n{CLAIM}"
    assert _doc(text).pasted_at(text.index("Critics")) is None


@pytest.mark.parametrize(("text", "announcement"), [
    (f"The mayor's budget speech (full text)\n\n{SPEECH}\n\n{CLAIM}", "full text"),
    (f"Transcript: the governor's address\n\n{SPEECH}\n\n{CLAIM}", "Transcript:"),
    (f"The governor spoke for an hour. Here is her address in full: {SPEECH} {CLAIM}",
     "Here is her address in full:"),
])
def test_a_text_printed_in_full(text, announcement):
    doc = _doc(text)
    turn = doc.printed
    assert turn is not None and turn.kind == "printed in full" and turn.label == announcement
    assert doc.printed_at(text.index("Critics")) is turn
    assert doc.printed_at(0) is None  # the announcement is the writer's


@pytest.mark.parametrize("text", [
    f"Council pays its builders in full\n\nThe council paid on Monday. {CLAIM}",
    f"Budget speech in full swing\n\nThe mayor spoke on Monday. {CLAIM}",
    f"The mayor spoke on Monday. Read the speech in full. {CLAIM}",
    f"A transcript of the call shows the mayor spoke for an hour. {CLAIM}",
])
def test_in_full_of_a_payment_a_link_or_a_transcript_cited_prints_nothing(text):
    assert _doc(text).printed is None


def test_a_printed_text_ends_after_its_reach():
    filler = "\n\n".join(f"The council met on day {i}." for i in range(PRINTED_BLOCKS + 2))
    text = f"The mayor's budget speech (full text)\n\n{SPEECH}\n\n{filler}\n\n{CLAIM}"
    doc = _doc(text)
    assert doc.printed_at(text.index("Good")) is not None
    assert doc.printed_at(text.index("Critics")) is None


def test_a_post_ending_in_its_hashtags():
    text = f"The mayor posted on Monday night. {CLAIM} #SaveOurPools #Eastgate\n\nThe vote is on Friday."
    doc = _doc(text)
    turn = doc.post_at(*_at(text, "Critics say"))
    assert turn is not None and turn.kind == "post" and turn.label.startswith("#SaveOurPools")
    assert text[slice(*turn.spans[0])] == CLAIM


@pytest.mark.parametrize("text", [
    f"{CLAIM} Residents shared the news with the hashtag #SaveOurPools.",  # the writer names a hashtag
    f"{CLAIM} The vote is on Friday.",  # no hashtag at all
])
def test_a_hashtag_the_writer_names_is_no_post(text):
    assert _doc(text).post_at(*_at(text, "Critics say")) is None


# -- the attribution judge reads the same facts ----------------------------------------------

@pytest.mark.parametrize("text", [
    f"The mayor's budget speech (full text)\n\n{SPEECH}\n\n{CLAIM}",
    f"The governor spoke for an hour. Here is her address in full: {SPEECH} {CLAIM}",
    f"The mayor posted on Monday night. {CLAIM} #SaveOurPools #Eastgate\n\nThe vote is on Friday.",
])
def test_a_vague_source_in_someone_else_s_words_is_a_hint(lint, text):
    found = claims(lint, text)
    assert [d.severity for d in found] == [Severity.INFO]
    assert "Critics say" in text.split("\n")[found[0].line - 1][found[0].column - 1:]


@pytest.mark.parametrize("text", [
    # the same sentence in the writer's voice: before the announcement, after the reach, a
    # colon no author names, the writer reporting again, a hashtag the writer names
    f"{CLAIM} Here is her address in full: {SPEECH}",
    f"The council met on Monday. Its agenda: {SPEECH} {CLAIM}",
    f"She tweeted: {SPEECH} The mayor said the plan was new. {CLAIM}",
    f"{CLAIM} Residents shared the news with the hashtag #SaveOurPools.",
    f"Council pays its builders in full\n\nThe council paid on Monday. {CLAIM}",
    # words pasted after their author and a colon: the loaded judge's only (a pasted run may
    # hold the writer's hearsay, and runs on past the paste to the paragraph's end)
    f"The mayor spoke on Monday. She tweeted:- {SPEECH} {CLAIM}",
])
def test_the_same_vague_source_in_the_writer_s_voice_warns(lint, text):
    assert [d.severity for d in claims(lint, text)] == [Severity.WARNING]


# -- one headline rule: the plain reader's, for the printed text's announcement too ----------

@pytest.mark.parametrize(("first", "headline"), [
    ("The minister's statement (full text)", True),  # a bracket closes no sentence
    ("Budget 2024 (live)", True),
    ("The minister resigned on Friday.", False),  # a sentence
    ("The minister said:", False),  # a lead-in
    ("The minister's statement\ncontinued on a second line", False),  # not one line
])
def test_the_plain_reader_s_headline_rule(first, headline):
    doc = _doc(f"{first}\n\n{SPEECH}")
    assert (doc.headline is not None) is headline


@pytest.mark.parametrize(("first", "printed"), [
    ("The minister's statement (full text)", True),  # no heading mark: the same rule finds the title
    ("The minister read her statement in full.", False),  # a sentence of the writer's
])
def test_another_format_s_first_line_is_read_by_the_same_rule(first, printed):
    text = f"{first}\n\n{SPEECH}\n\n{CLAIM}"
    doc = Document(markdown.read(text))
    assert doc.headline is None
    assert (doc.printed_at(text.index("Critics")) is not None) is printed
