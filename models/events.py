"""The event store: every live update is a row numbered within its firm before it is
published."""

from typing import Any

from tortoise import fields
from tortoise.models import Model


class Event(Model):
    """One stored event.

    `seq` numbers the events of one firm: 1, 2, 3, ... with no gap, in commit order
    (allocated from the firm's `EventCounter` just before the recording transaction commits).
    It is what clients see and pass back as `after`. `id` only orders rows of the whole table
    (it is not commit order across firms and never leaves the server).

    The routing columns (firm, account, job, thread, request, recipient) let subscriptions
    and replays filter with the same access predicates as the queries.
    `client_visible` (job events) says whether the client may hear of this event: the job is
    visible now, or it was just before the change (so a hide reaches the client, but nothing
    about a job it never saw): `resolvers.access.client_hears_of_job_event`, decided
    when the event is recorded.
    """

    id = fields.BigIntField(primary_key=True)
    seq = fields.BigIntField()
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
    payload: fields.JSONField[Any] = fields.JSONField()

    class Meta:
        table = "event"
        unique_together = (("firm_id", "seq"),)
        indexes = (("firm_id", "topic", "seq"), ("topic", "job_id", "seq"), ("at",))


class EventCounter(Model):
    """The last `Event.seq` given out in a firm. The row is updated (and so locked) only by a
    transaction that records events of that firm, as its last statement before commit: a
    firm's writers queue here for the length of an insert, other firms' writers and every
    transaction that records nothing never do."""

    firm_id = fields.IntField(primary_key=True, generated=False)
    last_seq = fields.BigIntField(default=0)

    class Meta:
        table = "event_counter"


class EventPruneMark(Model):
    """How far retention has pruned a firm's events: resuming after a seq below
    `pruned_through_seq` may have lost events, so the client must reload instead. A row of
    its own (not the counter's), so pruning never waits for the firm's writers."""

    firm_id = fields.IntField(primary_key=True, generated=False)
    pruned_through_seq = fields.BigIntField(default=0)
    pruned_at = fields.DatetimeField(null=True)

    class Meta:
        table = "event_prune_mark"
