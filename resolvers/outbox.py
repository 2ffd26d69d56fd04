"""Outgoing mail: written in the change's transaction, delivered after commit, retried.

A rollback leaves no row, so it sends nothing; an SMTP outage leaves the row unsent, and
the next delivery round tries again. Rows are claimed with a conditional UPDATE, so two
server processes never send the same e-mail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

from firmflow.mailer import build_message, message_id, transport_for
from firmflow.metrics import MAIL_FAILURES, MAIL_SENT
from firmflow.pause import pause_point
from firmflow.settings import get_settings
from models import OutboxMail
from resolvers.uow import after_commit

log = logging.getLogger(__name__)

CLAIM_SECONDS = 60
MAX_ATTEMPTS = 20
_wake = asyncio.Event()


async def queue_mail(*, to: str, subject: str, body: str, firm_id: int | None) -> OutboxMail:
    """Put one e-mail in the outbox (inside the caller's atomic block)."""
    mail = await OutboxMail.create(
        to=to, subject=subject[:300], body=body, firm_id=firm_id, next_attempt_at=None
    )
    after_commit(_wake_sender)
    return mail


async def _wake_sender() -> None:
    _wake.set()


async def _claim(mail_id: int, now: datetime) -> bool:
    claimed = (
        await OutboxMail.filter(id=mail_id, sent_at__isnull=True)
        .filter(next_attempt_at__isnull=True)
        .update(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    )
    if claimed:
        return True
    return bool(
        await OutboxMail.filter(id=mail_id, sent_at__isnull=True, next_attempt_at__lte=now).update(
            next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS)
        )
    )


async def deliver_due_mail(now: datetime | None = None) -> int:
    """Send every unsent e-mail that is due; returns how many were sent."""
    now = now or datetime.now(UTC)
    settings = get_settings()
    transport = transport_for(settings.smtp_url)
    domain = urlparse(settings.public_url).hostname or "firmflow.local"
    due = (
        await OutboxMail.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .filter(next_attempt_at__isnull=True)
        .order_by("id")
        .limit(100)
    ) + (
        await OutboxMail.filter(
            sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS, next_attempt_at__lte=now
        )
        .order_by("id")
        .limit(100)
    )
    await pause_point("outbox-claim")  # tests: several processes meet here
    sent = 0
    for mail in due:
        if not await _claim(mail.id, now):
            continue
        try:
            await transport.send(
                build_message(
                    to=mail.to,
                    subject=mail.subject,
                    body=mail.body,
                    msg_id=message_id(mail_id=mail.id, created_at=mail.created_at, domain=domain),
                    date=mail.created_at,
                )
            )
        except Exception as exc:  # retried later with a growing pause
            attempts = mail.attempts + 1
            await OutboxMail.filter(id=mail.id).update(
                attempts=attempts,
                last_error=str(exc)[:500],
                next_attempt_at=now + timedelta(seconds=min(3600, 15 * 2**attempts)),
            )
            MAIL_FAILURES.inc()
            log.warning("e-mail %s to %s not sent yet: %s", mail.id, mail.to, exc)
            continue
        await OutboxMail.filter(id=mail.id).update(
            sent_at=datetime.now(UTC), attempts=mail.attempts + 1
        )
        sent += 1
        MAIL_SENT.inc()
    return sent


async def run_mail_sender(stop: asyncio.Event) -> None:
    """The server's sender loop: wakes after each commit that queued mail, and retries.

    The wake-up is cleared *before* a round, never after: a commit that queues mail while a
    round is running (on SQLite the round's queries wait behind that very transaction) must
    start another round at once, not wait `mail_retry_seconds` for the next retry."""
    retry_seconds = get_settings().mail_retry_seconds
    while not stop.is_set():
        _wake.clear()
        try:
            await deliver_due_mail()
        except Exception:
            log.exception("mail delivery round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_wake.wait(), timeout=retry_seconds)
