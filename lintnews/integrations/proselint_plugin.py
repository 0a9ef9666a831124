"""proselint's checks inside lintnews: a plugin loaded by ``--with-proselint`` (or config
``proselint = true``).

One rule, ``style/proselint``, runs every check proselint's own configuration
enables (its defaults, ``~/.proselintrc.json`` and friends) over the Document's
plain text, so Markdown and HTML markup never reach proselint and positions map
back to the source file like any lintnews finding. Each result is reported
under ``style/proselint/<check path>`` (``--ignore style/proselint/typography``
silences a family, ``--ignore style/proselint`` all of them). Unlike proselint's
``lint()``, there is no ``max_errors`` cap: every result is reported.
Results inside quotation marks are dropped unless the check allows quotes, as proselint does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from lintnews.model.diagnostic import Finding, Severity
from lintnews.model.hookspecs import hookimpl
from lintnews.model.rule import Examples, Rule

RULE_ID = "style/proselint"


@lru_cache(maxsize=1)
def enabled_checks() -> tuple[Any, ...]:
    """proselint's own checks that its configuration enables (never lintnews's bridged ones)."""
    from proselint.checks import __register__
    from proselint.config import load_from

    enabled = load_from()["checks"]
    return tuple(
        check for check in __register__
        if next((value for prefix, value in enabled.items() if check.matches_partial(prefix)), False)
    )


def check_ids() -> tuple[str, ...]:
    """Every id this rule may report (all of proselint's checks, enabled or not): what
    ``--select``/``--ignore`` and config may name below ``style/proselint``."""
    from proselint.checks import __register__

    return tuple(dict.fromkeys(f"{RULE_ID}/{chk.path}" for chk in __register__))


def check(doc: Any) -> Iterator[Finding]:
    from proselint.tools import LintFile

    text = doc.text
    if not text.strip():
        return
    padded = LintFile("<lintnews>", text)  # proselint pads the text with a newline at each end
    content = padded.content
    n = len(text)
    for chk in enabled_checks():
        for result in chk.check_with_flags(content):
            lo, hi = result.span
            if not chk.flags.allow_quotes and padded.is_quoted_pos(lo):
                continue
            start = min(max(lo - 1, 0), n)
            end = min(max(hi - 1, start), n)
            fix = result.replacements or None
            yield Finding(
                start, end, result.message,
                suggestion=f"Use '{fix}'." if fix else None,
                rule=f"{RULE_ID}/{result.check_path}",
                fix=fix,
            )


RULE = Rule(
    id=RULE_ID,
    category="style",
    severity=Severity.WARNING,
    summary="proselint's style checks (clichés, redundancy, hedging, typography, ...).",
    rationale="proselint collects the advice of usage guides; a newsroom that uses it gets its "
              "findings in the same report, positions and formats as lintnews's own.",
    examples=Examples(
        trigger=("I would argue that the budget is very unique.",),
        no_trigger=("The council approved the budget on Monday.",),
    ),
    plugin="proselint",
    check_fn=check,
    subrules=check_ids,
)


@hookimpl
def lintnews_register_rules(register: Callable[[Rule], None]) -> None:
    register(RULE)
