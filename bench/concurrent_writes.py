"""Benchmark: mutations from many clients at once on one `firmflow serve` process.

A firm's events are numbered from its counter row, locked from just before the commit
until the commit (eventstore/store.py): a firm's writers queue there briefly, writers of
different firms never. This measures throughput and latency of `updateJobClientFacing` (a
history row and a job status event each) with 1, 8 and 32 clients sending at once, each on
its own jobs, with every client in one firm and with the clients spread over 8 firms.

    .venv/bin/python bench/concurrent_writes.py [--clients 1,8,32] [--firms 1,8] [--requests 400]

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
firmflow_bench_writes, created and dropped), BENCH_REDIS_URL (default
redis://127.0.0.1:6379). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import uuid
from pathlib import Path

import httpx
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from subscribers import (  # noqa: E402
    free_port,
    percentile,
    server_env,
    start_server,
    wait_healthy,
)

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_jobs import many_jobs, plain_pipeline  # noqa: E402

UPDATE = """mutation($jobId: ID!, $input: ClientFacingInput!) {
  updateJobClientFacing(jobId: $jobId, input: $input) { id }
}"""


async def run_level(
    http: httpx.AsyncClient,
    address: str,
    firms: list[tuple[str, list[int]]],
    clients: int,
    total: int,
) -> dict[str, float]:
    """`total` mutations spread over `clients` concurrent senders, each on its own jobs;
    client n writes in firm n modulo the number of firms (`firms`: token and job ids)."""
    latencies: list[float] = []
    per_client = total // clients

    async def client(number: int) -> None:
        token, jobs = firms[number % len(firms)]
        share = max(1, clients // len(firms))
        mine = jobs[(number // len(firms)) % share :: share]
        for index in range(per_client):
            job = mine[index % len(mine)]
            started = time.perf_counter()
            response = await http.post(
                f"http://{address}/graphql",
                json={
                    "query": UPDATE,
                    "variables": {
                        "jobId": str(job),
                        "input": {"jobName": f"Return {number}-{index}-{uuid.uuid4().hex[:6]}"},
                    },
                },
                headers={"Authorization": f"Bearer {token}"},
            )
            latencies.append(time.perf_counter() - started)
            body = response.json()
            assert body.get("data"), body

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "throughput": len(latencies) / elapsed,
        "p50": percentile(latencies, 0.5) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", default="1,8,32")
    parser.add_argument("--firms", default="1,8")
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/firmflow_bench_writes"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    settings = use_settings(
        load_settings({}).with_changes(database_url=database_url, secret_key="bench-secret")
    )
    await drop_database(database_url)
    await create_database(database_url)
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    port = free_port()
    server = start_server(port, server_env(database_url, redis_url, settings.secret_key))
    rows = []
    firm_counts = [int(f) for f in args.firms.split(",")]
    load_before = os.getloadavg()
    try:
        firms: list[tuple[str, list[int]]] = []
        for number in range(max(firm_counts)):
            world = await make_firm(f"Bench Firm {number}")
            pipeline = await plain_pipeline(world.owner.viewer)
            jobs = await many_jobs(world.firm_id, world.accounts["alpha"], pipeline, 256)
            firms.append((world.owner.token, jobs))
        address = f"127.0.0.1:{port}"
        limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
        async with httpx.AsyncClient(timeout=60, limits=limits) as http:
            await wait_healthy(http, address)
            await run_level(http, address, firms[:1], 4, 40)  # warm up
            for firm_count in firm_counts:
                for clients in (int(c) for c in args.clients.split(",")):
                    row = await run_level(http, address, firms[:firm_count], clients, args.requests)
                    rows.append({**row, "firms": firm_count})
    finally:
        server.terminate()
        server.wait(20)
        await Tortoise.close_connections()
        await drop_database(database_url)
    load_after = os.getloadavg()
    print(f"\nupdateJobClientFacing on one server process (PostgreSQL + Redis), {args.requests}")
    print("mutations per level, each with a history row and a job status event; load average")
    print(f"{load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print("| writers in | clients at once | mutations/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        where = "one firm" if r["firms"] == 1 else f"{r['firms']} firms"
        print(
            f"| {where} | {r['clients']} | {r['throughput']:.0f} | {r['p50']:.1f} | "
            f"{r['p99']:.1f} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
