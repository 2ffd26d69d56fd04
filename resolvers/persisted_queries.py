"""The store of persisted GraphQL documents, by the SHA-256 of their text (a table: every
server process on the database shares it, and registered manifests survive restarts).

Documents a client persisted itself (Apollo's automatic persisted queries) are bounded:
past `limit` of them the oldest are forgotten (a client whose document was forgotten
sends it again, once). Documents registered from a manifest are `trusted` and never
forgotten.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from tortoise.transactions import in_transaction

from models import PersistedQuery


def sha256_of(query: str) -> str:
    """The hex SHA-256 of a document's text (Apollo's `sha256Hash`)."""
    return hashlib.sha256(query.encode("utf-8")).hexdigest()


async def find_query(sha256: str, *, trusted_only: bool) -> tuple[str, bool] | None:
    """The document with this hash and whether it is trusted; None when unknown (or,
    with `trusted_only`, not registered from a manifest)."""
    rows = PersistedQuery.filter(sha256=sha256)
    if trusted_only:
        rows = rows.filter(trusted=True)
    found = await rows.first().values_list("query", "trusted")
    if found is None:
        return None
    query, trusted = found
    return str(query), bool(trusted)


async def remember_query(sha256: str, query: str, *, limit: int) -> None:
    """Keep a document a client persisted (nothing if it is known); past `limit` such
    documents, the oldest are forgotten."""
    await PersistedQuery.bulk_create(
        [PersistedQuery(sha256=sha256, query=query)], ignore_conflicts=True
    )
    automatic = PersistedQuery.filter(trusted=False)
    excess = await automatic.count() - limit
    if excess > 0:
        oldest = (
            await automatic.order_by("created_at", "sha256")
            .limit(excess)
            .values_list("sha256", flat=True)
        )
        await PersistedQuery.filter(sha256__in=list(oldest), trusted=False).delete()


async def register_documents(documents: Mapping[str, str]) -> int:
    """Register a client's documents (hash -> text, hashes checked by the caller) as
    trusted, in one transaction; returns how many were not trusted before."""
    async with in_transaction():
        before = dict(
            await PersistedQuery.filter(sha256__in=list(documents)).values_list("sha256", "trusted")
        )
        for sha256, query in documents.items():
            if sha256 not in before:
                await PersistedQuery.create(sha256=sha256, query=query, trusted=True)
            elif not before[sha256]:
                await PersistedQuery.filter(sha256=sha256).update(trusted=True)
    return sum(1 for sha256 in documents if not before.get(sha256))
