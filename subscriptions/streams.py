"""Role-scoped event streams: replay what was missed, then follow live events.

Every stream works the same way (`stream_events`):
1. register with the process's hub first, so live events buffer from now on;
2. with `after`, replay the stored events after that seq (refused with INVALID_STATE when
   retention already pruned some of them), in seq order;
3. then deliver the buffered and live events, skipping any seq already replayed.
Seqs count the events of one firm in commit order (eventstore/store.py), and the hub
delivers every event of the firm committed after the registration, in order, exactly once
(subscriptions/hub.py): an event committed after the replay read has a larger seq than
anything replayed, so there is no gap and no duplicate.

Each stream's arguments are checked with the query access rules first: naming something
the viewer cannot read is NOT_FOUND, exactly like the queries.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

from eventstore.records import StoredEvent
from models import ClientNotification, Event, Notification
from resolvers.access import (
    can_use_account,
    get_readable,
    readable_notifications,
    readable_requests,
    readable_threads,
    require_signed_in,
    require_staff_or_client,
)
from resolvers.errors import BadInput
from resolvers.validate import parse_id
from resolvers.viewer import Viewer
from subscriptions.credentials import credentials_still_valid
from subscriptions.fanout import (
    PARKING,
    Parked,
    ParkedStream,
    credentials_error,
    overflow_error,
)
from subscriptions.hub import SubscriberOverflow, current_hub
from subscriptions.retention import check_resume_point

log = logging.getLogger(__name__)

REPLAY_PAGE = 500
Match = Callable[[StoredEvent], bool]


def _everything(event: StoredEvent) -> bool:
    return True


def parse_seq(value: str) -> int:
    """An `after` value: a stored event's seq (0 = from the beginning); else BAD_INPUT."""
    text = str(value).strip()
    if not text.isdigit() or len(text) > 18:
        raise BadInput(f"after {str(value)[:40]!r} is not an event seq")
    return int(text)


async def _replay(firm_id: int, topic: str, after: int) -> AsyncIterator[StoredEvent]:
    cursor = after
    while True:
        rows = (
            await Event.filter(firm_id=firm_id, topic=topic, seq__gt=cursor)
            .order_by("seq")
            .limit(REPLAY_PAGE)
        )
        for row in rows:
            yield StoredEvent.from_model(row)
        if len(rows) < REPLAY_PAGE:
            return
        cursor = rows[-1].seq


async def _require_credentials(viewer: Viewer) -> None:
    """End the subscription once its token or link no longer works (see credentials.py)."""
    if not await credentials_still_valid(viewer):
        raise credentials_error(viewer)


async def stream_events(
    *,
    viewer: Viewer,
    topic: str,
    after: str | None,
    match: Match = _everything,
    parkable: bool = False,
) -> AsyncIterator[StoredEvent]:
    """The events of `topic` the viewer may read (and `match` selects), replay then live.

    With `parkable`, a stream whose operation offers a `fanout.ParkingSpot` (graphql-transport-ws)
    parks once it is live with nothing queued: it raises `fanout.Parked` and the hub
    delivers its events from then on, with the same access and credentials checks."""
    after_seq = parse_seq(after) if after is not None else None
    firm_id = viewer.firm_id or 0
    if after_seq is not None:
        await check_resume_point(firm_id, after_seq)
    hub = current_hub()
    spot = PARKING.get() if parkable and not viewer.is_third_party else None
    async with hub.subscribe(firm_id, [topic]) as inbox:
        last_replayed = after_seq or 0
        delivered = last_replayed
        if after_seq is not None:
            async for event in _replay(firm_id, topic, after_seq):
                last_replayed = event.seq
                if match(event) and await hub.visible(viewer, event):
                    await _require_credentials(viewer)
                    delivered = event.seq
                    yield event
            delivered = max(delivered, last_replayed)
        while True:
            if spot is not None and not inbox.pending and not inbox.overflowed:
                if inbox.failure is not None:
                    raise inbox.failure
                spot.stream = ParkedStream(viewer, match, delivered, spot, hub, inbox)
                hub.park(inbox, spot.stream)
                raise Parked
            try:
                event = await inbox.get()
            except SubscriberOverflow:
                raise overflow_error(hub.queue_size, delivered) from None
            if event.seq <= last_replayed:
                continue  # already replayed (published after the replay read it)
            delivered = max(delivered, event.seq)
            if match(event) and await hub.visible(viewer, event):
                await _require_credentials(viewer)
                yield event


async def stream_task_events(
    *,
    viewer: Viewer,
    client_account_id: str | None = None,
    thread_id: str | None = None,
    after: str | None = None,
) -> AsyncIterator[StoredEvent]:
    """Client task events: of one thread, one account, or all the viewer may read."""
    require_staff_or_client(viewer)
    account = None
    thread = None
    if client_account_id is not None:
        account = await can_use_account(viewer, parse_id(client_account_id, "clientAccountId"))
    if thread_id is not None:
        thread = await get_readable(
            readable_threads(viewer), parse_id(thread_id, "threadId"), "thread"
        )

    def match(event: StoredEvent) -> bool:
        return (account is None or event.client_account_id == account.id) and (
            thread is None or event.thread_id == thread.id
        )

    async for event in stream_events(
        viewer=viewer, topic="task", after=after, match=match, parkable=True
    ):
        yield event


async def stream_job_events(
    *, viewer: Viewer, client_account_id: str | None = None, after: str | None = None
) -> AsyncIterator[StoredEvent]:
    """Job client-facing status events of one account or all the viewer may read."""
    require_staff_or_client(viewer)
    account = None
    if client_account_id is not None:
        account = await can_use_account(viewer, parse_id(client_account_id, "clientAccountId"))

    def match(event: StoredEvent) -> bool:
        return account is None or event.client_account_id == account.id

    async for event in stream_events(
        viewer=viewer, topic="job", after=after, match=match, parkable=True
    ):
        yield event


async def stream_request_events(
    *, viewer: Viewer, request_id: str | None = None, after: str | None = None
) -> AsyncIterator[StoredEvent]:
    """Request status events: of one request, or all the viewer may read (a third party:
    its one request, whether or not it names it)."""
    require_signed_in(viewer)
    request = None
    if request_id is not None:
        request = await get_readable(
            readable_requests(viewer), parse_id(request_id, "requestId"), "client request"
        )

    def match(event: StoredEvent) -> bool:
        return request is None or event.request_id == request.id

    async for event in stream_events(
        viewer=viewer, topic="request", after=after, match=match, parkable=True
    ):
        yield event


async def stream_inbox_notifications(
    *, viewer: Viewer, after: str | None = None
) -> AsyncIterator[Notification | ClientNotification]:
    """The viewer's new notifications: a staff member's Inbox+, a portal user's own inbox
    (FORBIDDEN for third parties)."""
    require_staff_or_client(viewer)
    async for event in stream_events(viewer=viewer, topic="inbox", after=after):
        notification_id = event.payload.get("notificationId")
        if notification_id is None:
            continue
        notification = await readable_notifications(viewer).filter(id=int(notification_id)).first()
        if notification is not None:  # deleted since: nothing to show
            yield notification
