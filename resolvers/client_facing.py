"""A job's client-facing section: the one place it changes, is recorded, and is announced.

Every path (job card, bulk edit, status replacement, stage automation, job template) ends in
`apply_to_jobs`; a single edit is a batch of one (`change_client_facing`). It writes the
history rows and the job status events in the caller's transaction with a bounded number of
statements: the changed jobs are grouped by the values the change writes (at most a few
groups), each group is one UPDATE per chunk of ids, and the history rows and events are one
binary COPY each on PostgreSQL once there are many (`eventstore.bulk_sql.copy_rows`). A
10,000-job edit is under a dozen statements.

Archive, unarchive and delete call `record_job_status_event` alone: the stored settings
stay as they were, but the job leaves or re-enters the portal.

The jobs are `Job` instances or plain `JobRow`s: building 10,000 model instances costs more
than the rest of the Python work of a bulk edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from tortoise.queryset import QuerySet

from eventstore.audit import auditing, note_many
from eventstore.bulk_sql import SimilarJson, copy_rows, in_slices, meanwhile, update_ids
from eventstore.payloads import JobEventPayload, PortalItem
from eventstore.store import Recorded, record_events
from models import ClientFacingStatus, ClientStatusChange, Job
from resolvers.access import client_hears_of_job_event, status_in_firm
from resolvers.errors import BadInput
from resolvers.inbox import JobStatusNotice, notify_portal_users_of_jobs

UNSET: Any = object()
SOURCES = frozenset({"MANUAL", "BULK", "AUTOMATION", "TEMPLATE"})


@dataclass(slots=True)
class JobRow:
    """A job's columns that the rules below read and write, as a plain object: bulk edits
    load thousands of these instead of Tortoise `Job` instances, which cost more to build
    than the rest of the edit; lists of jobs read them too (`resolvers.jobs.list_jobs`).
    Every rule takes either (`JobFields`)."""

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
    pipeline_id: int
    stage_id: int


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


def portal_item(job: JobFields, status: ClientFacingStatus | None) -> PortalItem | None:
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


HISTORY_COLUMNS = ("job_id", "at", "actor_id", "source", "before", "after")


async def job_rows(jobs: QuerySet[Job]) -> list[JobRow]:
    """The jobs of a queryset as `JobRow`s, in one statement."""
    return [JobRow(*row) for row in await jobs.values_list(*JOB_ROW_FIELDS)]


def job_event_payload(
    job: JobFields, status: ClientFacingStatus | None, source: str, *, blockers_changed: bool
) -> JobEventPayload:
    """THE payload of a job status event (topic "job")."""
    item = portal_item(job, status)
    payload: JobEventPayload = {
        "jobId": str(job.id),
        "clientAccountId": str(job.client_account_id),
        "visible": item is not None,
        "item": item,
        "source": source,
    }
    if blockers_changed:
        payload["blockersChanged"] = True
    return payload


async def record_job_status_events(
    jobs: Sequence[tuple[JobFields, ClientFacingStatus | None, bool]],
    source: str,
    *,
    blockers_changed: bool = False,
) -> list[Recorded]:
    """Record one job status event per (job, its status, whether it was in the portal before
    the change); the client hears of it by `access.client_hears_of_job_event`.
    `blockers_changed`: the job's client-facing state did not change but its
    `pendingBlockers` may have; such an event is for staff only."""
    if not jobs:
        return []

    def row(entry: tuple[JobFields, ClientFacingStatus | None, bool]) -> dict[str, Any]:
        job, status, was_in_portal = entry
        return {
            "firm_id": job.firm_id,
            "client_account_id": job.client_account_id,
            "job_id": job.id,
            "client_visible": client_hears_of_job_event(
                was_in_portal=was_in_portal,
                is_in_portal=in_portal(job),
                blockers_changed=blockers_changed,
            ),
            "payload": job_event_payload(job, status, source, blockers_changed=blockers_changed),
        }

    return await record_events(topic="job", rows=await in_slices(jobs, row))


async def record_job_status_event(
    job: Job, source: str, *, was_in_portal: bool | None = None, blockers_changed: bool = False
) -> Recorded:
    """A job's status event alone, without a change of its stored client-facing settings:
    it left or re-entered the portal (archive, unarchive, delete: `was_in_portal` says
    whether it was there before), or only its blockers changed (`blockers_changed`)."""
    status = await ClientFacingStatus.get_or_none(id=job.cf_status_id) if job.cf_status_id else None
    was = in_portal(job) if was_in_portal is None else was_in_portal
    (recorded,) = await record_job_status_events(
        [(job, status, was)], source, blockers_changed=blockers_changed
    )
    return recorded


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


async def apply_to_jobs(
    jobs: Sequence[JobFields],
    *,
    actor_staff_id: int | None,
    source: str,
    visible: bool | None = UNSET,
    job_name: str | None = UNSET,
    status_id: int | None = UNSET,
    description: str | None = UNSET,
    at: datetime | None = None,
) -> list[JobFields]:
    """Apply one change to every job (inside `atomic()`); all or nothing.

    See `set_client_facing_fields` for the rules. Raises BAD_INPUT before writing anything
    when the change is invalid for any job (e.g. showing a job that has no status, or a
    status that is not one of the jobs' firm). Returns the jobs whose state changed; a job
    whose state stays the same gets no history entry and no event.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown change source {source!r}")
    if not jobs:
        return []
    firm_ids = {job.firm_id for job in jobs}
    if len(firm_ids) != 1:
        raise ValueError("one change applies to the jobs of one firm")
    (firm_id,) = firm_ids
    new_status: ClientFacingStatus | None = None
    if status_id is not UNSET and status_id is not None:
        new_status = await status_in_firm(firm_id, status_id)
    wanted = {job.cf_status_id for job in jobs} - {None}
    statuses = {s.id: s for s in await ClientFacingStatus.filter(id__in=sorted(wanted))}
    if new_status is not None:
        statuses[new_status.id] = new_status

    now = at or datetime.now(UTC)
    changed: list[tuple[JobFields, dict[str, Any], dict[str, Any], bool]] = []
    groups: dict[tuple[tuple[str, Any], ...], list[int]] = defaultdict(list)
    for job in jobs:
        before = state_of(job, statuses.get(job.cf_status_id))  # type: ignore[arg-type]
        was_in_portal = in_portal(job)
        touched = set_client_facing_fields(
            job,
            new_status,
            visible=visible,
            job_name=job_name,
            status_id=status_id,
            description=description,
        )
        # Stamped before comparing (same_state ignores when): one state_of call, not two.
        set_at, job.cf_updated_at = job.cf_updated_at, now
        after = state_of(job, statuses.get(job.cf_status_id))  # type: ignore[arg-type]
        if same_state(before, after):
            job.cf_updated_at = set_at
            continue
        changed.append((job, before, after, was_in_portal))
        key = tuple(sorted((field, getattr(job, field)) for field in touched))
        groups[key].append(job.id)

    if auditing():
        note_many("Job", (_audited_change(job.id, b, a) for job, b, a, _ in changed))

    async def update() -> None:
        for key, ids in groups.items():
            await update_ids(Job, ids, {**dict(key), "cf_updated_at": now})

    # Each statement's rows are prepared while the database works on the one before.
    encode = SimilarJson("jobName")  # the states of one change differ mostly in the name
    async with meanwhile(update()):
        history = await in_slices(
            changed,
            lambda change: (
                change[0].id,
                now,
                actor_staff_id,
                source,
                encode(change[1]),
                encode(change[2]),
            ),
        )
    async with meanwhile(
        copy_rows(ClientStatusChange, HISTORY_COLUMNS, history, json_columns=("before", "after"))
    ):
        await record_job_status_events(
            [
                (job, statuses.get(job.cf_status_id), was)  # type: ignore[arg-type]
                for job, _, _, was in changed
            ],
            source,
        )
    await notify_clients_of_status(
        [(job, statuses.get(job.cf_status_id)) for job, _, _, _ in changed]  # type: ignore[arg-type]
    )
    return [job for job, _, _, _ in changed]


# What the audit log shows of a client-facing change: the state's fields, less when it was set.
AUDITED_STATE = ("visible", "jobName", "statusId", "statusName", "description")


def _audited_change(
    job_id: int, before: dict[str, Any], after: dict[str, Any]
) -> tuple[int, dict[str, Any], dict[str, Any]]:
    keys = [key for key in AUDITED_STATE if before[key] != after[key]]
    return job_id, {key: before[key] for key in keys}, {key: after[key] for key in keys}


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
    """Apply a change to one job's client-facing section (inside `atomic()`): a batch of
    one. Returns False (and records nothing) when nothing changed."""
    changed = await apply_to_jobs(
        [job],
        actor_staff_id=actor_staff_id,
        source=source,
        visible=visible,
        job_name=job_name,
        status_id=status_id,
        description=description,
        at=at,
    )
    return bool(changed)
