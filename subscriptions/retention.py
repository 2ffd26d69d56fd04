"""Event retention: old events are pruned; resuming from before the kept window is refused.

`prune_events` deletes events older than `event_retention_days` and remembers, per firm,
the highest seq it deleted (`EventPruneMark`). A subscriber resuming `after` a seq below its
firm's mark may have missed deleted events, so it gets INVALID_STATE and must reload its
view. Pruning takes no event lock: it never touches a firm's counter, so it waits for no
writer and no writer waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from tortoise.functions import Max

from eventstore.audit import prune_audit
from eventstore.uow import changes_nothing_readable
from firmflow.settings import get_settings
from models import Event, EventCounter, EventPruneMark
from resolvers.errors import InvalidState
from resolvers.uow import atomic

log = logging.getLogger(__name__)

PRUNE_BATCH = 5000


async def pruned_through(firm_id: int) -> int:
    """The highest seq of the firm that retention has deleted (0 when none)."""
    mark = await EventPruneMark.filter(firm_id=firm_id).first()
    return mark.pruned_through_seq if mark else 0


def pruned_message(after: int) -> str:
    return (
        f"events after {after} are no longer kept (older than "
        f"{get_settings().event_retention_days} days): reload the data, then subscribe "
        "again without `after`"
    )


async def check_resume_point(firm_id: int, after: int) -> None:
    """INVALID_STATE when events of the firm after `after` may already be pruned, or when
    `after` is beyond the firm's last event (a seq of another deployment or of a database
    that was reset): either way the client's view cannot be brought up to date by replay."""
    if after < await pruned_through(firm_id):
        raise InvalidState(pruned_message(after))
    counter = await EventCounter.filter(firm_id=firm_id).first()
    last = counter.last_seq if counter else 0
    if after > last:
        raise InvalidState(
            f"after {after} is beyond the last event ({last}): reload the data, then "
            "subscribe again without `after`"
        )


async def prune_events(now: datetime | None = None) -> int:
    """Delete events older than the retention window; returns how many were deleted."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=get_settings().event_retention_days)
    deleted = 0
    while True:
        async with atomic():
            changes_nothing_readable()  # no query reads stored events: kept answers stay
            ids = (
                await Event.filter(at__lt=cutoff)
                .order_by("id")
                .limit(PRUNE_BATCH)
                .values_list("id", flat=True)
            )
            if not ids:
                return deleted
            highest = (
                await Event.filter(id__in=ids)
                .annotate(highest=Max("seq"))
                .group_by("firm_id")
                .values_list("firm_id", "highest")
            )
            stamp = datetime.now(UTC)
            for firm_id, seq in highest:
                mark, _ = await EventPruneMark.get_or_create(firm_id=firm_id)
                if seq > mark.pruned_through_seq:
                    mark.pruned_through_seq = seq
                    mark.pruned_at = stamp
                    await mark.save()
            deleted += await Event.filter(id__in=ids).delete()


async def run_event_pruner(stop: asyncio.Event, interval_seconds: int) -> None:
    """The server's timer: prunes old events, and audit entries older than
    FIRMFLOW_AUDIT_RETENTION_DAYS (`eventstore.audit.prune_audit`), every
    `interval_seconds`."""
    while not stop.is_set():
        try:
            pruned = await prune_events()
            if pruned:
                log.info("pruned %s events older than the retention window", pruned)
        except Exception:
            log.exception("event pruning failed")
        try:
            pruned = await prune_audit(get_settings().audit_retention_days)
            if pruned:
                log.info("pruned %s audit entries older than the retention window", pruned)
        except Exception:
            log.exception("audit log pruning failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval_seconds)
