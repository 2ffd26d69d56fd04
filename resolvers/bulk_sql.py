"""Set-based writes for bulk changes: a constant number of statements whatever the row count.

On PostgreSQL, rows go in as one `INSERT ... SELECT FROM jsonb_to_recordset(document)` and
updates hit
`id = ANY(array)`: one statement and one round trip each, for 10 or 10,000 rows. On SQLite
(in-process, no round trips) Tortoise's own batched statements are used.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tortoise.models import Model

from resolvers.uow import current_connection

SQLITE_BATCH = 1000


def _is_postgres() -> bool:
    return current_connection().capabilities.dialect == "postgres"


async def insert_rows(
    model: type[Model], rows: list[dict[str, Any]], pg_types: dict[str, str]
) -> None:
    """Insert `rows` (column → value; the same columns in every row) inside `atomic()`.

    `pg_types` gives each column's PostgreSQL type (`jsonb` values are Python objects).
    Column names come from code, never from input.
    """
    if not rows:
        return
    if not _is_postgres():
        await model.bulk_create([model(**row) for row in rows], batch_size=SQLITE_BATCH)
        return
    # One JSON document for all rows: one encoder call here, one parse there.
    document = json.dumps(
        [{column: row[column] for column in pg_types} for row in rows], default=_json_default
    )
    names = ", ".join(f'"{column}"' for column in pg_types)
    record = ", ".join(f'"{column}" {kind}' for column, kind in pg_types.items())
    sql = (
        f'INSERT INTO "{model._meta.db_table}" ({names}) '
        f"SELECT {names} FROM jsonb_to_recordset($1::jsonb) AS r({record})"
    )
    await current_connection().execute_query(sql, [document])


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a bulk insert")


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
