"""Jobs: create, assign, move, archive, delete, their client-facing section, and the staff
views (list with filter and cursor pagination, one job, kanban, a client account's jobs).

Every change runs in one `atomic()` block: access → validation → change → history and
events (through `client_facing` and `automation`, the one place each happens).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from eventstore.audit import note
from models import ClientStatusChange, Job, JobAssignee, Pipeline, StaffMember, Stage
from resolvers.access import (
    among_ids,
    can_create_job,
    get_readable,
    readable_job_templates,
    readable_jobs,
    readable_pipelines,
    readable_stages,
    require_staff,
    status_in_firm,
)
from resolvers.automation import enter_stage, start_in_stage
from resolvers.client_facing import (
    UNSET,
    JobRow,
    apply_to_jobs,
    change_client_facing,
    in_portal,
    job_rows,
    record_job_status_event,
)
from resolvers.errors import BadInput, NotFound
from resolvers.prepared import read_rows
from resolvers.rows import AccountRow, StageRow, StatusRow, columns, width
from resolvers.uow import atomic
from resolvers.validate import check_name, check_page_size, check_text, parse_id, parse_ids
from resolvers.viewer import Viewer


@dataclass(frozen=True)
class ClientFacingChange:
    """Fields of a client-facing edit; UNSET leaves a field as it is. `job_name` "" or None
    makes the client job name follow the job's name again; `status_id` None clears it."""

    visible: Any = UNSET
    job_name: Any = UNSET
    status_id: Any = UNSET
    description: Any = UNSET

    def checked(self) -> dict[str, Any]:
        """The validated keyword arguments for `change_client_facing` (BAD_INPUT if bad)."""
        out: dict[str, Any] = {}
        if self.visible is not UNSET and self.visible is not None:
            out["visible"] = bool(self.visible)
        if self.job_name is not UNSET:
            out["job_name"] = (
                check_name(self.job_name, "client job name", allow_empty=True) or None
                if self.job_name is not None
                else None
            )
        if self.status_id is not UNSET:
            out["status_id"] = (
                parse_id(self.status_id, "status id") if self.status_id is not None else None
            )
        if self.description is not UNSET:
            out["description"] = check_text(self.description, "description")
        return out


@dataclass(frozen=True)
class JobFilter:
    pipeline_id: object | None = None
    stage_id: object | None = None
    client_account_id: object | None = None
    client_facing_status_id: object | None = None
    client_facing_visible: bool | None = None
    include_archived: bool = False
    search: str | None = None


@dataclass(slots=True)
class ListedJob:
    """A job of a list with what its cards show, read joined to it in the same statement."""

    job: JobRow
    stage: StageRow
    account: AccountRow
    status: StatusRow | None


_LISTED = (
    (JobRow, ""),
    (StageRow, "stage__"),
    (AccountRow, "client_account__"),
    (StatusRow, "cf_status__"),
)
_LISTED_PATHS = [path for row_class, prefix in _LISTED for path in columns(row_class, prefix)]
# Where each row class ends in a read row: job | stage | account | status.
_ENDS = tuple(sum(width(row_class) for row_class, _prefix in _LISTED[: i + 1]) for i in range(3))


async def listed_jobs(
    shape: Hashable | None, build: Callable[..., QuerySet[Job]], **values: int
) -> list[ListedJob]:
    """The jobs of `build(**values)` as plain rows with their stage, account and status
    (one statement; `resolvers.prepared.read_rows` says what `shape` is)."""
    rows = await read_rows(shape, Job, _LISTED_PATHS, build, **values)
    ends = _ENDS
    return [
        ListedJob(
            JobRow(*row[: ends[0]]),
            StageRow(*row[ends[0] : ends[1]]),
            AccountRow(*row[ends[1] : ends[2]]),
            None if row[ends[2]] is None else StatusRow(*row[ends[2] :]),
        )
        for row in rows
    ]


@dataclass
class JobPage:
    jobs: list[ListedJob]
    cursors: list[str]
    has_next_page: bool
    # The filter's total, counted only when a caller asks (one statement fewer otherwise).
    total_count: Callable[[], Awaitable[int]]
    end_cursor: str | None = field(default=None)


# ---------------------------------------------------------------- reading


def job_cursor(job_id: int) -> str:
    return base64.urlsafe_b64encode(f"job:{job_id}".encode()).decode()


def _cursor_id(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadInput("after is not a cursor of this list") from exc
    kind, _, value = text.partition(":")
    if kind != "job" or not value.isdigit():
        raise BadInput("after is not a cursor of this list")
    return int(value)


def filtered_jobs(viewer: Viewer, job_filter: JobFilter | None) -> QuerySet[Job]:
    """The readable jobs matching the filter. The status filter matches visible and hidden
    jobs alike; archived jobs only with `include_archived`; deleted jobs never."""
    f = job_filter or JobFilter()
    return _filtered(viewer, f, _filter_ids(f))


def _filter_ids(f: JobFilter) -> dict[str, int]:
    """The filter's ids, checked (BAD_INPUT), by the column each one filters."""
    ids: dict[str, int] = {}
    if f.pipeline_id is not None:
        ids["pipeline_id"] = parse_id(f.pipeline_id, "pipeline id")
    if f.stage_id is not None:
        ids["stage_id"] = parse_id(f.stage_id, "stage id")
    if f.client_account_id is not None:
        ids["client_account_id"] = parse_id(f.client_account_id, "client account id")
    if f.client_facing_status_id is not None:
        ids["cf_status_id"] = parse_id(f.client_facing_status_id, "status id")
    return ids


def _filtered(viewer: Viewer, f: JobFilter, ids: dict[str, int]) -> QuerySet[Job]:
    jobs = readable_jobs(viewer)
    if not f.include_archived:
        jobs = jobs.filter(archived=False)
    if ids:
        jobs = jobs.filter(**ids)
    if f.client_facing_visible is not None:
        jobs = jobs.filter(cf_visible=f.client_facing_visible)
    if f.search and f.search.strip():
        text = check_name(f.search, "search")
        jobs = jobs.filter(Q(name__icontains=text) | Q(cf_job_name__icontains=text))
    return jobs


async def list_jobs(
    *,
    viewer: Viewer,
    job_filter: JobFilter | None = None,
    first: int = 50,
    after: str | None = None,
) -> JobPage:
    """One page of jobs in a stable order (by id), with the filter's total count."""
    require_staff(viewer)
    check_page_size(first)
    f = job_filter or JobFilter()
    ids = _filter_ids(f)

    async def total() -> int:
        return await _filtered(viewer, f, ids).count()

    def page(**values: int) -> QuerySet[Job]:
        after_id = values.pop("after", None)
        jobs = _filtered(viewer, f, values)
        if after_id is not None:
            jobs = jobs.filter(id__gt=after_id)
        return jobs.order_by("id").limit(first + 1)

    values = dict(ids)
    if after:
        values["after"] = _cursor_id(after)
    searching = bool(f.search and f.search.strip())
    shape = ("jobs.page", viewer, f.include_archived, f.client_facing_visible, first, *values)
    rows = await listed_jobs(None if searching else shape, page, **values)
    has_next = len(rows) > first
    rows = rows[:first]
    cursors = [job_cursor(listed.job.id) for listed in rows]
    return JobPage(
        jobs=rows,
        cursors=cursors,
        has_next_page=has_next,
        total_count=total,
        end_cursor=cursors[-1] if cursors else None,
    )


async def get_job(*, viewer: Viewer, job_id: object) -> Job | None:
    """A job the viewer may read (archived included, deleted never), else None."""
    jid = parse_id(job_id, "job id")
    return await readable_jobs(viewer).filter(id=jid).first()


async def list_account_jobs(
    *, viewer: Viewer, client_account_id: int, include_archived: bool = False
) -> list[Job]:
    """`ClientAccount.jobs`: the account's jobs the viewer may read (staff only)."""
    jobs = readable_jobs(viewer).filter(client_account_id=client_account_id)
    if not include_archived:
        jobs = jobs.filter(archived=False)
    return await jobs.order_by("id")


async def history_of_jobs(job_ids: list[int]) -> dict[int, list[ClientStatusChange]]:
    """Each job's client-facing history, newest first (for a DataLoader)."""
    result: dict[int, list[ClientStatusChange]] = {job_id: [] for job_id in job_ids}
    for change in await ClientStatusChange.filter(job_id__in=job_ids).order_by("-id"):
        result[change.job_id].append(change)
    return result


async def kanban(
    *, viewer: Viewer, pipeline_id: object, client_facing_status_id: object | None = None
) -> tuple[Pipeline, list[tuple[Stage, list[ListedJob]]]]:
    """The pipeline, and its stages in order, each with its non-archived readable jobs."""
    require_staff(viewer)
    pid = parse_id(pipeline_id, "pipeline id")
    pipeline = await get_readable(readable_pipelines(viewer), pid, "pipeline")
    stages = await Stage.filter(pipeline_id=pipeline.id).order_by("position", "id")
    values = {"pipeline_id": pipeline.id}
    if client_facing_status_id is not None:
        values["cf_status_id"] = parse_id(client_facing_status_id, "status id")

    def cards(**ids: int) -> QuerySet[Job]:
        return readable_jobs(viewer).filter(archived=False, **ids).order_by("id")

    by_stage: dict[int, list[ListedJob]] = {stage.id: [] for stage in stages}
    for listed in await listed_jobs(("jobs.kanban", viewer, *values), cards, **values):
        by_stage.setdefault(listed.job.stage_id, []).append(listed)
    return pipeline, [(stage, by_stage[stage.id]) for stage in stages]


# ---------------------------------------------------------------- changing


async def _staff_of_firm(viewer: Viewer, staff_ids: list[int]) -> list[int]:
    unique = list(dict.fromkeys(staff_ids))
    found = await StaffMember.filter(firm_id=viewer.firm_id, id__in=unique).count()
    if found != len(unique):
        raise BadInput("every assignee must be a staff member of the firm")
    return unique


async def _readable_job(viewer: Viewer, job_id: object) -> Job:
    return await get_readable(readable_jobs(viewer), parse_id(job_id, "job id"), "job")


async def create_job(
    *,
    viewer: Viewer,
    name: str,
    client_account_id: object,
    pipeline_id: object,
    stage_id: object | None = None,
    template_id: object | None = None,
    assignee_ids: Sequence[object] | None = None,
    client_facing: ClientFacingChange | None = None,
    apply_stage_automation: bool = True,
) -> Job:
    """A new job, hidden from the client unless a template, the starting stage's automation
    or the creator's own client-facing input shows it, applied in that order."""
    require_staff(viewer)
    name = check_name(name)
    account_id = parse_id(client_account_id, "client account id")
    pid = parse_id(pipeline_id, "pipeline id")
    sid = parse_id(stage_id, "stage id") if stage_id is not None else None
    tid = parse_id(template_id, "job template id") if template_id is not None else None
    staff_ids = parse_ids(assignee_ids, "staff id")
    manual = client_facing.checked() if client_facing else {}
    async with atomic():
        await can_create_job(viewer, account_id, staff_ids)
        pipeline = await get_readable(readable_pipelines(viewer), pid, "pipeline")
        stages = Stage.filter(pipeline_id=pipeline.id)
        stage = await (stages.filter(id=sid) if sid else stages.order_by("position")).first()
        if stage is None:
            raise BadInput(f"stage {sid} is not a stage of pipeline {pid}")
        template = (
            await get_readable(readable_job_templates(viewer), tid, "job template") if tid else None
        )
        staff_ids = await _staff_of_firm(viewer, staff_ids)
        job = await Job.create(
            firm_id=viewer.firm_id,
            client_account_id=account_id,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            name=name,
        )
        await JobAssignee.bulk_create([JobAssignee(job_id=job.id, staff_id=s) for s in staff_ids])
        note("Job", job.id, after={"assignees": sorted(staff_ids)})
        if template is not None and template.status_visible is not None:
            preset: dict[str, Any] = {"visible": template.status_visible}
            if template.status_visible:
                preset["status_id"] = template.status_id
                if template.status_description is not None:
                    preset["description"] = template.status_description
            await change_client_facing(
                job, actor_staff_id=viewer.staff_id, source="TEMPLATE", **preset
            )
        await start_in_stage(
            job, stage, actor_staff_id=viewer.staff_id, apply_automation=apply_stage_automation
        )
        if manual:
            await change_client_facing(
                job, actor_staff_id=viewer.staff_id, source="MANUAL", **manual
            )
    return job


async def set_job_assignees(*, viewer: Viewer, job_id: object, staff_ids: list[object]) -> Job:
    require_staff(viewer)
    ids = parse_ids(staff_ids, "staff id")
    async with atomic():
        job = await _readable_job(viewer, job_id)
        ids = await _staff_of_firm(viewer, ids)
        old = set(await JobAssignee.filter(job_id=job.id).values_list("staff_id", flat=True))
        await JobAssignee.filter(job_id=job.id).exclude(staff_id__in=ids).delete()
        await JobAssignee.bulk_create(
            [JobAssignee(job_id=job.id, staff_id=s) for s in ids if s not in old]
        )
        if old != set(ids):
            note("Job", job.id, before={"assignees": sorted(old)}, after={"assignees": sorted(ids)})
    return job


async def move_job(
    *,
    viewer: Viewer,
    job_id: object,
    stage_id: object,
    apply_automation: bool = True,
    visible_override: bool | None = None,
) -> Job:
    """Move a job by hand; the target stage's automation fires on entry (see `enter_stage`)."""
    require_staff(viewer)
    sid = parse_id(stage_id, "stage id")
    async with atomic():
        job = await _readable_job(viewer, job_id)
        stage = await get_readable(readable_stages(viewer), sid, "stage")
        await enter_stage(
            job,
            stage,
            actor_staff_id=viewer.staff_id,
            apply_automation=apply_automation,
            visible_override=visible_override,
        )
    return job


async def update_job(*, viewer: Viewer, job_id: object, name: str) -> Job:
    """Rename a job (1..200 characters after trimming, else BAD_INPUT). A job whose client
    job name was never set shows its own name to the client, so the rename reaches the
    portal: a job status event carries the new name (live, like any client-facing change).
    The stored client-facing settings do not change, so the history gets no entry."""
    require_staff(viewer)
    new_name = check_name(name)
    async with atomic():
        job = await _readable_job(viewer, job_id)
        if job.name == new_name:
            return job
        job.name = new_name
        await job.save(update_fields=["name"])
        if job.cf_job_name is None:
            await record_job_status_event(job, "MANUAL")
    return job


async def update_job_client_facing(
    *, viewer: Viewer, job_id: object, change: ClientFacingChange
) -> Job:
    """Set a job's client-facing section from its job card."""
    require_staff(viewer)
    changes = change.checked()
    async with atomic():
        job = await _readable_job(viewer, job_id)
        await change_client_facing(job, actor_staff_id=viewer.staff_id, source="MANUAL", **changes)
    return job


async def bulk_update_client_facing(
    *, viewer: Viewer, job_ids: list[object], show: bool, change: ClientFacingChange
) -> tuple[int, list[int]]:
    """The same visibility (and name, status, description) on many jobs, all or nothing.

    Every id must be a job the viewer may change (NOT_FOUND otherwise, nothing changes).
    Returns how many jobs changed and the ids of the selected jobs in the order given (the
    caller loads the jobs only if it needs them: 10,000 model instances are not free).
    """
    require_staff(viewer)
    if not job_ids:
        raise BadInput("select at least one job")
    ids = list(dict.fromkeys(parse_ids(job_ids, "job id")))
    changes = ClientFacingChange(
        visible=show,
        job_name=change.job_name,
        status_id=change.status_id,
        description=change.description,
    ).checked()
    async with atomic():
        jobs = await job_rows(among_ids(readable_jobs(viewer), ids))
        if len(jobs) != len(ids):
            missing = sorted(set(ids) - {job.id for job in jobs})[:5]
            raise NotFound(f"jobs {', '.join(map(str, missing))} were not found")
        if changes.get("status_id") is not None:
            await status_in_firm(viewer.firm_id, changes["status_id"])
        changed = await apply_to_jobs(
            jobs, actor_staff_id=viewer.staff_id, source="BULK", **changes
        )
    return len(changed), ids


async def jobs_in_order(job_ids: list[int]) -> list[Job]:
    """Jobs by id in the order given (ids the caller already read through the access
    module); a job removed since is left out. One statement for any number of ids."""
    found = {job.id: job for job in await among_ids(Job.all(), job_ids)}
    return [found[job_id] for job_id in job_ids if job_id in found]


async def _set_archived(viewer: Viewer, job_id: object, archived: bool) -> Job:
    require_staff(viewer)
    async with atomic():
        job = await _readable_job(viewer, job_id)
        if job.archived != archived:
            was_in_portal = in_portal(job)
            job.archived = archived
            await job.save(update_fields=["archived"])
            await record_job_status_event(job, "MANUAL", was_in_portal=was_in_portal)
    return job


async def archive_job(*, viewer: Viewer, job_id: object) -> Job:
    """Archive: the job leaves the portal; its client-facing settings stay stored."""
    return await _set_archived(viewer, job_id, True)


async def unarchive_job(*, viewer: Viewer, job_id: object) -> Job:
    """Unarchive: the job's last client-facing settings apply again."""
    return await _set_archived(viewer, job_id, False)


async def delete_job(*, viewer: Viewer, job_id: object) -> bool:
    """Soft delete: the job leaves every list and the portal for good."""
    require_staff(viewer)
    async with atomic():
        job = await _readable_job(viewer, job_id)
        was_in_portal = in_portal(job)
        job.deleted_at = datetime.now(UTC)
        await job.save(update_fields=["deleted_at"])
        await record_job_status_event(job, "MANUAL", was_in_portal=was_in_portal)
    return True
