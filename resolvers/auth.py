"""Sign-in, bearer tokens, portal invites, and turning a token into a Viewer.

Passwords use argon2 (slow, salted). Tokens are random, and only their SHA-256 is stored,
so a leaked database gives no usable token.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from eventstore.audit import write_entry
from firmflow.settings import get_settings
from models import AuthToken, ClientContact, ClientRequest, PortalInvite, StaffMember
from resolvers import audit_log
from resolvers.access import get_readable, readable_contacts, require_admin, require_signed_in
from resolvers.errors import BadInput, Conflict, InvalidState, NotFound, Unauthenticated
from resolvers.outbox import queue_mail
from resolvers.ratelimit import Limit, release, reserve_attempt
from resolvers.request_links import link_is_live, parse_link_token
from resolvers.uow import after_commit, atomic, changes_firm
from resolvers.validate import check_email, check_password, parse_id
from resolvers.viewer import ANONYMOUS, Viewer

LOGIN_FAILED = "the e-mail or password is wrong"


@functools.cache
def _hasher(time_cost: int, memory_kib: int) -> tuple[PasswordHasher, str]:
    """The argon2 hasher of these costs, and a hash to verify against when the e-mail is
    unknown, so an unknown e-mail and a wrong password cost the same time."""
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)
    return hasher, hasher.hash("firmflow-no-such-user")


def _current_hasher() -> tuple[PasswordHasher, str]:
    settings = get_settings()
    return _hasher(settings.password_time_cost, settings.password_memory_kib)


async def hash_password(password: str) -> str:
    """argon2 is slow on purpose: it runs in a thread so other requests keep being served."""
    hasher, _ = _current_hasher()
    return await asyncio.to_thread(hasher.hash, password)


def _verify(password_hash: str | None, password: str) -> bool:
    hasher, dummy = _current_hasher()
    try:
        return hasher.verify(password_hash or dummy, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.to_thread(_verify, password_hash, password)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: datetime
    viewer: Viewer


@dataclass(frozen=True)
class Person:
    """Someone who signs in: a staff member or a portal user (a contact with a password)."""

    staff: StaffMember | None = None
    contact: ClientContact | None = None

    @property
    def name(self) -> str:
        return self.staff.name if self.staff else self.contact.name if self.contact else ""

    @property
    def firm_id(self) -> int | None:
        return self.staff.firm_id if self.staff else self.contact.firm_id if self.contact else None

    @property
    def password_hash(self) -> str | None:
        if self.staff:
            return self.staff.password_hash
        return self.contact.password_hash if self.contact else None


# Sign-in verifies the password against each person of the address; firms are few per
# address, and this bounds the work one sign-in can cause.
MAX_PEOPLE_PER_EMAIL = 20


async def people_signing_in_as(email: str, firm_id: int | None = None) -> list[Person]:
    """Everyone who signs in with this e-mail (one per firm at most), oldest first: staff,
    then portal users. An address is unique within a firm, not across firms, so that a
    firm adding an address learns nothing about other firms."""
    staff = StaffMember.filter(email=email)
    contacts = ClientContact.filter(email=email, password_hash__isnull=False)
    if firm_id is not None:
        staff, contacts = staff.filter(firm_id=firm_id), contacts.filter(firm_id=firm_id)
    people = [Person(staff=s) for s in await staff.order_by("id").limit(MAX_PEOPLE_PER_EMAIL)]
    people += [Person(contact=c) for c in await contacts.order_by("id").limit(MAX_PEOPLE_PER_EMAIL)]
    return people[:MAX_PEOPLE_PER_EMAIL]


async def email_in_use(email: str, *, firm_id: int) -> bool:
    """Whether the e-mail already signs in to this firm (a staff member or a portal user):
    within a firm an address names one person."""
    if await StaffMember.exists(email=email, firm_id=firm_id):
        return True
    return await ClientContact.exists(email=email, firm_id=firm_id, password_hash__isnull=False)


async def email_signs_in_anywhere(email: str) -> bool:
    """For the operator's `create-firm` only (a trusted command, not a firm's admin): a new
    firm's owner must not share an address with someone who already signs in."""
    return bool(await people_signing_in_as(email))


async def issue_token(*, staff: StaffMember | None, contact: ClientContact | None) -> IssuedToken:
    """A new bearer token for this person (sign-in, invite acceptance, password reset)."""
    token = new_token()
    expires_at = datetime.now(UTC) + timedelta(days=get_settings().token_days)
    # A sign-in changes its person's firm only (not every firm: `eventstore.uow`).
    changes_firm(staff.firm_id if staff is not None else contact.firm_id if contact else None)
    row = await AuthToken.create(
        token_hash=hash_token(token), staff=staff, contact=contact, expires_at=expires_at
    )
    if staff is not None:
        viewer = await viewer_for_staff(staff, row.id)
    elif contact is not None:
        viewer = await viewer_for_contact(contact, row.id)
    else:
        raise ValueError("a token is issued to a staff member or a contact")
    return IssuedToken(token=token, expires_at=expires_at, viewer=viewer)


def login_limits(address: str, client_address: str) -> list[Limit]:
    """Sign-in failures a minute: per (address, e-mail), so a guesser is stopped without
    locking the real user out from another address; per address across e-mails, so one
    address cannot spray many accounts; per e-mail only as a high ceiling against a
    guesser spread over many addresses (FIRMFLOW_LOGIN_FAILURES_PER_EMAIL_PER_MINUTE)."""
    limits = get_settings().limits
    return [
        Limit(f"login:{client_address}:{address}", limits.login_failures_per_minute),
        Limit(f"login-address:{client_address}", limits.login_failures_per_address_per_minute),
        Limit(f"login-email:{address}", limits.login_failures_per_email_per_minute),
    ]


async def login(
    *, email: str, password: str, client_address: str = "unknown", firm_id: object = None
) -> IssuedToken:
    """Sign in; an unknown e-mail and a wrong password give the same UNAUTHENTICATED.

    The attempt is counted before the password is verified and handed back when it was
    right, so parallel guesses cannot all be evaluated before the first failure counts.
    An address may sign in to several firms (one person in each): the password is checked
    against each of them and finds its person; if one password opens several, the oldest
    wins unless `firm_id` names the firm."""
    address = (email or "").strip().lower()[:254]
    attempt = await reserve_attempt(
        login_limits(address, client_address), "too many failed sign-ins; wait a minute"
    )
    firm = parse_id(firm_id, "firmId") if firm_id is not None else None
    people = await people_signing_in_as(address, firm)
    found: Person | None = None
    # Every person of the address is checked (no early exit), and an unknown address costs
    # one verification of a dummy hash, as one person does.
    for person in people or [Person()]:
        if await verify_password(person.password_hash, password or "") and found is None:
            found = person
    if found is None:
        if people:  # in the audit log of each firm the address signs in to
            async with atomic():
                await audit_log.record_anonymous(
                    "login",
                    client_address,
                    address,
                    [(person.staff, person.contact) for person in people],
                    succeeded=False,
                )
        raise Unauthenticated(LOGIN_FAILED)
    await release(attempt)
    async with atomic():
        await audit_log.record_sign_in(client_address, staff=found.staff, contact=found.contact)
        return await issue_token(staff=found.staff, contact=found.contact)


# Called with a token's id once its revocation committed. The streaming side
# (subscriptions/credentials.py, above the domain) registers here, so this module never
# imports it.
_revocation_listeners: list[Callable[[int], None]] = []


def on_token_revoked(listener: Callable[[int], None]) -> None:
    """Have `listener(token_id)` called after a token's revocation commits in this process."""
    if listener not in _revocation_listeners:
        _revocation_listeners.append(listener)


async def logout(*, viewer: Viewer) -> bool:
    """Revoke the token this call was made with."""
    require_signed_in(viewer)
    if viewer.token_id is None:
        return False
    token_id = viewer.token_id

    async with atomic():
        await AuthToken.filter(id=token_id).update(revoked_at=datetime.now(UTC))
        after_commit(lambda: announce_revoked([token_id]))
    return True


async def announce_revoked(token_ids: list[int]) -> None:
    """After a commit that revoked tokens (logout, password reset): this process forgets
    every kept viewer at once and the listeners end the open subscriptions of those tokens."""
    forget_cached_viewers()
    for token_id in token_ids:
        for listener in list(_revocation_listeners):
            listener(token_id)


async def token_still_valid(token_id: int) -> bool:
    """Whether a bearer token is neither revoked nor expired (open websockets ask)."""
    return await AuthToken.filter(
        id=token_id, revoked_at__isnull=True, expires_at__gt=datetime.now(UTC)
    ).exists()


async def viewer_for_staff(staff: StaffMember, token_id: int | None = None) -> Viewer:
    return Viewer(
        kind="staff",
        firm_id=staff.firm_id,
        role=staff.role,
        staff_id=staff.id,
        name=staff.name,
        email=staff.email,
        token_id=token_id,
    )


async def viewer_for_contact(contact: ClientContact, token_id: int | None = None) -> Viewer:
    return Viewer(
        kind="client",
        firm_id=contact.firm_id,
        role="CLIENT",
        contact_id=contact.id,
        client_account_id=contact.client_account_id,
        name=contact.name,
        email=contact.email,
        token_id=token_id,
    )


# The viewer of a bearer token, kept per token for a few seconds: reads under load asked the
# database for the same token on every request (one statement in eight of a job list). A
# logout in this process forgets every kept viewer at once (`forget_cached_viewers`, after
# its commit); a revocation through another process reaches this one within
# VIEWER_CACHE_SECONDS (within 5 s). An expiry is honoured exactly (kept with
# the viewer). Whatever else ends a token's validity must call `forget_cached_viewers`
# after its commit.
VIEWER_CACHE_SECONDS = 4.0
_VIEWER_CACHE_SIZE = 10_000
_viewers: dict[str, tuple[float, datetime, Viewer]] = {}
_viewers_generation = 0


def forget_cached_viewers() -> None:
    """Drop every kept viewer; a lookup already in flight does not keep its answer."""
    global _viewers_generation
    _viewers.clear()
    _viewers_generation += 1


async def viewer_from_token(token: str | None) -> Viewer | None:
    """The viewer a bearer token stands for; None for an unknown, expired or revoked token."""
    if not token:
        return None
    token_hash = hash_token(token)
    kept = _viewers.get(token_hash)
    if kept is not None:
        until, expires_at, viewer = kept
        if time.monotonic() < until and expires_at > datetime.now(UTC):
            return viewer
        del _viewers[token_hash]
    generation, now = _viewers_generation, time.monotonic()
    found = await _viewer_of_token_hash(token_hash)
    if found is None:
        return None
    viewer, expires_at = found
    if generation == _viewers_generation:
        if len(_viewers) >= _VIEWER_CACHE_SIZE:
            _viewers.clear()
        _viewers[token_hash] = (now + VIEWER_CACHE_SECONDS, expires_at, viewer)
    return viewer


async def _viewer_of_token_hash(token_hash: str) -> tuple[Viewer, datetime] | None:
    row = (
        await AuthToken.filter(token_hash=token_hash, revoked_at__isnull=True)
        .select_related("staff", "contact")
        .first()
    )
    if row is None or row.expires_at <= datetime.now(UTC):
        return None
    if row.staff is not None:
        return await viewer_for_staff(row.staff, row.id), row.expires_at
    if row.contact is not None and row.contact.password_hash:
        return await viewer_for_contact(row.contact, row.id), row.expires_at
    return None


async def viewer_from_request_token(token: str | None) -> Viewer | None:
    """The third party holding a request's live secret link; None for a wrong, revoked or
    expired link (callers answer NOT_FOUND and count the failure for rate limiting)."""
    parsed = parse_link_token(token)
    if parsed is None:
        return None
    request_id, generation = parsed
    request = await ClientRequest.get_or_none(id=request_id)
    if request is None or not link_is_live(request, generation):
        return None
    return Viewer(
        kind="third_party",
        firm_id=request.firm_id,
        client_account_id=request.client_account_id,
        request_id=request.id,
        name="Third party",
        link_generation=generation,
    )


async def request_link_still_valid(viewer: Viewer) -> bool:
    """Whether the link a third party came in with still opens its request (not revoked
    by a new link, not expired, the request still THIRD_PARTY): a websocket opened with
    it hears nothing once it no longer does."""
    if not viewer.is_third_party or viewer.link_generation is None:
        return False
    request = await ClientRequest.get_or_none(id=viewer.request_id)
    return request is not None and link_is_live(request, viewer.link_generation)


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` value."""
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def viewer_from_authorization(header: str | None) -> Viewer:
    """ANONYMOUS without a header; UNAUTHENTICATED for a token that is not (or no longer)
    valid, so a client learns to sign in again instead of seeing empty data."""
    token = bearer_token(header)
    if header and not token:
        raise Unauthenticated("the Authorization header must be 'Bearer <token>'")
    if token is None:
        return ANONYMOUS
    viewer = await viewer_from_token(token)
    if viewer is None:
        raise Unauthenticated("the token is unknown, expired or revoked; sign in again")
    return viewer


# ---------------------------------------------------------------- portal invites


@dataclass(frozen=True)
class IssuedInvite:
    url: str
    token: str
    expires_at: datetime


async def invite_to_portal(*, viewer: Viewer, contact_id: str) -> IssuedInvite:
    """Owners/admins e-mail a contact a single-use link to set a portal password."""
    require_admin(viewer)
    contact = await get_readable(
        readable_contacts(viewer), parse_id(contact_id, "contactId"), "contact"
    )
    if contact.password_hash:
        raise Conflict(f"{contact.email} already has portal access")
    settings = get_settings()
    token = new_token()
    expires_at = datetime.now(UTC) + timedelta(days=settings.invite_days)
    url = f"{settings.public_url}/portal/invite?token={token}"
    async with atomic():
        await PortalInvite.create(
            contact=contact, token_hash=hash_token(token), expires_at=expires_at
        )
        await queue_mail(
            to=contact.email,
            subject="You are invited to your client portal",
            body=(
                f"Hello {contact.name},\n\nyour accountant invites you to the client portal,"
                f" where you can follow your work and answer requests.\n\n"
                f"Set your password here: {url}\n\nThe link works once and expires on"
                f" {expires_at:%Y-%m-%d}."
            ),
            firm_id=viewer.firm_id,
        )
    return IssuedInvite(url=url, token=token, expires_at=expires_at)


async def accept_portal_invite(
    *, token: str, password: str, client_address: str = "unknown"
) -> IssuedToken:
    """Set the contact's password from an unused, unexpired invite, and sign them in.

    An invite only ever sets the first password: a contact who already signed up gets
    INVALID_STATE (an old invite must not replace a password), and accepting one invite
    revokes the contact's other invites. The contact row is changed first with a
    conditional UPDATE, so of two acceptances at once exactly one wins, and every
    acceptance locks the contact before its invites (no lock-order deadlock).
    """
    password_hash = await hash_password(check_password(password))
    now = datetime.now(UTC)
    async with atomic():
        invite = (
            await PortalInvite.filter(token_hash=hash_token(token or ""), used_at__isnull=True)
            .select_related("contact")
            .first()
        )
        if invite is None or invite.expires_at <= now:
            raise NotFound("this invite link is unknown, used or expired")
        contact = invite.contact
        if (
            await StaffMember.exists(email=contact.email, firm_id=contact.firm_id)
            or await ClientContact.filter(
                email=contact.email, firm_id=contact.firm_id, password_hash__isnull=False
            )
            .exclude(id=contact.id)
            .exists()
        ):
            raise Conflict(f"{contact.email} already signs in to this firm")
        if not await ClientContact.filter(id=contact.id, password_hash__isnull=True).update(
            password_hash=password_hash
        ):
            raise InvalidState(
                "this contact already has portal access; sign in, or reset the password"
            )
        if not await PortalInvite.filter(id=invite.id, used_at__isnull=True).update(used_at=now):
            raise NotFound("this invite link is unknown, used or expired")
        # The contact's other invites stop working: they could otherwise set the password.
        await PortalInvite.filter(contact_id=contact.id, used_at__isnull=True).update(used_at=now)
        contact.password_hash = password_hash
        await write_entry(
            audit_log.person_action("acceptPortalInvite", client_address, contact=contact),
            records=[
                ("ClientContact", contact.id, {"portalAccess": False}, {"portalAccess": True})
            ],
            detail={"invite": invite.id},
        )
        return await issue_token(staff=None, contact=contact)


def check_role(role: str) -> str:
    if role not in {"OWNER", "ADMIN", "EMPLOYEE"}:
        raise BadInput("a staff member's role is OWNER, ADMIN or EMPLOYEE")
    return role


__all__ = [
    "IssuedInvite",
    "IssuedToken",
    "accept_portal_invite",
    "check_email",
    "check_role",
    "email_in_use",
    "email_signs_in_anywhere",
    "hash_password",
    "invite_to_portal",
    "login",
    "logout",
    "people_signing_in_as",
    "viewer_from_authorization",
    "viewer_from_token",
]
