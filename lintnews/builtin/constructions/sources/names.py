"""Identifying appositions and names: what names the people a vague phrase stands for.

A name or an including-list after the phrase ("critics, including Ana Ruiz"), an apposition
to a name before it ("Ana Ruiz, a biologist"), a named first conjunct ("Ruiz and other
critics"), a surname from an earlier sentence, a pollster named for its sample ("economists
polled by Ledger Wire"): each identifies the source, so the phrase is no unnamed one.
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    CONJUNCTIONS,
    PRONOUNS,
    QUANTIFIER_HEADS,
    WEEKDAYS_MONTHS,
    Token,
)
from lintnews.builtin.constructions.sources.phrase import demonym_pair, source_verb_forms


def apposition_names(after: list[Token], j: int) -> bool:
    """Is the phrase followed by a name or an including-list ("critics, including Ana Ruiz")?"""
    if j >= len(after):
        return False
    t = after[j]
    if t.word and t.capitalised and t.low not in WEEKDAYS_MONTHS and t.low not in PRONOUNS:
        return True  # "spokeswoman Jane Roe", "analyst Tom Briggs"
    if (t.text == ":" and j + 3 < len(after) and all(
            after[k].word and after[k].capitalised and after[k].low not in PRONOUNS | WEEKDAYS_MONTHS
            for k in (j + 1, j + 2)) and after[j + 3].text in (",", ";", "and")):
        return True  # "by two critics of the policy: Ana Ruiz, a professor, and ...": named in a list
    if t.text == "," and j + 1 < len(after):
        n = after[j + 1]
        if n.low in ("including", "such", "like", "among", "notably", "led"):
            return True
        if n.capitalised and n.word and n.low not in WEEKDAYS_MONTHS and n.low not in PRONOUNS | {"however"}:
            # ", Jane Roe," / ", Jane Roe and Tom Briggs," - a name, not a new clause ("..., Police said")
            k = j + 1
            while k < len(after) and (
                    (after[k].word and (after[k].capitalised or after[k].low in ("and", "de", "van", "von")))
                    or (after[k].text == "." and after[k - 1].low in _HONORIFICS)):
                k += 1
            if k < len(after) and after[k].text in (",", ")", "—", "–"):
                return True
            # a name closing the sentence: "..., according to a community leader, Mr. Tunde
            # Bello." (two words at least: one capital before the stop may be any word)
            return _closes(after, k) and sum(1 for t in after[j + 1 : k] if t.word and t.low not in _HONORIFICS) >= 2
    return False


# titles of address that open a name ("Mr. Tunde Bello", "Dr Ana Ruiz"): their stop is no
# sentence end
_HONORIFICS = frozenset("mr mrs ms mx dr prof".split())


def _closes(after: list[Token], k: int) -> bool:
    """Does the sentence end at ``after[k]`` (its last token, or its closing stop)?"""
    return k == len(after) or (k + 1 == len(after) and after[k].text in (".", "!", "?"))


# participles that make a group the sample of a poll ("economists polled by Reuters")
_POLLED = frozenset("polled surveyed canvassed".split())
# the outlet itself as pollster: "polled by this newspaper", "surveyed by our reporters"
_SELF_OUTLET = frozenset("newspaper paper agency site website broadcaster station magazine reporters".split())


def polled_by_named(after: list[Token], j: int) -> bool:
    """Is the group the sample of a poll whose pollster it names ("most economists polled by
    Ledger Wire had predicted", "analysts surveyed by the Financial Times expect", "voters
    polled by this newspaper")? The poll identifies the people, as "a Reuters poll found"
    does. "economists polled last week" and "polled by a bank" name no pollster."""
    if j + 2 >= len(after) or after[j].low not in _POLLED or after[j + 1].low != "by":
        return False
    k = j + 2
    if after[k].low in ("this", "our"):
        return k + 1 < len(after) and after[k + 1].low in _SELF_OUTLET
    if after[k].low == "the":
        k += 1
    return k < len(after) and after[k].capitalised


_COPULAS = frozenset("being is was 's became becomes remains remained".split())
_NOT_NAMES = frozenset("in at on from after before for with by to of as".split())


# the marks that set off an apposition: "Ana Ruiz, a critic who", "Burr — an adviser who"
_APPOSING = frozenset((",", "—", "–", "-"))


def apposed(before: list[Token], closed: bool = False) -> bool:
    """Is the indefinite phrase whose left neighbours are ``before`` (nearest first) an
    apposition to a name or the predicate of a named subject, alone or last in a list ("Ana
    Ruiz, a biologist and a critic who ...", "Ruiz being a member, a former clerk, and an
    opponent who ...")? Then its relative clause tells what the named person said. ("In London,
    a source who ..." is not: a place after a preposition names nobody.) ``closed``: a dash
    follows the phrase in its sentence, so one capitalised word opening the sentence before a
    dash is a name set off by a pair of dashes ("Burr — an adviser who said ... — listed")."""
    k = 0
    for _ in range(6):  # the phrases of a list, right to left
        if k < len(before) and before[k].low in ("and", "or"):
            k += 1
        if k >= len(before):
            return False
        t = before[k]
        if t.low in _COPULAS:
            s = before[k + 1] if k + 1 < len(before) else None
            return s is not None and s.word and (s.low in ("he", "she") or (
                s.capitalised and s.low not in PRONOUNS and s.low not in WEEKDAYS_MONTHS and s.low != "there"))
        if t.text not in _APPOSING or k + 1 >= len(before) or not before[k + 1].word:
            return False
        dash = t.text != ","
        k += 1
        if before[k].capitalised and before[k].low not in PRONOUNS and before[k].low not in WEEKDAYS_MONTHS:
            m = k
            while m + 1 < len(before) and before[m + 1].word and before[m + 1].capitalised:
                m += 1
            if before[m].low in _NOT_NAMES or (m == k and m + 1 == len(before) and not (dash and closed)):
                # "In London, a source who ...": a fronted place; "Later, a source who ...":
                # one capitalised word opening the sentence may be any word
                return False
            if m + 1 < len(before) and before[m + 1].low in _NOT_NAMES:
                # "... went to Ana Ruiz, a critic who" names her; "At Acme, a source who",
                # a phrase opening the clause, tells where
                return m + 2 < len(before) and before[m + 2].word and before[m + 2].low not in CONJUNCTIONS
            return True
        m = k  # an earlier indefinite phrase of the list: back to its article
        while m < len(before) and m < k + 6 and before[m].word and before[m].low not in ("a", "an"):
            if before[m].low in AUX or before[m].low in source_verb_forms():
                return False
            m += 1
        if m >= len(before) or before[m].low not in ("a", "an"):
            return False
        k = m + 1
    return False


def surname_before(text: str, start: int, lo: int) -> bool:
    """Is the capitalised word at ``start``, opening its sentence, the last word of a person's
    name given before the sentence ("... said Father Jerome Secillano. ... Secillano and
    opposition lawmakers also criticised")? Then it is that person, not a modifier like
    "Intelligence and defence officials". (A name that goes on, "Intelligence Committee",
    does not count.)"""
    m = re.match(r"[A-Z][a-z’'-]+\b", text[start : start + 40])
    if m is None or start != lo:
        return False
    word = re.escape(m.group())
    pattern = re.compile(r"\b[A-Z][\w’'.-]*\s+" + word + r"\b(?![’']s\b)(?!\s+[A-Z])")
    return pattern.search(text, max(0, lo - 3000), lo) is not None


def named_conjunct(before: list[Token], i: int) -> bool:
    """Is the phrase the second conjunct of a named source ("Ana Ruiz and other critics say",
    "Gillum and others deny")? ``before[i]`` is the word left of the phrase. The named one says
    what the sentence reports, so the claim has its source; the others are company. A single
    capitalised word opening the sentence is a name only if it is no person noun ("Residents
    and other critics" stay vague)."""
    if i + 1 >= len(before) or before[i].low not in ("and", "&"):
        return False
    t = before[i + 1]
    if not (t.word and t.capitalised) or t.low in PRONOUNS or t.low in WEEKDAYS_MONTHS:
        return False
    if demonym_pair(before, i):
        return False  # "Palestinian and Israeli officials": two modifiers, no name
    if i + 2 < len(before) and before[i + 2].word:
        return True  # "Senator Ana Ruiz and ...", "... said Ruiz and ..." (capitalised mid-sentence)
    return t.low not in QUANTIFIER_HEADS and t.low not in lx.forms("source-nouns", lx.NOUN)
