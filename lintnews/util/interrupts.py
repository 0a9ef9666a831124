"""Tell an interrupt the user sent (Ctrl-C, SIGTERM) from the same exception raised by a plugin.

A plugin's rule may raise ``KeyboardInterrupt``, ``SystemExit`` or any other
``BaseException``; that is the plugin's failure, reported as one diagnostic, and
the run goes on. The same exception raised by a signal handler is the user
stopping the run, and must stop it. The difference is where it was raised: a
signal handler's code is on the exception's traceback. Python's own SIGINT
handler is written in C and leaves no frame, so :func:`install` puts a
one-line Python handler in its place (only where Python's default is in force:
a handler someone else installed, or an ignored SIGINT, is left alone).
"""

from __future__ import annotations

import threading
from typing import Any

# (the signal module is imported when first needed: it costs a millisecond of start-up)
_SIGNAL_NAMES = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGPIPE", "SIGALRM")


def _on_sigint(signum: int, frame: object) -> None:
    """Python's default (raise ``KeyboardInterrupt``), from a frame :func:`from_signal` can see."""
    raise KeyboardInterrupt


_installed = False


def install() -> None:
    """Replace Python's default SIGINT handler with :func:`_on_sigint` (once, from the main
    thread; cheap to call again)."""
    global _installed
    if _installed or threading.current_thread() is not threading.main_thread():
        return
    _installed = True
    import signal

    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _on_sigint)
    except (ValueError, OSError):  # an embedding that forbids it: from_signal stays cautious
        pass


def _handler_codes() -> set[Any]:
    import signal

    codes = set()
    for name in _SIGNAL_NAMES:
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            handler = signal.getsignal(sig)
        except (ValueError, OSError):
            continue
        code = getattr(handler, "__code__", None)
        if code is not None:
            codes.add(code)
    return codes


def from_signal(exc: BaseException) -> bool:
    """Was ``exc`` raised by a signal handler (the user, not a plugin)?

    A ``KeyboardInterrupt`` while Python's C handler is still in force cannot be told
    apart, and counts as the user's.
    """
    import signal

    if isinstance(exc, KeyboardInterrupt):
        try:
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                return True
        except (ValueError, OSError):
            return True
    codes = _handler_codes()
    if not codes:
        return False
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code in codes:
            return True
        tb = tb.tb_next
    return False
