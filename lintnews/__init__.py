"""lintnews: a prose linter for newsrooms.

Finds unattributed claims, loaded language in the writer's own voice, and
advertorial insertions, with exact line and column positions.

The public API is imported lazily so that ``import lintnews`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Diagnostic", "Finding", "Severity", "Rule", "Examples", "Document", "hookimpl",
    "lint_text", "Linter", "LintResult", "DISCOVER", "LintnewsError", "__version__",
]

_LAZY = {
    "Diagnostic": "lintnews.model.diagnostic",
    "Finding": "lintnews.model.diagnostic",
    "Severity": "lintnews.model.diagnostic",
    "Rule": "lintnews.model.rule",
    "Examples": "lintnews.model.rule",
    "Document": "lintnews.document.document",
    "hookimpl": "lintnews.model.hookspecs",
    "lint_text": "lintnews.execution.api",
    "Linter": "lintnews.execution.api",
    "LintResult": "lintnews.execution.api",
    "DISCOVER": "lintnews.execution.api",
    "LintnewsError": "lintnews.model.errors",
}

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.execution.api import DISCOVER, Linter, LintResult, lint_text
    from lintnews.model.diagnostic import Diagnostic, Finding, Severity
    from lintnews.model.errors import LintnewsError
    from lintnews.model.hookspecs import hookimpl
    from lintnews.model.rule import Examples, Rule


def _lazy_submodule(name: str) -> None:
    """Import ``name`` now but run it on first attribute access (``importlib.util.LazyLoader``).

    ``lintnews.document.speech`` compiles large speaker patterns (a fifth of a one-line
    check's start-up) that only a file with quotations or hearsay cues needs.
    """
    import sys
    from importlib.util import LazyLoader, find_spec, module_from_spec

    if name in sys.modules:
        return
    spec = find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = LazyLoader(spec.loader)
    module = module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    # bound on its package too, so that "from lintnews.document import speech" finds it
    # without the import system looking inside it (which would run it)
    from importlib import import_module

    parent, _, child = name.rpartition(".")
    setattr(import_module(parent), child, module)


_lazy_submodule("lintnews.document.speech")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lintnews' has no attribute {name!r}")
