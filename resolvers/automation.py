"""What happens when a job enters a stage: the one function every entry path calls.

Paths: creating a job in a stage, moving it by hand, and auto-advance (the last open item
of the current stage completed: see `resolvers.stage_items`). On entry the stage's
automations fire (`fire_stage_automations`), in this order: "update client-facing status" (a
stage without one leaves the settings as they were), "send a request from a template", and
"open a thread with client tasks from a template". A template automation does nothing while
the job has an open item made from that template, so moving out and back makes no duplicate.
"""

from __future__ import annotations

from models import ClientFacingStatus, Job, Stage
from resolvers.client_facing import change_client_facing
from resolvers.requests import send_from_template
from resolvers.stage_items import (
    has_open_request_from,
    has_open_thread_from,
    record_blockers_event,
    stage_is_done,
)
from resolvers.tasks import open_thread_from_template


async def apply_stage_automation(
    job: Job,
    stage: Stage,
    *,
    actor_staff_id: int | None,
    visible_override: bool | None = None,
) -> bool:
    """Apply the stage's client-status automation to the job (inside `atomic()`).

    Without an automation only `visible_override` applies (a manual change). The mover may
    override the visibility the automation sets: then the person chose the result, so it is
    ONE history entry, source MANUAL, with that person as actor (it includes what the
    automation set). Without an override the entry's source is AUTOMATION and its actor is
    null ("null when an automation did it"), also when a person's move or the creator's
    choice of stage set it off: the automation, not the person, chose the state.
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
    if visible_override is None:
        return await change_client_facing(job, actor_staff_id=None, source="AUTOMATION", **changes)
    return await change_client_facing(
        job, actor_staff_id=actor_staff_id, source="MANUAL", **changes
    )


async def fire_stage_automations(
    job: Job,
    stage: Stage,
    *,
    actor_staff_id: int | None,
    visible_override: bool | None = None,
) -> None:
    """Everything a stage does to a job entering it (inside `atomic()`): its client-status
    automation, then its request automation, then its task automation. An archived or
    deleted job is moved without sending the client anything. A template automation does
    nothing while the job has an open item made from that template."""
    await apply_stage_automation(
        job, stage, actor_staff_id=actor_staff_id, visible_override=visible_override
    )
    if job.archived or job.deleted_at is not None:
        return
    request_template_id = stage.request_template_id
    if request_template_id is not None and not await has_open_request_from(
        job, request_template_id
    ):
        await send_from_template(template_id=request_template_id, job=job)
    task_template_id = stage.task_template_id
    if task_template_id is not None and not await has_open_thread_from(job, task_template_id):
        await open_thread_from_template(template_id=task_template_id, job=job)


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
    left = job.stage_id
    job.stage_id = stage.id
    job.pipeline_id = stage.pipeline_id
    await job.save(update_fields=["stage_id", "pipeline_id"])
    # The blockers shown for the job are now the new stage's (or none): staff hear of it.
    if stage.auto_advance or await Stage.filter(id=left, auto_advance=True).exists():
        await record_blockers_event(job)
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


async def auto_advance_job(*, job_id: int | None, item_stage_id: int | None) -> bool:
    """An item of a job completed (a request submitted, a thread's last open task ticked by
    anyone): if it is an item of the job's current stage, that stage has auto-advance on,
    and every item of the stage is now complete, move the job to the next stage, whose
    automations fire in turn (inside the caller's `atomic()`).

    Items from earlier stages never move the job. Archived and deleted jobs stay where they
    are. The job row is locked first, so two items completing at once on PostgreSQL cannot
    both see the other still open and leave the job behind. Returns whether the job moved.
    """
    if job_id is None or item_stage_id is None:
        return False
    job = (
        await Job.filter(id=job_id, deleted_at__isnull=True, archived=False)
        .select_for_update()
        .first()
    )
    if job is None or job.stage_id != item_stage_id:
        return False
    stage = await Stage.get(id=job.stage_id)
    if not stage.auto_advance:
        return False
    target = await next_stage(stage)
    if target is None or not await stage_is_done(job):
        return False
    await enter_stage(job, target, actor_staff_id=None)
    return True
