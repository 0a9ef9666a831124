"""Python regular expressions written for RE2, the linear-time engine (google-re2).

Two translations of a tree from :mod:`lintnews.util.regex_syntax`:

- :func:`exact` (house packs): the same matches as Python's ``re`` wherever RE2 can
  express them, in time linear in the text whatever the pattern. What RE2 cannot run
  in linear time is refused with a one-line reason: look-arounds, backreferences,
  conditionals, atomic groups and possessive repeats, ``\\B``, and a ``\\b`` anywhere but
  before the first or after the last word of a pattern. ``\\b`` there is written out
  (RE2's own ``\\b`` knows only ASCII letters): the character before the match is
  consumed and must not be a word character, and the words are a capturing group,
  which gives the match's real start.
- :func:`widened` (built-in packs, which keep Python's ``re``): a pattern that matches
  at least wherever the Python pattern can start a match, so that one RE2 pass finds
  every candidate position: look-arounds and word boundaries are dropped, atomic
  groups and possessive repeats become plain ones, classes RE2 would read differently
  become "any character", and a few letters that Python's case-insensitive matching
  equates beyond RE2's (the dotless i) are spelled out.

``\\w``, ``\\d`` and ``\\s`` become Unicode classes (Python's are Unicode; RE2's ASCII).
"""

from __future__ import annotations

from lintnews.util.regex_syntax import Parsed

WORD_ITEMS = r"\p{L}\p{N}_"  # Python's \w for str: str.isalnum() or "_"
DIGIT_ITEMS = r"\p{Nd}"
SPACE_ITEMS = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"  # Python's \s: str.isspace()
NONWORD = "[^" + WORD_ITEMS + "]"
_POSITIVE = {"w": WORD_ITEMS, "d": DIGIT_ITEMS, "s": SPACE_ITEMS}
# Wider classes with few ranges, for widened patterns: RE2 compiles \p{L} into hundreds of
# byte sequences, and a hundred patterns full of \s+ made a large, slow automaton.
_WIDE = {
    "w": r"0-9A-Z_a-z\x{80}-\x{10ffff}",  # (every character beyond ASCII)
    "d": r"0-9\x{80}-\x{10ffff}",
    "s": r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}-\x{3000}",  # (U+1680 to U+3000: all of them)
}
ANY = "(?s:.)"
# Letters Python's re.IGNORECASE equates with others that RE2's (?i) does not (checked
# against both engines over every code point by tests/test_regex_syntax.py).
PY_EXTRA_FOLDS = {"i": "İı", "I": "İı", "ı": "Iiİ"}
RE2_MAX_REPEAT = 1000


MAX_MEM = 256 << 20  # RE2's memory budget per program (a 100,000-term list needs more than the 8 MiB default)


def re2_options():  # type: ignore[no-untyped-def]
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


def _set_items(items: tuple, icase: bool, widen: bool, negated: bool = False) -> str | None:
    """The items of a class in RE2 syntax, or ``None`` when they hold a negated class
    escape (``\\W``, ``\\D``, ``\\S``), which an RE2 class cannot combine with others.
    (``widen``: a positive class may grow, see :data:`_WIDE`.)"""
    out = []
    for item in items:
        kind = item[0]
        if kind == "lit":
            out.append(lit(item[1]))
            if widen and icase and item[1] in PY_EXTRA_FOLDS:
                out.extend(lit(c) for c in PY_EXTRA_FOLDS[item[1]])
        elif kind == "range":
            lo, hi = item[1], item[2]
            out.append(f"{lit(lo)}-{lit(hi)}")
            if widen and icase and any(lo <= c <= hi for c in PY_EXTRA_FOLDS):
                out.append("".join(lit(c) for c in "iIİı"))
        elif item[1] in _POSITIVE:
            out.append(_WIDE[item[1]] if widen and not negated else _POSITIVE[item[1]])
        else:
            return None
    return "".join(out)


def _unfolded(items: tuple) -> str | None:
    """A positive class holding ``\\w`` or ``\\d`` (all of non-ASCII, widened) written so
    that no case folding is needed: its ASCII letters in both cases. ``None`` when that
    cannot be done simply."""
    if not any(i[0] == "cat" and i[1] in "wd" for i in items):
        return None
    out = []
    for item in items:
        if item[0] == "lit":
            ch = item[1]
            out.append(lit(ch))
            if ch.isascii() and ch.isalpha():
                out.append(lit(ch.swapcase()))
        elif item[0] == "range":
            lo, hi = item[1], item[2]
            out.append(f"{lit(lo)}-{lit(hi)}")
            if "a" <= lo <= hi <= "z" or "A" <= lo <= hi <= "Z":
                out.append(f"{lit(lo.swapcase())}-{lit(hi.swapcase())}")
            elif hi.isascii() and any(c.isalpha() for c in map(chr, range(ord(lo), ord(hi) + 1))):
                return None
        elif item[1] in _WIDE:
            out.append(_WIDE[item[1]])
        else:
            return None
    return "".join(out)


def _cased(items: tuple) -> bool:
    """Does a class hold a letter with case (where case-insensitive matching matters)?"""
    for item in items:
        if item[0] == "lit" and item[1].lower() != item[1].upper():
            return True
        if item[0] == "range" or (item[0] == "cat" and item[1] in "wW"):
            return True
    return False


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


# -- widened (built-in packs) ---------------------------------------------------------------


def widened(parsed: Parsed, icase: bool, budget: int | None = None) -> str:
    """An RE2 pattern matching at least wherever ``parsed`` can start a match (see the
    module docstring).

    With a ``budget``, only a prefix of the pattern is written: about ``budget``
    characters of it, never past a repeat of more than one character or a long count.
    Every match of the pattern starts with a match of that prefix, and RE2's automaton
    for a hundred prefixes stays small (whole patterns, with their ``[^.\\n]{0,60}`` and
    alternatives after repeats, made it build thousands of states on a long text)."""
    body = None
    if budget is not None:
        for literal in (True, False):
            prefix, _left, _cut, shortest = _prefix_alt(parsed.tree, budget, literal)
            if shortest:  # (a prefix that may be empty would make every position a candidate)
                body = prefix
                break
    if body is None:
        body = _wide_alt(parsed.tree)
    return ("(?i:" if icase else "(?-i:") + body + ")"


def _wide_alt(alt: tuple) -> str:
    return "|".join("".join(_wide(n) for n in seq) for seq in alt[1])


def _wide(node: tuple) -> str:
    kind = node[0]
    if kind == "lit":
        ch, icase = node[1], node[2]
        if icase and ch in PY_EXTRA_FOLDS:
            return "[" + lit(ch) + "".join(lit(c) for c in PY_EXTRA_FOLDS[ch]) + "]"
        return lit(ch)
    if kind == "any":
        return ANY if node[1] else "."
    if kind == "cat":
        letter = node[1]
        if letter in _WIDE:  # (no case folding: it would add every letter's other case)
            return "(?-i:[" + _WIDE[letter] + "])"
        if letter == "S":
            return r"(?-i:[^\t-\r\x{1c}-\x{20}])"
        return ANY  # \W, \D: RE2's Unicode tables are newer than Python's; any character is safe
    if kind == "set":
        _, negated, items, icase = node
        body = _set_items(items, icase, widen=True, negated=negated)
        if body is None:
            return ANY
        if negated:
            if icase and _cased(items):
                return ANY
            if any(i[0] == "cat" and i[1] in "wd" for i in items):
                return ANY  # (the complement of a wider class would be narrower)
            return "[^" + body + "]"
        unfolded = _unfolded(items) if icase and any(i[0] == "cat" for i in items) else None
        if unfolded is not None:  # (a wide class, written without case folding: see above)
            return "(?-i:[" + unfolded + "])"
        return "[" + body + "]"
    if kind == "at":
        what = node[1]
        if what == "^":
            return "(?m:^)" if node[2] else r"\A"
        if what == "$":
            return "(?m:$)"  # (Python's $ also matches before a final line break)
        if what == "A":
            return r"\A"
        if what == "Z":
            return r"\z"
        return ""  # \b, \B
    if kind == "group":
        return ("(?i:" if node[2] else "(?-i:") + _wide_alt(node[3]) + ")"
    if kind == "look":
        return ""
    if kind == "atomic":
        return "(?:" + _wide_alt(node[1]) + ")"
    if kind == "rep":
        _, lo, hi, _mode, inner = node
        body = _wide(inner)
        if not body:
            return ""
        lo = min(lo, RE2_MAX_REPEAT)
        if hi is not None and hi > RE2_MAX_REPEAT:
            hi = None
        return "(?:" + body + ")" + _quantifier(lo, hi)
    raise Untranslatable(f"{kind} is not supported in a built-in pattern")


_SINGLE = ("lit", "any", "cat", "set")


def _prefix_alt(alt: tuple, budget: int, literal: bool = False) -> tuple[str, int, bool, int]:
    """A prefix of each alternative: (source, the most budget left over the alternatives,
    was any cut short, the fewest characters a match of it holds)."""
    parts = []
    left = 0
    cut = False
    shortest = None
    for seq in alt[1]:
        source, b, c, n = _prefix_seq(seq, budget, literal)
        parts.append(source)
        left = max(left, b)
        cut = cut or c
        shortest = n if shortest is None else min(shortest, n)
    return "|".join(parts), left, cut, shortest or 0


def _one_character(node: tuple) -> bool:
    """Does ``node`` always match exactly one character (``[^.!?\\n]|(?<=\\d)\\.``)?"""
    if node[0] in _SINGLE:
        return True
    if node[0] == "group":
        for seq in node[3][1]:
            wide = [n for n in seq if n[0] not in ("at", "look")]
            if len(wide) != 1 or not _one_character(wide[0]):
                return False
        return True
    return False


def _loose(node: tuple) -> str:
    """``node`` widened, with every repeat count dropped (``x{0,60}`` as ``x*``): RE2's
    automaton for counted repeats holds a state per count."""
    kind = node[0]
    if kind == "rep":
        _, lo, _hi, _mode, inner = node
        body = _loose(inner)
        return "(?:" + body + ")" + ("+" if lo else "*") if body else ""
    if kind == "group":
        return ("(?i:" if node[2] else "(?-i:") + _loose_alt(node[3]) + ")"
    if kind == "atomic":
        return "(?:" + _loose_alt(node[1]) + ")"
    return _wide(node)


def _loose_alt(alt: tuple) -> str:
    return "|".join("".join(_loose(n) for n in seq) for seq in alt[1])


def _literal_character(node: tuple) -> bool:
    """A character of a word ("a", ``['’]``, ``[-\\s]``, ``\\s``): what an automaton for a
    hundred prefixes can hold cheaply (a class of letters or of everything cannot)."""
    kind = node[0]
    if kind == "lit":
        return True
    if kind == "cat":
        return node[1] == "s"
    if kind == "set":
        return not node[1] and len(node[2]) <= 8 and all(
            i[0] == "lit" or i == ("cat", "s") for i in node[2]
        )
    return False


def _prefix_seq(seq: list, budget: int, literal: bool = False) -> tuple[str, int, bool, int]:
    """The first ``budget`` characters' worth of a sequence, loosened (see :func:`_loose`);
    what may be absent (``x?``, ``x*``) is written whole and costs nothing. ``literal``:
    stop before anything but the characters of words (see :func:`_literal_character`)."""
    out: list[str] = []
    shortest = 0
    for node in seq:
        if budget <= 0:
            return "".join(out), budget, True, shortest
        kind = node[0]
        if kind in _SINGLE:
            if literal and not _literal_character(node):
                return "".join(out), budget, True, shortest
            out.append(_wide(node))
            budget -= 1
            shortest += 1
        elif kind in ("at", "look"):
            out.append(_wide(node))
        elif kind in ("group", "atomic"):
            alt = node[3] if kind == "group" else node[1]
            source, budget, cut, n = _prefix_alt(alt, budget, literal)
            out.append(("(?i:" if kind == "group" and node[2] else "(?-i:" if kind == "group" else "(?:")
                       + source + ")")
            shortest += n
            if cut:
                return "".join(out), budget, True, shortest
        elif kind == "rep":
            lo, inner = node[1], node[4]
            if literal and not (inner[0] in _SINGLE and _literal_character(inner)):
                if lo == 0:
                    whole, _b, cut, _n = _prefix_seq([inner], 1 << 30, literal)
                    if cut:
                        return "".join(out), budget, True, shortest
                    out.append("(?:" + whole + ")*")
                    continue
                source, budget, _cut, n = _prefix_seq([inner], budget, literal)
                out.append("(?:" + source + ")")
                return "".join(out), budget, True, shortest + n
            if not lo:
                out.append(_loose(node))
            elif _one_character(inner):
                out.append(_loose(node))
                budget -= 1
                shortest += 1
            else:  # one time through, then whatever follows is cut
                source, budget, _cut, n = _prefix_seq([inner], budget, literal)
                out.append("(?:" + source + ")")
                return "".join(out), budget, True, shortest + n
        else:
            raise Untranslatable(f"{kind} is not supported in a built-in pattern")
    return "".join(out), budget, False, shortest


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
        body = _set_items(items, icase, widen=False)
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
