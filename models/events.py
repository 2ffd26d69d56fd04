"""The event store: every live update is a numbered row before it is published."""

from tortoise import fields
from tortoise.models import Model


class Event(Model):
    """One stored event. `seq` increases across the deployment; commit order follows it.

    The routing columns (firm, account, job, thread, request, recipient) let subscriptions
    and replays filter with the same access predicates as the queries.
    """

    seq = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField()
    firm = fields.ForeignKeyField("models.Firm", related_name="events", on_delete=fields.CASCADE)
    topic = fields.CharField(max_length=16)  # task / job / inbox / request
    client_account_id = fields.IntField(null=True)
    job_id = fields.IntField(null=True)
    thread_id = fields.IntField(null=True)
    request_id = fields.IntField(null=True)
    recipient_staff_id = fields.IntField(null=True)
    payload = fields.JSONField()

    class Meta:
        table = "event"
        indexes = (("firm", "topic", "seq"),)
