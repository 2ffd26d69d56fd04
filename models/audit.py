"""The firm-wide audit log: who changed what, when and from where.

One `AuditEntry` per staff action (a mutation's transaction, a sign-in, a password reset),
written in the same transaction as the change it describes; one `AuditRecord` per record
it changed, with the before and after of the changed fields. Both tables are append-only:
nothing in firmflow updates or deletes a row except the retention pruner
(`eventstore.audit.prune_audit`); on PostgreSQL a trigger refuses everything else
(the audit_log migration).

Firm, staff and entry ids are plain columns, not foreign keys: a deleted staff member or
record must not take its history with it (or be refused by the trigger), and a 10,000-job
bulk edit's records go in with one COPY without a referential check per row.
"""

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditEntry(Model):
    """One action: who (and their name then), when, from which address, which operation."""

    id = fields.BigIntField(primary_key=True)
    firm_id = fields.IntField()
    at = fields.DatetimeField()
    # STAFF, CLIENT (a portal user signing in), ANONYMOUS (a failed sign-in), OPERATOR (CLI)
    actor_kind = fields.CharField(max_length=16)
    staff_id = fields.IntField(null=True)
    contact_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=200)
    address = fields.CharField(max_length=64)
    operation = fields.CharField(max_length=64)
    succeeded = fields.BooleanField(default=True)
    # What the operation's records do not say (the e-mail a failed sign-in tried, ...).
    detail: fields.JSONField[Any] = fields.JSONField(null=True)

    class Meta:
        table = "audit_entry"
        indexes = (
            ("firm_id", "at"),
            ("firm_id", "staff_id", "id"),
            ("firm_id", "operation", "id"),
        )


class AuditRecord(Model):
    """One record an entry changed: its type and id, and the changed fields' values before
    and after (before is null for a created record, after for a deleted one)."""

    id = fields.BigIntField(primary_key=True)
    entry_id = fields.BigIntField(db_index=True)
    firm_id = fields.IntField()
    record_type = fields.CharField(max_length=40)
    record_id = fields.BigIntField()
    before: fields.JSONField[Any] = fields.JSONField(null=True)
    after: fields.JSONField[Any] = fields.JSONField(null=True)

    class Meta:
        table = "audit_record"
        indexes = (("firm_id", "record_type", "record_id", "entry_id"),)
