"""The demo's client requests, made through the same functions as the API: a pending
PORTAL request for Ana, and a THIRD_PARTY request for Ben's Bakery whose link is printed;
then (`seed_stage_request`, after the jobs) a request template that the tax pipeline's
first stage sends to the client of every job entering it.

`seed.seed_demo` calls `seed_requests(demo)` and `seed_stage_request(demo)` after
`seed_identity()` and the jobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from firmflow.seed_jobs import TAX_PIPELINE
from resolvers import pipelines, requests
from resolvers.requests import QuestionData, ReminderData

if TYPE_CHECKING:
    from firmflow.seed import Demo

YEAR_END = [
    QuestionData(kind="SHORT_TEXT", prompt="Who was your employer in 2025?", required=True),
    QuestionData(kind="YES_NO", prompt="Did you move house in 2025?", required=True),
    QuestionData(kind="DATE", prompt="If so, on what date?"),
    QuestionData(
        kind="MULTIPLE_CHOICE",
        prompt="Which kinds of income did you have?",
        options=("Wages", "Rent", "Interest", "Crypto"),
    ),
    QuestionData(kind="NUMBER", prompt="Total charitable gifts (USD)"),
    QuestionData(kind="FILE_UPLOAD", prompt="Please upload your W-2"),
    QuestionData(kind="LONG_TEXT", prompt="Anything else we should know?"),
]

BAKERY = [
    QuestionData(
        kind="SINGLE_CHOICE",
        prompt="How are the payroll records kept?",
        options=("Spreadsheet", "Payroll software", "Paper"),
        required=True,
    ),
    QuestionData(kind="FILE_UPLOAD", prompt="Upload the December payroll summary"),
]


async def seed_requests(demo: Demo) -> None:
    """Add the demo requests; appends the third-party link to `demo.lines`."""
    await requests.create_request(
        viewer=demo.owner,
        title="A few questions for your 2025 return",
        client_account_id=demo.accounts["ana"],
        access="PORTAL",
        questions=YEAR_END,
        reminder=ReminderData(every_days=3, max_count=3),
        send=True,
    )
    bakery = await requests.create_request(
        viewer=demo.owner,
        title="Payroll records for the year-end accounts",
        client_account_id=demo.accounts["ben"],
        access="THIRD_PARTY",
        recipients=["bookkeeper@bakery.firmflow.test"],
        questions=BAKERY,
        send=True,
    )
    link = await requests.issue_third_party_link(viewer=demo.owner, request_id=bakery.id)
    demo.lines += [
        "Client requests:",
        "  Ana Garcia has a pending request in her portal.",
        f"  Third-party request (Ben's Bakery bookkeeper): {link.url}",
        f'    sharedRequest(token: "{link.token}")',
    ]


async def seed_stage_request(demo: Demo) -> None:
    """A "Year-end questionnaire" template on the tax pipeline's first stage: a job created
    in (or moved into) "Waiting for docs" sends it to the client. Set after the demo jobs
    exist, so seeding sends nothing by itself."""
    template = await requests.create_template(
        viewer=demo.owner,
        name="Year-end questionnaire",
        title="Your 2025 year-end questions",
        questions=YEAR_END,
    )
    tax = next(
        p for p in await pipelines.list_pipelines(viewer=demo.owner) if p.name == TAX_PIPELINE
    )
    first = (await pipelines.stages_of(tax.id))[0]
    await pipelines.set_stage_request_automation(
        viewer=demo.owner, stage_id=first.id, request_template_id=template.id
    )
    demo.lines.append(
        f"Stage request automation: a new job in {first.name!r} sends the client "
        f"{template.title!r} from the template {template.name!r}."
    )
