"""A page's own furniture that reads like a plug but promotes nothing (round 105): a trail of
breadcrumbs, a live page's labels on a live page, a release's end mark, a letter's greeting.

An organisation's own web page carries its navigation and its labels next to its promotion; the
plug beside them does not make them plugs. Each test reads one line (or, for a live page, counts
its entry stamps once per document), so none costs more than the line or the document once.
"""

from __future__ import annotations

import re

from lintnews.util.lazyregex import LazyRegex

# a trail of three or more short segments joined by a trail's separator ("Home > News > Market
# updates", "Visit the Dales › Plan your trip › What's new"), each opening on a letter, with no
# stop, comma or price in it: navigation ("Shop it — £12 / €14 / $15" is a price line)
_TRAIL = LazyRegex(
    r"[ \t]{0,20}[^\W\d_][^\n.,;!?:›>»|/$£€¥]{0,40}"
    r"(?:[ \t]{1,3}[›>»/][ \t]{1,3}[^\W\d_][^\n.,;!?:›>»|/$£€¥]{0,40}){2,8}[ \t]{0,20}(?:\n|\Z)"
)
_TRAIL_SEPARATORS = ("›", " > ", "»", " / ")
# a live page's own labels: its status ("Live | Updated 15:42") and the summary of its own
# entries ("Key events", "Latest updates", "Pinned post")
_LIVE_LABEL = LazyRegex(
    r"[ \t]{0,20}(?:live\b|key\s+(?:events|moments|updates)|(?:latest|live|recent)\s+updates|live\s+coverage|pinned\s+post)",
    re.IGNORECASE,
)
# a live page's entry stamp, alone on its line ("15:42", "3.05pm", "09:10 GMT")
_STAMP_LINE = re.compile(
    r"^[ \t]{0,20}\d{1,2}[:.]\d\d(?:[ \t]?(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]{1,3}[A-Z]{2,4})?[ \t]{0,20}$",
    re.IGNORECASE | re.MULTILINE,
)
_LIVE_STAMPS = 3  # entry stamps that make a page a live page
# a press release's end mark alone on its line ("###", "-ENDS-")
_END_MARK = re.compile(r"[ \t]{0,20}(?:#{3}|-{0,2}[ \t]{0,3}ends[ \t]{0,3}-{0,2})[ \t]{0,20}$", re.IGNORECASE)
# a letter's greeting formula ("I hope this newsletter finds you well"): the writer's manners
# how far around a hit its greeting is read: the formula's words before the hit ("I hope that
# this weekly") and after it ("newsletter finds you")
GREETING_REACH = 100

_GREETING = LazyRegex(
    r"\b(?:i|we)\s+(?:hope|trust)\s+(?:that\s+)?(?:this|the|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:newsletter|letter|e-?mail|message|note|update|bulletin|issue|edition)\s+finds\s+you\b",
    re.IGNORECASE,
)

# the longest line a trail or a live label can be: ``_TRAIL`` consumes at most 9 segments of 41
# characters and their separators (a label line is much shorter); a longer line is neither, and
# its ends are not looked for (a hit on a line of a hundred thousand characters, read whole for
# each hit, was quadratic: review of round 105)
_FURNITURE_LINE = 500


def _line(text: str, at: int) -> tuple[int, int] | None:
    """The line holding ``at`` (its start and end), or ``None`` when it is longer than any
    furniture line (``_FURNITURE_LINE``): both ends are looked for within that reach only."""
    lo = max(0, at - _FURNITURE_LINE)
    start = text.rfind("\n", lo, at) + 1
    if not start and lo:
        return None
    end = text.find("\n", at, at + _FURNITURE_LINE)
    if end < 0:
        if at + _FURNITURE_LINE < len(text):
            return None
        end = len(text)
    return start, end


def breadcrumb_line(text: str, at: int) -> bool:
    """Is the line holding ``at`` a trail of breadcrumbs (navigation, not a plug)?"""
    span = _line(text, at)
    if span is None:
        return False
    start, end = span
    line = text[start:end]
    if not any(sep in line for sep in _TRAIL_SEPARATORS):
        return False
    m = _TRAIL.match(text, start)
    return m is not None and m.end() >= end


def live_page(text: str) -> bool:
    """Does the text read as a live page (three entry stamps or more, each alone on its line)?
    (The caller asks once per document, and only for a live label's hit.)"""
    stamps = _STAMP_LINE.finditer(text)
    return all(next(stamps, None) is not None for _ in range(_LIVE_STAMPS))


def live_label(text: str, at: int) -> bool:
    """Is the hit at ``at`` a live page's label, on a line that opens with it?"""
    span = _line(text, at)
    if span is None:
        return False
    start = span[0]
    return not text[start:at].strip() and _LIVE_LABEL.match(text, start) is not None


def end_mark(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a press release's end mark alone (a mark, not a plug)?"""
    return _END_MARK.match(text[start:end].rstrip("\n")) is not None


def greeting(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a letter's greeting formula ("I hope this ... finds you")?"""
    return _GREETING.search(text, start, end) is not None
