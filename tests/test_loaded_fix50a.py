"""Mend round FIX50a: round 168's titles in table cells and chart entries, read in a part.

Round 168's judge (``voice._cell_or_entry_title``) reads the hit's line in the source through
``doc.source_map``; a part of a large text (``lintnews.execution.split``) has a map of its own,
which had only ``span``, so every loaded-language hit in a part raised AttributeError and the
parts no longer reported what the whole does. The part maps now answer ``source`` and
``to_source_start`` as the whole text's map does: a part reads the same source line.

Also: round 168 bound ``_ARTICLE_BEFORE`` a second time in ``evidence/stance.py``, so round
106's pro-form reading ("a dismal one") ran with round 168's score pattern; the score's pattern
has a name of its own.

Texts written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import stance
from lintnews.document.document import Document
from lintnews.execution import split

TABLE = (
    "# Screen awards\n\n"
    "The winners were announced on Saturday night.\n\n"
    "The hosts thanked the crews who built the sets.\n\n"
    "| Category | Winner |\n"
    "|---|---|\n"
    "| Best film | Savage Grace |\n"
    "| Best actor | Ola Reyes, Wicked Little Hearts |\n"
    "| Verdict | A brutal, clumsy film |\n"
)

CHART = (
    "Box office: the weekend's top films\n\n"
    "The chart was led by a family drama for a second week.\n\n"
    "Takings rose on the week before across the country.\n\n"
    "1. Brutal Inheritance - N98.1m (week 2, total N400m)\n"
    "2. Savage Love – Mira Dane\n"
    "3. Brutal cuts - 40 schools\n"
)


def _loaded(found) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((d.line, d.column, d.rule, d.severity.value) for d in found
                  if d.category in ("loaded-language", "lintnews"))


@pytest.mark.parametrize(("text", "fmt", "first"), [
    (TABLE, "markdown", 0), (TABLE, "markdown", 2), (CHART, "text", 0), (CHART, "text", 2),
    (CHART, "markdown", 2),
])
def test_a_part_reads_cells_and_entries_as_the_whole_does(engine, registry, text: str, fmt: str,
                                                           first: int) -> None:
    reader = registry.readers[fmt]
    whole = _loaded(engine.lint(Document(reader.read(text), "a")))
    parsed = reader.read(text)
    sub, _ = split.part(parsed, first, len(parsed.blocks))
    assert not isinstance(sub.source_map, type(parsed.source_map))  # a part's own map
    got = _loaded(engine.lint(Document(sub, "a")))
    skipped = parsed.source_map.span(parsed.blocks[first].start, parsed.blocks[first].start)[0]
    assert got == [d for d in whole if d[0] >= skipped], (got, whole)
    assert not [d for d in got if d[2] == "lintnews/rule-failure"]
    assert any(d[3] == "warning" for d in got)  # the sentence-case cell or entry still warns


def test_the_score_article_does_not_rebind_the_pro_forms() -> None:
    """Round 106's article before a pro-form's adjective allows a degree word; round 168's
    before a score does not: two patterns, two names."""
    before = "The plan was an utterly "
    assert stance._ARTICLE_BEFORE.search(before) is not None
    assert stance._SCORE_ARTICLE.search(before) is None
    assert stance._SCORE_ARTICLE.search("a swashbuckling 88 off 70 balls", 0, 2) is not None
