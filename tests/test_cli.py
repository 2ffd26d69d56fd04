"""The `firmflow` command line of docs/running.md, run as real processes on a temporary SQLite
database."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from firmflow.settings import PROJECT_ROOT
from tests.support import free_port
from tests.support_secrets import WATCH

FIRMFLOW = [sys.executable, "-m", "firmflow.cli"]
# Each test starts firmflow processes (a few seconds each on a loaded machine).
pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIRMFLOW_")}
    return {
        **env,
        "FIRMFLOW_DATABASE_URL": f"sqlite://{tmp_path}/cli.db",
        "FIRMFLOW_DATA_DIR": str(tmp_path / "data"),
        "FIRMFLOW_DRAIN_SECONDS": "0",  # a stopped server ends at once
        # Cheap argon2: these tests are about the commands, not the hash.
        "FIRMFLOW_PASSWORD_TIME_COST": "1",
        "FIRMFLOW_PASSWORD_MEMORY_KIB": "64",
    }


def run(args: list[str], env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [*FIRMFLOW, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    WATCH.keep_output(result.stdout + result.stderr)  # searched for secrets at the end
    return result


def row_counts(env: dict[str, str]) -> dict[str, int]:
    db = sqlite3.connect(env["FIRMFLOW_DATABASE_URL"].split("://", 1)[1])
    try:
        tables = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        db.close()


def test_migrate_applies_the_chain_then_finds_nothing_to_do(cli_env):
    first = run(["migrate"], cli_env)
    assert first.returncode == 0, first.stderr
    assert "applied" in first.stdout
    second = run(["migrate"], cli_env)
    assert second.returncode == 0, second.stderr
    assert "up to date" in second.stdout
    assert "firm" in row_counts(cli_env)


def test_create_firm_with_the_password_from_a_flag_or_the_environment(cli_env):
    by_flag = run(
        [
            "create-firm",
            "--name",
            "Flag & Co",
            "--owner-name",
            "Fay Flag",
            "--owner-email",
            "fay@flag.test",
            "--owner-password",
            "flag password",
        ],
        cli_env,
    )
    assert by_flag.returncode == 0, by_flag.stderr
    assert "fay@flag.test" in by_flag.stdout
    by_env = run(
        [
            "create-firm",
            "--name",
            "Env Ltd",
            "--owner-name",
            "Eve",
            "--owner-email",
            "eve@env.test",
        ],
        {**cli_env, "FIRMFLOW_OWNER_PASSWORD": "env password"},
    )
    assert by_env.returncode == 0, by_env.stderr
    counts = row_counts(cli_env)
    assert counts["firm"] == 2 and counts["staff_member"] == 2
    # Each firm starts with the five default status templates.
    assert counts["client_facing_status"] == 10


def test_create_firm_without_a_password_or_with_a_taken_email_fails_clearly(cli_env):
    args = ["create-firm", "--name", "N", "--owner-name", "O", "--owner-email", "o@n.test"]
    missing = run(args, cli_env)
    assert missing.returncode == 2
    assert "FIRMFLOW_OWNER_PASSWORD" in missing.stderr
    assert run([*args, "--owner-password", "long enough"], cli_env).returncode == 0
    again = run([*args, "--owner-password", "long enough"], cli_env)
    assert again.returncode != 0
    assert "already" in again.stderr
    assert "Traceback" not in again.stderr


def test_seed_demo_twice_changes_nothing(cli_env):
    first = run(["seed-demo"], cli_env)
    assert first.returncode == 0, first.stderr
    assert "owner@demo.firmflow.test" in first.stdout
    after_first = row_counts(cli_env)
    assert after_first["staff_member"] == 3
    assert after_first["client_account"] == 2
    second = run(["seed-demo"], cli_env)
    assert second.returncode == 0, second.stderr
    assert "exists already" in second.stdout
    assert row_counts(cli_env) == after_first


def test_schema_prints_the_served_sdl(cli_env):
    result = run(["schema"], cli_env)
    assert result.returncode == 0, result.stderr
    assert "type Query" in result.stdout
    assert "acceptPortalInvite(token: String!, password: String!): AuthPayload!" in result.stdout


def test_a_bad_setting_stops_the_command_with_a_message_naming_it(cli_env):
    result = run(["migrate"], {**cli_env, "FIRMFLOW_SMTP_URL": "ftp://x"})
    assert result.returncode == 2
    assert "FIRMFLOW_SMTP_URL" in result.stderr
    assert "Traceback" not in result.stderr
    for name, value in (("FIRMFLOW_DATABASE_URL", "mysql://x"), ("FIRMFLOW_GRAPHIQL", "maybe")):
        bad = run(["serve"], {**cli_env, name: value})
        assert bad.returncode == 2 and name in bad.stderr


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _process_holding(server_port: int, client_port: int, pids: set[int]) -> int | None:
    """Which of `pids` holds the server side of the loopback connection from `client_port`
    (the kernel's socket table, /proc/net/tcp, and each process's open files)."""
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = fields[1].split(":")[1], fields[2].split(":")[1]
        if int(local, 16) == server_port and int(remote, 16) == client_port:
            inode = fields[9]
    for pid in pids:
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == f"socket:[{inode}]":
                        return pid
    return None


def _workers_answering(port: int, parent: int, connections: int = 40) -> set[int]:
    """Open keep-alive connections, each answered by GET /healthz, until two processes hold
    their server sides (at most `connections`); returns the processes that answered."""
    processes = _descendants(parent) | {parent}
    held: list[socket.socket] = []
    answered: set[int] = set()
    try:
        for _ in range(connections):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            held.append(sock)
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert sock.recv(4096).startswith(b"HTTP/1.1 200"), "a worker did not answer"
            owner = _process_holding(port, sock.getsockname()[1], processes)
            assert owner is not None, "no process of the server holds the connection"
            answered.add(owner)
            if len(answered) >= 2:
                break
    finally:
        for sock in held:
            sock.close()
    return answered


def test_serve_with_two_workers_serves_graphql_and_health(cli_env):
    port = free_port()
    process = subprocess.Popen(
        [*FIRMFLOW, "serve", "--port", str(port), "--workers", "2"],
        cwd=PROJECT_ROOT,
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        health = None
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        assert health is not None and health.status_code == 200
        ide = httpx.get(f"http://127.0.0.1:{port}/graphql", headers={"Accept": "text/html"})
        assert ide.status_code == 200 and "graphiql" in ide.text.lower()
        login = httpx.post(
            f"http://127.0.0.1:{port}/graphql",
            json={"query": 'mutation { login(email: "x@y.test", password: "nope") { token } }'},
        )
        assert login.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        # Two worker processes (not the parent), each answering requests on the one port.
        # The second worker may still be starting (a loaded machine): probe in rounds.
        answering: set[int] = set()
        deadline = time.monotonic() + 60
        while len(answering) < 2 and time.monotonic() < deadline:
            answering |= _workers_answering(port, process.pid)
            if len(answering) < 2:
                time.sleep(0.5)
        assert len(answering) == 2 and process.pid not in answering, (process.pid, answering)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        WATCH.keep_output(process.communicate(timeout=30)[0])


def test_serve_demo_prints_a_short_banner_when_ready_and_stops_cleanly_on_ctrl_c(cli_env):
    """`make run`'s first start: the e-mails stay in the log, the banner (address, sign-ins,
    where the e-mails went) comes last, no ORM shutdown noise; Ctrl-C ends with status 0."""
    port = free_port()
    process = subprocess.Popen(
        [*FIRMFLOW, "serve", "--demo", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    try:
        assert process.stdout is not None
        while "Ctrl-C stops the server." not in lines[-1:] and process.poll() is None:
            lines.append(process.stdout.readline().strip())
        banner = lines[lines.index(next(x for x in lines if x.startswith("firmflow is running"))) :]
        assert banner[0] == f"firmflow is running: http://127.0.0.1:{port}/"
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
        assert "owner     owner@demo.firmflow.test" in banner
        assert any(line.startswith("client    ana@client.firmflow.test") for line in banner)
        assert "E-mails: written to the log above (FIRMFLOW_SMTP_URL=console://)" in banner
        assert len(banner) <= 12
        before = "\n".join(lines[: -len(banner)])
        assert f"Set your password here: http://127.0.0.1:{port}/portal/invite?token=" in before
    finally:
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
    output = "\n".join(lines) + rest
    WATCH.keep_output(output)
    assert process.returncode == 0, output
    assert "Tortoise-ORM shutdown" not in output
    assert "Traceback" not in output


def _invite_from_served(env: dict[str, str], port: int) -> tuple[str, str]:
    """Serve on `port`, invite a portal user over HTTP; (the invite URL the API answers, the
    e-mail that reached the SMTP server)."""
    from aiosmtpd.controller import Controller

    from tests.support import MailBox, body_of

    assert (
        run(
            [
                "create-firm",
                "--name",
                "F",
                "--owner-name",
                "O",
                "--owner-email",
                "o@f.test",
                "--owner-password",
                "pw-123456789",
            ],
            env,
        ).returncode
        == 0
    )
    box = MailBox()
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    process = subprocess.Popen(
        [*FIRMFLOW, "serve", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env={**env, "FIRMFLOW_SMTP_URL": f"smtp://127.0.0.1:{box.port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}/graphql"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None and time.monotonic() < deadline
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.3)

        def call(query: str, token: str | None = None) -> dict:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            answer = httpx.post(base, json={"query": query}, headers=headers, timeout=30).json()
            assert not answer.get("errors"), answer
            return answer["data"]

        token = call('mutation { login(email: "o@f.test", password: "pw-123456789") { token } }')[
            "login"
        ]["token"]
        account = call(
            'mutation { createClientAccount(name: "C", contacts: [{name: "C", email: "c@c.test"}])'
            " { contacts { id } } }",
            token,
        )["createClientAccount"]
        contact = account["contacts"][0]["id"]
        url = call(f'mutation {{ inviteToPortal(contactId: "{contact}") {{ url }} }}', token)[
            "inviteToPortal"
        ]["url"]
        while not box.to("c@c.test"):
            assert time.monotonic() < deadline, "the invite was never e-mailed"
            time.sleep(0.1)
        return url, body_of(box.to("c@c.test")[0])
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        controller.stop()


def test_emailed_links_follow_the_served_port_when_no_public_url_is_set(cli_env):
    port = free_port()
    url, mail = _invite_from_served(cli_env, port)
    assert url.startswith(f"http://127.0.0.1:{port}/portal/invite?token=")
    assert url in mail


def test_an_explicit_public_url_wins_over_the_served_port(cli_env):
    env = {**cli_env, "FIRMFLOW_PUBLIC_URL": "https://portal.example.com"}
    url, mail = _invite_from_served(env, free_port())
    assert url.startswith("https://portal.example.com/portal/invite?token=") and url in mail


def test_a_wildcard_served_address_gives_links_on_the_loopback_address():
    from firmflow.settings import served_public_url

    assert served_public_url("0.0.0.0", 8001) == "http://127.0.0.1:8001"
    assert served_public_url("::", 8001) == "http://[::1]:8001"
    assert served_public_url("files.internal", 9000) == "http://files.internal:9000"
