"""One client-facing change applied to many jobs at once (bulk edit, status replacement).

The same rules, history rows and job status events as `change_client_facing`, but written
with a bounded number of statements: the changed jobs are grouped by the values the change
writes (at most a few groups), each group is one UPDATE per chunk of ids, and the history
rows and events are one binary COPY each (`bulk_sql.copy_rows`). A 10,000-job edit is under
a dozen statements on PostgreSQL.

The jobs are plain `client_facing.JobRow`s, not Tortoise `Job` instances: building 10,000
model instances costs more than the rest of the Python work of the edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise.queryset import QuerySet

from models import ClientFacingStatus, ClientStatusChange, Job
from resolvers.bulk_sql import SimilarJson, copy_rows, in_slices, meanwhile, update_ids
from resolvers.client_facing import (
    JOB_ROW_FIELDS,
    SOURCES,
    UNSET,
    JobFields,
    JobRow,
    notify_clients_of_status,
    record_job_status_events,
    same_state,
    set_client_facing_fields,
    state_of,
)
from resolvers.errors import BadInput

HISTORY_COLUMNS = ("job_id", "at", "actor_id", "source", "before", "after")


async def job_rows(jobs: QuerySet[Job]) -> list[JobRow]:
    """The jobs of a queryset as `JobRow`s, in one statement."""
    return [JobRow(*row) for row in await jobs.values_list(*JOB_ROW_FIELDS)]


async def apply_to_jobs(
    jobs: Sequence[JobFields],
    *,
    actor_staff_id: int | None,
    source: str,
    visible: bool | None = UNSET,
    job_name: str | None = UNSET,
    status_id: int | None = UNSET,
    description: str | None = UNSET,
) -> list[JobFields]:
    """Apply one change to every job (inside `atomic()`); all or nothing.

    Raises BAD_INPUT before writing anything when the change is invalid for any job (e.g.
    showing a job that has no status). Returns the jobs whose state changed.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown change source {source!r}")
    if not jobs:
        return []
    firm_ids = {job.firm_id for job in jobs}
    statuses = {s.id: s for s in await ClientFacingStatus.filter(firm_id__in=list(firm_ids))}
    new_status: ClientFacingStatus | None = None
    if status_id is not UNSET and status_id is not None:
        new_status = statuses.get(status_id)
        if new_status is None or {new_status.firm_id} != firm_ids:
            raise BadInput(f"client-facing status {status_id} does not exist")

    now = datetime.now(UTC)
    changed: list[tuple[JobFields, dict[str, Any], dict[str, Any]]] = []
    groups: dict[tuple[tuple[str, Any], ...], list[int]] = defaultdict(list)
    for job in jobs:
        before = state_of(job, statuses.get(job.cf_status_id))
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
        after = state_of(job, statuses.get(job.cf_status_id))
        if same_state(before, after):
            job.cf_updated_at = set_at
            continue
        changed.append((job, before, after))
        key = tuple(sorted((field, getattr(job, field)) for field in touched))
        groups[key].append(job.id)

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
        shown = [(job, statuses.get(job.cf_status_id)) for job, _, _ in changed]
        await record_job_status_events(shown, source)
    await notify_clients_of_status(shown)
    return [job for job, _, _ in changed]
