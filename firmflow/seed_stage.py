"""The demo's stage work: a task template on the tax pipeline's first stage (which also
sends the year-end questionnaire and auto-advances), and a job that entered that stage and
now waits on its blockers: the questionnaire and the onboarding tasks.

`seed.seed_demo` calls `seed_stage_work(demo)` after `seed_stage_request(demo)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from firmflow.seed_jobs import TAX_PIPELINE
from models import Job
from resolvers import jobs, pipelines, task_templates
from resolvers.stage_items import blockers_of_jobs

if TYPE_CHECKING:
    from firmflow.seed import Demo


async def seed_stage_work(demo: Demo) -> None:
    template = await task_templates.create_task_template(
        viewer=demo.owner,
        name="Onboarding documents",
        subject="Documents for your 2025 return",
        message="Welcome! Please tick each item off once you have uploaded it.",
        tasks=["Upload your photo ID", "Upload last year's return", "Sign the engagement letter"],
    )
    tax = next(
        p for p in await pipelines.list_pipelines(viewer=demo.owner) if p.name == TAX_PIPELINE
    )
    first = (await pipelines.stages_of(tax.id))[0]
    await task_templates.set_stage_task_automation(
        viewer=demo.owner, stage_id=first.id, task_template_id=template.id
    )
    job = await jobs.create_job(
        viewer=demo.owner,
        name="2025 Form 1040 - Baker household",
        client_account_id=demo.accounts["ben"],
        pipeline_id=tax.id,
        stage_id=first.id,
    )
    job = await Job.get(id=job.id)
    (blockers,) = await blockers_of_jobs([(job.id, job.stage_id)])
    demo.lines += [
        f"Stage task automation: a job entering {first.name!r} opens a thread from the task "
        f"template {template.name!r} (and auto-advances once its items are done).",
        f"  Job {job.name!r} (id {job.id}) waits on: "
        + "; ".join(blocker.summary for blocker in blockers),
    ]
