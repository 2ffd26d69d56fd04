"""Input checks shared by every area; each failure is a BAD_INPUT with a clear message."""

from __future__ import annotations

import re
from collections.abc import Sequence

from firmflow.settings import get_settings
from resolvers.errors import BadInput

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_ID = 2**31 - 1


def parse_id(value: object, what: str = "id") -> int:
    """A contract ID is a positive decimal number; anything else is BAD_INPUT."""
    text = str(value).strip()
    if not text.isdigit() or not 0 < int(text) <= _MAX_ID:
        raise BadInput(f"{what} {str(value)[:40]!r} is not a valid id")
    return int(text)


def parse_ids(values: Sequence[object] | None, what: str = "id") -> list[int]:
    return [parse_id(v, what) for v in values or []]


def check_name(value: str, field: str = "name", *, allow_empty: bool = False) -> str:
    """Names and titles: trimmed, not empty, at most the configured length."""
    text = (value or "").strip()
    limit = get_settings().limits.max_name_length
    if not text and not allow_empty:
        raise BadInput(f"{field} must not be empty")
    if len(text) > limit:
        raise BadInput(f"{field} is longer than {limit} characters")
    return text


def check_text(value: str | None, field: str = "text") -> str | None:
    """Descriptions, messages and answers: at most the configured length."""
    if value is None:
        return None
    limit = get_settings().limits.max_text_length
    if len(value) > limit:
        raise BadInput(f"{field} is longer than {limit} characters")
    return value


def check_email(value: str, field: str = "email") -> str:
    text = (value or "").strip().lower()
    if len(text) > 254 or not _EMAIL.match(text):
        raise BadInput(f"{field} {value[:60]!r} is not an e-mail address")
    return text


def check_page_size(first: int) -> int:
    limit = get_settings().limits.max_page_size
    if not 1 <= first <= limit:
        raise BadInput(f"first must be between 1 and {limit}")
    return first


def check_password(value: str) -> str:
    if len(value) < 8:
        raise BadInput("password must have at least 8 characters")
    if len(value) > 1000:
        raise BadInput("password is too long")
    return value


MAX_REMINDER_EVERY_DAYS = 365
MAX_REMINDER_COUNT = 100


def check_reminder(every_days: int | None, max_count: int | None) -> None:
    """Reminders of threads and requests: every 1..365 days, at most 1..100 times."""
    if every_days is None or not 1 <= every_days <= MAX_REMINDER_EVERY_DAYS:
        raise BadInput(f"reminder everyDays must be between 1 and {MAX_REMINDER_EVERY_DAYS}")
    if max_count is None or not 1 <= max_count <= MAX_REMINDER_COUNT:
        raise BadInput(f"reminder maxCount must be between 1 and {MAX_REMINDER_COUNT}")
