"""Which codes name rules, and which existing code is nearest to one that names none.

A code (``loaded-language``, ``loaded-language/emotive``, ``style/proselint/typography``) is
written by a user in ``--select``, ``--ignore``, a config, or a suppression directive in the
text itself; each place that reports an unknown code suggests the nearest existing one with
the same function. It lives in the engine layer, below the config, so that the suppression
directives (:mod:`lintnews.engine.suppression`) can suggest too.
"""

from __future__ import annotations

from collections.abc import Iterable

from lintnews.engine.selection import code_matches
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
    if any(code_matches(code, r.id, r.category) for r in rules):
        return True
    return any(code_matches(code, sub, r.category)
               for r in rules if code.startswith(r.id + "/") for sub in _subrules(r))


def _prefixes(rule_id: str) -> Iterable[str]:
    """The id and every prefix of it at a ``/`` or ``.`` (what a code may name)."""
    for i, ch in enumerate(rule_id):
        if ch in "/.":
            yield rule_id[:i]
    yield rule_id


def _shortened(rule_id: str) -> Iterable[str]:
    """The id cut at each hyphen of its last part ("unattributed-claim/passive" of
    "unattributed-claim/passive-attribution"): what a user who half-remembers a rule's name
    types, and what difflib should compare a typo with (the whole id's ratio favours the
    category, which shares more characters with a short typo than the long name does)."""
    head, _, name = rule_id.rpartition("/")
    if not head:
        return
    for i, ch in enumerate(name):
        if ch == "-":
            yield f"{head}/{name[:i]}"


def nearest(code: str, rules: Iterable[Rule]) -> str | None:
    """The existing code most like ``code`` (difflib's ratio), if any is close; a typo of a
    rule's shortened name ("loaded-language/emotiv") stands for the rule it shortens."""
    import difflib  # (only on an unknown code)

    candidates: dict[str, str] = {}  # a form a user may type -> the code to suggest
    for r in rules:
        ids = [r.id, *_subrules(r)]
        candidates.setdefault(r.category, r.category)
        for rule_id in ids:
            for prefix in _prefixes(rule_id):
                candidates[prefix] = prefix
        for rule_id in ids:
            for short in _shortened(rule_id):
                candidates.setdefault(short, rule_id)
    if code.lower() in candidates:  # ("LOADED-LANGUAGE": ids are lower case; difflib is not case-blind)
        return candidates[code.lower()]
    close = difflib.get_close_matches(code.lower(), sorted(candidates), n=1, cutoff=0.6)
    return candidates[close[0]] if close else None
