"""No module of lintnews binds the same top-level name twice by accident.

A second ``_NAME = ...`` further down a module silently replaces the first for every function
that reads it, wherever the function stands: twice this happened when a round added a regex or
a word set under a name the module already had, and an older check quietly ran with the new
pattern. A rebinding that extends the old value (``X = X | more``) is deliberate and allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "lintnews"


def _rebound(tree: ast.Module) -> list[str]:
    """Top-level names bound more than once, less those whose later binding reads the name."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, reads = [node.target.id], {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, reads = [node.name], set()
        else:
            continue
        for name in names:
            if name in seen and name not in reads:
                twice.append(name)
            seen.add(name)
    return twice


MODULES = sorted(ROOT.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_shadowing_binding() -> None:
    source = "A = 1\ndef f():\n    return A\nA = 2\nB = {1}\nB = B | {2}\n"
    assert _rebound(ast.parse(source)) == ["A"]
