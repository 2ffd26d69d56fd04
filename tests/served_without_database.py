"""A firmflow server whose database is unreachable from the start (for
tests/test_served_process.py): the ORM is opened without connecting, as it is when a
running server's database goes away. `python -m tests.served_without_database --port P`."""

from __future__ import annotations

import argparse
import asyncio

import uvicorn
from tortoise import Tortoise

from firmflow.app import create_app
from firmflow.db import tortoise_config
from firmflow.settings import ensure_secret_key, load_settings


async def main(port: int) -> None:
    settings = ensure_secret_key(load_settings())
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    app = create_app(settings, manage_database=False)
    # No lifespan: the background loops (mail sender, timers) are not what is observed
    # here, and they log their own retries while the database is away.
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info", lifespan="off")
    await uvicorn.Server(config).serve()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    asyncio.run(main(parser.parse_args().port))
