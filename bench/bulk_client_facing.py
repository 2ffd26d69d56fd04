"""Measure one bulk client-facing edit of many jobs: wall time and SQL statements.

    .venv/bin/python bench/bulk_client_facing.py [--jobs 10000] [--database-url URL]

The database URL defaults to FIRMFLOW_BENCH_DATABASE_URL, else the local PostgreSQL
(postgres://postgres@127.0.0.1:5432/postgres). A fresh database is created next to it, built by
the migration chain, and dropped afterwards. The edit runs as an employee (the access check
with its team/assignment subqueries is part of the cost), shows every job with a status, and
writes a history row and a job status event per job, exactly as the API does. No broadcaster
runs, so after-commit publishing costs nothing here.
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

from tortoise import Tortoise  # noqa: E402

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from models import ClientStatusChange, Event, Job  # noqa: E402
from resolvers import jobs  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_jobs import plain_pipeline  # noqa: E402
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


async def run(job_count: int, base_url: str) -> None:
    url = _fresh_url(base_url)
    await create_database(url)
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        world = await make_firm("Bench Firm")
        pipeline = await plain_pipeline(world.owner.viewer)
        status = pipeline.statuses["In progress"]
        await Job.bulk_create(
            [
                Job(
                    firm_id=world.firm_id,
                    client_account_id=world.accounts["alpha"],
                    pipeline_id=pipeline.id,
                    stage_id=pipeline.stages[0],
                    name=f"Job {i}",
                )
                for i in range(job_count)
            ],
            batch_size=1000,
        )
        ids = list(await Job.filter(firm_id=world.firm_id).values_list("id", flat=True))
        await _vacuum(url)
        profiler = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
        with count_statements() as counter:
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
        print(f"bulkUpdateClientFacing on {dialect}: {job_count} jobs changed")
        print(f"  time: {elapsed * 1000:.0f} ms (one transaction, as an employee)")
        print(f"  of which Python CPU time in this process: {cpu * 1000:.0f} ms")
        print(f"  SQL statements: {counter.count}")
        print(f"  history rows: {job_count}, job status events stored: {events}")
        print(f"  of which in the database driver: {sum(counter.seconds) * 1000:.0f} ms")
        for statement, seconds in zip(counter.statements, counter.seconds, strict=True):
            print(f"    {seconds * 1000:6.0f} ms  {statement[:80]}")
    finally:
        await Tortoise.close_connections()
        await drop_database(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument(
        "--database-url", default=os.environ.get("FIRMFLOW_BENCH_DATABASE_URL", DEFAULT_URL)
    )
    args = parser.parse_args()
    asyncio.run(run(args.jobs, args.database_url))


if __name__ == "__main__":
    main()
