"""Standard output belongs to the report.

A plugin's ``print()`` (while it is imported, registers, or lints, in this process or
in a worker forked from it) must not land in the middle of a JSON or SARIF report, or
of the language server's JSON-RPC stream. :func:`reserve_stdout` takes standard output
for the report at the start of a command and points everything else that would write
there, ``sys.stdout`` and, when it is the process's own, file descriptor 1 (so that C
code and forked workers are covered too), at standard error.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO


def _fd(stream: TextIO) -> int | None:
    try:  # (a stream a test runner swapped in may have no descriptor, or no ``fileno`` at all)
        return stream.fileno()
    except (AttributeError, OSError, ValueError):
        return None


@contextlib.contextmanager
def reserve_stdout(binary: bool = False) -> Iterator[Any]:
    """Yield the stream the report is written to (text, or bytes when ``binary``); until the
    block ends, ``sys.stdout`` (and file descriptor 1) write to standard error.

    Under a test runner that swapped ``sys.stdout`` for an in-memory stream, that stream is
    the report's and only ``sys.stdout`` is redirected.
    """
    out, err = sys.stdout, sys.stderr
    if out is None or err is None or out is err:  # (closed: the report's own code says so)
        yield (out.buffer if binary else out) if out is not None else None
        return
    fd_out, fd_err = _fd(out), _fd(err)
    saved = None
    report: Any
    if fd_out == 1 and fd_err is not None and fd_err != 1:
        saved = _redirect(out, fd_err)
    if saved is not None:
        raw = os.fdopen(saved, "wb", closefd=False)  # (closed below: the report may be closed first)
        report = raw if binary else io.TextIOWrapper(
            raw, encoding=out.encoding or "utf-8", errors=getattr(out, "errors", None) or "strict",
            line_buffering=bool(out.line_buffering), write_through=False,
        )
    else:
        report = out.buffer if binary else out
    sys.stdout = err
    try:
        yield report
    finally:
        try:
            report.flush()
        except (OSError, ValueError):  # a closed pipe: what is left goes nowhere, quietly
            if saved is not None:
                _to_devnull(saved)
                with contextlib.suppress(OSError, ValueError):
                    report.flush()
        sys.stdout = out
        if saved is not None:
            with contextlib.suppress(OSError):
                os.dup2(saved, 1)
            with contextlib.suppress(OSError):
                os.close(saved)


def _redirect(out: TextIO, fd_err: int) -> int | None:
    """A new descriptor for the process's standard output, with descriptor 1 pointed at standard
    error; ``None`` (nothing changed) when either is closed: the report's own code says so."""
    try:
        out.flush()
    except (OSError, ValueError):
        pass
    try:
        saved = os.dup(1)
    except OSError:
        return None
    try:
        os.dup2(fd_err, 1)
    except OSError:
        os.close(saved)
        return None
    return saved


def _to_devnull(fd: int) -> None:
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
