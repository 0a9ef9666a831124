"""Inline suppression: ``<!-- lintnews: disable=RULE -->`` and friends.

Readers find the directive comments (they know the syntax of their format);
this module decides which diagnostics they silence. Rule names may be rule ids
or categories. A name that matches no rule is itself reported at ``info``,
because a typo would otherwise silently disable nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lintnews.engine.selection import code_matches
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.readers import DIRECTIVE_ACTIONS

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.plugins.registry import Registry
    from lintnews.readers import Directive

UNKNOWN_RULE = "lintnews/unknown-directive-rule"


# a place in the source: (line, column), both 1-based, as diagnostics and directives give them
Place = tuple[int, int]
_END_OF_LINE = 1 << 62  # (a column after every column of a line)


class Suppressions:
    """The stretches of the source each directive silences, and the directives' own problems.

    ``disable`` opens a stretch (for the named rules, or all) where the comment stands, ``enable``
    closes it where the comment stands (on one line, "text <!-- disable -->" leaves the text
    before the comment alone, as "<!-- enable --> text" does the text after it);
    ``disable-next-line`` covers the next line of prose. ``enable`` with names closes every open
    stretch its names cover (``enable=loaded-language`` closes ``disable=loaded-language/emotive``)
    and cuts them out of one that covers them (after ``disable``, ``enable=advertorial`` reports
    advertorial again and the rest stays silent), as ESLint's comments do. A diagnostic is
    silenced when it starts inside a stretch that names its rule or category and does not
    cut it out.
    """

    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.known_ids = set(registry.rules)
        self.known_categories = {r.category for r in registry.rules.values()}
        self._category = {rid: r.category for rid, r in registry.rules.items()}
        # (first place, place after the last or None for open-ended, rules, rules cut out)
        self.ranges: list[tuple[Place, Place | None, tuple[str, ...], tuple[str, ...]]] = []
        self._problems: list[Diagnostic] = []
        open_: dict[str, tuple[Place, tuple[str, ...]]] = {}  # name -> (where it opened, cut out)
        for d in sorted(doc.directives, key=lambda d: (d.line, d.column)):
            if d.action not in DIRECTIVE_ACTIONS:
                self._problems.append(self._unknown_action(d))
                continue
            for name in d.rules:
                if name not in self.known_ids and name not in self.known_categories and name != "ALL":
                    problem = self._unknown_rule(d, name, registry)
                    if problem is not None:
                        self._problems.append(problem)
            names = d.rules or ("ALL",)
            here = (d.line, d.column)
            if d.action == "disable-next-line":
                target = self._next_prose_line(d.line)
                self.ranges.append(((target, 0), (target, _END_OF_LINE), names, ()))
            elif d.action == "disable":
                for n in names:
                    open_.setdefault(n, (here, ()))
            elif d.action == "enable":
                for n, (start, cut) in list(open_.items()):
                    if any(self._covers(e, n) for e in names):
                        self.ranges.append((start, here, (n,), cut))
                        del open_[n]
                        continue
                    inside = tuple(e for e in names if self._covers(n, e) and e not in cut)
                    if inside:  # (the names enabled inside an open stretch: cut out from here on)
                        self.ranges.append((start, here, (n,), cut))
                        open_[n] = (here, cut + inside)
        for n, (start, cut) in open_.items():
            self.ranges.append((start, None, (n,), cut))

    def _covers(self, wide: str, narrow: str) -> bool:
        """Does every rule ``narrow`` names fall under ``wide`` (``ALL``, a category, a rule id)?"""
        if wide == narrow or wide == "ALL":
            return True
        if narrow == "ALL":
            return False
        rule_id = narrow if narrow in self._category else None
        if rule_id is None:  # (a sub-rule's id, "style/proselint/hedging": its rule's category)
            head = next((r for r in self._category if narrow.startswith(r + "/") or narrow.startswith(r + ".")), None)
            if head is None:
                return False
            return bool(code_matches(wide, narrow, self._category[head]))
        return bool(code_matches(wide, rule_id, self._category[rule_id]))

    def _unknown_rule(self, d: Directive, name: str, registry: Registry) -> Diagnostic | None:
        """A directive's rule name that names no rule (``info``), with the nearest code that does,
        as ``--select`` gives it; ``None`` for a prefix of an id or a sub-rule's id, which the
        directive does silence (``style/proselint/typography``)."""
        from lintnews.engine.codes import is_known, nearest

        rules = list(registry.rules.values())
        if is_known(name, rules):
            return None
        near = nearest(name, rules)
        hint = f" (did you mean {near!r}?)" if near else ""
        return self._notice(d, f"unknown rule or category {name!r} in a lintnews directive{hint}",
                            "Check the spelling against `lintnews rules`.")

    def _unknown_action(self, d: Directive) -> Diagnostic:
        """``lintnews: disabel=...``: a directive that silences nothing, said so (``info``)."""
        from difflib import get_close_matches

        first, _, rest = d.action.partition(" ")
        if rest and first.lower() in {*DIRECTIVE_ACTIONS, "ignore"}:
            # "<!-- lintnews: disable advertorial -->": the names want an "=" before them
            return self._notice(d, f"malformed lintnews directive {d.action!r}: it silences nothing "
                                   f"(did you mean '{first}={','.join(rest.replace(',', ' ').split())}'?)",
                                "Rule names follow '=', comma-separated: <!-- lintnews: disable=RULE,RULE -->.")
        near = get_close_matches(d.action.lower(), [*DIRECTIVE_ACTIONS, "ignore"], n=1, cutoff=0.6)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        return self._notice(d, f"unknown lintnews directive {d.action!r}{hint}: it silences nothing",
                            "Write disable, enable, disable-next-line or ignore, e.g. <!-- lintnews: disable=RULE -->.")

    def _notice(self, d: Directive, message: str, suggestion: str) -> Diagnostic:
        """An ``info`` about the directive ``d`` itself, reported under ``lintnews/unknown-directive-rule``."""
        return Diagnostic(self.doc.path, d.line, d.column, d.line, d.end_column, UNKNOWN_RULE, "lintnews",
                          Severity.INFO, message, suggestion)

    def _next_prose_line(self, line: int) -> int:
        """The first source line after ``line`` that carries linted text.

        "Next line" means the next line of prose, not the next physical line: a
        blank line, another directive or a line of markup (``<p>`` alone on its
        line) between the comment and the sentence it is about must not make the
        directive silence nothing.
        """
        smap = self.doc.source_map
        text = self.doc.text
        starts = smap.line_starts
        if line >= len(starts):
            return line + 1
        after = starts[line]  # source offset where line + 1 begins
        for p, plen, s, slen in smap.segments:
            if s + slen <= after:
                continue
            chunk = text[p : p + plen]
            if plen == slen:
                skip = max(after - s, 0)
                rest = chunk[skip:]
                stripped = len(rest) - len(rest.lstrip())
                if stripped < len(rest):
                    return smap.line_col(s + skip + stripped)[0]
            elif s >= after and chunk.strip():
                return smap.line_col(s)[0]
        return line + 1

    def suppressed(self, d: Diagnostic) -> bool:
        at = (d.line, d.column)
        for first, last, names, cut in self.ranges:
            if first <= at and (last is None or at < last) and any(
                code_matches(n, d.rule, d.category) for n in names
            ) and not any(code_matches(c, d.rule, d.category) for c in cut):
                return True
        return False

    def problems(self) -> list[Diagnostic]:
        return list(self._problems)
