"""A third party's secret link to one request: derived from the secret key, never stored.

The token is `<request id>.<generation>.<HMAC-SHA256(secret key, "request-link:<id>:<gen>")>`
(url-safe base64, 256 bits of MAC). The request row keeps only its link generation and when
the live link expires, so the live link can be shown and e-mailed again unchanged, and a new
generation (`reissue`) revokes every token of the older ones. A token of another deployment,
another request, an older generation or past its expiry opens nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from eventstore.audit import note
from firmflow.settings import get_settings
from models import ClientRequest

MAX_TOKEN_LENGTH = 200


@dataclass(frozen=True)
class IssuedLink:
    url: str
    token: str
    expires_at: datetime


def _mac(request_id: int, generation: int) -> str:
    key = get_settings().secret_key.encode()
    if not key:
        raise RuntimeError("FIRMFLOW_SECRET_KEY is not set (ensure_secret_key sets it)")
    digest = hmac.new(key, f"request-link:{request_id}:{generation}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def link_token(request_id: int, generation: int) -> str:
    return f"{request_id}.{generation}.{_mac(request_id, generation)}"


def parse_link_token(token: str | None) -> tuple[int, int] | None:
    """(request id, generation) of a token whose MAC is right; None for anything else."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    request_id, generation = int(parts[0]), int(parts[1])
    if request_id > 2**31 or generation > 2**31:
        return None
    if not hmac.compare_digest(parts[2], _mac(request_id, generation)):
        return None
    return request_id, generation


def link_is_live(request: ClientRequest, generation: int, now: datetime | None = None) -> bool:
    """Whether a (MAC-checked) token of `generation` opens the request now."""
    return (
        request.access == "THIRD_PARTY"
        and request.link_generation == generation
        and request.link_expires_at is not None
        and request.link_expires_at > (now or datetime.now(UTC))
    )


def _issued(request: ClientRequest) -> IssuedLink:
    assert request.link_expires_at is not None
    token = link_token(request.id, request.link_generation)
    return IssuedLink(
        url=f"{get_settings().public_url}/shared-request?token={token}",
        token=token,
        expires_at=request.link_expires_at,
    )


async def _new_generation(request: ClientRequest) -> IssuedLink:
    await _set_link(
        request,
        request.link_generation + 1,
        datetime.now(UTC) + timedelta(days=get_settings().link_days),
    )
    return _issued(request)


async def _set_link(request: ClientRequest, generation: int, expires_at: datetime | None) -> None:
    """The one place a request's link changes (issued, re-issued, revoked), in the audit log
    too."""
    before = {
        "link_generation": request.link_generation,
        "link_expires_at": request.link_expires_at,
    }
    request.link_generation, request.link_expires_at = generation, expires_at
    await ClientRequest.filter(id=request.id).update(
        link_generation=generation, link_expires_at=expires_at
    )
    note(
        "ClientRequest",
        request.id,
        before=before,
        after={"link_generation": generation, "link_expires_at": expires_at},
    )


async def live_link(request: ClientRequest) -> IssuedLink:
    """The request's live link, issuing one when there is none or it expired (inside
    `atomic()`, on a locked request row). Revokes nothing."""
    if link_is_live(request, request.link_generation):
        return _issued(request)
    return await _new_generation(request)


async def reissue_link(request: ClientRequest) -> IssuedLink:
    """A new live link; every earlier token of the request stops working."""
    return await _new_generation(request)


async def revoke_link(request: ClientRequest) -> None:
    """No live link any more (e.g. the request became PORTAL)."""
    await _set_link(request, request.link_generation + 1, None)
