"""broadcaster's Redis backend with the two fixes of STACK_NOTES.md.

(a) `subscribe` awaits `pubsub.subscribe` before it wakes the listener, so a subscriber is
    really subscribed when `Broadcast.subscribe` returns (redis-py 8 otherwise delivers
    nothing).
(b) When Redis goes away the stock listener task dies and subscribers hang forever; this
    one logs, waits and listens again (redis-py reconnects and re-subscribes the channels).
    Messages published during the outage are lost: when the subscription is back (Redis
    confirms the re-subscribe), the backend hands its subscribers a `RESUBSCRIBED` message,
    on which the hub reads the missed events from the event table.
"""

from __future__ import annotations

import asyncio
import logging

from broadcaster._backends.redis import RedisBackend
from broadcaster._base import Event

log = logging.getLogger(__name__)

# Not JSON, so never an event message: "the subscription to this channel is (back) in place".
RESUBSCRIBED = "firmflow:resubscribed"


class ResilientRedisBackend(RedisBackend):
    """Redis pub/sub that survives Redis restarts."""

    retry_seconds: float = 0.5

    def __init__(self, url: str, *, retry_seconds: float | None = None) -> None:
        super().__init__(url)
        if retry_seconds is not None:
            self.retry_seconds = retry_seconds
        self.reconnects = 0

    async def connect(self) -> None:
        self._listener = asyncio.create_task(self._pubsub_listener())
        try:
            await self._pubsub.connect()
        except Exception:  # Redis is down at start: the listener keeps trying
            log.warning("redis is unreachable; subscriptions will connect when it returns")

    async def subscribe(self, channel: str) -> None:
        while True:
            try:
                await self._pubsub.subscribe(channel)
                break
            except (asyncio.CancelledError, KeyboardInterrupt):
                raise
            except Exception:
                log.warning("could not subscribe to %s; retrying", channel)
                await asyncio.sleep(self.retry_seconds)
        self._ready.set()

    async def _pubsub_listener(self) -> None:
        while True:
            await self._ready.wait()
            try:
                async for message in self._pubsub.listen():
                    if message["type"] == "subscribe":
                        await self._queue.put(
                            Event(channel=message["channel"].decode(), message=RESUBSCRIBED)
                        )
                    elif message["type"] == "message":
                        await self._queue.put(
                            Event(
                                channel=message["channel"].decode(),
                                message=message["data"].decode(),
                            )
                        )
                self._ready.clear()  # no channel left: wait for the next subscribe
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self.reconnects += 1
                log.warning("redis pub/sub lost (%s); listening again shortly", error)
                await asyncio.sleep(self.retry_seconds)
