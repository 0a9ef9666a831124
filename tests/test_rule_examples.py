"""Every registered rule's own examples run as tests: must-trigger and must-not-trigger.

Rules from plugins are included when they are registered, so a plugin author's
examples are checked the same way as the built-ins'.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
RULES = sorted(REGISTRY.rules.values(), key=lambda r: r.id)


def _diagnostics(rule, text):
    engine = Engine(REGISTRY, Settings(select=(rule.id,)))
    doc = Document(REGISTRY.readers["text"].read(text), "example")
    floor = min(1, rule.severity.rank)  # an info-level rule's examples are judged at info
    return [d for d in engine.lint(doc) if d.rule.startswith(rule.id) and d.severity.rank >= floor]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_documents_itself(rule):
    assert rule.summary, f"{rule.id} has no summary"
    assert rule.rationale, f"{rule.id} has no rationale"
    assert rule.examples.trigger, f"{rule.id} has no example that must trigger"
    assert rule.examples.no_trigger, f"{rule.id} has no example that must not trigger"


CASES = [(r, ex, True) for r in RULES for ex in r.examples.trigger] + [
    (r, ex, False) for r in RULES for ex in r.examples.no_trigger
]


@pytest.mark.parametrize(
    ("rule", "example", "should"), CASES,
    ids=[f"{r.id}:{'hit' if s else 'clean'}:{e[:30]}" for r, e, s in CASES],
)
def test_rule_example(rule, example, should):
    found = _diagnostics(rule, example)
    if should:
        assert found, f"{rule.id} should flag: {example!r}"
    else:
        assert not found, f"{rule.id} should not flag {example!r}, got {[d.message for d in found]}"
