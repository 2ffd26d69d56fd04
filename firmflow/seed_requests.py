"""The demo's client requests, made through the same functions as the API: a pending
PORTAL request for Ana, and a THIRD_PARTY request for Ben's Bakery whose link is printed.

The lead calls `await seed_requests(demo)` from `seed.seed_demo` after `seed_identity()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resolvers import requests
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
