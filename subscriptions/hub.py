"""The per-process event hub: the database is the truth, the broadcast a wake-up.

Every websocket subscription registers a `Subscriber` (a bounded queue) for its firm and
topics. Committed events reach the hub two ways: from this process's own transactions
directly (an `eventstore.store` sink, so they arrive even while Redis is down) and from
every other process through ONE broadcaster subscription (the echo of this process's own
messages is dropped unread: `broadcast.OWN_MESSAGES`). One task takes both, in arrival
order, and keeps, per firm with subscribers here, the last seq it delivered:

- an event at or below that seq was delivered already (the other copy, or a fill): skipped;
- the next seq is delivered at once;
- a larger seq means events are missing (a lost broadcast message, or a local event that
  overtook another process's): the missing ones are read from the event table and
  delivered first, in order, so every subscriber gets each event exactly once, in order;
- when the broadcast subscription comes back after an outage (and every
  `catch_up_seconds` as a safety net) the hub compares each firm's counter with what it
  delivered and reads what it missed, so no later event is needed to notice a loss.
- when a firm gets its first subscriber here, its counter is read for the starting point
  and, once registered, read again through the same task: an event committed in between
  (whose copies the hub saw while the firm had nobody here) is read from the store.

A firm's missing events that retention already pruned cannot be delivered: its subscribers
are closed with the "reload" error of `retention.check_resume_point`.

A subscriber whose queue is full is a slow consumer: it is dropped from the hub at once
(its memory is freed) and its stream ends with an error telling the client to resume with
`after`.

Access decisions are shared: `EventHub.visible` decides "may this view see event N" once
per (event, view) and every subscriber of the same view reuses the answer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

from broadcaster import Broadcast

from eventstore.records import StoredEvent, events_of_message
from eventstore.store import add_sink, remove_sink
from firmflow.metrics import (
    EVENTS_DELIVERED,
    FANOUT_SECONDS,
    SUBSCRIBERS_DROPPED,
    SUBSCRIPTIONS_OPEN,
)
from firmflow.pause import pause_point
from models import Event, EventCounter
from resolvers.access import (
    Reach,
    decision_key,
    event_visible_to,
    reach_may_grow,
    reach_of,
    view_key,
)
from resolvers.errors import InvalidState
from resolvers.viewer import Viewer
from subscriptions.broadcast import OWN_MESSAGES
from subscriptions.fanout import ParkedStream, fan_out
from subscriptions.redis_backend import RESUBSCRIBED
from subscriptions.retention import pruned_message, pruned_through

log = logging.getLogger(__name__)

REACH_TTL_SECONDS = 60.0
DECISION_MEMORY = 20_000
FILL_PAGE = 1000
CATCH_UP_SECONDS = 10.0


class SubscriberOverflow(Exception):
    """The subscriber fell behind by more than its queue holds."""


class Subscriber:
    """One live subscription's inbox: a bounded queue of events from the hub, or, once its
    stream parked (`subscriptions.fanout`), the parked stream the hub writes to directly.
    Slots, and the queue and its wake-up made only when used: an idle parked subscription
    holds none of them."""

    __slots__ = (
        "failure",
        "firm_id",
        "maxsize",
        "overflowed",
        "parked",
        "queue",
        "topics",
        "wakeup",
    )

    def __init__(self, firm_id: int, topics: frozenset[str], maxsize: int) -> None:
        self.firm_id = firm_id
        self.topics = topics
        self.maxsize = maxsize
        self.queue: deque[StoredEvent] | None = None
        self.wakeup: asyncio.Event | None = None
        self.overflowed = False
        self.failure: Exception | None = None
        self.parked: ParkedStream | None = None

    @property
    def pending(self) -> int:
        return len(self.queue) if self.queue is not None else 0

    def offer(self, event: StoredEvent) -> bool:
        """Queue the event; False when the queue was full (the subscriber is then done)."""
        if self.queue is None:
            self.queue = deque()
        if len(self.queue) >= self.maxsize:
            self.overflowed = True
            self.queue.clear()
            self._wake()
            return False
        self.queue.append(event)
        self._wake()
        return True

    def _wake(self) -> None:
        if self.wakeup is not None:
            self.wakeup.set()

    def fail(self, error: Exception) -> None:
        """End the subscription with `error` (after nothing else: the queue is dropped)."""
        self.failure = error
        if self.queue is not None:
            self.queue.clear()
        self._wake()

    def take(self) -> StoredEvent | None:
        """The next queued event without waiting, if there is one."""
        return self.queue.popleft() if self.queue else None

    async def get(self) -> StoredEvent:
        while True:
            if self.failure is not None:
                raise self.failure
            if self.overflowed:
                raise SubscriberOverflow
            if self.queue:
                return self.queue.popleft()
            if self.wakeup is None:
                self.wakeup = asyncio.Event()
            self.wakeup.clear()
            await self.wakeup.wait()


@dataclass(eq=False)
class _Firm:
    """A firm with subscribers in this process: the last seq delivered to them."""

    last: int


@dataclass
class _ReachEntry:
    reach: Reach
    loaded_at: float


@dataclass(frozen=True)
class _Work:
    """One item for the hub's task: events, a catch-up, or a mark to wait for."""

    events: Sequence[StoredEvent] = ()
    resync: bool = False
    # Catch up these firms only (a firm that just got its first subscriber here).
    firms: tuple[int, ...] = ()
    done: asyncio.Future[None] | None = None


class EventHub:
    """Delivers every committed event of a firm to this process's subscribers of that firm,
    in seq order, exactly once."""

    def __init__(
        self,
        broadcast: Broadcast,
        channel: str,
        *,
        queue_size: int = 1000,
        catch_up_seconds: float = CATCH_UP_SECONDS,
    ) -> None:
        self.broadcast = broadcast
        self.channel = channel
        self.queue_size = queue_size
        self.catch_up_seconds = catch_up_seconds
        self._by_firm_topic: dict[tuple[int, str], set[Subscriber]] = {}
        self._firms: dict[int, _Firm] = {}
        self._work: asyncio.Queue[_Work] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._ready = asyncio.Event()
        self._reach: dict[tuple[str, int | None], _ReachEntry] = {}
        self._reach_loading: dict[tuple[str, int | None], asyncio.Future[Reach]] = {}
        self._decisions: OrderedDict[tuple[object, tuple[str, int | None]], bool] = OrderedDict()
        self.delivered = 0
        self.overflows = 0
        self.filled = 0
        self.registrations = 0
        self.resyncs = 0
        self.echoes_dropped = 0

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._process(), name="firmflow-event-hub"),
            asyncio.create_task(self._listen(), name="firmflow-event-hub-listener"),
            asyncio.create_task(self._poll(), name="firmflow-event-hub-catch-up"),
        ]
        await self._ready.wait()
        add_sink(self.accept)

    async def stop(self) -> None:
        remove_sink(self.accept)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        for subscribers in list(self._by_firm_topic.values()):
            for subscriber in list(subscribers):
                if subscriber.parked is not None:
                    subscriber.parked.end(None)
                subscriber.overflowed = True
                subscriber._wake()
        self._by_firm_topic.clear()
        self._firms.clear()

    def accept(self, events: Sequence[StoredEvent]) -> None:
        """This process's committed events, handed over right after their commit."""
        self._work.put_nowait(_Work(events))

    def resync(self) -> None:
        """Compare every firm's counter with what was delivered and read what is missing."""
        self._work.put_nowait(_Work(resync=True))

    async def _listen(self) -> None:
        async with self.broadcast.subscribe(self.channel) as subscription:
            self._ready.set()
            # broadcaster types its subscriber's iterator as optional; it is always set here.
            async for message in subscription:  # type: ignore[union-attr]
                if message is None:
                    continue
                if message.message == RESUBSCRIBED:  # back after an outage
                    self.resync()
                    continue
                if OWN_MESSAGES.is_echo(message.message):  # its events came from the commit
                    self.echoes_dropped += 1
                    continue
                try:
                    events = events_of_message(message.message)
                except Exception:
                    log.warning("ignored an unreadable event message")
                    continue
                self._work.put_nowait(_Work(events))

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.catch_up_seconds)
            if self._firms:
                self.resync()

    async def _process(self) -> None:
        while True:
            work = await self._work.get()
            try:
                if work.resync or work.firms:
                    await self._catch_up(work.firms or None)
                await self._take(work.events)
                if work.done is not None and not work.done.done():
                    work.done.set_result(None)
            except asyncio.CancelledError:
                raise
            except Exception:  # the next event or catch-up tries again
                log.exception("the event hub could not deliver events")

    # ------------------------------------------------------------ ordering

    async def _take(self, events: Sequence[StoredEvent]) -> None:
        for event in events:
            firm = self._firms.get(event.firm_id)
            if firm is None or event.seq <= firm.last:
                continue  # no subscriber of that firm here, or delivered already
            if event.seq > firm.last + 1:
                await self._fill(event.firm_id, firm, event.seq)
                if self._firms.get(event.firm_id) is not firm or event.seq <= firm.last:
                    continue
            firm.last = event.seq
            await self._deliver(event)

    async def _fill(self, firm_id: int, firm: _Firm, upto: int) -> None:
        """Deliver the firm's stored events after `firm.last` and before `upto`."""
        if firm.last < await pruned_through(firm_id):
            self._fail_firm(firm_id, InvalidState(pruned_message(firm.last)))
            return
        while self._firms.get(firm_id) is firm and firm.last < upto - 1:
            topics = sorted({topic for (f, topic) in self._by_firm_topic if f == firm_id})
            rows = (
                await Event.filter(
                    firm_id=firm_id, seq__gt=firm.last, seq__lt=upto, topic__in=topics
                )
                .order_by("seq")
                .limit(FILL_PAGE)
            )
            if self._firms.get(firm_id) is not firm:
                return
            for row in rows:
                if row.seq > firm.last:
                    firm.last = row.seq
                    self.filled += 1
                    await self._deliver(StoredEvent.from_model(row))
            if len(rows) < FILL_PAGE:
                firm.last = max(firm.last, upto - 1)

    async def _catch_up(self, firm_ids: Sequence[int] | None = None) -> None:
        """Read what the firms' counters show was missed (every firm with subscribers
        here, or only `firm_ids`)."""
        self.resyncs += 1
        wanted = [f for f in (firm_ids or self._firms) if f in self._firms]
        if not wanted:
            return
        counters = await EventCounter.filter(firm_id__in=wanted).values_list("firm_id", "last_seq")
        for firm_id, last_seq in counters:
            firm = self._firms.get(firm_id)
            if firm is not None and last_seq > firm.last:
                await self._fill(firm_id, firm, last_seq + 1)

    def _fail_firm(self, firm_id: int, error: Exception) -> None:
        for (f, _), subscribers in list(self._by_firm_topic.items()):
            if f == firm_id:
                for subscriber in list(subscribers):
                    if subscriber.parked is not None:
                        subscriber.parked.end(error)
                    subscriber.fail(error)
                    self._remove(subscriber)

    # ------------------------------------------------------------ subscribers

    @property
    def subscriber_count(self) -> int:
        return len({s for subs in self._by_firm_topic.values() for s in subs})

    @property
    def parked_count(self) -> int:
        """Subscriptions served by the hub directly (`subscriptions.fanout`)."""
        return len(
            {s for subs in self._by_firm_topic.values() for s in subs if s.parked is not None}
        )

    async def _last_seq(self, firm_id: int) -> int:
        counter = await EventCounter.filter(firm_id=firm_id).first()
        return counter.last_seq if counter else 0

    @asynccontextmanager
    async def subscribe(self, firm_id: int, topics: Iterable[str]) -> AsyncIterator[Subscriber]:
        """Register a subscriber for the block; it is always removed on the way out. It gets
        every event of its firm and topics committed after it registered (and perhaps a few
        committed just before)."""
        if firm_id not in self._firms:
            last = await self._last_seq(firm_id)
            await pause_point("hub-first-subscriber")  # tests: an event commits meanwhile
            if firm_id not in self._firms:
                self._firms[firm_id] = _Firm(last)
                self._work.put_nowait(_Work(firms=(firm_id,)))
        subscriber = Subscriber(firm_id=firm_id, topics=frozenset(topics), maxsize=self.queue_size)
        for topic in subscriber.topics:
            self._by_firm_topic.setdefault((firm_id, topic), set()).add(subscriber)
            SUBSCRIPTIONS_OPEN.labels(topic).inc()
        self.registrations += 1
        try:
            yield subscriber
        finally:
            if subscriber.parked is None:  # a parked stream leaves through `release`
                self._remove(subscriber)

    def park(self, subscriber: Subscriber, stream: ParkedStream) -> None:
        """From now on events go to `stream` (`fanout.fan_out`), not to the queue, which
        must be empty (the stream took everything queued first)."""
        assert not subscriber.pending, "park only with an empty queue"
        subscriber.parked = stream
        subscriber.queue = subscriber.wakeup = None

    def release(self, subscriber: Subscriber) -> None:
        """A parked stream ended: the hub forgets its subscriber."""
        self._remove(subscriber)

    def _remove(self, subscriber: Subscriber) -> None:
        for topic in subscriber.topics:
            key = (subscriber.firm_id, topic)
            subscribers = self._by_firm_topic.get(key)
            if subscribers is not None and subscriber in subscribers:
                subscribers.discard(subscriber)
                SUBSCRIPTIONS_OPEN.labels(topic).dec()
                if not subscribers:
                    del self._by_firm_topic[key]
        if not any(f == subscriber.firm_id for f, _ in self._by_firm_topic):
            self._firms.pop(subscriber.firm_id, None)

    def dispatch(self, event: StoredEvent) -> list[ParkedStream]:
        """Offer one event to the queued subscribers of its firm and topic; returns the
        parked streams, which `_deliver` writes to."""
        parked: list[ParkedStream] = []
        for subscriber in list(self._by_firm_topic.get((event.firm_id, event.topic), ())):
            if subscriber.parked is not None:
                parked.append(subscriber.parked)
            elif subscriber.offer(event):
                self.delivered += 1
            else:
                self.overflows += 1
                self._remove(subscriber)
        return parked

    async def _deliver(self, event: StoredEvent) -> None:
        delivered, dropped = self.delivered, self.overflows
        parked = self.dispatch(event)
        if parked:
            self.delivered += await fan_out(self, event, parked)
        # Metrics once per event, not per subscriber.
        EVENTS_DELIVERED.inc(self.delivered - delivered)
        if self.overflows != dropped:
            SUBSCRIBERS_DROPPED.inc(self.overflows - dropped)
        FANOUT_SECONDS.observe(max(0.0, time.time() - event.at.timestamp()))

    async def idle(self) -> None:
        """Wait until everything handed to the hub so far was taken (tests, benchmarks)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._work.put_nowait(_Work(done=done))
        await done

    # ------------------------------------------------------------ shared decisions

    def decided_for(self, event_key: object, decision: tuple[str, int | None]) -> bool | None:
        """The shared decision about an event (its `key`) for a `decision_key`, if it was
        made already, else None."""
        return self._decisions.get((event_key, decision))

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
        """Drop cached reach and decisions, and start every firm's count again (after a
        database reset that reuses ids and restarts the counters)."""
        self._reach.clear()
        self._decisions.clear()
        for firm in self._firms.values():
            firm.last = 0

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


async def start_hub(
    broadcast: Broadcast,
    channel: str,
    *,
    queue_size: int,
    catch_up_seconds: float = CATCH_UP_SECONDS,
) -> EventHub:
    global _hub
    hub = EventHub(broadcast, channel, queue_size=queue_size, catch_up_seconds=catch_up_seconds)
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
