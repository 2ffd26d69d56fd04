"""The client's own inbox: each portal user of the account hears of new tasks, a request
sent to it, staff posting in its threads, and a status change of a job it sees; live
through inboxNotifications. Staff never see these, nor clients the staff's."""

from models import ClientContact, ClientNotification, Notification
from resolvers import auth, firms, jobs
from tests.support import PASSWORD, error_code, make_firm, sign_in
from tests.support_jobs import new_job, plain_pipeline, tax_pipeline
from tests.support_realtime import WsClient
from tests.support_requests import create_request
from tests.support_tasks import MARK_READ, POST_MESSAGE, create_thread, data, inbox_of

CLIENT_KINDS = {"NEW_CLIENT_TASKS", "NEW_CLIENT_REQUEST", "FIRM_MESSAGE", "JOB_STATUS_CHANGED"}
LIVE = "subscription { inboxNotifications { id kind summary thread { id } } }"
INBOX_LINKS = """{ inbox { edges { node { kind summary actorName thread { id } request { id }
  clientAccount { id } } } } }"""


def _kinds(page):
    return [e["node"]["kind"] for e in page["edges"]]


async def test_a_portal_user_hears_of_new_tasks_a_request_a_firm_message_and_a_status_change(
    gql,
):
    world = await make_firm()
    owner, client = world.owner.token, world.clients["alpha"].token
    thread = await create_thread(gql, owner, world.accounts["alpha"], "Documents", tasks=["W-2"])
    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "Thanks!"}, token=owner)
    request = await create_request(
        gql, owner, world.accounts["alpha"], title="Quick ask", send=True
    )
    pipeline = await tax_pipeline(world.owner.viewer)  # its first stage shows the job
    await new_job(world.owner.viewer, world.accounts["alpha"], pipeline, "2025 tax return")

    mine = data(await gql(INBOX_LINKS, token=client), "inbox")["edges"]
    assert [e["node"]["kind"] for e in mine] == [
        "JOB_STATUS_CHANGED",
        "NEW_CLIENT_REQUEST",
        "FIRM_MESSAGE",
        "NEW_CLIENT_TASKS",
    ]
    status, asked, message, tasks = (e["node"] for e in mine)
    assert status["summary"] == "2025 tax return: Waiting for docs"
    assert (
        asked["summary"] == "Acme Tax asks: Quick ask" and asked["request"]["id"] == request["id"]
    )
    assert message["thread"]["id"] == thread["id"] and message["summary"].endswith("Thanks!")
    assert tasks["summary"] == "Acme Tax Owner added 1 task for you in “Documents”"
    assert all(e["node"]["clientAccount"]["id"] == str(world.accounts["alpha"]) for e in mine)
    assert (await inbox_of(gql, client))["unreadCount"] == 4
    assert _kinds(await inbox_of(gql, world.clients["beta"].token)) == []
    for staff in (world.owner, world.admin, world.employee):
        assert not CLIENT_KINDS & set(_kinds(await inbox_of(gql, staff.token)))


async def test_the_client_hears_nothing_of_its_own_messages_nor_of_jobs_it_cannot_see(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    thread = await create_thread(gql, client, world.accounts["alpha"], "Question")
    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "Is it done?"}, token=client)
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    preparing = plain.statuses["Preparing"].id
    hidden_change = jobs.ClientFacingChange(status_id=preparing)
    await jobs.update_job_client_facing(
        viewer=world.owner.viewer, job_id=job_id, change=hidden_change
    )
    assert _kinds(await inbox_of(gql, client)) == []
    shown = jobs.ClientFacingChange(visible=True)
    await jobs.update_job_client_facing(viewer=world.owner.viewer, job_id=job_id, change=shown)
    hide = jobs.ClientFacingChange(visible=False)
    await jobs.update_job_client_facing(viewer=world.owner.viewer, job_id=job_id, change=hide)
    assert _kinds(await inbox_of(gql, client)) == ["JOB_STATUS_CHANGED"]


async def test_portal_users_read_and_mark_only_their_own_notifications(gql):
    world = await make_firm()
    owner = world.owner.token
    await create_thread(gql, owner, world.accounts["alpha"], tasks=["a"])
    await create_thread(gql, owner, world.accounts["beta"], tasks=["b"])
    alpha, beta = world.clients["alpha"].token, world.clients["beta"].token
    [alpha_note] = (await inbox_of(gql, alpha))["edges"]
    ids = [alpha_note["node"]["id"]]
    assert data(await gql(MARK_READ, {"ids": ids}, token=beta), "markNotificationsRead") == 0
    staff_before = await Notification.filter(read=True).count()
    assert data(await gql(MARK_READ, {"ids": ids}, token=alpha), "markNotificationsRead") == 1
    assert (await inbox_of(gql, alpha))["unreadCount"] == 0
    assert (await inbox_of(gql, beta))["unreadCount"] == 1
    assert await Notification.filter(read=True).count() == staff_before  # same id, other table
    third_party = await gql("{ inbox { unreadCount } }", token="not-a-token")
    assert error_code(third_party) == "UNAUTHENTICATED"


async def test_a_bulk_status_edit_tells_each_portal_user_once_per_job_it_now_sees(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    ids = [
        await new_job(world.owner.viewer, world.accounts["alpha"], plain, f"Job {i}")
        for i in range(3)
    ]
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], plain, "Beta job")
    change = jobs.ClientFacingChange(status_id=plain.statuses["In review"].id)
    await jobs.bulk_update_client_facing(
        viewer=world.owner.viewer, job_ids=[*ids, beta_job], show=True, change=change
    )
    rows = await ClientNotification.filter(kind="JOB_STATUS_CHANGED").order_by("id")
    alpha_contact = world.clients["alpha"].id
    assert sorted(r.job_id for r in rows if r.recipient_id == alpha_contact) == sorted(ids)
    assert [r.job_id for r in rows if r.recipient_id == world.clients["beta"].id] == [beta_job]
    assert {r.summary for r in rows} >= {"Job 0: In review", "Beta job: In review"}
    await jobs.bulk_update_client_facing(
        viewer=world.owner.viewer, job_ids=ids, show=False, change=jobs.ClientFacingChange()
    )
    assert await ClientNotification.filter(kind="JOB_STATUS_CHANGED").count() == 4


async def _two_portal_users(world):
    """An account with two portal users (and no team)."""
    account = await firms.create_client_account(
        viewer=world.owner.viewer,
        name="Gamma Household",
        contacts=[
            firms.ContactData(name="Gina", email="gina@gamma.client"),
            firms.ContactData(name="Gus", email="gus@gamma.client"),
        ],
    )
    people = []
    for contact in await ClientContact.filter(client_account_id=account.id).order_by("id"):
        invite = await auth.invite_to_portal(viewer=world.owner.viewer, contact_id=str(contact.id))
        await auth.accept_portal_invite(token=invite.token, password=PASSWORD)
        people.append(await sign_in(contact.email))
    return account, people


async def test_client_notifications_arrive_live_to_each_of_the_accounts_portal_users_only(
    gql, live_server
):
    world = await make_firm()
    account, (gina, gus) = await _two_portal_users(world)
    sockets = {}
    for name, token in (
        ("gina", gina.token),
        ("gus", gus.token),
        ("alpha", world.clients["alpha"].token),
        ("owner", world.owner.token),
        ("admin", world.admin.token),
    ):
        sockets[name] = await WsClient.connect(live_server, token=token)
        await sockets[name].subscribe(LIVE)
    thread = await create_thread(gql, world.admin.token, account.id, "Household papers")
    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "Hello both"}, token=world.admin.token)
    for name in ("gina", "gus"):
        heard = await sockets[name].next_data("inboxNotifications")
        assert heard["kind"] == "FIRM_MESSAGE" and heard["thread"] == {"id": thread["id"]}
    ids = {
        n.id: n.recipient_id for n in await ClientNotification.filter(client_account_id=account.id)
    }
    assert sorted(ids.values()) == sorted([gina.id, gus.id])
    for name in ("alpha", "owner", "admin", "gina", "gus"):
        assert await sockets[name].nothing_within(0.3)
    # A client's message reaches the owners (no team), never the other portal user.
    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "Got it"}, token=gina.token)
    heard = await sockets["owner"].next_data("inboxNotifications")
    assert heard["kind"] == "CLIENT_MESSAGE"
    for name in ("alpha", "admin", "gina", "gus"):
        assert await sockets[name].nothing_within(0.3)
    for socket in sockets.values():
        await socket.close()
