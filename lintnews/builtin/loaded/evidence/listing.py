"""DROP evidence: a word in a listing's title line (round 163, issue 16).

Listings and guides give each entry a line of its own: the title of a programme, a film or a
product in title case, then its details in brackets and no stop ("Savage Harbour (BBC One,
9pm)", "The Brutal Summer (cinemas, 15)"; in Markdown the title is usually bold, which the
reader does not copy). A loaded word in such a line belongs to the title, a name, not to the
writer's voice (round 123's rule for names). Only a line of title-case words (two at least,
short words such as "of" and "the" allowed in lower case) ending in one bracket of details:
a sentence in sentence case ("Savage cuts hit schools (analysis)"), a sentence with a stop and
a word inside running text stay with the judge.

Round 168 (issue 16, sport and entertainment copy): the two other shapes a list of works
takes. A Markdown table's cell that holds a title, alone or after its maker's name and a comma
("| Best film | Savage Grace |", "| Best actor | Ola Reyes, Wicked Little Hearts |"); and a
chart's numbered or bulleted entry, the title then a dash and its figure or its artist ("1.
Brutal Inheritance - N112.6m (week 4)", "3. Savage Love – Mira Dane"). Title case again tells
the name from the writer's words: a cell or an entry in sentence case ("| Verdict | A brutal,
clumsy film |", "1. Brutal cuts - 40 schools") stays with the judge.
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

_SMALL = r"(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)"
_TITLE_WORD = rf"(?:[A-Z0-9][\w'’&-]*|{_SMALL})"
# from the line's start to the word: title-case words only
_LEAD = LazyRegex(rf"[ \t]*(?:{_TITLE_WORD}[ \t]+){{0,8}}")
# from the word's end: more title-case words, then one bracket of details closing the line
_TAIL = LazyRegex(rf"(?:[ \t]+{_TITLE_WORD}){{0,8}}[ \t]+\([^()\n]{{1,60}}\)[ \t]*(?:\n|$)")


def _line_start(text: str, pos: int) -> int | None:
    """Where the line of ``pos`` starts, looking back 80 characters at most (None: further)."""
    nl = text.rfind("\n", max(0, pos - 80), pos)
    if nl >= 0:
        return nl + 1
    return 0 if pos <= 80 else None


def listing_title(text: str, start: int, end: int) -> Evidence | None:
    """The capitalised word at ``start:end`` in a title line with its details in brackets:
    "Savage Harbour (BBC One, 9pm)"."""
    if not text[start:start + 1].isupper():
        return None
    line = _line_start(text, start)
    if line is None or _LEAD.fullmatch(text, line, start) is None:
        return None
    m = _TAIL.match(text, end)
    if m is None or (start == line and m.group(0).lstrip(" \t").startswith("(")):
        return None  # (one title word alone before the bracket may be a label: "Shocking (video)")
    return Evidence("title", Effect.DROP, "in a listing's title line: the name of a work or product")


_TITLE_RUN = rf"(?:{_TITLE_WORD}:?[ \t]+){{0,8}}"
# a table cell's start: the row's bar, then the maker's name and a comma if any
_CELL_LEAD = LazyRegex(rf"[ \t]*\|(?:[^|\n]*\|)*[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}},[ \t]+)?{_TITLE_RUN}")
_CELL_TAIL = LazyRegex(rf":?(?:[ \t]+{_TITLE_WORD}:?){{0,8}}[ \t]*\|")
# a chart entry's start: its number or bullet
_ENTRY_LEAD = LazyRegex(rf"[ \t]*(?:\d{{1,3}}[.)]|[-*•])[ \t]+{_TITLE_RUN}")
# the entry's title closed by a dash, then a figure or a capitalised name, a bracket at most
# (review 139: the figure's token is split at its first digit, "[^\s()\d]*\d", so a long run of
# digits is read once; "[^\s()]*\d" tried every digit of it as the one, quadratic)
_ENTRY_TAIL = LazyRegex(
    rf":?(?:[ \t]+{_TITLE_WORD}:?){{0,8}}[ \t]+[-–—][ \t]+"
    r"(?:[^\s()\d]*\d[^\s()]*|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*(?:\n|$)")


def _run_words(text: str, a: int, b: int) -> int:
    """How many words of the title run lie in ``text[a:b]`` (the cell's or entry's lead is
    matched from the line start, so the words after the last bar, name comma or marker)."""
    seg = text[a:b]
    for sep in ("|", ","):
        seg = seg.rsplit(sep, 1)[-1]
    return len(seg.split())


def cell_or_entry_title(text: str, start: int, end: int) -> Evidence | None:
    """Round 168: the capitalised word in a title that fills a table cell ("| Best film |
    Savage Grace |") or opens a chart entry before a dash and its figure ("1. Brutal
    Inheritance - N112.6m"): two title-case words at least, the word's own included."""
    if not text[start:start + 1].isupper():
        return None
    line = _line_start(text, start)
    if line is None:
        return None
    lead = _CELL_LEAD.fullmatch(text, line, start)
    tail = _CELL_TAIL.match(text, end) if lead is not None else None
    if tail is None:
        lead = _ENTRY_LEAD.fullmatch(text, line, start)
        tail = _ENTRY_TAIL.match(text, end) if lead is not None else None
        if tail is not None:
            dash = max(tail.group(0).rfind(" - "), tail.group(0).rfind(" – "), tail.group(0).rfind(" — "))
            before = len(text[end:end + dash].split()) if dash >= 0 else 0
            marker = text[line:start].split(None, 1)
            words = len(marker[1].split()) if len(marker) > 1 else 0
            if words + before < 1:
                return None  # one word alone before the dash may be a label ("Shocking - 3")
            return Evidence("title", Effect.DROP, "a chart entry's title before its figure: a name")
        return None
    before = _run_words(text, line, start)
    after = len(tail.group(0).rstrip("|").replace(":", " ").split())
    if before + after < 1:
        return None  # one word alone in a cell is a label or a verdict ("| Brutal |")
    return Evidence("title", Effect.DROP, "a title filling a table cell: the name of a work")
