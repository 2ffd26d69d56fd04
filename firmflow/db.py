"""Tortoise configuration and the migration commands (aerich, one chain per dialect).

aerich writes dialect-specific SQL, so migrations/sqlite and migrations/postgres are two
chains generated from the same models. Migrating takes a lock (a PostgreSQL advisory lock,
or a file lock beside the SQLite file) so two processes starting at once do not both migrate.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

os.environ.setdefault("AERICH_NO_TORTOISE_V1_WARNING", "1")

from aerich import Command
from filelock import FileLock
from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE

from firmflow.pause import pause_point
from firmflow.settings import PROJECT_ROOT

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
MODEL_MODULES = ["models", "aerich.models"]
_PG_MIGRATE_LOCK = 7_201_000


def dialect_of(db_url: str) -> str:
    return "postgres" if db_url.startswith(("postgres", "asyncpg")) else "sqlite"


async def _keep_session(connection: Any) -> None:
    """The pool's reset on release, reduced to what firmflow needs.

    asyncpg's default reset sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL` after every release: one more round trip per statement outside a
    transaction (half of a job list's round trips). firmflow leaves no session state on a
    pooled connection: its advisory lock is transaction-scoped (`pg_advisory_xact_lock`,
    resolvers/uow.py), the migration lock uses a connection of its own (`migration_lock`),
    and it uses no LISTEN, cursors or SET. asyncpg still rolls back a transaction left
    open before calling this (`Connection._reset`).
    """


def _connection(db_url: str) -> str | dict[str, Any]:
    if dialect_of(db_url) != "postgres":
        return db_url
    from tortoise.backends.base.config_generator import expand_db_url

    config = expand_db_url(db_url)
    config["credentials"]["reset"] = _keep_session
    return config


def tortoise_config(db_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": _connection(db_url)},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(db_url: str) -> Path:
    return MIGRATIONS_DIR / dialect_of(db_url)


def _sqlite_path(db_url: str) -> Path | None:
    path = db_url.split("://", 1)[1].split("?", 1)[0]
    return None if path in {"", ":memory:"} else Path(path)


def _pg_dsn(db_url: str, database: str | None = None) -> str:
    parsed = urlparse(db_url.replace("asyncpg://", "postgres://", 1))
    if database is not None:
        parsed = parsed._replace(path=f"/{database}")
    return urlunparse(parsed._replace(query=""))


@contextlib.asynccontextmanager
async def migration_lock(db_url: str) -> AsyncIterator[None]:
    """Only one process migrates a database at a time; the others wait, then find nothing to do."""
    if dialect_of(db_url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(_pg_dsn(db_url))
        try:
            await conn.execute(f"SELECT pg_advisory_lock({_PG_MIGRATE_LOCK})")
            yield
        finally:
            with contextlib.suppress(Exception):
                await conn.execute(f"SELECT pg_advisory_unlock({_PG_MIGRATE_LOCK})")
            await conn.close()
        return
    path = _sqlite_path(db_url)
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".migrate.lock", timeout=300):
        yield


async def migrate(db_url: str) -> list[str]:
    """Apply pending migrations of the database's dialect; returns the files applied."""
    await pause_point("migration-lock")  # tests: several processes meet here
    async with migration_lock(db_url):
        command = Command(
            tortoise_config=tortoise_config(db_url),
            app="models",
            location=str(migrations_location(db_url)),
        )
        try:
            await Tortoise.init(config=tortoise_config(db_url))
            await command.init()
            return await command.upgrade(run_in_transaction=True)
        finally:
            await Tortoise.close_connections()


async def create_database(db_url: str) -> None:
    """Create the PostgreSQL database of `db_url` if missing (SQLite creates its file)."""
    if dialect_of(db_url) != "postgres":
        return
    import asyncpg

    name = urlparse(db_url).path.lstrip("/")
    conn = await asyncpg.connect(_pg_dsn(db_url, "postgres"))
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def drop_database(db_url: str) -> None:
    if dialect_of(db_url) != "postgres":
        path = _sqlite_path(db_url)
        if path is not None:
            for suffix in ("", "-wal", "-shm", ".migrate.lock"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        return
    import asyncpg

    name = urlparse(db_url).path.lstrip("/")
    conn = await asyncpg.connect(_pg_dsn(db_url, "postgres"))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def scratch_url(dialect: str, base_pg_url: str) -> str:
    """A throwaway database URL of the dialect (for generating and checking migrations)."""
    if dialect == "postgres":
        return _pg_dsn(base_pg_url, f"firmflow_scratch_{uuid.uuid4().hex[:10]}")
    return f"sqlite://{tempfile.mkdtemp(prefix='firmflow-')}/scratch.db"


async def make_migrations(name: str, pg_url: str) -> dict[str, str | None]:
    """Generate the next migration of both chains from the models (a developer command).

    Each chain is applied to a scratch database first; aerich then writes what the models
    add beyond it. An empty chain gets its initial migration.
    """
    made: dict[str, str | None] = {}
    for dialect in ("sqlite", "postgres"):
        EXECUTOR_CACHE.clear()  # its keys omit the dialect (STACK_NOTES.md)
        url = scratch_url(dialect, pg_url)
        location = MIGRATIONS_DIR / dialect
        await create_database(url)
        try:
            command = Command(
                tortoise_config=tortoise_config(url), app="models", location=str(location)
            )
            if not list((location / "models").glob("*.py")):
                shutil.rmtree(location / "models", ignore_errors=True)
                await command.init_db(safe=True)
                made[dialect] = "initial"
            else:
                await Tortoise.init(config=tortoise_config(url))
                await command.init()
                await command.upgrade(run_in_transaction=True)
                await command.init()
                made[dialect] = await command.migrate(name=name, no_input=True)
        finally:
            await Tortoise.close_connections()
            await drop_database(url)
    return made
