"""The `firmflow` command line (RUNNING.md)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise import Tortoise

from firmflow.db import make_migrations, migrate, tortoise_config
from firmflow.settings import (
    SettingsError,
    ensure_secret_key,
    follow_served_address,
    load_settings,
    use_settings,
)
from resolvers.errors import DomainError


async def _with_orm(database_url: str, work: Callable[[], Awaitable[Any]]) -> Any:
    """Migrate, open the ORM, run `work`, deliver the mail it queued, close."""
    from resolvers.outbox import deliver_due_mail

    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        result = await work()
        await deliver_due_mail()
        return result
    finally:
        await Tortoise.close_connections()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    follow_served_address(os.environ, args.host, args.port)
    settings = use_settings(ensure_secret_key(load_settings()))
    asyncio.run(migrate(settings.database_url))
    print(f"firmflow serving on http://{args.host}:{args.port}/graphql", flush=True)
    uvicorn.run(
        "firmflow.asgi:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        # Pings idle sockets; a peer that does not answer in time is closed (dead socket).
        ws_ping_interval=settings.ws_ping_seconds,
        ws_ping_timeout=settings.ws_ping_seconds,
        # Event messages are a few hundred bytes: compressing each costs CPU per socket and
        # a zlib context (~40 KB) per socket, and saves little (bench/README.md).
        ws_per_message_deflate=False,
        log_level="info",
    )
    return 0


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
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
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
