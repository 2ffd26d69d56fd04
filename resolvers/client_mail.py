"""E-mails to a client's portal users about new messages and tasks in their threads.

By default the body only says that something new is waiting and links to the portal, so
nothing sensitive travels by e-mail. When the firm turned on
`show_message_content_in_client_emails` (owners and admins only), the body carries the
message and the current task list. Mail goes through the outbox, inside the caller's
`atomic()` block, so a rolled-back change sends nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from firmflow.settings import get_settings
from models import ChatThread, ClientContact, ClientTask, Firm
from resolvers.outbox import queue_mail


def task_list_text(tasks: Sequence[ClientTask]) -> str:
    """The task list as plain text, one checkbox per line, titles exactly as written."""
    return "\n".join(f"[{'x' if t.completed else ' '}] {t.title}" for t in tasks)


def thread_url(thread: ChatThread) -> str:
    return f"{get_settings().public_url.rstrip('/')}/portal/threads/{thread.id}"


async def portal_recipients(client_account_id: int) -> list[ClientContact]:
    """The account's contacts with portal access."""
    return await ClientContact.filter(
        client_account_id=client_account_id, password_hash__isnull=False
    ).order_by("id")


async def mail_clients(
    *,
    thread: ChatThread,
    what: str,
    content: str,
) -> int:
    """Tell the account's portal users that `what` is new in the thread; `content` (the
    message and/or task list) goes into the body only with the firm's setting on.

    Returns how many e-mails were queued.
    """
    firm = await Firm.get(id=thread.firm_id)
    recipients = await portal_recipients(thread.client_account_id)
    subject = f"{firm.name}: {what} in “{thread.subject}”"
    if firm.show_message_content_in_client_emails and content:
        shown = f"{content}\n\nReply or tick off your tasks in your portal: {thread_url(thread)}"
    else:
        shown = f"Open your portal to see it: {thread_url(thread)}"
    for contact in recipients:
        body = f"Hello {contact.name},\n\n{firm.name} has {what} for you in “{thread.subject}”.\n\n"
        await queue_mail(to=contact.email, subject=subject, body=body + shown, firm_id=firm.id)
    return len(recipients)


async def mail_clients_new_message(*, thread: ChatThread, body: str) -> int:
    return await mail_clients(thread=thread, what="a new message", content=body)


async def mail_clients_tasks(
    *, thread: ChatThread, what: str, tasks: Sequence[ClientTask], message: str | None = None
) -> int:
    """About tasks (new tasks, the list resent, a reminder): the content is the list."""
    content = task_list_text(tasks)
    if message:
        content = f"{message}\n\n{content}"
    return await mail_clients(thread=thread, what=what, content=content)
