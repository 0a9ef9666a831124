"""A vague group whose members the same sentence lists by name after its clause.

English may set a group's list of members apart from the group, at the end of its clause:
"Several towns claim to be the home of the dish, including Amblehurst and Dorrow." The list
("including", "such as", "among them", "notably") then names who makes the claim, as it does
right after the group ("Some critics, including Jane Roe, say", read by :mod:`.members`).
A list hangs on the nearest plural noun phrase before it, though: in "Critics say the law
hurts several towns, including Amblehurst" the towns are listed, not the critics. So the list
is read as the group's only when nothing between the group's verb and the list could be its
antecedent: no plural noun, plural pronoun or quantifier, no noun of a set and no name.
"""

from __future__ import annotations

import re

from lintnews.document.speech import NAME
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

# the list, opened by its word, a name first (a body's name may take "the")
_LIST = LazyRegex(
    rf",\s+(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?(?-i:{NAME})"
)
# what stands between the group's verb and the list: a short stretch of its own clause
_CLAUSE_BREAK = re.compile(r"[;:\"“”()—–]|\s--\s|,|\b(?:but|while|whereas|although|though|and|or)\b")
# words that could be the list's antecedent though no -s plural: pronouns, quantifiers and
# plurals that take no -s
_PLURAL_WORDS = frozenset(
    "them us they we everyone everybody all others many some both those these several few most "
    "people children men women police staff folk cattle data media".split()
)
# singular nouns of a set or a place that holds its members ("the sector, including Acme",
# "across the region, notably Dorrow"): a list may hang on them too
_SET_NOUNS = frozenset(
    "sector industry region world market continent country nation area family group team party "
    "government community coalition alliance league union bloc field range number series list "
    "set variety host array class category network chain".split()
)
# function words and verb forms in -s that are no plural noun
_NOT_PLURAL = frozenset("is was has does its his hers this thus as us yes less unless across plus".split())


def _plural_word(word: str) -> bool:
    """Could ``word`` head a plural noun phrase (a list's antecedent)? A word in -s counts
    unless it is a function word or a verb form the lexicon knows as no noun ("claims" may be
    a noun, so it counts: the reading that keeps the warning wins); one in -ss, -is or -us is a
    singular ("a crisis", "the status")."""
    low = word.lower()
    if low in _PLURAL_WORDS or low in _SET_NOUNS:
        return True
    if low in _NOT_PLURAL or not low.endswith("s") or low.endswith(("ss", "is", "us")):
        return False
    forms = finite_forms()
    return not (low in forms.present and low not in forms.plural_nouns)


def listed_after(text: str, cue_end: int, s_hi: int) -> bool:
    """Does a list of named members of the group follow the group's clause in its sentence
    ("Several towns claim to be its home, including Amblehurst and Dorrow"), with no other
    plural it could belong to between them?"""
    if ", " not in text[cue_end:s_hi]:
        return False  # (a cheap test first: no list without a comma)
    m = _LIST.search(text, cue_end, min(s_hi, cue_end + 120))
    if m is None:
        return False
    between = text[cue_end : m.start()]
    if _CLAUSE_BREAK.search(between):
        return False
    # (a name between may be the list's head too: "the plan harms Europe, notably Germany")
    return not any(_plural_word(w) or w[0].isupper() for w in re.findall(r"[A-Za-z’'-]+", between))
