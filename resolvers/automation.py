"""What happens when a job enters a stage: the one function every entry path calls.

Paths: creating a job in a stage, moving it by hand, and auto-advance (a linked request
submitted, or all tasks of a linked thread completed). On entry the stage's automations fire
(`fire_stage_automations`): "update client-facing status" (a stage without one leaves the
settings as they were), then "send a request from a template".
"""

from __future__ import annotations

from models import ClientFacingStatus, Job, Stage
from resolvers.client_facing import change_client_facing
from resolvers.requests import send_from_template


async def apply_stage_automation(
    job: Job,
    stage: Stage,
    *,
    actor_staff_id: int | None,
    visible_override: bool | None = None,
) -> bool:
    """Apply the stage's client-status automation to the job (inside `atomic()`).

    Without an automation only `visible_override` applies (a manual change). The mover may
    override the visibility the automation sets. The history entry's source is AUTOMATION
    and its actor is null, as the contract says ("null when an automation did it"), also
    when a person's move or the creator's choice of stage set it off: the automation, not
    the person, chose the state. `actor_staff_id` is the actor of the MANUAL entry a
    visibility override makes on a stage without automation.
    """
    if stage.automation_visible is None:
        if visible_override is None:
            return False
        return await change_client_facing(
            job, actor_staff_id=actor_staff_id, source="MANUAL", visible=visible_override
        )
    visible = stage.automation_visible if visible_override is None else visible_override
    changes: dict = {"visible": visible}
    if stage.automation_visible and stage.automation_status_id is not None:
        status = await ClientFacingStatus.get(id=stage.automation_status_id)
        changes["status_id"] = status.id
        # A description tailored to this pipeline, else the status template's own.
        changes["description"] = (
            stage.automation_description
            if stage.automation_description is not None
            else status.description
        )
    return await change_client_facing(
        job,
        actor_staff_id=None,
        source="AUTOMATION",
        **changes,
    )


async def fire_stage_automations(
    job: Job,
    stage: Stage,
    *,
    actor_staff_id: int | None,
    visible_override: bool | None = None,
) -> None:
    """Everything a stage does to a job entering it (inside `atomic()`): its client-status
    automation, then its request automation. An archived or deleted job is moved without
    sending the client a request."""
    await apply_stage_automation(
        job, stage, actor_staff_id=actor_staff_id, visible_override=visible_override
    )
    if stage.request_template_id is not None and not job.archived and job.deleted_at is None:
        await send_from_template(template_id=stage.request_template_id, job=job)


async def enter_stage(
    job: Job,
    stage: Stage,
    *,
    actor_staff_id: int | None,
    apply_automation: bool = True,
    visible_override: bool | None = None,
) -> None:
    """Move the job into `stage` and fire what fires on entry (inside `atomic()`).

    Entering the stage the job is already in fires nothing; only `visible_override` applies.
    """
    if stage.id == job.stage_id:
        if visible_override is not None:
            await change_client_facing(
                job, actor_staff_id=actor_staff_id, source="MANUAL", visible=visible_override
            )
        return
    job.stage_id = stage.id
    job.pipeline_id = stage.pipeline_id
    await job.save(update_fields=["stage_id", "pipeline_id"])
    if apply_automation:
        await fire_stage_automations(
            job, stage, actor_staff_id=actor_staff_id, visible_override=visible_override
        )
    elif visible_override is not None:
        await change_client_facing(
            job, actor_staff_id=actor_staff_id, source="MANUAL", visible=visible_override
        )


async def start_in_stage(
    job: Job, stage: Stage, *, actor_staff_id: int | None, apply_automation: bool = True
) -> None:
    """A new job created in `stage` enters it: its automation fires unless the creator said
    not to (inside `atomic()`, after any job template has applied)."""
    if apply_automation:
        await fire_stage_automations(job, stage, actor_staff_id=actor_staff_id)


async def next_stage(stage: Stage) -> Stage | None:
    return (
        await Stage.filter(pipeline_id=stage.pipeline_id, position__gt=stage.position)
        .order_by("position")
        .first()
    )


async def auto_advance_job(*, job_id: int) -> bool:
    """If the job's current stage has auto-advance on, move it to the next stage.

    Called (inside the caller's `atomic()`) when a linked request is submitted or a linked
    thread's tasks are all completed. Archived and deleted jobs stay where they are.
    Returns whether the job moved.
    """
    job = await Job.filter(id=job_id, deleted_at__isnull=True, archived=False).first()
    if job is None:
        return False
    stage = await Stage.get(id=job.stage_id)
    if not stage.auto_advance:
        return False
    target = await next_stage(stage)
    if target is None:
        return False
    await enter_stage(job, target, actor_staff_id=None)
    return True
