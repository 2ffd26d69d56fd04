"""Client requests, the firm's side: create, edit while DRAFT/PENDING, send, cancel,
third-party links, request templates, listing, and the request reminders.

Life cycle: DRAFT → PENDING (sent) → IN_PROGRESS (first answer saved) → SUBMITTED, or
CANCELLED by the firm. Every status change goes through `set_status`, which records the
one "request" event (`record_request_event`). The recipient's side (answers, uploads,
submit) lives in `request_answers.py` and `uploads.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from eventstore.audit import delete_rows, update_rows
from eventstore.payloads import RequestEventPayload
from eventstore.store import Recorded, record_event
from firmflow.pause import pause_point
from firmflow.settings import get_settings
from models import (
    ClientContact,
    ClientRequest,
    Firm,
    Job,
    Question,
    RequestTemplate,
    Stage,
)
from resolvers.access import (
    check_may_create_request,
    get_readable,
    readable_jobs,
    readable_request_templates,
    readable_requests,
    require_admin,
    require_signed_in,
    require_staff,
)
from resolvers.errors import BadInput, Conflict, Forbidden, InvalidState, NotFound
from resolvers.inbox import notify_portal_users
from resolvers.outbox import queue_mail
from resolvers.request_links import IssuedLink, live_link, reissue_link, revoke_link
from resolvers.stage_items import job_link, record_blockers_changed, relink_to_job
from resolvers.uow import atomic
from resolvers.validate import check_email, check_name, check_reminder, check_text, parse_id
from resolvers.viewer import Viewer

STATUSES = ("DRAFT", "PENDING", "IN_PROGRESS", "SUBMITTED", "CANCELLED")
WAITING = ("PENDING", "IN_PROGRESS")
EDITABLE = ("DRAFT", "PENDING")
ACCESS_KINDS = ("PORTAL", "THIRD_PARTY")
QUESTION_KINDS = (
    "SHORT_TEXT",
    "LONG_TEXT",
    "SINGLE_CHOICE",
    "MULTIPLE_CHOICE",
    "YES_NO",
    "DATE",
    "NUMBER",
    "FILE_UPLOAD",
)
CHOICE_KINDS = ("SINGLE_CHOICE", "MULTIPLE_CHOICE")
MAX_QUESTIONS = 200
MAX_RECIPIENTS = 50
# Which status may follow which; anything else is INVALID_STATE.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "DRAFT": ("PENDING", "CANCELLED"),
    "PENDING": ("IN_PROGRESS", "SUBMITTED", "CANCELLED"),
    "IN_PROGRESS": ("SUBMITTED", "CANCELLED"),
    "SUBMITTED": (),
    "CANCELLED": (),
}


@dataclass(frozen=True)
class QuestionData:
    kind: str
    prompt: str
    required: bool = False
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReminderData:
    every_days: int
    max_count: int


# ---------------------------------------------------------------- events and status


def request_event_payload(request: ClientRequest) -> RequestEventPayload:
    """THE payload of a request event (topic "request")."""
    return {"requestId": str(request.id), "status": request.status}


async def record_request_event(request: ClientRequest) -> Recorded:
    """The one place a "request" event is recorded (inside `atomic()`); a request that is
    an item of its job's auto-advance stage also changes the job's pending blockers."""
    recorded = await record_event(
        topic="request",
        firm_id=request.firm_id,
        client_account_id=request.client_account_id,
        request_id=request.id,
        payload=request_event_payload(request),
    )
    await record_blockers_changed(job_id=request.job_id, item_stage_id=request.job_stage_id)
    return recorded


async def set_status(request: ClientRequest, status: str, **changes: Any) -> ClientRequest:
    """Move the request to `status` (INVALID_STATE unless the life cycle allows it), save
    `changes` with it, and record the request event. The UPDATE is conditional on the old
    status, so two concurrent changes cannot both win."""
    old = request.status
    if status not in TRANSITIONS[old]:
        raise InvalidState(f"a {old} request cannot become {status}")
    updated = await update_rows(
        ClientRequest.filter(id=request.id, status=old), status=status, **changes
    )
    if not updated:
        raise InvalidState("the request changed meanwhile; reload it")
    request.status = status
    for name, value in changes.items():
        setattr(request, name, value)
    await record_request_event(request)
    return request


async def locked_request(request_id: int) -> ClientRequest:
    """The request re-read inside the change's transaction, its row locked on PostgreSQL
    (SQLite transactions already run one at a time), so an edit and a first answer, or two
    submissions, cannot interleave."""
    return await ClientRequest.filter(id=request_id).select_for_update().get()


# ---------------------------------------------------------------- validation


def check_question(question: QuestionData, index: int) -> QuestionData:
    what = f"question {index + 1}"
    if question.kind not in QUESTION_KINDS:
        raise BadInput(f"{what}: unknown kind {question.kind!r}")
    prompt = (question.prompt or "").strip()
    if not prompt:
        raise BadInput(f"{what}: the prompt must not be empty")
    check_text(prompt, f"{what} prompt")
    options = tuple(o.strip() for o in question.options or ())
    if question.kind in CHOICE_KINDS:
        if not options:
            raise BadInput(f"{what}: a choice question needs at least one option")
        for option in options:
            check_name(option, f"{what} option")
        if len(set(options)) != len(options):
            raise BadInput(f"{what}: the options must be distinct")
    elif options:
        raise BadInput(f"{what}: only choice questions have options")
    return QuestionData(
        kind=question.kind, prompt=prompt, required=bool(question.required), options=options
    )


def check_questions(questions: list[QuestionData]) -> list[QuestionData]:
    if len(questions) > MAX_QUESTIONS:
        raise BadInput(f"a request has at most {MAX_QUESTIONS} questions")
    return [check_question(q, i) for i, q in enumerate(questions)]


async def portal_addresses(client_account_id: int) -> list[str]:
    """The e-mails of the account's portal users (contacts who set a password)."""
    contacts = await ClientContact.filter(
        client_account_id=client_account_id, password_hash__isnull=False
    ).order_by("id")
    return [c.email.lower() for c in contacts]


async def check_recipients(
    access: str, recipients: list[str] | None, client_account_id: int
) -> list[str]:
    """PORTAL: the account's portal users (all of them by default; any other address is
    BAD_INPUT). THIRD_PARTY: any valid e-mail addresses."""
    addresses: list[str] = []
    for raw in recipients or []:
        address = check_email(raw, "recipient")
        if address not in addresses:
            addresses.append(address)
    if len(addresses) > MAX_RECIPIENTS:
        raise BadInput(f"a request has at most {MAX_RECIPIENTS} recipients")
    if access == "THIRD_PARTY":
        return addresses
    portal = await portal_addresses(client_account_id)
    if not addresses:
        return portal
    strangers = [a for a in addresses if a not in portal]
    if strangers:
        raise BadInput(
            f"not a portal user of this client account: {', '.join(strangers)}"
            " (use THIRD_PARTY access for other people)"
        )
    return addresses


def check_access(access: str) -> str:
    if access not in ACCESS_KINDS:
        raise BadInput(f"access must be PORTAL or THIRD_PARTY, not {access!r}")
    return access


# ---------------------------------------------------------------- questions


async def replace_questions(request: ClientRequest, questions: list[QuestionData]) -> None:
    await delete_rows(Question.filter(request_id=request.id))
    for position, question in enumerate(questions):
        await Question.create(
            request_id=request.id,
            position=position,
            kind=question.kind,
            prompt=question.prompt,
            required=question.required,
            options=list(question.options),
        )


def questions_from_template(template: RequestTemplate) -> list[QuestionData]:
    return [
        QuestionData(
            kind=q["kind"],
            prompt=q["prompt"],
            required=bool(q.get("required")),
            options=tuple(q.get("options") or ()),
        )
        for q in template.questions
    ]


def _first_reminder_at(request: ClientRequest) -> datetime | None:
    if request.reminder_every_days is None or request.sent_at is None:
        return None
    if request.reminder_sent_count >= (request.reminder_max_count or 0):
        return None
    return request.sent_at + timedelta(days=request.reminder_every_days)


# ---------------------------------------------------------------- reading


async def get_request(*, viewer: Viewer, request_id: object) -> ClientRequest:
    """One request the viewer may read; NOT_FOUND for absent and forbidden alike. A third
    party reads its request only as a SharedRequest (see `request_answers`), never here."""
    require_signed_in(viewer)
    if viewer.is_third_party:
        raise NotFound(f"client request {str(request_id)[:40]} was not found")
    return await get_readable(
        readable_requests(viewer), parse_id(request_id, "requestId"), "client request"
    )


async def find_request(*, viewer: Viewer, request_id: object) -> ClientRequest | None:
    """`clientRequest(id)`: null when the viewer cannot see it."""
    try:
        return await get_request(viewer=viewer, request_id=request_id)
    except NotFound:
        return None


async def list_requests(
    *, viewer: Viewer, client_account_id: object | None = None, status: str | None = None
) -> list[ClientRequest]:
    """Staff: readable requests, newest first. A portal user: its account's sent PORTAL
    requests, those waiting for it (PENDING, IN_PROGRESS) first."""
    require_signed_in(viewer)
    if viewer.is_third_party:
        raise Forbidden("a request link reaches only its request")
    requests = readable_requests(viewer)
    if client_account_id is not None:
        requests = requests.filter(client_account_id=parse_id(client_account_id, "clientAccountId"))
    if status is not None:
        requests = requests.filter(status=status)
    rows = await requests.order_by("-id")
    if viewer.is_client:
        rows.sort(key=lambda r: r.status not in WAITING)
    return rows


async def request_client_account_id(*, viewer: Viewer, request: ClientRequest) -> int:
    """For `ClientRequest.clientAccount`: staff only (FORBIDDEN for clients)."""
    require_staff(viewer)
    return request.client_account_id


async def request_job_id(*, viewer: Viewer, request: ClientRequest) -> int | None:
    """For `ClientRequest.job`: staff only (FORBIDDEN for clients)."""
    require_staff(viewer)
    return request.job_id


# ---------------------------------------------------------------- changing


async def _manageable(viewer: Viewer, request_id: object) -> ClientRequest:
    """A request the staff member may change; the row is re-read inside the transaction."""
    require_staff(viewer)
    return await get_request(viewer=viewer, request_id=request_id)


async def create_request(
    *,
    viewer: Viewer,
    title: str,
    client_account_id: object,
    access: str,
    job_id: object | None = None,
    recipients: list[str] | None = None,
    questions: list[QuestionData] | None = None,
    template_id: object | None = None,
    reminder: ReminderData | None = None,
    send: bool = False,
) -> ClientRequest:
    """A new DRAFT request (sent at once with `send`)."""
    require_staff(viewer)
    account_id = parse_id(client_account_id, "clientAccountId")
    job_pk = parse_id(job_id, "jobId") if job_id is not None else None
    title = check_name(title, "title")
    access = check_access(access)
    if template_id is not None and questions is not None:
        raise BadInput("give questions or templateId, not both")
    template = None
    if template_id is not None:
        template = (
            await readable_request_templates(viewer)
            .filter(id=parse_id(template_id, "templateId"))
            .first()
        )
        if template is None:
            raise NotFound(f"request template {template_id} was not found")
    checked = check_questions(questions_from_template(template) if template else questions or [])
    if reminder is not None:
        check_reminder(reminder.every_days, reminder.max_count)
    async with atomic():
        job = await check_may_create_request(viewer, client_account_id=account_id, job_id=job_pk)
        return await _store_request(
            questions=checked,
            send=send,
            firm_id=viewer.firm_id,
            client_account_id=account_id,
            **job_link(job),
            template_id=template.id if template else None,
            created_by_id=viewer.staff_id,
            title=title,
            access=access,
            recipients=await check_recipients(access, recipients, account_id),
            reminder_every_days=reminder.every_days if reminder else None,
            reminder_max_count=reminder.max_count if reminder else None,
        )


async def _store_request(
    *, questions: list[QuestionData], send: bool, **fields: Any
) -> ClientRequest:
    """Store a new request with its questions and send it if asked (inside `atomic()`): the
    one place a request comes into being, by staff or by a stage automation."""
    request = await ClientRequest.create(**fields)
    await replace_questions(request, questions)
    if send:
        await _send(request)  # its request event also tells of the job's new blocker
    else:
        await record_blockers_changed(job_id=request.job_id, item_stage_id=request.job_stage_id)
    return request


async def update_request(
    *,
    viewer: Viewer,
    request_id: object,
    title: str | None = None,
    access: str | None = None,
    recipients: list[str] | None = None,
    questions: list[QuestionData] | None = None,
    reminder: ReminderData | None = None,
    change_reminder: bool = False,
) -> ClientRequest:
    """Change anything while DRAFT or PENDING; frozen once answering began (INVALID_STATE).
    `change_reminder` with `reminder=None` turns the reminder off."""
    request = await _manageable(viewer, request_id)
    new_title = check_name(title, "title") if title is not None else None
    new_access = check_access(access) if access is not None else None
    checked = check_questions(questions) if questions is not None else None
    if reminder is not None:
        check_reminder(reminder.every_days, reminder.max_count)
    async with atomic():
        request = await locked_request(request.id)
        if request.status not in EDITABLE:
            raise InvalidState(f"a {request.status} request can no longer be changed")
        fields: list[str] = []
        if new_title is not None:
            request.title = new_title
            fields.append("title")
        if new_access is not None and new_access != request.access:
            request.access = new_access
            fields.append("access")
            if new_access == "PORTAL":  # the link of the old access stops working
                await revoke_link(request)
        if recipients is not None or "access" in fields:
            request.recipients = await check_recipients(
                request.access,
                recipients if recipients is not None else request.recipients,
                request.client_account_id,
            )
            fields.append("recipients")
        if change_reminder:
            request.reminder_every_days = reminder.every_days if reminder else None
            request.reminder_max_count = reminder.max_count if reminder else None
            request.reminder_sent_count = 0
            request.reminder_next_at = _first_reminder_at(request)
            fields += [
                "reminder_every_days",
                "reminder_max_count",
                "reminder_sent_count",
                "reminder_next_at",
            ]
        if fields:
            await request.save(update_fields=fields)
        if checked is not None:
            await replace_questions(request, checked)
    return request


async def _send(request: ClientRequest) -> None:
    """DRAFT → PENDING; e-mail the recipients and, for a PORTAL request, put it in each
    portal user's own inbox (inside `atomic()`)."""
    now = datetime.now(UTC)
    request.sent_at = now
    await set_status(request, "PENDING", sent_at=now, reminder_next_at=_first_reminder_at(request))
    firm = await Firm.get(id=request.firm_id)
    await mail_recipients(request, firm_name=firm.name, reminder=False)
    if request.access == "PORTAL":
        await notify_portal_users(
            firm_id=request.firm_id,
            client_account_id=request.client_account_id,
            kind="NEW_CLIENT_REQUEST",
            actor_name=firm.name,
            summary=f"{firm.name} asks: {request.title}",
            request_id=request.id,
        )


async def mail_recipients(request: ClientRequest, *, firm_name: str, reminder: bool) -> None:
    """The request's e-mail to each recipient: the portal link, or a third-party link."""
    if not request.recipients:
        return
    if request.access == "THIRD_PARTY":
        link = await live_link(request)  # the link already shown or sent, unchanged
        url, note = link.url, f"\nThe link is personal and expires on {link.expires_at:%Y-%m-%d}."
    else:
        url, note = f"{get_settings().public_url}/portal/requests/{request.id}", ""
    subject = f"{'Reminder: ' if reminder else ''}{firm_name} asks: {request.title}"
    body = (
        f"Hello,\n\n{firm_name} needs some information from you: {request.title}.\n\n"
        f"Answer here: {url}\n{note}\n\nYour answers are saved as you go; you can finish later."
    )
    for address in request.recipients:
        await queue_mail(to=address, subject=subject, body=body, firm_id=request.firm_id)


async def send_request(*, viewer: Viewer, request_id: object) -> ClientRequest:
    """DRAFT → PENDING, e-mailing the recipients (INVALID_STATE unless DRAFT)."""
    request = await _manageable(viewer, request_id)
    async with atomic():
        request = await locked_request(request.id)
        if request.status != "DRAFT":
            raise InvalidState(f"a {request.status} request cannot be sent")
        await _send(request)
    return request


async def cancel_request(*, viewer: Viewer, request_id: object) -> ClientRequest:
    """Any open request → CANCELLED; its reminders stop."""
    request = await _manageable(viewer, request_id)
    async with atomic():
        request = await locked_request(request.id)
        await set_status(
            request, "CANCELLED", cancelled_at=datetime.now(UTC), reminder_next_at=None
        )
    return request


# ---------------------------------------------------------------- third-party links


async def _linkable(viewer: Viewer, request_id: object) -> ClientRequest:
    """A THIRD_PARTY request the viewer manages, DRAFT/PENDING/IN_PROGRESS, locked."""
    request = await locked_request((await _manageable(viewer, request_id)).id)
    if request.access != "THIRD_PARTY":
        raise InvalidState("only a THIRD_PARTY request has a secret link")
    if request.status not in ("DRAFT", *WAITING):
        raise InvalidState(f"a {request.status} request has no live link")
    return request


async def issue_third_party_link(*, viewer: Viewer, request_id: object) -> IssuedLink:
    """The request's live secret link (the one already shown or e-mailed, unchanged), or a
    new one when there is none or it expired. Revokes nothing."""
    async with atomic():
        return await live_link(await _linkable(viewer, request_id))


async def reissue_third_party_link(*, viewer: Viewer, request_id: object) -> IssuedLink:
    """A new secret link; the live one (and every older one) stops working at once."""
    async with atomic():
        return await reissue_link(await _linkable(viewer, request_id))


# ---------------------------------------------------------------- templates


async def create_template(
    *, viewer: Viewer, name: str, title: str, questions: list[QuestionData]
) -> RequestTemplate:
    """Owners and admins keep reusable request templates (like the firm's other templates)."""
    require_admin(viewer)
    name = check_name(name, "name")
    title = check_name(title, "title")
    checked = check_questions(questions)
    async with atomic():
        return await RequestTemplate.create(
            firm_id=viewer.firm_id,
            name=name,
            title=title,
            questions=_stored_questions(checked),
        )


async def list_templates(*, viewer: Viewer) -> list[RequestTemplate]:
    return await readable_request_templates(viewer).order_by("name", "id")


def _stored_questions(questions: list[QuestionData]) -> list[dict[str, Any]]:
    return [
        {"kind": q.kind, "prompt": q.prompt, "required": q.required, "options": list(q.options)}
        for q in questions
    ]


async def update_template(
    *,
    viewer: Viewer,
    template_id: object,
    name: str | None = None,
    title: str | None = None,
    questions: list[QuestionData] | None = None,
) -> RequestTemplate:
    """Owners and admins edit a request template; requests already made from it keep
    their own questions (a template is copied, never referenced, when a request is made)."""
    require_admin(viewer)
    tid = parse_id(template_id, "id")
    new_name = check_name(name, "name") if name is not None else None
    new_title = check_name(title, "title") if title is not None else None
    checked = check_questions(questions) if questions is not None else None
    async with atomic():
        template = await get_readable(readable_request_templates(viewer), tid, "request template")
        fields: list[str] = []
        if new_name is not None:
            template.name = new_name
            fields.append("name")
        if new_title is not None:
            template.title = new_title
            fields.append("title")
        if checked is not None:
            template.questions = _stored_questions(checked)
            fields.append("questions")
        if fields:
            await template.save(update_fields=fields)
    return template


async def delete_template(*, viewer: Viewer, template_id: object) -> bool:
    """Owners and admins delete a request template no stage uses (CONFLICT otherwise, naming
    the stages); requests made from it stay as they are."""
    require_admin(viewer)
    tid = parse_id(template_id, "id")
    async with atomic():
        template = await get_readable(readable_request_templates(viewer), tid, "request template")
        await refuse_if_on_stages(Stage.filter(request_template_id=template.id), "request")
        await template.delete()
    return True


async def refuse_if_on_stages(stages: Any, what: str) -> None:
    """CONFLICT when a template is used by a stage's automation (the stages are named)."""
    names = await stages.limit(5).values_list("name", flat=True)
    if names:
        shown = ", ".join(f"“{n}”" for n in names)
        raise Conflict(
            f"the {what} template is used by the automation of stage {shown}; "
            "remove it from the stage first"
        )


async def link_request_to_job(
    *, viewer: Viewer, request_id: object, job_id: object | None
) -> ClientRequest:
    """Link a request to a job (None unlinks): staff who may change the request and read
    the job; the job must be of the request's client account (BAD_INPUT). The request
    becomes an item of the stage the job is in now; linking it again to the job it is
    linked to changes nothing."""
    request = await _manageable(viewer, request_id)
    jid = parse_id(job_id, "jobId") if job_id is not None else None
    async with atomic():
        request = await locked_request(request.id)
        job = await get_readable(readable_jobs(viewer), jid, "job") if jid is not None else None
        await relink_to_job(request, job, "request")
    return request


async def send_from_template(*, template_id: int, job: Job) -> ClientRequest:
    """The stage automation "send a request from a template" (inside `atomic()`): a PORTAL
    request with the template's title and questions, linked to the job, to every portal user
    of the job's account, sent at once (e-mails, portal, events). Nobody is its creator: the
    automation sent it. An account without portal users yet gets it too: it waits in the
    portal for the first one, as a request sent by hand would."""
    template = await RequestTemplate.get(id=template_id, firm_id=job.firm_id)
    return await _store_request(
        questions=check_questions(questions_from_template(template)),
        send=True,
        firm_id=job.firm_id,
        client_account_id=job.client_account_id,
        **job_link(job),
        template_id=template.id,
        created_by_id=None,
        title=template.title,
        access="PORTAL",
        recipients=await check_recipients("PORTAL", None, job.client_account_id),
    )


# ---------------------------------------------------------------- reminders


async def send_due_request_reminders(now: datetime) -> int:
    """One reminder per waiting request that is due. Each row is claimed with a conditional
    UPDATE on its (next_at, sent_count), so concurrent runs send it exactly once."""
    due = await ClientRequest.filter(
        status__in=WAITING, reminder_next_at__isnull=False, reminder_next_at__lte=now
    ).order_by("id")
    await pause_point("request-reminders-claim")  # tests: several processes meet here
    sent = 0
    for request in due:
        count = request.reminder_sent_count + 1
        every = request.reminder_every_days or 1
        next_at = now + timedelta(days=every) if count < (request.reminder_max_count or 0) else None
        async with atomic():
            claimed = await ClientRequest.filter(
                id=request.id,
                status__in=WAITING,
                reminder_next_at=request.reminder_next_at,
                reminder_sent_count=request.reminder_sent_count,
            ).update(reminder_sent_count=count, reminder_next_at=next_at)
            if not claimed:
                continue
            firm = await Firm.get(id=request.firm_id)
            await mail_recipients(request, firm_name=firm.name, reminder=True)
        sent += 1
    return sent
