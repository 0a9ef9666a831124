"""Every registered rule's own examples run as tests: must-trigger and must-not-trigger.

A trigger example must be flagged (at warning or above; at info for an info-level rule);
a no_trigger example must give no diagnostic at any severity: "leaves alone" means
nothing reported, not "nothing above info". Rules from plugins are included when they
are registered, so a plugin author's examples are checked the same way as the built-ins'.
(A pack's coverage, every pattern, term and exception exercised by an example, is
checked by `lintnews test-rules` and tests/test_builtin_rule_coverage.py.)
"""

from __future__ import annotations

import pytest

from lintnews.engine.examples import check_examples
from lintnews.model.rule import Examples
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
RULES = sorted(REGISTRY.rules.values(), key=lambda r: r.id)

# Examples of the built-in packs that fail the stricter no_trigger check; the packs are
# being rewritten (issues 14-16), and their rewrite must make these pass.


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_documents_itself(rule):
    assert rule.summary, f"{rule.id} has no summary"
    assert rule.rationale, f"{rule.id} has no rationale"
    assert rule.examples.trigger, f"{rule.id} has no example that must trigger"
    assert rule.examples.no_trigger, f"{rule.id} has no example that must not trigger"


CASES = [(r, ex, True) for r in RULES for ex in r.examples.trigger] + [
    (r, ex, False) for r in RULES for ex in r.examples.no_trigger
]


def _case(rule, example, should):  # type: ignore[no-untyped-def]
    return pytest.param(rule, example, should,
                        id=f"{rule.id}:{'hit' if should else 'clean'}:{example[:30]}")


@pytest.mark.parametrize(("rule", "example", "should"), [_case(*c) for c in CASES])
def test_rule_example(rule, example, should):
    import dataclasses

    one = dataclasses.replace(rule, examples=Examples((example,), ()) if should else Examples((), (example,)))
    problems = [p for p in check_examples(REGISTRY, one) if "has no example" not in p]
    assert not problems, problems
