"""The demo's statuses part: pipelines with automations, a job template, and jobs in several
stages for the demo clients, some visible in their portals. Built through the resolvers.

The lead calls `await seed_jobs(demo)` from `firmflow/seed.py` after `seed_identity()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resolvers import jobs, pipelines, statuses
from resolvers.pipelines import StageData, StatusPreset

if TYPE_CHECKING:
    from firmflow.seed import Demo

TAX_PIPELINE = "Individual tax return"
BOOKS_PIPELINE = "Monthly bookkeeping"


async def seed_jobs(demo: Demo) -> None:
    """Add the pipelines, template and jobs; records what it made in `demo.lines`."""
    owner = demo.owner
    named = {s.name: s.id for s in await statuses.list_statuses(viewer=owner)}
    tax = await pipelines.create_pipeline(
        viewer=owner,
        name=TAX_PIPELINE,
        stages=[
            StageData(
                name="Waiting for docs",
                auto_advance=True,
                automation=StatusPreset(visible=True, status_id=named["Waiting for docs"]),
            ),
            StageData(
                name="Preparing",
                automation=StatusPreset(
                    visible=True,
                    status_id=named["Preparing"],
                    description="We have your documents and are preparing your tax return.",
                ),
            ),
            StageData(
                name="In review",
                automation=StatusPreset(visible=True, status_id=named["In review"]),
            ),
            StageData(
                name="Filed",
                automation=StatusPreset(
                    visible=True,
                    status_id=named["Completed"],
                    description="Your return has been filed. A copy is in your documents.",
                ),
            ),
        ],
    )
    books = await pipelines.create_pipeline(
        viewer=owner,
        name=BOOKS_PIPELINE,
        stages=[
            StageData(name="Collecting statements"),
            StageData(
                name="Reconciling",
                automation=StatusPreset(visible=True, status_id=named["In progress"]),
            ),
            StageData(name="Done", automation=StatusPreset(visible=False)),
        ],
    )
    template = await pipelines.create_job_template(
        viewer=owner,
        name="Individual tax return 2025",
        client_status=StatusPreset(visible=True, status_id=named["Waiting for docs"]),
    )
    tax_stages = await pipelines.stages_of(tax.id)
    employee = demo.staff["employee"].id
    ana, ben = demo.accounts["ana"], demo.accounts["ben"]
    made = [
        # (account, pipeline, stage, name, template, apply automation, assignees)
        (ana, tax, tax_stages[0], "2025 Form 1040 - Garcia", template.id, True, [employee]),
        (ana, tax, tax_stages[2], "2024 amended return - Garcia", None, True, [employee]),
        (ben, tax, tax_stages[1], "2025 owner's return - Baker", None, True, []),
        (ben, books, None, "Bookkeeping October", None, True, []),
        (ben, tax, tax_stages[3], "2024 owner's return - Baker", None, True, []),
    ]
    for account, pipeline, stage, name, template_id, apply, assignees in made:
        await jobs.create_job(
            viewer=owner,
            name=name,
            client_account_id=account,
            pipeline_id=pipeline.id,
            stage_id=stage.id if stage else None,
            template_id=template_id,
            assignee_ids=assignees,
            apply_stage_automation=apply,
        )
    demo.lines.append(
        f"Pipelines: {TAX_PIPELINE!r} and {BOOKS_PIPELINE!r} with client-facing status "
        f"automations; {len(made)} jobs, visible in the portals of Ana Garcia and Ben's Bakery."
    )
