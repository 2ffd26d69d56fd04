"""GraphQL types of statuses, pipelines and jobs (root fields are in `schema/jobs_ops.py`).

Each type has `from_model` and keeps the model as a `strawberry.Private` where its child
fields need it; child fields load through the request's DataLoaders (`jobs_loaders`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

import models as m
from resolvers.client_facing import JobFields, client_job_name
from resolvers.jobs import get_job, jobs_in_order
from resolvers.portal import WorkItem
from resolvers.rows import StageRow, StatusRow
from resolvers.viewer import Viewer
from schema.common import PageInfo, batched
from schema.identity import ClientAccount, StaffMember, load_accounts
from schema.jobs_loaders import loader

if TYPE_CHECKING:
    from schema.requests import RequestTemplate
    from schema.stage_work import JobBlocker, TaskTemplate


@strawberry.type
class ClientFacingStatus:
    id: strawberry.ID
    name: str
    description: str
    position: int

    @classmethod
    def from_model(cls, status: m.ClientFacingStatus | StatusRow) -> ClientFacingStatus:
        return cls(
            id=strawberry.ID(str(status.id)),
            name=status.name,
            description=status.description,
            position=status.position,
        )


async def _status(info: Info, status_id: int | None) -> ClientFacingStatus | None:
    if status_id is None:
        return None
    status = await loader(info, "jobs.status").load(status_id)
    return ClientFacingStatus.from_model(status) if status else None


@strawberry.type
class ClientStatusAutomation:
    visible: bool
    description: str | None
    status_id: strawberry.Private[int | None]

    @strawberry.field
    async def status(self, info: Info) -> ClientFacingStatus | None:
        return await _status(info, self.status_id)


def _preset(
    visible: bool | None, status_id: int | None, description: str | None
) -> ClientStatusAutomation | None:
    if visible is None:
        return None
    return ClientStatusAutomation(visible=visible, description=description, status_id=status_id)


@strawberry.type
class Stage:
    id: strawberry.ID
    name: str
    position: int
    auto_advance: bool
    client_status_automation: ClientStatusAutomation | None
    request_template_id: strawberry.Private[int | None] = None
    task_template_id: strawberry.Private[int | None] = None

    @classmethod
    def from_model(cls, stage: m.Stage | StageRow) -> Stage:
        return cls(
            id=strawberry.ID(str(stage.id)),
            name=stage.name,
            position=stage.position,
            auto_advance=stage.auto_advance,
            client_status_automation=_preset(
                stage.automation_visible,
                stage.automation_status_id,
                stage.automation_description,
            ),
            request_template_id=stage.request_template_id,
            task_template_id=stage.task_template_id,
        )

    @strawberry.field(
        description="Request automation: a job entering the stage sends the client a PORTAL "
        "request from this template (null: none)."
    )
    async def request_template(
        self, info: Info
    ) -> Annotated[RequestTemplate, strawberry.lazy("schema.requests")] | None:
        from schema.requests import RequestTemplate

        if self.request_template_id is None:
            return None
        template = await loader(info, "jobs.request_template").load(self.request_template_id)
        return RequestTemplate.from_model(template) if template else None

    @strawberry.field(
        description="Task automation: a job entering the stage opens a thread with these "
        "client tasks (null: none)."
    )
    async def task_template(
        self, info: Info
    ) -> Annotated[TaskTemplate, strawberry.lazy("schema.stage_work")] | None:
        from schema.stage_work import TaskTemplate

        if self.task_template_id is None:
            return None
        template = await loader(info, "jobs.task_template").load(self.task_template_id)
        return TaskTemplate.from_model(template) if template else None


@strawberry.type
class PipelineSettings:
    show_client_facing_status_on_cards: bool


@strawberry.type
class Pipeline:
    id: strawberry.ID
    name: str
    settings: PipelineSettings
    model: strawberry.Private[m.Pipeline]

    @classmethod
    def from_model(cls, pipeline: m.Pipeline) -> Pipeline:
        return cls(
            id=strawberry.ID(str(pipeline.id)),
            name=pipeline.name,
            settings=PipelineSettings(
                show_client_facing_status_on_cards=pipeline.show_client_facing_status_on_cards
            ),
            model=pipeline,
        )

    @strawberry.field
    async def stages(self, info: Info) -> list[Stage]:
        return [Stage.from_model(s) for s in await loader(info, "jobs.stages").load(self.model.id)]


@strawberry.type
class JobTemplate:
    id: strawberry.ID
    name: str
    client_status: ClientStatusAutomation | None

    @classmethod
    def from_model(cls, template: m.JobTemplate) -> JobTemplate:
        return cls(
            id=strawberry.ID(str(template.id)),
            name=template.name,
            client_status=_preset(
                template.status_visible, template.status_id, template.status_description
            ),
        )


@strawberry.type
class ClientFacingState:
    visible: bool
    job_name: str
    description: str | None
    updated_at: datetime | None
    status_id: strawberry.Private[int | None]
    # A history snapshot carries its status as it was (the template may have changed since).
    snapshot: strawberry.Private[dict[str, Any] | None]

    @classmethod
    def from_model(cls, job: JobFields) -> ClientFacingState:
        """The job's stored settings (also for an archived job)."""
        return cls(
            visible=job.cf_visible,
            job_name=client_job_name(job),
            description=job.cf_description,
            updated_at=job.cf_updated_at,
            status_id=job.cf_status_id,
            snapshot=None,
        )

    @classmethod
    def from_snapshot(cls, state: dict[str, Any]) -> ClientFacingState:
        """A state stored in the history (`client_facing.state_of`)."""
        updated = state.get("updatedAt")
        return cls(
            visible=bool(state.get("visible")),
            job_name=state.get("jobName") or "",
            description=state.get("description"),
            updated_at=datetime.fromisoformat(updated) if updated else None,
            status_id=state.get("statusId"),
            snapshot=state,
        )

    @strawberry.field
    @batched(lambda info, states: _statuses_of_states(info, states))
    async def status(self, info: Info) -> ClientFacingStatus | None:
        return (await _statuses_of_states(info, [self]))[0]

    def snapshot_status(self) -> ClientFacingStatus | None:
        """The status as a history snapshot recorded it."""
        if self.snapshot is None or self.status_id is None:
            return None
        return ClientFacingStatus(
            id=strawberry.ID(str(self.status_id)),
            name=self.snapshot.get("statusName") or "",
            description=self.snapshot.get("statusDescription") or "",
            position=self.snapshot.get("statusPosition") or 0,
        )


async def _statuses_of_states(
    info: Info, states: list[ClientFacingState]
) -> list[ClientFacingStatus | None]:
    """Each state's status: a snapshot's as recorded, a job's current one from its template."""
    live = [s.status_id for s in states if s.snapshot is None and s.status_id is not None]
    found = iter(await loader(info, "jobs.status").load_many(live)) if live else iter(())
    answers: list[ClientFacingStatus | None] = []
    for state in states:
        if state.snapshot is not None:
            answers.append(state.snapshot_status())
        elif state.status_id is None:
            answers.append(None)
        else:
            status = next(found)
            answers.append(ClientFacingStatus.from_model(status) if status else None)
    return answers


@strawberry.enum
class ChangeSource(Enum):
    MANUAL = "MANUAL"
    BULK = "BULK"
    AUTOMATION = "AUTOMATION"
    TEMPLATE = "TEMPLATE"


@strawberry.type
class ClientStatusChange:
    id: strawberry.ID
    at: datetime
    source: ChangeSource
    before: ClientFacingState
    after: ClientFacingState
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, change: m.ClientStatusChange) -> ClientStatusChange:
        return cls(
            id=strawberry.ID(str(change.id)),
            at=change.at,
            source=ChangeSource(change.source),
            before=ClientFacingState.from_snapshot(change.before),
            after=ClientFacingState.from_snapshot(change.after),
            actor_id=change.actor_id,
        )

    @strawberry.field(description="Null when an automation moved the job by itself.")
    async def actor(self, info: Info) -> StaffMember | None:
        if self.actor_id is None:
            return None
        staff = await loader(info, "jobs.staff").load(self.actor_id)
        return StaffMember.from_model(staff) if staff else None


@strawberry.type
class Job:
    id: strawberry.ID
    name: str
    archived: bool
    created_at: datetime
    model: strawberry.Private[JobFields]  # an instance, or a list's plain row

    @classmethod
    def from_model(cls, job: JobFields) -> Job:
        return cls(
            id=strawberry.ID(str(job.id)),
            name=job.name,
            archived=job.archived,
            created_at=job.created_at,
            model=job,
        )

    @strawberry.field
    @batched(lambda info, jobs: load_accounts(info, [j.model.client_account_id for j in jobs]))
    async def client_account(self, info: Info) -> ClientAccount:
        return (await load_accounts(info, [self.model.client_account_id]))[0]

    @strawberry.field
    async def pipeline(self, info: Info) -> Pipeline:
        return Pipeline.from_model(await loader(info, "jobs.pipeline").load(self.model.pipeline_id))

    @strawberry.field
    @batched(lambda info, jobs: _stages_of(info, jobs))
    async def stage(self, info: Info) -> Stage:
        return (await _stages_of(info, [self]))[0]

    @strawberry.field
    @batched(lambda info, jobs: _assignees_of(info, jobs))
    async def assignees(self, info: Info) -> list[StaffMember]:
        return (await _assignees_of(info, [self]))[0]

    @strawberry.field
    def client_facing(self) -> ClientFacingState:
        return ClientFacingState.from_model(self.model)

    @strawberry.field(description="Every change of the client-facing section, newest first.")
    async def history(self, info: Info) -> list[ClientStatusChange]:
        changes = await loader(info, "jobs.history").load(self.model.id)
        return [ClientStatusChange.from_model(c) for c in changes]

    @strawberry.field(
        description="What an auto-advance stage still waits for: the open requests and "
        "threads of the job's current stage, oldest first; [] when the stage has no "
        "auto-advance."
    )
    async def pending_blockers(
        self, info: Info
    ) -> list[Annotated[JobBlocker, strawberry.lazy("schema.stage_work")]]:
        from schema.stage_work import pending_blockers

        return await pending_blockers(info, self.model)


async def _stages_of(info: Info, jobs: list[Job]) -> list[Stage]:
    stages = await loader(info, "jobs.stage").load_many([j.model.stage_id for j in jobs])
    return [Stage.from_model(stage) for stage in stages]


async def _assignees_of(info: Info, jobs: list[Job]) -> list[list[StaffMember]]:
    staff = await loader(info, "jobs.assignees").load_many([j.model.id for j in jobs])
    return [[StaffMember.from_row(row) for row in rows] for rows in staff]


@strawberry.type
class JobEdge:
    cursor: str
    node: Job


@strawberry.type
class JobConnection:
    edges: list[JobEdge]
    page_info: PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field
    async def total_count(self) -> int:
        """Counted only when asked: a page without it costs one statement fewer."""
        return await self.count()


@strawberry.type
class WorkInProgressItem:
    job_id: strawberry.ID
    job_name: str
    status: str
    description: str | None
    updated_at: datetime

    @classmethod
    def from_item(cls, item: WorkItem) -> WorkInProgressItem:
        return cls(
            job_id=strawberry.ID(str(item.job_id)),
            job_name=item.job_name,
            status=item.status,
            description=item.description,
            updated_at=item.updated_at,
        )


@strawberry.type
class KanbanCard:
    job: Job
    client_facing: ClientFacingState | None = strawberry.field(
        description="Null when the pipeline setting is off or the job's status is hidden."
    )


@strawberry.type
class KanbanColumn:
    stage: Stage
    cards: list[KanbanCard]


@strawberry.type
class BulkUpdateResult:
    updated_count: int
    job_ids: strawberry.Private[list[int]]

    @strawberry.field
    async def jobs(self) -> list[Job]:
        """The selected jobs in the order given, as they are now: read only when selected."""
        return [Job.from_model(job) for job in await jobs_in_order(self.job_ids)]


# ---------------------------------------------------------------- inputs


@strawberry.input
class ClientFacingInput:
    visible: bool | None = strawberry.UNSET
    job_name: str | None = strawberry.UNSET
    status_id: strawberry.ID | None = strawberry.UNSET
    description: str | None = strawberry.UNSET


@strawberry.enum
class Visibility(Enum):
    SHOW = "SHOW"
    HIDE = "HIDE"


@strawberry.input
class BulkClientFacingInput:
    visibility: Visibility
    job_name: str | None = strawberry.UNSET
    status_id: strawberry.ID | None = strawberry.UNSET
    description: str | None = strawberry.UNSET


@strawberry.input
class ClientStatusAutomationInput:
    visible: bool
    status_id: strawberry.ID | None = None
    description: str | None = None


@strawberry.input
class StageInput:
    name: str
    auto_advance: bool | None = False
    client_status_automation: ClientStatusAutomationInput | None = None


@strawberry.input
class CreateJobInput:
    name: str
    client_account_id: strawberry.ID
    pipeline_id: strawberry.ID
    stage_id: strawberry.ID | None = None
    template_id: strawberry.ID | None = None
    assignee_ids: list[strawberry.ID] | None = None
    client_facing: ClientFacingInput | None = None
    apply_stage_automation: bool | None = True


@strawberry.input
class JobFilter:
    pipeline_id: strawberry.ID | None = None
    stage_id: strawberry.ID | None = None
    client_account_id: strawberry.ID | None = None
    client_facing_status_id: strawberry.ID | None = None
    client_facing_visible: bool | None = None
    include_archived: bool | None = False
    search: str | None = None


async def linked_job(viewer: Viewer, job_id: int | None) -> Job | None:
    """A thread's or request's linked job, if the viewer may read it (else None)."""
    if job_id is None:
        return None
    job = await get_job(viewer=viewer, job_id=job_id)
    return Job.from_model(job) if job else None
