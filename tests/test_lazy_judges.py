"""The built-in judges that load on first call (``lintnews.builtin.plugin``): each is a small
object whose ``load()`` (which a parallel run calls before forking) gives its module's
``judge``, and which the engine still counts as lintnews's own code (no findings cap)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from lintnews.builtin import plugin
from lintnews.engine.engine import _own_code
from lintnews.packs.model import PackRule
from lintnews.plugins.registry import Registry


def _contexts() -> dict[str, Callable[..., Any]]:
    got: dict[str, Callable[..., Any]] = {}
    plugin.lintnews_register_contexts(got.__setitem__)
    return got


@pytest.mark.parametrize(("context", "module"), [
    ("writer-voice", "lintnews.builtin.loaded.voice"),
    ("attribution", "lintnews.builtin.attribution"),
    ("advertorial-block", "lintnews.builtin.advertorial.judge"),
])
def test_lazy_judge_loads_its_modules_judge(context: str, module: str) -> None:
    lazy = _contexts()[context]
    assert isinstance(lazy, plugin._OnFirstCall)
    loaded = lazy.load()
    assert loaded is importlib.import_module(module).judge
    assert lazy.load() is loaded  # (imported once, then kept)
    rule = PackRule(id=f"test/{context}", category="test", context=context)
    assert _own_code(Registry(contexts={context: lazy}), rule)


def test_a_plugins_judge_is_not_counted_as_lintnews_code() -> None:
    # (the check above can fail: the same test on a judge from outside lintnews.builtin)
    rule = PackRule(id="test/other", category="test", context="other")
    assert not _own_code(Registry(contexts={"other": importlib.import_module("json").dumps}), rule)


def test_a_one_line_check_loads_no_judge(tmp_path) -> None:
    # the families' packages hold code rules whose metadata start-up reads: importing one of
    # them must not pull in its judge (which a line with no hit never calls)
    import subprocess
    import sys

    line = tmp_path / "one.txt"
    line.write_text("The council met on Tuesday.\n", encoding="utf-8")
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write(' '.join(sorted(m for m in sys.modules if m.startswith('lintnews.builtin')))))\n"
        "from lintnews.cli.app import main\n"
        f"sys.argv = ['lintnews', 'check', {str(line)!r}]\n"
        "main()\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    loaded = set(run.stderr.split())
    assert "lintnews.builtin.advertorial.headline_list" in loaded  # (the test sees the modules)
    for judge in ("lintnews.builtin.advertorial.judge", "lintnews.builtin.advertorial.cues",
                  "lintnews.builtin.loaded.voice", "lintnews.builtin.loaded.evidence",
                  "lintnews.builtin.attribution.decision"):
        assert judge not in loaded, judge
