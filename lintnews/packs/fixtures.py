"""Coverage fixtures of a rule pack: sentences kept apart from the rules' documented examples.

A rule documents itself with a few ``trigger`` and ``no_trigger`` examples (shown by
``lintnews rules show``). A word-list rule of a thousand terms cannot give each term a
documented example without burying the docs, so, like ruff, which keeps its rules' test
fixtures out of their docs, the sentences that only prove coverage live in a separate file:
``fixtures/NAME.toml`` beside the pack ``NAME.toml``::

    [rules."house/crash-words"]
    cover = ["The crash was a tragic pile-up.", "A freak smash closed the road."]

Each ``cover`` sentence must contain a hit of the rule (a term matched or a pattern found,
before exceptions and judges); whether the rule then reports it, and at which severity, is
the sentence's business. They are read only by ``lintnews test-rules`` and the pytest plugin
(never when text is checked), so they cost a run nothing and the shipped plan does not carry
them. A separate file also merges cleanly while others edit the pack's terms.

The schema is closed like the pack's: an unknown key, a rule the pack does not define, or a
value that is not a list of strings is an error naming the file and key.
"""

from __future__ import annotations

from pathlib import Path

from lintnews.model.errors import RulePackError

FIXTURE_KEYS = {"rules"}
FIXTURE_RULE_KEYS = {"cover"}


def fixtures_path(pack: str | Path) -> Path:
    """Where the fixtures of ``pack`` live: ``fixtures/<pack file name>`` beside it."""
    p = Path(pack)
    return p.parent / "fixtures" / p.name


def load_fixtures(pack: str | Path, rule_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """The cover sentences of each rule of ``pack`` (``{}`` when the pack has no fixtures file).

    ``rule_ids`` are the rules the pack defines: fixtures for any other id are an error (a
    renamed rule would otherwise leave its fixtures silently unused).
    """
    from lintnews.util.tomlfile import read_toml

    path = fixtures_path(pack)
    if not path.is_file():
        return {}
    data = read_toml(path, RulePackError, "fixtures file")
    return parse_fixtures(data, str(path), rule_ids)


def parse_fixtures(data: dict[str, object], path: str, rule_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """Validate a parsed fixtures table (see the module docstring); every problem is one line."""
    problems = [f"{path}: {key}: unknown key (expected: rules)" for key in sorted(set(data) - FIXTURE_KEYS)]
    rules = data.get("rules", {})
    found: dict[str, tuple[str, ...]] = {}
    if not isinstance(rules, dict):
        problems.append(f"{path}: rules: must be a table of rule ids")
        rules = {}
    for rule_id, entry in rules.items():
        where = f"rules.{rule_id!r}"
        if rule_id not in rule_ids:
            problems.append(f"{path}: {where}: the pack has no rule {rule_id!r}")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{path}: {where}: must be a table with a 'cover' list")
            continue
        problems.extend(f"{path}: {where}.{key}: unknown key (expected: cover)"
                        for key in sorted(set(entry) - FIXTURE_RULE_KEYS))
        cover = entry.get("cover", [])
        if not isinstance(cover, list) or not all(isinstance(s, str) for s in cover):
            problems.append(f"{path}: {where}.cover: must be a list of strings")
            continue
        found[rule_id] = tuple(cover)
    if problems:
        raise RulePackError("\n".join(problems))
    return found
