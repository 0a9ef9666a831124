"""``lintnews serve``: lintnews as an HTTP service for CMSs and browsers (the ``server`` extra).

``app`` (Starlette routes and limits), ``checking`` (the check request and response,
the worker's loop), ``linter`` (the one adapter to lintnews's linting code), ``pool``
(worker processes with a hard time limit), ``limits``, ``page`` (the page at ``/``),
``server`` (uvicorn on a socket bound before start-up). Starlette and uvicorn are
imported only by the ``serve`` command.
"""
