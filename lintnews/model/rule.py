"""What a rule is: metadata every rule carries, and the ``check`` it runs.

Built-in code rules, rule-pack rules and third-party rules all are :class:`Rule`
objects; the engine knows nothing else about them. The metadata feeds
``lintnews rules``, ``lintnews explain``, SARIF rule help and the example tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lintnews.model.diagnostic import Finding, Severity

if TYPE_CHECKING:
    from lintnews.document.document import Document


@dataclass(frozen=True, slots=True)
class Examples:
    """Sentences the rule must flag (``trigger``) and must leave alone (``no_trigger``).

    They are documentation and tests at once: the test suite runs them for every
    registered rule, third-party rules included.
    """

    trigger: tuple[str, ...] = ()
    no_trigger: tuple[str, ...] = ()


@dataclass(slots=True, eq=False)
class Rule:
    """A rule: metadata plus :meth:`check`.

    Subclass and override :meth:`check`, or pass ``check_fn``. ``check`` yields
    :class:`Finding` objects in plain-text offsets of the Document.
    """

    id: str
    category: str
    severity: Severity = Severity.WARNING
    summary: str = ""
    rationale: str = ""
    suggestion: str | None = None
    examples: Examples = field(default_factory=Examples)
    plugin: str = "lintnews"
    check_fn: object = None  # Callable[[Document], Iterable[Finding]] | None
    # it judges the writer's own voice (loaded words): the ``opinion`` profile reports it at
    # info, where judgement is the genre (applied by the filters stage, not by the rule)
    writer_voice: bool = False
    # a catch-all of its category: where another rule of the category warns on the same words,
    # that rule's finding is the report and this one gives way (applied by the filters stage)
    defers: bool = False
    # other catch-alls this one also gives way to (ids): of two general measures, the one that
    # names the plug's object is the report ("advertorial/insertion" gives way to
    # "advertorial/reader-call"), while either still reports alone when the other is not selected
    defers_to: tuple[str, ...] = ()
    # Callable[[], Iterable[str]] | None: the ids below its own that the rule may report
    # (``Finding.rule``), so that ``--ignore`` and config can tell a family name from a typo
    subrules: object = None

    def check(self, doc: Document) -> Iterable[Finding]:
        if self.check_fn is None:
            raise NotImplementedError(f"rule {self.id} has no check")
        return self.check_fn(doc)  # type: ignore[operator]

    @property
    def help_text(self) -> str:
        """The rule's documentation in fixed sections (explain, SARIF help, LSP)."""
        parts = [f"{self.id} ({self.category}, {self.severity})", "", self.summary]
        if self.rationale:
            parts += ["", "Why an editor cares:", self.rationale]
        if self.examples.trigger:
            parts += ["", "Flags:"] + [f"  {e}" for e in self.examples.trigger]
        if self.examples.no_trigger:
            parts += ["", "Leaves alone:"] + [f"  {e}" for e in self.examples.no_trigger]
        if self.suggestion:
            parts += ["", "Write instead:", f"  {self.suggestion}"]
        return "\n".join(parts)


# A rule id: ``category/name``, each part non-empty, with no white space or comma (``--select``,
# ``--ignore`` and suppression comments split codes at commas; a space cannot be typed in them).
RULE_ID = re.compile(r"[^\s,/]+(?:/[^\s,/]+)+")


def validate_rule(rule: object, plugin: str) -> list[str]:
    """Problems with a rule object a plugin registered (empty when it is fine)."""
    problems = []
    for attr in ("id", "category", "check"):
        if not hasattr(rule, attr):
            problems.append(f"rule from plugin {plugin!r} has no {attr!r}")
    if problems:
        return problems
    rid = getattr(rule, "id", "")
    if not isinstance(rid, str) or not RULE_ID.fullmatch(rid):
        problems.append(f"rule id {rid!r} from plugin {plugin!r} must look like 'category/name' "
                        "(no spaces or commas, no empty part)")
    if not isinstance(getattr(rule, "severity", None), Severity):
        problems.append(f"rule {rid!r}: severity must be a lintnews.Severity")
    return problems
