"""Per-request DataLoaders of the jobs area: a page of jobs with its accounts, stages,
pipelines, assignees, statuses and histories costs one query per kind, not one per job.

Loaders read by id without access checks: the parent row was already read through the
access module, so its children are the viewer's to see.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info
from tortoise.models import Model

import models as m
from resolvers.jobs import history_of_jobs
from schema.common import context_of

M = TypeVar("M", bound=Model)


def _by_id(model: type[M]) -> Callable[[list[int]], Awaitable[list[M | None]]]:
    async def load(ids: list[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(pk__in=list(set(ids)))}
        return [rows.get(i) for i in ids]

    return load


async def _assignees(job_ids: list[int]) -> list[list[m.StaffMember]]:
    links = await m.JobAssignee.filter(job_id__in=list(set(job_ids))).values("job_id", "staff_id")
    staff = {
        s.id: s
        for s in await m.StaffMember.filter(id__in=list({link["staff_id"] for link in links}))
    }
    by_job: dict[int, list[m.StaffMember]] = defaultdict(list)
    for link in links:
        by_job[link["job_id"]].append(staff[link["staff_id"]])
    return [sorted(by_job[j], key=lambda s: (s.name, s.id)) for j in job_ids]


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
