"""One transaction per mutation, with work that must run just before or after it commits.

`atomic()` wraps a mutation: database changes, stored events and queued mail commit
together. Callbacks registered with `before_commit` run inside the transaction once the
block's own work is done (the event store numbers and inserts the recorded events there, so
a firm's event counter is the last lock the transaction takes and is held only until the
commit). Callbacks registered with `after_commit` (publishing events, waking the mail
sender) run only once the transaction committed, so a rollback publishes and sends nothing.
Nested `atomic()` blocks join the outer one.

No lock is taken here: a transaction that records no event (sign-in, marking notifications
read, pruning) waits for nobody, and transactions of different firms never wait for each
other (see `eventstore.store`).

Every committed block raises the data version of the firms it changed
(`eventstore.versions`), after the commit and before the block returns, so before the
mutation answers: kept answers of those firms are then stale everywhere. The firms are
those its events belong to, those named with `changes_firm`, and the firm the request acts
for (`acting_for_firm`, set by the HTTP layer from the caller: a caller only changes its own
firm). A block that names no firm raises every firm's version, so a path that forgets to
say which firm it changed costs cache hits, never a stale answer (and a write outside any
block raises every firm's version too: `eventstore.autocommit`).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from eventstore import versions

log = logging.getLogger(__name__)

AfterCommit = Callable[[], Awaitable[None]]
BeforeCommit = Callable[[BaseDBAsyncClient], Awaitable[None]]
Opening = Callable[[], None]
T = TypeVar("T")


@dataclass
class _Unit:
    conn: BaseDBAsyncClient
    before: list[BeforeCommit] = field(default_factory=list)
    after: list[AfterCommit] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    firms: set[int] = field(default_factory=set)
    # False for a block that changes nothing any query reads (`changes_nothing_readable`).
    readable: bool = True


# On SQLite every atomic() block starts with a write that changes nothing, so it holds the
# database's write lock from its first statement (as BEGIN IMMEDIATE would; Tortoise issues
# a plain deferred BEGIN). Otherwise a block that reads, then writes while another process
# committed in between, fails at once with "database is locked" (its read snapshot is stale
# and SQLite cannot wait that out). A process waiting for the lock waits up to the
# connection's busy timeout. `aerich` is the migration ledger every migrated database has.
# (PostgreSQL takes no lock here: see the module docstring.)
SQLITE_TAKE_WRITE_LOCK = 'UPDATE "aerich" SET "id" = "id" WHERE 0'
_unit: contextvars.ContextVar[_Unit | None] = contextvars.ContextVar("firmflow_unit", default=None)
_acting_firm: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "firmflow_acting_firm", default=None
)
_openings: contextvars.ContextVar[tuple[Opening, ...]] = contextvars.ContextVar(
    "firmflow_unit_openings", default=()
)


@contextmanager
def on_every_transaction(opening: Opening) -> Iterator[None]:
    """Within this block, every transaction `atomic()` opens calls `opening()` first thing
    (inside it, so it may register `before_commit` work). The audit log hangs on this
    (`eventstore.audit.acting`): whatever a staff action writes goes through `atomic()`,
    so its entry cannot be forgotten by the code that makes the change."""
    token = _openings.set((*_openings.get(), opening))
    try:
        yield
    finally:
        _openings.reset(token)


@asynccontextmanager
async def atomic() -> AsyncIterator[BaseDBAsyncClient]:
    """Run the block in one transaction; then run the after-commit callbacks."""
    outer = _unit.get()
    if outer is not None:
        yield outer.conn
        return
    async with in_transaction() as conn:
        if conn.capabilities.dialect == "sqlite":
            await conn.execute_query(SQLITE_TAKE_WRITE_LOCK)
        unit = _Unit(conn)
        token = _unit.set(unit)
        try:
            for opening in _openings.get():
                opening()
            yield conn
            # Registered callbacks may register more (in order); all run before the commit.
            index = 0
            while index < len(unit.before):
                await unit.before[index](conn)
                index += 1
        finally:
            _unit.reset(token)
    # Shielded: a request cancelled now (its timeout) has committed; the bump still happens.
    await asyncio.shield(_raise_versions(unit))
    for callback in unit.after:
        try:
            await callback()
        except Exception:  # the change is committed; a failed side job must not undo it
            log.exception("after-commit callback failed")


async def _raise_versions(unit: _Unit) -> None:
    firms: set[int | str] = set(unit.firms)
    acting = _acting_firm.get()
    if acting is not None:
        firms.add(acting)
    if firms:
        await versions.bump(firms)
    elif unit.readable:
        await versions.bump({versions.ALL_FIRMS})


def acting_for_firm(firm_id: int | None) -> contextvars.Token[int | None]:
    """The firm this request acts for (the caller's; None for nobody signed in): blocks
    committed while it is set count as changes of that firm. `reset_acting_firm(token)` at
    the end of the request."""
    return _acting_firm.set(firm_id)


def reset_acting_firm(token: contextvars.Token[int | None]) -> None:
    _acting_firm.reset(token)


def changes_firm(firm_id: int | None) -> None:
    """The enclosing block changes this firm's data (when no event says so and the request
    does not act for it: sign-in, background work)."""
    if firm_id is not None:
        _current().firms.add(firm_id)


def changes_nothing_readable() -> None:
    """The enclosing block changes nothing any query answers with (pruning stored events):
    unless it names a firm (an event, `changes_firm`, the request's firm), it raises no data
    version."""
    _current().readable = False


def in_transaction_block() -> bool:
    """Whether an `atomic()` block encloses the caller."""
    return _unit.get() is not None


def _current() -> _Unit:
    unit = _unit.get()
    if unit is None:
        raise RuntimeError("this change must run inside atomic()")
    return unit


def current_connection() -> BaseDBAsyncClient:
    """The connection of the enclosing `atomic()` block (raises outside one)."""
    return _current().conn


def unit_value(key: str, make: Callable[[], T]) -> T:
    """A value kept for the length of the enclosing `atomic()` block (made on first use)."""
    values = _current().values
    if key not in values:
        values[key] = make()
    return cast(T, values[key])


def before_commit(callback: BeforeCommit) -> None:
    """Run `callback(conn)` at the end of the enclosing `atomic()` block, before it commits
    (once, however often it is registered)."""
    unit = _current()
    if callback not in unit.before:
        unit.before.append(callback)


def after_commit(callback: AfterCommit) -> None:
    """Run `callback` once the enclosing `atomic()` block has committed."""
    pending = _unit.get()
    if pending is None:
        raise RuntimeError("after_commit() needs an enclosing atomic() block")
    if callback not in pending.after:
        pending.after.append(callback)
