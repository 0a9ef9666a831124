"""Stopping a run on a signal: the parent unwinds, its worker processes go with it.

Ctrl-C (SIGINT) and SIGTERM raise :class:`lintnews.model.errors.Stop` in the parent,
which unwinds every ``finally`` (worker processes terminated, a half-written report
removed) and exits 130 or 143, as a shell reports a process the signal ended. A second
signal while that cleanup runs ends the process at once with the same code.

Worker processes ignore SIGINT (the terminal sends it to the whole process group;
the parent decides, and a worker must not print a traceback of its own) and die of
SIGTERM. A pool's workers are terminated, not waited for, when the run is
interrupted: ``ProcessPoolExecutor.shutdown(wait=True)`` would first finish every
file already handed out.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lintnews.model.errors import Stop
from lintnews.model.exitcodes import ExitCode

CODES = {signal.SIGINT: (ExitCode.INTERRUPTED, "interrupted"),
         signal.SIGTERM: (ExitCode.TERMINATED, "terminated")}
_stopping = False


def _handler(signum: int, _frame: Any) -> None:
    global _stopping
    code, message = CODES[signal.Signals(signum)]
    if _stopping:  # a second signal during the cleanup: end now
        os._exit(int(code))
    _stopping = True
    raise Stop(code, message)


def install_handlers() -> dict[int, Any]:
    """In the parent (the command's main thread): SIGINT and SIGTERM raise :class:`Stop`.
    Returns the handlers replaced, for :func:`restore_handlers`."""
    global _stopping
    _stopping = False
    previous: dict[int, Any] = {}
    for signum in CODES:
        try:
            previous[signum] = signal.signal(signum, _handler)
        except (ValueError, OSError):  # not the main thread (an embedding program): leave it
            pass
    return previous


def restore_handlers(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        try:
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        except (ValueError, OSError, TypeError):
            pass


def worker_signals() -> None:
    """In a worker process: SIGINT ignored (the parent stops the workers), SIGTERM kills."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except (ValueError, OSError):
        pass


def terminate_pool(pool: Any) -> None:
    """Stop a ``ProcessPoolExecutor`` now: cancel what is queued, terminate its processes."""
    stop = getattr(pool, "terminate_workers", None)  # Python 3.14
    if callable(stop):
        try:
            stop()
            return
        except Exception:  # noqa: BLE001 - best effort on the way out
            pass
    # (taken before shutdown, which forgets them)
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        try:
            proc.terminate()
        except Exception:  # noqa: BLE001
            pass
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    except Exception:  # noqa: BLE001
        pass
    for proc in procs:
        try:
            proc.join(2)
        except Exception:  # noqa: BLE001
            pass


@contextmanager
def terminating(pool: Any) -> Iterator[Any]:
    """``with terminating(ProcessPoolExecutor(...)) as pool``: as ``with pool``, except that a
    run left early (a signal, a closed pipe, the consumer gone) terminates the workers
    instead of waiting for every file they were handed."""
    try:
        yield pool
    except BaseException:
        terminate_pool(pool)
        raise
    finally:
        pool.shutdown(wait=True)
