"""Writing the audit log: one entry per staff action, in the transaction of the change.

A staff action runs inside `acting(action)` (the GraphQL mutation wrapper sets it for every
mutation field, `schema.audited`). Every transaction `atomic()` opens in that block gets
a draft entry (`eventstore.uow.on_every_transaction`), written just before the commit:
who (staff id and name at the time), when, from which address, which operation, and the
records it changed. So an entry cannot be forgotten by the code making the change; it
commits or rolls back with it.

The records come from two places:
- ORM saves and deletes of firm data (`Model.create`, `instance.save()`, `.delete()`) are
  seen through Tortoise's signals: a created record's fields, a deleted one's, and the
  fields an update changed (their values read just before the update, only while a staff
  action is being audited).
- Set-based writes (a queryset `.update()`, a bulk edit's `UPDATE ... = ANY(ids)`) pass no
  instance: the one domain function that makes each such change calls `note` / `note_many`
  with its before and after (e.g. `resolvers.client_facing.apply_to_jobs`: one call for a
  10,000-job edit, stored with one COPY).

Sign-ins, failed sign-ins, password resets and invite acceptances are not staff mutations
(the caller is not signed in yet): their functions call `write_entry` in their own
transaction. Nothing here updates or deletes an entry except `prune_audit` (retention);
on PostgreSQL a trigger refuses anything else (see models/audit.py).
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.relational import ForeignKeyFieldInstance
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.signals import Signals

import models
from eventstore.bulk_sql import copy_rows
from eventstore.uow import (
    atomic,
    before_commit,
    current_connection,
    in_transaction_block,
    on_every_transaction,
    unit_value,
)
from models import AuditEntry, AuditRecord

# Rows that are not firm data a person changes: the logs themselves, counters, outgoing
# mail, sign-in tokens and reset links (sign-ins and resets have entries of their own),
# notifications (a change's side effect for its readers).
NOT_AUDITED = frozenset(
    {
        "AuditEntry",
        "AuditRecord",
        "AuthToken",
        "ClientNotification",
        "Event",
        "EventCounter",
        "EventPruneMark",
        "Notification",
        "OutboxMail",
        "PasswordReset",
        "RateLimitCounter",
    }
)
# Secrets are never written to the log, only that they changed: any field whose name says
# it holds one (password_hash, token_hash, a webhook's secret, a lease token, ...).
SECRET_WORDS = ("password", "secret", "token", "key")
HIDDEN = "[redacted]"


@functools.cache
def is_secret(field_name: str) -> bool:
    """Whether a field's values are kept out of the log (by its name: a new secret field is
    hidden without anyone remembering to list it)."""
    name = field_name.lower()
    return any(word in name for word in SECRET_WORDS)


_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
RECORD_COLUMNS = ("entry_id", "firm_id", "record_type", "record_id", "before", "after")


@dataclass(frozen=True, slots=True)
class Action:
    """Who does what from where. `actor_kind`: STAFF; CLIENT (a portal user signing in);
    ANONYMOUS (a failed sign-in, a reset request); OPERATOR (the command line)."""

    firm_id: int
    operation: str
    address: str
    actor_kind: str = "STAFF"
    actor_name: str = ""
    staff_id: int | None = None
    contact_id: int | None = None


@dataclass(eq=False)
class _Draft:
    """The entry of one transaction of an action, written by `flush` before the commit."""

    action: Action
    records: dict[tuple[str, int], tuple[dict[str, Any] | None, dict[str, Any] | None]] = field(
        default_factory=dict
    )
    detail: dict[str, Any] = field(default_factory=dict)
    skipped: bool = False
    written: bool = False
    reading: dict[int, dict[str, Any]] = field(default_factory=dict)

    def note(
        self,
        record_type: str,
        record_id: int,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        if self.written:
            raise RuntimeError("the audit entry of this transaction is already written")
        key = (record_type, int(record_id))
        known = self.records.get(key)
        if known is None:  # the callers' dicts are fresh: kept as they are
            self.records[key] = (before, after)  # type: ignore[assignment]
            return
        # The same record changed twice in one action: the first before, the last after.
        old_before, old_after = known
        merged_before = old_before
        if old_before is not None and before is not None:
            merged_before = {**before, **old_before}
        merged_after = None if after is None else {**(old_after or {}), **after}
        self.records[key] = (merged_before, merged_after)

    async def flush(self, conn: BaseDBAsyncClient) -> None:
        if self.skipped:
            return
        self.written = True
        await _insert(conn, self.action, self.records, detail=self.detail or None, succeeded=True)


_action: contextvars.ContextVar[Action | None] = contextvars.ContextVar(
    "firmflow_audit_action", default=None
)
_DRAFT = "eventstore.audit.draft"


def _open_draft() -> _Draft | None:
    """The current transaction's draft entry (made, and its writing registered, on first
    use); None outside an audited action."""
    action = _action.get()
    if action is None:
        return None
    draft = unit_value(_DRAFT, lambda: _Draft(action))
    before_commit(draft.flush)
    return draft


@contextmanager
def acting(action: Action | None) -> Iterator[None]:
    """Every transaction opened in this block writes an entry of `action` (None: nothing
    is audited, e.g. a portal user's own actions)."""
    if action is None:
        yield
        return
    token = _action.set(action)
    _listening(+1)
    try:
        with on_every_transaction(_start_draft):
            yield
    finally:
        _listening(-1)
        _action.reset(token)


def _start_draft() -> None:
    _open_draft()


def _draft() -> _Draft | None:
    if _action.get() is None or not in_transaction_block():
        return None
    return _open_draft()


def auditing() -> bool:
    """Whether the current transaction belongs to an audited action."""
    return _draft() is not None


def note(
    record_type: str,
    record_id: int,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> None:
    """A record the current action changed, with the changed fields' values (before None:
    created; after None: deleted). Does nothing outside an audited action."""
    draft = _draft()
    if draft is not None:
        draft.note(record_type, record_id, before, after)


def note_many(
    record_type: str,
    changes: Iterable[tuple[int, Mapping[str, Any] | None, Mapping[str, Any] | None]],
) -> None:
    """`note` for many records of one type: (id, before, after) each."""
    draft = _draft()
    if draft is not None:
        for record_id, before, after in changes:
            draft.note(record_type, record_id, before, after)


def note_detail(**detail: Any) -> None:
    """Facts of the action its records do not show (e.g. how many links were revoked)."""
    draft = _draft()
    if draft is not None:
        draft.detail.update({key: plain(value) for key, value in detail.items()})


def changes_nothing_audited() -> None:
    """The current transaction changes only the caller's own reading state (e.g. marking
    notifications read): no entry. Said in the code that makes the change, so it is a
    decision, never an omission (tests/test_audit_log.py lists these operations)."""
    draft = _draft()
    if draft is not None:
        draft.skipped = True


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields whose values differ, as (before, after)."""
    keys = [key for key in after if plain(before.get(key)) != plain(after[key])]
    return {key: before.get(key) for key in keys}, {key: after[key] for key in keys}


def plain(value: Any) -> Any:
    """A value as JSON data (times as ISO text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    return str(value)


_PLAIN = frozenset({bool, int, float, str, type(None)})


def _shown(values: dict[str, Any]) -> dict[str, Any]:
    """The values as stored: JSON data, secrets hidden (most are plain already)."""
    if not any(map(is_secret, values)) and all(type(v) in _PLAIN for v in values.values()):
        return values
    return {key: HIDDEN if is_secret(key) else plain(value) for key, value in values.items()}


class _Encoder:
    """JSON text of the before/after dicts of one entry, each distinct one encoded once: a
    bulk edit's afters are mostly one and the same (measured faster than splicing the
    varying name into a template, `bulk_sql.SimilarJson`, for these small dicts)."""

    def __init__(self) -> None:
        self._known: dict[Any, str] = {}

    def __call__(self, value: dict[str, Any]) -> str:
        try:
            key = tuple(value.items())
            text = self._known.get(key)
        except TypeError:  # an unhashable value
            return _encode(value)
        if text is None:
            text = self._known[key] = _encode(value)
        return text


async def _insert(
    conn: BaseDBAsyncClient,
    action: Action,
    records: Mapping[tuple[str, int], tuple[dict[str, Any] | None, dict[str, Any] | None]],
    *,
    detail: dict[str, Any] | None,
    succeeded: bool,
) -> AuditEntry:
    entry = await AuditEntry.create(
        using_db=conn,
        firm_id=action.firm_id,
        at=datetime.now(UTC),
        actor_kind=action.actor_kind,
        staff_id=action.staff_id,
        contact_id=action.contact_id,
        actor_name=action.actor_name[:200],
        address=action.address[:64],
        operation=action.operation[:64],
        succeeded=succeeded,
        detail=detail,
    )
    encode = _Encoder()
    rows = [
        (
            entry.id,
            action.firm_id,
            record_type,
            record_id,
            None if before is None else encode(_shown(before)),
            None if after is None else encode(_shown(after)),
        )
        for (record_type, record_id), (before, after) in records.items()
    ]
    await copy_rows(AuditRecord, RECORD_COLUMNS, rows, json_columns=("before", "after"))
    return entry


async def write_entry(
    action: Action,
    *,
    records: Iterable[tuple[str, int, Mapping[str, Any] | None, Mapping[str, Any] | None]] = (),
    detail: Mapping[str, Any] | None = None,
    succeeded: bool = True,
) -> None:
    """An entry written at once in the current transaction, for what is not a staff
    mutation (sign-ins, failed sign-ins, password resets). Records: (type, id, before,
    after)."""
    noted = {
        (record_type, int(record_id)): (
            None if before is None else dict(before),
            None if after is None else dict(after),
        )
        for record_type, record_id, before, after in records
    }
    shown = {key: plain(value) for key, value in (detail or {}).items()} or None
    await _insert(current_connection(), action, noted, detail=shown, succeeded=succeeded)


# ---------------------------------------------------------------- set-based writes


async def update_rows(rows: QuerySet[Any], **values: Any) -> int:
    """`rows.update(**values)` (how many rows it changed), and, while an action is audited,
    each changed row's fields before and after in its entry: the rows are read just before
    and just after (values may be expressions such as `F("position") - 1`). Outside an
    audited action it is the update alone."""
    draft = _draft()
    if draft is None:
        return await rows.update(**values)
    model, pk = rows.model, rows.model._meta.pk_attr
    names = _stored_names(model, values)
    before = {row[pk]: row for row in await rows.values(pk, *names)}
    changed = await rows.update(**values)
    if before:
        after = await model.filter(**{f"{pk}__in": list(before)}).values(pk, *names)
        for row in after:
            old, new = changed_fields(before[row[pk]], row)
            new.pop(pk, None)
            old.pop(pk, None)
            if new:
                draft.note(model.__name__, row[pk], old, new)
    return changed


async def delete_rows(rows: QuerySet[Any]) -> int:
    """`rows.delete()` (how many rows it deleted), each deleted row's fields in the entry
    of the audited action (read just before)."""
    draft = _draft()
    if draft is None:
        return await rows.delete()
    model, pk = rows.model, rows.model._meta.pk_attr
    gone = await rows.values(pk, *_fields(model))
    deleted = await rows.delete()
    for row in gone:
        draft.note(model.__name__, row.pop(pk), row, None)
    return deleted


# ---------------------------------------------------------------- ORM saves and deletes

_FIELDS: dict[type[Model], tuple[str, ...]] = {}


def _fields(model: type[Model]) -> tuple[str, ...]:
    """The model's stored fields by attribute name (`firm_id`, not `firm`), pk excluded."""
    found = _FIELDS.get(model)
    if found is None:
        meta = model._meta
        found = _FIELDS[model] = tuple(
            name for name in meta.fields_db_projection if name != meta.pk_attr
        )
    return found


def _stored_names(model: type[Model], names: Iterable[str]) -> tuple[str, ...]:
    """`update_fields` as stored field names (a relation `stage` is `stage_id`)."""
    meta, out = model._meta, []
    for name in names:
        found = meta.fields_map.get(name)
        if isinstance(found, ForeignKeyFieldInstance):
            out.append(found.source_field or f"{name}_id")
        elif name != meta.pk_attr:
            out.append(name)
    return tuple(out)


def _values(instance: Model, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(instance, name, None) for name in names}


async def _before_save(
    sender: type[Model],
    instance: Model,
    using_db: BaseDBAsyncClient | None,
    update_fields: Iterable[str] | None,
) -> None:
    draft = _draft()
    if draft is None or not instance._saved_in_db or instance.pk is None:
        return
    names = _stored_names(sender, update_fields) if update_fields else _fields(sender)
    rows = await sender.filter(pk=instance.pk).using_db(using_db).values(*names)
    if rows:
        draft.reading[id(instance)] = rows[0]


async def _after_save(
    sender: type[Model],
    instance: Model,
    created: bool,
    using_db: BaseDBAsyncClient | None,
    update_fields: Iterable[str] | None,
) -> None:
    draft = _draft()
    if draft is None:
        return
    record = sender.__name__
    if created:
        draft.note(record, instance.pk, None, _values(instance, _fields(sender)))
        return
    before = draft.reading.pop(id(instance), None)
    if before is None:
        return
    old, new = changed_fields(before, _values(instance, before))
    if new:
        draft.note(record, instance.pk, old, new)


async def _after_delete(
    sender: type[Model], instance: Model, using_db: BaseDBAsyncClient | None
) -> None:
    draft = _draft()
    if draft is not None and instance.pk is not None:
        draft.note(sender.__name__, instance.pk, _values(instance, _fields(sender)), None)


_LISTENERS = (
    (Signals.pre_save, _before_save),
    (Signals.post_save, _after_save),
    (Signals.post_delete, _after_delete),
)
_AUDITED_MODELS = tuple(
    model
    for name in models.__all__
    if name not in NOT_AUDITED
    and isinstance(model := getattr(models, name), type)
    and issubclass(model, Model)
)
_actions_in_flight = 0


def _listening(change: int) -> None:
    """The ORM listeners are registered only while some audited action is in flight in
    this process: Tortoise runs every listener of a save as a task of its own, which costs
    every save of the process (portal users', timers') CPU even when the listener has
    nothing to do. Counted per action: the first one in registers them, the last one out
    removes them (a non-audited save meanwhile finds no draft and returns)."""
    global _actions_in_flight
    before, _actions_in_flight = _actions_in_flight, _actions_in_flight + change
    if before == 0 and _actions_in_flight > 0:
        for model in _AUDITED_MODELS:
            for signal, listener in _LISTENERS:
                model.register_listener(signal, listener)
    elif before > 0 and _actions_in_flight == 0:
        for model in _AUDITED_MODELS:
            for signal, listener in _LISTENERS:
                registered = model._listeners[signal].get(model, [])
                if listener in registered:
                    registered.remove(listener)


# ---------------------------------------------------------------- retention

PRUNING_SETTING = "firmflow.audit_pruning"
PRUNE_BATCH = 5000


async def prune_audit(retention_days: int, now: datetime | None = None) -> int:
    """Delete entries (and their records) older than `retention_days`; how many entries.

    The only code that deletes from the log. On PostgreSQL the append-only trigger lets a
    DELETE through only in a transaction that set `firmflow.audit_pruning` (SET LOCAL: it
    ends with the transaction)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    deleted = 0
    while True:
        async with atomic() as conn:
            ids = list(
                await AuditEntry.filter(at__lt=cutoff)
                .order_by("id")
                .limit(PRUNE_BATCH)
                .values_list("id", flat=True)
            )
            if not ids:
                return deleted
            if conn.capabilities.dialect == "postgres":
                await conn.execute_query(f"SET LOCAL {PRUNING_SETTING} = 'on'")
            await AuditRecord.filter(entry_id__in=ids).delete()
            deleted += await AuditEntry.filter(id__in=ids).delete()
