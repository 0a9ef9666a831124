"""Steps 4-6, the tests of a run of units within one paragraph: cut at glued joins, spoken in
the appeal voice, describing what is sold, a live page's post, a heading.

Plain functions over :class:`~lintnews.builtin.advertorial.units.Units`, so the judgement
class keeps only the order of the steps.
"""

from __future__ import annotations

import re

from lintnews.builtin.advertorial.cues import (
    APPEAL_TOPIC,
    FIRST_PLURAL,
    HEADING_WORDS,
    POST_STAMP,
    TERMINAL,
    WARN_OFF,
    WORDS,
)
from lintnews.builtin.advertorial.units import Units


def glued_pieces(units: Units, idx: list[int]) -> list[list[int]]:
    """A paragraph's units, cut where text was glued on without a space."""
    us = units.units
    pieces: list[list[int]] = []
    for i in idx:
        if pieces and not us[i].glued:
            pieces[-1].append(i)
        else:
            pieces.append([i])
    return pieces


def unglued(units: Units, idx: list[int], from_start: bool) -> list[int]:
    """The units of a paragraph up to (or back from) its first glued boundary."""
    us = units.units
    if from_start:
        out = [idx[0]]
        for i in idx[1:]:
            if us[i].glued:
                break
            out.append(i)
        return out
    out = [idx[-1]]
    for i in reversed(idx[:-1]):
        if us[i + 1].glued:
            break
        out.append(i)
    return out


def appeal_voice(units: Units, idx: list[int]) -> bool:
    """Most units speak as the publication ("we", "our") about its work and readers."""
    voiced = [i for i in idx if units.voice(FIRST_PLURAL, i)]
    if len(voiced) * 2 < len(idx):
        return False
    return any(units.voice(APPEAL_TOPIC, i) for i in voiced) and not any(
        units.story(i) for i in voiced
    )


# the words of selling itself, which a shopping line and advice to a shopper share without
# the advice describing anything that is sold
_SHOPPING_WORDS = frozenset(
    "deal deals price prices offer offers code codes save sale sales shop store stores month "
    "year free only just with your this that from more than here now today".split()
)


def _named(text: str) -> set[str]:
    """The words of ``text`` that can name a product or its kind ("jacket", "tidewater"):
    words of four letters or more, folded, less the vocabulary of selling itself."""
    return {w for w in (w.lower() for w in WORDS.findall(text) if len(w) >= 4)} - _SHOPPING_WORDS


def describes(units: Units, idx: list[int], around: tuple[int, int], marked: set[int]) -> bool:
    """Does the paragraph between two shopping lines name what the listing around it sells (a
    product's description: "the Note 10 Plus is well designed" under "Galaxy Note 10 Plus for
    $840")? Advice to the reader that names nothing of theirs ("If you are out of contract,
    phone your provider") is the story's, not the listing's, and so is a verdict that warns the
    reader off a deal ("Not worth it: the bundle costs more than the two apart", round 44): it
    names the product only to advise against it. (Up to two marked lines each way: a price line
    and its "buy" line.)"""
    us, text = units.units, units.text
    if WARN_OFF.search(text, us[idx[0]].start, us[idx[-1]].end) is not None:
        return False
    between = _named(text[us[idx[0]].start : us[idx[-1]].end])
    lo, hi = around
    near = [i for i in (lo - 1, lo, hi, hi + 1) if i in marked]
    return any(between & _named(text[us[i].start : us[i].end]) for i in near)


# round 131: a live page's entry stamp alone on the line just above a paragraph ("12.50 BST",
# "3.05pm"), read on the few characters before the paragraph
_STAMP_ABOVE = re.compile(
    r"(?:\A|\n)[ \t]{0,20}\d{1,2}[:.]\d\d(?:[ \t]?(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]{1,3}[A-Z]{2,4})?[ \t]{0,20}\n\s*\Z",
    re.IGNORECASE,
)
_STAMP_REACH = 60


def posted(units: Units, idx: list[int]) -> bool:
    """Does the paragraph open with a live page's time stamp, or stand under one alone on the
    line above (round 131: "12.50 BST" / "Good afternoon and welcome to our live coverage ...")?
    A post of the live story speaks as "we" and "our team" about the coverage ("10:30pm -
    Welcome to our live coverage ...") without being the outlet's appeal: its voice alone does
    not join it to a plug beside it."""
    start = units.units[idx[0]].start
    if POST_STAMP.match(units.text, start) is not None:
        return True
    return _STAMP_ABOVE.search(units.text[max(0, start - _STAMP_REACH) : start]) is not None


def heading(units: Units, idx: list[int]) -> bool:
    """A short line without a closing stop: a product or section heading."""
    chunk = units.text[units.units[idx[0]].start : units.units[idx[-1]].end]
    # (round 136: a sentence in bold, "**The match is live from 7pm.**", keeps its stop inside
    # the plain-text writer's emphasis marks)
    return len(chunk.split()) <= HEADING_WORDS and not TERMINAL.search(chunk.rstrip().rstrip("*_"))
