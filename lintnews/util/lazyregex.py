"""A module-level regex compiled when it is first used, not when its module is imported.

A one-line check imports every built-in judge, and compiling their regexes (the headline
shapes' date patterns, the control-character classes of the human formats) took about
a twentieth of its start-up, although most of them never run on a short text. A
:class:`LazyRegex` stands where the compiled pattern stood: on first use it compiles the
pattern once and keeps the compiled pattern's bound methods as its own attributes, so
every later call goes straight to them, at the cost of a plain attribute look-up.
It is not a cache: nothing is kept between processes, and the pattern is compiled with
``re`` exactly as written, errors included.

A process that forks workers for the parts of one large file (:mod:`lintnews.execution.split`)
compiles the patterns not used yet before it forks (:func:`compile_pending`): each worker
then inherits them instead of compiling them again (on the 10 MB benchmark file every one of
its four workers compiled the same 190 of them, 0.1 s a worker).
"""

from __future__ import annotations

import re
import weakref
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
# the lazy regexes not compiled yet (weakly: a pattern made for one noun goes with its owner)
_PENDING: weakref.WeakSet[LazyRegex] = weakref.WeakSet()


class LazyRegex:
    """``re.compile(pattern, flags)``, done on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        _PENDING.add(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, when this is its first use)."""
        rx = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(rx, name))
        self.compiled = lambda: rx  # type: ignore[method-assign]
        _PENDING.discard(self)
        return rx

    def __getattr__(self, name: str) -> Any:
        # called only for attributes not set yet: the methods before the first use
        if name in _METHODS:
            return getattr(self.compiled(), name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags!r})"


def compile_pending() -> int:
    """Compile every lazy regex that exists and is not compiled yet (before forking workers
    that would each compile it); how many. A pattern that does not compile is left to fail
    where it is first used, as it would have."""
    n = 0
    for lazy in list(_PENDING):
        try:
            lazy.compiled()
        except re.error:
            _PENDING.discard(lazy)
            continue
        n += 1
    return n
