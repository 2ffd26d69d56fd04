"""What only a real `firmflow serve` process shows (DOMAIN.md "Abuse limits"):
X-Forwarded-For counts only from FIRMFLOW_TRUSTED_PROXIES, link tokens never reach the
access log, and the database being down is a clear line or a 503, not a traceback."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from firmflow.settings import PROJECT_ROOT
from tests.support import free_port

# Longer than the suite's 90 s a test on a loaded machine (bounded all the same).
pytestmark = pytest.mark.timeout(240)


FIRMFLOW = [sys.executable, "-m", "firmflow.cli"]
SHARED = "query($t: String!) { sharedRequest(token: $t) { title } }"


def env_for(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIRMFLOW_")}
    return {
        **env,
        "FIRMFLOW_DATABASE_URL": f"sqlite://{tmp_path}/served.db",
        "FIRMFLOW_DATA_DIR": str(tmp_path / "data"),
        "FIRMFLOW_SECRET_KEY": "served-test-key",
        "FIRMFLOW_DRAIN_SECONDS": "0",  # stopped at once (tests/test_draining.py drains)
        **{f"FIRMFLOW_{k}": v for k, v in settings.items()},
    }


def wait_until_healthy(process: subprocess.Popen, base: str, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{base}/healthz", timeout=2).status_code in (200, 503):
                return
        time.sleep(0.2)
    pytest.fail("the server did not start:\n" + log.read_text())


def start_server(
    command: list[str], env: dict[str, str], tmp_path: Path
) -> tuple[subprocess.Popen, str, Path]:
    """A server process on a free loopback port (its own session); output goes to a file."""
    port = free_port()
    log = tmp_path / f"server-{port}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return process, f"http://127.0.0.1:{port}", log


@contextlib.contextmanager
def served(command: list[str], env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A server process on a free loopback port, once it answers; stopped on the way out."""
    process, base, log = start_server(command, env, tmp_path)
    try:
        wait_until_healthy(process, base, log)
        yield base, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def guesses_from_many_addresses(base: str, count: int = 12) -> list[str | None]:
    """`count` wrong request links, each claiming another address in X-Forwarded-For."""
    codes = []
    for i in range(count):
        answer = httpx.post(
            f"{base}/graphql",
            json={"query": SHARED, "variables": {"t": f"wrong-link-{i}"}},
            headers={"X-Forwarded-For": f"10.0.{i}.1"},
            timeout=30,
        ).json()
        codes.append(answer["errors"][0]["extensions"]["code"])
    return codes


def test_x_forwarded_for_from_an_untrusted_peer_does_not_escape_the_wrong_link_limit(tmp_path):
    with served([*FIRMFLOW, "serve"], env_for(tmp_path), tmp_path) as (base, _):
        codes = guesses_from_many_addresses(base)
    assert codes[:10] == ["NOT_FOUND"] * 10
    assert codes[10:] == ["RATE_LIMITED"] * 2


def test_x_forwarded_for_from_a_trusted_proxy_names_the_client(tmp_path):
    env = env_for(tmp_path, TRUSTED_PROXIES="127.0.0.1")
    with served([*FIRMFLOW, "serve"], env, tmp_path) as (base, _):
        codes = guesses_from_many_addresses(base)
    assert codes == ["NOT_FOUND"] * 12  # each client address has its own count


def test_link_tokens_are_redacted_in_the_access_log(tmp_path):
    secret = "s3cret-link-token-value"
    with served([*FIRMFLOW, "serve"], env_for(tmp_path), tmp_path) as (base, log):
        assert httpx.get(f"{base}/files/5?token={secret}", timeout=30).status_code == 404
        deadline = time.monotonic() + 30
        while "/files/5" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
    text = log.read_text()
    assert "/files/5?token=[redacted]" in text
    assert secret not in text


def test_serve_with_the_database_down_exits_with_one_clear_line(tmp_path):
    env = env_for(tmp_path, DATABASE_URL=f"postgres://postgres@127.0.0.1:{free_port()}/nowhere")
    result = subprocess.run(
        [*FIRMFLOW, "serve", "--port", str(free_port())],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("firmflow: cannot reach the database")
    assert "Traceback" not in result.stderr + result.stdout


def test_while_the_database_is_down_files_are_503_and_sockets_close_to_retry(tmp_path):
    """A server whose database went away (an unreachable PostgreSQL)."""
    env = env_for(tmp_path, DATABASE_URL=f"postgres://postgres@127.0.0.1:{free_port()}/gone")
    command = [sys.executable, "-m", "tests.served_without_database"]
    with served(command, env, tmp_path) as (base, log):
        response = httpx.get(f"{base}/files/1", timeout=30)
        assert response.status_code == 503
        linked = httpx.get(f"{base}/files/1?token=some-link", timeout=30)
        assert linked.status_code == 503

        async def connection_init() -> int:
            url = base.replace("http://", "ws://") + "/graphql"
            async with websockets.connect(url, subprotocols=["graphql-transport-ws"]) as ws:
                payload = {"authorization": "Bearer some-token"}
                await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.recv()
            assert closed.value.rcvd is not None
            return closed.value.rcvd.code

        import asyncio

        assert asyncio.run(connection_init()) == 1013  # "try again later": clients retry
    text = log.read_text()
    assert "Traceback" not in text
    assert "the database is unavailable" in text
