"""GET /healthz: 200 when the database and the broadcast backend answer, 503 otherwise."""

from __future__ import annotations

import httpx

from firmflow.app import create_app
from firmflow.settings import Settings
from tests.support import free_port


async def test_healthz_is_200_when_database_and_broadcast_answer(http):
    response = await http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_healthz_is_503_when_the_broadcast_backend_is_unreachable(settings: Settings, app):
    broken = create_app(
        settings.with_changes(broadcast_url=f"redis://127.0.0.1:{free_port()}"),
        manage_database=False,
    )
    transport = httpx.ASGITransport(app=broken)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as http:
        response = await http.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failing": ["broadcast"]}
