"""One transaction per mutation, with work that must wait until it has committed.

`atomic()` wraps a mutation: database changes, stored events and queued mail commit
together. Callbacks registered with `after_commit` (publishing events, waking the mail
sender) run only once the transaction committed, so a rollback publishes and sends nothing.
Nested `atomic()` blocks join the outer one.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

log = logging.getLogger(__name__)

AfterCommit = Callable[[], Awaitable[None]]
# On PostgreSQL every atomic() block takes this lock first. Writers are thereby serialised,
# so an event's seq order is its commit order (a subscriber resuming after seq N never later
# finds a smaller seq committed behind it), and no transaction can take row locks before
# the event lock and deadlock against one that holds it.
EVENT_ORDER_LOCK = 7_201_001
# On SQLite every atomic() block starts with a write that changes nothing, so it holds the
# database's write lock from its first statement (as BEGIN IMMEDIATE would; Tortoise issues
# a plain deferred BEGIN). Otherwise a block that reads, then writes while another process
# committed in between, fails at once with "database is locked" (its read snapshot is stale
# and SQLite cannot wait that out). A process waiting for the lock waits up to the
# connection's busy timeout. `aerich` is the migration ledger every migrated database has.
SQLITE_TAKE_WRITE_LOCK = 'UPDATE "aerich" SET "id" = "id" WHERE 0'
_pending: contextvars.ContextVar[list[AfterCommit] | None] = contextvars.ContextVar(
    "firmflow_after_commit", default=None
)
_connection: contextvars.ContextVar[BaseDBAsyncClient | None] = contextvars.ContextVar(
    "firmflow_connection", default=None
)


@asynccontextmanager
async def atomic() -> AsyncIterator[BaseDBAsyncClient]:
    """Run the block in one transaction; then run the after-commit callbacks."""
    outer = _connection.get()
    if outer is not None:
        yield outer
        return
    callbacks: list[AfterCommit] = []
    pending_token = _pending.set(callbacks)
    try:
        async with in_transaction() as conn:
            if conn.capabilities.dialect == "postgres":
                await conn.execute_query(f"SELECT pg_advisory_xact_lock({EVENT_ORDER_LOCK})")
            else:
                await conn.execute_query(SQLITE_TAKE_WRITE_LOCK)
            conn_token = _connection.set(conn)
            try:
                yield conn
            finally:
                _connection.reset(conn_token)
    finally:
        _pending.reset(pending_token)
    for callback in callbacks:
        try:
            await callback()
        except Exception:  # the change is committed; a failed side job must not undo it
            log.exception("after-commit callback failed")


def current_connection() -> BaseDBAsyncClient:
    """The connection of the enclosing `atomic()` block (raises outside one)."""
    conn = _connection.get()
    if conn is None:
        raise RuntimeError("this change must run inside atomic()")
    return conn


def after_commit(callback: AfterCommit) -> None:
    """Run `callback` once the enclosing `atomic()` block has committed."""
    pending = _pending.get()
    if pending is None:
        raise RuntimeError("after_commit() needs an enclosing atomic() block")
    if callback not in pending:
        pending.append(callback)
