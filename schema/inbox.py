"""Notifications of the signed-in viewer: a staff member's Inbox+ (and its preferences), a
portal user's own inbox (resolvers in `resolvers.inbox`).

`Notification.request` resolves to the requests area's type; the `inboxNotifications`
subscription (schema/events.py) yields `Notification.from_model`.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry
from strawberry.types import Info

import models as m
from resolvers import inbox
from resolvers.access import readable_requests
from resolvers.inbox import Preference
from resolvers.inbox import set_preference as _set_preference
from schema.common import PageInfo, context_of, viewer_of
from schema.identity import ClientAccount, load_account
from schema.requests import ClientRequest
from schema.tasks import ChatThread, ClientTask


async def _threads_by_id(ids: list[int]) -> list[m.ChatThread | None]:
    found = {t.id: t for t in await m.ChatThread.filter(id__in=ids)}
    return [found.get(i) for i in ids]


async def _tasks_by_id(ids: list[int]) -> list[m.ClientTask | None]:
    found = {t.id: t for t in await m.ClientTask.filter(id__in=ids)}
    return [found.get(i) for i in ids]


@strawberry.enum
class NotificationKind(Enum):
    CLIENT_TASK_CHANGED = "CLIENT_TASK_CHANGED"
    CLIENT_TASKS_ALL_COMPLETED = "CLIENT_TASKS_ALL_COMPLETED"
    CLIENT_REQUEST_SUBMITTED = "CLIENT_REQUEST_SUBMITTED"
    CLIENT_MESSAGE = "CLIENT_MESSAGE"
    NEW_CLIENT_TASKS = "NEW_CLIENT_TASKS"
    NEW_CLIENT_REQUEST = "NEW_CLIENT_REQUEST"
    FIRM_MESSAGE = "FIRM_MESSAGE"
    JOB_STATUS_CHANGED = "JOB_STATUS_CHANGED"


@strawberry.type(description="Where one kind of notification reaches a staff member.")
class NotificationPreference:
    kind: NotificationKind
    inbox: bool
    email: bool

    @classmethod
    def from_preference(cls, preference: Preference) -> NotificationPreference:
        return cls(
            kind=NotificationKind(preference.kind),
            inbox=preference.inbox,
            email=preference.email,
        )


@strawberry.type
class Notification:
    id: strawberry.ID
    at: datetime
    kind: NotificationKind
    read: bool
    actor_name: str
    actor_is_client: bool
    summary: str
    model: strawberry.Private[m.Notification | m.ClientNotification]

    @classmethod
    def from_model(cls, notification: m.Notification | m.ClientNotification) -> Notification:
        return cls(
            id=strawberry.ID(str(notification.id)),
            at=notification.at,
            kind=NotificationKind(notification.kind),
            read=notification.read,
            actor_name=notification.actor_name,
            actor_is_client=notification.actor_is_client,
            summary=notification.summary,
            model=notification,
        )

    @strawberry.field
    async def request(self, info: Info) -> ClientRequest | None:
        if self.model.request_id is None:
            return None
        row = await readable_requests(viewer_of(info)).filter(id=self.model.request_id).first()
        return ClientRequest.from_model(row) if row else None

    @strawberry.field
    async def client_account(self, info: Info) -> ClientAccount:
        return await load_account(info, self.model.client_account_id)

    @strawberry.field
    async def thread(self, info: Info) -> ChatThread | None:
        if self.model.thread_id is None:
            return None
        loader = context_of(info).loader("inbox.thread_by_id", _threads_by_id)
        row = await loader.load(self.model.thread_id)
        return ChatThread.from_model(row) if row else None

    @strawberry.field(description="the task's current state (null once deleted)")
    async def task(self, info: Info) -> ClientTask | None:
        if self.model.task_id is None:
            return None
        loader = context_of(info).loader("inbox.task_by_id", _tasks_by_id)
        row = await loader.load(self.model.task_id)
        return ClientTask.from_model(row) if row else None


@strawberry.type
class NotificationEdge:
    cursor: str
    node: Notification


@strawberry.type
class NotificationConnection:
    edges: list[NotificationEdge]
    page_info: PageInfo
    unread_count: int


@strawberry.type
class InboxQuery:
    @strawberry.field(
        description="The viewer's own notifications: a staff member's Inbox+, a portal "
        "user's own inbox."
    )
    async def inbox(
        self,
        info: Info,
        first: int | None = 50,
        after: str | None = None,
        unread_only: bool | None = False,
    ) -> NotificationConnection:
        page = await inbox.list_inbox(
            viewer=viewer_of(info),
            first=50 if first is None else first,
            after=after,
            unread_only=bool(unread_only),
        )
        edges = [
            NotificationEdge(cursor=inbox.notification_cursor(n), node=Notification.from_model(n))
            for n in page.notifications
        ]
        return NotificationConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            unread_count=page.unread_count,
        )

    @strawberry.field(description="Staff: where each staff kind reaches the viewer.")
    async def notification_preferences(self, info: Info) -> list[NotificationPreference]:
        preferences = await inbox.list_preferences(viewer=viewer_of(info))
        return [NotificationPreference.from_preference(p) for p in preferences]


@strawberry.type
class InboxMutation:
    @strawberry.mutation
    async def mark_notifications_read(self, info: Info, ids: list[strawberry.ID]) -> int:
        return await inbox.mark_notifications_read(viewer=viewer_of(info), ids=list(ids))

    @strawberry.mutation(description="Staff: where one kind reaches the viewer.")
    async def set_notification_preference(
        self, info: Info, kind: NotificationKind, inbox: bool, email: bool
    ) -> list[NotificationPreference]:
        preferences = await _set_preference(
            viewer=viewer_of(info), kind=kind.value, inbox=inbox, email=email
        )
        return [NotificationPreference.from_preference(p) for p in preferences]
