"""Turns: the paragraphs whose words are a speaker's, not the writer's.

An interview, a transcript, a letter or an embedded post gives its words to someone other
than the writer without quotation marks and a verb of saying: a label opens the paragraph
("MARTIN SHAW:", "Ana Ruiz:", "PRESENTER (JANE COLE):", "A:"), the paragraph answers a
question ("Q: Why close it?" then the answer), a letter runs from "Dear X," to its sign-off,
a post carries its signature. Those words are as attributed as a quoted sentence with "she
said": the attribution judge leaves a vague source in them alone, and the loaded-language
judge counts them as the speaker's voice. One finder serves both, so that a paragraph is a
speaker's for every rule or for none.

Labels are easy to fake, so each kind of label must show that it is a turn:

- capitals ("MARTIN SHAW:", "TOM BAXTER MP:", a role with the name in brackets): another
  speaker's label in capitals nearby, or a question in the paragraph before (a dateline, "NEW DELHI:", or a kicker, "BREAKING NEWS:", opens
  one paragraph and nothing answers it);
- a name in mixed case or one word in capitals ("Ana Ruiz:", "McKelvey:", "SMITH:"): the same
  label again nearby (a speaker speaks more than once; "Update:" or "Date:" once is a
  heading), or the paragraph before asks a question;
- "Q:"/"A:": two questions nearby (one "Q:" is a heading or a quiz); the answers are the
  "A:" paragraphs, or, with no "A:" label, the paragraphs after each question.

A labelled turn runs on over the paragraphs after it (an answer of several paragraphs, or of
a line a sentence) to the next label, or to a paragraph that shows the writer again
(:func:`_run_on`). A label may be glued to its first word ("JP:I think").

An interview printed with no label at its paragraphs' starts is found by sentence instead
(:func:`find_interview_answers`, ``Document.interview_answers``): questions ending in "?" and
the answers after them, often run into one paragraph.

Labels that are headings ("Note:", "Editor's note:", "Update:", "Photo:", "Read more:") are
never speakers. Most texts have no turn at all: one scan of the line starts finds every
candidate label, and the rest is done only where there is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Sentence
    from lintnews.readers import Block


class Turn(NamedTuple):
    """Whose a paragraph is: ``kind`` ("labelled turn", "Q&A answer", "letter", "embedded
    post"; and, from :mod:`lintnews.document.voices`, "pasted statement", "printed in full",
    "post") and the speaker's label where the paragraph has one ("MARTIN SHAW", "Ana Ruiz"; for
    the voices' kinds, the words that name or announce the speaker).
    ``spans`` (start, end offsets), where given, are the only words of the paragraph that are
    the speaker's: a post pasted into a long paragraph of the writer's own (see
    :data:`POST_CHARS`)."""

    kind: str
    label: str | None = None
    spans: tuple[tuple[int, int], ...] | None = None

    def covers(self, offset: int) -> bool:
        """Is ``offset`` in the speaker's words (the whole paragraph unless ``spans`` says)?"""
        return self.spans is None or any(a <= offset < b for a, b in self.spans)


# A paragraph no longer than this with a post's signature is the post (a page's embed puts the
# post in a paragraph of its own: a tweet's 280 characters, its link and its signature). A
# longer paragraph is the writer's with the post pasted in (copy flattened to one paragraph a
# story: one tweet's signature gave a whole story's 3,000 characters to Donald Trump's account,
# and its unnamed officials went unflagged); there only the :data:`POST_CHARS` before each
# signature, and the signature's date after it, are the post's.
POST_PARAGRAPH_CHARS = 400
# a tweet's 280 characters and the spaces around them
POST_CHARS = 300
# What follows a signature's match to the end of its date ("pic.twitter.com/" ends at the
# slash; "(@rtenews) March" before the day and year).
_POST_TAIL = 24

# How far (paragraphs) a label looks for the label that shows it is a turn (a text with a line
# per sentence gives a turn several; measured: 6 loses an interview whose turns run longer).
LABEL_REACH_BLOCKS = 12
# How many paragraphs after its label a labelled turn runs on at most (an answer over several
# paragraphs, or a line a sentence; see :func:`_run_on`).
TURN_RUN_BLOCKS = 16
# How many paragraphs after a question are its answer when the answers carry no label.
ANSWER_BLOCKS = 3
# How many paragraphs a letter runs at most when no sign-off ends it.
LETTER_BLOCKS = 25
# How many paragraphs a signed letter runs back from its sign-off at most (:func:`_signed_letters`).
SIGNED_LETTER_BLOCKS = 6
# How many paragraphs apart two sign-offs may stand and still make one letters page (round
# split142): the page's letters are a few paragraphs each. Counted over the whole document, one
# name-and-town line in each of five stories of an archive file made a page of them in a
# one-process run and not in a part's (``lintnews.execution.split``), which reads
# :data:`SPEAKER_REACH_BLOCKS` paragraphs of context.
SIGNED_PAGE_BLOCKS = 20
# The furthest any paragraph's decision looks (an unlabelled answer: its question, then the
# question's partner). It must stay inside the context a part of a large file is linted with
# (``lintnews.execution.split.MARGIN_BLOCKS``; a test keeps the two in step).
# (A turn's run-on paragraph looks back to its label, and the label as far again.)
# (A signed letter's paragraph looks to its sign-off, and the sign-off to the next one.)
SPEAKER_REACH_BLOCKS = max(LETTER_BLOCKS, ANSWER_BLOCKS + LABEL_REACH_BLOCKS, TURN_RUN_BLOCKS + LABEL_REACH_BLOCKS,
                           SIGNED_LETTER_BLOCKS + SIGNED_PAGE_BLOCKS)

# Heading words: a label holding one is no speaker ("BREAKING NEWS:", "Editor's note:",
# "Read more:", "Photo:"). (Lower case; a label's words are compared lowered.)
_NOT_SPEAKERS = frozenset(
    "note update updated editor's editor’s correction price verdict pros cons photo photos image "
    "source via read more related watch listen see also disclaimer tags category bottom line "
    "summary breaking news live exclusive analysis opinion fact check video sponsored "
    "advertisement warning alert urgent flash top story latest q a".split()
)

# A bare role of the outlet's own interviewer ("PRESENTER:", "Interviewer:") asks the questions:
# the writer's side of the interview, as "Q:" is. (With the name in brackets, "PRESENTER (JANE
# COLE):", it is a labelled turn like any other.)
_INTERVIEWERS = frozenset("presenter interviewer host anchor moderator reporter".split())

# A label at a line start (the text's first line is tried on its own, the others from the
# line break before them: "^" with MULTILINE would be tried at every character). Q&A labels in
# any case; a speaker's label is up to four capitalised words, maybe a bracketed name or title
# after them, then a colon and the turn's words on the same line. The words' runs are
# possessive: they never give back a letter to the spaces or the colon, which cannot match one.
# A label glued to its turn's first word ("JP:I think", "Q:Why?"): a capital or an opening
# quotation mark after the colon (not a digit: "Number of seats:16", "10:30"; a lower-case word
# after a colon is a list or a link, "Tags:politics", "https:")
_GLUED = r"(?=[A-Z\"“‘])"
_LABEL = (r"[ \t]*+(?:(?P<qa>(?i:Q|Question|A|Answer))[ \t]*(?:[:.)][ \t]+(?=\S)|:" + _GLUED + r")|"
          r"(?P<name>(?:[A-Z][\w'’.-]*+[ \t]++){0,3}[A-Z][\w'’-]*+)[ \t]*+"
          r"(?P<paren>\([^()\n:]{2,80}\))?[ \t]*+:(?:[ \t]++(?=\S)|" + _GLUED + r"))")
_LABEL_AT_LINE_START = LazyRegex(r"\n" + _LABEL)
_LABEL_AT_TEXT_START = LazyRegex(_LABEL)

# (from a line break: "^" or an alternation with it is tried at every character of the text)
# (round 28, the independent writer's tuned set: a letters page opens each letter "Sir," or
# "Madam," and signs it off with a line of the writer's name and town, "Ana Ruiz, Eastgate")
# (round 165: the Irish and British letters page's "Sir, – Your report ...", a dash after the
# comma, and the sign-off run on at the paragraph's end, "... – Yours, etc, ANA RUIZ, Cork.")
_LETTER_AT_LINE_START = LazyRegex(r"\n[ \t]*(?:Dear\s|(?:Sir|Madam)[,:][ \t]+(?:[–—-][ \t]*)?[A-Z])")
_LETTER_AT_TEXT_START = LazyRegex(r"[ \t]*(?:Dear\s|(?:Sir|Madam)[,:][ \t]+(?:[–—-][ \t]*)?[A-Z])")
_RUN_ON_CLOSE = LazyRegex(r"[–—-][ \t]*Yours\b")
# (the run-on close ends only a letter opened so: a "Dear X," letter keeps round 28's reach)
_DASHED_OPEN = LazyRegex(r"[ \t]*(?:Sir|Madam)[,:][ \t]+[–—-]")
_LETTER_OPEN = LazyRegex(r"[ \t]*(?:Dear\s+[A-Z][\w .'’-]{0,40}[,:]|(?:Sir|Madam)[,:])")
_LETTER_CLOSE = LazyRegex(
    r"[ \t]*(?:(?i:Sincerely|Yours(?:\s+(?:sincerely|faithfully|truly))?|Regards|Best\s+wishes|Respectfully)\b"
    r"|[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3},[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*$)",
)
# (round 24: a tweet pasted as text keeps its shortened link and loses its signature, "What a
# disgraceful vote. Shameful! https://t.co/AbC123xyz"; only Twitter's shortener writes such
# links, so the words just before one are the post's)
_EMBEDDED_POST = LazyRegex(
    r"pic\.twitter\.com/|https?://t\.co/\w|—\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}|"
    r"A\s+post\s+shared\s+by\b|\(@\w{1,30}\)\s*(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
_QUESTION = LazyRegex(r"\?(?=[\s\"'”’)*_]|$)")


class _Label(NamedTuple):
    kind: str  # "q", "a", "capitals" (a full name or a role in capitals), "name"
    text: str  # the label as written ("" for Q&A labels)


def _label(m: re.Match[str]) -> _Label | None:
    """What the label ``m`` is, or None for a heading ("Update:", "BREAKING NEWS:")."""
    if m.group("qa"):
        return _Label("q" if m.group("qa")[:1] in "Qq" else "a", "")
    name = m.group("name")
    words = name.split()
    if len(words) == 1 and m.group("paren") is None and name.lower() in _INTERVIEWERS:
        return _Label("q", "")  # the outlet's side of the interview, as a "Q:" is
    if any(w.lower() in _NOT_SPEAKERS for w in words):
        return None
    if name.isupper() and (len(words) > 1 or m.group("paren")):
        return _Label("capitals", name)
    return _Label("name", name)


def find_turns(text: str, blocks: list[Block]) -> dict[int, Turn]:
    """The paragraphs (by index into ``blocks``) whose words are a speaker's, and whose."""
    out: dict[int, Turn] = {}
    if not blocks:
        return out
    starts = [b.start for b in blocks]

    def block_at(pos: int) -> int | None:
        i = max(bisect_right(starts, pos) - 1, 0)
        return i if blocks[i].start <= pos < blocks[i].end else None

    labels: dict[int, _Label] = {}
    headings: set[int] = set()  # paragraphs a heading's label opens ("Update:", "Note:")
    first = _LABEL_AT_TEXT_START.match(text)
    for m in ([first] if first else []) + list(_LABEL_AT_LINE_START.finditer(text)):
        i = block_at(m.end() - 1)
        if i is None or blocks[i].start < m.start():  # (m.start(): the break before the line)
            continue  # not at the paragraph's start
        label = _label(m)
        if label is not None:
            labels[i] = label
        else:
            headings.add(i)
    if "Dear" in text or "Sir" in text or "Madam" in text:  # (substring tests: no regex pass over most texts)
        _letters(text, blocks, block_at, out)
    if len(blocks) >= 4:
        _signed_letters(text, blocks, out)
    if "twitter.com/" in text or "(@" in text or "post shared by" in text or "t.co/" in text:
        _posts(text, blocks, block_at, out)
    if labels:
        _labelled(text, blocks, labels, out)
        _run_on(text, blocks, labels, headings, out)
    return out


def _posts(text: str, blocks: list[Block], block_at: Callable[[int], int | None], out: dict[int, Turn]) -> None:
    """Embedded posts: a short paragraph with a post's signature is the post; in a longer one,
    only the words just before each signature (:data:`POST_CHARS`)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in _EMBEDDED_POST.finditer(text):
        i = block_at(m.start())
        if i is not None:
            b = blocks[i]
            spans.setdefault(i, []).append((max(b.start, m.start() - POST_CHARS), min(b.end, m.end() + _POST_TAIL)))
    for i, found in spans.items():
        b = blocks[i]
        if b.end - b.start <= POST_PARAGRAPH_CHARS:
            out.setdefault(i, Turn("embedded post"))
        else:
            out.setdefault(i, Turn("embedded post", spans=tuple(found)))


def _letters(text: str, blocks: list[Block], block_at: Callable[[int], int | None], out: dict[int, Turn]) -> None:
    """A letter: from "Dear X," (or a letters page's "Sir,") to the sign-off (or
    :data:`LETTER_BLOCKS` paragraphs)."""
    first = _LETTER_AT_TEXT_START.match(text)
    for m in ([first] if first else []) + list(_LETTER_AT_LINE_START.finditer(text)):
        i = block_at(m.end() - 1)
        if i is None or not _LETTER_OPEN.match(text, blocks[i].start, blocks[i].end):
            continue
        dashed = _DASHED_OPEN.match(text, blocks[i].start, blocks[i].end) is not None
        for j in range(i, min(len(blocks), i + LETTER_BLOCKS)):
            out.setdefault(j, Turn("letter"))
            if _LETTER_CLOSE.match(text, blocks[j].start, blocks[j].end) or (
                    dashed and _RUN_ON_CLOSE.search(text, blocks[j].start, blocks[j].end)):
                break


# A letters page with no "Dear"/"Sir," (round 107): each letter's last paragraph is followed by a
# line of its writer's name and town ("Ana Ruiz, Eastgate", "Tom Hale, secretary, Eastgate
# Bowls Club"): two to four capitalised words, a comma, then a place or a role and no closing
# stop. Two such sign-offs after paragraphs make the page; each letter runs back from its
# sign-off to the heading or sign-off before it (:data:`SIGNED_LETTER_BLOCKS` paragraphs at most).
SIGNATURE_CHARS = 90
# (SIGNED_LETTER_BLOCKS and SIGNED_PAGE_BLOCKS: with the other reaches, above)
_SIGNATURE = LazyRegex(
    r"[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3},[ \t]+[\w'’&-]+(?:[ \t]*,?[ \t]+[\w'’&-]+){0,7}[ \t]*"
)
_PARAGRAPH_END = (".", "!", "?", '"', "”", "’", "'")


def _signed_letters(text: str, blocks: list[Block], out: dict[int, Turn]) -> None:
    """Letters signed with a name-and-town line, two or more on the page (no opening "Sir,")."""
    def paragraph(i: int) -> bool:
        return text[blocks[i].start : blocks[i].end].rstrip().endswith(_PARAGRAPH_END)

    def signature(b: Block) -> bool:
        # (the block's own text, right-stripped: not the text up to it, which made the page
        # quadratic in its short lines, review 109)
        line = text[b.start : b.end]
        return "," in line and _SIGNATURE.fullmatch(text, b.start, b.start + len(line.rstrip())) is not None

    signed = [
        i for i in range(1, len(blocks))
        if blocks[i].end - blocks[i].start <= SIGNATURE_CHARS and signature(blocks[i]) and paragraph(i - 1)
    ]
    if len(signed) < 2:
        return
    ends = set(signed)
    # (each with another sign-off near it: ``signed`` is in order, so its neighbours)
    paged = [i for k, i in enumerate(signed)
             if (k > 0 and i - signed[k - 1] <= SIGNED_PAGE_BLOCKS)
             or (k + 1 < len(signed) and signed[k + 1] - i <= SIGNED_PAGE_BLOCKS)]
    for i in paged:
        for j in range(i - 1, max(-1, i - 1 - SIGNED_LETTER_BLOCKS), -1):
            if j in ends or not paragraph(j):
                break
            out.setdefault(j, Turn("letter"))


def _near(labels: dict[int, _Label], i: int) -> list[tuple[int, _Label]]:
    return [(k, labels[k]) for k in range(i - LABEL_REACH_BLOCKS, i + LABEL_REACH_BLOCKS + 1)
            if k != i and k in labels]


def _asks(text: str, blocks: list[Block], labels: dict[int, _Label], i: int) -> bool:
    """Does the turn before ``i`` ask a question? The paragraph before, or, where it belongs to
    a labelled turn (a text with a line per sentence gives a turn several), that turn's
    paragraphs back to its label, holds a "Q:" label or a question mark."""
    asked = False
    for k in range(i - 1, max(-1, i - 1 - LABEL_REACH_BLOCKS), -1):
        before = labels.get(k)
        if before is not None and before.kind == "q":
            return True
        b = blocks[k]
        asked = asked or _QUESTION.search(text, b.start, b.end) is not None
        if asked and k == i - 1:
            return True
        if before is not None:
            return asked  # the turn before starts here
    return False


def _labelled(text: str, blocks: list[Block], labels: dict[int, _Label], out: dict[int, Turn]) -> None:
    """The labelled turns and the answers to labelled questions."""
    questions = [i for i, lb in labels.items()
                 if lb.kind == "q" and any(o.kind == "q" for _, o in _near(labels, i))]
    for i, lb in sorted(labels.items()):
        near = _near(labels, i)
        if lb.kind == "a":
            if any(q < i and i - q <= LABEL_REACH_BLOCKS for q in questions):
                out.setdefault(i, Turn("Q&A answer"))
        elif lb.kind == "capitals":
            if _asks(text, blocks, labels, i) or any(o.kind == "capitals" and o.text != lb.text for _, o in near):
                out.setdefault(i, Turn("labelled turn", lb.text))
        elif lb.kind == "name":
            if _asks(text, blocks, labels, i) or any(o.text == lb.text for _, o in near):
                out.setdefault(i, Turn("labelled turn", lb.text))
    for q in questions:
        if any(o.kind != "q" for _, o in _near(labels, q)):
            continue  # the answers carry labels of their own
        for j in range(q + 1, min(len(blocks), q + 1 + ANSWER_BLOCKS)):
            if j in labels or j in out:
                break  # the next question, or a letter or a post
            out[j] = Turn("Q&A answer")


# -- a turn over several paragraphs ------------------------------------------------------
# What shows the writer speaking again after a labelled turn, at a paragraph's start: a
# byline or credit, a call to the reader, the outlet's note that the interview was edited
# ("By Ana Ruiz", "Reporting by ...", "Photo ...", "Click here to listen", "This interview has
# been edited ...", "(Additional reporting ...")
_WRITERS_RETURN = LazyRegex(
    r"[ \t\"“(*_—–-]*+(?:By|Reporting|Writing|Editing|Additional|Compiled|Photo(?:graph)?s?|Image|Credit|"
    r"Source|Copyright|©|Click|Read|Follow|Subscribe|Sign|Listen|Watch|Related|More|"
    r"This\s+(?:interview|conversation|transcript|exchange|Q\s*&\s*A))\b")
# Reported speech in the third person ("Ruiz said ...", "she added", "says the mayor"): the
# writer reporting a speaker, not a speaker's turn
_REPORTED = LazyRegex(
    r"\b(?:[Hh]e|[Ss]he|(?!(?:That|This|It|What|Which|Who|Having|As|Enough|Nothing|Much|All|So|Well|Also|Then|I|We|You|They)\b)"
    r"[A-Z][\w'’-]+)\s+(?:said|says|added|adds|told|tells|explained|explains|"
    r"recalled|recalls|noted|notes|insisted|insists|argued|argues|continued|continues)\b"
    r"|\b(?:said|says|added|adds|explained|explains)\s+(?:he|she|[A-Z][\w'’-]+)\b")
# A sentence's last mark: a paragraph without one is a heading, a name or a credit line
_ENDS_SENTENCE = LazyRegex(r"[.!?…:;\"”’')\]]\s*$")
_HEADING_CHARS = 100


def _turn_ends(text: str, block: Block, names: tuple[str, ...], unlabelled_questions: bool) -> str | None:
    """Does paragraph ``block``, after a labelled turn, show the writer speaking again ("writer":
    a heading, a byline or credit, a call to the reader, the speaker reported in the third
    person, by their name, ``names``, or "she said"), or, where the interviewer's questions
    carry no label, the interviewer asking ("question")? None where it may be the turn's."""
    if block.kind == "heading":
        return "writer"
    para = text[block.start:block.end]
    stripped = para.rstrip()
    if not stripped:
        return None
    if unlabelled_questions and stripped.endswith(("?", "?”", '?"')):
        return "question"
    if len(stripped) <= _HEADING_CHARS and _ENDS_SENTENCE.search(stripped) is None:
        return "writer"
    if _WRITERS_RETURN.match(para) or _REPORTED.search(para):
        return "writer"
    if any(re.search(rf"\b{re.escape(n)}\b", para) for n in names):
        return "writer"
    return None


def _names(label: str | None) -> tuple[str, ...]:
    """The words of a speaker's label the writer would name them by in the third person
    ("MARTIN SHAW" -> "Martin", "Shaw"; initials, "JP", name no one)."""
    if not label:
        return ()
    return tuple(w if not w.isupper() else w.capitalize() for w in re.findall(r"[A-Za-z][\w'’-]{2,}", label)
                 if not (w.isupper() and len(w) <= 3))


def _run_on(text: str, blocks: list[Block], labels: dict[int, _Label], headings: set[int], out: dict[int, Turn]) -> None:
    """A labelled turn runs on over the paragraphs after it (an answer of several paragraphs,
    or of a line a sentence) up to the next label, a heading's label ("Note:"), or a paragraph
    that shows the writer again (:func:`_turn_ends`), at most :data:`TURN_RUN_BLOCKS`.

    Only a turn in an exchange runs on: another speaker's label near it, or a question just
    before it (a label repeated alone is a list's, "Portion Fix Containers:"). Where no label
    ends the run (the interview's last answer, then the writer's copy), it ends at its last
    paragraph in the first person: the copy after an interview reads as the writer's."""
    for i, turn in sorted(out.items()):
        lb = labels.get(i)
        if lb is None or turn.kind not in ("labelled turn", "Q&A answer"):
            continue
        others = [o for k, o in _near(labels, i) if o.kind == "q" or (k in out and o.text != lb.text)]
        if not others and not _asks(text, blocks, labels, i):
            continue
        unlabelled_questions = not others
        names = _names(turn.label)
        run: list[int] = []
        ended = False  # by the next label or question
        for j in range(i + 1, min(len(blocks), i + 1 + TURN_RUN_BLOCKS)):
            if j in labels or j in headings or j in out:
                ended = j in labels and (j in out or labels[j].kind == "q")
                break
            end = _turn_ends(text, blocks[j], names, unlabelled_questions)
            if end is not None:
                ended = end == "question"
                break
            run.append(j)
        if not ended:
            spoken = [j for j in run if _FIRST_PERSON.search(text, blocks[j].start, blocks[j].end)]
            run = [j for j in run if spoken and j <= spoken[-1]]
        for j in run:
            out[j] = turn


# -- unlabelled interviews ---------------------------------------------------------------
# A Q&A printed with no speaker labels: questions are bare sentences ending in "?", put to
# "you" ("How do you see ...?", "What is your plan?"), and the answers speak in the first person
# ("I am pleased ...", "We introduced ..."), maybe after the interviewee's name run into the
# paragraph ("... our reporting? Ana Ruiz: We have ..."). Found by sentence, not by paragraph:
# such an interview is often run into one paragraph.
_YOU = LazyRegex(r"(?i)\b(?:you|your)\b")
_FIRST_PERSON = LazyRegex(r"\b(?:I|I'm|I’m|I've|I’ve|(?i:we|we're|we’re|we've|we’ve|our|us|my|me))\b")
# What may come before an answer's first word: quotation marks and dashes, and the speaker's
# name run into the paragraph (up to four capitalised words and a colon: "Ana Ruiz:", "Parker:").
_ANSWER_OPENING = LazyRegex(r"[ \t\"“\-–—]*+(?:(?:[A-Z][\w'’.-]*+[ \t]++){0,3}[A-Z][\w'’-]*+[ \t]*+:[ \t\"“\-–—]*+)?")
# Sentences with no first person after which an interview's last answer is over (round 20)
_SILENT_RUN = 3
_MIN_INTERVIEW_QUESTIONS = 2  # one "you" question answered in the first person may be rhetoric
# How far (paragraphs) from a question the questions that make its text an interview may be,
# and how many paragraphs after its question's an answer runs at most: an archive holds many
# articles, and one interview in it must not make every later question of the file an
# interviewer's, nor run its last answer to the end of the file. (Both stay inside
# ``SPEAKER_REACH_BLOCKS``: a part of a large file is linted with that much context.)
INTERVIEW_REACH_BLOCKS = LABEL_REACH_BLOCKS
ANSWER_REACH_BLOCKS = ANSWER_BLOCKS


def _question_marks(text: str) -> Iterator[int]:
    """Where each question mark of ``text`` is."""
    at = text.find("?")
    while at >= 0:
        yield at
        at = text.find("?", at + 1)


def _lead_in(text: str, s: Sentence) -> bool:
    """Is sentence ``s``, just before a question, the interviewer's lead-in: addressed to
    "you", with no first person ("You have run three firms. How?")?"""
    return (_YOU.search(text, s.start, s.end) is not None
            and _FIRST_PERSON.search(text, s.start, s.end) is None)


def _answered_in_first_person(text: str, s: Sentence) -> bool:
    """Does sentence ``s`` open in the first person, maybe after the speaker's name ("We
    have ...", "Ana Ruiz: I think ...")? (A first person later in it, "The one thing I believe
    ...", is also a columnist answering their own rhetorical question.)"""
    at = _ANSWER_OPENING.match(text, s.start, s.end)
    return _FIRST_PERSON.match(text, at.end() if at else s.start, s.end) is not None


# A speaker's name run in after a question mark ("... tick? Parker: It feels like ...", "...
# for you?- Ana Ruiz: The deception."): the answer's label, though the paragraph has none. (The
# mark follows a word: a '"?' is a quotation mark a bad conversion turned into "?"; a letter such
# a conversion lost, U+FFFD, may stand in the name: "? Arnon Gr\ufffdnberg: Anger ...".)
_RUN_IN_LABEL = LazyRegex(
    r"(?<=[\w)\]])\?[\"'”’)]*+(?:[ \t]*+[-–—][ \t]*+|[ \t]++)(?P<name>(?:[A-Z][\w'’.\ufffd-]*+[ \t]++){0,3}[A-Z][\w'’\ufffd-]*+)[ \t]*+:[ \t]")


# A speaker's label opening the paragraph ("Deutsche Welle: The EU is discussing ... What's
# your view? Martin Kobler: Of course, ..."): the interviewer's, when a run-in label answers
# its question in the same paragraph (round 21)
_OPENING_LABEL = LazyRegex(r"[ \t]*(?P<name>(?:[A-Z][\w'’.\ufffd-]*+[ \t]++){0,3}[A-Z][\w'’\ufffd-]*+)[ \t]*+:[ \t]")


# ... or its question's sentence, after the dash or space a flattened line break left
_SENTENCE_LABEL = LazyRegex(r"[\s\-–—]*(?P<name>(?:[A-Z][\w'’.\ufffd-]*+[ \t]++){0,3}[A-Z][\w'’\ufffd-]*+)[ \t]*+:[ \t]")


_RUN_IN_OPENING_LABEL = LazyRegex(r"(?<=[.!])[\"'”’)]*+[ \t]*+[-–—][ \t]*+(?P<name>(?:[A-Z][\w'’.\ufffd-]*+[ \t]++){0,3}[A-Z][\w'’\ufffd-]*+)[ \t]*+:[ \t]")


def _two_labels(text: str, sents: Sequence[Sentence], i: int) -> bool:
    """Does the paragraph of labelled question ``i`` open with a speaker's label too (the
    interviewer's: "DW: ... What's your view? Martin Kobler: ...")? Two speakers' labels in
    one paragraph print a Q&A, as two answered questions do."""
    j = i
    while j > 0 and sents[j - 1].block == sents[i].block:
        j -= 1
    m = _OPENING_LABEL.match(text, sents[j].start, sents[i].end)
    if m is None:
        # (round 26, round 25's blind check) the interviewer's label opens the question's own
        # sentence, run into a paragraph the writer's introduction opens ("... at the end of
        # February.- DW: How is the situation? Toby Lanzer: The situation ...")
        m = _SENTENCE_LABEL.match(text, sents[i].start, sents[i].end) or \
            _RUN_IN_OPENING_LABEL.search(text, sents[i].start, text.rfind("?", sents[i].start, sents[i].end) + 1)
    return m is not None and not any(w.lower() in _NOT_SPEAKERS for w in m.group("name").split())


def _labelled_answer(text: str, at: int) -> bool:
    """Does the question mark at ``at`` come before a speaker's name and a colon (not a
    heading: "? Update: ...")?"""
    m = _RUN_IN_LABEL.match(text, at)
    return m is not None and not any(w.lower() in _NOT_SPEAKERS for w in m.group("name").split())


# A question mark, then the dash a flattened line break left and a capital: the sentence splitter
# does not break there, and the answer starts in the question's sentence
_DASHED_ANSWER = LazyRegex(r"[\"'”’)]*+[ \t]*+[-–—][ \t]*+[A-Z]")


# The writer's announcement that an interview follows ("The following are edited excerpts from
# the interview:", "What follows is the rest of our conversation", "This interview has been
# edited for length"): the questions after it are the interviewer's, though the interviewee
# answers the first of them in the third person or with "Well," ("How is the company doing?
# The northern routes have become our biggest market."), which the first-person test cannot tell from a
# column's rhetorical question.
_ANNOUNCEMENT = LazyRegex(
    r"(?i)\b(?:excerpts?|extracts?|transcript|highlights|portions?|parts?|the\s+rest)\s+(?:of|from)\s+"
    r"(?:the|an|our|their|his|her|this|that|a)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:interview|conversation|discussion|chat|exchange|q\s*&\s*a)s?\b"
    r"|\b(?:interview|conversation|discussion|exchange|q\s*&\s*a)\s+(?:has|have)\s+been\s+(?:\w+\s+)?"
    r"(?:edited|condensed|shortened|abridged)\b"
    r"|\bedited\s+(?:and\s+condensed\s+)?for\s+(?:length|clarity|brevity|space)\b"
)
# ... and the announcement introduces what follows ("The following are excerpts from the
# interview:", "What follows is ...", "... has been edited for length"): a mention of an
# interview ("Excerpts from the interview were broadcast on Monday.") announces none, now that
# an announced interview's answers count with no first person in them (round 16)
_INTRODUCES = LazyRegex(r"(?i)\b(?:follow(?:s|ing)?|below|here\s+(?:is|are)|edited|condensed)\b|:")
# How many sentences before an interview's first question its announcement may come ("What
# follows is the rest of our conversation. ... It's sparked debate. Has your view changed?").
_ANNOUNCEMENT_SENTENCES = 4


# Every announcement holds one of these (its noun, or "edited"; the first letter left out for
# its capital): looked for with ``str.find`` first, so that the regex runs on few windows.
_ANNOUNCEMENT_KEYS = ("nterview", "onversation", "iscussion", " chat", "xchange", "&A", "&a", "& A", "& a", "dited")


def _announced(text: str, sents: Sequence[Sentence], q: int) -> bool:
    """Does the writer announce an interview in question ``q``'s sentence (before the "?") or in
    the few sentences before it, within its paragraph or the one before?"""
    lo = max(0, q - _ANNOUNCEMENT_SENTENCES)
    while lo < q and sents[lo].block < sents[q].block - 1:
        lo += 1
    start, end = sents[lo].start, sents[q].end
    if not any(text.find(key, start, end) >= 0 for key in _ANNOUNCEMENT_KEYS):
        return False
    return any(_INTRODUCES.search(text, max(start, m.start() - 40), min(end, m.end() + 2)) is not None
               for m in _ANNOUNCEMENT.finditer(text, start, end))


def find_interview_answers(text: str, sents: Sequence[Sentence], sentence_index: Callable[[int], int]) -> frozenset[int]:
    """The sentences (indices into ``sents``) of interview answers printed with no speaker
    label at a paragraph's start (a Q&A whose questions are bare sentences ending in "?"):
    each answer runs from the sentence after a question to the next question (or
    :data:`ANSWER_REACH_BLOCKS` paragraphs past the question's), and counts when the first
    person speaks in it, the interviewee's name opens it ("? Parker: It feels ..."; where no
    sentence break was found after the "?", "...?- Parker: ...", from that sentence on), or the
    writer announced the interview (:data:`_ANNOUNCEMENT`). A
    question is an interview's when at least two questions within
    :data:`INTERVIEW_REACH_BLOCKS` paragraphs are answered so (put to "you" and answered at
    once in the first person, or answered after a name), from the first of those on; a
    column's rhetorical questions ("Do they try again?") and the introduction's are not. The
    answer is the interviewee's, named in the introduction, though the words by a claim do not
    name them: the attribution judge makes a vague source in it a hint, and the loaded-language
    judge counts its words as the speaker's."""
    # (from the question marks, not from every sentence: a 10 MB archive has few of them)
    questions: dict[int, int] = {}  # question -> the sentence its answer starts at
    labelled: set[int] = set()
    for at in _question_marks(text):
        i = sentence_index(at)
        if _labelled_answer(text, at):
            labelled.add(i)
            if text[at + 1 : sents[i].end].strip():
                questions[i] = i  # "...for you?- Parker: The deception.": the answer starts here
                continue
        if i not in questions and text[sents[i].start : sents[i].end].rstrip().endswith("?"):
            questions[i] = i + 1
        elif i not in questions and _DASHED_ANSWER.match(text, at + 1):
            questions[i] = i  # (round 26) "...from the German government?- I think Germany ...": a
            # flattened line break after the question, the answer run into its sentence
    order = sorted(questions)
    # With a run-in speaker's label in the text ("? Parker: ..."), a question put to "you" is
    # the interviewer's when the first person speaks anywhere in its answer's first sentence
    # ("What are you looking forward to? As every year, I'm looking for ..."; round 20): the
    # label shows a Q&A, which a column's rhetorical question never prints.
    loose = bool(labelled)
    put = [i for i in order if questions[i] < len(sents) and (
        i in labelled or (_YOU.search(text, sents[i].start, sents[i].end) is not None
                          and (_answered_in_first_person(text, sents[questions[i]])
                               or (loose and _FIRST_PERSON.search(text, sents[questions[i]].start,
                                                                  sents[questions[i]].end) is not None))))]
    announced = _announced_questions(text, sents, order, questions)
    # a labelled question in a paragraph that opens with the interviewer's label counts twice:
    # two labels print a Q&A (round 21)
    pairs = sorted(i for i in labelled if _two_labels(text, sents, i))
    paired = sorted(sents[i].block for i in pairs)
    # ... and announces the questions after it, as the writer's announcement does (round 24; the
    # tuned check: "DW: Mr. Ruiz, how did it start? Ana Ruiz: ... Who paid for it? The labels, of
    # course.": the later answers carry no label and need not speak in the first person)
    if pairs:
        announced |= {q for q in order if q > pairs[0] and questions[q] < len(sents)
                      and sents[q].block - sents[pairs[0]].block <= INTERVIEW_REACH_BLOCKS}
    put = sorted(set(put) | announced)
    if len(put) + len(paired) < _MIN_INTERVIEW_QUESTIONS:
        return frozenset()
    put_blocks = [sents[i].block for i in put]
    out: list[int] = []
    for n, q in enumerate(order):
        block = sents[q].block
        lo = bisect_left(put_blocks, block - INTERVIEW_REACH_BLOCKS)
        hi = bisect_right(put_blocks, block + INTERVIEW_REACH_BLOCKS)
        bonus = bisect_right(paired, block + INTERVIEW_REACH_BLOCKS) - bisect_left(paired, block - INTERVIEW_REACH_BLOCKS)
        if hi - lo + bonus < _MIN_INTERVIEW_QUESTIONS or q < put[lo]:
            continue  # a rhetorical question, another article's, or the introduction's
        stop = order[n + 1] if n + 1 < len(order) else len(sents)
        answer = [i for i in range(questions[q], stop) if sents[i].block <= block + ANSWER_REACH_BLOCKS]
        if answer and answer[-1] != q and answer[-1] + 1 == stop and stop < len(sents) and _lead_in(text, sents[answer[-1]]):
            answer.pop()  # "You've been praised for X. What's your secret?": the interviewer's lead-in
        # an announced interview's answer is the interviewee's though no first person speaks in
        # it ("Following are edited excerpts ... What's your view of the market? The market's
        # growth is a great chance."; round 16): the writer said a Q&A follows
        spoken = [i for i in answer if _FIRST_PERSON.search(text, sents[i].start, sents[i].end)]
        if spoken and n + 1 == len(order):
            # the last answer ends before the first run of _SILENT_RUN sentences with no first
            # person after it spoke: what follows it in the same paragraph is the writer's again
            # (a caption, the festival's programme; round 20), not the interviewee's to the end
            gaps = [b for a, b in zip(spoken, [*spoken[1:], answer[-1] + 1], strict=True) if b - a > _SILENT_RUN]
            if gaps:
                last = max(i for i in spoken if i < gaps[0])
                answer = [i for i in answer if i <= last]
        if answer and (q in labelled or q in announced or spoken):
            out.extend(answer)
    return frozenset(out)


def _announced_questions(text: str, sents: Sequence[Sentence], order: list[int], questions: dict[int, int]) -> set[int]:
    """The questions of an interview the writer announces (:data:`_ANNOUNCEMENT`): the first
    question after the announcement, and every later one within
    :data:`INTERVIEW_REACH_BLOCKS` paragraphs of it (so that the announcement, like an answered
    question, reaches no further than an article)."""
    out: set[int] = set()
    first_block: int | None = None
    for q in order:
        if questions[q] >= len(sents):
            continue
        if first_block is not None and sents[q].block - first_block <= INTERVIEW_REACH_BLOCKS:
            out.add(q)
        elif _announced(text, sents, q):
            first_block = sents[q].block
            out.add(q)
    return out
