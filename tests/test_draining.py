"""A `firmflow serve` told to stop with SIGTERM drains (firmflow/drain.py): /readyz answers
503 at once while requests, new ones too, and websockets are still served for
FIRMFLOW_DRAIN_SECONDS; then a request in flight still gets its answer, websockets are
closed with 1012 (service restart: reconnect elsewhere) and the process exits with 0. The
same with `--workers 2`, SIGTERM going to the supervising parent only (as `docker stop` and
Kubernetes send it)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from firmflow.settings import PROJECT_ROOT
from tests.support_realtime import WsClient
from tests.test_served_process import FIRMFLOW, env_for, start_server

pytestmark = pytest.mark.timeout(240)

DRAIN_SECONDS = 3
OWNER = ("dana@drain.test", "drain password")
TYPENAME = json.dumps({"query": "{ __typename }"}).encode()


def create_firm(env: dict[str, str]) -> None:
    email, password = OWNER
    command = ["create-firm", "--name", "Drain & Co", "--owner-name", "Dana"]
    subprocess.run(
        [*FIRMFLOW, *command, "--owner-email", email],
        cwd=PROJECT_ROOT,
        env={**env, "FIRMFLOW_OWNER_PASSWORD": password},
        check=True,
        capture_output=True,
        timeout=120,
    )


def wait_until_ready(process: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail("the server did not become ready:\n" + log.read_text())


def sign_in(base: str) -> str:
    email, password = OWNER
    mutation = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"
    answer = httpx.post(
        f"{base}/graphql",
        json={"query": mutation, "variables": {"e": email, "p": password}},
        timeout=30,
    ).json()
    return answer["data"]["login"]["token"]


def start_slow_request(port: int) -> socket.socket:
    """A POST /graphql whose body has only half arrived: a request in flight."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(TYPENAME)}\r\n\r\n"
    ).encode()
    sock.sendall(head + TYPENAME[:10])
    return sock


def finish_slow_request(sock: socket.socket) -> bytes:
    sock.sendall(TYPENAME[10:])
    answer = b""
    while b"__typename" not in answer:
        chunk = sock.recv(65536)
        if not chunk:
            break
        answer += chunk
    sock.close()
    return answer


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_drains_then_closes_websockets_with_1012_and_exits_0(tmp_path, workers):
    env = env_for(
        tmp_path,
        DRAIN_SECONDS=str(DRAIN_SECONDS),
        PASSWORD_TIME_COST="1",
        PASSWORD_MEMORY_KIB="64",
    )
    create_firm(env)
    command = [*FIRMFLOW, "serve", "--workers", str(workers)]
    process, base, log = start_server(command, env, tmp_path)
    port = int(base.rsplit(":", 1)[1])
    try:
        wait_until_ready(process, base, log)
        token = sign_in(base)
        observed = asyncio.run(drain_observed(process, port, token))
        returncode = process.wait(60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
    text = log.read_text()
    assert observed["readyz"] == (503, {"status": "unavailable", "failing": ["draining"]})
    assert observed["new request"] == {"data": {"__typename": "Query"}}
    assert observed["pong"] == "pong"
    assert observed["close code"] == 1012
    assert observed["closed after"] >= DRAIN_SECONDS - 0.5, observed
    assert observed["in flight"].startswith(b"HTTP/1.1 200")
    assert observed["in flight"].endswith(b'{"data":{"__typename":"Query"}}')
    if workers == 1:
        assert observed["refused after"] is True
    assert returncode == 0, text
    assert "Traceback" not in text


async def drain_observed(process: subprocess.Popen[bytes], port: int, token: str) -> dict:
    """SIGTERM the server, then what a load balancer and the clients see."""
    observed: dict = {}
    ws = await WsClient.connect(f"127.0.0.1:{port}", token=token)
    await ws.subscribe("subscription { inboxNotifications { id } }")
    in_flight = start_slow_request(port)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
        os.kill(process.pid, signal.SIGTERM)
        signalled = time.monotonic()
        while True:  # at once: the supervisor of --workers passes it on within half a second
            ready = await http.get("/readyz")
            if ready.status_code == 503 or time.monotonic() - signalled > 2:
                break
            await asyncio.sleep(0.05)
        observed["readyz"] = (ready.status_code, ready.json())
        new = await http.post("/graphql", json={"query": "{ __typename }"})
        observed["new request"] = new.json()
    await ws.ws.send(json.dumps({"type": "ping"}))
    observed["pong"] = json.loads(await asyncio.wait_for(ws.ws.recv(), 10))["type"]
    try:
        while True:
            await asyncio.wait_for(ws.ws.recv(), DRAIN_SECONDS + 30)
    except ConnectionClosed as closed:
        observed["close code"] = closed.rcvd.code if closed.rcvd else None
    observed["closed after"] = time.monotonic() - signalled
    await asyncio.sleep(0.3)
    observed["refused after"] = refused(port)
    observed["in flight"] = await asyncio.to_thread(finish_slow_request, in_flight)
    return observed
