"""Advertorial blocks: promotional signals grown into whole appeals and plugs.

The words live in ``rules/advertorial.toml``; this judge receives the hits of all
advertorial rules at once and decides what one block is, because an editor needs
one diagnostic per appeal, not one per phrase:

1. **Signals.** Hits inside an attributed quotation, or in a sentence that reports
   somebody's words ("the company said ... subscribe now"), are journalism about
   promotion and are dropped. Warning-level hits are *strong*; info-level hits are
   *weak* (a deal price, a lone "Read more"): a block with two weak hits, or a weak
   hit next to a strong block, counts as strong.
2. **Extension inside a paragraph.** From a strong sentence the block grows over
   neighbouring sentences that continue it: another signal, the publication's
   "we ... you" voice, or a fragment of a few words ("Politics happens.").
   It never crosses a glued boundary (``Sentence.glued``: "difference.High").
3. **Extension over paragraphs.** A whole neighbouring paragraph joins when it
   carries signals of its own or speaks mostly as "we/our" (the middle of a
   donation appeal: "we need reporters on the ground"), and never when it reports.
   A short heading between two promotional paragraphs (a deals page) joins too.
4. **Glue without a stop.** Scrapers also join a plug and the story with no full
   stop ("Paid ProgramNow the agency..."). After the last signal of a block's final
   sentence, a lower-to-upper case join followed by ordinary prose ends the block,
   so the story sentence after it is not swallowed (and is still linted by the
   other rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostic import Finding, Severity

# the publication speaking as "we" (the appeal voice) and to "you" (the reader)
_FIRST_PLURAL = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us|let['’]s)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# a sentence that reports somebody's words or findings is journalism, whatever it quotes
_REPORTING = re.compile(
    r"\b(?:said|says|told|according\s+to|reported|reports|announced|wrote|writes|tweeted|"
    r"stated|explained|testified|alleged|claimed)\b",
    re.IGNORECASE,
)
# a join a scraper left without a stop: "ProgramNow the", "missedComments under"
_CAMEL_GLUE = re.compile(r"(?<=[a-z!?.])(?=[A-Z][a-z]+[ ,;:'’])")
_SHORT_WORDS = 6  # a fragment this short continues the plug it sits in ("Politics happens.")
_HEADING_WORDS = 12
_TERMINAL = re.compile(r"[.!?:\"”’)]\s*$")

Signal = tuple  # (rule, hit, severity)


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """One finding per advertorial block (see the module docstring)."""
    text = doc.text
    sents = doc.sentences
    if not sents:
        return
    signals: dict[int, list[Signal]] = {}
    for rule, hits in hits_by_rule.items():
        for hit in hits:
            si = doc.sentence_index(hit.start)
            s = sents[si]
            if rule.exceptions and rule.excepted(text, hit, s.start, s.end):
                continue
            lo, hi = _glued_segment(text, s.start, s.end, hit.start, hit.end)
            if doc.in_attributed_quote(hit.start, hit.end) or _reports(doc, si, lo, hi):
                continue
            sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
            signals.setdefault(si, []).append((rule, hit, sev))
    if not signals:
        return
    strong = {si for si, sig in signals.items() if any(sev.rank >= 1 for _, _, sev in sig)}
    # weak signals: two in one paragraph (a deals paragraph, a cluster of link leftovers)
    weak_by_block: dict[int, list[int]] = {}
    for si, sig in signals.items():
        if si not in strong:
            weak_by_block.setdefault(sents[si].block, []).extend([si] * len(sig))
    for bi, weak in weak_by_block.items():
        if len(weak) >= 2 or _block_signals(doc, signals, bi - 1, strong) or _block_signals(
            doc, signals, bi + 1, strong
        ):
            strong.update(weak)
    # two neighbouring paragraphs that are each a lone weak line ("Related" / "Read more")
    weak_blocks = sorted(weak_by_block)
    for a, b in zip(weak_blocks, weak_blocks[1:]):
        if b == a + 1:
            strong.update(weak_by_block[a])
            strong.update(weak_by_block[b])

    marked = set(strong)
    changed = True
    while changed:
        changed = False
        for si in sorted(marked):
            for j in _grow_within(doc, si, signals, marked):
                if j not in marked:
                    marked.add(j)
                    changed = True
        for j in _grow_across(doc, marked, signals):
            if j not in marked:
                marked.add(j)
                changed = True

    # weak signals that joined no block stay hints
    for si in signals:
        if si not in marked:
            yield _finding(doc, [si], signals, Severity.INFO)

    run: list[int] = []
    for si in sorted(marked) + [None]:  # type: ignore[list-item]
        if run and (si is None or si != run[-1] + 1 or sents[si].glued):
            yield _finding(doc, run, signals, None)
            run = []
        if si is not None:
            run.append(si)


def _finding(doc, run: list[int], signals, severity: Severity | None) -> Finding:  # type: ignore[no-untyped-def]
    """The finding for a run of sentences: its strongest signal names the rule."""
    text = doc.text
    sents = doc.sentences
    sig = [t for i in run for t in signals.get(i, ())]
    rule, hit, sev = max(sig, key=lambda t: t[2].rank)
    if severity is None:  # a block grown from a strong signal (or promoted weak ones)
        severity = sev if sev.rank > Severity.WARNING.rank else Severity.WARNING
    start, end = sents[run[0]].start, sents[run[-1]].end
    last_hits = [h.end for _, h, _ in signals.get(run[-1], ())]
    cut_from = max(last_hits) if last_hits else None
    if cut_from is not None:
        end = _cut_at_glue(text, cut_from, end)
    return rule.finding(text, hit, start=start, end=end, severity=severity)


def _cut_at_glue(text: str, after: int, end: int) -> int:
    """End of the block when a story sentence is glued on without a stop."""
    for m in _CAMEL_GLUE.finditer(text, after, end):
        rest = text[m.start() : end]
        if len(rest.split()) >= 4:
            return m.start()
    return end


def _glued_segment(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The part of a sentence around a hit, cut at stopless glue on either side, so a
    plug glued to a story sentence is judged apart from the story."""
    before = lo
    for m in _CAMEL_GLUE.finditer(text, lo, start):
        before = m.start()
    return before, _cut_at_glue(text, end, hi)


def _reports(doc, si: int, lo: int | None = None, hi: int | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Does the sentence (or its part ``lo:hi``) report somebody's words outside quotation marks?"""
    s = doc.sentences[si]
    for m in _REPORTING.finditer(doc.text, s.start if lo is None else lo, s.end if hi is None else hi):
        if doc.quotation_at(m.start()) is None:
            return True
    return False


def _count_voice(doc, pattern: re.Pattern[str], start: int, end: int) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for m in pattern.finditer(doc.text, start, end) if doc.quotation_at(m.start()) is None)


def _voiced(doc, si: int) -> bool:  # type: ignore[no-untyped-def]
    s = doc.sentences[si]
    return bool(
        _count_voice(doc, _FIRST_PLURAL, s.start, s.end) or _count_voice(doc, _SECOND, s.start, s.end)
    )


def _words(doc, si: int) -> int:  # type: ignore[no-untyped-def]
    s = doc.sentences[si]
    return len(doc.text[s.start : s.end].split())


def _grow_within(doc, si: int, signals, marked: set[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """Neighbouring sentences of the same paragraph that continue the plug."""
    sents = doc.sentences
    block = sents[si].block
    out = []
    for step in (-1, 1):
        j = si
        while True:
            nxt = j + step
            if not 0 <= nxt < len(sents) or sents[nxt].block != block:
                break
            # a glued boundary separates the plug from the story on the other side
            if (sents[nxt].glued if step == 1 else sents[j].glued):
                break
            if nxt not in marked:
                continues = nxt in signals or (
                    not _reports(doc, nxt) and (_voiced(doc, nxt) or _words(doc, nxt) <= _SHORT_WORDS)
                )
                if not continues:
                    break
            out.append(nxt)
            j = nxt
    return out


def _block_signals(doc, signals, bi: int, among: set[int]) -> bool:  # type: ignore[no-untyped-def]
    return any(i in among for i in doc.block_sentences(bi)) if 0 <= bi < len(doc.blocks) else False


def _grow_across(doc, marked: set[int], signals) -> list[int]:  # type: ignore[no-untyped-def]
    """Whole neighbouring paragraphs that belong to a marked block."""
    sents = doc.sentences
    marked_blocks = {sents[i].block for i in marked}
    out: list[int] = []
    for bi in range(len(doc.blocks)):
        if bi in marked_blocks:
            continue
        idx = list(doc.block_sentences(bi))
        if not idx:
            continue
        before, after = bi - 1 in marked_blocks, bi + 1 in marked_blocks
        if not (before or after):
            continue
        # the neighbour must touch the marked sentences (no glued story in between)
        if before and not after and (idx[0] - 1 not in marked):
            continue
        if after and not before and (idx[-1] + 1 not in marked):
            continue
        if any(_reports(doc, i) for i in idx):
            continue
        if doc.headline is not None and doc.blocks[bi].start == doc.headline.start:
            continue
        if any(i in signals for i in idx) or _appeal_voice(doc, idx) or (
            before and after and _heading(doc, bi)
        ):
            out.extend(_unglued(doc, idx, before))
    return out


def _unglued(doc, idx: list[int], from_start: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The sentences of a paragraph up to (or from) its first glued boundary."""
    sents = doc.sentences
    if from_start:
        out = [idx[0]]
        for i in idx[1:]:
            if sents[i].glued:
                break
            out.append(i)
        return out
    out = [idx[-1]]
    for i in reversed(idx[:-1]):
        if sents[i + 1].glued:
            break
        out.append(i)
    return out


def _appeal_voice(doc, idx: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """Most sentences of the paragraph speak as the publication ("we", "our")."""
    sents = doc.sentences
    voiced = sum(1 for i in idx if _count_voice(doc, _FIRST_PLURAL, sents[i].start, sents[i].end))
    return voiced * 2 >= len(idx)


def _heading(doc, bi: int) -> bool:  # type: ignore[no-untyped-def]
    """A short line without a closing stop: a product or section heading."""
    b = doc.blocks[bi]
    chunk = doc.text[b.start : b.end]
    return len(chunk.split()) <= _HEADING_WORDS and not _TERMINAL.search(chunk)


__all__ = ["judge"]
