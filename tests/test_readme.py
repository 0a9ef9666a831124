"""The README says what the commands print (README drift, issue 18 item 13).

Every ``$ lintnews ...`` block is run and compared (``tests/readme_examples.py``;
``python tests/readme_examples.py --update`` rewrites the blocks after a change of
wording). The other documented facts are checked here too: the example rule pack
flags its own trigger at its own severity, the config error line is the one printed,
``lintnews config`` lists every config key, and what the Speed section says of patterns.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from readme_examples import README, examples, matches, regenerate, run

from lintnews.cli import main
from lintnews.config.config import KEYS

TEXT = README.read_text(encoding="utf-8")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    return result.exit_code, result.stdout, result.stderr


def test_the_readme_has_example_runs():
    assert len(examples()) >= 4


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.command)
def test_readme_example_output_is_what_the_command_prints(example):
    code, output = run(example)
    assert code in (0, 1), output
    assert matches(example.expected, output), (
        "README differs from the command's output; run `python tests/readme_examples.py --update`\n"
        + "\n".join(regenerate(example, output)))


def test_ellipsis_matching():
    assert matches(["a", "...", "d"], "a\nb\nc\nd\n")
    assert matches(["a", "...", "b"], "a\nb\n")
    assert not matches(["a", "c"], "a\nb\nc\n")
    assert not matches(["a", "..."], "b\n")


def _toml_block(first_line: str) -> str:
    for m in re.finditer(r"```toml\n(.*?)```", TEXT, re.S):
        if m.group(1).startswith(first_line):
            return m.group(1)
    raise AssertionError(f"no toml block starting {first_line!r}")


def test_the_example_rule_pack_flags_its_trigger_at_its_severity(tmp_path):
    """Before: the pack's `sense = "speech"` made its own trigger an info."""
    pack = tmp_path / "house.toml"
    pack.write_text(_toml_block("[pack]"), encoding="utf-8")
    block = _toml_block("[pack]")
    severity = re.search(r'^severity = "(\w+)"', block, re.M).group(1)
    trigger = re.search(r'^trigger = \["(.*?)"\]', block, re.M).group(1)
    no_trigger = re.search(r'^no_trigger = \["(.*?)"\]', block, re.M).group(1)
    for text, expected in ((trigger, [severity]), (no_trigger, [])):
        story = tmp_path / "story.txt"
        story.write_text(text + "\n", encoding="utf-8")
        _code, out, err = invoke("check", "--rule-pack", str(pack), "--select", "house", "-f", "json",
                                str(story))
        assert err == ""
        import json

        assert [d["severity"] for d in json.loads(out)["diagnostics"]] == expected, (text, out)


def test_the_config_error_line_is_the_one_printed(tmp_path, monkeypatch):
    line = next(x for x in TEXT.splitlines() if x.startswith("lintnews: pyproject.toml: tool.lintnews.fail_on"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.lintnews]\nfail_on = "warn"\n')
    (tmp_path / "story.txt").write_text("It rained.\n")
    code, _, err = invoke("check", "story.txt")
    assert code == 2
    assert err.strip() == line.replace("pyproject.toml", str(tmp_path / "pyproject.toml"), 1)


def test_lintnews_config_lists_every_documented_key(tmp_path):
    """Before: `proselint` (a documented key) was missing from the output."""
    code, out, _ = invoke("config", str(tmp_path))
    assert code == 0
    shown = {line.split(" = ")[0] for line in out.splitlines() if " = " in line}
    assert shown == set(KEYS)
    table = {m.group(1) for m in re.finditer(r"^\| `(\w+)`", TEXT, re.M)}
    assert set(KEYS) <= table | {"select", "ignore"}


def test_the_speed_section_says_what_the_safety_check_does(tmp_path):
    """Before: it said `\\w+ly\\b` "still works", though such a pack is refused."""
    speed = TEXT[TEXT.index("## Speed and benchmarks"):TEXT.index("## Accuracy")]
    m = re.search(r"A pattern with no literal start \(`([^`]+)`\)", speed)
    assert m, "the Speed section no longer gives an example pattern"
    pattern = m.group(1)
    pack = tmp_path / "p.toml"
    pack.write_text(textwrap.dedent(f"""\
        [[rules]]
        id = "house/ly"
        summary = "Adverbs."
        message = "'{{match}}'."
        patterns = ['{pattern}']
        [rules.examples]
        trigger = ["It was quickly done."]
        no_trigger = ["It was done."]
        """), encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("It was quickly done.\n")
    code, _, err = invoke("check", "--rule-pack", str(pack), str(story))
    assert err == "" and code == 1, err  # the pattern the README cites is accepted
    assert Path(pack).exists()


def test_the_usage_synopsis_lists_every_option_of_check():
    """Before: `--format-in`, `--html-scope`, `--color` and `-q` were missing from it."""
    usage = TEXT[TEXT.index("## Usage"):TEXT.index("### Exit codes")]
    synopsis = usage[: usage.index("lintnews rules")]
    from lintnews.cli.check import check

    def shown(option: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", synopsis) is not None

    # (an option is listed under any of its names: "-j N" for --jobs; --no-color with --color)
    options = [p.opts + p.secondary_opts for p in check.params if p.opts[0].startswith("-")]
    assert options and [o for o in options if not any(map(shown, o))] == []
