"""Optional dependencies: imported when a run needs them, named in one line when missing."""

from __future__ import annotations

from types import ModuleType

from lintnews.model.errors import LintnewsError


class MissingExtra(LintnewsError):
    """An optional dependency is not installed (exit 2): the message names the extra."""


EXTRAS = {"pyarrow": "audit", "dask": "dask", "distributed": "dask"}
WHY = {"pyarrow": "Parquet", "dask": "--engine dask", "distributed": "--engine dask"}


def require(module: str, why: str | None = None) -> ModuleType:
    """``import module``, or :class:`MissingExtra` saying which extra to install."""
    from importlib import import_module

    try:
        return import_module(module)
    except ImportError:
        extra = EXTRAS.get(module.split(".")[0], "audit")
        what = why or WHY.get(module.split(".")[0], module)
        raise MissingExtra(f"{what} needs the '{extra}' extra, which is not installed: "
                           f"pip install 'lintnews[{extra}]'") from None
