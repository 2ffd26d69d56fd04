"""The process's broadcaster (memory:// or redis://), created inside the app's lifespan.

A module-level Broadcast breaks on the next event loop (STACK_NOTES.md), so the app's
lifespan (or a test) calls `start_broadcast` and `stop_broadcast`. Redis URLs get the
resilient backend of `subscriptions.redis_backend`.
"""

from __future__ import annotations

from broadcaster import Broadcast

from subscriptions.redis_backend import ResilientRedisBackend

_broadcast: Broadcast | None = None


def make_broadcast(url: str) -> Broadcast:
    """A Broadcast for the URL; redis:// uses the backend that survives Redis restarts."""
    if url.startswith(("redis://", "rediss://")):
        return Broadcast(backend=ResilientRedisBackend(url))
    return Broadcast(url)


async def start_broadcast(url: str) -> Broadcast:
    global _broadcast
    broadcast = make_broadcast(url)
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
