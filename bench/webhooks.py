"""Benchmark: webhook delivery throughput and end-to-end latency, 1 and 100 endpoints.

    .venv/bin/python bench/webhooks.py [--backlog 300] [--samples 40]

One process runs the product's delivery worker (`resolvers.webhook_delivery`, as every
`firmflow serve` does) on a scratch database, and a receiver (uvicorn on loopback, answering
204 after reading the body; signatures are checked by the tests, not here). Events are job
status events recorded by the product's own function, each in its own transaction.

- throughput: a backlog of `--backlog` events per endpoint is recorded while the worker is
  held, then released; deliveries per second until the receiver has them all.
- latency: with the worker running, `--samples` events one after the other, each once the
  last one reached every endpoint; for each delivery, the receiver's arrival time minus
  the moment the recording transaction committed (event commit -> receiver), p50 / p95 /
  max, and the median time until every endpoint had the event.

Both for 1 endpoint and for 100 endpoints of one firm (every event goes to all 100).
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
firmflow_bench_webhooks, created and dropped; a sqlite:// URL works too). Prints the load
average before and after (the machine is shared). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402
from models import WebhookEndpoint  # noqa: E402
from resolvers import webhooks  # noqa: E402
from resolvers.webhook_delivery import DeliveryWorker  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_realtime import make_job, record_job_status  # noqa: E402
from tests.support_webhooks import Receiver  # noqa: E402


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def scenario(endpoints: int, backlog: int, samples: int) -> dict[str, float]:
    receiver = await Receiver(verify=False).start()
    world = await make_firm(f"Bench {endpoints}")
    for index in range(endpoints):
        await webhooks.create_endpoint(
            viewer=world.owner.viewer,
            url=f"{receiver.url}/{index}",
            topics=["job"],
            description=f"bench {index}",
        )
    job = await make_job(world.firm_id, world.accounts["alpha"])
    worker = DeliveryWorker()
    worker.held = True
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop))
    try:
        # Throughput: a held backlog, then released.
        for index in range(backlog):
            await record_job_status(job, visible=index % 2 == 0)
        expected = backlog * endpoints
        started = time.perf_counter()
        worker.held = False
        await worker.endpoints_changed()
        await receiver.wait_for(expected, seconds=600)
        throughput = expected / (time.perf_counter() - started)

        # Latency: one event at a time, the next once every endpoint has the last one.
        committed: dict[int, float] = {}
        for index in range(samples):
            seq = await record_job_status(job, visible=index % 2 == 1)
            committed[seq] = time.time()
            await receiver.wait_for(expected + (index + 1) * endpoints, seconds=600)
            await asyncio.sleep(0.02)
        live = receiver.received[expected:]
        latencies = [(item.at - committed[item.body["seq"]]) * 1000 for item in live]
        everyone = [
            (max(item.at for item in live if item.body["seq"] == seq) - at) * 1000
            for seq, at in committed.items()
        ]
    finally:
        stop.set()
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        await receiver.stop()
    await WebhookEndpoint.filter(firm_id=world.firm_id).delete()
    return {
        "deliveries": expected,
        "throughput": throughput,
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "all": statistics.median(everyone),
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backlog", type=int, default=300, help="events per endpoint (1)")
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/firmflow_bench_webhooks"
    )
    data = Path(tempfile.mkdtemp(prefix="firmflow-bench-"))
    use_settings(
        load_settings({}).with_changes(
            database_url=url,
            secret_key="bench",
            data_dir=data,
            password_time_cost=1,
            password_memory_kib=64,
            webhook_allow_private=True,
        )
    )
    await create_database(url)
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    print(f"database {url.split('@')[-1]}; load average at start {load()}")
    try:
        rows = [
            ("1 endpoint", await scenario(1, args.backlog, args.samples)),
            ("100 endpoints", await scenario(100, max(1, args.backlog // 10), args.samples)),
        ]
    finally:
        await Tortoise.close_connections()
        await drop_database(url)
    print(f"load average at end {load()}")
    print(
        "| endpoints | backlog deliveries | deliveries/s | latency p50 ms | p95 ms | max ms"
        " | every endpoint p50 ms |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['deliveries']:.0f} | {r['throughput']:.0f} | {r['p50']:.0f}"
            f" | {r['p95']:.0f} | {r['max']:.0f} | {r['all']:.0f} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
