"""Per-request DataLoaders of the jobs area: a page of jobs with its accounts, stages,
pipelines, assignees, statuses and histories costs one query per kind, not one per job.

Loaders read by id without access checks: the parent row was already read through the
access module, so its children are the viewer's to see. A list primes the stage, account
and status loaders with plain rows (`resolvers.rows`); loaded ones are model instances:
the types built from them read the same attributes of either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info
from tortoise.models import Model

import models as m
from resolvers.firms import STAFF_ROW_KEYS
from resolvers.jobs import ListedJob, history_of_jobs
from resolvers.prepared import read_rows_of_ids
from resolvers.rows import AccountRow, StageRow, StatusRow
from schema.common import context_of

M = TypeVar("M", bound=Model)


def _by_id(model: type[M]) -> Callable[[list[int]], Awaitable[list[M | None]]]:
    async def load(ids: list[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(pk__in=list(set(ids)))}
        return [rows.get(i) for i in ids]

    return load


async def _assignees(job_ids: list[int]) -> list[list[dict[str, Any]]]:
    """Each job's assignees by name, as plain rows (id, name, email, role): one statement,
    the links joined to the staff, no model instances (`StaffMember.from_row`)."""
    rows = await read_rows_of_ids(
        "jobs.assignees",
        m.JobAssignee,
        _ASSIGNEE_PATHS,
        lambda ids: m.JobAssignee.filter(job_id__in=ids).order_by("staff__name", "staff__id"),
        job_ids,
    )
    by_job: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for job_id, *staff in rows:
        by_job[job_id].append(dict(zip(STAFF_ROW_KEYS, staff, strict=True)))
    return [by_job[j] for j in job_ids]


_ASSIGNEE_PATHS = ("job_id", *(f"staff__{key}" for key in STAFF_ROW_KEYS))


async def _stages(pipeline_ids: list[int]) -> list[list[m.Stage]]:
    by_pipeline: dict[int, list[m.Stage]] = defaultdict(list)
    for stage in await m.Stage.filter(pipeline_id__in=list(set(pipeline_ids))).order_by(
        "position", "id"
    ):
        by_pipeline[stage.pipeline_id].append(stage)
    return [by_pipeline[p] for p in pipeline_ids]


async def _history(job_ids: list[int]) -> list[list[m.ClientStatusChange]]:
    found = await history_of_jobs(list(set(job_ids)))
    return [found[j] for j in job_ids]


_LOADERS: dict[str, Callable[[list[Any]], Awaitable[Sequence[Any]]]] = {
    "jobs.pipeline": _by_id(m.Pipeline),
    "jobs.stage": _by_id(m.Stage),
    "jobs.status": _by_id(m.ClientFacingStatus),
    "jobs.staff": _by_id(m.StaffMember),
    "jobs.request_template": _by_id(m.RequestTemplate),
    "jobs.task_template": _by_id(m.TaskTemplate),
    "jobs.assignees": _assignees,
    "jobs.stages": _stages,
    "jobs.history": _history,
}


def loader(info: Info, name: str) -> DataLoader:
    """The request's DataLoader `name` (see `_LOADERS`)."""
    return context_of(info).loader(name, _LOADERS[name])


def prime_job_relations(info: Info, jobs: Sequence[ListedJob]) -> None:
    """Jobs read with their stage, account and status joined (`resolvers.jobs.ListedJob`)
    hand those to the request's DataLoaders: a page of jobs then needs no statement of its
    own for them (three round trips fewer per list)."""
    from schema.identity import account_loader

    stages: dict[int, StageRow] = {}
    accounts: dict[int, AccountRow] = {}
    statuses: dict[int, StatusRow] = {}
    for listed in jobs:
        stages[listed.stage.id] = listed.stage
        accounts[listed.account.id] = listed.account
        if listed.status is not None:
            statuses[listed.status.id] = listed.status
    loader(info, "jobs.stage").prime_many(stages)
    account_loader(info).prime_many(accounts)
    loader(info, "jobs.status").prime_many(statuses)
