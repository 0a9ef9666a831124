"""A module-level regex compiled when it is first used, not when its module is imported.

A one-line check imports every built-in judge, and compiling their regexes (the headline
shapes' date patterns, the control-character classes of the human formats) took about
a twentieth of its start-up, although most of them never run on a short text. A
:class:`LazyRegex` stands where the compiled pattern stood: on first use it compiles the
pattern once and keeps the compiled pattern's bound methods as its own attributes, so
every later call goes straight to them, at the cost of a plain attribute look-up.
It is not a cache: nothing is kept between processes, and the pattern is compiled with
``re`` exactly as written, errors included.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyRegex:
    """``re.compile(pattern, flags)``, done on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, when this is its first use)."""
        rx = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(rx, name))
        self.compiled = lambda: rx  # type: ignore[method-assign]
        return rx

    def __getattr__(self, name: str) -> Any:
        # called only for attributes not set yet: the methods before the first use
        if name in _METHODS:
            return getattr(self.compiled(), name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags!r})"
