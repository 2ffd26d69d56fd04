"""Recording many events of one topic at once (bulk edits): the batch form of `record_event`.

Same guarantees as `record_event`: the rows are stored in the caller's transaction, under the
same PostgreSQL lock (so seq order is commit order), and published only after commit. The
insert is one binary COPY (`resolvers.bulk_sql.copy_rows`) instead of one statement per event,
which keeps a 10,000-job bulk edit to a handful of statements.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from tortoise.functions import Max

from models import Event
from resolvers.bulk_sql import copy_rows, in_slices
from resolvers.uow import after_commit, current_connection
from subscriptions.events import TOPICS, publish_events
from subscriptions.records import StoredEvent

_ROUTING = ("client_account_id", "job_id", "thread_id", "request_id", "recipient_staff_id")
_COLUMNS = ("at", "topic", "firm_id", *_ROUTING, "client_visible", "payload")
_encode = json.JSONEncoder(separators=(",", ":")).encode


async def _max_seq() -> int:
    rows = await Event.all().order_by("-seq").limit(1).values_list("seq", flat=True)
    return int(rows[0]) if rows else 0


async def _jobs_last_seen_visible(rows: list[dict[str, Any]]) -> set[int]:
    """Of the jobs these rows hide, those whose previous event was visible: the batch form
    of `subscriptions.events._job_event_reaches_client` (two queries per 5,000 jobs)."""
    hidden = [row["job_id"] for row in rows if not row["payload"].get("visible")]
    seen: set[int] = set()
    for start in range(0, len(hidden), 5000):
        chunk = hidden[start : start + 5000]
        latest = (
            await Event.filter(topic="job", job_id__in=chunk)
            .annotate(last=Max("seq"))
            .group_by("job_id")
            .values_list("last", flat=True)
        )
        if latest:
            seen.update(
                job_id
                for job_id, payload in await Event.filter(seq__in=list(latest)).values_list(
                    "job_id", "payload"
                )
                if (payload or {}).get("visible")
            )
    return seen


async def record_events(*, topic: str, rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Store one event per row (keys: firm_id, payload and the routing ids of `record_event`)
    in the current transaction; publish them in seq order once it commits.

    Returns the (exclusive, inclusive) seq range the events occupy.
    """
    if topic not in TOPICS:
        raise ValueError(f"unknown event topic {topic!r}")
    if not rows:
        return (0, 0)
    # atomic() holds the event order lock (resolvers/uow.py): no other writer between
    # reading the highest seq and inserting after it.
    current_connection()
    # Encoded first: a statement the caller sent with `meanwhile` may still be running.
    payloads = await in_slices(rows, lambda row: _encode(row["payload"]))
    reaching = await _jobs_last_seen_visible(rows) if topic == "job" else set()
    first = await _max_seq()
    now = datetime.now(UTC)
    records = [
        (
            now,
            topic,
            row["firm_id"],
            row.get("client_account_id"),
            row.get("job_id"),
            row.get("thread_id"),
            row.get("request_id"),
            row.get("recipient_staff_id"),
            topic == "job"
            and (bool(row["payload"].get("visible")) or row.get("job_id") in reaching),
            payload,
        )
        for row, payload in zip(rows, payloads, strict=True)
    ]
    await copy_rows(Event, _COLUMNS, records, json_columns=("payload",))
    # Under the lock nobody else inserted: the seqs above `first` are these rows', taken in
    # row order (the sequence may have skipped numbers, e.g. after a rolled-back insert).
    seqs = await Event.filter(seq__gt=first).order_by("seq").values_list("seq", flat=True)
    if len(seqs) != len(rows):
        raise RuntimeError("events were inserted without the event order lock")

    def batch(start: int, stop: int) -> list[StoredEvent]:
        return [
            StoredEvent(seq, at, firm, kind, *routing, visible, row["payload"])
            for seq, (at, kind, firm, *routing, visible, _), row in zip(
                seqs[start:stop], records[start:stop], rows[start:stop], strict=True
            )
        ]

    async def publish() -> None:
        publish_events(len(rows), batch)

    after_commit(publish)
    return (first, seqs[-1])
