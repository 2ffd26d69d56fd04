"""Prometheus metrics: the official client, served on GET /metrics behind a bearer token.

- FIRMFLOW_METRICS_TOKEN unset: /metrics is off and answers 404 (as any unknown path), so
  nothing is exposed by accident. Set: /metrics answers 401 without
  `Authorization: Bearer <token>`, the metrics with it.
- `firmflow serve --workers N` (N > 1) runs the client's multiprocess mode: every worker
  writes its samples into a directory (PROMETHEUS_MULTIPROC_DIR; `firmflow serve` makes a
  fresh one and removes it at exit, or empties the one an operator names), and whichever
  worker answers a scrape reports the sum of all of them. Scraping each process on its
  own is not possible: the workers share one port, and a scrape reaches one at random.
- Cheap on the request path: an operation costs one counter and one histogram update
  (plus one counter per error); events are counted per event, not per subscriber.
  Values that live in the database (the outbox) or in a pool are read when scraped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import os
import re
from pathlib import Path
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from firmflow.settings import get_settings

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
# The `_created` series (one timestamp per counter and label set) double the page for
# nothing a dashboard uses.
disable_created_metrics()

# Operation names are the caller's words: a plain name is a label until this many distinct
# names were seen by a process; after that (and for odd names) the label is "other", so a
# caller sending endless new names cannot grow the metrics without bound.
MAX_OPERATION_NAMES = 200
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_seen_names: set[str] = set()

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

OPERATIONS = Counter(
    "firmflow_graphql_operations",
    "GraphQL operations answered (HTTP) or ended (websocket), by operation name and type",
    ["operation", "type", "transport"],
)
OPERATION_SECONDS = Histogram(
    "firmflow_graphql_operation_seconds",
    "Time to answer a GraphQL query or mutation, by operation name and type",
    ["operation", "type", "transport"],
    buckets=LATENCY_BUCKETS,
)
ERRORS = Counter("firmflow_graphql_errors", "GraphQL errors answered, by extensions.code", ["code"])
WEBSOCKETS_OPEN = Gauge(
    "firmflow_websockets_open", "Open GraphQL websockets", multiprocess_mode="livesum"
)
SUBSCRIPTIONS_OPEN = Gauge(
    "firmflow_subscriptions_open",
    "Live subscriptions registered with the event hub, by event topic",
    ["topic"],
    multiprocess_mode="livesum",
)
EVENTS_PUBLISHED = Counter(
    "firmflow_events_published", "Committed events published on the broadcast channel"
)
EVENT_PUBLISH_FAILURES = Counter(
    "firmflow_event_publish_failures",
    "Broadcast messages that could not be published (subscribers replay them from the store)",
)
EVENTS_DELIVERED = Counter(
    "firmflow_events_delivered", "Events queued for subscribers (one per subscriber)"
)
SUBSCRIBERS_DROPPED = Counter(
    "firmflow_subscribers_dropped", "Subscribers dropped for falling behind (they resume)"
)
FANOUT_SECONDS = Histogram(
    "firmflow_event_fanout_seconds",
    "From an event's commit to its hand-over to this process's subscribers",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0),
)
REMINDER_RUNS = Counter(
    "firmflow_reminder_runs", "Reminder rounds run, by outcome (ok, failed)", ["outcome"]
)
REMINDERS_SENT = Counter("firmflow_reminders_sent", "Reminders sent by reminder rounds")
MAIL_SENT = Counter("firmflow_mail_sent", "E-mails delivered to the mail transport")
MAIL_FAILURES = Counter(
    "firmflow_mail_delivery_failures", "E-mail delivery attempts that failed (retried later)"
)
OUTBOX_BACKLOG = Gauge(
    "firmflow_outbox_backlog",
    "Unsent e-mails in the outbox (read from the database when scraped)",
    multiprocess_mode="livemostrecent",
)
OUTBOX_FAILING = Gauge(
    "firmflow_outbox_failing",
    "Unsent e-mails whose delivery failed at least once (read when scraped)",
    multiprocess_mode="livemostrecent",
)
POOL_SIZE = Gauge(
    "firmflow_db_pool_connections",
    "Database pool connections open (PostgreSQL; all workers)",
    multiprocess_mode="livesum",
)
POOL_IN_USE = Gauge(
    "firmflow_db_pool_connections_in_use",
    "Database pool connections in use (PostgreSQL; all workers)",
    multiprocess_mode="livesum",
)
POOL_MAX = Gauge(
    "firmflow_db_pool_connections_max",
    "Database pool size limit (PostgreSQL; all workers)",
    multiprocess_mode="livesum",
)
POOL_SAMPLE_SECONDS = 10.0


def operation_label(name: str | None) -> str:
    """The metric label of an operation name (see MAX_OPERATION_NAMES)."""
    if not name:
        return "anonymous"
    if name in _seen_names:
        return name
    if len(_seen_names) >= MAX_OPERATION_NAMES or not _NAME.fullmatch(name):
        return "other"
    _seen_names.add(name)
    return name


def multiprocess_mode() -> bool:
    return bool(os.environ.get(MULTIPROCESS_DIR))


def prepare_multiprocess_dir(path: Path) -> None:
    """An empty directory for the workers' samples (stale files of an earlier run would be
    summed in)."""
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink()


def process_ended() -> None:
    """This worker's live gauges stop counting (multiprocess mode; at shutdown)."""
    if multiprocess_mode():
        with contextlib.suppress(Exception):
            multiprocess.mark_process_dead(os.getpid())


def sample_pool() -> None:
    """This process's database pool (asyncpg's; SQLite has none) into the pool gauges."""
    from tortoise import connections

    try:
        pool: Any = getattr(connections.get("default"), "_pool", None)
    except Exception:
        return
    if pool is None or not hasattr(pool, "get_idle_size"):
        return
    size = pool.get_size()
    POOL_SIZE.set(size)
    POOL_IN_USE.set(size - pool.get_idle_size())
    POOL_MAX.set(pool.get_max_size())


async def run_pool_sampler(stop: asyncio.Event) -> None:
    """Every worker refreshes its pool gauges now and then (a scrape reads all workers')."""
    while not stop.is_set():
        sample_pool()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=POOL_SAMPLE_SECONDS)


async def _sample_outbox() -> None:
    from models import OutboxMail

    try:
        unsent = OutboxMail.filter(sent_at__isnull=True)
        OUTBOX_BACKLOG.set(await unsent.count())
        OUTBOX_FAILING.set(await unsent.filter(attempts__gt=0).count())
    except Exception:  # the database is down: the scrape still answers, with older values
        return


def _registry() -> CollectorRegistry:
    if not multiprocess_mode():
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry


def authorized(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


async def metrics_endpoint(request: Request) -> Response:
    """GET /metrics (see the module's docstring for who may read it)."""
    token = get_settings().metrics_token
    if not token:
        return PlainTextResponse("Not Found", status_code=404)
    if not authorized(request, token):
        return PlainTextResponse(
            "Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"}
        )
    await _sample_outbox()
    sample_pool()
    body = await asyncio.to_thread(generate_latest, _registry())
    return Response(body, media_type=CONTENT_TYPE_LATEST)
