"""The served GraphQL schema: each area's types and root fields, gathered here.

Areas: identity, jobs (statuses, pipelines, jobs), tasks (threads, client tasks, inbox),
requests (client requests), events (subscriptions).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import strawberry
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

from firmflow.settings import Limits, get_settings
from schema.audit import AuditQuery, audit_mutations
from schema.common import ErrorCode
from schema.compiled import execute_compiled
from schema.documents import DocumentCache, DocumentRules, document_extension, limit_rules
from schema.errors import ErrorCodes
from schema.events import SharedEventExecution, Subscription
from schema.identity import IdentityMutation, IdentityQuery
from schema.inbox import InboxMutation, InboxQuery
from schema.jobs_ops import JobsMutation, JobsQuery
from schema.limits import RequestLimits, query_timeout_seconds, timeout_error
from schema.observed import observed_execute, observed_stream, operation_of
from schema.persisted import PersistedQueries
from schema.portal import PortalQuery
from schema.requests import RequestsMutation, RequestsQuery
from schema.stage_work import StageWorkMutation, StageWorkQuery
from schema.tasks import TasksMutation, TasksQuery
from schema.webhooks import WebhooksMutation, WebhooksQuery


@strawberry.type
class Query(
    IdentityQuery,
    JobsQuery,
    TasksQuery,
    InboxQuery,
    RequestsQuery,
    StageWorkQuery,
    PortalQuery,
    AuditQuery,
    WebhooksQuery,
):
    pass


@strawberry.type
class Mutation(
    IdentityMutation,
    JobsMutation,
    TasksMutation,
    InboxMutation,
    RequestsMutation,
    StageWorkMutation,
    WebhooksMutation,
):
    pass


def schema_extensions(
    limits: Limits | None = None,
    cache: DocumentCache | None = None,
    rules: DocumentRules | None = None,
) -> list[Callable[[], SchemaExtension] | type]:
    """Parsing and validation through the document cache, with the abuse limits built once
    (`schema.documents`; the introspection policy is their per-request rule), the cost
    check before execution (`schema.limits`; without `limits`, the settings in force at
    each request), then error classification (factories: one instance per request)."""
    rules = rules or limit_rules(limits or get_settings().limits)
    return [
        document_extension(rules, cache or DocumentCache()),
        lambda: RequestLimits(limits),
        ErrorCodes,
    ]


class FirmflowSchema(strawberry.Schema):
    """strawberry logs every error with its stack, expected ones included; here
    `schema.errors.classify_error` logs the unexpected ones and the rest are answers.

    Query documents with a compiled plan are answered by it (`schema.compiled`), validated
    with the same rules and cache as every other request, and held to the same cost and
    time limits; the rest by strawberry.

    A query or mutation (over HTTP or a websocket) still running after
    FIRMFLOW_QUERY_TIMEOUT_SECONDS is cancelled and answered with TIMEOUT; a mutation's
    transaction is rolled back by the cancellation. Subscriptions run as long as they are
    open; each event's execution is small. (`_execute_operation` is strawberry's one step
    both paths run; strawberry is pinned to 0.341.x in pyproject.toml.)
    """

    documents: DocumentCache | None = None
    rules: DocumentRules | None = None
    persisted: PersistedQueries | None = None

    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        return None

    async def execute(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        allowed_operation_types: Any = None,
        operation_extensions: dict[str, Any] | None = None,
    ) -> ExecutionResult:
        if self.persisted is not None:  # APQ and trusted documents (schema/persisted.py)
            resolved = await self.persisted.document(query, operation_extensions, context_value)
            if isinstance(resolved, PreExecutionError):
                refused = resolved

                async def refusal() -> ExecutionResult:
                    return refused

                return await observed_execute(refusal, operation_name, "unknown")
            query = resolved

        def generic() -> Awaitable[ExecutionResult]:
            return super(FirmflowSchema, self).execute(
                query,
                variable_values=variable_values,
                context_value=context_value,
                root_value=root_value,
                operation_name=operation_name,
                allowed_operation_types=allowed_operation_types,
                operation_extensions=operation_extensions,
            )

        def answer() -> Awaitable[ExecutionResult]:
            if self.documents is None or self.rules is None:
                return generic()
            return execute_compiled(
                self,
                self.documents,
                self.rules,
                generic,
                query=query,
                variable_values=variable_values,
                context_value=context_value,
                root_value=root_value,
                operation_name=operation_name,
                allowed_operation_types=allowed_operation_types,
                operation_extensions=operation_extensions,
            )

        name, kind = self._operation_of(query, operation_name)
        return await observed_execute(answer, name, kind)

    def _operation_of(self, query: str | None, name: str | None) -> tuple[str | None, str]:
        max_tokens = self.rules.max_tokens if self.rules is not None else 5000
        return operation_of(self.documents, max_tokens, query, name)

    async def stream(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        operation_extensions: dict[str, Any] | None = None,
        allowed_operation_types: Any = None,
    ) -> Any:
        """Websocket operations (both protocols): trusted documents hold here too
        (schema/persisted.py); each is observed (`schema.observed`)."""
        if self.persisted is not None:
            resolved = await self.persisted.document(query, operation_extensions, context_value)
            if isinstance(resolved, PreExecutionError):
                return _one_result(resolved)
            query = resolved
        source = await super().stream(
            query,
            variable_values=variable_values,
            context_value=context_value,
            root_value=root_value,
            operation_name=operation_name,
            operation_extensions=operation_extensions,
            allowed_operation_types=allowed_operation_types,
        )
        name, kind = self._operation_of(query, operation_name)
        return observed_stream(source, name, kind)

    async def _execute_operation(self, execution_context: Any, *args: Any, **kwargs: Any) -> Any:
        seconds = query_timeout_seconds()
        try:
            async with asyncio.timeout(seconds) as deadline:
                return await super()._execute_operation(execution_context, *args, **kwargs)
        except TimeoutError:
            if not deadline.expired():
                raise
            result = GraphQLExecutionResult(data=None, errors=[timeout_error(seconds)])
            execution_context.result = result
            execution_context.pre_execution_errors = result.errors
            return result


async def _one_result(result: ExecutionResult) -> AsyncIterator[ExecutionResult]:
    yield result


def build_schema() -> strawberry.Schema:
    """The schema with the abuse limits of the settings in force."""
    rules = limit_rules(get_settings().limits)
    documents = DocumentCache()
    schema = FirmflowSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[ErrorCode],
        # Subscription events: one execution per (event, operation), shared by subscribers.
        execution_context_class=SharedEventExecution,
        extensions=schema_extensions(None, documents, rules),
    )
    schema.documents, schema.rules = documents, rules
    schema.persisted = PersistedQueries(documents, rules.max_tokens)
    audit_mutations(schema._schema)
    return schema
