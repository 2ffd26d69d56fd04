"""Recording many events of one topic at once (bulk edits): the batch form of `record_event`.

Same guarantees as `record_event`: the rows are stored in the caller's transaction, under the
same PostgreSQL lock (so seq order is commit order), and published only after commit. The
insert is one multi-row statement per batch instead of one per event, which keeps a 10,000-job
bulk edit to a handful of statements.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models import Event
from resolvers.uow import after_commit, current_connection
from subscriptions.events import _PG_EVENT_LOCK, TOPICS, publish_event

BATCH_SIZE = 1000
# Publishing re-reads the stored rows in pages of this size (they carry their seq).
_PUBLISH_PAGE = 2000


async def _max_seq() -> int:
    rows = await Event.all().order_by("-seq").limit(1).values_list("seq", flat=True)
    return int(rows[0]) if rows else 0


async def record_events(*, topic: str, rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Store one event per row (keys: firm_id, payload and the routing ids of `record_event`)
    in the current transaction; publish them in seq order once it commits.

    Returns the (exclusive, inclusive) seq range the events occupy.
    """
    if topic not in TOPICS:
        raise ValueError(f"unknown event topic {topic!r}")
    if not rows:
        return (0, 0)
    conn = current_connection()
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query(f"SELECT pg_advisory_xact_lock({_PG_EVENT_LOCK})")
    first = await _max_seq()
    now = datetime.now(UTC)
    await Event.bulk_create(
        [Event(at=now, topic=topic, **row) for row in rows], batch_size=BATCH_SIZE
    )
    last = await _max_seq()

    async def publish() -> None:
        after = first
        while True:
            page = (
                await Event.filter(seq__gt=after, seq__lte=last, topic=topic)
                .order_by("seq")
                .limit(_PUBLISH_PAGE)
            )
            if not page:
                return
            for event in page:
                await publish_event(event)
            after = page[-1].seq

    after_commit(publish)
    return (first, last)
