"""JSON-RPC framing for the language server: ``Content-Length`` headers, then a JSON body.

pygls's own reader trusts every header: a ``Content-Length: -5`` made it read the
next message's header as part of a header line, a body shorter than announced made
it read the next message into this one, and a 2 GB announcement made it wait for 2 GB;
after each it never read another message (the server was deaf for ever). Here a bad
header, an announcement over :data:`MAX_MESSAGE`, or a body that is not JSON is a
*framing error*: it is reported (one line on standard error), and the reader
resynchronises at the next ``Content-Length:`` header it finds, even one that sits
inside the bytes it had taken for a body (which is where the next message is when a
body was shorter than announced, once the client has sent it all or has stopped sending:
:meth:`Framer.stalled`). The end of input ends the server.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MAX_MESSAGE = 256 * 1024 * 1024  # bytes: a 100 MB buffer as JSON fits, a 2 GB claim does not
MAX_HEADER = 8192
STALL = 2.0  # seconds without a byte, in the middle of a body, before Framer.stalled() is asked
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CONTENT_LENGTH = re.compile(rb"content-length[ \t]*:", re.IGNORECASE)
_LENGTH_VALUE = re.compile(rb"content-length[ \t]*:([^\r\n]*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Message:
    """A JSON-RPC message, parsed (plain JSON: dicts, lists, strings, numbers)."""

    data: Any


@dataclass(frozen=True, slots=True)
class FramingError:
    """What was wrong with the bytes just skipped (for the one line on standard error)."""

    reason: str


class Framer:
    """Turns the bytes of a stream, fed as they arrive, into messages and framing errors."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._need: int | None = None  # the body's length, once its header is read
        self._seeking = False  # after an error: skip to the next Content-Length header

    @property
    def waiting(self) -> bool:
        """Is part of a body read and the rest awaited?"""
        return self._need is not None

    def feed(self, data: bytes) -> list[Message | FramingError]:
        self._buf += data
        out: list[Message | FramingError] = []
        while True:
            if self._need is None:
                if not self._header(out):
                    return out
                continue
            buf, need = self._buf, self._need
            if len(buf) < need:
                return out
            body = bytes(buf[:need])
            self._need = None
            try:
                out.append(Message(json.loads(body)))
            except (ValueError, UnicodeDecodeError, RecursionError) as exc:
                # a body shorter than announced holds the next message's header: start there
                again = _CONTENT_LENGTH.search(body, 1)
                cut = again.start() if again else need
                del buf[:cut]
                out.append(FramingError(f"the body of a message is not JSON ({_short(exc)}); "
                                        + ("resynchronised at the next header" if again
                                           else f"{need} bytes skipped")))
                continue
            del buf[:need]

    def stalled(self) -> list[Message | FramingError]:
        """Nothing has arrived for a while (:data:`STALL` seconds) in the middle of a body: if
        the bytes taken for it hold a header, the body was shorter than announced and the
        client is waiting for an answer to the message that follows. Read from there."""
        if self._need is None:
            return []
        m = _CONTENT_LENGTH.search(self._buf, 1)
        if m is None:
            return []  # (a slow client in the middle of a long message: wait on)
        del self._buf[: m.start()]
        self._need = None
        reason = "a body shorter than announced (nothing more came); resynchronised at the next header"
        return [FramingError(reason), *self.feed(b"")]

    def _header(self, out: list[Message | FramingError]) -> bool:
        """Read one header block; False when more bytes are needed."""
        buf = self._buf
        if self._seeking:
            m = _CONTENT_LENGTH.search(buf)
            if m is None:
                del buf[: max(0, len(buf) - 32)]  # (keep what may be the start of a header)
                return False
            del buf[: m.start()]
            self._seeking = False
        end = _HEADER_END.search(buf, 0, MAX_HEADER + 4)
        if end is None:
            if len(buf) > MAX_HEADER:
                out.append(FramingError(f"no end of header in {MAX_HEADER} bytes"))
                del buf[:1]
                self._seeking = True
                return True
            return False
        header = bytes(buf[: end.start()])
        del buf[: end.end()]
        # (the last one counts, wherever it starts: the tail of a body longer than announced
        # may be glued to the front of the next header)
        found = _LENGTH_VALUE.findall(header)
        length = found[-1].strip() if found else None
        if length is None:
            return self._bad(out, "a header without Content-Length")
        if not (length.isdigit() and length.isascii()):
            return self._bad(out, f"Content-Length {length[:20].decode('latin-1')!r} is not a number of bytes")
        n = int(length)
        if n > MAX_MESSAGE:
            return self._bad(out, f"Content-Length {n} is over the limit of {MAX_MESSAGE} bytes")
        self._need = n
        return True

    def _bad(self, out: list[Message | FramingError], reason: str) -> bool:
        out.append(FramingError(f"{reason}; skipped to the next header"))
        self._seeking = True
        return True


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 80 else text[:77] + "..."
