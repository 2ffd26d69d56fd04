"""The ASGI app: GraphQL over HTTP and websockets, health, files; lifespan wiring."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType
from tortoise import Tortoise, connections

from eventstore.autocommit import watch_autocommit_writes
from eventstore.uow import acting_for_firm, reset_acting_firm
from eventstore.versions import start_versions, stop_versions
from firmflow import tracing
from firmflow.addresses import client_address
from firmflow.context import Context
from firmflow.db import migrate, migrations_location, tortoise_config
from firmflow.drain import DRAIN, drain_on_sigterm
from firmflow.files import download_file
from firmflow.graphql_http import (
    GRAPHQL_RESPONSE_JSON,
    is_request_error,
    response_media_type,
)
from firmflow.logs import RequestIds, install_request_ids
from firmflow.metrics import metrics_endpoint, process_ended, run_pool_sampler
from firmflow.settings import Settings, ensure_secret_key, get_settings, use_settings
from firmflow.webclient import STATIC_DIR, client_routes
from firmflow.websockets import SOCKETS, LegacyWSHandlerBase, TransportWSHandler, token_key
from resolvers.auth import (
    bearer_token,
    viewer_from_authorization,
    viewer_from_token,
)
from resolvers.errors import DomainError
from resolvers.outbox import run_mail_sender
from resolvers.reminders import run_reminder_timer
from resolvers.request_answers import third_party_from_token
from resolvers.webhook_delivery import run_webhook_worker
from schema import build_schema
from schema.errors import UNEXPECTED
from schema.observed import observed_execute
from schema.responses import ResponseCache, encoded_answer, response_cache
from subscriptions.broadcast import current_broadcast, start_broadcast, stop_broadcast
from subscriptions.hub import start_hub, stop_hub
from subscriptions.retention import run_event_pruner

log = logging.getLogger("firmflow")


def is_csrf_safe(request: Request) -> bool:
    """Multipart requests must carry a header a plain HTML form cannot send."""
    content_type = request.headers.get("content-type", "").strip().lower()
    if not content_type.startswith("multipart/"):
        return True
    if request.headers.get("apollo-require-preflight"):
        return True
    return any(name.lower().startswith("x-") for name in request.headers)


class LegacyWsHandler(LegacyWSHandlerBase):
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


GRAPHIQL_PAGE = STATIC_DIR / "graphiql" / "index.html"


class FirmflowGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI app with firmflow's authentication, CSRF guard and response cache
    (`schema.responses`: repeated queries of a viewer answered with the kept bytes while its
    firm's data version is unchanged)."""

    graphql_ws_handler_class = LegacyWsHandler
    graphql_transport_ws_handler_class = TransportWSHandler

    def __init__(self, schema: Any, **options: Any) -> None:
        super().__init__(schema, **options)
        rules = getattr(schema, "rules", None)
        self.responses: ResponseCache = response_cache(
            getattr(schema, "documents", None), rules.max_tokens if rules else 0
        )

    async def execute_single(
        self,
        request: Any,
        request_adapter: Any,
        sub_response: Any,
        context: Context,
        root_value: Any,
        request_data: Any,
    ) -> Any:
        """A query of a signed-in viewer goes through the response cache; the rest as usual."""
        pending = None
        if context.auth_error is None:
            pending = await self.responses.lookup(
                viewer=context.viewer,
                query=request_data.query,
                operation_name=request_data.operation_name,
                variables=request_data.variables,
            )
        if pending is not None and pending.hit is not None:
            hit = ExecutionResult(data=pending.hit, errors=None)

            async def kept() -> ExecutionResult:
                return hit

            # Counted and logged as any answered operation (schema/observed.py).
            name, kind = self.schema._operation_of(  # type: ignore[attr-defined]
                request_data.query, request_data.operation_name
            )
            return await observed_execute(kept, name, kind)
        result = await super().execute_single(
            request=request,
            request_adapter=request_adapter,
            sub_response=sub_response,
            context=context,
            root_value=root_value,
            request_data=request_data,
        )
        return pending.keep(result) if pending is not None else result

    def encode_json(self, data: object) -> str | bytes:
        """A kept answer is sent as the bytes it was kept as."""
        encoded = encoded_answer(data)
        return encoded if encoded is not None else super().encode_json(data)

    @property
    def graphql_ide_html(self) -> str:
        """GraphiQL from the package's own files (firmflow/static/graphiql), not from a
        CDN: the page works behind a firewall or with no network at all."""
        return GRAPHIQL_PAGE.read_text()

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
            # What this request commits changes the caller's firm (eventstore.uow; reset
            # when the request ends, in __call__).
            acting_for_firm(context._viewer.firm_id)
        return context

    def should_render_graphql_ide(self, request: Any) -> bool:
        """GraphiQL for a browser's GET without a query; a GET carrying `extensions` (an
        APQ hash alone, sent with `Accept: */*` by Apollo's link) is a GraphQL request."""
        if request.query_params.get("extensions") is not None:
            return False
        return super().should_render_graphql_ide(request)

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        """The response headers' holder; it carries the media type the request's Accept
        header chose (firmflow.graphql_http) to `create_response`."""
        sub_response = await super().get_sub_response(request)
        sub_response.media_type = response_media_type(request.headers.get("accept"))
        return sub_response

    async def process_result(self, request: Request, result: Any) -> Any:
        """GraphQL over HTTP: a request error answered as application/graphql-response+json
        has no `data` key (application/json answers keep their `"data": null`)."""
        answer = await super().process_result(request, result)
        wanted = response_media_type(request.headers.get("accept"))
        if wanted == GRAPHQL_RESPONSE_JSON and is_request_error(result):
            answer.pop("data", None)
        return answer

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        """application/graphql-response+json when the request asked for it, with HTTP 400
        for a request error (an answer without `data`); application/json as always."""
        response = super().create_response(response_data, sub_response)
        if sub_response.media_type == GRAPHQL_RESPONSE_JSON:
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
            if (
                isinstance(response_data, dict)
                and "data" not in response_data
                and not sub_response.status_code
            ):
                response.status_code = 400
        return response

    async def parse_http_body(self, request: Any) -> Any:
        """strawberry's reading of the request, with `operationName` held to a string or
        null (an object or a list there was a 500): BAD_INPUT, HTTP 400."""
        request_data = await super().parse_http_body(request)
        for item in request_data if isinstance(request_data, list) else [request_data]:
            if not isinstance(item.operation_name, (str, type(None))):
                raise HTTPException(
                    400, "The GraphQL operation's `operationName` must be a string or null."
                )
        return request_data

    def parse_json(self, data: str | bytes) -> Any:
        """A request's JSON (body, `variables`, multipart `operations`): an object of valid
        UTF-8 without lone surrogates, or BAD_INPUT (HTTP 400), never a 500 later."""
        return parse_json_object(data)

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
        key = token_key(viewer)
        if key is not None:
            SOCKETS.claim_token(key)  # SocketLimitReached: the handler closes with 4429
            context.socket_token_key = key
        context.viewer = viewer
        context.connection_params = None  # read; the socket need not keep the credentials
        return None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        send = with_security_headers(send)
        request = Request(scope, receive=receive)
        limit = body_limit(request)
        if content_length(request) > limit:
            await too_large(request, limit)(scope, receive, send)
            return
        request = Request(scope, receive=limited_receive(receive, limit))
        media_type = response_media_type(request.headers.get("accept"))
        if request.method == "POST" and not is_csrf_safe(request):
            response = error_response(
                "multipart requests need the header 'Apollo-Require-Preflight: true'"
                " (CSRF protection)",
                400,
                media_type=media_type,
            )
        else:
            acting = acting_for_firm(None)
            try:
                response = await self.run(request)
            except BodyTooLarge:
                response = too_large(request, limit)
            except HTTPException as error:
                # strawberry answers unreadable requests in plain text; clients get the same
                # GraphQL error shape as everywhere else.
                response = error_response(error.reason, error.status_code, media_type=media_type)
            except Exception:
                log.exception("unexpected error outside GraphQL execution")
                response = error_response(UNEXPECTED, 500, code=None, media_type=media_type)
            finally:
                reset_acting_firm(acting)
        await response(scope, receive, send)


def parse_json_object(data: str | bytes) -> dict[str, Any]:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "the request body is not valid UTF-8") from None
    try:
        value = json.loads(data)
    except ValueError:
        raise HTTPException(400, "Unable to parse request body as JSON") from None
    if not isinstance(value, dict):
        raise HTTPException(400, "the request must be a JSON object")
    if has_lone_surrogate(value):
        raise HTTPException(400, "the request contains a lone surrogate (\\ud800-\\udfff)")
    return value


def has_lone_surrogate(value: Any) -> bool:
    """True when a string of this JSON value (keys included) is not valid Unicode: a lone
    surrogate escape such as "\\ud800" cannot be stored, sent or answered."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class BodyTooLarge(Exception):
    """A body grew past its limit while it was arriving."""


# Room for the multipart request's `operations` and `map` parts beside the file itself.
MULTIPART_OVERHEAD_BYTES = 1_048_576


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").strip().lower().startswith("multipart/")


def body_limit(request: Request) -> int:
    """The most bytes a request may send: uploads FIRMFLOW_MAX_UPLOAD_BYTES (plus room for
    the other parts), anything else FIRMFLOW_MAX_BODY_BYTES. Bodies are refused while they
    arrive (or at once from Content-Length), never after being buffered whole."""
    settings = get_settings()
    if is_multipart(request):
        return settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES
    return settings.limits.max_body_bytes


def content_length(request: Request) -> int:
    try:
        return int(request.headers.get("content-length") or 0)
    except ValueError:
        return 0


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


def too_large(request: Request, limit: int) -> Response:
    if is_multipart(request):
        message = (
            f"the upload is larger than FIRMFLOW_MAX_UPLOAD_BYTES allows ({limit} bytes with"
            " the request's other parts)"
        )
    else:
        message = f"the request body is larger than FIRMFLOW_MAX_BODY_BYTES ({limit} bytes)"
    media_type = response_media_type(request.headers.get("accept"))
    return error_response(message, 413, media_type=media_type)


# Every /graphql answer: no MIME sniffing, no framing, no referrer. JSON answers may load
# nothing; the GraphiQL page (HTML) may load its own assets ('self', where a vendored
# GraphiQL lives), the CDN strawberry's page uses, its inline boot script, and talk to
# this origin (HTTP and websockets).
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
JSON_CSP = b"default-src 'none'; frame-ancestors 'none'"
GRAPHIQL_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com;"
    b" style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data:;"
    b" font-src 'self' data: https://unpkg.com; connect-src 'self';"
    b" frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def with_security_headers(send: Any) -> Any:
    """`send`, adding SECURITY_HEADERS and a Content-Security-Policy to the response."""

    async def send_with_headers(message: Any) -> None:
        if message.get("type") == "http.response.start":
            headers = list(message.get("headers", []))
            names = {name.lower() for name, _ in headers}
            html = any(
                name.lower() == b"content-type" and value.lower().startswith(b"text/html")
                for name, value in headers
            )
            headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
            if b"content-security-policy" not in names:
                headers.append((b"content-security-policy", GRAPHIQL_CSP if html else JSON_CSP))
            message = {**message, "headers": headers}
        await send(message)

    return send_with_headers


def error_response(
    message: str,
    status_code: int,
    code: str | None = "BAD_INPUT",
    media_type: str = "application/json",
) -> Response:
    """A request refused before GraphQL: `{"data": null, "errors": [...]}` as
    application/json, or without `data` as application/graphql-response+json."""
    error: dict[str, Any] = {"message": message}
    if code is not None:
        if status_code == 404:
            code = "NOT_FOUND"
        error["extensions"] = {"code": code}
    if media_type == GRAPHQL_RESPONSE_JSON:
        return JSONResponse(
            {"errors": [error]},
            status_code=status_code,
            media_type=f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8",
        )
    return JSONResponse({"data": None, "errors": [error]}, status_code=status_code)


async def livez(request: Request) -> Response:
    """200 while the process serves requests at all (a liveness probe: no dependency checked,
    so a database outage never gets the process restarted)."""
    return JSONResponse({"status": "alive"})


async def readyz(request: Request) -> Response:
    """200 when this process can serve: the database and broadcast answer (as /healthz) and
    every migration of the code is applied; 503 naming what fails otherwise, and from the
    moment a SIGTERM starts the drain (firmflow/drain.py)."""
    if DRAIN.draining:
        return JSONResponse({"status": "unavailable", "failing": ["draining"]}, status_code=503)
    problems = await _failing_dependencies(request)
    if "database" not in problems and not await _migrations_applied():
        problems.append("migrations")
    if problems:
        return JSONResponse({"status": "unavailable", "failing": problems}, status_code=503)
    return JSONResponse({"status": "ready"})


async def _migrations_applied() -> bool:
    """Every migration file of this dialect is recorded in aerich's table."""
    conn = connections.get("default")
    location = migrations_location(get_settings().database_url) / "models"
    wanted = {path.stem for path in location.glob("*.py") if path.stem[0].isdigit()}
    try:
        _, rows = await conn.execute_query("SELECT version FROM aerich WHERE app = 'models'")
    except Exception:
        return False
    applied = {str(row["version"]).removesuffix(".py") for row in rows}
    return wanted <= applied


async def healthz(request: Request) -> Response:
    """200 when the database and the broadcast backend answer, 503 otherwise."""
    problems = await _failing_dependencies(request)
    if problems:
        return JSONResponse({"status": "unavailable", "failing": problems}, status_code=503)
    return JSONResponse({"status": "ok"})


async def _failing_dependencies(request: Request) -> list[str]:
    """Which of the database and the broadcast backend do not answer."""
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
    return problems


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """The firmflow app. With `manage_database`, the lifespan migrates and opens the ORM;
    tests that manage the database themselves pass False."""
    settings = use_settings(ensure_secret_key(settings or get_settings()))
    install_request_ids()
    if settings.otel and not tracing.enabled():
        tracing.setup_tracing()
    schema = build_schema()
    graphql = FirmflowGraphQL(
        schema,
        graphql_ide="graphiql" if settings.graphiql else None,
        multipart_uploads_enabled=True,
        # Capped by firmflow.websockets (FIRMFLOW_MAX_SUBSCRIPTIONS_PER_SOCKET).
        max_subscriptions_per_connection=None,
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
        start_versions(settings.broadcast_url, settings.broadcast_channel)
        watch_autocommit_writes()
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
            asyncio.create_task(run_webhook_worker(stop, broadcast, settings.broadcast_channel)),
            asyncio.create_task(run_pool_sampler(stop)),
        ]
        undo_drain = drain_on_sigterm(settings.drain_seconds)
        try:
            yield
        finally:
            undo_drain()
            stop.set()
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            await stop_hub()
            await stop_broadcast()
            await stop_versions()
            if manage_database:
                await Tortoise.close_connections()
            process_ended()

    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/livez", livez),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/files/{file_id}", download_file),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
        *client_routes(schema.as_str()),
    ]
    middleware = [
        Middleware(RequestIds),  # outermost: every line of a request carries its id
        *tracing.asgi_middleware(),
        *cors_middleware(settings),
    ]
    app = FirmflowApp(routes=routes, lifespan=lifespan, middleware=middleware)
    # A /graphql websocket skips the middleware stack (FirmflowApp) but not its request id
    # (nor, when tracing, its server span).
    app.graphql_sockets = RequestIds(tracing.wrap_asgi(graphql))
    app.state.settings = settings
    return app


class FirmflowApp(Starlette):
    """Starlette, except that a websocket to /graphql goes straight to the GraphQL app.

    Such a socket lives for hours and is written to for every event it may see: through
    Starlette's middleware, every frame went through the exception middleware's send
    wrapper, and each socket kept the middleware's and the router's frames alive (about
    3 KiB; bench/README.md). None of them does anything for it: CORS is for HTTP, and an
    error inside the GraphQL app reaches uvicorn either way (which closes the socket)."""

    graphql_sockets: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "websocket" and self.graphql_sockets is not None:
            path, root = scope["path"], scope.get("root_path", "")
            if root and path.startswith(root):
                path = path[len(root) :]
            if path == "/graphql":
                scope["app"] = self
                await self.graphql_sockets(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def cors_middleware(settings: Settings) -> list[Middleware]:
    """Browser apps on the origins of FIRMFLOW_CORS_ORIGINS may call the API (preflight
    included); no origin is allowed by default. Bearer tokens travel in a header, so no
    cookies or credentials are allowed cross-origin."""
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["authorization", "content-type", "apollo-require-preflight"],
            allow_credentials=False,
            max_age=600,
        )
    ]
