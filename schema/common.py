"""Shared GraphQL pieces: enums of the contract and small helpers for resolvers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

import strawberry
from strawberry.types import Info

from firmflow.tracing import traced_batch

if TYPE_CHECKING:
    from firmflow.context import Context
    from resolvers.viewer import Viewer


@strawberry.enum
class ErrorCode(Enum):
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    BAD_INPUT = "BAD_INPUT"
    CONFLICT = "CONFLICT"
    INVALID_STATE = "INVALID_STATE"
    RATE_LIMITED = "RATE_LIMITED"
    TIMEOUT = "TIMEOUT"
    # Apollo's automatic persisted queries (schema/persisted.py): Apollo's own codes, which
    # its persisted-queries link acts on (send the document; stop hashing).
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED"


@strawberry.enum
class Role(Enum):
    OWNER = "OWNER"
    ADMIN = "ADMIN"
    EMPLOYEE = "EMPLOYEE"
    CLIENT = "CLIENT"


@strawberry.enum
class ThreadTaskFilter(Enum):
    ALL_THREADS = "ALL_THREADS"
    WITH_TASKS = "WITH_TASKS"
    INCOMPLETE = "INCOMPLETE"
    COMPLETED = "COMPLETED"


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.input
class ReminderInput:
    """Reminders of threads and requests: every N days, at most M times."""

    every_days: int
    max_count: int


Batch = Callable[[Info, list[Any]], Awaitable[list[Any]]]


def batched(batch: Batch) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Marks a relationship field's resolver as `batch` applied to one parent.

    The resolver stays what strawberry's executor calls per parent, and must be written as
    `return (await batch(info, [self]))[0]` (its DataLoaders still batch across parents);
    the compiled path (`schema.compiled`) calls `batch` once for all the parents of a level
    instead: one call and one await per level, not one per item.
    """

    def mark(resolver: Callable[..., Any]) -> Callable[..., Any]:
        resolver.__batch__ = traced_batch(batch, resolver.__qualname__)  # type: ignore[attr-defined]
        return resolver

    return mark


def viewer_of(info: Info) -> Viewer:
    """The viewer of the request this field is resolved for."""
    context: Context = info.context
    return context.viewer


def context_of(info: Info) -> Context:
    return info.context
