"""Is a rule id or category that the user wrote one that exists? If not, which is nearest?

``--select``, ``--ignore``, config ``select``/``ignore``/``severity``/``per_path_ignores``
all name rules by id, category or id prefix (``loaded-language``,
``loaded-language/emotive``, ``style/proselint/typography``). A code that matches no
rule would select or silence nothing without a word, so it is an error whose line
names the nearest code that does exist. An empty code (``--select ""``, ``select = [""]``,
``"a,,b"``) names nothing and is an error too, in every place that takes codes.
"""

from __future__ import annotations

from collections.abc import Iterable

from lintnews.engine.codes import is_known, nearest
from lintnews.model.errors import ConfigError
from lintnews.model.rule import Rule

__all__ = ["is_known", "nearest", "split_codes", "unknown_code"]

EMPTY_CODE = "an empty rule code"


def split_codes(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Each value split at commas and stripped: the codes of ``--select a,b --select c`` or of a
    config's ``select = ["a", "b"]``. An empty code is a :class:`ConfigError` naming ``where``:
    ``--select ""`` (an unset ``$CODES`` in a CI script) selected every rule, silently, while
    ``select = [""]`` was an error; ``"a,"`` or ``"a,,b"`` lost a code the user meant to write
    (ruff refuses an empty selector as well)."""
    codes: list[str] = []
    for raw in values:
        for part in raw.split(","):
            code = part.strip()
            if not code:
                shown = f" in {raw!r}" if raw.strip() else ""
                raise ConfigError(f"{where}: {EMPTY_CODE}{shown} (give rule ids or categories, "
                                  f"comma-separated; see `lintnews rules`)")
            codes.append(code)
    return tuple(codes)


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
