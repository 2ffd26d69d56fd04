"""The client portal's Work in progress, and the staff's read-only preview of it.

Exactly the visible, non-archived, non-deleted jobs (with a status) of one client account:
client job name, status name, description, and when it last changed. Nothing internal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models import Job
from resolvers.access import previewable_account, require_client
from resolvers.client_facing import client_job_name
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
