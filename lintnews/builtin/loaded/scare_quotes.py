"""Scare quotes: a word or two put in quotation marks with nobody said to have used them.

"The self-declared 'interim' government" doubts a term without saying who doubts it or
why: the quotation marks are the writer's verdict. Quotations are everywhere in news,
so the rule is narrow (precision first):

- one to three words, no sentence punctuation inside (a fragment of speech ends with one);
- no speaker for the quotation, and nothing in the sentence that says whose words they
  are or what they are (a speech verb, "called", "dubbed", "the slogan", "the word");
- ``warning`` only where a distancing word doubles the marks ("so-called 'reforms'",
  "self-declared 'interim'"): elsewhere a short quotation is as often a speaker's words
  quoted further up, a coined term, a title or a nickname ('The A Word') as it is the
  writer's sneer, so it is reported at ``info`` for the editor to look at;
- in a headline quotation marks usually stand for a speaker's words, and words that are all
  capitalised are a name or a title ("the so-called 'War Logs'"): ``info``; so is a term the
  writer goes on to define ("so-called 'smart guns' are firearms that ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lintnews.model.diagnostic import Finding, Severity
from lintnews.model.rule import Examples, Rule
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document

MAX_WORDS = 3
MAX_CHARS = 40
DISTANCING_WORDS = ("so-called", "self-styled", "self-declared", "self-proclaimed", "supposed",
                    "alleged", "purported", "would-be")
_DISTANCING = LazyRegex(rf"\b(?:{'|'.join(DISTANCING_WORDS)})\s*$", re.IGNORECASE)
_WORD = LazyRegex(r"[^\W\d_][\w'’-]*")
# A term the writer goes on to define for the reader: a gloss after a dash or in brackets
# ('so-called "metadata" — the who, where and when of a call'), a relative clause of definition
# ('"cord cutting," by which viewers drop cable'), or a copula with a defining relative
# ('so-called "smart guns" are firearms that ...'): the marks introduce a term of art.
_DEFINED_AFTER = LazyRegex(
    r"[\s,]*(?:[—–(]|-\s|(?:by|in|under|through)\s+which\b"
    r"|which\s+(?:is|are|means|mean|refers|refer|describes|describe)\b"
    r"|(?:is|are|means|mean|refers\s+to|refer\s+to|describes|describe)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:that|which|who|where|used)\b)",
    re.IGNORECASE,
)


def check(doc: Document) -> Iterator[Finding]:
    text = doc.text
    for q in doc.quotations:
        if q.block_quote:
            continue
        inner = text[q.inner_start : q.inner_end].strip()
        words = inner.split()
        if not 1 <= len(words) <= MAX_WORDS or len(inner) > MAX_CHARS:
            continue
        if not all(_WORD.fullmatch(w.strip(",;")) for w in words):
            continue  # numbers, sentence punctuation, symbols: a fragment of speech or data
        # (imported at the first candidate: a text with no short quotation never loads them)
        from lintnews.builtin.loaded.context import quote_is_sourced, voice_finding

        s = doc.sentence_at(q.start)
        lo, hi = (s.start, s.end) if s else (0, len(text))
        if quote_is_sourced(text, lo, q.start, q.end, hi):
            continue
        if q.attributed:  # (asked last: finding a quotation's speaker is the costly test)
            continue
        start = q.start
        lead = _DISTANCING.search(text, max(lo, start - 20), start)
        if lead:
            start = lead.start()
        # Warn only where a distancing word doubles the marks ("self-declared 'interim'"):
        # elsewhere short quotations are as often a speaker's words quoted further up,
        # a coined term or a name as they are the writer's sneer.
        # A name or title in the marks ("the so-called 'War Logs'", "the so-called 'Sankt Gallen
        # Mafia'"): the marks set off a name someone gave, a hint at most.
        named = all(w[:1].isupper() for w in words) and q.start > lo + 1
        defined = _DEFINED_AFTER.match(text, q.end) is not None
        severity = None if lead and not named and not defined and not doc.in_headline(q.start) \
            else Severity.INFO
        # (a quotation left open runs to its block's end, white space and all: not shown)
        end = start + len(text[start : q.end].rstrip())
        shown = text[start:end]
        yield voice_finding(doc, Finding(
            start, end,
            f"'{shown}' puts words in scare quotes: the marks doubt the term without "
            "saying who uses it or why.",
            "Attribute the term to whoever uses it, or use a neutral term without the marks.",
            severity, RULE_ID,
        ))


RULE_ID = "loaded-language/scare-quote"

SCARE_QUOTE_RULE = Rule(
    id=RULE_ID,
    category="loaded-language",
    severity=Severity.WARNING,
    summary="Scare quotes: words in quotation marks that nobody is said to have used.",
    rationale=(
        "Quotation marks around a term with no speaker (the self-declared 'interim' "
        "government) signal doubt or sarcasm in the writer's voice. Style guides ask for "
        "the term to be attributed or replaced by a neutral one."
    ),
    suggestion="Attribute the term to whoever uses it, or use a neutral term without the marks.",
    examples=Examples(
        trigger=(
            "Protesters marched against the self-declared \u201cinterim\u201d government.",
            "The so-called 'voluntary' redundancy scheme ends on Friday.",
        ),
        no_trigger=(
            "The minister called the plan \u201ca sham\u201d on Monday.",
            "The word \u201cregime\u201d comes from French.",
            "\u201cWe will rebuild,\u201d the mayor said.",
        ),
    ),
    check_fn=check,
    writer_voice=True,
)
