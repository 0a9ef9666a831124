"""Main-content detection: which source ranges of a saved web page hold its article.

A saved news page is mostly furniture: navigation, teaser and trending lists, ad
labels, comment threads, cookie prompts, footers. Linting all of it buries the
article's findings (on 68 real pages, 41% of the warnings were furniture). A
maintained extractor, trafilatura (Apache-2.0; measured best of eight on those
pages), finds the article text; but lintnews must still report lines and columns
in the HTML file, and trafilatura's output is new text with no positions.

So its verdict is carried back to the reader's own parse *by text*: the reader
hands over its plain text of everything visible (with its blocks and source map),
each paragraph trafilatura returns is looked up in that text's word stream (in
document order first, then from the top: a teaser repeating the first paragraph
must not capture it), and the matched words become source ranges. A match that
reaches the first or last word of a reader block takes the whole block, so an
opening quotation mark or the final full stop is not cut off. The reader then reads
the page again from its token list, keeping only text inside the ranges: the
positions are the reader's own, exact to the character.

What is not article text by this verdict (related links, newsletter boxes,
share bars, comments, ad labels inside the story container) is skipped, and so is
what the reader itself recognises as page furniture among the kept text (see
:mod:`lintnews.readers.html`); a plug typed into the story's own paragraphs is
linted, and the advertorial rules report it as promotion inserted into the story.

The headline: extractors leave it out of the body text, editors want it linted.
The ``<h1>`` that matches the page's title (``og:title``, ``<title>``) is added,
else the last ``<h1>`` just before the article.

When fewer than :data:`MIN_WORDS` words of article are found (an index page, a
video page, an extractor failure) the caller falls back to the whole page.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence

from lintnews.readers import Parsed

MIN_WORDS = 25
# The unmatched-title fallback takes an <h1> only this many words before the article
# (byline, date, a caption may sit between); a logo <h1> at the top of the page is farther.
HEADLINE_REACH = 80
# A word, with soft hyphens, zero-width characters and combining marks inside it
# (extractors drop the first two: "news&shy;room" must match "newsroom"; NFKC composes
# "a" + U+0301 into the "á" an extractor may return)
_JOINERS = "\u00ad\u200b-\u200d\u2060\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"\w[\w{_JOINERS}]*")
_INVISIBLE_CHARS = re.compile(r"[\u00ad\u200b-\u200d\u2060]")
# separators between a title's headline and the site name ("Ferry cut | The Gazette")
_TITLE_SEP = re.compile(r"\s+[|–—:·-]\s+|\s*[|·]\s*")
# only tags and white space: two ranges this far apart are one
_GAP = re.compile(r"(?:\s|<[^<>]*>)*")


def _norm(token: str) -> str:
    if token.isascii():
        return token.lower()
    return unicodedata.normalize("NFKC", _INVISIBLE_CHARS.sub("", token)).lower()


def extract_text(source: str) -> str | None:
    """The article text trafilatura finds in ``source``, one paragraph per line (``None``:
    none found, trafilatura missing or failed). Imported here, not at start-up: it takes
    a fifth of a second and only HTML pages need it."""
    try:
        import trafilatura
    except ImportError:
        return None
    for name in ("trafilatura", "htmldate", "courlan"):  # its warnings are not the editor's business
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            source, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False, with_metadata=False,
        )
    except Exception:  # noqa: BLE001 - an extractor bug on one page: lint the whole page instead
        return None
    if doc is None:
        return None
    text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    return text or None


class _Words:
    """The reader's plain text as a stream of normalised words, for fast paragraph search.

    ``joined`` is every word followed by one space, so a paragraph (its words, each
    followed by a space) is found with ``str.find`` at C speed.
    """

    def __init__(self, view: Parsed) -> None:
        text = view.text
        self.tokens: list[str] = []
        self.starts: list[int] = []  # plain offsets
        self.ends: list[int] = []
        self.block: list[int] = []  # word -> block index
        self.first: list[int] = []  # block -> index of its first word (and a final sentinel)
        tokens, starts, ends, block = self.tokens, self.starts, self.ends, self.block
        for bi, b in enumerate(view.blocks):
            self.first.append(len(tokens))
            for m in _WORD.finditer(text, b.start, b.end):
                tokens.append(_norm(m.group()))
                starts.append(m.start())
                ends.append(m.end())
                block.append(bi)
        self.first.append(len(tokens))
        self.joined_starts: list[int] = []
        pos = 0
        for tok in tokens:
            self.joined_starts.append(pos)
            pos += len(tok) + 1
        self.joined = " ".join(tokens) + " "

    def find(self, needle: str, start_word: int) -> int:
        """Index of the first word of ``needle`` at or after word ``start_word``, or -1."""
        joined = self.joined
        pos = self.joined_starts[start_word] if start_word < len(self.tokens) else len(joined)
        while True:
            pos = joined.find(needle, pos)
            if pos < 0:
                return -1
            if pos == 0 or joined[pos - 1] == " ":
                return bisect_right(self.joined_starts, pos) - 1
            pos += 1


def align(words: _Words, text: str) -> set[int]:
    """Indexes of the page's words that the extracted ``text`` covers, paragraph by paragraph."""
    kept: set[int] = set()
    cursor = 0
    for line in text.split("\n"):
        toks = [_norm(t) for t in _WORD.findall(line)]
        if not toks:
            continue
        needle = " ".join(toks) + " "
        hit = words.find(needle, cursor)
        if hit >= 0:
            cursor = hit + len(toks)
        else:
            hit = words.find(needle, 0)
            if hit < 0:
                continue
        kept.update(range(hit, hit + len(toks)))
    return kept


def _word_ranges(words: _Words, view: Parsed, kept: set[int]) -> list[tuple[int, int]]:
    """Runs of kept words -> source ranges; a run reaching a block's edge takes the edge."""
    smap = view.source_map
    blocks = view.blocks
    ws = sorted(kept)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(ws):
        j = i
        b = words.block[ws[i]]
        while j + 1 < len(ws) and ws[j + 1] == ws[j] + 1 and words.block[ws[j + 1]] == b:
            j += 1
        a = blocks[b].start if ws[i] == words.first[b] else words.starts[ws[i]]
        z = blocks[b].end if ws[j] == words.first[b + 1] - 1 else words.ends[ws[j]]
        out.append((smap.to_source_start(a), smap.to_source_end(z)))
        i = j + 1
    return out


def _title_forms(titles: Sequence[str]) -> tuple[set[str], list[str]]:
    """The page titles as normalised word strings: their parts between separators, and whole."""
    parts: set[str] = set()
    whole: list[str] = []
    for t in titles:
        full = " ".join(_norm(w) for w in _WORD.findall(t))
        if full:
            whole.append(full)
            parts.add(full)
        for piece in _TITLE_SEP.split(t):
            p = " ".join(_norm(w) for w in _WORD.findall(piece))
            if p:
                parts.add(p)
    return parts, whole


def headline_block(words: _Words, view: Parsed, titles: Sequence[str], first_word: int) -> int:
    """The block index of the article's ``<h1>`` (-1: none).

    The ``<h1>`` whose words are the page title (or one of its parts, or contain it) wins,
    the nearest one before the article if several do (a site's logo may be an ``<h1>`` named
    like the site); else the last ``<h1>`` ending at most :data:`HEADLINE_REACH` words
    before the article's first word.
    """
    parts, whole = _title_forms(titles)
    matched: list[int] = []
    near = -1
    for bi, b in enumerate(view.blocks):
        if b.kind != "heading" or b.level != 1:
            continue
        lo, hi = words.first[bi], words.first[bi + 1]
        if lo == hi:
            continue
        text = " ".join(words.tokens[lo:hi])
        if text in parts or (len(text) > 10 and any(text in w or w in text for w in whole)):
            matched.append(bi)
        if hi <= first_word and first_word - hi <= HEADLINE_REACH:
            near = bi
    if matched:
        before = [bi for bi in matched if words.first[bi] <= first_word]
        return before[-1] if before else matched[0]
    return near


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, z in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], z))
        else:
            out.append((a, z))
    return out


def _coalesce(source: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join ranges separated only by white space and tags (a paragraph's words stay together)."""
    out: list[tuple[int, int]] = []
    for a, z in ranges:
        if out and _GAP.fullmatch(source, out[-1][1], a):
            out[-1] = (out[-1][0], z)
        else:
            out.append((a, z))
    return out


def article_ranges(
    source: str, view: Parsed, titles: Sequence[str] = (), link_blocks: frozenset[int] = frozenset(),
    extract: Callable[[str], str | None] = extract_text,
) -> list[tuple[int, int]] | None:
    """Sorted, disjoint source ranges ``[start, end)`` of the page's article and headline.

    ``view`` is the reader's plain text of everything visible on the page; ``titles`` the
    page's ``<title>`` and ``og:title``; ``link_blocks`` the indexes of the view's blocks
    that are mostly link text. ``None``: no article found (fewer than :data:`MIN_WORDS`
    of the words matched are outside links: the extractor found nothing, a scrap, or a
    list of teasers), the caller reads the whole page.
    """
    text = extract(source)
    if not text:
        return None
    words = _Words(view)
    kept = align(words, text)
    if sum(1 for w in kept if words.block[w] not in link_blocks) < MIN_WORDS:
        return None
    ranges = _word_ranges(words, view, kept)
    head = headline_block(words, view, titles, min(kept))
    if head >= 0:
        b = view.blocks[head]
        ranges.append((view.source_map.to_source_start(b.start), view.source_map.to_source_end(b.end)))
    return _coalesce(source, _merge(ranges))
