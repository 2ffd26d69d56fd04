"""The demo's client requests: a pending portal request and a working third-party link."""

from firmflow.seed import seed_identity, seed_steps
from firmflow.seed_jobs import TAX_PIPELINE
from firmflow.seed_requests import seed_requests
from models import ClientRequest, Pipeline
from resolvers import jobs
from tests.support_requests import SHARED, data


async def test_the_demo_seed_adds_a_pending_request_and_prints_a_working_link(gql):
    demo = await seed_identity()
    await seed_requests(demo)
    portal = await ClientRequest.get(client_account_id=demo.accounts["ana"])
    assert portal.status == "PENDING" and portal.access == "PORTAL"
    line = next(line for line in demo.lines if "shared-request?token=" in line)
    token = line.split("token=", 1)[1].strip()
    shared = data(await gql(SHARED, {"token": token}), "sharedRequest")
    assert shared["firmName"] == "Demo Accounting LLP" and shared["status"] == "PENDING"


async def test_a_new_demo_job_in_waiting_for_docs_sends_the_year_end_questionnaire():
    demo = await seed_identity()
    for step in seed_steps():
        await step(demo)
    # Only the demo job that waits on its blockers (seed_stage.py) entered the stage since.
    assert await ClientRequest.filter(title="Your 2025 year-end questions").count() == 1
    tax = await Pipeline.get(name=TAX_PIPELINE)
    job = await jobs.create_job(
        viewer=demo.owner,
        name="2026 Form 1040 - Garcia",
        client_account_id=demo.accounts["ana"],
        pipeline_id=tax.id,
    )
    sent = await ClientRequest.get(job_id=job.id)
    assert (sent.title, sent.status, sent.access) == (
        "Your 2025 year-end questions",
        "PENDING",
        "PORTAL",
    )
    assert any("Stage request automation" in line for line in demo.lines)
