"""Websocket limits and frame checks (DOMAIN.md "Abuse limits"), for both protocols.

- Open sockets are capped per client address (counted from the moment a socket is
  accepted, so sockets that never send `connection_init` count) and per sign-in token or
  request link (counted once `connection_init` is accepted). Over a cap: close 4429.
  Operations at once per socket are capped too (an `error` with RATE_LIMITED). The counts
  are per server process.
- A frame that is not what the protocol says (not an object, a non-string id, a payload
  that is not an object, a lone surrogate anywhere) closes the socket with 4400, before
  strawberry's handlers could trip over it.
- `connection_init` while the database is unavailable closes with 1013 ("try again
  later"), which clients retry, with one log line and no traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from typing import Any, cast

from graphql import GraphQLError
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler

from firmflow.context import Context
from firmflow.db import DATABASE_UNAVAILABLE
from firmflow.metrics import WEBSOCKETS_OPEN
from firmflow.settings import get_settings
from firmflow.websocket_protocol import PREBUILT_FRAMES, text_frame
from schema.errors import classify_error
from schema.events import event_renderer
from subscriptions.fanout import PARKING, Parked, ParkingSpot

log = logging.getLogger("firmflow.websockets")

TOO_MANY = 4429
BAD_FRAME = 4400
TRY_AGAIN_LATER = 1013
OUTAGE = "websocket connection_init refused: the database is unavailable (%s)"


class SocketLimitReached(Exception):
    """A sign-in token or link already has as many open sockets as allowed."""


class SocketCounts:
    """Open sockets of this process, per address and per token."""

    def __init__(self) -> None:
        self.addresses: Counter[str] = Counter()
        self.tokens: Counter[str] = Counter()

    def open_address(self, address: str) -> bool:
        if self.addresses[address] >= get_settings().limits.max_sockets_per_address:
            return False
        self.addresses[address] += 1
        return True

    def close_address(self, address: str) -> None:
        self.addresses[address] -= 1
        if self.addresses[address] <= 0:
            del self.addresses[address]

    def claim_token(self, key: str) -> None:
        if self.tokens[key] >= get_settings().limits.max_sockets_per_token:
            raise SocketLimitReached
        self.tokens[key] += 1

    def release_token(self, key: str) -> None:
        self.tokens[key] -= 1
        if self.tokens[key] <= 0:
            del self.tokens[key]


SOCKETS = SocketCounts()


def token_key(viewer: Any) -> str | None:
    """What a socket's per-token cap counts: the sign-in token or the request link."""
    if getattr(viewer, "token_id", None) is not None:
        return f"token:{viewer.token_id}"
    if getattr(viewer, "link_id", None) is not None:
        return f"link:{viewer.link_id}"
    return None


def _valid_unicode(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_valid_unicode(k) and _valid_unicode(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_valid_unicode(v) for v in value)
    return True


def _operation_problem(message: dict[str, Any]) -> str | None:
    """Problems of a subscribe (graphql-transport-ws) or start (graphql-ws) message."""
    if not isinstance(message.get("id"), str) or not message["id"]:
        return "the message id must be a non-empty string"
    payload = message.get("payload")
    if not isinstance(payload, dict):
        return "the payload must be an object"
    if not isinstance(payload.get("query"), str):
        return "the payload's query must be a string"
    if not isinstance(payload.get("variables"), (dict, type(None))):
        return "the payload's variables must be an object"
    if not isinstance(payload.get("operationName"), (str, type(None))):
        return "the payload's operationName must be a string"
    if not isinstance(payload.get("extensions"), (dict, type(None))):
        return "the payload's extensions must be an object"
    return None


def frame_problem(message: Any) -> str | None:
    """What is wrong with a decoded frame, or None when the handlers can take it."""
    if not isinstance(message, dict):
        return "a message must be a JSON object"
    kind = message.get("type")
    if not isinstance(kind, str):
        return "a message needs a string type"
    if not _valid_unicode(message):
        return "the message contains a lone surrogate"
    if kind == "connection_init":
        if not isinstance(message.get("payload"), (dict, type(None))):
            return "the connection_init payload must be an object"
        return None
    if kind in ("subscribe", "start"):
        return _operation_problem(message)
    if kind in ("complete", "stop") and not isinstance(message.get("id"), str):
        return "the message id must be a string"
    return None


class SocketCaps:
    """The per-address cap around a handler's life, and the token release at its end."""

    websocket: Any
    context: Any

    async def handle(self) -> None:
        address = self.context.client_address
        if not SOCKETS.open_address(address):
            log.warning("websocket from %s refused: too many open sockets", address)
            await self.websocket.close(code=TOO_MANY, reason="too many open websockets")
            return
        WEBSOCKETS_OPEN.inc()
        try:
            await super().handle()  # type: ignore[misc]
        finally:
            WEBSOCKETS_OPEN.dec()
            SOCKETS.close_address(address)
            key = getattr(self.context, "socket_token_key", None)
            if key is not None:
                self.context.socket_token_key = None
                SOCKETS.release_token(key)


class TransportWSHandler(SocketCaps, BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws with frame checks, caps, and a clear close on an outage.

    Each operation's task offers its stream a `ParkingSpot`: a live event subscription
    then leaves its task and is served by the hub (`subscriptions.fanout`); `complete`, the
    socket's end, or the hub ending the stream (with the error the client is sent) release
    it. Everything before (validation, arguments, access checks, replay) and every other
    operation runs through strawberry as before."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parked: dict[str, ParkingSpot] = {}

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        spot = self._parking_spot(operation)
        if spot is not None:
            PARKING.set(spot)  # this operation's task only (its own context)
        try:
            await super().run_operation(operation)
        except Parked:
            if spot is None:
                return
            if self.operations.get(operation.id) is operation:
                self.parked[operation.id] = spot
            elif spot.stream is not None:
                spot.stream.end(None)  # completed meanwhile

    def _parking_spot(self, operation: Operation[Context, None]) -> ParkingSpot | None:
        socket = getattr(self.websocket, "ws", None)
        prefix = self.view.encode_json({"id": operation.id, "type": "next", "payload": 0})
        if socket is None or not isinstance(prefix, str) or not prefix.endswith("0}"):
            return None
        encode = self.view.encode_json
        renderer = event_renderer(
            self.schema,
            operation.query,
            operation.variables,
            operation.operation_name,
            self.context,
            lambda value: cast(str, encode(value)),
        )
        if renderer is None:
            return None
        render, render_key = renderer
        prebuilt = socket.scope.get("extensions", {}).get(PREBUILT_FRAMES)
        return ParkingSpot(
            send_text=socket.send_text,
            frame_prefix=prefix[:-2],
            render=render,
            render_key=render_key,
            finish=lambda stream, error: self._parked_ended(operation, error),
            write_frame=prebuilt["write"] if prebuilt else None,
            serialize=text_frame if prebuilt else None,
        )

    def _parked_ended(self, operation: Operation[Context, None], error: Exception | None) -> None:
        """The hub ended a parked stream: forget it; with an error, tell the client the way
        strawberry does when a stream fails (a `next` with the classified error, then
        `complete`)."""
        self.parked.pop(operation.id, None)
        if error is None or self.operations.get(operation.id) is not operation:
            return
        task = asyncio.ensure_future(self._send_stream_error(operation, error))
        task.add_done_callback(self._task_done)

    async def _send_stream_error(
        self, operation: Operation[Context, None], error: Exception
    ) -> None:
        graphql_error = error if isinstance(error, GraphQLError) else None
        if graphql_error is None:
            graphql_error = GraphQLError(str(error), original_error=error)
        formatted = classify_error(graphql_error).formatted
        with contextlib.suppress(Exception):
            await operation.send_operation_message(
                {
                    "id": operation.id,
                    "type": "next",
                    "payload": {"data": None, "errors": [formatted]},
                }
            )
            await operation.send_operation_message({"id": operation.id, "type": "complete"})

    async def cleanup_operation(self, operation_id: str) -> None:
        spot = self.parked.pop(operation_id, None)
        if spot is not None and spot.stream is not None:
            spot.stream.end(None)
        await super().cleanup_operation(operation_id)

    async def handle_message(self, message: Any) -> None:
        problem = frame_problem(message)
        if problem is not None:
            await self.handle_invalid_message(problem)
            return
        await super().handle_message(message)

    async def handle_connection_init(self, message: Any) -> None:
        if message.get("payload") is None:
            message = {**message, "payload": {}}
        try:
            await super().handle_connection_init(message)
            # Cancelled by the line above; the socket need not keep the finished task.
            self.connection_init_timeout_task = None
        except SocketLimitReached:
            await self.websocket.close(code=TOO_MANY, reason="too many open websockets")
        except DATABASE_UNAVAILABLE as error:
            log.warning(OUTAGE, error)
            await self.websocket.close(code=TRY_AGAIN_LATER, reason="try again later")

    async def handle_subscribe(self, message: Any) -> None:
        limit = get_settings().limits.max_subscriptions_per_socket
        if (
            self.connection_acknowledged
            and message["id"] not in self.operations
            and len(self.operations) >= limit
        ):
            error = GraphQLError(
                f"too many operations at once on this websocket ({limit},"
                " FIRMFLOW_MAX_SUBSCRIPTIONS_PER_SOCKET)",
                extensions={"code": "RATE_LIMITED"},
            )
            await self.send_message(
                {"id": message["id"], "type": "error", "payload": [error.formatted]}
            )
            return
        await super().handle_subscribe(message)


class LegacyWSHandlerBase(SocketCaps, BaseGraphQLWSHandler[Context, None]):
    """graphql-ws (legacy) with frame checks and caps."""

    async def handle_message(self, message: Any) -> None:
        problem = frame_problem(message)
        if problem is not None:
            await self.websocket.close(code=BAD_FRAME, reason=problem)
            return
        try:
            await super().handle_message(message)
        except SocketLimitReached:
            await self.websocket.close(code=TOO_MANY, reason="too many open websockets")
        except DATABASE_UNAVAILABLE as error:
            log.warning(OUTAGE, error)
            await self.websocket.close(code=TRY_AGAIN_LATER, reason="try again later")
