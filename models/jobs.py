"""Pipelines, stages, jobs, and each job's client-facing status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models import ClientAccount, Firm, RequestTemplate, StaffMember, TaskTemplate


class ClientFacingStatus(Model):
    """A status template of the firm: what a client may see of a job's progress."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="statuses", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    position = fields.IntField()

    class Meta:
        table = "client_facing_status"


class Pipeline(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="pipelines", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    show_client_facing_status_on_cards = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "pipeline"


class Stage(Model):
    """A pipeline stage; `automation_visible` null means the stage has no status automation."""

    id = fields.IntField(primary_key=True)
    pipeline: fields.ForeignKeyRelation[Pipeline] = fields.ForeignKeyField(
        "models.Pipeline", related_name="stages", on_delete=fields.CASCADE
    )
    pipeline_id: int
    name = fields.CharField(max_length=200)
    position = fields.IntField()
    auto_advance = fields.BooleanField(default=False)
    automation_visible = fields.BooleanField(null=True)
    automation_status: fields.ForeignKeyNullableRelation[ClientFacingStatus] = (
        fields.ForeignKeyField(
            "models.ClientFacingStatus",
            related_name="stage_automations",
            null=True,
            on_delete=fields.RESTRICT,
        )
    )
    automation_status_id: int | None
    automation_description = fields.TextField(null=True)
    # Beyond the source product: send a client request from this template on entry.
    request_template: fields.ForeignKeyNullableRelation[RequestTemplate] = fields.ForeignKeyField(
        "models.RequestTemplate", related_name="stages", null=True, on_delete=fields.SET_NULL
    )
    request_template_id: int | None
    # ...and open a thread with client tasks from this template on entry.
    task_template: fields.ForeignKeyNullableRelation[TaskTemplate] = fields.ForeignKeyField(
        "models.TaskTemplate", related_name="stages", null=True, on_delete=fields.SET_NULL
    )
    task_template_id: int | None

    class Meta:
        table = "stage"


class JobTemplate(Model):
    """Presets for new jobs; `status_visible` null means no preset client-facing status."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="job_templates", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    status_visible = fields.BooleanField(null=True)
    status: fields.ForeignKeyNullableRelation[ClientFacingStatus] = fields.ForeignKeyField(
        "models.ClientFacingStatus",
        related_name="job_templates",
        null=True,
        on_delete=fields.RESTRICT,
    )
    status_id: int | None
    status_description = fields.TextField(null=True)

    class Meta:
        table = "job_template"


class Job(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="jobs", on_delete=fields.CASCADE
    )
    firm_id: int
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="jobs", on_delete=fields.CASCADE
    )
    client_account_id: int
    pipeline: fields.ForeignKeyRelation[Pipeline] = fields.ForeignKeyField(
        "models.Pipeline", related_name="jobs", on_delete=fields.CASCADE
    )
    pipeline_id: int
    stage: fields.ForeignKeyRelation[Stage] = fields.ForeignKeyField(
        "models.Stage", related_name="jobs", on_delete=fields.RESTRICT
    )
    stage_id: int
    name = fields.CharField(max_length=200)
    archived = fields.BooleanField(default=False)
    deleted_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # The client-facing section. `cf_job_name` null: the client job name follows `name`.
    cf_visible = fields.BooleanField(default=False)
    cf_job_name = fields.CharField(max_length=200, null=True)
    cf_status: fields.ForeignKeyNullableRelation[ClientFacingStatus] = fields.ForeignKeyField(
        "models.ClientFacingStatus", related_name="jobs", null=True, on_delete=fields.RESTRICT
    )
    cf_status_id: int | None
    cf_description = fields.TextField(null=True)
    cf_updated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "job"
        indexes = (("firm", "archived", "deleted_at"),)


class JobAssignee(Model):
    id = fields.IntField(primary_key=True)
    job: fields.ForeignKeyRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="assignee_links", on_delete=fields.CASCADE
    )
    job_id: int
    staff: fields.ForeignKeyRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="job_links", on_delete=fields.CASCADE
    )
    staff_id: int

    class Meta:
        table = "job_assignee"
        unique_together = (("job", "staff"),)


class ClientStatusChange(Model):
    """One entry of a job's client-facing history: who, when, how, before and after."""

    id = fields.IntField(primary_key=True)
    job: fields.ForeignKeyRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="history", on_delete=fields.CASCADE
    )
    job_id: int
    at = fields.DatetimeField()
    actor: fields.ForeignKeyNullableRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="status_changes", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    source = fields.CharField(max_length=16)  # MANUAL / BULK / AUTOMATION / TEMPLATE
    before: fields.JSONField[Any] = fields.JSONField()
    after: fields.JSONField[Any] = fields.JSONField()

    class Meta:
        table = "client_status_change"
        # Job.history (newest first) reads by job; PostgreSQL indexes no foreign key itself.
        indexes = (("job_id", "id"),)
