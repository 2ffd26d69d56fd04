"""Tenancy and identity: firms, staff, client accounts and contacts, tokens, outgoing mail."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Firm(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    show_message_content_in_client_emails = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "firm"


class StaffMember(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="staff", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    # Unique per firm, not across firms: a firm adding an address learns nothing of other
    # firms (no "already signs in elsewhere"); sign-in finds the person by password.
    email = fields.CharField(max_length=254, db_index=True)
    role = fields.CharField(max_length=16)  # OWNER / ADMIN / EMPLOYEE
    password_hash = fields.CharField(max_length=255)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "staff_member"
        unique_together = (("firm", "email"),)


class ClientAccount(Model):
    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="client_accounts", on_delete=fields.CASCADE
    )
    firm_id: int
    name = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "client_account"


class ClientTeamMember(Model):
    """A staff member assigned to a client account's team."""

    id = fields.IntField(primary_key=True)
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="team_links", on_delete=fields.CASCADE
    )
    client_account_id: int
    staff: fields.ForeignKeyRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="team_links", on_delete=fields.CASCADE
    )
    staff_id: int

    class Meta:
        table = "client_team_member"
        unique_together = (("client_account", "staff"),)


class ClientContact(Model):
    """A person of a client account; with a password set, a portal user (role CLIENT)."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="contacts", on_delete=fields.CASCADE
    )
    firm_id: int
    client_account: fields.ForeignKeyRelation[ClientAccount] = fields.ForeignKeyField(
        "models.ClientAccount", related_name="contacts", on_delete=fields.CASCADE
    )
    client_account_id: int
    name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254, db_index=True)
    password_hash = fields.CharField(max_length=255, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "client_contact"


class PortalInvite(Model):
    """A single-use, expiring link that lets a contact set a password."""

    id = fields.IntField(primary_key=True)
    contact: fields.ForeignKeyRelation[ClientContact] = fields.ForeignKeyField(
        "models.ClientContact", related_name="invites", on_delete=fields.CASCADE
    )
    contact_id: int
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "portal_invite"


class AuthToken(Model):
    """A bearer token; only its SHA-256 is stored."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    staff: fields.ForeignKeyNullableRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="tokens", null=True, on_delete=fields.CASCADE
    )
    staff_id: int | None
    contact: fields.ForeignKeyNullableRelation[ClientContact] = fields.ForeignKeyField(
        "models.ClientContact", related_name="tokens", null=True, on_delete=fields.CASCADE
    )
    contact_id: int | None
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "auth_token"


class RateLimitCounter(Model):
    """Attempts counted per key and clock minute (sign-in failures, wrong link tokens).

    One row per (key, minute), incremented by a single INSERT ... ON CONFLICT DO UPDATE ...
    RETURNING, so concurrent attempts in any number of server processes each see their
    own place in the count (resolvers/ratelimit.py).
    """

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=300)
    minute = fields.IntField(db_index=True)  # minutes since the Unix epoch
    count = fields.IntField(default=0)

    class Meta:
        table = "rate_limit_counter"
        unique_together = (("key", "minute"),)


class PasswordReset(Model):
    """A single-use, one-hour link that lets a staff member or a portal user set a new
    password; only its SHA-256 is stored."""

    id = fields.IntField(primary_key=True)
    staff: fields.ForeignKeyNullableRelation[StaffMember] = fields.ForeignKeyField(
        "models.StaffMember", related_name="password_resets", null=True, on_delete=fields.CASCADE
    )
    staff_id: int | None
    contact: fields.ForeignKeyNullableRelation[ClientContact] = fields.ForeignKeyField(
        "models.ClientContact",
        related_name="password_resets",
        null=True,
        on_delete=fields.CASCADE,
    )
    contact_id: int | None
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "password_reset"


class OutboxMail(Model):
    """An e-mail written in the same transaction as its cause and sent after commit."""

    id = fields.IntField(primary_key=True)
    firm: fields.ForeignKeyNullableRelation[Firm] = fields.ForeignKeyField(
        "models.Firm", related_name="outbox", null=True, on_delete=fields.CASCADE
    )
    firm_id: int | None
    to = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=300)
    body = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    # A sender claims a row by moving this forward; other processes skip claimed rows.
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "outbox_mail"
