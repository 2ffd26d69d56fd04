"""Optional OpenTelemetry tracing (firmflow/tracing.py), recorded by the SDK's in-memory
exporter: an HTTP server span, one span per GraphQL operation under it, one per resolver
batch and DataLoader batch, never one per field; and off unless configured."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from firmflow import tracing
from firmflow.app import create_app
from firmflow.settings import SettingsError, load_settings
from tests.support import make_firm

NESTED = """query Accounts {
  clientAccounts { name team { name } contacts { name } }
}"""


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    tracing.setup_tracing(exporter)
    try:
        yield exporter
    finally:
        tracing.stop_tracing()


@pytest.fixture
async def traced_http(spans: Any, app: Any, base_settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """An app built while tracing is on (its ASGI server spans), on the suite's database
    (the session's `app` keeps running the hub and timers)."""
    traced = create_app(base_settings.with_changes(otel=True), manage_database=False)
    transport = httpx.ASGITransport(app=traced, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as client:
        yield client


async def test_an_operation_is_one_span_under_its_http_span_with_one_span_per_batch(
    traced_http, spans
):
    world = await make_firm(accounts=("alpha", "beta", "gamma"))
    spans.clear()
    answer = await traced_http.post(
        "/graphql",
        json={"query": NESTED},
        headers={"Authorization": f"Bearer {world.owner.token}", "X-Request-ID": "traced-1"},
    )
    assert len(answer.json()["data"]["clientAccounts"]) == 3
    finished = {span.name: span for span in spans.get_finished_spans()}
    operation = finished["query Accounts"]
    assert operation.attributes["graphql.operation.name"] == "Accounts"
    assert operation.attributes["firmflow.request_id"] == "traced-1"
    server = next(s for s in finished.values() if s.name.startswith("POST"))
    assert operation.parent is not None and operation.parent.span_id == server.context.span_id
    batches = [s for s in spans.get_finished_spans() if s.name.startswith(("batch", "dataloader"))]
    names = sorted(s.name for s in batches)
    # Three accounts: one batch for all their teams and one DataLoader batch for all
    # their contacts (the shadow check in tests runs the generic path once more).
    assert "batch ClientAccount.team" in names
    assert "dataloader identity.contacts" in names
    team = next(s for s in batches if s.name == "batch ClientAccount.team")
    assert team.attributes["firmflow.batch.size"] == 3
    assert all(s.parent is not None for s in batches)
    assert len(spans.get_finished_spans()) < 20  # spans per batch, never per field


def test_without_tracing_nothing_is_wrapped_or_started():
    """Off, a DataLoader gets its load function itself and an operation the one shared
    no-op context: nothing of OpenTelemetry runs per request, batch or field."""
    from firmflow.context import Context

    assert not tracing.enabled()

    async def load(keys: list[int]) -> list[int]:
        return keys

    assert Context().loader("numbers", load).load_fn is load
    assert tracing.operation_span("query", "A") is tracing.operation_span("query", "B")


def test_tracing_is_off_unless_configured():
    assert load_settings({}).otel is False
    assert load_settings({"FIRMFLOW_OTEL": "true"}).otel is True
    assert load_settings({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}).otel is True
    off = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "FIRMFLOW_OTEL": "false"}
    assert load_settings(off).otel is False
    with pytest.raises(SettingsError, match="FIRMFLOW_OTEL"):
        load_settings({"FIRMFLOW_OTEL": "maybe"})
