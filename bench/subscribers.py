"""Benchmark: N idle subscribers on one `firmflow serve` process, one event, delivery latency.

Starts a real server process on PostgreSQL + Redis, opens N graphql-transport-ws
subscribers to `jobStatusEvents` (half as the firm's owner, half as the client's portal
user: two views), records one job status change as the jobs area does (`atomic()` +
`record_event`, published to Redis after commit) and measures, per subscriber, the time
from just before the change is written until the event arrives. Prints p50/p99/max and the
server's resident memory.

    .venv/bin/python bench/subscribers.py [--sizes 100,1000,5000] [--events 3]

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/firmflow_bench,
created and dropped), BENCH_REDIS_URL (default redis://127.0.0.1:6379).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import websockets
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_realtime import make_job, record_job_status  # noqa: E402

QUERY = "subscription { jobStatusEvents { seq visible item { status } } }"


def raise_open_file_limit() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return wanted


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Subscriber:
    def __init__(self) -> None:
        self.ws = None
        self.arrivals: dict[str, float] = {}
        self.task: asyncio.Task | None = None

    async def open(self, server: str, token: str) -> None:
        self.ws = await websockets.connect(
            f"ws://{server}/graphql",
            subprotocols=["graphql-transport-ws"],
            open_timeout=60,
            ping_interval=None,
        )
        await self.ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        ack = json.loads(await self.ws.recv())
        assert ack["type"] == "connection_ack", ack
        await self.ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": QUERY}})
        )
        self.task = asyncio.create_task(self.listen())

    async def listen(self) -> None:
        async for raw in self.ws:
            arrived = time.perf_counter()
            message = json.loads(raw)
            if message.get("type") == "next":
                seq = message["payload"]["data"]["jobStatusEvents"]["seq"]
                self.arrivals[seq] = arrived

    async def close(self) -> None:
        if self.task:
            self.task.cancel()
        await self.ws.close()


def server_env(
    database_url: str, redis_url: str, secret_key: str, *, channel: str = "", **more: str
) -> dict[str, str]:
    """The environment of a benchmark's server: this one's, plus its database, Redis (on a
    channel of its own unless `channel` names one) and secret; `more` adds FIRMFLOW_<KEY>."""
    return {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": database_url,
        "FIRMFLOW_BROADCAST_URL": redis_url,
        "FIRMFLOW_BROADCAST_CHANNEL": channel or f"firmflow.bench.{uuid.uuid4().hex[:8]}",
        "FIRMFLOW_SECRET_KEY": secret_key,
        "FIRMFLOW_GRAPHIQL": "false",
        # Thousands of benchmark sockets come from one address and share a few tokens.
        "FIRMFLOW_MAX_SOCKETS_PER_ADDRESS": "1000000",
        "FIRMFLOW_MAX_SOCKETS_PER_TOKEN": "1000000",
        **{f"FIRMFLOW_{key.upper()}": value for key, value in more.items()},
    }


def start_server(port: int, env: dict[str, str]) -> subprocess.Popen:
    """A real `firmflow serve` process (one uvicorn worker)."""
    firmflow = Path(sys.executable).parent / "firmflow"
    command = [str(firmflow), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def wait_healthy(http: httpx.AsyncClient, address: str) -> None:
    """Until the server at `address` answers /healthz with 200 (at most a minute)."""
    for _ in range(300):
        try:
            if (await http.get(f"http://{address}/healthz", timeout=1)).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not start")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def run_size(server: str, pid: int, world, job, n: int, events: int) -> dict:
    rss_before = rss_mb(pid)
    tokens = [world.owner.token, world.clients["alpha"].token]
    subscribers = [Subscriber() for _ in range(n)]
    gate = asyncio.Semaphore(100)

    async def open_one(index: int, subscriber: Subscriber) -> None:
        async with gate:
            await subscriber.open(server, tokens[index % 2])

    started = time.perf_counter()
    await asyncio.gather(*(open_one(i, s) for i, s in enumerate(subscribers)))
    connect_seconds = time.perf_counter() - started
    await asyncio.sleep(2 + n / 2000)  # let the server register every subscription
    latencies: list[float] = []
    for number in range(events):
        t0 = time.perf_counter()
        seq = str(await record_job_status(job, visible=True, status=f"Step {number}"))
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            if all(seq in s.arrivals for s in subscribers):
                break
            await asyncio.sleep(0.005)
        got = [s.arrivals[seq] - t0 for s in subscribers if seq in s.arrivals]
        if len(got) < n:
            print(f"  warning: {n - len(got)} of {n} subscribers missed event {seq}")
        latencies.extend(got)
        await asyncio.sleep(0.5)
    rss_after = rss_mb(pid)
    await asyncio.gather(*(s.close() for s in subscribers), return_exceptions=True)
    await asyncio.sleep(1)
    return {
        "n": n,
        "p50": percentile(latencies, 0.50) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
        "max": max(latencies) * 1000,
        "mean": statistics.fmean(latencies) * 1000,
        "rss_idle": rss_before,
        "rss": rss_after,
        "connect": connect_seconds,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--events", type=int, default=3)
    args = parser.parse_args()
    limit = raise_open_file_limit()
    sizes = [int(x) for x in args.sizes.split(",")]
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/firmflow_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    channel = f"firmflow.bench.{uuid.uuid4().hex[:8]}"
    settings = use_settings(
        load_settings({}).with_changes(
            database_url=database_url,
            broadcast_url=redis_url,
            broadcast_channel=channel,
            secret_key="bench-secret",
        )
    )
    await drop_database(database_url)
    await create_database(database_url)
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    from subscriptions.broadcast import start_broadcast, stop_broadcast

    await start_broadcast(redis_url)
    port = free_port()
    env = server_env(database_url, redis_url, settings.secret_key, channel=channel)
    server = start_server(port, env)  # inherits the raised open-files limit
    try:
        address = f"127.0.0.1:{port}"
        async with httpx.AsyncClient() as http:
            await wait_healthy(http, address)
        world = await make_firm("Bench Firm")
        job = await make_job(world.firm_id, world.accounts["alpha"])
        await record_job_status(job, visible=True)
        rows = [await run_size(address, server.pid, world, job, n, args.events) for n in sizes]
    finally:
        server.terminate()
        server.wait(20)
        await stop_broadcast()
        await Tortoise.close_connections()
        await drop_database(database_url)

    print(
        f"\nfirmflow subscribers benchmark (one server process, PostgreSQL + Redis, "
        f"{args.events} events per size, open files limit {limit})"
    )
    print("| subscribers | p50 ms | p99 ms | max ms | server RSS idle MB | server RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['n']:,} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.1f} | "
            f"{r['rss_idle']:.0f} | {r['rss']:.0f} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
