"""The in-memory form of one stored event, as read from the store or the broadcast channel.

Replayed rows and live messages become the same `StoredEvent`, so the access predicate
(`resolvers.access.event_visible_to`) and the GraphQL builders never care where an event
came from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models import Event


@dataclass(frozen=True, slots=True)
class StoredEvent:
    seq: int
    at: datetime
    firm_id: int
    topic: str
    client_account_id: int | None
    job_id: int | None
    thread_id: int | None
    request_id: int | None
    recipient_staff_id: int | None
    client_visible: bool
    payload: dict[str, Any]

    @property
    def key(self) -> tuple[int, int, str, datetime]:
        """Identifies the event even where a database was reset and seqs restarted."""
        return (self.firm_id, self.seq, self.topic, self.at)

    @classmethod
    def from_model(cls, event: Event) -> StoredEvent:
        return cls(
            seq=event.seq,
            at=event.at,
            firm_id=event.firm_id,
            topic=event.topic,
            client_account_id=event.client_account_id,
            job_id=event.job_id,
            thread_id=event.thread_id,
            request_id=event.request_id,
            recipient_staff_id=event.recipient_staff_id,
            client_visible=bool(event.client_visible),
            payload=event.payload,
        )

    def to_row(self) -> dict[str, Any]:
        """The event's columns (keyword arguments of `Event`)."""
        return {
            "seq": self.seq,
            "at": self.at,
            "firm_id": self.firm_id,
            "topic": self.topic,
            "client_account_id": self.client_account_id,
            "job_id": self.job_id,
            "thread_id": self.thread_id,
            "request_id": self.request_id,
            "recipient_staff_id": self.recipient_staff_id,
            "client_visible": self.client_visible,
            "payload": self.payload,
        }

    def to_dict(self) -> dict[str, Any]:
        """The event as JSON-ready data (the broadcast message): its row, time as ISO text."""
        return {**self.to_row(), "at": self.at.isoformat()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoredEvent:
        return cls(
            seq=int(data["seq"]),
            at=datetime.fromisoformat(data["at"]),
            firm_id=int(data["firm_id"]),
            topic=str(data["topic"]),
            client_account_id=data.get("client_account_id"),
            job_id=data.get("job_id"),
            thread_id=data.get("thread_id"),
            request_id=data.get("request_id"),
            recipient_staff_id=data.get("recipient_staff_id"),
            client_visible=bool(data.get("client_visible")),
            payload=data.get("payload") or {},
        )

    def to_message(self) -> str:
        """The wire form of one event on the broadcast channel."""
        return json.dumps(self.to_dict())


def batch_message(events: Sequence[StoredEvent]) -> str:
    """The wire form of several events in seq order: one broadcast message (a JSON array)
    instead of one per event, so a 10,000-job bulk edit is a few dozen publishes."""
    return json.dumps([event.to_dict() for event in events])


def events_of_message(message: str) -> list[StoredEvent]:
    """The events of a broadcast message: one event (an object) or a batch (an array)."""
    data = json.loads(message)
    if isinstance(data, list):
        return [StoredEvent.from_dict(item) for item in data]
    return [StoredEvent.from_dict(data)]
