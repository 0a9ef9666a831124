"""The Document: plain text plus everything rules would otherwise recompute.

Blocks come from the reader; sentences and quotations are computed here, once,
with compiled regexes, and every rule reads them. Offsets are plain-text
offsets; :attr:`Document.source_map` turns them into source lines and columns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, cached_property
from typing import NamedTuple

from lintnews.document import speech, voices
from lintnews.document.turns import Turn, find_interview_answers, find_turns
from lintnews.readers import Block, Parsed
from lintnews.readers.source import SourceMap
from lintnews.util.lazyregex import LazyRegex

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen sen rep gov lt col capt sgt cpl maj adm cmdr jr sr inc co corp ltd "
    "vs no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est rev hon "
    "pres supt insp det u.s u.k u.n e.g i.e a.m p.m etc al".split()
)
# A sentence ends at . ! ? (with closing quotes/brackets) followed by white space and
# a capital, digit or opening quote; or at a glued boundary a scraper left behind
# ("the difference.High quality footage"): lower-case letter, stop, capital, lower-case.
# The boundaries are found from the stop itself, so the scan can skip to each stop at C
# speed (a leading look-behind would be tried at every character): group ``gap`` is
# the white space of a spaced boundary; a glued one is empty, at the end.
_STOP = LazyRegex(
    r"[.!?](?:"
    r"(?P<gap>[\"'”’)\]]*(?:[ \t]*\n[ \t]*|[ \t]+))(?=[\"“‘'(\[]?[A-Z0-9])"
    r"|(?<=[a-z][.!?])(?=[A-Z][a-z])"
    r"|(?<=[a-z][.!?])[\"”’](?=[A-Z][a-z])"
    r")"
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_OPENING_MARKS = frozenset("\"“‘'([")
_WORD_BEFORE = LazyRegex(r"([\w.]+)[.!?][\"'”’)\]]*\s*$")

# A capital right after a lower-case letter: maybe two texts a scraper glued together
# ("differenceYour support"). Written from the capital, so the engine skips to each capital
# at C speed instead of trying every letter; found once per document (Document.case_changes)
# for the matcher and the advertorial judge.
CASE_CHANGE = LazyRegex(r"[A-Z](?<=[a-z][A-Z])")

_DOUBLE_QUOTE_MARKS = "\"“”«»„"
_OPENERS = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = frozenset("”»")
# (the look-behind comes after the opening mark, so the scan skips to each mark at C speed)
_SINGLE_QUOTED = LazyRegex(
    r"[‘'](?<![\w’'][‘'])(?=\w)([^‘’'\n\"“”]{1,120}?)(?<=[\w.,!?)])[’'](?![\w’'])"
)


class Sentence(NamedTuple):
    """A sentence (a named tuple: cheap to build, and a long text has many)."""

    start: int
    end: int
    block: int  # index into Document.blocks
    glued: bool = False  # no white space before it: a scraper joined it to the previous text


class Quotation:
    """A direct quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    ``speaker`` is the attributed speaker's words when the text names one
    ("Boris Zilberman", "the statement", "she"), else ``None``. ``kind`` is
    ``"named"``, ``"described"``, ``"pronoun"`` or ``None``. ``block_quote`` marks
    Markdown/HTML block quotations, which are quotations without marks. ``single``
    marks a span in single quotes (British quotations, titles, scare quotes).

    The speaker is found when first asked for (see :meth:`Document._speaker`): most
    quotations of a long text never hold a hit, and finding speakers was a sixth of
    the work on it.
    """

    __slots__ = ("_doc", "_i", "block_quote", "end", "inner_end", "inner_start", "single", "start")

    def __init__(self, start: int, end: int, inner_start: int, inner_end: int, block_quote: bool,
                 single: bool, doc: Document, index: int) -> None:
        self.start, self.end, self.inner_start, self.inner_end = start, end, inner_start, inner_end
        self.block_quote, self.single = block_quote, single
        self._doc, self._i = doc, index

    @property
    def speaker(self) -> str | None:
        return self._doc._speaker(self._i)[0]

    @property
    def kind(self) -> str | None:
        return self._doc._speaker(self._i)[1]

    @property
    def attributed(self) -> bool:
        return self.speaker is not None

    def _key(self) -> tuple:
        return (self.start, self.end, self.inner_start, self.inner_end, self.speaker, self.kind,
                self.block_quote, self.single)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quotation) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        fields = ("start", "end", "inner_start", "inner_end", "speaker", "kind", "block_quote", "single")
        return "Quotation(" + ", ".join(f"{k}={v!r}" for k, v in zip(fields, self._key(), strict=True)) + ")"


_UNKNOWN = object()


class Document:
    """One article, read once. Rules must treat it as read-only."""

    def __init__(self, parsed: Parsed, path: str = "-") -> None:
        self.path = path
        self.text = parsed.text
        self.source_map: SourceMap = parsed.source_map
        self.blocks: list[Block] = parsed.blocks
        self.headline: Block | None = parsed.headline
        self.starts_text = parsed.starts_text  # (False for a part of a large file: see Parsed)
        self.before = parsed.before  # (the file's text before such a part: see Parsed)
        self.directives = parsed.directives
        self.format = parsed.format
        self._block_starts = [b.start for b in self.blocks]

    def release(self) -> None:
        """Drop everything this document holds, read or worked out. Its sentences, quotations
        and turns refer back to it, so a process that lints part after part of a large file
        with the cycle collector paused would keep every part alive; the document is not used
        after this."""
        self.__dict__.clear()

    # -- blocks -----------------------------------------------------------------------
    def block_index(self, offset: int) -> int:
        """Index of the block containing ``offset`` (or the block before it)."""
        return max(bisect_right(self._block_starts, offset) - 1, 0)

    @cached_property
    def turns(self) -> dict[int, Turn]:
        """The paragraphs whose words are a speaker's (an interview's or a transcript's turns,
        the answers after questions, letters, embedded posts), by block index: found once,
        when a rule first asks (most texts have none)."""
        return find_turns(self.text, self.blocks)

    @cached_property
    def interview_answers(self) -> frozenset[int]:
        """The sentences (by index) of an interview's answers printed with no speaker label
        (questions ending in "?" put to "you", answers in the first person): found once, when a
        rule first asks, for the attribution and the loaded-language judges alike."""
        return find_interview_answers(self.text, self.sentences, self.sentence_index)

    def turn_at(self, offset: int) -> Turn | None:
        """The speaker's turn holding ``offset``, if its paragraph is one (and, for a post
        pasted into a long paragraph, ``offset`` is in the post's words)."""
        turns = self.turns
        turn = turns.get(self.block_index(offset)) if turns else None
        return turn if turn is not None and turn.covers(offset) else None

    # -- someone else's words the writer marks (lintnews.document.voices) ------------------
    @cached_property
    def printed(self) -> Turn | None:
        """A speech, statement or transcript printed in full after its announcement (in the
        headline or the body's opening): found once, when a rule first asks. A part of a large
        file has no top of its own, and no announcement."""
        if not self.blocks or not self.starts_text:
            return None
        return voices.find_printed(self.text, self.blocks, self.headline, self.block_index)

    def printed_at(self, offset: int) -> Turn | None:
        """The text printed in full holding ``offset``, if any."""
        printed = self.printed
        return printed if printed is not None and printed.covers(offset) else None

    @cached_property
    def _pastes(self) -> dict[int, tuple[voices.Paste, ...]]:
        return {}  # per paragraph, filled when a rule first asks about a word in it

    def pastes_in(self, block: int) -> tuple[voices.Paste, ...]:
        """Where words pasted after a colon that names their author start in paragraph
        ``block`` (:func:`voices.find_pastes`), found once a paragraph."""
        found = self._pastes.get(block)
        if found is None:
            b = self.blocks[block]
            found = self._pastes[block] = voices.find_pastes(self.text, b.start, b.end, self.sentences,
                                                              self.sentence_index)
        return found

    def pasted_at(self, offset: int) -> Turn | None:
        """The words pasted after their author and a colon holding ``offset``, if any ("He
        tweeted:- Just leaving Florida. ...")."""
        if not self.blocks or not self.sentences:
            return None
        block = self.block_index(offset)
        pastes = self.pastes_in(block)
        if not pastes:
            return None
        return voices.pasted_at(self.text, offset, pastes, self.blocks[block].end, self.sentences, self.sentence_index)

    @cached_property
    def excerpts(self) -> tuple[Turn, ...]:
        """Excerpts quoted in paragraphs after a paragraph that cites them and ends in a colon
        ('"Man held after crash," The Courier, March 3:', "Reuters reports:"): found once, when
        a rule first asks (:func:`voices.find_excerpts`)."""
        if not self.blocks or not self.sentences:
            return ()
        return voices.find_excerpts(self.text, self.blocks, self.sentences, self.sentence_index)

    def excerpt_at(self, offset: int) -> Turn | None:
        """The quoted excerpt holding ``offset``, if any."""
        for turn in self.excerpts:
            if turn.covers(offset):
                return turn
        return None

    def post_at(self, start: int, end: int) -> Turn | None:
        """The post pasted as text, its hashtags after it, holding the words ``start:end``."""
        s = self.sentence_at(start)
        lo, hi = (s.start, s.end) if s else (0, len(self.text))
        return voices.post_at(self.text, end, lo, hi)

    def in_headline(self, offset: int) -> bool:
        h = self.headline
        return h is not None and h.start <= offset < h.end

    @cached_property
    def case_changes(self) -> list[int]:
        """Where a capital follows a lower-case letter (see :data:`CASE_CHANGE`)."""
        return [m.start() for m in CASE_CHANGE.finditer(self.text)]

    # -- sentences --------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[Sentence]:
        # One scan of the whole text for stops (the engine skips to the next . ! ? at
        # C speed); each boundary is then given to its block. A boundary that reaches
        # past its block's end is not one (sentences never cross a block boundary).
        text = self.text
        out: list[Sentence] = []
        blocks = self.blocks
        if not blocks:
            return out
        nblocks = len(blocks)
        bi = 0
        block = blocks[0]
        start = block.start
        glued = False
        append = out.append
        new = tuple.__new__  # (Sentence's own constructor is a Python function: a third slower)
        for m in _STOP.finditer(text, block.start, blocks[-1].end):
            stop = m.start()
            if stop >= block.end:
                # close the blocks before the stop's block
                while bi < nblocks and blocks[bi].end <= stop:
                    if blocks[bi].end > start:
                        append(new(Sentence, (start, blocks[bi].end, bi, glued)))
                    bi += 1
                    if bi < nblocks:
                        start, glued = blocks[bi].start, False
                if bi == nblocks:
                    break
                block = blocks[bi]
            if stop < block.start:
                continue
            gap = m.start("gap")
            if gap >= 0:  # white space after the stop (and closing marks)
                b_start, b_end = gap, m.end()
                ahead = b_end + (1 if text[b_end] in _OPENING_MARKS else 0)
                if ahead >= block.end:
                    continue
                # a full stop: not after an abbreviation or an initial (seven letters in the
                # block before it make a longer word than either: most stops, spared the search)
                if text[stop] == "." and not (stop - _LONGEST_ABBREVIATION > block.start
                                              and text[stop - _LONGEST_ABBREVIATION - 1 : stop].isalnum()):
                    w = _WORD_BEFORE.search(text, max(block.start, b_start - 12), b_start + 1)
                    if w:
                        word = w.group(1).lower()
                        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                            continue
            else:  # glued: "difference.High quality"
                b_start = b_end = m.end()
                if b_end + 1 >= block.end:
                    continue
            if b_start > start:
                append(new(Sentence, (start, b_start, bi, glued)))
            start = b_end
            glued = b_start == b_end
        while bi < nblocks:
            if blocks[bi].end > start:
                append(new(Sentence, (start, blocks[bi].end, bi, glued)))
            bi += 1
            if bi < nblocks:
                start, glued = blocks[bi].start, False
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _block_sentence_ranges(self) -> dict[int, range]:
        ranges: dict[int, range] = {}
        first = 0
        sents = self.sentences
        for i, s in enumerate(sents):
            if i + 1 == len(sents) or sents[i + 1].block != s.block:
                ranges[s.block] = range(first, i + 1)
                first = i + 1
        return ranges

    def block_sentences(self, block_index: int) -> range:
        """Indices (into :attr:`sentences`) of the sentences of a block."""
        return self._block_sentence_ranges.get(block_index, range(0))

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> Sentence | None:
        if not self.sentences:
            return None
        return self.sentences[self.sentence_index(offset)]

    # -- quotations -------------------------------------------------------------------
    @cached_property
    def quotations(self) -> list[Quotation]:
        spans = self._double_quoted() + self._single_quoted() + self._block_quotes()
        spans.sort()
        self._speakers: list = [_UNKNOWN] * len(spans)  # (speaker, kind) once found
        self._last_speaker: list = [None] * len(spans)  # the speaker in force after each quotation
        out = []
        for i, (s, e, bq, single) in enumerate(spans):
            inner = (s, e) if bq else (s + 1, e - 1)
            out.append(Quotation(s, e, inner[0], inner[1], bq, single, self, i))
        return out

    @cached_property
    def _quotation_starts(self) -> list[int]:
        return [q.start for q in self.quotations]

    @cached_property
    def _quotation_reach(self) -> list[int]:
        """The furthest end among the quotations up to each index (a running maximum)."""
        reach, far = [], -1
        for q in self.quotations:
            far = max(far, q.end)
            reach.append(far)
        return reach

    def quotation_at(self, offset: int) -> Quotation | None:
        """The innermost quotation whose marks enclose ``offset``, if any.

        Walking back from the last quotation opening at or before ``offset``, the first
        that encloses it opens last, so it is the innermost; the walk stops as soon as no
        earlier quotation reaches ``offset``, or 5,000 characters back.
        """
        qs = self.quotations
        reach = self._quotation_reach
        i = bisect_right(self._quotation_starts, offset) - 1
        while i >= 0 and reach[i] > offset:
            q = qs[i]
            if offset < q.end:
                return q
            if q.start < offset - 5000:
                break
            i -= 1
        return None

    def in_attributed_quote(self, start: int, end: int | None = None) -> bool:
        q = self.quotation_at(start)
        return q is not None and q.attributed and (end is None or end <= q.end)

    def _double_quoted(self) -> list[tuple[int, int, bool, bool]]:
        """Pair double quotation marks block by block; a quote open at a block's end
        continues into the next block when that one opens with a quote mark
        (the convention for quotations that run over several paragraphs).

        Curly marks say their direction; a straight one is read from its neighbours. The
        same convention survives when the paragraphs are run into one line (a plain-text
        paste, a one-line corpus, a reader joining paragraphs): a straight mark after a
        space and before a word opens, so inside an open straight quotation it re-opens the
        quotation's next paragraph instead of closing it (read as a closing mark, the rest
        of the speaker's words would be the writer's and the writer's next words quoted). A
        straight mark after a word and before a space or stop closes, so with no quotation
        open it opens none (a stray mark, or inches and seconds: 6'2")."""
        text = self.text
        spans: list[tuple[int, int, bool, bool]] = []
        open_at: int | None = None
        open_close = ""
        nested = 0  # quotations open inside the open one (a straight or curly mark after a word)
        # every mark found once, then each block takes its own (not a scan per block): each
        # kind of mark by str.find, which skips to it faster than a regex tries every character
        marks = []
        for mark in _DOUBLE_QUOTE_MARKS:
            find, at = text.find, text.find(mark)
            while at >= 0:
                marks.append((at, mark))
                at = find(mark, at + 1)
        marks.sort()
        mark_at = [p for p, _ in marks]
        mark_ch = [c for _, c in marks]
        n_marks = len(marks)
        straight_nested = 0  # straight quotations open inside an open curly one
        checked = 0  # the said-tags of the open quotation are searched up to here
        for bi, block in enumerate(self.blocks):
            carried = False
            if open_at is not None:
                cut = _turn_end(text, max(open_at + 1, checked), self.blocks[bi - 1].end)
                if cut is not None:
                    spans.append((open_at, cut, False, False))
                    open_at = None
                elif not _starts_with_quote(text, block.start):
                    first = bisect_left(mark_at, block.start)
                    # round 72: a curly quotation left open at a paragraph's end whose closing
                    # mark is the next paragraph's first mark (no re-opening mark: a text with
                    # a sentence a line, or a paste that lost it) runs on to that mark; the
                    # direction of a curly mark says so, a straight one is left alone
                    carried = open_close != '"' and first < n_marks and mark_at[first] < block.end \
                        and mark_ch[first] == open_close
                    if not carried:
                        spans.append((open_at, self.blocks[bi - 1].end, False, False))
                        open_at = None
            continued = open_at is not None and not carried
            i = bisect_left(mark_at, block.start)
            while i < n_marks and mark_at[i] < block.end:
                pos, ch = mark_at[i], mark_ch[i]
                i += 1
                if ch == '"' and (_mangled_apostrophe(text, pos) or _mangled_dash(text, pos)):
                    continue
                if continued:  # the re-opening mark of a continued quotation
                    continued = False
                    checked = pos + 1
                    continue
                if open_at is not None:
                    # a said-tag that ends its sentence ("..., Ms Ray said.") ends the speaker's
                    # turn: an open quotation the writer never closed ends there
                    cut = _turn_end(text, max(open_at + 1, checked), pos)
                    checked = pos
                    if cut is not None:
                        spans.append((open_at, cut, False, False))
                        open_at = None
                if open_at is None:
                    if ch in _CLOSERS or (ch == '"' and _looks_like_closer(text, pos)):
                        continue  # a stray closing mark, or an inch or second mark (6'2")
                    open_at, open_close, nested, straight_nested = pos, _OPENERS.get(ch, '"'), 0, 0
                    checked = pos + 1
                elif ch in '"”»' and _glued_closer(text, pos):
                    # a closing mark glued to a capital ("...the airspace."Advertise With Us):
                    # a plug or the next sentence pasted on without a space; it ends the
                    # quotation with any nested in it (a nested one's closing mark is followed
                    # by more of the outer quotation, after a space)
                    spans.append((open_at, pos + 1, False, False))
                    open_at = None
                elif ch == '"' and open_close != '"':
                    # a straight mark in a curly quotation: an opening one nests, a closing one
                    # closes the nested one or else the quotation (mixed marks from a paste)
                    if _opens_words(text, pos) or (not _looks_like_closer(text, pos)
                                                   and _looks_like_opener(text, pos)):
                        straight_nested += 1
                    elif straight_nested:
                        straight_nested -= 1
                    elif _looks_like_closer(text, pos):
                        spans.append((open_at, pos + 1, False, False))
                        open_at = None
                elif _reopens(ch, open_close) and _opens_words(text, pos):
                    # an opening mark inside the open quotation: after a stop, the re-opening
                    # mark of its next paragraph, run into one line (each paragraph opens, only
                    # the last closes): the quotation goes on; after a word, a quotation nested
                    # in it, whose closing mark does not close the outer one
                    if not _after_stop(text, pos):
                        nested += 1
                    else:
                        cut = _new_turn(text, open_at, pos)
                        if cut is not None:
                            # a speaker introduced before it ("... Ms Ray said: "We ..."): a new
                            # quotation; the open one ended with the sentence before the speaker's
                            spans.append((open_at, cut, False, False))
                            open_at, nested, checked = pos, 0, pos + 1
                elif ch == open_close or (ch == '"' and open_close == '"') or ch in _CLOSERS:
                    if pos == open_at + 1 and text[pos + 1 : pos + 2].isalnum():
                        continue  # a doubled opening mark ("“”This is ..."), not an empty quotation
                    if nested:
                        nested -= 1
                        continue
                    spans.append((open_at, pos + 1, False, False))
                    open_at = None
        if open_at is not None and self.blocks:
            cut = _turn_end(text, max(open_at + 1, checked), self.blocks[-1].end)
            spans.append((open_at, cut if cut is not None else self.blocks[-1].end, False, False))
        return spans

    def _single_quoted(self) -> list[tuple[int, int, bool, bool]]:
        text = self.text
        if "'" not in text and "‘" not in text:  # (no opening mark: none, and nothing compiled)
            return []
        return [(m.start(), m.end(), False, True) for m in _SINGLE_QUOTED.finditer(text)]

    def _block_quotes(self) -> list[tuple[int, int, bool, bool]]:
        return [(b.start, b.end, True, False) for b in self.blocks if b.kind == "quote"]

    def _speaker(self, i: int) -> tuple[str | None, str | None]:
        """Quotation ``i``'s speaker and its kind: its own, or the one it inherits.

        A quotation with no speaker of its own takes the speaker of another quotation
        in the same block, or, when it opens its block, of the quotation in the block
        before: news writing names the speaker once and keeps quoting. So a speaker
        depends on the quotations before it, but only back to a quotation that starts
        two or more blocks after every earlier one ends; the walk starts there.
        """
        known = self._speakers[i]
        if known is not _UNKNOWN:
            return known
        qs, reach, speakers = self.quotations, self._quotation_reach, self._speakers
        r = i
        while r > 0 and speakers[r - 1] is _UNKNOWN and not (
            self.block_index(reach[r - 1] - 1) < self.block_index(qs[r].start) - 1
        ):
            r -= 1
        last = self._last_speaker[r - 1] if r > 0 and speakers[r - 1] is not _UNKNOWN else None
        for k in range(r, i + 1):
            q = qs[k]
            found = self._own_speaker(q.start, q.end, q.block_quote)
            if found[0] is None and last is not None and not q.single:
                lb, spk, kind = last
                bi = self.block_index(q.start)
                opens_block = q.start <= self.blocks[bi].start + 1
                if lb == bi or (lb == bi - 1 and opens_block) or (q.block_quote and lb >= bi - 1):
                    found = (spk, kind)
            if found[0] is not None:
                last = (self.blocks and self.block_index(q.end - 1), found[0], found[1])
            speakers[k] = found
            self._last_speaker[k] = last
        return speakers[i]

    def _own_speaker(self, start: int, end: int, block_quote: bool) -> tuple[str | None, str | None]:
        """The speaker the text names right after or before the quotation, and its kind."""
        text = self.text
        speaker = None
        bi = self.block_index(start)
        block = self.blocks[bi]
        after = text[end : min(block.end, end + 120)]
        m = speech.AFTER_QUOTE.match(after)
        if m:
            speaker = m.group("speaker1") or m.group("speaker2")
        if speaker is None:
            lo = max(block.start, start - 160)
            before = text[lo:start]
            if before.strip() or (not block_quote and start > block.start):
                m = speech.before_quote(before)
                if m:
                    speaker = m.group("speaker1") or m.group("speaker2") or m.group("speaker3")
            elif bi > 0:  # a quotation opening its block: 'X told reporters:' just before
                prev = self.blocks[bi - 1]
                tail = text[max(prev.start, prev.end - 160) : prev.end].rstrip()
                if tail.endswith(":"):
                    m = speech.before_quote(tail)
                    if m:
                        speaker = m.group("speaker1") or m.group("speaker2") or m.group("speaker3")
        speaker = speech.clean_speaker(speaker)
        return speaker, (speech.speaker_kind(speaker) if speaker else None)


def _starts_with_quote(text: str, pos: int) -> bool:
    return text[pos : pos + 1] in ('"', "“", "«", "„")


# A straight double mark between a word and a contraction's ending ("who"ve", "isn"t",
# "Trump"s"): an apostrophe mangled by a character-set conversion, no quotation mark.
_MANGLED_APOSTROPHE = LazyRegex(r'"(?:t|s|ve|re|ll|d|m)\b')


def _mangled_apostrophe(text: str, pos: int) -> bool:
    """Is the straight mark at ``pos`` an apostrophe turned into a double mark?"""
    return text[pos - 1 : pos].isalpha() and _MANGLED_APOSTROPHE.match(text, pos) is not None


# A straight double mark after a space and before "?" and a word ("... the council waited "?and
# waited "?for ..."), or between two words before a replacement character ("the outlook is
# bleak"\ufffdnotably for renters"): a dash that a character-set conversion turned into a mark and a
# "?" or a replacement character (round 16); no quotation opens or closes there. (A closing
# quotation mark so mangled follows a word or a stop, "...,"?she said.", and an opening one
# a space, "call it "\ufffdthe scheme"?if you like".)
_MANGLED_DASH_SPACED = LazyRegex(r'"\?[^\W_]')  # (a digit too: 'rose "?by 15 percent')
_MANGLED_DASH_GLUED = LazyRegex('"\ufffd[^\\W\\d_]')


def _mangled_dash(text: str, pos: int) -> bool:
    """Is the straight mark at ``pos`` a dash turned into a double mark and another character?"""
    if pos == 0:
        return False
    before = text[pos - 1]
    if before.isspace():
        return _MANGLED_DASH_SPACED.match(text, pos) is not None
    return before.isalpha() and _MANGLED_DASH_GLUED.match(text, pos) is not None


def _looks_like_closer(text: str, pos: int) -> bool:
    """A straight mark after a word or stop and before a space, a stop or the end closes a
    quotation, or marks inches or seconds after a digit: it can open none."""
    before = text[pos - 1 : pos]
    after = text[pos + 1 : pos + 2]
    return bool(before) and not before.isspace() and before not in "([{—–-" and (
        not after or after.isspace() or after in ".,;:!?)]}—–")


def _glued_closer(text: str, pos: int) -> bool:
    """A mark right after a word or a stop and right before a capital, with no space on
    either side: the end of a quotation with the next text glued on, not an opening mark
    (one after a colon, "said:"We ...", is left alone)."""
    before = text[pos - 1 : pos]
    return bool(before) and (before.isalnum() or before in ".,!?…") and text[pos + 1 : pos + 2].isupper()


# The said-tag that ends a sentence inside a quotation its writer never closed ("... we were
# tired, Ms Ray said." / "..., she said on Monday." / "..., said Tom Hale."): the speaker's turn
# ends at the comma. The tag may name whom it was told to and when, and nothing else: a tag
# followed by a comma goes on quoting (", he said, we ..."), one with an object is the speaker
# reporting speech ("we asked, they said no."), and "I" or "We" is the speaker telling what
# they said.
_TAG_SPEAKER = r"(?:he|she|they|(?!I\b|We\b|It\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3})"


@cache
def _turn_end_regex() -> re.Pattern[str]:
    """The said-tag regex, compiled on first use: it reads the speech verbs, and a text
    without an unclosed quotation should not load the speech patterns (start-up)."""
    return re.compile(
        rf"[,!?](?=\s+(?:{_TAG_SPEAKER}\s+(?:\w+ly\s+)?(?:{speech.SPEECH_VERBS})"
        rf"(?:\s+(?:reporters|journalists|him|her|them|us|the\s+[a-z]+|[A-Z][\w'’-]+))?"
        rf"|(?:said|says|added|adds)\s+{_TAG_SPEAKER})"
        rf"(?:\s+(?:on|in|at|last|this|yesterday|today|tonight|earlier|later)\b[^,;:.!?\"“”«»\n]{{0,30}})?"
        rf"[.!?](?:\s|$))"
    )


def _turn_end(text: str, start: int, end: int) -> int | None:
    """Where a quotation open from ``start`` to ``end`` (no closing mark) ends at a
    sentence-ending said-tag, if it has one: the offset of the tag's comma."""
    m = _turn_end_regex().search(text, start, end)
    return m.start() if m else None


_SENTENCE_END = LazyRegex(r"[.!?][\"”’)]*\s+(?=[A-Z])")


def _new_turn(text: str, open_at: int, pos: int) -> int | None:
    """An opening mark after a stop inside an open quotation re-opens its next paragraph,
    unless the sentence before it introduces a speaker with a colon ("Ms Ray told the court:"):
    that sentence is the writer's, so the open quotation ended before it. Where it ended (the
    end of the sentence before the speaker's), if the open quotation has such a sentence."""
    window = text[open_at + 1 : pos].rstrip()
    if not window.endswith(":"):
        return None
    last = max(_SENTENCE_END.finditer(window), key=lambda m: m.start(), default=None)
    if last is None:
        return None  # the colon's sentence opens the quotation: a quotation inside it
    if speech.before_quote(window[last.end() :]) is None:
        return None
    return open_at + 1 + last.start() + 1


def _reopens(ch: str, open_close: str) -> bool:
    """``ch`` is an opening mark of the kind of the open quotation (closed by ``open_close``)."""
    return open_close == '"' if ch == '"' else _OPENERS.get(ch) == open_close


def _opens_words(text: str, pos: int) -> bool:
    """A mark at the start of the text or after a space, before a letter or digit, opens
    words (a straight one's closing mark follows a word or a stop instead)."""
    before = text[pos - 1 : pos] if pos else " "
    after = text[pos + 1 : pos + 2]
    # (a replacement character and a letter after the mark: a curly opening mark mangled by a
    # character-set conversion, "call it "\ufffdthe scheme"?if"; round 16. Before a space it is a
    # mangled dash: "the delays "\ufffd for renters")
    return before.isspace() and (after.isalnum() or after in "‘'…" or (
        after == "\ufffd" and text[pos + 2 : pos + 3].isalpha()))


def _after_stop(text: str, pos: int) -> bool:
    """The mark at ``pos`` follows a stop or colon (through spaces and closing marks): it
    starts a sentence or a paragraph, not a phrase quoted inside one."""
    before = text[max(0, pos - 6) : pos].rstrip()
    before = before.rstrip("'’)]")
    return not before or before[-1] in ".!?:;…"


def _looks_like_opener(text: str, pos: int) -> bool:
    before = text[pos - 1 : pos] if pos else " "
    after = text[pos + 1 : pos + 2]
    return (before.isspace() or before in "([—–-") and bool(after) and not after.isspace()
