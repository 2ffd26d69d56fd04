"""Optional OpenTelemetry tracing (the `otel` extra), off unless configured.

On (FIRMFLOW_OTEL=true, or OTEL_EXPORTER_OTLP_ENDPOINT set; firmflow/settings.py): spans
go to the OTLP/HTTP exporter configured by the standard OTEL_EXPORTER_OTLP_* variables,
with service.name from OTEL_SERVICE_NAME (default "firmflow"). Spans:
- one per HTTP request and websocket (opentelemetry-instrumentation-asgi), without its
  per-message receive/send spans;
- one per GraphQL operation (schema/observed.py), named "<type> <operation name>";
- one per DataLoader batch (firmflow/context.py) and per compiled-path resolver batch
  (`schema.common.batched`): one per batch of parents, never one per field.

Off, nothing of OpenTelemetry is imported: an operation costs one `is None` test, a
DataLoader none (its load function is used as it is) and a compiled batch one call.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Awaitable, Callable
from typing import Any

from firmflow.logs import REQUEST_ID

_tracer: Any = None
_provider: Any = None
_OFF = contextlib.nullcontext()


def enabled() -> bool:
    return _tracer is not None


def setup_tracing(exporter: Any = None) -> Any:
    """Turn tracing on for this process; spans go to `exporter` (tests: the SDK's in-memory
    exporter, sent at once) or to the OTLP exporter (batched). Returns the provider."""
    global _tracer, _provider
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    service = os.environ.get("OTEL_SERVICE_NAME") or "firmflow"
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    _provider = provider
    _tracer = provider.get_tracer("firmflow")
    return provider


def stop_tracing() -> None:
    """Send what is buffered and turn tracing off (the app's shutdown; tests)."""
    global _tracer, _provider
    provider, _provider, _tracer = _provider, None, None
    if provider is not None:
        provider.shutdown()


def asgi_middleware() -> list[Any]:
    """The HTTP/websocket server span layer (empty when tracing is off)."""
    if _provider is None:
        return []
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
    from starlette.middleware import Middleware

    return [
        Middleware(
            OpenTelemetryMiddleware,
            tracer_provider=_provider,
            exclude_spans=["receive", "send"],
        )
    ]


def wrap_asgi(app: Any) -> Any:
    """`app` inside the server span layer when tracing is on (the websocket path that skips
    the middleware stack, firmflow.app.FirmflowApp); else `app` itself."""
    if _provider is None:
        return app
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware

    return OpenTelemetryMiddleware(
        app, tracer_provider=_provider, exclude_spans=["receive", "send"]
    )


def operation_span(kind: str, name: str | None) -> Any:
    """The span of one GraphQL operation (a shared no-op context when tracing is off)."""
    if _tracer is None:
        return _OFF
    attributes = {"graphql.operation.type": kind}
    if name:
        attributes["graphql.operation.name"] = name
    request_id = REQUEST_ID.get()
    if request_id:
        attributes["firmflow.request_id"] = request_id
    return _tracer.start_as_current_span(f"{kind} {name}" if name else kind, attributes=attributes)


def traced_loader(name: str, load_fn: Callable[[list[Any]], Any]) -> Callable[[list[Any]], Any]:
    """A DataLoader's load function, with one span per batch when tracing is on (decided
    when the request's loader is made; off, the function itself)."""
    if _tracer is None:
        return load_fn
    tracer = _tracer

    async def load(keys: list[Any]) -> Any:
        with tracer.start_as_current_span(
            f"dataloader {name}", attributes={"firmflow.batch.size": len(keys)}
        ):
            return await load_fn(keys)

    return load


def traced_batch(
    batch: Callable[[Any, list[Any]], Awaitable[Any]], field: str
) -> Callable[..., Any]:
    """A compiled-path resolver batch (`schema.common.batched`, for `field`) with one span
    per call when tracing is on; off, one extra call per batch (per level, not per field)."""
    name = f"batch {field}"

    def call(info: Any, parents: list[Any]) -> Awaitable[Any]:
        if _tracer is None:
            return batch(info, parents)
        return _in_span(_tracer, name, len(parents), batch(info, parents))

    return call


async def _in_span(tracer: Any, name: str, size: int, work: Awaitable[Any]) -> Any:
    with tracer.start_as_current_span(name, attributes={"firmflow.batch.size": size}):
        return await work
