"""Request reminders: first due everyDays after sending, one per run however late, at most
maxCount, stopped by submission or cancellation, and sent exactly once across processes."""

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta

from models import ClientRequest
from resolvers.reminders import run_due_reminders
from tests.support import delivered, make_firm, run_overlapping
from tests.support_requests import (
    CANCEL,
    GET,
    SUBMIT,
    create_request,
    data,
)

REMINDER = {"everyDays": 3, "maxCount": 2}


async def _reminded_request(gql, world, **extra):
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        questions=[],
        reminder=REMINDER,
        send=True,
        title="Moving questions",
        **extra,
    )
    return request, await ClientRequest.get(id=request["id"])


def _reminders(box, address: str) -> list:
    return [m for m in box.to(address) if m["Subject"].startswith("Reminder: ")]


async def test_reminders_repeat_every_n_days_up_to_max_count(gql, mailbox):
    world = await make_firm()
    request, row = await _reminded_request(gql, world)
    sent_at = row.sent_at
    assert datetime.fromisoformat(request["reminder"]["nextAt"]) == sent_at + timedelta(days=3)
    assert await run_due_reminders(sent_at + timedelta(days=2, hours=23)) == 0
    assert await run_due_reminders(sent_at + timedelta(days=3)) == 1
    assert await run_due_reminders(sent_at + timedelta(days=3, hours=1)) == 0
    assert len(_reminders(await delivered(mailbox), "alpha@acme-tax.client")) == 1
    shown = data(await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest")
    assert shown["reminder"]["sentCount"] == 1
    assert datetime.fromisoformat(shown["reminder"]["nextAt"]) == sent_at + timedelta(days=6)
    # A very late run still sends just one, and the last one ends the series.
    assert await run_due_reminders(sent_at + timedelta(days=30)) == 1
    assert await run_due_reminders(sent_at + timedelta(days=60)) == 0
    shown = data(await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest")
    assert shown["reminder"] == {"everyDays": 3, "maxCount": 2, "sentCount": 2, "nextAt": None}
    assert len(_reminders(await delivered(mailbox), "alpha@acme-tax.client")) == 2


async def test_a_draft_has_no_reminder_due(gql):
    world = await make_firm()
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=[], reminder=REMINDER
    )
    assert request["reminder"]["nextAt"] is None
    assert await run_due_reminders(datetime.now(UTC) + timedelta(days=10)) == 0


async def test_submission_and_cancellation_stop_the_reminders(gql):
    world = await make_firm()
    submitted, row = await _reminded_request(gql, world)
    cancelled, _ = await _reminded_request(gql, world)
    await gql(SUBMIT, {"requestId": submitted["id"]}, token=world.clients["alpha"].token)
    await gql(CANCEL, {"id": cancelled["id"]}, token=world.owner.token)
    for request in (submitted, cancelled):
        shown = data(
            await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest"
        )
        assert shown["reminder"]["nextAt"] is None
    assert await run_due_reminders(row.sent_at + timedelta(days=4)) == 0


async def test_a_third_party_reminder_carries_a_working_link(gql, mailbox):
    world = await make_firm()
    _, row = await _reminded_request(
        gql, world, access="THIRD_PARTY", recipients=["assistant@example.com"]
    )
    assert await run_due_reminders(row.sent_at + timedelta(days=3)) == 1
    (reminder,) = _reminders(await delivered(mailbox), "assistant@example.com")
    assert "shared-request?token=" in reminder.get_payload(decode=True).decode()


async def test_concurrent_runs_send_each_reminder_once(gql):
    world = await make_firm()
    _, row = await _reminded_request(gql, world)
    due = row.sent_at + timedelta(days=3)
    counts = await asyncio.gather(*(run_due_reminders(due) for _ in range(4)))
    assert sum(counts) == 1


async def test_run_reminders_command_in_two_processes_sends_once(gql, mailbox, settings):
    """Both processes read the due request, then meet at the claim (a barrier): only the
    conditional UPDATE keeps the second from sending it again."""
    world = await make_firm()
    _, row = await _reminded_request(gql, world)
    now = (row.sent_at + timedelta(days=3, minutes=1)).isoformat()
    env = {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_SMTP_URL": f"smtp://127.0.0.1:{mailbox.port}",
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "FIRMFLOW_SECRET_KEY": "test-secret-key",
        "AERICH_NO_TORTOISE_V1_WARNING": "1",
    }

    async def nothing_claimed_yet() -> None:
        assert (await ClientRequest.get(id=row.id)).reminder_sent_count == 0

    command = [sys.executable, "-m", "firmflow.cli", "run-reminders", "--now", now]
    finished = await run_overlapping(
        [command, command],
        pause_at="request-reminders-claim",
        env=env,
        while_paused=nothing_claimed_yet,
    )
    assert all(p.returncode == 0 for p in finished), [p.stderr[-2000:] for p in finished]
    printed = sorted(p.stdout.strip().splitlines()[-1] for p in finished)
    assert printed == ["sent 0 reminder(s)", "sent 1 reminder(s)"]
    assert len(_reminders(await delivered(mailbox), "alpha@acme-tax.client")) == 1
    assert (await ClientRequest.get(id=row.id)).reminder_sent_count == 1
