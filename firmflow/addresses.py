"""The one function every per-address limit reads the caller's address through."""

from __future__ import annotations

from starlette.requests import HTTPConnection


def client_address(connection: HTTPConnection) -> str:
    """The caller's address, for every per-address limit (wrong links, sign-ins,
    websockets). It is the peer of the connection: `firmflow serve` lets uvicorn replace it
    with the X-Forwarded-For client only when the peer is one of FIRMFLOW_TRUSTED_PROXIES
    (none by default), so a caller cannot choose the address it is counted under."""
    return connection.client.host if connection.client else "unknown"
