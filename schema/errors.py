"""Every GraphQL error leaves with a contract ErrorCode, or masked.

- A domain error (resolvers.errors) keeps its message and `extensions.code`.
- An error before execution (syntax, validation, query limits, bad variables, unknown enum
  values) is the caller's input: BAD_INPUT with graphql-core's message.
- A unique-constraint race is a CONFLICT.
- Anything else is logged here and answered with "Unexpected error." and nothing more: no
  stack trace, no SQL, no internal paths.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension
from tortoise.exceptions import IntegrityError

from resolvers.errors import DomainError
from schema.limits import introspection_allowed, viewer_of, without_suggestions

log = logging.getLogger("firmflow.errors")

UNEXPECTED = "Unexpected error."

# graphql-core's coercion messages end with ", found: <the whole input value>".
_FOUND = re.compile(r"[,;]? found: .*$", re.DOTALL)


def _with_code(error: GraphQLError, code: str, message: str | None = None) -> GraphQLError:
    return GraphQLError(
        message=message or error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={**(error.extensions or {}), "code": code},
    )


def classify_error(error: GraphQLError, *, hide_suggestions: bool = False) -> GraphQLError:
    """The error as the client may see it; without its "Did you mean" hints for callers
    who may not introspect the schema."""
    classified = _classify(error)
    if hide_suggestions and "Did you mean" in classified.message:
        return _with_code(
            classified,
            (classified.extensions or {}).get("code", "BAD_INPUT"),
            without_suggestions(classified.message),
        )
    return classified


def _classify(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error
    if isinstance(original, DomainError):
        return _with_code(error, original.code, original.message)
    if isinstance(original, IntegrityError):
        return _with_code(error, "CONFLICT", "this conflicts with an existing record")
    if (error.extensions or {}).get("code"):
        return error
    if isinstance(original, GraphQLError) and error.path is None:
        # Variable coercion (e.g. an unknown input field): the caller's input, said
        # without echoing it back (or into the log).
        return _with_code(error, "BAD_INPUT", _FOUND.sub(".", original.message))
    if original is None or error.path is None:
        # Before execution: parsing, validation, limits, variable coercion.
        if original is not None and not isinstance(original, (ValueError, TypeError)):
            log.error("unexpected error before execution", exc_info=original)
            return _with_code(error, "BAD_INPUT", "the request could not be read")
        return _with_code(error, "BAD_INPUT")
    log.error("unexpected error in %s", ".".join(map(str, error.path)), exc_info=original)
    return GraphQLError(
        message=UNEXPECTED,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
    )


class ErrorCodes(SchemaExtension):
    """Applies `classify_error` to every result, including subscription results."""

    def _classify_all(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        hide = not introspection_allowed(viewer_of(self.execution_context.context))
        return [classify_error(e, hide_suggestions=hide) for e in errors]

    def on_stream_result(self, result: Any) -> Iterator[None]:
        """Each result sent over a websocket (validation and limit errors included)."""
        self._streamed = True
        if getattr(result, "errors", None):
            result.errors = self._classify_all(result.errors)
        yield

    def on_operation(self) -> Iterator[None]:
        self._streamed = False
        yield
        if self._streamed:
            return  # every result was classified as it was sent
        result = self.execution_context.result
        if result is not None and getattr(result, "errors", None):
            result.errors = self._classify_all(result.errors or [])
        pre_errors = getattr(self.execution_context, "pre_execution_errors", None)
        if pre_errors:
            self.execution_context.pre_execution_errors = self._classify_all(pre_errors)
