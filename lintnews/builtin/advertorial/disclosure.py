"""Round 133: plain disclosures that the guidelines do not list as advertorial.

GUIDELINES.md lists appeals, plugs, sponsored / partner / affiliate markers, calls to action and
boilerplate, and says a plain disclosure sentence written as reporting is not advertorial. The
writers' gold agrees on three kinds the disclosure rules also read, which are transparency, not
promotion or solicitation:

- a *grant credit*: the outlet's work "supported / funded / made possible by a grant (fellowship,
  bursary) from X": philanthropic funding disclosed, no sponsor's brand sold (a named sponsor,
  "supported by Hallam Bank", is still a sponsor's marker);
- a *not-advice notice*: the page says it "is not financial (medical, legal ...) advice" or a
  recommendation: a disclaimer, not a sale (a financial promotion's risk warning, "capital at
  risk", and the writer's holdings are not this kind and are left as they are);
- an *independence note*: makers or retailers "cannot pay" to be included, with no word of the
  outlet's own gain in the paragraph (a commission, a fee, a share of the sale): the listed
  affiliate marker is the gain, which such a note does not state.

Each is read as a hint (``info``), kept visible; a paragraph that is promotion on other grounds
is still judged on them. Only data and pure tests here (no document state).
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.language.wordclasses import alternation_of, lower_forms
from lintnews.util.lazyregex import LazyRegex

SPONSOR_RULE = "advertorial/sponsored-marker"
FINANCE_RULE = "advertorial/financial-disclaimer"
AFFILIATE_RULE = "advertorial/affiliate-disclosure"


def _alternation(name: str, tags: tuple[str, ...] = ()) -> str:
    """The forms of word class ``advertorial/NAME`` (only ``tags`` when given) as one regex
    alternation (:func:`~lintnews.language.wordclasses.alternation_of`, a multi-word form spaced
    by any whitespace): the vocabularies are data, every inflection from the build."""
    return alternation_of(lower_forms(f"advertorial/{name}", tags), spaced=True)


@cache
def _grant_credit() -> re.Pattern[str]:
    """The funding verb's participle, "in part", the preposition, then a grant's noun (two words
    of its kind at most before it: "a £30,000 research grant") and "from / by / of" its giver."""
    return re.compile(
        rf"\b(?:{_alternation('grant-funding-verbs', ('VBN',))})\s+"
        r"(?:in\s+part\s+|partly\s+|partially\s+|largely\s+|generously\s+)?(?:by|through|with)\s+"
        rf"(?:an?\s+|the\s+)?(?:[\w£$€,.'’-]+\s+){{0,2}}?(?:{_alternation('grant-nouns')})\s+(?:from|by|of)\b",
        re.IGNORECASE,
    )


# what sells in the same sentence: the reader addressed, a code, a discount (a grant's amount,
# "a £30,000 grant", is the credit's own)
_SELLS = LazyRegex(r"\b(?:you|your|code|discount|offer|buy|shop)\b|\d\s?%\s+off\b", re.IGNORECASE)


@cache
def _command() -> re.Pattern[str]:
    """Review 133: a command that sells opening a clause after the credit's dash, colon or
    semicolon ("... a grant from X — sign up free", "...; subscribe today"): the credit then
    carries a call to action, which no plain disclosure does. The verb is the base form of the
    commerce commands' class; a noun of the same spelling inside the credit ("This book was
    supported by a grant") opens no clause."""
    verbs = _alternation("commerce-commands", ("VB",))
    return re.compile(rf"(?:[—–:;]|\s-)\s*(?:please\s+)?(?:{verbs})\b", re.IGNORECASE)


@cache
def _not_advice() -> re.Pattern[str]:
    """The page's not-advice words, in the hit itself (the disclaimer's nouns, or "an offer to")."""
    return re.compile(rf"\b(?:{_alternation('not-advice-nouns')})\b|\boffer\s+to\b", re.IGNORECASE)


# a financial promotion's risk warning, which may share a hit's paragraph ("... not advice. Capital at risk.")
_RISK = LazyRegex(r"\bcapital\s+(?:is\s+)?at\s+risk\b|\bpast\s+performance\b|\bfall\s+as\s+well\s+as\s+rise\b", re.IGNORECASE)
# the makers' payment denied
_NO_PAY = LazyRegex(r"\b(?:cannot|can[’']?t|never|do\s+not|don[’']t|may\s+not)\s+pay", re.IGNORECASE)


@cache
def _gain() -> re.Pattern[str]:
    """The outlet's gain, the affiliate marker the guidelines list: its nouns and verbs, a share
    of the sale, or the outlet paid."""
    return re.compile(
        rf"\b(?:{_alternation('gain-nouns')}|{_alternation('gain-verbs')}|"
        rf"(?:{_alternation('gain-share-nouns', ('NN',))})\s+of|"
        r"get\s+paid|paid\s+(?:by|a|us)|pay\s+us|compensat\w*)\b",
        re.IGNORECASE,
    )


def grant_credit(sentence: str) -> bool:
    """Is ``sentence`` a funder's grant credited for the outlet's work, and nothing sold in it?"""
    return (_grant_credit().search(sentence) is not None and _SELLS.search(sentence) is None
            and _command().search(sentence) is None)


def not_advice(hit_text: str, paragraph: str) -> bool:
    """Is the finance rule's hit (``hit_text``) the page's not-advice notice, with no risk
    warning of a financial promotion in its ``paragraph`` (a promotion's legal block)?"""
    return _not_advice().search(hit_text) is not None and _RISK.search(paragraph) is None


def independence_note(hit_text: str, paragraph: str) -> bool:
    """Is the affiliate rule's hit a denial that makers pay, with no gain of the outlet's
    stated anywhere in its ``paragraph``?"""
    return _NO_PAY.search(hit_text) is not None and _gain().search(paragraph) is None


def plain_disclosure(rule_id: str, hit_text: str, sentence: str, paragraph: str) -> bool:
    """Is a disclosure rule's hit one of the three unlisted kinds (see the module docstring)?"""
    if rule_id == SPONSOR_RULE:
        return grant_credit(sentence)
    if rule_id == FINANCE_RULE:
        return not_advice(hit_text, paragraph)
    if rule_id == AFFILIATE_RULE:
        return independence_note(hit_text, paragraph)
    return False
