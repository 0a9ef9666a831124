"""The ``LINTNEWS_*`` environment variables the README documents, read strictly.

A bad value is a :class:`ConfigError` naming the variable (one line, exit 2 from the command
line), as a bad option or config key is: ``LINTNEWS_RULE_BUDGET=abc`` used to fall back to the
default silently, and ``-5`` turned the budget off; ``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=0``
disabled autoloading. :func:`check_environment` reads them all when a command starts (and
when a :class:`~lintnews.Linter` is built), so the mistake is found before any file is read.
(``LINTNEWS_STDIN_LIMIT`` is read by ``check``'s ``--stdin-limit``, which names the variable;
``LINTNEWS_CACHE_DIR`` is any directory; the test suite's own variables are not lintnews's.)
"""

from __future__ import annotations

import math
import os

from lintnews.model.errors import DEBUG_ENV, ConfigError

# Each variable's name and default are defined here once; the modules that read them import them.
RULE_BUDGET = "LINTNEWS_RULE_BUDGET"
RULE_BUDGET_DEFAULT = 10.0  # seconds per rule per megabyte of document; 0 disables the check
LSP_DEBOUNCE = "LINTNEWS_LSP_DEBOUNCE"
LSP_DEBOUNCE_DEFAULT = 0.25  # seconds between a buffer's last change and its lint
DEBUG = DEBUG_ENV  # (read by lintnews.model.errors, below this layer)
NO_AUTOLOAD = "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"
ALLOW_CONFIG_PLUGINS = "LINTNEWS_ALLOW_CONFIG_PLUGINS"

_ON = ("1", "true", "yes", "on")
_OFF = ("", "0", "false", "no", "off")


def _raw(name: str) -> str:
    return os.environ.get(name, "").strip()


def seconds(name: str, default: float) -> float:
    """A number of seconds, 0 or more (empty or unset: ``default``)."""
    raw = _raw(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise ConfigError(f"{name}={raw!r}: not a number of seconds (0 or more; e.g. {default:g})")
    return value


def flag(name: str) -> bool:
    """On (1, true, yes, on) or off (unset, empty, 0, false, no, off)."""
    raw = _raw(name).lower()
    if raw in _ON:
        return True
    if raw in _OFF:
        return False
    raise ConfigError(f"{name}={_raw(name)!r}: not a yes or no (1, true, yes, on; 0, false, no, off)")


def trusted_directories(name: str = ALLOW_CONFIG_PLUGINS) -> bool | list[str]:
    """True or False (a flag), or the directories listed (separated by ``os.pathsep``), each an
    existing directory: a misspelt ``ture`` trusted nothing, silently."""
    raw = _raw(name)
    if raw.lower() in _ON or raw.lower() in _OFF:
        return raw.lower() in _ON
    entries = [e.strip() for e in raw.split(os.pathsep) if e.strip()]
    for entry in entries:
        if not os.path.isdir(os.path.expanduser(entry)):
            raise ConfigError(f"{name}={raw!r}: {entry!r} is not a directory (1 or 0, or directories "
                              f"separated by {os.pathsep!r})")
    return entries


def check_environment() -> None:
    """Read every documented variable once; the first bad one is a :class:`ConfigError`."""
    seconds(RULE_BUDGET, RULE_BUDGET_DEFAULT)
    seconds(LSP_DEBOUNCE, LSP_DEBOUNCE_DEFAULT)
    flag(DEBUG)
    flag(NO_AUTOLOAD)
    trusted_directories()
