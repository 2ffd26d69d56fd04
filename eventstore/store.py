"""Recording events: rows numbered within their firm in the change's transaction, delivered
to the process's sinks after commit.

Every area calls `record_event` (or `record_events` for a bulk edit) at the one point where
its change happens. The events wait in the transaction until the block's work is done; then,
just before the commit (`eventstore.uow.before_commit`), each firm's events take the next
numbers from that firm's `EventCounter` row and are inserted. Updating the counter row locks
it until the commit, so:

- a firm's events are numbered 1, 2, 3, ... with no gap, and seq order is commit order
  within the firm (the next writer of that firm gets its numbers only after this one
  committed; a rollback gives its numbers back);
- writers of different firms never wait for each other, and a transaction that records no
  event takes no lock at all;
- the counter is the last lock the transaction takes and it then only inserts its own new
  rows, so no lock-order deadlock can involve it, and it is held for the insert only (a
  10,000-job bulk edit holds it for one COPY, not for its whole transaction).

After commit the events go to the registered sinks (`add_sink`): the publisher (broadcast to
every process) and this process's hub (so its subscribers get the change even while the
broadcast backend is down). Nothing is delivered for a change that rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from tortoise.backends.base.client import BaseDBAsyncClient

from eventstore.bulk_sql import copy_rows
from eventstore.payloads import TOPICS, EventPayload, Topic
from eventstore.records import StoredEvent
from eventstore.uow import (
    after_commit,
    before_commit,
    changes_firm,
    current_connection,
    unit_value,
)
from models import Event

Sink = Callable[[Sequence[StoredEvent]], None]
_sinks: list[Sink] = []
_COLUMNS = (
    "seq",
    "at",
    "topic",
    "firm_id",
    "client_account_id",
    "job_id",
    "thread_id",
    "request_id",
    "recipient_staff_id",
    "client_visible",
    "payload",
)
_encode = json.JSONEncoder(separators=(",", ":")).encode
_TAKE_NUMBERS = (
    "INSERT INTO event_counter (firm_id, last_seq) VALUES ({0}, {1}) "
    "ON CONFLICT (firm_id) DO UPDATE SET last_seq = event_counter.last_seq + excluded.last_seq "
    "RETURNING last_seq"
)


@dataclass(slots=True)
class Recorded:
    """An event recorded in the current transaction: `seq` is 0 until it is numbered, just
    before the commit."""

    topic: str
    firm_id: int
    payload: EventPayload
    client_account_id: int | None = None
    job_id: int | None = None
    thread_id: int | None = None
    request_id: int | None = None
    recipient_staff_id: int | None = None
    client_visible: bool = False
    seq: int = 0


class _Recording:
    """The events of one transaction; numbered and inserted by `flush` before the commit."""

    def __init__(self) -> None:
        self.events: list[Recorded] = []
        self.stored: list[StoredEvent] = []

    async def flush(self, conn: BaseDBAsyncClient) -> None:
        by_firm: dict[int, list[Recorded]] = {}
        for event in self.events:
            by_firm.setdefault(event.firm_id, []).append(event)
        self.events = []
        now = datetime.now(UTC)
        for firm_id in by_firm:  # their data versions rise once this commits
            changes_firm(firm_id)
        # Firms in id order: two transactions recording in the same two firms lock their
        # counters in the same order.
        for firm_id in sorted(by_firm):
            self.stored.extend(await _number_and_insert(conn, firm_id, by_firm[firm_id], now))

    async def deliver(self) -> None:
        stored, self.stored = self.stored, []
        deliver(stored)


def _recording() -> _Recording:
    recording = unit_value("eventstore.recording", _Recording)
    before_commit(recording.flush)
    after_commit(recording.deliver)
    return recording


def _check(topic: str) -> None:
    if topic not in TOPICS:
        raise ValueError(f"unknown event topic {topic!r}")


async def record_event(
    *,
    topic: Topic,
    firm_id: int,
    payload: EventPayload,
    client_account_id: int | None = None,
    job_id: int | None = None,
    thread_id: int | None = None,
    request_id: int | None = None,
    recipient_staff_id: int | None = None,
    client_visible: bool = False,
) -> Recorded:
    """Record one event in the current transaction (numbered and stored before it commits,
    delivered once it has). `client_visible` (job events): whether the client may hear of
    it, decided by the domain (`resolvers.access.client_hears_of_job_event`)."""
    _check(topic)
    current_connection()
    event = Recorded(
        topic,
        firm_id,
        payload,
        client_account_id,
        job_id,
        thread_id,
        request_id,
        recipient_staff_id,
        client_visible,
    )
    _recording().events.append(event)
    return event


async def record_events(*, topic: Topic, rows: Sequence[dict[str, Any]]) -> list[Recorded]:
    """The batch form of `record_event` (bulk edits): one event per row (keys: firm_id,
    payload, client_visible and the routing ids of `record_event`), stored with one COPY on
    PostgreSQL."""
    _check(topic)
    current_connection()
    recorded = [
        Recorded(
            topic,
            row["firm_id"],
            row["payload"],
            row.get("client_account_id"),
            row.get("job_id"),
            row.get("thread_id"),
            row.get("request_id"),
            row.get("recipient_staff_id"),
            bool(row.get("client_visible")),
        )
        for row in rows
    ]
    _recording().events.extend(recorded)
    return recorded


async def _take_numbers(conn: BaseDBAsyncClient, firm_id: int, count: int) -> int:
    """Add `count` to the firm's counter (locking its row until commit); the new last seq."""
    postgres = conn.capabilities.dialect == "postgres"
    sql = _TAKE_NUMBERS.format(*(("$1", "$2") if postgres else ("?", "?")))
    rows = await conn.execute_query_dict(sql, [firm_id, count])
    return int(rows[0]["last_seq"])


async def _number_and_insert(
    conn: BaseDBAsyncClient, firm_id: int, events: list[Recorded], now: datetime
) -> list[StoredEvent]:
    # Encoded before the counter is locked: the lock is held for the insert alone.
    payloads = [_encode(event.payload) for event in events]
    last = await _take_numbers(conn, firm_id, len(events))
    first = last - len(events) + 1
    for index, event in enumerate(events):
        event.seq = first + index
    stored = [
        StoredEvent(
            seq=first + index,
            at=now,
            firm_id=firm_id,
            topic=event.topic,
            client_account_id=event.client_account_id,
            job_id=event.job_id,
            thread_id=event.thread_id,
            request_id=event.request_id,
            recipient_staff_id=event.recipient_staff_id,
            client_visible=event.client_visible,
            payload=cast(dict[str, Any], event.payload),
        )
        for index, event in enumerate(events)
    ]
    records = [
        (
            e.seq,
            e.at,
            e.topic,
            e.firm_id,
            e.client_account_id,
            e.job_id,
            e.thread_id,
            e.request_id,
            e.recipient_staff_id,
            e.client_visible,
            payload,
        )
        for e, payload in zip(stored, payloads, strict=True)
    ]
    await copy_rows(Event, _COLUMNS, records, json_columns=("payload",))
    return stored


# ---------------------------------------------------------------- delivery after commit


def add_sink(sink: Sink) -> None:
    """Have `sink(events)` called with every batch of committed events of this process, in
    the order they were committed (a sink must not block: queue the work)."""
    if sink not in _sinks:
        _sinks.append(sink)


def remove_sink(sink: Sink) -> None:
    if sink in _sinks:
        _sinks.remove(sink)


def deliver(events: Sequence[StoredEvent]) -> None:
    """Hand committed events to every sink."""
    if not events:
        return
    for sink in list(_sinks):
        sink(events)
