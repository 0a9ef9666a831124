"""Advertorial blocks: a strong promotional signal, extended over the sentences that continue it.

An appeal is several sentences in the publication's first-person-plural voice
addressed to "you"; a plug is a short line of boilerplate. Starting from each
signal hit, the block grows over neighbouring sentences written in that voice
(or holding another signal) and stops at the story. Sentence boundaries come from
the Document, which also splits scraper-glued text ("difference.High quality"),
so a block never swallows the story sentence glued to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostic import Finding, Severity

_PROMO_VOICE = re.compile(
    r"\b(?:we|we're|we’re|we've|we’ve|our|ours|us|you|your|you're|you’re|yours)\b", re.IGNORECASE
)


def _voiced(text: str, start: int, end: int) -> bool:
    return _PROMO_VOICE.search(text, start, end) is not None


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    text = doc.text
    sents = doc.sentences
    if not sents:
        return
    strong: dict[int, tuple] = {}  # sentence index -> (rule, hit, severity) of its strongest signal
    for rule, hits in hits_by_rule.items():
        for hit in hits:
            si = doc.sentence_index(hit.start)
            s = sents[si]
            if rule.exceptions and rule.excepted(text, hit, s.start, s.end):
                continue
            sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
            if si not in strong or sev.rank > strong[si][2].rank:
                strong[si] = (rule, hit, sev)
    if not strong:
        return
    marked = set(strong)
    # a strong signal in a block written mostly as 'we' to 'you' takes the whole block
    for si in list(strong):
        if _block_voiced(doc, sents[si].block):
            marked.update(_unglued(doc, sents[si].block, si))
    # grow over neighbouring sentences in the same voice, and over whole neighbouring
    # blocks in that voice; stop at the first sentence of the story
    for si in sorted(marked):
        for step in (-1, 1):
            j = si + step
            while 0 <= j < len(sents) and j not in marked:
                s = sents[j]
                if s.block == sents[j - step].block:
                    if not _voiced(text, s.start, s.end):
                        break
                    marked.add(j)
                else:
                    if not _voiced(text, s.start, s.end) or not _block_voiced(doc, s.block):
                        break
                    marked.update(_unglued(doc, s.block, j))
                j += step
    # merge runs of marked sentences into spans
    run: list[int] = []
    for si in sorted(marked) + [None]:  # type: ignore[list-item]
        if run and (si is None or si != run[-1] + 1):
            first, last = sents[run[0]], sents[run[-1]]
            rule, hit, sev = max((strong[i] for i in run if i in strong), key=lambda t: t[2].rank)
            yield rule.finding(text, hit, start=first.start, end=last.end, severity=sev)
            run = []
        if si is not None:
            run.append(si)


def _unglued(doc, block_index: int, si: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The sentences of a block that belong with sentence ``si``: a glued boundary
    (no space after the stop) is where a scraper joined the plug to the story, so the
    block is cut there."""
    sents = doc.sentences
    idx = list(doc.block_sentences(block_index))
    lo = si
    while lo > idx[0] and not sents[lo].glued:
        lo -= 1
    hi = si
    while hi < idx[-1] and not sents[hi + 1].glued:
        hi += 1
    return list(range(lo, hi + 1))


def _block_voiced(doc, block_index: int) -> bool:  # type: ignore[no-untyped-def]
    """Most sentences of the block speak as 'we' to 'you'."""
    indices = doc.block_sentences(block_index)
    if not indices:
        return False
    sents = doc.sentences
    voiced = sum(1 for i in indices if _voiced(doc.text, sents[i].start, sents[i].end))
    return voiced * 2 >= len(indices)


__all__ = ["judge", "Severity"]
