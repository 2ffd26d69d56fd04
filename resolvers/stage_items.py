"""The items of a job's stage: what auto-advance waits for and `Job.pendingBlockers` shows.

docs/domain.md "Auto-advance counts the items of the current stage": the items of a job's current
stage are its requests (not CANCELLED) and its threads with at least one task that were
linked to the job while it was in that stage (created with a job, linked later, or created
by the stage's automations). Each request and thread remembers that stage in `job_stage_id`
(set by `job_link`, the one place a link is made), so "an item of the current stage" is
`job_stage_id == job.stage_id`. Moving a job out and back makes the items linked during the
earlier visit count again: they were linked while the job was in that stage, and the stage's
template automation does not send a duplicate of the one still open.

An item is open while a request is not SUBMITTED (nor CANCELLED) and while a thread has open
tasks. Nothing here changes anything but the blockers event (`record_blockers_changed`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import F

from eventstore.audit import update_rows
from models import ChatThread, ClientRequest, Job, Stage
from resolvers.client_facing import record_job_status_event
from resolvers.errors import BadInput

CLOSED_REQUEST = ("SUBMITTED", "CANCELLED")


def job_link(job: Job | None) -> dict[str, Any]:
    """The columns that link a request or thread to `job` (None unlinks): the job and the
    stage it is in now, which makes the item one of that stage's."""
    if job is None:
        return {"job_id": None, "job_stage_id": None}
    return {"job_id": job.id, "job_stage_id": job.stage_id}


async def relink_to_job(item: ChatThread | ClientRequest, job: Job | None, kind: str) -> None:
    """Link a thread or request to `job` (None unlinks; inside `atomic()`): the job must be
    of the item's client account (BAD_INPUT); linking it again to the job it is linked to
    changes nothing. Otherwise the item becomes one of the stage the job is in now, and the
    blockers of the job it leaves and of the job it joins are announced."""
    if job is not None and job.client_account_id != item.client_account_id:
        raise BadInput(f"job {job.id} belongs to another client account than the {kind}")
    if (job.id if job else None) == item.job_id:
        return
    old_job_id, old_stage_id = item.job_id, item.job_stage_id
    link = job_link(job)
    await update_rows(type(item).filter(id=item.id), **link)
    item.job_id, item.job_stage_id = link["job_id"], link["job_stage_id"]
    await record_blockers_changed(job_id=old_job_id, item_stage_id=old_stage_id)
    await record_blockers_changed(job_id=item.job_id, item_stage_id=item.job_stage_id)


def _open_requests(job_id: int, stage_id: int) -> Any:
    return ClientRequest.filter(job_id=job_id, job_stage_id=stage_id).exclude(
        status__in=CLOSED_REQUEST
    )


def _open_threads(job_id: int, stage_id: int) -> Any:
    return ChatThread.filter(
        job_id=job_id, job_stage_id=stage_id, total_task_count__gt=F("completed_task_count")
    )


async def stage_is_done(job: Job) -> bool:
    """Whether every item of the job's current stage is complete and at least one exists."""
    if await _open_requests(job.id, job.stage_id).exists():
        return False
    if await _open_threads(job.id, job.stage_id).exists():
        return False
    has_request = (
        await ClientRequest.filter(job_id=job.id, job_stage_id=job.stage_id)
        .exclude(status="CANCELLED")
        .exists()
    )
    return (
        has_request
        or await ChatThread.filter(
            job_id=job.id, job_stage_id=job.stage_id, total_task_count__gt=0
        ).exists()
    )


async def has_open_request_from(job: Job, template_id: int) -> bool:
    """A request made from the template for this job that is not SUBMITTED nor CANCELLED."""
    return (
        await ClientRequest.filter(job_id=job.id, template_id=template_id)
        .exclude(status__in=CLOSED_REQUEST)
        .exists()
    )


async def has_open_thread_from(job: Job, template_id: int) -> bool:
    """A thread opened from the task template for this job that still has open tasks."""
    return await ChatThread.filter(
        job_id=job.id, task_template_id=template_id, total_task_count__gt=F("completed_task_count")
    ).exists()


# ---------------------------------------------------------------- pendingBlockers


@dataclass(frozen=True)
class Blocker:
    """One open item of a job's auto-advance stage (OPEN_REQUEST or OPEN_TASKS)."""

    kind: str
    since: datetime
    summary: str
    item_id: int
    request: ClientRequest | None = None
    thread: ChatThread | None = None


def request_summary(request: ClientRequest) -> str:
    who = "the third party" if request.access == "THIRD_PARTY" else "the client"
    state = {
        "DRAFT": "not sent yet",
        "PENDING": f"waiting for {who}",
        "IN_PROGRESS": f"{who} is answering",
    }.get(request.status, request.status.lower())
    return f"{request.title}: {state}"


def thread_summary(thread: ChatThread, *, readable: bool) -> str:
    open_count = thread.total_task_count - thread.completed_task_count
    subject = thread.subject if readable else "A chat thread"
    return f"{subject}: {open_count} of {thread.total_task_count} client tasks open"


async def blockers_of_jobs(
    keys: Sequence[tuple[int, int]], readable_thread_ids: Any = None
) -> list[list[Blocker]]:
    """The blockers of many jobs, each key `(job_id, stage_id)`, in a fixed number of
    statements (for a DataLoader): the stages with auto-advance, then the open requests and
    open threads of those jobs' current stages. Oldest first (creation, then id).

    `readable_thread_ids(ids)`, when given, narrows which threads the viewer may open: a
    thread it may not read is still a blocker, shown without its subject or the thread.
    """
    result: dict[tuple[int, int], list[Blocker]] = defaultdict(list)
    stage_ids = list({stage_id for _, stage_id in keys})
    auto = set(await Stage.filter(id__in=stage_ids, auto_advance=True).values_list("id", flat=True))
    wanted = {(job_id, stage_id) for job_id, stage_id in keys if stage_id in auto}
    if wanted:
        job_ids = list({job_id for job_id, _ in wanted})
        stages = list({stage_id for _, stage_id in wanted})
        requests = await ClientRequest.filter(job_id__in=job_ids, job_stage_id__in=stages).exclude(
            status__in=CLOSED_REQUEST
        )
        threads = await ChatThread.filter(
            job_id__in=job_ids,
            job_stage_id__in=stages,
            total_task_count__gt=F("completed_task_count"),
        )
        readable: set[int] | None = None
        if readable_thread_ids is not None and threads:
            readable = set(await readable_thread_ids([t.id for t in threads]))
        for request in requests:
            key = (request.job_id, request.job_stage_id)
            if key in wanted:
                result[key].append(
                    Blocker(
                        kind="OPEN_REQUEST",
                        since=request.created_at,
                        summary=request_summary(request),
                        item_id=request.id,
                        request=request,
                    )
                )
        for thread in threads:
            key = (thread.job_id, thread.job_stage_id)
            if key in wanted:
                may_read = readable is None or thread.id in readable
                result[key].append(
                    Blocker(
                        kind="OPEN_TASKS",
                        since=thread.created_at,
                        summary=thread_summary(thread, readable=may_read),
                        item_id=thread.id,
                        thread=thread if may_read else None,
                    )
                )
    return [sorted(result.get(key, []), key=lambda b: (b.since, b.kind, b.item_id)) for key in keys]


# ---------------------------------------------------------------- live updates


async def record_blockers_changed(*, job_id: int | None, item_stage_id: int | None) -> None:
    """An item of a job may have opened, closed, or changed (inside `atomic()`): when it is
    an item of the job's current stage and that stage has auto-advance on, staff hear of it
    as a job event marked `blockersChanged` (never sent to clients:
    `access.client_hears_of_job_event`), and re-read `pendingBlockers`."""
    if job_id is None or item_stage_id is None:
        return
    job = await Job.filter(id=job_id, deleted_at__isnull=True).first()
    if job is None or job.stage_id != item_stage_id:
        return
    if not await Stage.filter(id=job.stage_id, auto_advance=True).exists():
        return
    await record_blockers_event(job)


async def record_blockers_event(job: Job) -> None:
    """The staff-only job event that says the job's `pendingBlockers` changed."""
    await record_job_status_event(job, "AUTOMATION", blockers_changed=True)
