"""The demo's people side: a staff member's notification preference, and a client whose own
inbox and to-do list are not empty (made by the earlier steps through the product itself:
tasks added, requests sent, messages and statuses the client sees)."""

from __future__ import annotations

from firmflow.seed import CLIENT_EMAILS, Demo
from models import ClientContact
from resolvers import auth, inbox, portal


async def seed_portal(demo: Demo) -> None:
    """Emma (employee) also wants clients' messages by e-mail; Ana has read her oldest
    notification and has the rest, and her to-do list, waiting in her portal."""
    emma = await auth.viewer_for_staff(demo.staff["employee"])
    await inbox.set_preference(viewer=emma, kind="CLIENT_MESSAGE", inbox=True, email=True)
    ana = await auth.viewer_for_contact(await ClientContact.get(email=CLIENT_EMAILS[0]))
    page = await inbox.list_inbox(viewer=ana, first=200)
    if page.notifications:
        oldest = page.notifications[-1]
        await inbox.mark_notifications_read(viewer=ana, ids=[str(oldest.id)])
    todo = await portal.client_todo(viewer=ana)
    demo.lines.append(
        f"Ana Garcia's portal: {len(page.notifications)} notifications in her own inbox, "
        f"{len(todo)} things on her to-do list"
    )
