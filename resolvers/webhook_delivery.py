"""Webhook delivery: every endpoint is a queue over its firm's event table.

Each endpoint's `cursor_seq` is the last firm seq it has dealt with. A delivery process
claims an endpoint with one conditional UPDATE (free lease, not paused, not failing, its
retry due), then sends the covered events after the cursor one at a time in seq order,
moving the cursor (and renewing the lease) with an UPDATE that only succeeds while the
lease is still its own. So:

- several processes never deliver to one endpoint at once (the lease), and an endpoint's
  events arrive in seq order, each once, unless a process dies between the receiver's 2xx
  and moving the cursor (then that event is sent again once the lease runs out: delivery is
  at least once);
- a failed attempt (no 2xx, a timeout, a refused address) holds the queue: the same event
  is tried again after FIRMFLOW_WEBHOOK_RETRY_FIRST_SECONDS, then twice as long each time
  (at most FIRMFLOW_WEBHOOK_RETRY_MAX_SECONDS apart), until FIRMFLOW_WEBHOOK_GIVE_UP_SECONDS
  (3 days) after its first failure; then the endpoint is marked failing, delivery stops and
  the firm's owners are e-mailed (through the outbox, in the same transaction);
- nothing lives only in memory: a restart resumes from the cursors.

Every `firmflow serve` process runs one `DeliveryWorker` (app lifespan). It is woken by the
process's own commits (an event-store sink), by every event on the broadcast channel (other
processes' commits) and by endpoint changes; every FIRMFLOW_WEBHOOK_POLL_SECONDS it looks
anyway. It only queries the database for firms that have endpoints, so a deployment without
webhooks pays nothing per event.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from broadcaster import Broadcast
from tortoise.expressions import Q

from eventstore.records import StoredEvent, events_of_message
from eventstore.store import add_sink, remove_sink
from eventstore.uow import acting_for_firm, reset_acting_firm
from firmflow.pause import pause_point
from firmflow.settings import get_settings
from firmflow.webhook_http import Outcome, WebhookClient, signed_headers
from models import Event, EventCounter, StaffMember, WebhookDelivery, WebhookEndpoint
from resolvers.outbox import queue_mail
from resolvers.uow import atomic
from resolvers.webhooks import on_endpoints_changed, secrets_in_force

log = logging.getLogger(__name__)

BATCH = 100
MAX_ENDPOINTS_AT_ONCE = 100
RECENT_EVENTS = 5000
PRUNE_EVERY_SECONDS = 3600.0


def event_body(event: StoredEvent) -> bytes:
    """THE body of a delivery: the event's firm seq, topic, time and its payload (`data`,
    the topic's payload type of `eventstore.payloads`, from which the subscriptions build
    their event objects: the same field names and values)."""
    return json.dumps(
        {
            "type": event.topic,
            "seq": event.seq,
            "topic": event.topic,
            "at": event.at.isoformat(),
            "firmId": str(event.firm_id),
            "data": event.payload,
        },
        separators=(",", ":"),
    ).encode()


def message_id(event: StoredEvent) -> str:
    """`webhook-id`: the same on every attempt and replay of one event of one firm."""
    return f"msg_{event.firm_id}_{event.seq}"


def retry_delay(attempts: int) -> float:
    """Seconds before the next attempt after `attempts` failed ones (exponential)."""
    settings = get_settings()
    first = settings.webhook_retry_first_seconds
    return float(min(settings.webhook_retry_max_seconds, first * 2 ** min(attempts - 1, 60)))


def lease_seconds() -> float:
    """Longer than one attempt can take (its phases and the whole-attempt cut-off)."""
    return get_settings().webhook_timeout_seconds * 3 + 30


async def tell_owners_failing(endpoint: WebhookEndpoint, seq: int, outcome: Outcome) -> None:
    """E-mail the firm's owners that the endpoint is marked failing (inside `atomic()`)."""
    owners = await StaffMember.filter(firm_id=endpoint.firm_id, role="OWNER").order_by("id")
    why = outcome.error or f"HTTP {outcome.status}"
    for owner in owners:
        await queue_mail(
            to=owner.email,
            subject=f"Webhook endpoint failing: {endpoint.url}"[:300],
            body=(
                f"Hello {owner.name},\n\n"
                f"firmflow could not deliver event {seq} to the webhook endpoint "
                f"{endpoint.url} ({endpoint.description or 'no description'}) since "
                f"{endpoint.first_failure_at:%Y-%m-%d %H:%M} UTC; the last attempt: {why}.\n"
                "Delivery is stopped; the events wait. Resume the endpoint "
                "(resumeWebhookEndpoint) once it answers again.\n"
            ),
            firm_id=endpoint.firm_id,
        )


async def prune_delivery_log(now: datetime | None = None) -> int:
    """Delete delivery log rows older than the event retention window (the events they
    tell of are pruned too); how many were deleted."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=get_settings().event_retention_days)
    return await WebhookDelivery.filter(at__lt=cutoff).delete()


class DeliveryWorker:
    """One process's deliverer (see the module docstring)."""

    def __init__(self) -> None:
        self.client = WebhookClient()
        self._wake = asyncio.Event()
        # Firms with active endpoints as of the last round (None: not known, look).
        self._firms: set[int] | None = None
        self._running: dict[int, asyncio.Task[None]] = {}
        self._again: set[int] = set()
        self._recent: OrderedDict[tuple[int, int], StoredEvent] = OrderedDict()
        self._firm_of: dict[int, int] = {}
        self._slots = asyncio.Semaphore(MAX_ENDPOINTS_AT_ONCE)
        self.delivered = 0
        # Tests that need the served processes to be the only deliverers hold this one.
        self.held = False
        self._next_prune = 0.0

    # ------------------------------------------------------------ wake-ups

    def accept(self, events: Sequence[StoredEvent]) -> None:
        """Committed events (an event-store sink, or the broadcast listener): kept a while
        for the firms with endpoints (so N endpoints do not read one event N times), and a
        wake-up for the loop."""
        firms = self._firms
        wanted = [event for event in events if firms is None or event.firm_id in firms]
        if not wanted:
            return
        for event in wanted:
            self._recent[(event.firm_id, event.seq)] = event
        while len(self._recent) > RECENT_EVENTS:
            self._recent.popitem(last=False)
        self._wake.set()

    def _cached(self, firm_id: int, after: int, last: int, topics: list[str]) -> list[Any] | None:
        """The firm's events after `after` up to `last` of these topics, when every one of
        those seqs is in memory; else None (read them from the table)."""
        found = []
        for seq in range(after + 1, last + 1):
            event = self._recent.get((firm_id, seq))
            if event is None:
                return None
            if event.topic in topics:
                found.append(event)
        return found

    async def endpoints_changed(self) -> None:
        self._firms = None
        self._wake.set()

    def forget(self) -> None:
        """Tests empty every table between tests (ids and seqs start again): no firm has
        an endpoint now (a new one wakes the loop), and the events kept are stale."""
        self._firms = set()
        self._recent.clear()

    # ------------------------------------------------------------ the loop

    async def listen(self, broadcast: Broadcast, channel: str) -> None:
        """Other processes' commits arrive on the broadcast channel: wake for them."""
        async with broadcast.subscribe(channel) as subscription:
            async for message in subscription:  # type: ignore[union-attr]
                if message is None:
                    continue
                try:
                    events = events_of_message(message.message)
                except Exception:  # a resubscription mark or an unreadable message: look
                    self._wake.set()
                    continue
                self.accept(events)

    async def run(
        self, stop: asyncio.Event, broadcast: Broadcast | None = None, channel: str = ""
    ) -> None:
        on_endpoints_changed(self.endpoints_changed)
        add_sink(self.accept)
        listener = (
            asyncio.create_task(self.listen(broadcast, channel), name="firmflow-webhook-listener")
            if broadcast is not None
            else None
        )
        try:
            while not stop.is_set():
                self._wake.clear()
                try:
                    delay = await self.round()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("webhook delivery round failed")
                    delay = get_settings().webhook_poll_seconds
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
        finally:
            remove_sink(self.accept)
            if listener is not None:
                listener.cancel()
                await asyncio.gather(listener, return_exceptions=True)
            await self.close()

    async def close(self) -> None:
        tasks = list(self._running.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.client.close()

    async def round(self) -> float:
        """Start a delivery task for every endpoint with due work; the seconds until the
        next look (a retry falling due, a lease of another process running out, the
        poll)."""
        poll = get_settings().webhook_poll_seconds
        if self.held:
            return poll
        if time.monotonic() >= self._next_prune:
            self._next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
            await prune_delivery_log()
        endpoints = await WebhookEndpoint.filter(paused=False, failing_since__isnull=True).values(
            "id", "firm_id", "cursor_seq", "next_attempt_at", "lease_until"
        )
        self._firms = {row["firm_id"] for row in endpoints}
        if not endpoints:
            return poll
        counters = dict(
            await EventCounter.filter(firm_id__in=list(self._firms)).values_list(
                "firm_id", "last_seq"
            )
        )
        now = datetime.now(UTC)
        delay = poll
        for row in endpoints:
            eid = row["id"]
            last = counters.get(row["firm_id"], 0)
            if last <= row["cursor_seq"]:
                continue
            if eid in self._running:
                self._again.add(eid)
                continue
            for later in (row["next_attempt_at"], row["lease_until"]):
                if later is not None and later > now:
                    delay = min(delay, (later - now).total_seconds())
                    break
            else:
                self._running[eid] = asyncio.create_task(self._serve(eid, row["firm_id"], last))
        return max(delay, 0.01)

    # ------------------------------------------------------------ one endpoint

    async def _serve(self, eid: int, firm_id: int, last: int) -> None:
        """Claim the endpoint and deliver up to the firm's seq `last` (read by the round).
        Events committed meanwhile each woke the loop: it marks the endpoint to go on
        (`_again`) while this task runs, or starts a new task once the lease is released."""
        # This task's writes are changes of the endpoint's firm (one transaction each), so
        # they raise that firm's data version only, not every firm's (eventstore.versions).
        acting = acting_for_firm(firm_id)
        try:
            async with self._slots:
                while True:
                    self._again.discard(eid)
                    token = await self._claim(eid)
                    if token is None:
                        return
                    try:
                        caught_up = await self._drain(eid, token, last)
                    finally:
                        async with atomic():
                            await WebhookEndpoint.filter(id=eid, lease_token=token).update(
                                lease_token=None, lease_until=None
                            )
                    if not caught_up or eid not in self._again:
                        return
                    counter = await EventCounter.filter(firm_id=self._firm_of[eid]).first()
                    last = counter.last_seq if counter else last
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook delivery to endpoint %s failed", eid)
        finally:
            reset_acting_firm(acting)
            self._running.pop(eid, None)
            # The loop looks again: when a retry falls due, and for events a round saw while
            # this task still held the lease (and took it for another process's).
            self._wake.set()

    async def _claim(self, eid: int) -> str | None:
        now = datetime.now(UTC)
        token = uuid.uuid4().hex
        await pause_point("webhook-claim")  # tests: several processes meet here
        async with atomic():
            claimed = (
                await WebhookEndpoint.filter(id=eid, paused=False, failing_since__isnull=True)
                .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
                .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
                .update(lease_token=token, lease_until=now + timedelta(seconds=lease_seconds()))
            )
        return token if claimed else None

    async def _advance(self, eid: int, token: str, seq: int) -> bool:
        """Move the cursor to `seq` and renew the lease, if the lease is still ours."""
        renewed = datetime.now(UTC) + timedelta(seconds=lease_seconds())
        async with atomic():
            moved = await WebhookEndpoint.filter(id=eid, lease_token=token).update(
                cursor_seq=seq,
                attempts=0,
                first_failure_at=None,
                next_attempt_at=None,
                lease_until=renewed,
            )
        return bool(moved)

    async def _events(self, endpoint: WebhookEndpoint, last: int) -> list[Any]:
        """The endpoint's next events up to `last` (at most BATCH), from memory when this
        process saw them all, else from the table."""
        after, topics = endpoint.cursor_seq, endpoint.topic_list
        if last - after <= BATCH:
            cached = self._cached(endpoint.firm_id, after, last, topics)
            if cached is not None:
                return cached
        rows = (
            await Event.filter(
                firm_id=endpoint.firm_id, seq__gt=after, seq__lte=last, topic__in=topics
            )
            .order_by("seq")
            .limit(BATCH)
        )
        return [StoredEvent.from_model(row) for row in rows]

    async def _drain(self, eid: int, token: str, last: int) -> bool:
        """Deliver the endpoint's events after its cursor up to `last` while they succeed;
        True when it got there, False when it stopped (a failure scheduled a retry, or the
        lease was ended by a change to the endpoint)."""
        endpoint = await WebhookEndpoint.filter(id=eid, lease_token=token).first()
        if endpoint is None:
            return False
        self._firm_of[eid] = endpoint.firm_id
        while endpoint.cursor_seq < last:
            events = await self._events(endpoint, last)
            for event in events:
                outcome = await self._attempt(endpoint, event)
                if not outcome.ok:
                    await self._failed(endpoint, token, event, outcome)
                    return False
                self.delivered += 1
                if not await self._advance(eid, token, event.seq):
                    return False
                endpoint.cursor_seq = event.seq
                endpoint.attempts = 0
            # The rest up to `last` are events of topics the endpoint does not want.
            if len(events) < BATCH and endpoint.cursor_seq < last:
                if not await self._advance(eid, token, last):
                    return False
                endpoint.cursor_seq = last
        return True

    async def _attempt(self, endpoint: WebhookEndpoint, event: StoredEvent) -> Outcome:
        now = datetime.now(UTC)
        body = event_body(event)
        headers = signed_headers(secrets_in_force(endpoint, now), message_id(event), body)
        started = time.monotonic()
        outcome = await self.client.post(endpoint.url, body, headers)
        error = None if outcome.ok else (outcome.error or f"HTTP {outcome.status}")
        try:
            async with atomic():
                await WebhookDelivery.create(
                    endpoint_id=endpoint.id,
                    seq=event.seq,
                    topic=event.topic,
                    status="SUCCEEDED" if outcome.ok else "FAILED",
                    attempt=endpoint.attempts + 1,
                    response_code=outcome.status,
                    error=error[:300] if error else None,
                    duration_ms=int((time.monotonic() - started) * 1000),
                    at=now,
                )
        except Exception:  # the endpoint was deleted meanwhile: nothing left to log to
            log.info("no delivery log for endpoint %s (deleted?)", endpoint.id)
        return outcome

    async def _failed(
        self, endpoint: WebhookEndpoint, token: str, event: StoredEvent, outcome: Outcome
    ) -> None:
        """Schedule the next attempt, or give up: mark the endpoint failing and tell the
        owners, in one transaction."""
        settings = get_settings()
        now = datetime.now(UTC)
        attempts = endpoint.attempts + 1
        first = endpoint.first_failure_at or now
        give_up_at = first + timedelta(seconds=settings.webhook_give_up_seconds)
        if now >= give_up_at:
            async with atomic():
                marked = await WebhookEndpoint.filter(id=endpoint.id, lease_token=token).update(
                    failing_since=now, attempts=attempts, first_failure_at=first
                )
                if marked:
                    endpoint.first_failure_at = first
                    await tell_owners_failing(endpoint, event.seq, outcome)
            log.warning("webhook endpoint %s marked failing at seq %s", endpoint.id, event.seq)
            return
        # The last retry falls on the end of the window, so giving up takes 3 days, not more.
        retry_at = min(now + timedelta(seconds=retry_delay(attempts)), give_up_at)
        async with atomic():
            await WebhookEndpoint.filter(id=endpoint.id, lease_token=token).update(
                attempts=attempts, first_failure_at=first, next_attempt_at=retry_at
            )


_worker: DeliveryWorker | None = None


async def run_webhook_worker(
    stop: asyncio.Event, broadcast: Broadcast | None = None, channel: str = ""
) -> None:
    """The server's webhook deliverer (app lifespan): runs until `stop`."""
    global _worker
    worker = DeliveryWorker()
    _worker = worker
    try:
        await worker.run(stop, broadcast, channel)
    finally:
        if _worker is worker:
            _worker = None


def current_worker() -> DeliveryWorker | None:
    return _worker


def forget_webhook_firms() -> None:
    if _worker is not None:
        _worker.forget()
