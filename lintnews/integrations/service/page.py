"""The page at ``/`` and the files it loads, read from package data once, at start-up.

The stylesheet and script of the marks are the HTML report's own
(:mod:`lintnews.output.web`); the page adds its layout and the editor. Assets are
served from this fixed table: no request names a file.
"""

from __future__ import annotations

from html import escape
from importlib.resources import files

from lintnews import __version__
from lintnews.output.web import asset
from lintnews.output.web.render import CATEGORY_CLASSES, legend

_STATIC = files(__package__).joinpath("static")

# what the page's Content-Security-Policy allows: its own scripts, styles and API, nothing else
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'none'")


def _static(name: str) -> str:
    return _STATIC.joinpath(name).read_text(encoding="utf-8")


def page_html(categories: list[str]) -> str:
    """The page, with a key to the categories the server's rules report."""
    known = [c for c in CATEGORY_CLASSES if c in categories] + sorted(set(categories) - set(CATEGORY_CLASSES))
    return (_static("page.html")
            .replace("{{legend}}", legend(known))
            .replace("{{version}}", escape(__version__)))


def assets() -> dict[str, tuple[bytes, str]]:
    """``name -> (content, media type)`` for ``GET /assets/{name}``."""
    css, js = "text/css; charset=utf-8", "text/javascript; charset=utf-8"
    return {
        "lintnews.css": (asset("lintnews.css").encode(), css),
        "lintnews.js": (asset("lintnews.js").encode(), js),
        "page.css": (_static("page.css").encode(), css),
        "page.js": (_static("page.js").encode(), js),
    }
