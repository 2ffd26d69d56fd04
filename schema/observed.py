"""Each GraphQL operation observed once: its name, type and duration logged (on the HTTP
request's access line; a websocket subscription's start and end on lines of their own),
metrics (firmflow/metrics.py), and a span when tracing is on (firmflow/tracing.py).

`FirmflowSchema.execute` (HTTP queries and mutations, the compiled path included) and
`FirmflowSchema.stream` (every websocket operation, both protocols) call these; nothing
here runs per field. The operation's name and type come from the document cache, where the
request's document is parsed anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

from graphql import OperationDefinitionNode

from firmflow import tracing
from firmflow.logs import ACCESS_FIELDS
from firmflow.metrics import ERRORS, OPERATION_SECONDS, OPERATIONS, operation_label
from schema.documents import DocumentCache

log = logging.getLogger("firmflow.graphql")


def operation_of(
    documents: DocumentCache | None, max_tokens: int, query: str | None, name: str | None
) -> tuple[str | None, str]:
    """(operation name, type) of a request: the named operation of the document, or its
    only one; type "unknown" when the document does not parse or has no such operation."""
    if not query or documents is None:
        return name, "unknown"
    document = documents.parsed(query, max_tokens)
    if document is None:
        return name, "unknown"
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            own = definition.name.value if definition.name else None
            if name is None or own == name:
                return own, definition.operation.value
    return name, "unknown"


def _error_codes(errors: Any) -> list[str]:
    return [
        str((getattr(error, "extensions", None) or {}).get("code") or "UNEXPECTED")
        for error in errors or ()
    ]


def _count_errors(codes: list[str]) -> None:
    for code in codes:
        ERRORS.labels(code).inc()


_children: dict[tuple[str, str], tuple[Any, Any]] = {}


def _http_metrics(label: str, kind: str) -> tuple[Any, Any]:
    """The (counter, histogram) series of an HTTP operation, looked up once per label."""
    key = (label, kind)
    series = _children.get(key)
    if series is None:
        series = (
            OPERATIONS.labels(label, kind, "http"),
            OPERATION_SECONDS.labels(label, kind, "http"),
        )
        _children[key] = series
    return series


async def observed_execute(
    execute: Callable[[], Awaitable[Any]], name: str | None, kind: str
) -> Any:
    """Run one HTTP operation; count and time it (and trace it when tracing is on). Its
    name, type, duration and error codes are said on the request's access line
    (firmflow/logs.py); outside a served request, on a line of their own."""
    start = time.perf_counter()
    with tracing.operation_span(kind, name):
        result = await execute()
    seconds = time.perf_counter() - start
    counter, histogram = _http_metrics(operation_label(name), kind)
    counter.inc()
    histogram.observe(seconds)
    codes = _error_codes(result.errors) if result.errors else []
    _count_errors(codes)
    fields = {
        "operation": name,
        "operation_type": kind,
        "duration_ms": round(seconds * 1000, 2),
        "error_codes": codes,
    }
    access = ACCESS_FIELDS.get()
    if access is not None:
        access.update(fields)
    elif log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s answered in %.1f ms%s",
            kind,
            name or "(anonymous)",
            seconds * 1000,
            f" with errors {','.join(codes)}" if codes else "",
            extra={**fields, "transport": "http"},
        )
    return result


async def observed_stream(
    source: AsyncGenerator[Any, None], name: str | None, kind: str
) -> AsyncGenerator[Any, None]:
    """A websocket operation's results, passed through; a subscription's start and end are
    logged (with its duration and number of results), any operation is counted."""
    start = time.perf_counter()
    label = operation_label(name)
    details = {"operation": name, "operation_type": kind, "transport": "websocket"}
    if kind == "subscription":
        log.info("subscription %s started", name or "(anonymous)", extra=details)
    results = 0
    codes: list[str] = []
    try:
        async for result in source:
            results += 1
            errors = getattr(result, "errors", None)
            if errors:
                found = _error_codes(errors)
                _count_errors(found)
                codes.extend(found)
            yield result
    finally:
        await source.aclose()
        seconds = time.perf_counter() - start
        OPERATIONS.labels(label, kind, "websocket").inc()
        if kind != "subscription":
            OPERATION_SECONDS.labels(label, kind, "websocket").observe(seconds)
        log.info(
            "%s %s ended after %.1f ms, %d result(s)%s",
            kind,
            name or "(anonymous)",
            seconds * 1000,
            results,
            f", errors {','.join(codes[:10])}" if codes else "",
            extra={
                **details,
                "duration_ms": round(seconds * 1000, 2),
                "results": results,
                "error_codes": codes[:10],
            },
        )
