"""Settings come from the environment with docs/running.md's defaults; a bad value is refused at
start with a message naming the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from firmflow.settings import SettingsError, ensure_secret_key, load_settings


def test_defaults_are_those_of_running_md():
    settings = load_settings({})
    assert settings.database_url == "sqlite://./firmflow.db"
    assert settings.broadcast_url == "memory://"
    assert settings.public_url == "http://127.0.0.1:8000"
    assert settings.smtp_url == "console://"
    assert settings.upload_dir == Path("data/uploads")
    assert settings.max_upload_bytes == 26_214_400
    assert settings.graphiql is True
    assert settings.token_days == 14
    assert settings.link_days == 30
    limits = settings.limits
    assert (limits.max_depth, limits.max_aliases, limits.max_tokens) == (12, 30, 5000)
    assert (limits.max_page_size, limits.max_name_length, limits.max_text_length) == (
        200,
        200,
        10_000,
    )
    assert limits.login_failures_per_minute == 10


def test_values_are_read_from_the_environment():
    settings = load_settings(
        {
            "FIRMFLOW_DATABASE_URL": "postgres://firmflow@db:5432/firmflow",
            "FIRMFLOW_BROADCAST_URL": "redis://redis:6379",
            "FIRMFLOW_PUBLIC_URL": "https://firmflow.example.com/",
            "FIRMFLOW_SMTP_URL": "smtp://mail:2525",
            "FIRMFLOW_GRAPHIQL": "false",
            "FIRMFLOW_TOKEN_DAYS": "3",
            "FIRMFLOW_MAX_DEPTH": "8",
            "FIRMFLOW_MAX_TEXT_LENGTH": "500",
        }
    )
    assert settings.dialect == "postgres"
    assert settings.public_url == "https://firmflow.example.com"
    assert settings.graphiql is False
    assert settings.token_days == 3
    assert settings.limits.max_depth == 8 and settings.limits.max_text_length == 500


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FIRMFLOW_SMTP_URL", "ftp://x"),
        ("FIRMFLOW_SMTP_URL", "mail.example.com"),
        ("FIRMFLOW_DATABASE_URL", "mysql://db/firmflow"),
        ("FIRMFLOW_BROADCAST_URL", "kafka://k"),
        ("FIRMFLOW_PUBLIC_URL", "firmflow.example.com"),
        ("FIRMFLOW_GRAPHIQL", "maybe"),
        ("FIRMFLOW_MAX_UPLOAD_BYTES", "25MB"),
        ("FIRMFLOW_TOKEN_DAYS", "0"),
        ("FIRMFLOW_MAX_ALIASES", "-1"),
        ("FIRMFLOW_CONNECTION_INIT_WAIT_SECONDS", "soon"),
    ],
)
def test_a_bad_value_is_refused_naming_the_variable(name, value):
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value})


def test_the_secret_key_is_generated_once_and_kept(tmp_path):
    settings = load_settings({"FIRMFLOW_DATA_DIR": str(tmp_path / "data")})
    first = ensure_secret_key(settings)
    second = ensure_secret_key(settings)
    assert len(first.secret_key) >= 40
    assert first.secret_key == second.secret_key
    assert (tmp_path / "data" / "secret_key").stat().st_mode & 0o077 == 0
    given = ensure_secret_key(settings.with_changes(secret_key="from-the-environment"))
    assert given.secret_key == "from-the-environment"
