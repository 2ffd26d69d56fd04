"""The web client and GraphiQL in a real browser (Debian's chromium, driven by Playwright)
against a real `firmflow serve --demo` process: live updates between two people, a third
party answering through the e-mailed link, every e-mailed link opening its page, and
GraphiQL working with no network beyond the firmflow server.

Each browser context refuses (and records) any request that is not for the firmflow
server, so a page that needed a CDN would fail here, as it would behind a firewall.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from firmflow.db import create_database, drop_database
from tests.support import MailBox, free_port
from tests.support_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DEMO_PASSWORD,
    REQUIRED,
    Server,
    browser_missing,
    screenshot_dir,
    server_env,
    start_server,
    stop_server,
    wait_until_healthy,
)

TEST_DB_BASE = os.environ.get("FIRMFLOW_TEST_DATABASE_URL", "")
TEST_BROADCAST = os.environ.get("FIRMFLOW_TEST_BROADCAST_URL", "memory://")
LIVE_WITHIN_MS = 2000  # a change reaches the other person's open page within 2 s


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Any]:
    missing = browser_missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"browser tests are required here (FIRMFLOW_REQUIRE_BROWSER): {missing}")
        pytest.skip(f"browser tests need chromium and playwright: {missing}")
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        await chromium.close()


@pytest.fixture(scope="module")
async def server(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Server]:
    """`firmflow serve --demo` on its own database, its e-mail going to a real SMTP server."""
    tmp = tmp_path_factory.mktemp("browser")
    mailbox = MailBox()
    mailbox.port = free_port()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    smtp.start()
    if TEST_DB_BASE.startswith(("postgres", "asyncpg")):
        url = f"{TEST_DB_BASE.rsplit('/', 1)[0]}/firmflow_browser_{uuid.uuid4().hex[:10]}"
        await create_database(url)
    else:
        url = f"sqlite://{tmp}/browser.db"
    port = free_port()
    log = tmp / "server.log"
    process = start_server(server_env(url, TEST_BROADCAST, port, mailbox.port, tmp), port, log)
    try:
        base = f"http://127.0.0.1:{port}"
        await wait_until_healthy(base, process, log)
        yield Server(base=base, mailbox=mailbox, process=process, log=log)
    finally:
        stop_server(process)
        smtp.stop()
        await drop_database(url)


class Pages:
    """Browser contexts of one test: each is a separate person (own storage, own socket)."""

    def __init__(self, browser: Any, server: Server) -> None:
        self.browser = browser
        self.server = server
        self.contexts: list[Any] = []
        self.outside: list[str] = []  # requests for anything but the firmflow server
        self.errors: list[str] = []  # uncaught script errors of any page

    async def open(self) -> Any:
        context = await self.browser.new_context(viewport={"width": 1280, "height": 860})
        own = (self.server.base, self.server.base.replace("http://", "ws://"))

        async def only_firmflow(route: Any) -> None:
            if route.request.url.startswith(own):
                await route.continue_()
            else:
                self.outside.append(route.request.url)
                await route.abort()

        await context.route("**/*", only_firmflow)
        self.contexts.append(context)
        page = await context.new_page()
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    async def signed_in(self, email: str, path: str = "/") -> Any:
        from playwright.async_api import expect

        page = await self.open()
        await page.goto(self.server.base + path)
        await page.get_by_label("E-mail").fill(email)
        await page.get_by_label("Password").fill(DEMO_PASSWORD)
        await page.get_by_role("button", name="Sign in").click()
        await expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        return page

    async def close(self) -> None:
        for context in self.contexts:
            await context.close()


@pytest.fixture
async def pages(browser: Any, server: Server) -> AsyncIterator[Pages]:
    opened = Pages(browser, server)
    try:
        yield opened
    finally:
        await opened.close()
    assert not opened.errors, f"script errors in the pages: {opened.errors}"
    assert not opened.outside, f"the pages asked for more than firmflow: {opened.outside}"


async def test_a_client_ticks_a_task_and_the_staff_dashboard_and_inbox_update_within_2_s(
    server: Server, pages: Pages, tmp_path: Path
):
    from playwright.async_api import expect

    # Emma is on Ana Garcia's team: she hears of Ana's task changes in Inbox+.
    staff = await pages.signed_in("employee@demo.firmflow.test")
    await expect(staff.get_by_role("heading", name="Dashboard")).to_be_visible()
    task_list = staff.locator("#task-lists li", has_text="2025 tax return: documents")
    await expect(task_list).to_contain_text("1 of 3 tasks done")
    await expect(staff.locator("#board")).to_contain_text("Client sees: Waiting for docs")
    await expect(staff.locator("body")).to_have_attribute("data-live", "connected")
    newest = staff.locator("#inbox li").first
    await expect(newest).not_to_contain_text("Upload 1099-INT")

    client = await pages.signed_in("ana@client.firmflow.test")
    await expect(client.get_by_role("heading", name="Work in progress")).to_be_visible()
    await expect(client.locator("body")).to_have_attribute("data-live", "connected")
    task = client.get_by_label("Upload 1099-INT statements from your bank")
    await expect(task).not_to_be_checked()
    async with client.expect_response(
        lambda r: "setClientTaskCompleted" in (r.request.post_data or "")
    ) as ticked:
        await task.focus()
        await client.keyboard.press("Space")  # a checkbox ticks from the keyboard
    assert (await ticked.value).ok

    await expect(task_list).to_contain_text("2 of 3 tasks done", timeout=LIVE_WITHIN_MS)
    await expect(newest).to_contain_text(
        "Ana Garcia completed the task “Upload 1099-INT statements from your bank”",
        timeout=LIVE_WITHIN_MS,
    )
    await expect(client.locator("[data-thread] .progress")).to_contain_text("2 of 3 tasks done")
    await expect(task).to_be_checked()

    # The portal preview shows staff what Ana sees (read-only), following changes live.
    await staff.get_by_role("link", name="Preview the portal of Ana Garcia (household)").click()
    await expect(
        staff.get_by_role("heading", name="The portal of Ana Garcia (household), as they see it")
    ).to_be_visible()
    await expect(staff.locator("#wip")).to_contain_text("Waiting for docs")
    await expect(staff.locator("#wip")).not_to_contain_text("2025 Form 1040 - Garcia (internal)")
    await staff.go_back()
    await expect(task_list).to_contain_text("2 of 3 tasks done")

    shots = screenshot_dir(tmp_path)
    await staff.screenshot(path=str(shots / "staff-dashboard.png"), full_page=True)
    await client.screenshot(path=str(shots / "client-portal.png"), full_page=True)


CREATE_REQUEST = """
mutation Create($input: CreateClientRequestInput!) { createClientRequest(input: $input) { id } }
"""


async def test_a_third_party_answers_through_the_emailed_link_and_staff_see_it_submitted(
    server: Server, pages: Pages, tmp_path: Path
):
    from playwright.async_api import expect

    owner = await server.sign_in("owner@demo.firmflow.test")
    accounts = (await server.gql("{ clientAccounts { id name } }", token=owner))["clientAccounts"]
    bakery = next(a for a in accounts if a["name"] == "Ben's Bakery Ltd")
    helper = f"payroll-{uuid.uuid4().hex[:6]}@example.test"
    title = "Payroll details for 2025"
    questions = [
        {"kind": "SHORT_TEXT", "prompt": "Who runs your payroll?", "required": True},
        {"kind": "YES_NO", "prompt": "Any new employees this year?", "required": True},
        {"kind": "FILE_UPLOAD", "prompt": "Payroll summary", "required": True},
    ]
    request_id = (
        await server.gql(
            CREATE_REQUEST,
            {
                "input": {
                    "title": title,
                    "clientAccountId": bakery["id"],
                    "access": "THIRD_PARTY",
                    "recipients": [helper],
                    "questions": questions,
                    "send": True,
                }
            },
            token=owner,
        )
    )["createClientRequest"]["id"]

    staff = await pages.signed_in("owner@demo.firmflow.test")
    row = staff.locator(f'#requests tr[data-request="{request_id}"]')
    await expect(row).to_contain_text("PENDING")
    await expect(staff.locator("body")).to_have_attribute("data-live", "connected")

    # The third party has only the e-mail: no account, no sign-in.
    link = await server.link_mailed_to(helper, "/shared-request?token=")
    third_party = await pages.open()
    await third_party.goto(link)
    await expect(third_party.get_by_role("heading", name=title)).to_be_visible()
    await third_party.get_by_label("Who runs your payroll? (required)").fill("Pat at Payroll Co")
    await third_party.get_by_role("radio", name="No").check()
    saved = third_party.get_by_role("status").filter(has_text="saved")
    await expect(saved).to_have_text("All answers saved.")
    summary = tmp_path / "payroll-2025.csv"
    summary.write_text("month,gross\n2025-01,10400\n")
    await third_party.get_by_label("Payroll summary (required)").set_input_files(str(summary))
    await expect(third_party.get_by_text("Uploaded payroll-2025.csv.")).to_be_visible()

    # Autosave: a closed browser loses nothing; the link shows the saved answers again.
    await third_party.reload()
    await expect(third_party.get_by_label("Who runs your payroll? (required)")).to_have_value(
        "Pat at Payroll Co"
    )
    await expect(third_party.get_by_role("radio", name="No")).to_be_checked()
    await expect(third_party.get_by_role("button", name="payroll-2025.csv")).to_be_visible()

    await third_party.get_by_role("button", name="Submit answers").click()
    await expect(third_party.get_by_text("Submitted. Thank you!")).to_be_visible()
    await expect(row).to_contain_text("SUBMITTED", timeout=LIVE_WITHIN_MS)
    submitted = staff.locator("#inbox").get_by_role(
        "link", name=f"Third party submitted the request “{title}”"
    )
    await expect(submitted).to_be_visible(timeout=LIVE_WITHIN_MS)
    await third_party.screenshot(path=str(screenshot_dir(tmp_path) / "third-party-request.png"))

    # The firm's "request submitted" e-mail links to the answers.
    answers = await server.link_mailed_to("owner@demo.firmflow.test", f"/requests/{request_id}")
    await staff.goto(answers)
    await expect(staff.get_by_role("heading", name=title)).to_be_visible()
    await expect(staff.get_by_role("cell", name="Pat at Payroll Co")).to_be_visible()
    await expect(staff.get_by_role("button", name="payroll-2025.csv")).to_be_visible()


async def test_the_emailed_invite_and_notification_links_open_their_pages(
    server: Server, pages: Pages
):
    from playwright.async_api import expect

    owner = await server.sign_in("owner@demo.firmflow.test")
    email = f"chris-{uuid.uuid4().hex[:6]}@client.example.test"
    account = (
        await server.gql(
            """mutation($email: String!) {
              createClientAccount(
                name: "Chris Carter", contacts: [{name: "Chris Carter", email: $email}]
              ) {
                id contacts { id }
              }
            }""",
            {"email": email},
            token=owner,
        )
    )["createClientAccount"]
    await server.gql(
        "mutation($id: ID!) { inviteToPortal(contactId: $id) { url } }",
        {"id": account["contacts"][0]["id"]},
        token=owner,
    )

    invite = await server.link_mailed_to(email, "/portal/invite?token=")
    client = await pages.open()
    await client.goto(invite)
    await expect(
        client.get_by_role("heading", name="Welcome to your client portal")
    ).to_be_visible()
    await client.get_by_label("New password (at least 8 characters)").fill("chris-password-1")
    await client.get_by_label("Repeat the password").fill("chris-password-1")
    await client.get_by_role("button", name="Set my password and open the portal").click()
    await expect(client.get_by_role("heading", name="My portal")).to_be_visible()

    thread = (
        await server.gql(
            """mutation($id: ID!) {
              createThread(clientAccountId: $id, subject: "Your 2025 documents",
                           message: "Hello Chris", tasks: ["Send your P60"]) { id }
            }""",
            {"id": account["id"]},
            token=owner,
        )
    )["createThread"]["id"]
    notification = await server.link_mailed_to(email, f"/portal/threads/{thread}")
    await client.goto(notification)
    await expect(client.get_by_role("heading", name="Your 2025 documents")).to_be_visible()
    await expect(client.get_by_label("Send your P60")).not_to_be_checked()
    await expect(client.get_by_text("Hello Chris")).to_be_visible()

    # Signed out, the same link asks for a sign-in first, then opens the thread.
    stranger = await pages.open()
    await stranger.goto(notification)
    await stranger.get_by_label("E-mail").fill(email)
    await stranger.get_by_label("Password").fill("chris-password-1")
    await stranger.get_by_role("button", name="Sign in").click()
    await expect(stranger.get_by_role("heading", name="Your 2025 documents")).to_be_visible()


async def _set_editor(page: Any, selector: str, text: str, stored_as: str) -> None:
    """Replace a GraphiQL editor's text (CodeMirror), as typing would, and wait until GraphiQL
    took it in: it keeps each editor in localStorage (`stored_as`) after updating its own
    state, which is debounced (a click before that would run the previous text)."""
    await page.locator(selector).evaluate("(el, text) => el.CodeMirror.setValue(text)", text)
    await page.wait_for_function(
        "([key, text]) => localStorage.getItem(key) === text", arg=[stored_as, text]
    )


async def test_graphiql_works_offline_with_a_token_for_a_query_and_a_subscription(
    server: Server, pages: Pages, tmp_path: Path
):
    from playwright.async_api import expect

    owner = await server.sign_in("owner@demo.firmflow.test")
    page = await pages.open()
    await page.goto(server.base + "/graphql")
    query_editor = ".graphiql-query-editor .CodeMirror"
    await expect(page.locator(query_editor)).to_be_visible()

    await page.get_by_role("button", name="Headers").click()
    headers = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror"
    await _set_editor(
        page, headers, json.dumps({"Authorization": f"Bearer {owner}"}), "graphiql:headers"
    )
    await _set_editor(
        page, query_editor, "{ viewer { name role firm { name } } }", "graphiql:query"
    )
    run = page.get_by_role("button", name="Execute query (Ctrl-Enter)")
    await run.click()
    result = page.locator(".result-window")
    await expect(result).to_contain_text('"role": "OWNER"')
    await expect(result).to_contain_text("Demo Accounting LLP")

    # A subscription over the same /graphql websocket, authenticated by the Headers tab.
    # `after: "0"` replays the stored events first: once one shows, the subscription is live.
    await _set_editor(
        page,
        query_editor,
        'subscription { clientTaskEvents(after: "0") { seq kind task { title completed } } }',
        "graphiql:query",
    )
    async with page.expect_websocket() as opened:
        await run.click()
    socket = await opened.value
    assert socket.url == server.base.replace("http://", "ws://") + "/graphql"
    await expect(result).to_contain_text('"seq"')
    threads = (await server.gql("{ threads { tasks { id title completed } } }", token=owner))[
        "threads"
    ]
    task = next(t for thread in threads for t in thread["tasks"] if not t["completed"])
    await server.gql(
        "mutation($id: ID!) { setClientTaskCompleted(taskId: $id, completed: true) { id } }",
        {"id": task["id"]},
        token=owner,
    )
    # Only this change makes a CHECKED event of this (never checked) task.
    await expect(result).to_contain_text(task["title"], timeout=LIVE_WITHIN_MS)
    await expect(result).to_contain_text('"kind": "CHECKED"')
    await expect(result).to_contain_text('"completed": true')
    await page.screenshot(path=str(screenshot_dir(tmp_path) / "graphiql.png"))


async def test_the_password_reset_link_opens_its_page_once_the_server_offers_reset(
    server: Server, pages: Pages
):
    """With requestPasswordReset/resetPassword served: "Forgot your password?" e-mails a
    link whose page sets a new password and signs in. Without them the pages say so and
    the sign-in form offers no reset."""
    from playwright.async_api import expect

    page = await pages.open()
    await page.goto(server.base + "/")
    forgot = page.get_by_role("link", name="Forgot your password?")
    offered = "resetPassword(" in (await server.sdl())
    if not offered:
        await expect(page.get_by_role("button", name="Sign in")).to_be_visible()
        await expect(forgot).to_have_count(0)
        await page.goto(server.base + "/reset-password?token=whatever")
        await expect(page.get_by_text("does not offer password reset yet")).to_be_visible()
        return
    await forgot.click()
    await page.get_by_label("E-mail").fill("admin@demo.firmflow.test")
    await page.get_by_role("button", name="E-mail me a link").click()
    await expect(page.get_by_text("an e-mail with a link")).to_be_visible()
    link = await server.link_mailed_to("admin@demo.firmflow.test", "/reset-password?token=")
    await page.goto(link)
    await page.get_by_label("New password (at least 8 characters)").fill("new-admin-password")
    await page.get_by_label("Repeat the password").fill("new-admin-password")
    await page.get_by_role("button", name="Save the new password").click()
    await expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    await expect(page.get_by_text("Adam Admin")).to_be_visible()


async def test_the_clients_to_do_and_inbox_follow_new_tasks_live_once_served(
    server: Server, pages: Pages
):
    """With clientTodo and the client's own inbox served, the portal shows them and both
    follow new tasks live; without them, the portal has no such sections."""
    from playwright.async_api import expect

    sdl = await server.sdl()
    client = await pages.signed_in("ana@client.firmflow.test")
    await expect(client.get_by_role("heading", name="Work in progress")).to_be_visible()
    todo = client.locator("#todo")
    inbox = client.locator("#inbox")
    await expect(todo).to_have_count(1 if "clientTodo:" in sdl else 0)
    await expect(inbox).to_have_count(1 if "NEW_CLIENT_TASKS" in sdl else 0)
    if "clientTodo:" not in sdl and "NEW_CLIENT_TASKS" not in sdl:
        return
    await expect(client.locator("body")).to_have_attribute("data-live", "connected")
    owner = await server.sign_in("owner@demo.firmflow.test")
    threads = (await server.gql("{ threads { id subject } }", token=owner))["threads"]
    thread = next(t for t in threads if t["subject"] == "2025 tax return: documents")
    title = f"Send the 1098 mortgage statement {uuid.uuid4().hex[:4]}"
    await server.gql(
        "mutation($id: ID!, $t: [String!]!) { addClientTasks(threadId: $id, titles: $t) { id } }",
        {"id": thread["id"], "t": [title]},
        token=owner,
    )
    if "clientTodo:" in sdl:
        await expect(todo).to_contain_text(title, timeout=LIVE_WITHIN_MS)
    if "NEW_CLIENT_TASKS" in sdl:
        await expect(inbox.locator("li").first).to_contain_text(
            "2025 tax return: documents", timeout=LIVE_WITHIN_MS
        )
