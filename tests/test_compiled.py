"""Query documents answered by their compiled plan (schema/compiled.py): the same answers
as strawberry's executor, the same access rules, the same errors.

Every test of the suite compares both paths for every compiled answer (the autouse
fixture in tests/conftest.py); these tests pin that the hot documents do take the
compiled path, and what happens when it gives up.
"""

from __future__ import annotations

from schema import compiled
from tests.support import error_code, make_firm, no_shadow_check
from tests.support_jobs import tax_pipeline
from tests.test_jobs_list import _make_jobs

ISSUE_JOBS = """{ jobs(first: 50) { edges { node { id name clientAccount { name team { name } }
  stage { name } assignees { name } clientFacing { visible status { name } } } } } }"""


async def test_the_nested_job_list_takes_the_compiled_path_with_the_generic_answer(gql):
    world = await make_firm()
    await _make_jobs(world, await tax_pipeline(world.owner.viewer), 12)
    before = compiled.shadow_report["compiled"]
    for person in (world.owner, world.employee):
        result = await gql(ISSUE_JOBS, token=person.token)
        assert "errors" not in result
    # Both answers were compiled and compared with the generic executor's (conftest).
    assert compiled.shadow_report["compiled"] == before + 2


async def test_an_employee_sees_only_the_jobs_access_allows_on_the_compiled_path(gql):
    world = await make_firm()
    await _make_jobs(world, await tax_pipeline(world.owner.viewer), 12)
    with no_shadow_check():  # only the compiled answer
        owner = await gql(ISSUE_JOBS, token=world.owner.token)
        employee = await gql(ISSUE_JOBS, token=world.employee.token)
    names = {e["node"]["clientAccount"]["name"] for e in employee["data"]["jobs"]["edges"]}
    assert len(owner["data"]["jobs"]["edges"]) == 12
    # The employee is on the team of the first account only (tests/support.make_firm).
    assert len(employee["data"]["jobs"]["edges"]) == 6
    assert len(names) == 1


async def test_a_refused_read_gives_the_generic_error(gql):
    world = await make_firm()
    before = compiled.shadow_report["compiled"]
    refused = await gql(ISSUE_JOBS, token=world.clients["alpha"].token)
    assert error_code(refused) == "FORBIDDEN"
    assert refused["data"] is None
    assert refused["errors"][0]["path"] == ["jobs"]
    assert compiled.shadow_report["compiled"] == before  # given up: the generic path answered


async def test_documents_with_fragments_or_mutations_take_the_generic_path(gql):
    world = await make_firm()
    before = compiled.shadow_report["compiled"]
    fragment = "query { viewer { ...Me } } fragment Me on Viewer { id name }"
    assert (await gql(fragment, token=world.owner.token))["data"]["viewer"]["name"]
    skipped = "query { viewer { id name @skip(if: true) } }"
    assert (await gql(skipped, token=world.owner.token))["data"]["viewer"] == {
        "id": str(world.owner.id)
    }
    assert compiled.shadow_report["compiled"] == before
    assert (await gql("{ viewer { id name } }", token=world.owner.token))["data"]["viewer"]
    assert compiled.shadow_report["compiled"] == before + 1


async def test_bad_variables_are_reported_as_by_the_generic_path(gql):
    world = await make_firm()
    query = "query($first: Int) { jobs(first: $first) { edges { node { id } } } }"
    result = await gql(query, {"first": "many"}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert result["data"] is None


def test_the_job_lists_relationships_are_resolved_once_per_level():
    """clientAccount, team, stage, assignees and status are `batched`: the compiled path
    calls each once for all the parents of a level, not once per item."""
    from graphql import parse

    from schema import build_schema

    schema = build_schema()
    plan = compiled.compile_document(schema._schema, parse(ISSUE_JOBS), None)
    assert plan is not None
    batched: list[str] = []

    def walk(fields: list[compiled.FieldPlan]) -> None:
        for field in fields:
            if field.batch is not None:
                batched.append(field.key)
            walk(field.children)

    walk(plan.fields)
    assert batched == ["clientAccount", "team", "stage", "assignees", "status"]
