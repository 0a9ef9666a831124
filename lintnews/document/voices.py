"""Someone else's words marked by the writer, not by the paragraph they open.

:mod:`lintnews.document.turns` finds the paragraphs that are a speaker's by how they open (a
label, an answer after a question, a letter's "Dear X,", a post's signature). Three later
finders mark a speaker's words by what the writer puts before or after them, with no
quotation marks:

- words pasted after a colon that names their author (round 26 of loaded language: "He
  tweeted:- Just leaving Florida. ... Very dishonest!", "Phil McNulty, BBC chief football
  writer: It is almost ..."), to the paragraph's end, unless the writer reports again;
- a speech, statement or transcript printed in full after its announcement (round 28: a
  headline "(full text)", "... speech in full", "Transcript: ..."; an introduction "Here is
  her address in full:"), every paragraph after it within :data:`PRINTED_BLOCKS`;
- a post pasted as text that ends in its hashtags, set apart as a sentence of their own
  (round 28: "... Trump Russia story is a hoax. #MAGA!").

Each answers with a :class:`~lintnews.document.turns.Turn` (kind "pasted statement",
"printed in full", "post"; the label is the words that name or announce the speaker; the
spans are the speaker's words), read through ``Document`` (``pasted_at``, ``printed``,
``printed_at``, ``post_at``), found once a document or once a paragraph when a rule first
asks: the loaded-language judge and the attribution judge read the same facts, so that
words are someone else's for both or for neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from lintnews.document.turns import Turn
from lintnews.readers.plain import entry_stamp_opens, headline_line
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Sentence
    from lintnews.readers import Block

# -- pasted after its author and a colon (round 26) ---------------------------------------
# Round 25's blind check, its largest kind of false alarm: words pasted with no quotation marks
# after a colon that names whose they are. A columnist's run-in label ("... update your browser
# Phil McNulty, BBC chief football writer: It is almost the thought ..."), a said-verb or a
# statement noun ("He tweeted:- Just leaving Florida. ... Very dishonest!", "Jones's full
# statement reads:- I joined Uber because ..."). The words after the colon, to the paragraph's
# end, are the author's, as a quoted statement's are; they stop at a sentence where the writer
# reports again (a said-verb or a quotation mark) and after a few sentences (a copy flattened to
# one paragraph a story runs on in the writer's voice).

# The colon, then no opening quotation mark: a capital (maybe after the dash a flattened line
# break left, "tweeted:- Just")
_PASTE_COLON = LazyRegex(r":[ \t]*(?:[-–—][ \t]*)?(?=[A-Z])")
# ... after a said-verb, maybe with where or how it was said ("said in a statement:", "wrote on
# Facebook:", "tweeted on Sunday:"), or a statement noun ("the full statement reads:", "In a
# statement:"; not "the statement" as a heading's word alone: it needs a verb or "in a")
_PASTE_VERB_LEAD = LazyRegex(
    r"(?<![\w-])(?:(?:said|says|wrote|writes|tweeted|tweets|posted|posts|added|adds|stated|declared|"
    r"continued|continues|replied|responded|explained|announced)"
    r"(?:\s+(?:in|on|via|at|to|during|after|later|earlier|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+[\w'’@.-]+){0,4})?"
    r"|(?:statement|letter|post|tweet|message|memo|email|note|response|reply)\s+(?:reads|read|said|says|stated)"
    r"|(?:in|from)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post|tweet|message|memo|email))"
    r"[ \t]*$",
    re.IGNORECASE,
)
# ... or a run-in label: a name of two to four capitalised words, a comma and the author's role
# ("Phil McNulty, BBC chief football writer:"), the role naming someone whose comment is printed
_PASTE_LABEL = LazyRegex(
    r"(?<![\w'’.-])(?-i:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),[ \t]+[^,:;.!?\"“”]{0,50}?"
    r"\b(?:writer|correspondent|editor|columnist|analyst|commentator|reporter|pundit|presenter|"
    r"critic|expert|economist|strategist|professor|author|blogger|contributor|broadcaster)s?\b"
    r"[^,:;.!?\"“”]{0,30}$",
    re.IGNORECASE,
)
# where the writer reports again
_PASTE_END = LazyRegex(r"[\"“”]|(?<![\w-])(?:said|says|told|according\s+to|reported|reports)\b", re.IGNORECASE)
PASTE_SENTENCES = 12  # at most (round 25's column ran ten sentences; a pasted statement four)
_PASTE_LEAD_CHARS = 120  # how far before the colon its lead may start (within the colon's sentence)


class Paste(NamedTuple):
    """Words pasted after a colon: where they start, and the words before the colon that name
    their author ("He tweeted", "Phil McNulty, BBC chief football writer")."""

    start: int
    lead: str


def find_pastes(text: str, lo: int, hi: int, sentences: Sequence[Sentence], sentence_index: Callable[[int], int]) -> tuple[Paste, ...]:
    """Where words pasted with no quotation marks start in the paragraph ``lo:hi``: after each
    colon (:data:`_PASTE_COLON`) that a said-verb, a statement or a columnist's run-in label
    names (:data:`_PASTE_VERB_LEAD`, :data:`_PASTE_LABEL`). Found once a paragraph, when a rule
    first asks about a word in it (most paragraphs have no colon)."""
    out = []
    at = text.find(":", lo, hi)
    while at >= 0:
        m = _PASTE_COLON.match(text, at, hi)
        if m is not None:
            lead_lo = max(sentences[sentence_index(at)].start, at - _PASTE_LEAD_CHARS)
            lead = _PASTE_VERB_LEAD.search(text, lead_lo, at) or _PASTE_LABEL.search(text, lead_lo, at)
            if lead:
                out.append(Paste(m.end(), lead.group().strip()))
        at = text.find(":", at + 1, hi)
    return tuple(out)


def pasted_at(text: str, offset: int, pastes: tuple[Paste, ...], block_end: int, sentences: Sequence[Sentence],
              sentence_index: Callable[[int], int]) -> Turn | None:
    """Is ``offset`` in words pasted after a colon that names their author (``pastes``, from
    :func:`find_pastes` for the offset's paragraph, which ends at ``block_end``)? The pasted
    words run through the paragraph, at most :data:`PASTE_SENTENCES` sentences, and end before
    a sentence where the writer reports again (:data:`_PASTE_END`)."""
    n = bisect_right(pastes, offset, key=lambda p: p.start)
    if n == 0:
        return None
    paste = pastes[n - 1]
    k, i = sentence_index(paste.start - 1), sentence_index(offset)
    if i - k >= PASTE_SENTENCES:
        return None
    if any(_PASTE_END.search(text, sentences[j].start, sentences[j].end) for j in range(k + 1, i + 1)):
        return None  # the writer reports again between the colon and the word
    # the span: on from the word's sentence to where the writer reports again, the reach, the
    # next paste or the paragraph's end
    last = i
    while last + 1 - k < PASTE_SENTENCES and last + 1 < len(sentences) and sentences[last + 1].start < block_end \
            and not _PASTE_END.search(text, sentences[last + 1].start, sentences[last + 1].end):
        last += 1
    end = min(sentences[last].end, block_end, pastes[n].start if n < len(pastes) else block_end)
    return Turn("pasted statement", paste.lead, ((paste.start, end),))


# -- printed in full after its announcement (round 28) -------------------------------------
# Round 27's blind check, its largest kind of false alarm (15 warnings, two articles): a
# speech printed whole ("Donald Trump's Congress speech (full text)", "Transcript: ... speech
# in full"; "Here is Donald Trump's Congress speech in full: Tonight, ..."). Announced once, in
# the headline or in an introduction that ends in a colon; every word after is the speaker's,
# not the writer's, however many paragraphs it runs. Not "a transcript of the call shows",
# "paid in full", "Read the letter in full" (a link), "a transcript of the exchange:" (a few
# lines the writer then goes on from).

# A headline that announces a text printed whole: "(full text)", "full transcript", "speech in
# full" (not "in full swing"), a headline opening "Transcript:", "remarks as prepared for delivery"
_PRINTED_HEADLINE = LazyRegex(
    r"(?<![\w-])(?:full[ \t]+(?:text|transcript)(?![\w-])"
    r"|(?:speech|address|remarks|statement|letter|testimony|interview|transcript|text|sermon|lecture|"
    r"eulogy|message|declaration|manifesto|resignation)[ \t]+in[ \t]+full(?![\w-]|[ \t]+(?:swing|force|view|"
    r"control|flow|bloom|cry|gear))"
    r"|as[ \t]+prepared[ \t]+for[ \t]+delivery)"
    r"|^[ \t]*transcript[ \t]*:",
    re.IGNORECASE,
)
# An introduction in the body that presents the whole text and ends in a colon: "Here is
# Donald Trump's Congress speech in full:", "Below is the full text of her statement:", "The
# full text of the letter follows:"; or the note "Remarks as prepared for delivery"
_PRINTED_INTRO = LazyRegex(
    r"(?<![\w-])(?:(?:here[ \t]+is|here['’]s|below[ \t]+is|following[ \t]+is|what[ \t]+follows[ \t]+is)"
    r"[^.!?:\n]{0,80}?(?:full[ \t]+(?:text|transcript)|in[ \t]+full)[^.!?:\n]{0,60}:"
    r"|the[ \t]+full[ \t]+(?:text|transcript)[^.!?:\n]{0,60}?(?:follows|reads|is[ \t]+below)[ \t]*:"
    r"|(?:remarks|text|speech|address)[ \t]+as[ \t]+prepared[ \t]+for[ \t]+delivery(?![\w-]))",
    re.IGNORECASE,
)
_PRINTED_CUES = ("full", "Full", "FULL", "delivery", "DELIVERY")  # (a cheap look before the regex)
_PRINTED_INTRO_REACH = 200  # characters before a cue an introduction may start
PRINTED_INTRO_BLOCKS = 10  # the body's opening paragraphs, where an introduction is looked for
# How many paragraphs a text printed in full runs at most (the context a part of a large file is
# linted with, ``lintnews.execution.split.MARGIN_BLOCKS``, so that parts are judged as the whole;
# a test keeps the two in step)
PRINTED_BLOCKS = 30


def printed_start(text: str, headline: tuple[int, int] | None, body: tuple[int, int]) -> tuple[int, str] | None:
    """Where a text printed in full starts (:data:`_PRINTED_HEADLINE`, :data:`_PRINTED_INTRO`),
    and the words that announce it: at the body (``body``, the span of its opening
    :data:`PRINTED_INTRO_BLOCKS` paragraphs) when the headline (``headline``, its span)
    announces it, else after the first introduction in the body's opening. An archive of many
    articles is searched at its top only (a pass over 10 MB for a word as common as "full"
    costs more than the judges' other evidence)."""
    lo, hi = body
    if headline is not None:
        h_lo, h_hi = headline
        if any(text.find(c, h_lo, h_hi) >= 0 for c in _PRINTED_CUES) or text.find(":", h_lo, h_hi) >= 0:
            m = _PRINTED_HEADLINE.search(text[h_lo:h_hi])
            if m:
                return lo, m.group().strip()
    found: re.Match[str] | None = None
    for cue in _PRINTED_CUES:
        at = text.find(cue, lo, hi)
        while at >= 0 and (found is None or at < found.end()):
            m = _PRINTED_INTRO.search(text, max(lo, at - _PRINTED_INTRO_REACH), min(len(text), at + 80))
            if m is not None and m.start() <= at:
                found = m
                break
            at = text.find(cue, at + 1, hi)
    return (found.end(), found.group().strip()) if found is not None else None


def find_printed(text: str, blocks: Sequence[Block], headline: Block | None, block_index: Callable[[int], int]) -> Turn | None:
    """The text printed in full (:func:`printed_start`), as a turn whose one span runs from its
    start to the end of the :data:`PRINTED_BLOCKS` paragraphs after the paragraph it starts in.
    The announcement is looked for in the headline (the reader's; in a format whose reader
    found none, a first line the plain reader would take for one), else in the body's opening
    paragraphs."""
    if not blocks:
        return None
    head = headline
    if head is None and len(blocks) > 1 and headline_line(text, blocks[0].start, blocks[0].end):
        head = blocks[0]
    first = 1 if head is not None and head.start == blocks[0].start and len(blocks) > 1 else 0
    last = blocks[min(len(blocks), first + PRINTED_INTRO_BLOCKS) - 1]
    found = printed_start(text, (head.start, head.end) if head is not None else None, (blocks[first].start, last.end))
    if found is None:
        return None
    at, announcement = found
    after = block_index(at) + PRINTED_BLOCKS + 1  # the first paragraph past the reach
    end = blocks[after].start if after < len(blocks) else len(text)
    return Turn("printed in full", announcement, ((at, end),))


# -- a post ending in its hashtags (round 28) -----------------------------------------------
# A post pasted as text that ends in its hashtags, set apart as a sentence of their own
# (round 27's blind check: "... Trump Russia story is a hoax. #MAGA!"): the sentence before is
# the post's. Not a hashtag the writer's sentence names ("using the hashtag #MeToo.").
_HASHTAGS_AFTER = LazyRegex(
    r"[.!?][\"”’]?[ \t]+(?:#[A-Za-z]\w*[ \t]*[!.?]*[ \t]*){1,4}(?:\n|$|[ \t]+(?=[A-Z\"“]))")
_STOP = LazyRegex(r"[.!?]")


def post_at(text: str, end: int, lo: int, hi: int) -> Turn | None:
    """Do hashtags alone follow the stop that ends the clause of the words ending at ``end``
    (their sentence runs ``lo:hi``; the splitter may keep the hashtags in the sentence)? The
    post's words run from the sentence's start to that stop; its label is the hashtags."""
    at = text.find("#", end, hi + 4)
    if at < 0:
        return None
    stop = _STOP.search(text, end, at)
    if stop is None:
        return None
    tags = _HASHTAGS_AFTER.match(text, stop.start())
    if tags is None:
        return None
    return Turn("post", tags.group()[1:].strip(), ((min(lo, stop.start()), stop.end()),))


# -- an excerpt quoted after its citation (round 71 of unattributed claims) -----------------
# Real copy nobody tuned on (ptc-dev, judged in round 71): the largest kind of false alarm was
# another outlet's article quoted in paragraphs of its own, with no quotation marks, after a
# paragraph that cites it and ends in a colon: a blog's citation line ('"Man held after crash,"
# by Ann Lee, The Courier, March 3, 2018:'), or a report- or said-verb at the colon ("The
# Washington Times reports:", "The first version read:", "when he said:", "Quoth Fisher:").
# The excerpt's "sources say" and "reportedly" are that outlet's, not the writer's. Where the
# excerpt ends cannot be told from plain text (a blog goes on in its own voice with no mark),
# so the attribution judge only lowers a cue in it to a hint. A list's introduction ("The
# arrests include:", "These are:") cites nobody and starts no excerpt.

# a citation line: a quoted title first, then its author, outlet or date, the colon last. The
# gap after the title is a comma or stop and spaces, or spaces alone, read possessively: a gap
# of many spaces split every way between "[ \t]*" and "[ \t]+" was quadratic (review 73)
_EXCERPT_CITATION = LazyRegex(
    r"[ \t]*+[\"“][^\"“”\n]{3,200}[\"”][ \t]*+(?:[,.][ \t]++|(?<=[ \t]))(?:by[ \t]++)?[A-Z][^\n:]{1,120}:[ \t]*$")
# a report- or said-verb at the colon, maybe with where or when ("reports:", "wrote on Monday:",
# "The first version read:", "when he said:"); "read" after a word only (not "Read more here:")
_EXCERPT_VERB = LazyRegex(
    r"(?:(?<![\w-])(?:reports|reported|adds|added|writes|wrote|says|said|states|stated|notes|noted|"
    r"explains|explained|continues|continued|declares|declared|announced|tweeted|posted)"
    r"|(?<=\w[ \t])(?:reads|read))"
    r"(?:[ \t]+(?:in|on|at|to|via|during|after|later|earlier|yesterday|today|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)(?:[ \t]+[\w'’@.-]+){0,4})?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# an inverted tag, the verb first: "Quoth Fisher:", "Said Jane Roe, founder of X:"
_EXCERPT_INVERTED = LazyRegex(r"[ \t]*(?:Quoth|Said|Wrote|Writes|Adds|Added)[ \t]+[A-Z][^\n.!?:]{0,100}:[ \t]*$")
_QUOTE_OPENERS = ("\"", "“", "‘", "'", "«")
EXCERPT_SENTENCES = 20  # at most, after the citation (round 71: a quoted report of 17 sentences)
_EXCERPT_LEAD_CHARS = 160  # how far before the colon a said-verb's lead is read


def find_excerpts(text: str, blocks: Sequence[Block], sentences: Sequence[Sentence],
                  sentence_index: Callable[[int], int]) -> tuple[Turn, ...]:
    """The excerpts quoted after a paragraph that cites them and ends in a colon (see above),
    as turns: each from the next paragraph's start over at most :data:`EXCERPT_SENTENCES`
    sentences, and not past a later paragraph ending in a colon (a new introduction); none where
    the next paragraph opens with a quotation mark (its marks say where the words end). Found
    once a document; the test is a character at each paragraph's end (few end in a colon)."""
    out: list[Turn] = []
    for b, block in enumerate(blocks[:-1]):
        end = block.end
        while end > block.start and text[end - 1] in " \t\n\r":
            end -= 1
        if end <= block.start or text[end - 1] != ":":
            continue
        s = sentences[sentence_index(end - 1)] if sentences else None
        lo = max(block.start, s.start if s is not None else block.start)
        cited = (_EXCERPT_CITATION.match(text[block.start:end]) is not None
                 or _EXCERPT_VERB.search(text[max(lo, end - _EXCERPT_LEAD_CHARS):end]) is not None
                 or _EXCERPT_INVERTED.match(text[lo:end]) is not None)
        if not cited:
            continue
        start = blocks[b + 1].start
        if text.startswith(_QUOTE_OPENERS, start):
            continue  # the cited words are in quotation marks, which say where they end
        first = sentence_index(start)
        last_end = len(text)
        for k in range(b + 1, len(blocks)):
            nxt = blocks[k]
            if nxt.start > start and (text[nxt.start:nxt.end].rstrip().endswith(":")
                                      or entry_stamp_opens(text, nxt.start, nxt.end)):
                last_end = nxt.start  # a new introduction, or a live page's next entry (round 172)
                break
        if first + EXCERPT_SENTENCES < len(sentences):
            last_end = min(last_end, sentences[first + EXCERPT_SENTENCES].start)
        out.append(Turn("quoted excerpt", text[lo:end].strip()[:80], ((start, last_end),)))
    return tuple(out)
