"""Mail transports behind FIRMFLOW_SMTP_URL: `console://` logs, `smtp://host:port` sends."""

from __future__ import annotations

import logging
from email.message import EmailMessage
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


def build_message(*, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = FROM_ADDRESS
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    return message
