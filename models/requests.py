"""Client requests: questionnaires, answers, uploaded files, links and templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models import ClientAccount, Firm, Job, StaffMember, Stage


class ClientRequest(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="client_requests", on_delete=fields.CASCADE
    )
    firm_id: int
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="client_requests", on_delete=fields.CASCADE
    )
    client_account_id: int
    job: fields.ForeignKeyNullableRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="client_requests", null=True, on_delete=fields.SET_NULL
    )
    job_id: int | None
    # The stage the job was in when the request was linked to it: the request is an item of
    # that stage (auto-advance counts the items of the job's current stage only).
    job_stage: fields.ForeignKeyNullableRelation[Stage] = fields.ForeignKeyField(
        "models.Stage", related_name="linked_requests", null=True, on_delete=fields.SET_NULL
    )
    job_stage_id: int | None
    # The template it was made from (a stage automation or staff): no duplicate while open.
    template: fields.ForeignKeyNullableRelation[RequestTemplate] = fields.ForeignKeyField(
        "models.RequestTemplate", related_name="requests", null=True, on_delete=fields.SET_NULL
    )
    template_id: int | None
    created_by: fields.ForeignKeyNullableRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="client_requests", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    title = fields.CharField(max_length=200)
    status = fields.CharField(max_length=16, default="DRAFT")
    access = fields.CharField(max_length=16)  # PORTAL / THIRD_PARTY
    recipients: fields.JSONField[Any] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    submitted_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    reminder_every_days = fields.IntField(null=True)
    reminder_max_count = fields.IntField(null=True)
    reminder_sent_count = fields.IntField(default=0)
    reminder_next_at = fields.DatetimeField(null=True, db_index=True)
    # The third party's secret link is derived, never stored: HMAC(secret key, request id and
    # this generation). A new generation revokes the live link; none is live while
    # `link_expires_at` is null or past.
    link_generation = fields.IntField(default=0)
    link_expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "client_request"


class Question(Model):
    id = fields.IntField(primary_key=True)
    request: fields.ForeignKeyRelation[ClientRequest] = fields.ForeignKeyField(
        "models.ClientRequest", related_name="questions", on_delete=fields.CASCADE
    )
    request_id: int
    position = fields.IntField()
    kind = fields.CharField(max_length=16)
    prompt = fields.TextField()
    required = fields.BooleanField(default=False)
    options: fields.JSONField[Any] = fields.JSONField(default=list)

    class Meta:
        table = "question"


class Answer(Model):
    id = fields.IntField(primary_key=True)
    request: fields.ForeignKeyRelation[ClientRequest] = fields.ForeignKeyField(
        "models.ClientRequest", related_name="answers", on_delete=fields.CASCADE
    )
    request_id: int
    question: fields.ForeignKeyRelation[Question] = fields.ForeignKeyField(
        "models.Question", related_name="answers", on_delete=fields.CASCADE
    )
    question_id: int
    text = fields.TextField(null=True)
    choices: fields.JSONField[Any] = fields.JSONField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "answer"
        unique_together = (("question",),)


class UploadedFile(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="uploaded_files", on_delete=fields.CASCADE
    )
    firm_id: int
    request: fields.ForeignKeyRelation[ClientRequest] = fields.ForeignKeyField(
        "models.ClientRequest", related_name="files", on_delete=fields.CASCADE
    )
    request_id: int
    question: fields.ForeignKeyRelation[Question] = fields.ForeignKeyField(
        "models.Question", related_name="files", on_delete=fields.CASCADE
    )
    question_id: int
    filename = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=255)
    size = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    storage_name = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "uploaded_file"


class RequestTemplate(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="request_templates", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    title = fields.CharField(max_length=200)
    questions: fields.JSONField[Any] = fields.JSONField(default=list)

    class Meta:
        table = "request_template"


class TaskTemplate(Model):
    """Client tasks kept for reuse: a stage automation opens a thread with them."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="task_templates", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    subject = fields.CharField(max_length=200)
    message = fields.TextField(default="")
    tasks: fields.JSONField[Any] = fields.JSONField(default=list)

    class Meta:
        table = "task_template"
