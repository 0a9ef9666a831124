"""The service's one contact with lintnews's linting code: config, engine, runner.

Everything the service needs from the layers below goes through :class:`ServiceLinter`,
so that when lintnews grows a stable Python API (a reusable linter object, issue 21)
only this module changes.

The server's own config applies: the file given with ``--config``, else the nearest
``.lintnews.toml`` / ``[tool.lintnews]`` above the directory the server runs in. It is
read once, at start-up, on the operator's say; a request never names a file. A
request's ``select`` and ``ignore`` narrow what that config reports (they filter its
diagnostics with the command line's selection rules): a client cannot switch on a
rule the newsroom's config switched off, and no engine is built per request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lintnews.config.config import CliOptions, Resolver
from lintnews.engine.engine import INTERNAL_RULE, iter_rules
from lintnews.engine.selection import code_matches, is_selected
from lintnews.execution.runner import lint_source
from lintnews.model.diagnostic import Diagnostic

# the request's names for the input formats -> the readers' names
FORMATS = {"plain": "text", "text": "text", "markdown": "markdown", "html": "html"}
PROFILES = ("news", "opinion")
# A short draft with a cue of each family: linting it once when a worker starts compiles the
# judges' patterns (they compile when first used), so the first request a fresh or
# replacement worker serves is as fast as any other, not a few tenths of a second slower
# (which, with a short --timeout, turned it into a 503).
WARM_UP_TEXT = (
    "Officials are believed to have known about the leak, sources said. It was a shocking, "
    "disgraceful failure, critics claim.\n\n"
    "Sign up for our newsletter. Related: More stories from the harbour.\n"
)


@dataclass(frozen=True)
class Linted:
    """What linting one text gives: its diagnostics (sorted) and the line starts of the text,
    to turn a diagnostic's line and column back into offsets."""

    diagnostics: list[Diagnostic]
    line_starts: Sequence[int]


class ServiceLinter:
    """Lints submitted texts with the server's config; describes its rules.

    Built once per process (the server and each of its workers): loading the plugins and
    building the engine take a good part of a second, linting a 2,000-word draft a few
    milliseconds.
    """

    def __init__(self, config_file: str | None = None, no_plugins: bool = False) -> None:
        self._resolver = Resolver(CliOptions(no_plugins=no_plugins, config_file=config_file))
        self._effective = self._resolver.for_path(None)  # (raises ConfigError: one line)
        self.engine = self._effective.engine
        self.registry = self.engine.registry
        self.config_path: str | None = self._effective.config.path
        self.profile: str = self._effective.settings.profile

    def warm_up(self) -> None:
        """Lint :data:`WARM_UP_TEXT` once and forget the result (see there why)."""
        self.lint(WARM_UP_TEXT)

    # -- rules -----------------------------------------------------------------------------
    def rules(self) -> list[Any]:
        """Every rule the server knows, sorted by id."""
        return list(iter_rules(self.registry))

    def rule(self, rule_id: str) -> Any | None:
        """The rule that reports ``rule_id``: the rule itself, or the rule whose sub-rule it is
        (``style/proselint/hedging`` is reported by ``style/proselint``)."""
        code = rule_id
        while code:
            found = self.registry.rules.get(code)
            if found is not None:
                return found
            code = code.rpartition("/")[0]
        return None

    def known_code(self, code: str) -> bool:
        """Does ``code`` (a rule id or category, as in ``select``) name any rule?"""
        return code == "ALL" or any(code_matches(code, r.id, r.category) for r in self.registry.rules.values())

    # -- linting ---------------------------------------------------------------------------
    def lint(self, text: str, format: str = "plain", profile: str | None = None,
             select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Linted:
        """Lint ``text`` (already validated: ``format`` in :data:`FORMATS`, codes known)."""
        result = lint_source(self.engine, text, "-", FORMATS[format], profile=profile or self.profile)
        found = result.diagnostics
        if select or ignore:
            found = [d for d in found
                     if d.rule == INTERNAL_RULE or is_selected(d.rule, d.category, select, ignore)]
        smap = result.source_map
        return Linted(found, smap.line_starts if smap is not None else [0])
