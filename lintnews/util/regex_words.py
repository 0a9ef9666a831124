"""The first word a match of a pattern must start with, read from its tree.

The matcher tries a built-in pattern at a candidate position only when the word that
starts there can begin one of its matches: "sources" for ``\\bsources\\s+close``, "is"
or "was" for ``\\b(?:is|was)\\s+believed``. :func:`first_words` works that out from the
tree of :mod:`lintnews.util.regex_syntax` (never from ``re``'s private parser), and
only ever over-approximates: a pattern it cannot describe is reported as ``None``
(tried at every candidate).

Prefixes are case-folded as Python's ``re.IGNORECASE`` folds text
(:func:`lintnews.util.casefold.fold`), even in a case-sensitive pattern: the text is
compared folded too, which finds a little more, never less.
"""

from __future__ import annotations

from lintnews.util.casefold import CANONICAL, fold
from lintnews.util.pattern_start import DIGIT, Start

__all__ = ["DIGIT", "Start", "first_words", "longest_match", "required_marks", "required_words"]

_MAX_WORDS = 256  # literal spellings kept before giving up on a pattern
_MAX_CLASS = 12  # letters of a class spelled out ([sz]: two spellings)


_RANK = {"line": 0, "word": 1, "case": 2, "anywhere": 3}


def first_words(tree: tuple) -> Start | None:
    """The start of every match of a parsed pattern (see :class:`Start`), or ``None`` when
    it cannot be told (the pattern may start anywhere)."""
    starts = []
    for seq in _branches(tree):
        start = _seq_start(list(seq))
        if start is None:
            return None
        starts.append(start)
    if not starts:
        return None
    where = max((s.where for s in starts), key=_RANK.__getitem__)
    if any(s.words is None for s in starts):
        if where != "line":
            return None
        return Start(None, any(s.after_blanks for s in starts), "line")
    words = frozenset(w for s in starts for w in s.words)  # type: ignore[union-attr]
    afters = {s.after for s in starts}
    before = None
    if all(s.before is not None for s in starts):
        before = tuple(sorted({b for s in starts for b in s.before}))  # type: ignore[union-attr]
    # (a prefix followed by white space in every branch that starts with it)
    spaced = {w for s in starts for w in s.spaced}
    spaced.difference_update(w for s in starts for w in s.words if w not in s.spaced)  # type: ignore[union-attr]
    return Start(words, any(s.after_blanks for s in starts), where, afters.pop() if len(afters) == 1 else None,
                 before, frozenset(spaced))


def _branches(alt: tuple) -> list:
    """Top-level alternatives, looking through groups that wrap a whole alternative."""
    out = []
    for seq in alt[1]:
        if len(seq) == 1 and seq[0][0] == "group":
            out.extend(_branches(seq[0][3]))
        else:
            out.append(seq)
    return out


def _zero_width(node: tuple) -> bool:
    """Consumes nothing: an anchor, a look-around, or a group of them (``(?m:^)``)."""
    if node[0] in ("at", "look"):
        return True
    return node[0] == "group" and all(all(_zero_width(n) for n in b) for b in node[3][1])


def _blank_class(node: tuple) -> bool:
    """``[ \\t]``, ``\\s``, `` ``: white space only."""
    if node[0] == "lit":
        return node[1] in " \t"
    if node[0] == "cat":
        return node[1] == "s"
    if node[0] == "set" and not node[1]:
        return all((i[0] == "lit" and i[1].isspace()) or i == ("cat", "s") for i in node[2])
    return False


def _guard_of(node: tuple) -> str | None:
    """What a zero-width item says about where a match starts: ``"line"`` (a line start),
    ``"word"`` (no letter or digit before it), ``"case"`` (half of a case change), ``None``."""
    kind = node[0]
    if kind == "at":
        return "line" if node[1] in ("^", "A") else "word" if node[1] == "b" else None
    if kind == "look":
        behind, negative, alt = node[1], node[2], node[3]
        if not behind or len(alt[1]) != 1 or not alt[1][0]:
            return None
        last = alt[1][0][-1]
        if negative:
            # (?<![\w'’-]), (?<![A-Za-z0-9]): no word character before
            if len(alt[1][0]) == 1 and last[0] == "set" and not last[1] and _covers_word(last[2]):
                return "word"
            return None
        if last[0] == "at" and last[1] in ("^", "A"):
            return "line"  # (?<=^)
        if last[0] == "lit" and not (last[1].isalnum() or last[1] == "_"):
            return "word"
        if last[0] == "cat" and last[1] in "sW":
            return "word"
        if last[0] == "set" and not last[1]:
            if all(i[0] == "lit" and not (i[1].isalnum() or i[1] == "_") for i in last[2]) or all(
                i == ("cat", "s") for i in last[2]
            ):
                return "word"
            if all(i[0] == "range" and i[1] == "a" and i[2] == "z" for i in last[2]):
                return "case"  # (?<=[a-z]), with a capital after: glued texts
        return None
    if kind == "group":
        kinds = set()
        for branch in node[3][1]:
            branch_kind = _lead_kind(list(branch))
            if branch_kind is None:
                return None
            kinds.add(branch_kind)
        return max(kinds, key=_RANK.__getitem__) if kinds else None
    return None


def _covers_word(items: tuple) -> bool:
    if ("cat", "w") in items:
        return True
    ranges = {(i[1], i[2]) for i in items if i[0] == "range"}
    return ("a", "z") in ranges and ("A", "Z") in ranges


def _lead_kind(seq: list) -> str | None:
    """The strongest guarantee a run of zero-width items gives (``None``: no guarantee)."""
    best = None
    for node in seq:
        kind = _guard_of(node) if _zero_width(node) else None
        if kind is not None and (best is None or _RANK[kind] < _RANK[best]):
            best = kind
    return best


def _lead(seq: list) -> tuple[int, bool, str | None] | None:
    """The leading items of ``seq`` that only guard where a match starts (zero-width items,
    and blanks after a line anchor): how many, whether blanks may come first, and where a
    match may start (see :class:`Start`); ``None`` when blanks may come first anywhere."""
    i = 0
    blanks = False
    where: str | None = None
    while i < len(seq):
        node = seq[i]
        if _zero_width(node):
            kind = _guard_of(node)
            if kind is not None and (where is None or _RANK[kind] < _RANK[where]):
                where = kind
        elif node[0] == "rep" and node[1] == 0 and _blank_class(node[4]):
            if where != "line":
                return None
            blanks = True
        elif node[0] == "group":
            leads = [_lead(list(b)) for b in node[3][1]]
            if any(x is None for x in leads):
                return None
            if not all(x[0] == len(b) for x, b in zip(leads, node[3][1], strict=True)):  # type: ignore[index]
                break  # (a group of words, not a guard)
            blanks = blanks or any(x[1] for x in leads)  # type: ignore[index]
            kinds = [x[2] for x in leads]  # type: ignore[index]
            group_where = None if None in kinds else max(kinds, key=_RANK.__getitem__)  # type: ignore[arg-type]
            if group_where is not None and (where is None or _RANK[group_where] < _RANK[where]):
                where = group_where
        else:
            break
        i += 1
    return i, blanks, where


def _seq_start(seq: list) -> Start | None:
    lead = _lead(seq)
    if lead is None:
        return None
    i, after_blanks, where = lead
    words = _words(seq[i:])
    if words:
        return Start(frozenset(words), after_blanks, where or "anywhere", _after_marks(seq[:i]), _before(seq[:i]),
                     _spaced(seq[i:], words))
    if where == "line":
        return Start(None, after_blanks, "line")
    return None


# What comes right before a match that starts at a line start, blanks allowed after it: a
# newline, or a blank after a newline or another blank (the text's own start aside).
LINE_BEFORE = (r"(?<=\n)", r"(?<=[\n\t ][\t ])")
# the characters case-insensitive matching folds others into (see lintnews.util.casefold)
_FOLD_TARGETS = frozenset(map(chr, CANONICAL.values()))


def _before(lead: list) -> tuple[str, ...] | None:
    """What may come right before a match, as its lead (the zero-width items and blanks
    :func:`_lead` counted) says: look-behinds on the last one or two characters, one of which
    holds before every match not at the text's start (a superset: "(?<=[.!?] )" for a
    sentence's start, a newline or blanks for a line's); ``None`` when the lead does not
    say (a word boundary, a class of letters)."""
    reps = [n for n in lead if n[0] == "rep"]
    if reps:
        # blanks before the prefix: only a line start says what comes before them all
        if all(_tab_or_space(n[4]) for n in reps) and any(_line_anchor(n) for n in lead):
            return LINE_BEFORE
        return None
    for node in lead:
        found = _node_before(node)
        if found is not None:
            return found
    return None


def _node_before(node: tuple) -> tuple[str, ...] | None:
    kind = node[0]
    if _line_anchor(node):
        return LINE_BEFORE
    if kind == "look":
        behind, negative, alt = node[1], node[2], node[3]
        if not behind or negative:
            return None
        found = set()
        for branch in alt[1]:
            last = _mark_class(branch[-1]) if branch else None
            if last is None:
                word = _word_before(branch)
                if word is None:
                    return None
                found.add(word)
                continue
            second = _mark_class(branch[-2]) if len(branch) > 1 else None
            found.add(f"(?<={second or ''}{last})")
        return tuple(sorted(found))
    if kind == "group":
        found = set()
        for branch in node[3][1]:
            sub = _before(list(branch)) if all(_zero_width(n) or n[0] == "rep" for n in branch) else None
            if sub is None:
                return None
            found.update(sub)
        return tuple(sorted(found)) if found else None
    return None


def _word_before(branch: list) -> str | None:
    """A look-behind's branch that is one word of plain letters and white space after it
    (``\\bsome\\s`` of ``(?<=\\bsome\\s)``: "some in the party were convinced"), as the
    look-behind :attr:`Start.before` writes for it, lower case (the prefilter reads folded text,
    the matcher's guard is case-blind: a superset of a case-sensitive pattern's); ``None`` for
    anything else. A pattern whose matches follow one of a few words starts at a common
    word ("in", "of") that is worth trying only after them."""
    if len(branch) < 3 or branch[0] != ("at", "b", False) or branch[-1] != ("cat", "s"):
        return None
    letters = branch[1:-1]
    if not all(n[0] == "lit" and n[1].isascii() and n[1].isalpha() for n in letters):
        return None
    return "(?<=\\b" + "".join(n[1] for n in letters).lower() + "\\s)"


def _line_anchor(node: tuple) -> bool:
    """``^`` (``(?m:^)``, ``\\A``): a line start (the text's start is one)."""
    if node[0] == "at":
        return node[1] in ("^", "A")
    return node[0] == "group" and bool(node[3][1]) and all(
        branch and all(_line_anchor(n) for n in branch) for branch in node[3][1])


def _tab_or_space(node: tuple) -> bool:
    if node[0] == "lit":
        return node[1] in " \t"
    return node[0] == "set" and not node[1] and bool(node[2]) and all(
        i[0] == "lit" and i[1] in " \t" for i in node[2])


def _mark_class(node: tuple) -> str | None:
    """One character that is a mark or a blank (no letter, digit or anything case folding
    could turn it into), as a class; ``None`` for anything else."""
    if node[0] == "lit":
        chars = [node[1]]
    elif node[0] == "set" and not node[1] and node[2] and all(i[0] == "lit" for i in node[2]):
        chars = sorted({i[1] for i in node[2]})
    else:
        return None
    if any(c.isalnum() or c == "_" or fold(c) != c or c in _FOLD_TARGETS for c in chars):
        return None
    return "[" + "".join(_IN_CLASS.get(c, c) for c in chars) + "]"


_IN_CLASS = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "]": "\\]", "[": "\\[", "^": "\\^",
             "-": "\\-"}


# Caps that keep the prefixes (and the prefilter regex) small: an alternative whose
# start fans out into more literal prefixes than this is indexed by a shorter one.
_MAX_PREFIXES = 2048  # (as 0.1 had it for a word-list rule of two thousand forms)
_MAX_PREFIX_LEN = 48
_MAX_PREFIX_WORDS = 2
_HYPHENS = frozenset("-‐‑")
_APOSTROPHES = frozenset("'’")


def _mark(ch: str) -> str:
    return "-" if ch in _HYPHENS else "'"


def _after_marks(lead: list) -> str | None:
    """The marks of a leading ``(?<=[$£€])`` (a match starts only after one of them)."""
    if len(lead) != 1 or lead[0][0] != "look" or not lead[0][1] or lead[0][2]:
        return None
    branches = lead[0][3][1]
    if len(branches) != 1 or len(branches[0]) != 1:
        return None
    node = branches[0][0]
    chars = [node[1]] if node[0] == "lit" else [i[1] for i in node[2] if i[0] == "lit"] if (
        node[0] == "set" and not node[1] and all(i[0] == "lit" for i in node[2])) else []
    if not chars or any(c.isalnum() or c == "_" or c.isspace() for c in chars):
        return None
    return "".join(sorted(chars))


def _words(seq: list) -> set[str] | None:
    """The literal prefixes every match of ``seq`` starts with (up to two words, folded,
    white space as one space, hyphens and apostrophes plain: "is widely", "it's", "50%
    off"); ``None`` when unknown."""
    found = _seq_lang(seq)
    if not found:
        return None
    prefixes = {s.rstrip() for s, _ in found}
    if any(not p or not p[0].isalnum() for p in prefixes):
        return None  # (a match may start with something no prefix describes)
    return prefixes


def _spaced(seq: list, words: set[str]) -> frozenset[str]:
    """Of ``words`` (:func:`_words` of ``seq``), those that every match starting with them
    follows with white space ("be" of ``\\b(?:is|be)\\s+\\w+ly``): no match starts with
    "because", so the prefilter need not stop there."""
    found = _seq_lang(seq) or set()
    loose = {s.rstrip() for s, _ in found if not s.endswith(" ")}
    return frozenset(w for w in words if w not in loose)


def _is_space_set(items: tuple) -> bool:
    return all(i == ("cat", "s") or (i[0] == "lit" and i[1].isspace()) for i in items)


def _lang(node: tuple) -> set[tuple[str, bool]] | None:
    """The literal strings one item can match: ``{(text, complete)}`` (``complete`` false:
    the item may match more than ``text``, the prefix ends there); ``None`` when unknown."""
    kind = node[0]
    if kind == "lit":
        ch = node[1]
        if ch.isspace():
            return {(" ", True)}
        if ch.isalnum():
            return {(fold(ch), True)}
        if ch in _HYPHENS or ch in _APOSTROPHES:  # "so-called", "it's": the prefix goes on
            return {(_mark(ch), True)}
        if ch.isprintable() and ch.lower() == ch and ch.upper() == ch and ch != "_":  # "$", "%", ":"
            return {(ch, True)}
        return None
    if kind == "set":
        if node[1]:
            return None
        items = node[2]
        if _is_space_set(items):
            return {(" ", True)}
        if items == (("cat", "d"),):
            return {(d, True) for d in "0123456789"}
        if items and all(i[0] == "lit" for i in items):
            marks = {i[1] for i in items}
            if marks <= _HYPHENS or marks <= _APOSTROPHES:
                return {(_mark(next(iter(marks))), True)}
        if any(i[0] == "lit" and i[1] in _HYPHENS for i in items) and all(
            (i[0] == "lit" and i[1] in _HYPHENS) or _is_space_set((i,)) for i in items
        ):  # "well[\\s-]known": a space or a hyphen
            return {(" ", True), ("-", True)}
        chars = set()
        for i in items:
            ch = i[1] if i[0] == "lit" else ""
            if not ch or not (ch.isalnum() or (ch.isprintable() and not ch.isspace() and ch not in "'’-‐‑")):
                return None
            chars.add(fold(ch) if ch.isalnum() else ch)
        return {(c, True) for c in chars} if len(chars) <= 12 else None
    if kind == "cat":
        if node[1] == "s":
            return {(" ", True)}
        if node[1] == "d":
            return {(d, True) for d in "0123456789"}
        return None
    if kind in ("group", "atomic"):
        alt = node[3] if kind == "group" else node[1]
        out: set[tuple[str, bool]] = set()
        for branch in alt[1]:
            sub = _seq_lang(list(branch))
            if sub is None:
                return None
            out |= sub
        return out
    if kind == "rep":
        lo, hi, inner = node[1], node[2], node[4]
        if inner[0] in ("set", "cat", "lit") and (
            (inner[0] == "set" and not inner[1] and _is_space_set(inner[2]))
            or inner == ("cat", "s") or (inner[0] == "lit" and inner[1].isspace())
        ):
            return {(" ", True)} if lo >= 1 else {("", True), (" ", True)}
        sub = _lang(inner) if inner[0] != "group" else _seq_lang(list(inner[3][1][0])) if len(inner[3][1]) == 1 else _lang(inner)
        if sub is None:
            return None if lo >= 1 else {("", False)}
        if (lo, hi) == (0, 1):
            return sub | {("", True)}
        if lo >= 1 and hi == 2 and all(done for _, done in sub) and len(sub) <= 16:
            # "\\d{1,2}": one or two iterations, both written out
            two = {(a + b, True) for a, _ in sub for b, _ in sub}
            return (sub if lo == 1 else set()) | two
        if lo >= 1:
            return {(t, done and hi == 1) for t, done in sub}
        # "(?:(?:widely|generally)\\s+){0,2}": no iteration (the prefix goes on with what
        # follows), or a first iteration (where the prefix ends: more may follow)
        return {(t, False) for t, _ in sub} | {("", True)}
    if kind in ("at", "look"):
        return {("", True)}  # (consumes nothing: the prefix goes on)
    return None


def _seq_lang(seq: list) -> set[tuple[str, bool]] | None:
    """Literal prefixes of a sequence of items (``complete`` as in :func:`_lang`)."""
    open_ = {""}
    closed: set[str] = set()
    for node in seq:
        lang = _lang(node)
        if lang is None or len(open_) * len(lang) > _MAX_PREFIXES:
            return {(s, False) for s in closed | open_}
        nxt = set()
        for s in open_:
            for t, done in lang:
                joined = (s + t).replace("  ", " ")
                if len(joined) > _MAX_PREFIX_LEN:
                    closed.add(s)
                elif joined.count(" ") >= _MAX_PREFIX_WORDS:
                    closed.add(" ".join(joined.split(" ")[:_MAX_PREFIX_WORDS]))
                elif done:
                    nxt.add(joined)
                else:
                    closed.add(joined)
        open_ = nxt
        if not open_:
            break
    return {(s, False) for s in closed} | {(s, True) for s in open_}


# Marks a match can be required to hold: case plays no part in them (no other character
# matches one of them, with IGNORECASE or without). Besides ASCII punctuation and the
# currency signs, the marks of a page's furniture: the bullet and middle dot of a menu line
# ("News • Sport • Subscribe"), dashes, arrows and the stars of a rating, so that a line-start
# pattern that needs one is not even compiled for a text without it (a one-line check).
_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~£€•·–—→★⭐©®™")


def required_marks(tree: tuple) -> tuple[str, ...]:
    """Marks every match of a parsed pattern holds: each string of the result names marks
    of which at least one is in every match (``("@",)``: an at sign; ``("$£€",)``: a
    currency sign). Only ever under-approximates (``()``: nothing known), so a text
    that lacks one of them holds no match, and the pattern need not even be compiled
    for it (a line-start pattern of unknown prefix, tried at every line: "@handle",
    "#ad", "$40 at Store")."""
    return tuple(sorted(_needs(tree)))


def _needs(node: tuple) -> set[str]:
    kind = node[0]
    if kind == "alt":
        branches = [set().union(*(_needs(n) for n in seq)) for seq in node[1]]
        if not branches:
            return set()
        # a mark set every branch requires (each branch's may differ: "@" | "@" keeps "@")
        common = set(branches[0])
        for b in branches[1:]:
            common &= b
        return common
    if kind == "lit":
        return {node[1]} if node[1] in _MARKS else set()
    if kind == "set":
        negated, items = node[1], node[2]
        if negated or not items or not all(i[0] == "lit" and i[1] in _MARKS for i in items):
            return set()
        return {"".join(sorted({i[1] for i in items}))}
    if kind == "rep":
        return _needs(node[4]) if node[1] >= 1 else set()
    if kind == "group":
        return _needs(node[3])
    if kind == "atomic":
        return _needs(node[1])
    return set()  # anchors, look-arounds, classes, back references, conditionals


def longest_match(tree: tuple) -> int | None:
    """The most characters a match of a parsed pattern can consume (``None``: no bound, a
    repeat without a maximum, a back reference or a conditional). Each literal, class, dot
    or category consumes exactly one character (with IGNORECASE too: Python's ``re``
    never matches one pattern character against two of the text); anchors and
    look-arounds consume none (what a look-ahead reads past the match's end is not part
    of it). With :func:`required_marks`, which counts consumed characters only, it
    bounds where a match can start: at most ``longest - 1`` characters before an
    occurrence of a mark it needs (see :mod:`lintnews.matching.line_scan`)."""
    return _longest(tree)


def _longest(node: tuple) -> int | None:
    kind = node[0]
    if kind in ("lit", "any", "cat", "set"):
        return 1
    if kind in ("at", "look"):
        return 0
    if kind == "alt":
        most = 0
        for seq in node[1]:
            total = 0
            for n in seq:
                width = _longest(n)
                if width is None:
                    return None
                total += width
            most = max(most, total)
        return most
    if kind == "group":
        return _longest(node[3])
    if kind == "atomic":
        return _longest(node[1])
    if kind == "rep":
        width = _longest(node[4])
        if width is None or (node[2] is None and width):
            return None
        return width * (node[2] or 0)
    return None  # back references, conditionals: no bound known


# -- words every match holds ---------------------------------------------------------------

_MIN_WORD = 3  # shorter literals ("is", "a") are in nearly every text: not worth a look
_KEEP = 3  # of the words a sequence needs, the most telling ones kept
_CHOICES = 20  # a choice of more words than this is as good as none (one of them is there)

def required_words(tree: tuple) -> str | tuple | None:
    """What literal text every match of a parsed pattern holds, as a formula of words: a
    word (folded) that every match holds, ``("&", f, ...)``: every one of the formulas
    holds, ``("|", f, ...)``: at least one does (``None``: nothing known). ``\\bis\\s+(?:widely|generally)\\s+believed``
    gives ``("&", "believed", ("|", "widely", "generally"))``. Words are case-folded
    (:func:`lintnews.util.casefold.fold`), to be looked for in the folded text, which holds
    a match's words whatever their case: so the formula holds for case-sensitive patterns
    too. It only ever under-approximates: a text it is false of holds no match, and the
    matcher need not compile the pattern for it (most built-in patterns that a short
    article's words lead the matcher to never match it, and compiling them was most of a
    one-article check; see lintnews.matching.branches).

    Only consuming, literal characters count (never look-arounds, classes or repeats that
    may match nothing); words shorter than three characters count as known to be there."""
    return _alt_needs(tree)


def _strength(f: str | tuple) -> float:
    """How rarely a formula holds in a text, roughly: a longer word is rarer; a choice of
    many words is as weak as its weakest choice, and weaker for each choice more."""
    if isinstance(f, str):
        return len(f)
    if f[0] == "&":
        return max(map(_strength, f[1:]))
    return min(map(_strength, f[1:])) - (len(f) - 2) * 0.25


def _all(parts: list) -> str | tuple | None:
    """Every one of ``parts`` (``None``: known), the most telling few kept."""
    kept: list = []
    for p in parts:
        if p is None:
            continue
        for q in (p[1:] if isinstance(p, tuple) and p[0] == "&" else (p,)):
            if q not in kept:
                kept.append(q)
    if not kept:
        return None
    kept.sort(key=_strength, reverse=True)
    kept = kept[:_KEEP]
    return kept[0] if len(kept) == 1 else ("&", *kept)


def _alt_needs(alt: tuple) -> str | tuple | None:
    """At least one branch's formula (``None`` as soon as one branch needs nothing)."""
    choices: list = []
    for seq in alt[1]:
        f = _seq_needs(seq)
        if f is None:
            return None
        for q in (f[1:] if isinstance(f, tuple) and f[0] == "|" else (f,)):
            if q not in choices:
                choices.append(q)
    if not choices or len(choices) > _CHOICES:
        return None
    return choices[0] if len(choices) == 1 else ("|", *choices)


def _run(chars: list[str]) -> str | None:
    word = "".join(chars)
    return word if len(word) >= _MIN_WORD else None


def _digit(node: tuple) -> bool:
    """Does every match of ``node`` (one character) hold a decimal digit: ``\\d``, a digit, or
    a class of digits only?"""
    kind = node[0]
    if kind == "cat":
        return node[1] == "d"
    if kind == "lit":
        return node[1].isdecimal()
    if kind == "set" and not node[1] and node[2]:
        return all((i[0] == "cat" and i[1] == "d") or (i[0] == "lit" and i[1].isdecimal())
                   or (i[0] == "range" and i[1].isdecimal() and i[2].isdecimal() and "0" <= i[1] <= i[2] <= "9")
                   for i in node[2])
    return False


def _seq_needs(seq: list) -> str | tuple | None:
    """Every one of a sequence's runs of literal characters, a digit where one is sure to be
    (:data:`DIGIT`), and what its groups and repeats of at least one iteration need."""
    parts: list = []
    run: list[str] = []
    for node in seq:
        kind = node[0]
        if kind == "lit":
            run.append(fold(node[1]))
            if node[1].isdecimal() and DIGIT not in parts:
                parts.append(DIGIT)
            continue
        if run:
            parts.append(_run(run))
            run = []
        if kind == "rep" and node[1] >= 1:
            node = node[4]
            kind = node[0]
            if _digit(node):
                if DIGIT not in parts:
                    parts.append(DIGIT)
                continue
            if kind == "lit":
                continue  # (a single character: too short to tell)
        if _digit(node):
            if DIGIT not in parts:
                parts.append(DIGIT)
            continue
        if kind == "group":
            parts.append(_alt_needs(node[3]))
        elif kind == "atomic":
            parts.append(_alt_needs(node[1]))
        # anything else (classes, the dot, anchors, look-arounds, back references,
        # conditionals, optional repeats) holds no literal known in advance
    if run:
        parts.append(_run(run))
    return _all(parts)

