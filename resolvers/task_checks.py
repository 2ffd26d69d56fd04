"""Checking and unchecking client tasks, and what the last tick sets off: the firm is told
when the client completes the list, and a linked job may auto-advance.

Apart from `resolvers.tasks` because the stage automation (`resolvers.automation`) opens
threads through that module, and a tick here lets a job advance through that one: imports
run one way, tasks <- automation <- task_checks.
"""

from __future__ import annotations

from tortoise.expressions import F

from eventstore.audit import update_rows
from models import ChatThread, ClientTask
from resolvers.access import get_readable, readable_tasks, require_signed_in
from resolvers.automation import auto_advance_job
from resolvers.tasks import (
    Actor,
    actor_of,
    lock_thread,
    now_utc,
    post_message_as,
    rearm_reminder,
    record_task_change,
    refresh_task_list,
)
from resolvers.uow import atomic
from resolvers.validate import parse_id
from resolvers.viewer import Viewer


async def set_client_task_completed(*, viewer: Viewer, task_id: str, completed: bool) -> ClientTask:
    """Check or uncheck a task (staff with access, or the account's portal user).

    Setting the state it already has changes nothing and notifies nobody.
    """
    require_signed_in(viewer)
    actor = actor_of(viewer)
    async with atomic():
        found = await get_readable(readable_tasks(viewer), parse_id(task_id, "taskId"), "task")
        thread = await lock_thread(found.thread_id)
        if completed:
            changed = await update_rows(
                ClientTask.filter(id=found.id, completed=False),
                completed=True,
                completed_at=now_utc(),
                completed_by=actor.name,
                completed_by_client=actor.is_client,
            )
            if changed:
                await ChatThread.filter(id=thread.id).update(
                    completed_task_count=F("completed_task_count") + 1
                )
        else:
            changed = await update_rows(
                ClientTask.filter(id=found.id, completed=True),
                completed=False,
                completed_at=None,
                completed_by=None,
                completed_by_client=None,
            )
            if changed:
                await ChatThread.filter(id=thread.id).update(
                    completed_task_count=F("completed_task_count") - 1,
                    all_completed_notified=False,
                )
        task = await ClientTask.get(id=found.id)
        if changed:
            verb = "Completed" if completed else "Reopened"
            await post_message_as(thread, actor, f"{verb}: {task.title}", kind="TASK_UPDATE")
            await refresh_task_list(thread, actor, create=False)
            await record_task_change(
                kind="CHECKED" if completed else "UNCHECKED",
                thread_id=thread.id,
                actor=actor,
                task=task,
            )
            if completed and actor.is_client:
                await _when_client_completed_all(thread.id, actor)
            if completed:
                await _advance_when_all_completed(thread.id)
            if not completed:
                await rearm_reminder(thread)
    return task


async def _advance_when_all_completed(thread_id: int) -> None:
    """Whoever ticked the last open task (client or staff), a linked job may auto-advance:
    the thread is an item of the stage it was linked in (`resolvers.stage_items`)."""
    thread = await ChatThread.get(id=thread_id)
    if thread.total_task_count and thread.completed_task_count == thread.total_task_count:
        await auto_advance_job(job_id=thread.job_id, item_stage_id=thread.job_stage_id)


async def _when_client_completed_all(thread_id: int, actor: Actor) -> None:
    """The client ticked the last open task: tell the firm once (Inbox+ and e-mail). The
    conditional update of `all_completed_notified` makes it exactly once until the list is
    reopened (a task unchecked or added)."""
    thread = await ChatThread.get(id=thread_id)
    if thread.total_task_count == 0 or thread.completed_task_count != thread.total_task_count:
        return
    claimed = await ChatThread.filter(id=thread.id, all_completed_notified=False).update(
        all_completed_notified=True
    )
    if not claimed:
        return
    await record_task_change(kind="ALL_COMPLETED", thread_id=thread.id, actor=actor)
