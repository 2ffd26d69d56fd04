"""Hot list reads as plain rows: a queryset's SQL built once per shape, then re-run.

Building a Tortoise queryset (pypika) and turning its rows into model instances cost more
than the database for a page of jobs: about 20 times a plain object per instance. A list
that reads on every request describes its query once as a `values_list` queryset, exactly
as before (the access rules stay the querysets of `resolvers/access.py`), and this module:

- builds it once per *shape* with sentinel integers in place of the request's values,
  keeps Tortoise's parameterized SQL and the values it bound, and re-runs that SQL with the
  request's values put where the sentinels were (asyncpg prepares it once per connection);
  the shape (`key`) names everything else the queryset depends on, the viewer included,
  so every constant it bound belongs to that shape;
- refuses a shape whose sentinels do not all come back as bound values, or show up in the
  SQL text (then the queryset is built with the real values each time: same SQL, same rows);
- converts each column as Tortoise would (`Model._init_from_db`: native values as they
  come, plain types by their type, the rest by the field's `to_python_value`), with one
  shortcut: an aware datetime from asyncpg is kept as it is (Tortoise would only swap its
  UTC tzinfo for the configured UTC zone, which answers render the same).

Statements still go through the connection's `execute_query`, so they are counted,
logged and run in the caller's transaction like any other.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from tortoise import connections
from tortoise.fields.base import Field
from tortoise.models import Model
from tortoise.queryset import QuerySet, ValuesListQuery

# Far below any id and above PostgreSQL's smallest integer: never a real value.
_SENTINEL_BASE = -2_000_000_000
_MAX_SHAPES = 1024

Build = Callable[..., ValuesListQuery[Any]]
Converter = Callable[[Any], Any]
Convert = Converter | None


@dataclass(frozen=True)
class _Shape:
    sql: str
    constants: tuple[Any, ...]
    # Per bound value: the name of the request value it takes, or None for a constant.
    slots: tuple[str | None, ...]


_shapes: OrderedDict[Hashable, _Shape | None] = OrderedDict()


def _sql_of(query: ValuesListQuery[Any]) -> tuple[str, list[Any]]:
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, values = query.query.get_parameterized_sql()
    return sql, list(values)


def _prepare(build: Build, names: Sequence[str]) -> _Shape | None:
    sentinels = {name: _SENTINEL_BASE - i for i, name in enumerate(names)}
    sql, values = _sql_of(build(**sentinels))
    by_value = {value: name for name, value in sentinels.items()}
    slots = tuple(
        by_value.get(value) if type(value) is int else None  # bools are not ids
        for value in values
    )
    if set(slots) - {None} != set(names) or any(str(v) in sql for v in sentinels.values()):
        return None  # a value was folded into the SQL or transformed: build it each time
    constants = tuple(None if slot else value for slot, value in zip(slots, values, strict=True))
    return _Shape(sql, constants, slots)


def _shape(full_key: Hashable, build: Build, names: Sequence[str]) -> _Shape | None:
    try:
        _shapes.move_to_end(full_key)
        return _shapes[full_key]
    except KeyError:
        shape = _prepare(build, names)
        _shapes[full_key] = shape
        if len(_shapes) > _MAX_SHAPES:
            _shapes.popitem(last=False)
        return shape


async def read_rows(
    key: Hashable | None,
    model: type[Model],
    paths: Sequence[str],
    build: Callable[..., QuerySet[Any]],
    /,
    **values: int,
) -> list[tuple[Any, ...]]:
    """The rows of `build(**values).values_list(*paths)` (a queryset of `model`), each value
    as Tortoise would give it. `key` names the shape: everything `build` reads besides
    `values` (the viewer, flags, the page size); None builds the queryset every time (say,
    for a search text)."""

    def query(**bound: int) -> ValuesListQuery[Any]:
        return build(**bound).values_list(*paths)

    connection = connections.get("default")
    dialect = connection.capabilities.dialect
    shape = _shape((dialect, key), query, list(values)) if key is not None else None
    if shape is None:
        sql, bound = _sql_of(query(**values))
    else:
        sql = shape.sql
        bound = [
            values[slot] if slot is not None else constant
            for slot, constant in zip(shape.slots, shape.constants, strict=True)
        ]
    _count, rows = await connection.execute_query(sql, bound)
    converting = _converting(dialect, model, tuple(paths))
    if not converting:
        return [tuple(row) for row in rows]
    out = []
    for row in rows:
        items = list(row)
        for index, convert in converting:
            items[index] = convert(items[index])
        out.append(tuple(items))
    return out


async def read_rows_of_ids(
    name: str,
    model: type[Model],
    paths: Sequence[str],
    build: Callable[[list[int]], QuerySet[Any]],
    ids: Sequence[int],
) -> list[tuple[Any, ...]]:
    """`read_rows` for a queryset of some ids (`build(ids)`, say `id__in=ids`): one shape per
    number of distinct ids, named `name`; nothing is read for no ids."""
    unique = sorted(set(ids))
    if not unique:
        return []
    values = {f"id{i}": value for i, value in enumerate(unique)}

    def query(**bound: int) -> QuerySet[Any]:
        return build(list(bound.values()))

    return await read_rows((name, len(unique)), model, paths, query, **values)


_converters: dict[tuple[str, type[Model], tuple[str, ...]], list[tuple[int, Converter]]] = {}


def _converting(
    dialect: str, model: type[Model], paths: tuple[str, ...]
) -> list[tuple[int, Converter]]:
    key = (dialect, model, paths)
    found = _converters.get(key)
    if found is None:
        found = [(i, c) for i, c in enumerate(converters_of(model, paths)) if c is not None]
        _converters[key] = found
    return found


def _field(model: type[Model], path: str) -> Field[Any]:
    *relations, name = path.split("__")
    for relation in relations:
        model = cast(Any, model._meta.fields_map[relation]).related_model
    return model._meta.fields_map[name]


def converters_of(model: type[Model], paths: Sequence[str]) -> list[Convert]:
    """For each `values_list` path of `model` ("name", "stage__position"), how to turn the
    driver's value into Tortoise's (None: as it comes). Computed once per list, not per row."""
    meta_of: dict[type[Model], tuple[set[str], set[str]]] = {}
    out: list[Convert] = []
    for path in paths:
        field = _field(model, path)
        owner = field.model
        if owner not in meta_of:
            meta = owner._meta
            meta_of[owner] = (
                {key for key, _name, _field in meta.db_native_fields},
                {key for key, _name, _field in meta.db_default_fields},
            )
        native, default = meta_of[owner]
        column = field.source_field or field.model_field_name
        if column in native:
            out.append(None)
        elif column in default:
            out.append(_by_type(field.field_type))
        else:
            out.append(_by_field(field))
    return out


def _by_type(kind: type) -> Convert:
    def convert(value: Any) -> Any:
        return value if value is None else kind(value)

    return convert


def _by_field(field: Field[Any]) -> Convert:
    to_python = field.to_python_value

    def convert(value: Any) -> Any:
        if value is None or (type(value) is datetime and value.tzinfo is not None):
            return value
        return to_python(value)

    return convert
