"""Client requests, the recipient's side: who is answering, autosaved answers, submission,
and what a third party sees through its link.

Answering operations take exactly one of `requestId` (a portal user of the account, PORTAL
access) or `token` (a third party, THIRD_PARTY access). A wrong, revoked or expired token
is NOT_FOUND and counts against the caller's address; more than the limit a minute is
RATE_LIMITED.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from firmflow.settings import get_settings
from models import Answer, ClientRequest, Firm, Question, UploadedFile
from resolvers.access import get_readable, readable_requests, require_client
from resolvers.auth import viewer_from_request_token
from resolvers.automation import auto_advance_job
from resolvers.errors import BadInput, InvalidState, NotFound
from resolvers.inbox import TeamMail, notify_team
from resolvers.ratelimit import Limit, check_not_limited, record_failure
from resolvers.requests import WAITING, locked_request, set_status
from resolvers.uow import atomic
from resolvers.validate import check_text, parse_id
from resolvers.viewer import Viewer

WRONG_LINK = "this request link is unknown, revoked or expired"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class AnswerData:
    question_id: object
    text: str | None = None
    choices: list[str] | None = None


# ---------------------------------------------------------------- who is answering


async def third_party_from_token(token: str, *, client_address: str) -> Viewer:
    """The third party of a valid link; NOT_FOUND otherwise, rate limited per address.

    Every wrong token is counted atomically (each alias of a document, each of many
    parallel requests), and past the limit it is answered RATE_LIMITED; an address over
    the limit has no token looked up at all. Right tokens are not counted."""
    limits = [
        Limit(f"request-token:{client_address}", get_settings().limits.wrong_tokens_per_minute)
    ]
    message = "too many wrong request links; wait a minute"
    await check_not_limited(limits, message)
    viewer = await viewer_from_request_token(token)
    if viewer is None:
        await record_failure(limits, message)
        raise NotFound(WRONG_LINK)
    return viewer


async def answering(
    *,
    viewer: Viewer | None,
    request_id: object | None,
    token: str | None,
    client_address: str,
) -> tuple[Viewer, ClientRequest]:
    """The answering viewer and its request. `viewer` is the signed-in caller (used only
    with `request_id`; pass None when it is not needed)."""
    if (request_id is None) == (token is None):
        raise BadInput("pass exactly one of requestId (portal user) or token (third party)")
    if token is not None:
        who = await third_party_from_token(token, client_address=client_address)
        try:
            request = await get_readable(readable_requests(who), who.request_id or 0, "request")
        except NotFound:
            raise NotFound(WRONG_LINK) from None
        return who, request
    assert viewer is not None
    require_client(viewer)
    request = await get_readable(
        readable_requests(viewer), parse_id(request_id, "requestId"), "client request"
    )
    return viewer, request


def _check_waiting(request: ClientRequest) -> None:
    if request.status not in WAITING:
        raise InvalidState(f"a {request.status} request takes no more answers")


# ---------------------------------------------------------------- answers


def clean_answer(question: Question, answer: AnswerData) -> tuple[str | None, list[str] | None]:
    """The stored (text, choices) of an answer to `question`, per the Precise rules;
    (None, None) clears the answer."""
    text = answer.text if answer.text not in (None, "") else None
    choices = list(answer.choices) if answer.choices else None
    what = f"answer to question {question.id}"
    if question.kind == "FILE_UPLOAD":
        raise BadInput(f"{what}: files are answered with uploadRequestFile")
    if text is None and choices is None:
        return None, None
    if question.kind in ("SINGLE_CHOICE", "MULTIPLE_CHOICE"):
        if text is not None:
            raise BadInput(f"{what}: a choice question is answered with choices")
        unknown = [c for c in choices or [] if c not in question.options]
        if unknown:
            raise BadInput(f"{what}: not an option: {', '.join(unknown)[:200]}")
        if question.kind == "SINGLE_CHOICE" and len(choices or []) != 1:
            raise BadInput(f"{what}: choose exactly one option")
        chosen = set(choices or [])
        return None, [o for o in question.options if o in chosen]
    if choices is not None:
        raise BadInput(f"{what}: only choice questions take choices")
    check_text(text, what)
    assert text is not None
    if question.kind == "YES_NO":
        if text.strip().lower() not in ("yes", "no"):
            raise BadInput(f'{what}: answer "yes" or "no"')
        return text.strip().lower(), None
    if question.kind == "DATE":
        value = text.strip()
        try:
            if not _DATE.match(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise BadInput(f"{what}: a date is written YYYY-MM-DD") from None
        return value, None
    if question.kind == "NUMBER":
        value = text.strip()
        try:
            if not _NUMBER.match(value):
                raise InvalidOperation
            Decimal(value)
        except InvalidOperation:
            raise BadInput(f"{what}: not a decimal number") from None
        return value, None
    return text, None


async def save_answers(
    *,
    viewer: Viewer | None,
    request_id: object | None,
    token: str | None,
    answers: list[AnswerData],
    client_address: str = "unknown",
) -> tuple[ClientRequest, list[Answer]]:
    """Autosave: each answer replaces the one to its question (merge by question); an empty
    answer clears it. The first answer moves a PENDING request to IN_PROGRESS."""
    _who, request = await answering(
        viewer=viewer, request_id=request_id, token=token, client_address=client_address
    )
    _check_waiting(request)
    questions = {q.id: q for q in await Question.filter(request_id=request.id)}
    cleaned: dict[int, tuple[str | None, list[str] | None]] = {}
    for answer in answers:
        question_id = parse_id(answer.question_id, "questionId")
        question = questions.get(question_id)
        if question is None:
            raise NotFound(f"question {question_id} is not part of this request")
        if question_id in cleaned:
            raise BadInput(f"question {question_id} is answered twice")
        cleaned[question_id] = clean_answer(question, answer)
    async with atomic():
        request = await locked_request(request.id)
        _check_waiting(request)
        for question_id, (text, choices) in cleaned.items():
            if text is None and choices is None:
                await Answer.filter(question_id=question_id).delete()
                continue
            existing = await Answer.filter(question_id=question_id).first()
            if existing is None:
                await Answer.create(
                    request_id=request.id, question_id=question_id, text=text, choices=choices
                )
            else:
                # `text` is a nullable column (Tortoise types every TextField as str).
                existing.text, existing.choices = text, choices  # type: ignore[assignment]
                await existing.save(update_fields=["text", "choices", "updated_at"])
        if request.status == "PENDING" and any(v != (None, None) for v in cleaned.values()):
            await set_status(request, "IN_PROGRESS")
    return request, await Answer.filter(request_id=request.id).order_by("question_id")


async def missing_required(request: ClientRequest) -> list[Question]:
    """Required questions without an answer (or without a file for FILE_UPLOAD)."""
    answered = set(await Answer.filter(request_id=request.id).values_list("question_id", flat=True))
    with_files = set(
        await UploadedFile.filter(request_id=request.id).values_list("question_id", flat=True)
    )
    required = await Question.filter(request_id=request.id, required=True).order_by("position")
    return [
        q
        for q in required
        if (q.id not in with_files if q.kind == "FILE_UPLOAD" else q.id not in answered)
    ]


async def submit_request(
    *,
    viewer: Viewer | None,
    request_id: object | None,
    token: str | None,
    client_address: str = "unknown",
) -> ClientRequest:
    """PENDING/IN_PROGRESS → SUBMITTED once every required question is answered: the team
    gets an Inbox+ notification and an e-mail, and a linked job may auto-advance."""
    who, request = await answering(
        viewer=viewer, request_id=request_id, token=token, client_address=client_address
    )
    async with atomic():
        request = await locked_request(request.id)
        _check_waiting(request)
        missing = await missing_required(request)
        if missing:
            names = "; ".join(f'"{q.prompt[:80]}" (question {q.id})' for q in missing)
            raise BadInput(f"answer the required questions first: {names}")
        await set_status(
            request, "SUBMITTED", submitted_at=datetime.now(UTC), reminder_next_at=None
        )
        actor = who.name or ("Third party" if who.is_third_party else "Client")
        summary = f"{actor} submitted the request “{request.title}”"
        link = f"{get_settings().public_url}/requests/{request.id}"
        await notify_team(
            firm_id=request.firm_id,
            client_account_id=request.client_account_id,
            kind="CLIENT_REQUEST_SUBMITTED",
            actor_name=actor,
            actor_is_client=True,
            actor_staff_id=None,
            summary=summary,
            request_id=request.id,
            mail=TeamMail(
                subject=f"Request submitted: {request.title}",
                body=lambda staff: (
                    f"Hello {staff.name},\n\n{summary}.\n\nSee the answers: {link}\n"
                ),
            ),
        )
        await auto_advance_job(job_id=request.job_id, item_stage_id=request.job_stage_id)
    return request


# ---------------------------------------------------------------- the third party's view


async def shared_request(*, token: str, client_address: str = "unknown") -> ClientRequest:
    """The request of a valid link (its view shows title, status, firm name, questions and
    answers only); NOT_FOUND for a wrong, revoked or expired link, or a draft."""
    _who, request = await answering(
        viewer=None, request_id=None, token=token, client_address=client_address
    )
    return request


async def firm_name_of(request: ClientRequest) -> str:
    firm = await Firm.get(id=request.firm_id)
    return firm.name
