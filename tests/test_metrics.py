"""The metrics of firmflow/metrics.py as the running app records them (in-process, one
process: the client's default registry); tests/test_observability_served.py scrapes a real
two-worker server."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from prometheus_client import REGISTRY

from firmflow import metrics
from firmflow.settings import get_settings, use_settings
from resolvers.outbox import deliver_due_mail, queue_mail
from resolvers.reminders import run_due_reminders
from resolvers.uow import atomic
from schema import responses
from subscriptions.broadcast import published
from tests.support import free_port, make_firm
from tests.support_realtime import JOB_EVENTS, WsClient, make_job, record_job_status

TOKEN = "in-process-metrics-token-0123456789"


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def scrape(http: Any, token: str | None = TOKEN) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await http.get("/metrics", headers=headers)


async def test_metrics_are_off_without_a_token(http):
    assert (await scrape(http)).status_code == 404
    assert (await scrape(http, None)).status_code == 404


async def test_with_a_token_only_its_bearer_reads_the_metrics(http, settings):
    use_settings(settings.with_changes(metrics_token=TOKEN))
    refused = await scrape(http, None)
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert (await scrape(http, TOKEN[:-1] + "x")).status_code == 401
    assert (await scrape(http)).status_code == 200


async def test_each_operation_is_counted_by_name_and_its_errors_by_code(gql):
    labels = {"operation": "WhoAmI", "type": "query", "transport": "http"}
    before = value("firmflow_graphql_operations_total", **labels)
    errors = value("firmflow_graphql_errors_total", code="UNAUTHENTICATED")
    timed = value("firmflow_graphql_operation_seconds_count", **labels)
    result = await gql("query WhoAmI { viewer { __typename } }")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert value("firmflow_graphql_operations_total", **labels) == before + 1
    assert value("firmflow_graphql_operation_seconds_count", **labels) == timed + 1
    assert value("firmflow_graphql_errors_total", code="UNAUTHENTICATED") == errors + 1


def test_operation_names_cannot_grow_the_metrics_without_bound(monkeypatch):
    assert metrics.operation_label(None) == "anonymous"
    assert metrics.operation_label("has spaces") == "other"
    assert metrics.operation_label("x" * 65) == "other"
    assert metrics.operation_label("KnownBefore") == "KnownBefore"
    monkeypatch.setattr(metrics, "MAX_OPERATION_NAMES", len(metrics._seen_names))
    assert metrics.operation_label("OneTooMany") == "other"
    assert metrics.operation_label("KnownBefore") == "KnownBefore"


async def test_an_event_is_counted_published_delivered_and_its_fan_out_timed(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    sockets = value("firmflow_websockets_open")
    client = await WsClient.connect(live_server, token=world.owner.token)
    assert value("firmflow_websockets_open") == sockets + 1
    open_jobs = value("firmflow_subscriptions_open", topic="job")
    await client.subscribe(JOB_EVENTS)
    assert value("firmflow_subscriptions_open", topic="job") == open_jobs + 1
    counts = [
        value("firmflow_events_published_total"),
        value("firmflow_events_delivered_total"),
        value("firmflow_event_fanout_seconds_count"),
    ]
    await record_job_status(job, visible=True, status="In review")
    await client.next_data("jobStatusEvents")
    await published()
    assert [
        value("firmflow_events_published_total"),
        value("firmflow_events_delivered_total"),
        value("firmflow_event_fanout_seconds_count"),
    ] == [counts[0] + 1, counts[1] + 1, counts[2] + 1]
    await client.close()
    deadline = time.monotonic() + 10
    while value("firmflow_websockets_open") != sockets or (
        value("firmflow_subscriptions_open", topic="job") != open_jobs
    ):
        assert time.monotonic() < deadline, "the closed socket is still counted"
        await asyncio.sleep(0.05)


async def until(check: Any, seconds: float = 10) -> None:
    """The app's own sender loop may be the one that sends (or fails): wait for it."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)


async def test_mail_sent_and_failing_and_the_outbox_backlog_are_reported(http, mailbox):
    use_settings(get_settings().with_changes(metrics_token=TOKEN))
    sent = value("firmflow_mail_sent_total")
    failed = value("firmflow_mail_delivery_failures_total")
    async with atomic():
        await queue_mail(to="ok@client.test", subject="One", body="Body", firm_id=None)
    await deliver_due_mail()
    await until(lambda: value("firmflow_mail_sent_total") == sent + 1)
    nowhere = f"smtp://127.0.0.1:{free_port()}"
    use_settings(get_settings().with_changes(smtp_url=nowhere))
    async with atomic():
        await queue_mail(to="later@client.test", subject="Two", body="Body", firm_id=None)
    await deliver_due_mail()
    await until(lambda: value("firmflow_mail_delivery_failures_total") == failed + 1)
    assert value("firmflow_mail_sent_total") == sent + 1
    page = (await scrape(http)).text
    assert "firmflow_outbox_backlog 1.0" in page
    assert "firmflow_outbox_failing 1.0" in page
    if get_settings().dialect == "postgres":  # asyncpg's pool (SQLite has none)
        assert (sample := re.search(r"^firmflow_db_pool_connections_max (\S+)$", page, re.M))
        assert float(sample.group(1)) >= 1


async def test_a_reminder_round_is_counted(settings):
    runs = value("firmflow_reminder_runs_total", outcome="ok")
    await run_due_reminders()
    assert value("firmflow_reminder_runs_total", outcome="ok") == runs + 1


async def test_an_answer_from_the_response_cache_is_counted_too(gql):
    world = await make_firm()
    labels = {"operation": "CachedFirm", "type": "query", "transport": "http"}
    before = value("firmflow_graphql_operations_total", **labels)
    hits = sum(cache.hits for cache in responses._caches)
    reads = 0
    while sum(cache.hits for cache in responses._caches) == hits:  # until one is kept
        assert reads < 20, "the response cache never answered"
        result = await gql("query CachedFirm { firm { name } }", token=world.owner.token)
        assert result["data"]["firm"]["name"] == "Acme Tax"
        reads += 1
        await asyncio.sleep(0.05)
    assert reads >= 2
    assert value("firmflow_graphql_operations_total", **labels) == before + reads
