"""Python's case-insensitive matching, one character at a time, with public string methods.

``re.IGNORECASE`` (on ``str`` patterns) equates two characters when their simple lower
cases are equal, or when Python lists them as extra equivalents (the dotless i and i,
the long s and s, Greek letter variants...). :func:`fold` maps every character to one
representative of its class, so that two strings match case-insensitively, character
for character, exactly when their folds are equal. Word lists are matched this way
(see :mod:`lintnews.matching.terms`), without a regular expression.

The table below is Python's own list (kept in a private module of ``re``, so copied
here); ``tests/test_regex_syntax.py`` checks it against ``re`` itself on every
supported Python.
"""

from __future__ import annotations

from lintnews.util.lazyregex import LazyRegex

# Classes of characters re.IGNORECASE equates beyond str.lower() (each written lower case).
EXTRA_CASE_CLASSES = (
    "i\u0131", "s\u017f", "\u0432\u1c80", "\u0434\u1c81", "\u043e\u1c82", "\u0441\u1c83",
    "\u0442\u1c84\u1c85", "\u044a\u1c86", "\u0463\u1c87", "\ua64b\u1c88", "\u1e61\u1e9b",
    "\u0345\u03b9\u1fbe", "\u0390\u1fd3", "\u03b0\u1fe3", "\u03b2\u03d0", "\u03b5\u03f5",
    "\u03b8\u03d1", "\u03ba\u03f0", "\u03bc\u00b5", "\u03c0\u03d6", "\u03c1\u03f1",
    "\u03c2\u03c3", "\u03c6\u03d5", "\ufb05\ufb06",
)
# Python's \s (str.isspace()): every character a "\s" in a pattern matches.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
              + "\u2028\u2029\u202f\u205f\u3000")

CANONICAL = {ord(c): ord(min(cls)) for cls in EXTRA_CASE_CLASSES for c in cls if c != min(cls)}
# the characters fold() maps beyond str.lower() (all beyond ASCII): most texts hold none
_ODD = LazyRegex("[" + "".join(map(chr, CANONICAL)) + "]")


def fold(text: str) -> str:
    """``text`` with each character replaced by the representative of its ``re.IGNORECASE``
    class; the same length as ``text`` (the capital dotted I, whose ``str.lower()`` is two
    characters, folds to its simple lower case, i)."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    low = text.lower()
    return low if _ODD.search(low) is None else low.translate(CANONICAL)
