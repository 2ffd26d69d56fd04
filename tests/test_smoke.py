from tests.support import error_code, make_firm


async def test_owner_signs_in_and_sees_the_firm(gql):
    world = await make_firm()
    result = await gql("{ viewer { id role firm { name } } }", token=world.owner.token)
    assert result["data"]["viewer"]["role"] == "OWNER"
    assert result["data"]["viewer"]["firm"]["name"] == "Acme Tax"


async def test_anonymous_viewer_is_unauthenticated(gql):
    result = await gql("{ viewer { id } }")
    assert error_code(result) == "UNAUTHENTICATED"
