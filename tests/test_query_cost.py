"""The query cost limit (DOMAIN.md "Abuse limits"): a list field multiplies its children's
cost by its page size (`first`) or, unpaginated, by FIRMFLOW_LIST_COST_ESTIMATE; a document
over FIRMFLOW_MAX_QUERY_COST is refused with BAD_INPUT naming its cost and the limit, before
anything runs. The two documents of the outside attack run are refused; the largest
documents the product's own tests and clients send pass."""

from __future__ import annotations

import re

from graphql import parse

from firmflow.settings import Limits
from schema import build_schema
from schema.limits import query_cost
from tests.support import error_code, make_firm
from tests.support_tasks import THREADS, create_thread, data


def cost_of(document: str, variables: dict | None = None) -> int:
    schema = build_schema()._schema
    return query_cost(schema, parse(document), None, variables, Limits().list_cost_estimate)


def nested_threads(levels: int) -> str:
    """The portal attack: threads link to their account, which lists its threads again."""
    inner = "id subject"
    for _ in range(levels - 1):
        inner = f"id clientAccount {{ threads {{ {inner} }} }}"
    return f"threads {{ {inner} }}"


PORTAL_ATTACK = "{ a: " + nested_threads(5) + " b: " + nested_threads(5) + " }"

JOB_PAGE_ATTACK = (
    "{ "
    + " ".join(
        f"j{i}: jobs(first: 200) {{ edges {{ node {{ id name"
        " history { id at source actor { name } before { jobName } after { jobName } }"
        " clientAccount { threads { id messages { id body } tasks { id title } } }"
        " } } }"
        for i in range(30)
    )
    + " }"
)

# The staff app's largest list: a full page of jobs with what a board card shows.
JOB_PAGE = """query($first: Int) { jobs(first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    id name archived createdAt
    clientAccount { id name } pipeline { id name } stage { id name position }
    assignees { id name email role }
    clientFacing { visible jobName description updatedAt status { id name description position } }
    history { id at source actor { id name } before { visible jobName } after { visible jobName } }
  } }
} }"""


def named_cost(message: str) -> tuple[int, int]:
    found = re.search(r"costs (\d+), more than the limit of (\d+)", message)
    assert found, message
    return int(found.group(1)), int(found.group(2))


async def test_a_portal_users_nested_threads_document_is_refused_with_its_cost(gql):
    world = await make_firm()
    client = world.clients["alpha"]
    for n in range(4):
        await create_thread(gql, world.owner.token, world.accounts["alpha"], f"T{n}")
    result = await gql(PORTAL_ATTACK, token=client.token)
    assert error_code(result) == "BAD_INPUT"
    assert result.get("data") is None
    cost, limit = named_cost(result["errors"][0]["message"])
    assert cost == cost_of(PORTAL_ATTACK) and limit == Limits().max_query_cost < cost


async def test_thirty_aliases_of_two_hundred_jobs_with_history_and_threads_are_refused(gql):
    world = await make_firm()
    result = await gql(JOB_PAGE_ATTACK, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert result.get("data") is None
    cost, limit = named_cost(result["errors"][0]["message"])
    assert cost > 50 * limit


async def test_a_full_page_of_two_hundred_jobs_with_their_history_passes(gql):
    world = await make_firm()
    result = await gql(JOB_PAGE, {"first": 200}, token=world.owner.token)
    assert data(result, "jobs")["totalCount"] == 0
    assert cost_of(JOB_PAGE, {"first": 200}) <= Limits().max_query_cost


async def test_the_thread_list_of_the_staff_app_and_portal_passes(gql):
    world = await make_firm()
    await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    assert len(data(await gql(THREADS, {}, token=world.clients["alpha"].token), "threads")) == 1
    assert cost_of(THREADS) < Limits().max_query_cost / 10


def test_a_list_multiplies_its_children_by_the_estimate_and_a_page_by_its_size():
    assert cost_of("{ viewer { id name } }") == 3
    assert cost_of("{ threads { id subject } }") == 1 + 10 * 2
    assert cost_of("{ threads { tasks { id } } }") == 1 + 10 * (1 + 10 * 1)
    # A connection: the page size multiplies the page; its edges list counts once.
    page = "query($n: Int) { jobs(first: $n) { totalCount edges { node { id } } } }"
    assert cost_of(page, {"n": 7}) == 1 + 7 * (1 + (1 + (1 + 1)))
    assert cost_of(page, {}) == 1 + 50 * 4  # the argument's default, 50
    assert cost_of("{ jobs(first: 3) { edges { node { history { id } } } } }") == (
        1 + 3 * (1 + (1 + (1 + 10 * 1)))
    )


def test_fragments_count_where_they_are_spread():
    spread = "{ threads { ...T } } fragment T on ChatThread { id tasks { id } }"
    inline = "{ threads { ... on ChatThread { id tasks { id } } } }"
    assert cost_of(spread) == cost_of(inline) == cost_of("{ threads { id tasks { id } } }")


async def test_the_cost_limit_and_the_estimate_are_settings(gql, settings):
    from firmflow.settings import use_settings

    world = await make_firm()
    use_settings(settings.with_changes(limits=Limits(max_query_cost=20)))
    refused = await gql("{ threads { id subject } }", token=world.owner.token)
    assert error_code(refused) == "BAD_INPUT"
    assert named_cost(refused["errors"][0]["message"]) == (21, 20)
    use_settings(settings.with_changes(limits=Limits(max_query_cost=20, list_cost_estimate=5)))
    assert data(await gql("{ threads { id subject } }", token=world.owner.token), "threads") == []


async def test_a_page_size_from_variables_counts(gql, settings):
    from firmflow.settings import use_settings

    world = await make_firm()
    use_settings(settings.with_changes(limits=Limits(max_query_cost=100)))
    page = "query($n: Int) { jobs(first: $n) { edges { node { id name } } } }"
    assert "errors" not in await gql(page, {"n": 10}, token=world.owner.token)
    assert error_code(await gql(page, {"n": 200}, token=world.owner.token)) == "BAD_INPUT"
