"""A vague group's reaction to a thing the copy names: "activists criticised the guidance",
"religious leaders condemned the governor", "residents voiced their opposition to the bypass".

The guidelines warn on a claim "presented as fact-by-hearsay": what unnamed people say, think
or warn is passed on as if it were so ("critics argue the budget leaves the poor worse off").
A reaction verb whose object is a thing (a decision, a person, a plan) passes nothing on: the
copy reports that the group reacted, and what it holds stays theirs. Which group is still worth
asking (a hint), but it is not hearsay presented as fact. The same verb with a clause ("experts
criticised that the tests ...") or with its reason as a participle or a second verb (", saying
it would cut school meals", "and said the plan ...") does pass a view on and stays warned.

One pure test, :func:`reaction_to_thing`, reads the cue's last word (its verb) and the words
after it up to the end of the sentence. The verbs and the stance nouns are word classes
(``reaction-verbs``, ``voiced-reactions``).
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.builtin.constructions import lexicon as lx

REACTION_NOTE = (" They react to something the copy names; nothing they hold is given as fact: say which"
                 " group reacts (\"the tenants' union criticised ...\").")

_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
# what opens a clause or a question after the verb: the verb then passes on a view
_CLAUSE_OPENER = re.compile(r"\s*(?:that|how|why|what|whether|if|when|where|who)\b", re.IGNORECASE)
# the object's first word: a determiner, a possessive, a pronoun or a capitalised name
_OBJECT_START = re.compile(
    r"\s*(?:the|a|an|this|that|these|those|his|her|its|their|our|any|every|anyone|anybody|"
    r"him|them|us|[A-Z][\w’'.-]*)\b"
)
_SUBJECT_PRONOUN_VERB = re.compile(r"\s*(?:it|they|he|she|we)\s+(?:is|was|were|are|had|has|would|will|could)\b",
                                   re.IGNORECASE)
# the reason given for the reaction, which passes a view on: ", saying ...", "and said ..."
_REASON = re.compile(
    r"(?:,\s*(?:saying|arguing|claiming|warning|insisting|adding|noting|calling\s+it)\b|"
    r"\b(?:and|but)\s+(?:said|say|says|argued|argue|claimed|warned|insisted|added)\b|"
    r"\bbecause\b|\bover\s+(?:claims|fears|concerns)\s+that\b)",
    re.IGNORECASE,
)
_VOICED = re.compile(r"\s*(?:(?:their|its|his|her|some|strong|fierce|firm|growing|broad|full)\s+)*([a-z]+)\b",
                     re.IGNORECASE)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(lx.forms("reaction-verbs"))


@cache
def _voice() -> frozenset[str]:
    return frozenset(f for f, lemma in lx.forms("source-verbs").items() if lemma == "voice")


@cache
def _stances() -> frozenset[str]:
    return frozenset(lx.forms("voiced-reactions"))


def reaction_to_thing(text: str, cue_start: int, cue_end: int, s_hi: int) -> bool:
    """Whether the vague-source cue ``text[cue_start:cue_end]`` ends in a reaction verb whose
    object is a thing, with no clause and no reason after it before ``s_hi`` (the sentence end):
    "Housing campaigners criticised the council's rent rules." but not "... criticised that
    ..." nor "... condemned the budget, saying it would cut school meals"."""
    m = _LAST_WORD.search(text, cue_start, cue_end)
    if m is None:
        return False
    verb = m.group(1).lower()
    rest = text[cue_end:s_hi]
    if _REASON.search(rest):
        return False
    if verb in _voice():
        stance = _VOICED.match(rest)
        return stance is not None and stance.group(1).lower() in _stances()
    if verb not in _verbs():
        return False
    if _CLAUSE_OPENER.match(rest) or _SUBJECT_PRONOUN_VERB.match(rest):
        return False
    return _OBJECT_START.match(rest) is not None
