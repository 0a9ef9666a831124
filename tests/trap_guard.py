"""Does a trap hold a cue? The candidates of a category in a text, before any judging.

A trap ("not warned", "no diagnostic", a pack's ``no_trigger`` example) proves something only
when the text holds at least one hit of the matcher for its family's rules: a word-list form
or a pattern that matched there. Then the judge, a rule's exception or a clearing context is
what keeps it quiet, and a change that breaks them fails the trap. A text with no candidate is
never reported whatever the judge does, so its trap can only pass (round 59's finding: the
loaded-language traps on "eyesore" and "violent", words the lexicon does not hold).

The candidates are read through the engine's public seam, ``Engine.matcher.scan`` (the one
``lintnews why`` explains a word with): the hits of every pack rule, before the rules'
exceptions, since an exception is one of the things a trap may test. Code rules (the
advertorial shape rules, ``advertorial/headline-list`` and the like) have no matcher hits:
their traps are plain text to this guard, and are labelled so where they are kept.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry

UNATTRIBUTED = "unattributed-claim"
ADVERTORIAL = "advertorial"


@cache
def _engine() -> Engine:
    """Every built-in rule (no entry-point plugins), built once: its matcher is the one a
    plain ``lintnews check`` compiles."""
    return Engine(load_registry(autoload=False), Settings())


def candidates(text: str, category: str, reader: str = "text") -> list[tuple[str, str]]:
    """The matcher's hits in ``text`` (read by ``reader``, as the tests lint it) of the pack
    rules of ``category``: ``(rule id, the words matched)`` in text order, before exceptions
    and before any judge."""
    engine = _engine()
    doc = Document(engine.registry.readers[reader].read(text), "trap")
    ids = {r.id for r in engine.pack_rules if r.category == category}
    found = [(hit.start, rule_id, doc.text[hit.start:hit.end])
             for rule_id, hits in engine.matcher.scan(doc.text).items() if rule_id in ids
             for hit in hits]
    return [(rule_id, words) for _, rule_id, words in sorted(found)]


def has_candidate(text: str, category: str, reader: str = "text") -> bool:
    """Does ``text`` hold at least one candidate of ``category`` (see :func:`candidates`)?"""
    return bool(candidates(text, category, reader))


def assert_candidate(text: str, category: str, reader: str = "text") -> None:
    """Fail unless ``text`` holds a candidate of ``category``: a trap on it could never fail
    (rewrite it to hold the cue its test is about, or label it a plain-text case)."""
    assert has_candidate(text, category, reader), f"no {category} candidate, the trap cannot fail: {text!r}"



def assert_trap(text: str, category: str, plain: Collection[str] = (), reader: str = "text") -> None:
    """A trap's text holds a candidate of ``category``, unless the test labels it plain (a
    look-alike that no rule of the family matches, kept as plain text): then it must hold
    none, so that a label never hides a trap that does test the judge."""
    if text in plain:
        assert not has_candidate(text, category, reader), f"labelled plain, but holds a {category} candidate: {text!r}"
    else:
        assert_candidate(text, category, reader)
