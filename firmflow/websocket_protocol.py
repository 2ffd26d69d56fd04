"""uvicorn's websocket protocol (websockets' sans-I/O implementation): lighter idle state, and
frames serialized once for many sockets.

A server holds one of these per open websocket, for hours, mostly idle. uvicorn gives each
an `asyncio.Queue` for incoming messages and an `asyncio.Event` for write pauses: five
deques of 760 bytes between them, empty nearly all the time (bench/README.md: about 3.8 of
the 27 KiB an idle subscriber costs). Here the same two roles are played by `_Inbox` and
`_Flag`, which hold a deque or a list only while something is queued or waiting. Nothing
else of uvicorn's protocol changes; `firmflow serve` passes this class as uvicorn's `ws`
(uvicorn is pinned to 0.54.x in pyproject.toml, whose protocol uses exactly `put_nowait`,
`get` and `empty` of the queue and `set`, `clear` and `wait` of the event).

The event fan-out (`subscriptions.fanout`) sends the same `next` message to thousands of
sockets. uvicorn would frame it anew for each (websockets' serializer, uvicorn's send):
about a third of the per-socket time. Each socket offers `write_text_frame` instead (in
its ASGI scope's extensions, `PREBUILT_FRAMES`): a frame serialized once (`text_frame`)
is written as is, when the socket is open, not paused, and uses no extension
(permessage-deflate frames differ per socket; `firmflow serve` turns it off); otherwise
the caller sends the message the ordinary way.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.frames import OP_TEXT, Frame
from websockets.http11 import Request
from websockets.protocol import OPEN

PREBUILT_FRAMES = "firmflow.prebuilt_frames"


def text_frame(text: str) -> bytes:
    """A server's text frame of `text`, as websockets serializes it (unmasked, no
    extension)."""
    return Frame(OP_TEXT, text.encode()).serialize(mask=False)


class _Inbox:
    """The ASGI receive queue: a deque only while messages wait, one future while the app
    waits for one."""

    __slots__ = ("items", "waiter")

    def __init__(self) -> None:
        self.items: deque[Any] | None = None
        self.waiter: asyncio.Future[None] | None = None

    def put_nowait(self, item: Any) -> None:
        if self.items is None:
            self.items = deque()
        self.items.append(item)
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    async def get(self) -> Any:
        while not self.items:
            if self.waiter is None or self.waiter.done():
                self.waiter = asyncio.get_running_loop().create_future()
            waiter = self.waiter
            try:
                await waiter
            finally:
                if self.waiter is waiter:
                    self.waiter = None
        item = self.items.popleft()
        if not self.items:
            self.items = None
        return item

    def empty(self) -> bool:
        return not self.items

    def qsize(self) -> int:
        return len(self.items) if self.items else 0


class _Flag:
    """asyncio.Event's set/clear/wait, with a list of waiters only while someone waits."""

    __slots__ = ("value", "waiters")

    def __init__(self, value: bool = False) -> None:
        self.value = value
        self.waiters: list[asyncio.Future[None]] | None = None

    def is_set(self) -> bool:
        return self.value

    def set(self) -> None:
        self.value = True
        waiters, self.waiters = self.waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def clear(self) -> None:
        self.value = False

    async def wait(self) -> bool:
        if self.value:
            return True
        waiter = asyncio.get_running_loop().create_future()
        if self.waiters is None:
            self.waiters = []
        self.waiters.append(waiter)
        try:
            await waiter
        finally:
            if self.waiters is not None and waiter in self.waiters:
                self.waiters.remove(waiter)
        return True


class LeanWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's sans-I/O websocket protocol with `_Inbox` and `_Flag` (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.queue = _Inbox()  # type: ignore[assignment]
        self.writable = _Flag(value=True)  # type: ignore[assignment]

    def handle_connect(self, event: Request) -> None:
        super().handle_connect(event)
        scope = getattr(self, "scope", None)
        if scope is not None:
            scope["extensions"][PREBUILT_FRAMES] = {"write": self.write_text_frame}

    def write_text_frame(self, frame: bytes) -> bool:
        """Write a frame made by `text_frame`; False (nothing written) unless the socket is
        open, not paused, with nothing of its own pending and no extension in use."""
        conn = self.conn
        if (
            self.handshake_complete
            and not self.close_sent
            and not self.disconnected
            and self.initial_response is None
            and self.writable.is_set()
            and conn.state is OPEN
            and not conn.extensions
            and not conn.expect_continuation_frame
            and not conn.writes
            and not self.transport.is_closing()
        ):
            self.transport.write(frame)
            return True
        return False
