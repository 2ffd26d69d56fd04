"""Root fields of statuses, pipelines and jobs: thin calls into `resolvers/`."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from resolvers import jobs, pipelines, portal, statuses
from resolvers.client_facing import UNSET
from schema.common import PageInfo, viewer_of
from schema.jobs import (
    BulkClientFacingInput,
    BulkUpdateResult,
    ClientFacingInput,
    ClientFacingState,
    ClientFacingStatus,
    ClientStatusAutomationInput,
    CreateJobInput,
    Job,
    JobConnection,
    JobEdge,
    JobFilter,
    JobTemplate,
    KanbanCard,
    KanbanColumn,
    Pipeline,
    Stage,
    StageInput,
    Visibility,
    WorkInProgressItem,
)
from schema.jobs_loaders import prime_job_relations


def _unset(value: Any) -> Any:
    """Strawberry's UNSET (field left out) as the resolvers' UNSET."""
    return UNSET if value is strawberry.UNSET else value


def _change(data: ClientFacingInput | BulkClientFacingInput | None) -> jobs.ClientFacingChange:
    if data is None:
        return jobs.ClientFacingChange()
    return jobs.ClientFacingChange(
        visible=_unset(getattr(data, "visible", strawberry.UNSET)),
        job_name=_unset(data.job_name),
        status_id=_unset(data.status_id),
        description=_unset(data.description),
    )


def _preset(data: ClientStatusAutomationInput | None) -> pipelines.StatusPreset | None:
    if data is None:
        return None
    return pipelines.StatusPreset(
        visible=data.visible, status_id=data.status_id, description=data.description
    )


@strawberry.type
class JobsQuery:
    @strawberry.field(description="Staff only.")
    async def client_facing_statuses(self, info: Info) -> list[ClientFacingStatus]:
        rows = await statuses.list_statuses(viewer=viewer_of(info))
        return [ClientFacingStatus.from_model(s) for s in rows]

    @strawberry.field(description="Staff only.")
    async def pipelines(self, info: Info) -> list[Pipeline]:
        rows = await pipelines.list_pipelines(viewer=viewer_of(info))
        return [Pipeline.from_model(p) for p in rows]

    @strawberry.field(description="Staff only.")
    async def pipeline(self, info: Info, id: strawberry.ID) -> Pipeline | None:
        row = await pipelines.get_pipeline(viewer=viewer_of(info), pipeline_id=id)
        return Pipeline.from_model(row) if row else None

    @strawberry.field(description="Staff only.")
    async def job_templates(self, info: Info) -> list[JobTemplate]:
        rows = await pipelines.list_job_templates(viewer=viewer_of(info))
        return [JobTemplate.from_model(t) for t in rows]

    @strawberry.field(description="Staff only.")
    async def jobs(
        self,
        info: Info,
        filter: JobFilter | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> JobConnection:
        job_filter = None
        if filter is not None:
            job_filter = jobs.JobFilter(
                pipeline_id=filter.pipeline_id,
                stage_id=filter.stage_id,
                client_account_id=filter.client_account_id,
                client_facing_status_id=filter.client_facing_status_id,
                client_facing_visible=filter.client_facing_visible,
                include_archived=bool(filter.include_archived),
                search=filter.search,
            )
        page = await jobs.list_jobs(
            viewer=viewer_of(info),
            job_filter=job_filter,
            first=50 if first is None else first,
            after=after,
        )
        prime_job_relations(info, page.jobs)
        return JobConnection(
            edges=[
                JobEdge(cursor=cursor, node=Job.from_model(listed.job))
                for listed, cursor in zip(page.jobs, page.cursors, strict=True)
            ],
            page_info=PageInfo(has_next_page=page.has_next_page, end_cursor=page.end_cursor),
            count=page.total_count,
        )

    @strawberry.field(description="Staff only.")
    async def job(self, info: Info, id: strawberry.ID) -> Job | None:
        row = await jobs.get_job(viewer=viewer_of(info), job_id=id)
        return Job.from_model(row) if row else None

    @strawberry.field(description="Staff only.")
    async def kanban(
        self,
        info: Info,
        pipeline_id: strawberry.ID,
        client_facing_status_id: strawberry.ID | None = None,
    ) -> list[KanbanColumn]:
        pipeline, columns = await jobs.kanban(
            viewer=viewer_of(info),
            pipeline_id=pipeline_id,
            client_facing_status_id=client_facing_status_id,
        )
        show = pipeline.show_client_facing_status_on_cards
        prime_job_relations(info, [job for _stage, stage_jobs in columns for job in stage_jobs])
        return [
            KanbanColumn(
                stage=Stage.from_model(stage),
                cards=[
                    KanbanCard(
                        job=Job.from_model(listed.job),
                        client_facing=(
                            ClientFacingState.from_model(listed.job)
                            if show and listed.job.cf_visible
                            else None
                        ),
                    )
                    for listed in stage_jobs
                ],
            )
            for stage, stage_jobs in columns
        ]

    @strawberry.field(description="A portal user's own Work in progress (staff: FORBIDDEN).")
    async def work_in_progress(self, info: Info) -> list[WorkInProgressItem]:
        items = await portal.work_in_progress(viewer=viewer_of(info))
        return [WorkInProgressItem.from_item(i) for i in items]

    @strawberry.field(description="Work in progress exactly as that account's client sees it.")
    async def portal_preview(
        self, info: Info, client_account_id: strawberry.ID
    ) -> list[WorkInProgressItem]:
        items = await portal.portal_preview(
            viewer=viewer_of(info), client_account_id=client_account_id
        )
        return [WorkInProgressItem.from_item(i) for i in items]


@strawberry.type
class JobsMutation:
    @strawberry.mutation
    async def create_client_facing_status(
        self, info: Info, name: str, description: str | None = ""
    ) -> ClientFacingStatus:
        status = await statuses.create_status(
            viewer=viewer_of(info), name=name, description=description or ""
        )
        return ClientFacingStatus.from_model(status)

    @strawberry.mutation
    async def update_client_facing_status(
        self,
        info: Info,
        id: strawberry.ID,
        name: str | None = None,
        description: str | None = None,
        position: int | None = None,
    ) -> ClientFacingStatus:
        status = await statuses.update_status(
            viewer=viewer_of(info),
            status_id=id,
            name=name,
            description=description,
            position=position,
        )
        return ClientFacingStatus.from_model(status)

    @strawberry.mutation
    async def delete_client_facing_status(
        self, info: Info, id: strawberry.ID, replacement_id: strawberry.ID | None = None
    ) -> bool:
        return await statuses.delete_status(
            viewer=viewer_of(info), status_id=id, replacement_id=replacement_id
        )

    @strawberry.mutation
    async def create_pipeline(self, info: Info, name: str, stages: list[StageInput]) -> Pipeline:
        pipeline = await pipelines.create_pipeline(
            viewer=viewer_of(info),
            name=name,
            stages=[
                pipelines.StageData(
                    name=s.name,
                    auto_advance=bool(s.auto_advance),
                    automation=_preset(s.client_status_automation),
                )
                for s in stages
            ],
        )
        return Pipeline.from_model(pipeline)

    @strawberry.mutation
    async def update_pipeline_settings(
        self, info: Info, pipeline_id: strawberry.ID, show_client_facing_status_on_cards: bool
    ) -> Pipeline:
        pipeline = await pipelines.update_pipeline_settings(
            viewer=viewer_of(info),
            pipeline_id=pipeline_id,
            show_client_facing_status_on_cards=show_client_facing_status_on_cards,
        )
        return Pipeline.from_model(pipeline)

    @strawberry.mutation(description="A null automation removes it.")
    async def set_stage_client_status_automation(
        self,
        info: Info,
        stage_id: strawberry.ID,
        automation: ClientStatusAutomationInput | None = None,
    ) -> Stage:
        stage = await pipelines.set_stage_automation(
            viewer=viewer_of(info), stage_id=stage_id, automation=_preset(automation)
        )
        return Stage.from_model(stage)

    @strawberry.mutation
    async def set_stage_auto_advance(
        self, info: Info, stage_id: strawberry.ID, auto_advance: bool
    ) -> Stage:
        stage = await pipelines.set_stage_auto_advance(
            viewer=viewer_of(info), stage_id=stage_id, auto_advance=auto_advance
        )
        return Stage.from_model(stage)

    @strawberry.mutation(
        description="Owners and admins: send a PORTAL request from this template to the "
        "client whenever a job enters the stage; null turns it off."
    )
    async def set_stage_request_automation(
        self,
        info: Info,
        stage_id: strawberry.ID,
        request_template_id: strawberry.ID | None = None,
    ) -> Stage:
        stage = await pipelines.set_stage_request_automation(
            viewer=viewer_of(info), stage_id=stage_id, request_template_id=request_template_id
        )
        return Stage.from_model(stage)

    @strawberry.mutation
    async def create_job_template(
        self, info: Info, name: str, client_status: ClientStatusAutomationInput | None = None
    ) -> JobTemplate:
        template = await pipelines.create_job_template(
            viewer=viewer_of(info), name=name, client_status=_preset(client_status)
        )
        return JobTemplate.from_model(template)

    @strawberry.mutation
    async def create_job(self, info: Info, input: CreateJobInput) -> Job:
        job = await jobs.create_job(
            viewer=viewer_of(info),
            name=input.name,
            client_account_id=input.client_account_id,
            pipeline_id=input.pipeline_id,
            stage_id=input.stage_id,
            template_id=input.template_id,
            assignee_ids=list(input.assignee_ids or []),
            client_facing=_change(input.client_facing) if input.client_facing else None,
            apply_stage_automation=input.apply_stage_automation is not False,
        )
        return Job.from_model(job)

    @strawberry.mutation(description="Rename a job (1..200 characters after trimming).")
    async def update_job(self, info: Info, job_id: strawberry.ID, name: str) -> Job:
        return Job.from_model(
            await jobs.update_job(viewer=viewer_of(info), job_id=job_id, name=name)
        )

    @strawberry.mutation
    async def set_job_assignees(
        self, info: Info, job_id: strawberry.ID, staff_ids: list[strawberry.ID]
    ) -> Job:
        job = await jobs.set_job_assignees(
            viewer=viewer_of(info), job_id=job_id, staff_ids=list(staff_ids)
        )
        return Job.from_model(job)

    @strawberry.mutation
    async def move_job(
        self,
        info: Info,
        job_id: strawberry.ID,
        stage_id: strawberry.ID,
        apply_automation: bool | None = True,
        visible_override: bool | None = None,
    ) -> Job:
        job = await jobs.move_job(
            viewer=viewer_of(info),
            job_id=job_id,
            stage_id=stage_id,
            apply_automation=apply_automation is not False,
            visible_override=visible_override,
        )
        return Job.from_model(job)

    @strawberry.mutation
    async def update_job_client_facing(
        self, info: Info, job_id: strawberry.ID, input: ClientFacingInput
    ) -> Job:
        job = await jobs.update_job_client_facing(
            viewer=viewer_of(info), job_id=job_id, change=_change(input)
        )
        return Job.from_model(job)

    @strawberry.mutation
    async def bulk_update_client_facing(
        self, info: Info, job_ids: list[strawberry.ID], input: BulkClientFacingInput
    ) -> BulkUpdateResult:
        count, ids = await jobs.bulk_update_client_facing(
            viewer=viewer_of(info),
            job_ids=list(job_ids),
            show=input.visibility == Visibility.SHOW,
            change=_change(input),
        )
        return BulkUpdateResult(updated_count=count, job_ids=ids)

    @strawberry.mutation
    async def archive_job(self, info: Info, job_id: strawberry.ID) -> Job:
        return Job.from_model(await jobs.archive_job(viewer=viewer_of(info), job_id=job_id))

    @strawberry.mutation
    async def unarchive_job(self, info: Info, job_id: strawberry.ID) -> Job:
        return Job.from_model(await jobs.unarchive_job(viewer=viewer_of(info), job_id=job_id))

    @strawberry.mutation
    async def delete_job(self, info: Info, job_id: strawberry.ID) -> bool:
        return await jobs.delete_job(viewer=viewer_of(info), job_id=job_id)
