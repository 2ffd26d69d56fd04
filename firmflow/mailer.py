"""Mail transports behind FIRMFLOW_SMTP_URL: `console://` prints, `smtp://host:port` sends."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol
from urllib.parse import unquote, urlparse

import aiosmtplib

log = logging.getLogger("firmflow.mail")

FROM_ADDRESS = "firmflow <no-reply@firmflow.local>"
# The lines around each e-mail the console:// transport prints.
CONSOLE_MAIL_START = "----- e-mail (console://)"
CONSOLE_MAIL_END = "----- end of e-mail -----"


class MailTransport(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class ConsoleTransport:
    """Prints each e-mail on standard output: the embedded default, so nothing leaves the
    machine and the person running `make run` can follow its links. Standard output, not
    the log: e-mails carry link tokens, and no log line may (firmflow/logs.py); the log
    only says that an e-mail was printed."""

    async def send(self, message: EmailMessage) -> None:
        text = (
            f"{CONSOLE_MAIL_START} to {message['To']}: {message['Subject']}\n"
            f"{message.get_content().rstrip()}\n{CONSOLE_MAIL_END}\n"
        )
        sys.stdout.write(text)
        sys.stdout.flush()
        log.info("e-mail to %s printed on standard output (console://)", message["To"])


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
