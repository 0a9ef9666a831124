"""How worker processes are started: forked where that is safe, else started afresh.

Forking is the fast way (a worker inherits the engines this process built, with no second
start-up), but a fork copies only the thread that calls it: a lock that another thread
held at that moment (an allocator's, a logging handler's) stays held in the child, which
can hang on it. So a process that runs other threads does not fork its workers. Such
threads are not rare: importing pyarrow (Parquet archives for ``lintnews audit``) starts
two, and a program that embeds lintnews's Python API may run many. Python 3.12 warns about
forking from such a process, and 3.14 no longer forks by default on Linux.

Where forking is not safe, workers come from ``forkserver`` (a clean single-threaded
process that forks them) or, where there is none (macOS, Windows), ``spawn``; each then
builds its own engines once, from the settings it is sent. A large file is split over
processes only by forking: in a threaded process it is linted a part at a time in that process.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext


def threads() -> int:
    """This process's threads as the operating system counts them (those of native
    libraries too); where it cannot say (no ``/proc``), Python's own threads."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def can_fork() -> bool:
    """May this process fork its workers now? Only on a platform where ``fork`` is sound
    (not macOS, where system libraries are not fork-safe) and with one thread running."""
    import multiprocessing

    return ("fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
            and threads() == 1)


def worker_context() -> BaseContext:
    """The multiprocessing context to start workers with: ``fork`` when :func:`can_fork`,
    else ``forkserver`` where there is one, else ``spawn``."""
    import multiprocessing

    if can_fork():
        return multiprocessing.get_context("fork")
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods and sys.platform != "darwin"
                                       else "spawn")
