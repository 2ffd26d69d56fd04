"""Automatic reminders of a thread's open client tasks.

`setThreadReminder` arms them: the first is due `everyDays` after it is set. The sender of
`firmflow run-reminders` and of the server's timer sends at most one per thread per run,
however late the run is, then schedules the next `everyDays` later; it stops at `maxCount`
or when no task is left open (a list that reopens re-arms it, see `tasks.rearm_reminder`).
Due rows are claimed with a conditional UPDATE on the old `reminder_next_at`, so with
several processes running at once exactly one sends each reminder.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from eventstore.audit import update_rows
from firmflow.pause import pause_point
from models import ChatThread, Firm
from resolvers.access import require_task_editor
from resolvers.client_mail import mail_clients_tasks
from resolvers.tasks import (
    Actor,
    now_utc,
    post_message_as,
    task_list_body,
    tasks_of,
    thread_for_change,
)
from resolvers.uow import atomic
from resolvers.validate import check_reminder
from resolvers.viewer import Viewer


async def set_thread_reminder(
    *, viewer: Viewer, thread_id: str, every_days: int | None, max_count: int | None
) -> ChatThread:
    """Remind the client every `every_days` days, at most `max_count` times, while tasks
    stay open; the first is due `every_days` after now. None turns reminders off."""
    require_task_editor(viewer)
    turning_on = every_days is not None or max_count is not None
    if turning_on:
        check_reminder(every_days, max_count)
    async with atomic():
        thread = await thread_for_change(viewer, thread_id)
        await update_rows(
            ChatThread.filter(id=thread.id),
            reminder_every_days=every_days if turning_on else None,
            reminder_max_count=max_count if turning_on else None,
            reminder_sent_count=0,
            reminder_next_at=now_utc() + timedelta(days=every_days) if every_days else None,
        )
    return await ChatThread.get(id=thread.id)


def reminder_next_at(thread: ChatThread) -> datetime | None:
    """When the next reminder is due; None when none is due any more."""
    if thread.reminder_every_days is None or thread.reminder_next_at is None:
        return None
    if thread.reminder_sent_count >= (thread.reminder_max_count or 0):
        return None
    if thread.completed_task_count >= thread.total_task_count:
        return None
    return thread.reminder_next_at


async def _send_thread_reminder(thread: ChatThread, now: datetime) -> bool:
    """Claim one due thread (conditional UPDATE on the old `reminder_next_at`, so across
    processes exactly one wins) and send its reminder if tasks are still open."""
    async with atomic():
        fresh = await ChatThread.get(id=thread.id)
        open_tasks = fresh.total_task_count > fresh.completed_task_count
        sent_count = fresh.reminder_sent_count + (1 if open_tasks else 0)
        every_days = fresh.reminder_every_days or 1
        more = open_tasks and sent_count < (fresh.reminder_max_count or 0)
        claimed = await ChatThread.filter(
            id=thread.id, reminder_next_at=thread.reminder_next_at
        ).update(
            reminder_sent_count=sent_count,
            reminder_next_at=now + timedelta(days=every_days) if more else None,
        )
        if not claimed or not open_tasks:
            return False
        firm = await Firm.get(id=fresh.firm_id)
        tasks = await tasks_of(fresh.id)
        actor = Actor(name=firm.name, is_client=False)
        body = task_list_body(fresh, tasks, "Reminder: open client tasks")
        await post_message_as(fresh, actor, body, kind="REMINDER")
        await mail_clients_tasks(thread=fresh, what="a reminder about your open tasks", tasks=tasks)
    return True


async def send_due_thread_reminders(now: datetime) -> int:
    """The thread reminder sender of `firmflow run-reminders` and the server timer: at most
    one reminder per thread per run, however late the run is."""
    due = await ChatThread.filter(
        reminder_next_at__isnull=False, reminder_next_at__lte=now
    ).order_by("reminder_next_at", "id")
    await pause_point("thread-reminders-claim")  # tests: several processes meet here
    sent = 0
    for thread in due:
        if await _send_thread_reminder(thread, now):
            sent += 1
    return sent
