"""Signed webhooks, end to end in the test's server: endpoints registered through the API,
events recorded by the product's own functions, delivered over real HTTP to a receiver on
loopback that verifies every signature with the independent `standardwebhooks` package."""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from eventstore import versions
from firmflow.settings import Settings, SettingsError, load_settings, use_settings
from firmflow.webhook_http import is_public
from models import AuditRecord, WebhookDelivery, WebhookEndpoint
from resolvers.webhook_delivery import prune_delivery_log
from tests.support import FirmWorld, Gql, body_of, delivered, error_code, make_firm, subject_of
from tests.support_realtime import (
    make_job,
    make_request,
    make_thread,
    record_job_status,
    record_request_status,
    record_task_change,
)
from tests.support_webhooks import Receiver, create_endpoint, deliveries

ENDPOINTS = "{ webhookEndpoints { id url topics paused failingSince lastSeq attempts } }"


@pytest.fixture
def fast_retries(settings: Settings) -> Settings:
    """Loopback receivers allowed, retries in tens of milliseconds."""
    return use_settings(
        settings.with_changes(
            webhook_allow_private=True,
            webhook_retry_first_seconds=0.05,
            webhook_retry_max_seconds=0.2,
            webhook_timeout_seconds=5.0,
        )
    )


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    started = await Receiver().start()
    yield started
    await started.stop()


async def _owner_endpoint(
    gql: Gql,
    world: FirmWorld,
    receiver: Receiver,
    topics: tuple[str, ...] = ("JOB", "REQUEST", "TASK"),
) -> dict[str, Any]:
    created = await create_endpoint(gql, world.owner.token, receiver.url, topics)
    receiver.secrets.append(created["secret"])
    return created


async def _until_last_seq(gql: Gql, token: str, seq: int) -> None:
    """Until the (only) endpoint's cursor stands at `seq` (moved just after the log row)."""
    listed: list[Any] = []
    for _ in range(100):
        listed = await _mutate(gql, token, ENDPOINTS, {})
        if listed[0]["lastSeq"] == str(seq):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"lastSeq is {listed[0]['lastSeq']}, not {seq}")


async def _mutate(gql: Gql, token: str, query: str, variables: dict[str, Any]) -> Any:
    result = await gql(query, variables, token=token)
    assert not result.get("errors"), result
    return next(iter(result["data"].values()))


async def test_an_owner_registers_an_endpoint_and_receives_each_event_signed_in_seq_order(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    assert created["secret"].startswith("whsec_")
    assert created["endpoint"]["topics"] == ["JOB", "REQUEST", "TASK"]
    job = await make_job(world.firm_id, world.accounts["alpha"])
    thread = await make_thread(world.firm_id, world.accounts["alpha"])
    request = await make_request(world.firm_id, world.accounts["alpha"], status="DRAFT")
    seqs = [
        await record_job_status(job, visible=True),
        await record_task_change(thread),
        await record_request_status(request, "PENDING"),
        await record_job_status(job, visible=True, status="In review"),
    ]

    got = await receiver.wait_for(4)
    assert [item.body["seq"] for item in got] == seqs
    assert [item.body["topic"] for item in got] == ["job", "task", "request", "job"]
    first = got[0]
    assert first.headers["webhook-id"] == f"msg_{world.firm_id}_{seqs[0]}"
    assert first.headers["content-type"] == "application/json"
    assert first.body["firmId"] == str(world.firm_id)
    assert first.body["data"]["jobId"] == str(job.id)
    assert first.body["data"]["item"]["status"] == "Preparing"
    assert got[2].body["data"] == {"requestId": str(request.id), "status": "PENDING"}
    assert got[3].body["data"]["item"]["status"] == "In review"
    assert receiver.unverified == 0

    log = await deliveries(gql, world.owner.token, created["endpoint"]["id"], at_least=4)
    assert [(d["seq"], d["status"], d["attempt"], d["responseCode"]) for d in log] == [
        (str(seq), "SUCCEEDED", 1, 204) for seq in seqs
    ]
    await _until_last_seq(gql, world.admin.token, seqs[-1])


async def test_a_receiver_that_fails_three_times_then_succeeds_gets_every_event_once_in_order(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    receiver.fail_next = 3
    job = await make_job(world.firm_id, world.accounts["alpha"])
    seqs = [await record_job_status(job, visible=index % 2 == 0) for index in range(6)]

    got = await receiver.wait_for(6)
    await asyncio.sleep(0.3)  # nothing more may arrive
    assert receiver.seqs == seqs
    log = await deliveries(gql, world.owner.token, created["endpoint"]["id"], at_least=9)
    assert [(d["seq"], d["status"], d["attempt"]) for d in log[:4]] == [
        (str(seqs[0]), "FAILED", 1),
        (str(seqs[0]), "FAILED", 2),
        (str(seqs[0]), "FAILED", 3),
        (str(seqs[0]), "SUCCEEDED", 4),
    ]
    assert {d["responseCode"] for d in log[:3]} == {500}
    assert [d["attempt"] for d in log[4:]] == [1] * 5
    assert len(got) == 6 and receiver.requests == 9


async def test_an_endpoint_receives_only_its_topics_and_moves_past_the_others(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver, topics=("REQUEST",))
    job = await make_job(world.firm_id, world.accounts["alpha"])
    request = await make_request(world.firm_id, world.accounts["alpha"], status="DRAFT")
    await record_job_status(job, visible=True)
    wanted = await record_request_status(request, "PENDING")
    last = await record_job_status(job, visible=False)

    await receiver.wait_for(1)
    await _until_last_seq(gql, world.owner.token, last)  # past the job event after it
    assert receiver.seqs == [wanted]
    assert created["endpoint"]["topics"] == ["REQUEST"]


async def test_replay_from_a_seq_delivers_those_events_again_in_order(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    job = await make_job(world.firm_id, world.accounts["alpha"])
    seqs = [await record_job_status(job, visible=True) for _ in range(3)]
    await receiver.wait_for(3)

    replay = (
        "mutation($id: ID!, $s: ID!) { replayWebhookEndpoint(id: $id, fromSeq: $s) { lastSeq } }"
    )
    endpoint_id = created["endpoint"]["id"]
    replayed = await _mutate(gql, world.owner.token, replay, {"id": endpoint_id, "s": str(seqs[1])})
    assert replayed["lastSeq"] == str(seqs[0])
    await receiver.wait_for(5)
    assert receiver.seqs == [*seqs, seqs[1], seqs[2]]
    # The same webhook-id on a replay: receivers can tell a repeat.
    assert receiver.received[3].headers["webhook-id"] == receiver.received[1].headers["webhook-id"]

    beyond = await gql(replay, {"id": endpoint_id, "s": str(seqs[-1] + 2)}, token=world.owner.token)
    assert error_code(beyond) == "INVALID_STATE"


async def test_a_paused_endpoint_keeps_its_events_until_it_is_resumed(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    endpoint_id = created["endpoint"]["id"]
    paused = await _mutate(
        gql,
        world.owner.token,
        "mutation($id: ID!) { pauseWebhookEndpoint(id: $id) { paused } }",
        {"id": endpoint_id},
    )
    assert paused == {"paused": True}
    job = await make_job(world.firm_id, world.accounts["alpha"])
    seqs = [await record_job_status(job, visible=True) for _ in range(2)]
    await asyncio.sleep(0.4)
    assert receiver.requests == 0

    await _mutate(
        gql,
        world.owner.token,
        "mutation($id: ID!) { resumeWebhookEndpoint(id: $id) { paused } }",
        {"id": endpoint_id},
    )
    await receiver.wait_for(2)
    assert receiver.seqs == seqs


async def test_after_the_retry_window_the_endpoint_is_marked_failing_and_the_owners_emailed(
    app, gql, fast_retries, receiver, mailbox
):
    use_settings(
        fast_retries.with_changes(
            webhook_give_up_seconds=0.5, smtp_url=f"smtp://127.0.0.1:{mailbox.port}"
        )
    )
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    receiver.fail_next = 10_000
    job = await make_job(world.firm_id, world.accounts["alpha"])
    seq = await record_job_status(job, visible=True)

    endpoint = None
    for _ in range(200):
        endpoint = await WebhookEndpoint.get(id=int(created["endpoint"]["id"]))
        if endpoint.failing_since is not None:
            break
        await asyncio.sleep(0.05)
    assert endpoint is not None and endpoint.failing_since is not None
    attempts = receiver.requests
    assert attempts >= 2  # retried, then gave up
    box = await delivered(mailbox)
    told = [m for m in box.messages if subject_of(m).startswith("Webhook endpoint failing")]
    assert [(m["To"], subject_of(m)) for m in told] == [
        (world.owner.email, f"Webhook endpoint failing: {receiver.url}")
    ]
    assert f"could not deliver event {seq}" in body_of(told[0])
    await asyncio.sleep(0.3)
    assert receiver.requests == attempts  # nothing more is sent while failing

    receiver.fail_next = 0
    resumed = await _mutate(
        gql,
        world.admin.token,
        "mutation($id: ID!) { resumeWebhookEndpoint(id: $id) { failingSince attempts } }",
        {"id": created["endpoint"]["id"]},
    )
    assert resumed == {"failingSince": None, "attempts": 0}
    await receiver.wait_for(1)
    assert receiver.seqs == [seq]


async def test_a_rotated_secret_and_the_old_one_both_sign_during_the_grace_period(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    old = created["secret"]
    rotate = (
        "mutation($id: ID!) { rotateWebhookSecret(id: $id)"
        " { secret endpoint { previousSecretValidUntil } } }"
    )
    rotated = await _mutate(gql, world.owner.token, rotate, {"id": created["endpoint"]["id"]})
    new = rotated["secret"]
    assert new != old and rotated["endpoint"]["previousSecretValidUntil"]
    receiver.secrets.append(new)
    job = await make_job(world.firm_id, world.accounts["alpha"])
    await record_job_status(job, visible=True)
    first = (await receiver.wait_for(1))[0]
    assert first.verified_by == [old, new]
    assert len(first.headers["webhook-signature"].split(" ")) == 2

    # Grace over: a second rotation with no grace leaves only the newest secret.
    use_settings(fast_retries.with_changes(webhook_secret_grace_seconds=0))
    newest = (await _mutate(gql, world.owner.token, rotate, {"id": created["endpoint"]["id"]}))[
        "secret"
    ]
    receiver.secrets.append(newest)
    await record_job_status(job, visible=False)
    second = (await receiver.wait_for(2))[1]
    assert second.verified_by == [newest]


async def test_webhooks_never_reach_private_addresses_unless_allowed(app, gql, settings, receiver):
    use_settings(settings.with_changes(webhook_allow_private=False, webhook_retry_first_seconds=30))
    world = await make_firm()
    create = (
        "mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i)"
        " { endpoint { id } } }"
    )
    for url in (
        receiver.url,
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:8080/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "ftp://example.com/hook",
        "http://user:pw@example.com/hook",
    ):
        result = await gql(create, {"i": {"url": url, "topics": ["JOB"]}}, token=world.owner.token)
        assert error_code(result) == "BAD_INPUT", url

    # A name is checked where it is resolved, at connect time: "localhost" is loopback.
    by_name = receiver.url.replace("127.0.0.1", "localhost")
    created = await create_endpoint(gql, world.owner.token, by_name, ("JOB",))
    receiver.secrets.append(created["secret"])
    job = await make_job(world.firm_id, world.accounts["alpha"])
    await record_job_status(job, visible=True)
    log: list[Any] = []
    for _ in range(100):
        log = await deliveries(gql, world.owner.token, created["endpoint"]["id"])
        if log:
            break
        await asyncio.sleep(0.05)
    assert log and log[0]["status"] == "FAILED"
    assert log[0]["responseCode"] is None
    assert "not a public address" in log[0]["error"]
    assert receiver.requests == 0


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.0.0.7", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:1::", False),
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_only_globally_routable_addresses_count_as_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


async def test_endpoints_belong_to_their_firm_alone(app, gql, fast_retries, receiver):
    world = await make_firm()
    other = await make_firm("Other Books")
    created = await _owner_endpoint(gql, world, receiver)
    endpoint_id = created["endpoint"]["id"]
    assert await _mutate(gql, other.owner.token, ENDPOINTS, {}) == []
    for token, code in (
        (other.owner.token, "NOT_FOUND"),
        (world.employee.token, "FORBIDDEN"),
        (world.clients["alpha"].token, "FORBIDDEN"),
    ):
        result = await gql(
            "mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }",
            {"id": endpoint_id},
            token=token,
        )
        assert error_code(result) == code
    # Another firm's events never reach this endpoint.
    other_job = await make_job(other.firm_id, other.accounts["alpha"])
    await record_job_status(other_job, visible=True)
    job = await make_job(world.firm_id, world.accounts["alpha"])
    mine = await record_job_status(job, visible=True)
    await receiver.wait_for(1)
    assert [(r.body["firmId"], r.body["seq"]) for r in receiver.received] == [
        (str(world.firm_id), mine)
    ]


def test_webhook_settings_have_the_documented_defaults_and_are_read_from_the_environment():
    defaults = load_settings({})
    assert defaults.webhook_allow_private is False
    assert (defaults.webhook_timeout_seconds, defaults.webhook_max_response_bytes) == (10, 65536)
    assert (
        defaults.webhook_retry_first_seconds,
        defaults.webhook_retry_max_seconds,
        defaults.webhook_give_up_seconds,
    ) == (5, 21600, 259200)
    assert (defaults.webhook_poll_seconds, defaults.webhook_secret_grace_seconds) == (5, 86400)
    chosen = load_settings(
        {"FIRMFLOW_WEBHOOK_ALLOW_PRIVATE": "true", "FIRMFLOW_WEBHOOK_RETRY_FIRST_SECONDS": "0.5"}
    )
    assert chosen.webhook_allow_private and chosen.webhook_retry_first_seconds == 0.5
    with pytest.raises(SettingsError, match="FIRMFLOW_WEBHOOK_GIVE_UP_SECONDS"):
        load_settings({"FIRMFLOW_WEBHOOK_GIVE_UP_SECONDS": "soon"})


async def test_the_audit_log_has_every_endpoint_change_and_never_a_secret(
    app, gql, fast_retries, receiver
):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    endpoint_id = created["endpoint"]["id"]
    for mutation in (
        "rotateWebhookSecret(id: $id) { secret }",
        "pauseWebhookEndpoint(id: $id) { id }",
    ):
        await _mutate(
            gql, world.owner.token, f"mutation($id: ID!) {{ {mutation} }}", {"id": endpoint_id}
        )
    rows = (
        await AuditRecord.filter(record_type="WebhookEndpoint")
        .order_by("id")
        .values("before", "after")
    )
    assert len(rows) == 3  # created, rotated, paused
    assert rows[0]["after"]["secret"] == "[redacted]"
    assert rows[1]["after"]["secret"] == rows[1]["after"]["previous_secret"] == "[redacted]"
    assert rows[2]["after"]["paused"] is True
    assert "whsec_" not in json.dumps(rows, default=str)


async def test_the_delivery_log_is_kept_as_long_as_the_events(app, gql, fast_retries, receiver):
    world = await make_firm()
    created = await _owner_endpoint(gql, world, receiver)
    endpoint_id = int(created["endpoint"]["id"])
    now = datetime.now(UTC)
    for days in (31, 29):
        await WebhookDelivery.create(
            endpoint_id=endpoint_id,
            seq=days,
            topic="job",
            status="SUCCEEDED",
            attempt=1,
            response_code=204,
            at=now - timedelta(days=days),
        )
    assert await prune_delivery_log(now) == 1
    assert [d["seq"] for d in await deliveries(gql, world.owner.token, str(endpoint_id))] == ["29"]


async def test_delivering_changes_only_the_endpoint_firms_data_version(
    app, gql, fast_retries, receiver
):
    """The worker's writes (claim, log, cursor) are changes of the endpoint's firm: other
    firms' kept answers (the response cache) stay valid."""
    world = await make_firm()
    other = await make_firm("Other Books")
    await _owner_endpoint(gql, world, receiver)
    job = await make_job(world.firm_id, world.accounts["alpha"])
    first = await record_job_status(job, visible=True)
    await _until_last_seq(gql, world.owner.token, first)
    before = await versions.read(other.firm_id)
    assert before is not None
    seqs = [await record_job_status(job, visible=True) for _ in range(3)]
    await receiver.wait_for(4)
    await _until_last_seq(gql, world.owner.token, seqs[-1])
    assert await versions.read(other.firm_id) == before
