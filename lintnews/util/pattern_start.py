"""Where a pattern's matches start: what :mod:`lintnews.util.regex_words` reads from a
pattern, and what the matcher indexes (a module of its own: a run that takes the starts
from the built-in packs' plan need not import the pattern reader)."""

from __future__ import annotations

# In the formulas of words a pattern's matches hold (:func:`lintnews.util.regex_words.
# required_words`, shipped in the plan beside each pattern's start), the word for "a decimal
# digit, any script's" (no word of text holds a NUL): a price, a date or a count needs one,
# which a short text (a headline, one line) often lacks
DIGIT = "\x00d"


class Start:
    """Where and with which literal text a pattern's matches start.

    ``words``: the literal prefixes every match starts with (up to two words, case-folded,
    white space as one space, hyphens as "-" and apostrophes as "'": "is widely", "it's",
    "50% off"); ``None`` for a pattern that only starts at line starts with no prefix
    known. ``after_blanks``: a match may also start at a line start, spaces or tabs
    before the prefix. ``where``: ``"word"`` when a match starts only where no letter or
    digit comes before it, ``"case"`` also where a lower-case letter is followed by a
    capital inside a word ("differenceYour"), ``"line"`` only at line starts,
    ``"anywhere"``. ``after``: the marks a leading ``(?<=[$£€])`` requires before it.
    ``before``: look-behinds one of which holds before every match that does not start the
    text, when the pattern says (a sentence's start: ``"(?<=[.!?] )"``, a line's), else
    ``None``: what lets the prefilter try a sentence opener's prefix ("at" of "At Acme, we")
    only after a stop or a line break, not after every space. ``spaced``: the prefixes of
    ``words`` that every match starting with them follows with white space ("be" of
    ``\\b(?:is|be)\\s+\\w+ly``: not found at "because")."""

    __slots__ = ("_words", "after", "after_blanks", "before", "prefixless", "spaced", "where")

    def __init__(self, words: frozenset[str] | tuple[str, ...] | str | None, after_blanks: bool, where: str,
                 after: str | None = None, before: tuple[str, ...] | None = None,
                 spaced: frozenset[str] | tuple[str, ...] = ()) -> None:
        # (``words`` may come packed, as the plan ships them: see :func:`pack`)
        self._words = words
        self.prefixless = words is None  # (``words is None``, without unpacking them)
        self.after_blanks = after_blanks
        self.where = where
        self.after = after
        self.before = before
        self.spaced = spaced

    @property
    def words(self) -> frozenset[str] | tuple[str, ...] | None:
        """The prefixes (unpacked on first use: most of a short check's starts never need them)."""
        words = self._words
        if isinstance(words, str):
            words = self._words = unpack(words)
        return words

    def __repr__(self) -> str:  # (for test failures)
        shown = None if self.words is None else sorted(self.words)
        more = "" if self.before is None else f", before={self.before!r}"
        more += f", spaced={sorted(self.spaced)!r}" if self.spaced else ""
        return f"Start({shown!r}, after_blanks={self.after_blanks}, where={self.where!r}, after={self.after!r}{more})"

    def data(self) -> tuple:
        """As plain data (for the built-in packs' plan)."""
        return (None if self.words is None else tuple(sorted(self.words)), self.after_blanks, self.where,
                self.after, self.before, tuple(sorted(self.spaced)))

    @classmethod
    def from_data(cls, data: tuple) -> Start:
        # (the words as the plan keeps them, a sorted tuple, or packed (:func:`pack`): they are
        # only ever gone through, and a set of the ten thousand prefixes would be made for
        # nothing at each start)
        return cls(*data)


# A prefix never holds a line break (white space in it is one space): the plan ships a
# sorted tuple of prefixes as one string of them joined by line breaks. Python then loads
# one string from the byte code instead of thousands (some 19,000 prefixes in all: about
# half of what loading the plan took), and they are split only where they are needed.
_SEPARATOR = "\n"


def pack(words: tuple[str, ...]) -> str:
    """``words`` (sorted, none of them with a line break) as one string."""
    assert all(w and _SEPARATOR not in w for w in words), "an empty prefix, or one with a line break, cannot be packed"
    return _SEPARATOR.join(words)


def unpack(packed: str) -> tuple[str, ...]:
    """The words :func:`pack` joined."""
    return tuple(packed.split(_SEPARATOR)) if packed else ()


# A formula of the words a pattern's matches hold (``regex_words.required_words``: a word,
# or ``("&" | "|", formula, ...)``) as the plan ships it: one string of tokens, a word
# written "w" + word, an operator with the number of its parts ("&2"), in prefix order.
# Python then loads 400 strings from the byte code, not 4,000 strings and tuples (half of
# the words looking like names, which it interns one by one), and a check decodes only
# the formulas of the patterns it meets.
_TOKEN = "\x1f"


def pack_formula(formula: str | tuple) -> str:
    """``formula`` as one string (no word of it holds the token separator)."""
    if isinstance(formula, str):
        assert _TOKEN not in formula, "a word with the token separator cannot be packed"
        return "w" + formula
    return _TOKEN.join((f"{formula[0]}{len(formula) - 1}", *map(pack_formula, formula[1:])))


def unpack_formula(packed: str) -> str | tuple:
    """The formula :func:`pack_formula` wrote."""
    tokens = iter(packed.split(_TOKEN))

    def read() -> str | tuple:
        token = next(tokens)
        if token[0] == "w":
            return token[1:]
        return (token[0], *[read() for _ in range(int(token[1:]))])

    return read()
