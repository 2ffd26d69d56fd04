"""Who may see and do what: the one policy module every resolver calls.

Two kinds of rule live here and nowhere else:
- `readable_<kind>(viewer)`: the rows of that kind the viewer may see. Lists, lookups by id
  and counts all start from it, so a record of another firm or another client account is
  simply not found (NOT_FOUND), exactly like a record that does not exist.
- `require_<role>(viewer)`: role gates (UNAUTHENTICATED for nobody, FORBIDDEN for a role
  that may never do this).
Subscriptions filter events with the same predicates (see `subscriptions/`).
"""

from __future__ import annotations

from typing import TypeVar

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models import (
    ChatThread,
    ClientAccount,
    ClientFacingStatus,
    ClientRequest,
    ClientTeamMember,
    Job,
    JobAssignee,
    JobTemplate,
    Notification,
    Pipeline,
    StaffMember,
    Stage,
)
from resolvers.errors import Forbidden, NotFound, Unauthenticated
from resolvers.viewer import Viewer

M = TypeVar("M", bound=Model)

# ---------------------------------------------------------------- role gates


def require_signed_in(viewer: Viewer) -> Viewer:
    if viewer.is_anonymous:
        raise Unauthenticated("sign in first: send Authorization: Bearer <token>")
    return viewer


def require_staff(viewer: Viewer) -> Viewer:
    """Staff-only operations: FORBIDDEN for portal users and third parties."""
    require_signed_in(viewer)
    if not viewer.is_staff:
        raise Forbidden("only the firm's staff may do this")
    return viewer


def require_admin(viewer: Viewer) -> Viewer:
    """Owner or admin of the firm."""
    require_staff(viewer)
    if not viewer.is_admin:
        raise Forbidden("only the firm's owners and admins may do this")
    return viewer


def require_client(viewer: Viewer) -> Viewer:
    """Portal-user-only operations (the client's own portal)."""
    require_signed_in(viewer)
    if not viewer.is_client:
        raise Forbidden("only a client's portal user may do this")
    return viewer


# ---------------------------------------------------------------- employee reach


def _team_account_ids(staff_id: int) -> Subquery:
    return Subquery(ClientTeamMember.filter(staff_id=staff_id).values("client_account_id"))


def _assigned_job_ids(staff_id: int) -> Subquery:
    return Subquery(JobAssignee.filter(staff_id=staff_id).values("job_id"))


# ---------------------------------------------------------------- readable rows


def readable_staff(viewer: Viewer) -> QuerySet[StaffMember]:
    require_staff(viewer)
    return StaffMember.filter(firm_id=viewer.firm_id)


def readable_client_accounts(viewer: Viewer) -> QuerySet[ClientAccount]:
    """Owners/admins: every account of the firm. Employees: accounts whose team they are on
    or where a job is assigned to them. A portal user: its own account."""
    require_signed_in(viewer)
    if viewer.is_admin:
        return ClientAccount.filter(firm_id=viewer.firm_id)
    if viewer.is_staff:
        assigned_accounts = Subquery(
            Job.filter(firm_id=viewer.firm_id, id__in=_assigned_job_ids(viewer.staff_id)).values(
                "client_account_id"
            )
        )
        return ClientAccount.filter(firm_id=viewer.firm_id).filter(
            Q(id__in=_team_account_ids(viewer.staff_id)) | Q(id__in=assigned_accounts)
        )
    if viewer.is_client:
        return ClientAccount.filter(firm_id=viewer.firm_id, id=viewer.client_account_id)
    return ClientAccount.filter(id=-1)


def readable_jobs(viewer: Viewer, *, include_deleted: bool = False) -> QuerySet[Job]:
    """Staff only. Employees: jobs assigned to them or of an account whose team they are on."""
    require_staff(viewer)
    jobs = Job.filter(firm_id=viewer.firm_id)
    if not include_deleted:
        jobs = jobs.filter(deleted_at__isnull=True)
    if viewer.is_admin:
        return jobs
    return jobs.filter(
        Q(id__in=_assigned_job_ids(viewer.staff_id))
        | Q(client_account_id__in=_team_account_ids(viewer.staff_id))
    )


def readable_statuses(viewer: Viewer) -> QuerySet[ClientFacingStatus]:
    """Status templates: every staff member of the firm reads them; owners/admins change them."""
    require_staff(viewer)
    return ClientFacingStatus.filter(firm_id=viewer.firm_id)


def readable_pipelines(viewer: Viewer) -> QuerySet[Pipeline]:
    """Pipelines (and their stages and settings): all staff read; owners/admins change."""
    require_staff(viewer)
    return Pipeline.filter(firm_id=viewer.firm_id)


def readable_stages(viewer: Viewer) -> QuerySet[Stage]:
    require_staff(viewer)
    return Stage.filter(pipeline__firm_id=viewer.firm_id)


def readable_job_templates(viewer: Viewer) -> QuerySet[JobTemplate]:
    require_staff(viewer)
    return JobTemplate.filter(firm_id=viewer.firm_id)


async def can_create_job(viewer: Viewer, client_account_id: int, assignee_ids: list[int]) -> None:
    """Jobs: owners/admins create them for any account; an employee only where the new job
    will be theirs to reach: on the account's team, or assigning themselves.
    An account the viewer can't read is NOT_FOUND."""
    await can_use_account(viewer, client_account_id)
    if viewer.is_admin or viewer.staff_id in assignee_ids:
        return
    if not await is_team_member(viewer.staff_id, client_account_id):
        raise Forbidden("employees create jobs only for their own clients' accounts")


async def previewable_account(viewer: Viewer, client_account_id: int) -> ClientAccount:
    """Portal preview: owners/admins any account of the firm, employees the accounts whose
    team they are on, a portal user its own account; NOT_FOUND otherwise."""
    require_signed_in(viewer)
    if viewer.is_third_party:
        raise Forbidden("a request link reaches only its request")
    if viewer.is_staff and not viewer.is_admin:
        accounts = ClientAccount.filter(
            firm_id=viewer.firm_id, id__in=_team_account_ids(viewer.staff_id)
        )
        return await get_readable(accounts, client_account_id, "client account")
    return await can_use_account(viewer, client_account_id)


def readable_threads(viewer: Viewer) -> QuerySet[ChatThread]:
    """Owners/admins: all; employees: threads of accounts whose team they are on;
    a portal user: its own account's threads."""
    require_signed_in(viewer)
    if viewer.is_admin:
        return ChatThread.filter(firm_id=viewer.firm_id)
    if viewer.is_staff:
        return ChatThread.filter(
            firm_id=viewer.firm_id, client_account_id__in=_team_account_ids(viewer.staff_id)
        )
    if viewer.is_client:
        return ChatThread.filter(firm_id=viewer.firm_id, client_account_id=viewer.client_account_id)
    return ChatThread.filter(id=-1)


def readable_requests(viewer: Viewer) -> QuerySet[ClientRequest]:
    """Owners/admins: all; employees: team member of the account or access to the linked
    job; a portal user: its own account's PORTAL requests once sent (drafts are invisible);
    a third party: the one request of its link, once sent."""
    require_signed_in(viewer)
    if viewer.is_admin:
        return ClientRequest.filter(firm_id=viewer.firm_id)
    if viewer.is_staff:
        job_ids = Subquery(readable_jobs(viewer).values("id"))
        return ClientRequest.filter(firm_id=viewer.firm_id).filter(
            Q(client_account_id__in=_team_account_ids(viewer.staff_id)) | Q(job_id__in=job_ids)
        )
    if viewer.is_client:
        return ClientRequest.filter(
            firm_id=viewer.firm_id,
            client_account_id=viewer.client_account_id,
            access="PORTAL",
        ).exclude(status="DRAFT")
    if viewer.is_third_party:
        return ClientRequest.filter(id=viewer.request_id, access="THIRD_PARTY").exclude(
            status="DRAFT"
        )
    return ClientRequest.filter(id=-1)


def readable_notifications(viewer: Viewer) -> QuerySet[Notification]:
    """Inbox+: each staff member reads only its own notifications."""
    require_staff(viewer)
    return Notification.filter(firm_id=viewer.firm_id, recipient_id=viewer.staff_id)


def among_ids(queryset: QuerySet[M], ids: list[int]) -> QuerySet[M]:
    """`queryset` narrowed to `ids` (already parsed ints), written as one literal IN list so
    that a 10,000-id bulk selection costs one cheap statement, not 10,000 bound terms."""
    table = queryset.model._meta.db_table
    listed = ",".join(str(int(i)) for i in ids) or "NULL"
    return queryset.annotate(_picked=RawSQL(f'("{table}"."id" IN ({listed}))')).filter(_picked=True)


async def get_readable(queryset: QuerySet[M], record_id: int, what: str) -> M:
    """One row of a readable queryset, or NOT_FOUND (the same for absent and forbidden)."""
    row = await queryset.filter(id=record_id).first()
    if row is None:
        raise NotFound(f"{what} {record_id} was not found")
    return row


async def can_use_account(viewer: Viewer, client_account_id: int) -> ClientAccount:
    """The client account, if the viewer may read it; NOT_FOUND otherwise."""
    return await get_readable(readable_client_accounts(viewer), client_account_id, "client account")


async def is_team_member(staff_id: int, client_account_id: int) -> bool:
    return await ClientTeamMember.exists(staff_id=staff_id, client_account_id=client_account_id)
