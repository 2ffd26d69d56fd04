"""Client requests in GraphQL: types, inputs and root fields. The rules live in
`resolvers/requests.py`, `resolvers/request_answers.py` and `resolvers/uploads.py`.

`ClientRequest.clientAccount` and `ClientRequest.job` (staff only) resolve to the identity
and jobs areas' types.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from enum import Enum

import strawberry
from strawberry.file_uploads import Upload
from strawberry.types import Info

import models as m
from firmflow.settings import get_settings
from resolvers import request_answers, requests, uploads
from schema.common import ReminderInput, context_of, viewer_of
from schema.identity import ClientAccount, load_account
from schema.jobs import Job, linked_job


@strawberry.enum
class RequestAccess(Enum):
    PORTAL = "PORTAL"
    THIRD_PARTY = "THIRD_PARTY"


@strawberry.enum
class RequestStatus(Enum):
    DRAFT = "DRAFT"
    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    CANCELLED = "CANCELLED"


@strawberry.enum
class QuestionKind(Enum):
    SHORT_TEXT = "SHORT_TEXT"
    LONG_TEXT = "LONG_TEXT"
    SINGLE_CHOICE = "SINGLE_CHOICE"
    MULTIPLE_CHOICE = "MULTIPLE_CHOICE"
    YES_NO = "YES_NO"
    DATE = "DATE"
    NUMBER = "NUMBER"
    FILE_UPLOAD = "FILE_UPLOAD"


# ---------------------------------------------------------------- loaders (one query per kind)


async def _questions_by_request(keys: list[int]) -> list[list[m.Question]]:
    grouped: dict[int, list[m.Question]] = defaultdict(list)
    for q in await m.Question.filter(request_id__in=keys).order_by("position", "id"):
        grouped[q.request_id].append(q)
    return [grouped[k] for k in keys]


async def _answers_by_request(keys: list[int]) -> list[list[m.Answer]]:
    grouped: dict[int, list[m.Answer]] = defaultdict(list)
    for a in await m.Answer.filter(request_id__in=keys).order_by("question_id"):
        grouped[a.request_id].append(a)
    return [grouped[k] for k in keys]


async def _files_by_request(keys: list[int]) -> list[list[m.UploadedFile]]:
    grouped: dict[int, list[m.UploadedFile]] = defaultdict(list)
    for f in await m.UploadedFile.filter(request_id__in=keys).order_by("id"):
        grouped[f.request_id].append(f)
    return [grouped[k] for k in keys]


async def _load(info: Info, name: str, fn, request_id: int) -> list:
    return await context_of(info).loader(f"requests.{name}", fn).load(request_id)


async def answers_of(info: Info, request_id: int) -> list[Answer]:
    answers = await _load(info, "answers", _answers_by_request, request_id)
    questions = {q.id: q for q in await _load(info, "questions", _questions_by_request, request_id)}
    files: dict[int, list[m.UploadedFile]] = defaultdict(list)
    for f in await _load(info, "files", _files_by_request, request_id):
        files[f.question_id].append(f)
    return [
        Answer.from_model(a, questions.get(a.question_id), files.get(a.question_id, []))
        for a in answers
    ]


# ---------------------------------------------------------------- types


@strawberry.type
class Question:
    id: strawberry.ID
    position: int
    kind: QuestionKind
    prompt: str
    required: bool
    options: list[str]

    @classmethod
    def from_model(cls, q: m.Question) -> Question:
        return cls(
            id=strawberry.ID(str(q.id)),
            position=q.position,
            kind=QuestionKind(q.kind),
            prompt=q.prompt,
            required=q.required,
            options=list(q.options or []),
        )

    @classmethod
    def from_template(cls, position: int, q: dict) -> Question:
        return cls(
            id=strawberry.ID(str(position)),
            position=position,
            kind=QuestionKind(q["kind"]),
            prompt=q["prompt"],
            required=bool(q.get("required")),
            options=list(q.get("options") or []),
        )


@strawberry.type
class UploadedFile:
    id: strawberry.ID
    filename: str
    content_type: str
    size: int
    url: str

    @classmethod
    def from_model(cls, f: m.UploadedFile) -> UploadedFile:
        return cls(
            id=strawberry.ID(str(f.id)),
            filename=f.filename,
            content_type=uploads.normalised_content_type(f.content_type),
            size=f.size,
            url=f"{get_settings().public_url}/files/{f.id}",
        )


@strawberry.type
class Answer:
    question_id: strawberry.ID
    text: str | None
    choices: list[str] | None
    files: list[UploadedFile] | None

    @classmethod
    def from_model(
        cls, a: m.Answer, question: m.Question | None, files: list[m.UploadedFile]
    ) -> Answer:
        is_file = question is not None and question.kind == "FILE_UPLOAD"
        return cls(
            question_id=strawberry.ID(str(a.question_id)),
            text=a.text,
            choices=list(a.choices) if a.choices is not None else None,
            files=[UploadedFile.from_model(f) for f in files] if is_file else None,
        )


@strawberry.type
class RequestReminder:
    every_days: int
    max_count: int
    sent_count: int
    next_at: datetime | None


@strawberry.type
class ClientRequest:
    id: strawberry.ID
    title: str
    status: RequestStatus
    access: RequestAccess
    recipients: list[str]
    sent_at: datetime | None
    submitted_at: datetime | None
    reminder: RequestReminder | None
    model: strawberry.Private[m.ClientRequest]

    @classmethod
    def from_model(cls, r: m.ClientRequest) -> ClientRequest:
        reminder = None
        if r.reminder_every_days is not None:
            reminder = RequestReminder(
                every_days=r.reminder_every_days,
                max_count=r.reminder_max_count or 0,
                sent_count=r.reminder_sent_count,
                next_at=r.reminder_next_at,
            )
        return cls(
            id=strawberry.ID(str(r.id)),
            title=r.title,
            status=RequestStatus(r.status),
            access=RequestAccess(r.access),
            recipients=list(r.recipients or []),
            sent_at=r.sent_at,
            submitted_at=r.submitted_at,
            reminder=reminder,
            model=r,
        )

    @strawberry.field(description="Staff only.")
    async def client_account(self, info: Info) -> ClientAccount:
        account_id = await requests.request_client_account_id(
            viewer=viewer_of(info), request=self.model
        )
        return await load_account(info, account_id)

    @strawberry.field(description="Staff only.")
    async def job(self, info: Info) -> Job | None:
        viewer = viewer_of(info)
        job_id = await requests.request_job_id(viewer=viewer, request=self.model)
        return await linked_job(viewer, job_id)

    @strawberry.field
    async def questions(self, info: Info) -> list[Question]:
        rows = await _load(info, "questions", _questions_by_request, self.model.id)
        return [Question.from_model(q) for q in rows]

    @strawberry.field
    async def answers(self, info: Info) -> list[Answer]:
        return await answers_of(info, self.model.id)


@strawberry.type
class SharedRequest:
    """What a third party sees through the link: nothing of the firm's other data."""

    title: str
    status: RequestStatus
    firm_name: str
    model: strawberry.Private[m.ClientRequest]

    @strawberry.field
    async def questions(self, info: Info) -> list[Question]:
        rows = await _load(info, "questions", _questions_by_request, self.model.id)
        return [Question.from_model(q) for q in rows]

    @strawberry.field
    async def answers(self, info: Info) -> list[Answer]:
        return await answers_of(info, self.model.id)


@strawberry.type
class RequestTemplate:
    id: strawberry.ID
    name: str
    title: str
    questions: list[Question]

    @classmethod
    def from_model(cls, t: m.RequestTemplate) -> RequestTemplate:
        return cls(
            id=strawberry.ID(str(t.id)),
            name=t.name,
            title=t.title,
            questions=[Question.from_template(i, q) for i, q in enumerate(t.questions or [])],
        )


@strawberry.type
class ThirdPartyLink:
    url: str
    token: str
    expires_at: datetime


# ---------------------------------------------------------------- inputs


@strawberry.input
class QuestionInput:
    kind: QuestionKind
    prompt: str
    required: bool | None = False
    options: list[str] | None = None

    def to_data(self) -> requests.QuestionData:
        return requests.QuestionData(
            kind=self.kind.value,
            prompt=self.prompt,
            required=bool(self.required),
            options=tuple(self.options or ()),
        )


@strawberry.input
class AnswerInput:
    question_id: strawberry.ID
    text: str | None = None
    choices: list[str] | None = None


def reminder_data(reminder: ReminderInput) -> requests.ReminderData:
    return requests.ReminderData(every_days=reminder.every_days, max_count=reminder.max_count)


@strawberry.input
class CreateClientRequestInput:
    title: str
    client_account_id: strawberry.ID
    access: RequestAccess
    job_id: strawberry.ID | None = None
    recipients: list[str] | None = None
    questions: list[QuestionInput] | None = None
    template_id: strawberry.ID | None = None
    reminder: ReminderInput | None = None
    send: bool | None = False


@strawberry.input
class UpdateClientRequestInput:
    title: str | None = None
    access: RequestAccess | None = None
    recipients: list[str] | None = None
    questions: list[QuestionInput] | None = strawberry.field(
        default=None, description="replaces the list"
    )
    reminder: ReminderInput | None = strawberry.field(
        default=strawberry.UNSET, description="null turns the reminder off"
    )


def _address(info: Info) -> str:
    return context_of(info).client_address


def _caller(info: Info, request_id: strawberry.ID | None):
    """The signed-in caller, read only when the portal-user form (`requestId`) is used, so
    a third party's token works whatever Authorization header comes with it."""
    return viewer_of(info) if request_id is not None else None


# ---------------------------------------------------------------- root fields


@strawberry.type
class RequestsQuery:
    @strawberry.field(description="CLIENT: own account's requests, waiting ones first.")
    async def client_requests(
        self,
        info: Info,
        client_account_id: strawberry.ID | None = None,
        status: RequestStatus | None = None,
    ) -> list[ClientRequest]:
        rows = await requests.list_requests(
            viewer=viewer_of(info),
            client_account_id=client_account_id,
            status=status.value if status else None,
        )
        return [ClientRequest.from_model(r) for r in rows]

    @strawberry.field
    async def client_request(self, info: Info, id: strawberry.ID) -> ClientRequest | None:
        row = await requests.find_request(viewer=viewer_of(info), request_id=id)
        return ClientRequest.from_model(row) if row else None

    @strawberry.field(description="Staff only.")
    async def request_templates(self, info: Info) -> list[RequestTemplate]:
        rows = await requests.list_templates(viewer=viewer_of(info))
        return [RequestTemplate.from_model(t) for t in rows]

    @strawberry.field(description="THIRD_PARTY, no sign-in.")
    async def shared_request(self, info: Info, token: str) -> SharedRequest | None:
        row = await request_answers.shared_request(token=token, client_address=_address(info))
        return SharedRequest(
            title=row.title,
            status=RequestStatus(row.status),
            firm_name=await request_answers.firm_name_of(row),
            model=row,
        )


@strawberry.type
class RequestsMutation:
    @strawberry.mutation
    async def create_client_request(
        self, info: Info, input: CreateClientRequestInput
    ) -> ClientRequest:
        row = await requests.create_request(
            viewer=viewer_of(info),
            title=input.title,
            client_account_id=input.client_account_id,
            access=input.access.value,
            job_id=input.job_id,
            recipients=input.recipients,
            questions=[q.to_data() for q in input.questions]
            if input.questions is not None
            else None,
            template_id=input.template_id,
            reminder=reminder_data(input.reminder) if input.reminder else None,
            send=bool(input.send),
        )
        return ClientRequest.from_model(row)

    @strawberry.mutation
    async def update_client_request(
        self, info: Info, id: strawberry.ID, input: UpdateClientRequestInput
    ) -> ClientRequest:
        change_reminder = input.reminder is not strawberry.UNSET
        reminder = input.reminder if change_reminder else None
        row = await requests.update_request(
            viewer=viewer_of(info),
            request_id=id,
            title=input.title,
            access=input.access.value if input.access else None,
            recipients=input.recipients,
            questions=[q.to_data() for q in input.questions]
            if input.questions is not None
            else None,
            reminder=reminder_data(reminder) if reminder else None,
            change_reminder=change_reminder,
        )
        return ClientRequest.from_model(row)

    @strawberry.mutation
    async def send_client_request(self, info: Info, id: strawberry.ID) -> ClientRequest:
        return ClientRequest.from_model(
            await requests.send_request(viewer=viewer_of(info), request_id=id)
        )

    @strawberry.mutation
    async def cancel_client_request(self, info: Info, id: strawberry.ID) -> ClientRequest:
        return ClientRequest.from_model(
            await requests.cancel_request(viewer=viewer_of(info), request_id=id)
        )

    @strawberry.mutation
    async def third_party_link(self, info: Info, request_id: strawberry.ID) -> ThirdPartyLink:
        link = await requests.issue_third_party_link(viewer=viewer_of(info), request_id=request_id)
        return ThirdPartyLink(url=link.url, token=link.token, expires_at=link.expires_at)

    @strawberry.mutation(description="A new secret link; the live one stops working.")
    async def reissue_third_party_link(
        self, info: Info, request_id: strawberry.ID
    ) -> ThirdPartyLink:
        link = await requests.reissue_third_party_link(
            viewer=viewer_of(info), request_id=request_id
        )
        return ThirdPartyLink(url=link.url, token=link.token, expires_at=link.expires_at)

    @strawberry.mutation
    async def create_request_template(
        self, info: Info, name: str, title: str, questions: list[QuestionInput]
    ) -> RequestTemplate:
        row = await requests.create_template(
            viewer=viewer_of(info),
            name=name,
            title=title,
            questions=[q.to_data() for q in questions],
        )
        return RequestTemplate.from_model(row)

    @strawberry.mutation
    async def save_request_answers(
        self,
        info: Info,
        answers: list[AnswerInput],
        request_id: strawberry.ID | None = None,
        token: str | None = None,
    ) -> list[Answer]:
        row, _ = await request_answers.save_answers(
            viewer=_caller(info, request_id),
            request_id=request_id,
            token=token,
            answers=[
                request_answers.AnswerData(
                    question_id=a.question_id, text=a.text, choices=a.choices
                )
                for a in answers
            ],
            client_address=_address(info),
        )
        return await answers_of(info, row.id)

    @strawberry.mutation
    async def upload_request_file(
        self,
        info: Info,
        question_id: strawberry.ID,
        file: Upload,
        request_id: strawberry.ID | None = None,
        token: str | None = None,
    ) -> UploadedFile:
        row = await uploads.upload_request_file(
            viewer=_caller(info, request_id),
            request_id=request_id,
            token=token,
            question_id=question_id,
            upload=file,
            client_address=_address(info),
        )
        return UploadedFile.from_model(row)

    @strawberry.mutation(description="Remove an uploaded file before submission.")
    async def delete_request_file(
        self,
        info: Info,
        file_id: strawberry.ID,
        request_id: strawberry.ID | None = None,
        token: str | None = None,
    ) -> bool:
        return await uploads.delete_request_file(
            viewer=_caller(info, request_id),
            request_id=request_id,
            token=token,
            file_id=file_id,
            client_address=_address(info),
        )

    @strawberry.mutation
    async def submit_client_request(
        self, info: Info, request_id: strawberry.ID | None = None, token: str | None = None
    ) -> RequestStatus:
        row = await request_answers.submit_request(
            viewer=_caller(info, request_id),
            request_id=request_id,
            token=token,
            client_address=_address(info),
        )
        return RequestStatus(row.status)
