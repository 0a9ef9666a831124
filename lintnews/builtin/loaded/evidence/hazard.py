"""DROP evidence: a level of an official hazard scale given as the rating (round 169, issue 16).

Fire, weather, heat and air-quality agencies grade danger on named scales whose top steps are
words the lexicon holds as doom or emphasis: the Australian Fire Danger Rating ("moderate",
"high", "extreme", "catastrophic"), India's air quality index ("poor", "very poor",
"severe"), the US AQI ("hazardous"), the UK's heat-health alerts and warnings ("extreme heat"),
the US Drought Monitor ("severe", "extreme", "exceptional"). Copy that reports the rating
repeats the agency's word: "Fire danger has been raised to catastrophic for Friday", "the
rating is extreme in three districts", "air quality was rated severe". The word is the
scale's value, not the writer's alarm (word class ``loaded/hazard-levels``).

Two constructions give the value: a verb of setting a level before it ("raised to",
"upgraded to", "lowered to", "set at", "rated", "classed as"), or a copula whose subject is
headed by a rating noun ("rating", "alert level", "alert", "index", "category", "warning",
"fire danger"), nothing between but a phrase of place or time ("The fire danger rating for the
ranges is catastrophic"; not "the rating system has been catastrophic", nor "the level of debt
is catastrophic": a bare "level" is a measure, not a scale). Either
way the word must end its phrase (a stop, a comma, a preposition, a time word): before a noun
it is attributive again ("raised to catastrophic levels of debt" is not read here, and the
noun decides as before). Before a rating noun ("a catastrophic fire danger day", "an extreme
heat warning") the terms' ``literal_after`` and exceptions already read it.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

# a verb that sets a level, right before the word ("raised to catastrophic", "rated severe")
_SET_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:(?:raised|upgraded|lifted|increased|elevated|escalated|downgraded|lowered|reduced|"
    r"moved|revised)\s+to|(?:set|put|kept|held|maintained)\s+at|"
    r"(?:rated|classed|classified|categori[sz]ed|graded)(?:\s+as)?)\s+$",
    re.IGNORECASE,
)
# a rating noun heading the subject of a copula right before the word, a phrase of place or time
# between ("The fire danger rating for Friday is catastrophic", "the alert level remained at extreme")
_RATING_SUBJECT_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:ratings?|(?:alert|danger|threat|risk|warning|hazard)\s+levels?|alerts?|index|category|"
    r"warnings?|fire\s+danger)"
    r"(?:[ \t]+(?:for|in|across|on|at|over|along)(?:[ \t]+[\w'’-]+){1,4}?)?[ \t]+"
    r"(?:is|was|are|were|remains|remained|stays|stayed|(?:will|would|could|may|might)\s+be|"
    r"(?:has|have|had)\s+been)(?:[ \t]+(?:now|still|currently|expected\s+to\s+be|forecast\s+to\s+be))?"
    r"(?:[ \t]+at)?[ \t]+$",
    re.IGNORECASE,
)
# what may follow the value: the end of a clause, a preposition or a time word
_VALUE_END = LazyRegex(
    r"[ \t]*(?:[.,;:!?)\"”’—–]|$|\n|(?i:for|on|in|across|from|until|till|by|at|and|or|today|tomorrow|"
    r"tonight|overnight|this|next|over|throughout|after|during|as|with)\b)")
_REACH = 80


def hazard_level(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """The word is the value an agency's hazard scale gives (see the module docstring)."""
    if word.lower() not in lower_forms("loaded/hazard-levels") or not _VALUE_END.match(text, end):
        return None
    window = max(lo, start - _REACH)
    if _SET_BEFORE.search(text, window, start) is None and _RATING_SUBJECT_BEFORE.search(text, window, start) is None:
        return None
    return Evidence("hazard level", Effect.DROP, f"'{word}' is a level of a hazard scale, given as the rating")
