"""The attribution check: is a hearsay cue backed by a source the reader can identify?

News desks ask one question of "is believed to", "allegedly", "sources say": who
says so? A cue is left alone when its sentence or the next one names a source
(a person, an organisation, an outlet, "according to X", "X said"), reported at
``info`` when the source is described but unnamed ("a senior official said"),
and reported as a warning when nobody is named. Cues inside an attributed
quotation are the speaker's words, not the writer's.
"""

from __future__ import annotations

from collections.abc import Iterator

from lintnews import speech
from lintnews.diagnostic import Finding, Severity


def source_near(doc, sentence_index: int) -> tuple[str | None, tuple[int, int] | None]:  # type: ignore[no-untyped-def]
    """The source named in the sentence at ``sentence_index`` or the next one in its block."""
    sents = doc.sentences
    s = sents[sentence_index]
    kind, span = speech.find_source(doc.text, s.start, s.end)
    if kind == "named":
        return kind, span
    if sentence_index + 1 < len(sents):
        nxt = sents[sentence_index + 1]
        if doc.text[nxt.start : nxt.end].rstrip().endswith(":"):
            return kind, span  # it introduces the next quotation, not this claim
        kind2, span2 = speech.find_source(doc.text, nxt.start, nxt.end)
        if kind2 == "named" or (kind2 and not kind):
            return kind2, span2
    return kind, span


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    for rule, hits in hits_by_rule.items():
        yield from _judge_rule(doc, rule, hits)


def _judge_rule(doc, rule, hits) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    text = doc.text
    for hit in hits:
        if not doc.sentences:
            return
        si = doc.sentence_index(hit.start)
        s = doc.sentences[si]
        if rule.exceptions and rule.excepted(text, hit, s.start, s.end):
            continue
        q = doc.quotation_at(hit.start)
        if q is not None and q.attributed and not q.single:
            continue  # the speaker's words, not the writer's
        # the cue itself ("critics say") must not count as its own source
        kind, span = source_near(doc, si)
        if span is not None and span[0] < hit.end and hit.start < span[1]:
            kind = None
        if kind == "named":
            continue
        if kind == "described":
            f = rule.finding(text, hit)
            yield Finding(f.start, f.end,
                          f.message + " The source is described but not named.",
                          "Name the source, or say why it cannot be named.",
                          Severity.INFO, f.rule)
            continue
        yield rule.finding(text, hit)
