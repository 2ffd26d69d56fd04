"""Benchmark: does `requestPasswordReset` take as long for an unknown address as for one
that signs in? (It must not tell them apart by its answer, nor by its timing class.)

Interleaves calls for a known and an unknown address through the real app in-process
(SQLite in a temporary folder, the outbox only: nothing is sent), and prints the median
and 90th percentile of each, their ratio, and the load average.

    .venv/bin/python bench/password_reset_timing.py [--calls 300]

Not part of the test suite.
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

import httpx
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from firmflow.app import create_app  # noqa: E402
from firmflow.db import migrate, tortoise_config  # noqa: E402
from firmflow.settings import Limits, load_settings, use_settings  # noqa: E402
from tests.support import make_firm  # noqa: E402

REQUEST = "mutation($e: String!) { requestPasswordReset(email: $e) }"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main(calls: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="firmflow-bench-reset-"))
    url = f"sqlite://{folder}/bench.db"
    settings = use_settings(
        load_settings({}).with_changes(
            database_url=url,
            data_dir=folder,
            secret_key="bench",
            smtp_url="console://",
            password_time_cost=1,
            password_memory_kib=64,
            mail_retry_seconds=3600,
            # No limit in the way: every call of either kind does its full work.
            limits=Limits(
                password_reset_requests_per_minute=10**9, password_reset_mails_per_minute=10**9
            ),
        )
    )
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    app = create_app(settings, manage_database=False)
    async with app.router.lifespan_context(app):
        await make_firm()
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            timings: dict[str, list[float]] = {"known": [], "unknown": []}
            addresses = {"known": "owner@acme-tax.test", "unknown": "nobody@acme-tax.test"}
            for index in range(2 * calls + 20):
                kind = "known" if index % 2 else "unknown"
                started = time.perf_counter()
                response = await http.post(
                    "/graphql", json={"query": REQUEST, "variables": {"e": addresses[kind]}}
                )
                elapsed = time.perf_counter() - started
                assert response.json() == {"data": {"requestPasswordReset": True}}
                if index >= 20:  # warm-up
                    timings[kind].append(elapsed * 1000)
    await Tortoise.close_connections()
    for kind, values in timings.items():
        print(
            f"{kind:8} n={len(values)} median {statistics.median(values):.2f} ms"
            f"  p90 {percentile(values, 0.9):.2f} ms"
        )
    ratio = statistics.median(timings["known"]) / statistics.median(timings["unknown"])
    print(f"median known / unknown: {ratio:.2f}")
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    asyncio.run(main(parser.parse_args().calls))
