"""Lint files: read bytes, decode, parse with the right reader, run the engine.

Every failure of one file becomes a one-line :class:`InputError`; the run goes
on with the other files. Nothing here prints: the CLI decides what to show.
"""

from __future__ import annotations

import gc
import os
import stat

from lintnews.document.document import Document
from lintnews.engine.engine import Engine
from lintnews.execution import split
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.model.errors import InputError, PluginBug, debug_enabled, internal_error_line
from lintnews.plugins.registry import BUILTIN_PLUGINS
from lintnews.readers import Parsed, decode
from lintnews.readers.source import SourceMap
from lintnews.util.printable import shown_path


class FileResult:
    """One linted file: its diagnostics, or the error that kept it from being linted.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, path: str, diagnostics: list[Diagnostic] | None = None, error: str | None = None,
                 source_map: SourceMap | None = None, internal: bool = False) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics
        self.error = error
        self.source_map = source_map
        self.internal = internal  # the error is a bug (lintnews or a reader plugin), not bad input


def read_bytes(path: str) -> bytes:
    """The file's bytes, or an :class:`InputError` saying why not (one line, no traceback).

    The file is opened non-blocking and checked with ``fstat`` on the open
    descriptor, so a path that is (or is swapped for) a FIFO cannot block the
    run, and a file removed between listing and reading is an ordinary error.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: broken symbolic link") from None
        raise InputError(f"{path}: no such file or directory (removed before it was read?)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file (a FIFO, socket or device), not linted")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return fh.read()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    finally:
        if fd >= 0:
            os.close(fd)


def lint_source(
    engine: Engine,
    source: str,
    path: str,
    format_name: str | None = None,
    display_path: str | None = None,
    profile: str | None = None,
    jobs: int = 1,
    owner: bool = False,
    keep_source: bool = True,
) -> FileResult:
    """Lint decoded text; ``format_name`` picks the reader (default: by extension).

    ``jobs`` > 1 lets a large document be linted on that many cores; with one, a very large
    one is linted a part at a time (the same report, in less memory: see
    :mod:`lintnews.execution.split`). ``owner``: the caller is the command line, which owns
    the process and may keep objects frozen (:mod:`lintnews.execution.collector`); a library
    call gets Python's cycle collector back as it was. ``keep_source=False``: the result's
    ``source_map`` is not wanted (a report that shows no source lines; it is ``None``), so a
    very large text linted a part at a time need not be kept to the end.
    """
    return _lint_held(engine, [source], path, format_name, display_path, profile, jobs, owner, keep_source)


def _lint_held(engine: Engine, held: list[str], path: str, format_name: str | None, display_path: str | None,
               profile: str | None, jobs: int, owner: bool, keep_source: bool = True) -> FileResult:
    """:func:`lint_source` of the text in ``held`` (taken out of it): no frame of this call
    refers to the text itself, only the reader's :class:`Parsed` does, which a part's process
    forked from here empties (:mod:`lintnews.execution.split`: the whole text then leaves its
    memory). The command line's :func:`lint_file` keeps no reference either."""
    reg = engine.registry
    spec = reg.readers[format_name] if format_name else reg.reader_for(path)
    # Linting builds many small objects (offsets, sentences, hits) and no reference
    # cycles; the cyclic collector would walk them again and again on a large file
    # (a third of the run time on 10 MB), so it waits until the file is done.
    paused = gc.isenabled()
    gc.disable()
    try:
        settings = engine.settings
        options = {o: getattr(settings, o) for o in spec.options if hasattr(settings, o)}
        try:
            parsed = spec.read(held.pop(), **options) if options else spec.read(held.pop())
        except Exception as exc:
            if spec.plugin in BUILTIN_PLUGINS:
                raise
            raise PluginBug(spec.plugin, f"reader {spec.name!r}", exc) from exc
        name = display_path or path
        if len(parsed.text) >= split.SPLIT_MIN_CHARS:  # (a large document: on several cores, or a part at a time)
            found = split.lint_in_parts(engine, parsed, name, profile, jobs, owner=owner, source=keep_source)
            if found is None:
                found = split.lint_serially(engine, parsed, name, profile, owner=owner, source=keep_source)
            if found is not None:
                smap = parsed.source_map if keep_source else None
                return FileResult(name, _with_notes(found, parsed, name), None, smap)
        doc = Document(parsed, name)
        smap = doc.source_map if keep_source else None
        return FileResult(doc.path, _with_notes(engine.lint(doc, profile), parsed, doc.path), None, smap)
    finally:
        if paused:
            gc.enable()


def _with_notes(found: list[Diagnostic], parsed: Parsed, path: str) -> list[Diagnostic]:
    """The reader's notes about the whole file (``info``, category ``lintnews``: "no article
    found on this page") in their place among the rules' diagnostics."""
    if not parsed.notes:
        return found
    from lintnews.engine.engine import place

    smap = parsed.source_map
    for n in parsed.notes:
        line, col = smap.line_col(n.start)
        end_line, end_col = smap.line_col(max(n.end, n.start))
        found.append(Diagnostic(path, line, col, end_line, end_col, n.rule, "lintnews", Severity.INFO,
                                n.message, n.suggestion))
    return sorted(found, key=place)


def lint_file(
    engine: Engine,
    path: str,
    *,
    data: bytes | None = None,
    format_name: str | None = None,
    encoding: str | None = None,
    display_path: str | None = None,
    jobs: int = 1,
    owner: bool = False,
    keep_source: bool = True,
) -> FileResult:
    """Lint one file (or ``data`` read from stdin); errors come back in ``FileResult.error``.

    The file is reported under ``display_path``, by default its path with any bytes that
    are not UTF-8 spelled out (:func:`lintnews.util.printable.shown_path`), so a report
    that names it is still valid UTF-8. ``owner``, ``keep_source``: see :func:`lint_source`."""
    name = display_path or shown_path(path)
    try:
        raw = read_bytes(path) if data is None else data
        held = [decode(raw, name, encoding)]  # (no local name for the text: see _lint_held)
        del raw, data  # the bytes are not needed while linting (bounded memory)
        return _lint_held(engine, held, path, format_name, name, None, jobs, owner, keep_source)
    except InputError as exc:
        return FileResult(name, error=str(exc))
    except RecursionError:
        return FileResult(name, error=f"{name}: too deeply nested to lint")
    except MemoryError:
        return FileResult(name, error=f"{name}: too large to lint in the memory available")
    except BaseException as exc:  # one file's bug (or a reader plugin's SystemExit) must not lose the others
        from lintnews.util import interrupts

        if not isinstance(exc, Exception) and interrupts.from_signal(exc):
            raise
        if debug_enabled():
            import traceback

            traceback.print_exception(exc)
        return FileResult(name, error=f"{name}: {internal_error_line(exc, 'linting it')}", internal=True)
