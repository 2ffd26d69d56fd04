"""Persisted GraphQL documents (schema/persisted.py, resolvers/persisted_queries.py)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class PersistedQuery(Model):
    """A GraphQL document known by the SHA-256 of its text: sent once by a client with its
    hash (Apollo's automatic persisted queries), or registered from a client's manifest
    (`firmflow documents register`: `trusted`; in trusted-documents mode only those run).
    Kept in the database so every server process knows what any of them learnt."""

    sha256 = fields.CharField(max_length=64, primary_key=True)
    query = fields.TextField()
    trusted = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "persisted_query"
