"""Round 138 (issue 15): a box of facts the story prints under its own heading.

Why: a run of short lines with no stop reads as a list of related headlines, and a run of three
inside body text is reported. But a story's fact box has the same shape: a heading of its own
("Air quality forecast", "Key changes from April", "Injury list") and under it the box's lines
(a forecast day by day, the rules' main points, the players out). What sets the box apart is the
heading: it names facts (a forecast, changes, points, a table, a dose) and points nowhere else,
where a related list's heading points to other stories ("More from Sport", "Latest", "Most
read"), and those are link labels the advertorial judge reads as such. Only data and a pure test
of a line's text here (no document state).
"""

from __future__ import annotations

import re
from functools import cache

_MAX_WORDS = 8  # a box's heading is short: a noun phrase, not a sentence
# a heading ends with no sentence stop and no label mark (a colon leads a list in, which the
# run's own test already reads)
_CLOSED = re.compile(r"[.!?:|»›→>]\s*$")
# after the box's noun: nothing, or a preposition and a short phrase with no verb of its own
# ("from April 2027", "for Friday", "at a glance", "in numbers")
_HEAD_END = re.compile(
    r"[ \t]*$|[ \t]+(?:from|for|in|at|on|of|by|since|until|after|before|this|to\s+date|so\s+far)"
    r"(?:[ \t]+[\w’'.,-]+){0,4}[ \t]*$",
    re.IGNORECASE,
)


@cache
def _pointing() -> re.Pattern[str]:
    """A heading that points away from the story heads links, whatever noun it has ("More
    results", "Latest scores", "Related: the rules explained", "Most read"): a word of word
    class ``advertorial/pointing-heading-words`` (round 173 moved it out of code), compiled on
    first use."""
    from lintnews.language.wordclasses import alternation_of, listed

    return re.compile(rf"\b(?:{alternation_of(listed('advertorial/pointing-heading-words'), spaced=True)})\b",
                      re.IGNORECASE)


@cache
def _box_nouns() -> re.Pattern[str]:
    """The fact box's nouns (every form) as one whole-word pattern: the word class
    ``advertorial/fact-box-nouns`` and the titles of a box of dates,
    ``advertorial/chronology-labels`` (round 137's "Timeline", "Key dates"): one idea, a heading
    of the story's own facts, in two classes because a chronology's title is read alone too
    (:func:`lintnews.builtin.shared.headlines.chronology_label`)."""
    from lintnews.language.wordclasses import alternation_of, lower_forms

    nouns = lower_forms("advertorial/fact-box-nouns") | lower_forms("advertorial/chronology-labels")
    alt = alternation_of(nouns, spaced=True)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def fact_box_heading(line: str) -> bool:
    """Is ``line`` the heading of a fact box the story prints: a short line (eight words at most,
    emphasis and a heading's marks aside) with no stop or label mark at its end, a noun of the
    class ``advertorial/fact-box-nouns`` in it ("Weekend forecast", "Key changes from April
    2027", "Injury list"), and no word pointing to other stories ("More results", "Latest
    scores")? A link's price or address is no heading either, nor a line with a finite verb
    after its first word (a headline: "Pupil numbers fall")."""
    s = line.strip().strip("*_#").strip()
    if not s or len(s.split()) > _MAX_WORDS or _CLOSED.search(s) is not None:
        return False
    if not s[:1].isupper() or re.search(r"[$£€@]|https?://|www\.", s) is not None:
        return False
    if _pointing().search(s) is not None:
        return False
    # a noun phrase headed by the box's noun: the noun ends the heading ("Injury list", "Air
    # quality forecast") or a preposition's phrase follows it ("Key changes from April 2027");
    # a headline goes on with its verb after the noun ("... as pupil numbers fall")
    nouns = _box_nouns()
    if not any(_HEAD_END.match(s, m.end()) is not None for m in nouns.finditer(s)):
        return False
    from lintnews.language.finite import finite_forms

    # nor a finite verb before it ("Council approves new rules for taxis"); the box's own noun is
    # no verb ("Key changes")
    forms = finite_forms()
    return not any(
        (w.lower() in forms.present or w.lower() in forms.past) and nouns.fullmatch(w) is None
        for w in s.split()[1:]
    )


@cache
def _field_label() -> re.Pattern[str]:
    """A line of a practical box: a label of the word class ``advertorial/fact-field-labels``
    (as written, perhaps in bold or after a bullet), its colon and a value."""
    from lintnews.language.wordclasses import alternation_of, word_class

    labels = set(word_class("advertorial/fact-field-labels").values())
    return re.compile(
        rf"[ \t]*(?:[-*•·][ \t]+)?(?:\*\*|__)?(?:{alternation_of(labels, spaced=True)})[ \t]*:(?:\*\*|__)?[ \t]+\S",
        re.IGNORECASE,
    )


def fact_field_lines(lines: list[str]) -> bool:
    """Round 139 (issue 15): is every line of a run a field of the story's practical box,
    "What: ...", "When: ...", "Where: ...", "Cost: ..." (the labels all different)? A listing's
    or a review's box is laid out so; a related list's headlines are not labelled by what, when
    and where, and a kicker's label ("Analysis:", "Watch:") is no field of the class."""
    labels = [line.strip().split(":", 1)[0].strip(" *_-•·").lower() for line in lines]
    return (
        len(lines) >= 2
        and len(set(labels)) == len(labels)
        and all(_field_label().match(line) is not None for line in lines)
    )
