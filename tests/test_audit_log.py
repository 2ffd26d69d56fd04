"""The firm-wide audit log: staff changes written with the change, sign-ins and resets, the
owners' `auditLog` read, append-only storage and retention."""

from __future__ import annotations

import asyncio
import json
import subprocess
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from tortoise import connections

from eventstore.audit import acting, prune_audit
from firmflow.settings import PROJECT_ROOT
from models import AuditEntry, AuditRecord, Job, StaffMember
from resolvers import jobs
from resolvers.audit_log import staff_action
from subscriptions.retention import run_event_pruner
from tests.support import PASSWORD, count_queries, error_code, make_firm
from tests.support_jobs import many_jobs, new_job, plain_pipeline
from tests.test_bulk import count_statements_and_copies
from tests.test_served_process import FIRMFLOW, env_for, served

AUDIT_LOG = """
query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at actorKind staffId contactId actorName address operation
      succeeded detail recordCount
      records { recordType recordId created deleted changes { field before after } } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
ENTRIES_ONLY = """
query($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    edges { node { id operation actorName } } pageInfo { hasNextPage endCursor }
  }
}
"""
BULK = """
mutation($ids: [ID!]!, $input: BulkClientFacingInput!) {
  bulkUpdateClientFacing(jobIds: $ids, input: $input) { updatedCount }
}
"""
LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"
CREATE_STATUS = "mutation($n: String!) { createClientFacingStatus(name: $n) { id } }"
ADDRESS = "203.0.113.7"


@pytest.fixture
async def office(app: Any) -> Any:
    """HTTP from one known client address (what the entries must show)."""
    transport = httpx.ASGITransport(app=app, client=(ADDRESS, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as c:

        async def call(query: str, variables: dict[str, Any] | None = None, *, token=None):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await c.post(
                "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
            )
            return response.json()

        yield call


async def entries(firm_id: int, operation: str | None = None) -> list[AuditEntry]:
    found = AuditEntry.filter(firm_id=firm_id)
    if operation is not None:
        found = found.filter(operation=operation)
    return list(await found.order_by("id"))


async def read_log(office, token: str, **variables: Any) -> dict[str, Any]:
    result = await office(AUDIT_LOG, variables, token=token)
    assert not result.get("errors"), result
    return result["data"]["auditLog"]


# ------------------------------------------------------------------ staff changes


async def test_a_staff_change_is_logged_with_who_when_where_and_what(office):
    world = await make_firm()
    before = datetime.now(UTC)
    result = await office(CREATE_STATUS, {"n": "Waiting on you"}, token=world.admin.token)
    status_id = int(result["data"]["createClientFacingStatus"]["id"])

    (entry,) = await entries(world.firm_id, "createClientFacingStatus")
    assert entry.actor_kind == "STAFF"
    assert entry.staff_id == world.admin.id
    assert entry.actor_name == "Acme Tax Admin"
    assert entry.address == ADDRESS
    assert entry.succeeded
    assert before <= entry.at <= datetime.now(UTC)
    (record,) = await AuditRecord.filter(entry_id=entry.id)
    assert (record.record_type, record.record_id) == ("ClientFacingStatus", status_id)
    assert record.before is None  # created
    assert record.after["name"] == "Waiting on you"


async def test_an_update_keeps_only_the_changed_fields_before_and_after(office):
    world = await make_firm()
    created = await office(CREATE_STATUS, {"n": "Preparing"}, token=world.owner.token)
    status_id = created["data"]["createClientFacingStatus"]["id"]
    result = await office(
        'mutation($id: ID!) { updateClientFacingStatus(id: $id, name: "Drafting") { id } }',
        {"id": status_id},
        token=world.owner.token,
    )
    assert not result.get("errors"), result
    (entry,) = await entries(world.firm_id, "updateClientFacingStatus")
    (record,) = await AuditRecord.filter(entry_id=entry.id)
    assert record.before == {"name": "Preparing"}
    assert record.after == {"name": "Drafting"}


async def test_the_name_at_the_time_stays_when_the_person_is_renamed(office):
    world = await make_firm()
    await office(CREATE_STATUS, {"n": "Filed"}, token=world.admin.token)
    await StaffMember.filter(id=world.admin.id).update(name="Renamed Later")
    (entry,) = await entries(world.firm_id, "createClientFacingStatus")
    assert entry.actor_name == "Acme Tax Admin"


async def test_a_refused_or_failed_change_leaves_no_entry(office):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    job = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await Job.filter(id=job).update(cf_status_id=None)
    count = await AuditEntry.filter(firm_id=world.firm_id).count()
    shown = await office(
        BULK, {"ids": [str(job)], "input": {"visibility": "SHOW"}}, token=world.owner.token
    )
    assert error_code(shown) == "BAD_INPUT"  # rolled back: the entry with it
    refused = await office(CREATE_STATUS, {"n": "Nope"}, token=world.clients["alpha"].token)
    assert error_code(refused) == "FORBIDDEN"
    assert await AuditEntry.filter(firm_id=world.firm_id).count() == count


async def test_a_bulk_edit_is_one_entry_with_every_job_before_and_after(office):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    ids = await many_jobs(world.firm_id, world.accounts["alpha"], plain, 120, prefix="Bulk")
    status = plain.statuses["Preparing"]
    result = await office(
        BULK,
        {"ids": [str(i) for i in ids], "input": {"visibility": "SHOW", "statusId": str(status.id)}},
        token=world.employee.token,
    )
    assert result["data"]["bulkUpdateClientFacing"]["updatedCount"] == 120, result
    (entry,) = await entries(world.firm_id, "bulkUpdateClientFacing")
    records = await AuditRecord.filter(entry_id=entry.id).order_by("record_id")
    assert [(r.record_type, r.record_id) for r in records] == [("Job", i) for i in ids]
    first = records[0]
    assert set(first.before) == set(first.after) >= {"visible", "statusId", "statusName"}
    assert (first.before["visible"], first.before["statusId"]) == (False, None)
    assert (first.after["visible"], first.after["statusId"]) == (True, status.id)
    assert first.after["statusName"] == "Preparing"


async def test_an_audited_bulk_edit_stays_a_constant_number_of_statements():
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    status = plain.statuses["In progress"]
    counts = {}
    for count in (10, 300):
        ids = await many_jobs(
            world.firm_id, world.accounts["alpha"], plain, count, prefix=f"B{count}"
        )
        action = staff_action(world.owner.viewer, "bulkUpdateClientFacing", ADDRESS)
        with acting(action), count_statements_and_copies() as counter:
            changed, _ = await jobs.bulk_update_client_facing(
                viewer=world.owner.viewer,
                job_ids=list(ids),
                show=True,
                change=jobs.ClientFacingChange(status_id=status.id),
            )
        assert changed == count
        counts[count] = counter.count
        (entry,) = await entries(world.firm_id, "bulkUpdateClientFacing")
        assert await AuditRecord.filter(entry_id=entry.id).count() == count
        await _forget(entry)
    if connections.get("default").capabilities.dialect == "postgres":
        assert counts[10] == counts[300], counts  # one COPY of records at any size


async def _forget(entry: AuditEntry) -> None:
    """Test-only: drop an entry so the next loop finds its own (triggers off, as the suite's
    emptying between tests does)."""
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script(
            "SET session_replication_role = replica;"
            f"DELETE FROM audit_record WHERE entry_id = {int(entry.id)};"
            f"DELETE FROM audit_entry WHERE id = {int(entry.id)};"
            "SET session_replication_role = DEFAULT;"
        )
    else:
        await AuditRecord.filter(entry_id=entry.id).delete()
        await AuditEntry.filter(id=entry.id).delete()


async def test_a_reissued_third_party_link_is_logged(office):
    world = await make_firm()
    created = await office(
        "mutation($i: CreateClientRequestInput!) { createClientRequest(input: $i) { id } }",
        {
            "i": {
                "title": "Bank statements",
                "clientAccountId": str(world.accounts["alpha"]),
                "access": "THIRD_PARTY",
                "questions": [{"kind": "SHORT_TEXT", "prompt": "Balance?"}],
                "send": True,
            }
        },
        token=world.owner.token,
    )
    request_id = created["data"]["createClientRequest"]["id"]
    await office(
        "mutation($r: ID!) { thirdPartyLink(requestId: $r) { token } }",
        {"r": request_id},
        token=world.owner.token,
    )
    result = await office(
        "mutation($r: ID!) { reissueThirdPartyLink(requestId: $r) { token } }",
        {"r": request_id},
        token=world.employee.token,
    )
    assert not result.get("errors"), result
    (entry,) = await entries(world.firm_id, "reissueThirdPartyLink")
    assert entry.staff_id == world.employee.id
    (record,) = await AuditRecord.filter(entry_id=entry.id)
    assert (record.record_type, record.record_id) == ("ClientRequest", int(request_id))
    assert record.after["link_generation"] == record.before["link_generation"] + 1


async def test_set_based_changes_carry_their_before_and_after(office):
    world = await make_firm()
    owner = world.owner.token
    thread = await office(
        'mutation($a: ID!) { createThread(clientAccountId: $a, subject: "Docs",'
        ' tasks: ["Send W-2", "Sign 8879"]) { id tasks { id } } }',
        {"a": str(world.accounts["alpha"])},
        token=owner,
    )
    first, second = [t["id"] for t in thread["data"]["createThread"]["tasks"]]
    await office(
        "mutation($t: ID!) { setClientTaskCompleted(taskId: $t, completed: true) { id } }",
        {"t": first},
        token=world.employee.token,
    )
    await office(
        "mutation($t: ID!) { deleteClientTask(taskId: $t) { id } }", {"t": second}, token=owner
    )
    await office(
        "mutation { updateFirmSettings(showMessageContentInClientEmails: true) { __typename } }",
        token=owner,
    )

    async def record_of(operation: str, record_type: str) -> AuditRecord:
        (entry,) = await entries(world.firm_id, operation)
        (record,) = await AuditRecord.filter(entry_id=entry.id, record_type=record_type)
        return record

    ticked = await record_of("setClientTaskCompleted", "ClientTask")
    assert ticked.record_id == int(first)
    assert ticked.before["completed"] is False and ticked.after["completed"] is True
    assert ticked.after["completed_by"] == "Acme Tax Employee"
    deleted = await record_of("deleteClientTask", "ClientTask")
    assert deleted.after is None and deleted.before["title"] == "Sign 8879"
    firm = await record_of("updateFirmSettings", "Firm")
    assert firm.before == {"show_message_content_in_client_emails": False}
    assert firm.after == {"show_message_content_in_client_emails": True}


def test_the_orm_listeners_are_there_only_while_an_audited_action_runs():
    from tortoise.signals import Signals

    from eventstore.audit import Action

    def listening() -> bool:
        listeners = Job._listeners[Signals.post_save].get(Job, [])
        return any(f.__module__ == "eventstore.audit" for f in listeners)

    action = Action(firm_id=1, operation="createJob", address=ADDRESS)
    assert not listening()
    with acting(action):
        assert listening()
        with acting(action):
            assert listening()
        assert listening()
    assert not listening()
    with pytest.raises(RuntimeError), acting(action):
        raise RuntimeError("the action failed")
    assert not listening()


def test_fields_that_hold_secrets_are_never_stored():
    from eventstore.audit import _shown

    stored = _shown(
        {
            "name": "Billing hook",
            "secret": "whsec_abc",
            "previous_secret": "whsec_old",
            "lease_token": "t-1",
            "password_hash": "$argon2id$...",
            "signing_key": "k",
        }
    )
    assert stored == {
        "name": "Billing hook",
        "secret": "[redacted]",
        "previous_secret": "[redacted]",
        "lease_token": "[redacted]",
        "password_hash": "[redacted]",
        "signing_key": "[redacted]",
    }


# ------------------------------------------------------------------ sign-ins and resets


async def test_sign_ins_and_failed_sign_ins_are_logged_without_the_password(office):
    world = await make_firm()
    wrong = "Tr0ub4dor&3-not-it"
    failed = await office(LOGIN, {"e": world.admin.email, "p": wrong})
    assert error_code(failed) == "UNAUTHENTICATED"
    signed = await office(LOGIN, {"e": world.admin.email, "p": PASSWORD})
    assert signed["data"]["login"]["token"]
    client = await office(LOGIN, {"e": world.clients["alpha"].email, "p": PASSWORD})
    assert client["data"]["login"]["token"]

    logins = [e for e in await entries(world.firm_id, "login") if e.address == ADDRESS]
    assert [(e.actor_kind, e.succeeded) for e in logins] == [
        ("ANONYMOUS", False),
        ("STAFF", True),
        ("CLIENT", True),
    ]
    failure, success, portal = logins
    assert failure.staff_id is None and failure.detail == {"email": world.admin.email}
    (target,) = await AuditRecord.filter(entry_id=failure.id)
    assert (target.record_type, target.record_id) == ("StaffMember", world.admin.id)
    assert success.staff_id == world.admin.id and success.actor_name == "Acme Tax Admin"
    assert portal.contact_id == world.clients["alpha"].id
    stored = [json.dumps([e.detail, e.actor_name]) for e in logins]
    stored += [json.dumps([r.before, r.after]) for r in await AuditRecord.all()]
    assert not any(wrong in text or PASSWORD in text for text in stored)


async def test_a_sign_in_attempt_for_an_unknown_address_belongs_to_no_firm(office):
    world = await make_firm()
    count = await AuditEntry.all().count()
    await office(LOGIN, {"e": "nobody@nowhere.test", "p": "whatever-it-is"})
    assert await AuditEntry.all().count() == count
    assert world.firm_id


async def test_password_reset_requests_and_resets_are_logged(office):
    from resolvers.password_reset import request_password_reset, reset_password

    world = await make_firm()
    await request_password_reset(email=world.employee.email, client_address=ADDRESS)
    (asked,) = await entries(world.firm_id, "requestPasswordReset")
    assert asked.actor_kind == "ANONYMOUS" and asked.detail == {"email": world.employee.email}
    (target,) = await AuditRecord.filter(entry_id=asked.id)
    assert (target.record_type, target.record_id) == ("StaffMember", world.employee.id)

    from models import OutboxMail

    mail = await OutboxMail.filter(to=world.employee.email).order_by("-id").first()
    token = mail.body.split("token=")[1].split()[0]
    await reset_password(token=token, password="a brand new password", client_address=ADDRESS)
    (done,) = await entries(world.firm_id, "resetPassword")
    assert done.staff_id == world.employee.id and done.address == ADDRESS
    (record,) = await AuditRecord.filter(entry_id=done.id)
    assert record.after == {"password_hash": "[redacted]"}


# ------------------------------------------------------------------ reading the log


async def test_owners_read_the_log_and_nobody_else(office):
    world = await make_firm()
    other = await make_firm("Other Firm")
    await office(CREATE_STATUS, {"n": "Ours"}, token=world.admin.token)
    await office(CREATE_STATUS, {"n": "Theirs"}, token=other.admin.token)
    log = await read_log(
        office, world.owner.token, filter={"operation": "createClientFacingStatus"}
    )
    (edge,) = log["edges"]
    node = edge["node"]
    assert node["actorName"] == "Acme Tax Admin" and node["address"] == ADDRESS
    assert node["recordCount"] == 1
    (record,) = node["records"]
    assert record["recordType"] == "ClientFacingStatus" and record["created"]
    assert {"field": "name", "before": None, "after": '"Ours"'} in record["changes"]
    theirs = await read_log(
        office, other.owner.token, filter={"operation": "createClientFacingStatus"}
    )
    (their_edge,) = theirs["edges"]  # only their own firm's entry
    assert their_edge["node"]["actorName"] == "Other Firm Admin"
    assert their_edge["node"]["records"][0]["recordId"] != record["recordId"]
    for person in (world.admin, world.employee, world.clients["alpha"]):
        refused = await office(AUDIT_LOG, {}, token=person.token)
        assert error_code(refused) == "FORBIDDEN"
    assert error_code(await office(AUDIT_LOG, {})) == "UNAUTHENTICATED"


async def test_the_log_filters_by_person_record_operation_and_time(office):
    world = await make_firm()
    first = await office(CREATE_STATUS, {"n": "One"}, token=world.admin.token)
    await office(CREATE_STATUS, {"n": "Two"}, token=world.owner.token)
    one = first["data"]["createClientFacingStatus"]["id"]
    await office(
        'mutation($id: ID!) { updateClientFacingStatus(id: $id, name: "Uno") { id } }',
        {"id": one},
        token=world.owner.token,
    )

    def operations(log: dict[str, Any]) -> list[str]:
        return [edge["node"]["operation"] for edge in log["edges"]]

    by_admin = await read_log(
        office, world.owner.token, filter={"staffId": str(world.admin.id)}, first=50
    )
    assert operations(by_admin) == ["createClientFacingStatus", "login"]  # make_firm's sign-in
    on_one = await read_log(
        office,
        world.owner.token,
        filter={"recordType": "ClientFacingStatus", "recordId": one},
    )
    assert operations(on_one) == ["updateClientFacingStatus", "createClientFacingStatus"]
    updates = await read_log(
        office, world.owner.token, filter={"operation": "updateClientFacingStatus"}
    )
    assert operations(updates) == ["updateClientFacingStatus"]
    future = (datetime.now(UTC) + timedelta(minutes=1)).isoformat()
    past = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    assert operations(await read_log(office, world.owner.token, filter={"since": future})) == []
    assert operations(await read_log(office, world.owner.token, filter={"until": past})) == []
    window = await read_log(
        office,
        world.owner.token,
        filter={"since": past, "until": future, "staffId": str(world.owner.id)},
    )
    assert operations(window) == ["updateClientFacingStatus", "createClientFacingStatus", "login"]
    half = await office(AUDIT_LOG, {"filter": {"recordType": "Job"}}, token=world.owner.token)
    assert error_code(half) == "BAD_INPUT"


async def test_the_log_pages_with_cursors_newest_first(office):
    world = await make_firm()
    for index in range(5):
        await office(CREATE_STATUS, {"n": f"Status {index}"}, token=world.owner.token)
    seen: list[str] = []
    after = None
    while True:
        result = await office(ENTRIES_ONLY, {"first": 2, "after": after}, token=world.owner.token)
        page = result["data"]["auditLog"]
        seen += [edge["node"]["id"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    ids = [str(e.id) for e in await entries(world.firm_id)]
    assert seen == list(reversed(ids))
    bad = await office(ENTRIES_ONLY, {"after": "bm90IGEgY3Vyc29y"}, token=world.owner.token)
    assert error_code(bad) == "BAD_INPUT"


async def test_reading_the_log_costs_a_fixed_number_of_statements(office):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    for count in (1, 30):
        ids = await many_jobs(
            world.firm_id, world.accounts["alpha"], plain, count, prefix=f"R{count}"
        )
        await office(
            BULK,
            {"ids": [str(i) for i in ids], "input": {"visibility": "HIDE"}},
            token=world.owner.token,
        )
        await office(CREATE_STATUS, {"n": f"S{count}"}, token=world.owner.token)
    with count_queries() as entries_only:
        await office(ENTRIES_ONLY, {"first": 50}, token=world.owner.token)
    with count_queries() as with_records:
        log = await read_log(office, world.owner.token, first=50)
    assert len(log["edges"]) >= 4
    # The token's lookup, then one statement for the page and one for every entry's records.
    assert len(entries_only.statements) == 2, entries_only.statements
    assert len(with_records.statements) == 3, with_records.statements


# ------------------------------------------------------------------ append-only, retention


def _postgres() -> bool:
    return connections.get("default").capabilities.dialect == "postgres"


async def test_no_operation_of_the_api_changes_the_log():
    from tests.test_authorization_matrix import served_operations

    mutations = [name for name, kind in served_operations().items() if kind == "mutation"]
    assert not [name for name in mutations if "audit" in name.lower()]


@pytest.mark.skipif("not _postgres()", reason="the append-only trigger is PostgreSQL's")
async def test_postgres_refuses_to_update_or_delete_entries(office):
    world = await make_firm()
    await office(CREATE_STATUS, {"n": "Kept"}, token=world.owner.token)
    conn = connections.get("default")
    for statement in (
        "UPDATE audit_entry SET actor_name = 'someone else'",
        "DELETE FROM audit_entry",
        "UPDATE audit_record SET after = NULL",
        "DELETE FROM audit_record",
        "TRUNCATE audit_entry",
    ):
        with pytest.raises(Exception, match="append-only"):
            await conn.execute_query(statement)
    assert await AuditEntry.filter(firm_id=world.firm_id, actor_name="someone else").count() == 0
    assert await AuditRecord.filter(firm_id=world.firm_id).count() >= 1


async def test_retention_prunes_old_entries_and_keeps_the_rest():
    world = await make_firm()
    now = datetime.now(UTC)
    old = await AuditEntry.create(
        firm_id=world.firm_id,
        at=now - timedelta(days=400),
        actor_kind="STAFF",
        actor_name="Long gone",
        address="198.51.100.1",
        operation="createJob",
    )
    await AuditRecord.create(entry_id=old.id, firm_id=world.firm_id, record_type="Job", record_id=1)
    kept = await AuditEntry.create(
        firm_id=world.firm_id,
        at=now - timedelta(days=10),
        actor_kind="STAFF",
        actor_name="Recent",
        address="198.51.100.1",
        operation="createJob",
    )
    assert await prune_audit(365) == 1
    assert not await AuditEntry.filter(id=old.id).exists()
    assert not await AuditRecord.filter(entry_id=old.id).exists()
    assert await AuditEntry.filter(id=kept.id).exists()
    assert await prune_audit(5) == 1  # a shorter window prunes what it no longer covers


async def test_the_background_pruner_applies_the_configured_retention(settings):
    from firmflow.settings import use_settings

    use_settings(settings.with_changes(audit_retention_days=30))
    world = await make_firm()
    old = await AuditEntry.create(
        firm_id=world.firm_id,
        at=datetime.now(UTC) - timedelta(days=31),
        actor_kind="STAFF",
        actor_name="Old",
        address="198.51.100.1",
        operation="createJob",
    )
    stop = asyncio.Event()
    pruner = asyncio.create_task(run_event_pruner(stop, 3600))
    try:
        for _ in range(200):
            if not await AuditEntry.filter(id=old.id).exists():
                break
            await asyncio.sleep(0.05)
        assert not await AuditEntry.filter(id=old.id).exists()
        assert await AuditEntry.filter(firm_id=world.firm_id).exists()  # today's stay
    finally:
        stop.set()
        await pruner


def test_the_retention_setting_is_read_from_the_environment():
    from firmflow.settings import load_settings

    assert load_settings({}).audit_retention_days == 365
    assert load_settings({"FIRMFLOW_AUDIT_RETENTION_DAYS": "90"}).audit_retention_days == 90


# ------------------------------------------------------------------ a real server process


@pytest.mark.timeout(240)
def test_a_served_process_logs_the_client_a_trusted_proxy_names(tmp_path):
    env = env_for(tmp_path, TRUSTED_PROXIES="127.0.0.1")
    email, password = "pat@proxy-firm.test", "a long enough password"
    created = subprocess.run(
        [
            *FIRMFLOW,
            "create-firm",
            *("--name", "Proxy Firm", "--owner-name", "Pat"),
            *("--owner-email", email, "--owner-password", password),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stderr
    with served([*FIRMFLOW, "serve"], env, tmp_path) as (base, _):
        signed = httpx.post(
            f"{base}/graphql",
            json={"query": LOGIN, "variables": {"e": email, "p": password}},
            headers={"X-Forwarded-For": "198.51.100.23"},
            timeout=30,
        ).json()
        token = signed["data"]["login"]["token"]
        log = httpx.post(
            f"{base}/graphql",
            json={"query": ENTRIES_ADDRESSES},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        ).json()
    nodes = [edge["node"] for edge in log["data"]["auditLog"]["edges"]]
    assert [(n["operation"], n["actorKind"], n["address"]) for n in nodes] == [
        ("login", "STAFF", "198.51.100.23"),
        ("createFirm", "OPERATOR", "command line"),
    ]


ENTRIES_ADDRESSES = "{ auditLog { edges { node { operation actorKind address } } } }"
