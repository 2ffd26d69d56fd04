"""Moving an item of a 0-based, contiguous list (statuses, stages): the one rule for all.

Setting a position moves the item to that index, clamped to the list, and shifts the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T", bound=Any)


def clamp_position(position: int, length: int) -> int:
    """An index into a list of `length` items: below 0 is 0, past the end is the last."""
    return max(0, min(position, max(length - 1, 0)))


def moved(items: Sequence[T], item: T, position: int) -> list[T]:
    """`items` with `item` moved to `position` (clamped); the others keep their order."""
    rest = [other for other in items if other is not item]
    rest.insert(clamp_position(position, len(items)), item)
    return rest


async def renumber(items: Sequence[Any]) -> None:
    """Store positions 0..n-1 in list order, writing only rows whose position changed."""
    for index, row in enumerate(items):
        if row.position != index:
            row.position = index
            await row.save(update_fields=["position"])
