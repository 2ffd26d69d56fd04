"""The demo firm of `firmflow seed-demo` and `make run`: built through the same resolver
functions as the API, so the demo is data the product itself could have made.

Running it again changes nothing: the demo owner's e-mail marks the firm as seeded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from models import ClientContact, StaffMember
from resolvers import auth, firms
from resolvers.uow import atomic
from resolvers.viewer import Viewer

DEMO_PASSWORD = "demo-password"
OWNER_EMAIL = "owner@demo.firmflow.test"
ADMIN_EMAIL = "admin@demo.firmflow.test"
EMPLOYEE_EMAIL = "employee@demo.firmflow.test"
CLIENT_EMAILS = ("ana@client.firmflow.test", "ben@client.firmflow.test")


@dataclass
class Demo:
    """What the seed made, for the areas' seed steps and for printing."""

    owner: Viewer
    staff: dict[str, StaffMember] = field(default_factory=dict)
    accounts: dict[str, int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


async def _portal_user(owner: Viewer, contact: ClientContact) -> None:
    invite = await auth.invite_to_portal(viewer=owner, contact_id=str(contact.id))
    await auth.accept_portal_invite(token=invite.token, password=DEMO_PASSWORD)


async def seed_identity() -> Demo:
    _firm, owner = await firms.create_firm(
        name="Demo Accounting LLP",
        owner_name="Olivia Owner",
        owner_email=OWNER_EMAIL,
        owner_password=DEMO_PASSWORD,
    )
    owner_viewer = await auth.viewer_for_staff(owner)
    demo = Demo(owner=owner_viewer, staff={"owner": owner})
    demo.staff["admin"] = await firms.create_staff_member(
        viewer=owner_viewer,
        name="Adam Admin",
        email=ADMIN_EMAIL,
        role="ADMIN",
        password=DEMO_PASSWORD,
    )
    demo.staff["employee"] = await firms.create_staff_member(
        viewer=owner_viewer,
        name="Emma Employee",
        email=EMPLOYEE_EMAIL,
        role="EMPLOYEE",
        password=DEMO_PASSWORD,
    )
    for key, account_name, contact_name, email in (
        ("ana", "Ana Garcia (household)", "Ana Garcia", CLIENT_EMAILS[0]),
        ("ben", "Ben's Bakery Ltd", "Ben Baker", CLIENT_EMAILS[1]),
    ):
        account = await firms.create_client_account(
            viewer=owner_viewer,
            name=account_name,
            contacts=[firms.ContactData(name=contact_name, email=email)],
            team_ids=[str(demo.staff["employee"].id)] if key == "ana" else [],
        )
        demo.accounts[key] = account.id
        contact = await ClientContact.get(client_account_id=account.id)
        await _portal_user(owner_viewer, contact)
    return demo


def sign_in_lines() -> list[str]:
    return [
        f"  owner     {OWNER_EMAIL} / {DEMO_PASSWORD}",
        f"  admin     {ADMIN_EMAIL} / {DEMO_PASSWORD}",
        f"  employee  {EMPLOYEE_EMAIL} / {DEMO_PASSWORD}  (team of Ana Garcia)",
        f"  client    {CLIENT_EMAILS[0]} / {DEMO_PASSWORD}  (portal of Ana Garcia)",
        f"  client    {CLIENT_EMAILS[1]} / {DEMO_PASSWORD}  (portal of Ben's Bakery)",
    ]


SeedStep = Callable[[Demo], Awaitable[None]]


def seed_steps() -> list[SeedStep]:
    """The areas' demo data, run in order after the identity part (statuses, pipelines,
    jobs, threads with tasks, requests, the stage request automation, the stage task
    automation and a job waiting on its blockers, the people side: preferences, the
    client's own inbox and to-do). Each step builds
    through its area's resolver functions as `demo.owner` and may append lines to
    `demo.lines`."""
    from firmflow.seed_jobs import seed_jobs
    from firmflow.seed_portal import seed_portal
    from firmflow.seed_requests import seed_requests, seed_stage_request
    from firmflow.seed_stage import seed_stage_work
    from firmflow.seed_tasks import seed_tasks

    return [
        seed_jobs,
        seed_tasks,
        seed_requests,
        seed_stage_request,
        seed_stage_work,
        seed_portal,
    ]


async def seed_demo() -> tuple[bool, list[str]]:
    """Seed the demo firm once; returns (created, lines to print).

    Everything happens in one transaction, so a failure half-way leaves no half demo that
    the next run would mistake for a finished one.
    """
    if await StaffMember.exists(email=OWNER_EMAIL):
        return False, ["The demo firm exists already. Sign in with:", *sign_in_lines()]
    async with atomic():
        demo = await seed_identity()
        for step in seed_steps():
            await step(demo)
    return True, ["Demo firm created. Sign in with:", *sign_in_lines(), *demo.lines]
