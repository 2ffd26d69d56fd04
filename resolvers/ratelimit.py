"""Failure counting per key over the last minute, shared by all server processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models import RateLimitHit
from resolvers.errors import RateLimited


async def check_not_limited(key: str, limit: int, message: str) -> None:
    """RATE_LIMITED when `key` failed more than `limit` times in the last minute."""
    since = datetime.now(UTC) - timedelta(minutes=1)
    if await RateLimitHit.filter(key=key, at__gte=since).count() >= limit:
        raise RateLimited(message)


async def record_failure(key: str) -> None:
    """Count one failure; old rows are pruned as we go so the table stays small."""
    now = datetime.now(UTC)
    await RateLimitHit.create(key=key[:300], at=now)
    await RateLimitHit.filter(at__lt=now - timedelta(minutes=10)).delete()
