"""The test harness: one real database per run (SQLite, or PostgreSQL with
FIRMFLOW_TEST_DATABASE_URL), built by the migration chain, emptied after each test; the real
app in-process over HTTP (httpx), and on a loopback port for websocket tests.

FIRMFLOW_TEST_BROADCAST_URL picks the broadcaster (memory:// by default, redis:// on CI).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from aiosmtpd.controller import Controller
from tortoise import Tortoise, connections

from firmflow.app import create_app
from firmflow.db import create_database, drop_database, migrate, tortoise_config
from firmflow.settings import Settings, load_settings, use_settings
from firmflow.websocket_protocol import LeanWebSocketProtocol
from resolvers.webhook_delivery import forget_webhook_firms
from schema.persisted import forget_known_documents
from subscriptions.broadcast import published
from subscriptions.hub import forget_cached_access
from tests.support import ON_CI, Gql, MailBox, free_port
from tests.support_realtime import IN_PROCESS_SERVERS
from tests.support_secrets import WATCH

TEST_DB_BASE = os.environ.get("FIRMFLOW_TEST_DATABASE_URL", "")
TEST_BROADCAST = os.environ.get("FIRMFLOW_TEST_BROADCAST_URL", "memory://")
# CI's PostgreSQL + Redis leg is the complete run: every test runs there, so a skip is a fault
# (a missing program, a backend not selected), never a quiet green.
NO_SKIPS = ON_CI and TEST_DB_BASE.startswith(("postgres", "asyncpg"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On CI's PostgreSQL + Redis leg a skipped test is reported as failed, with its reason."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if NO_SKIPS and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped on CI's PostgreSQL + Redis leg (nothing may skip): {reason}"


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_any_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No token or password the suite made appears in any log line of the run: every log
    record (root logger, INFO and up, unscrubbed; the test client httpx's own lines aside)
    and every child process's output are searched at the end (tests/support_secrets.py);
    a leak fails the run."""
    folder = tmp_path_factory.getbasetemp()
    path = folder / "suite-log-records.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # The tests' own HTTP client logs every URL it asks for (links included): not firmflow's.
    handler.addFilter(lambda record: not record.name.startswith(("httpx", "httpcore")))
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    WATCH.log_files.append(path)
    WATCH.install()
    try:
        yield
    finally:
        WATCH.uninstall()
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()
    leaks = WATCH.leaks([folder])
    assert not leaks, "secrets in the logs:\n" + "\n".join(leaks[:20])


def _database_url(tmp: Path) -> str:
    if TEST_DB_BASE.startswith(("postgres", "asyncpg")):
        base = TEST_DB_BASE.rsplit("/", 1)[0]
        return f"{base}/firmflow_test_{uuid.uuid4().hex[:12]}"
    return f"sqlite://{tmp}/test.db"


@pytest.fixture(scope="session")
def tmp_root() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="firmflow-test-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def base_settings(tmp_root: Path) -> Settings:
    settings = load_settings({}).with_changes(
        database_url=_database_url(tmp_root),
        broadcast_url=TEST_BROADCAST,
        # A channel of this run's own: parallel runs on one Redis must not hear each other.
        broadcast_channel=f"firmflow.test.{uuid.uuid4().hex[:12]}",
        secret_key="test-secret-key",
        smtp_url="console://",
        upload_dir=tmp_root / "uploads",
        data_dir=tmp_root / "data",
        public_url="http://testserver.local",
        reminder_interval_seconds=3600,
        mail_retry_seconds=3600,
        # Cheap argon2 so the suite can create hundreds of users (production keeps the default).
        password_time_cost=1,
        password_memory_kib=64,
        connection_init_wait_seconds=1.0,
    )
    return use_settings(settings)


@pytest.fixture(scope="session")
async def database(base_settings: Settings) -> AsyncIterator[str]:
    """The test database, built by the migration chain of its dialect."""
    url = base_settings.database_url
    await create_database(url)
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        yield url
    finally:
        await Tortoise.close_connections()
        await drop_database(url)


async def _empty_tables() -> None:
    conn = connections.get("default")
    tables = [m._meta.db_table for m in Tortoise.apps["models"].values() if m.__name__ != "Aerich"]
    if conn.capabilities.dialect == "postgres":
        # DELETE with foreign-key triggers off: TRUNCATE of every table costs ~1 s a test.
        await conn.execute_script(
            "SET session_replication_role = replica;"
            + "".join(f'DELETE FROM "{t}";' for t in tables)
            + "SET session_replication_role = DEFAULT;"
        )
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys = OFF;"
            + "".join(f'DELETE FROM "{t}";' for t in tables)
            + "PRAGMA foreign_keys = ON;"
        )


@pytest.fixture(scope="session")
async def app(database: str, base_settings: Settings) -> AsyncIterator[Any]:
    """The real app; its lifespan (broadcast, mail sender, timers) runs for the session."""
    application = create_app(base_settings, manage_database=False)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(autouse=True)
async def settings(base_settings: Settings, database: str) -> AsyncIterator[Settings]:
    """The settings of one test (a test may `use_settings(settings.with_changes(...))`);
    every table is emptied after the test."""
    use_settings(base_settings)
    yield base_settings
    use_settings(base_settings)
    await published()  # this test's events go out now, not into the next test
    await _empty_tables()
    forget_cached_access()  # ids restart after emptying: cached event access is stale
    forget_known_documents()  # so are the persisted documents this process remembers
    forget_webhook_firms()  # and which firms have webhook endpoints


@pytest.fixture(autouse=True)
def compiled_answers_match_generic() -> Iterator[None]:
    """Every query the suite sends that has a compiled plan is also run by the generic
    executor, and both answers must be the same bytes (schema/compiled.py)."""
    from schema import compiled

    compiled.SHADOW_CHECK = True
    compiled.shadow_report["mismatches"].clear()
    yield
    mismatches = list(compiled.shadow_report["mismatches"])
    compiled.shadow_report["mismatches"].clear()
    assert not mismatches, mismatches[0]


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as client:
        yield client


@pytest.fixture
async def gql(http: httpx.AsyncClient) -> Gql:
    """POST /graphql as a given token: `await gql(query, variables, token=...)`."""
    return Gql(http)


@pytest.fixture(scope="session")
async def live_server(app: Any) -> AsyncIterator[str]:
    """The same app served by uvicorn on a loopback port (for websocket clients)."""
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        lifespan="off",
        log_level="warning",
        ws_ping_interval=5,
        # As `firmflow serve` runs websockets (firmflow/cli.py).
        ws=LeanWebSocketProtocol,
        ws_per_message_deflate=False,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    IN_PROCESS_SERVERS.add(f"127.0.0.1:{port}")
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture
def mailbox(settings: Settings) -> Iterator[MailBox]:
    """A real aiosmtpd server on a loopback port; the app's mail goes to it."""
    box = MailBox()
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    use_settings(settings.with_changes(smtp_url=f"smtp://127.0.0.1:{box.port}"))
    try:
        yield box
    finally:
        controller.stop()
