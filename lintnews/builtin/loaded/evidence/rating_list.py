"""DROP evidence: a hazard scale's level as a listed value (round 172, issue 16).

Round 169's :func:`hazard_level` reads the level in a sentence that gives the rating ("fire
danger was raised to catastrophic"). The disaster desk also lists ratings, one a line under a
line that names the scale: "Fire danger ratings, Gippsland, 11-13 March:" then "- 12 March:
Catastrophic". The level there is the value of a label (a day, a district) after its colon,
alone on its line: a table's cell, not the writer's alarm. Read only where the level ends its
line and a rating noun ("rating", "danger", "alert", "warning", "index", "level") stands in the
line above the list, only value lines between; "Verdict: Catastrophic" under a paragraph stays
the lexicon's.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

# a list item's or a line's label and its colon, right before the value ("- 12 March: ")
_LABEL_BEFORE = LazyRegex(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?[^\n:]{1,40}:[ \t]*$")
# the value ends its line
_LINE_END = LazyRegex(r"[ \t]*\.?[ \t]*(?:\n|$)")
# the scale named in the lines before
_SCALE_BEFORE = LazyRegex(r"(?<![\w-])(?:ratings?|danger|alerts?|warnings?|index|levels?)(?![\w-])", re.IGNORECASE)
_VALUE_LINE = LazyRegex(r"[ \t]*(?:[-*•][ \t]+)?[^\n:]{1,40}:[ \t]*[\w -]{1,30}[ \t]*$")
_LINES_UP = 8  # list items looked past, up to the line that names the scale


def listed_rating(text: str, start: int, end: int, word: str) -> Evidence | None:
    """The level is a listed value of a hazard scale the line above the list names (module
    docstring): the lines above it are values of the same shape ("- 11 March: Extreme"), up to
    the line that names the scale."""
    if word.lower() not in lower_forms("loaded/hazard-levels") or not _LINE_END.match(text, end):
        return None
    line = text.rfind("\n", 0, start) + 1
    if _LABEL_BEFORE.search(text, max(0, line - 1), start) is None:
        return None
    for _ in range(_LINES_UP):
        while line > 0 and text[line - 1] == "\n" and (line < 2 or text[line - 2] == "\n"):
            line -= 1  # (a blank line: a Markdown list comes as one paragraph an item)
        if line == 0:
            return None
        above = text.rfind("\n", 0, line - 1) + 1
        if _SCALE_BEFORE.search(text, above, line - 1) is not None:
            return Evidence("hazard level", Effect.DROP, f"'{word}' is a listed level of the hazard scale named above")
        if _VALUE_LINE.fullmatch(text, above, line - 1) is None:
            return None
        line = above
    return None
