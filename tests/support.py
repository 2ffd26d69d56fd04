"""Test helpers that read like the domain: firms with people, GraphQL calls, mail capture.

Data is built through the same resolver functions the API uses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pytest

from models import ClientContact, StaffMember
from resolvers import auth, firms
from resolvers.viewer import Viewer
from tests.support_secrets import WATCH

PASSWORD = "correct horse battery"

ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# On CI (CI=true) a test that needs the redis-server program runs, and fails if it is missing
# (.ci/run makes sure it is installed); elsewhere it is skipped with the reason listed (-rs).
needs_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None and not ON_CI,
    reason="needs the redis-server program (installed on CI, where this never skips)",
)


class Gql:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def __call__(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert response.status_code in (200, 400), response.text
        return response.json()


def error_code(result: dict[str, Any]) -> str | None:
    """The code of the first error of a GraphQL result (None when it succeeded)."""
    errors = result.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


@dataclass
class Person:
    viewer: Viewer
    token: str
    email: str
    id: int


@dataclass
class FirmWorld:
    """A firm with an owner, an admin, an employee, and client accounts with portal users."""

    firm_id: int
    owner: Person
    admin: Person
    employee: Person
    accounts: dict[str, int] = field(default_factory=dict)
    clients: dict[str, Person] = field(default_factory=dict)


async def sign_in(email: str, password: str = PASSWORD) -> Person:
    issued = await auth.login(email=email, password=password)
    viewer = issued.viewer
    person_id = viewer.staff_id if viewer.is_staff else viewer.contact_id
    return Person(viewer=viewer, token=issued.token, email=email, id=person_id or 0)


async def make_firm(
    name: str = "Acme Tax", accounts: tuple[str, ...] = ("alpha", "beta")
) -> FirmWorld:
    """A firm whose employee is on the team of the first account only."""
    slug = name.lower().replace(" ", "-")
    firm, owner = await firms.create_firm(
        name=name,
        owner_name=f"{name} Owner",
        owner_email=f"owner@{slug}.test",
        owner_password=PASSWORD,
    )
    owner_person = await sign_in(owner.email)
    admin = await firms.create_staff_member(
        viewer=owner_person.viewer,
        name=f"{name} Admin",
        email=f"admin@{slug}.test",
        role="ADMIN",
        password=PASSWORD,
    )
    employee = await firms.create_staff_member(
        viewer=owner_person.viewer,
        name=f"{name} Employee",
        email=f"employee@{slug}.test",
        role="EMPLOYEE",
        password=PASSWORD,
    )
    world = FirmWorld(
        firm_id=firm.id,
        owner=owner_person,
        admin=await sign_in(admin.email),
        employee=await sign_in(employee.email),
    )
    for index, key in enumerate(accounts):
        account = await firms.create_client_account(
            viewer=owner_person.viewer,
            name=f"{key.title()} Client",
            contacts=[
                firms.ContactData(name=f"{key.title()} Contact", email=f"{key}@{slug}.client")
            ],
            team_ids=[str(employee.id)] if index == 0 else [],
        )
        world.accounts[key] = account.id
        contact = await ClientContact.get(client_account_id=account.id)
        invite = await auth.invite_to_portal(viewer=owner_person.viewer, contact_id=str(contact.id))
        await auth.accept_portal_invite(token=invite.token, password=PASSWORD)
        world.clients[key] = await sign_in(contact.email)
    return world


async def staff_named(email: str) -> StaffMember:
    return await StaffMember.get(email=email)


async def mail_settled(seconds: float = 10.0) -> None:
    """Wait until no e-mail is half-way: the app's own sender loop (woken by each commit)
    may be sending while a test calls deliver_due_mail(); both are real senders."""
    from models import OutboxMail

    deadline = time.monotonic() + seconds
    while await OutboxMail.filter(sent_at__isnull=True, attempts=0).exists():
        assert time.monotonic() < deadline, "mail stayed unsent"
        await asyncio.sleep(0.05)


def free_port() -> int:
    """A loopback port nothing listens on (for a server to start on, or to stay closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise runs (its db_client logger, at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage().lstrip().upper()
        if text.startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            self.statements.append(record.getMessage())


@contextlib.contextmanager
def count_queries() -> Iterator[QueryCounter]:
    """`with count_queries() as q: ...; len(q.statements)`: pins N+1 regressions."""
    logger = logging.getLogger("tortoise.db_client")
    counter = QueryCounter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        with counting():
            yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)


@contextlib.contextmanager
def no_shadow_check() -> Iterator[None]:
    """A compiled answer is not re-run on the generic path for comparison (tests/conftest.py
    turns the comparison on) while the block runs."""
    from schema import compiled

    previous, compiled.SHADOW_CHECK = compiled.SHADOW_CHECK, False
    try:
        yield
    finally:
        compiled.SHADOW_CHECK = previous


@contextlib.contextmanager
def counting() -> Iterator[None]:
    """What every statement count of the suite runs under: one execution per request (no
    shadow comparison), and the token's viewer looked up afresh (resolvers.auth keeps it a
    few seconds per process), so a count always includes the token's one statement."""
    from resolvers.auth import forget_cached_viewers

    forget_cached_viewers()
    with no_shadow_check():
        yield


class MailBox:
    """Messages received by the aiosmtpd server of the `mailbox` fixture (conftest.py)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.port = 0  # set by the `mailbox` fixture

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content)
        self.messages.append(message)
        WATCH.mail_received(body_of(message))  # its link tokens must never be logged
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if address in (m["To"] or "")]


def subject_of(message: Message) -> str:
    """A received e-mail's subject, decoded."""
    from email.header import decode_header, make_header

    return str(make_header(decode_header(message["Subject"] or "")))


def body_of(message: Message) -> str:
    """A received e-mail's text (the first part of a multipart one), decoded."""
    if message.is_multipart():
        message = message.get_payload(0)
    payload = message.get_payload(decode=True)
    return payload.decode(message.get_content_charset() or "utf-8") if payload else ""


async def deliver_all() -> None:
    """Deliver every queued e-mail, waiting for any the server's sender loop is sending."""
    from models import OutboxMail
    from resolvers.outbox import deliver_due_mail

    for _ in range(200):
        await deliver_due_mail()
        if not await OutboxMail.filter(sent_at__isnull=True).exists():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("queued e-mail was not delivered")


async def delivered(box: MailBox) -> MailBox:
    """`deliver_all()`, then the mailbox that received it."""
    await deliver_all()
    return box


@dataclass
class Finished:
    """A child process that ran to its end: its pid, exit code and output."""

    pid: int
    returncode: int
    stdout: str
    stderr: str


async def run_overlapping(
    commands: list[list[str]],
    *,
    pause_at: str,
    env: dict[str, str],
    while_paused: Callable[[], Awaitable[None]] | None = None,
    cwd: Path | None = None,
    seconds: float = 60.0,
) -> list[Finished]:
    """Run `commands` as processes that all meet at the pause point `pause_at`
    (firmflow/pause.py) before any goes on: the barrier that makes a cross-process test
    overlap on purpose. Asserts every child arrived before releasing them; `while_paused`
    runs while all of them wait there (e.g. to check that none claimed anything yet)."""
    folder = Path(tempfile.mkdtemp(prefix="firmflow-pause-"))
    child_env = {
        **env,
        "FIRMFLOW_PAUSE_AT": pause_at,
        "FIRMFLOW_PAUSE_DIR": str(folder),
        "FIRMFLOW_PAUSE_SECONDS": str(seconds),
    }
    processes = [
        await asyncio.create_subprocess_exec(
            *command,
            cwd=cwd,
            env=child_env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for command in commands
    ]
    outputs = [asyncio.ensure_future(p.communicate()) for p in processes]
    try:
        pids = {p.pid for p in processes}
        deadline = time.monotonic() + seconds
        while {int(f.name.rsplit(".", 1)[1]) for f in folder.glob(f"{pause_at}.*")} != pids:
            for process, output in zip(processes, outputs, strict=True):
                if output.done():
                    err = output.result()[1].decode()[-3000:]
                    raise AssertionError(f"pid {process.pid} ended before {pause_at!r}:\n{err}")
            assert time.monotonic() < deadline, f"the children never all reached {pause_at!r}"
            await asyncio.sleep(0.02)
        if while_paused is not None:
            await while_paused()
        (folder / "go").touch()
        results = await asyncio.wait_for(asyncio.gather(*outputs), seconds)
    finally:
        for process in processes:
            if process.returncode is None:
                process.kill()
        shutil.rmtree(folder, ignore_errors=True)
    finished = [
        Finished(p.pid, p.returncode or 0, out.decode(), err.decode())
        for p, (out, err) in zip(processes, results, strict=True)
    ]
    for child in finished:
        WATCH.keep_output(child.stdout + child.stderr)
    return finished
