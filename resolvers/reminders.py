"""Due reminders of every area, sent by `firmflow run-reminders` and the server's timer.

Each area's sender claims due rows with a conditional UPDATE, so a reminder goes out once
even when several server processes run this at the same moment.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from firmflow.metrics import REMINDER_RUNS, REMINDERS_SENT
from resolvers.requests import send_due_request_reminders
from resolvers.thread_reminders import send_due_thread_reminders

log = logging.getLogger(__name__)

ReminderSender = Callable[[datetime], Awaitable[int]]


def reminder_senders() -> list[ReminderSender]:
    """The areas' senders; each sends what is due at `now` and returns how many it sent."""
    return [send_due_thread_reminders, send_due_request_reminders]


async def run_due_reminders(now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    sent = 0
    for sender in reminder_senders():
        sent += await sender(now)
    REMINDER_RUNS.labels("ok").inc()
    REMINDERS_SENT.inc(sent)
    return sent


async def run_reminder_timer(stop: asyncio.Event, interval_seconds: int) -> None:
    """The server's timer: sends due reminders every `interval_seconds`."""
    while not stop.is_set():
        try:
            await run_due_reminders()
        except Exception:
            REMINDER_RUNS.labels("failed").inc()
            log.exception("reminder round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval_seconds)
