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

import logging

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lintnews import __version__
from lintnews.config.config import Resolver
from lintnews.execution.api import Linter
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.model.errors import LintnewsError
from lintnews.plugins.registry import Registry

log = logging.getLogger(__name__)

SOURCE = "lintnews"
SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


class LintnewsServer(LanguageServer):
    """Caches one registry per plugin set and one engine per config, built on first use."""

    def __init__(self) -> None:
        super().__init__(SOURCE, __version__)
        self.resolver = Resolver()
        self.linter = Linter.from_resolver(self.resolver)  # the Python API, over the CLI's config resolution

    def diagnostics_for(self, uri: str) -> list[lsp.Diagnostic]:
        """Lint the editor's buffer for ``uri`` and convert to LSP diagnostics.

        The workspace config is the CLI's: the nearest ``[tool.lintnews]`` or
        ``.lintnews.toml`` above the file, read through :class:`lintnews.config.config.Resolver`.
        """
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        result = self.linter.check(doc.source, path=path, fmt="auto",
                                   config_path=path if uri.startswith("file:") else None)
        engine = self.resolver.for_path(path if uri.startswith("file:") else None).engine
        smap = result.source_map
        codec = doc.position_codec

        def position(line: int, column: int) -> lsp.Position:
            text = smap.line_text(line) if smap is not None else ""
            return lsp.Position(line=line - 1, character=codec.client_num_units(text[: column - 1]))

        registry = engine.registry
        return [to_lsp(d, position(d.line, d.column), position(d.end_line, d.end_column), registry)
                for d in result.diagnostics]


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

    def publish(ls: LintnewsServer, uri: str, version: int | None = None) -> None:
        try:
            diagnostics = ls.diagnostics_for(uri)
        except LintnewsError as exc:  # a bad config or plugin: tell the user, keep serving
            ls.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"lintnews: {exc}"))
            diagnostics = []
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LintnewsServer, params: lsp.DidOpenTextDocumentParams) -> None:
        publish(ls, params.text_document.uri, params.text_document.version)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LintnewsServer, params: lsp.DidChangeTextDocumentParams) -> None:
        publish(ls, params.text_document.uri, params.text_document.version)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LintnewsServer, params: lsp.DidSaveTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LintnewsServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LintnewsServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return code_actions(params.text_document.uri, list(params.context.diagnostics))

    return server


def serve() -> None:
    """Run the server on stdin/stdout until the client sends ``exit``."""
    create_server().start_io()
