"""The HTTP service (Starlette): ``POST /v1/check``, the rules, ``/health`` and the page.

Every answer the service gives on its own account is JSON; an error is one line,
``{"error": "..."}``, with a 4xx status for what the client can fix (400 a bad
request, 404, 405, 408 a body too slow to arrive, 413 too large, 415 not JSON) and
503 when the server is busy or the check ran out of time. A bug is a 500 with one
line, never a traceback. Nothing a client sends names a file: the config is the
server's, read at start-up, and the assets come from a fixed table.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from lintnews import __version__
from lintnews.integrations.service.checking import FAILED, BadRequest, echo, parse_request, worker_main
from lintnews.integrations.service.limits import Limits
from lintnews.integrations.service.linter import ServiceLinter
from lintnews.integrations.service.page import CSP, assets, page_html
from lintnews.integrations.service.pool import Timeout, WorkerCrashed, WorkerPool

log = logging.getLogger("lintnews.service")
JSON_TYPES = ("application/json",)
ECHO_LIMIT = 200  # characters of an unknown rule id echoed in a 404 (an id is a path: it may be long)
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The one-line JSON error every failure answers with."""
    return JSONResponse({"error": " ".join(message.split())}, status, headers=headers)


def _guarded(endpoint: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """A bug in an endpoint is a one-line 500 (and one line in the server's log)."""

    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except HTTPException:
            raise
        except Exception as exc:  # noqa: BLE001 - the client gets one line, never a traceback
            log.error("lintnews: internal error on %s %s: %s: %s", request.method, request.url.path,
                      type(exc).__name__, exc)
            return error(500, "internal error in lintnews (see the server's log)")

    return run


def rule_summary(rule: Any) -> dict[str, Any]:
    return {"id": rule.id, "category": rule.category, "severity": str(rule.severity),
            "summary": rule.summary, "plugin": rule.plugin}


def rule_detail(rule: Any) -> dict[str, Any]:
    """What ``lintnews explain`` says about a rule, field by field."""
    return {
        **rule_summary(rule),
        "rationale": rule.rationale,
        "suggestion": rule.suggestion,
        "examples": {"trigger": list(rule.examples.trigger), "no_trigger": list(rule.examples.no_trigger)},
        "help": rule.help_text,
    }


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to be larger than ``limit``."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise BadRequest("Content-Length is not a number")
        if int(length) > limit:
            raise BadRequest(f"the request is larger than the limit of {limit} bytes (--max-bytes)", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(f"the request is larger than the limit of {limit} bytes (--max-bytes)", 413)
        chunks.append(chunk)
    return b"".join(chunks)


class _SecurityHeaders:
    """Adds :data:`HEADERS` to every response (plain ASGI: no per-request task)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()
                         if k.lower().encode() not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, sending)


def create_app(config_file: str | None = None, limits: Limits | None = None, no_plugins: bool = False,
               pool: WorkerPool | None = None) -> Starlette:
    """The service's ASGI app. Reads the config now (raises ``LintnewsError``: one line);
    the worker processes start with the app's lifespan unless ``pool`` was started already."""
    limits = limits or Limits()
    linter = ServiceLinter(config_file, no_plugins)
    if pool is None:
        pool = WorkerPool(limits.pool_size, worker_main, (linter.config_path, no_plugins))
    rules = linter.rules()
    rules_body = JSONResponse({"rules": [rule_summary(r) for r in rules]}).body
    page = page_html(sorted({r.category for r in rules}))
    static = assets()
    in_flight = 0

    async def check(request: Request) -> Response:
        nonlocal in_flight
        deadline = time.monotonic() + limits.timeout
        if in_flight >= limits.max_concurrent:
            return error(503, f"busy: {in_flight} checks in progress, the limit (--max-concurrent); "
                              "retry shortly", {"Retry-After": "1"})
        in_flight += 1
        try:
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and ctype not in JSON_TYPES:
                return error(415, f"send JSON with Content-Type: application/json (got {ctype[:60]!r})")
            try:
                body = await asyncio.wait_for(_body(request, limits.max_bytes),
                                              max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                return error(408, f"the request body did not arrive within {limits.timeout:g} s (--timeout)")
            req = parse_request(body, linter)
            del body
            try:
                answer = await pool.run(pickle.dumps(req, protocol=pickle.HIGHEST_PROTOCOL), deadline)
            except Timeout:
                return error(503, f"the check did not finish within {limits.timeout:g} s (--timeout)")
            except WorkerCrashed:
                return error(500, "the process checking the text died (it has been replaced)")
            if answer[:1] == FAILED:
                message = answer[1:].decode("utf-8", "replace")
                log.error("lintnews: %s", message)
                return error(500, message)
            return Response(answer[1:], media_type="application/json")
        except BadRequest as exc:
            return error(exc.status, str(exc))
        finally:
            in_flight -= 1

    async def list_rules(request: Request) -> Response:
        return Response(rules_body, media_type="application/json")

    async def one_rule(request: Request) -> Response:
        rule_id = request.path_params["rule_id"]
        rule = linter.rule(rule_id)
        if rule is None:
            return error(404, f"unknown rule {echo(rule_id, ECHO_LIMIT)} (see GET /v1/rules)")
        return JSONResponse(rule_detail(rule))

    async def health(request: Request) -> Response:
        alive = pool.alive
        return JSONResponse({"status": "ok" if alive else "starting", "version": __version__,
                             "workers": {"alive": alive, "size": pool.size}, "in_flight": in_flight},
                            200 if alive else 503)

    async def index(request: Request) -> Response:
        return HTMLResponse(page, headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache"})

    async def static_file(request: Request) -> Response:
        found = static.get(request.path_params["name"])
        if found is None:
            return error(404, "not found")
        content, media_type = found
        return Response(content, media_type=media_type, headers={"Cache-Control": "no-cache"})

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        messages = {404: "not found", 405: "method not allowed"}
        return error(exc.status_code, messages.get(exc.status_code, str(exc.detail)), exc.headers)

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(500, "internal error in lintnews (see the server's log)")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.open()
        try:
            yield
        finally:
            pool.close()

    routes = [
        Route("/", _guarded(index), methods=["GET"]),
        Route("/assets/{name}", _guarded(static_file), methods=["GET"]),
        Route("/health", _guarded(health), methods=["GET"]),
        Route("/v1/check", _guarded(check), methods=["POST"]),
        Route("/v1/rules", _guarded(list_rules), methods=["GET"]),
        Route("/v1/rules/{rule_id:path}", _guarded(one_rule), methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.pool = pool
    app.state.linter = linter
    app.add_middleware(_SecurityHeaders)
    return app
