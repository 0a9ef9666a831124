"""A document drops what it worked out when released (lintnews.document.Document.release).

Its quotations refer back to it, so a document whose quotations were worked out is in a
reference cycle: with the cycle collector paused (a large file linted part after part), a part's
document would outlive the part. The splitter releases each part's document through this method
instead of clearing the document's attributes from outside.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lintnews.document.document import Document
from lintnews.execution import split

QUOTED = '"We will reopen the pool in May," the mayor said.\n\nThe council met on Tuesday.\n'


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector does not run inside (as in a part's process)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_a_released_document_is_freed_without_the_cycle_collector(registry):
    with collector_paused():
        doc = Document(registry.readers["text"].read(QUOTED), "a")
        assert doc.quotations and doc.quotations[0].speaker  # (worked out: the cycle is made)
        alive = weakref.ref(doc)
        doc.release()
        del doc
        assert alive() is None


def test_an_unreleased_document_with_quotations_outlives_its_name(registry):
    # (the control: without release() the cycle keeps it; this is what release() is for)
    with collector_paused():
        doc = Document(registry.readers["text"].read(QUOTED), "a")
        assert doc.quotations
        alive = weakref.ref(doc)
        del doc
        assert alive() is not None
    gc.collect()


def test_each_part_s_document_is_released(engine, registry, monkeypatch):
    made: list[weakref.ref[Document]] = []

    class Tracked(Document):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(weakref.ref(self))

    monkeypatch.setattr(split, "Document", Tracked)
    parsed = registry.readers["text"].read(QUOTED * 6)
    bounds = split.cuts(parsed, 3)
    with collector_paused():
        for j in range(len(bounds)):
            split.lint_part(engine, parsed, "a", None, bounds, j)
        assert len(made) == len(bounds) and all(r() is None for r in made)
