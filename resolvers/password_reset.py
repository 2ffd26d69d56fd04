"""Forgotten passwords: a single-use link by e-mail, for staff and portal users alike.

`request_password_reset` answers the same for every e-mail (true), known or not, and does
the same work up to the point where a known person gets a row and an e-mail (a token is
drawn and hashed either way; the e-mail itself goes out after commit through the outbox),
so neither the answer nor its timing class says whether the address signs in. The link
(`{public_url}/reset-password?token=...`) works once, for one hour
(`FIRMFLOW_PASSWORD_RESET_MINUTES`); only its SHA-256 is stored.

`reset_password` sets the new password, revokes every bearer token of that person (their
open websockets end as after `logout`) and every other reset link of theirs, and signs
them in. Limits: `requestPasswordReset` calls per client address (RATE_LIMITED) and reset
e-mails per e-mail address (beyond: still true, no e-mail, so nobody can flood an inbox);
wrong reset tokens per client address as for request links.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from eventstore.audit import write_entry
from firmflow.settings import get_settings
from models import AuthToken, ClientContact, PasswordReset, StaffMember
from resolvers import audit_log
from resolvers.auth import (
    IssuedToken,
    announce_revoked,
    hash_password,
    hash_token,
    issue_token,
    new_token,
    people_signing_in_as,
)
from resolvers.errors import NotFound, RateLimited
from resolvers.outbox import queue_mail
from resolvers.ratelimit import Limit, check_not_limited, record_failure, reserve_attempt
from resolvers.uow import after_commit, atomic
from resolvers.validate import check_password

WRONG_RESET_LINK = "this password reset link is unknown, used or expired"


async def request_password_reset(*, email: str, client_address: str = "unknown") -> bool:
    """E-mail a reset link to whoever signs in with `email`; always true."""
    address = (email or "").strip().lower()[:254]
    limits = get_settings().limits
    await reserve_attempt(
        [Limit(f"reset-request:{client_address}", limits.password_reset_requests_per_minute)],
        "too many password reset requests; wait a minute",
    )
    token = new_token()
    token_hash = hash_token(token)
    try:
        # Not an error the caller may see: past it, the inbox simply gets no more mail.
        await reserve_attempt(
            [Limit(f"reset-mail:{address}", limits.password_reset_mails_per_minute)], ""
        )
    except RateLimited:
        return True
    people = await people_signing_in_as(address) if "@" in address else []
    if not people:
        return True
    settings = get_settings()
    expires_at = datetime.now(UTC) + timedelta(minutes=settings.password_reset_minutes)
    async with atomic():
        await audit_log.record_anonymous(
            "requestPasswordReset",
            client_address,
            address,
            [(person.staff, person.contact) for person in people],
            succeeded=True,
        )
        for index, person in enumerate(people):
            if index:  # one link per person signing in with this address
                token = new_token()
                token_hash = hash_token(token)
            await PasswordReset.create(
                staff=person.staff,
                contact=person.contact,
                token_hash=token_hash,
                expires_at=expires_at,
            )
            url = f"{settings.public_url}/reset-password?token={token}"
            await queue_mail(
                to=address,
                subject="Reset your firmflow password",
                body=(
                    f"Hello {person.name},\n\nsomeone (hopefully you) asked to reset the"
                    f" password you sign in to firmflow with.\n\nChoose a new password here:"
                    f" {url}\n\nThe link works once and for {settings.password_reset_minutes}"
                    " minutes. If you did not ask for it, ignore this e-mail: your password"
                    " stays as it is."
                ),
                firm_id=person.firm_id,
            )
    return True


async def reset_password(
    *, token: str, password: str, client_address: str = "unknown"
) -> IssuedToken:
    """Set a new password from a valid reset link, sign out every session, sign in."""
    password_hash = await hash_password(check_password(password))
    limits = [Limit(f"reset-token:{client_address}", get_settings().limits.wrong_tokens_per_minute)]
    message = "too many wrong password reset links; wait a minute"
    await check_not_limited(limits, message)
    now = datetime.now(UTC)
    reset = (
        await PasswordReset.filter(token_hash=hash_token(token or ""), used_at__isnull=True)
        .select_related("staff", "contact")
        .first()
        if token and len(token) <= 200
        else None
    )
    if reset is None or reset.expires_at <= now:
        await record_failure(limits, message)
        raise NotFound(WRONG_RESET_LINK)
    async with atomic():
        # Conditional update: of two uses of one link at once, only one wins.
        if not await PasswordReset.filter(id=reset.id, used_at__isnull=True).update(used_at=now):
            raise NotFound(WRONG_RESET_LINK)
        whose = {"staff_id": reset.staff_id} if reset.staff_id else {"contact_id": reset.contact_id}
        await PasswordReset.filter(**whose, used_at__isnull=True).update(used_at=now)
        if reset.staff is not None:
            await StaffMember.filter(id=reset.staff_id).update(password_hash=password_hash)
        else:
            await ClientContact.filter(id=reset.contact_id).update(password_hash=password_hash)
        revoked = [
            token.id
            for token in await AuthToken.filter(**whose, revoked_at__isnull=True).only("id")
        ]
        await AuthToken.filter(id__in=revoked).update(revoked_at=now)
        await write_entry(
            audit_log.person_action(
                "resetPassword", client_address, staff=reset.staff, contact=reset.contact
            ),
            records=[
                (
                    *audit_log.person_record(reset.staff, reset.contact)[:2],
                    {"password_hash": None},
                    {"password_hash": None},
                )
            ],
            detail={"signedOutSessions": len(revoked)},
        )

        # Requests and open subscriptions with an old token are refused at once here.
        after_commit(lambda: announce_revoked(revoked))
        return await issue_token(staff=reset.staff, contact=reset.contact)
