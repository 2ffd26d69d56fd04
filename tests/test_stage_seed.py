"""The demo seed's stage work: a stage with a task template and a job waiting on blockers."""

from firmflow.seed import seed_demo
from models import ChatThread, ClientRequest, Job, Stage
from resolvers.stage_items import blockers_of_jobs


async def test_the_demo_has_a_stage_with_a_task_template_and_a_job_waiting_on_its_blockers():
    created, lines = await seed_demo()
    assert created
    stage = await Stage.get(name="Waiting for docs")
    assert stage.auto_advance and stage.task_template_id and stage.request_template_id
    job = await Job.get(name="2025 Form 1040 - Baker household")
    assert job.stage_id == stage.id
    (blockers,) = await blockers_of_jobs([(job.id, job.stage_id)])
    assert [b.kind for b in blockers] == ["OPEN_REQUEST", "OPEN_TASKS"]
    assert await ClientRequest.filter(job_id=job.id).count() == 1
    assert await ChatThread.filter(job_id=job.id).count() == 1
    assert any(
        "waits on: Your 2025 year-end questions: waiting for the client" in line for line in lines
    )
    again, _ = await seed_demo()
    assert not again
    assert await Job.filter(name="2025 Form 1040 - Baker household").count() == 1
