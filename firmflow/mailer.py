"""Mail transports behind FIRMFLOW_SMTP_URL: `console://` logs, `smtp://host:port` sends."""

from __future__ import annotations

import logging
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol
from urllib.parse import unquote, urlparse

import aiosmtplib

log = logging.getLogger("firmflow.mail")

FROM_ADDRESS = "firmflow <no-reply@firmflow.local>"


class MailTransport(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class ConsoleTransport:
    """Prints each e-mail to the log: the embedded default, so nothing leaves the machine."""

    async def send(self, message: EmailMessage) -> None:
        log.info("e-mail to %s: %s\n%s", message["To"], message["Subject"], message.get_content())


class SmtpTransport:
    def __init__(self, url: str) -> None:
        parsed = urlparse(url)
        self.host = parsed.hostname or "127.0.0.1"
        self.use_tls = parsed.scheme == "smtps"
        self.port = parsed.port or (465 if self.use_tls else 25)
        self.username = unquote(parsed.username) if parsed.username else None
        self.password = unquote(parsed.password) if parsed.password else None

    async def send(self, message: EmailMessage) -> None:
        await aiosmtplib.send(
            message,
            hostname=self.host,
            port=self.port,
            username=self.username,
            password=self.password,
            use_tls=self.use_tls,
            start_tls=False if not self.use_tls else None,
            timeout=15,
        )


def transport_for(url: str) -> MailTransport:
    if url.startswith("console:"):
        return ConsoleTransport()
    return SmtpTransport(url)


def message_id(*, mail_id: int, created_at: datetime, domain: str) -> str:
    """A Message-ID fixed by the outbox row, not by the attempt: when a retry delivers an
    e-mail the server had in fact received, receivers see one message twice and can drop it."""
    return f"<firmflow.{mail_id}.{int(created_at.timestamp())}@{domain or 'firmflow.local'}>"


def build_message(*, to: str, subject: str, body: str, msg_id: str, date: datetime) -> EmailMessage:
    """An e-mail with the headers mail systems expect (spam filters mark mail without
    Message-ID or Date): Date is when the change that wrote it was committed."""
    message = EmailMessage()
    message["From"] = FROM_ADDRESS
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = msg_id
    message.set_content(body)
    return message
