"""The architecture stays visible: layers import only downwards, and no module imports
itself back through another (DESIGN.md, "Layers"). The contract lives in pyproject.toml
([tool.importlinter]) so that ``lint-imports`` checks the same thing from the shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent


def test_the_layers_contract_is_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"  # (import-linter's command)
    run = subprocess.run([str(lint_imports), "--config", str(ROOT / "pyproject.toml")],
                         capture_output=True, text=True, cwd=ROOT)
    # the layers of the whole package, and inside builtin/ the three families (attribution,
    # advertorial, loaded) independent of one another over the shared constructions
    assert run.returncode == 0 and "2 kept, 0 broken" in run.stdout, run.stdout + run.stderr
    assert "Built-in families" in run.stdout


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(m: str) -> None:
        index[m] = low[m] = counter[0]
        counter[0] += 1
        stack.append(m)
        on_stack.add(m)
        for n in graph.find_modules_directly_imported_by(m):
            if n not in modules:
                continue
            if n not in index:
                visit(n)
                low[m] = min(low[m], low[n])
            elif n in on_stack:
                low[m] = min(low[m], index[n])
        if low[m] == index[m]:
            component = []
            while True:
                n = stack.pop()
                on_stack.discard(n)
                component.append(n)
                if n == m:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for m in sorted(modules):
        if m not in index:
            visit(m)
    return found


def test_no_import_cycles_between_modules():
    graph = grimp.build_graph("lintnews", exclude_type_checking_imports=True)
    # the package root only re-exports the public API lazily; it is no layer of its own
    modules = {m for m in graph.modules if m != "lintnews"}
    assert _cycles(graph, modules) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for m in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(m)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph, {"p.a", "p.b", "p.c"}) == [["p.a", "p.b"]]
