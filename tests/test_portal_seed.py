"""The demo seed shows a client with notifications in her own inbox and a to-do list, and a
staff member with a notification preference of her own."""

from firmflow.seed import CLIENT_EMAILS, DEMO_PASSWORD, seed_demo
from models import ClientNotification, NotificationPreference
from resolvers import auth, inbox, portal


async def test_the_demo_client_has_notifications_and_a_todo_list():
    created, lines = await seed_demo()
    assert created
    ana = (await auth.login(email=CLIENT_EMAILS[0], password=DEMO_PASSWORD)).viewer
    page = await inbox.list_inbox(viewer=ana, first=200)
    kinds = {n.kind for n in page.notifications}
    assert {"NEW_CLIENT_TASKS", "JOB_STATUS_CHANGED"} <= kinds
    assert 0 < page.unread_count < len(page.notifications)
    todo = await portal.client_todo(viewer=ana)
    assert {item.kind for item in todo} >= {"TASK"}
    assert any(line.startswith("Ana Garcia's portal:") for line in lines)
    assert await NotificationPreference.filter(kind="CLIENT_MESSAGE", email=True).exists()
    again, _ = await seed_demo()
    assert not again
    assert await ClientNotification.filter(client_account_id=ana.client_account_id).count() == len(
        page.notifications
    )
