"""Evidence from copy nobody tuned on (round 56): technical senses, terms of art, a part of
speech misread, quotation marks of plain-text sources.

Reference and technical copy (encyclopedia sentences, science and history pages) uses the
lexicon's words in senses the news tuning never showed: "an endless loop" (a tape joined at
its ends), "stellar companions" (stars), "the basic Marxist formulation" (a school of
thought), "totalitarian regimes" (a class of polities), "Falstaff, the cowardly knight" (an
adjective, not the writer's sentence adverb), and words between the ``` `` ... '' ``` marks
that typewritten and TeX-style sources use for quotation. One function per kind, each reading
a word class of ``lintnews/language/wordclasses/loaded.toml`` or the marks around the hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import (
    DETERMINERS,
    Effect,
    Evidence,
    next_words,
    words_before,
)
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _terms() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The word classes of this module: technical heads, school labels, scholarly nouns,
    polity nouns (plural forms) and the dual-sense words that have a technical sense."""
    from lintnews.language.wordclasses import lower_forms

    return (
        lower_forms("loaded/technical-nouns"),
        lower_forms("loaded/school-labels"),
        lower_forms("loaded/scholarly-nouns"),
        lower_forms("loaded/polity-nouns", ("NNS",)),
        lower_forms("loaded/technical-senses"),
    )


def technical_collocation(text: str, end: int, hi: int, word: str, lemma: str) -> Evidence | None:
    """A word with a technical sense before a head noun of that sense: "an endless loop",
    "an endless belt" (joined at its ends), "existing stellar companions" (of the stars).
    Not before "of", which makes the head a figure ("an endless loop of bad news")."""
    heads, _, _, _, senses = _terms()
    if word in _earth_senses() or lemma.lower() in _earth_senses():
        heads, senses = _earth_heads(), _earth_senses()
    if word not in senses and lemma.lower() not in senses:
        return None
    m = _HEAD.match(text, end, hi)
    if m is None or m.group(1).lower() not in heads or m.group(2):
        return None
    return Evidence("technical", Effect.DROP, f"before '{m.group(1).lower()}' (a technical sense)")


@lru_cache(maxsize=1)
def _earth_senses() -> frozenset[str]:
    """Words with a sense of the earth's movements ("seismic", "tectonic"; round 100)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/earth-science-senses")


@lru_cache(maxsize=1)
def _earth_heads() -> frozenset[str]:
    """The head nouns of that sense ("seismic activity", "tectonic plates"), kept apart from
    :data:`loaded/technical-nouns` so that "endless activity" stays a figure."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/earth-science-nouns")


# the head noun right after the word, and "of" if it follows the head
_HEAD = LazyRegex(r"[ \t]+([A-Za-z][\w-]*)(\s+of\b)?")


def term_of_art(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A label that names a school of thought or a form of government, used as the term of
    art it is: before a noun of scholarship ("the basic Marxist formulation", "Marxist
    historiography"), or before a bare plural of polities, a class named in general
    ("suppressed by totalitarian regimes"). The first is dropped; the second is doubtful
    (``info``): "the totalitarian regime in Pyongyang", one regime with its article, still
    judges."""
    _, labels, scholarly, polities, _ = _terms()
    if word.lower() not in labels:
        return None
    words = next_words(text, end, hi, n=1, skip_determiners=False)
    if not words:
        return None
    head = words[0]
    if head in scholarly:
        return Evidence("term of art", Effect.DROP, f"before '{head}' (a school of thought)")
    if head in polities:
        before = words_before(text, lo, start)
        if before and (before[-1] in DETERMINERS or before[-1].endswith(("'s", "’s"))):
            return None
        return Evidence("term of art", Effect.DOUBT, f"a class of polities in general ('{head}')")
    return None


# Plain-text and TeX-style quotation marks: two backticks open, two apostrophes close; or one
# backtick and one apostrophe (the single pair). On one line, at most 400 characters apart.
_TYPEWRITER_OPEN = LazyRegex(r"``|`(?!`)")
_DOUBLE_CLOSE = re.compile(r"''")
# (a single closing mark is an apostrophe with no letter after it: not "n't" nor "'s")
_SINGLE_CLOSE = re.compile(r"(?<!')'(?![\w'])")


def typewriter_quotation(text: str, start: int, end: int) -> Evidence | None:
    """The word sits between ``` `` ``` and ``''`` (or ``` ` ``` and ``'``) on its line: a
    quotation the reader sees as one, though the document's quotation finder knows only
    typeset and straight double marks (Parker said, ``` `` ``` ... hopefully it works ``''``). A
    double pair may run open to the end of its paragraph, as a quotation that goes on in the
    next one does."""
    if text.rfind("`", max(0, start - 400), start) < 0:
        return None  # (most text has no backtick: the one test most candidates need)
    line_lo = text.rfind("\n", max(0, start - 400), start) + 1
    opener = None
    for m in _TYPEWRITER_OPEN.finditer(text, max(line_lo, start - 400), start):
        opener = m
    if opener is None:
        return None
    closer = _DOUBLE_CLOSE if opener.group() == "``" else _SINGLE_CLOSE
    if closer.search(text, opener.end(), start) is not None:
        return None  # closed before the word
    line_hi = text.find("\n", end)
    line_hi = len(text) if line_hi < 0 else line_hi
    if closer.search(text, end, min(line_hi, end + 400)) is None and (closer is _SINGLE_CLOSE or line_hi > end + 400):
        # (a double pair left open to the end of its paragraph is the press convention for a
        # quotation that runs on into the next: "Parker said, `` We ... hopefully ...")
        return None
    return Evidence("quotation", Effect.DROP, f"between {opener.group()} and its closing mark (typewriter quotation marks)")
