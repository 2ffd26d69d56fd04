"""Open subscriptions stop when the credentials they were opened with stop working.

A websocket is authenticated once, at `connection_init`; a token revoked by `logout` (or
expired) and a request link revoked or expired must not keep receiving events. Before an
event is delivered the stream asks `credentials_still_valid`:
- a third party's link is checked exactly, every time (one subscriber per link);
- a bearer token's answer is shared by every subscription of that token in this process
  for `RECHECK_SECONDS`, so fan-out to thousands of sockets costs one query per token,
  not one per socket. The sockets of one token all wake for the same event, so the check
  in flight is shared too (without that, 1,000 sockets made 1,000 concurrent queries each
  time the answer expired: a quarter of the fan-out's time). `logout` in this process
  forgets the answer at once; a logout through another process reaches this one's sockets
  within `RECHECK_SECONDS`.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict

from resolvers.auth import on_token_revoked, request_link_still_valid, token_still_valid
from resolvers.viewer import Viewer

RECHECK_SECONDS = 5.0
_token_checks: dict[int, tuple[float, bool]] = {}
_in_flight: dict[int, asyncio.Future[bool]] = {}
# Bumped by `forget_token`: an answer read before a logout is not kept after it.
_forgotten: defaultdict[int, int] = defaultdict(int)


async def credentials_still_valid(viewer: Viewer) -> bool:
    known = known_answer(viewer)
    if known is not None:
        return known
    if viewer.is_third_party or viewer.token_id is None:
        return await request_link_still_valid(viewer)
    return await _check_token(viewer.token_id)


def known_answer(viewer: Viewer) -> bool | None:
    """`credentials_still_valid` when it needs no await (a shared answer still fresh, or
    no token to check); None otherwise. A request link is never known in advance."""
    if viewer.is_third_party:
        return None
    if viewer.token_id is None:  # in-process callers (tests, scripts) hold no token
        return True
    checked = _token_checks.get(viewer.token_id)
    if checked is not None and time.monotonic() - checked[0] < RECHECK_SECONDS:
        return checked[1]
    return None


async def _check_token(token_id: int) -> bool:
    """One query per token at a time; every concurrent caller awaits its answer."""
    checking = _in_flight.get(token_id)
    if checking is None:
        checking = asyncio.ensure_future(_query_token(token_id))
        _in_flight[token_id] = checking
        checking.add_done_callback(lambda done: _settled(token_id, done))
    return await asyncio.shield(checking)


def _settled(token_id: int, done: asyncio.Future[bool]) -> None:
    if _in_flight.get(token_id) is done:  # not a newer check started after a logout
        del _in_flight[token_id]


async def _query_token(token_id: int) -> bool:
    generation, started = _forgotten[token_id], time.monotonic()
    valid = await token_still_valid(token_id)
    if _forgotten[token_id] == generation:
        if len(_token_checks) > 50_000:  # stale answers of long-gone sockets
            _token_checks.clear()
        _token_checks[token_id] = (started, valid)
    return valid


def forget_token(token_id: int) -> None:
    """Drop a cached answer (logout in this process takes effect at once)."""
    _token_checks.pop(token_id, None)
    _in_flight.pop(token_id, None)
    if len(_forgotten) > 50_000:
        _forgotten.clear()
    _forgotten[token_id] += 1


on_token_revoked(forget_token)
