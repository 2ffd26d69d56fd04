"""The ASGI app: GraphQL over HTTP and websockets, health, files; lifespan wiring."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.types.unset import UnsetType
from tortoise import Tortoise, connections

from firmflow.context import Context
from firmflow.db import migrate, tortoise_config
from firmflow.files import download_file
from firmflow.settings import Settings, ensure_secret_key, get_settings, use_settings
from resolvers.auth import (
    bearer_token,
    viewer_from_authorization,
    viewer_from_token,
)
from resolvers.errors import DomainError
from resolvers.outbox import run_mail_sender
from resolvers.reminders import run_reminder_timer
from resolvers.request_answers import third_party_from_token
from schema import build_schema
from schema.errors import UNEXPECTED
from subscriptions.broadcast import current_broadcast, start_broadcast, stop_broadcast
from subscriptions.hub import start_hub, stop_hub
from subscriptions.retention import run_event_pruner

log = logging.getLogger("firmflow")


def client_address(request: Request | WebSocket) -> str:
    return request.client.host if request.client else "unknown"


def is_csrf_safe(request: Request) -> bool:
    """Multipart requests must carry a header a plain HTML form cannot send."""
    content_type = request.headers.get("content-type", "").strip().lower()
    if not content_type.startswith("multipart/"):
        return True
    if request.headers.get("apollo-require-preflight"):
        return True
    return any(name.lower().startswith("x-") for name in request.headers)


class LegacyWsHandler(BaseGraphQLWSHandler[Context, None]):
    """The legacy graphql-ws protocol, closing a refused connection_init with 4403 (as
    graphql-transport-ws does) instead of strawberry's 1011 "internal error"."""

    async def handle_connection_init(self, message: Any) -> None:
        payload = message.get("payload")
        if payload is not None and not isinstance(payload, dict):
            await self.send_message({"type": "connection_error"})
            await self.websocket.close(code=4403, reason="")
            return
        self.context.connection_params = payload
        try:
            ack_payload = await self.view.on_ws_connect(self.context)
        except ConnectionRejectionError as error:
            await self.send_message({"type": "connection_error", "payload": error.payload})
            await self.websocket.close(code=4403, reason="Forbidden")
            return
        if ack_payload is None or isinstance(ack_payload, UnsetType):
            await self.send_message({"type": "connection_ack"})
        else:
            await self.send_message({"type": "connection_ack", "payload": ack_payload})
        self.connection_acknowledged = True
        if self.keep_alive:
            self.keep_alive_task = asyncio.create_task(self.handle_keep_alive())


class FirmflowGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI app with firmflow's authentication and CSRF guard."""

    graphql_ws_handler_class = LegacyWsHandler

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        context = Context(
            request=request, response=response, client_address=client_address(request)
        )
        if isinstance(request, Request):
            try:
                context.viewer = await viewer_from_authorization(
                    request.headers.get("authorization")
                )
            except Exception as error:
                # A bad token (UNAUTHENTICATED) or a failure such as the database being down
                # (masked): raised where a resolver reads the viewer, so `login` still works.
                context.auth_error = error
        return context

    async def on_ws_connect(self, context: Context) -> Any:
        """Authenticate a websocket from its connection_init payload (4403 when refused)."""
        params = context.connection_params or {}
        if not isinstance(params, dict):
            raise ConnectionRejectionError({"reason": "connection_init payload must be an object"})
        viewer = None
        if params.get("requestToken"):
            # Wrong request links count toward the per-address limit, as over HTTP.
            try:
                viewer = await third_party_from_token(
                    str(params["requestToken"]), client_address=context.client_address
                )
            except DomainError as error:
                raise ConnectionRejectionError({"reason": error.message}) from None
        elif params.get("authorization") or params.get("Authorization"):
            header = params.get("authorization") or params.get("Authorization")
            viewer = await viewer_from_token(bearer_token(str(header)))
        if viewer is None:
            raise ConnectionRejectionError({"reason": "missing or invalid credentials"})
        context.viewer = viewer
        return None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive=receive)
        limit = multipart_body_limit(request)
        if limit is not None:
            if int(request.headers.get("content-length") or 0) > limit:
                await too_large(limit)(scope, receive, send)
                return
            request = Request(scope, receive=limited_receive(receive, limit))
        if request.method == "POST" and not is_csrf_safe(request):
            response = error_response(
                "multipart requests need the header 'Apollo-Require-Preflight: true'"
                " (CSRF protection)",
                400,
            )
        else:
            try:
                response = await self.run(request)
            except BodyTooLarge:
                response = too_large(limit or 0)
            except HTTPException as error:
                # strawberry answers unreadable requests in plain text; clients get the same
                # GraphQL error shape as everywhere else.
                response = error_response(error.reason, error.status_code)
            except Exception:
                log.exception("unexpected error outside GraphQL execution")
                response = error_response(UNEXPECTED, 500, code=None)
        await response(scope, receive, send)


class BodyTooLarge(Exception):
    """A multipart body grew past the upload limit while it was arriving."""


# Room for the multipart request's `operations` and `map` parts beside the file itself.
MULTIPART_OVERHEAD_BYTES = 1_048_576


def multipart_body_limit(request: Request) -> int | None:
    """The most bytes a multipart request may send (None for other requests): uploads are
    refused while they arrive, not after the whole body was spooled to disk."""
    if not request.headers.get("content-type", "").strip().lower().startswith("multipart/"):
        return None
    return get_settings().max_upload_bytes + MULTIPART_OVERHEAD_BYTES


def limited_receive(receive: Any, limit: int) -> Any:
    """`receive`, raising BodyTooLarge once more than `limit` body bytes have arrived."""
    seen = 0

    async def receive_within_limit() -> Any:
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return message

    return receive_within_limit


def too_large(limit: int) -> Response:
    return error_response(
        f"the upload is larger than FIRMFLOW_MAX_UPLOAD_BYTES allows ({limit} bytes with the"
        " request's other parts)",
        413,
    )


def error_response(message: str, status_code: int, code: str | None = "BAD_INPUT") -> Response:
    error: dict[str, Any] = {"message": message}
    if code is not None:
        if status_code == 404:
            code = "NOT_FOUND"
        error["extensions"] = {"code": code}
    return JSONResponse({"data": None, "errors": [error]}, status_code=status_code)


async def healthz(request: Request) -> Response:
    """200 when the database and the broadcast backend answer, 503 otherwise."""
    problems: list[str] = []
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:
        problems.append("database")
    broadcast = current_broadcast()
    settings: Settings = request.app.state.settings
    if broadcast is None:
        problems.append("broadcast")
    elif settings.broadcast_url.startswith("redis"):
        import redis.asyncio as aioredis

        client = aioredis.from_url(settings.broadcast_url, socket_timeout=2)
        try:
            await client.ping()  # type: ignore[misc]  # redis-py types it sync-or-async
        except Exception:
            problems.append("broadcast")
        finally:
            await client.aclose()
    if problems:
        return JSONResponse({"status": "unavailable", "failing": problems}, status_code=503)
    return JSONResponse({"status": "ok"})


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """The firmflow app. With `manage_database`, the lifespan migrates and opens the ORM;
    tests that manage the database themselves pass False."""
    settings = use_settings(ensure_secret_key(settings or get_settings()))
    graphql = FirmflowGraphQL(
        build_schema(),
        graphql_ide="graphiql" if settings.graphiql else None,
        multipart_uploads_enabled=True,
        connection_init_wait_timeout=timedelta(seconds=settings.connection_init_wait_seconds),
        # Legacy graphql-ws clients expect "ka" messages; graphql-transport-ws keep-alive is
        # uvicorn's websocket ping (ws_ping_interval, FIRMFLOW_WS_PING_SECONDS).
        keep_alive=True,
        keep_alive_interval=settings.ws_ping_seconds,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_database:
            applied = await migrate(settings.database_url)
            if applied:
                log.info("applied migrations: %s", ", ".join(applied))
            # Global fallback: uvicorn serves requests outside the lifespan task's context,
            # where a context-local ORM connection would not be visible (every query failed).
            await Tortoise.init(
                config=tortoise_config(settings.database_url), _enable_global_fallback=True
            )
        broadcast = await start_broadcast(settings.broadcast_url)
        await start_hub(
            broadcast,
            settings.broadcast_channel,
            queue_size=settings.subscriber_queue_size,
            catch_up_seconds=settings.event_catch_up_seconds,
        )
        stop = asyncio.Event()
        workers = [
            asyncio.create_task(run_mail_sender(stop)),
            asyncio.create_task(run_reminder_timer(stop, settings.reminder_interval_seconds)),
            asyncio.create_task(run_event_pruner(stop, settings.event_prune_interval_seconds)),
        ]
        try:
            yield
        finally:
            stop.set()
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            await stop_hub()
            await stop_broadcast()
            if manage_database:
                await Tortoise.close_connections()

    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/files/{file_id}", download_file),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    return app
