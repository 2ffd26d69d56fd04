"""The payload of each event topic, one type per topic: built by the domain's one recording
function per topic and read back by the GraphQL builders (schema/events.py) through the same
type. Payloads are JSON (they are stored in `Event.payload` and sent over the broadcast
channel), so they are TypedDicts of JSON values."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

Topic = Literal["task", "job", "inbox", "request"]
TOPICS: frozenset[str] = frozenset({"task", "job", "inbox", "request"})


class PortalItem(TypedDict):
    """What the client's Work in progress shows of a job."""

    jobId: str
    jobName: str
    status: str
    description: str | None
    updatedAt: str


class JobEventPayload(TypedDict):
    """Topic "job": a job's client-facing state changed (or it left / re-entered the portal)."""

    jobId: str
    clientAccountId: str
    visible: bool
    item: PortalItem | None
    source: str
    # Staff only: the job's pendingBlockers changed (its client-facing state did not).
    blockersChanged: NotRequired[bool]


class TaskPayload(TypedDict):
    """A client task as a task event shows it."""

    id: str
    title: str
    position: int
    completed: bool
    completedAt: str | None
    completedBy: str | None
    completedByClient: bool | None


class TaskEventPayload(TypedDict):
    """Topic "task": a client task of a thread was added, changed, completed, ..."""

    kind: str
    threadId: str
    clientAccountId: str
    task: TaskPayload | None
    completedTaskCount: int
    totalTaskCount: int
    actorName: str
    actorIsClient: bool


class InboxEventPayload(TypedDict):
    """Topic "inbox": a new notification for one staff member (Inbox+, the event's
    `recipient_staff_id`) or one portal user (its own inbox, `recipientContactId`)."""

    notificationId: str
    recipientContactId: NotRequired[str]


class RequestEventPayload(TypedDict):
    """Topic "request": a client request changed status."""

    requestId: str
    status: str


EventPayload = JobEventPayload | TaskEventPayload | InboxEventPayload | RequestEventPayload
