"""Set-based writes for bulk changes: a constant number of statements whatever the row count.

On PostgreSQL, rows go in with one binary `COPY` (`copy_rows`) and updates hit
`id = ANY(array)`: one statement each, for 10 or 10,000 rows. On SQLite (in-process, no round
trips) Tortoise's own batched statements are used.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from tortoise.models import Model

from eventstore.uow import current_connection

SQLITE_BATCH = 1000
# Below this many rows one multi-row INSERT is cheaper than a COPY (which first asks
# PostgreSQL for the table's column types).
COPY_FROM = 50
# Rows prepared between two looks at the connection while a statement runs (`in_slices`).
SLICE = 500
T = TypeVar("T")
R = TypeVar("R")


def _is_postgres() -> bool:
    return current_connection().capabilities.dialect == "postgres"


async def copy_rows(
    model: type[Model],
    columns: Sequence[str],
    records: list[tuple[Any, ...]],
    json_columns: Sequence[str] = (),
) -> None:
    """Insert `records` (tuples of values in `columns` order) inside `atomic()`.

    PostgreSQL: one binary COPY on the transaction's connection (so it commits or rolls back
    with it); the values of `json_columns` are already encoded JSON text. SQLite, and a few
    rows on PostgreSQL: batched inserts through the model, the JSON text decoded back.
    Column names come from code, never from input.
    """
    if not records:
        return
    if _is_postgres() and len(records) >= COPY_FROM:
        async with current_connection().acquire_connection() as raw:
            await raw.copy_records_to_table(
                model._meta.db_table, records=records, columns=list(columns)
            )
        return
    decoded = [columns.index(column) for column in json_columns]
    objects = []
    for record in records:
        row = dict(zip(columns, record, strict=True))
        for index in decoded:
            if record[index] is not None:  # SQL NULL, not JSON null
                row[columns[index]] = json.loads(record[index])
        objects.append(model(**row))
    await model.bulk_create(objects, batch_size=SQLITE_BATCH)


_encode = json.JSONEncoder(separators=(",", ":")).encode
_encode_str = json.encoder.encode_basestring_ascii  # what `_encode` does with a str
_HOLE = "\x00firmflow-hole\x00"


class SimilarJson:
    """Encodes many flat dicts that differ mostly in one str key (e.g. each job's name).

    The text is exactly `_encode(value)`, i.e. `json.dumps(value, separators=(",", ":"))`:
    the rest of a dict is encoded once per distinct combination of keys, values and value
    types, and each dict's `varying` string is spliced in.
    """

    def __init__(self, varying: str) -> None:
        self._varying = varying
        self._templates: dict[tuple[Any, ...], tuple[str, str]] = {}

    def __call__(self, value: dict[str, Any]) -> str:
        hole = value.get(self._varying)
        if type(hole) is not str:
            return _encode(value)
        probe = {**value, self._varying: _HOLE}
        try:
            key = (*probe.items(), *map(type, probe.values()))
            template = self._templates.get(key)
        except TypeError:  # an unhashable value
            return _encode(value)
        if template is None:
            text, hole_text = _encode(probe), _encode_str(_HOLE)
            if text.count(hole_text) != 1:  # some other value looks like the hole
                return _encode(value)
            prefix, _, suffix = text.partition(hole_text)
            template = self._templates[key] = (prefix, suffix)
        return f"{template[0]}{_encode_str(hole)}{template[1]}"


async def update_ids(model: type[Model], ids: list[int], values: dict[str, Any]) -> None:
    """Set the same `values` (column → value) on every row of `ids` inside `atomic()`."""
    if not ids:
        return
    if not _is_postgres():
        for start in range(0, len(ids), SQLITE_BATCH):
            await model.filter(id__in=ids[start : start + SQLITE_BATCH]).update(**values)
        return
    columns = list(values)
    assignments = ", ".join(f'"{column}" = ${i}' for i, column in enumerate(columns, start=1))
    sql = (
        f'UPDATE "{model._meta.db_table}" SET {assignments} '
        f'WHERE "id" = ANY(${len(columns) + 1}::int[])'
    )
    await current_connection().execute_query(sql, [*values.values(), ids])


@asynccontextmanager
async def meanwhile(statement: Awaitable[Any]) -> AsyncIterator[None]:
    """Send `statement` (a write in the current transaction) and run the block while the
    database works on it, e.g. preparing the next statement's rows with `in_slices`.

    Statements the block sends wait for this one (the transaction's connection is taken in
    turn), so the order of statements is unchanged. Leaves only once the statement has
    finished; when it failed, its error is the one raised.
    """
    task = asyncio.ensure_future(statement)
    await asyncio.sleep(0)  # let it take the connection before anything in the block
    try:
        yield
    except BaseException as error:
        try:
            await task
        except BaseException as failed:
            raise failed from error
        raise
    await task


async def in_slices(items: Sequence[T], build: Callable[[T], R]) -> list[R]:
    """`[build(item) for item in items]`, letting a statement sent with `meanwhile` go on
    between slices (its round trips are answered while the rows are being built)."""
    built: list[R] = []
    for start in range(0, len(items), SLICE):
        built.extend(map(build, items[start : start + SLICE]))
        await asyncio.sleep(0)
    return built
