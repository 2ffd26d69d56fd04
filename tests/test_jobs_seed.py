"""The demo seed's jobs part: pipelines with automations, a template, and visible jobs."""

from firmflow.seed import seed_identity
from firmflow.seed_jobs import TAX_PIPELINE, seed_jobs
from models import Job, Pipeline, Stage
from resolvers import portal


async def test_the_demo_has_a_tax_pipeline_with_automations_and_jobs_clients_can_see():
    demo = await seed_identity()
    await seed_jobs(demo)
    tax = await Pipeline.get(name=TAX_PIPELINE)
    stages = await Stage.filter(pipeline_id=tax.id).order_by("position")
    assert [s.name for s in stages] == ["Waiting for docs", "Preparing", "In review", "Filed"]
    assert all(s.automation_visible is not None for s in stages)
    assert await Job.filter(firm_id=demo.owner.firm_id).count() == 5
    ana = await portal.work_in_progress_of(demo.accounts["ana"])
    assert {item.status for item in ana} == {"Waiting for docs", "In review"}
    ben = await portal.work_in_progress_of(demo.accounts["ben"])
    assert {item.status for item in ben} == {"Preparing", "Completed"}
    assert demo.lines
