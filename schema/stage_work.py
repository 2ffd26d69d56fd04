"""GraphQL edge of a stage's work: task templates, request template edits, the stage task
automation, linking threads and requests to jobs, and `Job.pendingBlockers`.

The rules are in `resolvers/` (`task_templates.py`, `requests.py`, `tasks.py`,
`stage_items.py`); this module only maps arguments and results.
"""

from __future__ import annotations

from enum import Enum
from functools import partial
from typing import Any

import strawberry
from strawberry.types import Info

import models as m
from resolvers import requests, task_templates, tasks
from resolvers.access import readable_threads
from resolvers.client_facing import JobFields
from resolvers.stage_items import Blocker, blockers_of_jobs
from resolvers.viewer import Viewer
from schema.common import context_of, viewer_of
from schema.jobs import Stage
from schema.requests import ClientRequest, QuestionInput, RequestTemplate
from schema.tasks import ChatThread


@strawberry.type
class TaskTemplate:
    id: strawberry.ID
    name: str
    subject: str
    message: str
    tasks: list[str]

    @classmethod
    def from_model(cls, template: m.TaskTemplate) -> TaskTemplate:
        return cls(
            id=strawberry.ID(str(template.id)),
            name=template.name,
            subject=template.subject,
            message=template.message,
            tasks=list(template.tasks or []),
        )


@strawberry.enum
class BlockerKind(Enum):
    OPEN_REQUEST = "OPEN_REQUEST"
    OPEN_TASKS = "OPEN_TASKS"


@strawberry.type
class JobBlocker:
    kind: BlockerKind
    request: ClientRequest | None
    thread: ChatThread | None
    summary: str

    @classmethod
    def from_blocker(cls, blocker: Blocker) -> JobBlocker:
        return cls(
            kind=BlockerKind(blocker.kind),
            request=ClientRequest.from_model(blocker.request) if blocker.request else None,
            thread=ChatThread.from_model(blocker.thread) if blocker.thread else None,
            summary=blocker.summary,
        )


async def _threads_the_viewer_reads(viewer: Viewer, ids: list[int]) -> list[int]:
    """Which of these threads the viewer may open (an employee with access to a job but not
    on the account's team sees the thread as a blocker without its subject)."""
    rows = await readable_threads(viewer).filter(id__in=ids).values_list("id", flat=True)
    return [int(row) for row in rows]  # type: ignore[call-overload]  # flat rows are ids


async def pending_blockers(info: Info, job: JobFields) -> list[JobBlocker]:
    """`Job.pendingBlockers` through the request's DataLoader: a page of jobs costs a fixed
    number of statements (see `stage_items.blockers_of_jobs`)."""
    viewer = viewer_of(info)
    narrow: Any = None if viewer.is_admin else partial(_threads_the_viewer_reads, viewer)
    loader = context_of(info).loader(
        "jobs.pending_blockers", partial(_load_blockers, readable_thread_ids=narrow)
    )
    return [JobBlocker.from_blocker(b) for b in await loader.load((job.id, job.stage_id))]


async def _load_blockers(keys: list[tuple[int, int]], readable_thread_ids: Any) -> list[Any]:
    return await blockers_of_jobs(keys, readable_thread_ids)


@strawberry.type
class StageWorkQuery:
    @strawberry.field(description="The firm's task templates (staff).")
    async def task_templates(self, info: Info) -> list[TaskTemplate]:
        rows = await task_templates.list_task_templates(viewer=viewer_of(info))
        return [TaskTemplate.from_model(t) for t in rows]


@strawberry.type
class StageWorkMutation:
    @strawberry.mutation(description="Owners and admins.")
    async def create_task_template(
        self, info: Info, name: str, subject: str, tasks: list[str], message: str | None = ""
    ) -> TaskTemplate:
        row = await task_templates.create_task_template(
            viewer=viewer_of(info), name=name, subject=subject, message=message, tasks=tasks
        )
        return TaskTemplate.from_model(row)

    @strawberry.mutation(description="Owners and admins; CONFLICT while a stage uses it.")
    async def delete_task_template(self, info: Info, id: strawberry.ID) -> bool:
        return await task_templates.delete_task_template(viewer=viewer_of(info), template_id=id)

    @strawberry.mutation(
        description="Owners and admins: open a thread with the template's client tasks "
        "whenever a job enters the stage; null removes it."
    )
    async def set_stage_task_automation(
        self, info: Info, stage_id: strawberry.ID, task_template_id: strawberry.ID | None = None
    ) -> Stage:
        stage = await task_templates.set_stage_task_automation(
            viewer=viewer_of(info), stage_id=stage_id, task_template_id=task_template_id
        )
        return Stage.from_model(stage)

    @strawberry.mutation(description="Owners and admins; requests made from it keep theirs.")
    async def update_request_template(
        self,
        info: Info,
        id: strawberry.ID,
        name: str | None = None,
        title: str | None = None,
        questions: list[QuestionInput] | None = None,
    ) -> RequestTemplate:
        row = await requests.update_template(
            viewer=viewer_of(info),
            template_id=id,
            name=name,
            title=title,
            questions=[q.to_data() for q in questions] if questions is not None else None,
        )
        return RequestTemplate.from_model(row)

    @strawberry.mutation(description="Owners and admins; CONFLICT while a stage uses it.")
    async def delete_request_template(self, info: Info, id: strawberry.ID) -> bool:
        return await requests.delete_template(viewer=viewer_of(info), template_id=id)

    @strawberry.mutation(description="Staff with access to both; null unlinks.")
    async def link_thread_to_job(
        self, info: Info, thread_id: strawberry.ID, job_id: strawberry.ID | None = None
    ) -> ChatThread:
        thread = await tasks.link_thread_to_job(
            viewer=viewer_of(info),
            thread_id=str(thread_id),
            job_id=str(job_id) if job_id is not None else None,
        )
        return ChatThread.from_model(thread)

    @strawberry.mutation(description="Staff with access to both; null unlinks.")
    async def link_request_to_job(
        self, info: Info, request_id: strawberry.ID, job_id: strawberry.ID | None = None
    ) -> ClientRequest:
        request = await requests.link_request_to_job(
            viewer=viewer_of(info), request_id=request_id, job_id=job_id
        )
        return ClientRequest.from_model(request)
