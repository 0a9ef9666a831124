"""Word classes as data (``wordclasses/*.toml``): each lemma of a class with all its forms.

Code that recognises a construction ("an agentless passive of a reporting verb") asks for a
class by name and gets ``form -> lemma`` for every inflection of every lemma in it, so the
construction is written once and holds for every tense and spelling.

A class of thousands of words generated from WordNet (``compact = true`` in its TOML, as
``attribution/group-speakers``) is not written into the forms table and the class module, whose
decoded dicts would hold every form as its own object in every worker; the build writes it to
``compact.txt`` instead, read into a :class:`~lintnews.language.wordset.WordMap` (form -> lemma)
and a :class:`~lintnews.language.wordset.WordSet` of its plurals (see
:mod:`lintnews.language.wordset` for why).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache, lru_cache
from pathlib import Path

from lintnews.language.forms import inflections
from lintnews.language.wordset import WordMap, WordSet

WORDCLASSES = Path(__file__).with_name("wordclasses")
COMPACT = Path(__file__).with_name("compact.txt")


def source_classes() -> dict[str, dict]:
    """Every class as written in ``wordclasses/*.toml``, named ``FILE/CLASS``
    (``attribution/reporting-verbs``): the source that ``python -m lintnews.language.build``
    writes into the shipped module :mod:`lintnews.language.classes_data`."""
    import tomllib

    found: dict[str, dict] = {}
    for path in sorted(WORDCLASSES.glob("*.toml")):
        for name, cls in tomllib.loads(path.read_text(encoding="utf-8")).items():
            found[f"{path.stem}/{name}"] = cls
    return found


@lru_cache(maxsize=1)
def _classes() -> dict[str, dict]:
    """Every class, from the shipped module the build writes (a run parses no TOML for a word
    class; the test suite checks the module against the TOML sources with ``build --check``)."""
    from lintnews.language.classes_data import CLASSES

    return CLASSES


@cache
def listed(name: str, key: str = "forms") -> frozenset[str]:
    """The words of class ``name`` under ``key`` exactly as written, not inflected, lower case:
    for classes measured form by form ("mocked" and "mocking" are not equally loaded) and for
    the closed lists a construction reads word by word (round 173: the medial adverbs, the
    participles of belief). Cached: a rule may ask for it at every word it reads."""
    return frozenset(w.lower() for w in _get(name).get(key, []))


def names() -> list[str]:
    return sorted(_classes())


def _get(name: str) -> dict:
    cls = _classes().get(name)
    if cls is None:
        raise KeyError(f"unknown word class {name!r} (known: {', '.join(names())})")
    return cls


def _compact_line(name: str, kind: str) -> str:
    """The line of ``compact.txt`` of class ``name``, ``kind`` "forms" or "plurals", without its
    two names (empty when the file is missing: the class then knows no word, and ``build
    --check`` in the test suite fails). Read afresh and not kept: the word set or map made
    from it is what :func:`compact_map` and :func:`plural_forms` keep (a kept line would be a
    second copy of the same words)."""
    try:
        text = COMPACT.read_text(encoding="utf-8")
    except OSError:
        return ""
    head = f"{name} {kind} "
    return next((line[len(head):] for line in text.splitlines() if line.startswith(head)), "")


@cache
def compact_map(name: str) -> WordMap:
    """``form -> lemma`` of a compact class (``compact = true``), every form in lower case."""
    if not _get(name).get("compact"):
        raise ValueError(f"word class {name!r} is not compact: use word_class()")
    return WordMap(_compact_line(name, "forms"))


def is_compact(name: str) -> bool:
    """Is class ``name`` kept in ``compact.txt`` (``compact = true``) rather than the forms table?"""
    return bool(_get(name).get("compact"))


@cache
def word_class(name: str, tags: tuple[str, ...] = ()) -> dict[str, str]:
    """``form -> lemma`` for every lemma of class ``name`` (``FILE/CLASS``) (only forms with one of ``tags``,
    Penn tags such as ("VBN",), when given). A compact class has no table: see :func:`compact_map`."""
    cls = _get(name)
    if cls.get("compact"):
        raise ValueError(f"word class {name!r} is compact: use compact_map()")
    out: dict[str, str] = {}
    for lemma in cls.get("lemmas", []):
        for tag, forms in inflections(lemma, cls.get("pos")).items():
            if tags and tag not in tags:
                continue
            for f in forms:
                out.setdefault(f, lemma)
    return out


@cache
def lower_forms(name: str, tags: tuple[str, ...] = ()) -> frozenset[str]:
    """Every form of class ``name`` (only those with one of ``tags`` when given), lower case: the
    set a rule looks a lower-cased word up in ("is the next word a clinical noun?").

    One helper, cached per class, for what some forty call sites each built for themselves as
    ``frozenset(w.lower() for w in word_class(name))``: one set per class in a run, not a copy
    per module. Lazy like :func:`word_class`: nothing is read until a rule first asks, so
    importing a rule module loads no class (start-up, ``tests/test_speed.py``). A compact class
    has no forms table: see :func:`compact_map`."""
    return frozenset(f.lower() for f in word_class(name, tags))


@cache
def plural_forms(name: str) -> Container[str]:
    """The plural forms (NNS) of noun class ``name`` that are not also its singular, lower case
    ("officials", not "research"): one set per class for every layer that asks (the document's
    source reading and the constructions), not a copy each; a compact class's from its file."""
    if _get(name).get("compact"):
        return WordSet(_compact_line(name, "plurals"))
    return _plural_set(name)


def _plural_set(name: str) -> frozenset[str]:
    singular = {f.lower() for f in word_class(name, ("NN",))}
    return frozenset(f.lower() for f in word_class(name, ("NNS",))) - singular


def participle_bases(name: str, source: bool = False) -> list[str]:
    """The adjectives that the -ing participles of verb class ``name`` make, each also with
    "un-" ("depressing", "undepressing", "surprising", "unsurprising"): the bases whose -ly
    adverbs a rule takes with ``adverbs_of_participles`` (round 61, the writer's disjuncts).
    ``source``: read the class from its TOML and expand it afresh (for the build, which writes
    the table these are looked up in at lint time)."""
    if source:
        from lintnews.language.expand import expand

        cls = source_classes()[name]
        participles = sorted({p for lemma in cls.get("lemmas", []) for p in expand(lemma, cls.get("pos")).get("VBG", ())})
    else:
        participles = sorted(word_class(name, ("VBG",)))
    return [b for p in participles for b in (p, "un" + p)]


def participle_adverbs(name: str) -> dict[str, tuple[str, ...]]:
    """base -> its -ly adverbs as the lexicon knows them, for every base of
    :func:`participle_bases` that has one ("depressing" -> "depressingly"; "unsurprising" ->
    "unsurprisingly"; "unamusing", no word the lexicon knows, none)."""
    out: dict[str, tuple[str, ...]] = {}
    for base in participle_bases(name):
        adverbs = inflections(base, "adjective").get("RB", ())
        if adverbs:
            out[base] = adverbs
    return out


def compact_lines(name: str, cls: dict) -> str:
    """The two lines of ``compact.txt`` for class ``name`` (build time: expands every lemma with
    LemmInflect as the forms table would; the first lemma to claim a form keeps it, as in
    :func:`word_class`)."""
    from lintnews.language.expand import expand

    pairs: dict[str, str] = {}
    singular: set[str] = set()
    plural: set[str] = set()
    for lemma in cls.get("lemmas", []):
        for tag, forms in expand(lemma, cls.get("pos")).items():
            if not tag:
                continue  # (a word LemmInflect does not know, as written: no form of a noun)
            for f in forms:
                if " " in f:
                    continue  # ("cave men": a look-up is of one word, and a space parts entries)
                pairs.setdefault(f.lower(), lemma)
                (singular if tag == "NN" else plural if tag == "NNS" else set()).add(f.lower())
    return (f"{name} forms {WordMap.line(pairs)}\n"
            f"{name} plurals {' '.join(sorted(plural - singular))}\n")


def alternation_of(forms: Iterable[str], *, spaced: bool = False) -> str:
    """``forms`` (a class's words) as one regex alternation, escaped and longest first, so that a
    longer form wins over its prefix ("chief executive" over "chief"). With ``spaced``, the words
    of a multi-word form ("made possible") are joined by any run of whitespace, as copy wraps
    them. One helper for every family that writes a class into a pattern."""

    def pattern(form: str) -> str:
        return r"\s+".join(map(re.escape, form.split())) if spaced else re.escape(form)

    return "|".join(sorted(map(pattern, forms), key=len, reverse=True))

