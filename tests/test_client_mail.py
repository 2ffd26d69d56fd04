"""E-mails through a real SMTP server on loopback: clients hear of new messages and tasks
(content only with the firm's setting), and the firm hears once when the client completes
every task of a thread."""

import asyncio
import threading
import time
from typing import Any

from aiosmtpd.controller import Controller

from firmflow.settings import use_settings
from models import Job, Notification, Pipeline, Stage
from tests.support import MailBox, body_of, deliver_all, free_port, make_firm, subject_of
from tests.support_tasks import (
    ADD_TASKS,
    POST_MESSAGE,
    RESEND,
    check,
    create_thread,
)

SHOW_CONTENT = """
mutation { updateFirmSettings(showMessageContentInClientEmails: true) {
  showMessageContentInClientEmails } }"""


async def _firm(mailbox):
    """A firm whose set-up mail (portal invites) is already delivered and forgotten."""
    world = await make_firm()
    await deliver_all()
    mailbox.messages.clear()
    return world


async def test_a_staff_message_emails_the_client_without_its_content_by_default(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], "Private matter")
    await gql(
        POST_MESSAGE,
        {"thread": thread["id"], "body": "Your SSN ends in 1234"},
        token=world.owner.token,
    )
    await deliver_all()
    [mail] = mailbox.to("alpha@acme-tax.client")
    assert "new message" in subject_of(mail) and "Private matter" in subject_of(mail)
    body = body_of(mail)
    assert "1234" not in body
    assert f"http://testserver.local/portal/threads/{thread['id']}" in body
    assert mailbox.to("beta@acme-tax.client") == []


async def test_with_the_firm_setting_the_email_carries_the_message(gql, mailbox):
    world = await _firm(mailbox)
    result = await gql(SHOW_CONTENT, token=world.admin.token)
    assert result["data"]["updateFirmSettings"]["showMessageContentInClientEmails"] is True
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    await gql(
        POST_MESSAGE,
        {"thread": thread["id"], "body": "Your refund is $512"},
        token=world.employee.token,
    )
    await deliver_all()
    [mail] = mailbox.to("alpha@acme-tax.client")
    assert "Your refund is $512" in body_of(mail)


async def test_new_tasks_email_the_client_with_the_list_only_when_the_setting_is_on(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Upload bank statement"]
    )
    await deliver_all()
    [hidden] = mailbox.to("alpha@acme-tax.client")
    assert "new tasks" in subject_of(hidden)
    assert "bank statement" not in body_of(hidden)
    await gql(SHOW_CONTENT, token=world.owner.token)
    await gql(
        ADD_TASKS, {"thread": thread["id"], "titles": ["Sign form 8879"]}, token=world.owner.token
    )
    await gql(RESEND, {"thread": thread["id"]}, token=world.owner.token)
    await deliver_all()
    # Two senders (the app's loop and deliver_all) may deliver these in either order.
    later = mailbox.to("alpha@acme-tax.client")[1:]
    [resent] = [m for m in later if "reminder" in subject_of(m)]
    [added] = [m for m in later if m is not resent]
    assert "[ ] Upload bank statement" in body_of(added) and "[ ] Sign form 8879" in body_of(added)
    assert "reminder" in subject_of(resent) and "Sign form 8879" in body_of(resent)


async def test_a_client_message_emails_no_client(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    await gql(
        POST_MESSAGE, {"thread": thread["id"], "body": "hi"}, token=world.clients["alpha"].token
    )
    await deliver_all()
    assert mailbox.messages == []


async def test_the_client_completing_the_last_task_emails_each_team_member_once(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], "Docs", tasks=["a", "b"]
    )
    await deliver_all()
    mailbox.messages.clear()
    client = world.clients["alpha"].token
    ids = [t["id"] for t in thread["tasks"]]
    await check(gql, client, ids[0])
    await deliver_all()
    assert mailbox.messages == []
    await check(gql, client, ids[1])
    await check(gql, client, ids[1])  # already checked: nothing new
    await deliver_all()
    [mail] = mailbox.messages
    assert mail["To"] == "employee@acme-tax.test"
    assert subject_of(mail) == "Alpha Client completed all tasks in “Docs”"
    assert "[x] a" in body_of(mail) and "[x] b" in body_of(mail)
    kinds = await Notification.filter(recipient_id=world.employee.id).values_list("kind", flat=True)
    assert kinds.count("CLIENT_TASKS_ALL_COMPLETED") == 1


async def test_the_firm_hears_again_only_after_the_list_was_reopened(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    client = world.clients["alpha"].token
    task_id = thread["tasks"][0]["id"]
    await check(gql, client, task_id)
    await deliver_all()
    mailbox.messages.clear()
    # staff unchecks and rechecks: the client did not complete it, so no e-mail
    await check(gql, world.owner.token, task_id, completed=False)
    await check(gql, world.owner.token, task_id)
    await deliver_all()
    assert mailbox.to("employee@acme-tax.test") == []
    # reopened by the client and completed again: told again
    await check(gql, client, task_id, completed=False)
    await check(gql, client, task_id)
    # a task added reopens the list; the client completes it
    added = await gql(ADD_TASKS, {"thread": thread["id"], "titles": ["b"]}, token=world.owner.token)
    await check(gql, client, added["data"]["addClientTasks"]["tasks"][1]["id"])
    await deliver_all()
    assert len(mailbox.to("employee@acme-tax.test")) == 2


async def test_staff_completing_the_last_task_tells_nobody_by_email(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    await check(gql, world.admin.token, thread["tasks"][0]["id"])
    await deliver_all()
    assert mailbox.to("employee@acme-tax.test") == []
    assert not await Notification.filter(kind="CLIENT_TASKS_ALL_COMPLETED").exists()


async def test_an_account_without_a_team_tells_the_owners(gql, mailbox):
    world = await _firm(mailbox)
    thread = await create_thread(gql, world.admin.token, world.accounts["beta"], tasks=["a"])
    await check(gql, world.clients["beta"].token, thread["tasks"][0]["id"])
    await deliver_all()
    assert len(mailbox.to("owner@acme-tax.test")) == 1
    assert mailbox.to("admin@acme-tax.test") == []


async def test_all_tasks_completed_auto_advances_the_linked_job(gql, mailbox):
    world = await _firm(mailbox)
    pipeline = await Pipeline.create(firm_id=world.firm_id, name="Returns")
    intake = await Stage.create(pipeline=pipeline, name="Intake", position=0, auto_advance=True)
    preparing = await Stage.create(pipeline=pipeline, name="Preparing", position=1)
    job = await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        pipeline_id=pipeline.id,
        stage_id=intake.id,
        name="2025 return",
    )
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["a", "b"], job_id=job.id
    )
    ids = [t["id"] for t in thread["tasks"]]
    await check(gql, world.owner.token, ids[0])
    await check(gql, world.clients["alpha"].token, ids[1])
    assert (await Job.get(id=job.id)).stage_id == preparing.id


class HeldMailBox(MailBox):
    """An SMTP server that holds each e-mail until the test lets it through, so the app's
    own sender is certainly busy (mid-round) while the test commits the next change."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.arrived.set()
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        return await super().handle_DATA(server, session, envelope)


async def _arrived(event: threading.Event) -> None:
    deadline = time.monotonic() + 20
    while not event.is_set():
        assert time.monotonic() < deadline, "the app's sender sent nothing"
        await asyncio.sleep(0.02)


async def test_owners_of_an_account_without_a_team_get_the_all_done_email_from_the_running_sender(
    gql, settings
):
    """The defect of the embedded default: a commit that queued mail while the server's
    sender was mid-round (on SQLite its queries wait behind the client's transaction) woke
    it, and the sender then cleared that wake-up at the end of its round; the owners' e-mail
    waited for the next retry (30 s; an hour in tests). Nobody calls deliver_all here."""
    world = await make_firm()
    await deliver_all()
    box = HeldMailBox()
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    use_settings(settings.with_changes(smtp_url=f"smtp://127.0.0.1:{box.port}"))
    try:
        thread = await create_thread(gql, world.admin.token, world.accounts["beta"], tasks=["a"])
        await _arrived(box.arrived)  # the sender is holding "new tasks" to the client
        await check(gql, world.clients["beta"].token, thread["tasks"][0]["id"])
        box.release.set()
        deadline = time.monotonic() + 20
        while not box.to("owner@acme-tax.test"):
            assert time.monotonic() < deadline, "the owners never got the e-mail"
            await asyncio.sleep(0.05)
        [mail] = box.to("owner@acme-tax.test")
        assert subject_of(mail) == "Beta Client completed all tasks in “2025 tax return”"
    finally:
        box.release.set()
        controller.stop()
