"""Firms, staff, client accounts, contacts and teams."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventstore.audit import Action, delete_rows, update_rows, write_entry
from models import ClientAccount, ClientContact, ClientTeamMember, Firm, StaffMember
from resolvers.access import (
    can_use_account,
    readable_client_accounts,
    readable_staff,
    require_admin,
    require_signed_in,
    require_staff,
)
from resolvers.auth import check_role, email_in_use, email_signs_in_anywhere, hash_password
from resolvers.errors import Conflict, Forbidden, NotFound
from resolvers.prepared import read_rows_of_ids
from resolvers.statuses import create_default_statuses
from resolvers.uow import atomic
from resolvers.validate import check_email, check_name, check_password, parse_id, parse_ids
from resolvers.viewer import Viewer


@dataclass(frozen=True)
class ContactData:
    name: str
    email: str


async def create_firm(
    *, name: str, owner_name: str, owner_email: str, owner_password: str
) -> tuple[Firm, StaffMember]:
    """A new firm with its owner and the default status templates (CLI and seed)."""
    name = check_name(name, "firm name")
    owner_name = check_name(owner_name, "owner name")
    owner_email = check_email(owner_email)
    password_hash = await hash_password(check_password(owner_password))
    async with atomic():
        if await email_signs_in_anywhere(owner_email):
            raise Conflict(f"{owner_email} already signs in to firmflow")
        firm = await Firm.create(name=name)
        owner = await StaffMember.create(
            firm=firm,
            name=owner_name,
            email=owner_email,
            role="OWNER",
            password_hash=password_hash,
        )
        await create_default_statuses(firm.id)
        # The firm's first audit entry: made by the operator, not through the API.
        await write_entry(
            Action(
                firm_id=firm.id,
                operation="createFirm",
                address="command line",
                actor_kind="OPERATOR",
                actor_name="operator",
            ),
            records=[
                ("Firm", firm.id, None, {"name": name}),
                ("StaffMember", owner.id, None, {"name": owner_name, "email": owner_email}),
            ],
        )
    return firm, owner


async def get_firm(*, viewer: Viewer) -> Firm:
    require_signed_in(viewer)
    if viewer.firm_id is None:
        raise NotFound("no firm")
    return await Firm.get(id=viewer.firm_id)


def firm_settings(*, viewer: Viewer, firm: Firm) -> Firm:
    """The firm's settings are read by its staff (docs/access.md: employees read, clients no)."""
    require_staff(viewer)
    if firm.id != viewer.firm_id:
        raise NotFound("firm not found")
    return firm


async def update_firm_settings(*, viewer: Viewer, show_message_content: bool) -> Firm:
    require_admin(viewer)
    async with atomic():
        await update_rows(
            Firm.filter(id=viewer.firm_id),
            show_message_content_in_client_emails=show_message_content,
        )
    return await Firm.get(id=viewer.firm_id)


async def list_staff(*, viewer: Viewer) -> list[StaffMember]:
    return await readable_staff(viewer).order_by("name", "id")


async def create_staff_member(
    *, viewer: Viewer, name: str, email: str, role: str, password: str
) -> StaffMember:
    require_admin(viewer)
    name = check_name(name)
    email = check_email(email)
    check_role(role)
    check_password(password)
    if role == "OWNER" and viewer.role != "OWNER":
        raise Forbidden("only an owner may add another owner")
    password_hash = await hash_password(password)
    async with atomic():
        # Only this firm's people are asked: another firm's admin adding an address that
        # signs in elsewhere gets the same answer as for a new address (DOMAIN: no probing).
        if await email_in_use(email, firm_id=viewer.firm_id or 0):
            raise Conflict(f"{email} already signs in to this firm")
        return await StaffMember.create(
            firm_id=viewer.firm_id,
            name=name,
            email=email,
            role=role,
            password_hash=password_hash,
        )


async def list_client_accounts(*, viewer: Viewer) -> list[ClientAccount]:
    require_staff(viewer)
    return await readable_client_accounts(viewer).order_by("name", "id")


async def get_client_account(*, viewer: Viewer, client_account_id: str) -> ClientAccount | None:
    """A readable client account, or None (a portal user may read its own)."""
    require_signed_in(viewer)
    return (
        await readable_client_accounts(viewer)
        .filter(id=parse_id(client_account_id, "clientAccountId"))
        .first()
    )


async def _firm_staff_ids(viewer: Viewer, staff_ids: list[str] | None) -> list[int]:
    ids = list(dict.fromkeys(parse_ids(staff_ids, "staffId")))
    found = await readable_staff(viewer).filter(id__in=ids).count()
    if found != len(ids):
        raise NotFound("a staff member in the team was not found")
    return ids


async def create_client_account(
    *,
    viewer: Viewer,
    name: str,
    contacts: list[ContactData] | None = None,
    team_ids: list[str] | None = None,
) -> ClientAccount:
    require_admin(viewer)
    name = check_name(name)
    checked = [(check_name(c.name, "contact name"), check_email(c.email)) for c in contacts or []]
    async with atomic():
        staff_ids = await _firm_staff_ids(viewer, team_ids)
        account = await ClientAccount.create(firm_id=viewer.firm_id, name=name)
        for contact_name, contact_email in checked:
            await ClientContact.create(
                firm_id=viewer.firm_id,
                client_account=account,
                name=contact_name,
                email=contact_email,
            )
        for staff_id in staff_ids:
            await ClientTeamMember.create(client_account=account, staff_id=staff_id)
    return account


async def set_client_team(
    *, viewer: Viewer, client_account_id: str, staff_ids: list[str]
) -> ClientAccount:
    require_admin(viewer)
    account_id = parse_id(client_account_id, "clientAccountId")
    parse_ids(staff_ids, "staffId")
    account = await can_use_account(viewer, account_id)
    async with atomic():
        ids = await _firm_staff_ids(viewer, staff_ids)
        await delete_rows(
            ClientTeamMember.filter(client_account_id=account.id).exclude(staff_id__in=ids)
        )
        present = set(
            await ClientTeamMember.filter(client_account_id=account.id).values_list(
                "staff_id", flat=True
            )
        )
        for staff_id in ids:
            if staff_id not in present:
                await ClientTeamMember.create(client_account_id=account.id, staff_id=staff_id)
    return account


async def team_rows_of(client_account_ids: list[int]) -> list[list[dict[str, Any]]]:
    """The team of each account as plain rows (id, name, email, role), by name: one
    statement for a whole list, no model instances (lists read many teams)."""
    rows = await read_rows_of_ids(
        "firms.teams",
        ClientTeamMember,
        TEAM_PATHS,
        lambda ids: ClientTeamMember.filter(client_account_id__in=ids).order_by(
            "staff__name", "staff__id"
        ),
        client_account_ids,
    )
    teams: dict[int, list[dict[str, Any]]] = {i: [] for i in client_account_ids}
    for account_id, *staff in rows:
        teams[account_id].append(dict(zip(STAFF_ROW_KEYS, staff, strict=True)))
    return [teams[i] for i in client_account_ids]


# A staff member as lists show them (`schema.identity.StaffMember.from_row`).
STAFF_ROW_KEYS = ("id", "name", "email", "role")
TEAM_PATHS = ("client_account_id", *(f"staff__{key}" for key in STAFF_ROW_KEYS))


async def contacts_of(client_account_ids: list[int]) -> list[list[ClientContact]]:
    """The contacts of each account, in the order asked (one query for a whole list)."""
    rows = await ClientContact.filter(client_account_id__in=client_account_ids).order_by(
        "name", "id"
    )
    contacts: dict[int, list[ClientContact]] = {i: [] for i in client_account_ids}
    for contact in rows:
        contacts[contact.client_account_id].append(contact)
    return [contacts[i] for i in client_account_ids]
