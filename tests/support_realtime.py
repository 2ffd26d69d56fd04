"""Realtime test helpers: a real websocket GraphQL client (both protocols), domain rows made
through the ORM, and events recorded through the product's own recording functions and
payload builders (`atomic()` + the areas' `record_*`)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import subprocess
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import websockets

from eventstore.store import record_event
from models import ChatThread, ClientFacingStatus, ClientRequest, ClientTask, Job, Pipeline, Stage
from resolvers.client_facing import in_portal, record_job_status_event
from resolvers.requests import record_request_event
from resolvers.tasks import Actor, shown, task_event_payload
from resolvers.uow import atomic
from subscriptions.hub import current_hub

TRANSPORT_WS = "graphql-transport-ws"
LEGACY_WS = "graphql-ws"
# Servers running in the test process (the `live_server` fixture): a subscription to one of
# them is known to be registered once its hub counts one more registration.
IN_PROCESS_SERVERS: set[str] = set()

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

    def __init__(self, ws: Any, protocol: str, server: str = "") -> None:
        self.ws = ws
        self.protocol = protocol
        self.server = server
        self._ids = itertools.count(1)
        self._stash: list[str | bytes] = []

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
        client = cls(ws, protocol, server)
        payload = params if params is not None else {"authorization": f"Bearer {token}"}
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        while True:
            message = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if message["type"] == "connection_ack":
                return client
            if message["type"] not in ("ka", "ping"):
                raise AssertionError(f"unexpected message {message}")

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        """Start an operation. On an in-process server, return once the hub registered it
        (or the server answered, e.g. with an error), so events recorded next reach it."""
        op_id = str(next(self._ids))
        kind = "subscribe" if self.protocol == TRANSPORT_WS else "start"
        hub = current_hub() if self.server in IN_PROCESS_SERVERS else None
        registrations = hub.registrations if hub is not None else 0
        await self.ws.send(
            json.dumps(
                {
                    "id": op_id,
                    "type": kind,
                    "payload": {"query": query, "variables": variables or {}},
                }
            )
        )
        if hub is not None:
            answer = asyncio.ensure_future(self.ws.recv())
            deadline = asyncio.get_running_loop().time() + 10
            while hub.registrations == registrations and not answer.done():
                assert asyncio.get_running_loop().time() < deadline, "not registered"
                await asyncio.sleep(0.002)
            if answer.done():
                self._stash.append(answer.result())
            else:
                answer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await answer
        return op_id

    async def receive(self, wait: float = 5) -> dict[str, Any]:
        """The next operation message (skipping keep-alives)."""
        while True:
            raw = (
                self._stash.pop(0) if self._stash else await asyncio.wait_for(self.ws.recv(), wait)
            )
            message = json.loads(raw)
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


# ---------------------------------------------------------------- events, through the product


async def record_job_status(
    job: Job, *, visible: bool, status: str = "Preparing", source: str = "MANUAL"
) -> int:
    """Store the job's client-facing state (a default status of the firm by name) and record
    its job status event with the product's own function; returns the event's seq."""
    async with atomic():
        was_in_portal = in_portal(job)
        if visible:
            row = await ClientFacingStatus.get(firm_id=job.firm_id, name=status)
            job.cf_status_id = row.id
        job.cf_visible = visible
        job.cf_updated_at = datetime.now(UTC)
        await job.save(update_fields=["cf_visible", "cf_status_id", "cf_updated_at"])
        event = await record_job_status_event(job, source, was_in_portal=was_in_portal)
    return event.seq


async def record_task_change(
    thread: ChatThread,
    *,
    kind: str = "CHECKED",
    title: str = "Upload your W-2",
    completed: bool = True,
    by_client: bool = True,
) -> int:
    """A task event as the tasks area records it (its payload built by the product), of a
    task shown as given and a thread with 1 of 2 tasks completed; returns its seq."""
    task = ClientTask(
        id=1,
        thread_id=thread.id,
        title=title,
        position=0,
        completed=completed,
        completed_at=datetime.now(UTC) if completed else None,
        completed_by="Alpha Contact" if completed else None,
        completed_by_client=by_client if completed else None,
    )
    thread.completed_task_count, thread.total_task_count = (1 if completed else 0), 2
    actor = Actor(name="Alpha Contact" if by_client else "Staff Member", is_client=by_client)
    async with atomic():
        event = await record_event(
            topic="task",
            firm_id=thread.firm_id,
            client_account_id=thread.client_account_id,
            thread_id=thread.id,
            payload=task_event_payload(kind, thread, actor, shown(kind, task)),
        )
    return event.seq


async def record_request_status(request: ClientRequest, status: str) -> int:
    async with atomic():
        request.status = status
        if status != "DRAFT" and request.sent_at is None:
            request.sent_at = datetime.now(UTC)  # sending is what makes a request visible
        await request.save()
        event = await record_request_event(request)
    return event.seq


async def third_party_link(request: ClientRequest) -> str:
    """The live secret link token of a THIRD_PARTY request (as the requests area issues it)."""
    from resolvers.request_links import live_link

    async with atomic():
        link = await live_link(request)  # `request` (saved again by callers) keeps it
    return link.token


# ---------------------------------------------------------------- a Redis of the test's own


def start_redis(port: int) -> subprocess.Popen[bytes]:
    """A redis-server on `port` (no persistence), once it accepts connections."""
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return process
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start")


def stop_process(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


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
