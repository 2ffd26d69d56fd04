"""The per-process event hub: ONE broadcaster subscription, fanned out to subscribers.

Every websocket subscription registers a `Subscriber` (a bounded queue) for its firm and
topics; the hub's single listener task reads the broadcast channel, parses each message
once and offers it to the subscribers of that firm and topic. No subscriber owns a task or
a broadcaster subscription, so leaving is just removing the queue.

A subscriber whose queue is full is a slow consumer: it is dropped from the hub at once
(its memory is freed) and its stream ends with an error telling the client to resume with
`after`.

Access decisions are shared: `EventHub.visible` decides "may this view see event N" once
per (seq, view) and every subscriber of the same view reuses the answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from broadcaster import Broadcast

from resolvers.access import (
    Reach,
    decision_key,
    event_visible_to,
    reach_may_grow,
    reach_of,
    view_key,
)
from resolvers.viewer import Viewer
from subscriptions.records import StoredEvent, events_of_message

log = logging.getLogger(__name__)

REACH_TTL_SECONDS = 60.0
DECISION_MEMORY = 20_000


class SubscriberOverflow(Exception):
    """The subscriber fell behind by more than its queue holds."""


@dataclass(eq=False)
class Subscriber:
    """One live subscription's inbox: a bounded queue of events from the hub."""

    firm_id: int
    topics: frozenset[str]
    maxsize: int
    queue: deque[StoredEvent] = field(default_factory=deque)
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
    overflowed: bool = False

    def offer(self, event: StoredEvent) -> bool:
        """Queue the event; False when the queue was full (the subscriber is then done)."""
        if len(self.queue) >= self.maxsize:
            self.overflowed = True
            self.queue.clear()
            self.wakeup.set()
            return False
        self.queue.append(event)
        self.wakeup.set()
        return True

    async def get(self) -> StoredEvent:
        while True:
            if self.overflowed:
                raise SubscriberOverflow
            if self.queue:
                return self.queue.popleft()
            self.wakeup.clear()
            await self.wakeup.wait()


@dataclass
class _ReachEntry:
    reach: Reach
    loaded_at: float


class EventHub:
    """Fans one broadcast subscription out to this process's subscribers."""

    def __init__(self, broadcast: Broadcast, channel: str, *, queue_size: int = 1000) -> None:
        self.broadcast = broadcast
        self.channel = channel
        self.queue_size = queue_size
        self._by_firm_topic: dict[tuple[int, str], set[Subscriber]] = {}
        self._listener: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._reach: dict[tuple[str, int | None], _ReachEntry] = {}
        self._reach_loading: dict[tuple[str, int | None], asyncio.Future[Reach]] = {}
        self._decisions: OrderedDict[tuple[object, tuple[str, int | None]], bool] = OrderedDict()
        self.delivered = 0
        self.overflows = 0

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        self._listener = asyncio.create_task(self._listen(), name="firmflow-event-hub")
        await self._ready.wait()

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
            self._listener = None
        for subscribers in list(self._by_firm_topic.values()):
            for subscriber in list(subscribers):
                subscriber.overflowed = True
                subscriber.wakeup.set()
        self._by_firm_topic.clear()

    async def _listen(self) -> None:
        async with self.broadcast.subscribe(self.channel) as subscription:
            self._ready.set()
            async for message in subscription:
                if message is None:
                    continue
                try:
                    events = events_of_message(message.message)
                except Exception:
                    log.warning("ignored an unreadable event message")
                    continue
                for event in events:
                    self.dispatch(event)

    # ------------------------------------------------------------ subscribers

    @property
    def subscriber_count(self) -> int:
        return len({s for subs in self._by_firm_topic.values() for s in subs})

    @asynccontextmanager
    async def subscribe(self, firm_id: int, topics: Iterable[str]) -> AsyncIterator[Subscriber]:
        """Register a subscriber for the block; it is always removed on the way out."""
        subscriber = Subscriber(firm_id=firm_id, topics=frozenset(topics), maxsize=self.queue_size)
        keys = [(firm_id, topic) for topic in subscriber.topics]
        for key in keys:
            self._by_firm_topic.setdefault(key, set()).add(subscriber)
        try:
            yield subscriber
        finally:
            self._remove(subscriber)

    def _remove(self, subscriber: Subscriber) -> None:
        for topic in subscriber.topics:
            key = (subscriber.firm_id, topic)
            subscribers = self._by_firm_topic.get(key)
            if subscribers is not None:
                subscribers.discard(subscriber)
                if not subscribers:
                    del self._by_firm_topic[key]

    def dispatch(self, event: StoredEvent) -> None:
        """Offer one event to the subscribers of its firm and topic."""
        for subscriber in list(self._by_firm_topic.get((event.firm_id, event.topic), ())):
            if subscriber.offer(event):
                self.delivered += 1
            else:
                self.overflows += 1
                self._remove(subscriber)

    # ------------------------------------------------------------ shared decisions

    async def visible(self, viewer: Viewer, event: StoredEvent) -> bool:
        """`event_visible_to`, decided once per (event, view) for all its subscribers."""
        key = (event.key, decision_key(viewer, event))
        decided = self._decisions.get(key)
        if decided is not None:
            return decided
        reach = await self._reach_for(viewer)
        decided = event_visible_to(viewer, event, reach)
        if not decided and reach_may_grow(viewer, event, reach):
            reach = await self._reach_for(viewer, fresh_after=event.seq)
            decided = event_visible_to(viewer, event, reach)
        self._decisions[key] = decided
        if len(self._decisions) > DECISION_MEMORY:
            self._decisions.popitem(last=False)
        return decided

    def forget_cached_access(self) -> None:
        """Drop cached reach and decisions (after a database reset that reuses ids)."""
        self._reach.clear()
        self._decisions.clear()

    async def _reach_for(self, viewer: Viewer, *, fresh_after: int = 0) -> Reach:
        """The view's reach, shared by its subscribers; reloaded when older than the TTL or
        older than an event it must judge. Concurrent callers share one load."""
        key = view_key(viewer)
        now = asyncio.get_running_loop().time()
        entry = self._reach.get(key)
        if (
            entry is not None
            and now - entry.loaded_at < REACH_TTL_SECONDS
            and entry.reach.as_of_seq >= fresh_after
        ):
            return entry.reach
        loading = self._reach_loading.get(key)
        if loading is None:
            loading = asyncio.ensure_future(reach_of(viewer))
            self._reach_loading[key] = loading
            loading.add_done_callback(lambda _: self._reach_loading.pop(key, None))
            reach = await asyncio.shield(loading)
            self._reach[key] = _ReachEntry(reach, now)
            return reach
        reach = await asyncio.shield(loading)
        if reach.as_of_seq < fresh_after:  # that load started before the event committed
            return await self._reach_for(viewer, fresh_after=fresh_after)
        return reach


_hub: EventHub | None = None


async def start_hub(broadcast: Broadcast, channel: str, *, queue_size: int) -> EventHub:
    global _hub
    hub = EventHub(broadcast, channel, queue_size=queue_size)
    await hub.start()
    _hub = hub
    return hub


async def stop_hub() -> None:
    global _hub
    if _hub is not None:
        hub, _hub = _hub, None
        await hub.stop()


def forget_cached_access() -> None:
    """Tests empty every table between tests (ids restart): forget cached access."""
    if _hub is not None:
        _hub.forget_cached_access()


def current_hub() -> EventHub:
    if _hub is None:
        raise RuntimeError("the event hub is not running (start it in the app's lifespan)")
    return _hub
