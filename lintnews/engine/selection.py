"""Which rules run: ``select`` / ``ignore`` by rule id or category, as a pure function.

Like flake8's style guide: the most specific (longest) matching code wins, and
an explicit selection beats the implicit default. Codes are matched on whole
``/``-separated segments, so ``loaded-language`` selects
``loaded-language/emotive`` but ``loaded`` selects nothing. A rule that reports
dotted sub-ids (proselint's checks, ``style/proselint/typography.symbols.curly_quotes``)
is matched on its ``.``-separated segments too: ``style/proselint/typography``
selects that family, ``style/proselint/typo`` nothing.
"""

from __future__ import annotations

from collections.abc import Iterable


def code_matches(code: str, rule_id: str, category: str) -> int:
    """Length of the match of ``code`` against the rule (0 when it does not match)."""
    if code == "ALL":
        return 1
    if (code == rule_id or code == category or (rule_id.startswith(code)
            and rule_id[len(code)] in "/.")):
        return len(code) + (1000 if code == rule_id else 0)
    return 0


def is_selected(
    rule_id: str,
    category: str,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> bool:
    """True when the rule runs. No ``select`` means all rules are selected."""
    select = list(select)
    ignore = list(ignore)
    best_select = max((code_matches(c, rule_id, category) for c in select), default=0)
    best_ignore = max((code_matches(c, rule_id, category) for c in ignore), default=0)
    if not select:
        best_select = max(best_select, 1 if not best_ignore else 0)
    if best_select == 0:
        return False
    return best_select > best_ignore
