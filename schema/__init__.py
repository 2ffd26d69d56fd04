"""The served GraphQL schema: each area's types and root fields, gathered here.

Areas: identity, jobs (statuses, pipelines, jobs), tasks (threads, client tasks, inbox),
requests (client requests), events (subscriptions).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import strawberry
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from firmflow.settings import Limits, get_settings
from schema.common import ErrorCode
from schema.errors import ErrorCodes
from schema.events import SharedEventExecution, Subscription
from schema.identity import IdentityMutation, IdentityQuery
from schema.inbox import InboxMutation, InboxQuery
from schema.jobs_ops import JobsMutation, JobsQuery
from schema.limits import RequestLimits
from schema.requests import RequestsMutation, RequestsQuery
from schema.tasks import TasksMutation, TasksQuery


@strawberry.type
class Query(IdentityQuery, JobsQuery, TasksQuery, InboxQuery, RequestsQuery):
    pass


@strawberry.type
class Mutation(IdentityMutation, JobsMutation, TasksMutation, InboxMutation, RequestsMutation):
    pass


def schema_extensions(limits: Limits | None = None) -> list[Callable[[], SchemaExtension] | type]:
    """The abuse limits (schema/limits.py; without `limits`, the settings in force at each
    request), then error classification (factories: one instance per request)."""
    return [lambda: RequestLimits(limits), ErrorCodes]


class FirmflowSchema(strawberry.Schema):
    """strawberry logs every error with its stack, expected ones included; here
    `schema.errors.classify_error` logs the unexpected ones and the rest are answers.

    A query or mutation (over HTTP or a websocket) still running after
    FIRMFLOW_QUERY_TIMEOUT_SECONDS is cancelled and answered with TIMEOUT; a mutation's
    transaction is rolled back by the cancellation. Subscriptions run as long as they are
    open; each event's execution is small. (`_execute_operation` is strawberry's one step
    both paths run; strawberry is pinned to 0.341.x in pyproject.toml.)
    """

    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        return None

    async def _execute_operation(self, execution_context: Any, *args: Any, **kwargs: Any) -> Any:
        seconds = get_settings().limits.query_timeout_seconds
        try:
            async with asyncio.timeout(seconds) as deadline:
                return await super()._execute_operation(execution_context, *args, **kwargs)
        except TimeoutError:
            if not deadline.expired():
                raise
            result = GraphQLExecutionResult(
                data=None,
                errors=[
                    GraphQLError(
                        f"the request took longer than {seconds:g} s and was stopped"
                        " (FIRMFLOW_QUERY_TIMEOUT_SECONDS)",
                        extensions={"code": "TIMEOUT"},
                    )
                ],
            )
            execution_context.result = result
            execution_context.pre_execution_errors = result.errors
            return result


def build_schema() -> strawberry.Schema:
    """The schema with the abuse limits of the settings in force."""
    return FirmflowSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[ErrorCode],
        # Subscription events: one execution per (event, operation), shared by subscribers.
        execution_context_class=SharedEventExecution,
        extensions=schema_extensions(),
    )
