"""Webhooks: a firm's endpoints and the log of every delivery attempt.

An endpoint is its own delivery queue over the firm's event table: `cursor_seq` is the last
firm seq it has dealt with (delivered, or skipped because its topics do not cover it), so
nothing is copied per event and a restart resumes where the cursor stands. A delivery
process claims an endpoint by setting `lease_token`/`lease_until` with a conditional UPDATE
(`resolvers.webhook_delivery`): while the lease holds, no other process delivers to it.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.firms import Firm


class WebhookEndpoint(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    firm_id: int
    url = fields.CharField(max_length=2000)
    description = fields.CharField(max_length=500, default="")
    topics = fields.CharField(max_length=100)  # comma-separated: job,request,task
    # The signing secret (`whsec_` + base64). It must be kept readable to sign with it; the
    # API shows it once, at creation and rotation.
    secret = fields.CharField(max_length=100)
    # After a rotation the old secret still signs until `previous_secret_until`.
    previous_secret = fields.CharField(max_length=100, null=True)
    previous_secret_until = fields.DatetimeField(null=True)
    paused = fields.BooleanField(default=False)
    # Set when an event could not be delivered for the whole retry window; delivery stops
    # until the endpoint is resumed.
    failing_since = fields.DatetimeField(null=True)
    cursor_seq = fields.BigIntField(default=0)
    # The event at the head of the queue that is being retried: its attempts so far, when
    # the first one failed, and when the next one is due.
    attempts = fields.IntField(default=0)
    first_failure_at = fields.DatetimeField(null=True)
    next_attempt_at = fields.DatetimeField(null=True)
    lease_token = fields.CharField(max_length=40, null=True)
    lease_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_endpoint"

    @property
    def topic_list(self) -> list[str]:
        return [topic for topic in self.topics.split(",") if topic]


class WebhookDelivery(Model):
    """One attempt to deliver one event to one endpoint (the endpoint's delivery log)."""

    id = fields.BigIntField(primary_key=True)
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    endpoint_id: int
    seq = fields.BigIntField()
    topic = fields.CharField(max_length=16)
    status = fields.CharField(max_length=16)  # SUCCEEDED / FAILED
    attempt = fields.IntField()
    response_code = fields.IntField(null=True)
    error = fields.CharField(max_length=300, null=True)
    duration_ms = fields.IntField(default=0)
    at = fields.DatetimeField()

    class Meta:
        table = "webhook_delivery"
        indexes = (("endpoint_id", "id"),)
