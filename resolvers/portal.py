"""The client portal: Work in progress, the whole portal view and the client's to-do list,
and the staff's read-only preview of them.

Work in progress is exactly the visible, non-archived, non-deleted jobs (with a status) of
one client account: client job name, status name, description, and when it last changed.
Nothing internal. The portal view reads threads and requests through the very `readable_*`
queries a portal user's own reads use (`portal_user_view`), so a staff preview is exactly
what the account's portal users see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models import ChatThread, ClientAccount, ClientRequest, ClientTask, Job
from resolvers.access import (
    previewable_account,
    readable_requests,
    readable_tasks,
    require_client,
    require_staff_or_client,
)
from resolvers.client_facing import client_job_name
from resolvers.errors import BadInput
from resolvers.requests import WAITING, list_requests
from resolvers.tasks import list_threads
from resolvers.validate import parse_id
from resolvers.viewer import Viewer


@dataclass(frozen=True)
class WorkItem:
    job_id: int
    job_name: str
    status: str
    description: str | None
    updated_at: datetime


async def work_in_progress_of(client_account_id: int) -> list[WorkItem]:
    """What the account's portal users see, most recently changed first."""
    jobs = (
        await Job.filter(
            client_account_id=client_account_id,
            cf_visible=True,
            cf_status_id__isnull=False,
            archived=False,
            deleted_at__isnull=True,
        )
        .select_related("cf_status")
        .order_by("-cf_updated_at", "-id")
    )
    return [
        WorkItem(
            job_id=job.id,
            job_name=client_job_name(job),
            status=job.cf_status.name if job.cf_status else "",
            description=job.cf_description,
            updated_at=job.cf_updated_at or job.created_at,
        )
        for job in jobs
    ]


async def work_in_progress(*, viewer: Viewer) -> list[WorkItem]:
    """A portal user's own Work in progress (staff use `portal_preview`)."""
    require_client(viewer)
    return await work_in_progress_of(viewer.client_account_id or 0)


async def portal_preview(*, viewer: Viewer, client_account_id: object) -> list[WorkItem]:
    """The Work in progress exactly as the account's client sees it, read-only."""
    account = await previewable_account(viewer, parse_id(client_account_id, "client account id"))
    return await work_in_progress_of(account.id)


# ---------------------------------------------------------------- the whole portal, and to-do


@dataclass(frozen=True)
class Todo:
    """One open thing the client has to do: a task of its threads, or a waiting request."""

    kind: str  # TASK / REQUEST
    since: datetime
    id: int
    task: ClientTask | None = None
    thread: ChatThread | None = None
    request: ClientRequest | None = None


@dataclass(frozen=True)
class PortalContents:
    work_in_progress: list[WorkItem]
    threads: list[ChatThread]
    requests: list[ClientRequest]
    todo: list[Todo]


def portal_user_view(account: ClientAccount) -> Viewer:
    """What every portal user of the account may read, as a viewer: the staff preview
    reads through the very queries the portal users' own reads use."""
    return Viewer(
        kind="client",
        firm_id=account.firm_id,
        role="CLIENT",
        client_account_id=account.id,
        name=account.name,
    )


async def todo_of(client: Viewer) -> list[Todo]:
    """The open tasks of the account's threads (since the task was created) and its PORTAL
    requests PENDING or IN_PROGRESS (since they were sent); oldest first, ties by kind
    then id. Two statements, whatever the size."""
    tasks = (
        await readable_tasks(client)
        .filter(completed=False)
        .select_related("thread")
        .order_by("created_at", "id")
    )
    requests = await readable_requests(client).filter(status__in=WAITING).order_by("sent_at", "id")
    items = [Todo("TASK", t.created_at, t.id, task=t, thread=t.thread) for t in tasks] + [
        Todo("REQUEST", r.sent_at or r.created_at, r.id, request=r) for r in requests
    ]
    return sorted(items, key=lambda item: (item.since, item.id, item.kind))


async def client_todo(*, viewer: Viewer) -> list[Todo]:
    """A portal user's own to-do list (FORBIDDEN for staff and third parties)."""
    require_client(viewer)
    return await todo_of(viewer)


async def portal_view(*, viewer: Viewer, client_account_id: object | None) -> PortalContents:
    """Everything the account's portal users see: a portal user passes no id (its own
    account); staff pass an account they may preview (NOT_FOUND otherwise, BAD_INPUT when
    left out)."""
    require_staff_or_client(viewer)
    if viewer.is_client and client_account_id is None:
        account = await ClientAccount.get(id=viewer.client_account_id)
    elif client_account_id is None:
        raise BadInput("staff name the client account to preview: clientAccountId")
    else:
        account = await previewable_account(viewer, parse_id(client_account_id, "clientAccountId"))
    client = portal_user_view(account)
    return PortalContents(
        work_in_progress=await work_in_progress_of(account.id),
        threads=await list_threads(viewer=client),
        requests=await list_requests(viewer=client),
        todo=await todo_of(client),
    )
