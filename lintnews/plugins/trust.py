"""Which plugin code a run may import, and from where.

Linting a checkout must never run code from it unless the user opts in (ruff and
Vale never run code named in a repository's config). So:

- ``--plugin MODULE`` is the user's own choice on the command line: the module is
  imported from ``sys.path`` and, failing that, from the current directory (as
  pytest's ``-p`` finds a module there).
- A plugin named in a config file (``plugins = [...]`` in ``.lintnews.toml`` or
  ``[tool.lintnews]``) is looked up among installed distributions' ``lintnews``
  entry points (by entry-point name or module), or is one of lintnews's own
  modules. Any other module is imported only when the user trusts that config:
  ``--allow-config-plugins``, or ``LINTNEWS_ALLOW_CONFIG_PLUGINS`` set to ``1``
  (every config) or to a list of directories (configs at or below them) in the
  user's environment, never in a file of the checkout. It is then imported from the
  config file's directory first.
- Entry points are read from installed distributions: a ``*.dist-info`` in the
  working directory (on ``sys.path`` under ``python -m`` or ``PYTHONPATH=.``) is
  not one (see :mod:`lintnews.plugins.entrypoints`).

Whatever it is, plugin code runs with ``sys.stdout`` pointing at standard error
while it is imported and registers, so a ``print()`` cannot corrupt a report.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from lintnews.util.environment import ALLOW_CONFIG_PLUGINS as ALLOW_ENV

OWN_PREFIX = "lintnews."  # lintnews's own modules (config `proselint = true` names one)


def config_plugins_allowed(config_path: str | None, flag: bool = False) -> bool:
    """May the config file at ``config_path`` have lintnews import any module it names?"""
    if flag:
        return True
    from lintnews.util.environment import trusted_directories

    allowed = trusted_directories()
    if isinstance(allowed, bool):
        return allowed
    if not config_path:
        return False
    try:
        here = Path(config_path).resolve().parent
    except (OSError, RuntimeError):
        return False
    for entry in allowed:
        try:
            trusted = Path(entry).expanduser().resolve()
        except (OSError, RuntimeError):
            continue
        if here == trusted or trusted in here.parents:
            return True
    return False


def refusal(name: str) -> str:
    """The one line that says why a config's plugin was not imported, and how to opt in."""
    return (f"plugins: {name!r} is not an installed plugin (no 'lintnews' entry point of that "
            f"name or module); a repository's config may only name installed plugins, so that linting "
            f"a checkout never runs its code: pass --allow-config-plugins (or set {ALLOW_ENV}=1, or to "
            f"the checkout's directory) to import it from the config's directory")


@contextlib.contextmanager
def plugin_output() -> Iterator[None]:
    """Plugin code's ``print()`` goes to standard error, never into a report on standard output."""
    err = sys.stderr
    if err is None or sys.stdout is err:
        yield
        return
    with contextlib.redirect_stdout(err):
        yield


def import_from(name: str, directory: str) -> ModuleType:
    """Import ``name`` looking in ``directory`` first. The directory stays on ``sys.path`` (at
    the end) so that the module's own later imports of its neighbours still work."""
    sys.path.insert(0, directory)
    try:
        return importlib.import_module(name)
    finally:
        try:
            sys.path.remove(directory)
        except ValueError:
            pass
        if directory not in sys.path:
            sys.path.append(directory)


def import_cli_plugin(name: str) -> ModuleType:
    """``--plugin NAME``: from ``sys.path``, else from the current directory (an explicit choice of
    the user's, as with pytest's ``-p``)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name.split(".", 1)[0] and exc.name != name:
            raise
    cwd = os.getcwd()
    try:
        return import_from(name, cwd)
    except ModuleNotFoundError as exc:
        if exc.name != name.split(".", 1)[0] and exc.name != name:
            raise
        raise ModuleNotFoundError(
            f"no module named {name!r} on sys.path or in the current directory ({cwd})", name=name
        ) from None
