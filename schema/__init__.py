"""The served GraphQL schema: each area's types and root fields, gathered here.

Areas: identity, jobs (statuses, pipelines, jobs), tasks (threads, client tasks, inbox),
requests (client requests), events (subscriptions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

from firmflow.settings import Limits, get_settings
from schema.common import ErrorCode
from schema.errors import ErrorCodes
from schema.events import SharedEventExecution, Subscription
from schema.identity import IdentityMutation, IdentityQuery
from schema.inbox import InboxMutation, InboxQuery
from schema.jobs_ops import JobsMutation, JobsQuery
from schema.requests import RequestsMutation, RequestsQuery
from schema.tasks import TasksMutation, TasksQuery


@strawberry.type
class Query(IdentityQuery, JobsQuery, TasksQuery, InboxQuery, RequestsQuery):
    pass


@strawberry.type
class Mutation(IdentityMutation, JobsMutation, TasksMutation, InboxMutation, RequestsMutation):
    pass


def schema_extensions(limits: Limits) -> list[Callable[[], SchemaExtension] | type]:
    """The abuse limits, then error classification (factories: one instance per request).

    docs/domain.md counts a top-level field as depth 1; strawberry's QueryDepthLimiter counts it
    as 0 and refuses a field deeper than `max_depth`, hence `max_depth - 1`.
    """
    return [
        lambda: QueryDepthLimiter(max_depth=limits.max_depth - 1),
        lambda: MaxAliasesLimiter(max_alias_count=limits.max_aliases),
        lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
        ErrorCodes,
    ]


class FirmflowSchema(strawberry.Schema):
    """strawberry logs every error with its stack, expected ones included; here
    `schema.errors.classify_error` logs the unexpected ones and the rest are answers."""

    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        return None


def build_schema() -> strawberry.Schema:
    """The schema with the abuse limits of the settings in force."""
    return FirmflowSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[ErrorCode],
        # Subscription events: one execution per (event, operation), shared by subscribers.
        execution_context_class=SharedEventExecution,
        extensions=schema_extensions(get_settings().limits),
    )
