"""Python regular expressions written for RE2, the linear-time engine (google-re2).

:func:`exact` translates a house pattern's tree (from :mod:`lintnews.util.regex_syntax`)
into an RE2 pattern with the same matches as Python's ``re``, which RE2 then runs in
time linear in the text whatever the pattern. What RE2 cannot run in linear time is
refused with a one-line reason: look-arounds, backreferences, conditionals, atomic
groups and possessive repeats, ``\\B``, and a ``\\b`` anywhere but before the first or
after the last word of a pattern. ``\\b`` there is written out (RE2's own ``\\b`` knows
only ASCII letters): the character before the match is consumed and must not be a
word character, and the words are a capturing group, which gives the match's real
start. ``\\w``, ``\\d`` and ``\\s`` become Unicode classes (Python's are Unicode; RE2's
ASCII).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lintnews.util.regex_syntax import Parsed

if TYPE_CHECKING:
    import re2

WORD_ITEMS = r"\p{L}\p{N}_"  # Python's \w for str: str.isalnum() or "_"
DIGIT_ITEMS = r"\p{Nd}"
SPACE_ITEMS = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"  # Python's \s: str.isspace()
NONWORD = "[^" + WORD_ITEMS + "]"
_POSITIVE = {"w": WORD_ITEMS, "d": DIGIT_ITEMS, "s": SPACE_ITEMS}
ANY = "(?s:.)"
# Letters Python's re.IGNORECASE equates with others that RE2's (?i) does not (checked
# against both engines over every code point by tests/test_regex_syntax.py).
PY_EXTRA_FOLDS = {"i": "İı", "I": "İı", "ı": "Iiİ"}
RE2_MAX_REPEAT = 1000


MAX_MEM = 256 << 20  # RE2's memory budget per program (a 100,000-term list needs more than the 8 MiB default)


def re2_options() -> re2.Options:
    """Options for every RE2 program lintnews builds: no logging to stderr (errors are
    reported in one line by the caller) and room for large word lists."""
    import re2

    opts = re2.Options()
    opts.max_mem = MAX_MEM
    opts.log_errors = False
    return opts


def error_text(exc: Exception) -> str:
    """RE2's error message as text (the wrapper gives it as bytes)."""
    arg = exc.args[0] if exc.args else ""
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


class Untranslatable(ValueError):
    """A construct RE2 cannot run in linear time; the message says what to write instead."""


def lit(ch: str) -> str:
    """One character as an RE2 literal (also valid inside a class)."""
    if ch.isascii() and not ch.isalnum():
        return f"\\x{{{ord(ch):x}}}"
    if not ch.isprintable():
        return f"\\x{{{ord(ch):x}}}"
    return ch


def _set_items(items: tuple) -> str | None:
    """The items of a class in RE2 syntax, or ``None`` when they hold a negated class
    escape (``\\W``, ``\\D``, ``\\S``), which an RE2 class cannot combine with others."""
    out = []
    for item in items:
        kind = item[0]
        if kind == "lit":
            out.append(lit(item[1]))
        elif kind == "range":
            out.append(f"{lit(item[1])}-{lit(item[2])}")
        elif item[1] in _POSITIVE:
            out.append(_POSITIVE[item[1]])
        else:
            return None
    return "".join(out)


def nullable(node: tuple) -> bool:
    """Can ``node`` match the empty string (somewhere)?"""
    kind = node[0]
    if kind in ("lit", "any", "cat", "set"):
        return False
    if kind == "alt":
        return any(all(nullable(n) for n in seq) for seq in node[1])
    if kind == "group":
        return nullable(node[3])
    if kind in ("atomic",):
        return nullable(node[1])
    if kind == "rep":
        return node[1] == 0 or nullable(node[4])
    return True  # anchors, look-arounds, backreferences (maybe empty), conditionals


def _quantifier(lo: int, hi: int | None) -> str:
    if (lo, hi) == (0, None):
        return "*"
    if (lo, hi) == (1, None):
        return "+"
    if (lo, hi) == (0, 1):
        return "?"
    if hi is None:
        return f"{{{lo},}}"
    return f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"


# -- exact (house packs) ----------------------------------------------------------------------

_NO_LOOK = ("has a look-around ((?=...), (?!...), (?<=...) or (?<!...)), which cannot run in linear time: "
            "drop it, or move what it excludes to the rule's exceptions")


class Exact:
    """An exact RE2 translation: the source, and where the match's words are.

    ``groups`` is 0 when the whole match is the hit. Otherwise (a ``\\b`` written out) each
    alternative is a capturing group and the hit is whichever took part; ``first`` is
    the pattern for the text's start and ``rest`` the one for every later position
    (it consumes the character before the words), used after the first hit."""

    __slots__ = ("groups", "rest", "source")

    def __init__(self, source: str, rest: str, groups: int) -> None:
        self.source = source
        self.rest = rest
        self.groups = groups


def exact(parsed: Parsed | list[Parsed], icase: bool) -> Exact:
    """The RE2 program for a house pattern, or for several tried in order (a rule's
    patterns); raises :class:`Untranslatable`."""
    trees = parsed if isinstance(parsed, list) else [parsed]
    branches = [b for p in trees for b in _flatten(p.tree, icase)]
    parts = []
    edged = False
    for seq, case in branches:
        lead = trail = False
        while seq and seq[0][0] == "at" and seq[0][1] == "b":
            lead, seq = True, seq[1:]
        while seq and seq[-1][0] == "at" and seq[-1][1] == "b":
            trail, seq = True, seq[:-1]
        body = ("(?i:" if case else "(?-i:") + "".join(_exact(n) for n in seq) + ")"
        if all(nullable(n) for n in seq):
            raise Untranslatable("matches the empty string")
        if lead and not _edge_word(seq, 0):
            raise Untranslatable(r"has \b before something that may not be a letter, digit or _ "
                                 "(a house pattern may have \\b only before its first word or after its last)")
        if trail and not _edge_word(seq, -1):
            raise Untranslatable(r"has \b after something that may not be a letter, digit or _ "
                                 "(a house pattern may have \\b only before its first word or after its last)")
        edged = edged or lead or trail
        parts.append((body, lead, trail))
    if not edged:
        source = "|".join(body for body, _, _ in parts)
        return Exact(source, source, 0)
    after = "(?:" + NONWORD + r"|\z)"
    first = "|".join(f"({body}){after if trail else ''}" for body, _, trail in parts)
    rest = "|".join(
        f"{NONWORD if lead else ANY}({body}){after if trail else ''}" for body, lead, trail in parts
    )
    return Exact(rf"\A(?:{first})|(?:{rest})", rest, len(parts))


def _flatten(alt: tuple, icase: bool) -> list[tuple[list, bool]]:
    """The top-level alternatives, looking through groups that wrap a whole alternative."""
    out = []
    for seq in alt[1]:
        if len(seq) == 1 and seq[0][0] == "group" and not seq[0][1]:
            out.extend(_flatten(seq[0][3], seq[0][2]))
        else:
            out.append((list(seq), icase))
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _edge_word(seq: list, side: int) -> bool:
    """Does every match of ``seq`` start (``side`` 0) or end (-1) with a word character?
    (Conservative: ``False`` when unsure.)"""
    if not seq:
        return False
    node = seq[side]
    rest = seq[1:] if side == 0 else seq[:-1]
    kind = node[0]
    if kind == "lit":
        return _word_char(node[1])
    if kind == "cat":
        return node[1] in "wd"
    if kind == "set":
        if node[1]:  # [^\W...]: only word characters are left
            return any(item == ("cat", "W") for item in node[2])
        return all(_word_item(item) for item in node[2])
    if kind == "group":
        return all(
            _edge_word(list(b) + rest if side == 0 else rest + list(b), side) for b in node[3][1]
        )
    if kind == "rep":
        lo, inner = node[1], node[4]
        if lo >= 1 and not nullable(inner):
            return _edge_word([inner], side)
        return _edge_word([inner], side) and _edge_word(rest, side)
    if kind == "at":  # (zero width: the character is the next one's)
        return _edge_word(rest, side)
    return False


def _word_item(item: tuple) -> bool:
    if item[0] == "lit":
        return _word_char(item[1])
    if item[0] == "range":
        lo, hi = ord(item[1]), ord(item[2])
        return hi - lo < 4096 and all(_word_char(chr(c)) for c in range(lo, hi + 1))
    return item[1] in "wd"


def _exact_alt(alt: tuple) -> str:
    return "|".join("".join(_exact(n) for n in seq) for seq in alt[1])


def _exact(node: tuple) -> str:
    kind = node[0]
    if kind == "lit":
        return lit(node[1])
    if kind == "any":
        return ANY if node[1] else "."
    if kind == "cat":
        letter = node[1]
        if letter in _POSITIVE:
            return "[" + _POSITIVE[letter] + "]"
        return "[^" + _POSITIVE[letter.lower()] + "]"
    if kind == "set":
        _, negated, items, icase = node
        body = _set_items(items)
        if body is None:
            return _enumerated(negated, items, icase)
        return ("[^" if negated else "[") + body + "]"
    if kind == "at":
        what = node[1]
        if what == "^":
            return "(?m:^)" if node[2] else r"\A"
        if what == "$":
            if node[2]:
                return "(?m:$)"
            raise Untranslatable("has $ outside multi-line mode, which also matches before a final line "
                                 r"break: write (?m:$) for the end of a line or \Z for the end of the text")
        if what == "A":
            return r"\A"
        if what == "Z":
            return r"\z"
        if what == "B":
            raise Untranslatable(r"has \B, which cannot run in linear time with Unicode letters")
        raise Untranslatable(r"has \b inside: a house pattern may have \b only before its first word "
                             "or after its last")
    if kind == "group":
        if node[1]:
            raise Untranslatable("has capturing groups; use (?:...)")
        return ("(?i:" if node[2] else "(?-i:") + _exact_alt(node[3]) + ")"
    if kind == "look":
        raise Untranslatable(_NO_LOOK)
    if kind == "atomic":
        raise Untranslatable("has an atomic group (?>...): write (?:...) instead")
    if kind == "backref":
        raise Untranslatable("has a backreference, which cannot run in linear time")
    if kind == "cond":
        raise Untranslatable("has a conditional group (?(...)...), which cannot run in linear time")
    if kind == "rep":
        _, lo, hi, mode, inner = node
        if mode == "+":
            raise Untranslatable("has a possessive repeat (*+, ++ or ?+): drop the last +")
        if lo > RE2_MAX_REPEAT or (hi is not None and hi > RE2_MAX_REPEAT):
            raise Untranslatable(f"has a repeat count above {RE2_MAX_REPEAT} (the most RE2 allows)")
        body = _exact(inner)
        q = _quantifier(lo, hi)
        return "(?:" + body + ")" + q + ("?" if mode == "?" else "")
    raise Untranslatable(f"{kind} is not supported")  # pragma: no cover - every kind is above


_ALL_CHARACTERS: str | None = None


def _enumerated(negated: bool, items: tuple, icase: bool) -> str:
    """A class RE2 cannot write directly (``[^\\W\\d_]``: a negated class escape among other
    items), as the ranges of code points Python's ``re`` puts in it."""
    import re

    global _ALL_CHARACTERS
    if _ALL_CHARACTERS is None:
        _ALL_CHARACTERS = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    parts = []
    for item in items:
        if item[0] == "lit":
            parts.append(re.escape(item[1]))
        elif item[0] == "range":
            parts.append(f"{re.escape(item[1])}-{re.escape(item[2])}")
        else:
            parts.append("\\" + item[1])
    cls = re.compile(("[^" if negated else "[") + "".join(parts) + "]", re.IGNORECASE if icase else 0)
    codes = [ord(c) for c in cls.findall(_ALL_CHARACTERS)]
    if not codes:
        raise Untranslatable("the character class matches nothing")
    ranges = []
    lo = prev = codes[0]
    for c in codes[1:]:
        if c != prev + 1:
            ranges.append((lo, prev))
            lo = c
        prev = c
    ranges.append((lo, prev))
    body = "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges)
    return "(?-i:[" + body + "])"
