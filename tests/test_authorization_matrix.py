"""The authorization matrix: every role x every query, mutation and subscription of the
SERVED schema, each with the outcome ACCESS.md gives it (allowed, FORBIDDEN, NOT_FOUND,
UNAUTHENTICATED, or null for a record the viewer may not see).

One table, `ROWS`, mirrors ACCESS.md. A served operation without a row fails
`test_every_served_operation_has_a_row`, so a new operation cannot ship without saying who
may use it. Adding a row: a builder that returns the operation's variables for a role
(creating fresh targets when the operation changes them), and the expected outcome per role
with `expect(...)` (see its docstring for the order of roles). The document is generated
from the served schema: the arguments given, and `__typename` as the selection.

The world (two firms, their people, a job, a thread, requests, templates) is built once
for the module; operations that change what others rely on get fresh targets from their
builder. Every role calls from its own client address, so wrong-token rate limits of one
role never answer for another.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import websockets
from graphql import GraphQLNamedType, get_named_type, is_leaf_type

from firmflow.settings import Settings, use_settings
from models import PasswordReset, StaffMember
from resolvers.auth import hash_token, new_token
from schema import build_schema
from subscriptions.broadcast import published
from subscriptions.hub import forget_cached_access
from tests.conftest import _empty_tables
from tests.support import PASSWORD, FirmWorld, Gql, make_firm, sign_in

# The roles of ACCESS.md, in the order `expect` takes them.
ROLES = (
    "owner",
    "admin",
    "employee",  # on the team of the account every row targets (access to its jobs)
    "employee_off",  # an employee of the firm with no access to that account or its jobs
    "client",  # a portal user of that account
    "client_other",  # a portal user of another account of the firm
    "other_firm",  # another firm's owner
    "third_party",  # holds the secret link of one THIRD_PARTY request of that account
    "anonymous",
)
OK, NULL = "OK", "NULL"
F, NF, U = "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"
ABBREVIATIONS = {"OK": OK, "NULL": NULL, "F": F, "NF": NF, "U": U}


def expect(outcomes: str) -> dict[str, str]:
    """Outcomes in role order: owner admin employee employee_off client client_other
    other_firm [third_party anonymous]; third party and anonymous default to U.
    OK allowed, NULL allowed but null (a record the role may not see), F FORBIDDEN,
    NF NOT_FOUND, U UNAUTHENTICATED."""
    words = outcomes.split()
    words += ["U", "U"][: len(ROLES) - len(words)]
    assert len(words) == len(ROLES), outcomes
    return {role: ABBREVIATIONS[word] for role, word in zip(ROLES, words, strict=True)}


# Shorthands for the usual rows.
STAFF_READ = expect("OK OK OK OK F F OK")  # a firm-wide staff list; the other firm reads its own
ADMIN_CREATE = expect("OK OK F F F F OK")  # owner/admin create in their own firm
ADMIN_CHANGE = expect("OK OK F F F F NF")  # owner/admin change a record of their firm
WITH_ACCESS = expect("OK OK OK NF F F NF")  # staff with access to the account or job
SIGNED_IN = expect("OK OK OK OK OK OK OK")  # anyone signed in, over their own data
EVERYONE = expect("OK OK OK OK OK OK OK OK OK")  # no sign-in needed (the argument is the key)


@dataclass
class Call:
    """What a role sends: variables, and optionally another bearer token than its own."""

    variables: dict[str, Any] = field(default_factory=dict)
    token: str | None = None
    own_token: bool = True


@dataclass
class World:
    firm: FirmWorld
    other: FirmWorld
    employee_off: str
    owner_api: Gql
    tokens: dict[str, str | None] = field(default_factory=dict)
    job: str = ""
    pipeline: str = ""
    stages: list[str] = field(default_factory=list)
    settings_pipeline: str = ""
    settings_stages: list[str] = field(default_factory=list)
    status: str = ""
    thread: str = ""
    task: str = ""
    portal_request: str = ""
    portal_question: str = ""
    link_request: str = ""
    link_question: str = ""
    link_token: str = ""
    request_template: str = ""
    job_template: str = ""
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def alpha(self) -> str:
        return str(self.firm.accounts["alpha"])

    async def owner(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """Set-up through the API as the firm's owner; fails loudly if it does not work."""
        result = await self.owner_api(query, variables or {}, token=self.firm.owner.token)
        assert not result.get("errors"), result
        return next(iter(result["data"].values()))

    def unique(self, prefix: str) -> str:
        return f"{prefix}-{next(self.counter)}"

    async def new_job(self, *, archived: bool = False) -> str:
        job = await self.owner(
            "mutation($i: CreateJobInput!) { createJob(input: $i) { id } }",
            {
                "i": {
                    "name": self.unique("Job"),
                    "clientAccountId": self.alpha,
                    "pipelineId": self.pipeline,
                }
            },
        )
        if archived:
            await self.owner("mutation($j: ID!) { archiveJob(jobId: $j) { id } }", {"j": job["id"]})
        return job["id"]

    async def new_thread(self) -> dict[str, Any]:
        return await self.owner(
            "mutation($a: ID!, $s: String!) { createThread(clientAccountId: $a, subject: $s,"
            ' tasks: ["Send W-2", "Sign 8879"]) { id tasks { id } } }',
            {"a": self.alpha, "s": self.unique("Thread")},
        )

    async def new_request(self, *, access: str = "PORTAL", send: bool = True) -> dict[str, Any]:
        return await self.owner(
            "mutation($i: CreateClientRequestInput!) { createClientRequest(input: $i)"
            " { id questions { id kind } } }",
            {
                "i": {
                    "title": self.unique("Request"),
                    "clientAccountId": self.alpha,
                    "access": access,
                    "questions": [
                        {"kind": "SHORT_TEXT", "prompt": "Anything else?"},
                        {"kind": "FILE_UPLOAD", "prompt": "Your W-2"},
                    ],
                    "send": send,
                }
            },
        )

    async def new_link(self, request_id: str) -> str:
        link = await self.owner(
            "mutation($r: ID!) { thirdPartyLink(requestId: $r) { token } }", {"r": request_id}
        )
        return link["token"]

    async def new_status(self) -> str:
        status = await self.owner(
            "mutation($n: String!) { createClientFacingStatus(name: $n) { id } }",
            {"n": self.unique("Status")},
        )
        return status["id"]

    async def new_contact(self) -> str:
        account = await self.owner(
            "mutation($n: String!, $c: [ContactInput!]) { createClientAccount(name: $n,"
            " contacts: $c) { contacts { id } } }",
            {"n": self.unique("Account"), "c": [{"name": "C", "email": self.email("contact")}]},
        )
        return account["contacts"][0]["id"]

    async def new_task_template(self) -> str:
        template = await self.owner(
            'mutation($n: String!) { createTaskTemplate(name: $n, subject: "Documents",'
            ' tasks: ["Send W-2"]) { id } }',
            {"n": self.unique("Task template")},
        )
        return template["id"]

    async def new_request_template(self) -> str:
        template = await self.owner(
            'mutation($n: String!) { createRequestTemplate(name: $n, title: "Year end",'
            ' questions: [{kind: SHORT_TEXT, prompt: "Changes?"}]) { id } }',
            {"n": self.unique("Request template")},
        )
        return template["id"]

    def email(self, prefix: str) -> str:
        return f"{self.unique(prefix)}@matrix.test"


async def build_world(owner_api: Gql) -> World:
    """Two firms with their people, and the shared targets, made through the API."""
    from resolvers import firms

    firm = await make_firm("Matrix Firm")
    other = await make_firm("Other Firm", accounts=("gamma",))
    off = await firms.create_staff_member(
        viewer=firm.owner.viewer,
        name="Off Team",
        email="off@matrix-firm.test",
        role="EMPLOYEE",
        password=PASSWORD,
    )
    world = World(
        firm=firm,
        other=other,
        employee_off=(await sign_in(off.email)).token,
        owner_api=owner_api,
    )
    return await complete_world(world)


async def complete_world(world: World) -> World:
    """The shared targets, made through the API as the owner."""
    pipeline_query = (
        'mutation($n: String!) { createPipeline(name: $n, stages: [{name: "Intake"},'
        ' {name: "Preparing"}, {name: "Done"}]) { id stages { id } } }'
    )
    pipeline = await world.owner(pipeline_query, {"n": "Tax season"})
    world.pipeline, world.stages = pipeline["id"], [s["id"] for s in pipeline["stages"]]
    settings_pipeline = await world.owner(pipeline_query, {"n": "Settings only"})
    world.settings_pipeline = settings_pipeline["id"]
    world.settings_stages = [s["id"] for s in settings_pipeline["stages"]]
    world.job = await world.new_job()
    world.status = await world.new_status()
    thread = await world.new_thread()
    world.thread, world.task = thread["id"], thread["tasks"][0]["id"]
    portal = await world.new_request()
    world.portal_request, world.portal_question = portal["id"], portal["questions"][0]["id"]
    linked = await world.new_request(access="THIRD_PARTY")
    world.link_request, world.link_question = linked["id"], linked["questions"][0]["id"]
    world.link_token = await world.new_link(linked["id"])
    template = await world.owner(
        'mutation { createRequestTemplate(name: "Year end", title: "Year end",'
        ' questions: [{kind: SHORT_TEXT, prompt: "Any changes?"}]) { id } }'
    )
    world.request_template = template["id"]
    job_template = await world.owner('mutation { createJobTemplate(name: "Return") { id } }')
    world.job_template = job_template["id"]
    world.tokens = {
        "owner": world.firm.owner.token,
        "admin": world.firm.admin.token,
        "employee": world.firm.employee.token,
        "employee_off": world.employee_off,
        "client": world.firm.clients["alpha"].token,
        "client_other": world.firm.clients["beta"].token,
        "other_firm": world.other.owner.token,
        "third_party": None,
        "anonymous": None,
    }
    return world


Builder = Callable[[World, str], Awaitable[Call]]


@dataclass(frozen=True)
class Row:
    build: Builder
    expected: dict[str, str]


def fixed(**variables: Callable[[World], Any]) -> Builder:
    """Variables read from the shared world (the operation changes nothing others use)."""

    async def build(world: World, role: str) -> Call:
        return Call({name: value(world) for name, value in variables.items()})

    return build


def answering(*, fresh: bool, extra: Callable[[World, str], dict[str, Any]]) -> Builder:
    """An answering operation: the third party passes its link token, everyone else the
    request id of the account's PORTAL request (fresh ones when the operation ends it)."""

    async def build(world: World, role: str) -> Call:
        if role == "third_party":
            if fresh:
                request = await world.new_request(access="THIRD_PARTY")
                token = await world.new_link(request["id"])
                question = request["questions"]
            else:
                token, question = (
                    world.link_token,
                    [{"id": world.link_question, "kind": "SHORT_TEXT"}],
                )
            return Call({"token": token, **extra(world, _question_id(question))})
        if fresh:
            request = await world.new_request()
            request_id, question = request["id"], request["questions"]
        else:
            request_id = world.portal_request
            question = [{"id": world.portal_question, "kind": "SHORT_TEXT"}]
        return Call({"requestId": request_id, **extra(world, _question_id(question))})

    return build


def _question_id(questions: list[dict[str, Any]]) -> str:
    return questions[0]["id"]


def link_only(**extra: Any) -> Builder:
    """A token-only operation: the third party has its link; nobody else holds one."""

    async def build(world: World, role: str) -> Call:
        token = world.link_token if role == "third_party" else "no-link-held"
        return Call({"token": token, **extra})

    return build


async def _fresh_session(world: World, role: str) -> Call:
    """logout: a session of the role's own person made for the call (the shared token
    stays valid for the other rows)."""
    emails = {
        "owner": world.firm.owner.email,
        "admin": world.firm.admin.email,
        "employee": world.firm.employee.email,
        "employee_off": "off@matrix-firm.test",
        "client": world.firm.clients["alpha"].email,
        "client_other": world.firm.clients["beta"].email,
        "other_firm": world.other.owner.email,
    }
    if role not in emails:
        return Call()
    return Call(token=(await sign_in(emails[role])).token)


async def _reset_token(world: World, role: str) -> Call:
    staff = await StaffMember.create(
        firm_id=world.firm.firm_id,
        name="Forgetful",
        email=world.email("forgetful"),
        role="EMPLOYEE",
        password_hash="unused",
    )
    token = new_token()
    await PasswordReset.create(
        staff=staff, token_hash=hash_token(token), expires_at=datetime.now(UTC) + timedelta(1)
    )
    return Call({"token": token, "password": "matrix-new-password-7q"})


async def _invite_token(world: World, role: str) -> Call:
    from resolvers.auth import invite_to_portal

    invite = await invite_to_portal(
        viewer=world.firm.owner.viewer, contact_id=await world.new_contact()
    )
    return Call({"token": invite.token, "password": "a portal password"})


def fresh_job(name: str = "jobId", *, archived: bool = False, **extra: Any) -> Builder:
    async def build(world: World, role: str) -> Call:
        job = await world.new_job(archived=archived)
        return Call({name: job, **{k: v(world) if callable(v) else v for k, v in extra.items()}})

    return build


def fresh_thread(**extra: Callable[[World, dict[str, Any]], Any]) -> Builder:
    async def build(world: World, role: str) -> Call:
        thread = await world.new_thread()
        return Call({name: value(world, thread) for name, value in extra.items()})

    return build


def fresh_request(name: str, *, access: str = "PORTAL", send: bool, **extra: Any) -> Builder:
    async def build(world: World, role: str) -> Call:
        request = await world.new_request(access=access, send=send)
        return Call({name: request["id"], **extra})

    return build


async def _fresh_status(world: World, role: str) -> Call:
    return Call({"id": await world.new_status()})


# A host name that never resolves (RFC 2606): the endpoints made here receive nothing.
WEBHOOK_URL = "https://hooks.matrix.invalid/firmflow"


def fresh_endpoint(**extra: Any) -> Builder:
    """A webhook endpoint of the firm made for the call (the operation may delete it)."""

    async def build(world: World, role: str) -> Call:
        created = await world.owner(
            "mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i)"
            " { endpoint { id } } }",
            {"i": {"url": WEBHOOK_URL, "topics": ["JOB"]}},
        )
        return Call({"id": created["endpoint"]["id"], **extra})

    return build


async def _endpoint_log(world: World, role: str) -> Call:
    call = await fresh_endpoint()(world, role)
    return Call({"endpointId": call.variables["id"]})


async def _fresh_contact(world: World, role: str) -> Call:
    return Call({"contactId": await world.new_contact()})


async def _new_staff(world: World, role: str) -> Call:
    return Call(
        {"name": "New", "email": world.email("staff"), "role": "EMPLOYEE", "password": PASSWORD}
    )


async def _new_job_input(world: World, role: str) -> Call:
    return Call(
        {
            "input": {
                "name": world.unique("Job"),
                "clientAccountId": world.alpha,
                "pipelineId": world.pipeline,
            }
        }
    )


async def _new_request_input(world: World, role: str) -> Call:
    return Call(
        {
            "input": {
                "title": world.unique("Request"),
                "clientAccountId": world.alpha,
                "access": "PORTAL",
                "questions": [{"kind": "SHORT_TEXT", "prompt": "Anything?"}],
            }
        }
    )


def _upload_extra(world: World, question_id: str) -> dict[str, Any]:
    return {"questionId": _file_question(world, question_id), "file": None}


def _file_question(world: World, question_id: str) -> str:
    # The FILE_UPLOAD question is the one after the SHORT_TEXT one.
    return str(int(question_id) + 1)


def _answers(world: World, question_id: str) -> dict[str, Any]:
    return {"answers": [{"questionId": question_id, "text": "All done"}]}


async def _bulk(world: World, role: str) -> Call:
    return Call({"jobIds": [await world.new_job()], "input": {"visibility": "HIDE"}})


class _File:
    """What a multipart part looks like to the upload resolver."""

    filename = "w2.pdf"
    content_type = "application/pdf"

    def __init__(self) -> None:
        self._data = b"%PDF-1.7 matrix"

    async def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data


async def _uploaded_file(world: World, role: str) -> Call:
    """deleteRequestFile: a file just uploaded to the request the role answers (the third
    party's link request; the account's PORTAL request for everyone else)."""
    from resolvers.uploads import upload_request_file

    if role == "third_party":
        row = await upload_request_file(
            viewer=None,
            request_id=None,
            token=world.link_token,
            question_id=_file_question(world, world.link_question),
            upload=_File(),
        )
        return Call({"token": world.link_token, "fileId": str(row.id)})
    row = await upload_request_file(
        viewer=world.firm.clients["alpha"].viewer,
        request_id=world.portal_request,
        token=None,
        question_id=_file_question(world, world.portal_question),
        upload=_File(),
    )
    return Call({"requestId": world.portal_request, "fileId": str(row.id)})


async def _fresh_task_template(world: World, role: str) -> Call:
    return Call({"id": await world.new_task_template()})


async def _fresh_request_template(world: World, role: str) -> Call:
    return Call({"id": await world.new_request_template()})


async def _portal_view(world: World, role: str) -> Call:
    """A portal user reads its own portal (no id); staff name the account."""
    if role in ("client", "client_other"):
        return Call()
    return Call({"clientAccountId": world.alpha})


def ALPHA(world: World) -> str:
    return world.alpha


ROWS: dict[str, Row] = {
    # ------------------------------------------------------------ identity
    "viewer": Row(fixed(), SIGNED_IN),
    "firm": Row(fixed(), SIGNED_IN),
    "staff": Row(fixed(), STAFF_READ),
    "clientAccounts": Row(fixed(), STAFF_READ),
    "clientAccount": Row(fixed(id=ALPHA), expect("OK OK OK NULL OK NULL NULL")),
    "login": Row(fixed(email=lambda w: w.firm.admin.email, password=lambda w: PASSWORD), EVERYONE),
    "logout": Row(_fresh_session, SIGNED_IN),
    "updateFirmSettings": Row(
        fixed(showMessageContentInClientEmails=lambda w: False), ADMIN_CREATE
    ),
    "createStaffMember": Row(_new_staff, ADMIN_CREATE),
    "createClientAccount": Row(fixed(name=lambda w: w.unique("Account")), ADMIN_CREATE),
    "setClientTeam": Row(
        fixed(clientAccountId=ALPHA, staffIds=lambda w: [str(w.firm.employee.id)]), ADMIN_CHANGE
    ),
    "inviteToPortal": Row(_fresh_contact, ADMIN_CHANGE),
    "acceptPortalInvite": Row(_invite_token, EVERYONE),
    "requestPasswordReset": Row(fixed(email=lambda w: w.email("nobody")), EVERYONE),
    "resetPassword": Row(_reset_token, EVERYONE),
    "auditLog": Row(fixed(), expect("OK F F F F F OK")),  # owners only, their own firm's
    # ------------------------------------------------------------ statuses, pipelines, jobs
    "clientFacingStatuses": Row(fixed(), STAFF_READ),
    "createClientFacingStatus": Row(fixed(name=lambda w: w.unique("Status")), ADMIN_CREATE),
    "updateClientFacingStatus": Row(_fresh_status, ADMIN_CHANGE),
    "deleteClientFacingStatus": Row(_fresh_status, ADMIN_CHANGE),
    "pipelines": Row(fixed(), STAFF_READ),
    "pipeline": Row(fixed(id=lambda w: w.pipeline), expect("OK OK OK OK F F NULL")),
    "createPipeline": Row(
        fixed(name=lambda w: w.unique("Pipeline"), stages=lambda w: [{"name": "Only"}]),
        ADMIN_CREATE,
    ),
    "updatePipelineSettings": Row(
        fixed(
            pipelineId=lambda w: w.settings_pipeline, showClientFacingStatusOnCards=lambda w: True
        ),
        ADMIN_CHANGE,
    ),
    "setStageClientStatusAutomation": Row(
        fixed(stageId=lambda w: w.settings_stages[1], automation=lambda w: None), ADMIN_CHANGE
    ),
    "setStageAutoAdvance": Row(
        fixed(stageId=lambda w: w.settings_stages[0], autoAdvance=lambda w: False), ADMIN_CHANGE
    ),
    "setStageRequestAutomation": Row(
        fixed(stageId=lambda w: w.settings_stages[1], requestTemplateId=lambda w: None),
        ADMIN_CHANGE,
    ),
    "jobTemplates": Row(fixed(), STAFF_READ),
    "createJobTemplate": Row(fixed(name=lambda w: w.unique("Template")), ADMIN_CREATE),
    "jobs": Row(fixed(), STAFF_READ),
    "job": Row(fixed(id=lambda w: w.job), expect("OK OK OK NULL F F NULL")),
    "kanban": Row(fixed(pipelineId=lambda w: w.pipeline), expect("OK OK OK OK F F NF")),
    "createJob": Row(_new_job_input, WITH_ACCESS),
    "setJobAssignees": Row(fresh_job(staffIds=lambda w: [str(w.firm.employee.id)]), WITH_ACCESS),
    "moveJob": Row(fresh_job(stageId=lambda w: w.stages[1]), WITH_ACCESS),
    "updateJobClientFacing": Row(fresh_job(input={"jobName": "Your return"}), WITH_ACCESS),
    "bulkUpdateClientFacing": Row(_bulk, WITH_ACCESS),
    "archiveJob": Row(fresh_job(), WITH_ACCESS),
    "unarchiveJob": Row(fresh_job(archived=True), WITH_ACCESS),
    "deleteJob": Row(fresh_job(), WITH_ACCESS),
    "updateJob": Row(fixed(jobId=lambda w: w.job, name=lambda w: w.unique("Renamed")), WITH_ACCESS),
    "linkThreadToJob": Row(fixed(threadId=lambda w: w.thread, jobId=lambda w: w.job), WITH_ACCESS),
    "linkRequestToJob": Row(
        fixed(requestId=lambda w: w.portal_request, jobId=lambda w: w.job), WITH_ACCESS
    ),
    "taskTemplates": Row(fixed(), STAFF_READ),
    "createTaskTemplate": Row(
        fixed(
            name=lambda w: w.unique("Task template"),
            subject=lambda w: "Documents",
            tasks=lambda w: ["Send W-2"],
        ),
        ADMIN_CREATE,
    ),
    "deleteTaskTemplate": Row(_fresh_task_template, ADMIN_CHANGE),
    "setStageTaskAutomation": Row(
        fixed(stageId=lambda w: w.settings_stages[1], taskTemplateId=lambda w: None),
        ADMIN_CHANGE,
    ),
    "updateRequestTemplate": Row(
        fixed(id=lambda w: w.request_template, name=lambda w: w.unique("Renamed")),
        ADMIN_CHANGE,
    ),
    "deleteRequestTemplate": Row(_fresh_request_template, ADMIN_CHANGE),
    "workInProgress": Row(fixed(), expect("F F F F OK OK F")),
    "portalPreview": Row(fixed(clientAccountId=ALPHA), expect("OK OK OK NF OK NF NF")),
    # ------------------------------------------------------------ threads, tasks, inbox
    "threads": Row(fixed(), SIGNED_IN),
    "thread": Row(fixed(id=lambda w: w.thread), expect("OK OK OK NULL OK NULL NULL")),
    "createThread": Row(
        fixed(clientAccountId=ALPHA, subject=lambda w: w.unique("Subject")),
        expect("OK OK OK NF OK NF NF"),
    ),
    "postMessage": Row(
        fixed(threadId=lambda w: w.thread, body=lambda w: "Hello"),
        expect("OK OK OK NF OK NF NF"),
    ),
    "addClientTasks": Row(
        fixed(threadId=lambda w: w.thread, titles=lambda w: ["One more"]), WITH_ACCESS
    ),
    "updateClientTask": Row(
        fixed(taskId=lambda w: w.task, title=lambda w: "Send your W-2"), WITH_ACCESS
    ),
    "deleteClientTask": Row(fresh_thread(taskId=lambda w, t: t["tasks"][0]["id"]), WITH_ACCESS),
    "reorderClientTasks": Row(
        fresh_thread(
            threadId=lambda w, t: t["id"],
            taskIds=lambda w, t: [task["id"] for task in reversed(t["tasks"])],
        ),
        WITH_ACCESS,
    ),
    "setClientTaskCompleted": Row(
        fixed(taskId=lambda w: w.task, completed=lambda w: False),
        expect("OK OK OK NF OK NF NF"),
    ),
    "resendClientTasks": Row(fixed(threadId=lambda w: w.thread), WITH_ACCESS),
    "setThreadReminder": Row(
        fixed(threadId=lambda w: w.thread, reminder=lambda w: None), WITH_ACCESS
    ),
    "inbox": Row(fixed(), SIGNED_IN),  # staff and portal users: their own
    "markNotificationsRead": Row(fixed(ids=lambda w: []), SIGNED_IN),
    "notificationPreferences": Row(fixed(), STAFF_READ),
    "setNotificationPreference": Row(
        fixed(kind=lambda w: "CLIENT_MESSAGE", inbox=lambda w: True, email=lambda w: False),
        STAFF_READ,
    ),
    "clientTodo": Row(fixed(), expect("F F F F OK OK F")),
    "portalView": Row(_portal_view, expect("OK OK OK NF OK OK NF")),
    # ------------------------------------------------------------ client requests
    "clientRequests": Row(fixed(), SIGNED_IN),
    "clientRequest": Row(
        fixed(id=lambda w: w.portal_request), expect("OK OK OK NULL OK NULL NULL")
    ),
    "requestTemplates": Row(fixed(), STAFF_READ),
    "createRequestTemplate": Row(
        fixed(
            name=lambda w: w.unique("Template"),
            title=lambda w: "Year end",
            questions=lambda w: [{"kind": "SHORT_TEXT", "prompt": "Changes?"}],
        ),
        ADMIN_CREATE,
    ),
    "createClientRequest": Row(_new_request_input, WITH_ACCESS),
    "updateClientRequest": Row(
        fresh_request("id", send=False, input={"title": "Renamed"}), WITH_ACCESS
    ),
    "sendClientRequest": Row(fresh_request("id", send=False), WITH_ACCESS),
    "cancelClientRequest": Row(fresh_request("id", send=True), WITH_ACCESS),
    "thirdPartyLink": Row(fresh_request("requestId", access="THIRD_PARTY", send=True), WITH_ACCESS),
    "reissueThirdPartyLink": Row(
        fresh_request("requestId", access="THIRD_PARTY", send=True), WITH_ACCESS
    ),
    "deleteRequestFile": Row(_uploaded_file, expect("OK OK OK NF OK NF NF OK U")),
    "sharedRequest": Row(link_only(), expect("NF NF NF NF NF NF NF OK NF")),
    "saveRequestAnswers": Row(
        answering(fresh=False, extra=_answers), expect("F F F F OK NF F OK U")
    ),
    "uploadRequestFile": Row(
        answering(fresh=False, extra=_upload_extra), expect("F F F F OK NF F OK U")
    ),
    "submitClientRequest": Row(
        answering(fresh=True, extra=lambda w, q: {}), expect("F F F F OK NF F OK U")
    ),
    # ------------------------------------------------------------ webhooks
    "webhookEndpoints": Row(fixed(), ADMIN_CREATE),
    "webhookDeliveries": Row(_endpoint_log, ADMIN_CHANGE),
    "createWebhookEndpoint": Row(
        fixed(input=lambda w: {"url": WEBHOOK_URL, "topics": ["JOB", "TASK"]}), ADMIN_CREATE
    ),
    "pauseWebhookEndpoint": Row(fresh_endpoint(), ADMIN_CHANGE),
    "resumeWebhookEndpoint": Row(fresh_endpoint(), ADMIN_CHANGE),
    "deleteWebhookEndpoint": Row(fresh_endpoint(), ADMIN_CHANGE),
    "rotateWebhookSecret": Row(fresh_endpoint(), ADMIN_CHANGE),
    "replayWebhookEndpoint": Row(fresh_endpoint(fromSeq="1"), ADMIN_CHANGE),
    # ------------------------------------------------------------ subscriptions
    "clientTaskEvents": Row(fixed(), expect("OK OK OK OK OK OK OK F U")),
    "jobStatusEvents": Row(fixed(), expect("OK OK OK OK OK OK OK F U")),
    "requestEvents": Row(
        fixed(requestId=lambda w: w.link_request), expect("OK OK OK NF NF NF NF OK U")
    ),
    "inboxNotifications": Row(fixed(), expect("OK OK OK OK OK OK OK F U")),
}

SCHEMA = build_schema()._schema
ROOTS = {
    "query": SCHEMA.query_type,
    "mutation": SCHEMA.mutation_type,
    "subscription": SCHEMA.subscription_type,
}


def served_operations() -> dict[str, str]:
    """Every root field of the served schema, with its operation kind."""
    return {
        name: kind
        for kind, root in ROOTS.items()
        if root
        for name in root.fields  # type: ignore[union-attr]
    }


def document(name: str, variables: dict[str, Any]) -> str:
    """`kind($a: T!, ...) { name(a: $a, ...) { __typename } }` from the served schema."""
    kind = served_operations()[name]
    root = ROOTS[kind]
    assert root is not None
    field_def = root.fields[name]
    declared = ", ".join(f"${arg}: {field_def.args[arg].type}" for arg in variables)
    passed = ", ".join(f"{arg}: ${arg}" for arg in variables)
    named: GraphQLNamedType = get_named_type(field_def.type)
    selection = "" if is_leaf_type(named) else " { __typename }"
    head = f"{kind}({declared})" if declared else kind
    call = f"{name}({passed})" if passed else name
    return f"{head} {{ {call}{selection} }}"


def outcome_of(result: dict[str, Any], name: str) -> str:
    errors = result.get("errors") or []
    if errors:
        return errors[0].get("extensions", {}).get("code") or f"untyped: {errors[0]}"
    return NULL if (result.get("data") or {}).get(name) is None else OK


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
async def world(app: Any, base_settings: Settings) -> AsyncIterator[World]:
    """One world for the whole module; emptied when the module ends."""
    use_settings(base_settings)
    transport = httpx.ASGITransport(app=app, client=("192.0.2.250", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as c:
        yield await build_world(Gql(c))
    await published()
    await _empty_tables()
    forget_cached_access()


@pytest.fixture
async def settings(base_settings: Settings, database: str) -> AsyncIterator[Settings]:
    """Overrides the suite's per-test emptying: this module's world lives for the module."""
    use_settings(base_settings)
    yield base_settings


@pytest.fixture(scope="module")
async def callers(app: Any) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """One HTTP client per role, each from its own address."""
    clients = {
        role: httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=(f"192.0.2.{index + 1}", 40000)),
            base_url="http://testserver.local",
        )
        for index, role in enumerate(ROLES)
    }
    yield clients
    for client in clients.values():
        await client.aclose()


async def call_http(
    world: World, client: httpx.AsyncClient, name: str, role: str, call: Call
) -> str:
    token = call.token if call.token is not None else world.tokens[role]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    query = document(name, call.variables)
    if "file" in call.variables:
        headers["Apollo-Require-Preflight"] = "true"
        operations = {"query": query, "variables": call.variables}
        response = await client.post(
            "/graphql",
            data={
                "operations": json.dumps(operations),
                "map": json.dumps({"0": ["variables.file"]}),
            },
            files={"0": ("w2.pdf", b"%PDF-1.7 matrix", "application/pdf")},
            headers=headers,
        )
    else:
        response = await client.post(
            "/graphql", json={"query": query, "variables": call.variables}, headers=headers
        )
    assert response.status_code in (200, 400), response.text
    return outcome_of(response.json(), name)


async def call_websocket(world: World, server: str, name: str, role: str, call: Call) -> str:
    """Subscribe over graphql-transport-ws; an error (or a refused connection) is the
    outcome, a result or a quiet stream is allowed."""
    if role == "third_party":
        params: dict[str, Any] = {"requestToken": world.link_token}
    elif world.tokens[role]:
        params = {"authorization": f"Bearer {world.tokens[role]}"}
    else:
        params = {}
    async with websockets.connect(
        f"ws://{server}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=10
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": params}))
        try:
            reply = json.loads(await asyncio.wait_for(ws.recv(), 10))
        except websockets.ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd else None
            return U if code == 4403 else f"closed {code}"
        assert reply["type"] == "connection_ack", reply
        payload = {"query": document(name, call.variables), "variables": call.variables}
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        try:
            message = json.loads(await asyncio.wait_for(ws.recv(), 0.75))
        except TimeoutError:
            return OK
        if message["type"] == "error":
            return outcome_of({"errors": message["payload"]}, name)
        if message["type"] == "next":
            return outcome_of(message["payload"], name)
        return f"unexpected {message['type']}"


# ------------------------------------------------------------------ the tests


def test_every_served_operation_has_a_row():
    served = set(served_operations())
    assert served - set(ROWS) == set(), "add a row to ROWS for each new operation"
    assert set(ROWS) - served == set(), "ROWS names operations the schema does not serve"


def test_every_row_names_every_role():
    for name, row in ROWS.items():
        assert set(row.expected) == set(ROLES), name


@pytest.mark.parametrize(
    "operation", sorted(n for n, k in served_operations().items() if k != "subscription")
)
async def test_who_may_call(operation, world, callers):
    row = ROWS[operation]
    found = {}
    for role in ROLES:
        call = await row.build(world, role)
        found[role] = await call_http(world, callers[role], operation, role, call)
    assert found == row.expected


@pytest.mark.parametrize(
    "operation", sorted(n for n, k in served_operations().items() if k == "subscription")
)
async def test_who_may_subscribe(operation, world, live_server):
    row = ROWS[operation]
    calls = [await row.build(world, role) for role in ROLES]
    outcomes = await asyncio.gather(
        *(
            call_websocket(world, live_server, operation, role, call)
            for role, call in zip(ROLES, calls, strict=True)
        )
    )
    assert dict(zip(ROLES, outcomes, strict=True)) == row.expected
