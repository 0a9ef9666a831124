"""Word-list forms as the matcher compares them, and their index by first word.

Shared by the matcher (:mod:`lintnews.matching.terms`, at run time) and the built-in
packs' plan (:mod:`lintnews.packs.plan_build`, when lintnews is built): the plan ships
each built-in rule's :func:`form_table`, so a run does not normalise two thousand forms
again, and both sides must compute it the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from lintnews.util.casefold import WHITESPACE
from lintnews.util.casefold import fold as fold_case

# Text normalised for comparison with forms: white space as " ", marks as "'" and "-".
MARKS = {ord(c): " " for c in WHITESPACE} | {ord("’"): "'", ord("‐"): "-", ord("‑"): "-"}
# Forms are written with any of these; the en dash in a form stands for a hyphen too (and
# for itself: :func:`form_table` keeps that spelling as well, since text is not normalised so).
_FORM_MARKS = {**MARKS, ord("–"): "-"}
_EN_DASH = "–"
TOKEN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)


def normalise(text: str, casefold: bool) -> str:
    """Text as forms are compared: one character for one (white space runs are collapsed
    by the caller), case-folded when ``casefold``."""
    if casefold:
        text = fold_case(text)
    if text.isascii():
        # (the marks mapped are all beyond ASCII; only white space other than " " is left)
        return text if text.isprintable() else text.translate(MARKS)
    return text.translate(MARKS)


def normal_form(form: str, casefold: bool) -> str:
    """A form as it is compared: marks and white space plain, case-folded when ``casefold``."""
    form = " ".join(w for w in form.translate(_FORM_MARKS).split(" ") if w)
    return normalise(form, casefold) if casefold else form


def key_of(normal: str) -> str:
    """The index key of a normalised form or text: its first run of letters and digits
    (or its first character when it starts with neither)."""
    m = TOKEN.match(normal)
    return m.group() if m else normal[:1]


def form_table(forms: Iterable[str], case_sensitive: bool) -> dict[str, tuple[str, ...]]:
    """A rule's forms as compared (normalised; case-folded unless ``case_sensitive``), by
    :func:`key_of`, longest first (then alphabetical, so that the plan is the same from
    build to build: which of two forms of one length is tried first changes nothing, as
    both can start a text only when they are the same)."""
    fold = not case_sensitive
    by_key: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.isalpha() and f.isascii():  # (most forms: one plain word, already normal)
            normal = f.lower() if fold else f
            by_key[normal].add(normal)
            continue
        normal = normal_form(f if case_sensitive else f.lower(), fold)
        if normal:
            by_key[key_of(normal)].add(normal)
        if _EN_DASH in f:  # (the en dash's own spelling: text keeps its en dashes)
            normal = normal_form(f.replace(_EN_DASH, "\0"), fold).replace("\0", _EN_DASH)
            if normal:
                by_key[key_of(normal)].add(normal)
    return {k: tuple(sorted(forms, key=_longest_first)) for k, forms in by_key.items()}


def _longest_first(form: str) -> tuple[int, str]:
    return -len(form), form
