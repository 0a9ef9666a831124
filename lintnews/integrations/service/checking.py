"""``POST /v1/check``: the request's schema, the response, and the worker process's loop.

The request is validated in the server process (cheap, and a bad request never
reaches a worker); the linting, the offsets and the markup are done in a worker
process, which sends back the finished JSON body.

Request: ``{"text": str, "format": "plain|markdown|html", "select": [codes],
"ignore": [codes], "profile": "news|opinion", "markup": bool}``; only ``text`` is
required, and an unknown key is an error (a typo must not silently change what is
checked). Response: ``{"version": ..., "diagnostics": [...]}`` with the keys of
``--format json`` plus ``offset`` and ``end_offset``, the span's code-point offsets
in the submitted text (end exclusive); with ``"markup": true`` also the marked text
and list of flags as HTML fragments (what the page at ``/`` shows).
"""

from __future__ import annotations

import json
import pickle
import signal
from dataclasses import dataclass
from typing import Any

from lintnews import __version__
from lintnews.integrations.service.linter import FORMATS, PROFILES, ServiceLinter
from lintnews.model.errors import internal_error_line
from lintnews.output.web.render import flag_list, marked_text, offsets

KEYS = ("text", "format", "select", "ignore", "profile", "markup")
MAX_CODES = 200
PAGE_PREFIX = "p-"  # the page's anchors: p-d0, p-d1, ...
OK, FAILED = b"\x00", b"\x01"  # first byte of a worker's answer


class BadRequest(ValueError):
    """A request the service refuses: ``status`` and a one-line message for the client."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(" ".join(message.split()))
        self.status = status


@dataclass(frozen=True)
class CheckRequest:
    text: str
    format: str = "plain"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: str | None = None
    markup: bool = False


def _codes(value: Any, key: str, linter: ServiceLinter) -> tuple[str, ...]:
    from lintnews.config.codes import split_codes
    from lintnews.model.errors import ConfigError

    if isinstance(value, str):  # (one comma-separated string, as on the command line)
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadRequest(f"{key}: must be a list of rule ids or categories")
    if len(value) > MAX_CODES:
        raise BadRequest(f"{key}: more than {MAX_CODES} codes")
    try:  # ("" or [""]: an empty rule code, as on the command line; it checked every rule)
        codes = split_codes(value, key)
    except ConfigError as exc:
        raise BadRequest(str(exc)[:300]) from None
    if len(codes) > MAX_CODES:
        raise BadRequest(f"{key}: more than {MAX_CODES} codes")
    for code in codes:
        if not linter.known_code(code):
            raise BadRequest(f"{key}: unknown rule or category {echo(code, 80)} (see GET /v1/rules)")
    return codes


def _check_text(text: str) -> None:
    """A text that cannot be linted or answered: NUL characters (a binary file, as the command
    line says) or a lone surrogate (JSON allows ``"\\ud800"``; no UTF-8 can carry it back)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise BadRequest(f"text: contains a NUL character at offset {nul} (binary data?)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadRequest(f"text: a lone surrogate at offset {exc.start} is not a character") from None


def parse_request(body: bytes, linter: ServiceLinter) -> CheckRequest:
    """The request in ``body`` (JSON), or :class:`BadRequest` saying what is wrong with it."""
    try:
        data = json.loads(body, object_pairs_hook=_object)
    except (ValueError, RecursionError) as exc:  # (JSONDecodeError and bad UTF-8 are ValueErrors)
        if isinstance(exc, BadRequest):
            raise
        raise BadRequest(f"the body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadRequest('the body must be a JSON object such as {"text": "..."}')
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise BadRequest(f"unknown key {echo(unknown[0], 80)} (known: {', '.join(KEYS)})")
    # an optional key given as null is its default, every one alike ("profile": null always
    # was; "format": null was a 400): a client that serialises unset fields as null
    data = {key: value for key, value in data.items() if value is not None}
    text = data.get("text")
    if not isinstance(text, str):
        raise BadRequest("text: required, a string")
    _check_text(text)
    fmt = data.get("format", "plain")
    if fmt not in FORMATS:
        raise BadRequest(f"format: must be one of plain, markdown, html (got {echo(str(fmt), 40)})")
    profile = data.get("profile")
    if profile is not None and profile not in PROFILES:
        raise BadRequest(f"profile: must be one of {', '.join(PROFILES)} (got {echo(str(profile), 40)})")
    markup = data.get("markup", False)
    if not isinstance(markup, bool):
        raise BadRequest("markup: must be true or false")
    return CheckRequest(
        text=text,
        format=fmt,
        select=_codes(data.get("select", []), "select", linter),
        ignore=_codes(data.get("ignore", []), "ignore", linter),
        profile=profile,
        markup=markup,
    )


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once. Python's ``json`` keeps the last of
    duplicates, so ``{"select": ["a"], "select": ["b"]}`` silently checked "b" only, where
    another JSON reader in the client's chain keeps the first: which one was meant cannot be
    told, so it is a 400 naming the key."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise BadRequest(f"duplicate key {echo(key, 80)} in the body: give each key once")
        data[key] = value
    return data


def echo(value: str, limit: int) -> str:
    """``repr(value)`` in at most ``limit`` characters (cut with ``...``): what a client sent,
    echoed in an error. Cutting the value before ``repr`` was not enough: each control
    character in it is four characters or more in its ``repr``."""
    shown = repr(value[:limit])
    return shown if len(shown) <= limit else shown[: max(limit - 4, 1)] + "..." + shown[0]


def rules_href(rule: str) -> str:
    """A rule's explanation, relative to the page (so the page works under a proxy's sub-path)."""
    from urllib.parse import quote

    return "v1/rules/" + quote(rule, safe="/")


def respond(linter: ServiceLinter, req: CheckRequest) -> bytes:
    """The JSON body answering ``req``."""
    linted = linter.lint(req.text, req.format, req.profile, req.select, req.ignore)
    n = len(req.text)
    spans = [offsets(linted.line_starts, n, d) for d in linted.diagnostics]
    items = []
    for d, (start, end) in zip(linted.diagnostics, spans, strict=True):
        item = d.to_dict()
        item["offset"], item["end_offset"] = start, end
        items.append(item)
    body: dict[str, Any] = {"version": __version__, "diagnostics": items}
    if req.markup:
        body["markup"] = {
            "text": marked_text(req.text, linted.diagnostics, spans, PAGE_PREFIX),
            "list": flag_list(linted.diagnostics, PAGE_PREFIX, rules_href),
        }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def answer(linter: ServiceLinter, payload: bytes) -> bytes:
    """A worker's answer to one pickled :class:`CheckRequest`: :data:`OK` and the body, or
    :data:`FAILED` and one line saying what broke (a bug, never the client's fault)."""
    try:
        return OK + respond(linter, pickle.loads(payload))
    except RecursionError:
        return FAILED + b"the text is too deeply nested to check"
    except Exception as exc:  # noqa: BLE001 - one request's bug must not end the worker
        return FAILED + internal_error_line(exc, "checking the text").encode("utf-8", "replace")


def worker_main(conn: Any, config_file: str | None, no_plugins: bool) -> None:
    """A worker process: build the linter, say ``ready`` (or why not), answer until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (Ctrl-C is the server's to handle)
    try:
        linter = ServiceLinter(config_file, no_plugins)
        linter.warm_up()
    except Exception as exc:  # noqa: BLE001 - reported to the server as one line
        conn.send_bytes(b"error: " + str(exc).encode("utf-8", "replace"))
        return
    conn.send_bytes(b"ready")
    while True:
        try:
            payload = conn.recv_bytes()
        except (EOFError, OSError):
            return
        conn.send_bytes(answer(linter, payload))
