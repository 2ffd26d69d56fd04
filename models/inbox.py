"""Notifications: Inbox+ for staff (one row per recipient staff member), the client's own
inbox for portal users, and each staff member's preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models import (
        ChatThread,
        ClientAccount,
        ClientContact,
        ClientRequest,
        ClientTask,
        Firm,
        Job,
        StaffMember,
    )


class Notification(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="notifications", on_delete=fields.CASCADE
    )
    firm_id: int
    recipient: fields.ForeignKeyRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="notifications", on_delete=fields.CASCADE
    )
    recipient_id: int
    at = fields.DatetimeField()
    kind = fields.CharField(max_length=32)
    read = fields.BooleanField(default=False)
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="notifications", on_delete=fields.CASCADE
    )
    client_account_id: int
    actor_name = fields.CharField(max_length=200)
    actor_is_client = fields.BooleanField()
    thread: fields.ForeignKeyNullableRelation[ChatThread] = fields.ForeignKeyField(
        "models.ChatThread", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    thread_id: int | None
    task: fields.ForeignKeyNullableRelation[ClientTask] = fields.ForeignKeyField(
        "models.ClientTask", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    task_id: int | None
    request: fields.ForeignKeyNullableRelation[ClientRequest] = fields.ForeignKeyField(
        "models.ClientRequest", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    request_id: int | None
    summary = fields.TextField()

    class Meta:
        table = "notification"
        indexes = (("recipient", "read"),)


class ClientNotification(Model):
    """A portal user's own inbox: one row per recipient contact (kinds NEW_CLIENT_TASKS,
    NEW_CLIENT_REQUEST, FIRM_MESSAGE, JOB_STATUS_CHANGED). Kept apart from staff rows so no
    query can ever mix the two audiences."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="client_notifications", on_delete=fields.CASCADE
    )
    firm_id: int
    recipient: fields.ForeignKeyRelation[ClientContact] = fields.ForeignKeyField(
        "models.ClientContact", related_name="notifications", on_delete=fields.CASCADE
    )
    recipient_id: int
    at = fields.DatetimeField()
    kind = fields.CharField(max_length=32)
    read = fields.BooleanField(default=False)
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="client_notifications", on_delete=fields.CASCADE
    )
    client_account_id: int
    actor_name = fields.CharField(max_length=200)
    actor_is_client = fields.BooleanField(default=False)
    thread: fields.ForeignKeyNullableRelation[ChatThread] = fields.ForeignKeyField(
        "models.ChatThread",
        related_name="client_notifications",
        null=True,
        on_delete=fields.SET_NULL,
    )
    thread_id: int | None
    task: fields.ForeignKeyNullableRelation[ClientTask] = fields.ForeignKeyField(
        "models.ClientTask",
        related_name="client_notifications",
        null=True,
        on_delete=fields.SET_NULL,
    )
    task_id: int | None
    request: fields.ForeignKeyNullableRelation[ClientRequest] = fields.ForeignKeyField(
        "models.ClientRequest",
        related_name="client_notifications",
        null=True,
        on_delete=fields.SET_NULL,
    )
    request_id: int | None
    job: fields.ForeignKeyNullableRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="client_notifications", null=True, on_delete=fields.SET_NULL
    )
    job_id: int | None
    summary = fields.TextField()

    class Meta:
        table = "client_notification"
        indexes = (("recipient", "read"),)


class NotificationPreference(Model):
    """Where one staff member wants one kind of notification: Inbox+ and e-mail apart.
    No row means the default (see `resolvers.inbox.DEFAULT_PREFERENCES`)."""

    id = fields.IntField(primary_key=True)
    staff: fields.ForeignKeyRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="notification_preferences", on_delete=fields.CASCADE
    )
    staff_id: int
    kind = fields.CharField(max_length=32)
    inbox = fields.BooleanField()
    email = fields.BooleanField()

    class Meta:
        table = "notification_preference"
        unique_together = (("staff", "kind"),)
