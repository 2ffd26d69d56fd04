"""Pipelines, their stages (automations, auto-advance) and settings, and job templates.

Owners and admins change them; every staff member reads them. Auto-advance on the last stage
is refused: there is no stage to advance to.
"""

from __future__ import annotations

from dataclasses import dataclass

from models import JobTemplate, Pipeline, Stage
from resolvers.access import (
    get_readable,
    readable_job_templates,
    readable_pipelines,
    readable_request_templates,
    readable_stages,
    require_admin,
    status_in_firm,
)
from resolvers.errors import BadInput
from resolvers.uow import atomic
from resolvers.validate import check_name, check_text, parse_id
from resolvers.viewer import Viewer


@dataclass(frozen=True)
class StatusPreset:
    """An "update client-facing status" setting: of a stage automation or a job template."""

    visible: bool
    status_id: object | None = None
    description: str | None = None


@dataclass(frozen=True)
class StageData:
    name: str
    auto_advance: bool = False
    automation: StatusPreset | None = None


async def _checked_preset(
    viewer: Viewer, preset: StatusPreset | None
) -> tuple[bool | None, int | None, str | None]:
    """(visible, status id, description) to store; visible needs a status of the firm.

    A hiding preset stores no status or description: it only hides.
    """
    if preset is None:
        return None, None, None
    if not preset.visible:
        return False, None, None
    if preset.status_id is None:
        raise BadInput("a visible client-facing status needs statusId")
    sid = parse_id(preset.status_id, "status id")
    await status_in_firm(viewer.firm_id, sid)
    return True, sid, check_text(preset.description, "description")


async def list_pipelines(*, viewer: Viewer) -> list[Pipeline]:
    return await readable_pipelines(viewer).order_by("id")


async def get_pipeline(*, viewer: Viewer, pipeline_id: object) -> Pipeline | None:
    """A pipeline of the firm, or None (null in the API) when there is none with this id."""
    pid = parse_id(pipeline_id, "pipeline id")
    return await readable_pipelines(viewer).filter(id=pid).first()


async def stages_of(pipeline_id: int) -> list[Stage]:
    return await Stage.filter(pipeline_id=pipeline_id).order_by("position", "id")


async def create_pipeline(*, viewer: Viewer, name: str, stages: list[StageData]) -> Pipeline:
    require_admin(viewer)
    name = check_name(name)
    if not stages:
        raise BadInput("a pipeline needs at least one stage")
    if stages[-1].auto_advance:
        raise BadInput("the last stage cannot auto-advance: there is no next stage")
    checked = []
    for stage in stages:
        checked.append(
            (check_name(stage.name, "stage name"), await _checked_preset(viewer, stage.automation))
        )
    async with atomic():
        pipeline = await Pipeline.create(firm_id=viewer.firm_id, name=name)
        for position, (stage, (stage_name, (visible, status_id, description))) in enumerate(
            zip(stages, checked, strict=True)
        ):
            await Stage.create(
                pipeline=pipeline,
                name=stage_name,
                position=position,
                auto_advance=stage.auto_advance,
                automation_visible=visible,
                automation_status_id=status_id,
                automation_description=description,
            )
    return pipeline


async def update_pipeline_settings(
    *, viewer: Viewer, pipeline_id: object, show_client_facing_status_on_cards: bool
) -> Pipeline:
    require_admin(viewer)
    pid = parse_id(pipeline_id, "pipeline id")
    async with atomic():
        pipeline = await get_readable(readable_pipelines(viewer), pid, "pipeline")
        pipeline.show_client_facing_status_on_cards = show_client_facing_status_on_cards
        await pipeline.save(update_fields=["show_client_facing_status_on_cards"])
    return pipeline


async def set_stage_automation(
    *, viewer: Viewer, stage_id: object, automation: StatusPreset | None
) -> Stage:
    """Set or (with None) remove the stage's "update client-facing status" automation.

    It applies to jobs entering the stage from now on; jobs already there stay as they are.
    """
    require_admin(viewer)
    sid = parse_id(stage_id, "stage id")
    visible, status_id, description = await _checked_preset(viewer, automation)
    async with atomic():
        stage = await get_readable(readable_stages(viewer), sid, "stage")
        stage.automation_visible = visible
        stage.automation_status_id = status_id
        # A nullable column (Tortoise types every TextField as str).
        stage.automation_description = description  # type: ignore[assignment]
        await stage.save(
            update_fields=["automation_visible", "automation_status_id", "automation_description"]
        )
    return stage


async def set_stage_auto_advance(*, viewer: Viewer, stage_id: object, auto_advance: bool) -> Stage:
    require_admin(viewer)
    sid = parse_id(stage_id, "stage id")
    async with atomic():
        stage = await get_readable(readable_stages(viewer), sid, "stage")
        if auto_advance:
            is_last = not await Stage.filter(
                pipeline_id=stage.pipeline_id, position__gt=stage.position
            ).exists()
            if is_last:
                raise BadInput("the last stage cannot auto-advance: there is no next stage")
        stage.auto_advance = auto_advance
        await stage.save(update_fields=["auto_advance"])
    return stage


async def set_stage_request_automation(
    *, viewer: Viewer, stage_id: object, request_template_id: object | None
) -> Stage:
    """Send a request from this template to the client whenever a job enters the stage
    (None turns it off). Owners and admins; the template must be the firm's (NOT_FOUND)."""
    require_admin(viewer)
    sid = parse_id(stage_id, "stage id")
    tid = (
        parse_id(request_template_id, "requestTemplateId")
        if request_template_id is not None
        else None
    )
    async with atomic():
        stage = await get_readable(readable_stages(viewer), sid, "stage")
        if tid is not None:
            await get_readable(readable_request_templates(viewer), tid, "request template")
        stage.request_template_id = tid
        await stage.save(update_fields=["request_template_id"])
    return stage


async def list_job_templates(*, viewer: Viewer) -> list[JobTemplate]:
    return await readable_job_templates(viewer).order_by("name", "id")


async def create_job_template(
    *, viewer: Viewer, name: str, client_status: StatusPreset | None
) -> JobTemplate:
    require_admin(viewer)
    name = check_name(name)
    visible, status_id, description = await _checked_preset(viewer, client_status)
    async with atomic():
        return await JobTemplate.create(
            firm_id=viewer.firm_id,
            name=name,
            status_visible=visible,
            status_id=status_id,
            status_description=description,
        )
