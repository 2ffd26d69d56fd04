"""Notifications: who on the firm hears about a client's changes (Inbox+ and e-mail, as each
staff member prefers), and the client's own inbox (what the firm did for the client).

The recipients rule lives in `team_recipients` alone: every team member of the client
account except the staff member who made the change; for an account with no team, the
firm's owners. Each recipient's preference for the kind (`preferences_for`) then decides
the Inbox+ notification and the e-mail separately (`notify_team`, the one place both go
out). A portal user's own inbox (`notify_portal_users`, `notify_portal_users_of_jobs`) holds
the four client kinds; staff never read those rows, nor clients staff ones.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from eventstore.audit import changes_nothing_audited
from eventstore.bulk_sql import copy_rows, in_slices
from eventstore.payloads import InboxEventPayload
from eventstore.store import Recorded, record_event, record_events
from models import (
    ClientAccount,
    ClientContact,
    ClientNotification,
    Firm,
    Notification,
    NotificationPreference,
    StaffMember,
)
from resolvers.access import readable_notifications, require_staff
from resolvers.errors import BadInput
from resolvers.outbox import queue_mail
from resolvers.uow import atomic, current_connection
from resolvers.validate import check_page_size, parse_id, parse_ids
from resolvers.viewer import Viewer

# Staff kinds (Inbox+), then the client's own kinds (contract order).
STAFF_KINDS = (
    "CLIENT_TASK_CHANGED",
    "CLIENT_TASKS_ALL_COMPLETED",
    "CLIENT_REQUEST_SUBMITTED",
    "CLIENT_MESSAGE",
)
CLIENT_KINDS = ("NEW_CLIENT_TASKS", "NEW_CLIENT_REQUEST", "FIRM_MESSAGE", "JOB_STATUS_CHANGED")
NOTIFICATION_KINDS = frozenset(STAFF_KINDS) | frozenset(CLIENT_KINDS)


@dataclass(frozen=True)
class Preference:
    kind: str
    inbox: bool
    email: bool


# The contract's defaults: Inbox+ on for every kind; e-mail on for "all tasks completed"
# and "request submitted", off for the rest.
DEFAULT_PREFERENCES = {
    kind: Preference(kind, True, kind in ("CLIENT_TASKS_ALL_COMPLETED", "CLIENT_REQUEST_SUBMITTED"))
    for kind in STAFF_KINDS
}


async def team_recipients(
    client_account_id: int, *, exclude_staff_id: int | None = None
) -> list[StaffMember]:
    """The staff to notify about a change to this client account (see module doc)."""
    team = await StaffMember.filter(team_links__client_account_id=client_account_id).order_by("id")
    if not team:
        account = await ClientAccount.get(id=client_account_id)
        team = await StaffMember.filter(firm_id=account.firm_id, role="OWNER").order_by("id")
    return [s for s in team if s.id != exclude_staff_id]


async def preferences_for(staff_ids: Sequence[int], kind: str) -> dict[int, Preference]:
    """Each staff member's preference for `kind` (the default where none was set)."""
    chosen = {
        row.staff_id: Preference(kind, row.inbox, row.email)
        for row in await NotificationPreference.filter(staff_id__in=list(staff_ids), kind=kind)
    }
    return {i: chosen.get(i, DEFAULT_PREFERENCES[kind]) for i in staff_ids}


@dataclass(frozen=True)
class TeamMail:
    """The e-mail of a notification: one subject, a body per recipient."""

    subject: str
    body: Callable[[StaffMember], str]


def plain_mail(summary: str, link: str | None = None) -> TeamMail:
    """The e-mail of a kind that has no e-mail of its own: the notification's summary."""
    see = f"\n\nSee it: {link}" if link else ""
    return TeamMail(
        subject=summary[:300], body=lambda staff: f"Hello {staff.name},\n\n{summary}.{see}\n"
    )


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
    mail: TeamMail | None = None,
) -> list[Notification]:
    """THE place a change reaches the firm (inside `atomic()`): the recipients rule picks
    who; each one's preference for `kind` decides an Inbox+ notification (with its event)
    and an e-mail (`mail`, or the summary)."""
    if kind not in STAFF_KINDS:
        raise ValueError(f"unknown staff notification kind {kind!r}")
    now = datetime.now(UTC)
    recipients = await team_recipients(client_account_id, exclude_staff_id=actor_staff_id)
    preferences = await preferences_for([r.id for r in recipients], kind)
    created = []
    for recipient in recipients:
        preference = preferences[recipient.id]
        if preference.email:
            sent = mail or plain_mail(summary)
            await queue_mail(
                to=recipient.email, subject=sent.subject, body=sent.body(recipient), firm_id=firm_id
            )
        if not preference.inbox:
            continue
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


# ---------------------------------------------------------------- the client's own inbox


def portal_users(client_account_ids: Iterable[int]) -> Any:
    """The portal users (contacts who set a password) of these accounts."""
    return ClientContact.filter(
        client_account_id__in=list(client_account_ids), password_hash__isnull=False
    )


async def notify_portal_users(
    *,
    firm_id: int,
    client_account_id: int,
    kind: str,
    actor_name: str,
    summary: str,
    thread_id: int | None = None,
    task_id: int | None = None,
    request_id: int | None = None,
    job_id: int | None = None,
) -> None:
    """One notification in each portal user's own inbox, each with its event (inside
    `atomic()`); the firm did something for the client (`CLIENT_KINDS`)."""
    if kind not in CLIENT_KINDS:
        raise ValueError(f"unknown client notification kind {kind!r}")
    now = datetime.now(UTC)
    for contact_id in (
        await portal_users([client_account_id]).order_by("id").values_list("id", flat=True)
    ):
        notification = await ClientNotification.create(
            firm_id=firm_id,
            recipient_id=contact_id,
            at=now,
            kind=kind,
            client_account_id=client_account_id,
            actor_name=actor_name,
            actor_is_client=False,
            thread_id=thread_id,
            task_id=task_id,
            request_id=request_id,
            job_id=job_id,
            summary=summary,
        )
        await record_event(
            topic="inbox",
            firm_id=firm_id,
            client_account_id=client_account_id,
            thread_id=thread_id,
            request_id=request_id,
            payload=client_inbox_payload(notification.id, contact_id),
        )


def client_inbox_payload(notification_id: int, contact_id: int) -> InboxEventPayload:
    """An "inbox" event of a portal user's notification: `recipientContactId` is what
    `access.event_visible_to` reads (a staff inbox event carries `recipient_staff_id`)."""
    return {"notificationId": str(notification_id), "recipientContactId": str(contact_id)}


@dataclass(frozen=True)
class JobStatusNotice:
    """A job whose new client-facing status its client now sees."""

    job_id: int
    firm_id: int
    client_account_id: int
    summary: str


_CLIENT_COLUMNS = (
    "firm_id",
    "recipient_id",
    "at",
    "kind",
    "read",
    "client_account_id",
    "actor_name",
    "actor_is_client",
    "job_id",
    "summary",
)


async def notify_portal_users_of_jobs(notices: Sequence[JobStatusNotice]) -> None:
    """JOB_STATUS_CHANGED for each portal user of each job's account (inside `atomic()`):
    set-based, so a 10,000-job bulk edit adds a constant number of statements (the portal
    users of all the accounts in one query, the rows in one insert, their ids back in one,
    their events in one batch)."""
    if not notices:
        return
    users: dict[int, list[int]] = {}
    for contact_id, account_id in (
        await portal_users({n.client_account_id for n in notices})
        .order_by("id")
        .values_list("id", "client_account_id")
    ):
        users.setdefault(account_id, []).append(contact_id)
    if not users:
        return
    firm_names = dict(
        await Firm.filter(id__in=list({n.firm_id for n in notices})).values_list("id", "name")
    )
    now = datetime.now(UTC)
    records = [
        (
            notice.firm_id,
            contact_id,
            now,
            "JOB_STATUS_CHANGED",
            False,
            notice.client_account_id,
            firm_names.get(notice.firm_id, ""),
            False,
            notice.job_id,
            notice.summary,
        )
        for notice in notices
        for contact_id in users.get(notice.client_account_id, ())
    ]
    ids = await _insert_client_notifications(records)

    def event_row(pair: tuple[int, tuple[Any, ...]]) -> dict[str, Any]:
        notification_id, record = pair
        return {
            "firm_id": record[0],
            "client_account_id": record[5],
            "payload": client_inbox_payload(notification_id, record[1]),
        }

    await record_events(
        topic="inbox", rows=await in_slices(list(zip(ids, records, strict=True)), event_row)
    )


async def _insert_client_notifications(records: list[tuple[Any, ...]]) -> list[int]:
    """Insert the rows (`_CLIENT_COLUMNS` order; each (recipient, job) once) inside
    `atomic()`; their ids, in `records` order, whatever else commits meanwhile.

    PostgreSQL: one INSERT ... SELECT FROM unnest(...) RETURNING, matched back by
    (recipient, job). SQLite: batched inserts; atomic() holds SQLite's write lock, so the
    rows above the newest id before them are exactly these, in insert order."""
    if current_connection().capabilities.dialect == "postgres":
        types = ("int", "int", "timestamptz", "text", "bool", "int", "text", "bool", "int", "text")
        columns = ", ".join(f'"{c}"' for c in _CLIENT_COLUMNS)
        arrays = ", ".join(f"${i}::{t}[]" for i, t in enumerate(types, start=1))
        sql = (
            f'INSERT INTO "client_notification" ({columns}) SELECT * FROM unnest({arrays}) '
            'RETURNING "id", "recipient_id", "job_id"'
        )
        columns_of_rows = [list(column) for column in zip(*records, strict=True)]
        # execute_query_dict fetches (execute_query drops an INSERT's RETURNING rows).
        rows = await current_connection().execute_query_dict(sql, columns_of_rows)
        by_pair = {(row["recipient_id"], row["job_id"]): row["id"] for row in rows}
        return [by_pair[(record[1], record[8])] for record in records]
    newest = await ClientNotification.all().order_by("-id").first().values_list("id", flat=True)
    await copy_rows(ClientNotification, _CLIENT_COLUMNS, records)
    ids = (
        await ClientNotification.filter(id__gt=cast(int, newest or 0))
        .order_by("id")
        .values_list("id", flat=True)
    )
    if len(ids) != len(records):
        raise RuntimeError("client notifications were inserted outside SQLite's write lock")
    return cast(list[int], list(ids))


# ---------------------------------------------------------------- reading one's inbox


@dataclass(frozen=True)
class InboxPage:
    notifications: list[Notification | ClientNotification]
    has_next_page: bool
    unread_count: int


def notification_cursor(notification: Notification | ClientNotification) -> str:
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
    """The viewer's own notifications (staff: Inbox+; a portal user: its own inbox),
    newest first, with the count of unread ones."""
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
        changes_nothing_audited()  # the viewer's own reading state, no firm data
        return await mine.filter(id__in=wanted, read=False).update(read=True)


# ---------------------------------------------------------------- preferences


async def list_preferences(*, viewer: Viewer) -> list[Preference]:
    """The viewer's own preference for each staff kind (defaults where none was set)."""
    require_staff(viewer)
    assert viewer.staff_id is not None
    chosen = {
        row.kind: Preference(row.kind, row.inbox, row.email)
        for row in await NotificationPreference.filter(staff_id=viewer.staff_id)
    }
    return [chosen.get(kind, DEFAULT_PREFERENCES[kind]) for kind in STAFF_KINDS]


async def set_preference(
    *, viewer: Viewer, kind: str, inbox: bool, email: bool
) -> list[Preference]:
    """Set where one staff kind reaches the viewer; returns all its preferences. The client
    kinds are not a staff member's to set (BAD_INPUT)."""
    require_staff(viewer)
    if kind not in STAFF_KINDS:
        raise BadInput(f"{kind} is not a kind of notification staff receive")
    async with atomic():
        updated = await NotificationPreference.filter(staff_id=viewer.staff_id, kind=kind).update(
            inbox=inbox, email=email
        )
        if not updated:
            await NotificationPreference.create(
                staff_id=viewer.staff_id, kind=kind, inbox=inbox, email=email
            )
    return await list_preferences(viewer=viewer)
