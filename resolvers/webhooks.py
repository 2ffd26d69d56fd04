"""Webhook endpoints: what owners and admins register, and the rules of each change.

An endpoint receives every event of its firm whose topic it asked for (job, request, task:
the firm-wide topics an owner's subscriptions receive; Inbox+ events are addressed to one
person and are not sent), after the seq that was current when it was created. Delivery is
`resolvers.webhook_delivery`; this module only changes endpoints, each change in one
transaction, and tells the local delivery worker after the commit.

Every change that moves an endpoint's queue (pause, resume, replay, delete) also ends any
lease a delivery process holds on it: that process's next conditional UPDATE finds the
lease gone and it stops, so a replay is never overwritten by a delivery in flight (which
may then arrive once more: delivery is at least once).
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from eventstore.audit import update_rows
from firmflow.settings import get_settings
from firmflow.webhook_http import SECRET_PREFIX, AddressNotAllowed, check_literal_host
from models import EventCounter, EventPruneMark, WebhookDelivery, WebhookEndpoint
from resolvers.access import get_readable, readable_webhook_endpoints, require_admin
from resolvers.errors import BadInput, InvalidState
from resolvers.uow import after_commit, atomic
from resolvers.validate import check_page_size, parse_id
from resolvers.viewer import Viewer

WEBHOOK_TOPICS = ("job", "request", "task")
MAX_ENDPOINTS_PER_FIRM = 100
MAX_URL_LENGTH = 2000
MAX_DESCRIPTION_LENGTH = 500

# The local delivery worker's wake-up (set by the app when the worker starts).
_on_change: list[Callable[[], Awaitable[None]]] = []


def on_endpoints_changed(callback: Callable[[], Awaitable[None]]) -> None:
    """Call `callback` after every committed endpoint change (the delivery worker)."""
    if callback not in _on_change:
        _on_change.append(callback)


def forget_endpoint_listeners() -> None:
    _on_change.clear()


async def _changed() -> None:
    for callback in list(_on_change):
        await callback()


@dataclass(frozen=True)
class WithSecret:
    """An endpoint with its signing secret: shown once (creation and rotation)."""

    endpoint: WebhookEndpoint
    secret: str


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def secrets_in_force(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The secrets that sign a delivery now: the current one, and during a rotation's grace
    period the previous one too."""
    keys = [endpoint.secret]
    if (
        endpoint.previous_secret
        and endpoint.previous_secret_until is not None
        and endpoint.previous_secret_until > now
    ):
        keys.append(endpoint.previous_secret)
    return keys


def check_url(url: str) -> str:
    text = (url or "").strip()
    if len(text) > MAX_URL_LENGTH:
        raise BadInput(f"url is longer than {MAX_URL_LENGTH} characters")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise BadInput("url is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput("url must be an http:// or https:// URL with a host")
    if parts.username or parts.password:
        raise BadInput("url must not carry a user name or password")
    if parts.fragment:
        raise BadInput("url must not have a #fragment")
    try:
        check_literal_host(parts.hostname)
    except AddressNotAllowed as error:
        raise BadInput(f"url: {error}") from None
    return text


def check_topics(topics: Sequence[str]) -> str:
    chosen = sorted({str(topic).strip().lower() for topic in topics})
    if not chosen:
        raise BadInput("topics must name at least one of " + ", ".join(WEBHOOK_TOPICS))
    unknown = [topic for topic in chosen if topic not in WEBHOOK_TOPICS]
    if unknown:
        raise BadInput(f"unknown topic {unknown[0]!r}: use " + ", ".join(WEBHOOK_TOPICS))
    return ",".join(chosen)


def check_description(description: str | None) -> str:
    text = (description or "").strip()
    if len(text) > MAX_DESCRIPTION_LENGTH:
        raise BadInput(f"description is longer than {MAX_DESCRIPTION_LENGTH} characters")
    return text


async def _last_seq(firm_id: int) -> int:
    counter = await EventCounter.filter(firm_id=firm_id).first()
    return counter.last_seq if counter else 0


async def list_endpoints(*, viewer: Viewer) -> list[WebhookEndpoint]:
    return await readable_webhook_endpoints(viewer).order_by("id")


async def get_endpoint(*, viewer: Viewer, endpoint_id: object) -> WebhookEndpoint:
    eid = parse_id(endpoint_id, "id")
    return await get_readable(readable_webhook_endpoints(viewer), eid, "webhook endpoint")


async def create_endpoint(
    *, viewer: Viewer, url: str, topics: Sequence[str], description: str | None
) -> WithSecret:
    """Register an endpoint; it receives the events committed from now on."""
    require_admin(viewer)
    checked_url = check_url(url)
    topic_text = check_topics(topics)
    text = check_description(description)
    secret = new_secret()
    async with atomic():
        if await WebhookEndpoint.filter(firm_id=viewer.firm_id).count() >= MAX_ENDPOINTS_PER_FIRM:
            raise BadInput(f"a firm has at most {MAX_ENDPOINTS_PER_FIRM} webhook endpoints")
        endpoint = await WebhookEndpoint.create(
            firm_id=viewer.firm_id,
            url=checked_url,
            topics=topic_text,
            description=text,
            secret=secret,
            cursor_seq=await _last_seq(viewer.firm_id or 0),
        )
        after_commit(_changed)
    return WithSecret(endpoint, secret)


async def _update(viewer: Viewer, endpoint_id: object, **changes: Any) -> WebhookEndpoint:
    """Change an endpoint of the viewer's firm and end any delivery lease on it."""
    require_admin(viewer)
    async with atomic():
        endpoint = await get_endpoint(viewer=viewer, endpoint_id=endpoint_id)
        changes.update(lease_token=None, lease_until=None)
        await update_rows(WebhookEndpoint.filter(id=endpoint.id), **changes)
        after_commit(_changed)
        await endpoint.refresh_from_db()
    return endpoint


async def set_paused(*, viewer: Viewer, endpoint_id: object, paused: bool) -> WebhookEndpoint:
    """Pause (nothing is sent; events wait) or resume. Resuming an endpoint marked failing
    clears the mark and tries the waiting event again at once, with a fresh retry window."""
    if paused:
        return await _update(viewer, endpoint_id, paused=True)
    return await _update(
        viewer,
        endpoint_id,
        paused=False,
        failing_since=None,
        attempts=0,
        first_failure_at=None,
        next_attempt_at=None,
    )


async def delete_endpoint(*, viewer: Viewer, endpoint_id: object) -> bool:
    require_admin(viewer)
    async with atomic():
        endpoint = await get_endpoint(viewer=viewer, endpoint_id=endpoint_id)
        await endpoint.delete()
        after_commit(_changed)
    return True


async def rotate_secret(*, viewer: Viewer, endpoint_id: object) -> WithSecret:
    """A new secret signs from now on; the old one signs too (both signatures are sent)
    for FIRMFLOW_WEBHOOK_SECRET_GRACE_SECONDS, so the receiver can switch at leisure."""
    require_admin(viewer)
    secret = new_secret()
    grace = timedelta(seconds=get_settings().webhook_secret_grace_seconds)
    async with atomic():
        endpoint = await get_endpoint(viewer=viewer, endpoint_id=endpoint_id)
        await update_rows(
            WebhookEndpoint.filter(id=endpoint.id),
            secret=secret,
            previous_secret=endpoint.secret,
            previous_secret_until=datetime.now(UTC) + grace,
        )
        await endpoint.refresh_from_db()
    return WithSecret(endpoint, secret)


async def replay_from(*, viewer: Viewer, endpoint_id: object, seq: object) -> WebhookEndpoint:
    """Deliver again every covered event from `seq` on (in order, then the new ones).
    INVALID_STATE when retention already pruned events from there, or `seq` is beyond the
    firm's next event."""
    require_admin(viewer)
    seq = parse_id(seq, "fromSeq")
    firm_id = viewer.firm_id or 0
    mark = await EventPruneMark.filter(firm_id=firm_id).first()
    if mark is not None and seq <= mark.pruned_through_seq:
        raise InvalidState(
            f"events up to {mark.pruned_through_seq} are no longer kept"
            f" (older than {get_settings().event_retention_days} days)"
        )
    last = await _last_seq(firm_id)
    if seq > last + 1:
        raise InvalidState(f"seq {seq} is beyond the firm's next event ({last + 1})")
    return await _update(
        viewer,
        endpoint_id,
        cursor_seq=seq - 1,
        attempts=0,
        first_failure_at=None,
        next_attempt_at=None,
    )


async def list_deliveries(
    *, viewer: Viewer, endpoint_id: object, first: int, before: object | None
) -> list[WebhookDelivery]:
    """The endpoint's delivery log, newest first (`before`: a delivery id, for the next
    page)."""
    endpoint = await get_endpoint(viewer=viewer, endpoint_id=endpoint_id)
    query = WebhookDelivery.filter(endpoint_id=endpoint.id)
    if before is not None:
        query = query.filter(id__lt=parse_id(before, "before"))
    return await query.order_by("-id").limit(check_page_size(first))
