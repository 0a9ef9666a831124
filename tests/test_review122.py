"""Review 122: the costs of round 123's title-case run glued into a paragraph
(:meth:`HeadlineLines._glued_heads`).

Before this review, each sentence stop of a paragraph split the paragraph's words from its
start again (to ask whether five words stood before the stop), and each candidate run of ten
title-case words cut the whole paragraph's stems again: a long paragraph of many sentences, or
of many candidate runs, was quadratic (a 1 MB paragraph took the advertorial rule past its
budget). The tests count the characters given to the stem cutter (the machine's load does not
move a count) and time the whole check at two sizes eight-fold apart.
"""

from __future__ import annotations

import gc
import time

from lintnews.builtin.shared import headlines
from lintnews.document.document import Document

_LEAD = "Harbour budget row\n\n"
# a stop, then a title-case run of headline words that shares a word with its paragraph (so
# it is read, judged and let go at every repetition), then the next sentence
_GLUED = ("The vote ran past midnight at the hall. Lifeboat Crew Rescues Two Walkers Stranded "
          "at High Tide Bakery on the Quay Closes After Eighty Years The vote was seven to two, "
          "the clerk said. ")
_SENTENCE = "The council met on Tuesday to discuss the budget for the harbour. "


def _stem_reads(monkeypatch, registry, n: int) -> int:
    """The characters given to ``_stems`` while reading a paragraph of ``n`` glued runs."""
    read = [0]
    stems = headlines._stems

    def counting(text: str) -> set[str]:
        read[0] += len(text)
        return stems(text)

    monkeypatch.setattr(headlines, "_stems", counting)
    doc = Document(registry.readers["text"].read(_LEAD + _GLUED * n), "a.txt")
    found = headlines.HeadlineLines(doc)
    assert found.glued_heads == []  # (each run shares "vote" with its paragraph)
    return read[0]


def test_glued_runs_cost_in_proportion(monkeypatch, registry) -> None:
    small, large = _stem_reads(monkeypatch, registry, 40), _stem_reads(monkeypatch, registry, 320)
    assert large < 10 * small, (small, large)  # (before review 122: about 60x)


def _seconds(engine, registry, text: str) -> float:
    engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
    gc.disable()
    try:
        t = time.perf_counter()
        engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
        return time.perf_counter() - t
    finally:
        gc.enable()


def test_a_long_paragraph_of_many_sentences_costs_in_proportion(engine, registry) -> None:
    small = _seconds(engine, registry, _LEAD + _SENTENCE * 500 + "\n")
    large = _seconds(engine, registry, _LEAD + _SENTENCE * 4000 + "\n")
    assert large < 20 * small, (small, large)  # (eight-fold text; before review 122 about 40x)


