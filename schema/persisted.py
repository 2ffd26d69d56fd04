"""Persisted documents: Apollo's automatic persisted queries (APQ) and the optional
trusted-documents mode, in one place every request path calls (`FirmflowSchema.execute`
for HTTP, generic and compiled alike; `FirmflowSchema.stream` for websockets).

APQ, as Apollo's persisted-queries link expects it
(`extensions.persistedQuery = {version: 1, sha256Hash}`, GET or POST):
- only the hash, unknown: `PersistedQueryNotFound`, code PERSISTED_QUERY_NOT_FOUND (the
  link then sends the document with its hash);
- the document with its hash: the hash must be the document's SHA-256 ("provided sha does
  not match query", BAD_INPUT); the document is kept in the database
  (resolvers/persisted_queries.py), so every process answers the hash from then on;
- only the hash, known: the document runs as if it had been sent.
With FIRMFLOW_PERSISTED_QUERIES_MAX=0 clients may not persist documents: a hash alone gets
PERSISTED_QUERY_NOT_SUPPORTED (the link then stops hashing).

Trusted documents (FIRMFLOW_TRUSTED_DOCUMENTS=true): only documents registered from a
client's manifest (`firmflow documents register`) run, by hash or in full; any other gets
FORBIDDEN, and clients cannot persist documents themselves. One exception, so GraphiQL's
schema explorer keeps working for those FIRMFLOW_INTROSPECTION allows: a document that
only introspects (every root field `__schema`, `__type` or `__typename`).

Each process keeps the documents it has seen by hash in a bounded LRU (a document never
changes under its hash), so a known hash costs no database statement.
"""

from __future__ import annotations

import logging
from typing import Any

from graphql import FieldNode, GraphQLError, OperationDefinitionNode, parse, validate
from strawberry.types.execution import PreExecutionError

from firmflow.settings import get_settings
from resolvers.persisted_queries import find_query, remember_query, sha256_of
from schema.documents import DocumentCache, _Lru
from schema.errors import UNEXPECTED
from schema.limits import introspection_allowed, viewer_of

log = logging.getLogger("firmflow.persisted")

NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED"
CACHE_SIZE = 2048
# Longer documents run but are not kept (a client sends them in full each time): with
# FIRMFLOW_PERSISTED_QUERIES_MAX documents at most, the table stays within a few hundred MB
# whatever anonymous callers send. The product's own documents are a few KB.
MAX_PERSISTED_LENGTH = 32_768

Resolved = str | None | PreExecutionError


def refusal(message: str, code: str | None) -> PreExecutionError:
    """A request error: nothing runs (HTTP: 400 without `data` for graphql-response+json
    clients, `"data": null` for application/json ones; websockets: an `error` message)."""
    extensions = {"code": code} if code else None
    return PreExecutionError(data=None, errors=[GraphQLError(message, extensions=extensions)])


# Per process: documents by hash (a document never changes under its hash).
KNOWN = _Lru(CACHE_SIZE)  # sha256 -> (query, trusted)


def forget_known_documents() -> None:
    """Empty this process's cache (the test harness empties the table between tests)."""
    KNOWN.clear()


class PersistedQueries:
    """Resolves a request's document from its text and `extensions.persistedQuery`."""

    def __init__(self, documents: DocumentCache, max_tokens: int):
        self.documents = documents
        self.max_tokens = max_tokens
        self.known = KNOWN

    async def document(self, query: str | None, extensions: Any, context: Any) -> Resolved:
        """The document text to run, or the refusal to answer with; `query` itself when
        neither APQ nor trusted documents are involved (None: strawberry reports it)."""
        try:
            return await self._document(query, extensions, context)
        except Exception:  # the store's database is unreachable, say
            log.exception("persisted document lookup failed")
            return refusal(UNEXPECTED, None)

    async def _document(self, query: str | None, extensions: Any, context: Any) -> Resolved:
        settings = get_settings()
        trusted_mode = settings.trusted_documents
        persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
        if persisted is None:
            if trusted_mode and query:
                return await self._trusted(query, sha256_of(query), context)
            return query
        if not trusted_mode and settings.persisted_queries_max == 0:
            if query:
                return query  # the extension is ignored; the document runs
            return refusal("PersistedQueryNotSupported", NOT_SUPPORTED)
        sha256 = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if not isinstance(sha256, str) or not isinstance(persisted, dict):
            return refusal("extensions.persistedQuery needs a sha256Hash", "BAD_INPUT")
        if persisted.get("version") != 1:
            return refusal("Unsupported persisted query version", "BAD_INPUT")
        if not query:
            found = await self._find(sha256, trusted_only=trusted_mode)
            return found if found is not None else refusal("PersistedQueryNotFound", NOT_FOUND)
        if sha256_of(query) != sha256:
            return refusal("provided sha does not match query", "BAD_INPUT")
        if trusted_mode:
            return await self._trusted(query, sha256, context)
        if (
            self.known.get(sha256) is None
            and len(query) <= MAX_PERSISTED_LENGTH
            and self.documents.parsed(query, self.max_tokens)
        ):
            # Only documents that parse are kept (the rest get their syntax error), and
            # only ones of a sensible size: what anyone may make the server store is bounded.
            await remember_query(sha256, query, limit=settings.persisted_queries_max)
            self.known.put(sha256, (query, False))
        return query

    async def _find(self, sha256: str, *, trusted_only: bool) -> str | None:
        cached = self.known.get(sha256)
        if cached is not None and (cached[1] or not trusted_only):
            return str(cached[0])
        found = await find_query(sha256, trusted_only=trusted_only)
        if found is None:
            return None
        self.known.put(sha256, found)
        return found[0]

    async def _trusted(self, query: str, sha256: str, context: Any) -> Resolved:
        if await self._find(sha256, trusted_only=True) is not None:
            return query
        if self._only_introspects(query) and introspection_allowed(viewer_of(context)):
            return query
        return refusal(
            "only registered documents run on this server (FIRMFLOW_TRUSTED_DOCUMENTS);"
            " register the client's manifest with `firmflow documents register`",
            "FORBIDDEN",
        )

    def _only_introspects(self, query: str) -> bool:
        document = self.documents.parsed(query, self.max_tokens)
        if document is None:
            return False
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        return bool(operations) and all(
            isinstance(selection, FieldNode) and selection.name.value.startswith("__")
            for operation in operations
            for selection in operation.selection_set.selections
        )


APOLLO_MANIFEST = "apollo-persisted-query-manifest"


def manifest_documents(manifest: Any) -> dict[str, str]:
    """hash -> document of a client's manifest: Apollo's persisted-query manifest
    (`{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id",
    "body", ...}]}`) or a plain `{hash: document}` object. Each id must be the SHA-256 of
    its document (Apollo's default), the hash clients send. Raises ValueError."""
    if isinstance(manifest, dict) and manifest.get("format") == APOLLO_MANIFEST:
        if manifest.get("version") != 1:
            raise ValueError(f"only version 1 of the {APOLLO_MANIFEST} format is known")
        operations = manifest.get("operations")
        if not isinstance(operations, list):
            raise ValueError("the manifest's operations must be a list")
        pairs = []
        for operation in operations:
            if not (
                isinstance(operation, dict)
                and isinstance(operation.get("id"), str)
                and isinstance(operation.get("body"), str)
            ):
                raise ValueError("each operation of the manifest needs a string id and body")
            pairs.append((operation["id"], operation["body"]))
    elif isinstance(manifest, dict) and all(
        isinstance(key, str) and isinstance(value, str) for key, value in manifest.items()
    ):
        pairs = list(manifest.items())
    else:
        raise ValueError(
            f"expected Apollo's persisted-query manifest ({APOLLO_MANIFEST}) or an object"
            " of {sha256: document}"
        )
    if not pairs:
        raise ValueError("the manifest holds no document")
    for sha256, body in pairs:
        if sha256_of(body) != sha256:
            raise ValueError(f"{sha256!r} is not the SHA-256 of its document")
    return dict(pairs)


def document_problems(schema: Any, documents: dict[str, str]) -> list[str]:
    """Why documents would not run on this schema (syntax, validation), one line each."""
    problems: list[str] = []
    for sha256, body in documents.items():
        try:
            errors = validate(schema._schema, parse(body))
        except GraphQLError as error:
            errors = [error]
        problems.extend(f"{sha256[:12]}...: {error.message}" for error in errors)
    return problems
