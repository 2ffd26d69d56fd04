"""The client's portal as one view: `portalView` (what a portal user sees, or a staff
member's read-only preview of it) and `clientTodo` (resolvers in `resolvers.portal`)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry
from strawberry.types import Info

from resolvers import portal
from schema.common import viewer_of
from schema.jobs import WorkInProgressItem
from schema.requests import ClientRequest
from schema.tasks import ChatThread, ClientTask


@strawberry.enum
class TodoKind(Enum):
    TASK = "TASK"
    REQUEST = "REQUEST"


@strawberry.type(description="One open thing the client has to do; oldest first.")
class TodoItem:
    kind: TodoKind
    since: datetime
    task: ClientTask | None
    thread: ChatThread | None
    request: ClientRequest | None

    @classmethod
    def from_item(cls, item: portal.Todo) -> TodoItem:
        return cls(
            kind=TodoKind(item.kind),
            since=item.since,
            task=ClientTask.from_model(item.task) if item.task else None,
            thread=ChatThread.from_model(item.thread) if item.thread else None,
            request=ClientRequest.from_model(item.request) if item.request else None,
        )


@strawberry.type(description="Everything a portal user of the account sees, read-only.")
class PortalView:
    work_in_progress: list[WorkInProgressItem]
    threads: list[ChatThread]
    requests: list[ClientRequest]
    todo: list[TodoItem]

    @classmethod
    def from_view(cls, view: portal.PortalContents) -> PortalView:
        return cls(
            work_in_progress=[WorkInProgressItem.from_item(i) for i in view.work_in_progress],
            threads=[ChatThread.from_model(t) for t in view.threads],
            requests=[ClientRequest.from_model(r) for r in view.requests],
            todo=[TodoItem.from_item(i) for i in view.todo],
        )


@strawberry.type
class PortalQuery:
    @strawberry.field(description="CLIENT: the open tasks and waiting requests of its account.")
    async def client_todo(self, info: Info) -> list[TodoItem]:
        return [TodoItem.from_item(i) for i in await portal.client_todo(viewer=viewer_of(info))]

    @strawberry.field(
        description="A portal user: its own portal (no id). Staff: that account's portal, "
        "read-only, exactly as its portal users see it (the id is required)."
    )
    async def portal_view(
        self, info: Info, client_account_id: strawberry.ID | None = None
    ) -> PortalView:
        view = await portal.portal_view(viewer=viewer_of(info), client_account_id=client_account_id)
        return PortalView.from_view(view)
