"""The audit log at the GraphQL edge: every mutation field runs as an audited action, and
owners read the log (`auditLog`).

`audit_mutations(schema)` wraps each root mutation field's resolver once, when the schema is
built (`schema.build_schema`): a staff member's call runs inside `eventstore.audit.acting`,
so every transaction it opens writes its entry (operation: the field's name). No mutation
can be added without it; `tests/test_audit_log.py` checks each one served.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from inspect import isawaitable
from typing import TYPE_CHECKING, Any

import strawberry
from graphql import GraphQLSchema
from strawberry.types import Info

import models as m
from eventstore.audit import Action, acting
from resolvers import audit_log
from resolvers.audit_log import AuditFilter, EntryRecords, RecordChange, records_of
from schema.common import PageInfo, context_of, viewer_of

if TYPE_CHECKING:
    from firmflow.context import Context

# The records an entry shows unless asked for another number (recordCount reads with it).
DEFAULT_RECORDS = 100


# Operations of someone not (yet) signed in as the person they act for: they write their own
# entries, naming that person (resolvers.auth, resolvers.password_reset), whoever's token
# came with the call.
SELF_AUDITED = frozenset({"login", "requestPasswordReset", "resetPassword", "acceptPortalInvite"})


def action_of(context: Context, operation: str) -> Action | None:
    """The audited action of a call (None unless a staff member makes it)."""
    if operation in SELF_AUDITED or context.auth_error is not None:
        return None  # the resolver answers UNAUTHENTICATED when it reads the viewer
    return audit_log.staff_action(context.viewer, operation, context.client_address)


def _audited(operation: str, resolve: Callable[..., Any]) -> Callable[..., Any]:
    async def resolve_audited(root: Any, info: Any, **arguments: Any) -> Any:
        with acting(action_of(info.context, operation)):
            result = resolve(root, info, **arguments)
            if isawaitable(result):
                result = await result
            return result

    return resolve_audited


def audit_mutations(schema: GraphQLSchema) -> None:
    """Make every root mutation field an audited action (once per built schema)."""
    mutation = schema.mutation_type
    if mutation is None:
        return
    for name, field in mutation.fields.items():
        if field.resolve is not None and not getattr(field.resolve, "__audited__", False):
            field.resolve = _audited(name, field.resolve)
            field.resolve.__audited__ = True


@strawberry.enum
class AuditActorKind(Enum):
    STAFF = "STAFF"
    CLIENT = "CLIENT"
    ANONYMOUS = "ANONYMOUS"
    OPERATOR = "OPERATOR"


@strawberry.type(description="One changed field: its values before and after, as JSON text.")
class AuditFieldChange:
    field: str
    before: str | None
    after: str | None


@strawberry.type(description="A record an audited action changed (or created, or deleted).")
class AuditRecord:
    record_type: str
    record_id: strawberry.ID
    created: bool
    deleted: bool
    changes: list[AuditFieldChange]

    @classmethod
    def from_change(cls, change: RecordChange) -> AuditRecord:
        before, after = change.before or {}, change.after or {}
        names = list(dict.fromkeys([*before, *after]))
        return cls(
            record_type=change.record_type,
            record_id=strawberry.ID(str(change.record_id)),
            created=change.before is None,
            deleted=change.after is None,
            changes=[
                AuditFieldChange(
                    field=name,
                    before=json.dumps(before[name]) if name in before else None,
                    after=json.dumps(after[name]) if name in after else None,
                )
                for name in names
            ],
        )


async def _records(info: Info, keys: list[tuple[int, int]]) -> list[EntryRecords]:
    """DataLoader batch: (entry id, first) keys, one statement per distinct `first`."""
    by_first: dict[int, list[int]] = {}
    for entry_id, first in keys:
        by_first.setdefault(first, []).append(entry_id)
    found: dict[tuple[int, int], EntryRecords] = {}
    for first, ids in by_first.items():
        for entry_id, records in (await records_of(ids, first)).items():
            found[(entry_id, first)] = records
    return [found[key] for key in keys]


@strawberry.type(description="One audited action: who, when, from where, what, which records.")
class AuditEntry:
    id: strawberry.ID
    at: datetime
    actor_kind: AuditActorKind
    staff_id: strawberry.ID | None
    contact_id: strawberry.ID | None
    actor_name: str = strawberry.field(description="the actor's name at the time")
    address: str
    operation: str = strawberry.field(
        description="the mutation field's name (or login, loginFailed, resetPassword, ...)"
    )
    succeeded: bool
    detail: str | None = strawberry.field(description="JSON text: what the records do not say")
    model: strawberry.Private[m.AuditEntry]

    @classmethod
    def from_model(cls, entry: m.AuditEntry) -> AuditEntry:
        return cls(
            id=strawberry.ID(str(entry.id)),
            at=entry.at,
            actor_kind=AuditActorKind(entry.actor_kind),
            staff_id=strawberry.ID(str(entry.staff_id)) if entry.staff_id else None,
            contact_id=strawberry.ID(str(entry.contact_id)) if entry.contact_id else None,
            actor_name=entry.actor_name,
            address=entry.address,
            operation=entry.operation,
            succeeded=entry.succeeded,
            detail=json.dumps(entry.detail) if entry.detail else None,
            model=entry,
        )

    async def _load(self, info: Info, first: int) -> EntryRecords:
        loader = context_of(info).loader("audit.records", lambda keys: _records(info, list(keys)))
        records: EntryRecords = await loader.load((self.model.id, first))
        return records

    @strawberry.field(description="The records it changed, in the order they were changed.")
    async def records(self, info: Info, first: int | None = DEFAULT_RECORDS) -> list[AuditRecord]:
        found = await self._load(info, DEFAULT_RECORDS if first is None else first)
        return [AuditRecord.from_change(change) for change in found.records]

    @strawberry.field(description="How many records it changed.")
    async def record_count(self, info: Info) -> int:
        return (await self._load(info, DEFAULT_RECORDS)).count


@strawberry.type
class AuditEntryEdge:
    cursor: str
    node: AuditEntry


@strawberry.type
class AuditEntryConnection:
    edges: list[AuditEntryEdge]
    page_info: PageInfo


@strawberry.input(description="Entries of one person, record, operation or time range.")
class AuditLogFilter:
    staff_id: strawberry.ID | None = None
    record_type: str | None = None
    record_id: strawberry.ID | None = None
    operation: str | None = None
    since: datetime | None = strawberry.field(default=None, description="at or after")
    until: datetime | None = strawberry.field(default=None, description="before")


@strawberry.type
class AuditQuery:
    @strawberry.field(
        description="Owners: the firm's audit log, newest first (every staff change, "
        "sign-ins, failed sign-ins, password resets)."
    )
    async def audit_log(
        self,
        info: Info,
        filter: AuditLogFilter | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> AuditEntryConnection:
        given = filter or AuditLogFilter()
        page = await audit_log.list_audit_log(
            viewer=viewer_of(info),
            first=50 if first is None else first,
            after=after,
            where=AuditFilter(
                staff_id=given.staff_id,
                record_type=given.record_type,
                record_id=given.record_id,
                operation=given.operation,
                since=given.since,
                until=given.until,
            ),
        )
        edges = [
            AuditEntryEdge(cursor=audit_log.entry_cursor(e), node=AuditEntry.from_model(e))
            for e in page.entries
        ]
        return AuditEntryConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
        )
