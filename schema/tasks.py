"""Threads and client tasks: types and root fields (resolvers in `resolvers.tasks`).

`ChatThread.job` and `ChatThread.clientAccount` resolve through the jobs and identity
areas' loaders.
"""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

import models as m
from resolvers import task_checks, tasks, thread_reminders
from resolvers.access import require_staff
from schema.common import ReminderInput, ThreadTaskFilter, context_of, viewer_of
from schema.identity import ClientAccount, load_account
from schema.jobs import Job, linked_job


@strawberry.type
class ClientTask:
    id: strawberry.ID
    title: str
    position: int
    completed: bool
    completed_at: datetime | None
    completed_by: str | None = strawberry.field(description="display name of who checked it")
    completed_by_client: bool | None

    @classmethod
    def from_model(cls, task: m.ClientTask) -> ClientTask:
        return cls(
            id=strawberry.ID(str(task.id)),
            title=task.title,
            position=task.position,
            completed=task.completed,
            completed_at=task.completed_at,
            completed_by=task.completed_by,
            completed_by_client=task.completed_by_client,
        )


@strawberry.type
class Message:
    id: strawberry.ID
    at: datetime
    author_name: str
    from_client: bool
    body: str

    @classmethod
    def from_model(cls, message: m.Message) -> Message:
        return cls(
            id=strawberry.ID(str(message.id)),
            at=message.at,
            author_name=message.author_name,
            from_client=message.from_client,
            body=message.body,
        )


@strawberry.type
class TaskReminder:
    every_days: int
    max_count: int
    sent_count: int
    next_at: datetime | None


@strawberry.type
class ChatThread:
    id: strawberry.ID
    subject: str
    completed_task_count: int
    total_task_count: int
    model: strawberry.Private[m.ChatThread]

    @classmethod
    def from_model(cls, thread: m.ChatThread) -> ChatThread:
        return cls(
            id=strawberry.ID(str(thread.id)),
            subject=thread.subject,
            completed_task_count=thread.completed_task_count,
            total_task_count=thread.total_task_count,
            model=thread,
        )

    @strawberry.field(description="Staff only.")
    async def job(self, info: Info) -> Job | None:
        return await linked_job(require_staff(viewer_of(info)), self.model.job_id)

    @strawberry.field
    async def client_account(self, info: Info) -> ClientAccount:
        return await load_account(info, self.model.client_account_id)

    @strawberry.field
    async def tasks(self, info: Info) -> list[ClientTask]:
        loader = context_of(info).loader("tasks.by_thread", tasks.tasks_by_thread)
        return [ClientTask.from_model(t) for t in await loader.load(self.model.id)]

    @strawberry.field
    async def messages(self, info: Info) -> list[Message]:
        loader = context_of(info).loader("tasks.messages_by_thread", tasks.messages_by_thread)
        return [Message.from_model(x) for x in await loader.load(self.model.id)]

    @strawberry.field
    def reminder(self) -> TaskReminder | None:
        thread = self.model
        if thread.reminder_every_days is None:
            return None
        return TaskReminder(
            every_days=thread.reminder_every_days,
            max_count=thread.reminder_max_count or 0,
            sent_count=thread.reminder_sent_count,
            next_at=thread_reminders.reminder_next_at(thread),
        )


@strawberry.type
class TasksQuery:
    @strawberry.field
    async def threads(
        self,
        info: Info,
        client_account_id: strawberry.ID | None = None,
        task_filter: ThreadTaskFilter | None = ThreadTaskFilter.ALL_THREADS,
    ) -> list[ChatThread]:
        rows = await tasks.list_threads(
            viewer=viewer_of(info),
            client_account_id=client_account_id,
            task_filter=(task_filter or ThreadTaskFilter.ALL_THREADS).value,
        )
        return [ChatThread.from_model(t) for t in rows]

    @strawberry.field
    async def thread(self, info: Info, id: strawberry.ID) -> ChatThread | None:
        row = await tasks.get_thread(viewer=viewer_of(info), thread_id=id)
        return ChatThread.from_model(row) if row else None


@strawberry.type
class TasksMutation:
    @strawberry.mutation
    async def create_thread(
        self,
        info: Info,
        client_account_id: strawberry.ID,
        subject: str,
        message: str | None = None,
        tasks: list[str] | None = None,
        job_id: strawberry.ID | None = None,
    ) -> ChatThread:
        from resolvers import tasks as domain

        thread = await domain.create_thread(
            viewer=viewer_of(info),
            client_account_id=client_account_id,
            subject=subject,
            message=message,
            tasks=tasks,
            job_id=job_id,
        )
        return ChatThread.from_model(thread)

    @strawberry.mutation
    async def post_message(self, info: Info, thread_id: strawberry.ID, body: str) -> Message:
        message = await tasks.post_message(viewer=viewer_of(info), thread_id=thread_id, body=body)
        return Message.from_model(message)

    @strawberry.mutation
    async def add_client_tasks(
        self, info: Info, thread_id: strawberry.ID, titles: list[str]
    ) -> ChatThread:
        thread = await tasks.add_client_tasks(
            viewer=viewer_of(info), thread_id=thread_id, titles=titles
        )
        return ChatThread.from_model(thread)

    @strawberry.mutation
    async def update_client_task(
        self, info: Info, task_id: strawberry.ID, title: str
    ) -> ClientTask:
        task = await tasks.update_client_task(viewer=viewer_of(info), task_id=task_id, title=title)
        return ClientTask.from_model(task)

    @strawberry.mutation
    async def delete_client_task(self, info: Info, task_id: strawberry.ID) -> ChatThread:
        thread = await tasks.delete_client_task(viewer=viewer_of(info), task_id=task_id)
        return ChatThread.from_model(thread)

    @strawberry.mutation
    async def reorder_client_tasks(
        self, info: Info, thread_id: strawberry.ID, task_ids: list[strawberry.ID]
    ) -> ChatThread:
        thread = await tasks.reorder_client_tasks(
            viewer=viewer_of(info), thread_id=thread_id, task_ids=list(task_ids)
        )
        return ChatThread.from_model(thread)

    @strawberry.mutation
    async def set_client_task_completed(
        self, info: Info, task_id: strawberry.ID, completed: bool
    ) -> ClientTask:
        task = await task_checks.set_client_task_completed(
            viewer=viewer_of(info), task_id=task_id, completed=completed
        )
        return ClientTask.from_model(task)

    @strawberry.mutation
    async def resend_client_tasks(self, info: Info, thread_id: strawberry.ID) -> Message:
        message = await tasks.resend_client_tasks(viewer=viewer_of(info), thread_id=thread_id)
        return Message.from_model(message)

    @strawberry.mutation(description="null turns it off")
    async def set_thread_reminder(
        self, info: Info, thread_id: strawberry.ID, reminder: ReminderInput | None
    ) -> ChatThread:
        thread = await thread_reminders.set_thread_reminder(
            viewer=viewer_of(info),
            thread_id=thread_id,
            every_days=reminder.every_days if reminder else None,
            max_count=reminder.max_count if reminder else None,
        )
        return ChatThread.from_model(thread)
