"""The advertorial family's report of headline-shaped lines (rule ``advertorial/headline-list``).

The shapes are found by the detector every family reads
(:class:`lintnews.builtin.shared.headlines.HeadlineLines`); this module adds what the advertorial
family knows and says: its judgement's signals (a "Related" or "Read more" label's block, a buy
line in a run of links, a price or a label promoted by the headline-shaped line it stands on),
the rule id, the messages and severities of :meth:`Shapes.findings`, and the rule's pass over a
document the judge has not seen (:func:`check`).

What is reported (``warning``): a run of three or more headline-shaped lines about
different things inside body text (round 123: a run of two off the story's topic, a title-case
run glued into a paragraph), a run of lines led or closed by a date (a timeline of
earlier stories), and, when the advertorial judge passes its signals, the lines after
a "Related" or "Most read" label. A lone title-case line that shares no word with the
paragraphs around it is a hint (``info``): it may be a subhead.

The shape pass runs for every document: from the advertorial judge when the document
has advertorial signals (labels and prices then count too), and otherwise from the
``advertorial/headline-list`` rule (:mod:`lintnews.builtin.advertorial.headline_list`), which the
engine calls for every document.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lintnews.builtin.shared.headlines import NAME_LINE as _NAME_ONLY
from lintnews.builtin.shared.headlines import SEPARATOR, HeadlineLines, headline_like, link_cue
from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.builtin.advertorial.judgement import Judgement
    from lintnews.document.document import Document
    from lintnews.packs.model import Hit

SHAPE_RULE = "advertorial/headline-list"
SHAPE_MESSAGE = "Headline-shaped line (a link or a list of related stories?) inside the article."
TIMELINE_MESSAGE = "Timeline of earlier stories (headlines and their dates) glued into the paragraph."
SHAPE_SUGGESTION = "Remove the list of links from the article body if it is not part of the story."
LABEL_RULES = frozenset({"advertorial/read-more", "advertorial/related-plug"})
_SHOP_RULES = frozenset({"advertorial/commerce-cta", "advertorial/commerce-copy"})

# documents whose shapes the advertorial judge has reported (with its signals): the
# headline-list rule, called after the judges, leaves them alone
JUDGED: weakref.WeakSet = weakref.WeakSet()

_PRICE = LazyRegex(r"[$£€]\s?\d|\d\s?%")
_LABEL_END = LazyRegex(r"(?:[:|»›→]|>{1,2}|[—–](?=\s))\s*")
# what a label may end with ("READ MORE >>", "WATCH —" too)
_LABEL_MARKS = ":|»›→>—–"
# a bullet or arrow in front of a label ("» More: ...", "▶ Watch — ...")
_LEAD = LazyRegex(r"[ \t]*(?:[»›▶►■▸•→][ \t]{1,3})?")
# a clip's running time after a video teaser ("(1:48)", "[2:05]", "(2 min)"); tried from the first
# blank of a run only (one after a blank would start a blank earlier): a teaser's run of blanks
# is read once, not once per blank
_DURATION = LazyRegex(r"(?<!\s)(?:\s*[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]\s*$|\s*[(\[]\d{1,2}\s*(?:mins?|minutes?|secs?)[)\]]\s*$)")
# a picture label: its text must read as a headline, not as a photographer's name
_PICTURE_LABEL = LazyRegex(r"(?:in\s+)?(?:photos?|pictures|images|gallery|photo\s+gallery|slideshow)\b", re.IGNORECASE)
# round 33: a caption's close, its sentence stop and then the picture's credit in brackets
# ("... on Tuesday. (Radio Ost/K. Berg)")
# round 45: ... or after the credit's own label ("... on Sunday. Credit: Daily Courier", "Photo
# credit: Ana Ruiz", "Picture: Supplied", "Courtesy of the family", "Photo by Ana Ruiz/Gazette")
_CREDIT_LABEL = (
    r"(?i:(?:(?:photo(?:graph)?|picture|image|file)\s+)?(?:credit|courtesy(?:\s+of)?|by)"
    r"|photo(?:graph)?|picture|image|source|supplied)\b[ \t]*:?[ \t]*[^\n]{0,60}?"
)
_CAPTION_CREDIT = LazyRegex(
    r"[.!?][\"'”’]?\s+(?:[(\[][^()\[\]\n]{2,60}[)\]]|(?-i:(?=[A-Z]))" + _CREDIT_LABEL + r")\s*$"
)
# round 39: a caption's close after a picture label: the sentence's stop, then perhaps the
# picture's credit, in brackets ("... on Tuesday. (Ana Ruiz)") or after a slash or a bar
# ("... on Monday. / Supplied", "... at the quay. | Gazette"); round 45: or after its label
_CAPTION_CLOSE = LazyRegex(
    r"[.!?][\"'”’]?(?:[ \t]*(?:[/|][ \t]*[^/|\n]{2,60}?|[(\[][^()\[\]\n]{2,60}[)\]]|(?=[A-Z])"
    + _CREDIT_LABEL
    + r"))?[ \t]*$"
)
# ... or a credit alone: a name or two and the agency after a slash ("Ana Ruiz / Gazette")
_CREDIT_ONLY = LazyRegex(r"[ \t]*[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}[ \t]*/[ \t]*[A-Z][^\n]{0,40}$")
# round 33: a label that names the kind of piece (a column's kicker: "Opinion: ...") on the
# story's own title line labels the story, not a link to another
# (round 93: every kind of piece a kicker names, as the read-more rule's class of them)
_KICKER_LABEL = LazyRegex(
    r"(?:opinion|analysis|explainer|explained|profile|interview|feature|review|editorial|comment|column"
    r"|perspective|insight|fact[\s-]?check|in[\s-]depth|long[\s-]read|the\s+big\s+read|special\s+report"
    r"|investigation|timeline|q\s?&\s?a|live|exclusive|interactive|obituary|documentary)\b",
    re.IGNORECASE,
)
# round 94: where a glued story sentence may begin after a headline (a space, then a capital
# or an opening quotation mark), and a sentence's stop inside what would be the headline
# (round 128: or no space at all, a word's lower case running into a capital, "in cost-cutting
# driveBernard is believed ...": the link's line break dropped with its space; two lower-case
# letters before the capital, so "McDonald" is not cut)
_GLUE_CUT = LazyRegex(r"\s+(?=[\"“‘]?[A-Z])|(?<=[a-z]{2})(?=[A-Z][a-z])")
_SENTENCE_STOP = LazyRegex(r"[.!?][\"”’]?\s")
_TITLE_CHARS = 200  # characters: the longest first line read as the text's title (as the plain reader's)


class Shapes(HeadlineLines):
    """Headline-shaped lines as the advertorial family judges and reports them.

    ``judgement``: the advertorial judge's signals (``units.block_units``, ``signals``),
    or ``None`` when the document has none (the shapes alone are then judged).
    """

    def __init__(self, doc: Document, judgement: Judgement | None = None) -> None:
        self.judgement = judgement  # (set first: the detector asks the hooks below as it judges)
        super().__init__(doc)

    def label_blocks(self) -> set[int]:
        """Blocks of the units that hold a link label's signal ("Related", "Read more:")."""
        j = self.judgement
        if j is None:
            return set()
        us = j.units.units
        return {
            us[i].block for i, sig in j.signals.items() if any(r.id in LABEL_RULES for r, _h, _s in sig)
        }

    def label_block(self, bi: int) -> bool:
        """A short block that is only a link label ("Related", "Most read", "More from X:")."""
        j = self.judgement
        if j is None:
            return False
        idx = j.units.block_units(bi)
        if not idx or len(idx) != 1 or idx[0] not in j.signals:
            return False
        b = self.doc.blocks[bi]
        line = self.line(bi)
        lo = b.start + len(line) - len(line.lstrip())
        hi = b.start + len(line.rstrip().rstrip(":|»›→ "))
        return len(line.split()) <= 8 and any(
            rule.id in LABEL_RULES and hit.start <= lo and hit.end >= hi
            for rule, hit, _sev in j.signals[idx[0]]
        )

    def furniture_block(self, bi: int) -> bool:
        """Round 130: does block ``bi`` hold a strong signal of the page's furniture (a plug, an
        appeal, a disclosure) other than a link label, and no legal line's?"""
        j = self.judgement
        if j is None or not 0 <= bi < len(self.doc.blocks):
            return False
        for i in j.units.block_units(bi) or ():
            if i in j.legal:
                continue
            if any(sev.rank >= 1 and rule.id not in LABEL_RULES for rule, _hit, sev in j.signals.get(i, ())):
                return True
        return False

    def shop_line(self, bi: int) -> bool:
        """Does block ``bi`` hold a commerce signal (a price with its shop, a buy link)?"""
        j = self.judgement
        if j is None:
            return False
        idx = j.units.block_units(bi)
        if not idx:
            return False
        return any(rule.id in _SHOP_RULES for i in idx for rule, _hit, _sev in j.signals.get(i, ()))

    def promoted_units(self) -> set[int]:
        """Units of weak signals that a shape makes strong: a label with headlines after it,
        a "Label: headline" line, a price on a headline-shaped line."""
        j = self.judgement
        if j is None:
            return set()
        out: set[int] = set()
        us = j.units.units
        for bi in self.labels:
            out.update(j.units.block_units(bi) or ())
        for i, sig in j.signals.items():
            bi = us[i].block
            if bi not in self.hit_of and not any(r.id in LABEL_RULES for r, _h, _s in sig):
                continue
            line = self.line(bi)
            b = self.doc.blocks[bi]
            for rule, hit, _sev in sig:
                if rule.id in LABEL_RULES and self._kicker(bi, hit):
                    continue
                if rule.id in LABEL_RULES and hit.start - b.start <= _LEAD.match(self.text, b.start, b.end).end() - b.start:
                    m = _LABEL_END.match(self.text, hit.end)
                    end = m.end() if m else hit.end
                    rest = self.text[end : self._headline_end(end, b.end)]
                    # "Read more: Headline one | Headline two": the links side by side
                    parts = [_DURATION.sub("", p) for p in SEPARATOR.split(rest) if p.strip()]
                    label = self.text[hit.start : hit.end]
                    marked = m is not None or label[-1:] in _LABEL_MARKS
                    teaser = bool(parts) and all(headline_like(p, strict=False) for p in parts)
                    if marked and teaser and not _credit(label, parts) and not kicker_byline(label, parts):
                        out.add(i)
                    elif marked and _capital_label(label) and glued_story(rest):
                        # (round 94: "READ ALSO: <headline> <The story's next sentence.>")
                        out.add(i)
                    elif marked and self._stopped_teaser(bi, hit, label, rest):
                        # (round 112: "More from the Gazette: how two cafes kept going.")
                        out.add(i)
                elif rule.id not in LABEL_RULES and self.is_strict(bi) and _PRICE.search(line):
                    out.add(i)
        return out

    def _stopped_teaser(self, bi: int, hit: Hit, label: str, rest: str) -> bool:
        """Round 112: a link's lone teaser closed by a full stop, a line of its own ("More from
        the Gazette: how two cafes kept going."). The label opens on a word pointing elsewhere:
        "more", "also", "related", "elsewhere", or "from" and a name ("From the Post:");
        a kind of piece ("Interview: conducted by phone and edited for length.") labels a note on
        the story itself and is left. What follows is one clause that reads as a headline once
        its stop is dropped, and the line shares no word with the paragraphs beside it."""
        if _kicker_label_text(label) or _POINTING_LABEL.match(label) is None:
            return False
        s = rest.strip()
        if not s.endswith(".") or s.endswith("..") or _SENTENCE_STOP.search(s) is not None:
            return False
        j = self.judgement
        if j is None or len(j.units.block_units(bi) or ()) != 1 or "\n" in self.line(bi).strip():
            return False
        return headline_like(s[:-1], strict=False) and self.off_topic(bi)

    def _headline_end(self, start: int, block_end: int) -> int:
        """Where the headline after a label that starts at ``start`` ends: the block's end, or the
        glue cut of the unit it is in, when a story sentence was glued onto it with no space (round
        54: "ALSO READ: Minister resigns over fares|Shop owners said ...": the sentence glued on is
        not part of the headline, and the headline is judged alone)."""
        j = self.judgement
        if j is None:
            return block_end
        us = j.units.units
        while start < block_end and self.text[start] in " \t":
            start += 1
        k = j.units.index(start)
        if 0 <= k < len(us) - 1 and us[k + 1].glued and us[k + 1].start < block_end and us[k].end > start:
            return us[k].end
        return block_end

    def _kicker(self, bi: int, hit: Hit) -> bool:
        """Is the label a column's kicker on the story's own title line ("Opinion: The ring
        road will not fix our traffic" as the first line)? The kind of piece named before its
        headline labels the story itself; the same label on a later line points to another
        piece ("Opinion: Why the ferry must stay" after the story's last paragraph)."""
        headline = self.doc.headline
        b = self.doc.blocks[bi]
        if not kicker_label(self.text, hit):
            return False
        if headline is not None:
            return b.start == headline.start
        # round 42: a title that asks or exclaims ("Opinion: Where is the plan for the poor?")
        # is no headline to the reader (a line ending a sentence is prose), but the text's first
        # line, alone and short, is its title all the same: nothing stands before it to link from
        return bi == 0 and "\n" not in self.text[b.start : b.end] and b.end - b.start <= _TITLE_CHARS

    def findings(self, skip_blocks: set[int] | frozenset = frozenset()) -> Iterator[Finding]:
        for bi in sorted(self.strong):
            if bi in skip_blocks:
                continue
            yield self._finding(bi, Severity.WARNING)
        last = len(self.doc.blocks) - 1
        if self.tail is not None and last not in self.strong and last not in skip_blocks:
            start, end = self.tail
            yield Finding(start, end, SHAPE_MESSAGE, SHAPE_SUGGESTION, Severity.WARNING, SHAPE_RULE)
        for start, end in self.glued:
            if self._block_of(start) not in skip_blocks:
                yield Finding(start, end, TIMELINE_MESSAGE, SHAPE_SUGGESTION, Severity.WARNING, SHAPE_RULE)
        for start, end in self.glued_heads:
            # (round 123: a title-case run of headlines glued into the paragraph's line)
            if self._block_of(start) not in skip_blocks:
                yield Finding(start, end, SHAPE_MESSAGE, SHAPE_SUGGESTION, Severity.WARNING, SHAPE_RULE)
        # a lone title-case line inside body text, about something else: a hint (a subhead
        # is about the paragraph after it)
        # (round 72: with a function cue, a link's word or a whole date, a headline-shaped line
        # between two paragraphs of the story is a warning)
        for bi in sorted(self.hit_of):
            if bi in self.strong or bi in skip_blocks or self.is_strict(bi - 1) or self.is_strict(bi + 1):
                continue
            if not (self.prose(bi - 1) or self.prose(bi + 1)):
                continue
            line = self.line(bi)
            if self.dated_link(bi, line):
                # (a related story's headline with its date: the story it links to is often
                # on the same topic, so no word need be off it)
                yield self._finding(bi, Severity.WARNING)
                continue
            cue = bi not in self.links and self.doc.blocks[bi].kind != "list" and link_cue(line)
            if not (cue or self.is_strict(bi)) or not self.off_topic(bi):
                continue
            if cue and self.lone_link(bi, line):
                yield self._finding(bi, Severity.WARNING)
            elif self.is_strict(bi):
                # (round 72: a sentence-case headline alone is no hint: subheads of advice and
                # how-tos share its syntax, and it found nothing more on the blind sets)
                yield self._finding(bi, Severity.INFO)

    def _block_of(self, pos: int) -> int:
        return bisect_right([b.start for b in self.doc.blocks], pos) - 1

    def _finding(self, bi: int, severity: Severity) -> Finding:
        b = self.doc.blocks[bi]
        line = self.text[b.start : b.end]
        start = b.start + len(line) - len(line.lstrip())
        end = b.start + len(line.rstrip())
        return Finding(start, end, SHAPE_MESSAGE, SHAPE_SUGGESTION, severity, SHAPE_RULE)


def kicker_label(text: str, hit: Hit) -> bool:
    """Does the label ``hit`` name a kind of piece ("Opinion", "Review", "Explainer")? Such a
    label on the story's own title line is the story's kicker, not a link to another piece."""
    if text[hit.start : hit.end].rstrip()[-1:] not in _LABEL_MARKS:
        return False  # (a line that is only the label, "Timeline of the dispute", labels a list under it)
    return _KICKER_LABEL.match(text, hit.start, hit.end) is not None




def kicker_byline(label: str, parts: list[str]) -> bool:
    """Round 98: is a kind-of-piece label followed by a name alone ("COLUMN | Ana Ruiz",
    "Opinion: Ana Ruiz")? That is the column's kicker with its writer, the story's own byline,
    not a link: a teaser to another piece says what that piece is about, a name alone does not."""
    if _KICKER_LABEL.match(label.lstrip(" \t»›▶►■▸•→")) is None:
        return False
    return len(parts) == 1 and _NAME_ONLY.match(parts[0]) is not None


# round 112: a label that opens on a word pointing away from the story: "more", "also", "related",
# "elsewhere", or "from" and a name ("More from the Gazette", "Also on KXYZ", "From the Post")
# (the pointing word opens the label: "Read more: the report is online." is the story's own
# pointer to a document, round 11's trap)
_POINTING_LABEL = LazyRegex(
    r"[ \t]*(?:[»›▶►■▸•→][ \t]{1,3})?(?:(?i:more|also|related|elsewhere)\b|(?i:from)[ \t]+(?:(?i:the)[ \t]+)?[A-Z])"
)


def _kicker_label_text(label: str) -> bool:
    return _KICKER_LABEL.match(label.lstrip(" \t»›▶►■▸•→")) is not None


def _capital_label(label: str) -> bool:
    """A link label in capitals ("READ ALSO:", "ALSO READ |"): a page's button, never a
    story's own words (a kicker in title case, "Live:", may label the story itself)."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def glued_story(rest: str) -> bool:
    """Round 94: is ``rest`` (what follows a link label on its line) a headline with the
    story's next sentence glued on after it with no stop ("READ ALSO: <headline> <Sentence
    of the story.>")? A scraper that drops the link's line break leaves the two run together:
    some cut before a capital or an opening quotation mark leaves a head that reads as a link's
    text after a label (four to sixteen words, no stop) and a sentence of five words or more
    closed by its stop. Only a label in capitals is read so (the caller's test): after it, even
    a teaser written as a sentence is the link's."""
    s = rest.strip()
    if len(s) > 400 or s.rstrip("\"'”’)")[-1:] not in (".", "!", "?"):
        return False
    for cut in _GLUE_CUT.finditer(s):
        head, tail = s[: cut.start()], s[cut.end() :]
        n = len(head.split())
        if n < 4:
            continue
        if n > 16 or len(tail.split()) < 5:
            return False
        if _SENTENCE_STOP.search(head):
            return False
        if headline_like(head, strict=False):
            return True
    return False


def _credit(label: str, parts: list[str]) -> bool:
    """"Photos: Ana Ruiz" is a credit, "Photos: Crowds pack the quay for the parade" a teaser:
    after a picture label the text must have four words and one in lower case. Round 33: nor
    is it a teaser when it is a caption, a sentence with its stop that the picture's credit in
    brackets closes ("Photo: Crews at the quay on Monday. (Agency/A. Name)"): a headline holds
    no stop, and a link to a gallery names no photographer."""
    if _PICTURE_LABEL.match(label.lstrip(" \t»›▶►■▸•→")) is None:
        return False
    return any(
        len(p.split()) < 4 or not any(w[:1].islower() for w in p.split()) or _CAPTION_CREDIT.search(p)
        for p in parts
    )


def picture_caption(text: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """Is the picture label ``text[start:end]`` ("Photo:", "Pictures:") the opening of a
    caption or a credit, not a link to a gallery? A caption is a sentence about the picture
    closed by its stop, perhaps with the picture's credit after it ("Photo: The chief at the
    station on Monday. / Supplied", "... on Tuesday. (Ana Ruiz)"); a credit names who took it
    ("Photo: Ana Ruiz / Gazette"). A gallery's teaser reads as a headline, with no stop
    ("Photos: Crowds pack the quay for the parade"). Round 39: such a line is no signal at all,
    so that no plug beside it (a "Read more:" list after the caption) lifts it to a warning.
    Only a label that opens its line (``line``: its start and end) heads a caption; after a
    stop inside a paragraph, the label's text runs on into the story's next sentence."""
    if text[line[0] : start].strip(" \t»›▶►■▸•→"):
        return False
    label = text[start:end]
    lead = len(label) - len(label.lstrip(" \t»›▶►■▸•→"))
    if _PICTURE_LABEL.match(text, start + lead, end) is None:
        return False
    m = _LABEL_END.match(text, end)
    rest = text[m.end() if m else end : line[1]]
    if _CREDIT_ONLY.match(rest) is not None:
        return True
    return len(rest.split()) >= 3 and _CAPTION_CLOSE.search(rest) is not None


def check(doc: Document) -> Iterator[Finding]:
    """The shape pass of a document the advertorial judge has not seen (no advertorial
    signal in it): runs of headline-shaped lines and timelines, lone off-topic lines."""
    if doc in JUDGED or not doc.blocks:
        return
    yield from Shapes(doc).findings()
