"""Each firm's data version: a number every committed write of that firm raises, so a kept
answer (`schema.responses`) is known to be current without reading the data again.

`eventstore.uow.atomic()` raises it once the transaction has committed and before the block
returns, so before the mutation answers; a reader takes the version before it executes. A
read that starts after a write was acknowledged therefore sees a version no answer computed
before that write is kept under. The bump is not part of the transaction: a transaction that
records no event takes no lock for it, and firms never wait for each other. A process dying
between its commit and its bump leaves the old version in place: kept answers live at most
FIRMFLOW_RESPONSE_CACHE_SECONDS, which bounds that window.

Backends, chosen by FIRMFLOW_BROADCAST_URL like the events (`start_versions`):
- memory:// : a dict in the process (one process shares nothing with another);
- redis:// : one Redis hash shared by every process (HINCRBY to bump, one HMGET to read).
  Its `epoch` field is a random value written by the first reader that finds none: a Redis
  that restarted empty starts counting from 0 again, and the new epoch keeps those numbers
  from matching answers kept under the old ones.

A version is a tuple (epoch, all firms, this firm, failed bumps of this process):
`ALL_FIRMS` is raised by a committed write whose firm is not known (then every firm's
answers are stale); a bump that failed (Redis gone) changes this process's versions at
once, so the process that made the write never answers from before it.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable
from typing import Any, Protocol

log = logging.getLogger(__name__)

ALL_FIRMS = "*"
Version = tuple[str, int, int, int]


class Versions(Protocol):
    async def bump(self, firms: Iterable[int | str]) -> None: ...

    async def read(self, firm_id: int) -> tuple[str, int, int] | None: ...

    async def close(self) -> None: ...


class MemoryVersions:
    """The versions of one process."""

    def __init__(self) -> None:
        self.epoch = secrets.token_hex(8)
        self.numbers: dict[int | str, int] = {}

    async def bump(self, firms: Iterable[int | str]) -> None:
        for firm in firms:
            self.numbers[firm] = self.numbers.get(firm, 0) + 1

    async def read(self, firm_id: int) -> tuple[str, int, int] | None:
        numbers = self.numbers
        return (self.epoch, numbers.get(ALL_FIRMS, 0), numbers.get(firm_id, 0))

    async def close(self) -> None:
        return None


class RedisVersions:
    """The versions of every process sharing one Redis (a hash named after the events'
    channel, so deployments and test runs sharing a Redis keep apart)."""

    def __init__(self, url: str, channel: str) -> None:
        import redis.asyncio as aioredis

        # A hung Redis must not hang reads (they then run without the cache) or writes.
        self.client: Any = aioredis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self.key = f"{channel}.data-versions"

    async def bump(self, firms: Iterable[int | str]) -> None:
        async with self.client.pipeline(transaction=False) as pipe:
            for firm in firms:
                pipe.hincrby(self.key, str(firm), 1)
            await pipe.execute()

    async def read(self, firm_id: int) -> tuple[str, int, int] | None:
        epoch, everyone, firm = await self.client.hmget(self.key, "epoch", ALL_FIRMS, str(firm_id))
        if epoch is None:
            await self.client.hsetnx(self.key, "epoch", secrets.token_hex(8))
            return None
        return (epoch.decode(), int(everyone or 0), int(firm or 0))

    async def close(self) -> None:
        await self.client.aclose()


_versions: Versions = MemoryVersions()
_failed_bumps = 0


def start_versions(broadcast_url: str, channel: str) -> Versions:
    """Use the backend that goes with the broadcast URL (the app's lifespan, the CLI)."""
    global _versions
    if broadcast_url.startswith(("redis://", "rediss://")):
        _versions = RedisVersions(broadcast_url, channel)
    else:
        _versions = MemoryVersions()
    return _versions


async def stop_versions() -> None:
    global _versions
    versions, _versions = _versions, MemoryVersions()
    await versions.close()


async def bump(firms: Iterable[int | str]) -> bool:
    """Raise these firms' versions (`ALL_FIRMS` for all); False if that failed (logged: kept
    answers of other processes may then be stale until they expire)."""
    global _failed_bumps
    try:
        await _versions.bump(firms)
    except Exception:
        _failed_bumps += 1
        log.exception("could not raise the data version; kept answers expire on their own")
        return False
    return True


async def read(firm_id: int) -> Version | None:
    """The firm's version now; None when it cannot be known (answers are then not kept)."""
    try:
        found = await _versions.read(firm_id)
    except Exception:
        log.warning("could not read the data version; answering without the response cache")
        return None
    return None if found is None else (*found, _failed_bumps)
