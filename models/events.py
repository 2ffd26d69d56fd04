"""The event store: every live update is a numbered row before it is published."""

from tortoise import fields
from tortoise.models import Model


class Event(Model):
    """One stored event. `seq` increases across the deployment; commit order follows it.

    The routing columns (firm, account, job, thread, request, recipient) let subscriptions
    and replays filter with the same access predicates as the queries.
    `client_visible` (job events) says whether the client may hear of this event: the job is
    visible now, or it was visible at its previous event (so a hide reaches the client, but
    nothing about a job it never saw). It is decided once, when the event is recorded.
    """

    seq = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField()
    # A plain column, not a foreign key: the log is append-only and pruned by age, and a
    # referential check per row was a tenth of a 10,000-job bulk edit (bench/README.md).
    firm_id = fields.IntField()
    topic = fields.CharField(max_length=16)  # task / job / inbox / request
    client_account_id = fields.IntField(null=True)
    job_id = fields.IntField(null=True)
    thread_id = fields.IntField(null=True)
    request_id = fields.IntField(null=True)
    recipient_staff_id = fields.IntField(null=True)
    client_visible = fields.BooleanField(default=False)
    payload = fields.JSONField()

    class Meta:
        table = "event"
        indexes = (("firm_id", "topic", "seq"), ("topic", "job_id", "seq"), ("at",))


class EventPruneMark(Model):
    """How far retention has pruned the event store: resuming after a seq below
    `pruned_through_seq` may have lost events, so the client must reload instead."""

    id = fields.IntField(primary_key=True)
    pruned_through_seq = fields.BigIntField(default=0)
    pruned_at = fields.DatetimeField(null=True)

    class Meta:
        table = "event_prune_mark"
