"""The writer's voice: loaded words count only when the writer, not a quoted speaker, uses them.

The judge of the ``writer-voice`` context. For every lexicon hit (the matcher has
already dropped those a rule's exceptions cover: a term of art such as "tax regime")
it asks, in order: is it inside quotation
marks or a block quote (a speaker's words, or a scare quote that the scare-quote
rule reports as such)? Is the sense literal ("devastating floods", "slammed the
door")? For rules with ``sense = "speech"``, is the verb a said-verb here? Then the
finding is worded for the headline. (Opinion pieces report it at ``info``: the filters
stage does that, see :mod:`lintnews.engine.filters`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.builtin.loaded_context import Sense, speech_sense, voice_finding
from lintnews.builtin.scare_quotes import DISTANCING_WORDS
from lintnews.model.diagnostic import Finding, Severity

_NEXT_WORDS = re.compile(r"[\s-]*((?:[\w'’-]+\s*){1,3})")
# "critics called it a car crash", "what she described as a sham": the characterisation
# is the named person's, reported by the writer.
_NAMED_BY_SOMEONE = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|branded|brands|labell?ed|"
    r"dubbed|termed|denounced|decried|condemned)\b(?:\s+[\w'’-]+){0,4}?\s+(?:as\s+)?"
    r"(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Every _NAMED_BY_SOMEONE match holds one of these (lower-cased): most windows hold none.
_NAMING_STEMS = ("call", "describ", "brand", "label", "dubbed", "termed", "denounced", "decried",
                 "condemned")


def _named_by_someone(text: str, start: int, end: int) -> bool:
    """``_NAMED_BY_SOMEONE.search(text, start, end)``, skipping the search where none of its
    verbs occurs (checked on ASCII windows only: ``re.IGNORECASE`` folds a few non-ASCII
    letters, the long s and the dotless i, onto ASCII ones)."""
    window = text[start:end]
    if window.isascii():
        low = window.lower()
        if not any(stem in low for stem in _NAMING_STEMS):
            return False
    return _NAMED_BY_SOMEONE.search(text, start, end) is not None


_OPENING_QUOTE = re.compile(r"\s*[\"“‘'«]")



def _literal(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    """Do the words after a hit make it literal ("devastating floods", "slammed the door")?"""
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return False
    after = " ".join(m.group(1).lower().split()) + " "
    return any(after.startswith(p.lower() + " ") for p in phrases)


def speakers_words(doc, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """Is ``offset`` inside quotation marks or a block quote?

    Attributed quotations and block quotes hold a speaker's words. A short quotation
    with no speaker is a scare quote: the scare-quote rule reports the marks, so the
    words inside are not reported a second time.
    """
    return doc.quotation_at(offset) is not None


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    for rule, hits in hits_by_rule.items():
        yield from _judge_rule(doc, rule, hits)


def _judge_rule(doc, rule, hits) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    # (what does not change from hit to hit is looked up once: a long text has thousands)
    text = doc.text
    sentence_at, quotation_at = doc.sentence_at, doc.quotation_at
    speech = getattr(rule, "sense", "") == "speech"
    headline = doc.headline
    for hit in hits:
        start, end = hit.start, hit.end
        s = sentence_at(start)
        lo = s.start if s else 0
        if quotation_at(start) is not None:
            continue  # a speaker's words, or a scare quote (see speakers_words)
        term = hit.term
        if term is not None:
            if term.literal_after and _literal(text, end, term.literal_after):
                continue
            if term.term in DISTANCING_WORDS:
                mark = _OPENING_QUOTE.match(text, end)
                if mark is not None and quotation_at(mark.end() - 1) is not None:
                    continue  # "so-called 'reforms'": the scare-quote rule reports the pair
        severity = None
        if _named_by_someone(text, max(lo, start - 80), start):
            severity = Severity.INFO
        if speech:
            sense = speech_sense(text, start, end, lo)
            if sense is Sense.OTHER:
                continue
            if sense is Sense.UNSURE:
                severity = Severity.INFO
        f = rule.finding(text, hit)
        if severity is not None:
            f = Finding(f.start, f.end, f.message, f.suggestion, severity, f.rule)
        if headline is not None and headline.start <= start < headline.end:
            f = voice_finding(doc, f)
        yield f
