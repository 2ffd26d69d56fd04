"""GraphQL over HTTP: the spec's `application/graphql-response+json` beside the legacy
`application/json`, chosen by the request's Accept header.

A client that names `application/graphql-response+json` (and ranks it at least as high as
`application/json`) gets that media type, and a *request error* (the request failed before
execution began: the document does not parse or validate, its variables cannot be coerced,
the operation is unknown, the document is refused) comes back with HTTP 400 and no `data`
key, as the spec asks. Every other client (no Accept, `*/*`, `application/json`) gets
exactly what it always got: `application/json`, HTTP 200 and `"data": null` beside the
errors. `tests/test_graphql_over_http.py` runs the official audit (graphql-http's
`serverAudits`) against a real `firmflow serve`.
"""

from __future__ import annotations

from typing import Any

from strawberry.types.execution import PreExecutionError

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"


def response_media_type(accept: str | None) -> str:
    """The media type to answer with: `application/graphql-response+json` when the Accept
    header names it with a weight (q) at least that of `application/json`, else JSON."""
    weights = {GRAPHQL_RESPONSE_JSON: 0.0, JSON: 0.0}
    for part in (accept or "").split(","):
        media, _, params = part.partition(";")
        media = media.strip().lower()
        if media not in weights:
            continue
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        weights[media] = max(weights[media], weight)
    preferred = weights[GRAPHQL_RESPONSE_JSON]
    return GRAPHQL_RESPONSE_JSON if preferred > 0 and preferred >= weights[JSON] else JSON


def is_request_error(result: Any) -> bool:
    """Whether nothing of the operation ran: strawberry answers parsing, validation and a
    refusal before execution (a limit, the cost check, an unknown persisted query) with a
    `PreExecutionError`; graphql-core answers bad variables and an unknown or ambiguous
    operation name with `data: null` and errors that have no `path`. An execution error
    (a field's) always has a path, except TIMEOUT: execution began and ran out of time,
    so its `data: null` stays."""
    if isinstance(result, PreExecutionError):
        return True
    errors = getattr(result, "errors", None) or []
    return (
        getattr(result, "data", None) is None
        and bool(errors)
        and all(
            error.path is None and (error.extensions or {}).get("code") != "TIMEOUT"
            for error in errors
        )
    )
