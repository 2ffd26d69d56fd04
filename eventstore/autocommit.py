"""Writes made outside any transaction still raise the data version.

Readable data is changed inside `eventstore.uow.atomic()`, which raises the versions of the
firms it changed after its commit (`eventstore.versions`). A statement sent outside any
transaction commits as it runs: a background worker updating a row with a plain ORM call,
a script, a test emptying tables. So that no such path can leave kept answers stale, every
database client of the process is watched here (`watch_autocommit_writes`): a write
(INSERT, UPDATE, DELETE, ...) that did not run in a transaction raises every firm's version
once it returned (its firm is not known here), unless its table is one no query reads
(`UNREAD_TABLES`: rate-limit counters, the outbox, the migration ledger). A write in a
transaction opened without `atomic()` cannot be handled (its commit is not seen here):
firmflow opens none.

The cost for reads: one look at the statement's first word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Awaitable, Callable
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient

from eventstore import versions

# Tables whose rows no GraphQL query answers with: writes to them change no kept answer.
UNREAD_TABLES = frozenset({"rate_limit_counter", "outbox_mail", "aerich"})
_METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many")
_WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "MERGE", "COPY")
_TABLE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|COPY)\s+"?(\w+)"?',
    re.IGNORECASE,
)
_WRITE_IN_WITH = re.compile(r"\b(?:INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def changes_readable_data(sql: str) -> bool:
    """Whether a statement (or a script of them) may change rows a query reads."""
    parts = [part for part in sql.split(";") if part.strip()] if ";" in sql else [sql]
    for part in parts:
        start = part.lstrip()[:8].upper()
        if start.startswith("WITH"):
            if _WRITE_IN_WITH.search(part):
                return True
        elif start.startswith(_WRITES):
            found = _TABLE.match(part)
            if found is None or found.group(1).lower() not in UNREAD_TABLES:
                return True
    return False


def _watched(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def run(self: BaseDBAsyncClient, query: Any, *args: Any, **kwargs: Any) -> Any:
        result = await method(self, query, *args, **kwargs)
        if not isinstance(self, TransactionalDBClient) and changes_readable_data(str(query)):
            await versions.bump({versions.ALL_FIRMS})
        return result

    run.firmflow_watched = True  # type: ignore[attr-defined]
    return run


def watch_autocommit_writes() -> None:
    """Watch every database client class of Tortoise (once per process; the app's lifespan
    and the command line call this)."""
    classes: list[type] = []
    pending: list[type] = [BaseDBAsyncClient]
    while pending:
        cls = pending.pop()
        classes.append(cls)
        pending.extend(cls.__subclasses__())
    for cls in classes:
        if issubclass(cls, TransactionalDBClient):
            continue
        for name in (*_METHODS, "execute_script"):
            method = cls.__dict__.get(name)
            if method is None or getattr(method, "firmflow_watched", False):
                continue
            if getattr(method, "__isabstractmethod__", False):
                continue
            setattr(cls, name, _watched(method))
