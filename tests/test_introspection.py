"""Introspection (DOMAIN.md "Introspection"): FIRMFLOW_INTROSPECTION is `all`, `staff`
(the default) or `off`; callers it excludes get BAD_INPUT for `__schema` and `__type`, and
no "Did you mean" hints in error messages."""

from __future__ import annotations

import pytest
from graphql import get_introspection_query

from firmflow.settings import SettingsError, load_settings, use_settings
from tests.support import error_code, make_firm

TYPE = '{ __type(name: "SharedRequest") { fields { name } } }'
TYPO = "{ viewr { id } }"


async def test_staff_may_introspect_by_default(gql):
    world = await make_firm()
    result = await gql(get_introspection_query(), token=world.employee.token)
    assert "errors" not in result
    assert result["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_anonymous_callers_and_portal_users_get_bad_input_for_schema_and_type(gql):
    world = await make_firm()
    for token in (None, world.clients["alpha"].token, "not-a-token"):
        for document in (
            get_introspection_query(),
            TYPE,
            "{ viewer { id } __schema { types { name } } }",
        ):
            result = await gql(document, token=token)
            assert error_code(result) == "BAD_INPUT", result
            assert result.get("data") is None
            assert "introspection" in result["errors"][0]["message"]
    # __typename is not introspection of the schema.
    assert (await gql("{ __typename }")) == {"data": {"__typename": "Query"}}


async def test_no_did_you_mean_hints_for_callers_who_may_not_introspect(gql):
    world = await make_firm()
    anonymous = await gql(TYPO)
    assert error_code(anonymous) == "BAD_INPUT"
    assert "Did you mean" not in anonymous["errors"][0]["message"]
    assert "viewr" in anonymous["errors"][0]["message"]
    wrong_enum = await gql(
        "query($f: ThreadTaskFilter) { threads(taskFilter: $f) { id } }",
        {"f": "INCOMPLET"},
        token=world.clients["alpha"].token,
    )
    assert error_code(wrong_enum) == "BAD_INPUT"
    assert "Did you mean" not in wrong_enum["errors"][0]["message"]
    staff = await gql(TYPO, token=world.owner.token)
    assert "Did you mean 'viewer'?" in staff["errors"][0]["message"]


async def test_all_lets_everyone_introspect_and_off_nobody(gql, settings):
    world = await make_firm()
    use_settings(settings.with_changes(introspection="all"))
    assert "errors" not in await gql(TYPE)
    assert "Did you mean" in (await gql(TYPO))["errors"][0]["message"]
    use_settings(settings.with_changes(introspection="off"))
    assert error_code(await gql(TYPE, token=world.owner.token)) == "BAD_INPUT"
    assert "Did you mean" not in (await gql(TYPO, token=world.owner.token))["errors"][0]["message"]


async def test_introspection_over_a_websocket_follows_the_same_rule(live_server):
    from tests.support_realtime import WsClient, first_error_code

    world = await make_firm()
    for token, allowed in ((world.owner.token, True), (world.clients["alpha"].token, False)):
        client = await WsClient.connect(live_server, token=token)
        try:
            await client.subscribe(TYPE)
            result = await client.next_result()
            if allowed:
                assert "errors" not in result and result["data"]["__type"]["fields"]
            else:
                assert first_error_code(result) == "BAD_INPUT"
        finally:
            await client.close()


def test_the_setting_is_validated():
    assert load_settings({}).introspection == "staff"
    assert load_settings({"FIRMFLOW_INTROSPECTION": "OFF"}).introspection == "off"
    with pytest.raises(SettingsError, match="FIRMFLOW_INTROSPECTION"):
        load_settings({"FIRMFLOW_INTROSPECTION": "maybe"})
