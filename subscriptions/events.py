"""Recording events: one numbered row in the change's transaction, published after commit.

Every area calls `record_event` at the one point where its change happens; nothing is
published for a change that rolls back, and a subscriber that missed a message can replay
the stored rows by `seq`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from firmflow.settings import get_settings
from models import Event
from resolvers.uow import after_commit, current_connection
from subscriptions.broadcast import publish_soon
from subscriptions.records import StoredEvent, batch_message

TOPICS = frozenset({"task", "job", "inbox", "request"})
# Events per broadcast message when many are published at once (about 0.5 KB each).
PUBLISH_BATCH = 500


async def record_event(
    *,
    topic: str,
    firm_id: int,
    payload: dict[str, Any],
    client_account_id: int | None = None,
    job_id: int | None = None,
    thread_id: int | None = None,
    request_id: int | None = None,
    recipient_staff_id: int | None = None,
) -> Event:
    """Store one event in the current transaction and publish it once that commits."""
    if topic not in TOPICS:
        raise ValueError(f"unknown event topic {topic!r}")
    # atomic() took the event order lock (resolvers/uow.py), so seq order is commit order.
    conn = current_connection()
    client_visible = False
    if topic == "job":
        client_visible = await _job_event_reaches_client(conn, job_id, payload)
    event = await Event.create(
        at=datetime.now(UTC),
        firm_id=firm_id,
        topic=topic,
        client_account_id=client_account_id,
        job_id=job_id,
        thread_id=thread_id,
        request_id=request_id,
        recipient_staff_id=recipient_staff_id,
        client_visible=client_visible,
        payload=payload,
    )

    async def publish() -> None:
        await publish_event(event)

    after_commit(publish)
    return event


async def _job_event_reaches_client(
    conn: BaseDBAsyncClient, job_id: int | None, payload: dict[str, Any]
) -> bool:
    """A job event reaches the client when the job is visible now, or was visible at its
    previous event (the client must learn that it left Work in progress). A job the client
    never saw stays silent. Decided under the event lock, so "previous" is exact.

    Known limit: if the job's previous events were all pruned by retention, a hide is not
    sent (the client's view is then at most `event_retention_days` stale until reload).
    A staff-only event (`blockersChanged`: the job's pending blockers, not its client-facing
    state, changed) never reaches the client.
    """
    if payload.get("blockersChanged"):
        return False
    if payload.get("visible"):
        return True
    if job_id is None:
        return False
    previous = (
        await Event.filter(topic="job", job_id=job_id).using_db(conn).order_by("-seq").first()
    )
    return previous is not None and bool((previous.payload or {}).get("visible"))


def event_message(event: Event) -> str:
    """The wire form of an event on the broadcast channel."""
    return StoredEvent.from_model(event).to_message()


async def publish_event(event: Event) -> None:
    """Hand one stored event to the process's publisher (after its transaction committed)."""
    publish_soon(get_settings().broadcast_channel, event_message(event), f"event {event.seq}")


def publish_events(count: int, batch: Callable[[int, int], Sequence[StoredEvent]]) -> None:
    """Hand `count` stored events (in seq order) to the publisher, `PUBLISH_BATCH` per
    message; `batch(start, stop)` gives events start..stop-1 when the publisher gets to them,
    so neither building nor encoding them delays the mutation's answer."""
    channel = get_settings().broadcast_channel
    for start in range(0, count, PUBLISH_BATCH):
        stop = min(start + PUBLISH_BATCH, count)
        publish_soon(
            channel,
            lambda start=start, stop=stop: batch_message(batch(start, stop)),
            f"events {start + 1}-{stop} of {count}",
        )
