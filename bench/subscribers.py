"""Benchmark: N idle subscribers on one `firmflow serve` process, one event, delivery latency.

Starts a real server process on PostgreSQL + Redis, opens N graphql-transport-ws
subscribers to `jobStatusEvents` (half as the firm's owner, half as the client's portal
user: two views), records one job status change as the jobs area does (`atomic()` +
`record_event`, published to Redis after commit) and measures, per subscriber, the time
from just before the change is written until the event arrives. Prints p50/p99/max and the
server's resident memory.

    .venv/bin/python bench/subscribers.py [--sizes 100,1000,5000] [--events 3]

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/firmflow_bench,
created and dropped), BENCH_REDIS_URL (default redis://127.0.0.1:6379).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import Counter
from pathlib import Path

import httpx
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkouts import checkout  # noqa: E402  (bench/, the script's own folder)

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402
from tests.support import make_firm  # noqa: E402
from tests.support_realtime import make_job, record_job_status  # noqa: E402

QUERY = "subscription { jobStatusEvents { seq visible item { status } } }"


def raise_open_file_limit() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return wanted


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# How many subscribers received each seq so far.
ARRIVED: Counter[str] = Counter()
# A `next` message as strawberry encodes it (compact JSON, the operation id "1" first).
NEXT = b'{"id":"1","type":"next","payload":{"data":{"jobStatusEvents":{'


class Subscriber(asyncio.Protocol):
    """One graphql-transport-ws subscriber on a bare asyncio protocol.

    It does the websocket handshake and framing itself and stamps each `next` with the time
    its bytes were read, before decoding anything: 10,000 of them must not make the
    benchmark's own process the bottleneck (the `websockets` client spends several times
    more per message, on the same two cores as the server). Pings are answered (the server
    closes sockets that do not); nothing else is."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.upgraded = False
        self.acked: asyncio.Future[None] | None = None
        self.accepted: asyncio.Future[None] | None = None
        self.arrivals: dict[str, float] = {}
        self.closed = False

    async def open(self, address: str, token: str) -> None:
        """Connect to `address` (host:port), sign in with `token`, subscribe."""
        host, port = address.rsplit(":", 1)
        loop = asyncio.get_running_loop()
        self.acked = loop.create_future()
        self.accepted = loop.create_future()
        await loop.create_connection(lambda: self, host, int(port))
        assert self.transport is not None
        key = base64.b64encode(os.urandom(16)).decode()
        self.transport.write(
            (
                f"GET /graphql HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"
            ).encode()
        )
        await asyncio.wait_for(self.accepted, 120)
        self.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        await asyncio.wait_for(self.acked, 120)
        self.send_json({"id": "1", "type": "subscribe", "payload": {"query": QUERY}})

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        for waiting in (self.accepted, self.acked):
            if waiting is not None and not waiting.done():
                waiting.set_exception(ConnectionError("closed before connection_ack"))

    def send_frame(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            head = bytes([0x80 | opcode, 0x80 | n])
        else:
            head = bytes([0x80 | opcode, 0x80 | 126]) + n.to_bytes(2, "big")
        keys = (mask * (n // 4 + 1))[:n]
        masked = (int.from_bytes(payload, "big") ^ int.from_bytes(keys, "big")).to_bytes(n, "big")
        assert self.transport is not None
        self.transport.write(head + mask + masked)

    def send_json(self, message: dict) -> None:
        self.send_frame(0x1, json.dumps(message).encode())

    def data_received(self, data: bytes) -> None:
        arrived = time.perf_counter()
        self.buffer += data
        if not self.upgraded:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not self.buffer.startswith(b"HTTP/1.1 101"):
                raise ConnectionError(bytes(self.buffer[:80]))
            del self.buffer[: end + 4]
            self.upgraded = True
            assert self.accepted is not None
            self.accepted.set_result(None)
        while len(self.buffer) >= 2:
            opcode, length, start = self.buffer[0] & 0x0F, self.buffer[1] & 0x7F, 2
            if length == 126:
                length, start = int.from_bytes(self.buffer[2:4], "big"), 4
            elif length == 127:
                length, start = int.from_bytes(self.buffer[2:10], "big"), 10
            if len(self.buffer) < start + length:
                return
            payload = bytes(self.buffer[start : start + length])
            del self.buffer[: start + length]
            self.frame_received(opcode, payload, arrived)

    def frame_received(self, opcode: int, payload: bytes, arrived: float) -> None:
        if opcode == 0x9:  # ping
            self.send_frame(0xA, payload)
        elif opcode == 0x8:  # close
            self.closed = True
        elif opcode == 0x1:
            if payload.startswith(NEXT):  # the hot path: the seq, without decoding the rest
                start = payload.index(b'"seq":"') + 7
                seq = payload[start : payload.index(b'"', start)].decode()
                self.arrivals[seq] = arrived
                ARRIVED[seq] += 1
                return
            message = json.loads(payload)
            if message.get("type") == "next":
                seq = message["payload"]["data"]["jobStatusEvents"]["seq"]
                self.arrivals[seq] = arrived
                ARRIVED[seq] += 1
            elif message.get("type") == "connection_ack" and self.acked and not self.acked.done():
                self.acked.set_result(None)

    async def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


def server_env(
    database_url: str, redis_url: str, secret_key: str, *, channel: str = "", **more: str
) -> dict[str, str]:
    """The environment of a benchmark's server: this one's, plus its database, Redis (on a
    channel of its own unless `channel` names one) and secret; `more` adds FIRMFLOW_<KEY>."""
    return {
        **os.environ,
        "FIRMFLOW_DATABASE_URL": database_url,
        "FIRMFLOW_BROADCAST_URL": redis_url,
        "FIRMFLOW_BROADCAST_CHANNEL": channel or f"firmflow.bench.{uuid.uuid4().hex[:8]}",
        "FIRMFLOW_SECRET_KEY": secret_key,
        "FIRMFLOW_GRAPHIQL": "false",
        # Thousands of benchmark sockets come from one address and share a few tokens.
        "FIRMFLOW_MAX_SOCKETS_PER_ADDRESS": "1000000",
        "FIRMFLOW_MAX_SOCKETS_PER_TOKEN": "1000000",
        **{f"FIRMFLOW_{key.upper()}": value for key, value in more.items()},
    }


def start_server(port: int, env: dict[str, str]) -> subprocess.Popen:
    """A real `firmflow serve` process (one uvicorn worker)."""
    firmflow = Path(sys.executable).parent / "firmflow"
    command = [str(firmflow), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def wait_healthy(http: httpx.AsyncClient, address: str) -> None:
    """Until the server at `address` answers /healthz with 200 (at most a minute)."""
    for _ in range(300):
        try:
            if (await http.get(f"http://{address}/healthz", timeout=1)).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not start")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


STATUSES = ("Preparing", "In progress", "In review")


async def open_subscribers(address: str, tokens: list[str], n: int) -> list[Subscriber]:
    """n subscribers, alternating between the tokens (views), 100 handshakes at a time."""
    subscribers = [Subscriber() for _ in range(n)]
    gate = asyncio.Semaphore(100)

    async def open_one(index: int, subscriber: Subscriber) -> None:
        async with gate:
            await subscriber.open(address, tokens[index % len(tokens)])

    await asyncio.gather(*(open_one(i, s) for i, s in enumerate(subscribers)))
    return subscribers


async def deliver(job, subscribers: list[Subscriber], number: int) -> list[float]:
    """Record one status change; seconds until each subscriber that got it got it."""
    t0 = time.perf_counter()
    status = STATUSES[number % len(STATUSES)]
    seq = str(await record_job_status(job, visible=True, status=status))
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline and ARRIVED[seq] < len(subscribers):
        await asyncio.sleep(0.005)  # (a count: looking into 10,000 sockets costs CPU)
    got = [s.arrivals[seq] - t0 for s in subscribers if seq in s.arrivals]
    if len(got) < len(subscribers):
        print(f"  warning: {len(subscribers) - len(got)} of {len(subscribers)} missed event {seq}")
    return got


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


async def snapshot(pid: int, trace_file: str | None, number: int):
    """The traced server's allocations now (None when not tracing)."""
    if trace_file is None:
        return None
    path = Path(f"{trace_file}.{number}")
    os.kill(pid, signal.SIGUSR1)
    for _ in range(1200):
        if path.exists():
            return tracemalloc.Snapshot.load(str(path))
        await asyncio.sleep(0.1)
    raise RuntimeError("the server wrote no snapshot")


def print_growth(before, after, n: int) -> None:
    """Where the idle subscribers' memory went: bytes per subscriber by source line."""
    stats = after.compare_to(before, "lineno")
    total = sum(stat.size_diff for stat in stats)
    print(f"  traced growth: {total / n / 1024:.1f} KiB per subscriber; largest lines:")
    for stat in stats[:30]:
        frame = stat.traceback[0]
        name = frame.filename.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        per = f"{stat.size_diff / n:8.0f} B {stat.count_diff / n:6.2f} blocks"
        print(f"  {per}  {name}:{frame.lineno}")


async def run_size(
    address: str, pid: int, world, job, n: int, events: int, trace_file: str | None = None
) -> dict:
    """On a fresh server: warm it up with one subscriber per view, then N idle subscribers
    (the RSS growth per subscriber), then `events` events (latency per subscriber)."""
    tokens = [world.owner.token, world.clients["alpha"].token]
    warm = await open_subscribers(address, tokens, 2)
    await asyncio.sleep(0.5)
    await deliver(job, warm, 0)
    await asyncio.gather(*(s.close() for s in warm))
    await asyncio.sleep(1)
    rss_base = rss_mb(pid)
    traced_before = await snapshot(pid, trace_file, 0)
    load_before = load_average()
    started = time.perf_counter()
    subscribers = await open_subscribers(address, tokens, n)
    connect_seconds = time.perf_counter() - started
    await asyncio.sleep(2 + n / 2000)  # let the server register every subscription
    rss_idle = rss_mb(pid)
    traced_idle = await snapshot(pid, trace_file, 1)
    if traced_idle is not None:
        print_growth(traced_before, traced_idle, n)
    latencies: list[float] = []
    slowest: list[float] = []  # per event: when its last subscriber had it
    for number in range(events):
        got = await deliver(job, subscribers, number + 1)
        latencies.extend(got)
        slowest.append(max(got, default=float("nan")) * 1000)
        await asyncio.sleep(0.5)
    rss_after = rss_mb(pid)
    closed = sum(s.closed for s in subscribers)
    await asyncio.gather(*(s.close() for s in subscribers), return_exceptions=True)
    return {
        "n": n,
        "p50": percentile(latencies, 0.50) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
        "max": max(latencies) * 1000,
        "mean": statistics.fmean(latencies) * 1000,
        "delivered": len(latencies),
        "closed": closed,
        "rss_base": rss_base,
        "rss_idle": rss_idle,
        "kib_per_subscriber": (rss_idle - rss_base) * 1024 / n,
        "rss": rss_after,
        "connect": connect_seconds,
        "load": f"{load_before} -> {load_average()}",
        "slowest": " / ".join(f"{ms:.0f}" for ms in slowest),
    }


# With --tracemalloc the server traces its allocations and writes a snapshot to
# BENCH_TRACE_FILE.<n> on each SIGUSR1 (slower: for the memory figures only).
TRACED_SERVER = """
import itertools, os, signal, tracemalloc
tracemalloc.start(int(os.environ.get("BENCH_TRACE_FRAMES", "1")))
counter = itertools.count()
def dump(*_):
    path = os.environ["BENCH_TRACE_FILE"] + "." + str(next(counter))
    tracemalloc.take_snapshot().dump(path + ".part")
    os.rename(path + ".part", path)
signal.signal(signal.SIGUSR1, dump)
from firmflow.cli import main
main()
"""


def start_code(
    port: int, env: dict[str, str], root: Path, *, traced: bool = False
) -> subprocess.Popen:
    """`firmflow serve` of the code in `root` (this checkout or a `--compare` commit's
    copy, first on PYTHONPATH) with this virtualenv's packages."""
    program = TRACED_SERVER if traced else "from firmflow.cli import main; main()"
    command = [sys.executable, "-c", program]
    command += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(
        command,
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="COMMIT",
        help="also serve COMMIT's code (a git archive copy), right before this code, per size",
    )
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="trace the server's allocations and print where the idle subscribers' memory went",
    )
    args = parser.parse_args()
    limit = raise_open_file_limit()
    sizes = [int(x) for x in args.sizes.split(",")]
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/firmflow_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    channel = f"firmflow.bench.{uuid.uuid4().hex[:8]}"
    settings = use_settings(
        load_settings({}).with_changes(
            database_url=database_url,
            broadcast_url=redis_url,
            broadcast_channel=channel,
            secret_key="bench-secret",
        )
    )
    codes = [(commit, checkout(commit)) for commit in args.compare] + [("this", ROOT)]
    await drop_database(database_url)
    await create_database(database_url)
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    from subscriptions.broadcast import start_broadcast, stop_broadcast

    await start_broadcast(redis_url)
    env = server_env(database_url, redis_url, settings.secret_key, channel=channel)
    rows = []
    try:
        world = await make_firm("Bench Firm")
        job = await make_job(world.firm_id, world.accounts["alpha"])
        await record_job_status(job, visible=True)
        for n in sizes:
            for name, root in codes:
                port = free_port()
                trace_file = None
                if args.tracemalloc:
                    trace_file = f"{tempfile.gettempdir()}/firmflow-bench-trace-{uuid.uuid4().hex}"
                    env = {**env, "BENCH_TRACE_FILE": trace_file}
                # The server inherits the raised open-files limit.
                server = start_code(port, env, root, traced=args.tracemalloc)
                try:
                    address = f"127.0.0.1:{port}"
                    async with httpx.AsyncClient() as http:
                        await wait_healthy(http, address)
                    row = await run_size(
                        address, server.pid, world, job, n, args.events, trace_file
                    )
                finally:
                    server.terminate()
                    server.wait(30)
                rows.append({"code": name, **row})
                print(rows[-1], flush=True)
    finally:
        await stop_broadcast()
        await Tortoise.close_connections()
        await drop_database(database_url)

    print(
        f"\nfirmflow subscribers benchmark (one server process per row, PostgreSQL + Redis, "
        f"{args.events} events per size, open files limit {limit})"
    )
    print(
        "| code | subscribers | p50 ms | p99 ms | max ms | delivered | server RSS warm MB "
        "| with idle subscribers MB | KiB per idle subscriber | each event's last ms "
        "| load average |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        print(
            f"| {r['code']} | {r['n']:,} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.1f} | "
            f"{r['delivered']:,} | {r['rss_base']:.0f} | {r['rss_idle']:.0f} | "
            f"{r['kib_per_subscriber']:.1f} | {r['slowest']} | {r['load']} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
