"""Subscriptions: the contract's `type Subscription` and its event types.

The streams (replay, live, access filtering) live in `subscriptions/streams.py`; this module
only turns stored events into GraphQL objects. Each event object is built once per seq and
shared by every subscriber that may see it (`_built`), so fan-out to many viewers of one
account builds the payload once.

The event types reuse the areas' own types (WorkInProgressItem and ChangeSource of
schema/jobs.py, ClientTask of schema/tasks.py, RequestStatus of schema/requests.py), built
here from the stored payload rather than from models.
"""

import enum
import inspect
import json
from collections import OrderedDict
from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from graphql import execute
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types import Info

from eventstore.records import StoredEvent
from schema.common import context_of, viewer_of
from schema.inbox import Notification
from schema.jobs import ChangeSource, WorkInProgressItem
from schema.requests import RequestStatus
from schema.tasks import ClientTask
from subscriptions.streams import (
    stream_inbox_notifications,
    stream_job_events,
    stream_request_events,
    stream_task_events,
)

# ---------------------------------------------------------------- event types


@strawberry.enum
class TaskEventKind(enum.Enum):
    ADDED = "ADDED"
    UPDATED = "UPDATED"
    CHECKED = "CHECKED"
    UNCHECKED = "UNCHECKED"
    DELETED = "DELETED"
    REORDERED = "REORDERED"
    ALL_COMPLETED = "ALL_COMPLETED"


@strawberry.type
class ClientTaskEvent:
    seq: strawberry.ID
    at: datetime
    kind: TaskEventKind
    thread_id: strawberry.ID
    client_account_id: strawberry.ID
    task: ClientTask | None
    completed_task_count: int
    total_task_count: int
    actor_name: str
    actor_is_client: bool


@strawberry.type
class JobStatusEvent:
    seq: strawberry.ID
    at: datetime
    job_id: strawberry.ID
    client_account_id: strawberry.ID
    visible: bool
    item: WorkInProgressItem | None
    source: ChangeSource
    blockers_changed: bool = strawberry.field(
        description="Staff only: the job's pendingBlockers changed (its client-facing "
        "state did not); re-read Job.pendingBlockers. Never sent to clients."
    )


@strawberry.type
class RequestEvent:
    seq: strawberry.ID
    at: datetime
    request_id: strawberry.ID
    status: RequestStatus


# ---------------------------------------------------------------- builders


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _work_item(data: dict[str, Any] | None) -> WorkInProgressItem | None:
    if not data:
        return None
    return WorkInProgressItem(
        job_id=strawberry.ID(str(data["jobId"])),
        job_name=data["jobName"],
        status=data["status"],
        description=data.get("description"),
        updated_at=_when(data["updatedAt"]),  # type: ignore[arg-type]
    )


def _client_task(data: dict[str, Any] | None) -> ClientTask | None:
    if not data:
        return None
    return ClientTask(
        id=strawberry.ID(str(data["id"])),
        title=data["title"],
        position=int(data["position"]),
        completed=bool(data["completed"]),
        completed_at=_when(data.get("completedAt")),
        completed_by=data.get("completedBy"),
        completed_by_client=data.get("completedByClient"),
    )


def client_task_event(event: StoredEvent) -> ClientTaskEvent:
    p = event.payload
    return ClientTaskEvent(
        seq=strawberry.ID(str(event.seq)),
        at=event.at,
        kind=TaskEventKind(p["kind"]),
        thread_id=strawberry.ID(str(p.get("threadId") or event.thread_id)),
        client_account_id=strawberry.ID(str(p.get("clientAccountId") or event.client_account_id)),
        task=_client_task(p.get("task")),
        completed_task_count=int(p.get("completedTaskCount") or 0),
        total_task_count=int(p.get("totalTaskCount") or 0),
        actor_name=str(p.get("actorName") or ""),
        actor_is_client=bool(p.get("actorIsClient")),
    )


def job_status_event(event: StoredEvent) -> JobStatusEvent:
    p = event.payload
    visible = bool(p.get("visible"))
    return JobStatusEvent(
        seq=strawberry.ID(str(event.seq)),
        at=event.at,
        job_id=strawberry.ID(str(p.get("jobId") or event.job_id)),
        client_account_id=strawberry.ID(str(p.get("clientAccountId") or event.client_account_id)),
        visible=visible,
        item=_work_item(p.get("item")) if visible else None,
        source=ChangeSource(p.get("source") or "MANUAL"),
        blockers_changed=bool(p.get("blockersChanged")),
    )


def request_event(event: StoredEvent) -> RequestEvent:
    p = event.payload
    return RequestEvent(
        seq=strawberry.ID(str(event.seq)),
        at=event.at,
        request_id=strawberry.ID(str(p.get("requestId") or event.request_id)),
        status=RequestStatus(p["status"]),
    )


BUILT_MEMORY = 5000
_built: OrderedDict[object, Any] = OrderedDict()


def built_once(event: StoredEvent, build: Callable[[StoredEvent], Any]) -> Any:
    """The GraphQL object of an event, built once and shared by all its subscribers."""
    obj = _built.get(event.key)
    if obj is None:
        obj = build(event)
        _built[event.key] = obj
        if len(_built) > BUILT_MEMORY:
            _built.popitem(last=False)
    return obj


# ---------------------------------------------------------------- execution shared per view

RESULT_MEMORY = 2000
_results: OrderedDict[tuple[int, str, str], tuple[Any, Any]] = OrderedDict()
SHARED_EVENT_TYPES = (ClientTaskEvent, JobStatusEvent, RequestEvent)


class SharedEventExecution(StrawberryGraphQLCoreExecutionContext):
    """Executes a subscription event's selection set once per (event, document, variables).

    Every subscriber allowed to see an event receives the same pre-built event object
    (`built_once`), and the event types' fields are plain values that do not depend on who
    reads them; so subscribers with the same operation get the same result and it is
    computed once, not once per subscriber. Other payloads (Inbox+ notifications, built per
    recipient) and queries run as usual.
    """

    def execute_operation(self, serially: bool | None = None) -> Any:
        payload = self.root_value
        if not isinstance(payload, SHARED_EVENT_TYPES):
            return super().execute_operation(serially)
        source = self.operation.loc.source.body if self.operation.loc else repr(self.operation)
        key = (id(payload), source, json.dumps(self.variable_values, sort_keys=True, default=str))
        hit = _results.get(key)
        if hit is not None and hit[0] is payload:
            return hit[1]
        result = super().execute_operation(serially)
        if not inspect.isawaitable(result):
            _remember(key, payload, result)
            return result

        async def remembered() -> Any:
            done = await result
            _remember(key, payload, done)
            return done

        return remembered()


def _remember(key: tuple[int, str, str], payload: Any, result: Any) -> None:
    _results[key] = (payload, result)
    if len(_results) > RESULT_MEMORY:
        _results.popitem(last=False)


# ---------------------------------------------------------------- payloads of parked streams

BUILDERS: dict[str, Callable[[StoredEvent], Any]] = {
    "job": job_status_event,
    "task": client_task_event,
    "request": request_event,
}


def event_renderer(
    schema: Any,
    query: str,
    variables: dict[str, Any] | None,
    operation_name: str | None,
    context: Any,
    encode: Callable[[object], str],
) -> tuple[Callable[[StoredEvent], Awaitable[str]], object] | None:
    """How a parked stream (`subscriptions.fanout`) turns an event into its `next` payload:
    the operation executed on the event's shared object, as strawberry would for the
    subscriber, and encoded; and the key under which subscribers share that payload (equal
    document, operation and variables). None when the document is not in the schema's
    cache (the stream then stays on strawberry's path).

    The document was validated with the schema's rules when the subscription started (that
    is what let it reach the stream); the cache gives the same parsed document back."""
    documents, rules = getattr(schema, "documents", None), getattr(schema, "rules", None)
    if documents is None or rules is None:
        return None
    document = documents.parsed(query, rules.max_tokens)
    if document is None:
        return None

    async def render(event: StoredEvent) -> str:
        result = execute(
            schema._schema,
            document,
            root_value=built_once(event, BUILDERS[event.topic]),
            context_value=context,
            variable_values=variables,
            operation_name=operation_name,
            executor_class=SharedEventExecution,
        )
        if inspect.isawaitable(result):
            result = await result
        if result.errors:
            raise result.errors[0]  # the stream ends with it, classified as ever
        return encode({"data": result.data})

    key = (query, operation_name, json.dumps(variables, sort_keys=True, default=str))
    return render, key


# ---------------------------------------------------------------- the Subscription type


def _id(value: strawberry.ID | None) -> str | None:
    return None if value is None else str(value)


@strawberry.type
class EventSubscription:
    @strawberry.subscription(description="Client task changes the viewer may read.")
    async def client_task_events(
        self,
        info: Info,
        client_account_id: strawberry.ID | None = None,
        thread_id: strawberry.ID | None = None,
        after: strawberry.ID | None = None,
    ) -> AsyncGenerator[ClientTaskEvent, None]:
        async for event in stream_task_events(
            viewer=viewer_of(info),
            client_account_id=_id(client_account_id),
            thread_id=_id(thread_id),
            after=_id(after),
        ):
            yield built_once(event, client_task_event)

    @strawberry.subscription(description="Job client-facing status changes.")
    async def job_status_events(
        self,
        info: Info,
        client_account_id: strawberry.ID | None = None,
        after: strawberry.ID | None = None,
    ) -> AsyncGenerator[JobStatusEvent, None]:
        async for event in stream_job_events(
            viewer=viewer_of(info), client_account_id=_id(client_account_id), after=_id(after)
        ):
            yield built_once(event, job_status_event)

    @strawberry.subscription(description="Client request status changes.")
    async def request_events(
        self,
        info: Info,
        request_id: strawberry.ID | None = None,
        after: strawberry.ID | None = None,
    ) -> AsyncGenerator[RequestEvent, None]:
        async for event in stream_request_events(
            viewer=viewer_of(info), request_id=_id(request_id), after=_id(after)
        ):
            yield built_once(event, request_event)


@strawberry.type
class Subscription(EventSubscription):
    @strawberry.subscription(
        description="The viewer's new notifications (staff: Inbox+; portal users: their own)."
    )
    async def inbox_notifications(
        self, info: Info, after: strawberry.ID | None = None
    ) -> AsyncGenerator[Notification, None]:
        context = context_of(info)
        async for notification in stream_inbox_notifications(
            viewer=viewer_of(info), after=_id(after)
        ):
            # A socket's context lives as long as the socket: each notification must read
            # the task's current state, not what a loader cached for an earlier one.
            context.loaders.clear()
            yield Notification.from_model(notification)
