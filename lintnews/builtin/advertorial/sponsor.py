"""The sponsor's own offer on its sponsored page, and a blogger's affiliate aside.

A sponsored or paid page says what it is once, at its top or its foot ("This article is
brought to you by Northwind Dental", "In partnership with Harbour Bank", "This content was
paid for by ..."). Its body is written as the seller and reads like any feature until it
names the sponsor with its offer ("Northwind's whitening treatment is now available from
$99", "You can open a Harbour saver with as little as £1"). No phrase gives such a
paragraph away; the page's label does, so the label is read first and gives the sponsor's
name, and a paragraph is the sponsor's copy when it names the sponsor and carries two marks
of an offer: a price or a rate, the reader ("you", "your"), what a business sells
(``advertorial/offer-nouns``), or an offer's terms (``advertorial/offer-terms``).

Left alone: a page with no sponsor's label that names a sponsor (a news story about a
company), a partnership credit with another newsroom (a co-production), a paragraph that
quotes or reports ("said", "according to", the past tense), and a sponsored page's
paragraphs that do not name the sponsor (the general advice around the offer).

The affiliate aside is a blogger's pointer to a marketplace with a link: "You can find it on
Amazon here.", "Grab one from Etsy here" (an acquisition verb, the thing, a marketplace of
``advertorial/marketplaces`` and "here" or "now"): the writer's link earns a commission.

A code rule (``advertorial/sponsor-copy``) that defers to the pack's rules: a line the
advertorial judge already warns on is reported once, by the judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.model.rule import Rule

RULE_ID = "advertorial/sponsor-copy"
MESSAGE = "The sponsor's own offer on a sponsored page, or a link to buy from a marketplace (promotion?)."
SUGGESTION = "Mark the paragraph as the sponsor's copy, or remove it from the article body."

EDGE = 4  # paragraphs at the page's top (and 3 at its foot) read for its sponsor's label
LABEL_LONGEST = 220  # characters: a longer paragraph is prose, not a label
LONGEST = 900  # characters: a longer paragraph is not one offer

# the page's label with its sponsor's name ("brought to you by Northwind Dental", "In partnership with Harbour Bank")
_LABEL = LazyRegex(
    r"\b(?:brought\s+to\s+you\s+by|in\s+(?:paid\s+)?(?:partnership|association)\s+with|sponsored\s+by|paid\s+for\s+by|"
    r"presented\s+by|promoted\s+by)\s+(?:the\s+)?((?-i:[A-Z])[\w'’&.-]*(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z])[\w'’&.-]*){0,4})",
    re.IGNORECASE,
)
# Every phrase of ``_LABEL`` ends with "by" or "with": a paragraph whose lower case holds
# neither cannot match it and skips it (a one-line check compiles none). ``re`` lets the "i"
# of "with" match the dotless i (U+0131) and the capital dotted I (U+0130, whose lower case
# is "i" and a combining dot), so those spellings are looked for too; "b", "y", "w", "t" and
# "h" have no other case variants. ``test_speed_perf146.py`` checks the gate.
_LABEL_WORDS = ("by", "with", "w\u0131th", "wi\u0307th")
_NEWSROOM = LazyRegex(r"\b(?:news(?:room)?|radio|newspaper|tribune|public\s+media|journalism|reporting)\b", re.IGNORECASE)
_STORY = LazyRegex(
    r"\b(?:said|says|say|told|tells|according\s+to|reported|announced|added|was|were|had|has\s+been|have\s+been|did)\b|[\"“”]",
    re.IGNORECASE,
)
_PRICE = LazyRegex(r"[$£€₱₹¥]\s?\d|\b\d+(?:\.\d+)?\s?%|\b\d[\d,.]*\s?(?:dollars|pounds|euros)\b", re.IGNORECASE)
_READER = LazyRegex(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_WORD = LazyRegex(r"[^\W\d_][\w'’-]*")
_GENERIC = frozenset("the a an our this that".split())
# the affiliate aside: "You can find it on Amazon here", "Grab one from Etsy now"
_ASIDE = LazyRegex(
    r"(?:\b(?:you\s+can|you\s+could|you[’']ll\s+be\s+able\s+to)\s+|(?:^|(?<=[.!?]\s)))"
    r"(?-i:[Ff]ind|[Gg]et|[Bb]uy|[Oo]rder|[Gg]rab|[Pp]ick)\s+(?:it|them|one|yours|mine|a\s+copy|the\s+same\s+one|these)"
    r"(?:\s+up)?\s+(?:on|at|from|via|over\s+at)\s+((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\s+(?:here|now|today)\b",
    re.IGNORECASE,
)
# what ``_ASIDE`` cannot match without: one of its verbs before a space, searched first because
# ``_ASIDE`` opens on an alternation with a look-behind, which ``re`` tries at every position.
# (Written "[FfGg...]" first, each verb's rest after a look-behind at its letter: a pattern that
# opens on a set of characters is skipped along to them at C speed, one that opens on an
# alternation of sets is tried at every position: the same finds, a third of the time.)
_ASIDE_VERB = LazyRegex(r"[FfGgBbOoPp](?:(?<=[Ff])ind|(?<=[Gg])et|(?<=[Bb])uy|(?<=[Oo])rder|(?<=[Gg])rab|(?<=[Pp])ick)\s")


@cache
def _cls(name: str) -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms(f"advertorial/{name}")


@cache
def _names(name: str) -> frozenset[str]:
    from lintnews.language.wordclasses import listed

    return listed(f"advertorial/{name}", "lemmas")


def _sponsor(doc: Document, paras: list[tuple[int, int]]) -> tuple[str, set[int]] | None:
    """The sponsor's name word from the page's label at its top or foot, and the label paragraphs."""
    text = doc.text
    edges = list(range(min(EDGE, len(paras)))) + list(range(max(EDGE, len(paras) - 3), len(paras)))
    for i in edges:
        start, end = paras[i]
        para = text[start:end]
        if len(para) > LABEL_LONGEST:
            continue
        low = para.lower()
        if not any(w in low for w in _LABEL_WORDS):
            continue
        m = _LABEL.search(para)
        if m is None or _NEWSROOM.search(m.group(1)):
            continue
        word = next((w for w in _WORD.findall(m.group(1)) if w.lower() not in _GENERIC and len(w) > 2), None)
        if word:
            key = word.removesuffix("'s").removesuffix("’s")
            return key, {j for j in edges if _LABEL.search(text[paras[j][0] : paras[j][1]] or "")}
    return None


def _marks(para: str) -> list[str]:
    """The marks of an offer in ``para``: a price or rate, the reader, what a business sells, an offer's
    terms, the seller's praise (``advertorial/praise``)."""
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(para)}
    low = para.lower()
    marks = []
    if _PRICE.search(para):
        marks.append("a price")
    if _READER.search(para):
        marks.append("the reader")
    if words & _cls("offer-nouns"):
        marks.append("what it sells")
    if any(term in low for term in _names("offer-terms")):
        marks.append("an offer's terms")
    if words & _cls("praise"):
        marks.append("praise")  # (round 87: "Northwind's game-changing platform")
    return marks


def _copy(doc: Document) -> Iterator[Finding]:
    text = doc.text
    # (a label on the page's first line is read as its title: a heading block)
    paras = [(b.start, b.end, b.kind == "paragraph") for b in doc.blocks if b.kind in ("paragraph", "heading")]
    found = _sponsor(doc, [(p[0], p[1]) for p in paras])
    if found is None:
        return
    key, labels = found
    name = re.compile(rf"(?<![\w-]){re.escape(key)}(?:['’]s)?(?![\w-])")
    for i, (start, end, body) in enumerate(paras):
        if i in labels or not body or end - start > LONGEST:
            continue
        para = text[start:end]
        if not name.search(para) or _STORY.search(para):
            continue
        marks = _marks(para)
        if len(marks) < 2:
            continue
        yield Finding(
            start=start, end=end, severity=Severity.WARNING, rule=RULE_ID, suggestion=SUGGESTION,
            message=f"{MESSAGE} On a page labelled as {key}'s, it names {key} with {' and '.join(marks[:2])}.",
        )


def _asides(doc: Document) -> Iterator[Finding]:
    text = doc.text
    for b in doc.blocks:
        if b.kind != "paragraph":
            continue
        para = text[b.start : b.end]
        if "here" not in para and "now" not in para and "today" not in para:
            continue
        if _ASIDE_VERB.search(para) is None:
            continue
        for m in _ASIDE.finditer(para):
            if m.group(1).lower().rstrip(".") not in _names("marketplaces"):
                continue
            s_start = max(para.rfind(". ", 0, m.start()), para.rfind("! ", 0, m.start()), para.rfind("? ", 0, m.start()))
            s_start = 0 if s_start < 0 else s_start + 2
            stop = re.search(r"[.!?](?=\s|$)", para[m.end() :])
            s_end = m.end() + (stop.end() if stop else 0)
            if _STORY.search(para[s_start:s_end]) or doc.quotation_at(b.start + m.start()) is not None:
                continue
            yield Finding(
                start=b.start + s_start, end=b.start + s_end, severity=Severity.WARNING, rule=RULE_ID,
                suggestion=SUGGESTION, message=f"{MESSAGE} It points the reader to buy on {m.group(1)} by a link.",
            )


def check(doc: Document) -> Iterator[Finding]:
    """The ``advertorial/sponsor-copy`` rule: the sponsor's offer on its labelled page, and affiliate asides."""
    yield from _copy(doc)
    yield from _asides(doc)


_LABEL_EX = "This article is brought to you by Northwind Dental."
_BODY = "A bright smile starts with regular check-ups, and most dentists advise a visit every six months."


def _rule() -> Rule:
    from lintnews.model.rule import Examples, Rule

    return Rule(
        id=RULE_ID,
        category="advertorial",
        severity=Severity.WARNING,
        summary="On a page labelled as sponsored, a paragraph naming the sponsor with its offer; a blogger's link to buy from a marketplace.",
        rationale=(
            "A sponsored page says so once, at its top or foot, and names its sponsor; its body reads like a "
            "feature until it names the sponsor with a price, the reader or what it sells. A blogger's "
            "'You can find it on Amazon here' is a link that earns a commission. A news story that names a "
            "company, a co-production with another newsroom and a paragraph that reports are left alone."
        ),
        suggestion=SUGGESTION,
        examples=Examples(
            trigger=(
                f"{_LABEL_EX}\n\n{_BODY}\n\nNorthwind's whitening treatment is now available at an introductory price of $99 for new patients.",
                "I bake mine in a cast-iron pan that has lasted me years. You can find it on Amazon here.",
            ),
            no_trigger=(
                f"{_BODY}\n\nNorthwind Dental's whitening treatment costs $99, the clinic said.",
                f"{_LABEL_EX}\n\n{_BODY}\n\nBrush twice a day and replace your toothbrush every three months.",
            ),
        ),
        check_fn=check,
        defers=True,  # a line another advertorial rule warns on is reported once, by that rule
    )


SPONSOR_COPY_RULE = _rule()
