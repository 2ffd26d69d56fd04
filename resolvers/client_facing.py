"""A job's client-facing section: the one place it changes, is recorded, and is announced.

Every path (job card, bulk edit, stage automation, job template) ends in
`change_client_facing`, which writes the history entry and the job status event in the
caller's transaction. Archive, unarchive and delete call `record_job_status_event` alone:
the stored settings stay as they were, but the job leaves or re-enters the portal.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from models import ClientFacingStatus, ClientStatusChange, Job
from resolvers.bulk_sql import in_slices
from resolvers.errors import BadInput
from resolvers.inbox import JobStatusNotice, notify_portal_users_of_jobs
from subscriptions.events import record_event
from subscriptions.events_batch import record_events

UNSET: Any = object()
SOURCES = frozenset({"MANUAL", "BULK", "AUTOMATION", "TEMPLATE"})


@dataclass(slots=True)
class JobRow:
    """A job's columns that the rules below read and write, as a plain object: bulk edits
    load thousands of these instead of Tortoise `Job` instances, which cost more to build
    than the rest of the edit. Every rule takes either (`JobFields`)."""

    id: int
    name: str
    firm_id: int
    client_account_id: int
    archived: bool
    deleted_at: datetime | None
    created_at: datetime
    cf_visible: bool
    cf_job_name: str | None
    cf_status_id: int | None
    cf_description: str | None
    cf_updated_at: datetime | None


JOB_ROW_FIELDS = tuple(field.name for field in fields(JobRow))
JobFields = Job | JobRow


def client_job_name(job: JobFields) -> str:
    """The client job name follows the job's own name until someone edits it."""
    return job.cf_job_name or job.name


def state_of(job: JobFields, status: ClientFacingStatus | None) -> dict[str, Any]:
    """The stored form of a client-facing state (history before/after)."""
    return {
        "visible": job.cf_visible,
        "jobName": client_job_name(job),
        "statusId": job.cf_status_id,
        "statusName": status.name if status else None,
        "statusDescription": status.description if status else None,
        "statusPosition": status.position if status else None,
        "description": job.cf_description,
        "updatedAt": job.cf_updated_at.isoformat() if job.cf_updated_at else None,
    }


def in_portal(job: JobFields) -> bool:
    """Whether the client sees this job in Work in progress right now."""
    return bool(job.cf_visible and job.cf_status_id and not job.archived and job.deleted_at is None)


def portal_item(job: JobFields, status: ClientFacingStatus | None) -> dict[str, Any] | None:
    """What the client's Work in progress shows of the job (None when it is not there)."""
    if not in_portal(job) or status is None:
        return None
    return {
        "jobId": str(job.id),
        "jobName": client_job_name(job),
        "status": status.name,
        "description": job.cf_description,
        "updatedAt": (job.cf_updated_at or job.created_at).isoformat(),
    }


async def _status(status_id: int | None) -> ClientFacingStatus | None:
    return await ClientFacingStatus.get_or_none(id=status_id) if status_id else None


async def record_job_status_event(
    job: Job,
    source: str,
    status: ClientFacingStatus | None = UNSET,
    *,
    blockers_changed: bool = False,
) -> None:
    """The one point job status events are produced (topic "job"). `blockers_changed`: the
    job's client-facing state did not change but its `pendingBlockers` may have; such an
    event is for staff only (`subscriptions.events` never lets it reach a client)."""
    if status is UNSET:
        status = await _status(job.cf_status_id)
    item = portal_item(job, status)
    payload: dict[str, Any] = {
        "jobId": str(job.id),
        "clientAccountId": str(job.client_account_id),
        "visible": item is not None,
        "item": item,
        "source": source,
    }
    if blockers_changed:
        payload["blockersChanged"] = True
    await record_event(
        topic="job",
        firm_id=job.firm_id,
        client_account_id=job.client_account_id,
        job_id=job.id,
        payload=payload,
    )


async def record_job_status_events(
    jobs: list[tuple[JobFields, ClientFacingStatus | None]], source: str
) -> None:
    """The batch form of `record_job_status_event` (bulk edits): the same events, stored with
    one multi-row insert and published after commit."""
    if not jobs:
        return

    def row(pair: tuple[JobFields, ClientFacingStatus | None]) -> dict[str, Any]:
        job, status = pair
        item = portal_item(job, status)
        return {
            "firm_id": job.firm_id,
            "client_account_id": job.client_account_id,
            "job_id": job.id,
            "payload": {
                "jobId": str(job.id),
                "clientAccountId": str(job.client_account_id),
                "visible": item is not None,
                "item": item,
                "source": source,
            },
        }

    await record_events(topic="job", rows=await in_slices(jobs, row))


async def notify_clients_of_status(
    jobs: list[tuple[JobFields, ClientFacingStatus | None]],
) -> None:
    """JOB_STATUS_CHANGED in the portal users' own inboxes for each changed job the client
    now sees in Work in progress (a job hidden, archived or without a status tells the
    client nothing). Set-based: one call for a whole bulk edit."""
    await notify_portal_users_of_jobs(
        [
            JobStatusNotice(
                job_id=job.id,
                firm_id=job.firm_id,
                client_account_id=job.client_account_id,
                summary=f"{client_job_name(job)}: {status.name}",
            )
            for job, status in jobs
            if status is not None and in_portal(job)
        ]
    )


def set_client_facing_fields(
    job: JobFields,
    new_status: ClientFacingStatus | None,
    *,
    visible: bool | None = UNSET,
    job_name: str | None = UNSET,
    status_id: int | None = UNSET,
    description: str | None = UNSET,
) -> set[str]:
    """Write a change into the job's cf_* fields in memory; return the fields it touched.

    The rules of one change, shared by single and bulk edits: a new status brings its
    template's description unless a description is given; showing a job that has no status
    is refused (BAD_INPUT). `new_status` is the status `status_id` names (when given).
    """
    touched: set[str] = set()
    if status_id is not UNSET and status_id != job.cf_status_id:
        job.cf_status_id = status_id
        touched.add("cf_status_id")
        if description is UNSET:
            description = new_status.description if new_status else None
    if description is not UNSET:
        job.cf_description = description
        touched.add("cf_description")
    if job_name is not UNSET:
        job.cf_job_name = job_name or None
        touched.add("cf_job_name")
    if visible is not UNSET and visible is not None:
        job.cf_visible = visible
        touched.add("cf_visible")
    if job.cf_visible and job.cf_status_id is None:
        raise BadInput(f"job {job.id} has no client-facing status to show; choose a status")
    return touched


def same_state(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether two stored states are the same apart from when they were set."""
    return {**before, "updatedAt": None} == {**after, "updatedAt": None}


async def change_client_facing(
    job: Job,
    *,
    actor_staff_id: int | None,
    source: str,
    visible: bool | None = UNSET,
    job_name: str | None = UNSET,
    status_id: int | None = UNSET,
    description: str | None = UNSET,
    at: datetime | None = None,
) -> bool:
    """Apply a change to one job's client-facing section (inside `atomic()`).

    See `set_client_facing_fields` for the rules. Returns False (and records nothing) when
    nothing changed. Bulk edits use `client_facing_batch.apply_to_jobs`, which writes the
    same history rows and events in a bounded number of statements.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown change source {source!r}")
    old_status = await _status(job.cf_status_id)
    before = state_of(job, old_status)
    new_status = old_status
    if status_id is not UNSET and status_id != job.cf_status_id:
        new_status = await _status(status_id)
        if status_id is not None and (new_status is None or new_status.firm_id != job.firm_id):
            raise BadInput(f"client-facing status {status_id} does not exist")
    set_client_facing_fields(
        job,
        new_status,
        visible=visible,
        job_name=job_name,
        status_id=status_id,
        description=description,
    )
    if same_state(before, state_of(job, new_status)):
        return False
    job.cf_updated_at = at or datetime.now(UTC)
    after = state_of(job, new_status)
    await job.save(
        update_fields=[
            "cf_visible",
            "cf_job_name",
            "cf_status_id",
            "cf_description",
            "cf_updated_at",
        ]
    )
    await ClientStatusChange.create(
        job_id=job.id,
        at=job.cf_updated_at,
        actor_id=actor_staff_id,
        source=source,
        before=before,
        after=after,
    )
    await record_job_status_event(job, source, new_status)
    await notify_clients_of_status([(job, new_status)])
    return True
