"""Set-based writes for bulk changes: a constant number of statements whatever the row count.

On PostgreSQL, rows go in as one `INSERT ... SELECT FROM unnest(arrays)` and updates hit
`id = ANY(array)`: one statement and one round trip each, for 10 or 10,000 rows. On SQLite
(in-process, no round trips) Tortoise's own batched statements are used.
"""

from __future__ import annotations

import json
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
    """
    if not rows:
        return
    if not _is_postgres():
        await model.bulk_create([model(**row) for row in rows], batch_size=SQLITE_BATCH)
        return
    columns = list(pg_types)
    arrays: list[list[Any]] = []
    selects: list[str] = []
    params: list[str] = []
    for index, column in enumerate(columns, start=1):
        kind = pg_types[column]
        values = [row[column] for row in rows]
        if kind == "jsonb":
            values = [json.dumps(v) for v in values]
            params.append(f"${index}::text[]")
            selects.append(f"c{index}::jsonb")
        else:
            params.append(f"${index}::{kind}[]")
            selects.append(f"c{index}")
        arrays.append(values)
    aliases = ", ".join(f"c{i}" for i in range(1, len(columns) + 1))
    names = ", ".join(f'"{column}"' for column in columns)
    sql = (
        f'INSERT INTO "{model._meta.db_table}" ({names}) '
        f"SELECT {', '.join(selects)} FROM unnest({', '.join(params)}) AS t({aliases})"
    )
    await current_connection().execute_query(sql, arrays)


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
