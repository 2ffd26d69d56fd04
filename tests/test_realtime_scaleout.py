"""Scale-out: two real `firmflow serve` processes on one PostgreSQL and one Redis.

A real mutation sent to process A reaches a client subscribed on process B; an event
recorded by a third process (the test's) reaches subscribers on both; a subscriber resumes
from the shared store; a subscriber on B that stays connected while Redis is down and back
receives every change made through A meanwhile, in order, exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from firmflow.settings import Settings
from tests.conftest import TEST_BROADCAST, TEST_DB_BASE
from tests.support import free_port, make_firm, needs_redis_server
from tests.support_realtime import (
    JOB_EVENTS,
    WsClient,
    make_job,
    record_job_status,
    start_redis,
    stop_process,
    until_live,
)

pytestmark = pytest.mark.skipif(
    not (TEST_DB_BASE.startswith(("postgres", "asyncpg")) and TEST_BROADCAST.startswith("redis")),
    reason="scale-out needs PostgreSQL + Redis: SQLite and memory:// cannot be shared by "
    "two processes (runs on the PostgreSQL + Redis backend)",
)


def _serve(settings: Settings, port: int, log: Path, extra: dict[str, str]) -> subprocess.Popen:
    env = {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_BROADCAST_URL": settings.broadcast_url,
        "FIRMFLOW_BROADCAST_CHANNEL": settings.broadcast_channel,
        "FIRMFLOW_SECRET_KEY": settings.secret_key,
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "FIRMFLOW_GRAPHIQL": "false",
        "FIRMFLOW_DRAIN_SECONDS": "0",  # a stopped server ends at once
        **extra,
    }
    firmflow = Path(sys.executable).parent / "firmflow"
    return subprocess.Popen(
        [str(firmflow), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


@contextlib.contextmanager
def serving(settings: Settings, tmp_path: Path, **extra: str) -> Iterator[tuple[str, str]]:
    """Two `firmflow serve` processes (environment `extra` on top of the test settings),
    once both answer /healthz; stopped on the way out."""
    ports = [free_port(), free_port()]
    processes = [_serve(settings, port, tmp_path / f"serve-{port}.log", extra) for port in ports]
    try:
        deadline = time.monotonic() + 60
        for port, process in zip(ports, processes, strict=True):
            while True:
                assert process.poll() is None, (tmp_path / f"serve-{port}.log").read_text()
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "firmflow serve did not come up"
                time.sleep(0.2)
        yield (f"127.0.0.1:{ports[0]}", f"127.0.0.1:{ports[1]}")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def two_servers(settings: Settings, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with serving(settings, tmp_path) as servers:
        yield servers


async def test_an_event_from_another_process_reaches_subscribers_on_both_servers(app, two_servers):
    server_a, server_b = two_servers
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    on_a = await WsClient.connect(server_a, token=world.owner.token)
    on_b = await WsClient.connect(server_b, token=world.clients["alpha"].token)
    await on_a.subscribe(JOB_EVENTS)
    await on_b.subscribe(JOB_EVENTS)
    # Live once an event recorded here has reached both (through Redis and their hubs).
    await until_live("jobStatusEvents", lambda: record_job_status(job, visible=True), on_a, on_b)

    seq = await record_job_status(job, visible=True, status="In review")
    event_b = await on_b.next_data("jobStatusEvents", wait=10)
    event_a = await on_a.next_data("jobStatusEvents", wait=10)
    assert event_b["seq"] == event_a["seq"] == str(seq)
    assert event_b["item"]["status"] == "In review"

    # A subscriber of B that missed events resumes from the shared store.
    await on_b.close()
    missed = await record_job_status(job, visible=False)
    again = await WsClient.connect(server_b, token=world.clients["alpha"].token)
    await again.subscribe(JOB_EVENTS, {"after": str(seq)})
    resumed = await again.next_data("jobStatusEvents", wait=10)
    assert (resumed["seq"], resumed["visible"]) == (str(missed), False)
    await again.close()
    await on_a.close()


async def test_a_mutation_through_one_server_reaches_a_client_on_the_other(app, two_servers):
    from models import ClientFacingStatus

    server_a, server_b = two_servers
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    status = await ClientFacingStatus.get(firm_id=world.firm_id, name="In review")
    client_on_b = await WsClient.connect(server_b, token=world.clients["alpha"].token)
    await client_on_b.subscribe(JOB_EVENTS)
    await until_live("jobStatusEvents", lambda: record_job_status(job, visible=True), client_on_b)

    async with httpx.AsyncClient(base_url=f"http://{server_a}") as http:
        response = await http.post(
            "/graphql",
            headers={"Authorization": f"Bearer {world.owner.token}"},
            json={
                "query": """mutation($job: ID!, $input: ClientFacingInput!) {
                  updateJobClientFacing(jobId: $job, input: $input) { id } }""",
                "variables": {
                    "job": str(job.id),
                    "input": {"visible": True, "statusId": str(status.id)},
                },
            },
        )
    assert response.json().get("errors") is None, response.text
    event = await client_on_b.next_data("jobStatusEvents", wait=10)
    assert (event["jobId"], event["visible"], event["source"]) == (str(job.id), True, "MANUAL")
    assert event["item"]["status"] == "In review"
    await client_on_b.close()


SET_VISIBLE = """mutation($job: ID!, $input: ClientFacingInput!) {
  updateJobClientFacing(jobId: $job, input: $input) { id } }"""


@needs_redis_server
@pytest.mark.timeout(240)  # two servers start, Redis goes and comes back: ~20 s at load 12
async def test_a_subscriber_stays_connected_through_a_redis_outage_and_misses_nothing(
    app, settings, tmp_path
):
    """Subscriber on B; Redis killed; N changes through A; Redis back on the same port: the
    subscriber receives all N, in order, exactly once, without reconnecting. The servers'
    periodic catch-up is set to an hour, so what brings the events is B noticing that its
    Redis subscription came back."""
    from models import ClientFacingStatus, Event

    changes = 11
    redis_port = free_port()
    redis = start_redis(redis_port)
    try:
        with serving(
            settings,
            tmp_path,
            FIRMFLOW_BROADCAST_URL=f"redis://127.0.0.1:{redis_port}",
            FIRMFLOW_EVENT_CATCH_UP_SECONDS="3600",
        ) as (server_a, server_b):
            world = await make_firm()
            job = await make_job(world.firm_id, world.accounts["alpha"])
            status = await ClientFacingStatus.get(firm_id=world.firm_id, name="In review")
            subscriber = await WsClient.connect(server_b, token=world.owner.token)
            await subscriber.subscribe(JOB_EVENTS)
            visible = False

            async with httpx.AsyncClient(base_url=f"http://{server_a}", timeout=10) as http:

                async def change() -> None:
                    nonlocal visible
                    visible = not visible
                    response = await http.post(
                        "/graphql",
                        headers={"Authorization": f"Bearer {world.owner.token}"},
                        json={
                            "query": SET_VISIBLE,
                            "variables": {
                                "job": str(job.id),
                                "input": {"visible": visible, "statusId": str(status.id)},
                            },
                        },
                    )
                    assert response.json().get("errors") is None, response.text

                # Ready once a change through A reaches the subscriber on B.
                seen = None
                for _ in range(50):
                    await change()
                    with contextlib.suppress(TimeoutError):
                        seen = await subscriber.next_data("jobStatusEvents", wait=0.5)
                        break
                assert seen is not None, "the subscription on B never got an event"
                with contextlib.suppress(TimeoutError):  # a late copy of an earlier try
                    while True:
                        seen = await subscriber.next_data("jobStatusEvents", wait=0.5)
                start = int(seen["seq"])

                redis.kill()
                redis.wait(5)
                for _ in range(changes):
                    await change()  # mutations go on while Redis is down
                redis = start_redis(redis_port)

                received = [
                    int((await subscriber.next_data("jobStatusEvents", wait=20))["seq"])
                    for _ in range(changes)
                ]
                # The firm's seqs also count its clients' inbox notifications: the job
                # events are the stored ones after `start`, in order.
                stored = (
                    await Event.filter(firm_id=world.firm_id, topic="job", seq__gt=start)
                    .order_by("seq")
                    .values_list("seq", flat=True)
                )
                assert received == list(stored) and len(received) == changes
                assert await subscriber.nothing_within(1.0)  # and nothing twice

                await change()  # live again
                after = await subscriber.next_data("jobStatusEvents", wait=20)
                assert int(after["seq"]) > received[-1]
            await subscriber.close()
    finally:
        stop_process(redis)


async def test_a_logout_through_one_server_ends_access_through_the_other_within_5_seconds(
    app, two_servers
):
    """Each process keeps a token's viewer for a few seconds (resolvers.auth): a logout
    ends access at once where it was made, and within 5 s everywhere else."""
    server_a, server_b = two_servers
    world = await make_firm()
    viewer = {"query": "{ viewer { id } }"}
    headers = {"Authorization": f"Bearer {world.owner.token}"}
    async with (
        httpx.AsyncClient(base_url=f"http://{server_a}", headers=headers) as on_a,
        httpx.AsyncClient(base_url=f"http://{server_b}", headers=headers) as on_b,
    ):
        for client in (on_a, on_b):  # both processes now hold the viewer
            assert (await client.post("/graphql", json=viewer)).json()["data"]["viewer"]
        logout = await on_a.post("/graphql", json={"query": "mutation { logout }"})
        assert logout.json()["data"] == {"logout": True}
        logged_out = time.monotonic()
        refused = (await on_a.post("/graphql", json=viewer)).json()
        assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        while True:
            answer = (await on_b.post("/graphql", json=viewer)).json()
            if answer.get("errors"):
                break
            assert time.monotonic() - logged_out < 5, "B still served a revoked token after 5 s"
            await asyncio.sleep(0.1)
        assert time.monotonic() - logged_out < 5
        assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
