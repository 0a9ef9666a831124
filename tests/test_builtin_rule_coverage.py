"""The built-in packs are documented and tested like ruff's rules: every pattern, term and
exception of every built-in rule is exercised by one of the rule's examples or by a cover
sentence of its pack's fixtures file (rules/fixtures/PACK.toml), every cover sentence has a
hit of its rule, and every example does what it says (no_trigger: nothing reported, at any
severity). `lintnews test-rules` lists what is missing.
"""

from __future__ import annotations

import pytest

from lintnews.engine.examples import check_rule, pack_cover
from lintnews.packs.model import PackRule
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
RULES = sorted((r for r in REGISTRY.rules.values() if isinstance(r, PackRule) and r.builtin), key=lambda r: r.id)
COVER = pack_cover(RULES)


def test_every_builtin_pack_has_fixtures_for_its_word_lists():
    # a rule of more than a handful of terms cannot document each one; its cover sentences must exist
    big = [r.id for r in RULES if len(r.terms) > 20 and r.id not in COVER]
    assert big == []


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_builtin_rule_examples_cover_the_rule(rule):
    problems = check_rule(REGISTRY, rule, cover=COVER.get(rule.id, ()))
    assert not problems, "\n".join(problems)
