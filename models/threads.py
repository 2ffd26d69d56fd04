"""Chat threads, their messages, and client tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models import ClientAccount, ClientContact, Firm, Job, StaffMember, Stage, TaskTemplate


class ChatThread(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="threads", on_delete=fields.CASCADE
    )
    firm_id: int
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="threads", on_delete=fields.CASCADE
    )
    client_account_id: int
    job: fields.ForeignKeyNullableRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="threads", null=True, on_delete=fields.SET_NULL
    )
    job_id: int | None
    # The stage the job was in when the thread was linked to it (see ClientRequest.job_stage).
    job_stage: fields.ForeignKeyNullableRelation[Stage] = fields.ForeignKeyField(
        "models.Stage", related_name="linked_threads", null=True, on_delete=fields.SET_NULL
    )
    job_stage_id: int | None
    # The task template a stage automation opened it from: no duplicate while tasks are open.
    task_template: fields.ForeignKeyNullableRelation[TaskTemplate] = fields.ForeignKeyField(
        "models.TaskTemplate", related_name="threads", null=True, on_delete=fields.SET_NULL
    )
    task_template_id: int | None
    subject = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Counts kept on the row so lists and filters need no aggregate; updated atomically.
    total_task_count = fields.IntField(default=0)
    completed_task_count = fields.IntField(default=0)
    # Set once the firm was told the list is complete; cleared when the list reopens.
    all_completed_notified = fields.BooleanField(default=False)
    # The message that shows this thread's task list (a plain id: a foreign key would make
    # thread and message reference each other, which Tortoise cannot create).
    task_list_message_id = fields.IntField(null=True)
    reminder_every_days = fields.IntField(null=True)
    reminder_max_count = fields.IntField(null=True)
    reminder_sent_count = fields.IntField(default=0)
    reminder_next_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "chat_thread"


class Message(Model):
    id = fields.IntField(primary_key=True)
    thread: fields.ForeignKeyRelation[ChatThread] = fields.ForeignKeyField(
        "models.ChatThread", related_name="messages", on_delete=fields.CASCADE
    )
    thread_id: int
    at = fields.DatetimeField()
    kind = fields.CharField(max_length=16, default="TEXT")  # TEXT / TASKS / REMINDER
    author_name = fields.CharField(max_length=200)
    from_client = fields.BooleanField(default=False)
    author_staff: fields.ForeignKeyNullableRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    author_staff_id: int | None
    author_contact: fields.ForeignKeyNullableRelation[ClientContact] = fields.ForeignKeyField(
        "models.ClientContact", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    author_contact_id: int | None
    body = fields.TextField()

    class Meta:
        table = "message"


class ClientTask(Model):
    id = fields.IntField(primary_key=True)
    thread: fields.ForeignKeyRelation[ChatThread] = fields.ForeignKeyField(
        "models.ChatThread", related_name="tasks", on_delete=fields.CASCADE
    )
    thread_id: int
    title = fields.CharField(max_length=200)
    position = fields.IntField()
    completed = fields.BooleanField(default=False)
    completed_at = fields.DatetimeField(null=True)
    completed_by = fields.CharField(max_length=200, null=True)
    completed_by_client = fields.BooleanField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "client_task"
