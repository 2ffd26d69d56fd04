"""Live events written straight to the sockets: one encoding per (event, operation), no task
per subscription.

A subscription over graphql-transport-ws first runs like any other (strawberry checks the
document and the arguments, `streams.stream_events` replays what `after` asks for). Once it
is live and its queue is empty, the stream *parks*: it hands the hub a `ParkedStream` (who
may see what, which operation, where to write) and its task, with strawberry's and
graphql-core's per-subscription machinery, ends. From then on the hub's own task delivers
each event to every parked stream of its firm and topic (`fan_out`):

- the access decision is the hub's shared one (once per event and view, `EventHub.visible`),
  the credentials check the shared one (once per token, `credentials.py`): both are applied
  to every stream, exactly as the per-subscription path applies them;
- the payload is executed and encoded once per (event, operation): streams with the same
  document and variables receive the same bytes, behind their own operation id. Streams
  that may not see an event never reach the encoding step, so an audience never receives
  another audience's bytes;
- each frame is written at once; a socket whose peer stopped reading gets an `Outbox`
  backlog (only that socket waits) and, past the queue size, the same "fell behind,
  resume with after" error as a queued subscription.

An idle parked subscription costs a few small objects instead of a task, four async
generators and strawberry's and graphql-core's per-operation state (bench/README.md).
Legacy graphql-ws sockets, HTTP subscriptions, third parties (whose request link is
checked exactly before every event) and the Inbox+ stream (a database read per
notification) keep the queued path.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Generator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from eventstore.records import StoredEvent
from resolvers.access import view_key
from resolvers.errors import DomainError, InvalidState, NotFound, Unauthenticated
from resolvers.viewer import Viewer
from subscriptions.credentials import credentials_still_valid, known_answer

if TYPE_CHECKING:
    from subscriptions.hub import EventHub, Subscriber

log = logging.getLogger(__name__)

Match = Callable[[StoredEvent], bool]
# The payload of one event for one operation, encoded (a `next` message's "payload").
Render = Callable[[StoredEvent], Awaitable[str]]


class Parked(BaseException):
    """Raised out of a stream that now lives in the hub: its operation's task ends quietly.

    A BaseException, so that neither graphql-core nor strawberry turns it into an error
    result; the websocket handler that set up the `ParkingSpot` catches it."""


def overflow_error(queue_size: int, delivered: int) -> InvalidState:
    return InvalidState(
        f"this subscription fell behind by more than {queue_size} events and "
        f'was closed; subscribe again with after: "{delivered}" to resume'
    )


def credentials_error(viewer: Viewer) -> DomainError:
    if viewer.is_third_party:
        return NotFound("this request link is unknown, revoked or expired")
    return Unauthenticated("the token is revoked or expired; sign in again and resubscribe")


class ParkingSpot:
    """What the websocket handler offers one operation's stream (set in `PARKING` for the
    operation's task): the operation's frames, and how the operation ends."""

    __slots__ = (
        "finish",
        "frame_prefix",
        "render",
        "render_key",
        "send_text",
        "serialize",
        "stream",
        "write_frame",
    )

    def __init__(
        self,
        *,
        send_text: Callable[[str], Coroutine[Any, Any, None]],
        frame_prefix: str,
        render: Callable[[StoredEvent], Awaitable[str]],
        render_key: object,
        finish: Callable[[ParkedStream, Exception | None], None],
        write_frame: Callable[[bytes], bool] | None = None,
        serialize: Callable[[str], bytes] | None = None,
    ) -> None:
        self.send_text = send_text
        # Where the socket takes a frame serialized once for all (`serialize`) as is:
        # True when written, False when the frame must be sent the ordinary way.
        self.write_frame = write_frame if serialize is not None else None
        self.serialize = serialize
        self.frame_prefix = frame_prefix  # the `next` message up to its payload
        self.render = render
        self.render_key = render_key  # equal for operations whose payloads are equal
        self.finish = finish  # called once when the parked stream ends
        self.stream: ParkedStream | None = None  # once parked


PARKING: ContextVar[ParkingSpot | None] = ContextVar("firmflow_parking", default=None)


class Outbox:
    """One parked stream's writes to its socket, in order; a backlog only while the peer
    does not read (a paused transport)."""

    __slots__ = ("backlog", "send_text", "write_frame", "written")

    def __init__(
        self,
        send_text: Callable[[str], Coroutine[Any, Any, None]],
        write_frame: Callable[[bytes], bool] | None = None,
    ) -> None:
        self.send_text = send_text
        self.write_frame = write_frame
        self.backlog: deque[tuple[int, str]] | None = None
        self.written = 0  # the seq of the last frame handed to the socket

    def push(self, seq: int, frame: str, limit: int, wire: bytes | None = None) -> bool:
        """Write the frame now (`wire`: the same, serialized, if the socket takes that), or
        queue it behind a write that waits; False when the backlog is full (the stream must
        end: the peer fell behind)."""
        if self.backlog is not None:
            if len(self.backlog) >= limit:
                return False
            self.backlog.append((seq, frame))
            return True
        if wire is not None and self.write_frame is not None and self.write_frame(wire):
            self.written = seq
            return True
        sending = self.send_text(frame)
        try:
            waiting_for = sending.send(None)
        except StopIteration:
            self.written = seq
            return True
        # The transport is paused: finish this write, then the backlog, in a task.
        self.backlog = deque()
        task = asyncio.ensure_future(self._drain(sending, waiting_for, seq))
        task.add_done_callback(_log_failure)
        return True

    async def _drain(self, sending: Coroutine[Any, Any, None], waiting_for: Any, seq: int) -> None:
        await _Resume(sending, waiting_for)
        self.written = seq
        while self.backlog:
            seq, frame = self.backlog.popleft()
            await self.send_text(frame)
            self.written = seq
        self.backlog = None

    def drop(self) -> None:
        """Forget the backlog (the stream ended)."""
        if self.backlog is not None:
            self.backlog.clear()


class _Resume:
    """Awaiting this continues a coroutine that was started by hand (`Outbox.push`) and is
    waiting for `waiting_for`, as if it had been awaited from the start."""

    __slots__ = ("coroutine", "waiting_for")

    def __init__(self, coroutine: Coroutine[Any, Any, None], waiting_for: Any) -> None:
        self.coroutine = coroutine
        self.waiting_for = waiting_for

    def __await__(self) -> Generator[Any, Any, None]:
        coroutine, waiting_for = self.coroutine, self.waiting_for
        while True:
            try:
                sent = yield waiting_for
            except BaseException as error:  # the task was cancelled: so is the write
                try:
                    waiting_for = coroutine.throw(error)
                except StopIteration:
                    return
            else:
                try:
                    waiting_for = coroutine.send(sent)
                except StopIteration:
                    return


def _log_failure(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("a parked stream's write failed: %s", task.exception())


class ParkedStream:
    """A live subscription held by the hub instead of a task."""

    __slots__ = (
        "after",
        "ended",
        "hub",
        "match",
        "outbox",
        "spot",
        "subscriber",
        "token_id",
        "view",
        "viewer",
    )

    def __init__(
        self,
        viewer: Viewer,
        match: Match,
        after: int,
        spot: ParkingSpot,
        hub: EventHub,
        subscriber: Subscriber,
    ) -> None:
        self.viewer = viewer
        # Whose access decisions this stream shares (a parked stream is never an inbox:
        # `decision_key` is the view's) and whose credentials answer.
        self.view = view_key(viewer)
        self.token_id = viewer.token_id
        self.match = match
        self.after = after  # events up to this seq were replayed or delivered already
        self.spot = spot
        self.outbox = Outbox(spot.send_text, spot.write_frame)
        self.outbox.written = after
        self.hub = hub
        self.subscriber = subscriber
        self.ended = False

    def end(self, error: Exception | None) -> None:
        """Leave the hub; with an error, the client is told (then `complete`)."""
        if self.ended:
            return
        self.ended = True
        self.outbox.drop()
        self.hub.release(self.subscriber)
        self.spot.finish(self, error)


async def fan_out(hub: EventHub, event: StoredEvent, streams: list[ParkedStream]) -> int:
    """Deliver one event to the parked streams of its firm and topic; returns how many
    received it. Per stream: the shared decision for its view, the shared answer for its
    token, the shared payload for its operation, one write."""
    key = event.key
    payloads: dict[object, str] = {}
    # Per operation and id: the frame, and the same serialized for sockets that take it.
    frames: dict[tuple[object, str], tuple[str, bytes | None]] = {}
    tokens: dict[int | None, bool] = {}  # this event's answers, per token
    delivered = 0
    for stream in streams:
        if stream.ended or event.seq <= stream.after or not stream.match(event):
            continue
        visible = hub.decided_for(key, stream.view)
        if visible is None:
            visible = await hub.visible(stream.viewer, event)
        if not visible or stream.ended:
            continue
        valid = tokens.get(stream.token_id)
        if valid is None:
            valid = known_answer(stream.viewer)
            if valid is None:
                valid = await credentials_still_valid(stream.viewer)
            tokens[stream.token_id] = valid
        if not valid:
            stream.end(credentials_error(stream.viewer))
            continue
        spot = stream.spot
        framed = frames.get((spot.render_key, spot.frame_prefix))
        if framed is None:
            payload = payloads.get(spot.render_key)
            if payload is None:
                try:
                    payload = await spot.render(event)
                except Exception as error:  # this stream ends with its error, told as ever
                    stream.end(error)
                    continue
                payloads[spot.render_key] = payload
            frame = spot.frame_prefix + payload + "}"
            framed = (frame, spot.serialize(frame) if spot.serialize is not None else None)
            frames[spot.render_key, spot.frame_prefix] = framed
        if stream.ended:
            continue
        frame, wire = framed
        if wire is None and spot.serialize is not None:
            wire = spot.serialize(frame)
        try:
            pushed = stream.outbox.push(event.seq, frame, hub.queue_size, wire)
        except Exception:  # the socket is gone; its handler cleans up
            stream.end(None)
            continue
        if not pushed:
            hub.overflows += 1
            stream.end(overflow_error(hub.queue_size, stream.outbox.written))
            continue
        stream.after = event.seq
        delivered += 1
    return delivered
