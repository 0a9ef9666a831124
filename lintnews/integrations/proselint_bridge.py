"""lintnews's rules inside proselint 0.16: each rule becomes a proselint ``Check``.

Call :func:`register` before linting with proselint's API, or run the
``proselint-lintnews`` console script instead of ``proselint``::

    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile
    import lintnews.integrations.proselint_bridge

    CheckRegistry().register_many(__register__)   # proselint's own checks (optional)
    lintnews.integrations.proselint_bridge.register()           # lintnews's rules
    LintFile("draft.md", text).lint()              # both, as LintResults

Each check's path is ``lintnews.<category>.<name>`` (the rule id with ``/`` as
``.``), so proselint's config switches them like its own: ``{"checks":
{"lintnews": false}}`` or ``{"checks": {"lintnews.loaded-language": false}}``.
:func:`register` enables the ``lintnews`` prefix in proselint's default config,
because proselint only runs checks whose path its config enables.

lintnews lints the text once per document, however many rules are registered:
every check reads its own rule's diagnostics from a small cache. The checks set
``allow_quotes`` because lintnews already decides what a quoted speaker may say.
A file is read as ``lintnews check`` reads it, by its extension (Markdown: not its
code or block quotes as the writer's words; HTML: the article, not the page around it),
so ``LintFile("draft.md", text)`` and ``proselint-lintnews check page.html`` report
what ``lintnews check`` reports; ``<stdin>`` is plain text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lintnews.engine.engine import Engine

CHECK_PREFIX = "lintnews"
_registered: dict[str, Any] = {}  # check path -> Check, so register() is idempotent


def check_path(rule_id: str) -> str:
    """The proselint check path of a lintnews rule id."""
    return f"{CHECK_PREFIX}." + rule_id.replace("/", ".")


# The file proselint is linting (its ``LintFile.source``), while it runs the checks: a check
# is only handed the text, and the format (Markdown, HTML, plain text) is in the file's name.
_SOURCE: ContextVar[object] = ContextVar("lintnews_proselint_source", default=None)


def reader_for(source: object) -> str:
    """The lintnews reader for a file proselint lints (by extension, as ``lintnews check`` picks
    it; ``<stdin>`` or no name: plain text)."""
    name = str(getattr(source, "name", source) or "")
    if not name or name.startswith("<"):
        return "text"
    return _engine().registry.reader_for(name).name


@lru_cache(maxsize=8)
def _lint(text: str, reader: str = "text") -> tuple[tuple[str, int, int, str, str | None], ...]:
    """``(rule, start, end, message, fix)`` for every diagnostic of ``text`` read as ``reader``
    (so fenced code, block quotes, markup and an HTML page's navigation are what they are in
    ``lintnews check``), in offsets of ``text``."""
    from lintnews.execution.runner import lint_source

    # proselint pads the file with a newline at each end: the draft starts after the first
    # (Markdown front matter must be at its very start)
    shift = 1 if text.startswith("\n") else 0
    body = text[shift:]
    engine = _engine()
    result = lint_source(engine, body, "<proselint>", format_name=reader)
    starts = result.source_map.line_starts if result.source_map is not None else [0]

    def offset(line: int, col: int) -> int:
        return min(starts[line - 1] + col - 1, len(body)) + shift

    return tuple(
        (d.rule, offset(d.line, d.column), offset(d.end_line, d.end_column), d.message, d.fix)
        for d in result.diagnostics
    )


def _remember_source() -> None:
    """Make proselint's ``LintFile.lint`` tell the checks which file they are linting.

    (proselint 0.16 hands a check the text only; this wraps the one method that knows the
    file, once, and changes nothing else it does.)"""
    from proselint.tools import LintFile

    if getattr(LintFile.lint, "_lintnews_source", False):
        return
    original = LintFile.lint

    def lint(self: Any, *args: Any, **kwargs: Any) -> Any:
        token = _SOURCE.set(self.source)
        try:
            return original(self, *args, **kwargs)
        finally:
            _SOURCE.reset(token)

    lint._lintnews_source = True  # type: ignore[attr-defined]
    lint.__doc__ = original.__doc__
    LintFile.lint = lint


@lru_cache(maxsize=1)
def _engine() -> Engine:
    from lintnews.engine.engine import Engine
    from lintnews.plugins.registry import load_registry

    return Engine(load_registry())


def _make_check(rule: Any) -> Any:
    from proselint.registry.checks import Check, CheckFlags, CheckResult

    path = check_path(rule.id)

    def run(text: str, check: Check) -> Iterator[CheckResult]:
        for rid, start, end, message, fix in _lint(text, reader_for(_SOURCE.get())):
            if rid == rule.id:
                yield CheckResult(check_path=check.path, message=message, span=(start, end), replacements=fix)

    return Check(check_type=run, path=path, message=rule.summary, flags=CheckFlags(allow_quotes=True))


def register(rules: Any = None) -> list[Any]:
    """Register lintnews's rules (default: every rule of the installed plugins) as proselint checks.

    Returns the checks registered by this call; calling it again registers nothing new.
    """
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry

    if rules is None:
        rules = _engine().rules
    new = []
    for rule in rules:
        path = check_path(rule.id)
        if path in _registered:
            continue
        _registered[path] = check = _make_check(rule)
        new.append(check)
    CheckRegistry().register_many(tuple(new))
    DEFAULT["checks"].setdefault(CHECK_PREFIX, True)
    _remember_source()
    return new


def main() -> None:
    """``proselint-lintnews``: proselint's own command line, with lintnews's rules registered."""
    from proselint import command_line

    try:
        register()
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        print(f"proselint-lintnews: cannot load lintnews rules: {exc}", file=sys.stderr)
        sys.exit(2)
    command_line.main()
