"""Client-facing status templates of a firm: the list clients' statuses are chosen from.

Owners and admins change the list; all staff read it. Deleting a template that jobs, stage
automations or job templates use needs a replacement, and every use moves to it in the same
transaction, so no job is left pointing at nothing.
"""

from __future__ import annotations

from eventstore.audit import update_rows
from models import ClientFacingStatus, Job, JobTemplate, Stage
from resolvers.access import get_readable, readable_statuses, require_admin, status_in_firm
from resolvers.client_facing import apply_to_jobs, job_rows
from resolvers.errors import BadInput, Conflict
from resolvers.positions import moved, renumber
from resolvers.uow import atomic
from resolvers.validate import check_name, check_text, parse_id
from resolvers.viewer import Viewer

DEFAULT_STATUSES: tuple[tuple[str, str], ...] = (
    (
        "Waiting for docs",
        "We are waiting for documents from you. Please upload them in the portal.",
    ),
    ("Preparing", "We have what we need and are preparing your work."),
    ("In progress", "Your work is in progress."),
    ("In review", "Your work is being reviewed before we finish it."),
    ("Completed", "Your work is complete."),
)


async def create_default_statuses(firm_id: int) -> list[ClientFacingStatus]:
    """A new firm starts with the five statuses of docs/domain.md, in order."""
    return [
        await ClientFacingStatus.create(
            firm_id=firm_id, name=name, description=description, position=position
        )
        for position, (name, description) in enumerate(DEFAULT_STATUSES)
    ]


async def list_statuses(*, viewer: Viewer) -> list[ClientFacingStatus]:
    """The firm's status templates in their order (staff only)."""
    return await readable_statuses(viewer).order_by("position", "id")


async def _ordered(firm_id: int | None) -> list[ClientFacingStatus]:
    return await ClientFacingStatus.filter(firm_id=firm_id).order_by("position", "id")


async def create_status(*, viewer: Viewer, name: str, description: str = "") -> ClientFacingStatus:
    """A new template, appended at the end of the list."""
    require_admin(viewer)
    name = check_name(name)
    description = check_text(description or "", "description") or ""
    async with atomic():
        count = await ClientFacingStatus.filter(firm_id=viewer.firm_id).count()
        return await ClientFacingStatus.create(
            firm_id=viewer.firm_id, name=name, description=description, position=count
        )


async def update_status(
    *,
    viewer: Viewer,
    status_id: object,
    name: str | None = None,
    description: str | None = None,
    position: int | None = None,
) -> ClientFacingStatus:
    """Rename, re-describe or move a template. Jobs keep their own copied descriptions."""
    require_admin(viewer)
    sid = parse_id(status_id, "status id")
    if name is not None:
        name = check_name(name)
    description = check_text(description, "description")
    async with atomic():
        status = await get_readable(readable_statuses(viewer), sid, "client-facing status")
        if name is not None:
            status.name = name
        if description is not None:
            status.description = description
        await status.save(update_fields=["name", "description"])
        if position is not None:
            ordered = await _ordered(viewer.firm_id)
            mine = next(s for s in ordered if s.id == status.id)
            await renumber(moved(ordered, mine, position))
            status = mine
        return status


async def delete_status(
    *, viewer: Viewer, status_id: object, replacement_id: object | None = None
) -> bool:
    """Delete a template; its uses move to `replacement_id` (CONFLICT without one)."""
    require_admin(viewer)
    sid = parse_id(status_id, "status id")
    rid = parse_id(replacement_id, "replacement id") if replacement_id is not None else None
    async with atomic():
        status = await get_readable(readable_statuses(viewer), sid, "client-facing status")
        replacement = None
        if rid is not None:
            if rid == sid:
                raise BadInput("the replacement must be a different status")
            replacement = await status_in_firm(viewer.firm_id, rid, "replacement status")
        jobs = await job_rows(Job.filter(firm_id=viewer.firm_id, cf_status_id=sid))
        in_use = (
            bool(jobs)
            or await Stage.filter(automation_status_id=sid).exists()
            or await JobTemplate.filter(status_id=sid).exists()
        )
        if in_use and replacement is None:
            raise Conflict(
                f"status {status.name!r} is in use by jobs, stage automations or job "
                "templates; pass replacementId to move them to another status"
            )
        if replacement is not None:
            await update_rows(Stage.filter(automation_status_id=sid), automation_status_id=rid)
            await update_rows(JobTemplate.filter(status_id=sid), status_id=rid)
            if jobs:
                await apply_to_jobs(
                    jobs,
                    actor_staff_id=viewer.staff_id,
                    source="MANUAL",
                    status_id=rid,
                )
        await status.delete()
        await renumber(await _ordered(viewer.firm_id))
    return True
