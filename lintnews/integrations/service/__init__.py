"""``lintnews serve``: lintnews as an HTTP service for CMSs and browsers (the ``server`` extra).

``app`` (Starlette routes and limits), ``checking`` (the check request and response,
the worker's loop), ``linter`` (the one adapter to lintnews's linting code), ``pool``
(worker processes with a hard time limit), ``limits``, ``page`` (the page at ``/``),
``server`` (uvicorn on a socket bound before start-up). Starlette and uvicorn are
imported only by the ``serve`` command.
"""

# the limits' defaults (see ``limits.Limits``), here so the command's --help can show them
# without importing more than this package
MAX_BYTES = 1_000_000
TIMEOUT = 10.0
MAX_CONCURRENT = 32
