"""The `firmflow` command line (docs/running.md)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import uvicorn
from tortoise import Tortoise

from firmflow.db import DATABASE_UNAVAILABLE, make_migrations, migrate, tortoise_config
from firmflow.logs import configure_logging, logging_config
from firmflow.settings import (
    LOG_FORMATS,
    Settings,
    SettingsError,
    ensure_secret_key,
    follow_served_address,
    load_settings,
    served_public_url,
    unknown_variables,
    use_settings,
)
from firmflow.websocket_protocol import LeanWebSocketProtocol
from resolvers.errors import DomainError


async def _with_orm(database_url: str, work: Callable[[], Awaitable[Any]]) -> Any:
    """Migrate, open the ORM, run `work`, deliver the mail it queued, close. What `work`
    commits raises the data versions the servers share through Redis (eventstore.versions),
    so their kept answers of the firms it changed are stale at once."""
    from eventstore.autocommit import watch_autocommit_writes
    from eventstore.versions import start_versions, stop_versions
    from firmflow.settings import get_settings
    from resolvers.outbox import deliver_due_mail

    settings = get_settings()
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    start_versions(settings.broadcast_url, settings.broadcast_channel)
    watch_autocommit_writes()
    try:
        result = await work()
        await deliver_due_mail()
        return result
    finally:
        await stop_versions()
        await Tortoise.close_connections()


class BannerServer(uvicorn.Server):
    """uvicorn's server, printing a banner once it accepts connections (so the banner is
    the last thing on screen after `make run`, below the start-up log)."""

    def __init__(self, config: uvicorn.Config, banner: str) -> None:
        super().__init__(config)
        self.banner = banner

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.banner:
            print(self.banner, flush=True)


def cmd_serve(args: argparse.Namespace) -> int:
    follow_served_address(os.environ, args.host, args.port)
    settings = use_settings(ensure_secret_key(load_settings()))
    try:
        asyncio.run(migrate(settings.database_url))
    except DATABASE_UNAVAILABLE as error:
        print(
            f"firmflow: cannot reach the database at {redacted_url(settings.database_url)}"
            f" ({error.__class__.__name__}: {error}); is it running?",
            file=sys.stderr,
        )
        return 1
    banner = ""
    if args.demo:
        from firmflow.seed import seed_demo, sign_in_lines

        created, lines = asyncio.run(_with_orm(settings.database_url, seed_demo))
        if created:  # what the demo holds goes to the log; the sign-ins to the banner
            notes = [line for line in lines[1:] if line not in sign_in_lines()]
            logging.getLogger("firmflow").info("demo firm created\n%s", "\n".join(notes))
        banner = demo_banner(settings, args.host, args.port)
    else:
        print(f"firmflow serving on http://{args.host}:{args.port}/graphql", flush=True)
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
        # Pings idle sockets; a peer that does not answer in time is closed (dead socket).
        "ws_ping_interval": settings.ws_ping_seconds,
        "ws_ping_timeout": settings.ws_ping_seconds,
        # Event messages are a few hundred bytes: compressing each costs CPU per socket and
        # a zlib context (~40 KB) per socket, and saves little (bench/README.md).
        "ws_per_message_deflate": False,
        # uvicorn's sans-I/O websockets with lighter idle state (firmflow/websocket_protocol.py).
        "ws": LeanWebSocketProtocol,
        "log_level": "info",
        # One logging setup for every process (firmflow/logs.py): text or JSON lines with
        # request ids, uvicorn's access lines without query values.
        "log_config": logging_config(settings.log_format),
        # X-Forwarded-For / -Proto are believed only from FIRMFLOW_TRUSTED_PROXIES (uvicorn
        # would otherwise trust 127.0.0.1, and anyone on the host could pick an address).
        "proxy_headers": bool(settings.trusted_proxies),
        "forwarded_allow_ips": list(settings.trusted_proxies) or None,
        # A websocket frame is at most a request body (FIRMFLOW_MAX_BODY_BYTES).
        "ws_max_size": settings.limits.max_body_bytes,
    }
    if args.workers > 1:
        if not settings.broadcast_url.startswith(("redis://", "rediss://")):
            # memory:// keeps each process's data versions to itself: a write through one
            # worker would not make another's kept answers stale.
            os.environ["FIRMFLOW_RESPONSE_CACHE"] = "off"
            logging.getLogger("firmflow").warning(
                "--workers %s with %s: the response cache is off (use redis:// to share it)",
                args.workers,
                settings.broadcast_url,
            )
        if banner:
            print(banner, flush=True)
        with shared_metrics(settings):
            uvicorn.run("firmflow.asgi:app", **options)
        return 0
    server = BannerServer(uvicorn.Config("firmflow.asgi:app", **options), banner)
    # uvicorn re-raises Ctrl-C after its graceful shutdown; the shutdown is done, so end
    # quietly with status 0 (no traceback, no error line from `make run`).
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0 if server.started else 3


@contextlib.contextmanager
def shared_metrics(settings: Settings) -> Iterator[None]:
    """With several workers and /metrics on, every worker writes its samples into one
    directory (prometheus_client's multiprocess mode, firmflow/metrics.py) so any of them
    answers a scrape for all: the operator's PROMETHEUS_MULTIPROC_DIR (emptied first), or a
    fresh one removed at exit."""
    if not settings.metrics_token:
        yield
        return
    from firmflow.metrics import MULTIPROCESS_DIR, prepare_multiprocess_dir

    given = os.environ.get(MULTIPROCESS_DIR)
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="firmflow-metrics-"))
    prepare_multiprocess_dir(folder)
    os.environ[MULTIPROCESS_DIR] = str(folder)  # the workers inherit it
    try:
        yield
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)


def demo_banner(settings: Settings, host: str, port: int) -> str:
    """What a person needs after `make run`: where to go, how to sign in, where e-mail went.

    The e-mails themselves stay in the log above (console://); the banner only says so."""
    from firmflow.seed import sign_in_lines

    base = served_public_url(host, port)
    if settings.smtp_url.startswith("console:"):
        mail = "written to the log above (FIRMFLOW_SMTP_URL=console://)"
    else:
        parsed = urlparse(settings.smtp_url)
        mail = f"sent through {parsed.scheme}://{parsed.hostname}:{parsed.port or ''}".rstrip(":")
    rule = "-" * 72
    lines = [
        rule,
        f"  firmflow is running: {base}/",
        f"  GraphiQL:            {base}/graphql",
        "  Sign in with (password demo-password):",
        *(line.replace(" / demo-password", "") for line in sign_in_lines()),
        f"  E-mails: {mail}",
        "  Ctrl-C stops the server.",
        rule,
    ]
    return "\n".join(lines)


def redacted_url(url: str) -> str:
    """A database URL without its password, for messages."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@", 1)
    return url


def cmd_migrate(args: argparse.Namespace) -> int:
    settings = load_settings()
    applied = asyncio.run(migrate(settings.database_url))
    print("applied: " + ", ".join(applied) if applied else "the database is up to date")
    return 0


def cmd_create_firm(args: argparse.Namespace) -> int:
    from resolvers.firms import create_firm

    settings = use_settings(ensure_secret_key(load_settings()))
    password = args.owner_password or os.environ.get("FIRMFLOW_OWNER_PASSWORD")
    if not password:
        print("give --owner-password or set FIRMFLOW_OWNER_PASSWORD", file=sys.stderr)
        return 2

    async def work() -> Any:
        return await create_firm(
            name=args.name,
            owner_name=args.owner_name,
            owner_email=args.owner_email,
            owner_password=password,
        )

    firm, owner = asyncio.run(_with_orm(settings.database_url, work))
    print(f"created firm {firm.id} ({firm.name}); owner {owner.email} signs in with the password")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from firmflow.seed import seed_demo

    settings = use_settings(ensure_secret_key(load_settings()))
    _, lines = asyncio.run(_with_orm(settings.database_url, seed_demo))
    print("\n".join(lines))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from schema import build_schema

    print(build_schema().as_str())
    return 0


def cmd_run_reminders(args: argparse.Namespace) -> int:
    from resolvers.reminders import run_due_reminders

    settings = use_settings(ensure_secret_key(load_settings()))
    now = datetime.fromisoformat(args.now) if args.now else None
    if now is not None and now.tzinfo is None:
        print("--now needs a time zone, e.g. 2026-12-01T09:00:00+00:00", file=sys.stderr)
        return 2

    async def work() -> int:
        return await run_due_reminders(now)

    sent = asyncio.run(_with_orm(settings.database_url, work))
    print(f"sent {sent} reminder(s)")
    return 0


def cmd_documents_register(args: argparse.Namespace) -> int:
    """Register a client's manifest of GraphQL documents (Apollo's persisted-query manifest
    or a plain {sha256: document} object): each is checked against the served schema and
    all are registered in one transaction, or none (schema/persisted.py)."""
    from resolvers.persisted_queries import register_documents
    from schema import build_schema
    from schema.persisted import document_problems, manifest_documents

    settings = use_settings(ensure_secret_key(load_settings()))
    try:
        documents = manifest_documents(json.loads(Path(args.manifest).read_text()))
    except (OSError, ValueError) as error:  # unreadable, not JSON, not a manifest
        print(f"firmflow: {args.manifest}: {error}", file=sys.stderr)
        return 1
    problems = document_problems(build_schema(), documents)
    if problems:
        print(f"firmflow: {args.manifest}: nothing registered:", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        return 1

    async def work() -> int:
        return await register_documents(documents)

    added = asyncio.run(_with_orm(settings.database_url, work))
    print(f"registered {len(documents)} document(s) from {args.manifest} ({added} new)")
    return 0


def cmd_make_migrations(args: argparse.Namespace) -> int:
    made = asyncio.run(make_migrations(args.name, args.postgres_url))
    for dialect, name in made.items():
        print(f"{dialect}: {name or 'no changes'}")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="firmflow", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve HTTP and websockets")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--demo",
        action="store_true",
        help="seed the demo firm first (once) and print its sign-ins when ready (make run)",
    )
    serve.set_defaults(run=cmd_serve)
    sub.add_parser("migrate", help="apply pending migrations").set_defaults(run=cmd_migrate)
    firm = sub.add_parser("create-firm", help="create a firm and its owner")
    firm.add_argument("--name", required=True)
    firm.add_argument("--owner-name", required=True)
    firm.add_argument("--owner-email", required=True)
    firm.add_argument("--owner-password")
    firm.set_defaults(run=cmd_create_firm)
    sub.add_parser("seed-demo", help="create the demo firm (once)").set_defaults(run=cmd_seed_demo)
    sub.add_parser("schema", help="print the GraphQL schema (SDL)").set_defaults(run=cmd_schema)
    reminders = sub.add_parser("run-reminders", help="send the reminders that are due")
    reminders.add_argument("--now", help="pretend the clock says this (ISO 8601)")
    reminders.set_defaults(run=cmd_run_reminders)
    documents = sub.add_parser("documents", help="persisted GraphQL documents")
    documents_sub = documents.add_subparsers(dest="documents_command", required=True)
    register = documents_sub.add_parser(
        "register",
        help="register a client's manifest (Apollo's persisted-query manifest or"
        " {sha256: document}): the documents FIRMFLOW_TRUSTED_DOCUMENTS lets run",
    )
    register.add_argument("manifest", help="the manifest's JSON file")
    register.set_defaults(run=cmd_documents_register)
    make = sub.add_parser("make-migrations", help="(developers) generate the next migrations")
    make.add_argument("--name", default="update")
    make.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "FIRMFLOW_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
    )
    make.set_defaults(run=cmd_make_migrations)
    return root


def main(argv: list[str] | None = None) -> int:
    # A bad FIRMFLOW_LOG_FORMAT is reported by the command's settings check (exit 2).
    log_format = os.environ.get("FIRMFLOW_LOG_FORMAT", "text").strip().lower()
    configure_logging(log_format if log_format in LOG_FORMATS else "text")
    args = parser().parse_args(argv)
    for name in unknown_variables():
        logging.getLogger("firmflow").warning(
            "%s is not a firmflow setting and is ignored (misspelled?)", name
        )
    try:
        return args.run(args)
    except SettingsError as error:
        print(f"firmflow: bad setting: {error}", file=sys.stderr)
        return 2
    except DomainError as error:
        print(f"firmflow: {error.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
