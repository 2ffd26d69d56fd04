"""Inbox+ notifications: one row per recipient staff member."""

from tortoise import fields
from tortoise.models import Model


class Notification(Model):
    id = fields.IntField(primary_key=True)
    firm = fields.ForeignKeyField(
        "models.Firm", related_name="notifications", on_delete=fields.CASCADE
    )
    recipient = fields.ForeignKeyField(
        "models.StaffMember", related_name="notifications", on_delete=fields.CASCADE
    )
    at = fields.DatetimeField()
    kind = fields.CharField(max_length=32)
    read = fields.BooleanField(default=False)
    client_account = fields.ForeignKeyField(
        "models.ClientAccount", related_name="notifications", on_delete=fields.CASCADE
    )
    actor_name = fields.CharField(max_length=200)
    actor_is_client = fields.BooleanField()
    thread = fields.ForeignKeyField(
        "models.ChatThread", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    task = fields.ForeignKeyField(
        "models.ClientTask", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    request = fields.ForeignKeyField(
        "models.ClientRequest", related_name="notifications", null=True, on_delete=fields.SET_NULL
    )
    summary = fields.TextField()

    class Meta:
        table = "notification"
        indexes = (("recipient", "read"),)
