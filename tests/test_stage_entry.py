"""The one stage-entry function: automations fire on entry, auto-advance moves on."""

from models import (
    ClientFacingStatus,
    ClientRequest,
    ClientStatusChange,
    Event,
    Job,
    Pipeline,
    Stage,
)
from resolvers.automation import auto_advance_job, enter_stage
from resolvers.uow import atomic
from tests.support import make_firm


async def _pipeline(firm_id: int) -> tuple[list[Stage], list[ClientFacingStatus]]:
    statuses = await ClientFacingStatus.filter(firm_id=firm_id).order_by("position")
    pipeline = await Pipeline.create(firm_id=firm_id, name="Tax return")
    stages = [
        await Stage.create(pipeline=pipeline, name="Intake", position=0, auto_advance=True),
        await Stage.create(
            pipeline=pipeline,
            name="Preparing",
            position=1,
            automation_visible=True,
            automation_status_id=statuses[1].id,
        ),
        await Stage.create(pipeline=pipeline, name="Filed", position=2, automation_visible=False),
    ]
    return stages, statuses


async def test_entering_a_stage_applies_its_status_automation_and_records_it():
    world = await make_firm()
    stages, statuses = await _pipeline(world.firm_id)
    job = await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        pipeline_id=stages[0].pipeline_id,
        stage_id=stages[0].id,
        name="2025 return",
    )
    async with atomic():
        await enter_stage(job, stages[1], actor_staff_id=world.owner.id)
    job = await Job.get(id=job.id)
    assert job.cf_visible and job.cf_status_id == statuses[1].id
    assert job.cf_description == statuses[1].description
    change = await ClientStatusChange.get(job_id=job.id)
    assert change.source == "AUTOMATION" and change.actor_id is None
    # Leaving an auto-advance stage also tells staff that the job's blockers changed.
    events = await Event.filter(topic="job", job_id=job.id).order_by("seq")
    assert [e.payload.get("blockersChanged", False) for e in events] == [True, False]
    event = events[1]
    assert event.payload["visible"] is True
    assert event.payload["item"]["status"] == statuses[1].name


async def test_auto_advance_moves_to_the_next_stage_and_fires_its_automation():
    world = await make_firm()
    stages, statuses = await _pipeline(world.firm_id)
    job = await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        pipeline_id=stages[0].pipeline_id,
        stage_id=stages[0].id,
        name="2025 return",
    )
    await ClientRequest.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        job_id=job.id,
        job_stage_id=stages[0].id,
        title="Kick-off",
        access="PORTAL",
        status="SUBMITTED",
    )
    async with atomic():
        assert await auto_advance_job(job_id=job.id, item_stage_id=stages[0].id)
    job = await Job.get(id=job.id)
    assert job.stage_id == stages[1].id and job.cf_status_id == statuses[1].id
    await Stage.filter(id=stages[1].id).update(auto_advance=True)
    async with atomic():  # the request is an item of Intake, an earlier stage
        assert not await auto_advance_job(job_id=job.id, item_stage_id=stages[0].id)


async def _job_in(world, stage, **fields):
    return await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        name="2025 return",
        **fields,
    )


async def test_archived_and_deleted_jobs_do_not_auto_advance():
    from datetime import UTC, datetime

    world = await make_firm()
    stages, _ = await _pipeline(world.firm_id)
    archived = await _job_in(world, stages[0], archived=True)
    deleted = await _job_in(world, stages[0], deleted_at=datetime.now(UTC))
    async with atomic():
        assert not await auto_advance_job(job_id=archived.id, item_stage_id=stages[0].id)
        assert not await auto_advance_job(job_id=deleted.id, item_stage_id=stages[0].id)
        assert not await auto_advance_job(job_id=999_999, item_stage_id=stages[0].id)
    assert (await Job.get(id=archived.id)).stage_id == stages[0].id


async def test_the_last_stage_never_advances_and_a_hiding_automation_hides():
    world = await make_firm()
    stages, statuses = await _pipeline(world.firm_id)
    job = await _job_in(
        world, stages[1], cf_visible=True, cf_status_id=statuses[1].id, cf_description="x"
    )
    async with atomic():
        await enter_stage(job, stages[2], actor_staff_id=None)
    job = await Job.get(id=job.id)
    assert job.stage_id == stages[2].id
    assert not job.cf_visible and job.cf_status_id == statuses[1].id  # status kept, hidden
    await Stage.filter(id=stages[2].id).update(auto_advance=True)  # even if set directly
    async with atomic():
        assert not await auto_advance_job(job_id=job.id, item_stage_id=stages[2].id)
    event = await Event.filter(topic="job", job_id=job.id).order_by("-seq").first()
    assert event.payload == {
        "jobId": str(job.id),
        "clientAccountId": str(world.accounts["alpha"]),
        "visible": False,
        "item": None,
        "source": "AUTOMATION",
    }


async def test_a_failed_entry_rolls_back_the_move():
    world = await make_firm()
    stages, _ = await _pipeline(world.firm_id)
    job = await _job_in(world, stages[0])
    try:
        async with atomic():
            await enter_stage(job, stages[2], actor_staff_id=world.owner.id, visible_override=True)
    except Exception as error:  # showing a job without a status
        assert getattr(error, "code", None) == "BAD_INPUT"
    else:
        raise AssertionError("showing a job without a status must be refused")
    assert (await Job.get(id=job.id)).stage_id == stages[0].id
    assert not await Event.filter(job_id=job.id).exists()
