"""Who may see and do what: the one policy module every resolver calls.

Two kinds of rule live here and nowhere else:
- `readable_<kind>(viewer)`: the rows of that kind the viewer may see. Lists, lookups by id
  and counts all start from it, so a record of another firm or another client account is
  simply not found (NOT_FOUND), exactly like a record that does not exist.
- `require_<role>(viewer)`: role gates (UNAUTHENTICATED for nobody, FORBIDDEN for a role
  that may never do this).
Subscriptions filter events with `event_visible_to`, built on the same querysets
(`reach_of`), so a rule is never written twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from eventstore.records import StoredEvent
from models import (
    AuditEntry,
    ChatThread,
    ClientAccount,
    ClientContact,
    ClientFacingStatus,
    ClientNotification,
    ClientRequest,
    ClientTask,
    ClientTeamMember,
    EventCounter,
    Job,
    JobAssignee,
    JobTemplate,
    Notification,
    Pipeline,
    RequestTemplate,
    StaffMember,
    Stage,
    TaskTemplate,
    UploadedFile,
    WebhookEndpoint,
)
from resolvers.errors import BadInput, Forbidden, NotFound, Unauthenticated
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


def require_owner(viewer: Viewer) -> Viewer:
    """The firm's owners only (the audit log: admins' own actions are in it)."""
    require_staff(viewer)
    if viewer.role != "OWNER":
        raise Forbidden("only the firm's owners may do this")
    return viewer


def require_client(viewer: Viewer) -> Viewer:
    """Portal-user-only operations (the client's own portal)."""
    require_signed_in(viewer)
    if not viewer.is_client:
        raise Forbidden("only a client's portal user may do this")
    return viewer


def require_staff_or_client(viewer: Viewer) -> Viewer:
    """Staff or a portal user (a third party's link reaches its one request only)."""
    require_signed_in(viewer)
    if not (viewer.is_staff or viewer.is_client):
        raise Forbidden("a request link gives access to that request only")
    return viewer


# ---------------------------------------------------------------- employee reach


def _team_account_ids(staff_id: int | None) -> Subquery:
    return Subquery(ClientTeamMember.filter(staff_id=staff_id).values("client_account_id"))


def _assigned_job_ids(staff_id: int | None) -> Subquery:
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


def readable_contacts(viewer: Viewer) -> QuerySet[ClientContact]:
    """Contacts of the client accounts the viewer may read."""
    require_signed_in(viewer)
    account_ids = Subquery(readable_client_accounts(viewer).values("id"))
    return ClientContact.filter(firm_id=viewer.firm_id, client_account_id__in=account_ids)


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


async def status_in_firm(
    firm_id: int | None, status_id: int, what: str = "client-facing status"
) -> ClientFacingStatus:
    """THE check that a client-facing status named as an input value is one of the firm's
    (BAD_INPUT otherwise: it is a value of the change, not a record being looked up)."""
    status = await ClientFacingStatus.filter(id=status_id, firm_id=firm_id or 0).first()
    if status is None:
        raise BadInput(f"{what} {status_id} does not exist")
    return status


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


def readable_thread_accounts(viewer: Viewer) -> QuerySet[ClientAccount]:
    """The client accounts on which the viewer may hold chat threads: owners/admins every
    account of the firm, an employee the accounts whose team it is on, a portal user its own
    account. (Narrower than `readable_client_accounts` for employees: a job assignment alone
    does not open the account's conversations.)"""
    require_signed_in(viewer)
    if viewer.is_admin:
        return ClientAccount.filter(firm_id=viewer.firm_id)
    if viewer.is_staff:
        return ClientAccount.filter(
            firm_id=viewer.firm_id, id__in=_team_account_ids(viewer.staff_id)
        )
    if viewer.is_client:
        return ClientAccount.filter(firm_id=viewer.firm_id, id=viewer.client_account_id)
    return ClientAccount.filter(id=-1)


def require_task_editor(viewer: Viewer) -> Viewer:
    """Adding, editing, deleting and reordering client tasks, resending the list and
    setting reminders: staff only (FORBIDDEN for portal users). Which threads a staff
    member reaches is `readable_threads`."""
    return require_staff(viewer)


def readable_tasks(viewer: Viewer) -> QuerySet[ClientTask]:
    """Client tasks of the threads the viewer may read (see `readable_threads`)."""
    return ClientTask.filter(thread_id__in=Subquery(readable_threads(viewer).values("id")))


def readable_request_templates(viewer: Viewer) -> QuerySet[RequestTemplate]:
    """Request templates: every staff member of the firm reads and uses them; owners and
    admins create them and put them on stages."""
    require_staff(viewer)
    return RequestTemplate.filter(firm_id=viewer.firm_id)


def readable_task_templates(viewer: Viewer) -> QuerySet[TaskTemplate]:
    """Task templates: every staff member of the firm reads them; owners and admins create,
    delete and put them on stages."""
    require_staff(viewer)
    return TaskTemplate.filter(firm_id=viewer.firm_id)


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
    # "Once sent": a draft cancelled before sending stays invisible too.
    if viewer.is_client:
        return ClientRequest.filter(
            firm_id=viewer.firm_id,
            client_account_id=viewer.client_account_id,
            access="PORTAL",
            sent_at__isnull=False,
        ).exclude(status="DRAFT")
    if viewer.is_third_party:
        return ClientRequest.filter(
            id=viewer.request_id, access="THIRD_PARTY", sent_at__isnull=False
        ).exclude(status="DRAFT")
    return ClientRequest.filter(id=-1)


async def check_may_create_request(
    viewer: Viewer, *, client_account_id: int, job_id: int | None
) -> Job | None:
    """Creating a client request: owners/admins for any account of the firm; employees on
    the account's team, or with access to the linked job. The job (if any) must be readable
    and belong to the account. Returns the job."""
    require_staff(viewer)
    await can_use_account(viewer, client_account_id)
    job = None
    if job_id is not None:
        job = await get_readable(readable_jobs(viewer), job_id, "job")
        if job.client_account_id != client_account_id:
            raise BadInput(f"job {job_id} belongs to another client account")
    if viewer.is_admin or job is not None:
        return job
    if await is_team_member(viewer.staff_id, client_account_id):
        return job
    raise Forbidden("only the account's team or staff with access to the job may ask it")


def readable_request_files(viewer: Viewer) -> QuerySet[UploadedFile]:
    """Uploaded files: exactly those of the requests the viewer may read."""
    if viewer.is_anonymous:
        return UploadedFile.filter(id=-1)
    return UploadedFile.filter(request_id__in=Subquery(readable_requests(viewer).values("id")))


def readable_audit_entries(viewer: Viewer) -> QuerySet[AuditEntry]:
    """The audit log: the firm's owners read their own firm's entries, nobody else any."""
    require_owner(viewer)
    return AuditEntry.filter(firm_id=viewer.firm_id)


def readable_notifications(viewer: Viewer) -> QuerySet[Any]:
    """Each staff member reads only its own Inbox+ notifications, each portal user only its
    own inbox (the client kinds, kept in their own table): never the other audience's."""
    require_staff_or_client(viewer)
    if viewer.is_client:
        return ClientNotification.filter(firm_id=viewer.firm_id, recipient_id=viewer.contact_id)
    return Notification.filter(firm_id=viewer.firm_id, recipient_id=viewer.staff_id)


def readable_webhook_endpoints(viewer: Viewer) -> QuerySet[WebhookEndpoint]:
    """Webhook endpoints: the firm's owners and admins only (FORBIDDEN for everyone else;
    another firm's endpoint is simply not found)."""
    require_admin(viewer)
    return WebhookEndpoint.filter(firm_id=viewer.firm_id)


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


async def is_team_member(staff_id: int | None, client_account_id: int) -> bool:
    return await ClientTeamMember.exists(staff_id=staff_id, client_account_id=client_account_id)


# ---------------------------------------------------------------- events (subscriptions)


@dataclass(frozen=True)
class Reach:
    """What an employee or portal user may read, as ids, for filtering events in memory.

    Computed from the same `readable_*` querysets as the queries. `as_of_seq` is the newest
    event of the viewer's firm committed before the ids were read: an event with a larger
    seq may concern a row created since (a new job, thread or sent request), so a "no" for
    it is only final after a refresh (`reach_may_grow`).
    """

    as_of_seq: int = 0
    job_ids: frozenset[int] = frozenset()
    thread_ids: frozenset[int] = frozenset()
    request_ids: frozenset[int] = frozenset()


def decision_key(viewer: Viewer, event: StoredEvent) -> tuple[Any, ...]:
    """Whose decision about `event` another viewer may share: the view's (`view_key`), but
    an inbox event is addressed to one person, so that decision is the person's alone."""
    if event.topic == "inbox":
        return ("person", viewer.kind, viewer.staff_id, viewer.contact_id)
    return view_key(viewer)


def view_key(viewer: Viewer) -> tuple[str, int | None]:
    """Viewers with the same key see exactly the same events (decisions are shared)."""
    if viewer.is_admin:
        return ("firm", viewer.firm_id)
    if viewer.is_staff:
        return ("staff", viewer.staff_id)
    if viewer.is_client:
        return ("account", viewer.client_account_id)
    if viewer.is_third_party:
        return ("request", viewer.request_id)
    return ("nobody", None)


def _ids(values: Sequence[Any]) -> frozenset[int]:
    """Ids read with `values_list(..., flat=True)` (typed as rows by Tortoise)."""
    return frozenset(cast(Sequence[int], values))


async def reach_of(viewer: Viewer) -> Reach:
    """The viewer's readable job, thread and request ids (empty where rules need none)."""
    newest = await EventCounter.filter(firm_id=viewer.firm_id or 0).values_list(
        "last_seq", flat=True
    )
    as_of = int(cast(int, newest[0])) if newest else 0
    if viewer.is_staff and not viewer.is_admin:
        jobs = await readable_jobs(viewer, include_deleted=True).values_list("id", flat=True)
        threads = await readable_threads(viewer).values_list("id", flat=True)
        requests = await readable_requests(viewer).values_list("id", flat=True)
        return Reach(as_of, _ids(jobs), _ids(threads), _ids(requests))
    if viewer.is_client:
        requests = await readable_requests(viewer).values_list("id", flat=True)
        return Reach(as_of, request_ids=_ids(requests))
    return Reach(as_of)


def client_hears_of_job_event(
    *, was_in_portal: bool, is_in_portal: bool, blockers_changed: bool = False
) -> bool:
    """THE rule of whether a client may hear of a job status event (stored with the event as
    `Event.client_visible`): when the job is in its portal now, or was just before this
    change (so it learns that the job left Work in progress); a job it never saw stays
    silent, and so does an event about the job's pending blockers (staff only)."""
    return not blockers_changed and (was_in_portal or is_in_portal)


def event_visible_to(viewer: Viewer, event: StoredEvent, reach: Reach) -> bool:
    """THE rule of which stored event a viewer may receive (docs/access.md, "subscriptions").

    Owners/admins: their firm. Employees: events of jobs they can read, of threads of their
    team accounts, of requests they can read. Staff: inbox events addressed to them. A
    portal user: its own account only, client-visible data only (job events the client may
    hear of, see `Event.client_visible`; task events of its threads; its sent PORTAL
    requests; inbox events of its own notifications).
    A third party: status events of its one sent request. Nothing of another firm, ever.
    """
    if viewer.firm_id is None or event.firm_id != viewer.firm_id:
        return False
    topic = event.topic
    if topic == "inbox":
        contact = event.payload.get("recipientContactId")
        if viewer.is_client:
            return contact is not None and contact == str(viewer.contact_id)
        return viewer.is_staff and contact is None and event.recipient_staff_id == viewer.staff_id
    if viewer.is_admin:
        return True
    if viewer.is_staff:
        if topic == "job":
            return event.job_id in reach.job_ids
        if topic == "task":
            return event.thread_id in reach.thread_ids
        if topic == "request":
            return event.request_id in reach.request_ids
        return False
    not_draft = event.payload.get("status") != "DRAFT"
    if viewer.is_client:
        if event.client_account_id != viewer.client_account_id:
            return False
        if topic == "job":
            return event.client_visible
        if topic == "task":
            return True
        if topic == "request":
            return not_draft and event.request_id in reach.request_ids
        return False
    if viewer.is_third_party:
        return topic == "request" and event.request_id == viewer.request_id and not_draft
    return False


def reach_may_grow(viewer: Viewer, event: StoredEvent, reach: Reach) -> bool:
    """Whether a "no" from `event_visible_to` could turn into "yes" with a fresher reach."""
    if event.seq <= reach.as_of_seq or event.firm_id != viewer.firm_id:
        return False
    if viewer.is_staff and not viewer.is_admin:
        return event.topic in ("job", "task", "request")
    return (
        viewer.is_client
        and event.topic == "request"
        and event.client_account_id == viewer.client_account_id
    )
