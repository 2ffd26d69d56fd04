"""Chat threads, their messages, and the client tasks inside them.

Who may do what is `resolvers.access` (`readable_threads`, `readable_tasks`,
`readable_thread_accounts`, `require_task_editor`). Every mutation here is one `atomic()`
block: check access → validate → change → record events, notifications and mail.

Concurrency: the completed/total counters on the thread row change only through atomic SQL
expressions (`F("completed_task_count") + 1`) behind conditional updates of the task row
(`completed=False` → True), so two people ticking at once can never count one tick twice.
Structural changes (add, delete, reorder) and checks first lock the thread row (a real row
lock on PostgreSQL; SQLite serialises transactions anyway), always thread before task, so
positions stay 0-based and contiguous and no two transactions deadlock.

Every task change goes through `record_task_change`: the one point that records the "task"
event and the Inbox+ notifications.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import F

from eventstore.audit import delete_rows, update_rows
from eventstore.payloads import TaskEventPayload, TaskPayload
from eventstore.store import record_event
from firmflow.settings import get_settings
from models import ChatThread, ClientAccount, ClientTask, Firm, Job, Message, TaskTemplate
from resolvers.access import (
    get_readable,
    readable_jobs,
    readable_tasks,
    readable_thread_accounts,
    readable_threads,
    require_signed_in,
    require_staff,
    require_task_editor,
)
from resolvers.client_mail import mail_clients_new_message, mail_clients_tasks, task_list_text
from resolvers.errors import BadInput
from resolvers.inbox import TeamMail, notify_portal_users, notify_team, plain_mail
from resolvers.stage_items import job_link, record_blockers_changed, relink_to_job
from resolvers.uow import atomic
from resolvers.validate import check_name, check_text, parse_id, parse_ids
from resolvers.viewer import Viewer

TASK_FILTERS = frozenset({"ALL_THREADS", "WITH_TASKS", "INCOMPLETE", "COMPLETED"})
TASK_EVENT_KINDS = frozenset(
    {"ADDED", "UPDATED", "CHECKED", "UNCHECKED", "DELETED", "REORDERED", "ALL_COMPLETED"}
)
MAX_TASKS_PER_CALL = 200


@dataclass(frozen=True)
class Actor:
    """Who made a change, as the thread, the events and Inbox+ show it."""

    name: str
    is_client: bool
    staff_id: int | None = None
    contact_id: int | None = None


def actor_of(viewer: Viewer) -> Actor:
    return Actor(
        name=viewer.name,
        is_client=viewer.is_client,
        staff_id=viewer.staff_id if viewer.is_staff else None,
        contact_id=viewer.contact_id if viewer.is_client else None,
    )


def now_utc() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- reading


def _filtered(threads: Any, task_filter: str) -> Any:
    if task_filter not in TASK_FILTERS:
        raise BadInput(f"unknown task filter {task_filter!r}")
    if task_filter == "WITH_TASKS":
        return threads.filter(total_task_count__gt=0)
    if task_filter == "INCOMPLETE":
        return threads.filter(total_task_count__gt=F("completed_task_count"))
    if task_filter == "COMPLETED":
        return threads.filter(total_task_count__gt=0, completed_task_count=F("total_task_count"))
    return threads


async def list_threads(
    *, viewer: Viewer, client_account_id: str | None = None, task_filter: str = "ALL_THREADS"
) -> list[ChatThread]:
    """Threads the viewer may read, newest first; one account's when given (NOT_FOUND for an
    account whose threads the viewer may not read)."""
    threads = readable_threads(viewer)
    if client_account_id is not None:
        account_id = parse_id(client_account_id, "clientAccountId")
        await get_readable(readable_thread_accounts(viewer), account_id, "client account")
        threads = threads.filter(client_account_id=account_id)
    return await _filtered(threads, task_filter).order_by("-created_at", "-id")


async def list_account_threads(
    viewer: Viewer, client_account_id: int, task_filter: str = "ALL_THREADS"
) -> list[ChatThread]:
    """`ClientAccount.threads(taskFilter)`: the account is already one the viewer reads;
    an employee who reaches it only through a job assignment sees no threads."""
    threads = readable_threads(viewer).filter(client_account_id=client_account_id)
    return await _filtered(threads, task_filter).order_by("-created_at", "-id")


async def get_thread(*, viewer: Viewer, thread_id: str) -> ChatThread | None:
    require_signed_in(viewer)
    return await readable_threads(viewer).filter(id=parse_id(thread_id, "threadId")).first()


async def tasks_by_thread(thread_ids: Sequence[int]) -> list[list[ClientTask]]:
    """The tasks of many threads in one query, in the threads' order (for DataLoaders)."""
    grouped: dict[int, list[ClientTask]] = {i: [] for i in thread_ids}
    for task in await ClientTask.filter(thread_id__in=list(thread_ids)).order_by("position", "id"):
        grouped[task.thread_id].append(task)
    return [grouped[i] for i in thread_ids]


async def messages_by_thread(thread_ids: Sequence[int]) -> list[list[Message]]:
    """The messages of many threads in one query, oldest first (for DataLoaders)."""
    grouped: dict[int, list[Message]] = {i: [] for i in thread_ids}
    for message in await Message.filter(thread_id__in=list(thread_ids)).order_by("at", "id"):
        grouped[message.thread_id].append(message)
    return [grouped[i] for i in thread_ids]


async def tasks_of(thread_id: int) -> list[ClientTask]:
    return await ClientTask.filter(thread_id=thread_id).order_by("position", "id")


async def messages_of(thread_id: int) -> list[Message]:
    return await Message.filter(thread_id=thread_id).order_by("at", "id")


# ---------------------------------------------------------------- the one event point


def task_payload(task: ClientTask) -> TaskPayload:
    return {
        "id": str(task.id),
        "title": task.title,
        "position": task.position,
        "completed": task.completed,
        "completedAt": task.completed_at.isoformat() if task.completed_at else None,
        "completedBy": task.completed_by,
        "completedByClient": task.completed_by_client,
    }


def _summary(kind: str, actor: Actor, subject: str, title: str | None) -> str:
    what = {
        "ADDED": f"added the task “{title}”",
        "UPDATED": f"renamed a task to “{title}”",
        "CHECKED": f"completed the task “{title}”",
        "UNCHECKED": f"reopened the task “{title}”",
        "DELETED": f"deleted the task “{title}”",
        "REORDERED": "reordered the tasks",
        "ALL_COMPLETED": "completed all tasks",
    }[kind]
    return f"{actor.name} {what} in “{subject}”"


def shown(kind: str, task: ClientTask | None) -> ClientTask | None:
    """The task a task event shows (none for a deletion, a reordering or "all completed")."""
    return None if kind in ("DELETED", "REORDERED", "ALL_COMPLETED") else task


def task_event_payload(
    kind: str, thread: ChatThread, actor: Actor, task: ClientTask | None
) -> TaskEventPayload:
    """THE payload of a task event (topic "task"), with the thread's counts as they are now."""
    return {
        "kind": kind,
        "threadId": str(thread.id),
        "clientAccountId": str(thread.client_account_id),
        "task": task_payload(task) if task else None,
        "completedTaskCount": thread.completed_task_count,
        "totalTaskCount": thread.total_task_count,
        "actorName": actor.name,
        "actorIsClient": actor.is_client,
    }


async def record_task_change(
    *,
    kind: str,
    thread_id: int,
    actor: Actor,
    task: ClientTask | None = None,
    title: str | None = None,
) -> None:
    """THE point where a task change becomes visible outside its thread: the stored "task"
    event (streamed by the realtime area) and the team's Inbox+ notifications and e-mails
    (`notify_team`: not the actor; as each member prefers). Inside `atomic()`, after the
    change itself."""
    if kind not in TASK_EVENT_KINDS:
        raise ValueError(f"unknown task event kind {kind!r}")
    thread = await ChatThread.get(id=thread_id)
    shown_task = shown(kind, task)
    await record_event(
        topic="task",
        firm_id=thread.firm_id,
        client_account_id=thread.client_account_id,
        thread_id=thread.id,
        payload=task_event_payload(kind, thread, actor, shown_task),
    )
    summary = _summary(kind, actor, thread.subject, title or (task.title if task else None))
    await notify_team(
        firm_id=thread.firm_id,
        client_account_id=thread.client_account_id,
        kind="CLIENT_TASKS_ALL_COMPLETED" if kind == "ALL_COMPLETED" else "CLIENT_TASK_CHANGED",
        actor_name=actor.name,
        actor_is_client=actor.is_client,
        actor_staff_id=actor.staff_id,
        summary=summary,
        thread_id=thread.id,
        task_id=shown_task.id if shown_task else None,
        mail=(
            await all_completed_mail(thread, actor)
            if kind == "ALL_COMPLETED"
            else plain_mail(summary, staff_thread_url(thread))
        ),
    )
    await record_blockers_changed(job_id=thread.job_id, item_stage_id=thread.job_stage_id)


# ---------------------------------------------------------------- helpers of the mutations


async def lock_thread(thread_id: int) -> ChatThread:
    """The thread row, locked for the rest of the transaction (PostgreSQL)."""
    return await ChatThread.filter(id=thread_id).select_for_update().get()


async def thread_for_change(viewer: Viewer, thread_id: str) -> ChatThread:
    """A thread the viewer may read (NOT_FOUND otherwise), locked for the change."""
    thread = await get_readable(readable_threads(viewer), parse_id(thread_id, "threadId"), "thread")
    return await lock_thread(thread.id)


async def post_message_as(
    thread: ChatThread, actor: Actor, body: str, kind: str = "TEXT"
) -> Message:
    """Add a message to the thread; kinds TEXT, TASKS (a task list), TASK_UPDATE, REMINDER."""
    return await Message.create(
        thread_id=thread.id,
        at=now_utc(),
        kind=kind,
        author_name=actor.name,
        from_client=actor.is_client,
        author_staff_id=actor.staff_id,
        author_contact_id=actor.contact_id,
        body=body,
    )


def task_list_body(thread: ChatThread, tasks: Sequence[ClientTask], heading: str) -> str:
    """The body of a task-list message: the tasks created, each with its checkbox."""
    done = sum(1 for t in tasks if t.completed)
    return f"{heading} ({done} of {len(tasks)} completed):\n{task_list_text(tasks)}"


async def refresh_task_list(thread: ChatThread, actor: Actor, *, create: bool) -> None:
    """Keep the thread's task-list message showing the tasks created and completed; adding
    tasks updates that message instead of starting a second list."""
    tasks = await tasks_of(thread.id)
    body = task_list_body(thread, tasks, "Client tasks")
    if thread.task_list_message_id is not None:
        updated = await Message.filter(id=thread.task_list_message_id, thread_id=thread.id).update(
            body=body
        )
        if updated:
            return
    if not create:
        return
    message = await post_message_as(thread, actor, body, kind="TASKS")
    thread.task_list_message_id = message.id
    await ChatThread.filter(id=thread.id).update(task_list_message_id=message.id)


async def rearm_reminder(thread: ChatThread) -> None:
    """A list that reopens (task added or unchecked) restarts a reminder stopped for lack of
    open tasks, unless it already sent all it may."""
    fresh = await ChatThread.get(id=thread.id)
    if (
        fresh.reminder_every_days
        and fresh.reminder_next_at is None
        and fresh.reminder_sent_count < (fresh.reminder_max_count or 0)
    ):
        await ChatThread.filter(id=thread.id, reminder_next_at__isnull=True).update(
            reminder_next_at=now_utc() + timedelta(days=fresh.reminder_every_days)
        )


def _check_titles(titles: Sequence[str]) -> list[str]:
    if len(titles) > MAX_TASKS_PER_CALL:
        raise BadInput(f"at most {MAX_TASKS_PER_CALL} tasks at once")
    return [check_name(t, "task title") for t in titles]


async def _create_tasks(thread: ChatThread, titles: list[str], actor: Actor) -> list[ClientTask]:
    """Append tasks to the (locked) thread, post/update its list, record the changes."""
    start = await ClientTask.filter(thread_id=thread.id).count()
    created = [
        await ClientTask.create(thread_id=thread.id, title=title, position=start + index)
        for index, title in enumerate(titles)
    ]
    await ChatThread.filter(id=thread.id).update(
        total_task_count=F("total_task_count") + len(created), all_completed_notified=False
    )
    await refresh_task_list(thread, actor, create=True)
    for task in created:
        await record_task_change(kind="ADDED", thread_id=thread.id, actor=actor, task=task)
    count = f"{len(created)} task{'s' if len(created) != 1 else ''}"
    await notify_portal_users(
        firm_id=thread.firm_id,
        client_account_id=thread.client_account_id,
        kind="NEW_CLIENT_TASKS",
        actor_name=actor.name,
        summary=f"{actor.name} added {count} for you in “{thread.subject}”",
        thread_id=thread.id,
    )
    await rearm_reminder(thread)
    return created


# ---------------------------------------------------------------- threads and messages


async def create_thread(
    *,
    viewer: Viewer,
    client_account_id: str,
    subject: str,
    message: str | None = None,
    tasks: list[str] | None = None,
    job_id: str | None = None,
) -> ChatThread:
    """A new thread on an account the viewer holds threads on, with an optional first
    message, tasks (staff only) and job link (a job the creator may read)."""
    require_signed_in(viewer)
    account_id = parse_id(client_account_id, "clientAccountId")
    subject = check_name(subject, "subject")
    body = check_text(message, "message")
    titles = _check_titles(tasks or [])
    if titles:
        require_task_editor(viewer)
    actor = actor_of(viewer)
    async with atomic():
        account = await get_readable(readable_thread_accounts(viewer), account_id, "client account")
        job = None
        if job_id is not None:
            job = await get_readable(
                readable_jobs(viewer).filter(client_account_id=account.id),
                parse_id(job_id, "jobId"),
                "job",
            )
        thread = await ChatThread.create(
            firm_id=account.firm_id,
            client_account_id=account.id,
            subject=subject,
            **job_link(job),
        )
        if body and body.strip():
            await post_message_as(thread, actor, body)
            if actor.is_client:
                await _notify_client_message(thread, actor, body)
        created = await _create_tasks(thread, titles, actor) if titles else []
        if not actor.is_client:
            if created:
                await mail_clients_tasks(
                    thread=thread, what="new tasks", tasks=created, message=body
                )
            elif body and body.strip():
                await mail_clients_new_message(thread=thread, body=body)
                await _notify_firm_message(thread, actor, body)
    return await ChatThread.get(id=thread.id)


def _preview(body: str) -> str:
    return body if len(body) <= 140 else body[:139] + "…"


async def _notify_firm_message(thread: ChatThread, actor: Actor, body: str) -> None:
    """Staff wrote in the thread: each portal user of the account hears of it."""
    await notify_portal_users(
        firm_id=thread.firm_id,
        client_account_id=thread.client_account_id,
        kind="FIRM_MESSAGE",
        actor_name=actor.name,
        summary=f"{actor.name} wrote in “{thread.subject}”: {_preview(body)}",
        thread_id=thread.id,
    )


async def _notify_client_message(thread: ChatThread, actor: Actor, body: str) -> None:
    preview = _preview(body)
    await notify_team(
        firm_id=thread.firm_id,
        client_account_id=thread.client_account_id,
        kind="CLIENT_MESSAGE",
        actor_name=actor.name,
        actor_is_client=True,
        actor_staff_id=None,
        summary=f"{actor.name} wrote in “{thread.subject}”: {preview}",
        thread_id=thread.id,
        mail=plain_mail(f"{actor.name} wrote in “{thread.subject}”", staff_thread_url(thread)),
    )


async def post_message(*, viewer: Viewer, thread_id: str, body: str) -> Message:
    """A message from staff (the client is e-mailed) or from the client (the team is
    notified in Inbox+)."""
    require_signed_in(viewer)
    text = check_text(body, "message") or ""
    if not text.strip():
        raise BadInput("message must not be empty")
    actor = actor_of(viewer)
    async with atomic():
        thread = await get_readable(
            readable_threads(viewer), parse_id(thread_id, "threadId"), "thread"
        )
        message = await post_message_as(thread, actor, text)
        if actor.is_client:
            await _notify_client_message(thread, actor, text)
        else:
            await mail_clients_new_message(thread=thread, body=text)
            await _notify_firm_message(thread, actor, text)
    return message


# ---------------------------------------------------------------- tasks


async def add_client_tasks(*, viewer: Viewer, thread_id: str, titles: list[str]) -> ChatThread:
    require_task_editor(viewer)
    checked = _check_titles(titles)
    if not checked:
        raise BadInput("give at least one task title")
    actor = actor_of(viewer)
    async with atomic():
        thread = await thread_for_change(viewer, thread_id)
        await _create_tasks(thread, checked, actor)
        await mail_clients_tasks(thread=thread, what="new tasks", tasks=await tasks_of(thread.id))
    return await ChatThread.get(id=thread.id)


async def update_client_task(*, viewer: Viewer, task_id: str, title: str) -> ClientTask:
    require_task_editor(viewer)
    new_title = check_name(title, "task title")
    actor = actor_of(viewer)
    async with atomic():
        task = await get_readable(readable_tasks(viewer), parse_id(task_id, "taskId"), "task")
        thread = await lock_thread(task.thread_id)
        await update_rows(ClientTask.filter(id=task.id), title=new_title)
        task = await ClientTask.get(id=task.id)
        await refresh_task_list(thread, actor, create=False)
        await record_task_change(kind="UPDATED", thread_id=thread.id, actor=actor, task=task)
    return task


async def delete_client_task(*, viewer: Viewer, task_id: str) -> ChatThread:
    require_task_editor(viewer)
    actor = actor_of(viewer)
    async with atomic():
        found = await get_readable(readable_tasks(viewer), parse_id(task_id, "taskId"), "task")
        thread = await lock_thread(found.thread_id)
        task = await ClientTask.get(id=found.id)  # re-read under the lock
        await delete_rows(ClientTask.filter(id=task.id))
        await ClientTask.filter(thread_id=thread.id, position__gt=task.position).update(
            position=F("position") - 1
        )
        await ChatThread.filter(id=thread.id).update(
            total_task_count=F("total_task_count") - 1,
            completed_task_count=F("completed_task_count") - (1 if task.completed else 0),
        )
        await refresh_task_list(thread, actor, create=False)
        await record_task_change(kind="DELETED", thread_id=thread.id, actor=actor, title=task.title)
    return await ChatThread.get(id=thread.id)


async def reorder_client_tasks(
    *, viewer: Viewer, thread_id: str, task_ids: list[str]
) -> ChatThread:
    """The given order becomes the positions; the ids must be exactly the thread's tasks."""
    require_task_editor(viewer)
    ids = parse_ids(task_ids, "taskId")
    actor = actor_of(viewer)
    async with atomic():
        thread = await thread_for_change(viewer, thread_id)
        current = await ClientTask.filter(thread_id=thread.id).values_list("id", flat=True)
        if len(set(ids)) != len(ids) or set(ids) != set(current):
            raise BadInput("taskIds must list each task of the thread exactly once")
        for position, task_id in enumerate(ids):
            await update_rows(ClientTask.filter(id=task_id), position=position)
        await refresh_task_list(thread, actor, create=False)
        await record_task_change(kind="REORDERED", thread_id=thread.id, actor=actor)
    return await ChatThread.get(id=thread.id)


def staff_thread_url(thread: ChatThread) -> str:
    """Where staff open a thread (links in the team's e-mails)."""
    return f"{get_settings().public_url}/threads/{thread.id}"


async def all_completed_mail(thread: ChatThread, actor: Actor) -> TeamMail:
    """The "all tasks completed" e-mail: who completed which tasks."""
    account = await ClientAccount.get(id=thread.client_account_id)
    tasks = await tasks_of(thread.id)
    return TeamMail(
        subject=f"{account.name} completed all tasks in “{thread.subject}”",
        body=lambda staff: (
            f"Hello {staff.name},\n\n{actor.name} ({account.name}) has completed all "
            f"{len(tasks)} tasks in “{thread.subject}”:\n\n{task_list_text(tasks)}\n"
        ),
    )


async def resend_client_tasks(*, viewer: Viewer, thread_id: str) -> Message:
    """Post the current list to the thread again, as a reminder; it becomes the thread's
    list message (later additions update it). The client is e-mailed."""
    require_task_editor(viewer)
    actor = actor_of(viewer)
    async with atomic():
        thread = await thread_for_change(viewer, thread_id)
        tasks = await tasks_of(thread.id)
        if not tasks:
            raise BadInput("the thread has no client tasks to resend")
        message = await post_message_as(
            thread, actor, task_list_body(thread, tasks, "Client tasks"), "TASKS"
        )
        await ChatThread.filter(id=thread.id).update(task_list_message_id=message.id)
        await mail_clients_tasks(thread=thread, what="a reminder about your tasks", tasks=tasks)
    return message


# ---------------------------------------------------------------- stage work: templates, links


async def open_thread_from_template(*, template_id: int, job: Job) -> ChatThread:
    """The stage automation "open a thread with client tasks" (inside `atomic()`): a thread
    on the job's account with the template's subject, message and tasks, linked to the job
    (an item of the stage it entered), and the clients e-mailed as `create_thread` does.
    The firm is its author: the automation, not a person, wrote it."""
    template = await TaskTemplate.get(id=template_id, firm_id=job.firm_id)
    firm = await Firm.get(id=job.firm_id)
    actor = Actor(name=firm.name, is_client=False)
    thread = await ChatThread.create(
        firm_id=job.firm_id,
        client_account_id=job.client_account_id,
        subject=template.subject,
        task_template_id=template.id,
        **job_link(job),
    )
    body = template.message or ""
    if body.strip():
        await post_message_as(thread, actor, body)
    created = await _create_tasks(thread, list(template.tasks), actor)
    await mail_clients_tasks(thread=thread, what="new tasks", tasks=created, message=body)
    return await ChatThread.get(id=thread.id)


async def link_thread_to_job(*, viewer: Viewer, thread_id: str, job_id: str | None) -> ChatThread:
    """Link a thread to a job (None unlinks): staff who may read both; the job must be of
    the thread's client account (BAD_INPUT). The thread becomes an item of the stage the
    job is in now; linking it again to the job it is linked to changes nothing."""
    require_staff(viewer)
    jid = parse_id(job_id, "jobId") if job_id is not None else None
    async with atomic():
        thread = await thread_for_change(viewer, thread_id)
        job = await get_readable(readable_jobs(viewer), jid, "job") if jid is not None else None
        await relink_to_job(thread, job, "thread")
    return await ChatThread.get(id=thread.id)
