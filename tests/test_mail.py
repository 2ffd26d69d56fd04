"""Outgoing mail: written in the change's transaction, sent after commit through a real
SMTP server on loopback; a rollback sends nothing, an outage loses nothing, and two
senders at once send each e-mail exactly once."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest
from aiosmtpd.controller import Controller

from firmflow.settings import Settings, use_settings
from models import OutboxMail
from resolvers.outbox import deliver_due_mail, queue_mail
from resolvers.uow import atomic
from tests.support import MailBox, free_port, mail_settled, make_firm, run_overlapping


class SmtpServer:
    """A real SMTP server (aiosmtpd) on a loopback port that can be stopped and started."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.mailbox = MailBox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(settings: Settings) -> Iterator[SmtpServer]:
    """An SMTP server on loopback, and FIRMFLOW_SMTP_URL pointing at it."""
    server = SmtpServer(free_port())
    server.start()
    use_settings(settings.with_changes(smtp_url=f"smtp://127.0.0.1:{server.port}"))
    try:
        yield server
    finally:
        server.stop()


async def _queue(to: str, subject: str = "Hello", body: str = "Body text") -> OutboxMail:
    async with atomic():
        return await queue_mail(to=to, subject=subject, body=body, firm_id=None)


async def test_smtp_round_trip_delivers_the_mail(smtp):
    mail = await _queue("ana@client.test", "Your return", "It is ready.\nSee the portal.")
    await deliver_due_mail()
    await mail_settled()
    received = smtp.mailbox.to("ana@client.test")
    assert len(received) == 1
    assert received[0]["Subject"] == "Your return"
    assert "no-reply@" in received[0]["From"]
    assert "It is ready." in received[0].get_payload(decode=True).decode()
    stored = await OutboxMail.get(id=mail.id)
    assert stored.sent_at is not None and stored.attempts == 1


async def test_every_email_carries_a_message_id_and_a_date(smtp):
    first = await _queue("ana@client.test", "One")
    second = await _queue("ana@client.test", "Two")
    await deliver_due_mail()
    await mail_settled()
    received = {m["Subject"]: m for m in smtp.mailbox.to("ana@client.test")}
    ids = {received[s]["Message-ID"] for s in ("One", "Two")}
    assert len(ids) == 2, "each e-mail has its own Message-ID"
    for subject, mail in (("One", first), ("Two", second)):
        msg_id = received[subject]["Message-ID"]
        assert msg_id.startswith("<") and msg_id.endswith("@testserver.local>")
        assert f".{mail.id}." in msg_id
        sent_date = parsedate_to_datetime(received[subject]["Date"])
        assert abs((sent_date - datetime.now(UTC)).total_seconds()) < 300


async def test_portal_invite_arrives_by_smtp(gql, smtp):
    world = await make_firm()
    result = await gql(
        'mutation { createClientAccount(name: "Gamma", contacts: [{name: "Carol", '
        'email: "carol@gamma.client"}]) { contacts { id } } }',
        token=world.owner.token,
    )
    contact_id = result["data"]["createClientAccount"]["contacts"][0]["id"]
    invite = await gql(
        "mutation($c: ID!) { inviteToPortal(contactId: $c) { url } }",
        {"c": contact_id},
        token=world.owner.token,
    )
    await deliver_due_mail()
    await mail_settled()
    [message] = smtp.mailbox.to("carol@gamma.client")
    assert invite["data"]["inviteToPortal"]["url"] in message.get_payload(decode=True).decode()


async def test_a_rollback_sends_nothing(smtp):
    with pytest.raises(RuntimeError):
        async with atomic():
            await queue_mail(to="ghost@client.test", subject="S", body="B", firm_id=None)
            raise RuntimeError("the change failed after queuing its mail")
    assert not await OutboxMail.exists(to="ghost@client.test")
    await deliver_due_mail()
    assert smtp.mailbox.messages == []


async def test_an_smtp_outage_loses_nothing(smtp):
    smtp.stop()
    mail = await _queue("patient@client.test")
    assert await deliver_due_mail() == 0
    await mail_settled()
    waiting = await OutboxMail.get(id=mail.id)
    assert waiting.sent_at is None
    assert waiting.attempts == 1
    assert waiting.last_error
    assert waiting.next_attempt_at > datetime.now(UTC)
    # Not retried before its time.
    assert await deliver_due_mail() == 0

    smtp.start()
    later = datetime.now(UTC) + timedelta(hours=2)
    assert await deliver_due_mail(later) == 1
    assert len(smtp.mailbox.to("patient@client.test")) == 1
    assert (await OutboxMail.get(id=mail.id)).sent_at is not None
    # Sent means sent: nothing goes out twice.
    assert await deliver_due_mail(later + timedelta(hours=2)) == 0
    assert len(smtp.mailbox.to("patient@client.test")) == 1


async def test_two_senders_at_once_send_each_mail_exactly_once(smtp):
    addresses = [f"client{i}@client.test" for i in range(8)]
    for address in addresses:
        await _queue(address)
    sent = await asyncio.gather(deliver_due_mail(), deliver_due_mail(), deliver_due_mail())
    assert sum(sent) <= len(addresses)
    await deliver_due_mail()
    await mail_settled()
    for address in addresses:
        assert len(smtp.mailbox.to(address)) == 1, address
    assert len(smtp.mailbox.messages) == len(addresses)
    assert not await OutboxMail.filter(sent_at__isnull=True).exists()


async def test_two_processes_delivering_at_once_send_each_mail_exactly_once(smtp, settings):
    """Two `firmflow run-reminders` processes (each delivers the queued mail before it exits)
    both read the same unsent rows, then meet at the claim (a barrier): only the outbox's
    conditional UPDATE keeps each e-mail from going out twice."""
    addresses = [f"client{i}@client.test" for i in range(8)]
    for address in addresses:  # written directly: no wake-up of this process's own sender
        await OutboxMail.create(to=address, subject="Hello", body="Body", firm_id=None)
    env = {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_SMTP_URL": f"smtp://127.0.0.1:{smtp.port}",
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "FIRMFLOW_SECRET_KEY": "test-secret-key",
    }

    async def nothing_claimed_yet() -> None:
        assert await OutboxMail.filter(next_attempt_at__isnull=True).count() == len(addresses)
        assert smtp.mailbox.messages == []

    command = [sys.executable, "-m", "firmflow.cli", "run-reminders"]
    finished = await run_overlapping(
        [command, command], pause_at="outbox-claim", env=env, while_paused=nothing_claimed_yet
    )
    assert all(p.returncode == 0 for p in finished), [p.stderr[-2000:] for p in finished]
    for address in addresses:
        assert len(smtp.mailbox.to(address)) == 1, address
    assert len(smtp.mailbox.messages) == len(addresses)
    assert not await OutboxMail.filter(sent_at__isnull=True).exists()


async def test_console_transport_prints_the_mail_and_logs_only_that_it_did(
    settings, caplog, capsys
):
    use_settings(settings.with_changes(smtp_url="console://"))
    with caplog.at_level(logging.INFO, logger="firmflow.mail"):
        await _queue("logged@client.test", "Logged subject", "Logged body ?token=secret-1")
        await deliver_due_mail()
        await mail_settled()
    printed = capsys.readouterr().out
    assert "logged@client.test" in printed and "Logged subject" in printed
    assert "Logged body ?token=secret-1" in printed  # a developer follows the links
    assert "logged@client.test" in caplog.text and "secret-1" not in caplog.text
    assert not await OutboxMail.filter(sent_at__isnull=True).exists()
