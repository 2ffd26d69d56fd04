"""Settings from the environment, validated once at start.

Every variable of docs/running.md lives here with its default, so a bad value fails loudly at
start with a message naming the variable instead of misbehaving later.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
from collections.abc import MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
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


def _number(name: str, raw: str, minimum: float, kind: type[int] | type[float] = int) -> Any:
    try:
        value = kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name} must be {what}, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {value}")
    return value


def _url(name: str, raw: str, schemes: set[str]) -> str:
    scheme = urlparse(raw).scheme
    if scheme not in schemes or "://" not in raw:
        allowed = ", ".join(sorted(f"{s}://" for s in schemes))
        raise SettingsError(f"{name} must start with one of {allowed}, not {raw!r}")
    return raw


@dataclass(frozen=True)
class Limits:
    """Abuse limits of docs/domain.md's Precise rules; settings may change them."""

    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5000
    max_page_size: int = 200
    max_name_length: int = 200
    max_text_length: int = 10_000
    # Sign-in failures a minute per (address, e-mail); per address across e-mails; per
    # e-mail from all addresses together (a high ceiling; 0 turns it off).
    login_failures_per_minute: int = 10
    login_failures_per_address_per_minute: int = 30
    login_failures_per_email_per_minute: int = 100
    wrong_tokens_per_minute: int = 10
    # A document whose cost (schema/limits.py: a list multiplies its children by its page
    # size, or by `list_cost_estimate` when it has none) exceeds this is refused.
    max_query_cost: int = 50_000
    list_cost_estimate: int = 10
    # A query or mutation still running after this is answered with TIMEOUT.
    query_timeout_seconds: float = 10.0
    # JSON (non-multipart) request bodies; multipart uploads have FIRMFLOW_MAX_UPLOAD_BYTES.
    max_body_bytes: int = 1_048_576
    # Open websockets per sign-in token and per client address (uninitialised ones count
    # for the address), and operations at once per websocket; per server process.
    max_sockets_per_token: int = 10
    max_sockets_per_address: int = 50
    max_subscriptions_per_socket: int = 25
    # requestPasswordReset calls a minute per address (RATE_LIMITED beyond), and reset
    # e-mails a minute per e-mail address (beyond: still true, no e-mail).
    password_reset_requests_per_minute: int = 10
    password_reset_mails_per_minute: int = 3


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
    password_reset_minutes: int = 60
    link_days: int = 30
    event_retention_days: int = 30
    # Audit entries older than this are pruned by the same timer as events.
    audit_retention_days: int = 365
    event_prune_interval_seconds: int = 3600
    # How often each process's hub checks the firms' event counters for events its broadcast
    # subscription missed (a safety net: it also checks at once when Redis comes back).
    event_catch_up_seconds: int = 10
    # Holds a 10,000-job bulk edit's burst (references to shared events: ~80 KB at most).
    subscriber_queue_size: int = 10_000
    ws_ping_seconds: int = 20
    reminder_interval_seconds: int = 300
    mail_retry_seconds: int = 30
    # argon2 costs: the defaults are argon2-cffi's (RFC 9106 low-memory profile); tests
    # lower them so a suite that creates hundreds of users stays fast.
    password_time_cost: int = 3
    password_memory_kib: int = 65536
    # graphql-transport-ws: a socket that sends no connection_init in time is closed (4408).
    connection_init_wait_seconds: float = 60.0
    # Peers whose X-Forwarded-For is believed (addresses or networks); none by default.
    trusted_proxies: tuple[str, ...] = ()
    # Who may introspect the schema (and see "Did you mean" hints): all, staff or off.
    introspection: str = "staff"
    # Browser origins (exact `scheme://host[:port]`) allowed to call the API cross-origin;
    # none by default, never `*` (CORS, firmflow/app.py).
    cors_origins: tuple[str, ...] = ()
    # Webhooks (resolvers/webhook_delivery.py): outbound requests to loopback, private,
    # link-local and other non-global addresses are refused unless this is set.
    webhook_allow_private: bool = False
    # Connect and read timeouts of one delivery, and how much of a response is read.
    webhook_timeout_seconds: float = 10.0
    webhook_max_response_bytes: int = 65_536
    # A failed delivery is retried after `first`, then twice as long each time (at most
    # `max` between two attempts); after `give_up` the endpoint is marked failing.
    webhook_retry_first_seconds: float = 5.0
    webhook_retry_max_seconds: float = 21_600.0
    webhook_give_up_seconds: float = 259_200.0
    # How often each process looks for endpoints with work it was not woken for (events of
    # other processes arrive by broadcast; this is the safety net).
    webhook_poll_seconds: float = 5.0
    # After a rotation the old secret still signs (beside the new one) this long.
    webhook_secret_grace_seconds: int = 86_400
    limits: Limits = field(default_factory=Limits)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres", "asyncpg")) else "sqlite"


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read and validate the FIRMFLOW_* environment; a bad value raises SettingsError
    naming the variable."""
    if not isinstance(env, _ReadVariables):
        env = dict(os.environ if env is None else env)

    def integer(name: str, default: int, minimum: int = 1) -> int:
        return _number(f"FIRMFLOW_{name}", env.get(f"FIRMFLOW_{name}", str(default)), minimum)

    def seconds(name: str, default: float) -> float:
        raw = env.get(f"FIRMFLOW_{name}", str(default))
        return float(_number(f"FIRMFLOW_{name}", raw, 0.001, float))

    def url(name: str, default: str, schemes: set[str]) -> str:
        return _url(f"FIRMFLOW_{name}", env.get(f"FIRMFLOW_{name}", default), schemes)

    defaults = Limits()
    limits = Limits(
        max_depth=integer("MAX_DEPTH", defaults.max_depth),
        max_aliases=integer("MAX_ALIASES", defaults.max_aliases),
        max_tokens=integer("MAX_TOKENS", defaults.max_tokens, 10),
        max_page_size=integer("MAX_PAGE_SIZE", defaults.max_page_size),
        max_name_length=integer("MAX_NAME_LENGTH", defaults.max_name_length),
        max_text_length=integer("MAX_TEXT_LENGTH", defaults.max_text_length),
        login_failures_per_minute=integer(
            "LOGIN_FAILURES_PER_MINUTE", defaults.login_failures_per_minute
        ),
        login_failures_per_address_per_minute=integer(
            "LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE",
            defaults.login_failures_per_address_per_minute,
        ),
        login_failures_per_email_per_minute=integer(
            "LOGIN_FAILURES_PER_EMAIL_PER_MINUTE", defaults.login_failures_per_email_per_minute, 0
        ),
        wrong_tokens_per_minute=integer(
            "WRONG_TOKENS_PER_MINUTE", defaults.wrong_tokens_per_minute
        ),
        max_query_cost=integer("MAX_QUERY_COST", defaults.max_query_cost),
        list_cost_estimate=integer("LIST_COST_ESTIMATE", defaults.list_cost_estimate),
        query_timeout_seconds=_number(
            "FIRMFLOW_QUERY_TIMEOUT_SECONDS",
            env.get("FIRMFLOW_QUERY_TIMEOUT_SECONDS", str(defaults.query_timeout_seconds)),
            0.001,
            float,
        ),
        max_body_bytes=integer("MAX_BODY_BYTES", defaults.max_body_bytes, 1024),
        max_sockets_per_token=integer("MAX_SOCKETS_PER_TOKEN", defaults.max_sockets_per_token),
        max_sockets_per_address=integer(
            "MAX_SOCKETS_PER_ADDRESS", defaults.max_sockets_per_address
        ),
        max_subscriptions_per_socket=integer(
            "MAX_SUBSCRIPTIONS_PER_SOCKET", defaults.max_subscriptions_per_socket
        ),
        password_reset_requests_per_minute=integer(
            "PASSWORD_RESET_REQUESTS_PER_MINUTE", defaults.password_reset_requests_per_minute
        ),
        password_reset_mails_per_minute=integer(
            "PASSWORD_RESET_MAILS_PER_MINUTE", defaults.password_reset_mails_per_minute
        ),
    )
    data_dir = Path(env.get("FIRMFLOW_DATA_DIR", "./data"))
    base = Settings()
    return Settings(
        database_url=url("DATABASE_URL", base.database_url, {"sqlite", "postgres", "asyncpg"}),
        broadcast_url=url("BROADCAST_URL", base.broadcast_url, {"memory", "redis", "rediss"}),
        broadcast_channel=env.get("FIRMFLOW_BROADCAST_CHANNEL", base.broadcast_channel),
        secret_key=env.get("FIRMFLOW_SECRET_KEY", ""),
        public_url=url("PUBLIC_URL", base.public_url, {"http", "https"}).rstrip("/"),
        smtp_url=url("SMTP_URL", base.smtp_url, {"console", "smtp", "smtps"}),
        upload_dir=Path(env.get("FIRMFLOW_UPLOAD_DIR", str(data_dir / "uploads"))),
        max_upload_bytes=integer("MAX_UPLOAD_BYTES", base.max_upload_bytes),
        graphiql=_bool("FIRMFLOW_GRAPHIQL", env.get("FIRMFLOW_GRAPHIQL", "true")),
        data_dir=data_dir,
        token_days=integer("TOKEN_DAYS", base.token_days),
        invite_days=integer("INVITE_DAYS", base.invite_days),
        password_reset_minutes=integer("PASSWORD_RESET_MINUTES", base.password_reset_minutes),
        link_days=integer("LINK_DAYS", base.link_days),
        event_retention_days=integer("EVENT_RETENTION_DAYS", base.event_retention_days),
        audit_retention_days=integer("AUDIT_RETENTION_DAYS", base.audit_retention_days),
        reminder_interval_seconds=integer(
            "REMINDER_INTERVAL_SECONDS", base.reminder_interval_seconds
        ),
        mail_retry_seconds=integer("MAIL_RETRY_SECONDS", base.mail_retry_seconds),
        event_prune_interval_seconds=integer(
            "EVENT_PRUNE_INTERVAL_SECONDS", base.event_prune_interval_seconds
        ),
        event_catch_up_seconds=integer("EVENT_CATCH_UP_SECONDS", base.event_catch_up_seconds),
        subscriber_queue_size=integer("SUBSCRIBER_QUEUE_SIZE", base.subscriber_queue_size),
        ws_ping_seconds=integer("WS_PING_SECONDS", base.ws_ping_seconds),
        password_time_cost=integer("PASSWORD_TIME_COST", base.password_time_cost),
        password_memory_kib=integer("PASSWORD_MEMORY_KIB", base.password_memory_kib, 64),
        connection_init_wait_seconds=_number(
            "FIRMFLOW_CONNECTION_INIT_WAIT_SECONDS",
            env.get(
                "FIRMFLOW_CONNECTION_INIT_WAIT_SECONDS", str(base.connection_init_wait_seconds)
            ),
            0.1,
            float,
        ),
        trusted_proxies=_proxies(env.get("FIRMFLOW_TRUSTED_PROXIES", "")),
        cors_origins=_origins(env.get("FIRMFLOW_CORS_ORIGINS", "")),
        introspection=_choice(
            "FIRMFLOW_INTROSPECTION",
            env.get("FIRMFLOW_INTROSPECTION", base.introspection),
            ("all", "staff", "off"),
        ),
        webhook_allow_private=_bool(
            "FIRMFLOW_WEBHOOK_ALLOW_PRIVATE", env.get("FIRMFLOW_WEBHOOK_ALLOW_PRIVATE", "false")
        ),
        webhook_timeout_seconds=seconds("WEBHOOK_TIMEOUT_SECONDS", base.webhook_timeout_seconds),
        webhook_max_response_bytes=integer(
            "WEBHOOK_MAX_RESPONSE_BYTES", base.webhook_max_response_bytes
        ),
        webhook_retry_first_seconds=seconds(
            "WEBHOOK_RETRY_FIRST_SECONDS", base.webhook_retry_first_seconds
        ),
        webhook_retry_max_seconds=seconds(
            "WEBHOOK_RETRY_MAX_SECONDS", base.webhook_retry_max_seconds
        ),
        webhook_give_up_seconds=seconds("WEBHOOK_GIVE_UP_SECONDS", base.webhook_give_up_seconds),
        webhook_poll_seconds=seconds("WEBHOOK_POLL_SECONDS", base.webhook_poll_seconds),
        webhook_secret_grace_seconds=integer(
            "WEBHOOK_SECRET_GRACE_SECONDS", base.webhook_secret_grace_seconds, 0
        ),
        limits=limits,
    )


def _origins(raw: str) -> tuple[str, ...]:
    """FIRMFLOW_CORS_ORIGINS: comma-separated exact origins such as https://app.example.com;
    `*` is refused (a bearer-token API open to every site is a choice nobody should make by
    accident)."""
    origins = tuple(item.strip().rstrip("/") for item in raw.split(",") if item.strip())
    for origin in origins:
        parsed = urlparse(origin)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname or parsed.path:
            raise SettingsError(
                "FIRMFLOW_CORS_ORIGINS must list exact origins like https://app.example.com,"
                f" not {origin!r}"
            )
    return origins


# FIRMFLOW_ variables read outside load_settings: the CLI, the test suite, the benchmarks and
# the cross-process test hook (firmflow/pause.py).
_READ_ELSEWHERE = frozenset(
    {
        "FIRMFLOW_OWNER_PASSWORD",
        "FIRMFLOW_PAUSE_AT",
        "FIRMFLOW_PAUSE_DIR",
        "FIRMFLOW_PAUSE_SECONDS",
        "FIRMFLOW_CHROMIUM",
        "FIRMFLOW_TEST_DATABASE_URL",
        "FIRMFLOW_TEST_BROADCAST_URL",
        "FIRMFLOW_REQUIRE_BROWSER",
        "FIRMFLOW_SCREENSHOT_DIR",
        "FIRMFLOW_BENCH_DATABASE_URL",
    }
)


class _ReadVariables(dict[str, str]):
    """The environment, remembering which variables load_settings asked for."""

    def __init__(self, env: dict[str, str]) -> None:
        super().__init__(env)
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)


def unknown_variables(env: dict[str, str] | None = None) -> list[str]:
    """FIRMFLOW_ variables that no part of firmflow reads: most likely misspelled settings,
    which would otherwise be ignored without a word."""
    recording = _ReadVariables(dict(os.environ if env is None else env))
    with contextlib.suppress(SettingsError):
        load_settings(recording)
    return sorted(
        name
        for name in recording
        if name.startswith("FIRMFLOW_") and name not in recording.asked | _READ_ELSEWHERE
    )


def _proxies(raw: str) -> tuple[str, ...]:
    """FIRMFLOW_TRUSTED_PROXIES: comma-separated addresses or networks (CIDR)."""
    proxies = tuple(item.strip() for item in raw.split(",") if item.strip())
    for item in proxies:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise SettingsError(
                f"FIRMFLOW_TRUSTED_PROXIES must list IP addresses or networks, not {item!r}"
            ) from None
    return proxies


def _choice(name: str, raw: str, choices: tuple[str, ...]) -> str:
    value = raw.strip().lower()
    if value not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return value


def served_public_url(host: str, port: int) -> str:
    """The base of e-mailed links and file URLs when FIRMFLOW_PUBLIC_URL is unset: the host
    and port being served (a wildcard address becomes the loopback one, as a browser on
    this machine reaches it)."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def follow_served_address(env: MutableMapping[str, str], host: str, port: int) -> None:
    """`firmflow serve`: an explicit FIRMFLOW_PUBLIC_URL wins; otherwise links follow the
    served host and port (set in the environment, so every worker process reads it)."""
    if not env.get("FIRMFLOW_PUBLIC_URL"):
        env["FIRMFLOW_PUBLIC_URL"] = served_public_url(host, port)


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
