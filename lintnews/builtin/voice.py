"""The writer's voice: loaded words count only when the writer, not a quoted speaker, uses them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostic import Finding, Severity
from lintnews.rule import Rule

_NEXT_WORDS = re.compile(r"[\s-]*((?:[\w'’-]+\s*){1,3})")


def _literal(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    """Do the words after a hit make it literal ("devastating floods", "slammed the door")?"""
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return False
    after = " ".join(m.group(1).lower().split()) + " "
    return any(after.startswith(p.lower() + " ") for p in phrases)


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    for rule, hits in hits_by_rule.items():
        yield from _judge_rule(doc, rule, hits)


def _judge_rule(doc, rule, hits) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    text = doc.text
    for hit in hits:
        s = doc.sentence_at(hit.start)
        lo, hi = (s.start, s.end) if s else (0, len(text))
        if rule.exceptions and rule.excepted(text, hit, lo, hi):
            continue
        q = doc.quotation_at(hit.start)
        if q is not None and not q.single and (q.attributed or q.block_quote or q.end - q.start > 40):
            continue  # a quoted speaker's words
        if q is not None and q.single and q.attributed:
            continue
        term = hit.term
        if term is not None and term.literal_after and _literal(text, hit.end, term.literal_after):
            continue
        f = rule.finding(text, hit)
        if doc.in_headline(hit.start):
            f = Finding(f.start, f.end, "In the headline: " + f.message, f.suggestion, f.severity, f.rule)
        if getattr(doc, "profile", "news") == "opinion":
            f = Finding(f.start, f.end, f.message, f.suggestion, Severity.INFO, f.rule)
        yield f


def code_rules() -> list[Rule]:
    """Code rules of the loaded-language family (scare quotes come in issue work)."""
    return []
