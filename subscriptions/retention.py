"""Event retention: old events are pruned; resuming from before the kept window is refused.

`prune_events` deletes events older than `event_retention_days` and remembers the highest
seq it deleted (`EventPruneMark`). A subscriber resuming `after` a seq below that mark may
have missed deleted events, so it gets INVALID_STATE and must reload its view.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from firmflow.settings import get_settings
from models import Event, EventPruneMark
from resolvers.errors import InvalidState
from resolvers.uow import atomic

log = logging.getLogger(__name__)

PRUNE_BATCH = 5000


async def pruned_through() -> int:
    """The highest seq retention has deleted (0 when nothing was ever pruned)."""
    mark = await EventPruneMark.filter(id=1).first()
    return mark.pruned_through_seq if mark else 0


async def check_resume_point(after: int) -> None:
    """INVALID_STATE when events after `after` may already be pruned."""
    if after < await pruned_through():
        raise InvalidState(
            f"events after {after} are no longer kept (older than "
            f"{get_settings().event_retention_days} days): reload the data, then subscribe "
            "again without `after`"
        )


async def prune_events(now: datetime | None = None) -> int:
    """Delete events older than the retention window; returns how many were deleted."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=get_settings().event_retention_days)
    deleted = 0
    while True:
        async with atomic():
            seqs = (
                await Event.filter(at__lt=cutoff)
                .order_by("seq")
                .limit(PRUNE_BATCH)
                .values_list("seq", flat=True)
            )
            if not seqs:
                return deleted
            highest = max(seqs)
            mark, _ = await EventPruneMark.get_or_create(id=1)
            if highest > mark.pruned_through_seq:
                mark.pruned_through_seq = highest
                mark.pruned_at = datetime.now(UTC)
                await mark.save()
            deleted += await Event.filter(seq__in=seqs).delete()


async def run_event_pruner(stop: asyncio.Event, interval_seconds: int) -> None:
    """The server's timer: prunes old events every `interval_seconds`."""
    while not stop.is_set():
        try:
            pruned = await prune_events()
            if pruned:
                log.info("pruned %s events older than the retention window", pruned)
        except Exception:
            log.exception("event pruning failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval_seconds)
