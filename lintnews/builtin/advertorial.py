"""Advertorial blocks: promotional signals grown into whole appeals and plugs.

The words live in ``rules/advertorial.toml``; this judge receives the hits of all
advertorial rules at once and decides what one block is, because an editor needs
one diagnostic per appeal, not one per phrase:

1. **Units.** The Document's sentences, already split where a scraper glued two
   sentences after a stop ("difference.High quality", ``Sentence.glued``), are split
   again where text was glued with no stop at all ("Paid ProgramNow the agency",
   "stories you may have missedComments"): a lower-case letter running into a
   capitalised word. Such a join inside a signal ("Give with PayPal") is not a split.
2. **Signals.** Hits inside an attributed quotation, or in a unit that reports
   somebody's words ("the company said ... subscribe now"), are journalism about
   promotion and are dropped. Warning-level hits are *strong*; info-level hits are
   *weak* (a deal price, a lone "Read more"): two weak hits in one paragraph, or a
   weak hit next to a strong paragraph, count as strong. Lone weak hits stay ``info``.
3. **Extension inside a paragraph.** From a strong unit the block grows over
   neighbouring units that continue it: another signal, the publication's
   "we ... you" voice, or a fragment of a few words ("Politics happens."). It
   never crosses a glued boundary: the story on the other side is not the plug's.
4. **Extension over paragraphs.** A neighbouring paragraph joins when it carries
   signals of its own, or when it speaks mostly as "we/our" about the publication's
   work (the middle of a donation appeal: "we need reporters on the ground"), and
   never when it reports. A short heading between two promotional paragraphs (a
   deals page) joins too.
5. **One diagnostic per run** of consecutive marked units; a glued boundary ends a
   run, so the story sentence after it is left to the other rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from lintnews.model.diagnostic import Finding, Severity

# the publication speaking as "we" (the appeal voice) and to "you" (the reader)
_FIRST_PLURAL = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us|let['’]s)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# what an appeal talks about when it speaks as "we": its journalism and its readers
_APPEAL_TOPIC = re.compile(
    r"\b(?:journalis\w*|reporters?|reporting|newsroom|readers?|paywalls?|subscri\w+|donat\w+|"
    r"stor(?:y|ies)|coverage|documentar\w+|afford|everyone|fact-?check\w*|"
    r"advertis\w+|newsletters?)\b",
    re.IGNORECASE,
)
# a unit that reports somebody's words or findings is journalism, whatever it quotes
_REPORTING = re.compile(
    r"\b(?:said|says|told|according\s+to|reported|reports|announced|wrote|writes|tweeted|"
    r"stated|explained|testified|alleged|claimed)\b",
    re.IGNORECASE,
)
# a join a scraper left without a stop: "ProgramNow the", "missedComments under": at a case
# change (Document.case_changes), the rest of the word and the character after it, which
# must lie inside the sentence.
_GLUE_WORD = re.compile(r"[a-z]+[ ,;:'’]")
_SENTENCE_OPENER = re.compile(
    r"(?:The|This|That|These|Those|Now|After|Before|While|When|Since|But|And|"
    r"She|They|You|There|Here|Its|His|Her|Their|Our|For|With)\b"
)
_SHORT_WORDS = 6  # a fragment this short continues the plug it sits in ("Politics happens.")
_HEADING_WORDS = 12
_TERMINAL = re.compile(r"[.!?:\"”’)]\s*$")


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    block: int
    glued: bool  # joined to the previous unit without white space


Signal = tuple  # (rule, hit, severity)


class _Spans:
    """The signal hits' spans, for "is this offset inside / at the edge of a hit?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each index
        far = -1
        for _, b in spans:
            far = max(far, b)
            self.reach.append(far)
        self.edges = {x for span in spans for x in span}

    def inside(self, at: int) -> bool:
        i = bisect_left(self.starts, at) - 1  # spans starting before ``at``
        return i >= 0 and self.reach[i] > at

    def at_edge(self, at: int) -> bool:
        return at in self.edges


def _real_glue(text: str, lo: int, at: int, spans: _Spans) -> bool:
    """Is the case change at ``at`` a scraper's join rather than a brand name?

    A join right at a signal's edge ("Paid Program|Now") is one; otherwise the
    word before must end in three or more lower-case letters and the word after
    must be one that opens sentences ("picks|The", "Youtube|This"), which brand
    names ("YouTube", "HomeKit", "McDonald", "LinkedIn") and handles do not
    give; two-letter openers ("In", "It") are left out for "LinkedIn"'s sake.
    """
    if spans.at_edge(at):
        return True
    word_start = at
    while word_start > lo and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:at]
    if word[:1] in "@#" or "/" in word or any(c.isdigit() for c in word):
        return False
    tail = len(word) - len(word.rstrip("abcdefghijklmnopqrstuvwxyz"))
    return tail >= 3 and _SENTENCE_OPENER.match(text, at) is not None


def _glue_points(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Every case change that may be a join, with the end of the word it opens (plus
    one character): from the document's case changes, not a scan per sentence."""
    text, word = doc.text, _GLUE_WORD.match
    return [(at, m.end()) for at in doc.case_changes if (m := word(text, at + 1)) is not None]


class _Units:
    """Sentences split again at stopless glue; the judge's unit of text."""

    def __init__(self, doc, hits: list) -> None:  # type: ignore[no-untyped-def]
        text = doc.text
        spans = _Spans(sorted((h.start, h.end) for h in hits))
        sentences = doc.sentences
        # A sentence with no glue in it is its own unit: a Sentence has the fields of
        # a _Unit, and most sentences are not split, so no second object is made; the
        # few sentences that hold a glue point are found from the glue points.
        starts = doc._sentence_starts
        glue_in: dict[int, list[tuple[int, int]]] = {}
        for at, reach in _glue_points(doc):
            si = bisect_right(starts, at) - 1
            if si >= 0 and at < sentences[si].end:
                glue_in.setdefault(si, []).append((at, reach))
        units: list = []
        append = units.append
        done = 0
        for si in sorted(glue_in):
            units.extend(sentences[done:si])
            s = sentences[si]
            start, glued = s.start, s.glued
            for at, reach in glue_in[si]:
                if reach > s.end or spans.inside(at) or not _real_glue(text, s.start, at, spans):
                    continue
                if at - start >= 2:
                    append(_Unit(start, at, s.block, glued))
                    start, glued = at, True
            append(_Unit(start, s.end, s.block, glued) if start != s.start else s)
            done = si + 1
        units.extend(sentences[done:])
        self.doc = doc
        self.text = text
        self.units = units
        self._starts = [u.start for u in units]

    def block_units(self, bi: int) -> list[int] | None:
        """The indexes of block ``bi``'s units (``None`` when it has none)."""
        blocks = self.doc.blocks
        if not 0 <= bi < len(blocks):
            return None
        lo = bisect_left(self._starts, blocks[bi].start)
        hi = bisect_left(self._starts, blocks[bi].end)
        return list(range(lo, hi)) or None

    def index(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def reports(self, i: int) -> bool:
        """Does the unit report somebody's words (outside quotation marks)?"""
        u = self.units[i]
        return any(
            self.doc.quotation_at(m.start()) is None
            for m in _REPORTING.finditer(self.text, u.start, u.end)
        )

    def voice(self, pattern: re.Pattern[str], i: int) -> int:
        u = self.units[i]
        return sum(
            1 for m in pattern.finditer(self.text, u.start, u.end)
            if self.doc.quotation_at(m.start()) is None
        )

    def words(self, i: int) -> int:
        u = self.units[i]
        return len(self.text[u.start : u.end].split())


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """One finding per advertorial block (see the module docstring)."""
    if not doc.sentences:
        return
    units = _Units(doc, [h for hits in hits_by_rule.values() for h in hits])
    us = units.units
    signals: dict[int, list[Signal]] = {}
    for rule, hits in hits_by_rule.items():
        for hit in hits:
            i = units.index(hit.start)
            if doc.in_attributed_quote(hit.start, hit.end) or units.reports(i):
                continue
            sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
            signals.setdefault(i, []).append((rule, hit, sev))
    if not signals:
        return
    strong = {i for i, sig in signals.items() if any(sev.rank >= 1 for _, _, sev in sig)}
    strong_blocks = {us[i].block for i in strong}
    weak_by_block: dict[int, list[int]] = {}
    for i, sig in signals.items():
        if i not in strong:
            weak_by_block.setdefault(us[i].block, []).extend([i] * len(sig))
    for bi, weak in weak_by_block.items():
        # a deals paragraph; a weak line next to a plug; two leftover link lines in a row
        if (
            len(weak) >= 2
            or bi - 1 in strong_blocks
            or bi + 1 in strong_blocks
            or bi - 1 in weak_by_block
            or bi + 1 in weak_by_block
        ):
            strong.update(weak)

    marked = set(strong)
    changed = True
    while changed:
        changed = False
        for j in _fill_gaps(units, marked):
            marked.add(j)
            changed = True
        for i in sorted(marked):
            for j in _grow_within(units, i, signals, marked):
                if j not in marked:
                    marked.add(j)
                    changed = True
        for j in _grow_across(units, marked, signals):
            if j not in marked:
                marked.add(j)
                changed = True

    for i in signals:  # weak signals that joined no block stay hints
        if i not in marked:
            yield _finding(units, [i], signals, Severity.INFO)
    run: list[int] = []
    for i in [*sorted(marked), None]:
        if run and (i is None or i != run[-1] + 1 or us[i].glued):
            yield _finding(units, run, signals, None)
            run = []
        if i is not None:
            run.append(i)


def _finding(units: _Units, run: list[int], signals, severity: Severity | None) -> Finding:  # type: ignore[no-untyped-def]
    """The finding for a run of units: its strongest signal names the rule."""
    sig = [t for i in run for t in signals.get(i, ())]
    rule, hit, sev = max(sig, key=lambda t: t[2].rank)
    if severity is None:  # a block grown from a strong signal (or promoted weak ones)
        severity = sev if sev.rank > Severity.WARNING.rank else Severity.WARNING
    start, end = units.units[run[0]].start, units.units[run[-1]].end
    while end > start and units.text[end - 1].isspace():
        end -= 1
    return rule.finding(units.text, hit, start=start, end=end, severity=severity)


def _grow_within(units: _Units, i: int, signals, marked: set[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """Neighbouring units of the same paragraph that continue the plug."""
    us = units.units
    block = us[i].block
    out = []
    for step in (-1, 1):
        j = i
        while True:
            nxt = j + step
            if not 0 <= nxt < len(us) or us[nxt].block != block:
                break
            # a glued boundary separates the plug from the story on the other side
            if us[nxt].glued if step == 1 else us[j].glued:
                break
            if nxt not in marked:
                continues = nxt in signals or (
                    not units.reports(nxt)
                    and (
                        units.voice(_FIRST_PLURAL, nxt)
                        or units.voice(_SECOND, nxt)
                        or units.words(nxt) <= _SHORT_WORDS
                    )
                )
                if not continues and not _bridges(units, nxt, step, marked):
                    break
            out.append(nxt)
            j = nxt
    return out


def _fill_gaps(units: _Units, marked: set[int]) -> list[int]:
    """Units between two marked units of one paragraph, with no glue in between: a
    paragraph that is promotion at both ends is promotion throughout."""
    us = units.units
    out = []
    # the marked units of each paragraph, paragraphs in order (only those with marks)
    marked_by_block: dict[int, list[int]] = {}
    for i in sorted(marked):
        marked_by_block.setdefault(us[i].block, []).append(i)
    for hit in marked_by_block.values():
        if len(hit) < 2:
            continue
        for a, b in pairwise(hit):
            if b - a > 1 and not any(us[k].glued for k in range(a + 1, b + 1)):
                out.extend(range(a + 1, b))
    return out


def _bridges(units: _Units, i: int, step: int, marked: set[int]) -> bool:
    """One unit between two marked units of the same paragraph, with no glue on
    either side, belongs to the block around it (the fine print of a deals plug)."""
    us = units.units
    k = i + step
    if not 0 <= k < len(us) or k not in marked or us[k].block != us[i].block:
        return False
    return not us[i].glued and not us[max(i, k)].glued


def _grow_across(units: _Units, marked: set[int], signals) -> list[int]:  # type: ignore[no-untyped-def]
    """Whole neighbouring paragraphs that belong to a marked block."""
    doc = units.doc
    us = units.units
    marked_blocks = {us[i].block for i in marked}
    out: list[int] = []
    # only the paragraphs next to a marked one can join, in paragraph order
    neighbours = sorted({b + d for b in marked_blocks for d in (-1, 1)} - marked_blocks)
    for bi in neighbours:
        idx = units.block_units(bi)
        if idx is None:
            continue
        before, after = bi - 1 in marked_blocks, bi + 1 in marked_blocks
        # the neighbour must touch the marked units (no glued story in between)
        before = before and idx[0] - 1 in marked
        after = after and idx[-1] + 1 in marked
        if not (before or after):
            continue
        if any(units.reports(i) for i in idx):
            continue
        if doc.headline is not None and doc.blocks[bi].start == doc.headline.start:
            continue
        if any(i in signals for i in idx) or _appeal_voice(units, idx) or (
            before and after and _heading(units, idx)
        ):
            out.extend(_unglued(units, idx, before))
    return out


def _unglued(units: _Units, idx: list[int], from_start: bool) -> list[int]:
    """The units of a paragraph up to (or back from) its first glued boundary."""
    us = units.units
    if from_start:
        out = [idx[0]]
        for i in idx[1:]:
            if us[i].glued:
                break
            out.append(i)
        return out
    out = [idx[-1]]
    for i in reversed(idx[:-1]):
        if us[i + 1].glued:
            break
        out.append(i)
    return out


def _appeal_voice(units: _Units, idx: list[int]) -> bool:
    """Most units speak as the publication ("we", "our") about its work and readers."""
    voiced = [i for i in idx if units.voice(_FIRST_PLURAL, i)]
    if len(voiced) * 2 < len(idx):
        return False
    return any(units.voice(_APPEAL_TOPIC, i) for i in voiced)


def _heading(units: _Units, idx: list[int]) -> bool:
    """A short line without a closing stop: a product or section heading."""
    chunk = units.text[units.units[idx[0]].start : units.units[idx[-1]].end]
    return len(chunk.split()) <= _HEADING_WORDS and not _TERMINAL.search(chunk)


__all__ = ["judge"]
