"""Is a rule id or category that the user wrote one that exists? If not, which is nearest?

``--select``, ``--ignore``, config ``select``/``ignore``/``severity``/``per_path_ignores``
all name rules by id, category or id prefix (``loaded-language``,
``loaded-language/emotive``, ``style/proselint/typography``). A code that matches no
rule would select or silence nothing without a word, so it is an error whose line
names the nearest code that does exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from lintnews.engine.selection import _matches
from lintnews.model.rule import Rule


def _subrules(rule: Rule) -> tuple[str, ...]:
    fn = getattr(rule, "subrules", None)
    if not callable(fn):
        return ()
    try:
        return tuple(str(s) for s in fn())
    except Exception:  # noqa: BLE001 - a plugin's list: a failure means it names nothing more
        return ()


def is_known(code: str, rules: Iterable[Rule]) -> bool:
    """Does ``code`` match a rule, a category, or a sub-rule a rule says it reports?"""
    if code == "ALL":
        return True
    rules = list(rules)
    if any(_matches(code, r.id, r.category) for r in rules):
        return True
    return any(_matches(code, sub, r.category)
               for r in rules if code.startswith(r.id + "/") for sub in _subrules(r))


def _prefixes(rule_id: str) -> Iterable[str]:
    """The id and every prefix of it at a ``/`` or ``.`` (what a code may name)."""
    for i, ch in enumerate(rule_id):
        if ch in "/.":
            yield rule_id[:i]
    yield rule_id


def nearest(code: str, rules: Iterable[Rule]) -> str | None:
    """The existing code most like ``code`` (difflib's ratio), if any is close."""
    import difflib  # (only on an unknown code)

    candidates: set[str] = set()
    for r in rules:
        candidates.add(r.category)
        candidates.update(_prefixes(r.id))
        for sub in _subrules(r):
            candidates.update(_prefixes(sub))
    close = difflib.get_close_matches(code, sorted(candidates), n=1, cutoff=0.6)
    return close[0] if close else None


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
