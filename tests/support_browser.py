"""Browser tests' parts: a real `firmflow serve --demo` process on its own database (SQLite,
or a scratch PostgreSQL database with Redis on CI's second leg), its e-mail going to a real
SMTP server (tests.support.MailBox), and Debian's chromium driven by Playwright.

Playwright's own browser download does not work here: tests launch /usr/bin/chromium
(`apt-get install chromium`; .ci/run installs it when missing). Without it the browser tests
are skipped with the reason, except where FIRMFLOW_REQUIRE_BROWSER=1 (CI) makes that a
failure.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from firmflow.settings import PROJECT_ROOT
from tests.support import MailBox, body_of

CHROMIUM = Path(os.environ.get("FIRMFLOW_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REQUIRED = os.environ.get("FIRMFLOW_REQUIRE_BROWSER", "") not in {"", "0", "false"}
DEMO_PASSWORD = "demo-password"


def browser_missing() -> str:
    """Why browser tests cannot run here ("" when they can)."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return ""


@dataclass
class Server:
    """A running `firmflow serve --demo` and the SMTP server its e-mail goes to."""

    base: str
    mailbox: MailBox
    process: subprocess.Popen[bytes]
    log: Path

    async def gql(
        self, query: str, variables: dict[str, Any] | None = None, token: str = ""
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(
                f"{self.base}/graphql",
                json={"query": query, "variables": variables or {}},
                headers=headers,
            )
        body = response.json()
        assert not body.get("errors"), body["errors"]
        return body["data"]

    async def sdl(self) -> str:
        """The schema this server serves (the web client adapts to it)."""
        from tools.check_contract import served_sdl

        return served_sdl()

    async def sign_in(self, email: str) -> str:
        data = await self.gql(
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
            {"e": email, "p": DEMO_PASSWORD},
        )
        return data["login"]["token"]

    async def link_mailed_to(self, address: str, path: str) -> str:
        """The first link to `path` in an e-mail the server sent to `address` (waits up to
        30 s for the outbox's sender to deliver it)."""
        pattern = re.compile(re.escape(self.base + path) + r"[^\s]*")
        deadline = asyncio.get_running_loop().time() + 30
        while True:
            for message in self.mailbox.to(address):
                found = pattern.search(body_of(message))
                if found:
                    return found.group(0)
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"no e-mail to {address} with a link to {path}")
            await asyncio.sleep(0.1)


def server_env(
    database_url: str, broadcast_url: str, port: int, mail_port: int, tmp: Path
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIRMFLOW_")}
    return {
        **env,
        "FIRMFLOW_DATABASE_URL": database_url,
        "FIRMFLOW_BROADCAST_URL": broadcast_url,
        "FIRMFLOW_BROADCAST_CHANNEL": f"firmflow.browser.{uuid.uuid4().hex[:10]}",
        "FIRMFLOW_SECRET_KEY": "browser-test-secret",
        "FIRMFLOW_DATA_DIR": str(tmp / "data"),
        "FIRMFLOW_UPLOAD_DIR": str(tmp / "uploads"),
        "FIRMFLOW_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "FIRMFLOW_SMTP_URL": f"smtp://127.0.0.1:{mail_port}",
        "FIRMFLOW_MAIL_RETRY_SECONDS": "1",
        "FIRMFLOW_PASSWORD_TIME_COST": "1",
        "FIRMFLOW_PASSWORD_MEMORY_KIB": "64",
        "FIRMFLOW_DRAIN_SECONDS": "0",  # a stopped server ends at once
    }


def start_server(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    """`firmflow serve --demo` of this checkout (`-m` from the project root)."""
    return subprocess.Popen(
        [sys.executable, "-m", "firmflow.cli", "serve", "--demo", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


async def wait_until_healthy(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until /healthz answers 200 (the demo is seeded before the server listens)."""
    deadline = asyncio.get_running_loop().time() + 120
    async with httpx.AsyncClient() as client:
        while True:
            assert process.poll() is None, "firmflow serve ended:\n" + log.read_text()
            try:
                if (await client.get(f"{base}/healthz", timeout=2)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            assert asyncio.get_running_loop().time() < deadline, "firmflow serve did not come up"
            await asyncio.sleep(0.2)


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def screenshot_dir(tmp: Path) -> Path:
    """Where screenshots go: FIRMFLOW_SCREENSHOT_DIR (e.g. docs/screenshots when refreshing
    the README's pictures) or the test's temporary folder."""
    chosen = os.environ.get("FIRMFLOW_SCREENSHOT_DIR")
    path = Path(chosen) if chosen else tmp
    path.mkdir(parents=True, exist_ok=True)
    return path
