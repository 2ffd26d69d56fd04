"""Answers kept for repeated reads: the same query from the same viewer, while nothing in
the viewer's firm changed, is answered with the bytes of the last answer instead of being
executed again.

The key is the document (a hash of its text), the operation name, the variables, the viewer
(who: kind, firm, role, staff member or contact, client account, and the name and e-mail a
`viewer` field shows) and the firm's data version (`eventstore.versions`: every committed
write of the firm raises it, after its commit and before it answers). The version is read
before the query executes, and an answer is kept under the version read before it was made,
so a read that starts after a write was acknowledged never gets an answer from before it.

What is kept: answers to queries (never mutations or subscriptions) without errors, of a
signed-in staff member or portal user (nobody else belongs to a firm). The caller's token
is still checked on every request before the cache is asked (a revoked token gets
UNAUTHENTICATED, never a kept answer). Bounded: at most FIRMFLOW_RESPONSE_CACHE_ENTRIES
answers and FIRMFLOW_RESPONSE_CACHE_BYTES bytes (least recently used go first; an answer
larger than a quarter of that is not kept), each for at most
FIRMFLOW_RESPONSE_CACHE_SECONDS (this bounds how long a process that died between a commit
and its version bump can leave others answering from before it). FIRMFLOW_RESPONSE_CACHE=off
turns it off. Changing the settings in force (tests do) empties it.
"""

from __future__ import annotations

import hashlib
import json
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from graphql import OperationType, get_operation_ast
from strawberry.types import ExecutionResult

from eventstore import versions
from firmflow.settings import Settings, get_settings
from resolvers.viewer import Viewer
from schema.documents import DocumentCache

# Bytes counted per kept answer besides its body and variables (key tuple, entry, dict slot).
ENTRY_OVERHEAD = 300
_encode = json.JSONEncoder(separators=(",", ":")).encode


class Answer(dict[str, Any]):
    """The data of an answer whose whole JSON response is already encoded (`encoded`), so
    sending it again costs no encoding (`FirmflowGraphQL.encode_json`)."""

    encoded: bytes = b""


def encoded_answer(response: Any) -> bytes | None:
    """The kept bytes of a response that is exactly {"data": <Answer>}, else None."""
    if type(response) is dict and len(response) == 1:
        data = response.get("data")
        if type(data) is Answer:
            return data.encoded
    return None


@dataclass(slots=True)
class _Entry:
    version: versions.Version
    expires: float
    answer: Answer
    size: int


@dataclass(slots=True)
class Pending:
    """A cacheable request: `hit` is the kept answer's data, or None and `keep` stores the
    answer once it is made."""

    cache: ResponseCache
    key: Hashable
    version: versions.Version
    hit: Answer | None = None

    def keep(self, result: ExecutionResult) -> ExecutionResult:
        return self.cache.keep(self, result)


def viewer_key(viewer: Viewer) -> Hashable:
    """Everything about the caller an answer may depend on (not the token: two sign-ins of
    one person see the same)."""
    return (
        viewer.kind,
        viewer.firm_id,
        viewer.role,
        viewer.staff_id,
        viewer.contact_id,
        viewer.client_account_id,
        viewer.request_id,
        viewer.link_generation,
        viewer.name,
        viewer.email,
    )


class ResponseCache:
    """The kept answers of one app (one event loop per process: no locking needed)."""

    def __init__(self, is_query: Callable[[str, str | None], bool]) -> None:
        # Whether the operation a document and operation name select is a query.
        self.is_query = is_query
        self.entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self.bytes = 0
        self.settings: Settings | None = None
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        self.entries.clear()
        self.bytes = 0

    def _settings(self) -> Settings | None:
        settings = get_settings()
        if settings is not self.settings:
            self.clear()  # limits, introspection, URLs: answers depend on the settings
            self.settings = settings
        return settings if settings.response_cache else None

    async def lookup(
        self,
        *,
        viewer: Viewer | None,
        query: str | None,
        operation_name: str | None,
        variables: dict[str, Any] | None,
    ) -> Pending | None:
        """None when this request is not answered through the cache (then execute it as
        usual); else its kept answer (`hit`) or how to keep the one about to be made."""
        settings = self._settings()
        if settings is None or viewer is None or not query or viewer.firm_id is None:
            return None
        if viewer.kind not in ("staff", "client"):
            return None
        if operation_name is not None and not isinstance(operation_name, str):
            return None
        try:
            variables_text = _encode(variables) if variables else ""
        except (TypeError, ValueError):
            return None
        if not self.is_query(query, operation_name):
            return None
        version = await versions.read(viewer.firm_id)
        if version is None:
            return None
        digest = hashlib.blake2b(query.encode(), digest_size=16).digest()
        key = (digest, operation_name, variables_text, viewer_key(viewer))
        entry = self.entries.get(key)
        if entry is not None:
            if entry.version == version and entry.expires > time.monotonic():
                self.entries.move_to_end(key)
                self.hits += 1
                return Pending(self, key, version, entry.answer)
            self._drop(key)
        self.misses += 1
        return Pending(self, key, version)

    def keep(self, pending: Pending, result: ExecutionResult) -> ExecutionResult:
        """Keep an answer without errors (under the version read before it was made); the
        result, its data now carrying the encoded response."""
        settings = self.settings
        if settings is None or result.errors or result.extensions or result.data is None:
            return result
        answer = Answer(result.data)
        answer.encoded = _encode({"data": result.data}).encode()
        size = len(answer.encoded) + len(pending.key[2]) + ENTRY_OVERHEAD  # type: ignore[index]
        if size > settings.response_cache_bytes // 4:
            return result
        self._drop(pending.key)
        expires = time.monotonic() + settings.response_cache_seconds
        self.entries[pending.key] = _Entry(pending.version, expires, answer, size)
        self.bytes += size
        while self.entries and (
            len(self.entries) > settings.response_cache_entries
            or self.bytes > settings.response_cache_bytes
        ):
            _, oldest = self.entries.popitem(last=False)
            self.bytes -= oldest.size
        result.data = answer
        return result

    def _drop(self, key: Hashable) -> None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.bytes -= entry.size


# Every app's cache, so the test suite can empty them between tests (its database is
# emptied outside any transaction, which raises no version).
_caches: weakref.WeakSet[ResponseCache] = weakref.WeakSet()


def response_cache(documents: DocumentCache | None, max_tokens: int) -> ResponseCache:
    """The cache of an app whose schema parses through `documents` (None: nothing is kept)."""

    def is_query(query: str, operation_name: str | None) -> bool:
        document = documents.parsed(query, max_tokens) if documents is not None else None
        if document is None:
            return False
        operation = get_operation_ast(document, operation_name)
        return operation is not None and operation.operation == OperationType.QUERY

    cache = ResponseCache(is_query)
    _caches.add(cache)
    return cache


def forget_kept_answers() -> None:
    for cache in _caches:
        cache.clear()
