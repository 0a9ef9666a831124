"""Headline-shaped lines: lists of related stories and timelines given away by their shape.

The detector every family reads (round 80; its own module since round 81): the advertorial
family reports the lines (:mod:`lintnews.builtin.advertorial.shapes`, which adds the family's
signals, rule id and messages), and :func:`other_story` tells the unattributed and the loaded
families that a cue stands on a line that is another story's headline, not the writer's prose.
Nothing here knows a rule or writes a finding.

A list of links pasted into an article ("Pike signs two-year extension after promotion
push" / "Hexley sack manager following fifth straight defeat" / ...) has no phrase to
find; its lines look like headlines: one short line each, no sentence stop, title case
or the clipped syntax of headlines (no articles, a preposition joining the parts), and
each about something else. This module judges the **blocks** of a document (the
reader's paragraphs, a line each in plain text), one pass, a bounded look at each
block's neighbours; no pattern is tried at every position of the text.

What it finds (:class:`HeadlineLines`): runs of three or more headline-shaped lines about
different things inside body text (round 123: of two, each off the topic of the story around it;
and a title-case run glued into a paragraph's line), runs of lines led or closed by a date (a timeline of
earlier stories), timelines glued into a paragraph, related headlines after the text's last
sentence, the lines after a "Related" or "Most read" label when the caller knows its label
lines (the advertorial family's signals, through the hooks :meth:`HeadlineLines.label_block`,
:meth:`~HeadlineLines.label_blocks` and :meth:`~HeadlineLines.shop_line`), and the tests a
lone line between two paragraphs is judged by (:meth:`~HeadlineLines.dated_link`,
:meth:`~HeadlineLines.lone_link`, :meth:`~HeadlineLines.off_topic`).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.readers import Block

_WORD = LazyRegex(r"[^\W_][\w’'&.-]*")
_SMALL = frozenset(
    "a an the of in on at to for and or but nor with by from as vs via is are was be it its into "
    "over after before up out off per than that this how why what who when your you his her their "
    "new not".split()
)
# the glue of headline syntax: a preposition or conjunction joining the parts ("fined over",
# "delayed until", "to close as"); product names, menu items, scores and names have none
_JOINERS = frozenset(
    "after over as for to in on at from with by amid despite following until into against without "
    "before behind under during since about across ahead near than while off out up down "
    "back".split()
)
_ARTICLES = frozenset(("a", "an", "the"))
# the writer's own voice: a line of a poem, a song or a blog, not a headline
_PERSONAL = frozenset(("i", "i'm", "i’m", "my", "me", "we", "our", "us"))
# bylines, credits, captions, time stamps, copyright and legal lines are not links (tried on
# the lower-cased line, which is faster than a case-folding search), nor is "by" and a name
_NOT_HEADLINE = LazyRegex(
    r"^(?:by|photo|photograph|image|picture|pictured|credit|source|file|caption|copyright|"
    r"updated|posted|published|reporting\s+by|editing\s+by|additional\s+reporting)\b"
    r"|\b(?:photo|photograph|getty|reuters|afp|ap\s+photo|associated\s+press|shutterstock|istock|"
    r"credit|courtesy|all\s+rights\s+reserved|trademark|privacy|terms\s+of)\b|[©®|]|\d{1,2}:\d{2}"
    r"|@\w|https?://|www\."
)
_BYLINE = LazyRegex(r"\bby\s+[A-Z]")  # ("Cut Off By Tide" in title case is no byline)


def _not_headline(s: str) -> bool:
    return _NOT_HEADLINE.search(s.lower()) is not None or _BYLINE.search(s) is not None


# a line led by a date: an entry of a timeline of earlier stories
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a weekday's stem, before "day" or "days" ("Monday", "Saturdays"): one list for every shape
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)"
_DATED = LazyRegex(
    rf"(?:(?:19|20)\d{{2}}\s(?=(?-i:[A-Z]))|(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\s(?=(?-i:[A-Z][a-z]))|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s{{0,2}}:\s(?=\S)|(?:{WEEKDAY}day,?\s+)?(?:{_MONTH}\s+(?:19|20)\d{{2}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"(?:,?\s+\d{{4}})?|(?:19|20)\d{{2}}(?:-\d{{2}}-\d{{2}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"\s{0,3}[:–—|-]\s{1,3}(?=\S))",
    re.IGNORECASE,
)
# round 140 (issue 15): a chronology's entry led by the hour, a weekday before it or not ("Sunday,
# 6 p.m.: Flood watch issued", "3:15 a.m. - Dam fails", "14:05: Crews arrive"): read only under a
# chronology's title (:meth:`HeadlineLines._labelled_chronology`), where it dates the story's events
_CLOCKED = LazyRegex(
    rf"(?:(?:{WEEKDAY}day|today|yesterday|tonight),?\s+)?(?:\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.?m\.?|p\.?m\.?|noon|midnight)|\d{{1,2}}[:.]\d{{2}})"
    r"\s{0,3}[:–—|-]\s{1,3}(?=\S)",
    re.IGNORECASE,
)
# ... or closed by one: "Ferry terminal plan goes back to the drawing board (March 14, 2024)"
_DATED_END = LazyRegex(
    rf"(?:\s[-–—|]\s|,\s|\s\(|\s)(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}"
    r",?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\)?\s*$",
    re.IGNORECASE,
)
# round 44: a timeline's entry led by a month alone ("March: Drainage replaced at the junction"):
# no day and no year, so it dates an event within the story's own span (the works' months), not
# a story published on a day; in sentence case it is the writer's chronology, not a link's text,
# unless the line before it names the outlet's coverage ("What we have reported so far:")
_MONTH_ONLY = LazyRegex(
    r"[ \t]*(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[ \t]{0,2}:[ \t]",
    re.IGNORECASE,
)
_COVERAGE = LazyRegex(
    r"\b(?:we|our|reported|reporting|coverage|covered|stor(?:y|ies)|articles?|read|headlines)\b", re.IGNORECASE
)
_COVERAGE_WORDS = 10  # the longest line read as a label before a timeline

# a block that may be a link's text opens with a capital, digit or quotation mark and holds
# no sentence stop: none of these (a search that skips to the next mark at C speed)
_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789“\"‘'$£€")
_STOP_INSIDE = LazyRegex(r"[!;\n]|\.(?=[ \t]*(?:[A-Z“\"‘]|$))")
_CONTENT_WORD = LazyRegex(r"[A-Za-z][A-Za-z’'-]{3,}")
_STOPWORDS = frozenset(
    "this that with from have were their about after would could which there what when your more "
    "than will into over also been they said says some such them then these those where while "
    "just like only other being does done make made first last year years week time people".split()
)
_SENTENCE_STOP = LazyRegex(r"[.!?][\"'”’)]*(?:\s|$)")
_NUMBER = LazyRegex(r"\d+(?:[.,:]\d+)*")
# (each starts where its blanks start: a match never starts after a blank, since one there would
# start a blank earlier, so the run of blanks before a separator is read once, not once per blank)
SEPARATOR = LazyRegex(r"(?<!\s)\s+[|•·]\s+")
# a list item's marker: "1.", "2)", "•", "-", "*"
_MARKER = LazyRegex(r"^[ \t]*(?:[-–•*·▪►›»]|\d{1,2}[.)])[ \t]+")
# a link pasted as Markdown into plain text ("- [Headline](/news/x)"): its text is the line
# (the Markdown reader already drops the target; a scraper's plain text keeps it)
_MD_LINK = LazyRegex(r"[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?\[([^\]\n]{3,160})\]\([^)\s]{1,300}\)[ \t]*$")
# a list item in plain text ("• Headline", "2. Headline"): its text is the line
_ITEM = LazyRegex(r"(?:[-*+•·▪►›»]|\d{1,2}[.)])[ \t]+([^\n]{3,160}?)[ \t]*$")
# what a list of links puts between its headlines: a time stamp ("3 hours ago", "Yesterday",
# "14:05"), a reading time ("4 min read") or a section label in capitals ("SPORT")
_FILLER = LazyRegex(
    r"[ \t]*(?:\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|[Yy]esterday|"
    r"[Jj]ust\s+now|\d{1,2}:\d{2}(?:\s*[ap]m)?|\d{1,3}\s+min(?:ute)?s?\s+read|[A-Z][A-Z&]{2,15}(?:\s+[A-Z&]{2,15})?)[ \t]*$"
)
# round 44: a field of a product's fact sheet in a review or a buying guide ("Firmness:
# medium-soft (4 out of 10)", "Trial period: 120 nights", "Weight: 1.2kg"): a label in sentence
# case, then a value that opens in lower case or with a figure and is a few words long. A
# headline after a label opens with a capital ("Analysis: Why fares rise"); a fact sheet's field
# is no link, so it joins a run of links but does not make one (as a buy button does)
_SPEC = LazyRegex(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*:[ \t]+([a-z0-9(](?:[^\n]*[^\n \t])?)[ \t]*$")
_SPEC_WORDS = 6  # a field's value is at most this many words


def _spec_field(line: str) -> bool:
    """Is the line a field of a product's fact sheet (see ``_SPEC``), not a timeline's entry?"""
    if " · " in line or " | " in line or " • " in line:
        # (round 97: fields side by side, "Pros: battery life, keyboard · Cons: two ports")
        parts = [p for p in SEPARATOR.split(line) if p.strip()]
        if len(parts) > 1:
            return all(_spec_field(p) for p in parts)
    m = _SPEC.match(line)
    return m is not None and len(m.group(1).split()) <= _SPEC_WORDS and not dated(line)


# round 97: a line of a programme or a roster ("Main Stage: The Halyards · Mira Okon · Saltmarsh
# Choir", "Bar: DJ Fennel | Low Sound (till 2am)"): a short label closed by a colon, then two or
# more names parted by a bar or a dot, each a few capitalised words (a note in brackets aside).
# A headline says something of its names; a roster only lists them: it is the page's own
# listing, which joins a run of links but does not make one (as a fact sheet's field)
_ROSTER = LazyRegex(r"[ \t]*[A-Z0-9][\w’'&.-]*(?:[ \t]+[\w’'&.()-]+){0,3}[ \t]*:[ \t]++([^\n]*[^\n \t])[ \t]*$")
# a programme's clock time ("8pm", "7.30pm", "10am"): one name after a label is a slot with it
_CLOCK = LazyRegex(r"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)
_BRACKET_NOTE = LazyRegex(r"(?<!\s)\s*\([^()\n]{1,30}\)")  # (from a run's first blank only: see SEPARATOR)
_ROSTER_PART_WORDS = 4  # words of one name at most


def roster_line(line: str) -> bool:
    """Is the line a roster's or a programme's (see ``_ROSTER``): a label, then names only (two
    or more, or one in a slot with its clock time: "Corn Hall (8pm): The Harbour Strings")?"""
    m = _ROSTER.match(line)
    if m is None:
        return False
    parts = SEPARATOR.split(_BRACKET_NOTE.sub("", m.group(1)))
    if len(parts) < 2 and _CLOCK.search(line) is None:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= _ROSTER_PART_WORDS:
            return False
        if any(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in _SCHEDULE_JOIN for w in words):
            return False
    return True


# round 97: a programme's slot led by its clock time ("7pm – The Copper Kettles", "10.30am: Family
# Swim"): a link's text carries no clock time (a time stamp is no headline either, _NOT_HEADLINE)
# (round 146: or a TV listing's slot, the clock time with its am or pm and then the programme's
# title with no mark between them, "7.30pm Harbour Lights (BBC One)": a link's text opens with no
# clock time)
_SLOT = LazyRegex(
    r"[ \t]*\d{1,2}(?:(?:[.:]\d{2})?[ \t]?[ap]\.?m\.?|[.:]\d{2})[ \t]*[-–—:|][ \t]+\S"
    r"|[ \t]*\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\.?[ \t]+(?-i:[A-Z0-9\"“‘])",
    re.IGNORECASE,
)
# round 97: a calendar's entry, led by a weekday and its date with no year ("Monday 8 September:
# term starts", "Friday 24 October – INSET day"): coming events of the page's own, where a
# timeline of earlier stories dates each story by its day and year
# (round 102: the weekday cut short too, "Tue 1 April – Sibling photos", as a newsletter's diary
# prints it)
_WEEKDAY_DATE = LazyRegex(
    rf"[ \t]*(?:{WEEKDAY}day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?"
    rf"[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


# round 102: a calendar entry's clock time closing it ("Easter service at St Mark's, 2pm", "Term
# ends at 1.30pm"): the hour of a coming event, where a headline carries none (see ``_SLOT``)
_CLOCK_END = LazyRegex(r"(?:,|\bat|\bfrom)[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\.?[ \t]*$", re.IGNORECASE)


def own_listing(line: str) -> bool:
    """Round 97: is the line an entry of the page's own listing, not a link's text: a roster's or
    a programme's line (:func:`roster_line`, a clock slot), a fact sheet's field, a schedule's
    entry?"""
    return _SLOT.match(line) is not None or roster_line(line) or _spec_field(line) or schedule_entry(line)


def calendar_entry(line: str) -> bool:
    """Round 97: a calendar's entry (see ``_WEEKDAY_DATE``): a weekday, its date, no year, and
    after it no headline (a timeline of earlier stories may date its headlines by weekday:
    "Monday, March 3: Sea wall gives way in overnight storm", round 3's test)."""
    m = _WEEKDAY_DATE.match(line)
    if m is None or _YEAR.search(line) is not None:
        return False
    rest = line[m.end() :].lstrip(" \t:–—|-")
    if _CLOCK_END.search(rest) is not None:
        return True  # (round 102: "Term ends at 1.30pm", an event with its hour: no link's text)
    return not (headlinese(rest) or headline_like(rest, strict=True))


# a related story's headline left after the text's last sentence on its line, set off by two
# spaces or more where the link's line break was lost ("... on March 21-25.   Harbour fares to
# rise for a second year"): looked for in the text's last characters only
# (a scraper's hyphen may stand between the stop and the gap: "... the media.-  <Headline>")
_TAIL = LazyRegex(r"[.!?][\"”’)]?-?[ \t]{2,}([A-Z][^\n]{10,160}?)[ \t]*\Z")
_TAIL_REACH = 240
_HYPHEN_STOP = LazyRegex(r"[.!?]-[ \t]")  # a stop a scraper's hyphen follows ("... the media.-  ")
_TAIL_WORDS = 4  # a headline's words at least (a date, a place or a name is shorter)
_RUN = 3  # headline-shaped lines in a row that make a list of links
_PAIR_WORDS = 5  # round 123: words of each line of a run of two at least
_CAPS_SUBHEAD_WORDS = 3  # round 131: words of a section's heading in capitals at most
_GLUED_HEAD_MIN = 10  # round 123: words of a title-case run glued into a paragraph at least
_GLUED_HEAD_WORDS = 36  # ... and at most
_GLUED_MIN_CHARS = 120  # characters: a shorter block holds no such run between two sentences
# a person's name alone, perhaps with "By" (round 98's, moved here by round 123: a byline's line)
NAME_LINE = LazyRegex(r"[ \t]*(?:[Bb]y[ \t]+)?[A-Z](?:[a-z’'-]+|\.)(?:[ \t]+(?:[A-Z](?:[a-z’'-]+|\.)|Mc[A-Z][a-z]+|(?:de|van|von|da|di|le|la|bin|al)(?=[ \t]))){1,3}[ \t]*$")
# round 72: a timeline of earlier stories glued into a paragraph on one line ("... next year.
# Council to vote on bypass plan – 12 March 2025 Bypass plan delayed again – 3 June 2025 The
# scheme ..."): a dash or bar, a whole date with its year, then a capital or the line's end. The
# pattern opens at the separator (a character class the engine skips to), so the text is scanned
# once; the headline before each date is then read back to the sentence stop before it
_GLUED_DATE = LazyRegex(
    rf"[–—|-][ \t]{{1,2}}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d{{2}}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})(?=[ \t]+(?-i:[A-Z“\"‘])|[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
_STOP_BEFORE = LazyRegex(r"[.!?][\"'”’)]*[ \t]+")
# round 72: a related link's words: a lone off-topic headline with one of these is a link
_LINK_CUE = LazyRegex(
    r"^[ \t]*(?:watch(?!\s+out\b)|listen|video|podcast|quiz|poll|explainer|in\s+pictures|photos|gallery)\b"
    r"|\b(?:live\s+(?:updates|blog)|as\s+it\s+happened)\b",
    re.IGNORECASE,
)
_YEAR = LazyRegex(r"\b(?:19|20)\d{2}\b")
_GLUED_WORDS = 3  # a glued headline's words at least
_WRAPPED_LINES = 12  # lines of a wrapped block read as a list of links at most
# related headlines run together on one line, a question among them ("Who are the owners? How
# the quay has grown"): the question's mark and a capital after it part two headlines
_QUESTION_JOIN = LazyRegex(r"(?<=\?)[ \t]+(?=[A-Z])")
_ONE_SPACE_TAIL = LazyRegex(r"[.!][\"”’)]?[ \t](?=[A-Z])")  # a sentence's end, one space, a capital
_TITLED = LazyRegex(r"[A-Z][\w’'-]+: [A-Z]")  # a "Name: topic" title ("Ana Ruiz: Key facts")
_LONGEST_TAIL = 160  # characters of one headline
_PROSE_WORDS = 12  # a paragraph of body text has at least this many words and a stop
_SHORT_STORY = 5  # ... a short paragraph of the story at least this many, closed by its stop
_SENTENCE_END = LazyRegex(r"[.!?][\"'”’)]*$")
_AFTER_LABEL = 12  # lines after a "Related" label that may be its headlines
_LONGEST = 170  # characters: a longer block is not one link


def _stem_spans(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Each content word's stem in ``text[start:end]`` (as :func:`_stems` cuts it) with the
    start of its first and of its last occurrence: whether a stem stands outside a span of the
    block is then one look-up (review 122)."""
    spans: dict[str, tuple[int, int]] = {}
    for m in _CONTENT_WORD.finditer(text, start, end):
        w = m.group().lower()
        if w in _STOPWORDS:
            continue
        k = w[:5]
        first = spans.get(k)
        spans[k] = (m.start() if first is None else first[0], m.start())
    return spans


# review 132: the content stems a line of the story's own points may add to the story's (a
# figure's unit, a day): a related headline tells another event, with words of its own
_NEW_STEMS_OF_A_POINT = 1


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to five letters ("budget", "budgets": "budge")."""
    return {
        w[:5] for m in _CONTENT_WORD.finditer(text) if (w := m.group().lower()) not in _STOPWORDS
    }


def _headlines(tail: str) -> bool:
    """Is a text's closing tail headlines run together with a question among them (two parts
    at least, each a headline)?"""
    parts = _QUESTION_JOIN.split(tail)
    return len(parts) > 1 and all(headline_like(p, strict=False) for p in parts)


# round 72: a line of a results table ("Kettleby 2 Hexley 1", "Ashford 0-3 Brinton") holds two
# bare figures or a score and no joining word: names and figures, not a headline
_FIGURE = LazyRegex(r"(?<![\w.,])\d{1,3}(?:[-–]\d{1,3})?(?![\w.,%])")

_MONTH_WORD = LazyRegex(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)


def score_line(line: str) -> bool:
    """Is the line a row of a results table: two bare figures or a score, no joining word?"""
    if any(c in line for c in ":|,") or _MONTH_WORD.search(line) is not None:
        return False  # (a listing's fields: "Harbour Museum, 14 Quay Street | 3 March - 28 June")
    figures = _FIGURE.findall(line)
    if not figures or (len(figures) < 2 and not any("-" in f or "–" in f for f in figures)):
        return False
    return not any(w.lower() in _JOINERS for w in line.split()[1:])


# round 134 (issue 15): a row of a table or a ranked list a story prints (a league table, a
# chart's top five, an election's results, the prices of a survey): a name, then its figure closing
# the line ("Stonebridge 58", "Iron Tide - £4.1m", "Mira Hart (Labour) 1,204", "Asda, Kiln Road:
# 138.7p", "Turnout: 31.2%"), a rank before it at most. The name is only capitalised words, figures,
# a note in brackets and the small words of names; the figure is a count, an amount, a share or a
# measure, not a year. A headline says something of its name: a verb or a lower-case word, or a
# preposition before its figure ("Rates Held At 5%", "Striker Joins For £2m"). The name ends on a
# visible character and the blanks around it are possessive, so that a long run of blanks is read
# once, not once a letter before it, and a figure has sixteen characters at most (linear;
# tests/test_robustness.py)
_TABLE_ROW = LazyRegex(
    r"[ \t]*+(?:\d{1,2}[.)][ \t]++)?(.*?\S)[ \t]*+(?:[-–—:,|][ \t]*+|(?<=[ \t]))"
    r"([£$€]?\d[\d,]{0,14}+(?:\.\d{1,6})?(?:m|bn|k|p|%|pts|°?C|°F|mm|cm)?(?:[ \t]+(?:points|pts|votes|goals|seats|medals|per[ \t]+cent))?)[ \t]*$"
)
_ROW_NAME_WORDS = 6  # words of a row's name at most (its note in brackets aside)
_ROW_YEAR = LazyRegex(r"(?:19|20)\d\d")


def table_row(line: str) -> bool:
    """Round 134 (issue 15): is the line a row of a table or a ranked list (see ``_TABLE_ROW``):
    a name of capitalised words and figures, then one figure closing it? Such a row joins a run
    of headline-shaped lines but makes none, and is no related link's text."""
    m = _TABLE_ROW.match(line)
    if m is None or _ROW_YEAR.fullmatch(m.group(2)) is not None:
        return False
    words = _BRACKET_NOTE.sub("", m.group(1)).replace(",", " ").split()
    if not 1 <= len(words) <= _ROW_NAME_WORDS or not any(w[:1].isalpha() for w in words):
        return False
    if any(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in _SCHEDULE_JOIN for w in words):
        return False
    last = words[-1].lower()
    return last not in _JOINERS and last not in _SMALL


# round 134 (issue 15): a fixture a sports page lists ("Harbour Town v Ashby Rovers", "Kelham United
# v Stonebridge (3pm)", "Portmoor City vs Deanfield, 5.30pm"): two sides joined by v / vs / versus,
# each a few capitalised words, and its kick-off at most. A headline says what the sides did. Each
# side ends on a visible character, so a long run of blanks is tried once (linear)
_FIXTURE = LazyRegex(
    r"[ \t]*+(?:\d{1,2}[.)][ \t]++)?([A-Z](?:[^()\n,:]*?[^\s()\n,:])?)[ \t]++(?:v|vs\.?|versus)[ \t]++([A-Z](?:[^()\n,:]*?[^\s()\n,:])?)"
    r"(?:[ \t]*\([^()\n]{1,20}\)|,[ \t]*\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\.?"
    # round 136: or its day, and the hour after it at most ("..., Saturday 3pm")
    rf"|,[ \t]*(?i:{WEEKDAY}day)(?:[ \t]+\d{{1,2}}(?:[.:]\d{{2}})?[ \t]?[ap]\.?m\.?)?)?[ \t]*$"
)
# round 134: a name with a note in brackets right after it, then the entry's figure or a few words
# ("Mara Ilves (Estonia)", "Mira Hart (Labour) 1,204", "Kent (hamstring) out for six weeks"): a
# roster's, a results list's or a team sheet's entry; a headline puts no note after its subject
_NOTED = LazyRegex(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}[ \t]*\([^()\n]{1,30}\)")
# round 134: a service's days and hours ("Monday to Friday every 15 minutes", "Sundays: closed",
# "Saturday 9am to 1pm"): days, then how often or when; a headline's weekday is a possessive or
# a time adverb followed by its story ("Saturday's vote ...")
_DAY_SERVICE = LazyRegex(
    rf"[ \t]*(?:{WEEKDAY}days?|weekdays|weekends|bank[ \t]+holidays|daily)"
    rf"(?:[ \t]*(?:to|-|–|and|&)[ \t]*(?:{WEEKDAY}days?|bank[ \t]+holidays))?"
    r"(?:[ \t]*+:)?[ \t]++(?:every\b|hourly\b|half-hourly\b|closed\b|open\b|no[ \t]+service\b|\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\b)",
    re.IGNORECASE,
)


def _sides(part: str) -> bool:
    """Is ``part`` one side of a fixture: a few words, each capitalised, a figure or a name's
    small word ("Harbour Town", "Kings of Leon")? A headline's side does something in lower case."""
    words = part.split()
    return 1 <= len(words) <= _SCHEDULE_PART_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SCHEDULE_JOIN for w in words
    )


# round 136 (issue 15): a ranked list's entry, a name and then its place after a comma ("1. Mara
# Ilves, Estonia", "3) Ines Sola, Spain", "2. Harbour Rowing Club, Castlegate", "Gold: Mara Ilves,
# Estonia", "2nd Jana Novak, Czech Republic"): a rank (a figure, an ordinal or a medal), a few
# capitalised words, a comma, a few capitalised words (and the small words of a country's name)
_RANKED_ENTRY = LazyRegex(
    r"[ \t]*(\d{1,2}[.)][ \t]+|\d{1,2}(?:st|nd|rd|th)[ \t]*:?[ \t]+|(?i:gold|silver|bronze|winner|runner-up|third)[ \t]*:[ \t]+)?((?-i:[A-Z])[\w’'.-]*(?:[ \t]+(?-i:[A-Z])[\w’'.-]*){0,4}),[ \t]*"
    r"((?-i:[A-Z])[\w’'.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w’'.-]*|of|and|the)){0,3})[ \t]*$"
)


def ranked_entry(line: str) -> bool:
    """Round 136 (issue 15): is the line a ranked list's entry, a name and its place ("1. Mara
    Ilves, Estonia"; a list item's text comes without its rank, "Mara Ilves, Estonia", and then
    the name has two words at least: "Brexit, Explained" is a headline)? No word of it is a finite verb of the lexicon (a third-person present or a
    past): a numbered title-case headline with a comma says what its subject did ("2. Leeds,
    Brighton Draws Level" keeps its verb and stays a headline)."""
    m = _RANKED_ENTRY.match(line)
    if m is None or (m.group(1) is None and len(m.group(2).split()) < 2):
        return False  # (a list's item comes without its rank: then the name has two words or more)
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    words = (m.group(2) + " " + m.group(3)).split()
    return not any(w.lower() in forms.present or w.lower() in forms.past for w in words)


# round 136 (issue 15): a line of key figures, three fields or more parted by bars or semicolons,
# each a figure and a few words ("1,204 patients | 41 hospitals | 31% fewer admissions"), a label
# before them at most ("Key figures: ...")
_FIGURE_FIELD = LazyRegex(r"[ \t]*(?:[£$€]?\d[\d,.]*(?:%|m|bn|k|p|mg|kg|km|C)?)(?:[ \t]+[\w’'%-]+){0,3}[ \t]*")
_FIELDS_LABEL = LazyRegex(r"[ \t]*(?:[A-Z][\w’'-]*)(?:[ \t]+[\w’'-]+){0,2}[ \t]*:[ \t]*")


def figures_line(line: str) -> bool:
    """Round 136 (issue 15): is the line a row of key figures, three fields or more parted by
    bars or semicolons, each opening with a figure and a few words after it, no finite verb
    after the figure's noun ("1,204 patients | 41 hospitals | 31% fewer admissions")? A headline's fields say what
    happened; a fact box's name counts."""
    label = _FIELDS_LABEL.match(line)
    body = line[label.end():] if label is not None else line
    fields = re.split(r"[|;]", body)
    if len(fields) < 3 or not all(_FIGURE_FIELD.fullmatch(f) for f in fields):
        return False
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    # (the word right after a figure is its noun, whatever its verb reading: "3,310 fans")
    later = [w for f in fields for w in f.split()[2:]]
    return not any(w.lower() in forms.present or w.lower() in forms.past for w in later)


def data_line(line: str) -> bool:
    """Round 134 (issue 15): is the line an entry of data the story prints, not a headline: a
    table's row (:func:`table_row`), a fixture, a name with its note in brackets, a service's days
    and hours, a ranked name with its place (round 136, :func:`ranked_entry`)? Such lines are no
    link's text (a related list's headline says something of its names), so they make no run of
    headlines."""
    if table_row(line) or _NOTED.match(line) is not None or _DAY_SERVICE.match(line) is not None:
        return True
    if ranked_entry(line) or figures_line(line):
        return True
    m = _FIXTURE.match(line)
    return m is not None and _sides(m.group(1)) and _sides(m.group(2))


# round 130 (issue 15): a person's age between commas after the noun it describes, the
# headline's own apposition ("Wexcombe woman, 88, swims in the Tarn every day"): its two commas
# part no list, so they count as none (a list's line, "Bread, milk, eggs", keeps its commas)
_AGE_APPOSITION = LazyRegex(r"(?<=[A-Za-z]), (?:1[01]\d|[1-9]?\d), (?=[A-Za-z])")


def _commas(s: str) -> int:
    """The commas of a line that part clauses or items: a person's age between two commas is an
    apposition, not two parts (see ``_AGE_APPOSITION``)."""
    n = s.count(",")
    if n >= 2 and _AGE_APPOSITION.search(s) is not None:
        n -= 2
    return n


def outlet_pick(line: str) -> bool:
    """Round 132 (issue 15): is a line a related headline of the outlet's own choice, its "our"
    the outlet's ("Our favourite Sunday roasts in the valley", "Our pick of the week's best
    films")? It opens with "Our" and a kind of recommendation piece (the ``outlet-selections``
    word class), holds no other first-person word, and the rest read as a sentence-case headline
    (:func:`headlinese`). A poem's or a blog's "Our hearts ..." takes no such noun; a line in the
    first person elsewhere is no headline (see ``_PERSONAL``)."""
    words = line.strip().split()
    if len(words) < _PAIR_WORDS or words[0] != "Our":
        return False
    if words[1].lower().strip("\"“”‘’'") not in _selections():
        return False
    if any(w.lower().strip("\"“”‘’'") in _PERSONAL for w in words[1:]):
        return False
    rest = " ".join(words[1:])
    return headlinese(rest[:1].upper() + rest[1:])


@cache
def _selections() -> frozenset[str]:
    """Every form of the ``advertorial/outlet-selections`` class, lower case (read once)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("advertorial/outlet-selections")


# round 132 (issue 15): a headline's subject with its age, then its finite verb ("Wexcombe woman,
# 88, swims in the river every day"; "Driver, 23, jailed over crash"): the apposition closes the
# subject, so the word after it is the verb, whatever its other readings ("swims" is a noun too)
_AGED_SUBJECT = LazyRegex(r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}, (?:1[01]\d|[1-9]?\d), ([a-z]+)\b")


def aged_headline(line: str) -> bool:
    """Round 132 (issue 15): is a line a headline whose subject carries an age, the verb after it
    finite (a third-person present or a past of the lexicon, :mod:`lintnews.language.finite`),
    4-16 words, no closing stop, not in the first person, not a byline or legal line? Its
    articles do not count against it (the clipped syntax of :func:`headlinese` allows one): the
    age apposition and a finite verb with no stop are headline syntax on their own. A list's line
    or a roster's ("Ana Ruiz, 34, Hallam") has no verb after the age."""
    s = line.strip()
    if not s or s[-1] in ".!;,:?" or len(s) > 140 or not 4 <= len(s.split()) <= 16:
        return False
    m = _AGED_SUBJECT.match(s)
    if m is None or s.count(",") != 2:
        return False
    if any(w.lower().strip("\"“”‘’'") in _PERSONAL for w in s.split()):
        return False
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    verb = m.group(1)
    return (verb in forms.present or verb in forms.past) and not _not_headline(s)


def headline_like(line: str, strict: bool) -> bool:
    """Does a line read as a headline or link text?

    Both kinds: one line, 2-18 words (3 when ``strict``), no closing stop, not a
    byline, credit, caption, time stamp or legal line, at most one comma. ``strict``
    (no label in front to say it is a link) also wants title case: three in four
    content words capitalised, and not all capitals (a shouted subhead).
    """
    s = line.strip()
    if not s or "\n" in s or len(s) > 160 or _commas(s) >= 2:
        return False
    if s.rstrip("\"'”’)]")[-1:] in (".", "!", ";", ",", ":", "…", ""):  # (a stop inside the marks too)
        return False
    if s[0] in "\"“‘'" and s[-1] in "\"”’'":  # a pull quote
        return False
    # (the cheap tests first: most candidate lines fail on words or case)
    if not (3 if strict else 2) <= len(s.split()) <= 18:
        return False
    if strict and s.upper() == s:
        return False
    words = _WORD.findall(s)
    if not (3 if strict else 2) <= len(words) <= 18:
        return False
    if not strict:
        return not _not_headline(s) and not score_line(s) and not data_line(s)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2:
        return False
    capital = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or w[0] in "$£€")
    return capital * 4 >= len(content) * 3 and not _not_headline(s) and not score_line(s) and not data_line(s)


def headlinese(line: str) -> bool:
    """A line in the clipped syntax of a sentence-case headline ("Insurer fined over
    handling of flood claims"): 4-16 words, a capital first letter, no closing stop,
    at most one article, a joining preposition or conjunction, at most one number, not
    in the first person; not a byline, credit or legal line."""
    s = line.strip()
    if not s or not s[0].isupper() or s[-1] in ".!;,:?" or _commas(s) >= 2 or len(s) > 140:
        return False
    words = s.split()
    if not 4 <= len(words) <= 16:
        return False
    lower = [w.strip("\"“”‘’'()").lower() for w in words]
    if sum(1 for w in lower if w in _ARTICLES) > 1 or any(w in _PERSONAL for w in lower):
        return False
    if not any(w in _JOINERS for w in lower[1:]):
        return False
    if len(_NUMBER.findall(s)) > 1:
        return False
    return not _not_headline(s) and not data_line(s)


def dated(line: str) -> bool:
    """A timeline entry: a date, a separator, then a few words with no closing stop."""
    line = line.strip()
    if not line or not (line[0].isdigit() or line[0] in "JFMASONDTW" or line[-1].isdigit() or line[-1] == ")"):
        return False
    m = _DATED.match(line)
    if m is not None:
        rest = line[m.end():].strip()
    else:
        m = _DATED_END.search(line)
        if m is None:
            return False
        rest = line[: m.start()].strip()
    return bool(rest) and headline_like(rest, strict=False) and len(rest.split()) >= 3



_LABEL_WORDS = 6  # the longest fact-box title read as a chronology's label


def chronology_label(line: str) -> bool:
    """Round 137 (issue 15): is ``line`` a fact box's title over the story's own list of dates: a
    short line (six words at most, a colon at its end at most) holding a noun of the
    ``advertorial/chronology-labels`` class ("Timeline:", "Shutdown timeline", "Key dates:",
    "Chronology of the talks"), no word of the outlet's coverage ("Our earlier coverage
    timeline")?"""
    s = line.strip().rstrip(":").strip().lower()
    words = s.split()
    if not 1 <= len(words) <= _LABEL_WORDS or _COVERAGE.search(s) is not None:
        return False
    if any(c in s for c in ".!?|»›→"):
        return False
    padded = f" {' '.join(words)} "
    return any(f" {noun} " in padded for noun in _chronology_nouns())


@cache
def _chronology_nouns() -> frozenset[str]:
    """Every form of the ``advertorial/chronology-labels`` class, lower case (read once)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("advertorial/chronology-labels")


# round 89: an entry of a schedule (a tour's dates, a club's fixtures, a festival's venues): after
# its date only names, a place and a venue parted by a comma ("Leeds, Corn Exchange") or two sides
# parted by "v"/"vs" ("Harlow v Ashbury"); each part a few capitalised words or a figure. A
# headline says something of its names: it has a verb or a lower-case word between them.
_SCHEDULE_SPLIT = LazyRegex(r",[ \t]+|[ \t]+(?:v|vs)\.?[ \t]+")
_SCHEDULE_PART_WORDS = 4  # words of a place's or a venue's name at most
_DAY_RANGE = LazyRegex(r"^\d{1,2}[-–](?=\d{1,2}\s)")
_SCHEDULE_JOIN = frozenset(("of", "the", "de", "&", "and", "on", "upon"))


def schedule_entry(line: str) -> bool:
    """Is a dated line a schedule's entry: its date, then two or three names ("4 May - Leeds,
    Corn Exchange", "Sat 6 Sept: Harlow v Ashbury")?"""
    line = _DAY_RANGE.sub("", line.strip(), count=1)  # ("21-22 Mar - London, Roundhouse": two nights)
    m = _DATED.match(line)
    if m is not None:
        names = line[m.end():]
    else:
        # (round 141: or closed by its date, the place first: "Leeds: Corn Exchange, 4 May
        # 2028", "Brighton, The Dome - 6 May 2028")
        end = _DATED_END.search(line)
        if end is None:
            return False
        names = line[: end.start()].replace(": ", ", ", 1)
    parts = _SCHEDULE_SPLIT.split(names.strip().rstrip(")").replace(" (", ", "))
    if not 2 <= len(parts) <= 3:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= _SCHEDULE_PART_WORDS or not (words[0][0].isupper() or words[0][0].isdigit()):
            return False
        if any(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in _SCHEDULE_JOIN for w in words):
            return False
    return True


_RULING_HEAD_WORDS = 8  # words of a list of decisions' heading at most
# (review 138 and round 174, each on its own: only ever ``fullmatch``ed and only whether it holds is asked, so the base's
# "\S[^\n]*?[ \t]*$" is "\S[^\n]*": the lazy text and the trailing blanks met in a run of
# blanks before a later word, and the run was read once per blank)
_RULING_ENTRY = LazyRegex(r"[ \t]*(?:[-*•·][ \t]+)?[A-Z][^:\n]{0,60}:[ \t]+\S[^\n]*")


def rulings_list(heading: str, entries: list[str]) -> bool:
    """Round 141 (issue 15): a story's own list of decisions (a regulator's other rulings of the
    week, a tribunal's judgments, a committee's decisions) under a short heading holding a noun
    of ``advertorial/ruling-nouns`` ("Other rulings this week", "Decisions at a glance"), each
    entry a name, a colon and the case closed by an outcome of ``advertorial/ruling-outcomes``
    ("Harbour Ferries: complaint about fares upheld", "Quay Motors: appeal dismissed"). A list
    of related headlines has no heading of decisions, nor every line closed by an outcome: the
    words of a heading that points away ("Other", "More") do not matter here, the entries do.
    Two entries at least."""
    head = heading.strip().strip("*_#").strip()
    words = head.lower().split()
    if not 1 <= len(words) <= _RULING_HEAD_WORDS or head[-1:] in ".!?|»›→>" or len(entries) < 2:
        return False
    from lintnews.language.wordclasses import listed, lower_forms

    nouns = lower_forms("advertorial/ruling-nouns")
    if not any(w.strip(":,’'") in nouns for w in words):
        return False
    outcomes = listed("advertorial/ruling-outcomes")
    for entry in entries:
        if _RULING_ENTRY.fullmatch(entry) is None:
            return False
        tail = entry.strip().rstrip(".").lower().split()
        if not any(" ".join(tail[-n:]) in outcomes for n in (1, 2, 3)):
            return False
    return True


_LISTING_HEAD_WORDS = 8  # words of a listing's heading at most
_LISTING_ENTRY_WORDS = 12  # words of one entry at most (its category label aside)
# round 144: the words of a heading that points away from the story, a link label's ("More
# results", "Latest standings news", "Related: the winners"): such a heading is left to the labels
_POINTING = frozenset(
    ("related", "more", "read", "most", "latest", "other", "also", "see", "watch", "listen", "stories",
     "story", "coverage", "news", "articles", "links", "reading", "popular", "trending", "recommended")
)
# round 144: an entry's category before its colon ("Album of the Year: ", "Best Newcomer: ",
# "Main event: "): a few words opening on a capital; the entry's name comes after it
_CATEGORY = LazyRegex(r"[ \t]*(?-i:[A-Z])[\w’'&-]*(?:[ \t]+[\w’'&-]+){0,5}[ \t]*:[ \t]+(?=\S)")
# (review 139: a match starts where its blanks start, as ``SEPARATOR``'s, so a long run of blanks
# with no dash is read once, not once per blank)
_CREDIT_DASH = LazyRegex(r"(?<![ \t])[ \t]+[-–—][ \t]+")
_LEADING_RANK = LazyRegex(r"[ \t]*(?:[-*+•·▪]|\(?\d{1,2}[.)]|No\.?[ \t]*\d{1,2}[.:)]?|=?\d{1,2}(?:st|nd|rd|th)?[.:)]?)[ \t]+")


def listing_heading(heading: str) -> bool:
    """Round 144 (issue 15): is ``heading`` a short title that brings in a story's own listing as
    content ("Full list of major winners:", "Midweek albums chart (top five):", "Tonight's card",
    "Final standings")? Eight words at most, a noun of ``advertorial/listing-nouns`` among them,
    no sentence stop and no word that points to other stories ("More", "Related", "Latest news":
    a link label's)."""
    head = heading.strip().strip("*_#").strip()
    if ": " in head and len(head.split()) > _LISTING_HEAD_WORDS:
        # (round 146: the event's name, then the listing's, "Harbour Charity Dinner: the seating
        # plan (top table)": the part after the colon is the heading, no word before it pointing
        # away, "More from the Harbour Charity Dinner: ...")
        if any(w.strip(":,()’'\"“”").lower() in _POINTING for w in head.split()):
            return False
        head = head.rsplit(": ", 1)[1].strip()
    words = [w.strip(":,()’'\"“”").lower() for w in head.replace("(", " ").split()]
    if not 1 <= len(words) <= _LISTING_HEAD_WORDS or head[-1:] in ".!?|»›→>" or "\n" in head:
        return False
    if any(w in _POINTING for w in words):
        return False
    from lintnews.language.wordclasses import lower_forms

    nouns = lower_forms("advertorial/listing-nouns")
    return any(w in nouns or w.rstrip("’'s") in nouns for w in words)


def listing_entry(line: str) -> bool:
    """Round 144 (issue 15): is ``line`` an entry of a story's own listing: a name, a ranked name
    or a "Category: Name" pair ("1. Ana Ruiz - Harbour Lights", "Best Newcomer: Ada Sky", "Mira Hart
    (Ashby) 14-2")? Its rank and its category aside, twelve words at most opening on a capital or
    a figure, no finite verb of the lexicon (a third-person present or a past): a related story's
    headline says what its names did ("Ana Ruiz wins best newcomer")."""
    s = line.strip()
    rank = _LEADING_RANK.match(s)
    if rank is not None:
        s = s[rank.end():]
    cat = _CATEGORY.match(s)
    if cat is not None:
        s = s[cat.end():]
    s = s.strip().strip("*_").strip()
    words = s.split()
    if not 1 <= len(words) <= _LISTING_ENTRY_WORDS or not (s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'"):
        return False
    if _SENTENCE_STOP.search(s) is not None and not s.rstrip().endswith(('."', '.”')):
        return False
    credit = _CREDIT_DASH.search(s)
    if credit is not None:
        # (a credit, a name and then its work's title, "Ana Ruiz - Greatest Hits": the title is
        # a work's name, whatever verbs it holds, so the name before the dash is read alone)
        if not s[credit.end():credit.end() + 1].isupper() and not s[credit.end():credit.end() + 1].isdigit():
            return False
        words = s[: credit.start()].split()
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    # (round 146: a past form first or after a small word, before a lower-case noun, is the dish's
    # or the item's adjective, "Smoked salmon with pickled cucumber"; a headline's verb follows its
    # subject, "Star stunned fans")
    words = [w for i, w in enumerate(words) if not _attributive(words, i)]
    return not any(
        (w := t.strip("\"“”‘’'(),:;!?").lower()) in forms.present or w in forms.past for t in words
    )


def _attributive(words: list[str], i: int) -> bool:
    """Round 146: is ``words[i]`` a past form used as an adjective: ending in "ed", first or after
    a small word or joiner, and before a lower-case word that is neither ("pickled cucumber")?"""
    w = words[i].lower()
    if not w.endswith("ed") or i + 1 >= len(words):
        return False
    after = words[i + 1]
    if not after[:1].islower() or after in _SMALL or after in _JOINERS:
        return False
    return i == 0 or words[i - 1].lower() in _SMALL or words[i - 1].lower() in _JOINERS


# round 146 (issue 15): the small words a person's or a couple's name may hold ("The Prince of
# Wales", "Lord and Lady Marchbank", "Ana de la Cruz"); any other small word or joiner is a
# headline's ("Inside the Palace", "Stars at the Awards")
_NAME_SMALL = frozenset(("of", "the", "and", "&", "de", "la", "le", "van", "von", "da", "di", "du", "bin", "al"))
_NAME_PAIR = LazyRegex(r"(?<![ \t])[ \t]+(?:and|&|as)[ \t]+(?=[A-Z])")  # (from a run's first blank only)
_NAME_SIDE_WORDS = 4  # words of one name of a pair (a title before it included) at most
_NAME_WORDS = 6  # words of a titled name at most
_APPOSITION_WORDS = 5  # words of a role, a club or an age after a name's comma at most


def name_entry(line: str) -> bool:
    """Round 146 (issue 15): is ``line`` a story's own list entry that is a name and nothing more:
    a couple ("Kai and Tia", "Lord and Lady Marchbank"), a cast's actor and part ("Rav Sandhu as
    Kiran Patel"), or a name under its title of ``advertorial/honorifics`` ("HRH Prince Felix",
    "Foreign Secretary David Lomas", "The Prince of Wales"), a role, a club or an age after
    commas at most ("Mr Tobias Lenner, chairman, Harbour Polo Club")? Every word of the name is
    capitalised or one of a name's small words, no possessive, and no word of the line is a
    finite verb of the lexicon: a related story's headline says what its people did ("Kai and
    Tia split after villa row", "Prince Felix Arrives at Polo Dinner"). A run of such lines is a
    seating plan, a list of couples or a cast, which joins a run of links but makes none."""
    s = _MARKER.sub("", line.strip(), count=1).strip()
    if not s or not s[0].isupper() or len(s) > _LONGEST_TAIL or s[-1] in ".!?:;":
        return False
    name, *rest = s.split(",")
    if any(not 1 <= len(part.split()) <= _APPOSITION_WORDS for part in rest):
        return False
    sides = [p.split() for p in _NAME_PAIR.split(name.strip())]
    titled = False
    for words in sides:
        if not 1 <= len(words) <= (_NAME_WORDS if len(sides) == 1 else _NAME_SIDE_WORDS):
            return False
        for w in words:
            if w.lower() in _NAME_SMALL:
                continue
            if not w[0].isupper() or not w.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha():
                return False
            if w.endswith(("'s", "’s", "s'", "s’")):
                return False
        titled = titled or any(w.lower().rstrip(".") in _honorifics() for w in words)
    if len(sides) == 1 and not titled:
        return False  # (a lone capitalised phrase is a title-case headline as often as a name)
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    words = s.split()
    # (the word after "of" is a place's or a house's name, whatever its verb reading: "The Prince
    # of Wales")
    return not any(
        (w := t.strip("\"“”‘’'(),:;").lower()) in forms.present or w in forms.past
        for i, t in enumerate(words) if i == 0 or words[i - 1].lower() != "of"
    )


# round 146 (issue 15): a day's entry of a week's programme, the weekday and a colon before the
# event or the act ("Friday: Salt Flats", "Tuesday: Visit to a hospice in Bristol"); a round-up
# of the week's stories says what happened on each day ("Monday: Council approves bypass")
_DAY_ENTRY = LazyRegex(rf"[ \t]*(?:{WEEKDAY}day|today|tonight|tomorrow)[ \t]*:[ \t]+(?=\S)", re.IGNORECASE)


def day_entry(line: str) -> bool:
    """Round 146 (issue 15): is ``line`` a day's entry of the story's own programme (see
    ``_DAY_ENTRY``): a weekday and a colon, then an act or an engagement with no finite verb of
    the lexicon, no date with its year (a timeline's) and no sentence stop?"""
    m = _DAY_ENTRY.match(line)
    if m is None or _YEAR.search(line) is not None:
        return False
    rest = line[m.end():].strip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit()) or _SENTENCE_STOP.search(rest) is not None:
        return False
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    return not any(
        (w := t.strip("\"“”‘’'(),:;").lower()) in forms.present or w in forms.past for t in rest.split()
    )


@cache
def _honorifics() -> frozenset[str]:
    """Every form of the ``advertorial/honorifics`` class, lower case (read once)."""
    from lintnews.language.wordclasses import listed

    return listed("advertorial/honorifics")


def listing_run(heading: str, entries: list[str]) -> bool:
    """Round 144 (issue 15): is a run of lines a story's own listing under its heading (award
    winners, a chart's top five, a fight card, a table: see :func:`listing_heading` and
    :func:`listing_entry`)? Two entries at least, every one of them a listed name. A related
    list's lines are headlines of other stories with verbs, under a label that points away."""
    return len(entries) >= 2 and listing_heading(heading) and all(listing_entry(e) for e in entries)


def _closing_day(line: str) -> str | None:
    """The whole date closing ``line`` ("..., 22 July 2028"), as written, or ``None``."""
    m = _DATED_END.search(line)
    return None if m is None else m.group().strip(" \t-–—|,()")


def link_cue(line: str) -> bool:
    """Does the line carry a related link's word ("Watch ...", "Quiz: ...", "... live updates",
    "... as it happened")?"""
    return _LINK_CUE.search(line) is not None


class HeadlineLines:
    """Headline-shaped lines: runs, timelines, label-led lists, and lone off-topic lines.

    Judged once, when made; every block is looked at a bounded number of times. The lines
    after a link label ("Related", "Most read") and the buy lines a run of links may hold are
    known only to a caller with a document's signals (the advertorial family's judgement): it
    says which they are by overriding :meth:`label_blocks`, :meth:`label_block` and
    :meth:`shop_line`, which here find none (the shapes alone, as :func:`other_story` reads
    them, whatever rules run).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = text = doc.text
        headline = doc.headline
        # candidate lines: short blocks of body text that open with a capital, digit or
        # quotation mark and hold no sentence stop
        self.hit_of: dict[int, bool] = {}
        # the entries of the story's own timeline under a fact box's title (round 137), which the
        # unattributed family still reads as headline syntax (see :func:`own_timeline_entry`)
        self.own_timeline: set[int] = set()
        # the entries of the story's own listing under its heading (round 144): names and titles
        # of works ("1. The Hollow Saints - Dangerous Women"), which the other families read as
        # listed lines, not the writer's words (see :func:`other_story`)
        self.own_listing: set[int] = set()
        self.links: set[int] = set()  # blocks that are one Markdown link: judged by its text
        self.md_links: set[int] = set()  # ... of those, a link with its target ("[text](/news/x)")
        stop = _STOP_INSIDE.search
        for bi, b in enumerate(doc.blocks):
            start, end = b.start, b.end
            if end - start > _LONGEST or b.kind in ("heading", "quote", "caption"):
                continue
            while start < end and text[start] in " \t":
                start += 1
            if start == end:
                continue
            if text[start] in "-*+•·▪►›»[0123456789":
                md = _MD_LINK.match(text, start, end)
                item = md or _ITEM.match(text, start, end)
                if item is not None and stop(text, item.start(1), item.end(1)) is None:
                    self.links.add(bi)  # judged by its text: a list item, title case only
                    if md is not None:
                        self.md_links.add(bi)
                    self.hit_of[bi] = True
                    continue
            if text[start] not in _OPENERS or stop(text, start, end) is not None:
                continue
            if headline is not None and b.start == headline.start:
                continue
            self.hit_of[bi] = True
        self.strong: dict[int, bool] = {}  # blocks of reported lines
        self.labels: set[int] = set()  # label blocks made strong by the headlines after them
        self._find()
        self.tail = self._tail()
        self.glued = self._glued_timeline()
        self._block_stems: dict[str, tuple[int, int]] | None = None  # (see _glued_head_at)
        self.glued_heads = self._glued_heads()

    def line(self, bi: int) -> str:
        # (sliced when asked, not kept: a long text has tens of thousands of blocks)
        b = self.doc.blocks[bi]
        if bi in self.links:
            start = b.start
            while self.text[start] in " \t":
                start += 1
            m = _MD_LINK.match(self.text, start, b.end) or _ITEM.match(self.text, start, b.end)
            if m is not None:
                return m.group(1)
        return self.text[b.start : b.end]

    def prose(self, bi: int) -> bool:
        if not 0 <= bi < len(self.doc.blocks):
            return False
        line = self.line(bi)
        return len(line.split()) >= _PROSE_WORDS and _SENTENCE_STOP.search(line) is not None

    def label_blocks(self) -> set[int]:
        """Blocks that hold a link label's signal ("Related", "Read more:"): none known here."""
        return set()

    def label_block(self, bi: int) -> bool:
        """Is block ``bi`` only a link label ("Related", "Most read", "More from X:")? Not known
        here."""
        return False

    def shop_line(self, bi: int) -> bool:
        """Does block ``bi`` hold a commerce signal (a price with its shop, a buy link)? Not
        known here."""
        return False

    def furniture_block(self, bi: int) -> bool:
        """Does block ``bi`` hold a strong signal of the page's furniture (a plug, an appeal)?
        Not known here."""
        return False

    def is_strict(self, bi: int) -> bool:
        """Is candidate block ``bi`` a title-case headline (computed once, when asked)?"""
        found = self._strict.get(bi)
        if found is None:
            found = self._strict[bi] = bi in self.hit_of and headline_like(self.line(bi), strict=True)
        return found

    def _find(self) -> None:
        blocks = self.doc.blocks
        self._strict: dict[int, bool] = {}
        # Candidates in a row: a list needs three lines (a timeline two), so a lone candidate
        # is only looked at again for the lone-line hint (see findings). In a run each line is
        # classified once: title case (strict), the clipped syntax of a sentence-case headline,
        # a short line with no stop that may fill a gap of a list ("Residents describe night
        # of the flood" has no joining word), a dated line; in a list (a bulleted summary of the
        # story) only title case counts.
        for group in _runs(sorted(self.hit_of)):
            if len(group) < 2:
                continue
            strict: set[int] = set()
            clipped: set[int] = set()
            loose: set[int] = set()
            dates: set[int] = set()
            fillers: set[int] = set()
            schedule: set[int] = set()
            for bi in group:
                line = self.line(bi)
                if dated(line):
                    dates.add(bi)
                if line[:1].isdigit() or line[:1] in "JFMASONDTW" or bi in dates:
                    # (round 97: a calendar's coming events, "Monday 8 September: term starts",
                    # are a schedule with no year too)
                    # (round 102: an entry whose rest is no headline is not "dated" by
                    # :func:`dated`, which wants one: "Tue 1 April – Sibling photos")
                    if schedule_entry(line) or calendar_entry(line):
                        schedule.add(bi)
                if len(group) < _RUN:
                    continue
                own = bi not in self.md_links and bool(_SLOT.match(line) or name_entry(line) or day_entry(line))
                if own:
                    # (round 146: a programme's title or a guest's name is no writer's word either,
                    # see :func:`other_story`, unless a run of links takes the line in)
                    self.own_listing.add(bi)
                if own or (bi not in self.links and (
                    _FILLER.match(line) or self.shop_line(bi)
                    or ((_spec_field(line) or roster_line(line)) and not self.label_block(bi))
                )):
                    # (round 43: a price and its shop, "$129 at Harbour Outdoor", is a buy
                    # button reported by its own rule, no headline: it joins a run of links
                    # but does not make one, so a guide's "Best value: <product>" after two
                    # of them is left to the hint; round 44: so is a product's fact sheet,
                    # "Trial period: 120 nights"; round 97: a programme's line of names,
                    # "Main Stage: The Halyards · Mira Okon"; round 146: a couple, a cast's actor
                    # and part, a titled guest, a day's act, a TV listing's slot: "Kai and Tia",
                    # "Friday: Salt Flats", "7.30pm Harbour Lights (BBC One)")
                    fillers.add(bi)
                    continue
                if self.is_strict(bi):
                    strict.add(bi)
                elif blocks[bi].kind != "list" and bi not in self.links:
                    if headlinese(line) or aged_headline(line):
                        clipped.add(bi)
                    elif (
                        line.lstrip()[:1].isupper() and len(line.split()) >= 4
                        and not line.rstrip().endswith("?") and headline_like(line, strict=False)
                    ):
                        loose.add(bi)
            # (round 44: the story's own chronology is no run of links either, whatever the
            # syntax of its entries: "March: Drainage replaced at the junction")
            for run in _runs(sorted(dates)):
                if self._chronology(run):
                    strict.difference_update(run)
                    clipped.difference_update(run)
                    loose.difference_update(run)
            # (round 89: nor is a schedule the story gives, "4 May - Leeds, Corn Exchange", or a
            # calendar of coming events, round 97)
            for run in _runs(sorted(schedule)):
                if self._schedule(run):
                    for lines in (strict, clipped, loose, dates):
                        lines.difference_update(run)
            # runs of headline-shaped lines inside body text: in title case, of distinct
            # topics; in the syntax of headlines (most of the run), after a paragraph of the
            # story that does not lead in to a list ("The plan includes:")
            for run in _runs(sorted(strict | clipped | loose | fillers)):
                # (fillers between headlines join the run; they do not make one)
                # (round 131: a section's heading in capitals closing the run heads the
                # paragraph under it, "ASSAULT" over a court report, and is no link)
                while run and self._caps_subhead(run[-1]):
                    run = run[:-1]
                whole = run
                run = [bi for bi in run if bi not in fillers]
                if len(run) < _RUN:
                    continue
                shaped = sum(1 for bi in run if bi in strict or bi in clipped)
                if all(bi in strict for bi in run):
                    ok = (self.prose(whole[0] - 1) or self.prose(whole[-1] + 1)) and self._distinct(run)
                else:
                    # two in three in the syntax of headlines, or half of a longer run whose
                    # lines are about different things
                    ok = (
                        shaped * 3 >= len(run) * 2
                        or (len(run) > _RUN and shaped * 2 >= len(run) and self._distinct(run))
                    ) and self._in_story(whole)
                if ok and self._listing(whole):
                    # (round 144: the story's own listing; its names and titles of works are
                    # no writer's words either, see :func:`other_story`)
                    ok = False
                    self.own_listing.update(whole)
                if ok and (self._boxed(whole) or self._rulings(whole)):
                    ok = False  # (round 138: the story's fact box under its own heading)
                if ok:
                    for bi in whole:
                        self.strong[bi] = True
            # timelines: dated lines in a row (not the story's own chronology, round 44)
            for run in _runs(sorted(dates)):
                if len(run) < 2 or self._chronology(run):
                    continue
                titled = sum(1 for bi in run if self.is_strict(bi) or headline_like(
                    _DATED_END.sub("", _DATED.sub("", self.line(bi).strip(), count=1)), strict=True))
                if len(run) >= 3 or (len(run) >= 2 and titled * 2 >= len(run)):
                    for bi in run:
                        self.strong[bi] = True
        self._wrapped_lists()
        self._pairs()
        # Markdown links with their targets, three or more in a row: a list of links whatever
        # the case of their text (a bulleted summary of the story has no targets)
        for run in _runs(sorted(self.md_links)):
            if len(run) >= _RUN and all(headline_like(self.line(bi), strict=False) for bi in run):
                for bi in run:
                    self.strong[bi] = True
        # headlines side by side on one line ("Fares to rise again | Harbour master retires |
        # New lifeboat station opens"): three or more parts, each a headline of three words
        # or more, beside a paragraph of the story
        for bi in self.hit_of:
            if bi in self.strong or bi in self.links:
                continue
            line = self.line(bi)
            if (" | " not in line and " • " not in line and " · " not in line) or roster_line(line):
                continue  # (round 97: a programme's names side by side are no headlines)
            parts = [p for p in SEPARATOR.split(line.strip()) if p.strip()]
            if (
                len(parts) >= _RUN
                and all(len(p.split()) >= 3 and headline_like(p, strict=False) for p in parts)
                and (self.prose(bi - 1) or self.prose(bi + 1))
            ):
                self.strong[bi] = True
        # the lines after a "Related" label, and the label itself
        for bi in sorted(self.label_blocks()):
            if not self.label_block(bi):
                continue
            follow: list[int] = []
            for k in range(bi + 1, min(bi + 1 + _AFTER_LABEL, len(blocks))):
                # (a numbered or bulleted list of links counts without its markers)
                item = _MARKER.sub("", self.line(k), count=1)
                if blocks[k].kind == "heading" or not headline_like(item, strict=False):
                    break
                if k not in self.hit_of and (item == self.line(k) or _STOP_INSIDE.search(item.rstrip())):
                    break
                if follow and self._subhead(k):
                    break
                follow.append(k)
            if follow and (self._chronology(follow) or (len(follow) >= 2 and all(calendar_entry(self.line(k)) for k in follow[:2]))):
                # (round 44: "Timeline of the works:" before the months of the works; round 97:
                # "Key dates" before a calendar's coming events)
                follow = []
            if follow:
                self.labels.add(bi)
                for k in follow:
                    self.strong[k] = True

    def _pairs(self) -> None:
        """Round 123 (issue 15): a run of two headline-shaped lines between two paragraphs of
        the story, each off the topic of the story around it ("Lifeboat crew rescues two walkers
        stranded at high tide" / "Bakery on the quay closes after eighty years" between two
        paragraphs of a council story, or after its last paragraph at the text's end): two related
        links, where a run of three is a list. Each
        line is a headline in title case or in the syntax of headlines, five words or more, no
        question, no price, not a name, a field, a roster's, a schedule's or a score's line; the paragraph
        before it is no lead-in ("The winners were:"); neither line shares a content word (cut to
        its stem) with the paragraph before the run, the paragraph after it or the other line. A
        subhead shares words with the paragraph it heads; a byline's name and title, a dateline, a
        caption and a table are too short or not of the shape."""
        blocks = self.doc.blocks
        for whole in _runs(sorted(self.hit_of)):
            if any(bi in self.strong for bi in whole):
                continue
            run = whole
            if len(whole) == 3 and self._section_label(whole[0]):
                run = whole[1:]  # (round 130: a section's name over the two, "Eat & Drink")
            if len(run) != 2:
                continue
            before, after = whole[0] - 1, whole[-1] + 1
            # (the story on both sides; or after the story's last paragraph, the text's end)
            if not (self.prose(before) and (self.prose(after) or after == len(blocks))):
                continue
            if self.line(before).rstrip().endswith((":", "…", "...")):
                continue
            lines = [self.line(bi).strip() for bi in run]
            shaped = [self._pair_line(bi, ln) for bi, ln in zip(run, lines, strict=True)]
            # (round 132: beside the page's furniture only, see below, a line of the outlet's own
            # choice in "our" is one of them, "Our favourite Sunday roasts in the valley")
            picks = [
                not ok and bi not in self.links and outlet_pick(ln)
                for ok, bi, ln in zip(shaped, run, lines, strict=True)
            ]
            if not all(ok or pick for ok, pick in zip(shaped, picks, strict=True)):
                continue
            if any(blocks[bi].kind == "list" for bi in run):
                continue
            a, b = _stems(lines[0]), _stems(lines[1])
            if not a or not b or a & b:
                continue
            # round 130: before the page's furniture closing the text (a plug or an appeal reported
            # on its own) the two are the page's too, whatever their topic: a related box lists
            # stories on the story's own subject ("Soap star quits ..." under a soap story, before
            # "Follow us on ..."), or closing the text after a plug; elsewhere each line must be
            # off the story's topic, and a section's name over them is read only there
            beside = self._page_tail(after) or (after == len(blocks) and self.furniture_block(before))
            if beside and self._restates_story(run[0], (a, b)):
                continue  # review 132: "Barriers raised along the river overnight": the story's points
            if not beside:
                if run is not whole or any(picks):
                    continue
                story = _stems(self.line(before)) | (_stems(self.line(after)) if after < len(blocks) else set())
                if (a | b) & story:
                    continue
            for bi in whole:
                self.strong[bi] = True

    def _restates_story(self, first: int, lines: tuple[set[str], ...]) -> bool:
        """Review 132: does each line only restate the story above block ``first`` (every content
        stem of the line but one is already in the story's text)? A box of the story's own points
        or facts closing the page ("Barriers raised along the river on Thursday night") before a
        plug says nothing new, where a related story's headline tells another event on the
        subject ("Flood barriers to be raised again next winter after council vote"). Asked only
        at the page's tail, once or twice a document: one scan of the text above."""
        story = _stems(self.doc.text[: self.doc.blocks[first].start])
        return all(len(stems - story) <= _NEW_STEMS_OF_A_POINT for stems in lines)

    def _page_tail(self, start: int) -> bool:
        """Round 130: is everything from block ``start`` to the text's end the page's furniture (a
        plug, an appeal reported on its own), one block at least? A related box beside a plug
        in the page's tail, after the story's last paragraph, is the page's; a plug between two
        paragraphs of the story does not make the lines beside it links (a news-check alarm)."""
        blocks = self.doc.blocks
        return start < len(blocks) and all(self.furniture_block(k) for k in range(start, len(blocks)))

    def _section_label(self, bi: int) -> bool:
        """Round 130: is block ``bi`` a section's name alone, the title of a box of links ("Eat &
        Drink", "Travel", "Money Matters")? One to three words, each capitalised or "&", no
        figure, no mark but an ampersand."""
        words = self.line(bi).split()
        return 1 <= len(words) <= 3 and all(
            w == "&" or (w[:1].isupper() and w.replace("-", "").isalpha()) for w in words
        )

    def _pair_line(self, bi: int, line: str) -> bool:
        """Is ``line`` (block ``bi``) a headline that may stand in a run of two (see :meth:`_pairs`)?"""
        if bi in self.links or len(line.split()) < _PAIR_WORDS or line.endswith("?") or self.shop_line(bi):
            return False
        if any(c in line for c in "$£€%"):
            return False  # (a product's line with its price: "Koto Air 2 - was $199, now $139")
        if NAME_LINE.match(line) is not None or _FILLER.match(line) or own_listing(line) or score_line(line):
            return False
        if dated(line) or calendar_entry(line) or any(w.lower().strip("\"“”‘’'") in _PERSONAL for w in line.split()):
            return False
        return self.is_strict(bi) or headlinese(line)

    def _caps_subhead(self, k: int) -> bool:
        """Round 131 (issue 15): is block ``k`` a section's heading in capitals over the
        paragraph under it ("ASSAULT", "NO INSURANCE" over a court report in a round-up of
        cases)? A line of one to three words, every letter a capital, no figure and no stop,
        over a paragraph of the story that shares a content word with it (a heading names what
        its paragraph is about; a tabloid's headline in capitals at a list's end, "FERRY FARE
        FURY", is about another story and stays in the list)."""
        line = self.line(k).strip()
        words = line.split()
        if not 1 <= len(words) <= _CAPS_SUBHEAD_WORDS or not line.isupper() or any(c.isdigit() for c in line):
            return False
        if _SENTENCE_STOP.search(line) is not None or not self.prose(k + 1):
            return False
        return bool(_stems(line) & _stems(self.line(k + 1)))

    def _subhead(self, k: int) -> bool:
        """Round 98: is block ``k`` a subhead over the paragraph under it, not one more headline
        of the list above it? It stands apart from the list (a blank line before it) and tight on
        a paragraph of the story (no blank line after it): "Is the heat to blame?" over the
        paragraph that answers it. A list's lines are spaced alike, so its last headline is not
        set closer to the story than to the headline before it."""
        blocks = self.doc.blocks
        if k + 1 >= len(blocks) or not self.prose(k + 1):
            return False
        gap_before = self.text[blocks[k - 1].end : blocks[k].start]
        gap_after = self.text[blocks[k].end : blocks[k + 1].start]
        return "\n\n" in gap_before and "\n\n" not in gap_after

    def _tail(self) -> tuple[int, int] | None:
        """The span of a related story's headline closing the text after its last sentence, on
        the same line, set off by two spaces or more: a headline of four words at least (no stop,
        not a byline, credit, source or legal line, not in the first person) after a paragraph of
        the story. A sentence's last words after a wide gap end in a stop; a credit ("Source: ...",
        "Photo: ...") is no headline."""
        blocks = self.doc.blocks
        if not blocks:
            return None
        b = blocks[-1]
        lo = max(b.start, b.end - _TAIL_REACH)
        # (the tail is set off by two blanks or more, "[ \t]{2,}": a last block's end without
        # two spaces or a tab cannot hold one, and a short text compiles no tail pattern)
        end = self.text[lo : b.end]
        m = _TAIL.search(self.text, lo, b.end) if "  " in end or "\t" in end else None
        while m is not None and (
            _STOP_INSIDE.search(m.group(1)) is not None or _HYPHEN_STOP.search(m.group(1)) is not None
        ):
            # (the last gap is the headline's: in a text whose paragraphs are parted by two
            # spaces, an earlier gap runs the story's last paragraph into the tail)
            m = _TAIL.search(self.text, m.start(1), b.end)
        if m is None:
            return self._run_tail(b)
        tail = m.group(1)
        words = tail.split()
        if (
            len(words) < _TAIL_WORDS
            or tail.rstrip().endswith("?")
            or any(w.lower().strip("\"“”‘’'") in _PERSONAL for w in words)
            or not headline_like(tail, strict=False)
        ):
            return self._run_tail(b)
        before = self.text[b.start : m.start() + 1]
        if len(before.split()) < _PROSE_WORDS:
            return None
        return m.start(1), m.start(1) + len(tail.rstrip())

    def _run_tail(self, b: Block) -> tuple[int, int] | None:
        """The span of related headlines run together after the text's last sentence with one
        space ("... as waiters. Ana Ruiz: Key facts Who owns the quay? How the pier has grown"):
        two headlines at least, parted by a question's mark before a capital, the last no
        question, one of them a "Name: topic" title. A story's last words that lost their stop
        make one sentence, not such a run."""
        text = self.text
        for m in _ONE_SPACE_TAIL.finditer(text, max(b.start, b.end - _TAIL_REACH), b.end):
            tail = text[m.end() : b.end].rstrip()
            if _STOP_INSIDE.search(tail) is not None:
                continue
            if (
                len(tail) > 2 * _LONGEST_TAIL
                or tail.endswith("?")
                or _TITLED.search(tail) is None
                or len(text[b.start : m.start() + 1].split()) < _PROSE_WORDS
                or not _headlines(tail)
            ):
                return None
            return m.end(), m.end() + len(tail)
        return None

    def _schedule(self, run: list[int]) -> bool:
        """Round 89: is a run of dated lines a schedule the story gives (a tour's dates, a club's
        fixtures), not a timeline of earlier stories? Every entry is a date and names only (see
        :func:`schedule_entry`), and the run is led in by a label closed by a colon ("Full dates:")
        or its dates carry no year (a story's timeline dates each story by its day and year)."""
        if len(run) < 2:  # (each line is a schedule entry: the caller's runs are of those only)
            return False
        before = run[0] - 1
        led_in = before >= 0 and self.line(before).rstrip().endswith(":")
        if led_in or not any(_YEAR.search(self.line(bi)) for bi in run):
            return True
        # (round 141: or every entry is on one and the same day, the places an event is held at
        # on it, "Leeds: Corn Exchange, 22 July 2028": a timeline of earlier stories dates each
        # story by its own day)
        days = {_closing_day(self.line(bi)) for bi in run}
        return len(days) == 1 and None not in days

    def _chronology(self, run: list[int]) -> bool:
        """Is a run of lines the story's own chronology (round 44): every line led by a month
        alone ("January: Southbound lanes resurfaced over 12 nights"), most not in title case, and
        the line before the run no label of the outlet's coverage ("What we have reported so
        far:")? Its months date the events the story tells, within its own span; a timeline of
        earlier stories dates each story by its day or year, or reads as headlines."""
        if not all(_MONTH_ONLY.match(self.line(bi)) for bi in run):
            return self._labelled_chronology(run)
        titled = sum(
            1 for bi in run
            if self.is_strict(bi) or headline_like(_MONTH_ONLY.sub("", self.line(bi), count=1), strict=True)
        )
        if titled * 2 >= len(run):  # (a name in an entry may look like title case: "at Lickey End")
            return False
        before = run[0] - 1
        if before < 0:
            return True
        label = self.line(before)
        return not (len(label.split()) <= _COVERAGE_WORDS and _COVERAGE.search(label) is not None)

    def _labelled_chronology(self, run: list[int]) -> bool:
        """Round 137 (issue 15): is a run of dated lines the story's own chronology because a fact
        box's title heads it ("Sanctions timeline:", "Timeline:", "Key dates:" over "March 2022 -
        Ban on imports agreed", "15 July: Talks end without agreement")? The title is a short line
        whose words hold a noun of the ``advertorial/chronology-labels`` class and none of the
        outlet's coverage (``_COVERAGE``: "Our earlier stories:"); every entry is dated and most are
        not in title case (a timeline of links reads as headlines: "1998 Wall Rebuilt After
        Storms"). With no such title a run dated by day or year stays a timeline of earlier stories."""
        before = run[0] - 1
        if before < 0 or not all(
            dated(self.line(bi)) or _DATED.match(self.line(bi).strip()) or _CLOCKED.match(self.line(bi).strip())
            for bi in run
        ):
            return False
        if not chronology_label(self.line(before)):
            return False
        titled = sum(
            1 for bi in run
            if self.is_strict(bi)
            or headline_like(_CLOCKED.sub("", _DATED.sub("", self.line(bi).strip(), count=1), count=1), strict=True)
        )
        if titled * 2 >= len(run):
            return False
        self.own_timeline.update(run)
        return True

    def _wrapped_lists(self) -> None:
        """Round 72: headline-shaped lines with no blank line between them, in a text whose
        paragraphs are parted by blank lines (the reader's one block of several lines): three to
        twelve lines, none with a sentence stop, each headline-shaped (two in three in title case
        or headline syntax), about different things, inside body text. A hard-wrapped paragraph
        of the story holds a stop, and its lines break inside clauses."""
        text = self.text
        for bi, b in enumerate(self.doc.blocks):
            if b.kind in ("heading", "quote", "caption", "list") or bi in self.strong:
                continue
            if b.end - b.start > _LONGEST * _WRAPPED_LINES or text.count("\n", b.start, b.end) < _RUN - 1:
                continue
            lines = [ln.strip() for ln in text[b.start : b.end].split("\n")]
            if not _RUN <= len(lines) <= _WRAPPED_LINES or any(ln[:1] not in _OPENERS for ln in lines):
                continue
            if any(_STOP_INSIDE.search(ln) is not None for ln in lines):
                continue
            if not all(headline_like(ln, strict=False) and len(ln.split()) >= _GLUED_WORDS for ln in lines):
                continue
            shaped = sum(1 for ln in lines if headline_like(ln, strict=True) or headlinese(ln))
            if shaped * 3 < len(lines) * 2 or not _distinct_lines(lines):
                continue
            if sum(1 for ln in lines if own_listing(ln) or calendar_entry(ln)) * 2 >= len(lines):
                continue  # (round 97: a programme's or a calendar's lines, "7pm – The Copper Kettles")
            if self._in_story([bi]):
                self.strong[bi] = True

    def _glued_timeline(self) -> list[tuple[int, int]]:
        """Round 72: spans of a timeline of earlier stories glued into a paragraph (see
        ``_GLUED_DATE``). Each entry is a headline (three words or more, headline-shaped, from the
        sentence stop or the entry before it) closed by a separator and a dated year. Two entries
        in a row are a timeline; one alone only between two sentences of the story, in the
        syntax of a headline (a dateline opens its paragraph; a story's own dates come inside
        its sentences, with no separator before them, or go on in lower case)."""
        text = self.text
        if "20" not in text and "19" not in text:
            return []
        starts = [b.start for b in self.doc.blocks]
        entries: list[tuple[int, int, int, str]] = []  # (block, headline start, date end, headline)
        for m in _GLUED_DATE.finditer(text):
            if m.start() == 0 or text[m.start() - 1] not in " \t":
                continue  # (a separator set off by a blank, not a hyphen inside a word)
            bi = bisect_right(starts, m.start()) - 1
            if bi < 0 or m.end() > self.doc.blocks[bi].end or self.doc.blocks[bi].kind in ("heading", "quote"):
                continue
            b = self.doc.blocks[bi]
            lo = max(b.start, m.start() - _LONGEST_TAIL)
            if entries and entries[-1][0] == bi and entries[-1][2] >= lo:
                lo = entries[-1][2]
            hs = lo
            for stop in _STOP_BEFORE.finditer(text, lo, m.start()):
                hs = stop.end()
            while hs < m.start() and text[hs] in " \t":
                hs += 1
            if hs == lo and lo != b.start and not (entries and entries[-1][2] == lo):
                continue  # (the headline's start is out of reach)
            headline = text[hs : m.start()].strip()
            if "\n" in headline or len(headline.split()) < _GLUED_WORDS or not headline_like(headline, strict=False):
                continue
            if any(w.lower().strip("\"“”‘’'") in _PERSONAL for w in headline.split()):
                continue
            entries.append((bi, hs, m.end(), headline))
        spans: list[tuple[int, int]] = []
        k = 0
        while k < len(entries):
            group = [entries[k]]
            while (
                k + len(group) < len(entries)
                and entries[k + len(group)][0] == group[-1][0]
                and not text[group[-1][2] : entries[k + len(group)][1]].strip()
            ):
                group.append(entries[k + len(group)])
            k += len(group)
            bi, hs, end = group[0][0], group[0][1], group[-1][2]
            if bi in self.strong:
                continue
            if len(group) == 1:
                b = self.doc.blocks[bi]
                before = text[b.start : hs].rstrip()
                after = text[end : b.end].strip()
                h = group[0][3]
                if not (
                    (headline_like(h, strict=True) or headlinese(h))
                    and len(before.split()) >= _SHORT_STORY and _SENTENCE_END.search(before)
                    and len(after.split()) >= _SHORT_STORY and _SENTENCE_STOP.search(after)
                ):
                    continue
            spans.append((hs, end))
        return spans

    def _glued_heads(self) -> list[tuple[int, int]]:
        """Round 123 (issue 15): spans of a title-case run glued into a paragraph's line between
        two sentences of the story ("... ran past midnight. Lifeboat Crew Rescues Two Walkers
        Stranded at High Tide Bakery on the Quay Closes After Eighty Years The vote was seven to
        two, the clerk said."): related links whose line breaks a scraper lost. After a sentence's
        stop (the sentence five words or more), ten words or more in title case (every word but
        the small ones capitalised, two small ones at least inside), no mark between them; then
        the next sentence opens on a small word in capitals ("The", "It", "After") and goes on in
        lower case, five words or more to its stop; or the run closes the paragraph, no mark after
        it. No word of the run is in the paragraph or in the blocks beside it, and none is the
        writer's first person. A title of a work opening a sentence runs on in lower case ("...
        From the Harbour is her third book": no capital opens the rest); a long name ends in
        its verb ("Owen Marsh of the Harbour Trust and Ann Lee of the Quay Society said ...": a
        name's last word before the verb, no small word, opens no sentence)."""
        text = self.text
        spans: list[tuple[int, int]] = []
        for bi, b in enumerate(self.doc.blocks):
            if b.kind in ("heading", "quote", "caption", "list") or b.end - b.start < _GLUED_MIN_CHARS:
                continue
            self._block_stems = None  # (built on the block's first candidate run, kept for the rest)
            story = False  # five words before the stop; once true it stays true further on
            for stop in _STOP_BEFORE.finditer(text, b.start, b.end):
                # (review 122: counted once, not the block's words again at each stop: a long
                # paragraph of many sentences was quadratic)
                if not story:
                    story = len(text[b.start : stop.start()].split(None, _SHORT_STORY)) >= _SHORT_STORY
                if not story or text[stop.end() : stop.end() + 1] not in _OPENERS:
                    continue
                span = self._glued_head_at(bi, stop.end())
                if span is not None:
                    spans.append(span)
                    break
        return spans

    def _glued_head_at(self, bi: int, start: int) -> tuple[int, int] | None:
        text = self.text
        b = self.doc.blocks[bi]
        words: list[tuple[int, int, bool]] = []  # (start, end, capitalised)
        pos = start
        for m in _WORD.finditer(text, start, b.end):
            gap = text[pos : m.start()]
            if gap.strip():
                return None  # (a mark between the words: a sentence, a list, a quotation)
            w = m.group()
            if w[0].isupper() or w[0].isdigit():
                words.append((m.start(), m.end(), True))
            elif w.lower() in _SMALL:
                words.append((m.start(), m.end(), False))
            else:
                break
            pos = m.end()
            if len(words) > _GLUED_HEAD_WORDS + 1:
                return None
        else:
            # the run closes the paragraph (no sentence after it): headlines after its last
            # sentence, no mark after them
            if text[pos : b.end].strip() or not words or not words[-1][2] or not text[words[-1][1] - 1].isalnum():
                return None
            words.append((b.end, b.end, True))  # (no next sentence: an empty opener)
        if len(words) < 2 or not words[-1][2]:
            return None
        run, opener = words[:-1], words[-1]
        if len(run) < _GLUED_HEAD_MIN or not run[-1][2]:
            return None
        if opener[0] < b.end and text[opener[0] : opener[1]].lower() not in _SMALL:
            return None  # (the next sentence opens on a small word: "The", "It", "After"; a name's last word does not)
        if sum(1 for _s, _e, cap in run[1:-1] if not cap) < 2:
            return None
        head = text[run[0][0] : run[-1][1]]
        # (review 122: searched in place up to the next stop, not on a copy of the block's rest)
        stop = _SENTENCE_STOP.search(text, opener[0], b.end)
        if opener[0] < b.end and (stop is None or len(text[opener[0] : stop.start()].split()) < _SHORT_STORY):
            return None
        if any(w.lower() in _PERSONAL for w in head.split()) or _not_headline(head) or score_line(head):
            return None
        mine = _stems(head)
        if not mine:
            return None
        # the block's words outside the run (before it, or from the next sentence on): where
        # each stem first and last stands in the block, built once per block (review 122: the
        # block's stems built again for each candidate run were quadratic in a long paragraph)
        if self._block_stems is None:
            self._block_stems = _stem_spans(text, b.start, b.end)
        lo, hi = run[0][0], opener[0]
        spans = self._block_stems
        if any((sp := spans.get(w)) is not None and (sp[0] < lo or sp[1] >= hi) for w in mine):
            return None
        around: set[str] = set()
        for k in (bi - 1, bi + 1):
            if 0 <= k < len(self.doc.blocks):
                around |= _stems(self.line(k))
        if mine & around:
            return None
        return run[0][0], run[-1][1]

    def _in_story(self, run: list[int]) -> bool:
        """Does a run of lines in the syntax of headlines sit inside body text (round 72)? The
        block before it is a paragraph of the story that does not lead in to a list ("The main
        changes are:"): a long one, or a short one closed by a sentence's stop ("The council
        approved the bypass on Tuesday."); or, after a story paragraph further up, a paragraph of
        the story follows the run (a standfirst or a list under the title has none before it)."""
        before = run[0] - 1
        if before < 0:
            return False
        line = self.line(before).rstrip()
        if line.endswith((":", "…", "...")):
            return False
        if self.prose(before) or (
            len(line.split()) >= _SHORT_STORY and _SENTENCE_END.search(line) is not None and before not in self.hit_of
        ):
            return True
        return self.prose(run[-1] + 1) and any(self.prose(k) for k in range(max(0, before - _AFTER_LABEL), before))

    def _boxed(self, run: list[int]) -> bool:
        """Round 138 (issue 15): is the run a fact box the story prints under its own heading
        ("Air quality forecast" over a forecast day by day, "Key changes from April" over the
        rules' points)? The heading is the block just before the run or the run's first line
        (a noun phrase: "School to close as pupil numbers fall" is a headline), reads as :func:`lintnews.builtin.shared.boxes.fact_box_heading` and is no link label."""
        from lintnews.builtin.shared.boxes import fact_box_heading, fact_field_lines

        if fact_field_lines([self.line(bi) for bi in run]):
            return True  # (round 139: a box of practical fields, "What: ..." / "When: ...")
        for bi in (run[0] - 1, run[0]):
            if bi < 0 or self.label_block(bi) or "\n" in self.line(bi).strip():
                continue
            if fact_box_heading(self.line(bi)):
                return True
        return False

    def _rulings(self, run: list[int]) -> bool:
        """Round 141 (issue 15): is the run the story's own list of decisions under its heading
        ("Other rulings this week" over "Harbour Ferries: complaint about fares upheld")? The
        heading is the block before the run or its first line (see :func:`rulings_list`)."""
        for first in (run[0] - 1, run[0]):
            if first < 0:
                continue
            entries = [self.line(bi) for bi in run if bi > first]
            if rulings_list(self.line(first), entries):
                return True
        return False

    def _listing(self, run: list[int]) -> bool:
        """Round 144 (issue 15): is the run the story's own listing under its heading ("Full list
        of winners:" over "Best Newcomer: Ada Sky", "Albums chart (top five):" over "1. Ana Ruiz -
        Harbour Lights")? The heading is the block before the run or its first line (see
        :func:`listing_run`)."""
        for first in (run[0] - 1, run[0]):
            if first < 0 or self.label_block(first):
                continue
            if listing_run(self.line(first), [self.line(bi) for bi in run if bi > first]):
                return True
        return False

    def _distinct(self, run: list[int]) -> bool:
        """Lines of a related list are about different things: most neighbours share no word."""
        return _distinct_lines([self.line(bi) for bi in run])

    def off_topic(self, bi: int) -> bool:
        """A line sharing no content word with the blocks before and after it."""
        mine = _stems(self.line(bi))
        if not mine:
            return False
        for k in (bi - 1, bi + 1):
            if 0 <= k < len(self.doc.blocks) and mine & _stems(self.line(k)):
                return False
        return True

    def dated_link(self, bi: int, line: str) -> bool:
        """Round 72: a lone line between two paragraphs of the story that is a headline in title
        case or headline syntax closed or led by a whole date with its year ("Council to vote on
        bypass plan – 12 March 2025"): a related story's teaser. A month alone ("March: ...") dates
        the story's own events."""
        if bi in self.links or _YEAR.search(line) is None or _MONTH_ONLY.match(line):
            return False
        if not (self.prose(bi - 1) and self.prose(bi + 1)) or not dated(line):
            return False
        if len(_YEAR.findall(line)) > 1:
            return False  # (a date range: a warning's or an event's period, "1 December 2026 - 3 December 2026")
        rest = _DATED_END.sub("", _DATED.sub("", line.strip(), count=1)).strip()
        return headline_like(rest, strict=True) or headlinese(rest)

    def lone_link(self, bi: int, line: str) -> bool:
        """Round 72: a lone off-topic line inside body text with a link's function: a headline
        with its date ("Council to vote on bypass plan – 12 March 2025"), or a headline in title
        case or headline syntax with a related link's word ("Watch ...", "Quiz: ...", "... things
        to know about ...", "... explained"), between two paragraphs of the story."""
        if not (self.prose(bi - 1) and self.prose(bi + 1)):
            return False
        return line.upper() != line and (
            self.is_strict(bi) or headlinese(line) or headline_like(line, strict=False)
        ) and _LINK_CUE.search(line) is not None

def _distinct_lines(lines: list[str]) -> bool:
    """Lines of a related list are about different things: most neighbours share no word."""
    stems = [_stems(line) for line in lines]
    shared = sum(1 for a, b in pairwise(stems) if len(a & b) >= 1)
    return shared * 2 < len(lines) - 1 or shared == 0


def _runs(sorted_blocks: list[int]) -> Iterator[list[int]]:
    """Consecutive block indexes, grouped."""
    run: list[int] = []
    for bi in sorted_blocks:
        if run and bi != run[-1] + 1:
            yield run
            run = []
        run.append(bi)
    if run:
        yield run


# --- another story's headline, for every family (round 80) ---------------------------------

# A lone line that labels a list of other stories' headlines (round 79's "Most read" label,
# moved here from the loaded family so that every family reads the same list)
_LIST_LABEL = LazyRegex(r"[ \t]*(?:most[ \t]+(?:read|popular|viewed|shared|watched)|related(?:[ \t]+(?:stories|articles|"
                        r"content|news|coverage))?|trending(?:[ \t]+now)?|more[ \t]+(?:stories|news|from[ \t]+[^\n]{1,40})|"
                        r"you[ \t]+may[ \t]+also[ \t]+like|recommended(?:[ \t]+for[ \t]+you)?|top[ \t]+stories|"
                        r"(?:read|see)[ \t]+(?:more|also|next))[ \t]*:?[ \t]*$", re.IGNORECASE)
_LIST_LINES = 8      # headlines under the label that are read as the list
_HEADLINE_CHARS = 110  # a longer line, or one ending a sentence, is copy, not a listed headline

# the lines of each document found to be other stories' headlines: (start, end, why), by start
_Lines = tuple[list[int], list[tuple[int, int, str]]]
_OTHER: weakref.WeakKeyDictionary[Document, tuple[_Lines, _Lines]] = (
    weakref.WeakKeyDictionary()
)


def other_story(doc: Document, pos: int) -> str | None:
    """Why the line at ``pos`` is another story's headline pasted into the text, or ``None``.

    A headline under a list label ("Most read", "Related"), a line of a run of headline-shaped
    lines, an entry of a timeline of earlier stories, a lone dated link between two paragraphs
    (round 144: or an entry of the story's own listing, a chart's or a winners' list, whose names
    and titles of works are no more the writer's words than a headline's):
    whole short lines with no sentence end (a story's sentence glued to a plug on its line is
    the story's). The shapes are judged without the advertorial family's signals, so the answer
    does not depend on which rules run. Asked only for a cue about to be reported: the shape
    pass runs once per document, at the first question."""
    label = _under_label(doc.text, pos)
    if label is not None:
        return f"another story's headline under '{label}'"
    label = _glued_link(doc.text, pos)
    if label is not None:
        return f"another story's headline after '{label}'"
    return _line_reason(_judged_lines(doc)[0], pos)


def own_timeline_entry(doc: Document, pos: int) -> str | None:
    """Why the line at ``pos`` is an entry of the story's own dated timeline under a fact box's
    title, or ``None`` (round 137 reads "Timeline:" over "August 2024 - Residents raise fears
    over lorries" as the story's chronology, not a list of earlier stories). Such an entry is a
    summary in headline syntax, not the writer's sentence: a vague source in it ("Residents
    raise fears") stays the hint round 80 made it, whichever list the line belongs to."""
    return _line_reason(_judged_lines(doc)[1], pos)


def _judged_lines(doc: Document) -> tuple[_Lines, _Lines]:
    """The document's lines of other stories and of its own timeline, judged once."""
    found = _OTHER.get(doc)
    if found is None:
        found = _OTHER[doc] = _other_lines(doc)
    return found


def _line_reason(lines: _Lines, pos: int) -> str | None:
    """The reason given for the judged line holding ``pos``, or ``None``."""
    starts, spans = lines
    k = bisect_right(starts, pos) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k][2]
    return None


# round 90: a related link glued to the head of a paragraph by a crawl ("ALSO IN TOWN: Traders
# fear loss of trade as charges rise ›The bridge will ..."): a capitalised label and its colon
# open the line, and a link arrow closes the headline, with no sentence stop between
_CAPS_LABEL = LazyRegex(r"[ \t]*((?-i:[A-Z][A-Z0-9&’' -]{1,40}[A-Z])):[ \t]+")
_ARROW_OR_LINE_END = LazyRegex(r"[›»→▸►\n]")  # a link arrow closes the headline; a line end, no link


def _glued_link(text: str, pos: int) -> str | None:
    """The capitalised label of a related link glued to the head of a paragraph (the label says
    it is a link, so the headline is read as link text, not strictly), when ``pos``
    is inside its headline (between the label and the link arrow). Bounded: the line's start is
    looked for within one headline's reach of ``pos``, the arrow within one headline after the
    label."""
    lo = max(0, pos - _HEADLINE_CHARS - 45)
    nl = text.rfind("\n", lo, pos)
    if nl < 0 and lo > 0:
        return None  # the line starts out of reach: no label at its head
    m = _CAPS_LABEL.match(text, nl + 1)
    if m is None or m.end() > pos:
        return None
    stop = _ARROW_OR_LINE_END.search(text, pos, min(len(text), m.end() + _HEADLINE_CHARS))
    if stop is None or stop.group() == "\n":
        return None
    headline = text[m.end() : stop.start()].strip()
    if _SENTENCE_END.search(headline) or any(c in headline for c in ".!?") or not headline_like(headline, strict=False):
        return None
    return m.group(1)


def _under_label(text: str, start: int) -> str | None:
    """The label of a list of headlines the line at ``start`` is in: each line between the
    label and this one is short and ends with no sentence mark."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(_LIST_LINES):
        line_end = text.find("\n", line_start)
        line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
        if not line or len(line) > _HEADLINE_CHARS or line.endswith((".", "!", ":")):
            return None
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start : line_start - 1]
        if _LIST_LABEL.fullmatch(prev):
            return prev.strip()
        line_start = prev_start
    return None


def _other_lines(doc: Document) -> tuple[_Lines, _Lines]:
    """The document's headline lines (runs, timelines, lone dated links) and the entries of its
    own timeline under a fact box's title, judged once."""
    if not doc.blocks:
        return ([], []), ([], [])
    shapes = HeadlineLines(doc)
    spans: list[tuple[int, int, str]] = []
    for bi in sorted(shapes.hit_of):
        if bi in shapes.strong:
            why = ("an entry of a timeline of earlier stories" if dated(shapes.line(bi))
                   else "another story's headline in a run of headlines")
        elif shapes.dated_link(bi, shapes.line(bi)):
            why = "another story's headline with its date"
        else:
            continue
        b = doc.blocks[bi]
        spans.append((b.start, b.end, why))
    for bi in sorted(shapes.own_listing - set(shapes.strong)):
        b = doc.blocks[bi]
        spans.append((b.start, b.end, "an entry of the story's own listing: names and titles of works"))
    for bi in sorted(set(shapes.strong) - set(shapes.hit_of)):
        b = doc.blocks[bi]
        spans.append((b.start, b.end, "another story's headline in a run of headlines"))
    spans.sort()
    own = sorted((doc.blocks[bi].start, doc.blocks[bi].end, "an entry of the story's own timeline, in headline syntax")
                 for bi in shapes.own_timeline)
    return ([s[0] for s in spans], spans), ([s[0] for s in own], own)

