"""Helpers for the threads, client tasks and Inbox+ tests: the GraphQL operations the
staff app and the portal send, and small readers of their answers."""

from __future__ import annotations

from typing import Any

from tests.support import Gql, error_code

THREAD_FIELDS = """
  id subject completedTaskCount totalTaskCount
  clientAccount { id name }
  tasks { id title position completed completedAt completedBy completedByClient }
  messages { id at authorName fromClient body }
  reminder { everyDays maxCount sentCount nextAt }
"""

CREATE_THREAD = f"""
mutation($account: ID!, $subject: String!, $message: String, $tasks: [String!], $job: ID) {{
  createThread(clientAccountId: $account, subject: $subject, message: $message,
               tasks: $tasks, jobId: $job) {{ {THREAD_FIELDS} }}
}}"""

THREADS = f"""
query($account: ID, $filter: ThreadTaskFilter) {{
  threads(clientAccountId: $account, taskFilter: $filter) {{ {THREAD_FIELDS} }}
}}"""

THREAD = f"query($id: ID!) {{ thread(id: $id) {{ {THREAD_FIELDS} }} }}"

POST_MESSAGE = """
mutation($thread: ID!, $body: String!) {
  postMessage(threadId: $thread, body: $body) { id authorName fromClient body }
}"""

ADD_TASKS = f"""
mutation($thread: ID!, $titles: [String!]!) {{
  addClientTasks(threadId: $thread, titles: $titles) {{ {THREAD_FIELDS} }}
}}"""

UPDATE_TASK = """
mutation($task: ID!, $title: String!) {
  updateClientTask(taskId: $task, title: $title) { id title position completed }
}"""

DELETE_TASK = f"""
mutation($task: ID!) {{ deleteClientTask(taskId: $task) {{ {THREAD_FIELDS} }} }}"""

REORDER_TASKS = f"""
mutation($thread: ID!, $ids: [ID!]!) {{
  reorderClientTasks(threadId: $thread, taskIds: $ids) {{ {THREAD_FIELDS} }}
}}"""

SET_COMPLETED = """
mutation($task: ID!, $completed: Boolean!) {
  setClientTaskCompleted(taskId: $task, completed: $completed) {
    id title position completed completedAt completedBy completedByClient
  }
}"""

RESEND = """
mutation($thread: ID!) { resendClientTasks(threadId: $thread) { id authorName body } }"""

SET_REMINDER = f"""
mutation($thread: ID!, $reminder: ReminderInput) {{
  setThreadReminder(threadId: $thread, reminder: $reminder) {{ {THREAD_FIELDS} }}
}}"""

INBOX = """
query($first: Int, $after: String, $unreadOnly: Boolean) {
  inbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
    unreadCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id at kind read actorName actorIsClient summary
      clientAccount { id }
      thread { id subject completedTaskCount totalTaskCount }
      task { id title completed completedBy completedByClient }
    } }
  }
}"""

MARK_READ = "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"


def data(result: dict[str, Any], field: str) -> Any:
    """The field of a successful result (fails the test with the errors otherwise)."""
    assert not result.get("errors"), result["errors"]
    return result["data"][field]


async def create_thread(
    gql: Gql,
    token: str,
    account_id: int | str,
    subject: str = "2025 tax return",
    *,
    tasks: list[str] | None = None,
    message: str | None = None,
    job_id: int | str | None = None,
) -> dict[str, Any]:
    result = await gql(
        CREATE_THREAD,
        {
            "account": str(account_id),
            "subject": subject,
            "tasks": tasks,
            "message": message,
            "job": str(job_id) if job_id else None,
        },
        token=token,
    )
    return data(result, "createThread")


async def check(gql: Gql, token: str, task_id: str, completed: bool = True) -> dict[str, Any]:
    return data(
        await gql(SET_COMPLETED, {"task": task_id, "completed": completed}, token=token),
        "setClientTaskCompleted",
    )


async def thread_of(gql: Gql, token: str, thread_id: str) -> dict[str, Any] | None:
    return data(await gql(THREAD, {"id": thread_id}, token=token), "thread")


async def inbox_of(gql: Gql, token: str, **variables: Any) -> dict[str, Any]:
    return data(await gql(INBOX, variables, token=token), "inbox")


__all__ = ["error_code"]
