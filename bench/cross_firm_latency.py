"""Benchmark: firm B's calls while firm A runs a 10,000-job bulk edit.

    .venv/bin/python bench/cross_firm_latency.py [--jobs 10000] [--samples 40]

A real `firmflow serve` process on a scratch PostgreSQL database with Redis. Firm A has
`--jobs` jobs; firm B has a few. Firm B's owner sends, one after the other, a single-job
`updateJobClientFacing` and a `login`; first with nothing else running, then while firm A's
owner runs `bulkUpdateClientFacing` over all of A's jobs, back to back. Only B's calls that
started and ended inside one of A's edits count as "during". Prints p50/p99 of each and the
load average (the machine is shared).

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
firmflow_bench_cross_firm, created and dropped), BENCH_REDIS_URL (default
redis://127.0.0.1:6379). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
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
from tests.support import PASSWORD, make_firm  # noqa: E402
from tests.support_jobs import many_jobs, plain_pipeline  # noqa: E402

UPDATE = """mutation($jobId: ID!, $input: ClientFacingInput!) {
  updateJobClientFacing(jobId: $jobId, input: $input) { id }
}"""
BULK = """mutation($ids: [ID!]!, $input: BulkClientFacingInput!) {
  bulkUpdateClientFacing(jobIds: $ids, input: $input) { updatedCount }
}"""
LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}"""


class Calls:
    """Firm B's two calls, timed."""

    def __init__(self, http: httpx.AsyncClient, address: str, world, job: int) -> None:
        self.http, self.url, self.world, self.job = http, f"http://{address}/graphql", world, job
        self.count = 0

    async def _post(self, query: str, variables: dict, token: str | None) -> tuple[float, float]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        started = time.perf_counter()
        response = await self.http.post(
            self.url, json={"query": query, "variables": variables}, headers=headers
        )
        ended = time.perf_counter()
        body = response.json()
        assert body.get("data") and not body.get("errors"), body
        return started, ended

    async def update(self) -> tuple[float, float]:
        self.count += 1
        variables = {"jobId": str(self.job), "input": {"jobName": f"Return {self.count}"}}
        return await self._post(UPDATE, variables, self.world.owner.token)

    async def sign_in(self) -> tuple[float, float]:
        variables = {"email": self.world.owner.email, "password": PASSWORD}
        return await self._post(LOGIN, variables, None)


def _ms(pairs: list[tuple[float, float]]) -> list[float]:
    return [(end - start) * 1000 for start, end in pairs]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/firmflow_bench_cross_firm"
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
    load_before = os.getloadavg()
    quiet: dict[str, list[tuple[float, float]]] = {"update": [], "sign_in": []}
    during: dict[str, list[tuple[float, float]]] = {"update": [], "sign_in": []}
    edits: list[tuple[float, float]] = []
    try:
        firm_a = await make_firm("Firm A")
        pipeline_a = await plain_pipeline(firm_a.owner.viewer)
        status_a = pipeline_a.statuses["In progress"]
        a_jobs = await many_jobs(firm_a.firm_id, firm_a.accounts["alpha"], pipeline_a, args.jobs)
        firm_b = await make_firm("Firm B")
        pipeline_b = await plain_pipeline(firm_b.owner.viewer)
        b_job = (await many_jobs(firm_b.firm_id, firm_b.accounts["alpha"], pipeline_b, 4))[0]
        address = f"127.0.0.1:{port}"
        async with httpx.AsyncClient(timeout=120) as http:
            await wait_healthy(http, address)
            calls = Calls(http, address, firm_b, b_job)
            for _ in range(5):  # warm up
                await calls.update()
                await calls.sign_in()
            for _ in range(args.samples):
                quiet["update"].append(await calls.update())
                quiet["sign_in"].append(await calls.sign_in())

            async def bulk_edits(stop: asyncio.Event) -> None:
                visible = False
                while not stop.is_set():
                    visible = not visible
                    change = (
                        {"visibility": "SHOW", "statusId": str(status_a.id)}
                        if visible
                        else {"visibility": "HIDE"}
                    )
                    started = time.perf_counter()
                    response = await http.post(
                        f"http://{address}/graphql",
                        json={"query": BULK, "variables": {"ids": a_jobs, "input": change}},
                        headers={"Authorization": f"Bearer {firm_a.owner.token}"},
                    )
                    edits.append((started, time.perf_counter()))
                    body = response.json()
                    assert body["data"]["bulkUpdateClientFacing"]["updatedCount"], body

            def inside(pair: tuple[float, float]) -> bool:
                return any(s <= pair[0] and pair[1] <= e for s, e in edits)

            stop = asyncio.Event()
            editing = asyncio.create_task(bulk_edits(stop))
            tried: dict[str, list[tuple[float, float]]] = {"update": [], "sign_in": []}
            deadline = time.perf_counter() + 900
            while (
                min(len(during["update"]), len(during["sign_in"])) < args.samples
                and time.perf_counter() < deadline
            ):
                if editing.done():
                    editing.result()  # the edits failed: say why
                tried["update"].append(await calls.update())
                tried["sign_in"].append(await calls.sign_in())
                for kind in tried:  # judged once the edit around it has ended
                    during[kind] = [pair for pair in tried[kind] if inside(pair)]
            stop.set()
            await editing
    finally:
        server.terminate()
        server.wait(20)
        await Tortoise.close_connections()
        await drop_database(database_url)
    load_after = os.getloadavg()
    edit_ms = _ms(edits)
    print(f"\nFirm B's calls, alone and during firm A's {args.jobs}-job bulk edits")
    print(
        f"(one server process, PostgreSQL + Redis; {len(edits)} edits of "
        f"p50 {percentile(edit_ms, 0.5):.0f} ms; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after)"
    )
    print("| firm B's call | alone p50 ms | alone p99 ms | during p50 ms | during p99 ms | n |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, label in (("update", "single-job update"), ("sign_in", "sign-in")):
        alone, busy = _ms(quiet[kind]), _ms(during[kind])
        print(
            f"| {label} | {percentile(alone, 0.5):.0f} | {percentile(alone, 0.99):.0f} | "
            f"{percentile(busy, 0.5):.0f} | {percentile(busy, 0.99):.0f} | {len(busy)} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
