"""Abuse limits of DOMAIN.md's Precise rules: depth 12 (a top-level field is depth 1),
30 aliases, 5,000 tokens, page size 1..200, string lengths; all configurable."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import strawberry

from firmflow.app import create_app
from firmflow.settings import Limits, Settings, load_settings, use_settings
from resolvers.errors import BadInput
from resolvers.validate import check_name, check_page_size, check_text
from schema import schema_extensions
from tests.support import Gql, error_code, make_firm


@strawberry.type
class Node:
    """A type that nests without end, to build documents of any depth."""

    value: int = 1

    @strawberry.field
    def child(self) -> Node:
        return Node()


@strawberry.type
class NodeQuery:
    @strawberry.field
    def node(self) -> Node:
        return Node()


def nested(depth: int) -> str:
    """A document whose deepest field is at `depth` (`node` is depth 1)."""
    return "{ node " + "{ child " * (depth - 2) + "{ value }" + " }" * (depth - 2) + " }"


def deep_schema(limits: Limits) -> strawberry.Schema:
    return strawberry.Schema(query=NodeQuery, extensions=schema_extensions(limits))


def code_of(result: strawberry.types.ExecutionResult) -> str | None:
    return result.errors[0].extensions.get("code") if result.errors else None


def test_the_nested_document_has_the_depth_it_claims():
    assert nested(3) == "{ node { child { value } } }"


async def test_a_query_of_depth_12_passes_and_13_is_bad_input():
    schema = deep_schema(Limits())
    ok = await schema.execute(nested(12))
    assert ok.errors is None
    too_deep = await schema.execute(nested(13))
    assert code_of(too_deep) == "BAD_INPUT"
    assert too_deep.data is None
    assert "depth" in too_deep.errors[0].message


async def test_depth_counts_through_fragments():
    schema = deep_schema(Limits())
    fragment = "fragment Deep on Node { " + "child { " * 10 + "value" + " }" * 10 + " }"
    too_deep = await schema.execute("{ node { child { ...Deep } } }" + fragment)
    assert code_of(too_deep) == "BAD_INPUT"
    assert "depth" in too_deep.errors[0].message
    assert (await schema.execute("{ node { ...Deep } }" + fragment)).errors is None


async def test_introspection_of_the_served_schema_is_not_cut_by_depth(gql):
    from graphql import get_introspection_query

    result = await gql(get_introspection_query())
    assert "errors" not in result
    assert result["data"]["__schema"]["queryType"]["name"] == "Query"


def aliased(count: int) -> str:
    return "{ " + " ".join(f"a{i}: viewer {{ id }}" for i in range(count)) + " }"


async def test_thirty_aliases_pass_and_thirty_one_are_bad_input(gql):
    world = await make_firm()
    ok = await gql(aliased(30), token=world.owner.token)
    assert "errors" not in ok and len(ok["data"]) == 30
    too_many = await gql(aliased(31), token=world.owner.token)
    assert error_code(too_many) == "BAD_INPUT"
    assert too_many.get("data") is None


def token_count(document: str) -> int:
    from graphql.language import Lexer, Source, TokenKind

    lexer = Lexer(Source(document))
    count = 0
    while lexer.advance().kind != TokenKind.EOF:
        count += 1
    return count


def with_tokens(count: int, account_id: int = 1, staff_id: int = 1) -> str:
    """A valid mutation of exactly `count` lexical tokens: a long list of team ids."""

    def document(items: int) -> str:
        ids = " ".join([str(staff_id)] * items)
        return (
            f"mutation {{ setClientTeam(clientAccountId: {account_id}, staffIds: [{ids}])"
            " { team { id } } }"
        )

    return document(count - token_count(document(0)))


async def test_five_thousand_tokens_pass_and_more_are_bad_input(gql):
    world = await make_firm()
    account, staff = world.accounts["alpha"], world.employee.id
    assert token_count(with_tokens(5000, account, staff)) == 5000
    ok = await gql(with_tokens(5000, account, staff), token=world.owner.token)
    assert ok["data"]["setClientTeam"]["team"] == [{"id": str(staff)}]
    too_long = await gql(with_tokens(5001, account, staff), token=world.owner.token)
    assert error_code(too_long) == "BAD_INPUT"
    assert too_long.get("data") is None


@pytest.fixture
async def strict_gql(settings: Settings) -> AsyncIterator[Gql]:
    """The served app built with tighter limits from the environment's settings."""
    env = {
        "FIRMFLOW_MAX_DEPTH": "3",
        "FIRMFLOW_MAX_ALIASES": "2",
        "FIRMFLOW_MAX_TOKENS": "40",
        "FIRMFLOW_MAX_NAME_LENGTH": "30",
    }
    limits = load_settings(env).limits
    app = create_app(settings.with_changes(limits=limits), manage_database=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50001))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as http:
        yield Gql(http)
    use_settings(settings)


async def test_limits_follow_the_settings(strict_gql):
    world = await make_firm()
    token = world.owner.token
    assert "errors" not in await strict_gql("{ viewer { clientAccount { id } } }", token=token)
    deep = await strict_gql("{ viewer { clientAccount { team { id } } } }", token=token)
    assert error_code(deep) == "BAD_INPUT"
    assert error_code(await strict_gql(aliased(2), token=token)) is None
    assert error_code(await strict_gql(aliased(3), token=token)) == "BAD_INPUT"
    account, staff = world.accounts["alpha"], world.employee.id
    assert error_code(await strict_gql(with_tokens(40, account, staff), token=token)) is None
    assert error_code(await strict_gql(with_tokens(41, account, staff), token=token)) == (
        "BAD_INPUT"
    )
    name = "n" * 31
    long_name = await strict_gql(
        f'mutation {{ createClientAccount(name: "{name}") {{ id }} }}', token=token
    )
    assert error_code(long_name) == "BAD_INPUT"


def test_page_size_is_between_one_and_the_limit(settings):
    assert check_page_size(1) == 1
    assert check_page_size(200) == 200
    for bad in (0, -5, 201, 10**9):
        with pytest.raises(BadInput):
            check_page_size(bad)
    use_settings(settings.with_changes(limits=Limits(max_page_size=20)))
    with pytest.raises(BadInput):
        check_page_size(21)


def test_names_up_to_200_and_texts_up_to_10000_characters(settings):
    assert check_name("n" * 200) == "n" * 200
    with pytest.raises(BadInput):
        check_name("n" * 201)
    assert check_text("t" * 10_000) == "t" * 10_000
    with pytest.raises(BadInput):
        check_text("t" * 10_001)


def test_limit_settings_are_validated():
    from firmflow.settings import SettingsError

    for name, value in (("FIRMFLOW_MAX_DEPTH", "0"), ("FIRMFLOW_MAX_PAGE_SIZE", "lots")):
        with pytest.raises(SettingsError, match=name):
            load_settings({name: value})


async def test_limits_and_invalid_documents_over_websockets_are_bad_input(live_server):
    from tests.support_realtime import WsClient, first_error_code

    world = await make_firm()
    client = await WsClient.connect(live_server, token=world.owner.token)
    aliases = " ".join(f"a{i}: seq" for i in range(31))
    too_deep = '{ job(id: "1") ' + "{ clientAccount { jobs " * 6 + "{ id }" + " } }" * 6 + " }"
    for document in (
        "subscription { jobStatusEvents { " + aliases + " } }",
        "subscription { jobStatusEvents { " + "seq " * 5001 + "} }",
        "subscription { jobStatusEvents { noSuchField } }",
        too_deep,
    ):
        await client.subscribe(document)
        assert first_error_code(await client.next_result()) == "BAD_INPUT", document[:60]
    await client.close()
