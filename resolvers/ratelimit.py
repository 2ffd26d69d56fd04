"""Attempt counting per key over the last minute, atomic across every server process.

Counting is one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` statement per key, so of
any number of concurrent attempts (parallel requests, aliases of one document, several
processes) each sees its own place in the count. Two ways to use it:

- Guessable secrets (passwords): `reserve_attempt` counts the attempt BEFORE it is
  evaluated, and the ones past the limit are refused without being evaluated; an attempt
  that turns out fine (the right password) is handed back with `release`, so only failures
  stay counted. However many guesses arrive at once, at most the limit are ever tried.
- Unguessable secrets (256-bit link tokens): `check_not_limited` refuses an address that is
  over the limit, the token is looked up, and only a wrong one is counted with
  `record_failure` (RATE_LIMITED instead of NOT_FOUND past the limit). Right tokens never
  touch the count, so a browser's burst of parallel requests with its valid link is never
  refused; a wrong-token burst still ends in RATE_LIMITED past the limit.

A refused attempt is handed back, so hammering a limited key does not extend the wait.

The count is a sliding estimate over two clock minutes: this minute's attempts plus the
previous minute's, weighted by how much of that minute still lies within the last 60
seconds. The statements run outside any transaction (each one commits by itself), so a
failing mutation that rolls back keeps its failure counted.

Both databases do this (SQLite 3.35+ and PostgreSQL know ON CONFLICT ... RETURNING), so the
limits hold with or without Redis.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from resolvers.errors import RateLimited

MAX_KEY_LENGTH = 300


@dataclass(frozen=True)
class Limit:
    """At most `per_minute` attempts a minute for `key` (0: no limit)."""

    key: str
    per_minute: int


@dataclass(frozen=True)
class Attempt:
    """Attempts counted by `reserve_attempt`, to hand back with `release`."""

    keys: tuple[str, ...]
    minute: int


def _connection() -> tuple[BaseDBAsyncClient, bool]:
    conn = connections.get("default")
    return conn, conn.capabilities.dialect == "postgres"


def _sql(statement: str, postgres: bool) -> str:
    """`?` placeholders for SQLite, `$n` for PostgreSQL."""
    if not postgres:
        return statement
    parts = statement.split("?")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]


async def _increment(key: str, minute: int) -> int:
    conn, postgres = _connection()
    rows = await conn.execute_query_dict(
        _sql(
            'INSERT INTO "rate_limit_counter" ("key", "minute", "count") VALUES (?, ?, 1)'
            ' ON CONFLICT ("key", "minute") DO UPDATE'
            ' SET "count" = "rate_limit_counter"."count" + 1 RETURNING "count"',
            postgres,
        ),
        [key, minute],
    )
    count = int(rows[0]["count"])
    if count == 1:  # a new row: a good moment to drop the ones that no longer count
        await conn.execute_query(
            _sql('DELETE FROM "rate_limit_counter" WHERE "minute" < ?', postgres), [minute - 1]
        )
    return count


async def _previous(key: str, minute: int) -> int:
    conn, postgres = _connection()
    _, rows = await conn.execute_query(
        _sql('SELECT "count" FROM "rate_limit_counter" WHERE "key" = ? AND "minute" = ?', postgres),
        [key, minute - 1],
    )
    return int(dict(rows[0])["count"]) if rows else 0


async def _decrement(key: str, minute: int) -> None:
    conn, postgres = _connection()
    await conn.execute_query(
        _sql(
            'UPDATE "rate_limit_counter" SET "count" = "count" - 1'
            ' WHERE "key" = ? AND "minute" = ? AND "count" > 0',
            postgres,
        ),
        [key, minute],
    )


def _now() -> tuple[int, float]:
    """This clock minute, and the weight of the previous one in "the last 60 seconds"."""
    now = time.time()
    return int(now // 60), 1.0 - (now % 60) / 60


async def check_not_limited(limits: list[Limit], message: str) -> None:
    """RATE_LIMITED when any key already reached its limit (nothing is counted)."""
    minute, previous_weight = _now()
    conn, postgres = _connection()
    for limit in limits:
        if limit.per_minute <= 0:
            continue
        key = limit.key[:MAX_KEY_LENGTH]
        _, rows = await conn.execute_query(
            _sql(
                'SELECT "minute", "count" FROM "rate_limit_counter"'
                ' WHERE "key" = ? AND "minute" >= ?',
                postgres,
            ),
            [key, minute - 1],
        )
        counts = {int(dict(r)["minute"]): int(dict(r)["count"]) for r in rows}
        estimate = counts.get(minute, 0) + int(counts.get(minute - 1, 0) * previous_weight)
        if estimate >= limit.per_minute:
            raise RateLimited(message)


async def record_failure(limits: list[Limit], message: str) -> None:
    """Count one failure; RATE_LIMITED when it is past a limit (then it is not counted)."""
    await reserve_attempt(limits, message)


async def reserve_attempt(limits: list[Limit], message: str) -> Attempt:
    """Count one attempt against every limit; RATE_LIMITED (and nothing counted) when any
    of them is over. Call `release` when the attempt turns out not to be a failure."""
    minute, previous_weight = _now()
    counted: list[str] = []
    over = False
    for limit in limits:
        if limit.per_minute <= 0:
            continue
        key = limit.key[:MAX_KEY_LENGTH]
        count = await _increment(key, minute)
        counted.append(key)
        estimate = count + int(await _previous(key, minute) * previous_weight)
        if estimate > limit.per_minute:
            over = True
    attempt = Attempt(keys=tuple(counted), minute=minute)
    if over:
        await release(attempt)
        raise RateLimited(message)
    return attempt


async def release(attempt: Attempt) -> None:
    """Hand back an attempt that did not fail: it no longer counts."""
    for key in attempt.keys:
        await _decrement(key, attempt.minute)
