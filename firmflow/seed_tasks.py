"""Demo threads with client tasks (some complete), made through the API's own functions.

Called by `firmflow.seed.seed_demo` after the identity seed: `await seed_tasks(demo)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import ClientContact
from resolvers import auth, task_checks, tasks, thread_reminders
from resolvers.viewer import Viewer

if TYPE_CHECKING:
    from firmflow.seed import Demo


async def _client_viewer(client_account_id: int) -> Viewer:
    contact = await ClientContact.get(client_account_id=client_account_id)
    return await auth.viewer_for_contact(contact)


async def seed_tasks(demo: Demo) -> None:
    """Ana: a tax-documents thread with tasks, one ticked by her, and a weekly reminder.
    Ben: a bookkeeping thread whose tasks are all done, and a plain conversation."""
    employee = await auth.viewer_for_staff(demo.staff["employee"])
    owner = demo.owner
    ana = await _client_viewer(demo.accounts["ana"])
    ben = await _client_viewer(demo.accounts["ben"])

    documents = await tasks.create_thread(
        viewer=employee,
        client_account_id=str(demo.accounts["ana"]),
        subject="2025 tax return: documents",
        message="Hi Ana, here is what we need for your 2025 return.",
        tasks=[
            "Upload your W-2 forms",
            "Upload 1099-INT statements from your bank",
            "Sign the engagement letter: https://example.com/engagement-letter",
        ],
    )
    first = (await tasks.tasks_of(documents.id))[0]
    await task_checks.set_client_task_completed(viewer=ana, task_id=str(first.id), completed=True)
    await tasks.post_message(
        viewer=ana, thread_id=str(documents.id), body="W-2 is up; the bank forms follow."
    )
    await thread_reminders.set_thread_reminder(
        viewer=employee, thread_id=str(documents.id), every_days=7, max_count=3
    )

    books = await tasks.create_thread(
        viewer=owner,
        client_account_id=str(demo.accounts["ben"]),
        subject="Q3 bookkeeping",
        tasks=["Send September bank statements", "Send fuel receipts"],
    )
    for task in await tasks.tasks_of(books.id):
        await task_checks.set_client_task_completed(
            viewer=ben, task_id=str(task.id), completed=True
        )
    await tasks.create_thread(
        viewer=owner,
        client_account_id=str(demo.accounts["ben"]),
        subject="New payroll provider",
        message="Ben, we have set up the new payroll provider. Questions welcome.",
    )
    demo.lines.append("  threads: Ana has open client tasks; Ben's bookkeeping list is done")
