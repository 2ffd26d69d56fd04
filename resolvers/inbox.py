"""Inbox+: who on the firm hears about a client's changes, and the notifications they get.

The recipients rule lives in `team_recipients` alone: every team member of the client
account except the staff member who made the change; for an account with no team, the
firm's owners.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime

from eventstore.payloads import InboxEventPayload
from eventstore.store import Recorded, record_event
from models import ClientAccount, Notification, StaffMember
from resolvers.access import readable_notifications
from resolvers.errors import BadInput
from resolvers.uow import atomic
from resolvers.validate import check_page_size, parse_id, parse_ids
from resolvers.viewer import Viewer

NOTIFICATION_KINDS = frozenset(
    {
        "CLIENT_TASK_CHANGED",
        "CLIENT_TASKS_ALL_COMPLETED",
        "CLIENT_REQUEST_SUBMITTED",
        "CLIENT_MESSAGE",
    }
)


async def team_recipients(
    client_account_id: int, *, exclude_staff_id: int | None = None
) -> list[StaffMember]:
    """The staff to notify about a change to this client account (see module doc)."""
    team = await StaffMember.filter(team_links__client_account_id=client_account_id).order_by("id")
    if not team:
        account = await ClientAccount.get(id=client_account_id)
        team = await StaffMember.filter(firm_id=account.firm_id, role="OWNER").order_by("id")
    return [s for s in team if s.id != exclude_staff_id]


async def notify_team(
    *,
    firm_id: int,
    client_account_id: int,
    kind: str,
    actor_name: str,
    actor_is_client: bool,
    actor_staff_id: int | None,
    summary: str,
    thread_id: int | None = None,
    task_id: int | None = None,
    request_id: int | None = None,
) -> list[Notification]:
    """One Inbox+ notification per recipient, each with its event (inside `atomic()`)."""
    if kind not in NOTIFICATION_KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    now = datetime.now(UTC)
    created = []
    for recipient in await team_recipients(client_account_id, exclude_staff_id=actor_staff_id):
        notification = await Notification.create(
            firm_id=firm_id,
            recipient_id=recipient.id,
            at=now,
            kind=kind,
            client_account_id=client_account_id,
            actor_name=actor_name,
            actor_is_client=actor_is_client,
            thread_id=thread_id,
            task_id=task_id,
            request_id=request_id,
            summary=summary,
        )
        await record_inbox_event(notification)
        created.append(notification)
    return created


async def record_inbox_event(notification: Notification) -> Recorded:
    """THE inbox event of a new notification (topic "inbox"), for its recipient only."""
    payload: InboxEventPayload = {"notificationId": str(notification.id)}
    return await record_event(
        topic="inbox",
        firm_id=notification.firm_id,
        client_account_id=notification.client_account_id,
        thread_id=notification.thread_id,
        request_id=notification.request_id,
        recipient_staff_id=notification.recipient_id,
        payload=payload,
    )


# ---------------------------------------------------------------- reading one's Inbox+


@dataclass(frozen=True)
class InboxPage:
    notifications: list[Notification]
    has_next_page: bool
    unread_count: int


def notification_cursor(notification: Notification) -> str:
    """An opaque cursor: the notification's id (ids grow with time, so newest first is
    highest id first)."""
    return base64.urlsafe_b64encode(f"n:{notification.id}".encode()).decode()


def _cursor_id(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith("n:"):
            raise ValueError(text)
        return parse_id(text[2:])
    except (ValueError, UnicodeError, binascii.Error, BadInput):
        raise BadInput("after is not a cursor of this list") from None


async def list_inbox(
    *, viewer: Viewer, first: int = 50, after: str | None = None, unread_only: bool = False
) -> InboxPage:
    """The viewer's own notifications, newest first, with the count of unread ones."""
    mine = readable_notifications(viewer)
    check_page_size(first)
    page = mine.filter(read=False) if unread_only else mine
    if after is not None:
        page = page.filter(id__lt=_cursor_id(after))
    rows = await page.order_by("-id").limit(first + 1)
    return InboxPage(
        notifications=rows[:first],
        has_next_page=len(rows) > first,
        unread_count=await mine.filter(read=False).count(),
    )


async def mark_notifications_read(*, viewer: Viewer, ids: list[str]) -> int:
    """Mark the viewer's own notifications read; others' ids change nothing. Returns how
    many changed from unread to read."""
    mine = readable_notifications(viewer)
    wanted = parse_ids(ids, "notification id")
    if not wanted:
        return 0
    async with atomic():
        return await mine.filter(id__in=wanted, read=False).update(read=True)
