"""Measure one bulk client-facing edit of many jobs: wall time and SQL statements.

    .venv/bin/python bench/bulk_client_facing.py [--jobs 10000] [--runs 3] [--database-url URL]

The database URL defaults to FIRMFLOW_BENCH_DATABASE_URL, else the local PostgreSQL
(postgres://postgres@127.0.0.1:5432/postgres). A fresh database is created next to it, built by
the migration chain, and dropped afterwards. The edit runs as an employee (the access check
with its team/assignment subqueries is part of the cost), shows every job with a status, and
writes a history row and a job status event per job, exactly as the API does.

Two measurements, each on its own fresh database:
- in process: the resolver alone (no broadcaster), with every SQL statement and its time;
- over HTTP: the `bulkUpdateClientFacing` call as a client makes it, to a real
  `firmflow serve` process on PostgreSQL + Redis (BENCH_REDIS_URL, default
  redis://127.0.0.1:6379) with one staff subscriber on `jobStatusEvents`: the response time
  (which includes publishing the 10,000 events after commit) and when the subscriber has
  received all of them.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
from subscribers import (  # noqa: E402
    Subscriber,
    free_port,
    server_env,
    start_server,
    wait_healthy,
)
from tortoise import Tortoise  # noqa: E402

from eventstore.audit import acting  # noqa: E402
from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402
from models import AuditRecord, ClientStatusChange, Event  # noqa: E402
from resolvers import jobs  # noqa: E402
from resolvers.audit_log import staff_action  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_jobs import many_jobs, plain_pipeline  # noqa: E402
from tests.test_bulk import count_statements_and_copies as count_statements  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def _fresh_url(base: str) -> str:
    if base.startswith(("postgres", "asyncpg")):
        return f"{base.rsplit('/', 1)[0]}/firmflow_bench_{uuid.uuid4().hex[:10]}"
    return f"sqlite:///tmp/firmflow_bench_{uuid.uuid4().hex[:10]}.db"


async def _vacuum(url: str) -> None:
    """Analyze the fresh tables so the timing is of a settled database, as in production."""
    if url.startswith(("postgres", "asyncpg")):
        from tortoise import connections

        await connections.get("default").execute_script("VACUUM ANALYZE")


async def _bench_firm(job_count: int):
    """A firm with `job_count` hidden jobs; returns (world, status, job ids)."""
    world = await make_firm("Bench Firm")
    pipeline = await plain_pipeline(world.owner.viewer)
    status = pipeline.statuses["In progress"]
    ids = await many_jobs(world.firm_id, world.accounts["alpha"], pipeline, job_count)
    return world, status, ids


async def in_process(job_count: int, base_url: str, *, audited: bool = False) -> float:
    """The resolver alone; prints its statements. Returns the wall time in seconds.
    `audited`: as the API runs it, inside the staff member's audited action (its audit
    entry and one record per job written in the same transaction)."""
    url = _fresh_url(base_url)
    await create_database(url)
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        world, status, ids = await _bench_firm(job_count)
        await _vacuum(url)
        profiler = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
        action = staff_action(world.employee.viewer, "bulkUpdateClientFacing", "127.0.0.1")
        with acting(action if audited else None), count_statements() as counter:
            started, cpu_started = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            changed, _ = await jobs.bulk_update_client_facing(
                viewer=world.employee.viewer,
                job_ids=[str(i) for i in ids],
                show=True,
                change=jobs.ClientFacingChange(status_id=status.id, job_name="Your return"),
            )
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            if profiler:
                profiler.disable()
                pstats.Stats(profiler).sort_stats(
                    os.environ.get("BENCH_PROFILE", "cumulative")
                ).print_stats(22)
        assert changed == job_count
        assert await ClientStatusChange.filter(job_id__in=ids[:1]).count() == 1
        events = await Event.filter(topic="job").count()
        dialect = "PostgreSQL" if url.startswith(("postgres", "asyncpg")) else "SQLite"
        records = await AuditRecord.all().count()
        print(f"in process, on {dialect}: {job_count} jobs changed, audit records: {records}")
        print(f"  time: {elapsed * 1000:.0f} ms (one transaction, as an employee)")
        print(f"  of which Python CPU time in this process: {cpu * 1000:.0f} ms")
        print(f"  SQL statements: {counter.count}")
        print(f"  history rows: {job_count}, job status events stored: {events}")
        print(f"  of which in the database driver: {sum(counter.seconds) * 1000:.0f} ms")
        for statement, seconds in zip(counter.statements, counter.seconds, strict=True):
            print(f"    {seconds * 1000:6.0f} ms  {statement[:80]}")
        return elapsed
    finally:
        await Tortoise.close_connections()
        await drop_database(url)


BULK = """mutation($ids: [ID!]!, $input: BulkClientFacingInput!) {
  bulkUpdateClientFacing(jobIds: $ids, input: $input) { updatedCount }
}"""


WARM_UP_JOBS = 10


async def _until(condition, seconds: float = 60) -> None:
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out")
        await asyncio.sleep(0.005)


async def over_http(job_count: int, base_url: str, redis_url: str) -> tuple[float, float]:
    """The API call on a real server process; returns (response, last event) seconds."""
    url = _fresh_url(base_url)
    settings = use_settings(
        load_settings({}).with_changes(database_url=url, secret_key="bench-secret")
    )
    await create_database(url)
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    port = free_port()
    env = server_env(
        url, redis_url, settings.secret_key, subscriber_queue_size=str(job_count + 100)
    )
    server = start_server(port, env)
    subscriber = Subscriber()
    try:
        world, status, ids = await _bench_firm(job_count + WARM_UP_JOBS)
        warm_up, ids = ids[:WARM_UP_JOBS], ids[WARM_UP_JOBS:]
        await _vacuum(url)
        address = f"127.0.0.1:{port}"
        async with httpx.AsyncClient(timeout=120) as http:
            await wait_healthy(http, address)
            await subscriber.open(address, world.owner.token)

            async def bulk(job_ids: list[int]) -> None:
                variables = {
                    "ids": [str(i) for i in job_ids],
                    "input": {"visibility": "SHOW", "statusId": str(status.id), "jobName": "Yours"},
                }
                response = await http.post(
                    f"http://{address}/graphql",
                    json={"query": BULK, "variables": variables},
                    headers={"Authorization": f"Bearer {world.employee.token}"},
                )
                body = response.json()
                assert body.get("data"), body
                assert body["data"]["bulkUpdateClientFacing"]["updatedCount"] == len(job_ids)

            # A running server is warm: its first request's one-off costs are not measured.
            await bulk(warm_up)
            await _until(lambda: len(subscriber.arrivals) == WARM_UP_JOBS)
            subscriber.arrivals.clear()
            started = time.perf_counter()
            await bulk(ids)
            answered = time.perf_counter() - started
            await _until(lambda: len(subscriber.arrivals) == job_count)
            last = max(subscriber.arrivals.values()) - started
        print(f"over HTTP to `firmflow serve` (PostgreSQL + Redis): {job_count} jobs")
        print(f"  response: {answered * 1000:.0f} ms (its events are published after it, in order)")
        print(f"  the staff subscriber had all {job_count} events after {last * 1000:.0f} ms")
        return answered, last
    finally:
        await subscriber.close()
        server.terminate()
        server.wait(20)
        await Tortoise.close_connections()
        await drop_database(url)


async def run(job_count: int, runs: int, base_url: str, redis_url: str, http: bool) -> None:
    local, audited = [], []
    for _ in range(runs):  # side by side, so both see the same load
        local.append(await in_process(job_count, base_url))
        audited.append(await in_process(job_count, base_url, audited=True))
    remote = [await over_http(job_count, base_url, redis_url) for _ in range(runs if http else 0)]
    print(f"\nsummary of {runs} runs, {job_count} jobs each (ms):")
    print("  in process:      " + " / ".join(f"{t * 1000:.0f}" for t in local))
    print("  ... audited:     " + " / ".join(f"{t * 1000:.0f}" for t in audited))
    if not http:
        return
    print("  HTTP response:   " + " / ".join(f"{a * 1000:.0f}" for a, _ in remote))
    print("  last event seen: " + " / ".join(f"{e * 1000:.0f}" for _, e in remote))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("FIRMFLOW_BENCH_DATABASE_URL", DEFAULT_URL)
    )
    parser.add_argument("--no-http", action="store_true", help="the in-process runs only")
    args = parser.parse_args()
    asyncio.run(run(args.jobs, args.runs, args.database_url, args.redis_url, not args.no_http))


if __name__ == "__main__":
    main()
