"""``lintnews lsp``: a Language Server Protocol server on standard input/output (pygls).

Editors send the buffer as the writer types; the server lints that text (never
the file on disk), and publishes diagnostics on open, change and save. Ranges are
converted from lintnews's 1-based code-point columns to LSP's 0-based columns in
the negotiated position encoding (UTF-16 unless the client asks otherwise), so a
flag after "Zoë" or an emoji lands on the right word. Each diagnostic carries the
rule id as ``code`` and the rule's documentation in ``data``; where the rule
marks its suggestion as a replacement (``replace = true`` in a pack, or a
:class:`~lintnews.Finding` with ``fix``), a quick-fix code action applies it.

pygls is imported only here, and this module only by the ``lsp`` command.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lsprotocol import types as lsp
from lsprotocol.types import ResponseError
from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from lintnews import __version__
from lintnews.config.config import Resolver
from lintnews.execution.api import Linter
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.model.errors import LintnewsError, debug_enabled, describe, internal_error_line
from lintnews.plugins.registry import Registry

if TYPE_CHECKING:
    import threading

log = logging.getLogger(__name__)

SOURCE = "lintnews"
SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


class LintnewsProtocol(LanguageServerProtocol):
    """pygls's protocol, with a request after ``shutdown`` answered (pygls let it wait for ever)."""

    def handle_message(self, message: Any) -> None:
        method = getattr(message, "method", "")
        if self._shutdown and method != lsp.EXIT and getattr(message, "id", None) is not None:
            self._send_response(message.id, None, ResponseError(
                code=JsonRpcInvalidRequest.CODE, message=f"{method}: the server is shutting down"))
            return
        super().handle_message(message)

    # pygls builds its workspace on ``initialize`` (``self._workspace = Workspace(...)``); ours
    # is the same, its buffers applying an edit without a Python loop over the line (lsp129:
    # ten keystrokes into a 5 MB line kept a request waiting 17 s; see lsp_text.py)
    @property
    def _workspace(self) -> Any:
        return self.__dict__.get("_lintnews_workspace")

    @_workspace.setter
    def _workspace(self, workspace: Any) -> None:
        from pygls.workspace import Workspace

        from lintnews.integrations.lsp_text import LintnewsWorkspace

        if type(workspace) is Workspace:  # (only methods differ: the same object, our class)
            workspace.__class__ = LintnewsWorkspace
        self.__dict__["_lintnews_workspace"] = workspace


class LintnewsServer(LanguageServer):
    """Caches one registry per plugin set and one engine per config, built on first use.

    Buffers are linted on a thread of their own, so that requests are answered while a long
    buffer is linted, and only the latest version of each: see :class:`Scheduler`.
    """

    def __init__(self) -> None:
        super().__init__(SOURCE, __version__, protocol_cls=LintnewsProtocol)
        self.resolver = Resolver()
        self.linter = Linter.from_resolver(self.resolver)  # the Python API, over the CLI's config resolution
        self.scheduler = Scheduler(self)

    def diagnostics_for(self, uri: str) -> list[lsp.Diagnostic]:
        """Lint the editor's buffer for ``uri`` now, in this thread (see :meth:`lint_snapshot`)."""
        doc = self.workspace.get_text_document(uri)
        return self.lint_snapshot(uri, doc.source, doc.position_codec, doc.language_id)

    def lint_snapshot(self, uri: str, source: str, codec: Any, language_id: str | None = None) -> list[lsp.Diagnostic]:
        """Lint ``source`` (a buffer's text at one version) and convert to LSP diagnostics.

        The workspace config is the CLI's: the nearest ``[tool.lintnews]`` or
        ``.lintnews.toml`` above the file, read through :class:`lintnews.config.config.Resolver`.
        A file its ``exclude`` leaves out (templates, the archive) has no diagnostics, as with
        pre-commit's ``--force-exclude`` and ruff's server: the newsroom said it is not copy.
        """
        path = to_fs_path(uri) or uri
        engine = self.resolver.for_path(path if uri.startswith("file:") else None).engine
        if uri.startswith("file:") and self.resolver.excluded(path):
            return []
        result = self.linter.check(source, path=path, fmt=buffer_format(path, language_id, engine.registry),
                                   config_path=path if uri.startswith("file:") else None)
        units = client_units(result.source_map, codec,
                             [(d.line, d.column) for d in result.diagnostics]
                             + [(d.end_line, d.end_column) for d in result.diagnostics])

        def position(line: int, column: int) -> lsp.Position:
            return lsp.Position(line=line - 1, character=units[line, column])

        registry = engine.registry
        return [to_lsp(d, position(d.line, d.column), position(d.end_line, d.end_column), registry)
                for d in result.diagnostics]

    def start_io(self, stdin: Any = None, stdout: Any = None) -> int:
        """Serve on ``stdin``/``stdout`` until ``exit`` or the end of input; the exit code (0 after
        ``shutdown``, else 1, as the protocol says), instead of pygls's loop (see
        :mod:`lintnews.integrations.lsp_stream` for what it does with bad framing)."""
        import asyncio
        import sys
        import threading

        from pygls.io_ import StdoutWriter

        self._stop_event = stop = threading.Event()
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        try:
            asyncio.run(self._serve(stdin or sys.stdin.buffer, stop))
        except SystemExit as exc:  # the `exit` notification (pygls calls sys.exit with its code)
            return exc.code if isinstance(exc.code, int) else 1
        except BrokenPipeError:  # the client is gone
            return 0 if self.protocol._shutdown else 1
        finally:
            self.scheduler.close()
            self.shutdown()
        return 0 if self.protocol._shutdown else 1

    async def _serve(self, stdin: Any, stop: threading.Event) -> None:
        import asyncio
        import sys
        import threading

        from lintnews.integrations.lsp_stream import STALL, Framer, FramingError

        loop = asyncio.get_running_loop()
        self.scheduler.loop = loop
        inbox: asyncio.Queue[Any] = asyncio.Queue()

        try:  # (the descriptor, not the buffered file: a thread blocked on the file's lock
            fd = stdin.fileno()  # would abort the interpreter's shutdown)
        except (AttributeError, OSError, ValueError):
            fd = None

        def pump() -> None:  # a thread: read whatever has arrived, frame it, hand it over
            framer = Framer()
            read = (lambda n: os.read(fd, n)) if fd is not None else (getattr(stdin, "read1", None) or stdin.read)
            while True:
                if fd is not None and framer.waiting and not _readable(fd, STALL):
                    events = framer.stalled()  # a short body, and the client waits for an answer
                    if events:
                        loop.call_soon_threadsafe(inbox.put_nowait, events)
                    continue
                try:
                    data = read(1 << 16)
                except (OSError, ValueError):
                    data = b""
                if not data:
                    loop.call_soon_threadsafe(inbox.put_nowait, None)
                    return
                events = framer.feed(data)
                if events:
                    loop.call_soon_threadsafe(inbox.put_nowait, events)

        threading.Thread(target=pump, name="lintnews-lsp-reader", daemon=True).start()
        while not stop.is_set():  # (set by pygls's shutdown: the event start_io made)
            events = await inbox.get()
            if events is None:
                return
            for event in events:
                if isinstance(event, FramingError):
                    sys.stderr.write(f"lintnews lsp: framing error: {event.reason}\n")
                    sys.stderr.flush()
                    continue
                self._dispatch(event.data)

    def _dispatch(self, data: Any) -> None:
        """Hand one parsed message to pygls; a request it cannot read gets an error answer."""
        protocol = self.protocol
        try:
            message = protocol.structure_message(data) if isinstance(data, dict) else data
            protocol.handle_message(message)
        except (SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - a bad message must not stop the server
            log.warning("cannot handle message: %s", exc)
            if isinstance(data, dict) and "method" in data and data.get("id") is not None:
                with contextlib.suppress(Exception):
                    error = exc if isinstance(exc, JsonRpcException) else JsonRpcInvalidRequest()
                    protocol._send_response(data["id"], None, error.to_response_error())


def _readable(fd: int, timeout: float) -> bool:
    """Will a read of ``fd`` return within ``timeout`` seconds? (True where it cannot be told.)"""
    import select

    try:
        return bool(select.select([fd], [], [], timeout)[0])
    except (OSError, ValueError):  # (Windows pipes: no select; a short body is then waited out)
        return True


def debounce_seconds() -> float:
    """Seconds between a buffer's last change and its lint (``LINTNEWS_LSP_DEBOUNCE``, 0.25 s unset)."""
    from lintnews.util.environment import LSP_DEBOUNCE, LSP_DEBOUNCE_DEFAULT, seconds

    return seconds(LSP_DEBOUNCE, LSP_DEBOUNCE_DEFAULT)  # (checked when the command starts)


class Scheduler:
    """Lint each buffer's latest version only, on one thread, and publish only what is current.

    A change (re)starts a short timer (:func:`debounce_seconds`); when it fires, the buffer's text
    is linted on the linting thread while the server goes on reading messages and answering
    requests. Changes that arrive meanwhile only move the timer: when the lint ends, a
    result for a version that is no longer the buffer's is dropped, and the latest version
    is linted next. So a thousand keystrokes give a handful of lints, not a thousand, and
    the diagnostics published are always those of the text the editor shows. (A lint
    already running is not interrupted, Python cannot stop a thread, but it is the only
    stale work there is: nothing of an older version waits behind it.) The notification is
    built (converted and encoded as JSON) on the linting thread too: for a buffer with tens
    of thousands of findings that is seconds the server would otherwise not answer in.
    """

    def __init__(self, server: LintnewsServer) -> None:
        self.server = server
        self.loop: Any = None
        self.timers: dict[str, Any] = {}
        self.running: set[str] = set()
        self.again: set[str] = set()
        # (error line, config signature) already popped up: later lints log it (see _publish)
        self.shown: set[tuple[str, tuple[str, int, int, int] | None]] = set()
        self._jobs: Any = None  # the linting thread's queue
        self._converter: Any = None
        self.lints = 0  # (how many lints ran: for tests and benchmarks)

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Lint ``uri`` after ``delay`` seconds (default: the debounce) without another change."""
        if self.loop is None:  # (driven without the serving loop: lint now)
            self._publish_now(uri)
            return
        old = self.timers.pop(uri, None)
        if old is not None:
            old.cancel()
        wait = debounce_seconds() if delay is None else delay
        self.timers[uri] = self.loop.call_later(wait, self._start, uri)

    def forget(self, uri: str) -> None:
        """The buffer was closed: no lint for it, and no result of one published."""
        old = self.timers.pop(uri, None)
        if old is not None:
            old.cancel()
        self.again.discard(uri)

    def _document(self, uri: str) -> Any:
        """The open buffer of ``uri``, or None. pygls keeps buffers under the URI percent-decoded
        (``file:///my story.md``): looked up as sent (``my%20story.md``), a buffer whose name
        had a space, a ``#`` or a NUL was never found, and never linted, without a word."""
        return self.server.workspace.text_documents.get(unquote(uri))

    def _start(self, uri: str) -> None:
        self.timers.pop(uri, None)
        if uri in self.running:  # one lint per buffer at a time: the latest text goes next
            self.again.add(uri)
            return
        doc = self._document(uri)
        if doc is None:
            return
        source, version, codec = doc.source, doc.version, doc.position_codec
        self.running.add(uri)
        self.lints += 1
        future = self._submit(self._lint_message, uri, source, version, codec, doc.language_id)
        future.add_done_callback(lambda f: self._done(uri, version, f))

    def _submit(self, fn: Any, *args: Any) -> Any:
        """Run ``fn`` on the linting thread; an asyncio future of its result.

        A daemon thread, not a ``ThreadPoolExecutor``: the interpreter waits for an executor's
        threads at exit, so a client that went away left the server running until its last
        lint of a huge buffer was done."""
        import queue
        import threading

        loop = self.loop
        future = loop.create_future()
        if self._jobs is None:
            self._jobs = queue.SimpleQueue()
            threading.Thread(target=self._work, args=(self._jobs, loop), name="lintnews-lint", daemon=True).start()
        self._jobs.put((future, fn, args))
        return future

    @staticmethod
    def _work(jobs: Any, loop: Any) -> None:
        def settle(future: Any, ok: bool, value: Any) -> None:
            if not future.done():
                future.set_result(value) if ok else future.set_exception(value)

        while (job := jobs.get()) is not None:
            future, fn, args = job
            try:
                value, ok = fn(*args), True
            except Exception as exc:  # noqa: BLE001 - handed to the loop, which reports it
                value, ok = exc, False
            try:
                loop.call_soon_threadsafe(settle, future, ok, value)
            except RuntimeError:  # the loop is closed: the server is ending
                return

    def _lint(self, uri: str, source: str, codec: Any, language_id: str | None = None) -> list[lsp.Diagnostic] | str:
        """Diagnostics, or the one line to show the user when lintnews cannot lint the buffer."""
        try:
            return self.server.lint_snapshot(uri, source, codec, language_id)
        except LintnewsError as exc:  # a bad config or plugin: tell the user, keep serving
            return f"lintnews: {exc}"
        except BaseException as exc:  # a reader plugin's SystemExit, a bug: one line, keep serving
            from lintnews.util import interrupts

            if not isinstance(exc, Exception) and interrupts.from_signal(exc):
                raise
            return f"lintnews: {internal_error_line(exc, 'linting ' + uri)}"

    def _lint_message(self, uri: str, source: str, version: int | None, codec: Any,
                      language_id: str | None = None) -> bytes | str:
        """The publishDiagnostics notification for ``source``, framed and encoded, ready to write."""
        got = self._lint(uri, source, codec, language_id)
        if isinstance(got, str):
            return got
        if self._converter is None:
            from pygls.protocol import default_converter

            self._converter = default_converter()
        params = lsp.PublishDiagnosticsParams(uri=uri, diagnostics=got, version=version)
        body = json.dumps({"jsonrpc": "2.0", "method": lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS,
                           "params": self._converter.unstructure(params)}).encode("utf-8")
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def _done(self, uri: str, version: int | None, future: Any) -> None:
        self.running.discard(uri)
        doc = self._document(uri)
        if doc is None:  # closed meanwhile
            self.again.discard(uri)
            return
        if uri in self.again or doc.version != version:  # stale: lint the latest text instead
            self.again.discard(uri)
            if uri not in self.timers:
                self.schedule(uri, 0)
            return
        if future.cancelled():
            return
        try:
            got = future.result()
        except Exception as exc:  # noqa: BLE001 - (_lint catches everything: a last guard)
            got = f"lintnews: {internal_error_line(exc, 'linting ' + uri)}"
        if isinstance(got, str):
            self._publish(uri, version, got)
            return
        writer = self.server.protocol.writer
        if writer is not None:
            writer.write(got)

    def _publish_now(self, uri: str) -> None:
        doc = self._document(uri)
        if doc is not None:
            self._publish(uri, doc.version, self._lint(uri, doc.source, doc.position_codec, doc.language_id))

    def _publish(self, uri: str, version: int | None, got: list[lsp.Diagnostic] | str) -> None:
        server = self.server
        if isinstance(got, str):
            key = (got, _config_signature(uri))
            if key in self.shown:  # (shown once already: the editor's log, not a pop-up per lint)
                server.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Error, message=got))
            else:
                if len(self.shown) >= 1000:
                    self.shown.clear()
                self.shown.add(key)
                server.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=got))
            got = []
        server.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=got, version=version))

    def close(self) -> None:
        for timer in self.timers.values():
            timer.cancel()
        self.timers.clear()
        if self._jobs is not None:
            self._jobs.put(None)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _config_signature(uri: str) -> tuple[str, int, int, int] | None:
    """The config file a buffer's lint reads, and its identity on disk (inode, size, time of
    change): a broken config's error is popped up once per signature, so an edit of the
    config that leaves it broken shows its error again, and nothing else does."""
    from lintnews.config.discovery import find_config_file

    path = to_fs_path(uri) if uri.startswith("file:") else None
    try:
        found = find_config_file(os.path.dirname(path) if path else os.getcwd())
        if found is None:
            return None
        st = os.stat(found)
    except (OSError, ValueError):
        return None
    return str(found), st.st_ino, st.st_size, st.st_mtime_ns


# The editor's language ids lintnews has a reader for (VS Code's and Neovim's names).
LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "plain", "text": "plain"}


def buffer_format(path: str, language_id: str | None, registry: Registry) -> str:
    """The reader of a buffer: by its file's extension, as ``check`` reads the file; a buffer
    whose name has no extension lintnews reads (an untitled buffer, ``NOTES``, ``story.draft``)
    by the language the editor says it is in. (The language id was ignored: a new, unsaved
    Markdown buffer was linted as plain text, its code and link targets included.)"""
    from pathlib import PurePath

    suffix = PurePath(path).suffix.lower()
    if suffix and suffix in registry.extensions:
        return "auto"
    return LANGUAGE_FORMATS.get(language_id or "", "auto")


def client_units(smap: Any, codec: Any, places: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Each 1-based (line, code-point column) of ``places`` as a 0-based column in the client's
    code units (UTF-16 unless negotiated otherwise).

    Each line is walked once, left to right, whatever the number of diagnostics on it:
    counting every prefix again made a one-line 5 MB buffer with thousands of findings take
    minutes. A line without characters outside the Basic Multilingual Plane is not walked at
    all in UTF-16 or UTF-32 (a code point is a code unit there).
    """
    encoding = str(getattr(codec, "encoding", "") or "utf-16").lower()
    by_line: dict[int, list[int]] = {}
    for line, column in places:
        by_line.setdefault(line, []).append(column)
    out: dict[tuple[int, int], int] = {}
    for line, columns in by_line.items():
        text = smap.line_text(line) if smap is not None else ""
        if encoding.endswith("32") or (not encoding.endswith("8") and _ASTRAL.search(text) is None):
            for column in columns:
                out[line, column] = column - 1
            continue
        done, units = 0, 0
        for column in sorted(set(columns)):
            units += codec.client_num_units(text[done : column - 1])
            done = max(done, column - 1)
            out[line, column] = units
    return out


def to_lsp(d: Diagnostic, start: lsp.Position, end: lsp.Position, registry: Registry | None) -> lsp.Diagnostic:
    """One lintnews diagnostic as an LSP diagnostic (positions already converted)."""
    rule = registry.rules.get(d.rule) if registry is not None else None
    data: dict[str, object] = {"rule": d.rule, "category": d.category}
    if rule is not None:
        data["explanation"] = rule.help_text
    if d.suggestion:
        data["suggestion"] = d.suggestion
    if d.fix is not None:
        data["fix"] = d.fix
    message = d.message + (f"\nSuggestion: {d.suggestion}" if d.suggestion else "")
    return lsp.Diagnostic(
        range=lsp.Range(start=start, end=end),
        message=message,
        severity=SEVERITIES[d.severity],
        code=d.rule,
        source=SOURCE,
        data=data,
    )


def code_actions(uri: str, diagnostics: list[lsp.Diagnostic]) -> list[lsp.CodeAction]:
    """A quick fix for each of our diagnostics that carries a replacement."""
    actions = []
    for diag in diagnostics:
        data = diag.data if isinstance(diag.data, dict) else {}
        fix = data.get("fix")
        if diag.source != SOURCE or not isinstance(fix, str):
            continue
        edit = lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=diag.range, new_text=fix)]})
        actions.append(lsp.CodeAction(
            title=f"Replace with '{fix}' ({diag.code})",
            kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[diag],
            edit=edit,
            is_preferred=True,
        ))
    return actions


def create_server() -> LintnewsServer:
    server = LintnewsServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LintnewsServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.scheduler.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LintnewsServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.scheduler.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LintnewsServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.scheduler.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LintnewsServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.scheduler.forget(params.text_document.uri)
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LintnewsServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return code_actions(params.text_document.uri, list(params.context.diagnostics))

    return server


class OneLineLog(logging.Handler):
    """pygls's and the server's log records as one line each on standard error (the editor's
    log): the message's first line, and the exception's type and text, never a traceback
    (pygls logs a malformed message with one, up to 40 lines of cattrs ``ExceptionGroup``).
    ``LINTNEWS_DEBUG=1`` keeps Python's own logging, tracebacks and all."""

    def emit(self, record: logging.LogRecord) -> None:
        import sys

        try:
            lines = [line for line in record.getMessage().splitlines() if line.strip()]
            text = lines[0].strip() if lines else record.levelname.lower()
            if record.exc_info and record.exc_info[1] is not None:
                text += f": {describe(record.exc_info[1])}"
            elif len(lines) > 1 and not lines[-1][:1].isspace():  # a traceback pasted into the message
                text += f": {' '.join(lines[-1].split())}"
            sys.stderr.write(f"lintnews lsp: {text}\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - (a log line must never stop the server)
            self.handleError(record)


def quiet_logging() -> None:
    """Route warnings and errors through :class:`OneLineLog`, unless the user configured
    logging or asked for tracebacks."""
    root = logging.getLogger()
    if root.handlers or debug_enabled():
        return
    root.addHandler(OneLineLog(logging.WARNING))


def serve() -> int:
    """Run the server on stdin/stdout until the client sends ``exit``; the exit code.

    Standard output is the JSON-RPC stream: while the server runs, ``print()`` in a
    plugin (and anything else written to file descriptor 1) goes to standard error.
    """
    import sys

    from lintnews.util import interrupts
    from lintnews.util.stdio import reserve_stdout

    interrupts.install()  # (a plugin's KeyboardInterrupt in the lint thread is not Ctrl-C)
    quiet_logging()
    with reserve_stdout(binary=True) as out:
        return create_server().start_io(sys.stdin.buffer, out)
