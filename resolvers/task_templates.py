"""Task templates and the stage automations that use templates.

A task template is a subject, a message and a list of client tasks; a stage's task
automation opens a thread from it when a job enters the stage (`automation.py`, through
`tasks.open_thread_from_template`). Owners and admins change templates and automations;
every staff member reads them (ACCESS.md). A template a stage uses cannot be deleted.
"""

from __future__ import annotations

from models import Stage, TaskTemplate
from resolvers.access import (
    get_readable,
    readable_stages,
    readable_task_templates,
    require_admin,
)
from resolvers.errors import BadInput
from resolvers.requests import refuse_if_on_stages
from resolvers.tasks import MAX_TASKS_PER_CALL
from resolvers.uow import atomic
from resolvers.validate import check_name, check_text, parse_id
from resolvers.viewer import Viewer


async def list_task_templates(*, viewer: Viewer) -> list[TaskTemplate]:
    return await readable_task_templates(viewer).order_by("name", "id")


async def create_task_template(
    *, viewer: Viewer, name: str, subject: str, message: str | None, tasks: list[str]
) -> TaskTemplate:
    """A template needs at least one task (a thread without tasks blocks nothing and asks
    the client for nothing)."""
    require_admin(viewer)
    name = check_name(name, "name")
    subject = check_name(subject, "subject")
    body = check_text(message, "message") or ""
    if not tasks:
        raise BadInput("a task template needs at least one task")
    if len(tasks) > MAX_TASKS_PER_CALL:
        raise BadInput(f"a task template has at most {MAX_TASKS_PER_CALL} tasks")
    titles = [check_name(title, "task title") for title in tasks]
    async with atomic():
        return await TaskTemplate.create(
            firm_id=viewer.firm_id, name=name, subject=subject, message=body, tasks=titles
        )


async def delete_task_template(*, viewer: Viewer, template_id: object) -> bool:
    """CONFLICT while a stage uses it; threads opened from it stay as they are."""
    require_admin(viewer)
    tid = parse_id(template_id, "id")
    async with atomic():
        template = await get_readable(readable_task_templates(viewer), tid, "task template")
        await refuse_if_on_stages(Stage.filter(task_template_id=template.id), "task")
        await template.delete()
    return True


async def set_stage_task_automation(
    *, viewer: Viewer, stage_id: object, task_template_id: object | None
) -> Stage:
    """Open a thread from this template whenever a job enters the stage (None turns it
    off). Owners and admins; the template must be the firm's (NOT_FOUND)."""
    require_admin(viewer)
    sid = parse_id(stage_id, "stageId")
    tid = parse_id(task_template_id, "taskTemplateId") if task_template_id is not None else None
    async with atomic():
        stage = await get_readable(readable_stages(viewer), sid, "stage")
        if tid is not None:
            await get_readable(readable_task_templates(viewer), tid, "task template")
        stage.task_template_id = tid
        await stage.save(update_fields=["task_template_id"])
    return stage
