"""Settings from the environment, validated once at start.

Every variable of docs/running.md lives here with its default, so a bad value fails loudly at
start with a message naming the variable instead of misbehaving later.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import secrets
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOG_FORMATS = ("text", "json")


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


def _choice(name: str, raw: str, choices: tuple[str, ...]) -> str:
    value = raw.strip().lower()
    if value not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return value


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


# One declaration per setting: a field of Limits or Settings whose default is made by one of
# these helpers. Its variable is FIRMFLOW_ and the field's name in capitals; the helper says
# how that variable's text becomes the value (and refuses a bad one, naming the variable).
# A field without a helper is not read from the environment (`limits` only).
Parse = Callable[[str, str], Any]


def _setting(default: Any, parse: Parse) -> Any:
    return field(default=default, metadata={"parse": parse})


def whole(default: int, minimum: int = 1) -> Any:
    """A whole number, at least `minimum`."""
    return _setting(default, lambda name, raw: _number(name, raw, minimum))


def seconds(default: float, minimum: float) -> Any:
    """A number of seconds (fractions allowed), at least `minimum`."""
    return _setting(default, lambda name, raw: _number(name, raw, minimum, float))


def flag(default: bool) -> Any:
    """true/false (also 1/0, yes/no, on/off)."""
    return _setting(default, _bool)


def text(default: str) -> Any:
    """Any text, taken as it is."""
    return _setting(default, lambda name, raw: raw)


def folder(default: Path) -> Any:
    return _setting(default, lambda name, raw: Path(raw))


def url(default: str, *schemes: str) -> Any:
    """A URL whose scheme is one of `schemes`."""
    return _setting(default, lambda name, raw: _url(name, raw, set(schemes)))


def base_url(default: str) -> Any:
    """An http(s) URL that links are made under (a trailing slash is dropped)."""
    return _setting(default, lambda name, raw: _url(name, raw, {"http", "https"}).rstrip("/"))


def choice(default: str, *choices: str) -> Any:
    return _setting(default, lambda name, raw: _choice(name, raw, choices))


def listing(parse: Callable[[str], tuple[str, ...]]) -> Any:
    """A comma-separated list, none by default, each item checked by `parse`."""
    return _setting((), lambda name, raw: parse(raw))


@dataclass(frozen=True)
class Limits:
    """Abuse limits of docs/domain.md's Precise rules; settings may change them."""

    max_depth: int = whole(12)
    max_aliases: int = whole(30)
    max_tokens: int = whole(5000, minimum=10)
    max_page_size: int = whole(200)
    max_name_length: int = whole(200)
    max_text_length: int = whole(10_000)
    # Sign-in failures a minute per (address, e-mail); per address across e-mails; per
    # e-mail from all addresses together (a high ceiling; 0 turns it off).
    login_failures_per_minute: int = whole(10)
    login_failures_per_address_per_minute: int = whole(30)
    login_failures_per_email_per_minute: int = whole(100, minimum=0)
    wrong_tokens_per_minute: int = whole(10)
    # A document whose cost (schema/limits.py: a list multiplies its children by its page
    # size, or by `list_cost_estimate` when it has none) exceeds this is refused.
    max_query_cost: int = whole(50_000)
    list_cost_estimate: int = whole(10)
    # A query or mutation still running after this is answered with TIMEOUT.
    query_timeout_seconds: float = seconds(10.0, minimum=0.001)
    # JSON (non-multipart) request bodies; multipart uploads have FIRMFLOW_MAX_UPLOAD_BYTES.
    max_body_bytes: int = whole(1_048_576, minimum=1024)
    # Open websockets per sign-in token and per client address (uninitialised ones count
    # for the address), and operations at once per websocket; per server process.
    max_sockets_per_token: int = whole(10)
    max_sockets_per_address: int = whole(50)
    max_subscriptions_per_socket: int = whole(25)
    # requestPasswordReset calls a minute per address (RATE_LIMITED beyond), and reset
    # e-mails a minute per e-mail address (beyond: still true, no e-mail).
    password_reset_requests_per_minute: int = whole(10)
    password_reset_mails_per_minute: int = whole(3)


@dataclass(frozen=True)
class Settings:
    database_url: str = url("sqlite://./firmflow.db", "sqlite", "postgres", "asyncpg")
    broadcast_url: str = url("memory://", "memory", "redis", "rediss")
    broadcast_channel: str = text("firmflow.events")
    secret_key: str = text("")
    public_url: str = base_url("http://127.0.0.1:8000")
    smtp_url: str = url("console://", "console", "smtp", "smtps")
    # Unset: the data folder's uploads/ (load_settings).
    upload_dir: Path = folder(Path("./data/uploads"))  # noqa: RUF009 (a Path is immutable)
    max_upload_bytes: int = whole(26_214_400)
    graphiql: bool = flag(True)
    data_dir: Path = folder(Path("./data"))  # noqa: RUF009
    token_days: int = whole(14)
    invite_days: int = whole(7)
    password_reset_minutes: int = whole(60)
    link_days: int = whole(30)
    event_retention_days: int = whole(30)
    # Audit entries older than this are pruned by the same timer as events.
    audit_retention_days: int = whole(365)
    event_prune_interval_seconds: int = whole(3600)
    # How often each process's hub checks the firms' event counters for events its broadcast
    # subscription missed (a safety net: it also checks at once when Redis comes back).
    event_catch_up_seconds: int = whole(10)
    # Holds a 10,000-job bulk edit's burst (references to shared events: ~80 KB at most).
    subscriber_queue_size: int = whole(10_000)
    ws_ping_seconds: int = whole(20)
    reminder_interval_seconds: int = whole(300)
    mail_retry_seconds: int = whole(30)
    # argon2 costs: the defaults are argon2-cffi's (RFC 9106 low-memory profile); tests
    # lower them so a suite that creates hundreds of users stays fast.
    password_time_cost: int = whole(3)
    password_memory_kib: int = whole(65536, minimum=64)
    # graphql-transport-ws: a socket that sends no connection_init in time is closed (4408).
    connection_init_wait_seconds: float = seconds(60.0, minimum=0.1)
    # Peers whose X-Forwarded-For is believed (addresses or networks); none by default.
    trusted_proxies: tuple[str, ...] = listing(_proxies)
    # Who may introspect the schema (and see "Did you mean" hints): all, staff or off.
    introspection: str = choice("staff", "all", "staff", "off")
    # Browser origins (exact `scheme://host[:port]`) allowed to call the API cross-origin;
    # none by default, never `*` (CORS, firmflow/app.py).
    cors_origins: tuple[str, ...] = listing(_origins)
    # Apollo's automatic persisted queries: documents clients persisted, kept in the
    # database (the oldest forgotten past this many); 0 turns them off (schema/persisted.py).
    persisted_queries_max: int = whole(10_000, minimum=0)
    # Only documents registered from a manifest (`firmflow documents register`) run.
    trusted_documents: bool = flag(False)
    # On SIGTERM, /readyz answers 503 while everything is still served this long, so load
    # balancers move away before the process stops (firmflow/drain.py).
    drain_seconds: float = seconds(5.0, minimum=0)
    # Webhooks (resolvers/webhook_delivery.py): outbound requests to loopback, private,
    # link-local and other non-global addresses are refused unless this is set.
    webhook_allow_private: bool = flag(False)
    # Connect and read timeouts of one delivery, and how much of a response is read.
    webhook_timeout_seconds: float = seconds(10.0, minimum=0.001)
    webhook_max_response_bytes: int = whole(65_536)
    # A failed delivery is retried after `first`, then twice as long each time (at most
    # `max` between two attempts); after `give_up` the endpoint is marked failing.
    webhook_retry_first_seconds: float = seconds(5.0, minimum=0.001)
    webhook_retry_max_seconds: float = seconds(21_600.0, minimum=0.001)
    webhook_give_up_seconds: float = seconds(259_200.0, minimum=0.001)
    # How often each process looks for endpoints with work it was not woken for (events of
    # other processes arrive by broadcast; this is the safety net).
    webhook_poll_seconds: float = seconds(5.0, minimum=0.001)
    # After a rotation the old secret still signs (beside the new one) this long.
    webhook_secret_grace_seconds: int = whole(86_400, minimum=0)
    # Log lines: "text" or "json" (firmflow/logs.py).
    log_format: str = choice("text", *LOG_FORMATS)
    # GET /metrics answers only with `Authorization: Bearer <this>` (401 without); unset:
    # /metrics is off (404) (firmflow/metrics.py).
    metrics_token: str = _setting("", lambda name, raw: _metrics_token(raw))
    # OpenTelemetry tracing (firmflow/tracing.py, the `otel` extra); also on when
    # OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set and this is not false (load_settings).
    otel: bool = flag(False)
    # Answers kept for repeated reads (schema/responses.py): on or off, how many, how many
    # bytes in all, and for how long at most (bounds the damage of a process dying between
    # a commit and its data version bump).
    response_cache: bool = flag(True)
    response_cache_entries: int = whole(10_000)
    response_cache_bytes: int = whole(67_108_864, minimum=1024)
    response_cache_seconds: float = seconds(30.0, minimum=0.001)
    limits: Limits = field(default_factory=Limits)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres", "asyncpg")) else "sqlite"


def variable_name(setting: Field[Any]) -> str:
    return f"FIRMFLOW_{setting.name.upper()}"


def _declared(kind: type) -> dict[str, Field[Any]]:
    return {variable_name(f): f for f in fields(kind) if "parse" in f.metadata}


def declared_settings() -> dict[str, Field[Any]]:
    """Every FIRMFLOW_ setting, by variable name (README.md's and docs/running.md's tables
    list exactly these: tests/test_settings_documented.py)."""
    return {**_declared(Settings), **_declared(Limits)}


def _read(kind: type, env: Mapping[str, str]) -> dict[str, Any]:
    return {
        setting.name: setting.metadata["parse"](name, env[name])
        for name, setting in _declared(kind).items()
        if name in env
    }


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the FIRMFLOW_* environment; a bad value raises SettingsError
    naming the variable."""
    env = dict(os.environ if env is None else env)
    settings = Settings(**_read(Settings, env), limits=Limits(**_read(Limits, env)))
    if "FIRMFLOW_UPLOAD_DIR" not in env:
        settings = settings.with_changes(upload_dir=settings.data_dir / "uploads")
    if "FIRMFLOW_OTEL" not in env and (
        env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    ):
        settings = settings.with_changes(otel=True)
    if settings.otel and not _installed("opentelemetry.sdk.trace"):
        raise SettingsError(
            "FIRMFLOW_OTEL (or OTEL_EXPORTER_OTLP_ENDPOINT) turns tracing on, which needs the"
            " otel extra: pip install 'firmflow[otel]'"
        )
    return settings


def _metrics_token(raw: str) -> str:
    """FIRMFLOW_METRICS_TOKEN: at least 16 characters (it guards the whole /metrics page)."""
    token = raw.strip()
    if token and len(token) < 16:
        raise SettingsError("FIRMFLOW_METRICS_TOKEN must be at least 16 characters long")
    return token


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# FIRMFLOW_ variables that are not settings of the server: the CLI's, the test suite's, the
# benchmarks' and the cross-process test hook's (firmflow/pause.py).
READ_ELSEWHERE = frozenset(
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


def unknown_variables(env: Mapping[str, str] | None = None) -> list[str]:
    """FIRMFLOW_ variables that no part of firmflow reads: most likely misspelled settings,
    which would otherwise be ignored without a word."""
    known = declared_settings().keys() | READ_ELSEWHERE
    return sorted(
        name
        for name in (os.environ if env is None else env)
        if name.startswith("FIRMFLOW_") and name not in known
    )


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
