"""The filters stage: from what the rules found to the diagnostics reported.

Rules decide what they find and how sure they are (a judge saying "this case is
doubtful: info" is judgement, and stays in the rule). Everything the run's settings
decide happens here, in one place, in a fixed order, each step a small pure function
over an iterable (``tests/test_filters.py`` tests each with a table):

1. :func:`select`: a finding reported under a sub-rule id (``style/proselint/hedging``)
   is kept only when that id is selected (the rules that run at all are chosen by
   the engine);
2. :func:`severity`: the finding's own severity (or its rule's), lowered to ``info``
   by the ``opinion`` profile for rules that judge the writer's own voice, then the
   config's overrides (a rule id or sub-rule id beats the profile; a category leaves
   ``info`` hints alone);
3. :func:`deferred`: a catch-all rule's finding (``Rule.defers``) gives way where another
   rule of its category warns on the same words (one report for one inserted plug);
4. :func:`shown`: findings rated below the least severity shown (config ``min_severity``,
   ``--min-severity``) are dropped: a desk that wants warnings only is not shown hints;
5. :func:`accepted`: the house accept list (config ``accept``): findings whose flagged
   words are an accepted word or one of its inflections are dropped;
6. position mapping (not a filter: plain-text offsets to source lines and columns);
7. :func:`unsuppressed`: inline suppression comments;
8. :func:`one_per_place`: one diagnostic per rule and span, sorted by place (the
   suppression comments' own hints, rated ``info``, are held to step 4's severity too).

Findings of :data:`INTERNAL_RULE` (a plugin rule that failed) pass every step.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING

from lintnews.engine.selection import is_selected
from lintnews.model.diagnostic import Diagnostic, Finding, Severity
from lintnews.model.rule import Rule

if TYPE_CHECKING:
    from lintnews.engine.suppression import Suppressions

INTERNAL_RULE = "lintnews/rule-failure"
OPINION = "opinion"  # the profile of columns and editorials: judgement is the genre there

# (rule, finding) pairs, then (rule, finding, severity) triples
Found = tuple[Rule, Finding]
Rated = tuple[Rule, Finding, Severity]


def select(found: Iterable[Found], select_: tuple[str, ...], ignore: tuple[str, ...]) -> Iterator[Found]:
    """Findings of sub-rules that are not selected are dropped (a rule's own are kept: the
    rule runs because it is selected)."""
    for rule, f in found:
        rule_id = f.rule
        if rule_id and rule_id != rule.id and rule_id != INTERNAL_RULE and not is_selected(
            rule_id, rule.category, select_, ignore
        ):
            continue
        yield rule, f


def severity(found: Iterable[Found], overrides: Mapping[str, Severity], profile: str) -> Iterator[Rated]:
    """Each finding with the severity it is reported at (see the module docstring)."""
    opinion = profile == OPINION
    for rule, f in found:
        rule_id = f.rule or rule.id
        if rule_id == INTERNAL_RULE:
            yield rule, f, Severity.ERROR
            continue
        base = f.severity or rule.severity
        if opinion and getattr(rule, "writer_voice", False):
            base = Severity.INFO
        if overrides:
            if rule.id in overrides:
                base = overrides[rule.id]
            elif f.rule and f.rule in overrides:
                base = overrides[f.rule]
            elif rule.category in overrides and base is not Severity.INFO:
                base = overrides[rule.category]
        yield rule, f, base


def deferred(found: Iterable[Rated]) -> Iterator[Rated]:
    """The findings, less those of a deferring rule (``Rule.defers``) that overlap a finding
    rated ``warning`` or above of another rule of the same category: the specific rule's
    report stands for the words, the catch-all's would say the same thing twice. (After
    :func:`severity`: a rule the config lowers to ``info`` no longer stands for them.)"""
    items = list(found)
    if not any(rule.defers for rule, _, _ in items):
        yield from items
        return
    preferred = {r for rule, _, _ in items for r in rule.defers_to}  # catch-alls others give way to
    warned: dict[str, list[tuple[int, int, str, bool]]] = {}  # category -> (start, end, rule id, defers)
    for rule, f, sev in items:
        rid = f.rule or rule.id
        if (not rule.defers or rid in preferred) and sev.rank >= Severity.WARNING.rank and rid != INTERNAL_RULE:
            warned.setdefault(rule.category, []).append((f.start, f.end, rid, rule.defers))
    # each category's warned findings by start, with the furthest end of any up to each: a
    # deferring finding is compared only with those that start before its end, from the last
    # back to where none before reaches its start (not with every warned finding of the part)
    reach: dict[str, tuple[list[int], list[int], list[tuple[int, int, str, bool]]]] = {}
    for category, spans in warned.items():
        spans.sort()
        furthest: list[int] = []
        most = -1
        for span in spans:
            most = max(most, span[1])
            furthest.append(most)
        reach[category] = ([span[0] for span in spans], furthest, spans)
    for item in items:
        rule, f, _ = item
        if rule.defers and rule.category in reach:
            own = f.rule or rule.id
            if _overlapped(reach[rule.category], f.start, f.end, own, rule.defers_to):
                continue
        yield item


def _overlapped(spans: tuple[list[int], list[int], list[tuple[int, int, str, bool]]], start: int, end: int,
                own: str, defers_to: tuple[str, ...]) -> bool:
    """Does a warned finding of another rule (one that defers itself only if this one gives way
    to it) overlap ``start``-``end``? (``spans``: starts, furthest ends so far, the findings.)"""
    starts, furthest, found = spans
    j = bisect_left(starts, end) - 1  # (the last that starts before ``end``)
    while j >= 0 and furthest[j] > start:
        _, e, other, other_defers = found[j]
        if start < e and other != own and (not other_defers or other in defers_to):
            return True
        j -= 1
    return False


def shown(found: Iterable[Rated], least: Severity) -> Iterator[Rated]:
    """The findings rated ``least`` or above (Vale's ``MinAlertLevel``). After :func:`deferred`,
    so that hiding hints changes nothing else: a catch-all's finding gives way to the same
    warnings as before. A failing rule's report is an error and always passes."""
    if least is Severity.INFO:
        yield from found
        return
    rank = least.rank
    for item in found:
        if item[2].rank >= rank:
            yield item


# the marks a rule's words match as one (see lintnews.matching.terms): the accept list too
PLAIN_MARKS = str.maketrans({"’": "'", "‐": "-", "‑": "-"})


def accepted(found: Iterable[Rated], text: str, accept: frozenset[str]) -> Iterator[Rated]:
    """Findings whose flagged words (white space as one space, case-blind, a curly apostrophe
    or a non-breaking hyphen as the plain one, as the rules match them) are on the house
    accept list (made plain so: :func:`lintnews.config.config.accepted_words`) are dropped."""
    if not accept:
        yield from found
        return
    for item in found:
        f = item[1]
        if " ".join(text[f.start : f.end].split()).lower().translate(PLAIN_MARKS) in accept:
            continue
        yield item


def unsuppressed(diagnostics: Iterable[Diagnostic], suppressions: Suppressions | None) -> Iterator[Diagnostic]:
    """Diagnostics not silenced by an inline suppression comment (``suppressions``:
    :class:`lintnews.engine.suppression.Suppressions`, or ``None``)."""
    if suppressions is None:
        yield from diagnostics
        return
    for d in diagnostics:
        if not suppressions.suppressed(d):
            yield d


# a diagnostic's place: what the report is sorted by (attrgetter: the key in C, not a call
# of a Python function per diagnostic)
place = attrgetter("line", "column", "end_line", "end_column", "rule")


def one_per_place(found: list[Diagnostic], problems: list[Diagnostic]) -> list[Diagnostic]:
    """``found`` sorted by position, one diagnostic per rule and span (the first found:
    two of a rule's patterns may match the same words), every failing rule's own report
    kept (they all sit at 1:1); a problem with a suppression comment replaces a finding
    of its rule at its place.

    (A sort and a pass over neighbours, not a dict keyed by place: on a long text the
    dict's keys were a tenth of the memory.)"""
    by_place = {place(p): p for p in problems}
    found.sort(key=place)  # (stable: the first found stays first)
    out: list[Diagnostic] = []
    previous: tuple | None = None
    messages: set[str] = set()
    for d in found:
        here = place(d)
        if here == previous:
            if d.rule != INTERNAL_RULE or d.message in messages:
                continue
            messages.add(d.message)
        else:
            previous, messages = here, {d.message}
            if by_place:
                d = by_place.pop(here, d)
        out.append(d)
    if by_place:  # (problems at places with no finding: after the findings at the same sort key)
        out.extend(by_place.values())
        out.sort(key=place)
    return out
