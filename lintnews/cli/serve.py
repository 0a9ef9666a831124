"""``lintnews serve``: the HTTP service and its page (needs the ``server`` extra)."""

from __future__ import annotations

import click

from lintnews.cli.app import fail
from lintnews.integrations import service  # (the defaults only: start-up stays light)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="The service's config file [default: the nearest one above the working directory].")
@click.option("--max-bytes", default=service.MAX_BYTES, show_default=True, type=click.IntRange(min=1),
              help="Largest request body; larger requests get 413.")
@click.option("--timeout", default=service.TIMEOUT, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a request may take in all; past it, 503 (and the lint is stopped).")
@click.option("--max-concurrent", default=service.MAX_CONCURRENT, show_default=True,
              type=click.IntRange(min=1), help="Checks in progress or waiting at once; more get 503.")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(min=0),
              help="Linting processes (0: one per CPU).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--no-access-log", is_flag=True, help="Do not log each request.")
def serve(host: str, port: int, config_file: str | None, max_bytes: int, timeout: float,
          max_concurrent: int, workers: int, no_plugins: bool, no_access_log: bool) -> None:
    """Serve the checking API (POST /v1/check) and a page to check drafts in a browser."""
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        fail("serve needs the 'server' extra: pip install 'lintnews[server]'")
    from lintnews.integrations.service.limits import Limits
    from lintnews.integrations.service.server import ServiceError, run
    from lintnews.model.errors import LintnewsError

    limits = Limits(max_bytes=max_bytes, timeout=timeout, max_concurrent=max_concurrent, workers=workers)
    try:
        run(host, port, config_file, limits, no_plugins=no_plugins, access_log=not no_access_log)
    except (LintnewsError, ServiceError) as exc:
        fail(str(exc))
