"""Settings from the environment, validated once at start.

Every variable of RUNNING.md lives here with its default, so a bad value fails loudly at
start with a message naming the variable instead of misbehaving later.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlparse

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value firmflow cannot use."""


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}")


def _int(name: str, raw: str, minimum: int = 0) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {value}")
    return value


def _url(name: str, raw: str, schemes: set[str]) -> str:
    scheme = urlparse(raw).scheme
    if scheme not in schemes:
        allowed = ", ".join(sorted(f"{s}://" for s in schemes))
        raise SettingsError(f"{name} must start with one of {allowed}, not {raw!r}")
    return raw


@dataclass(frozen=True)
class Limits:
    """Abuse limits of DOMAIN.md's Precise rules; settings may change them."""

    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5000
    max_page_size: int = 200
    max_name_length: int = 200
    max_text_length: int = 10_000
    login_failures_per_minute: int = 10
    wrong_tokens_per_minute: int = 10


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite://./firmflow.db"
    broadcast_url: str = "memory://"
    broadcast_channel: str = "firmflow.events"
    secret_key: str = ""
    public_url: str = "http://127.0.0.1:8000"
    smtp_url: str = "console://"
    upload_dir: Path = Path("./data/uploads")
    max_upload_bytes: int = 26_214_400
    graphiql: bool = True
    data_dir: Path = Path("./data")
    token_days: int = 14
    invite_days: int = 7
    link_days: int = 30
    event_retention_days: int = 30
    event_prune_interval_seconds: int = 3600
    subscriber_queue_size: int = 1000
    ws_ping_seconds: int = 20
    reminder_interval_seconds: int = 300
    mail_retry_seconds: int = 30
    limits: Limits = field(default_factory=Limits)

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres", "asyncpg")) else "sqlite"


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read and validate the FIRMFLOW_* environment."""
    env = dict(os.environ if env is None else env)
    get = env.get
    data_dir = Path(get("FIRMFLOW_DATA_DIR", "./data"))
    limits = Limits(
        max_depth=_int("FIRMFLOW_MAX_DEPTH", get("FIRMFLOW_MAX_DEPTH", "12"), 1),
        max_aliases=_int("FIRMFLOW_MAX_ALIASES", get("FIRMFLOW_MAX_ALIASES", "30"), 1),
        max_tokens=_int("FIRMFLOW_MAX_TOKENS", get("FIRMFLOW_MAX_TOKENS", "5000"), 10),
        max_page_size=_int("FIRMFLOW_MAX_PAGE_SIZE", get("FIRMFLOW_MAX_PAGE_SIZE", "200"), 1),
        login_failures_per_minute=_int(
            "FIRMFLOW_LOGIN_FAILURES_PER_MINUTE", get("FIRMFLOW_LOGIN_FAILURES_PER_MINUTE", "10"), 1
        ),
        wrong_tokens_per_minute=_int(
            "FIRMFLOW_WRONG_TOKENS_PER_MINUTE", get("FIRMFLOW_WRONG_TOKENS_PER_MINUTE", "10"), 1
        ),
    )
    settings = Settings(
        database_url=_url(
            "FIRMFLOW_DATABASE_URL",
            get("FIRMFLOW_DATABASE_URL", "sqlite://./firmflow.db"),
            {"sqlite", "postgres", "asyncpg"},
        ),
        broadcast_url=_url(
            "FIRMFLOW_BROADCAST_URL",
            get("FIRMFLOW_BROADCAST_URL", "memory://"),
            {"memory", "redis"},
        ),
        broadcast_channel=get("FIRMFLOW_BROADCAST_CHANNEL", "firmflow.events"),
        secret_key=get("FIRMFLOW_SECRET_KEY", ""),
        public_url=_url(
            "FIRMFLOW_PUBLIC_URL",
            get("FIRMFLOW_PUBLIC_URL", "http://127.0.0.1:8000"),
            {"http", "https"},
        ).rstrip("/"),
        smtp_url=_url(
            "FIRMFLOW_SMTP_URL",
            get("FIRMFLOW_SMTP_URL", "console://"),
            {"console", "smtp", "smtps"},
        ),
        upload_dir=Path(get("FIRMFLOW_UPLOAD_DIR", str(data_dir / "uploads"))),
        max_upload_bytes=_int(
            "FIRMFLOW_MAX_UPLOAD_BYTES", get("FIRMFLOW_MAX_UPLOAD_BYTES", "26214400"), 1
        ),
        graphiql=_bool("FIRMFLOW_GRAPHIQL", get("FIRMFLOW_GRAPHIQL", "true")),
        data_dir=data_dir,
        token_days=_int("FIRMFLOW_TOKEN_DAYS", get("FIRMFLOW_TOKEN_DAYS", "14"), 1),
        link_days=_int("FIRMFLOW_LINK_DAYS", get("FIRMFLOW_LINK_DAYS", "30"), 1),
        event_retention_days=_int(
            "FIRMFLOW_EVENT_RETENTION_DAYS", get("FIRMFLOW_EVENT_RETENTION_DAYS", "30"), 1
        ),
        event_prune_interval_seconds=_int(
            "FIRMFLOW_EVENT_PRUNE_INTERVAL_SECONDS",
            get("FIRMFLOW_EVENT_PRUNE_INTERVAL_SECONDS", "3600"),
            1,
        ),
        subscriber_queue_size=_int(
            "FIRMFLOW_SUBSCRIBER_QUEUE_SIZE", get("FIRMFLOW_SUBSCRIBER_QUEUE_SIZE", "1000"), 1
        ),
        ws_ping_seconds=_int("FIRMFLOW_WS_PING_SECONDS", get("FIRMFLOW_WS_PING_SECONDS", "20"), 1),
        reminder_interval_seconds=_int(
            "FIRMFLOW_REMINDER_INTERVAL_SECONDS",
            get("FIRMFLOW_REMINDER_INTERVAL_SECONDS", "300"),
            1,
        ),
        limits=limits,
    )
    return settings


def ensure_secret_key(settings: Settings) -> Settings:
    """Use FIRMFLOW_SECRET_KEY, or generate one once and keep it in the data folder."""
    if settings.secret_key:
        return settings
    path = settings.data_dir / "secret_key"
    if not path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return settings.with_changes(secret_key=path.read_text().strip())


_current: Settings | None = None


def get_settings() -> Settings:
    """The settings in force for this process (loaded from the environment on first use)."""
    global _current
    if _current is None:
        _current = load_settings()
    return _current


def use_settings(settings: Settings) -> Settings:
    """Make these the settings in force (the app factory and tests call this)."""
    global _current
    _current = settings
    return settings
