"""The reader call: a plug known by its function, its address and its object, not its words.

The pack's patterns know plugs by their phrases ("Sign up for our newsletter"); a new writer
says "Sign up for GadgetNZ's deals newsletter" and the phrase is gone. What every such plug
shares is a construction:

(a) a **function** addressed to the reader as a command: a verb of ``advertorial/call-verbs``
    (subscribe, sign up, follow, like, buy, shop, book, pre-order, browse, search, check ...)
    in its base form opening a clause: a sentence, the clause after a colon, or the clause after
    a lead-in ("For real-time updates on the storm, like and follow ..."), at a paragraph's edge
    (its first or last sentence: where a paste lands) or after a question to the reader
    ("Looking for a new flat? Browse ...");
(b) an **object** from a class, whoever owns it ("our", "X's", a name): a channel
    (``advertorial/channel-nouns``), a network with the outlet's own account
    (``advertorial/platforms``, ``advertorial/masthead-nouns``), a marketplace
    (``advertorial/marketplaces``) or a deal (``advertorial/deal-nouns``) with a reach to act on
    (now, today, here, a price, an exclamation, a shop named after "at/on/via").

Two more shapes of the same function: a contest's entry line ("To enter, email ...": a command
after the lead-in, ``advertorial/entry-verbs``) and a shopping aside in brackets (a discount and
a marketplace or a named shop: "(now 20% off at Amazon)").

Left alone: reporting (a verb of saying, the past tense, a quotation), advice that sends the
reader elsewhere with no channel, deal or marketplace ("Follow the council on Facebook", "Sign
up for flood alerts", "Check the timetable"), a command in the middle of a paragraph.

The rule is a code rule (``advertorial/reader-call``) that defers to the pack's rules: a line the
advertorial judge already warns on is reported once, by the judge; the ``insertion`` rule, the
more general measure, gives way to this one (``Rule.defers_to``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.steps import numbered_step
from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.model.rule import Rule

RULE_ID = "advertorial/reader-call"
MESSAGE = "Call to the reader to subscribe, follow, buy, book or enter, with a channel, a shop or a deal as its object (a plug?)."
SUGGESTION = "Remove the plug from the article body, or rewrite it as reporting if it is part of the story."

LONGEST = 260  # characters: a longer sentence is the story's prose
REACH_WORDS = 16  # words of the clause after the command read for its object

_WORD = LazyRegex(r"[^\W_][\w'’&+.-]*")
_CLAUSE_END = LazyRegex(r"[.!?;](?=\s|$)|\s[-–—]\s")
# a lead-in closed by a comma before a command ("For the latest on the storm, follow ..."; "To enter, email ...")
_LEAD = LazyRegex(r"^(?:For|To)\b[^,:;.!?]{0,70},\s+")
_COLON = LazyRegex(r":\s+")
# (the words' first letters looked ahead for first: a bare \b is tried at every position)
_STORY = LazyRegex(
    r"(?=[satrwhuc])\b(?:said|says|told|tells|according\s+to|reported|announced|added|was|were|had|has\s+been|urged|advised|warned"
    r"|claims|claimed|alleges|alleged)\b",
    re.IGNORECASE,
)
# round 45: a call verb closed by a colon is a label, not a command: a fact check's "CLAIM: A
# viral post says ...", a review's fact box "Book: The Salt Road, by ...", "Check: The post says
# ..."; the clause after the colon is read as an opening of its own
_LABEL_COLON = LazyRegex(r"[^\w]*[\w'’&+.-]+[ \t]*:")
# the network once called Twitter: the letter in capitals after "on", not a word's part ("on X-ray")
_X_NETWORK = LazyRegex(r"\bon\s+X(?![\w-])")
_NOT_COMMAND = frozenset("of is was are were has had have will would can could may might should".split())
_URGENCY = frozenset("now today tonight here online".split())
_OWN = frozenset("our us we".split())
_PRICE = LazyRegex(r"[$£€₱₹¥]\s?\d|\d+\s?%\s+off\b|\bfor\s+sale\b|\d[\d,]*\+?\s+\w+\s+for\s+sale\b", re.IGNORECASE)
_SHOP_AT = LazyRegex(r"\b(?:at|on|via|from)\s+(?:the\s+)?(?:official\s+)?[A-Z][\w'’&.-]*")
_SECOND_PERSON_Q = LazyRegex(r"\b(?:you|your)\b[^?]{0,80}\?\s*$", re.IGNORECASE)
# a shopping aside in brackets: "(now 20% off at Amazon)", "(currently £30 on Etsy)"
_ASIDE = LazyRegex(r"\((?:[^()\n]{0,30}?)(?:\d+\s?%\s+off|[$£€₱₹]\s?\d[\d,.]*)(?:[^()\n]{0,12}?)\s(?:at|on|from|via)\s+([A-Z][\w'’&.-]*)[^()\n]{0,20}\)")
# label shapes on a line of their own: a deal's label before its price ("Deal: Up to $150 off ..."),
# a retailer's button ("$89 at Harbour Outdoor Co.": the whole line a price and a shop)
# (round 49: a price is also written with a currency's letters before it, as Indian, Kenyan, South
# African and Australian shops write it: "Rs 1,299", "KSh 2,500", "R1,299", "A$89")
_LINE_PRICE = r"(?:[$£€₱₹₦]|(?-i:Rs\.?|INR|KSh|Ksh|A\$|NZ\$|US\$|R)[ \t]?(?=\d))"
_DEAL_LABEL = LazyRegex(r"^(?:Deal|Offer|Coupon|Promo|Sale|Discount|Bargain)\s?(?:alert)?:\s+[^\n]{0,40}?(?:" + _LINE_PRICE + r"\s?\d|\d+\s?%\s+off\b)", re.IGNORECASE)
_PRICE_LINE = LazyRegex(r"^" + _LINE_PRICE + r"\s?\d[\d,.]*\s+(?:at|from|on)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s*$")
_CURRENCY = LazyRegex(r"[$£€₱₹¥]")
# The first characters each of the two line shapes can open with (both are tried with
# ``match``, at the paragraph's start): a paragraph that opens otherwise skips the pattern,
# which could not match it, and a one-line check compiles neither. The price line is case
# sensitive (a currency sign, or the capital of Rs, INR, KSh, A$, NZ$, US$, R); the deal
# label is not, and ``re`` lets "s" match the long s, U+017F, as well (no other of its first
# letters has a case variant outside ASCII). ``test_speed_perf146.py`` checks both gates.
_PRICE_LINE_FIRST = frozenset("$£€₱₹₦RIKANU")
_DEAL_LABEL_FIRST = frozenset("DdOoCcPpSsBb\u017f")


@cache
def _cls(name: str) -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms(f"advertorial/{name}")


@cache
def _verbs() -> frozenset[str]:
    """The call verbs' base forms as written (a command is read in its base form)."""
    from lintnews.language.wordclasses import listed

    return listed("advertorial/call-verbs", "lemmas")


@cache
def _entry() -> frozenset[str]:
    from lintnews.language.wordclasses import listed

    return listed("advertorial/entry-verbs", "lemmas")


@cache
def _names(name: str) -> frozenset[str]:
    """A class of names (networks, marketplaces, mastheads) as written, lower case."""
    from lintnews.language.wordclasses import listed

    return listed(f"advertorial/{name}", "lemmas")


def _words(text: str) -> list[str]:
    return [w.rstrip(".").lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]


def _clause(text: str) -> str:
    """The clause from ``text``'s start to its first clause end (a stop, a semicolon, a spaced dash)."""
    m = _CLAUSE_END.search(text)
    return text[: m.end()] if m else text


def _command(clause: str, capital: bool) -> tuple[list[str], list[str]] | None:
    """The call verbs opening ``clause`` ("like and follow") and the words after them, or None
    when the clause does not open with a command (a noun: "Book of the month was ...")."""
    words = _WORD.findall(clause)
    verbs = _verbs()
    if not words or words[0].lower() not in verbs or (capital and not words[0][0].isupper()):
        return None
    if _LABEL_COLON.match(clause) is not None:
        return None  # a label ("CLAIM:", "Book:"), not a command
    lead = [words[0].lower()]
    rest = words[1:]
    if len(rest) >= 2 and rest[0].lower() in {"and", "&", "or"} and rest[1].lower() in verbs:
        lead.append(rest[1].lower())
        rest = rest[2:]
    low = [w.rstrip(".").lower() for w in rest]
    if low[:1] and (low[0] in _NOT_COMMAND or low[0].endswith("ed")):
        return None
    return lead, low


def _object(lead: list[str], after: list[str], clause: str, led_in: bool) -> str | None:
    """The reason the command's object is a plug's (a channel, the outlet's account on a
    network, a marketplace or a deal within reach), or None."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in after[:REACH_WORDS]]
    channel = next((w for w in words if w in _cls("channel-nouns")), None)
    if channel and set(lead) & {"subscribe", "sign", "join", "follow", "like", "get"}:
        return f"asks the reader to {lead[0]} a {channel}"
    network = next((w for w in words if w in _names("platforms")), None)
    if network is None and "x" in words and _X_NETWORK.search(clause) is not None:
        network = "x"  # round 45: the network once called Twitter, a capital letter after "on"
    if network and set(lead) & {"follow", "like", "join", "subscribe"}:
        own = any(w in _OWN for w in words) or any(w in _names("masthead-nouns") for w in words[: words.index(network)])
        if own or len(lead) > 1 or led_in:
            return f"asks the reader to {' and '.join(lead)} an account on {network.title()}"
        return None
    market = next((w for w in words if w in _names("marketplaces")), None)
    deal = next((w for w in words if w in _cls("deal-nouns")), None)
    if market is None and deal is None and _PRICE.search(clause) is None:
        return None
    reach = next((w for w in words if w in _URGENCY), None)
    if reach is None and _PRICE.search(clause):
        reach = "a price"
    if reach is None and clause.rstrip().endswith("!"):
        reach = "an exclamation"
    if reach is None and (deal or market) and _SHOP_AT.search(clause):
        reach = "a shop named"
    if reach is None:
        return None
    what = market.title() if market else (deal or "a price")
    return f"sends the reader to {lead[0]} ({what}, {reach})"


# round 134: the words of an entry lead before what it enters ("To take part in", "To enter")
_ENTRY_LEAD = LazyRegex(r"^To\s+(?:enter|take\s+part)(?:\s+in)?\b", re.IGNORECASE)


def _contest_lead(lead: str) -> bool:
    """Round 134: is an entry lead a contest's ("To enter,", "To take part in our prize draw,")?
    Bare, it is; with an object, the object must be a contest (``advertorial/contest-nouns``) or
    the outlet's own ("our", "this week's"). A body's process the story reports is entered too
    ("To take part in the consultation, visit the council's website", "To take part in the
    study, contact the research team"): the story's own service line, not a plug."""
    m = _ENTRY_LEAD.match(lead)
    if m is None:
        return True
    words = [w.lower() for w in _WORD.findall(lead, m.end())]
    if not words:
        return True
    return bool(set(words) & _cls("contest-nouns")) or bool({"our", "this", "us"} & set(words))


def _reasons(text: str, start: int, end: int, edge: bool, asked: bool) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) for each call in the sentence ``text[start:end]``."""
    sentence = text[start:end]
    if len(sentence) > LONGEST or _STORY.search(sentence):
        return
    openings: list[tuple[int, bool, bool]] = [(0, True, False)]  # (offset, capital, led in)
    lead = _LEAD.match(sentence)
    if lead:
        openings.append((lead.end(), False, True))
        if (sentence.startswith("To enter") or sentence.startswith("To take part")) and _contest_lead(lead.group(0)):
            words = _WORD.findall(sentence, lead.end())
            if words and words[0].lower() in _entry():
                yield start, end, f"tells the reader how to enter a contest ('{words[0]}')"
                return
    for m in _COLON.finditer(sentence):
        openings.append((m.end(), False, False))
    if not (edge or asked):
        return
    for at, capital, led_in in openings:
        clause = _clause(sentence[at:])
        cmd = _command(clause, capital)
        if cmd is None:
            continue
        why = _object(cmd[0], cmd[1], clause, led_in)
        if why:
            yield start, end, why
            return


def _asides(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A shopping aside in brackets inside a sentence: a discount or price and a marketplace or
    a shop ("(now 20% off at Amazon)")."""
    sentence = text[start:end]
    if "(" not in sentence:
        return
    for m in _ASIDE.finditer(sentence):
        inner = m.group(0)
        if _STORY.search(inner):
            continue
        shop = m.group(1).rstrip(".").lower()
        if shop in _names("marketplaces") or re.search(r"\b(?:currently|now|just|only)\b", inner, re.IGNORECASE):
            yield start + m.start(), start + m.end(), "names a discount and where to buy in brackets"


def _shapes(doc: Document) -> Iterator[Finding]:
    """Paragraphs that are a deal's label with its price, or a retailer's price button alone."""
    text = doc.text
    for b in doc.blocks:
        if b.kind != "paragraph" or b.end - b.start > 200:
            continue
        para = text[b.start : b.end].strip()
        first = para[:1]
        if first in _PRICE_LINE_FIRST and _PRICE_LINE.match(para):
            why = "is a price and a shop alone on a line (a retailer's button)"
        elif first in _DEAL_LABEL_FIRST and _DEAL_LABEL.match(para) and not _STORY.search(para):
            why = "is a deal's label with its price"
        else:
            continue
        yield Finding(
            start=b.start, end=b.end, message=f"{MESSAGE} It {why}.", suggestion=SUGGESTION,
            severity=Severity.WARNING, rule=RULE_ID,
        )


def _name_join_cut(doc: Document, start: int, end: int) -> int:
    """The end of a call that opens the sentence ``[start, end)`` and is glued, after a network's
    or a shop's name, onto the next sentence ("Follow our sports desk on TikTokShop owners said
    ..."): the sentence splitter ends no sentence there, and the story's verb would veto the call
    (round 55). ``end`` when there is no such join."""
    from bisect import bisect_right

    from lintnews.builtin.advertorial.points import name_join

    changes = doc.case_changes
    text = doc.text
    for k in range(bisect_right(changes, start), len(changes)):
        at = changes[k]
        if at >= end:
            break
        if name_join(text, start, at):
            return at
    return end


def check(doc: Document) -> Iterator[Finding]:
    """The ``advertorial/reader-call`` rule: a warning for each call with a plug's object, and
    for the label shapes of a deal line."""
    yield from _shapes(doc)
    text = doc.text
    sents = doc.sentences
    blocks = doc.blocks
    verbs = _verbs()
    for i, s in enumerate(sents):
        start, end, bi = s[:3]
        if end - start > LONGEST or blocks[bi].kind != "paragraph":
            continue
        sentence = text[start:end]
        priced = "(" in sentence and ("%" in sentence or _CURRENCY.search(sentence) is not None)
        entry = sentence.startswith("To enter,") or sentence.startswith("To take part,")  # a contest's, anywhere
        # a command can open the sentence, follow a lead-in ("For ...", "To ...") or a colon;
        # where none can and nothing is priced, the sentence's place needs no reading
        first = sentence[:24].split(None, 1)[0].lower() if sentence[:24].strip() else ""
        opens = first in verbs or first in {"for", "to"} or ": " in sentence
        if not (opens or entry or priced):
            continue
        edge = i == 0 or i + 1 == len(sents) or sents[i - 1].block != bi or sents[i + 1].block != bi
        asked = (
            i > 0
            and sents[i - 1].block == bi
            and text[sents[i - 1].start : sents[i - 1].end].rstrip().endswith("?")
            and _SECOND_PERSON_Q.search(text[sents[i - 1].start : sents[i - 1].end]) is not None
        )
        calls = entry or ((edge or asked) and opens)
        if not (calls or priced):
            continue
        if numbered_step(text, start):
            continue  # (round 140: one of a guide's numbered steps, "3. Check whether you qualify")
        if calls and first in verbs:
            end = _name_join_cut(doc, start, end)
        found = list(_reasons(text, start, end, edge, asked)) if calls else []
        if priced:
            found += list(_asides(text, start, end))
        for f_start, f_end, why in found[:1]:
            if doc.quotation_at(f_start) is not None or doc.in_attributed_quote(f_start, f_end):
                continue
            if asked and f_start == start:
                f_start = sents[i - 1].start  # the question to the reader is the plug's too
            yield Finding(
                start=f_start,
                end=f_end,
                message=f"{MESSAGE} It {why}.",
                suggestion=SUGGESTION,
                severity=Severity.WARNING,
                rule=RULE_ID,
            )


_STORY_A = "The harbour board voted on Tuesday to delay the ferry terminal for another year, citing rising steel costs."
_STORY_B = "The board will meet again in March, when a revised budget for the terminal is due."


def _rule() -> Rule:
    from lintnews.model.rule import Examples, Rule

    return Rule(
        id=RULE_ID,
        category="advertorial",
        severity=Severity.WARNING,
        summary="A command to the reader to subscribe, follow, buy, book or enter, with a channel, a shop or a deal as its object.",
        rationale=(
            "A plug is known by what it does, not by its words: it tells the reader to subscribe, follow, "
            "buy, book, browse or enter, and its object is a newsletter, the outlet's account on a network, "
            "a marketplace or a deal within reach (now, here, a price), whoever owns it ('our', 'X's', a "
            "name). Reporting about a sale, a newsletter or a contest, and advice that sends the reader to a "
            "public service, are left alone."
        ),
        suggestion=SUGGESTION,
        examples=Examples(
            trigger=(
                f"{_STORY_A}\n\nSign up for Harbourline's weekly deals newsletter and never miss a cheap crossing.\n\n{_STORY_B}",
                f"{_STORY_A}\n\nSearching for a new flat? Browse hundreds of rentals for sale on NestFinder today.\n\n{_STORY_B}",
            ),
            no_trigger=(
                f"{_STORY_A}\n\nResidents can sign up for flood alerts on the council website.\n\n{_STORY_B}",
                f"{_STORY_A}\n\nFollow the harbour board on Facebook for updates on the vote.\n\n{_STORY_B}",
            ),
        ),
        check_fn=check,
        defers=True,  # a line another advertorial rule warns on is reported once, by that rule
    )


READER_CALL_RULE = _rule()
