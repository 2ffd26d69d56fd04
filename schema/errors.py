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
from collections.abc import Iterator
from typing import Any

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension
from tortoise.exceptions import IntegrityError

from resolvers.errors import DomainError

log = logging.getLogger("firmflow.errors")

UNEXPECTED = "Unexpected error."


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


def classify_error(error: GraphQLError) -> GraphQLError:
    """The error as the client may see it."""
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error
    if isinstance(original, DomainError):
        return _with_code(error, original.code, original.message)
    if isinstance(original, IntegrityError):
        return _with_code(error, "CONFLICT", "this conflicts with an existing record")
    if (error.extensions or {}).get("code"):
        return error
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

    def on_stream_result(self, result: Any) -> Iterator[None]:
        """Each result sent over a websocket (validation and limit errors included)."""
        self._streamed = True
        if getattr(result, "errors", None):
            result.errors = [classify_error(e) for e in result.errors]
        yield

    def on_operation(self) -> Iterator[None]:
        self._streamed = False
        yield
        if self._streamed:
            return  # every result was classified as it was sent
        result = self.execution_context.result
        if result is not None and getattr(result, "errors", None):
            result.errors = [classify_error(e) for e in result.errors or []]
        pre_errors = getattr(self.execution_context, "pre_execution_errors", None)
        if pre_errors:
            self.execution_context.pre_execution_errors = [classify_error(e) for e in pre_errors]
