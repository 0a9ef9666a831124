"""Python's cycle collector around one large document's run: freeze only what may be thawed.

A run in parts (:mod:`lintnews.execution.split`) freezes what it has built (the engine,
the file's blocks, the diagnostics kept so far) so that the collections between parts and
the forked processes do not walk it again. :func:`gc.unfreeze` has no argument: it thaws
every frozen object, the caller's too, and :func:`gc.get_freeze_count` is a single count.
So who may freeze depends on who owns the process:

- the command line (``owner``) froze its own start-up objects and ends with the process:
  it freezes freely, and keeps frozen what it froze on top of its start-up;
- a library caller (an editor, a service, a test) gets the collector back as it was:
  with nothing frozen before, the run freezes and thaws everything at its end; with
  objects of the caller's frozen, the run freezes nothing (it could not thaw its own
  objects alone) and collects the young generations only between parts instead.

The collector's enabled state is restored either way (the runner pauses it per file).
"""

from __future__ import annotations

import gc


class Freezer:
    """What one run may freeze, and how it leaves the collector.

    A plain class with slots, not a dataclass: one per large document, see
    docs/history/speed.md."""

    __slots__ = ("enabled", "frozen_before", "owner")

    def __init__(self, owner: bool = False) -> None:
        self.owner = owner  # the command line: the process is its own
        self.frozen_before = gc.get_freeze_count()
        self.enabled = gc.isenabled()

    @property
    def may_freeze(self) -> bool:
        """Can what this run freezes be thawed at its end without thawing a caller's objects?"""
        return self.owner or not self.frozen_before

    def freeze(self) -> None:
        """Freeze every object alive now, if this run may."""
        if self.may_freeze:
            gc.freeze()

    def collect(self) -> None:
        """Free the cycles made since the last freeze: a full collection when the survivors
        are then frozen (it walks only what is not frozen), else the young generations only
        (what the part just made: the earlier parts' survivors are old and not walked again)."""
        if self.may_freeze:
            gc.collect()
        else:
            gc.collect(1)

    def restore(self) -> None:
        """Leave the collector as it was found: what this run froze thawed (the command line
        keeps it frozen when it had frozen its start-up), enabled or not as before."""
        if not self.frozen_before:
            gc.unfreeze()
        if self.enabled and not gc.isenabled():
            gc.enable()
        elif not self.enabled and gc.isenabled():
            gc.disable()
