"""Run the service with uvicorn on a socket bound here, before anything starts.

Binding first turns "address in use" into one line and exit 2 (uvicorn would log and
exit 1), and the worker processes are started before the server accepts a
connection, so a config that breaks a worker is an error at start-up, not a 500 later.
"""

from __future__ import annotations

import socket

from lintnews.integrations.service.limits import Limits


class ServiceError(RuntimeError):
    """The service cannot start (one line)."""


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (IPv4 or IPv6), or :class:`ServiceError`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServiceError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        raise ServiceError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def run(host: str, port: int, config_file: str | None, limits: Limits, no_plugins: bool = False,
        access_log: bool = True) -> None:
    """Serve until interrupted. Raises ``LintnewsError`` (config) or :class:`ServiceError`."""
    import uvicorn

    from lintnews.integrations.service.app import create_app
    from lintnews.integrations.service.checking import worker_main
    from lintnews.integrations.service.linter import ServiceLinter
    from lintnews.integrations.service.pool import WorkerError, WorkerPool

    sock = bind(host, port)
    linter_config = ServiceLinter(config_file, no_plugins).config_path  # (config errors: before workers)
    pool = WorkerPool(limits.pool_size, worker_main, (linter_config, no_plugins))
    try:
        pool.start()
    except WorkerError as exc:
        sock.close()
        raise ServiceError(f"a worker could not start: {exc}") from None
    try:
        app = create_app(config_file, limits, no_plugins, pool=pool)
        config = uvicorn.Config(
            app, log_level="info", access_log=access_log, lifespan="on", server_header=False,
            timeout_keep_alive=5,
            # connections beyond what the check limit can use get uvicorn's own 503
            limit_concurrency=max(64, 4 * limits.max_concurrent),
        )
        host_shown = f"[{host}]" if ":" in host else host
        print(f"lintnews: serving on http://{host_shown}:{sock.getsockname()[1]}/ "
              f"({pool.size} workers; Ctrl-C stops)", flush=True)
        # uvicorn stops gracefully on SIGINT or SIGTERM (requests in progress are answered),
        # then raises the signal again for the handler it found: the command's, which ends
        # the run as any lintnews run ends on a signal (130, 143; lintnews.execution.stopping)
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        pool.close()
        sock.close()
