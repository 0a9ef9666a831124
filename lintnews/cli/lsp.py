"""``lintnews lsp``: the language server for editors."""

from __future__ import annotations

import sys

import click

from lintnews.cli.app import fail


@click.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input/output (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server for editors (Language Server Protocol over stdio).

    Exits 0 after the client's ``shutdown`` and ``exit``, 1 on ``exit`` (or the end of
    input) without ``shutdown``, as the protocol says."""
    try:
        from lintnews.integrations.lsp import serve
    except ImportError as exc:
        fail(f"the language server needs pygls ({exc}); install it with: pip install pygls")
    sys.exit(serve())
