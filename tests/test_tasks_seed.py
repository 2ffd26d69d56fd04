"""The demo seed gives the demo clients threads with tasks, some complete."""

from firmflow.seed import seed_identity
from firmflow.seed_tasks import seed_tasks
from models import ChatThread, ClientTask


async def test_the_demo_clients_get_threads_with_tasks_some_complete():
    demo = await seed_identity()
    await seed_tasks(demo)
    ana = await ChatThread.filter(client_account_id=demo.accounts["ana"]).order_by("id")
    ben = await ChatThread.filter(client_account_id=demo.accounts["ben"]).order_by("id")
    assert [(t.completed_task_count, t.total_task_count) for t in ana] == [(1, 3)]
    assert [(t.completed_task_count, t.total_task_count) for t in ben] == [(2, 2), (0, 0)]
    assert ben[0].all_completed_notified
    assert ana[0].reminder_next_at is not None
    assert await ClientTask.filter(completed=True).count() == 3
