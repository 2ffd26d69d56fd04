"""A document is parsed and validated once per process, with rules built once; every limit
still applies to every request (schema/documents.py)."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError, ValidationRule
from strawberry.types import ExecutionContext

from firmflow.settings import Limits
from schema import schema_extensions
from schema.documents import DocumentCache, DocumentRules, document_extension, limit_rules
from schema.errors import ErrorCodes
from tests.test_limits import NodeQuery, code_of, nested


async def test_a_repeated_document_is_parsed_and_validated_once():
    cache = DocumentCache()
    schema = strawberry.Schema(query=NodeQuery, extensions=schema_extensions(Limits(), cache))
    for _ in range(3):
        assert (await schema.execute(nested(5))).errors is None
    # One entry each: the rules are the same classes on every request (built once), so the
    # validation of the first request answers the next ones.
    assert len(cache.documents.items) == 1
    assert len(cache.validated.items) == 1


async def test_a_cached_document_over_a_limit_is_refused_every_time():
    cache = DocumentCache()
    schema = strawberry.Schema(query=NodeQuery, extensions=schema_extensions(Limits(), cache))
    for _ in range(2):
        result = await schema.execute(nested(13))
        assert code_of(result) == "BAD_INPUT"
        assert result.data is None
        assert "depth" in result.errors[0].message
    assert len(cache.validated.items) == 1


async def test_a_document_over_the_token_limit_is_refused_and_not_kept():
    cache = DocumentCache()
    schema = strawberry.Schema(
        query=NodeQuery, extensions=schema_extensions(Limits(max_tokens=20), cache)
    )
    for _ in range(2):
        result = await schema.execute(nested(12))
        assert code_of(result) == "BAD_INPUT"
        assert "token" in result.errors[0].message.lower()
    assert cache.documents.items == {}


class NoChildForGuests(ValidationRule):
    def enter_field(self, node, *_args) -> None:
        if node.name.value == "child":
            self.report_error(GraphQLError("guests may not ask for child"))


def guest_rules(execution_context: ExecutionContext) -> tuple:
    """A viewer-dependent rule: prebuilt, returned only for guests."""
    return (NoChildForGuests,) if execution_context.context == "guest" else ()


async def test_a_viewer_dependent_rule_is_validated_per_variant():
    cache = DocumentCache()
    limits = limit_rules(Limits())
    rules = DocumentRules(
        max_tokens=limits.max_tokens, rules=limits.rules, per_request=(guest_rules,)
    )
    schema = strawberry.Schema(
        query=NodeQuery, extensions=[document_extension(rules, cache), ErrorCodes]
    )
    for _ in range(2):
        assert (await schema.execute(nested(4), context_value="staff")).errors is None
        refused = await schema.execute(nested(4), context_value="guest")
        assert code_of(refused) == "BAD_INPUT"
        assert "guests" in refused.errors[0].message
    assert len(cache.documents.items) == 1
    assert len(cache.validated.items) == 2


async def test_syntax_errors_are_bad_input_and_the_cache_stays_bounded():
    cache = DocumentCache(size=4)
    schema = strawberry.Schema(query=NodeQuery, extensions=schema_extensions(Limits(), cache))
    assert code_of(await schema.execute("{ node { ")) == "BAD_INPUT"
    for depth in range(3, 12):
        assert (await schema.execute(nested(depth))).errors is None
    assert len(cache.documents.items) == 4
    assert len(cache.validated.items) == 4
