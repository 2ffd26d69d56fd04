"""Plain rows for lists that read on every request (a page of jobs, the kanban).

Each class holds the columns of one model under the model's own attribute names, so the
GraphQL types built `from_model` take a row or a model instance alike; a row costs about a
twentieth of a Tortoise instance to build. `columns(RowClass, "stage__")` gives the
`values_list` paths of a row read through a join; `tests/test_read_costs.py` holds each
class to its model's columns.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime


@dataclass(slots=True)
class StageRow:
    id: int
    pipeline_id: int
    name: str
    position: int
    auto_advance: bool
    automation_visible: bool | None
    automation_status_id: int | None
    automation_description: str | None
    request_template_id: int | None
    task_template_id: int | None


@dataclass(slots=True)
class AccountRow:
    id: int
    firm_id: int
    name: str
    created_at: datetime


@dataclass(slots=True)
class StatusRow:
    id: int
    firm_id: int
    name: str
    description: str
    position: int


def columns(row_class: type, prefix: str = "") -> list[str]:
    """The `values_list` paths of `row_class`'s columns, through the relation `prefix`."""
    return [prefix + field.name for field in fields(row_class)]


def width(row_class: type) -> int:
    return len(fields(row_class))
