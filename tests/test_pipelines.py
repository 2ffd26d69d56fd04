"""Pipelines, stages with automations and auto-advance, settings, and job templates."""

from tests.support import error_code, make_firm
from tests.support_jobs import statuses_by_name, tax_pipeline

PIPELINE_FIELDS = """id name settings { showClientFacingStatusOnCards }
  stages { id name position autoAdvance
    clientStatusAutomation { visible description status { id name } } }"""
CREATE = f"""mutation($name: String!, $stages: [StageInput!]!) {{
  createPipeline(name: $name, stages: $stages) {{ {PIPELINE_FIELDS} }} }}"""
LIST = f"{{ pipelines {{ {PIPELINE_FIELDS} }} }}"
ONE = f"query($id: ID!) {{ pipeline(id: $id) {{ {PIPELINE_FIELDS} }} }}"
SETTINGS = """mutation($id: ID!, $on: Boolean!) {
  updatePipelineSettings(pipelineId: $id, showClientFacingStatusOnCards: $on) {
    settings { showClientFacingStatusOnCards } } }"""
AUTOMATION = """mutation($id: ID!, $a: ClientStatusAutomationInput) {
  setStageClientStatusAutomation(stageId: $id, automation: $a) {
    id clientStatusAutomation { visible description status { name } } } }"""
AUTO_ADVANCE = """mutation($id: ID!, $on: Boolean!) {
  setStageAutoAdvance(stageId: $id, autoAdvance: $on) { id autoAdvance } }"""
TEMPLATE = """mutation($name: String!, $s: ClientStatusAutomationInput) {
  createJobTemplate(name: $name, clientStatus: $s) {
    id name clientStatus { visible description status { id name } } } }"""
TEMPLATES = "{ jobTemplates { id name clientStatus { visible status { name } } } }"


async def test_owner_creates_a_pipeline_with_automations_and_cards_show_status_by_default(gql):
    world = await make_firm()
    named = await statuses_by_name(world.firm_id)
    stages = [
        {
            "name": "Waiting for docs",
            "autoAdvance": True,
            "clientStatusAutomation": {
                "visible": True,
                "statusId": str(named["Waiting for docs"].id),
            },
        },
        {
            "name": "Preparing",
            "clientStatusAutomation": {
                "visible": True,
                "statusId": str(named["Preparing"].id),
                "description": "Preparing your return.",
            },
        },
        {"name": "Filed", "clientStatusAutomation": {"visible": False}},
    ]
    result = await gql(CREATE, {"name": "Tax", "stages": stages}, token=world.owner.token)
    pipeline = result["data"]["createPipeline"]
    assert pipeline["settings"]["showClientFacingStatusOnCards"] is True
    assert [s["position"] for s in pipeline["stages"]] == [0, 1, 2]
    first, second, last = pipeline["stages"]
    assert first["autoAdvance"] is True and second["autoAdvance"] is False
    assert first["clientStatusAutomation"] == {
        "visible": True,
        "description": None,
        "status": {"id": str(named["Waiting for docs"].id), "name": "Waiting for docs"},
    }
    assert second["clientStatusAutomation"]["description"] == "Preparing your return."
    assert last["clientStatusAutomation"] == {"visible": False, "description": None, "status": None}
    for person in (world.admin, world.employee):
        listed = await gql(LIST, token=person.token)
        assert [p["name"] for p in listed["data"]["pipelines"]] == ["Tax"]
    one = await gql(ONE, {"id": pipeline["id"]}, token=world.employee.token)
    assert one["data"]["pipeline"]["stages"][2]["name"] == "Filed"


async def test_pipeline_rules_auto_advance_on_last_stage_and_visible_without_status(gql):
    world = await make_firm()
    last_advances = [{"name": "A"}, {"name": "B", "autoAdvance": True}]
    result = await gql(CREATE, {"name": "P", "stages": last_advances}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    no_status = [{"name": "A", "clientStatusAutomation": {"visible": True}}]
    result = await gql(CREATE, {"name": "P", "stages": no_status}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    unknown = [{"name": "A", "clientStatusAutomation": {"visible": True, "statusId": "9999"}}]
    result = await gql(CREATE, {"name": "P", "stages": unknown}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    result = await gql(CREATE, {"name": "P", "stages": []}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert (await gql(LIST, token=world.owner.token))["data"]["pipelines"] == []


async def test_only_owners_and_admins_change_pipelines_portal_users_cannot_read_them(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    stages = [{"name": "A"}]
    result = await gql(CREATE, {"name": "P", "stages": stages}, token=world.employee.token)
    assert error_code(result) == "FORBIDDEN"
    result = await gql(SETTINGS, {"id": tax.id, "on": False}, token=world.employee.token)
    assert error_code(result) == "FORBIDDEN"
    result = await gql(AUTO_ADVANCE, {"id": tax.stages[0], "on": True}, token=world.employee.token)
    assert error_code(result) == "FORBIDDEN"
    result = await gql(AUTOMATION, {"id": tax.stages[0], "a": None}, token=world.employee.token)
    assert error_code(result) == "FORBIDDEN"
    client = world.clients["alpha"].token
    assert error_code(await gql(LIST, token=client)) == "FORBIDDEN"
    assert error_code(await gql(ONE, {"id": tax.id}, token=client)) == "FORBIDDEN"
    assert error_code(await gql(TEMPLATES, token=client)) == "FORBIDDEN"
    assert error_code(await gql(LIST)) == "UNAUTHENTICATED"


async def test_admin_changes_settings_automation_and_auto_advance(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    result = await gql(SETTINGS, {"id": tax.id, "on": False}, token=world.admin.token)
    assert result["data"]["updatePipelineSettings"]["settings"] == {
        "showClientFacingStatusOnCards": False
    }
    in_review = tax.statuses["In review"]
    result = await gql(
        AUTOMATION,
        {"id": tax.stages[2], "a": {"visible": True, "statusId": str(in_review.id)}},
        token=world.admin.token,
    )
    assert result["data"]["setStageClientStatusAutomation"]["clientStatusAutomation"] == {
        "visible": True,
        "description": None,
        "status": {"name": "In review"},
    }
    result = await gql(AUTOMATION, {"id": tax.stages[2], "a": None}, token=world.owner.token)
    assert result["data"]["setStageClientStatusAutomation"]["clientStatusAutomation"] is None
    result = await gql(AUTO_ADVANCE, {"id": tax.stages[1], "on": True}, token=world.owner.token)
    assert result["data"]["setStageAutoAdvance"]["autoAdvance"] is True
    result = await gql(AUTO_ADVANCE, {"id": tax.stages[3], "on": True}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    result = await gql(AUTO_ADVANCE, {"id": tax.stages[3], "on": False}, token=world.owner.token)
    assert result["data"]["setStageAutoAdvance"]["autoAdvance"] is False


async def test_another_firms_pipeline_and_stages_are_not_found(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    tax = await tax_pipeline(other.owner.viewer)
    assert (await gql(ONE, {"id": tax.id}, token=world.owner.token))["data"]["pipeline"] is None
    result = await gql(SETTINGS, {"id": tax.id, "on": False}, token=world.owner.token)
    assert error_code(result) == "NOT_FOUND"
    result = await gql(AUTO_ADVANCE, {"id": tax.stages[0], "on": False}, token=world.owner.token)
    assert error_code(result) == "NOT_FOUND"


async def test_job_templates_with_and_without_a_preset_status(gql):
    world = await make_firm()
    named = await statuses_by_name(world.firm_id)
    preset = {"visible": True, "statusId": str(named["Preparing"].id), "description": "Soon."}
    result = await gql(TEMPLATE, {"name": "Tax return", "s": preset}, token=world.owner.token)
    template = result["data"]["createJobTemplate"]
    assert template["clientStatus"] == {
        "visible": True,
        "description": "Soon.",
        "status": {"id": str(named["Preparing"].id), "name": "Preparing"},
    }
    result = await gql(TEMPLATE, {"name": "Audit"}, token=world.admin.token)
    assert result["data"]["createJobTemplate"]["clientStatus"] is None
    result = await gql(TEMPLATE, {"name": "X", "s": {"visible": True}}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    result = await gql(TEMPLATE, {"name": "X"}, token=world.employee.token)
    assert error_code(result) == "FORBIDDEN"
    listed = await gql(TEMPLATES, token=world.employee.token)
    assert [t["name"] for t in listed["data"]["jobTemplates"]] == ["Audit", "Tax return"]
