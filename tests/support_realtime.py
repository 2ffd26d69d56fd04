"""Realtime test helpers: a real websocket GraphQL client (both protocols), domain rows made
through the ORM, and events recorded exactly as the other areas record them
(`atomic()` + `record_event(...)` with common.md's payload formats)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import websockets

from models import ChatThread, ClientRequest, Job, Pipeline, Stage
from resolvers.uow import atomic
from subscriptions.events import record_event

TRANSPORT_WS = "graphql-transport-ws"
LEGACY_WS = "graphql-ws"

JOB_EVENTS = """subscription($account: ID, $after: ID) {
  jobStatusEvents(clientAccountId: $account, after: $after) {
    seq at jobId clientAccountId visible source
    item { jobId jobName status description updatedAt }
  }
}"""
TASK_EVENTS = """subscription($account: ID, $thread: ID, $after: ID) {
  clientTaskEvents(clientAccountId: $account, threadId: $thread, after: $after) {
    seq kind threadId clientAccountId completedTaskCount totalTaskCount actorName actorIsClient
    task { id title position completed completedAt completedBy completedByClient }
  }
}"""
REQUEST_EVENTS = """subscription($request: ID, $after: ID) {
  requestEvents(requestId: $request, after: $after) { seq at requestId status }
}"""


class WsClient:
    """A GraphQL websocket client speaking graphql-transport-ws or the legacy graphql-ws."""

    def __init__(self, ws: Any, protocol: str) -> None:
        self.ws = ws
        self.protocol = protocol
        self._ids = itertools.count(1)

    @classmethod
    async def connect(
        cls,
        server: str,
        *,
        token: str | None = None,
        params: dict[str, Any] | None = None,
        protocol: str = TRANSPORT_WS,
    ) -> WsClient:
        ws = await websockets.connect(
            f"ws://{server}/graphql", subprotocols=[protocol], open_timeout=10
        )
        client = cls(ws, protocol)
        payload = params if params is not None else {"authorization": f"Bearer {token}"}
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        while True:
            message = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if message["type"] == "connection_ack":
                return client
            if message["type"] not in ("ka", "ping"):
                raise AssertionError(f"unexpected message {message}")

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        op_id = str(next(self._ids))
        kind = "subscribe" if self.protocol == TRANSPORT_WS else "start"
        await self.ws.send(
            json.dumps(
                {
                    "id": op_id,
                    "type": kind,
                    "payload": {"query": query, "variables": variables or {}},
                }
            )
        )
        return op_id

    async def receive(self, wait: float = 5) -> dict[str, Any]:
        """The next operation message (skipping keep-alives)."""
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), wait))
            if message["type"] in ("ka", "ping", "pong"):
                continue
            return message

    async def next_result(self, wait: float = 5) -> dict[str, Any]:
        """The next result's payload ({"data": ...} or {"errors": ...}); skips the
        "complete" that ends an earlier operation."""
        message = await self.receive(wait)
        while message["type"] == "complete":
            message = await self.receive(wait)
        if message["type"] in ("next", "data"):
            return message["payload"]
        if message["type"] == "error":
            payload = message["payload"]
            return {"errors": payload if isinstance(payload, list) else [payload]}
        raise AssertionError(f"expected a result, got {message}")

    async def next_data(self, field: str, wait: float = 5) -> dict[str, Any]:
        result = await self.next_result(wait)
        assert not result.get("errors"), result
        return result["data"][field]

    async def nothing_within(self, seconds: float = 0.4) -> bool:
        """True when no operation message arrives within `seconds`."""
        try:
            message = await self.receive(seconds)
        except TimeoutError:
            return True
        raise AssertionError(f"expected nothing, got {message}")

    async def complete(self, op_id: str) -> None:
        kind = "complete" if self.protocol == TRANSPORT_WS else "stop"
        await self.ws.send(json.dumps({"id": op_id, "type": kind}))

    async def close(self) -> None:
        await self.ws.close()


def first_error_code(result: dict[str, Any]) -> str | None:
    errors = result.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


# ---------------------------------------------------------------- domain rows


async def make_job(firm_id: int, client_account_id: int, name: str = "2026 tax return") -> Job:
    pipeline = await Pipeline.create(firm_id=firm_id, name="Tax season")
    stage = await Stage.create(pipeline=pipeline, name="Preparing", position=0)
    return await Job.create(
        firm_id=firm_id,
        client_account_id=client_account_id,
        pipeline=pipeline,
        stage=stage,
        name=name,
    )


async def make_thread(
    firm_id: int, client_account_id: int, subject: str = "Documents"
) -> ChatThread:
    return await ChatThread.create(
        firm_id=firm_id, client_account_id=client_account_id, subject=subject
    )


async def make_request(
    firm_id: int, client_account_id: int, *, access: str = "PORTAL", status: str = "PENDING"
) -> ClientRequest:
    return await ClientRequest.create(
        firm_id=firm_id,
        client_account_id=client_account_id,
        title="Missing receipts",
        access=access,
        status=status,
        sent_at=None if status == "DRAFT" else datetime.now(UTC),
    )


# ---------------------------------------------------------------- events as the areas record them


async def record_job_status(
    job: Job, *, visible: bool, status: str = "Preparing", source: str = "MANUAL"
) -> int:
    item = (
        {
            "jobId": str(job.id),
            "jobName": job.name,
            "status": status,
            "description": f"We are on it: {status}",
            "updatedAt": datetime.now(UTC).isoformat(),
        }
        if visible
        else None
    )
    async with atomic():
        event = await record_event(
            topic="job",
            firm_id=job.firm_id,
            client_account_id=job.client_account_id,
            job_id=job.id,
            payload={
                "jobId": str(job.id),
                "clientAccountId": str(job.client_account_id),
                "visible": visible,
                "item": item,
                "source": source,
            },
        )
    return event.seq


async def record_task_change(
    thread: ChatThread,
    *,
    kind: str = "CHECKED",
    title: str = "Upload your W-2",
    completed: bool = True,
    by_client: bool = True,
) -> int:
    task = {
        "id": "1",
        "title": title,
        "position": 0,
        "completed": completed,
        "completedAt": datetime.now(UTC).isoformat() if completed else None,
        "completedBy": "Alpha Contact" if completed else None,
        "completedByClient": by_client if completed else None,
    }
    async with atomic():
        event = await record_event(
            topic="task",
            firm_id=thread.firm_id,
            client_account_id=thread.client_account_id,
            thread_id=thread.id,
            payload={
                "kind": kind,
                "threadId": str(thread.id),
                "clientAccountId": str(thread.client_account_id),
                "task": None if kind in ("DELETED", "REORDERED") else task,
                "completedTaskCount": 1 if completed else 0,
                "totalTaskCount": 2,
                "actorName": "Alpha Contact" if by_client else "Staff Member",
                "actorIsClient": by_client,
            },
        )
    return event.seq


async def record_request_status(request: ClientRequest, status: str) -> int:
    async with atomic():
        request.status = status
        if status != "DRAFT" and request.sent_at is None:
            request.sent_at = datetime.now(UTC)  # sending is what makes a request visible
        await request.save()
        event = await record_event(
            topic="request",
            firm_id=request.firm_id,
            client_account_id=request.client_account_id,
            request_id=request.id,
            payload={"requestId": str(request.id), "status": status},
        )
    return event.seq


async def third_party_link(request: ClientRequest) -> str:
    """The live secret link token of a THIRD_PARTY request (as the requests area issues it)."""
    from resolvers.request_links import live_link

    async with atomic():
        link = await live_link(request)  # `request` (saved again by callers) keeps it
    return link.token


# ---------------------------------------------------------------- readiness across processes


async def until_live(
    field: str, canary: Callable[[], Awaitable[int]], *clients: WsClient, seconds: float = 20
) -> None:
    """Wait until every client's subscription is live on its server, as the server shows it:
    record canary events (`canary()` records one its subscriptions may see and returns its
    seq) until each client has received one, then read each client up to the last canary,
    so the tests go on with nothing of the canaries left unread. For servers in other
    processes, whose hub the test cannot look into."""
    deadline = time.monotonic() + seconds
    seen: dict[int, int] = {}
    last = 0
    while len(seen) < len(clients):
        assert time.monotonic() < deadline, "a subscription never received a canary event"
        last = await canary()
        for index, client in enumerate(clients):
            if index not in seen:
                with contextlib.suppress(TimeoutError):
                    seen[index] = int((await client.next_data(field, wait=0.3))["seq"])
    for index, client in enumerate(clients):
        while seen[index] != last:
            seen[index] = int((await client.next_data(field, wait=10))["seq"])
