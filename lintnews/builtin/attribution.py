"""The attribution check: is a hearsay cue backed by a source the reader can identify?

News desks ask one question of "is believed to", "allegedly", "sources say": who
says so? A cue is left alone when its sentence or the next one names a source
that vouches for it (a person, an organisation, an outlet, "according to X",
"X said"), reported at ``info`` when the source is described but unnamed ("a
senior official said"), and reported as a warning when nobody is named. Cues
inside an attributed quotation are the speaker's words, not the writer's.

What counts as vouching follows how wire copy is built:

- "according to X" covers its sentence;
- a lead ("Police said the man allegedly...") covers what follows the verb, up to a
  clause the writer adds ("..., which will reportedly...");
- a tag (", police said.", ", said Jane Doe.") or a passive agent ("reported by
  the BBC") covers what precedes it;
- the cue is never its own source ("critics say"), and a speech verb the cue
  modifies is part of the hearsay ("she reportedly told friends");
- the next sentence helps only when it names a person, institution or outlet
  and is not itself a quotation or the lead-in to one (those attribute the quote).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from lintnews.document import sourcing
from lintnews.model.diagnostic import Finding, Severity

# A clause the writer adds between a lead verb and the cue: the lead no longer covers it.
_BREAK = re.compile(
    r";|,\s*(?:which|who|whom|whose|but|while|although|though|whereas|yet|as)\b"
    r"|\b(?:who|which|whom|whose)\b|\bbut\b|\s[—–]\s|\s--\s"
)
_SENTENCE_OPENER = re.compile(
    r"\W*(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Now|Yet|So|Still|Also|"
    r"Last\s+\w+|On\s+\w+|In\s+a\s+statement|Previously)\W+)*"
)
_TAG_BEFORE = re.compile(r"(?:[,(—–]|[\"”’']|--)\s*$")
# What may follow a tag's verb: ", police said." / ", she said on Monday, ..." / ", he told the BBC."
_TAG_AFTER = re.compile(
    r"\s*(?:(?:on|in|at|late|early|last|this|yesterday|today|earlier|later|during|after|when|"
    r"to|[A-Z][a-z]+day)\b[^,;]*?)?(?:[,.;:!?\"”’)]|$)"
)
_TOLD_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*")
_DOCUMENT_AGENT = re.compile(
    r"(?:report|study|survey|statement|analysis|investigation|poll|filing|letter|memo|review|audit|"
    r"paper|research)s?\s"
)
# "the experts", "these industry sources": a definite phrase around the cue refers back to
# sources already named. Not across "and": in "the public and some critics" the article
# belongs to another phrase.
_DEFINITE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Ss]uch|[Bb]oth)\s+"
    r"(?:(?!(?:and|or|nor|but)\b)[\w'’-]+\s+){0,2}$"
)
_CAPITAL_MODIFIER = re.compile(r"(?:\b[A-Z][\w.&’'-]*\s+){1,3}$")
_IDENTIFYING_PP = re.compile(
    r"\s(?:at|from|with|in|inside|within|close\s+to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]"
)
_VAGUE_RULES = ("unattributed-claim/vague-source", "unattributed-claim/vague-provenance")
_MATERIAL = sourcing.words(
    "footage video videos images photos photographs pictures documents details claims allegations "
    "rumours rumors evidence recordings messages emails texts letters papers files polls surveys "
    "studies research people person"
)
_DESCRIBED_NOTE = " The source is described but not named."
_DESCRIBED_SUGGESTION = "Name the source, or say why it cannot be named."


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """Judge the cues of every attribution rule together, so overlapping cues report once."""
    if not doc.sentences:
        return
    cues = sorted(
        ((hit.start, -(hit.end - hit.start), i, rule, hit)
         for i, (rule, hits) in enumerate(hits_by_rule.items()) for hit in hits),
        key=lambda c: c[:3],
    )
    kept_end = -1
    quotes = _LongQuotes(doc)
    for _start, _neg, _i, rule, hit in cues:
        if hit.start < kept_end:
            continue  # overlaps a cue already judged ("it was reported" / "reportedly")
        finding = _judge_cue(doc, rule, hit, quotes)
        if finding is not None:
            kept_end = hit.end
            yield finding


def _judge_cue(doc, rule, hit, quotes: _LongQuotes) -> Finding | None:  # type: ignore[no-untyped-def]
    text = doc.text
    si = doc.sentence_index(hit.start)
    s = doc.sentences[si]
    if _quoted(doc, hit.start):
        return None  # the speaker's words, not the writer's
    described = False
    first = text[hit.start : hit.end].split()[0].lower()
    if rule.id in _VAGUE_RULES and (first in sourcing.VAGUE_SOURCES or first in _MATERIAL):
        before = text[max(s.start, hit.start - 60) : hit.start]
        if _DEFINITE_BEFORE.search(before):
            return None  # "the experts", "these reports": they refer back to ones already named
        cap = _CAPITAL_MODIFIER.search(before)
        if (cap and cap.start() + max(s.start, hit.start - 60) > s.start) or _IDENTIFYING_PP.search(
            text[hit.start : hit.end]
        ):
            described = True  # "Ministry officials", "experts at Oxford University"
    kind = _source_for(doc, si, hit.start, hit.end, rule.id != "unattributed-claim/vague-source", quotes)
    if kind == "named":
        return None
    f = rule.finding(text, hit)
    if kind == "described" or described:
        return Finding(f.start, f.end, f.message + _DESCRIBED_NOTE, _DESCRIBED_SUGGESTION,
                       Severity.INFO, f.rule)
    return f


def _quoted(doc, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """Is ``offset`` inside someone's quoted words (attributed, a block quote, or a long quote)?"""
    q = doc.quotation_at(offset)
    if q is None:
        return False
    if q.single:
        return q.attributed
    return q.attributed or q.block_quote or q.end - q.start > 40


def _source_for(doc, si: int, cue_start: int, cue_end: int,  # type: ignore[no-untyped-def]
                next_sentence: bool = True, quotes: _LongQuotes | None = None) -> str | None:
    """``"named"``, ``"described"`` or ``None``: the best source vouching for the cue.

    ``next_sentence=False`` for vague-source cues: "critics say" is not made specific by
    a different, named person speaking in the next sentence."""
    text = doc.text
    s = doc.sentences[si]
    best: str | None = None
    for m in sourcing.mentions(text, s.start, s.end):
        if m.kind is None or not _covers(text, m, cue_start, cue_end):
            continue
        if m.kind == "named":
            return "named"
        best = "described"
    if best is None and next_sentence and _next_can_attribute(doc, si, quotes or _LongQuotes(doc)):
        nxt = doc.sentences[si + 1]
        for m in sourcing.mentions(text, nxt.start, nxt.end):
            if m.kind == "named" and _identifies(m) and _vouches_for_previous(text, m, nxt.start, nxt.end):
                return "named"
    return best


def _vouches_for_previous(text: str, m: sourcing.Mention, start: int, end: int) -> bool:
    """A next-sentence source speaks for what came before when it opens its sentence
    ("Police said ...", "According to the ministry, ..."), or is its closing tag
    (", the ministry said."), not when it is buried in the middle of another claim."""
    if m.style == "according":
        return True
    lead = text[start : m.src_start]
    if m.style == "subject" and _SENTENCE_OPENER.fullmatch(lead):
        return True
    return m.style in ("subject", "inverted") and not text[m.end : end].strip(" .\"”’")


def _covers(text: str, m: sourcing.Mention, cue_start: int, cue_end: int) -> bool:
    """Does mention ``m`` vouch for the cue at ``cue_start:cue_end`` in the same sentence?"""
    src_end = m.src_start + len(m.phrase)
    if cue_start < src_end and m.src_start < cue_end:
        return False  # the cue is the source: "critics say", "said officials"
    if m.style == "subject" and m.src_start <= cue_start < m.verb_end:
        return False  # the cue modifies the speech verb: "she reportedly told friends"
    if m.style == "according":
        return True
    if m.verb_end <= cue_start and m.style in ("subject", "according"):
        return not _BREAK.search(text, m.verb_end, cue_start)  # a lead
    if m.style == "agent":
        # "It was reported by the Gazette": the agent of the cue's own participle, or of a
        # document right after it; not "purportedly written by the king" (another verb's agent)
        if m.start < cue_end <= m.src_start:
            return True
        between = text[cue_end : m.start]
        return (m.start >= cue_end and len(between) <= 80 and not _BREAK.search(between)
                and bool(_DOCUMENT_AGENT.match(text, m.start)))
    if m.start >= cue_end:  # after the cue: a tag
        between = text[cue_end : m.start]
        if ";" in between:
            return False
        if m.style == "inverted":
            return True
        if not _TAG_BEFORE.search(between):
            return False
        after = m.verb_end
        if text[max(0, after - 5) : after].lower().endswith(("told", "tells")):
            obj = _TOLD_OBJECT.match(text, after)  # ", she told the BBC." / ", he told reporters."
            after = obj.end() if obj else after
        return bool(_TAG_AFTER.match(text, after))
    return False


def _next_can_attribute(doc, si: int, quotes: _LongQuotes) -> bool:  # type: ignore[no-untyped-def]
    """Can the next sentence vouch for this one? Only in the same paragraph, and not when
    it quotes someone or introduces a quote: then it attributes that quote."""
    text = doc.text
    if si + 1 >= len(doc.sentences) or doc.sentences[si + 1].block != doc.sentences[si].block:
        return False  # a new paragraph starts a new point
    nxt = doc.sentences[si + 1]
    if text[nxt.start : nxt.end].rstrip().endswith(":"):
        return False
    if text[doc.sentences[si].start : doc.sentences[si].end].rstrip().endswith(":"):
        return False
    if doc.in_headline(nxt.start):
        return False
    return not quotes.overlap(nxt.start, nxt.end)


class _LongQuotes:
    """The document's double-quoted quotations of 20 characters or more, found when first
    asked (once per judge call: the judge keeps nothing on the document)."""

    __slots__ = ("_found", "doc")

    def __init__(self, doc) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self._found: tuple[list[int], list[int], list[int]] | None = None

    def _quotes(self) -> tuple[list[int], list[int], list[int]]:
        """Their starts and ends, and the furthest end so far (a running maximum)."""
        if self._found is None:
            long = [q for q in self.doc.quotations if not q.single and q.inner_end - q.inner_start >= 20]
            reach, far = [], -1
            for q in long:
                far = max(far, q.end)
                reach.append(far)
            self._found = ([q.start for q in long], [q.end for q in long], reach)
        return self._found

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


def _identifies(m: sourcing.Mention) -> bool:
    """A source named well enough to vouch for the sentence before: a proper name,
    an institution or an outlet, not a pronoun or "the man" (they refer back to the
    story's subject, not to a source of the claim)."""
    words = m.phrase.split()
    first = words[0].lower()
    if first in ("he", "she", "they", "i", "we", "it"):
        return False
    if first in ("the", "his", "her", "their", "its"):
        rest = {w.lower().strip("'’s") for w in words[1:]}
        return bool(rest & sourcing.INSTITUTIONS) or any(w[:1].isupper() for w in words[1:])
    return True
