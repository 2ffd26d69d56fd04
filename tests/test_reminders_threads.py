"""Automatic thread reminders: set, due, sent at most once per run and once across
processes, stopped by maxCount or by a list with nothing open; the CLI with `--now`."""

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models import ChatThread, Message
from resolvers.reminders import run_due_reminders
from resolvers.thread_reminders import send_due_thread_reminders
from tests.support import (
    body_of,
    deliver_all,
    error_code,
    make_firm,
    run_overlapping,
    subject_of,
)
from tests.support_tasks import (
    SET_REMINDER,
    check,
    create_thread,
    data,
    thread_of,
)

ROOT = Path(__file__).resolve().parent.parent


async def _thread_with_reminder(gql, every_days=3, max_count=2, tasks=("W-2", "1099")):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=list(tasks))
    reminder = {"everyDays": every_days, "maxCount": max_count}
    shown = data(
        await gql(
            SET_REMINDER, {"thread": thread["id"], "reminder": reminder}, token=world.employee.token
        ),
        "setThreadReminder",
    )
    return world, shown


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def _reminders(thread_id: str) -> list[Message]:
    return await Message.filter(thread_id=int(thread_id), kind="REMINDER").order_by("id")


async def test_the_first_reminder_is_due_every_days_after_it_is_set(gql):
    before = datetime.now(UTC)
    _world, thread = await _thread_with_reminder(gql)
    reminder = thread["reminder"]
    assert (reminder["everyDays"], reminder["maxCount"], reminder["sentCount"]) == (3, 2, 0)
    next_at = _at(reminder["nextAt"])
    assert before + timedelta(days=3) <= next_at <= datetime.now(UTC) + timedelta(days=3)
    assert await run_due_reminders(next_at - timedelta(minutes=1)) == 0
    assert await run_due_reminders(next_at) == 1
    [message] = await _reminders(thread["id"])
    assert "[ ] W-2" in message.body and message.author_name == "Acme Tax"


async def test_a_late_run_sends_one_reminder_and_schedules_the_next_every_days_later(gql):
    world, thread = await _thread_with_reminder(gql, every_days=2, max_count=3)
    late = _at(thread["reminder"]["nextAt"]) + timedelta(days=30)
    assert await run_due_reminders(late) == 1
    assert await run_due_reminders(late) == 0
    shown = await thread_of(gql, world.owner.token, thread["id"])
    assert shown["reminder"]["sentCount"] == 1
    assert _at(shown["reminder"]["nextAt"]) == late + timedelta(days=2)
    assert await run_due_reminders(late + timedelta(days=1)) == 0
    assert await run_due_reminders(late + timedelta(days=2)) == 1


async def test_reminders_stop_at_max_count(gql):
    world, thread = await _thread_with_reminder(gql, every_days=1, max_count=2)
    now = _at(thread["reminder"]["nextAt"])
    assert await run_due_reminders(now) == 1
    assert await run_due_reminders(now + timedelta(days=1)) == 1
    shown = await thread_of(gql, world.owner.token, thread["id"])
    assert shown["reminder"]["sentCount"] == 2 and shown["reminder"]["nextAt"] is None
    assert await run_due_reminders(now + timedelta(days=50)) == 0
    assert len(await _reminders(thread["id"])) == 2


async def test_reminders_stop_when_no_task_is_left_open_and_resume_when_reopened(gql):
    world, thread = await _thread_with_reminder(gql, tasks=("only",))
    due = _at(thread["reminder"]["nextAt"])
    task_id = thread["tasks"][0]["id"]
    await check(gql, world.clients["alpha"].token, task_id)
    assert (await thread_of(gql, world.owner.token, thread["id"]))["reminder"]["nextAt"] is None
    assert await run_due_reminders(due) == 0
    assert (await ChatThread.get(id=int(thread["id"]))).reminder_next_at is None
    await check(gql, world.clients["alpha"].token, task_id, completed=False)
    reopened = (await thread_of(gql, world.owner.token, thread["id"]))["reminder"]
    assert reopened["nextAt"] is not None and reopened["sentCount"] == 0


async def test_null_turns_the_reminder_off_and_bad_values_are_refused(gql):
    world, thread = await _thread_with_reminder(gql)
    token = world.owner.token
    off = data(
        await gql(SET_REMINDER, {"thread": thread["id"], "reminder": None}, token=token),
        "setThreadReminder",
    )
    assert off["reminder"] is None
    assert await run_due_reminders(datetime.now(UTC) + timedelta(days=400)) == 0
    for bad in ({"everyDays": 0, "maxCount": 1}, {"everyDays": 1, "maxCount": 0}):
        result = await gql(SET_REMINDER, {"thread": thread["id"], "reminder": bad}, token=token)
        assert error_code(result) == "BAD_INPUT"
    client = await gql(
        SET_REMINDER,
        {"thread": thread["id"], "reminder": {"everyDays": 1, "maxCount": 1}},
        token=world.clients["alpha"].token,
    )
    assert error_code(client) == "FORBIDDEN"
    other = await make_firm("Other Firm")
    foreign = await gql(
        SET_REMINDER, {"thread": thread["id"], "reminder": None}, token=other.owner.token
    )
    assert error_code(foreign) == "NOT_FOUND"


async def test_simultaneous_runs_send_each_due_reminder_once(gql):
    _, thread = await _thread_with_reminder(gql)
    now = _at(thread["reminder"]["nextAt"])
    counts = await asyncio.gather(*(send_due_thread_reminders(now) for _ in range(3)))
    assert sum(counts) == 1
    assert len(await _reminders(thread["id"])) == 1


async def test_a_reminder_emails_the_client(gql, mailbox):
    _world, thread = await _thread_with_reminder(gql)
    await deliver_all()
    mailbox.messages.clear()
    await run_due_reminders(_at(thread["reminder"]["nextAt"]))
    await deliver_all()
    [mail] = mailbox.to("alpha@acme-tax.client")
    assert "reminder" in subject_of(mail) and "W-2" not in body_of(mail)


def _cli_env(settings, smtp_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_SECRET_KEY": "test-secret-key",
        "FIRMFLOW_SMTP_URL": smtp_url,
        "FIRMFLOW_PUBLIC_URL": settings.public_url,
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "AERICH_NO_TORTOISE_V1_WARNING": "1",
    }


def _cli(now: datetime) -> list[str]:
    return [sys.executable, "-m", "firmflow.cli", "run-reminders", "--now", now.isoformat()]


async def _run_cli(settings, now: datetime, smtp_url: str) -> str:
    process = await asyncio.create_subprocess_exec(
        *_cli(now),
        cwd=ROOT,
        env=_cli_env(settings, smtp_url),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    return out.decode()


async def test_the_cli_sends_due_reminders_with_now_once_across_processes(gql, settings, mailbox):
    """Both processes read the due thread, then meet at the claim (a barrier): only the
    conditional UPDATE keeps the second from sending it again."""
    world, thread = await _thread_with_reminder(gql)
    await deliver_all()
    mailbox.messages.clear()
    due = _at(thread["reminder"]["nextAt"])
    smtp_url = f"smtp://127.0.0.1:{mailbox.port}"
    early = await _run_cli(settings, due - timedelta(hours=1), smtp_url)
    assert "sent 0 reminder(s)" in early

    async def nothing_claimed_yet() -> None:
        assert (await ChatThread.get(id=thread["id"])).reminder_sent_count == 0

    finished = await run_overlapping(
        [_cli(due), _cli(due)],
        pause_at="thread-reminders-claim",
        env=_cli_env(settings, smtp_url),
        while_paused=nothing_claimed_yet,
        cwd=ROOT,
    )
    assert all(p.returncode == 0 for p in finished), [p.stderr[-2000:] for p in finished]
    sent = sorted(p.stdout.strip().splitlines()[-1] for p in finished)
    assert sent == ["sent 0 reminder(s)", "sent 1 reminder(s)"]
    assert len(await _reminders(thread["id"])) == 1
    assert len(mailbox.to("alpha@acme-tax.client")) == 1
    shown = await thread_of(gql, world.owner.token, thread["id"])
    assert shown["reminder"]["sentCount"] == 1
