"""Every form of a lexicon word, looked up in the table built from LemmInflect.

``forms.json`` (next to this module) is written by ``python -m lintnews.language.build``
from the built-in rule packs and word classes; the test suite checks that it is current.
A term the table lacks (a house pack's own word) is expanded with LemmInflect when it is
installed (the ``forms`` extra), else :class:`FormsUnavailable` says how to proceed.

Why a table: expanding needs LemmInflect and NumPy (a quarter of a second and 60 MB to
load); reading the table is a few milliseconds, and a one-line check never reads it at
all unless a pack asks for forms.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from lintnews.language.expand import POS_NAMES, FormsUnavailable

__all__ = ["POS_NAMES", "FormsUnavailable", "forms", "inflections", "lemma_of", "reinflect", "shipped", "tag_of"]

TABLE = Path(__file__).with_name("forms.json")


def key(term: str, pos: str | None) -> str:
    """How a (term, part of speech) request is keyed in the table."""
    return f"{pos or '*'} {' '.join(term.lower().split())}"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    import json  # (only when a pack asks for forms: a plain check never loads the encoder)

    try:
        data = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"entries": {}, "lemmas": {}}
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        return {"entries": {}, "lemmas": {}}
    return data


@lru_cache(maxsize=4096)
def inflections(term: str, pos: str | None = None) -> dict[str, tuple[str, ...]]:
    """Penn tag -> forms of ``term`` (tag ``""``: the term as written, no tag known)."""
    if pos is not None and pos not in POS_NAMES:
        raise ValueError(f"unknown part of speech {pos!r} (expected one of: {', '.join(POS_NAMES)})")
    entry = _table()["entries"].get(key(term, pos))
    if entry is None:
        from lintnews.language.expand import expand

        entry = expand(term, pos)
    return {tag: tuple(fs) for tag, fs in entry.items()}


def shipped(term: str, pos: str | None = None) -> bool:
    """Does the shipped table hold ``term`` as ``pos``? (Then asking for its forms never runs
    LemmInflect, which a lint-time caller such as a quick fix must avoid.)"""
    return key(term, pos) in _table()["entries"]


def forms(term: str, pos: str | None = None) -> tuple[str, ...]:
    """Every surface form of ``term``, lower case, sorted, the term itself included."""
    found = {f for fs in inflections(term, pos).values() for f in fs}
    found.add(" ".join(term.lower().split()))
    return tuple(sorted(found))


def tag_of(form: str, term: str, pos: str | None = None) -> str | None:
    """The Penn tag of ``form`` among the forms of ``term`` (the most specific one), if any."""
    form = " ".join(form.lower().split())
    tags = [tag for tag, fs in inflections(term, pos).items() if form in fs and tag]
    for preferred in ("VBZ", "VBG", "VBD", "VBN", "NNS", "JJR", "JJS", "RB", "VBP", "VB", "NN", "JJ"):
        if preferred in tags:
            return preferred
    return tags[0] if tags else None


def lemma_of(word: str) -> str | None:
    """The verb lemma of a replacement word the table knows ("criticised" -> "criticise")."""
    return _table().get("lemmas", {}).get(word.lower())


def reinflect(replacement: str, matched: str, term: str, pos: str | None = None) -> str | None:
    """``replacement`` in the form ``matched`` has among the forms of ``term``, or ``None``.

    A quick fix must not turn "she slams" into "she criticised": the replacement verb takes
    the tag of the replaced word ("slams" is VBZ of "slam", so "criticised" becomes
    "criticises"). Where the tag or the replacement's form is unknown, ``None``: the
    suggestion stays advice and no fix is offered.
    """
    tag = tag_of(matched, term, pos)
    if tag is None:
        return None
    lemma = lemma_of(replacement) or replacement.lower()
    try:
        table = inflections(lemma, "verb" if tag.startswith("VB") else None)
    except FormsUnavailable:
        return None
    found = table.get(tag) or (table.get("VBD") if tag == "VBN" else None)
    if not found:
        return None
    # a tag may list the lemma beside the regular form (NNS of "crash": crash, crashes)
    return next((f for f in found if f != lemma), found[0])
