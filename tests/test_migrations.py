"""The migration chain of the dialect under test builds exactly the schema the models
describe, and two processes migrating one fresh database at once apply it once.

Scratch databases are built by separate processes (`firmflow migrate`, and a small script
calling `Tortoise.generate_schemas()`), so the session's ORM is never re-initialised; they
are compared through raw connections (sqlite3 / asyncpg).
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from firmflow.db import MIGRATIONS_DIR, _pg_dsn, create_database, dialect_of, drop_database
from firmflow.settings import PROJECT_ROOT, Settings
from tests.support import run_overlapping

GENERATE = """
import asyncio, sys
from tortoise import Tortoise
from firmflow.db import tortoise_config

async def main(url):
    await Tortoise.init(config=tortoise_config(url))
    await Tortoise.generate_schemas(safe=False)
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1]))
"""


def _env(url: str, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIRMFLOW_")}
    return {**env, "FIRMFLOW_DATABASE_URL": url, "FIRMFLOW_DATA_DIR": str(tmp / "data")}


async def _run(args: list[str], url: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *args,
        cwd=PROJECT_ROOT,
        env=_env(url, tmp),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    result = subprocess.CompletedProcess(args, process.returncode or 0, out.decode(), err.decode())
    assert result.returncode == 0, result.stderr[-3000:]
    return result


async def migrate_in_process(url: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    return await _run(["-m", "firmflow.cli", "migrate"], url, tmp)


async def generate_in_process(url: str, tmp: Path) -> None:
    await _run(["-c", GENERATE, url], url, tmp)


@pytest.fixture
async def scratch(settings: Settings, tmp_path: Path) -> AsyncIterator[Any]:
    """Makes fresh databases of the dialect under test; drops them afterwards."""
    made: list[str] = []

    async def make() -> str:
        if settings.dialect == "postgres":
            url = _pg_dsn(settings.database_url, f"firmflow_scratch_{uuid.uuid4().hex[:10]}")
        else:
            url = f"sqlite://{tmp_path}/scratch-{uuid.uuid4().hex[:8]}.db"
        await create_database(url)
        made.append(url)
        return url

    yield make
    for url in made:
        await drop_database(url)


# ---------------------------------------------------------------- schema snapshots


def sqlite_schema(url: str) -> dict[str, Any]:
    path = url.split("://", 1)[1]
    db = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        schema: dict[str, Any] = {}
        for table in tables:
            columns = {
                name: (col_type.upper(), bool(notnull), bool(pk))
                for _, name, col_type, notnull, _default, pk in db.execute(
                    f'PRAGMA table_info("{table}")'
                )
            }
            indexes = set()
            for _, name, unique, origin, _partial in db.execute(f'PRAGMA index_list("{table}")'):
                cols = tuple(row[2] for row in db.execute(f'PRAGMA index_info("{name}")'))
                indexes.add((cols, bool(unique), origin if origin == "pk" else "index"))
            foreign_keys = {
                (row[3], row[2], row[4], row[6].upper())
                for row in db.execute(f'PRAGMA foreign_key_list("{table}")')
            }
            schema[table] = {
                "columns": columns,
                "indexes": indexes,
                "foreign_keys": foreign_keys,
            }
        return schema
    finally:
        db.close()


PG_COLUMNS = """
SELECT table_name, column_name, data_type, character_maximum_length, is_nullable
FROM information_schema.columns WHERE table_schema = 'public'
"""
PG_INDEXES = """
SELECT t.relname, i.indisunique, i.indisprimary,
       array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n)
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ns.nspname = 'public'
"""
PG_CONSTRAINTS = """
SELECT c.conrelid::regclass::text, c.contype::text, c.confrelid::regclass::text,
       c.confdeltype::text,
       array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
             ORDER BY k.n),
       array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
             ORDER BY k.n)
FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
WHERE ns.nspname = 'public' AND c.contype IN ('f', 'u', 'p')
"""


async def postgres_schema(url: str) -> dict[str, Any]:
    import asyncpg

    conn = await asyncpg.connect(_pg_dsn(url))
    try:
        schema: dict[str, Any] = {}

        def table(name: str) -> dict[str, Any]:
            return schema.setdefault(
                name.strip('"'),
                {"columns": {}, "indexes": set(), "constraints": set()},
            )

        for name, column, data_type, length, nullable in await conn.fetch(PG_COLUMNS):
            table(name)["columns"][column] = (data_type, length, nullable)
        for name, unique, primary, columns in await conn.fetch(PG_INDEXES):
            table(name)["indexes"].add((tuple(columns), unique, primary))
        for name, kind, target, on_delete, columns, target_columns in await conn.fetch(
            PG_CONSTRAINTS
        ):
            target_name = target.strip('"') if kind == "f" else None
            table(name)["constraints"].add(
                (
                    kind,
                    tuple(columns),
                    target_name,
                    tuple(target_columns or ()),
                    on_delete if kind == "f" else None,
                )
            )
        return schema
    finally:
        await conn.close()


async def snapshot(url: str) -> dict[str, Any]:
    if dialect_of(url) == "postgres":
        return await postgres_schema(url)
    return sqlite_schema(url)


def differences(migrated: dict[str, Any], generated: dict[str, Any]) -> list[str]:
    found = []
    for name in sorted(set(migrated) | set(generated)):
        if name not in migrated:
            found.append(f"table {name}: missing from the migration chain")
            continue
        if name not in generated:
            found.append(f"table {name}: made by migrations but not by the models")
            continue
        for aspect, expected in generated[name].items():
            actual = migrated[name][aspect]
            if isinstance(expected, dict):
                for key in sorted(set(expected) | set(actual)):
                    if expected.get(key) != actual.get(key):
                        found.append(
                            f"{name}.{key}: models say {expected.get(key)}, "
                            f"migrations give {actual.get(key)}"
                        )
            elif expected != actual:
                found.append(
                    f"{name} {aspect}: only in models {sorted(expected - actual, key=str)}, "
                    f"only in migrations {sorted(actual - expected, key=str)}"
                )
    return found


# ---------------------------------------------------------------- the tests


async def test_the_migration_chain_builds_exactly_the_models_schema(scratch, tmp_path):
    migrated_url, generated_url = await scratch(), await scratch()
    await asyncio.gather(
        migrate_in_process(migrated_url, tmp_path), generate_in_process(generated_url, tmp_path)
    )
    migrated, generated = await snapshot(migrated_url), await snapshot(generated_url)
    assert "firm" in generated and "outbox_mail" in generated
    found = differences(migrated, generated)
    assert not found, "the migrations differ from the models:\n" + "\n".join(found)


async def test_the_comparison_notices_a_dropped_unique_constraint(scratch, tmp_path, settings):
    """The check is not blind: break one database by hand and it must complain."""
    url = await scratch()
    await migrate_in_process(url, tmp_path)
    before = await snapshot(url)
    if settings.dialect == "postgres":
        import asyncpg

        conn = await asyncpg.connect(_pg_dsn(url))
        try:
            name = await conn.fetchval(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'staff_member'::regclass"
                " AND contype = 'u'"
            )
            await conn.execute(f'ALTER TABLE staff_member DROP CONSTRAINT "{name}"')
        finally:
            await conn.close()
    else:
        db = sqlite3.connect(url.split("://", 1)[1])
        db.executescript(
            "PRAGMA foreign_keys = OFF;"
            "CREATE TABLE staff_copy AS SELECT * FROM staff_member;"
            "DROP TABLE staff_member;"
            "CREATE TABLE staff_member (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
            " name VARCHAR(200) NOT NULL, email VARCHAR(254) NOT NULL,"
            " role VARCHAR(16) NOT NULL, password_hash VARCHAR(255) NOT NULL,"
            " created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
            " firm_id INT NOT NULL REFERENCES firm (id) ON DELETE CASCADE);"
        )
        db.close()
    after = await snapshot(url)
    found = differences(after, before)
    assert any(line.startswith("staff_member") for line in found), found


async def test_two_processes_migrating_one_fresh_database_apply_it_once(scratch, tmp_path):
    """Both processes reach the migration lock before either has migrated (a barrier), so
    only the lock stops them from applying the chain twice at once."""
    url = await scratch()

    async def nothing_migrated_yet() -> None:
        assert await _tables(url) == [], "a process migrated before the other arrived"

    command = [sys.executable, "-m", "firmflow.cli", "migrate"]
    first, second = await run_overlapping(
        [command, command],
        pause_at="migration-lock",
        env=_env(url, tmp_path),
        while_paused=nothing_migrated_yet,
        cwd=PROJECT_ROOT,
    )
    assert first.returncode == 0 and second.returncode == 0, [first.stderr, second.stderr]
    printed = sorted(p.stdout.strip().splitlines()[-1] for p in (first, second))
    assert printed[0].startswith("applied: "), printed
    assert printed[1] == "the database is up to date", printed
    chain = sorted(p.name for p in (MIGRATIONS_DIR / dialect_of(url) / "models").glob("*.py"))
    if dialect_of(url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(_pg_dsn(url))
        try:
            versions = [r[0] for r in await conn.fetch("SELECT version FROM aerich")]
        finally:
            await conn.close()
    else:
        db = sqlite3.connect(url.split("://", 1)[1])
        versions = [r[0] for r in db.execute("SELECT version FROM aerich")]
        db.close()
    assert sorted(versions) == chain
    # A third run finds nothing to do.
    third = await migrate_in_process(url, tmp_path)
    assert "up to date" in third.stdout


UPGRADE_FROM = """
import asyncio, sys
from aerich import Command
from tortoise import Tortoise
from firmflow.db import tortoise_config

async def main(url, location):
    command = Command(tortoise_config=tortoise_config(url), app="models", location=location)
    await Tortoise.init(config=tortoise_config(url))
    await command.init()
    await command.upgrade(run_in_transaction=True)
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def _execute(url: str, *statements: str) -> list[Any]:
    """Run statements on a raw connection; returns the rows of the last one."""
    rows: list[Any] = []
    if dialect_of(url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(_pg_dsn(url))
        try:
            for statement in statements:
                rows = list(await conn.fetch(statement))
        finally:
            await conn.close()
        return rows
    db = sqlite3.connect(url.split("://", 1)[1])
    try:
        for statement in statements:
            rows = db.execute(statement).fetchall()
        db.commit()
    finally:
        db.close()
    return rows


async def _tables(url: str) -> list[str]:
    if dialect_of(url) == "postgres":
        query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    return sorted(row[0] for row in await _execute(url, query))


async def test_upgrading_a_used_event_log_keeps_its_events_and_never_reuses_a_seq(
    scratch, tmp_path
):
    """The second migration rebuilds SQLite's event table: rows and the seq high-water mark
    (events pruned to none must not let seq start again) survive on both dialects; the third
    numbers events per firm and starts each firm's counter at that mark, so no seq a client
    may hold is ever given out again."""
    url = await scratch()
    chain = sorted((MIGRATIONS_DIR / dialect_of(url) / "models").glob("*.py"))
    first_only = tmp_path / "first-only"
    (first_only / "models").mkdir(parents=True)
    (first_only / "models" / chain[0].name).write_text(chain[0].read_text())
    await _run(["-c", UPGRADE_FROM, url, str(first_only)], url, tmp_path)
    insert = (
        "INSERT INTO event (at, topic, firm_id, client_visible, payload) "
        "VALUES (CURRENT_TIMESTAMP, 'job', {firm}, {visible}, '{{}}')"
    )
    visible = "true" if dialect_of(url) == "postgres" else "1"
    await _execute(
        url,
        "INSERT INTO firm (name, show_message_content_in_client_emails, created_at) "
        f"VALUES ('Old Firm', {visible}, CURRENT_TIMESTAMP)",
        *[insert.format(firm=1, visible=visible)] * 3,
        # The newest event is gone too: seq 3 was handed out and must stay used.
        "DELETE FROM event WHERE seq <> 2",
    )
    await migrate_in_process(url, tmp_path)
    kept = await _execute(url, "SELECT seq, firm_id FROM event ORDER BY seq")
    assert [tuple(row) for row in kept] == [(2, 1)]
    counters = await _execute(url, "SELECT firm_id, last_seq FROM event_counter")
    assert [tuple(row) for row in counters] == [(1, 3)]
