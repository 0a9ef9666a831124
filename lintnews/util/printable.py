"""Text that is safe to show: file names that are not UTF-8, and control characters.

A file name is bytes on POSIX; Python hands an undecodable one over with lone
surrogates (``surrogateescape``), which no UTF-8 stream can write and no JSON
document may hold. :func:`shown_path` spells those bytes out (``caf\\xe9.txt``), so
such a file is linted and reported like any other and every report stays valid UTF-8.

A terminal obeys the control characters it is sent: an ESC or OSC sequence in a
file's text or name could recolour the screen, set the window title or worse.
:func:`escape_controls` writes each as a visible escape (``\\x1b``, ``\\n``), which the
human formats (``text``, ``line``, ``github``) and every one-line error apply;
machine formats (JSON, SARIF) escape them by their own rules.
"""

from __future__ import annotations

import os
import re

from lintnews.util.lazyregex import LazyRegex

# C0 and C1 controls (tab aside), DEL, and lone surrogates (undecodable bytes)
_UNSAFE = LazyRegex("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_OR_TAB = LazyRegex("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_BUT_LINES = LazyRegex("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    named = _NAMED.get(ch)
    if named:
        return named
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, tabs: bool = True, newlines: bool = True) -> str:
    """``text`` with control characters and lone surrogates written as escapes; tabs too
    unless ``tabs`` is false (a source line keeps its tabs: the caller expands them);
    ``newlines`` false keeps CR and LF (a format that escapes them its own way)."""
    pattern = _UNSAFE_BUT_LINES if not newlines else _UNSAFE_OR_TAB if tabs else _UNSAFE
    if pattern.search(text) is None:  # the common case: nothing to do
        return text
    return pattern.sub(_escape, text)


def shown_path(path: str) -> str:
    """The path as valid UTF-8: bytes that are not UTF-8 are spelled ``\\xNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(path)
        return raw.decode("utf-8", "backslashreplace")
    return path
