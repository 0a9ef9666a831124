"""The README's example runs, checked against what the commands print today.

A fenced block whose first line is ``$ lintnews ...`` is an example run: the lines
after it are the output, where a line ``...`` stands for any number of lines. The
test suite (``tests/test_readme.py``) runs each command from the repository root and
fails when the README differs; ``python tests/readme_examples.py --update`` rewrites
the blocks from the real output, keeping the same diagnostics (by their
``path:line:col``) and eliding the others with ``...``.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```[a-z]*\n(\$ lintnews [^\n]*)\n(.*?)^```$", re.M | re.S)
LOCATOR = re.compile(r"^(\S+:\d+:\d+):")
SUMMARY = re.compile(r"^\d+ problems? found\.$")
ELLIPSIS = "..."


@dataclass
class Example:
    command: str  # the line after "$ "
    expected: list[str]
    span: tuple[int, int]  # where the output lines sit in the README text

    @property
    def args(self) -> list[str]:
        return shlex.split(self.command)[1:]  # without "lintnews"


def examples(text: str | None = None) -> list[Example]:
    text = README.read_text(encoding="utf-8") if text is None else text
    out = []
    for m in FENCE.finditer(text):
        out.append(Example(m.group(1)[2:], m.group(2).splitlines(), (m.start(2), m.end(2))))
    return out


def run(example: Example) -> tuple[int, str]:
    """Run the example's command in-process from the repository root (no colour, no
    entry-point plugins): its exit code and standard output."""
    import os

    from click.testing import CliRunner

    from lintnews.cli import main

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, example.args, env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    finally:
        os.chdir(cwd)
    return result.exit_code, result.stdout


def matches(expected: list[str], output: str) -> bool:
    """Do the README's lines match the output (``...``: any lines, maybe none)?"""
    pattern = "".join("(?:.*\n)*?" if line == ELLIPSIS else re.escape(line) + "\n" for line in expected)
    return re.fullmatch(pattern, output) is not None


def _groups(output: str) -> list[list[str]]:
    """The output cut into diagnostics (a locator line and what follows it) and summaries."""
    groups: list[list[str]] = []
    for line in output.splitlines():
        if LOCATOR.match(line) or SUMMARY.match(line) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _key(line: str) -> str:
    m = LOCATOR.match(line)
    return m.group(1) if m else ("summary" if SUMMARY.match(line) else line)


def regenerate(example: Example, output: str) -> list[str]:
    """The output with the diagnostics the README shows now, the rest elided."""
    wanted = [_key(line) for line in example.expected if LOCATOR.match(line) or SUMMARY.match(line)]
    if not wanted:  # not a report (``lintnews config``, a new block): all of it
        return output.splitlines()
    groups = _groups(output)
    keys = [_key(g[0]) for g in groups]
    missing = [w for w in wanted if w not in keys]
    if missing:
        raise SystemExit(f"README example `{example.command}`: no longer reports {missing}; edit it by hand")
    lines: list[str] = []
    last = -1
    for i, (key, group) in enumerate(zip(keys, groups, strict=True)):
        if key in wanted:
            if i != last + 1:
                lines.append(ELLIPSIS)
            lines.extend(group)
            last = i
    if last != len(groups) - 1:
        lines.append(ELLIPSIS)
    return lines


def update() -> int:
    text = README.read_text(encoding="utf-8")
    changed = 0
    for example in reversed(examples(text)):  # from the end: earlier spans stay valid
        _, output = run(example)
        if matches(example.expected, output):
            continue
        new = "\n".join(regenerate(example, output)) + "\n"
        text = text[: example.span[0]] + new + text[example.span[1] :]
        changed += 1
        print(f"updated: $ {example.command}")
    README.write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        raise SystemExit("usage: python tests/readme_examples.py --update")
    update()
