"""The process's broadcaster (memory:// or redis://), created inside the app's lifespan.

A module-level Broadcast breaks on the next event loop (STACK_NOTES.md), so the app's
lifespan (or a test) calls `start_broadcast` and `stop_broadcast`.
"""

from __future__ import annotations

from broadcaster import Broadcast

_broadcast: Broadcast | None = None


async def start_broadcast(url: str) -> Broadcast:
    global _broadcast
    broadcast = Broadcast(url)
    await broadcast.connect()
    _broadcast = broadcast
    return broadcast


async def stop_broadcast() -> None:
    global _broadcast
    if _broadcast is not None:
        broadcast, _broadcast = _broadcast, None
        await broadcast.disconnect()


def current_broadcast() -> Broadcast | None:
    return _broadcast
