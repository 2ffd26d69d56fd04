"""The process's broadcaster (memory:// or redis://), created inside the app's lifespan.

A module-level Broadcast breaks on the next event loop (docs/architecture.md, "Stack
notes"), so the app's lifespan (or a test) calls `start_broadcast` and `stop_broadcast`.
Redis URLs get the resilient backend of `subscriptions.redis_backend`.

Events are published by one background task per process (`publish_soon`), in the order they
were handed over, which is commit order: a mutation answers once it has committed, without
waiting for Redis round trips or for this process's subscribers to be served (a 10,000-job
bulk edit otherwise spent seconds on that). Stored events are the source of truth; a message
that cannot be published is replayed by resuming subscribers.

The broadcast reaches every process, this one too, and this process's hub has its own
events already (straight from the commit): `OWN_MESSAGES` remembers the texts this process
published until their echo comes back, so the hub drops the echo unread instead of parsing
its JSON again only to find every event delivered.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence

from broadcaster import Broadcast

from eventstore.records import StoredEvent, batch_message
from eventstore.store import add_sink, remove_sink
from firmflow.metrics import EVENT_PUBLISH_FAILURES, EVENTS_PUBLISHED
from firmflow.settings import get_settings
from subscriptions.redis_backend import ResilientRedisBackend

log = logging.getLogger(__name__)

# How long stopping waits for queued messages to go out.
DRAIN_SECONDS = 5.0
# Messages waiting while the broadcaster hangs (a frozen Redis answers nothing and redis-py
# waits without a timeout): beyond this many, new ones are dropped with a warning rather
# than kept in memory without bound. Live subscribers miss them, as in an outage; the
# events are stored and a subscriber resuming with `after` gets them.
MAX_WAITING = 10_000
# Events per broadcast message when many are published at once (about 0.5 KB each).
PUBLISH_BATCH = 500
Message = str | Callable[[], str]
# Texts of published messages kept until their echo arrives (within milliseconds; one whose
# echo never comes, as while Redis is away, is forgotten oldest first beyond this size).
OWN_MESSAGE_CHARS = 8 * 1024 * 1024


class OwnMessages:
    """The messages this process published whose echo has not come back yet."""

    def __init__(self, limit_chars: int = OWN_MESSAGE_CHARS) -> None:
        self._texts: OrderedDict[str, int] = OrderedDict()
        self._chars = 0
        self._limit = limit_chars

    def remember(self, text: str) -> None:
        self._texts[text] = self._texts.get(text, 0) + 1
        self._chars += len(text)
        while self._chars > self._limit and self._texts:
            self._forget(next(iter(self._texts)))

    def forget(self, text: str) -> None:
        """A message that could not be published: no echo will come."""
        if text in self._texts:
            self._forget(text)

    def is_echo(self, text: str) -> bool:
        """True (once per publish) when `text` is a message this process published: exactly
        its text, so another process's message is never taken for one."""
        if text not in self._texts:
            return False
        self._forget(text)
        return True

    def _forget(self, text: str) -> None:
        self._chars -= len(text)
        if self._texts[text] > 1:
            self._texts[text] -= 1
        else:
            del self._texts[text]


OWN_MESSAGES = OwnMessages()


class OrderedPublisher:
    """Publishes messages in the order given, from one background task."""

    def __init__(self, broadcast: Broadcast, *, max_waiting: int = MAX_WAITING) -> None:
        self._broadcast = broadcast
        self._queue: asyncio.Queue[tuple[str, Message, str, int] | None] = asyncio.Queue()
        self._max_waiting = max_waiting
        self.dropped = 0
        self._task = asyncio.create_task(self._run(), name="firmflow-publisher")

    def submit(self, channel: str, message: Message, what: str, events: int = 1) -> None:
        """Queue a message (or a function that makes it when its turn comes, so the work is
        not the request's); `what` names it in the warning if it cannot be published;
        `events`: how many events it carries (metrics)."""
        if self._queue.qsize() >= self._max_waiting:
            self.dropped += 1
            log.warning("the broadcaster is not keeping up; dropped %s (stored, replayable)", what)
            return
        self._queue.put_nowait((channel, message, what, events))

    async def _run(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                if item is None:
                    return
                channel, message, what, events = item
                text = ""
                try:
                    text = message() if callable(message) else message
                    OWN_MESSAGES.remember(text)  # before: the echo may come at once
                    await self._broadcast.publish(channel=channel, message=text)
                except Exception:  # stored; resuming subscribers replay it
                    OWN_MESSAGES.forget(text)
                    EVENT_PUBLISH_FAILURES.inc()
                    log.warning("could not publish %s; subscribers will replay it", what)
                else:
                    EVENTS_PUBLISHED.inc(events)
            finally:
                self._queue.task_done()

    async def flush(self) -> None:
        """Wait until everything queued so far is published."""
        await self._queue.join()

    async def close(self) -> None:
        """Publish what is queued (for at most `DRAIN_SECONDS`), then stop."""
        self._queue.put_nowait(None)
        try:
            await asyncio.wait_for(asyncio.shield(self._task), DRAIN_SECONDS)
        except TimeoutError:
            self._task.cancel()
            log.warning("stopped with %d event messages unpublished", self._queue.qsize())


_broadcast: Broadcast | None = None
_publisher: OrderedPublisher | None = None


def make_broadcast(url: str) -> Broadcast:
    """A Broadcast for the URL; redis:// uses the backend that survives Redis restarts."""
    if url.startswith(("redis://", "rediss://")):
        return Broadcast(backend=ResilientRedisBackend(url))
    return Broadcast(url)


async def start_broadcast(url: str) -> Broadcast:
    global _broadcast, _publisher
    broadcast = make_broadcast(url)
    await broadcast.connect()
    _broadcast = broadcast
    _publisher = OrderedPublisher(broadcast)
    add_sink(publish_committed)
    return broadcast


async def stop_broadcast() -> None:
    global _broadcast, _publisher
    remove_sink(publish_committed)
    if _publisher is not None:
        publisher, _publisher = _publisher, None
        await publisher.close()
    if _broadcast is not None:
        broadcast, _broadcast = _broadcast, None
        await broadcast.disconnect()


def current_broadcast() -> Broadcast | None:
    return _broadcast


def publish_soon(channel: str, message: Message, what: str, events: int = 1) -> bool:
    """Hand a message to the process's publisher; False when no broadcaster runs."""
    if _publisher is None:
        return False
    _publisher.submit(channel, message, what, events)
    return True


async def published() -> None:
    """Wait until every message handed over so far has been published."""
    if _publisher is not None:
        await _publisher.flush()


def publish_committed(events: Sequence[StoredEvent]) -> None:
    """The event store's sink: hand committed events (in seq order) to the publisher,
    `PUBLISH_BATCH` per message, encoded when the publisher gets to them so the encoding
    does not delay the mutation's answer."""
    channel = get_settings().broadcast_channel
    for start in range(0, len(events), PUBLISH_BATCH):
        part = events[start : start + PUBLISH_BATCH]
        first, last = part[0], part[-1]
        what = f"event {first.seq}" if len(part) == 1 else f"events {first.seq}-{last.seq}"
        publish_soon(
            channel,
            functools.partial(batch_message, part),
            f"{what} of firm {first.firm_id}",
            len(part),
        )
