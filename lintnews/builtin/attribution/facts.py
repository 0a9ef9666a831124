"""The per-document facts the attribution judge asks for more than once.

A judge call reads the same sentences' source mentions and the same long quotations for many
cues; :class:`DocFacts` finds them once per call and keeps nothing on the document. Beside it,
the small tests every other module shares: is an offset someone's quoted words, is a mention
named well enough to vouch, and which next sentence may speak for this one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.named import NamedHeads
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions import near
from lintnews.builtin.constructions.searches import Searches
from lintnews.document import sourcing
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lintnews.document.document import Document, Quotation, Sentence


def quoted(doc: Document, offset: int) -> bool:
    """Is ``offset`` inside someone's quoted words (attributed, a block quote, or a long quote)?"""
    q = doc.quotation_at(offset)
    if q is None:
        return False
    if q.single:
        return q.attributed
    return q.attributed or q.block_quote or q.end - q.start > 40


# the complementiser of reported speech ("told the Gazette that ..."), before any quotation mark
_REPORTED_THAT = LazyRegex(r"^[^\"“”]*?\bthat\s")

# a sentence that opens with a quotation ("-" and spaces of a pasted page before it)
OPENS_QUOTE = re.compile(r"[\s\-–—]*[\"“]")


# how many sentences a quotation may run on before its tag is too far from the claim to name
# one of its holders (a quoted paragraph of five sentences is a speech, not a tag's quote)
_QUOTE_SENTENCES = 4


def tag_sentence(doc: Document, ni: int) -> int:
    """The sentence that holds the tag of sentence ``ni``: ``ni`` itself, or, when ``ni``
    opens a double-quoted quotation that runs over several sentences of its paragraph
    ('"Margins are thin. Many firms will close," said Maria Lund, an analyst at X.'), the
    sentence where the quotation closes. The splitter ends a sentence inside the quotation;
    for the reader the quotation and its tag are one turn, and the tag names who said it."""
    text = doc.text
    s = doc.sentences[ni]
    m = OPENS_QUOTE.match(text, s.start)
    if m is None:
        return ni
    q = doc.quotation_at(m.end() - 1)
    if q is None or q.single or q.start != m.end() - 1 or q.end <= s.end:
        return ni
    j = doc.sentence_index(q.end - 1)
    if j - ni > _QUOTE_SENTENCES or doc.sentences[j].block != s.block:
        return ni
    return j


def next_in_paragraph(doc: Document, si: int) -> Sentence | None:
    """The sentence after sentence ``si`` when it is in the same paragraph and not a headline
    line, else ``None``: the only place a next sentence may name the source of this one (a new
    paragraph starts a new point; a headline names nobody's words)."""
    sentences = doc.sentences
    if si + 1 >= len(sentences) or sentences[si + 1].block != sentences[si].block:
        return None
    nxt = sentences[si + 1]
    return None if doc.in_headline(nxt.start) else nxt


# a sentence that quotes its speaker after a colon ('Neighbour Jo Mills, 54, said: "..."')
_COLON_QUOTES = re.compile(r":\s*[\"“]")


def next_paragraph_of_lone(doc: Document, si: int) -> Sentence | None:
    """The first sentence of the next paragraph when sentence ``si`` is the first of its
    paragraph and that next paragraph follows it (not a headline), else ``None`` (review 131:
    the one test of rounds 160 and 163, news style's paragraph of one sentence whose point the
    next paragraph's first sentence may carry on)."""
    sentences = doc.sentences
    s = sentences[si]
    if si + 1 >= len(sentences) or (si > 0 and sentences[si - 1].block == s.block):
        return None
    nxt = sentences[si + 1]
    if nxt.block != s.block + 1 or doc.in_headline(nxt.start):
        return None
    return nxt


def quoted_after_lone_sentence(doc: Document, si: int) -> Sentence | None:
    """Round 160: the next paragraph's first sentence when sentence ``si`` is a paragraph of its
    own and the next quotes a speaker (it opens with a double-quoted quotation, or a colon opens
    one), else ``None``. News style sets one sentence a paragraph ("Experts have long warned
    that the system was heading for gridlock." then '"We have said so for a decade," said
    Professor X, a criminologist'): the quotation of one of them is the next sentence of the
    point. A next paragraph that only reports a speaker ("Professor X said the wing would open
    in May") is as often a new point: not taken."""
    nxt = next_paragraph_of_lone(doc, si)
    if nxt is None:
        return None
    text = doc.text
    if OPENS_QUOTE.match(text, nxt.start) is None and _COLON_QUOTES.search(text, nxt.start, nxt.end) is None:
        return None
    return nxt


# round 163: the next paragraph tells who first brought the matter out ("The claims were first
# reported on Monday by the website X", "The Courier first revealed the payments")
_FIRST_TOLD = LazyRegex(rf"(?i)\b{sourcing.FIRST_TOLD}")


def first_told_after_lone_sentence(doc: Document, si: int) -> bool:
    """Round 163: is sentence ``si`` a paragraph of its own whose next paragraph opens with who
    first told the matter ("... after it emerged that he had claimed for a flat." then "The claims
    were first reported on Monday by the website Tessin Watch")? News style sets one sentence a
    paragraph; a sentence that says who first reported, revealed or published the matter is the
    source the guidelines ask for in the next sentence, across the break. The named source is
    still looked for in that sentence by the caller; any other next paragraph is a new point."""
    nxt = next_paragraph_of_lone(doc, si)
    return nxt is not None and _FIRST_TOLD.search(doc.text, nxt.start, nxt.end) is not None


def next_can_attribute(doc: Document, si: int, facts: DocFacts) -> bool:
    """Can the next sentence vouch for this one? Only in the same paragraph, and not when
    it quotes someone or introduces a quote: then it attributes that quote."""
    text = doc.text
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return False
    if text[nxt.start : nxt.end].rstrip().endswith(":"):
        return False
    if text[doc.sentences[si].start : doc.sentences[si].end].rstrip().endswith(":"):
        return False
    return not facts.overlap(nxt.start, nxt.end) or facts.fragments_reported(nxt.start, nxt.end)


class DocFacts:
    """What the judge asks of the whole document more than once (its long double-quoted
    quotations, the source mentions of a sentence), found when first asked and kept for one
    judge call: the judge keeps nothing on the document."""

    __slots__ = ("_found", "_long", "_mentions", "_picked", "_starts", "doc", "found", "named", "next_answers", "research")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._found: tuple[list[int], list[int], list[int]] | None = None
        self._long: list[Quotation] = []
        self._mentions: dict[tuple[int, int], list[sourcing.Mention]] = {}
        # whether a pattern occurs in a whole sentence, asked by every cue of it: once a sentence
        self.found = Searches(doc.text)
        # which head words ("gallery") the story has named before a point ("the Harbour Gallery")
        self.named = NamedHeads(doc)
        self._picked: dict[tuple[object, int, int], list[sourcing.Mention]] = {}
        self._starts: dict[tuple[int, int], list[int]] = {}
        # per paragraph: where the first study, journal or institution is named in its reach
        # (-1: nowhere), for ``documents.research_named_before``
        self.research: dict[int, int] = {}
        # review 114: what the next sentence answers for sentence ``si`` (a holder named, a
        # confirmation, a non-answer), keyed by the asking test and ``si``: every cue of a
        # sentence asks the same, and a long sentence of many cues before a long next one made
        # the asking quadratic (once a sentence keeps it linear)
        self.next_answers: dict[tuple[str, int, bool], object] = {}

    def in_answer(self, si: int) -> bool:
        """Is sentence ``si`` part of an interview answer with no speaker label
        (``Document.interview_answers``, shared with the loaded-language judge)?"""
        return si in self.doc.interview_answers

    def mentions(self, start: int, end: int) -> list[sourcing.Mention]:
        """:func:`sourcing.mentions` of ``text[start:end]`` (a sentence), found once: a cue's
        sentence is read by several tests, and the next cue's often by the same ones. (The
        list is shared: callers only read it.)"""
        found = self._mentions.get((start, end))
        if found is None:
            found = self._mentions[start, end] = sourcing.mentions(self.doc.text, start, end)
        return found

    def near(self, start: int, end: int, cue_start: int, cue_end: int) -> Sequence[sourcing.Mention]:
        """The mentions of the sentence ``[start, end)`` that start within
        :data:`SENTENCE_REACH` of the cue ``[cue_start, cue_end)``: all of them in a sentence of
        prose, and in a page pasted as one sentence the few a cue's tests can be about (each of
        thousands of cues went through all the sentence's mentions)."""
        found = self.mentions(start, end)
        lo, hi = near(start, end, cue_start, cue_end)
        if lo == start and hi == end:
            return found
        starts = self._starts.get((start, end))
        if starts is None:
            starts = self._starts[start, end] = [m.start for m in found]
        return found[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def according(self, start: int, end: int) -> list[sourcing.Mention]:
        """The "according to" mentions of the sentence ``[start, end)``, picked once."""
        key = (-1, start, end)
        found = self._picked.get(key)
        if found is None:
            found = self._picked[key] = [m for m in self.mentions(start, end) if m.style == "according"]
        return found

    def picked(self, phrase: re.Pattern[str], start: int, end: int) -> list[sourcing.Mention]:
        """The mentions of :meth:`mentions` whose phrase holds ``phrase`` ("poll", "survey"),
        picked once a sentence (in one sentence of thousands of cues each of them went
        through all its mentions)."""
        key = (phrase, start, end)
        found = self._picked.get(key)
        if found is None:
            found = self._picked[key] = [m for m in self.mentions(start, end) if phrase.search(m.phrase)]
        return found

    def _quotes(self) -> tuple[list[int], list[int], list[int]]:
        """Their starts and ends, and the furthest end so far (a running maximum)."""
        if self._found is None:
            long = [q for q in self.doc.quotations if not q.single and q.inner_end - q.inner_start >= 20]
            self._long = long
            reach, far = [], -1
            for q in long:
                far = max(far, q.end)
                reach.append(far)
            self._found = ([q.start for q in long], [q.end for q in long], reach)
        return self._found

    def fragments_reported(self, start: int, end: int) -> bool:
        """Are the long quotations in the sentence ``[start, end)`` only fragments of its own
        reported speech? ('Jane Roe told the Gazette that she had been "uneasy about the
        tone".') The sentence is then someone's indirect speech, with some of the words
        quoted: it vouches as "Jane Roe said that ..." does. A quotation before the "that",
        or one that runs past the sentence, is a quote the sentence introduces or tags."""
        m = _REPORTED_THAT.search(self.doc.text[start:end])
        if m is None:
            return False
        starts, ends, reach = self._quotes()
        i = bisect_left(starts, end) - 1  # the last one that opens before ``end``
        while i >= 0 and reach[i] > start:
            if ends[i] > start and (starts[i] < start + m.end() or ends[i] > end):
                return False
            i -= 1
        return True

    def in_double_quote(self, offset: int) -> bool:
        """Is ``offset`` inside a long double-quoted quotation that is someone's words? The
        innermost span may be a single-quoted phrase inside it (a quote within a quote), which
        an apostrophe ("farmers’ union") can pair wrongly; the double quotation still holds it."""
        starts, ends, reach = self._quotes()
        i = bisect_left(starts, offset) - 1
        while i >= 0 and reach[i] > offset:
            if ends[i] > offset:
                q = self._long[i]
                return q.attributed or q.end - q.start > 40
            i -= 1
        return False

    def overlap(self, start: int, end: int) -> bool:
        """Does one of them overlap ``[start, end)``? By bisection, not by walking every
        quotation from the top for each cue."""
        starts, ends, reach = self._quotes()
        i = bisect_left(starts, end) - 1  # the last one that opens before ``end``
        # walk back while an earlier quotation could still reach past ``start``
        while i >= 0 and reach[i] > start:
            if ends[i] > start:
                return True
            i -= 1
        return False


def identifies(m: sourcing.Mention) -> bool:
    """A source named well enough to vouch for the sentence before: a proper name,
    an institution or an outlet, not a pronoun or "the man" (they refer back to the
    story's subject, not to a source of the claim)."""
    words = m.phrase.split()
    first = words[0].lower()
    if first in ("he", "she", "they", "i", "we", "it"):
        return False
    if first in ("the", "his", "her", "their", "its"):
        if _TIME_SPAN.search(m.phrase):
            return False  # "The final ten minutes explain too much": a stretch of time, not a meeting's minutes
        rest = {w.lower().replace("’", "'").removesuffix("'s") for w in words[1:]}
        if rest & sourcing.INSTITUTIONS or any(w[:1].isupper() for w in words[1:]):
            return True
        # round 129: a public body's noun heads the phrase ("the provincial health directorate",
        # "the port authority": the word class ``public-bodies``): a body, as "the ministry" is
        return len(words) > 1 and words[-1].lower() in _public_bodies()
    return True


@cache
def _public_bodies() -> frozenset[str]:
    return frozenset(lx.forms("public-bodies", lx.NOUN))


# "minutes" counted or placed in time ("the final ten minutes", "the first 20 minutes", "the last
# few minutes"): a span of time; the minutes of a meeting are a document (``INSTITUTIONS``)
_TIME_SPAN = LazyRegex(
    r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|few|several|"
    r"first|last|final|opening|closing|dying|remaining|next)\s+minutes\b"
)
