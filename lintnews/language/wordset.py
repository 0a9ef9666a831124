"""Large sets of words, and of words with their lemmas, held as one string each.

Why not frozensets and dicts: a word kept as its own string object costs some 50-60 bytes
beyond its letters, a set or dict slot some 30 more; tens of thousands of words (the finite
verb forms, the concrete nouns, a WordNet class of people) came to megabytes, which every
worker of a long text carries (the 10 MB benchmark's peak memory passed its 120 MB target twice
when a round made every text read such a class). One sorted string holds the same words in
their letters alone, and a look-up stays quick: the span of each two-letter start is found once,
then kept, so a look-up is a dictionary look-up and a search of some hundred characters.
"""

from __future__ import annotations

__all__ = ["WordMap", "WordSet"]


class WordSet:
    """A set of lower-case words that answers ``word in words`` from one string: the words
    parted by spaces, and for each two-letter start asked about, the span from the first word
    with that start to the last (found once, then kept), so that a look-up searches some
    hundred characters, not the whole list. Building it costs nothing; sorted words keep each
    span short."""

    __slots__ = ("_spans", "_text")

    def __init__(self, line: str) -> None:
        """``line``: the words parted by single spaces (sorted, for short spans)."""
        self._text = f" {line} " if line else " "
        self._spans: dict[str, tuple[int, int]] = {}

    def _span(self, key: str) -> tuple[int, int]:
        span = self._spans.get(key)
        if span is None:
            text, head = self._text, f" {key}"
            first = text.find(head)
            if first < 0:
                span = (0, 0)
            else:
                last = text.rfind(head)
                span = (first, text.index(" ", last + 1) + 1)
            self._spans[key] = span
        return span

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or " " in word:
            return False
        if len(word) < 2:
            return f" {word} " in self._text
        first, end = self._span(word[:2])
        return first < end and self._text.find(f" {word} ", first, end) >= 0

    def __len__(self) -> int:
        return self._text.count(" ") - 1


class WordMap(WordSet):
    """``form -> lemma`` for lower-case words, from one string as :class:`WordSet` keeps it:
    each entry is the form alone when it is its own lemma ("parent") or ``form=lemma``
    ("parents=parent", "alumni=alumnus"), sorted by form. ``form in words`` asks whether the
    form is known at all."""

    __slots__ = ()

    def _find(self, word: str) -> int:
        """Where the entry of ``word`` starts (after its space), or -1."""
        if not word or " " in word or "=" in word:
            return -1
        text = self._text
        if len(word) < 2:
            first, end = 0, len(text)
        else:
            first, end = self._span(word[:2])
            if first >= end:
                return -1
        for probe in (f" {word} ", f" {word}="):
            at = text.find(probe, first, end)
            if at >= 0:
                return at + 1
        return -1

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def get(self, word: str) -> str | None:
        """The lemma of ``word``, or ``None`` when the map does not hold it."""
        at = self._find(word)
        if at < 0:
            return None
        end = self._text.index(" ", at)
        form, _eq, lemma = self._text[at:end].partition("=")
        return lemma or form

    def lemmas(self) -> frozenset[str]:
        """Every lemma (for tests and checks; a lint never needs them all)."""
        return frozenset(e.partition("=")[2] or e for e in self._text.split())

    @staticmethod
    def line(pairs: dict[str, str]) -> str:
        """The string a map of ``pairs`` (form -> lemma) is kept as (build time)."""
        return " ".join(f if f == lemma else f"{f}={lemma}" for f, lemma in sorted(pairs.items()))
