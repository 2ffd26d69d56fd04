"""Draining on SIGTERM: a process being replaced leaves its load balancer before it stops.

Whoever stops a server process sends SIGTERM (a rolling deploy, `docker stop`, Kubernetes,
uvicorn's supervisor passing it on to each of `--workers N`). uvicorn alone would close the
listening socket at once, while the load balancer still sends new requests there. So on
SIGTERM the process first *drains*: /readyz answers 503 at once while every request, new
ones too, and every websocket is served as before, for FIRMFLOW_DRAIN_SECONDS (the time a
load balancer takes to notice). Then uvicorn's own graceful shutdown runs: the listening
socket closes, requests in flight finish, websockets are closed with 1012 ("service
restart": graphql-ws clients, the web client's among them, reconnect, now to another
process), and the process exits with status 0. A SIGTERM while draining changes nothing;
SIGINT (Ctrl-C) still stops at once.

The handler is put in front of the one uvicorn's server installed (found on the signal:
uvicorn sets its `Server.handle_exit` with `signal.signal`), from the app's lifespan, so it
works in the single process and in every worker alike. Served any other way (a test's
in-thread server, another ASGI server), nothing changes.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

import uvicorn

log = logging.getLogger("firmflow")


class Drain:
    """Whether this process was told to stop and is draining (per process)."""

    def __init__(self) -> None:
        self.draining = False


DRAIN = Drain()


def drain_on_sigterm(seconds: float) -> Callable[[], None]:
    """Drain for `seconds` on SIGTERM, then let uvicorn stop; returns what undoes it (the
    lifespan's shutdown calls it)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    uvicorn_handler = signal.getsignal(signal.SIGTERM)
    server = getattr(uvicorn_handler, "__self__", None)
    if not isinstance(server, uvicorn.Server):
        return lambda: None
    loop = asyncio.get_running_loop()

    def stop() -> None:
        # What uvicorn's handler does, without remembering the signal (uvicorn would raise
        # it again once stopped, and the process would end "killed by SIGTERM", not 0).
        server.should_exit = True

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        if DRAIN.draining:
            return
        DRAIN.draining = True
        log.info("SIGTERM: draining for %g s (/readyz answers 503), then stopping", seconds)
        loop.call_soon_threadsafe(loop.call_later, seconds, stop)

    signal.signal(signal.SIGTERM, on_sigterm)

    def undo() -> None:
        signal.signal(signal.SIGTERM, uvicorn_handler)

    return undo
