"""A real webhook receiver for the tests: an HTTP server on a loopback port (uvicorn, in the
test's event loop) that verifies every delivery with the independent `standardwebhooks`
package, and can be told to fail, to be slow, or to count deliveries in flight."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.support import Gql, free_port

ENDPOINT_FIELDS = (
    "id url description topics paused failingSince lastSeq attempts nextAttemptAt"
    " previousSecretValidUntil createdAt"
)
CREATE = (
    "mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i)"
    f" {{ secret endpoint {{ {ENDPOINT_FIELDS} }} }} }}"
)
DELIVERIES = (
    "query($e: ID!, $n: Int) { webhookDeliveries(endpointId: $e, first: $n)"
    " { id seq topic status attempt responseCode error durationMs at } }"
)


@dataclass
class Received:
    """One delivery the receiver accepted: the parsed body, headers, which of the known
    secrets verified it, and when it arrived (time.time())."""

    body: dict[str, Any]
    headers: dict[str, str]
    verified_by: list[str]
    at: float


@dataclass
class Receiver:
    secrets: list[str] = field(default_factory=list)
    fail_next: int = 0  # answer this many requests with `fail_status` first
    fail_status: int = 500
    delay: float = 0.0  # seconds before answering
    verify: bool = True  # False: accept every delivery unchecked (the benchmark)
    received: list[Received] = field(default_factory=list)
    requests: int = 0
    unverified: int = 0
    in_flight: int = 0
    most_in_flight: int = 0
    port: int = 0
    on_receive: Callable[[Received], None] | None = None
    _server: uvicorn.Server | None = None
    _task: asyncio.Task[None] | None = None
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/firmflow"

    @property
    def seqs(self) -> list[int]:
        return [item.body["seq"] for item in self.received]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            status = self._take(body, headers)
        finally:
            self.in_flight -= 1
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def _take(self, body: bytes, headers: dict[str, str]) -> int:
        if self.fail_next > 0:
            self.fail_next -= 1
            return self.fail_status
        verified_by: list[str] = []
        for secret in self.secrets if self.verify else ():
            try:
                Webhook(secret).verify(body, headers)
            except WebhookVerificationError:
                continue
            verified_by.append(secret)
        if self.verify and not verified_by:
            self.unverified += 1
            return 401
        item = Received(json.loads(body), headers, verified_by, time.time())
        self.received.append(item)
        if self.on_receive is not None:
            self.on_receive(item)
        self._arrived.set()
        return 204

    async def start(self) -> Receiver:
        self.port = free_port()
        config = uvicorn.Config(
            self, host="127.0.0.1", port=self.port, lifespan="off", log_level="warning"
        )
        config.access_log = False
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            await self._task

    async def wait_for(self, count: int, seconds: float = 20.0) -> list[Received]:
        """Until `count` verified deliveries arrived (fails after `seconds`)."""
        deadline = time.monotonic() + seconds
        while len(self.received) < count:
            left = deadline - time.monotonic()
            assert left > 0, f"{len(self.received)} of {count} deliveries arrived: {self.seqs}"
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), timeout=min(left, 0.5))
        return self.received


async def create_endpoint(
    gql: Gql,
    token: str,
    url: str,
    topics: tuple[str, ...] = ("JOB", "REQUEST", "TASK"),
    description: str = "books sync",
) -> dict[str, Any]:
    """Register an endpoint through the API; returns {secret, endpoint}."""
    result = await gql(
        CREATE, {"i": {"url": url, "topics": list(topics), "description": description}}, token=token
    )
    assert not result.get("errors"), result
    return result["data"]["createWebhookEndpoint"]


async def deliveries(
    gql: Gql, token: str, endpoint_id: str, first: int = 100, *, at_least: int = 0
) -> list[Any]:
    """The endpoint's delivery log through the API, oldest first; with `at_least`, once it
    has that many rows (an attempt is logged just after the receiver answered it)."""
    for _ in range(200):
        result = await gql(DELIVERIES, {"e": endpoint_id, "n": first}, token=token)
        assert not result.get("errors"), result
        rows = list(reversed(result["data"]["webhookDeliveries"]))
        if len(rows) >= at_least:
            return rows
        await asyncio.sleep(0.05)
    raise AssertionError(f"the log has {len(rows)} rows, not {at_least}")
