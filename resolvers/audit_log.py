"""Reading the audit log (owners only), and who a staff action is.

Entries are written by `eventstore.audit` in the transaction of each change; here the firm's
owners read them newest first, filtered by person, record, operation and time, a page at a
time (cursor: the entry id, which grows with time). A page is one statement; the records
of all its entries (the first N of each, with each entry's count) one more.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise import connections
from tortoise.expressions import Subquery

from eventstore.audit import Action, write_entry
from models import AuditEntry, AuditRecord, ClientContact, StaffMember
from resolvers.access import readable_audit_entries
from resolvers.errors import BadInput
from resolvers.validate import check_page_size, parse_id
from resolvers.viewer import Viewer

MAX_RECORDS_PER_ENTRY = 1000


def staff_action(viewer: Viewer, operation: str, address: str) -> Action | None:
    """The audited action of a staff member's call (None for anyone else: portal users'
    and third parties' own actions are not in the firm's audit log)."""
    if not viewer.is_staff or viewer.firm_id is None:
        return None
    return Action(
        firm_id=viewer.firm_id,
        operation=operation,
        address=address,
        actor_kind="STAFF",
        actor_name=viewer.name,
        staff_id=viewer.staff_id,
    )


@dataclass(frozen=True)
class AuditFilter:
    staff_id: str | None = None
    record_type: str | None = None
    record_id: str | None = None
    operation: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    has_next_page: bool


def entry_cursor(entry: AuditEntry) -> str:
    return base64.urlsafe_b64encode(f"a:{entry.id}".encode()).decode()


def _cursor_id(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith("a:"):
            raise ValueError(text)
        return parse_id(text[2:])
    except (ValueError, UnicodeError, binascii.Error, BadInput):
        raise BadInput("after is not a cursor of the audit log") from None


async def list_audit_log(
    *, viewer: Viewer, first: int = 50, after: str | None = None, where: AuditFilter
) -> AuditPage:
    """The firm's entries newest first (owners only: FORBIDDEN for everyone else)."""
    entries = readable_audit_entries(viewer)
    check_page_size(first)
    if where.staff_id is not None:
        entries = entries.filter(staff_id=parse_id(where.staff_id, "staffId"))
    if where.operation is not None:
        entries = entries.filter(operation=where.operation)
    if where.since is not None:
        entries = entries.filter(at__gte=where.since)
    if where.until is not None:
        entries = entries.filter(at__lt=where.until)
    if where.record_type is not None or where.record_id is not None:
        if where.record_type is None or where.record_id is None:
            raise BadInput("a record filter names both recordType and recordId")
        touching = AuditRecord.filter(
            firm_id=viewer.firm_id,
            record_type=where.record_type,
            record_id=parse_id(where.record_id, "recordId"),
        ).values("entry_id")
        entries = entries.filter(id__in=Subquery(touching))
    if after is not None:
        entries = entries.filter(id__lt=_cursor_id(after))
    rows = await entries.order_by("-id").limit(first + 1)
    return AuditPage(entries=rows[:first], has_next_page=len(rows) > first)


@dataclass(frozen=True)
class RecordChange:
    record_type: str
    record_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class EntryRecords:
    records: list[RecordChange]
    count: int


_RECORDS_SQL = """
SELECT entry_id, record_type, record_id, "before", "after", total FROM (
    SELECT entry_id, record_type, record_id, "before", "after", id,
        ROW_NUMBER() OVER (PARTITION BY entry_id ORDER BY id) AS n,
        COUNT(*) OVER (PARTITION BY entry_id) AS total
    FROM audit_record WHERE {where}
) AS r WHERE n <= {limit} ORDER BY entry_id, id
"""


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


async def records_of(entry_ids: Sequence[int], first: int) -> dict[int, EntryRecords]:
    """The first `first` records of each entry and how many it has: one statement for any
    number of entries (the entries were read through `readable_audit_entries`)."""
    if not 0 <= first <= MAX_RECORDS_PER_ENTRY:
        raise BadInput(f"first must be between 0 and {MAX_RECORDS_PER_ENTRY}")
    found: dict[int, EntryRecords] = {i: EntryRecords([], 0) for i in entry_ids}
    if not entry_ids:
        return found
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        sql = _RECORDS_SQL.format(where="entry_id = ANY($1::bigint[])", limit="$2")
        params: list[Any] = [list(entry_ids), first]
    else:
        marks = ", ".join("?" for _ in entry_ids)
        sql = _RECORDS_SQL.format(where=f"entry_id IN ({marks})", limit="?")
        params = [*entry_ids, first]
    rows = await conn.execute_query_dict(sql, params)
    for row in rows:
        entry = found[int(row["entry_id"])]
        entry.records.append(
            RecordChange(
                record_type=row["record_type"],
                record_id=int(row["record_id"]),
                before=_json(row["before"]),
                after=_json(row["after"]),
            )
        )
        found[int(row["entry_id"])] = EntryRecords(entry.records, int(row["total"]))
    return found


# ---------------------------------------------------------------- sign-in and reset entries


def person_action(
    operation: str,
    address: str,
    *,
    staff: StaffMember | None = None,
    contact: ClientContact | None = None,
) -> Action:
    """The action of someone signing in (or setting a password) as this person."""
    if staff is not None:
        return Action(
            firm_id=staff.firm_id,
            operation=operation,
            address=address,
            actor_kind="STAFF",
            actor_name=staff.name,
            staff_id=staff.id,
        )
    if contact is None:
        raise ValueError("a staff member or a portal user")
    return Action(
        firm_id=contact.firm_id,
        operation=operation,
        address=address,
        actor_kind="CLIENT",
        actor_name=contact.name,
        contact_id=contact.id,
    )


def person_record(
    staff: StaffMember | None, contact: ClientContact | None
) -> tuple[str, int, dict[str, Any], dict[str, Any]]:
    """The person an entry is about, as a record with no field changed."""
    if staff is not None:
        return ("StaffMember", staff.id, {}, {})
    if contact is None:
        raise ValueError("a staff member or a portal user")
    return ("ClientContact", contact.id, {}, {})


async def record_sign_in(
    address: str, *, staff: StaffMember | None, contact: ClientContact | None
) -> None:
    """A successful sign-in, in the transaction that issues its token."""
    await write_entry(
        person_action("login", address, staff=staff, contact=contact),
        records=[person_record(staff, contact)],
    )


async def record_anonymous(
    operation: str,
    address: str,
    email: str,
    people: Sequence[tuple[StaffMember | None, ClientContact | None]],
    *,
    succeeded: bool,
) -> None:
    """An attempt by someone not signed in (a failed sign-in, a password reset request)
    that names these people: one entry in each of their firms (inside `atomic()`), with
    the e-mail it gave and never a password. An address nobody signs in with belongs to
    no firm and leaves no entry."""
    by_firm: dict[int, list[tuple[StaffMember | None, ClientContact | None]]] = {}
    for staff, contact in people:
        firm_id = staff.firm_id if staff is not None else contact.firm_id if contact else None
        if firm_id is not None:
            by_firm.setdefault(firm_id, []).append((staff, contact))
    for firm_id, whose in by_firm.items():
        await write_entry(
            Action(firm_id=firm_id, operation=operation, address=address, actor_kind="ANONYMOUS"),
            records=[person_record(staff, contact) for staff, contact in whose],
            detail={"email": email},
            succeeded=succeeded,
        )
