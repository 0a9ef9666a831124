"""The service's limits, each with its ``lintnews serve`` flag (docs/service.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from lintnews.integrations.service import MAX_BYTES, MAX_CONCURRENT, TIMEOUT


def cpus() -> int:
    """The CPUs this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Limits:
    """What one client can ask of the server.

    ``max_bytes`` (``--max-bytes``): largest request body; a larger one gets 413 before
    it is read. ``timeout`` (``--timeout``): seconds from a request's arrival to its
    answer, reading the body, waiting for a worker and linting included; past it the
    client gets 503 and a worker still linting the text is killed and replaced.
    ``max_concurrent`` (``--max-concurrent``): checks in progress or waiting at once;
    one more gets 503 at once. ``workers`` (``--workers``): linting processes, 0 for
    one per CPU.
    """

    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    max_concurrent: int = MAX_CONCURRENT
    workers: int = 0

    @property
    def pool_size(self) -> int:
        return self.workers if self.workers > 0 else cpus()
