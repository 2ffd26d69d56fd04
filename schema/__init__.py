"""The served GraphQL schema: each area's types and root fields, gathered here.

Areas: identity, jobs (statuses, pipelines, jobs), tasks (threads, client tasks, inbox),
requests (client requests), events (subscriptions).
"""

from __future__ import annotations

import strawberry
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

from firmflow.settings import get_settings
from schema.common import ErrorCode
from schema.errors import ErrorCodes
from schema.identity import IdentityMutation, IdentityQuery
from schema.jobs_ops import JobsMutation, JobsQuery


@strawberry.type
class Query(IdentityQuery, JobsQuery):
    pass


@strawberry.type
class Mutation(IdentityMutation, JobsMutation):
    pass


def build_schema() -> strawberry.Schema:
    """The schema with the abuse limits of the settings in force."""
    limits = get_settings().limits
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        types=[ErrorCode],
        extensions=[
            lambda: QueryDepthLimiter(max_depth=limits.max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=limits.max_aliases),
            lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
            ErrorCodes,
        ],
    )
