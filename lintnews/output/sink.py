"""Where the report goes: standard output, or a file that appears whole or not at all.

``--output FILE`` is written to a temporary file in FILE's directory (created with
``mkstemp``: a new name, ``O_EXCL``, nobody else's symlink followed) and renamed
over FILE when the report is complete, so an interrupted run, a full disk or a
crash never leaves half a report under the final name, and a reader of FILE sees
the old report or the new one. A FILE that exists and is not a regular file (a
device such as ``/dev/null``, a FIFO) is written directly.

Every failure to write is an :class:`OutputError`, one line naming the path and the
reason (exit 2), never an "internal error": a missing or read-only directory, a
full disk, a closed standard output. A reader of standard output that went away
(``| head``) ends the run quietly with exit 141, as the shell reports SIGPIPE.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import sys
from typing import IO, Any

from lintnews.model.errors import OutputError, Stop
from lintnews.model.exitcodes import ExitCode

STDOUT = "standard output"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower() if exc.strerror else str(exc)


class GuardedStream:
    """A text stream whose write errors are :class:`OutputError` (or :class:`Stop` for a
    closed pipe). Formatters write to it as to any stream."""

    def __init__(self, stream: IO[str], name: str) -> None:
        self._stream = stream
        self.name = name
        self._write = stream.write

    def _failed(self, exc: OSError) -> BaseException:
        if isinstance(exc, BrokenPipeError):
            return Stop(ExitCode.BROKEN_PIPE)
        return OutputError(f"{self.name}: cannot write the report: {_reason(exc)}")

    def write(self, text: str) -> int:
        try:
            return self._write(text)
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def isatty(self) -> bool:
        try:
            return self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        return self._stream.fileno()


class Report:
    """The report's destination; :meth:`commit` when it is complete, :meth:`discard` if not."""

    def __init__(self, stream: GuardedStream, path: str | None = None, temp: str | None = None,
                 raw: IO[str] | None = None) -> None:
        self.stream = stream
        self.path = path
        self._temp = temp  # the temporary file renamed over ``path`` at commit
        self._raw = raw  # the file object to close (not standard output)
        self._done = False

    def commit(self) -> None:
        """Flush, close and rename into place (errors: :class:`OutputError`)."""
        if self._done:
            return
        self.stream.flush()
        if self._raw is not None:
            try:
                self._raw.close()
            except OSError as exc:
                self.discard()
                raise OutputError(f"{self.path}: cannot write the report: {_reason(exc)}") from None
        if self._temp is not None:
            try:
                os.replace(self._temp, self.path)  # type: ignore[arg-type]
            except OSError as exc:
                self.discard()
                raise OutputError(f"{self.path}: cannot write the report: {_reason(exc)}") from None
            self._temp = None
        self._done = True

    def discard(self) -> None:
        """Remove the half-written temporary file (never the previous report)."""
        self._done = True
        if self._raw is not None:
            with contextlib.suppress(OSError, ValueError):
                self._raw.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


# (compiled where they are used, only with ``--output``: ``re`` keeps them for a second call;
# a plain check to standard output compiles none of them)
_REPORT_LINE = rb"[^\n]*:\d+:\d+: (?:error|warning|info)\b"
_STATISTICS_ONLY = rb" *\d+  diagnostics in \d+ files?\s*"  # (--statistics, no findings)
_HTML_REPORT = rb'<meta name="generator" content="lintnews\b'


def looks_like_report(path: str) -> bool:
    """Does the file at ``path`` read as a report lintnews wrote (so replacing it loses no
    draft)? Empty; its first line a diagnostic of the ``text`` or ``line`` format
    (``story.md:1:1: warning ...``), or ``--statistics``'s total alone; an HTML report
    (lintnews's ``generator``); or a whole JSON document (``json``, ``sarif``: no prose
    draft). Unreadable: no."""
    import json

    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF + 1)
    except OSError:
        return False
    if not head.strip():
        return True
    if (re.match(_REPORT_LINE, head) or re.fullmatch(_STATISTICS_ONLY, head)
            or re.search(_HTML_REPORT, head[:4096])):
        return True
    if head.lstrip()[:1] in (b"{", b"[") and len(head) <= _SNIFF:
        try:
            json.loads(head)
        except ValueError:
            return False
        return True
    return False


_SNIFF = 1 << 20  # (a JSON report larger than this is written with -o NAME.json, never walked)


def output_stat(path: str) -> os.stat_result | None:
    """``stat`` of the output path (following symlinks), or ``None`` when it does not exist yet."""
    try:
        return os.stat(path)
    except OSError:
        return None


_FD_LINK = r"/(?:proc/(?:self|thread-self|(\d+))|dev)/fd/(\d+)"  # (compiled in names_stdout, only with --output)


def names_stdout(path: str) -> bool:
    """Does ``path`` name this process's standard output (``/dev/stdout``, ``/dev/fd/1``,
    ``/proc/self/fd/1``, through any symlinks)? ``check`` points descriptor 1 at standard error
    while it runs (see :func:`lintnews.util.stdio.reserve_stdout`), so such a path must get the
    stream reserved for the report, not a fresh ``open`` of descriptor 1."""
    current = os.path.abspath(path)
    for _ in range(40):  # (the kernel's own limit on a chain of links)
        found = re.fullmatch(_FD_LINK, current)
        if found is not None:
            pid = found.group(1)
            return found.group(2) == "1" and (pid is None or int(pid) == os.getpid())
        try:
            link = os.readlink(current)
        except (OSError, ValueError):
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return False


def open_stdout(stream: Any = None) -> Report:
    """The report on standard output: ``stream``, the one the command reserved for it
    (:func:`lintnews.util.stdio.reserve_stdout`), or ``sys.stdout``."""
    out: Any = stream if stream is not None else sys.stdout
    if out is None:
        raise OutputError(f"{STDOUT} is closed: nowhere to write the report (use --output FILE)")
    try:  # a name or message that is not valid UTF-8 is escaped, never a crash
        out.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError, OSError):
        pass
    try:
        os.fstat(out.fileno())
    except io.UnsupportedOperation:  # not a real file (a test runner's buffer)
        pass
    except OSError as exc:
        raise OutputError(f"{STDOUT} is closed: {_reason(exc)} (use --output FILE)") from None
    except (AttributeError, ValueError):  # not a real file (a test runner's buffer)
        pass
    return Report(GuardedStream(out, STDOUT))


def open_file(path: str) -> Report:
    """Prepare ``path`` for the report (errors: :class:`OutputError` naming path and reason)."""
    def refuse(reason: str) -> OutputError:
        return OutputError(f"{path}: cannot write the report: {reason}")

    # ``stat`` of the name as given: it follows /proc's magic links too, where ``realpath`` gives
    # up (``/dev/stdout`` on a pipe resolves to ``/proc/PID/fd/pipe:[N]``, which is no file name)
    st = output_stat(path)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise refuse("is a directory")
    if st is not None and not stat.S_ISREG(st.st_mode):  # /dev/null, a FIFO, /dev/stdout: written directly
        try:
            raw = open(path, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        except OSError as exc:
            raise refuse(_reason(exc)) from None
        return Report(GuardedStream(raw, path), path, None, raw)
    target = os.path.realpath(path) if os.path.islink(path) else path
    parent = os.path.dirname(os.path.abspath(target)) or "."
    if not os.path.isdir(parent):
        kind = "is not a directory" if os.path.exists(parent) else "does not exist"
        raise refuse(f"directory {parent} {kind}")
    import tempfile  # (here: a report to standard output does not pay for the import)

    try:
        fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise refuse(f"{_reason(exc)} (directory {parent})") from None
    try:
        if st is not None:
            mode = stat.S_IMODE(st.st_mode)  # a report written again keeps its permissions
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        raw = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        os.close(fd)
        os.unlink(temp)
        raise refuse(_reason(exc)) from None
    return Report(GuardedStream(raw, path), target, temp, raw)
