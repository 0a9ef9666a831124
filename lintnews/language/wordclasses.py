"""Word classes as data (``wordclasses/*.toml``): each lemma of a class with all its forms.

Code that recognises a construction ("an agentless passive of a reporting verb") asks for a
class by name and gets ``form -> lemma`` for every inflection of every lemma in it, so the
construction is written once and holds for every tense and spelling.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from lintnews.language.forms import inflections

WORDCLASSES = Path(__file__).with_name("wordclasses")


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


def listed(name: str, key: str = "forms") -> frozenset[str]:
    """The words of class ``name`` under ``key`` exactly as written, not inflected: for classes
    measured form by form ("mocked" and "mocking" are not equally loaded)."""
    cls = _classes().get(name)
    if cls is None:
        raise KeyError(f"unknown word class {name!r} (known: {', '.join(names())})")
    return frozenset(w.lower() for w in cls.get(key, []))


def names() -> list[str]:
    return sorted(_classes())


@cache
def word_class(name: str, tags: tuple[str, ...] = ()) -> dict[str, str]:
    """``form -> lemma`` for every lemma of class ``name`` (``FILE/CLASS``) (only forms with one of ``tags``,
    Penn tags such as ("VBN",), when given)."""
    cls = _classes().get(name)
    if cls is None:
        raise KeyError(f"unknown word class {name!r} (known: {', '.join(names())})")
    out: dict[str, str] = {}
    for lemma in cls.get("lemmas", []):
        for tag, forms in inflections(lemma, cls.get("pos")).items():
            if tags and tag not in tags:
                continue
            for f in forms:
                out.setdefault(f, lemma)
    return out


@cache
def plural_forms(name: str) -> frozenset[str]:
    """The plural forms (NNS) of noun class ``name`` that are not also its singular, lower case
    ("officials", not "research"): one set per class for every layer that asks (the document's
    source reading and the constructions), not a copy each."""
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
