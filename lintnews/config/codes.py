"""Is a rule id or category that the user wrote one that exists? If not, which is nearest?

``--select``, ``--ignore``, config ``select``/``ignore``/``severity``/``per_path_ignores``
all name rules by id, category or id prefix (``loaded-language``,
``loaded-language/emotive``, ``style/proselint/typography``). A code that matches no
rule would select or silence nothing without a word, so it is an error whose line
names the nearest code that does exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from lintnews.engine.codes import is_known, nearest
from lintnews.model.rule import Rule

__all__ = ["is_known", "nearest", "unknown_code"]


def unknown_code(code: str, rules: Iterable[Rule]) -> str | None:
    """``None`` when ``code`` is fine, else the message: ``unknown rule or category 'x' (did
    you mean 'y'?)``."""
    rules = list(rules)
    if is_known(code, rules):
        return None
    near = nearest(code, rules)
    if code.startswith("style/proselint") and not any(r.id == "style/proselint" for r in rules):
        hint = "proselint's checks run with --with-proselint or config proselint = true"
    elif near:
        hint = f"did you mean {near!r}?"
    else:
        hint = "see `lintnews rules`"
    return f"unknown rule or category {code!r} ({hint})"
