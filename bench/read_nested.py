"""Benchmark: read throughput of `firmflow serve` under keep-alive load, side by side with
PostGraphile 4.14 on the same PostgreSQL database and data.

    .venv/bin/python bench/read_nested.py [--connections 16] [--seconds 15] [--pairs 3]
        [--workers 1] [--peer] [--scenarios jobs,...] [--profile SECONDS]

What it does:
- builds a scratch PostgreSQL database (FIRMFLOW_BENCH_DATABASE_URL's server, default
  postgres://postgres@127.0.0.1:5432/postgres; created, then dropped) through the migration
  chain: the demo firm (`firmflow seed-demo`) plus 1,000 client accounts and 10,000 jobs
  (8,000 in the demo's tax pipeline, 2,000 in its bookkeeping pipeline: the kanban's), each
  with one or two assignees, half of them shown to the client with a status; the demo
  employee is on the team of every tenth account;
- starts one `firmflow serve` (with `--workers N`, N uvicorn workers) on PostgreSQL + Redis;
- loads it with `wrk` (Debian's package; N keep-alive connections, 2 threads, a Lua script
  for the POST body) for S seconds per run, and prints req/s, p50/p95/p99, the server's CPU
  milliseconds per request (its process tree's user+system time over the run) and the load
  average of the machine (shared: compare the ratios of side-by-side runs, not absolutes);
- with `--peer`, also starts PostGraphile 4.14 (installed with npm under
  BENCH_POSTGRAPHILE_DIR, default /tmp/firmflow-postgraphile, never in the repository) on the
  same database and runs the equivalent query right after each firmflow run: the ratio is
  firmflow's req/s over PostGraphile's in that pair;
- each answer is checked once before the load (no errors; the expected number of items).

Scenarios (`--scenarios`, comma separated; default all):
  jobs            the issue's nested job list, as the owner (PostGraphile peer: allJobs)
  jobs_employee   the same as the demo employee (docs/access.md: only their team's or assigned jobs)
  kanban          the kanban of the 2,000-job pipeline, as the owner
  threads         threads(clientAccountId) with tasks and messages, as the owner
  inbox           inbox(first: 50), as the owner
  client_requests clientRequests as a portal user
  work_in_progress the portal's Work in progress, as a portal user
  repeated        the issue's job list again, answered from the response cache (a server
                  with FIRMFLOW_RESPONSE_CACHE on; nothing changes during the run)
  repeated_employee, repeated_portal   the same for the employee's list and Work in progress

The other scenarios measure executed reads: their server runs with the response cache off
(the same document again and again would otherwise be answered from it).

`--profile S` runs py-spy (pip install py-spy) on the firmflow server for S seconds of the
first run and prints its top functions. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
from checkouts import checkout  # noqa: E402
from subscribers import free_port, server_env, wait_healthy  # noqa: E402
from tortoise import Tortoise, connections  # noqa: E402

from firmflow.db import create_database, drop_database, migrate, tortoise_config  # noqa: E402
from firmflow.seed import (  # noqa: E402
    CLIENT_EMAILS,
    DEMO_PASSWORD,
    EMPLOYEE_EMAIL,
    OWNER_EMAIL,
    seed_demo,
)
from firmflow.seed_jobs import BOOKS_PIPELINE, TAX_PIPELINE  # noqa: E402
from firmflow.settings import load_settings, use_settings  # noqa: E402

# The documents, with their SQL statement counts pinned by tests/test_read_costs.py.
from tests.test_read_costs import (  # noqa: E402
    CLIENT_REQUESTS_QUERY,
    INBOX_QUERY,
    JOBS_QUERY,
    KANBAN_QUERY,
    THREADS_QUERY,
    WORK_IN_PROGRESS_QUERY,
)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres"
ACCOUNTS = 1_000
JOBS = 10_000
KANBAN_JOBS = 2_000

# The same data from PostGraphile's generated schema (no access rules: PostGraphile has
# none here, so firmflow's answers carry work the peer's do not).
PEER_JOBS_QUERY = """query Jobs($firm: Int!) { allJobs(first: 50, orderBy: ID_ASC,
  condition: {firmId: $firm, deletedAt: null}) { edges { node { id name
  clientAccountByClientAccountId { name clientTeamMembersByClientAccountId { nodes {
    staffMemberByStaffId { name } } } }
  stageByStageId { name }
  jobAssigneesByJobId { nodes { staffMemberByStaffId { name } } }
  cfVisible clientFacingStatusByCfStatusId { name } } } } }"""

PEER_KANBAN_QUERY = """query Kanban($pipelineId: Int!) { pipelineById(id: $pipelineId) {
  stagesByPipelineId(orderBy: POSITION_ASC) { nodes { id name
  jobsByStageId(orderBy: ID_ASC, condition: {archived: false, deletedAt: null}) { nodes {
    id name clientAccountByClientAccountId { name }
    jobAssigneesByJobId { nodes { staffMemberByStaffId { name } } }
    cfVisible clientFacingStatusByCfStatusId { name } } } } } } }"""


@dataclass
class Scenario:
    name: str
    query: str
    token: str
    variables: dict[str, Any] = field(default_factory=dict)
    count: Any = None  # answer -> number of items, checked > 0
    peer_query: str | None = None
    peer_variables: dict[str, Any] = field(default_factory=dict)
    connections: int | None = None  # fewer for answers of hundreds of kilobytes
    cached: bool = False  # served by the server with the response cache on


@dataclass
class Dataset:
    firm_id: int
    owner_token: str
    employee_token: str
    client_token: str
    books_pipeline_id: int
    thread_account_id: int


def _fresh_url(base: str) -> str:
    return f"{base.rsplit('/', 1)[0]}/firmflow_bench_{uuid.uuid4().hex[:10]}"


async def build_dataset(url: str) -> Dataset:
    """The demo firm plus the accounts and jobs; tokens signed in through the API's code."""
    import models as m
    from resolvers import auth

    await seed_demo()
    owner = await m.StaffMember.get(email=OWNER_EMAIL)
    employee = await m.StaffMember.get(email=EMPLOYEE_EMAIL)
    staff = list(await m.StaffMember.filter(firm_id=owner.firm_id).order_by("id"))
    firm_id = owner.firm_id
    await m.ClientAccount.bulk_create(
        [m.ClientAccount(firm_id=firm_id, name=f"Client {i:04d}") for i in range(ACCOUNTS)],
        batch_size=1000,
    )
    accounts = list(
        await m.ClientAccount.filter(firm_id=firm_id, name__startswith="Client ")
        .order_by("id")
        .values_list("id", flat=True)
    )
    await m.ClientTeamMember.bulk_create(
        [m.ClientTeamMember(client_account_id=a, staff_id=employee.id) for a in accounts[::10]]
        + [m.ClientTeamMember(client_account_id=a, staff_id=owner.id) for a in accounts[::3]]
    )
    tax = await m.Pipeline.get(firm_id=firm_id, name=TAX_PIPELINE)
    books = await m.Pipeline.get(firm_id=firm_id, name=BOOKS_PIPELINE)
    stages = {
        p.id: list(await m.Stage.filter(pipeline_id=p.id).order_by("position"))
        for p in (tax, books)
    }
    statuses = list(await m.ClientFacingStatus.filter(firm_id=firm_id).order_by("position"))
    jobs = []
    for i in range(JOBS):
        pipeline = books if i >= JOBS - KANBAN_JOBS else tax
        stage = stages[pipeline.id][i % len(stages[pipeline.id])]
        visible = i % 2 == 0
        jobs.append(
            m.Job(
                firm_id=firm_id,
                client_account_id=accounts[i % ACCOUNTS],
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                name=f"Bench job {i:05d}",
                cf_visible=visible,
                cf_status_id=statuses[i % len(statuses)].id if visible else None,
            )
        )
    await m.Job.bulk_create(jobs, batch_size=1000)
    job_ids = list(
        await m.Job.filter(firm_id=firm_id, name__startswith="Bench job ")
        .order_by("id")
        .values_list("id", flat=True)
    )
    links = [
        m.JobAssignee(job_id=j, staff_id=staff[i % len(staff)].id) for i, j in enumerate(job_ids)
    ]
    links += [
        m.JobAssignee(job_id=j, staff_id=staff[(i + 1) % len(staff)].id)
        for i, j in enumerate(job_ids)
        if i % 4 == 0
    ]
    await m.JobAssignee.bulk_create(links, batch_size=2000)
    await connections.get("default").execute_script("VACUUM ANALYZE")
    tokens = [
        (await auth.login(email=email, password=DEMO_PASSWORD)).token
        for email in (OWNER_EMAIL, EMPLOYEE_EMAIL, CLIENT_EMAILS[0])
    ]
    thread_account = await m.ChatThread.filter(firm_id=firm_id).order_by("id").first()
    return Dataset(
        firm_id=firm_id,
        owner_token=tokens[0],
        employee_token=tokens[1],
        client_token=tokens[2],
        books_pipeline_id=books.id,
        thread_account_id=thread_account.client_account_id if thread_account else accounts[0],
    )


def scenarios(data: Dataset) -> dict[str, Scenario]:
    return {
        "jobs": Scenario(
            "jobs",
            JOBS_QUERY,
            data.owner_token,
            count=lambda d: len(d["jobs"]["edges"]),
            peer_query=PEER_JOBS_QUERY,
            peer_variables={"firm": data.firm_id},
        ),
        "jobs_employee": Scenario(
            "jobs_employee",
            JOBS_QUERY,
            data.employee_token,
            count=lambda d: len(d["jobs"]["edges"]),
        ),
        "kanban": Scenario(
            "kanban",
            KANBAN_QUERY,
            data.owner_token,
            variables={"pipelineId": str(data.books_pipeline_id)},
            count=lambda d: sum(len(c["cards"]) for c in d["kanban"]),
            peer_query=PEER_KANBAN_QUERY,
            peer_variables={"pipelineId": data.books_pipeline_id},
            connections=4,
        ),
        "threads": Scenario(
            "threads",
            THREADS_QUERY,
            data.owner_token,
            variables={"accountId": str(data.thread_account_id)},
            count=lambda d: len(d["threads"]),
        ),
        "inbox": Scenario(
            "inbox",
            INBOX_QUERY,
            data.owner_token,
            count=lambda d: len(d["inbox"]["edges"]),
        ),
        "client_requests": Scenario(
            "client_requests",
            CLIENT_REQUESTS_QUERY,
            data.client_token,
            count=lambda d: len(d["clientRequests"]),
        ),
        "work_in_progress": Scenario(
            "work_in_progress",
            WORK_IN_PROGRESS_QUERY,
            data.client_token,
            count=lambda d: len(d["workInProgress"]),
        ),
        "repeated": Scenario(
            "repeated",
            JOBS_QUERY,
            data.owner_token,
            count=lambda d: len(d["jobs"]["edges"]),
            peer_query=PEER_JOBS_QUERY,
            peer_variables={"firm": data.firm_id},
            cached=True,
        ),
        "repeated_employee": Scenario(
            "repeated_employee",
            JOBS_QUERY,
            data.employee_token,
            count=lambda d: len(d["jobs"]["edges"]),
            cached=True,
        ),
        "repeated_portal": Scenario(
            "repeated_portal",
            WORK_IN_PROGRESS_QUERY,
            data.client_token,
            count=lambda d: len(d["workInProgress"]),
            cached=True,
        ),
    }


# ------------------------------------------------------------------------- load generator

WRK_SCRIPT = """
local f = assert(io.open(os.getenv("BENCH_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("BENCH_AUTHORIZATION")
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH {\\"requests\\": %d, \\"duration_us\\": %d, \\"errors\\": %d, \\"p50\\": %d, "
    .. "\\"p95\\": %d, \\"p99\\": %d, \\"bytes\\": %d}\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.bytes))
end
"""


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its descendants (uvicorn workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields_ = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields_[11]) + int(fields_[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                pending.extend(int(c) for c in children)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def postgres_cpu_seconds(database: str) -> float:
    """CPU seconds of the PostgreSQL backends serving `database` (for the split)."""
    try:
        out = subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-At",
                "-c",
                f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'",
            ],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return float("nan")
    return sum(tree_cpu_seconds(int(p)) for p in out if p.isdigit())


@dataclass
class Run:
    label: str
    rps: float
    p50: float
    p95: float
    p99: float
    cpu_ms: float
    pg_cpu_ms: float
    load: float
    errors: int


def wrk(
    address: str,
    path: str,
    body: dict,
    authorization: str,
    connections_: int,
    seconds: int,
    pid: int,
    database: str,
    label: str,
) -> Run:
    workdir = Path(tempfile.mkdtemp(prefix="firmflow-wrk-"))
    try:
        (workdir / "script.lua").write_text(WRK_SCRIPT)
        (workdir / "body.json").write_text(json.dumps(body))
        env = {
            **os.environ,
            "BENCH_BODY_FILE": str(workdir / "body.json"),
            "BENCH_AUTHORIZATION": authorization,
        }
        cpu_before, pg_before = tree_cpu_seconds(pid), postgres_cpu_seconds(database)
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{connections_}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(workdir / "script.lua"),
                f"http://{address}{path}",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        cpu = tree_cpu_seconds(pid) - cpu_before
        pg_cpu = postgres_cpu_seconds(database) - pg_before
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    line = next(x for x in out.splitlines() if x.startswith("BENCH "))
    figures = json.loads(line[len("BENCH ") :])
    requests = max(figures["requests"], 1)
    return Run(
        label=label,
        rps=figures["requests"] / (figures["duration_us"] / 1e6),
        p50=figures["p50"] / 1000,
        p95=figures["p95"] / 1000,
        p99=figures["p99"] / 1000,
        cpu_ms=cpu * 1000 / requests,
        pg_cpu_ms=pg_cpu * 1000 / requests,
        load=os.getloadavg()[0],
        errors=figures["errors"],
    )


# ------------------------------------------------------------------------- servers


def start_firmflow(
    port: int, env: dict[str, str], workers: int, root: Path = ROOT
) -> subprocess.Popen:
    """`firmflow serve` of the code in `root` (this checkout, or a `--compare` commit's
    copy, which comes first on PYTHONPATH) with this virtualenv's packages."""
    command = [sys.executable, "-c", "from firmflow.cli import main; main()"]
    command += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    env = {**env, "PYTHONPATH": str(root)}
    return subprocess.Popen(
        command, env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def postgraphile_bin() -> Path:
    """PostGraphile 4.14 from the npm registry, installed once outside the repository."""
    where = Path(os.environ.get("BENCH_POSTGRAPHILE_DIR", "/tmp/firmflow-postgraphile"))
    binary = where / "node_modules" / ".bin" / "postgraphile"
    if not binary.exists():
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "init", "-y"], cwd=where, check=True, capture_output=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "postgraphile@4.14"],
            cwd=where,
            check=True,
            capture_output=True,
        )
    return binary


def start_postgraphile(port: int, url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(postgraphile_bin()),
            "-c",
            url,
            "--schema",
            "public",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--disable-query-log",
            "--disable-graphiql",
        ],
        env={**os.environ, "NODE_ENV": "production"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def wait_graphql(http: httpx.AsyncClient, url: str) -> None:
    for _ in range(300):
        try:
            response = await http.post(url, json={"query": "{ __typename }"}, timeout=2)
            if response.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


async def check_answer(
    http: httpx.AsyncClient, url: str, query: str, variables: dict, token: str | None, count: Any
) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post(url, json={"query": query, "variables": variables}, headers=headers)
    body = response.json()
    if body.get("errors") or not body.get("data"):
        raise RuntimeError(f"{url}: {json.dumps(body)[:500]}")
    found = count(body["data"]) if count else 1
    if not found:
        raise RuntimeError(f"{url}: an empty answer: {json.dumps(body)[:300]}")
    return len(response.content)


def py_spy(pid: int, seconds: int) -> subprocess.Popen | None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        print("  (py-spy not installed: pip install py-spy)")
        return None
    out = Path(tempfile.gettempdir()) / f"firmflow-profile-{pid}.txt"
    print(f"  profiling the server for {seconds} s with py-spy into {out}")
    return subprocess.Popen(
        [
            spy,
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(seconds),
            "--format",
            "raw",
            "--output",
            str(out),
            "--nonblocking",
            "--subprocesses",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


# Layers of the profile by the innermost frame's file (first match wins).
LAYERS = (
    ("pypika", "pypika"),
    ("tortoise/", "Tortoise"),
    ("asyncpg", "asyncpg"),
    ("graphql/", "graphql-core"),
    ("strawberry/", "strawberry"),
    ("asyncio/", "asyncio"),
    ("uvicorn", "uvicorn"),
    ("starlette", "starlette"),
    ("json/", "JSON"),
    ("schema/compiled", "compiled walk"),
    ("schema/", "firmflow types (schema/)"),
    ("resolvers/", "firmflow resolvers"),
    ("firmflow/", "firmflow wiring"),
)


def layer_of(frame: str) -> str:
    where = frame.rpartition("(")[2]
    return next((name for key, name in LAYERS if key in where), "other")


def print_profile(spy: subprocess.Popen) -> None:
    """The share of samples by layer (innermost frame), then the hottest frames of a
    py-spy raw (collapsed stacks) profile."""
    out = Path(spy.args[spy.args.index("--output") + 1])
    if not out.exists():
        return
    leaves: dict[str, int] = {}
    layers: dict[str, int] = {}
    total = 0
    for line in out.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        total += int(count)
        frames = stack.split(";")
        layer = layer_of(frames[-1])
        layers[layer] = layers.get(layer, 0) + int(count)
        for frame in set(frames):
            leaves[frame] = leaves.get(frame, 0) + int(count)
    print(f"  py-spy: {total} samples; by innermost layer:")
    for layer, count in sorted(layers.items(), key=lambda item: -item[1]):
        print(f"    {100 * count / max(total, 1):5.1f}%  {layer}")
    print("  frames by inclusive share:")
    for frame, count in sorted(leaves.items(), key=lambda item: -item[1])[:40]:
        print(f"    {100 * count / max(total, 1):5.1f}%  {frame[:110]}")


def fmt(run: Run) -> str:
    return (
        f"{run.label:<28} {run.rps:8.1f} req/s  p50 {run.p50:7.1f}  p95 {run.p95:7.1f}  "
        f"p99 {run.p99:7.1f} ms  cpu {run.cpu_ms:5.2f} ms/req (db {run.pg_cpu_ms:4.2f})  "
        f"load {run.load:4.1f}" + (f"  ERRORS {run.errors}" if run.errors else "")
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--peer", action="store_true")
    parser.add_argument("--scenarios", default="jobs")
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        help="also serve this commit's code (e.g. main, HEAD~3) and run it in each pair",
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("FIRMFLOW_BENCH_DATABASE_URL", DEFAULT_URL)
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install -y wrk")
    url = _fresh_url(args.database_url)
    database = url.rsplit("/", 1)[1]
    settings = use_settings(load_settings({}).with_changes(database_url=url, secret_key="bench"))
    await create_database(url)
    servers: list[subprocess.Popen] = []
    try:
        await migrate(url)
        await Tortoise.init(config=tortoise_config(url))
        started = time.perf_counter()
        data = await build_dataset(url)
        await Tortoise.close_connections()
        print(f"dataset built in {time.perf_counter() - started:.0f} s")
        port = free_port()
        env = server_env(url, args.redis_url, settings.secret_key, response_cache="off")
        server = start_firmflow(port, env, args.workers)
        servers.append(server)
        address = f"127.0.0.1:{port}"
        chosen = scenarios(data)
        names = list(chosen) if args.scenarios == "all" else args.scenarios.split(",")
        cached_address, cached_server = address, server
        if any(chosen[name].cached for name in names):
            cached_port = free_port()
            cached_server = start_firmflow(
                cached_port, {**env, "FIRMFLOW_RESPONSE_CACHE": "on"}, args.workers
            )
            servers.append(cached_server)
            cached_address = f"127.0.0.1:{cached_port}"
        compared: list[tuple[str, str, subprocess.Popen]] = []
        for commit in args.compare:
            other_port = free_port()
            other = start_firmflow(other_port, env, args.workers, checkout(commit))
            servers.append(other)
            compared.append((commit, f"127.0.0.1:{other_port}", other))
        peer_address = None
        peer: subprocess.Popen | None = None
        if args.peer:
            peer_port = free_port()
            peer = start_postgraphile(peer_port, url)
            servers.append(peer)
            peer_address = f"127.0.0.1:{peer_port}"
        summary: list[str] = []
        async with httpx.AsyncClient(timeout=60) as http:
            await wait_healthy(http, address)
            await wait_healthy(http, cached_address)
            for _commit, other_address, _process in compared:
                await wait_healthy(http, other_address)
            if peer_address:
                await wait_graphql(http, f"http://{peer_address}/graphql")
            for name in names:
                scenario = chosen[name]
                load = scenario.connections or args.connections
                target, target_server = address, server
                if scenario.cached:
                    target, target_server = cached_address, cached_server
                size = await check_answer(
                    http,
                    f"http://{target}/graphql",
                    scenario.query,
                    scenario.variables,
                    scenario.token,
                    scenario.count,
                )
                has_peer = peer_address is not None and scenario.peer_query is not None
                peer_size = 0
                if has_peer:
                    peer_size = await check_answer(
                        http,
                        f"http://{peer_address}/graphql",
                        scenario.peer_query,
                        scenario.peer_variables,
                        None,
                        None,
                    )
                print(
                    f"\n== {name}: {load} connections, {args.seconds} s per run, "
                    f"firmflow --workers {args.workers}; answer {size} bytes"
                    + (f", PostGraphile's {peer_size} bytes" if has_peer else "")
                )
                ratios: list[float] = []
                p99_ratios: list[float] = []
                versus: dict[str, list[float]] = {commit: [] for commit, _a, _p in compared}
                for pair in range(args.pairs):
                    spy = None
                    if args.profile and pair == 0:
                        spy = py_spy(target_server.pid, args.profile)
                    ours = wrk(
                        target,
                        "/graphql",
                        {"query": scenario.query, "variables": scenario.variables},
                        f"Bearer {scenario.token}",
                        load,
                        args.seconds,
                        target_server.pid,
                        database,
                        f"firmflow (workers {args.workers})"
                        + (", cache" if scenario.cached else ""),
                    )
                    if spy:
                        spy.wait()
                        print_profile(spy)
                    print(fmt(ours))
                    for commit, other_address, other in compared:
                        theirs = wrk(
                            other_address,
                            "/graphql",
                            {"query": scenario.query, "variables": scenario.variables},
                            f"Bearer {scenario.token}",
                            load,
                            args.seconds,
                            other.pid,
                            database,
                            f"firmflow {commit}",
                        )
                        print(fmt(theirs))
                        versus[commit].append(ours.rps / theirs.rps)
                        print(f"{'':<28} this code / {commit}: {versus[commit][-1]:.2f}x req/s")
                    if has_peer:
                        theirs = wrk(
                            peer_address,
                            "/graphql",
                            {"query": scenario.peer_query, "variables": scenario.peer_variables},
                            "",
                            load,
                            args.seconds,
                            peer.pid,
                            database,
                            "PostGraphile 4.14",
                        )
                        print(fmt(theirs))
                        ratios.append(ours.rps / theirs.rps)
                        p99_ratios.append(ours.p99 / theirs.p99)
                        print(f"{'':<28} ratio {ratios[-1]:.2f}x req/s, p99 {p99_ratios[-1]:.1f}x")
                    else:
                        ratios.append(ours.rps)
                if has_peer:
                    summary.append(
                        f"{name}: req/s ratio {min(ratios):.2f}-{max(ratios):.2f}x, "
                        f"p99 ratio {min(p99_ratios):.1f}-{max(p99_ratios):.1f}x"
                    )
                else:
                    summary.append(f"{name}: {min(ratios):.0f}-{max(ratios):.0f} req/s")
                for commit, values in versus.items():
                    summary.append(
                        f"{name}: this code / {commit} {min(values):.2f}-{max(values):.2f}x req/s"
                    )
        print("\nsummary:")
        for line in summary:
            print("  " + line)
    finally:
        for process in servers:
            process.terminate()
        for process in servers:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
        await drop_database(url)


if __name__ == "__main__":
    asyncio.run(main())
