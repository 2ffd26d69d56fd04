"""The served GraphQL schema: each area's types and root fields, gathered here.

Areas: identity, jobs (statuses, pipelines, jobs), tasks (threads, client tasks, inbox),
requests (client requests), events (subscriptions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from strawberry.extensions import SchemaExtension

from firmflow.settings import Limits, get_settings
from schema.common import ErrorCode
from schema.documents import DocumentCache, document_extension, limit_rules
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


def schema_extensions(
    limits: Limits, cache: DocumentCache | None = None
) -> list[Callable[[], SchemaExtension] | type]:
    """Parsing and validation through the document cache, with the abuse limits built once
    (`schema.documents`), then error classification (factories: one instance per request)."""
    return [document_extension(limit_rules(limits), cache or DocumentCache()), ErrorCodes]


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
