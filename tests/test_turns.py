"""The speaker's turns (``lintnews.document.turns``), and both families that read them: a
vague source and a loaded word inside a turn are the speaker's (no warning), outside it the
writer's (warned). Before the one finder, the attribution judge knew only capitals
transcripts and the loaded-language judge only Q&A, mixed-case labels, letters and posts."""

from __future__ import annotations

import pytest

from lintnews.document.turns import SPEAKER_REACH_BLOCKS, Turn, find_turns
from lintnews.execution import split
from lintnews.readers import Block


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


CLAIM = "Critics say the new pools are far too costly."
LOADED = "The plan was a disgraceful waste of money."


def _blocks(text: str) -> list[Block]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Block(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _warned(lint, text: str) -> set[tuple[int, str]]:
    """(line, category) of each unattributed-claim or loaded-language warning."""
    return {(d.line, d.category) for d in lint(text)
            if d.category in ("unattributed-claim", "loaded-language") and d.severity.value in ("warning", "error")}


BOTH = {"unattributed-claim", "loaded-language"}


@pytest.mark.parametrize(("name", "text", "line"), [
    ("capitals transcript", f"JANE COLE: Thank you for joining us.\n\nMARTIN SHAW: {CLAIM} {LOADED}\n\nJANE COLE: Thanks.", 3),
    ("mixed-case interview", f"Cole: Why did you resign?\n\nMcKelvey: {CLAIM} {LOADED}\n\nCole: And now?\n\nMcKelvey: I rest.", 3),
    ("a name answering a question", f"Why did you resign?\n\nMcKelvey: {CLAIM} {LOADED}", 3),
    ("Q/A page", f"Q: Why did you resign?\n\n{CLAIM} {LOADED}\n\nQ: And now?\n\nI rest.", 3),
    ("labelled answers", f"Q: Why did you resign?\n\nA: {CLAIM} {LOADED}\n\nQ: And now?\n\nA: I rest.", 3),
    ("letter", f"Dear Editor,\n\n{CLAIM} {LOADED}\n\nYours sincerely, Ana Ruiz", 3),
])
def test_a_turn_is_the_speakers_for_both_families(lint, name, text, line):
    assert not {c for ln, c in _warned(lint, text) if ln == line}, name


@pytest.mark.parametrize(("name", "text"), [
    ("dateline", f"NEW DELHI: {CLAIM} {LOADED}\n\nThe council met on Monday."),
    ("kicker", f"BREAKING NEWS: {CLAIM} {LOADED}\n\nMARTIN SHAW: No."),
    ("update", f"Update: {CLAIM} {LOADED}\n\nThe council met on Monday."),
    ("one mixed-case label", f"McKelvey: {CLAIM} {LOADED}\n\nThe council met on Monday."),
    ("one question", f"Q: What next?\n\n{CLAIM} {LOADED}"),
    # the outlet's own interviewer asks: the writer's side, as "Q:" is
    ("presenter", f"PRESENTER: {CLAIM} {LOADED}\n\nKERR: No.\n\nPRESENTER: Why?\n\nKERR: Because."),
    # an editor's note is the outlet's, whatever comes before "note"
    ("editor's note", f"Harbour Editor's Note: {CLAIM} {LOADED}\n\nAna Ruiz: Yes.\n\nAna Ruiz: No."),
    # headline labels, each once: no speaker
    ("headline labels", f"Harbour fire: {CLAIM} {LOADED}\n\nState of emergency: Roads close."),
    ("plain", f"{CLAIM} {LOADED}"),
])
def test_no_turn_leaves_the_writer_warned_by_both_families(lint, name, text):
    line = 3 if name == "one question" else 1
    assert {c for ln, c in _warned(lint, text) if ln == line} == BOTH, name


def test_an_answer_over_several_lines_answers_the_question_its_turn_asked():
    """A text with a line per sentence: the question is in the interviewer's turn, not the
    line just before the answer's label."""
    text = ("DB: Thanks for coming.\nWhy did the talks fail?\nThey ran for a year.\n"
            f"JP: {CLAIM}\nThe town will pay.")
    assert find_turns(text, _blocks(text)).get(3) == Turn("labelled turn", "JP")
    text = f"The talks ran for a year. Why?\nNobody knows.\nJP: {CLAIM}"
    assert find_turns(text, _blocks(text)) == {}  # no labelled turn asked it


def test_after_the_letters_sign_off_the_writer_speaks_again(lint):
    text = f"Dear Editor,\n\nThe pools are fine.\n\nYours sincerely, Ana Ruiz\n\n{CLAIM} {LOADED}"
    assert {c for ln, c in _warned(lint, text) if ln == 7} == BOTH


def test_find_turns_kinds_and_labels():
    text = ("The mayor spoke to us on Monday.\n"
            "Q: Why close the library?\n"
            "It was a disgraceful waste of money, frankly.\n"
            "Q: And the pool?\n"
            "That decision was absurd.\n"
            "Dear Editor,\n"
            "The parking rules are a scandal.\n"
            "Yours sincerely, Ana Ruiz\n"
            "The traffic is horrific tonight. pic.twitter.com/abc123\n"
            "The council meets again in June.")
    assert find_turns(text, _blocks(text)) == {2: Turn("Q&A answer"), 4: Turn("Q&A answer"), 5: Turn("letter"),
                                               6: Turn("letter"), 7: Turn("letter"), 8: Turn("embedded post")}
    text = "PRESENTER (JANE COLE): Welcome.\nMARTIN SHAW: Thanks.\nAna Ruiz: Hello.\nAna Ruiz: Again."
    assert find_turns(text, _blocks(text)) == {0: Turn("labelled turn", "PRESENTER"),
                                               1: Turn("labelled turn", "MARTIN SHAW"),
                                               2: Turn("labelled turn", "Ana Ruiz"),
                                               3: Turn("labelled turn", "Ana Ruiz")}


@pytest.mark.parametrize("text", [
    "Q: What is next?\nThe council published its plan.",  # one question is a heading
    "Date: Monday\nTime: Noon\nLocation: The town hall",  # headings, none recurs
    "Editor's note: This piece was updated.\nEditor's note: Twice.",
    "MARTIN SHAW: Hello.\nMARTIN SHAW: Again.",  # the same speaker: no other label answers
    "HARBOUR: One word in capitals, once.\nJANE COLE: Hi.",
])
def test_no_turns(text):
    assert find_turns(text, _blocks(text)) == {}


def test_turns_look_no_further_than_a_part_sees():
    assert SPEAKER_REACH_BLOCKS <= split.MARGIN_BLOCKS


# -- a turn over several paragraphs (round 73) ---------------------------------------------

@pytest.mark.parametrize(("name", "text", "line"), [
    ("an answer of three paragraphs", f"DB: Why did you resign?\n\nJP: I was tired of it.\n\nThe board met twice a year.\n\n"
     f"{CLAIM} {LOADED}\n\nDB: And now?\n\nJP: I rest.", 7),
    ("glued labels", f"Cole:Why did you resign?\n\nMcKelvey:I was tired.\n\n{CLAIM} {LOADED}\n\nCole:And now?\n\n"
     "McKelvey:I rest.", 5),
    ("a line a sentence, labelled answers", f"Q: Why did you resign?\nA: I was tired.\n{CLAIM}\n{LOADED}\nQ: And now?\nA: I rest.", 4),
    ("the last answer, in the first person", f"Cole: Why did you resign?\n\nMcKelvey: I was tired.\n\n{LOADED} I said so.", 5),
])
def test_a_turn_runs_on_to_the_next_label(lint, name, text, line):
    assert not {c for ln, c in _warned(lint, text) if ln == line}, name


INTERVIEW = "Cole: Why did you resign?\n\nMcKelvey: I was tired of it.\n\nCole: And now?\n\nMcKelvey: I rest. I swim a lot.\n\n"


@pytest.mark.parametrize(("name", "text", "line"), [
    # the writer's copy after the interview: no first person, a heading, a byline, the speaker
    # reported in the third person
    ("copy after the interview", f"{INTERVIEW}{CLAIM} {LOADED}", 9),
    ("a heading", f"{INTERVIEW}The pools\n\n{CLAIM} {LOADED} We know.", 11),
    ("the speaker named", f"{INTERVIEW}McKelvey swims daily. {CLAIM} {LOADED} We know.", 9),
    ("reported speech", f"{INTERVIEW}Ruiz says the pools will close. {CLAIM} {LOADED} We know.", 9),
    ("she said", f"{INTERVIEW}The pools close in May, she said. {CLAIM} {LOADED} We know.", 9),
    ("a byline", f"{INTERVIEW}By Ana Ruiz. {CLAIM} {LOADED} We know.", 9),
    # a heading's label is no turn, and ends the turn before it
    ("a note", f"{INTERVIEW}Note:{CLAIM} {LOADED} We know.", 9),
    ("an update", f"{INTERVIEW}Update: {CLAIM} {LOADED} We know.", 9),
])
def test_the_writer_speaks_again_after_a_turn(lint, name, text, line):
    assert {c for ln, c in _warned(lint, text) if ln == line} == BOTH, name


def test_find_turns_runs_a_turn_on():
    # unlabelled questions: a question ends the answer before it
    text = "Why did you resign?\nRuiz: I was tired.\nThe work never stopped.\nWhy now?\nRuiz: I rest."
    assert find_turns(text, _blocks(text)) == {1: Turn("labelled turn", "Ruiz"), 2: Turn("labelled turn", "Ruiz"),
                                               4: Turn("labelled turn", "Ruiz")}
    # a glued label, then the speaker reported in the third person
    text = "JANE COLE:Why?\nMARTIN SHAW:I was tired.\nWe all were.\nShaw left in May.\nJANE COLE: Thanks."
    assert sorted(find_turns(text, _blocks(text))) == [0, 1, 2, 4]
    # a label repeated alone is a list's, and runs on over nothing
    text = "Venue: The town hall\nThe plan is a disgrace, we think.\nVenue: The library"
    assert sorted(find_turns(text, _blocks(text))) == [0, 2]
    # the last answer ends at its last paragraph in the first person
    text = "Q: Why?\nA: I was tired.\nIt was hard.\nMy wife agreed.\nThe pools open in May.\nQ: Now?\nA: Nothing."
    assert sorted(find_turns(text, _blocks(text))) == [1, 2, 3, 4, 6]


@pytest.mark.parametrize("text", [
    "Note:The figures are provisional.\nNote:They change.",  # a glued heading's label
    "Seats:16 of 40\nTurnout:52 per cent",  # a digit after a glued colon
])
def test_no_glued_turns(text):
    assert find_turns(text, _blocks(text)) == {}
