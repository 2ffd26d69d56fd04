"""The Dockerfile and compose.yaml cannot be built or run where the tests run (no Docker
daemon), so they are held to what firmflow is: every FIRMFLOW_ variable they set is a
declared setting (so documented: tests/test_settings_documented.py) with a value firmflow
accepts, the ports are the ones `firmflow serve` listens on, the health check asks the
readiness probe the app serves, the container runs as a user other than root, and the
services firmflow is pointed at are the ones compose starts."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml

from firmflow.cli import parser
from firmflow.settings import PROJECT_ROOT, declared_settings, load_settings

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
COMPOSE = PROJECT_ROOT / "compose.yaml"
SERVE_DEFAULTS = parser().parse_args(["serve"])


def instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile: comments dropped, continued lines joined."""
    joined = re.sub(r"\\\n", " ", path.read_text())
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, arguments = line.partition(" ")
            found.append((keyword.upper(), arguments.strip()))
    return found


def arguments_of(keyword: str) -> list[str]:
    return [arguments for name, arguments in instructions(DOCKERFILE) if name == keyword]


def dockerfile_env() -> dict[str, str]:
    env = {}
    for arguments in arguments_of("ENV"):
        for pair in shlex.split(arguments):
            name, _, value = pair.partition("=")
            env[name] = value
    return env


def exec_form(arguments: str) -> list[str]:
    """A JSON-array CMD (exec form: the process gets SIGTERM itself, no shell between)."""
    command = json.loads(arguments)
    assert isinstance(command, list) and all(isinstance(part, str) for part in command)
    return command


def serve_arguments(command: list[str]) -> Any:
    """The command, read by firmflow's own command line parser."""
    assert command[:2] == ["firmflow", "serve"], command
    return parser().parse_args(command[1:])


def firmflow_settings(env: dict[str, str]) -> dict[str, str]:
    settings = {name: value for name, value in env.items() if name.startswith("FIRMFLOW_")}
    assert sorted(settings.keys() - declared_settings().keys()) == []
    load_settings(settings)  # a value firmflow refuses raises SettingsError naming it
    return settings


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def test_the_image_is_a_slim_python_firmflow_supports_and_runs_as_a_user_other_than_root():
    (base,) = arguments_of("FROM")
    image, _, tag = base.partition(":")
    assert image == "python" and tag.endswith("-slim")
    assert tuple(int(part) for part in tag.split("-")[0].split(".")) >= (3, 11)
    keywords = [name for name, _ in instructions(DOCKERFILE)]
    (user,) = arguments_of("USER")
    assert user not in ("root", "0")
    assert keywords.index("USER") < keywords.index("CMD")


def test_the_image_copies_what_exists_and_serves_on_the_default_port():
    for arguments in arguments_of("COPY"):
        *sources, _ = shlex.split(arguments)
        for source in sources:
            assert (PROJECT_ROOT / source).exists(), source
    (command,) = arguments_of("CMD")
    served = serve_arguments(exec_form(command))
    assert served.host == "0.0.0.0"
    assert arguments_of("EXPOSE") == [str(SERVE_DEFAULTS.port)] == [str(served.port)]


def test_the_image_sets_only_declared_settings_with_values_firmflow_accepts():
    settings = firmflow_settings(dockerfile_env())
    assert load_settings(settings).database_url.startswith("sqlite:///data/")
    assert dockerfile_env()["FIRMFLOW_DATA_DIR"] == "/data"


async def test_the_health_check_asks_the_readiness_probe_the_app_serves(http):
    (healthcheck,) = arguments_of("HEALTHCHECK")
    _, _, command = healthcheck.partition(" CMD ")
    (url,) = re.findall(r"http://[^'\" ]+", " ".join(exec_form(command)))
    parsed = urlparse(url)
    assert parsed.path == "/readyz"
    assert parsed.port == SERVE_DEFAULTS.port
    assert (await http.get(parsed.path)).json() == {"status": "ready"}


def test_compose_runs_postgres_redis_a_mail_catcher_and_firmflow_with_two_workers(compose):
    services = compose["services"]
    assert {"postgres", "redis", "mailpit", "firmflow"} <= services.keys()
    firmflow = services["firmflow"]
    assert firmflow["build"] == "."
    served = serve_arguments(firmflow["command"])
    assert served.workers == 2
    assert served.host == "0.0.0.0" and served.port == SERVE_DEFAULTS.port
    assert f"8000:{served.port}" in firmflow["ports"]
    assert set(firmflow["depends_on"]) == {"postgres", "redis", "mailpit"}


def test_compose_points_firmflow_at_its_own_services(compose):
    services = compose["services"]
    settings = firmflow_settings(services["firmflow"]["environment"])
    database = urlparse(settings["FIRMFLOW_DATABASE_URL"])
    postgres = services["postgres"]["environment"]
    assert (database.hostname, database.port) == ("postgres", 5432)
    assert (database.username, database.password, database.path.lstrip("/")) == (
        postgres["POSTGRES_USER"],
        postgres["POSTGRES_PASSWORD"],
        postgres["POSTGRES_DB"],
    )
    assert urlparse(settings["FIRMFLOW_BROADCAST_URL"]).hostname == "redis"
    smtp = urlparse(settings["FIRMFLOW_SMTP_URL"])
    assert (smtp.scheme, smtp.hostname, smtp.port) == ("smtp", "mailpit", 1025)
    public = urlparse(settings["FIRMFLOW_PUBLIC_URL"])
    assert f"{public.port}:{SERVE_DEFAULTS.port}" in services["firmflow"]["ports"]


def test_compose_gives_the_drain_time_to_stop(compose):
    grace = compose["services"]["firmflow"]["stop_grace_period"]
    assert grace.endswith("s") and int(grace[:-1]) > load_settings({}).drain_seconds
