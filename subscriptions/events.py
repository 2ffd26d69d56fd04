"""Recording events: one numbered row in the change's transaction, published after commit.

Every area calls `record_event` at the one point where its change happens; nothing is
published for a change that rolls back, and a subscriber that missed a message can replay
the stored rows by `seq`.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from firmflow.settings import get_settings
from models import Event
from resolvers.uow import after_commit, current_connection
from subscriptions.broadcast import current_broadcast

log = logging.getLogger(__name__)

TOPICS = frozenset({"task", "job", "inbox", "request"})
# Serialises event writers on PostgreSQL so that seq order is commit order: a subscriber
# resuming after seq N can never later find a smaller seq committed behind it.
_PG_EVENT_LOCK = 7_201_001


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
    conn = current_connection()
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query(f"SELECT pg_advisory_xact_lock({_PG_EVENT_LOCK})")
    event = await Event.create(
        at=datetime.now(UTC),
        firm_id=firm_id,
        topic=topic,
        client_account_id=client_account_id,
        job_id=job_id,
        thread_id=thread_id,
        request_id=request_id,
        recipient_staff_id=recipient_staff_id,
        payload=payload,
    )

    async def publish() -> None:
        await publish_event(event)

    after_commit(publish)
    return event


def event_message(event: Event) -> str:
    """The wire form of an event on the broadcast channel."""
    return json.dumps(
        {
            "seq": event.seq,
            "at": event.at.isoformat(),
            "firm_id": event.firm_id,
            "topic": event.topic,
            "client_account_id": event.client_account_id,
            "job_id": event.job_id,
            "thread_id": event.thread_id,
            "request_id": event.request_id,
            "recipient_staff_id": event.recipient_staff_id,
            "payload": event.payload,
        }
    )


async def publish_event(event: Event) -> None:
    broadcast = current_broadcast()
    if broadcast is None:
        return
    try:
        await broadcast.publish(
            channel=get_settings().broadcast_channel, message=event_message(event)
        )
    except Exception:  # the event is stored; resuming subscribers replay it
        log.warning("could not publish event %s; subscribers will replay it", event.seq)
