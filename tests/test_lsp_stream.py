"""The language server's framing (issue 22.13): a bad header or body is skipped, the stream is
read again from the next header, and no message after it is lost."""

from __future__ import annotations

import json

import pytest

from lintnews.integrations.lsp_stream import MAX_MESSAGE, Framer, FramingError, Message


def frame(payload: object) -> bytes:
    body = json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


PING = {"jsonrpc": "2.0", "id": 7, "method": "lintnews/ping"}
BODY = json.dumps({"jsonrpc": "2.0", "method": "x"}).encode()

BAD = {
    "negative length": b"Content-Length: -5\r\n\r\n" + BODY,
    "length not a number": b"Content-Length: twelve\r\n\r\n" + BODY,
    "no length": b"Content-Type: application/json\r\n\r\n" + BODY,
    "two gigabytes announced": b"Content-Length: 2000000000\r\n\r\n" + BODY,
    "body shorter than announced": b"Content-Length: %d\r\n\r\n" % (len(BODY) + 40) + BODY,
    "body longer than announced": b"Content-Length: 5\r\n\r\n" + BODY,
    "body not JSON": b"Content-Length: 9\r\n\r\n{not json",
    "garbage without a header": b"\x00\xff garbage, no header at all\r\n\r\n",
    "header never ends": b"X-Junk: " + b"y" * 20_000,
}


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("chunk", [1, 7, 1 << 16])  # however the bytes arrive
def test_framing_error_resynchronises(case: str, chunk: int) -> None:
    stream = frame(PING) + BAD[case] + frame(PING) + frame({**PING, "id": 8})
    framer = Framer()
    events = []
    for i in range(0, len(stream), chunk):
        events += framer.feed(stream[i:i + chunk])
    messages = [e.data for e in events if isinstance(e, Message)]
    errors = [e for e in events if isinstance(e, FramingError)]
    assert messages[0] == PING and messages[-2:] == [PING, {**PING, "id": 8}], (case, events)
    assert errors, case
    assert all("\n" not in e.reason for e in errors)


def test_a_huge_announcement_is_not_waited_for() -> None:
    framer = Framer()
    events = framer.feed(b"Content-Length: %d\r\n\r\n" % (MAX_MESSAGE + 1) + frame(PING))
    assert [e.data for e in events if isinstance(e, Message)] == [PING]


def test_many_messages_in_one_read() -> None:
    framer = Framer()
    events = framer.feed(b"".join(frame({**PING, "id": i}) for i in range(100)))
    assert [e.data["id"] for e in events] == list(range(100))


def test_a_short_body_then_silence_resynchronises_when_asked() -> None:
    framer = Framer()
    events = framer.feed(b"Content-Length: 400\r\n\r\n" + BODY + frame(PING))
    assert events == [] and framer.waiting  # (400 bytes announced: more may come)
    events = framer.stalled()
    assert isinstance(events[0], FramingError)
    assert [e.data for e in events if isinstance(e, Message)] == [PING]
    assert not framer.waiting


def test_a_slow_long_body_is_waited_for() -> None:
    framer = Framer()
    message = frame({"jsonrpc": "2.0", "method": "x", "params": {"text": "a" * 1000}})
    assert framer.feed(message[:500]) == [] and framer.stalled() == []  # no header inside: wait on
    assert [e.data["method"] for e in framer.feed(message[500:])] == ["x"]
