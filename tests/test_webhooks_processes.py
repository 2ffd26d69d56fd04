"""Webhook delivery by real `firmflow serve` processes sharing the test's database: a
restart in the middle of a backlog loses nothing, and two processes never deliver to one
endpoint at once (both meet at the claim, `firmflow/pause.py`, and only one wins).

The test's own server holds its delivery worker (`held_webhooks`), so the served processes
are the only deliverers; the receiver on loopback verifies every signature with the
independent `standardwebhooks` package."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from firmflow.settings import Settings, use_settings
from resolvers import webhooks
from resolvers.webhook_delivery import current_worker
from tests.support import free_port, make_firm
from tests.support_realtime import make_job, record_job_status
from tests.support_webhooks import Receiver

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def held_webhooks(app) -> Iterator[None]:
    """The test process's own delivery worker stands aside."""
    worker = current_worker()
    assert worker is not None
    worker.held = True
    yield
    worker.held = False


@asynccontextmanager
async def served(
    settings: Settings, folder: Path, count: int = 1, **extra: str
) -> AsyncIterator[list[asyncio.subprocess.Process]]:
    """`count` `firmflow serve` processes on the test's database, once each answers
    /healthz; stopped (SIGTERM: the app's lifespan ends) on the way out."""
    env = {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_BROADCAST_URL": settings.broadcast_url,
        "FIRMFLOW_BROADCAST_CHANNEL": settings.broadcast_channel,
        "FIRMFLOW_SECRET_KEY": settings.secret_key,
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "FIRMFLOW_GRAPHIQL": "false",
        "FIRMFLOW_WEBHOOK_ALLOW_PRIVATE": "true",
        # memory:// does not reach other processes: they look often instead.
        "FIRMFLOW_WEBHOOK_POLL_SECONDS": "0.2",
        "FIRMFLOW_DRAIN_SECONDS": "0",  # stop at once on SIGTERM (a restart mid-backlog)
        **extra,
    }
    firmflow = str(Path(sys.executable).parent / "firmflow")
    ports = [free_port() for _ in range(count)]
    processes = []
    logs = []
    for port in ports:
        log = (folder / f"serve-{port}.log").open("w")
        logs.append(log)
        processes.append(
            await asyncio.create_subprocess_exec(
                firmflow,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                env=env,
                stdout=log,
                stderr=log,
            )
        )
    try:
        deadline = time.monotonic() + 60
        async with httpx.AsyncClient() as http:
            for port, process in zip(ports, processes, strict=True):
                while True:
                    assert process.returncode is None, (folder / f"serve-{port}.log").read_text()
                    try:
                        response = await http.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                        if response.status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    assert time.monotonic() < deadline, "firmflow serve did not come up"
                    await asyncio.sleep(0.1)
        yield processes
    finally:
        for process in processes:
            if process.returncode is None:
                process.terminate()
        for process in processes:
            try:
                await asyncio.wait_for(process.wait(), 20)
            except TimeoutError:
                process.kill()
        for log in logs:
            log.close()


async def _backlog(settings: Settings, receiver: Receiver, events: int) -> list[int]:
    """A firm, an endpoint for the receiver, and `events` job events waiting for it."""
    use_settings(settings.with_changes(webhook_allow_private=True))
    world = await make_firm()
    created = await webhooks.create_endpoint(
        viewer=world.owner.viewer, url=receiver.url, topics=["job"], description="backlog"
    )
    receiver.secrets.append(created.secret)
    job = await make_job(world.firm_id, world.accounts["alpha"])
    return [await record_job_status(job, visible=index % 2 == 0) for index in range(events)]


async def test_a_server_restart_in_the_middle_of_a_backlog_loses_nothing(
    app, settings, tmp_path, held_webhooks
):
    receiver = await Receiver(delay=0.05).start()
    try:
        seqs = await _backlog(settings, receiver, 40)
        async with served(settings, tmp_path):
            await receiver.wait_for(8, seconds=60)
        await asyncio.sleep(0.3)  # a request in flight at the stop may still be answered
        stopped_at = len(receiver.received)
        assert stopped_at < len(seqs), "the backlog was done before the restart"
        await asyncio.sleep(0.5)
        assert len(receiver.received) == stopped_at  # nobody delivers while no server runs

        async with served(settings, tmp_path):
            await receiver.wait_for(len(seqs), seconds=90)
            await asyncio.sleep(0.5)
    finally:
        await receiver.stop()
    delivered = receiver.seqs
    # Each event, in order; the one in flight at the stop may come twice (at least once).
    assert list(dict.fromkeys(delivered)) == seqs
    assert delivered == sorted(delivered)
    assert len(delivered) - len(seqs) <= 1
    assert receiver.unverified == 0


async def test_two_processes_never_deliver_to_one_endpoint_at_once(
    app, settings, tmp_path, held_webhooks
):
    receiver = await Receiver(delay=0.02).start()
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    try:
        seqs = await _backlog(settings, receiver, 30)
        async with served(
            settings,
            tmp_path,
            count=2,
            FIRMFLOW_PAUSE_AT="webhook-claim",
            FIRMFLOW_PAUSE_DIR=str(pauses),
        ) as processes:
            pids = {process.pid for process in processes}
            deadline = time.monotonic() + 60
            # Both processes are about to claim the same endpoint; nothing was sent yet.
            while {int(p.name.rsplit(".", 1)[1]) for p in pauses.glob("webhook-claim.*")} != pids:
                assert time.monotonic() < deadline, "the servers never both reached the claim"
                await asyncio.sleep(0.05)
            assert receiver.requests == 0
            (pauses / "go").touch()
            await receiver.wait_for(len(seqs), seconds=90)
            await asyncio.sleep(0.5)
    finally:
        await receiver.stop()
    assert receiver.most_in_flight == 1
    assert receiver.seqs == seqs  # each once, in order
