"""The advertorial rules alone, as the advertorial test modules run them.

One registry and one engine (selecting the advertorial category) for every test module that
puts a snippet between two story paragraphs and asks what was reported where.
"""

from __future__ import annotations

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings(select=("advertorial",)))


def lint_advertorial(text: str, reader: str = "text") -> list[Diagnostic]:
    """The advertorial diagnostics of ``text`` read by ``reader``, at every severity."""
    doc = Document(REGISTRY.readers[reader].read(text), "t")
    return [d for d in ENGINE.lint(doc) if d.category == "advertorial"]


def warning_lines(text: str, reader: str = "text") -> list[int]:
    """The first lines of the advertorial warnings (and errors) of ``text``, in order."""
    return sorted(d.line for d in lint_advertorial(text, reader) if d.severity.rank >= Severity.WARNING.rank)


def warnings_by_line(text: str) -> list[tuple[int, str]]:
    """The advertorial warnings (and errors) of ``text``: (first line, rule), in report order."""
    return [(d.line, d.rule) for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]


def warned_words(text: str) -> list[tuple[str, str]]:
    """The advertorial warnings (and errors) of a one-line text: (rule, the words reported)."""
    return [
        (d.rule, text[d.column - 1 : d.end_column - 1])
        for d in lint_advertorial(text)
        if d.severity.rank >= Severity.WARNING.rank
    ]


def reported(text: str) -> str:
    """The words the advertorial warnings of ``text`` report, joined; fails when there are none."""
    found = warned_words(text)
    assert found, f"nothing reported in {text!r}"
    return " | ".join(words for _, words in found)


# The story the round tests (tests/test_advertorial_round39.py and later) put a snippet between:
# two plain lines of a council story, so that a warning on line 2 is the snippet's and one on
# lines 1 or 3 has swallowed the story.
STORY = (
    "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof."
)
AFTER = "Residents who used the pool will be offered passes to the leisure centre, the council said."


def between(snippet: str) -> str:
    """``snippet`` as line 2 of a three-line story (:data:`STORY`, the snippet, :data:`AFTER`)."""
    return f"{STORY}\n{snippet}\n{AFTER}\n"


def warns_alone_under(snippet: str, rule: str) -> bool:
    """Is ``snippet``, put :func:`between` two story lines, warned on its own line only, with
    one of the warnings under ``rule``?"""
    text = between(snippet)
    return warning_lines(text) == [2] and any(d.rule == rule and d.line == 2 for d in lint_advertorial(text))


# The story of the paragraph tests (tests/test_advertorial_round105.py and later): a snippet is
# a paragraph of its own between two paragraphs of a council story, so it stands on line 3.
BUDGET_STORY = (
    "The council approved the budget on Tuesday after a long debate that ran past midnight in the chamber."
)
BUDGET_AFTER = (
    "The vote was seven to two, the clerk said, and the budget takes effect in April across the borough."
)


# The flood story of the run tests (rounds 129 and 130, review 132): three paragraphs, each of
# its own, around which a run of headline-shaped lines is put (review 132: one copy)
FLOOD_A = (
    "Flood barriers along the river were raised on Thursday as water levels reached their highest point in a "
    "decade. Engineers worked through the night to reinforce two sections of the barriers near the town centre."
)
FLOOD_B = (
    "The river rose by almost a metre overnight after three days of heavy rain, and water reached the steps of "
    "the town hall. Some residents left their homes before the barriers were raised."
)
FLOOD_C = (
    "The environment agency said the flood barriers had held and the river was expected to fall by Sunday. "
    "Residents in low-lying streets near the river were told to keep sandbags in place until the weekend."
)


def around(*snippets: str) -> str:
    """Each snippet as its own paragraph between two story paragraphs (the first on line 3)."""
    return "\n\n".join((BUDGET_STORY, *snippets, BUDGET_AFTER)) + "\n"


def rules_on_line_3(snippet: str) -> list[str]:
    """The rules warning on the snippet's paragraph (the snippet put on line 3 by ``around``)."""
    return [rule for line, rule in warnings_by_line(around(snippet)) if line == 3]


def outcome(text: str, line: int) -> str:
    """What the advertorial rules report on ``line`` of ``text``: "warning" (or an error),
    "info", or "silent" (rounds 125 and 126 and review 127 ask this of a snippet put in its own
    paragraph or glued after a story sentence)."""
    found = [d for d in lint_advertorial(text) if d.line == line]
    if any(d.severity.rank >= Severity.WARNING.rank for d in found):
        return "warning"
    return "info" if found else "silent"


def alone(snippet: str, story: str = STORY, after: str = AFTER) -> str:
    """:func:`outcome` of ``snippet`` as its own paragraph between ``story`` and ``after``."""
    return outcome(f"{story}\n\n{snippet}\n\n{after}\n", 3)


def glued(snippet: str, story: str = STORY, after: str = AFTER) -> str:
    """:func:`outcome` of ``snippet`` glued after ``story``'s stop on the same line."""
    return outcome(f"{story} {snippet}\n{after}\n", 1)


def warned_rules(snippet: str, story: str = STORY, after: str = AFTER) -> set[str]:
    """The rules that warn ``snippet`` as its own paragraph between ``story`` and ``after``."""
    return {d.rule for d in lint_advertorial(f"{story}\n\n{snippet}\n\n{after}\n")
            if d.line == 3 and d.severity.rank >= Severity.WARNING.rank}
