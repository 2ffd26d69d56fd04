"""What a platform team expects at the edges: CORS only for the configured origins, liveness
and readiness probes, and a word about FIRMFLOW_ variables that no part of firmflow reads."""

from __future__ import annotations

import httpx
import pytest

from firmflow.app import create_app
from firmflow.settings import Settings, SettingsError, load_settings, unknown_variables
from tests.support import free_port
from tests.test_cli import cli_env, run  # noqa: F401  (cli_env is a fixture)

APP_ORIGIN = "https://app.example.com"
PREFLIGHT = {
    "Origin": APP_ORIGIN,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


async def _client_of(settings: Settings) -> httpx.AsyncClient:
    app = create_app(settings, manage_database=False)
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver.local"
    )


async def test_a_browser_app_on_a_configured_origin_passes_the_preflight(settings: Settings, app):
    async with await _client_of(settings.with_changes(cors_origins=(APP_ORIGIN,))) as http:
        preflight = await http.options("/graphql", headers=PREFLIGHT)
        answer = await http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"Origin": APP_ORIGIN}
        )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == APP_ORIGIN
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-credentials" not in preflight.headers
    assert answer.json() == {"data": {"__typename": "Query"}}
    assert answer.headers["access-control-allow-origin"] == APP_ORIGIN


async def test_another_origin_gets_no_cors_permission(settings: Settings, app):
    async with await _client_of(settings.with_changes(cors_origins=(APP_ORIGIN,))) as http:
        preflight = await http.options(
            "/graphql", headers={**PREFLIGHT, "Origin": "https://evil.example.net"}
        )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers


async def test_no_origin_is_allowed_by_default(http):
    preflight = await http.options("/graphql", headers=PREFLIGHT)
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize("value", ["*", "https://app.example.com/path", "app.example.com"])
def test_cors_origins_must_be_exact_origins(value: str):
    with pytest.raises(SettingsError, match="FIRMFLOW_CORS_ORIGINS"):
        load_settings({"FIRMFLOW_CORS_ORIGINS": value})


async def test_livez_answers_while_the_process_runs(http):
    response = await http.get("/livez")
    assert response.status_code == 200
    assert response.json() == {"status": "alive"}


async def test_readyz_is_200_with_database_broadcast_and_every_migration_applied(http):
    response = await http.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


async def test_readyz_is_503_while_the_broadcast_backend_is_unreachable(settings: Settings, app):
    broken = settings.with_changes(broadcast_url=f"redis://127.0.0.1:{free_port()}")
    async with await _client_of(broken) as http:
        response = await http.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failing": ["broadcast"]}


def test_a_misspelled_setting_is_named_and_known_ones_are_not():
    env = {"FIRMFLOW_GRAPHIQ": "false", "FIRMFLOW_GRAPHIQL": "true", "FIRMFLOW_PAUSE_AT": "x"}
    assert unknown_variables(env) == ["FIRMFLOW_GRAPHIQ"]


def test_the_command_line_warns_about_a_misspelled_setting(cli_env):  # noqa: F811
    result = run(["schema"], {**cli_env, "FIRMFLOW_MAX_DEPHT": "5"})
    assert result.returncode == 0
    assert "FIRMFLOW_MAX_DEPHT is not a firmflow setting" in result.stderr
    assert "FIRMFLOW_MAX_DEPTH" not in result.stderr
