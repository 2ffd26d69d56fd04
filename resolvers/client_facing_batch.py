"""One client-facing change applied to many jobs at once (bulk edit, status replacement).

The same rules, history rows and job status events as `change_client_facing`, but written
with a bounded number of statements: the changed jobs are grouped by the values the change
writes (at most a few groups), each group is one UPDATE per chunk of ids, and the history
rows and events are set-based inserts (`bulk_sql`). A 10,000-job edit is about a dozen
statements on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from models import ClientFacingStatus, ClientStatusChange, Job
from resolvers.bulk_sql import insert_rows, update_ids
from resolvers.client_facing import (
    SOURCES,
    UNSET,
    record_job_status_events,
    same_state,
    set_client_facing_fields,
    state_of,
)
from resolvers.errors import BadInput

HISTORY_COLUMNS = {
    "job_id": "int",
    "at": "timestamptz",
    "actor_id": "int",
    "source": "text",
    "before": "jsonb",
    "after": "jsonb",
}


async def apply_to_jobs(
    jobs: list[Job],
    *,
    actor_staff_id: int | None,
    source: str,
    visible: bool | None = UNSET,
    job_name: str | None = UNSET,
    status_id: int | None = UNSET,
    description: str | None = UNSET,
) -> list[Job]:
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
    changed: list[tuple[Job, dict[str, Any], dict[str, Any]]] = []
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
        if same_state(before, state_of(job, statuses.get(job.cf_status_id))):
            continue
        job.cf_updated_at = now
        after = state_of(job, statuses.get(job.cf_status_id))
        changed.append((job, before, after))
        key = tuple(sorted((field, getattr(job, field)) for field in touched))
        groups[key].append(job.id)

    for key, ids in groups.items():
        await update_ids(Job, ids, {**dict(key), "cf_updated_at": now})
    await insert_rows(
        ClientStatusChange,
        [
            {
                "job_id": job.id,
                "at": now,
                "actor_id": actor_staff_id,
                "source": source,
                "before": before,
                "after": after,
            }
            for job, before, after in changed
        ],
        HISTORY_COLUMNS,
    )
    await record_job_status_events(
        [(job, statuses.get(job.cf_status_id)) for job, _, _ in changed], source
    )
    return [job for job, _, _ in changed]
