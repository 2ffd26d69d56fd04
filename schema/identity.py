"""Identity: the viewer, firm, staff, client accounts, contacts, sign-in and invites."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.types import Info

import models as m
from resolvers import auth, firms, password_reset
from resolvers.errors import NotFound
from resolvers.rows import AccountRow
from resolvers.tasks import list_account_threads
from resolvers.viewer import Viewer as ViewerData
from schema.common import Role, ThreadTaskFilter, batched, context_of, viewer_of

if TYPE_CHECKING:
    from schema.jobs import Job
    from schema.tasks import ChatThread


@strawberry.type
class FirmSettings:
    show_message_content_in_client_emails: bool


@strawberry.type
class Firm:
    id: strawberry.ID
    name: str
    model: strawberry.Private[m.Firm]

    @classmethod
    def from_model(cls, firm: m.Firm) -> Firm:
        return cls(id=strawberry.ID(str(firm.id)), name=firm.name, model=firm)

    @strawberry.field(description="Staff only (portal users see the firm's name, not this).")
    def settings(self, info: Info) -> FirmSettings:
        firm = firms.firm_settings(viewer=viewer_of(info), firm=self.model)
        return FirmSettings(
            show_message_content_in_client_emails=firm.show_message_content_in_client_emails
        )


@strawberry.type
class StaffMember:
    id: strawberry.ID
    name: str
    email: str
    role: Role

    @classmethod
    def from_model(cls, staff: m.StaffMember) -> StaffMember:
        return cls(
            id=strawberry.ID(str(staff.id)),
            name=staff.name,
            email=staff.email,
            role=Role(staff.role),
        )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StaffMember:
        """From a plain row (id, name, email, role) read with `.values()` by a list."""
        return cls(
            id=strawberry.ID(str(row["id"])),
            name=row["name"],
            email=row["email"],
            role=Role(row["role"]),
        )


@strawberry.type
class ClientContact:
    id: strawberry.ID
    name: str
    email: str
    has_portal_access: bool

    @classmethod
    def from_model(cls, contact: m.ClientContact) -> ClientContact:
        return cls(
            id=strawberry.ID(str(contact.id)),
            name=contact.name,
            email=contact.email,
            has_portal_access=bool(contact.password_hash),
        )


@strawberry.type
class ClientAccount:
    id: strawberry.ID
    name: str
    model: strawberry.Private[m.ClientAccount | AccountRow]  # a list's plain row, or an instance

    @classmethod
    def from_model(cls, account: m.ClientAccount | AccountRow) -> ClientAccount:
        return cls(id=strawberry.ID(str(account.id)), name=account.name, model=account)

    @strawberry.field
    async def contacts(self, info: Info) -> list[ClientContact]:
        loader = context_of(info).loader("identity.contacts", firms.contacts_of)
        return [ClientContact.from_model(c) for c in await loader.load(self.model.id)]

    @strawberry.field
    @batched(lambda info, accounts: _teams_of(info, accounts))
    async def team(self, info: Info) -> list[StaffMember]:
        return (await _teams_of(info, [self]))[0]

    @strawberry.field
    async def threads(
        self, info: Info, task_filter: ThreadTaskFilter | None = ThreadTaskFilter.ALL_THREADS
    ) -> list[Annotated[ChatThread, strawberry.lazy("schema.tasks")]]:
        from schema.tasks import ChatThread

        rows = await list_account_threads(
            viewer_of(info), self.model.id, (task_filter or ThreadTaskFilter.ALL_THREADS).value
        )
        return [ChatThread.from_model(t) for t in rows]

    @strawberry.field(description="Staff only.")
    async def jobs(
        self, info: Info, include_archived: bool | None = False
    ) -> list[Annotated[Job, strawberry.lazy("schema.jobs")]]:
        from resolvers.jobs import list_account_jobs
        from schema.jobs import Job

        rows = await list_account_jobs(
            viewer=viewer_of(info),
            client_account_id=self.model.id,
            include_archived=bool(include_archived),
        )
        return [Job.from_model(j) for j in rows]


async def _accounts_by_id(ids: list[int]) -> list[m.ClientAccount | None]:
    found = {a.id: a for a in await m.ClientAccount.filter(id__in=ids)}
    return [found.get(i) for i in ids]


def account_loader(info: Info) -> DataLoader:
    """The request's DataLoader of client accounts by id."""
    return context_of(info).loader("identity.account_by_id", _accounts_by_id)


async def load_account(info: Info, account_id: int) -> ClientAccount:
    """A client account through the request's DataLoader (one query per list), for every
    type that links to one (jobs, threads, notifications, requests)."""
    return ClientAccount.from_model(await account_loader(info).load(account_id))


async def load_accounts(info: Info, account_ids: list[int]) -> list[ClientAccount]:
    """Client accounts by id, through the same DataLoader (a whole level at once)."""
    accounts = await account_loader(info).load_many(account_ids)
    return [ClientAccount.from_model(account) for account in accounts]


async def _teams_of(info: Info, accounts: list[ClientAccount]) -> list[list[StaffMember]]:
    loader = context_of(info).loader("identity.team", firms.team_rows_of)
    teams = await loader.load_many([account.model.id for account in accounts])
    return [[StaffMember.from_row(row) for row in team] for team in teams]


@strawberry.type
class Viewer:
    id: strawberry.ID
    name: str
    email: str
    role: Role
    data: strawberry.Private[ViewerData]

    @classmethod
    def from_data(cls, viewer: ViewerData) -> Viewer:
        viewer_id = viewer.staff_id if viewer.is_staff else viewer.contact_id
        return cls(
            id=strawberry.ID(str(viewer_id)),
            name=viewer.name,
            email=viewer.email,
            role=Role(viewer.role),
            data=viewer,
        )

    @strawberry.field
    async def firm(self) -> Firm:
        return Firm.from_model(await firms.get_firm(viewer=self.data))

    @strawberry.field
    async def client_account(self) -> ClientAccount | None:
        if not self.data.is_client:
            return None
        account = await m.ClientAccount.get(id=self.data.client_account_id)
        return ClientAccount.from_model(account)


@strawberry.type
class AuthPayload:
    token: str
    expires_at: datetime
    viewer: Viewer

    @classmethod
    def from_issued(cls, issued: auth.IssuedToken) -> AuthPayload:
        return cls(
            token=issued.token,
            expires_at=issued.expires_at,
            viewer=Viewer.from_data(issued.viewer),
        )


@strawberry.type
class PortalInvite:
    url: str
    token: str
    expires_at: datetime


@strawberry.input
class ContactInput:
    name: str
    email: str


def _signed_in(info: Info) -> ViewerData:
    from resolvers.access import require_signed_in

    viewer = viewer_of(info)
    require_signed_in(viewer)
    if viewer.is_third_party:
        raise NotFound("a request link reaches only its request")
    return viewer


@strawberry.type
class IdentityQuery:
    @strawberry.field
    async def viewer(self, info: Info) -> Viewer:
        return Viewer.from_data(_signed_in(info))

    @strawberry.field
    async def firm(self, info: Info) -> Firm:
        return Firm.from_model(await firms.get_firm(viewer=_signed_in(info)))

    @strawberry.field(description="Staff only.")
    async def staff(self, info: Info) -> list[StaffMember]:
        return [StaffMember.from_model(s) for s in await firms.list_staff(viewer=viewer_of(info))]

    @strawberry.field(description="Staff only.")
    async def client_accounts(self, info: Info) -> list[ClientAccount]:
        accounts = await firms.list_client_accounts(viewer=viewer_of(info))
        return [ClientAccount.from_model(a) for a in accounts]

    @strawberry.field
    async def client_account(self, info: Info, id: strawberry.ID) -> ClientAccount | None:
        account = await firms.get_client_account(viewer=viewer_of(info), client_account_id=id)
        return ClientAccount.from_model(account) if account else None


@strawberry.type
class IdentityMutation:
    @strawberry.mutation
    async def login(
        self,
        info: Info,
        email: str,
        password: str,
        firm_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="Only when one e-mail and password sign in to several firms:"
                " the firm to sign in to (otherwise the oldest)."
            ),
        ] = None,
    ) -> AuthPayload:
        issued = await auth.login(
            email=email,
            password=password,
            client_address=context_of(info).client_address,
            firm_id=firm_id,
        )
        return AuthPayload.from_issued(issued)

    @strawberry.mutation
    async def logout(self, info: Info) -> bool:
        return await auth.logout(viewer=viewer_of(info))

    @strawberry.mutation
    async def update_firm_settings(
        self, info: Info, show_message_content_in_client_emails: bool
    ) -> FirmSettings:
        firm = await firms.update_firm_settings(
            viewer=viewer_of(info), show_message_content=show_message_content_in_client_emails
        )
        return FirmSettings(
            show_message_content_in_client_emails=firm.show_message_content_in_client_emails
        )

    @strawberry.mutation
    async def create_staff_member(
        self, info: Info, name: str, email: str, role: Role, password: str
    ) -> StaffMember:
        staff = await firms.create_staff_member(
            viewer=viewer_of(info), name=name, email=email, role=role.value, password=password
        )
        return StaffMember.from_model(staff)

    @strawberry.mutation
    async def create_client_account(
        self,
        info: Info,
        name: str,
        contacts: list[ContactInput] | None = None,
        team_ids: list[strawberry.ID] | None = None,
    ) -> ClientAccount:
        account = await firms.create_client_account(
            viewer=viewer_of(info),
            name=name,
            contacts=[firms.ContactData(name=c.name, email=c.email) for c in contacts or []],
            team_ids=list(team_ids or []),
        )
        return ClientAccount.from_model(account)

    @strawberry.mutation
    async def set_client_team(
        self, info: Info, client_account_id: strawberry.ID, staff_ids: list[strawberry.ID]
    ) -> ClientAccount:
        account = await firms.set_client_team(
            viewer=viewer_of(info), client_account_id=client_account_id, staff_ids=list(staff_ids)
        )
        return ClientAccount.from_model(account)

    @strawberry.mutation
    async def invite_to_portal(self, info: Info, contact_id: strawberry.ID) -> PortalInvite:
        invite = await auth.invite_to_portal(viewer=viewer_of(info), contact_id=contact_id)
        return PortalInvite(url=invite.url, token=invite.token, expires_at=invite.expires_at)

    @strawberry.mutation(
        description="E-mails a single-use link (one hour) to whoever signs in with this"
        " address; always true, so it tells nobody whether the address is known."
    )
    async def request_password_reset(self, info: Info, email: str) -> bool:
        return await password_reset.request_password_reset(
            email=email, client_address=context_of(info).client_address
        )

    @strawberry.mutation(
        description="Sets a new password from a reset link, signs out every session of"
        " that person, and signs in."
    )
    async def reset_password(self, info: Info, token: str, password: str) -> AuthPayload:
        issued = await password_reset.reset_password(
            token=token, password=password, client_address=context_of(info).client_address
        )
        return AuthPayload.from_issued(issued)

    @strawberry.mutation
    async def accept_portal_invite(self, info: Info, token: str, password: str) -> AuthPayload:
        return AuthPayload.from_issued(
            await auth.accept_portal_invite(
                token=token, password=password, client_address=context_of(info).client_address
            )
        )
