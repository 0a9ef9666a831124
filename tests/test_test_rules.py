"""Rule examples as tests, with coverage: the checks, `lintnews test-rules` and the pytest plugin.

Run on packs written for these tests (the built-in packs' own coverage is asserted by
tests/test_builtin_rule_coverage.py).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.engine.examples import check_rule
from lintnews.plugins.registry import load_registry

pytest_plugins = ["pytester"]

GOOD = textwrap.dedent('''
    [pack]
    category = "house"

    [[rules]]
    id = "house/crash-words"
    summary = "Words our style guide bans in crash reports."
    rationale = "A collision is not an accident until an inquiry says so."
    message = "'{match}' prejudges the cause."
    terms = ["accident", "pile-up"]
    patterns = ['\\bfreak\\s+crash\\b']
    exceptions = ['\\baccident\\s+and\\s+emergency\\b']

    [rules.examples]
    trigger = ["Two cars were in an accident on the bypass.", "A pile-up closed the road.",
               "It was a freak crash."]
    no_trigger = ["Two cars collided on the bypass.", "She went to accident and emergency."]
''')


def write(tmp_path: Path, body: str, name: str = "house.toml") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def problems(pack: Path) -> dict[str, list[str]]:
    registry = load_registry(extra_packs=[pack], autoload=False)
    return {r.id: check_rule(registry, r) for r in registry.rules.values()
            if getattr(r, "source", "") == str(pack)}


def test_a_pack_whose_examples_cover_it_passes(tmp_path):
    assert problems(write(tmp_path, GOOD)) == {"house/crash-words": []}


@pytest.mark.parametrize(("change", "expected"), [
    # a term, a pattern, an exception that no example exercises
    (('"pile-up"]', '"pile-up", "smash"]'), "term 'smash' is in no example"),
    (("'\\bfreak\\s+crash\\b'", "'\\bfreak\\s+crash\\b', '\\btragic\\s+smash\\b'"),
     r"pattern '\btragic\s+smash\b' matches no example"),
    (("'\\baccident\\s+and\\s+emergency\\b'", "'\\baccident\\s+and\\s+emergency\\b', '\\baccident\\s+report\\b'"),
     r"exception '\baccident\s+report\b' covers a hit in no example"),
    # a trigger example that is not flagged, a no_trigger example that is (at any severity)
    (('"It was a freak crash."', '"It was a freak crash.", "The road was closed."'),
     "trigger example 'The road was closed.' is not flagged"),
    (('"Two cars collided on the bypass."', '"Two cars collided in an accident."'),
     "no_trigger example 'Two cars collided in an accident.' is flagged at warning"),
])
def test_each_gap_is_one_line(tmp_path, change, expected):
    body = GOOD.replace(*change)
    assert body != GOOD
    [found] = problems(write(tmp_path, body)).values()
    assert any(expected in p for p in found), found


def test_no_trigger_means_no_diagnostic_at_any_severity(tmp_path):
    """A no_trigger example reported at info fails: 'leaves alone' means no diagnostic."""
    body = GOOD.replace('message = "', 'severity = "info"\nmessage = "')
    body = body.replace('"Two cars collided on the bypass."', '"Two cars collided in an accident."')
    [found] = problems(write(tmp_path, body)).values()
    assert any("is flagged at info" in p for p in found), found


def test_test_rules_command(tmp_path):
    good = write(tmp_path, GOOD)
    result = CliRunner().invoke(main, ["test-rules", str(good)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "1 rules, 5 examples: all pass"
    bad = write(tmp_path, GOOD.replace('"pile-up"]', '"pile-up", "smash"]').replace("crash-words", "other"),
                "bad.toml")
    result = CliRunner().invoke(main, ["test-rules", str(good), str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"{bad}: rule house/other: term 'smash' is in no example",
                                                  "2 rules, 10 examples: 1 failed"]
    broken = write(tmp_path, GOOD.replace("patterns = ['\\bfreak", "patterns = ['(?<=x)\\bfreak"), "broken.toml")
    result = CliRunner().invoke(main, ["test-rules", str(broken)])
    assert result.exit_code == 2 and "look-around" in result.stderr


def test_pytest_plugin_runs_a_packs_examples(pytester):
    pytester.makefile(".toml", house=GOOD)
    pytester.makefile(".toml", bad=GOOD.replace('id = "house/crash-words"', 'id = "house/other"')
                      .replace('"pile-up"]', '"pile-up", "smash"]'))
    pytester.makeini("[pytest]\nlintnews_packs =\n    house.toml\n    bad.toml\n")
    result = pytester.runpytest("-p", "no:cacheprovider")  # (the plugin is installed with lintnews)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*bad.toml: rule house/other:*", "*term 'smash' is in no example*"])


def test_the_readme_pack_is_the_example_file():
    """The README's `lintnews test-rules examples/house.toml` run is of the pack it shows."""
    import re

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[pack\]\nname = \"house\".*?)```", readme, re.S)
    assert block is not None
    assert (root / "examples" / "house.toml").read_text(encoding="utf-8") == block.group(1)


# ---- coverage fixtures: cover sentences in fixtures/PACK.toml, kept out of the docs ----

def write_fixtures(pack: Path, body: str) -> Path:
    (pack.parent / "fixtures").mkdir(exist_ok=True)
    return write(pack.parent / "fixtures", textwrap.dedent(body), pack.name)


def test_a_cover_sentence_covers_a_term_no_documented_example_has(tmp_path):
    pack = write(tmp_path, GOOD.replace('"pile-up"]', '"pile-up", "smash"]'))
    assert [p for p in run_test_rules(pack)[1] if "smash" in p]
    write_fixtures(pack, '''
        [rules."house/crash-words"]
        cover = ["A smash on the ring road delayed buses."]
    ''')
    code, lines = run_test_rules(pack)
    assert code == 0 and lines == ["1 rules, 6 examples: all pass"]


def test_a_cover_sentence_covers_an_exception_and_a_pattern(tmp_path):
    body = GOOD.replace('"She went to accident and emergency."', '"The road reopened."')
    body = body.replace('"It was a freak crash."', '"It was an accident."')
    pack = write(tmp_path, body)
    before = run_test_rules(pack)[1]
    assert any("exception" in p for p in before) and any("pattern" in p for p in before)
    write_fixtures(pack, '''
        [rules."house/crash-words"]
        cover = ["He went to accident and emergency after a freak crash."]
    ''')
    assert run_test_rules(pack) == (0, ["1 rules, 6 examples: all pass"])


def test_a_cover_sentence_without_a_hit_is_a_problem(tmp_path):
    pack = write(tmp_path, GOOD)
    write_fixtures(pack, '''
        [rules."house/crash-words"]
        cover = ["Two lorries collided near the school."]
    ''')
    code, lines = run_test_rules(pack)
    assert code == 1
    assert lines[0] == (f"{pack}: rule house/crash-words: cover sentence "
                        "'Two lorries collided near the school.' has no hit of the rule")


@pytest.mark.parametrize(("body", "expected"), [
    ('[rules."house/crash-words"]\ncovers = ["An accident."]', "rules.'house/crash-words'.covers: unknown key"),
    ('[rules."house/crash-word"]\ncover = ["An accident."]', "the pack has no rule 'house/crash-word'"),
    ('[rules."house/crash-words"]\ncover = "An accident."', "cover: must be a list of strings"),
    ('[rule."house/crash-words"]\ncover = ["An accident."]', "rule: unknown key"),
])
def test_a_typo_in_the_fixtures_file_is_an_error(tmp_path, body, expected):
    pack = write(tmp_path, GOOD)
    fixtures = write_fixtures(pack, body)
    result = CliRunner().invoke(main, ["test-rules", str(pack)])
    assert result.exit_code == 2, result.output
    assert str(fixtures) in result.stderr and expected in result.stderr, result.stderr


def test_cover_sentences_are_not_documentation(tmp_path):
    pack = write(tmp_path, GOOD)
    write_fixtures(pack, '''
        [rules."house/crash-words"]
        cover = ["A smash-up, not an accident, closed the lane."]
    ''')
    result = CliRunner().invoke(main, ["explain", "house/crash-words", "--rule-pack", str(pack)])
    assert result.exit_code == 0 and "Two cars collided on the bypass." in result.output, result.output
    assert "smash-up" not in result.output


def run_test_rules(pack: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["test-rules", str(pack)])
    return result.exit_code, result.output.strip().splitlines()
