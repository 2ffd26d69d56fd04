"""What an operator sees of a real `firmflow serve --workers 2`: JSON log lines with a
request id on each line of a request (HTTP and websocket), the GraphQL operation's name and
duration, no token or password anywhere in the log, and /metrics behind its token, adding
up both workers (prometheus_client's multiprocess mode)."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import websockets

from firmflow.settings import PROJECT_ROOT
from tests.support import free_port

pytestmark = pytest.mark.timeout(240)

FIRMFLOW = [sys.executable, "-m", "firmflow.cli"]
METRICS_TOKEN = "metrics-token-for-the-test-0123456789"
OWNER_PASSWORD = "owner-password-of-the-log-test"
SIGN_IN = """mutation SignIn($e: String!, $p: String!) {
  login(email: $e, password: $p) { token }
}"""


@dataclass
class Served:
    base: str
    log: Path
    stdout: Path
    process: subprocess.Popen[bytes]

    def lines(self) -> list[dict[str, Any]]:
        return [_json(line) for line in self.log.read_text().splitlines() if line.strip()]

    def wait_for(self, what: Any, seconds: float = 20) -> list[dict[str, Any]]:
        """The log's lines once `what(lines)` holds (log lines are written asynchronously
        by two processes)."""
        deadline = time.monotonic() + seconds
        while True:
            lines = self.lines()
            if what(lines):
                return lines
            assert time.monotonic() < deadline, self.log.read_text()[-4000:]
            time.sleep(0.1)

    def gql(self, query: str, variables: dict[str, Any] | None = None, **headers: str) -> Any:
        return httpx.post(
            f"{self.base}/graphql",
            json={"query": query, "variables": variables or {}},
            headers=headers,
            timeout=30,
        )


def _json(line: str) -> dict[str, Any]:
    try:
        return json.loads(line)
    except ValueError:
        raise AssertionError(f"not a JSON log line: {line!r}") from None


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIRMFLOW_", "PROMETHEUS"))}
    return {
        **env,
        "FIRMFLOW_DATABASE_URL": f"sqlite://{tmp}/served.db",
        "FIRMFLOW_DATA_DIR": str(tmp / "data"),
        "FIRMFLOW_SECRET_KEY": "observability-test-key",
        "FIRMFLOW_PASSWORD_TIME_COST": "1",
        "FIRMFLOW_PASSWORD_MEMORY_KIB": "64",
        "FIRMFLOW_LOG_FORMAT": "json",
        "FIRMFLOW_METRICS_TOKEN": METRICS_TOKEN,
    }


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("observability")
    env = _env(tmp)
    created = subprocess.run(
        [
            *FIRMFLOW,
            *("create-firm", "--name", "Logs", "--owner-name", "O", "--owner-email", "o@logs.test"),
        ],
        cwd=PROJECT_ROOT,
        env={**env, "FIRMFLOW_OWNER_PASSWORD": OWNER_PASSWORD},
        capture_output=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stderr
    port = free_port()
    log, stdout = tmp / "server.log", tmp / "stdout.txt"
    with log.open("wb") as err, stdout.open("wb") as out:
        process = subprocess.Popen(
            [*FIRMFLOW, "serve", "--port", str(port), "--workers", "2"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
    server = Served(f"http://127.0.0.1:{port}", log, stdout, process)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(f"{server.base}/livez", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.3)
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def sign_in(served: Served) -> str:
    answer = served.gql(SIGN_IN, {"e": "o@logs.test", "p": OWNER_PASSWORD}).json()
    return answer["data"]["login"]["token"]


def test_every_line_is_json_and_a_callers_request_id_marks_every_line_of_its_request(served):
    answer = served.gql(
        SIGN_IN, {"e": "o@logs.test", "p": OWNER_PASSWORD}, **{"X-Request-ID": "trace-7.abc"}
    )
    assert answer.status_code == 200 and answer.headers["x-request-id"] == "trace-7.abc"

    def answered(lines: list[dict[str, Any]]) -> bool:
        return any(
            line["request_id"] == "trace-7.abc" and line["logger"] == "uvicorn.access"
            for line in lines
        )

    lines = served.wait_for(answered)
    assert all({"time", "level", "logger", "message", "pid"} <= set(line) for line in lines)
    mine = [line for line in lines if line["request_id"] == "trace-7.abc"]
    # One line for the request: the access line says the GraphQL operation too.
    assert [line["logger"] for line in mine] == ["uvicorn.access"]
    access = mine[0]
    assert (access["method"], access["path"], access["status"]) == ("POST", "/graphql", 200)
    assert access["operation"] == "SignIn" and access["operation_type"] == "mutation"
    assert access["duration_ms"] > 0 and access["error_codes"] == []


@pytest.mark.parametrize("given", ["x" * 65, "two words", "new\\nline", ""])
def test_an_unusable_request_id_is_replaced_by_a_fresh_one(served, given):
    answer = httpx.get(f"{served.base}/livez", headers={"X-Request-ID": given}, timeout=30)
    assert re.fullmatch(r"[0-9a-f]{16}", answer.headers["x-request-id"])


def test_no_token_or_password_reaches_the_log(served):
    owner = sign_in(served)
    bearer = {"Authorization": f"Bearer {owner}"}
    account = served.gql(
        'mutation { createClientAccount(name: "Acme", contacts: [{name: "Ana",'
        ' email: "ana@acme.test"}]) { contacts { id } } }',
        **bearer,
    ).json()["data"]["createClientAccount"]
    invite = served.gql(
        "mutation($c: ID!) { inviteToPortal(contactId: $c) { token } }",
        {"c": account["contacts"][0]["id"]},
        **bearer,
    ).json()["data"]["inviteToPortal"]["token"]
    assert served.gql('mutation { requestPasswordReset(email: "o@logs.test") }').json()["data"][
        "requestPasswordReset"
    ]
    found = None
    deadline = time.monotonic() + 30
    while found is None:  # console:// prints the e-mail (with its link) on standard output
        found = re.search(r"/reset-password\?token=([\w-]+)", served.stdout.read_text())
        assert found or time.monotonic() < deadline, "no reset e-mail printed"
        time.sleep(0.2)
    reset = found.group(1)
    pages = [
        f"/portal/invite?token={invite}",
        f"/reset-password?token={reset}",
        f"/shared-request?token={invite}",
    ]
    for page in pages:
        assert httpx.get(served.base + page, timeout=30).status_code == 200
    variables = quote(json.dumps({"t": reset}))
    shared = "query Shared($t: String!) { sharedRequest(token: $t) { title } }"
    get = httpx.get(
        f"{served.base}/graphql?query={quote(shared)}&variables={variables}&operationName=Shared",
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert get.status_code in (200, 400)
    asyncio.run(_socket_signed_in_with(served, owner))
    lines = served.wait_for(
        lambda lines: sum("[redacted]" in line.get("path", "") for line in lines) >= 4
    )
    text = served.log.read_text()
    for secret in (owner, invite, reset, OWNER_PASSWORD, METRICS_TOKEN):
        assert secret not in text
    paths = {line.get("path") for line in lines}
    assert "/portal/invite?token=[redacted]" in paths
    assert "/reset-password?token=[redacted]" in paths
    assert "/graphql?query=[redacted]&variables=[redacted]&operationName=Shared" in paths, paths


async def _socket_signed_in_with(served: Served, token: str) -> None:
    url = served.base.replace("http://", "ws://") + "/graphql?token=" + token
    async with websockets.connect(url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"


def test_a_websocket_carries_its_request_id_on_the_lines_of_its_subscriptions(served):
    asyncio.run(_subscribe_and_leave(served, sign_in(served)))

    def started_and_ended(lines: list[dict[str, Any]]) -> bool:
        mine = [line for line in lines if line["request_id"] == "socket-42"]
        return any("ended" in line["message"] for line in mine)

    lines = served.wait_for(started_and_ended)
    mine = [line for line in lines if line["request_id"] == "socket-42"]
    messages = [line["message"] for line in mine if line["logger"] == "firmflow.graphql"]
    assert messages[0] == "subscription WatchJobs started"
    assert messages[1].startswith("subscription WatchJobs ended after ")
    ended = next(line for line in mine if "ended" in line["message"])
    assert ended["operation"] == "WatchJobs" and ended["duration_ms"] > 0


async def _subscribe_and_leave(served: Served, token: str) -> None:
    url = served.base.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(
        url,
        subprotocols=["graphql-transport-ws"],  # type: ignore[list-item]
        additional_headers={"X-Request-ID": "socket-42"},
    ) as ws:
        assert ws.response is not None
        assert ws.response.headers["x-request-id"] == "socket-42"
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        subscription = "subscription WatchJobs { jobStatusEvents { seq } }"
        await ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": subscription}})
        )
        await asyncio.sleep(0.5)
        await ws.send(json.dumps({"id": "1", "type": "complete"}))
        await asyncio.sleep(0.3)


def scrape(served: Served, token: str | None = METRICS_TOKEN) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{served.base}/metrics", headers=headers, timeout=30)


def sample(text: str, name: str, **labels: str) -> float | None:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    series = f"{name}{{{wanted}}}" if labels else name
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return None


def test_metrics_need_their_token(served):
    assert scrape(served, None).status_code == 401
    assert scrape(served, "wrong-token-of-the-same-kind-0123").status_code == 401
    answer = scrape(served)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    assert "firmflow_graphql_operations_total" in answer.text


def test_metrics_add_up_both_workers(served):
    """Each request on a new connection; once both workers answered some, every scrape
    (whichever worker takes it) counts all of them."""
    pids: set[int] = set()
    sent = 0
    while len(pids) < 2:
        assert sent < 60, "one worker answered every request"
        served.gql("query CountMe { __typename }", **{"X-Request-ID": f"count-{sent}"})
        sent += 1
        lines = served.wait_for(
            lambda lines, n=sent: any(
                line["request_id"] == f"count-{n - 1}" and line.get("operation") for line in lines
            )
        )
        pids = {line["pid"] for line in lines if line.get("operation") == "CountMe"}
    for _ in range(4):
        text = scrape(served).text
        labels = {"operation": "CountMe", "transport": "http", "type": "query"}
        assert sample(text, "firmflow_graphql_operations_total", **labels) == sent
        assert sample(text, "firmflow_graphql_operation_seconds_count", **labels) == sent
