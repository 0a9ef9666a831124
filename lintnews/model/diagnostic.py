"""The diagnostic contract: what every rule produces and every formatter consumes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from itertools import starmap


class Severity(str, Enum):
    """How sure a rule is. ``info`` is a hint, ``warning`` a clear case, ``error`` a breakage."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Parse a user-supplied severity; raises ``ValueError`` with the allowed values."""
        try:
            return cls(str(value).lower())
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {allowed})") from None

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(slots=True, unsafe_hash=True)
class Finding:
    """What a rule reports: a span of the Document's plain text, before positions are mapped.

    Rules work in plain-text offsets (``start`` inclusive, ``end`` exclusive); the
    engine maps them to source lines and columns, so no rule ever counts lines.
    ``severity`` of ``None`` means the rule's (possibly configured) default.
    ``rule`` lets one rule object speak for several rule ids (a pack's sub-rules).
    ``fix``, when set, is literal text that can replace the span (an editor's quick
    fix: "claimed" -> "said"); ``suggestion`` stays the human advice.
    A value, like :class:`Diagnostic` (and not frozen for the same reason).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None
    rule: str | None = None
    fix: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Diagnostic:
    """One reported problem, with exactly the fields of the contract in DESIGN.md.

    Lines and columns are 1-based and count Unicode code points of the source
    file; ``end_column`` is exclusive (SARIF's convention).
    ``fix`` is not part of the contract: an optional replacement for the span that
    the language server offers as a code action; ``to_dict`` and the formatters leave it out.

    Treat a diagnostic as a value: it is hashed and compared by its fields. It is not
    a frozen dataclass only because those are built five times slower (every field set
    through ``object.__setattr__``), and a 10 MB file yields some 30,000 of them.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None = None
    fix: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        # (not dataclasses.asdict, which deep-copies every field: a fifth of a 10 MB run)
        data = {name: getattr(self, name) for name in self.__slots__}
        del data["fix"]
        data["severity"] = self.severity.value
        return data

    def to_row(self) -> tuple:
        """The fields as a plain tuple, in order: what a worker process sends back (pickled
        several times faster than the dataclass; the path and the severity, the same
        objects in every row, are pickled once); see :meth:`from_rows`."""
        return (self.path, self.line, self.column, self.end_line, self.end_column, self.rule,
                self.category, self.severity, self.message, self.suggestion, self.fix)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple]) -> list[Diagnostic]:
        """The diagnostics :meth:`to_row` gave (built by a loop in C, not a call per row)."""
        return list(starmap(cls, rows))

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)
