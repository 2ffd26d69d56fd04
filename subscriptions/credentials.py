"""Open subscriptions stop when the credentials they were opened with stop working.

A websocket is authenticated once, at `connection_init`; a token revoked by `logout` (or
expired) and a request link revoked or expired must not keep receiving events. Before an
event is delivered the stream asks `credentials_still_valid`:
- a third party's link is checked exactly, every time (one subscriber per link);
- a bearer token's answer is shared by every subscription of that token in this process
  for `RECHECK_SECONDS`, so fan-out to thousands of sockets costs one query per token,
  not one per socket. `logout` in this process forgets the answer at once; a logout
  through another process reaches this one's sockets within `RECHECK_SECONDS`.
"""

from __future__ import annotations

import time

from resolvers.auth import request_link_still_valid, token_still_valid
from resolvers.viewer import Viewer

RECHECK_SECONDS = 5.0
_token_checks: dict[int, tuple[float, bool]] = {}


async def credentials_still_valid(viewer: Viewer) -> bool:
    if viewer.is_third_party:
        return await request_link_still_valid(viewer)
    if viewer.token_id is None:  # in-process callers (tests, scripts) hold no token
        return True
    now = time.monotonic()
    checked = _token_checks.get(viewer.token_id)
    if checked is not None and now - checked[0] < RECHECK_SECONDS:
        return checked[1]
    valid = await token_still_valid(viewer.token_id)
    _token_checks[viewer.token_id] = (now, valid)
    if len(_token_checks) > 50_000:  # stale answers of long-gone sockets
        _token_checks.clear()
    return valid


def forget_token(token_id: int) -> None:
    """Drop a cached answer (logout in this process takes effect at once)."""
    _token_checks.pop(token_id, None)
