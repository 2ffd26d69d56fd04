"""Outbound webhook requests: Standard Webhooks signatures and a guarded HTTP client.

Signing (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of the key; the
signature is base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")) sent as
`v1,<signature>`; several (old and new secret during a rotation) are space-separated.

The client is httpcore (the transport layer of httpx) with a network backend of our own,
because that is the one place where the address actually connected to is chosen: the host
name is resolved there, every address it resolves to is checked, and the connection is made
to the checked address, not to a second resolution of the name (DNS rebinding). Loopback,
private, link-local, shared, reserved and multicast addresses (everything not globally
routable) are refused unless FIRMFLOW_WEBHOOK_ALLOW_PRIVATE is set. TLS still verifies the
certificate against the URL's host name. Redirects are never followed (httpcore has none),
no proxy is read from the environment, every phase has a timeout, and at most
FIRMFLOW_WEBHOOK_MAX_RESPONSE_BYTES of a response are read.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import socket
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import httpcore

from firmflow.settings import get_settings

SECRET_PREFIX = "whsec_"
USER_AGENT = "firmflow-webhooks/1"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressNotAllowed(Exception):
    """The URL's host is (or resolves to) an address webhooks may not reach."""


# ---------------------------------------------------------------- signing


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """One Standard Webhooks signature, `v1,<base64>`."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(
    secrets: Iterable[str], msg_id: str, body: bytes, timestamp: int | None = None
) -> list[tuple[str, str]]:
    """The headers of one delivery attempt, signed with every secret in force."""
    stamp = int(time.time()) if timestamp is None else timestamp
    signatures = " ".join(sign(secret, msg_id, stamp, body) for secret in secrets)
    return [
        ("content-type", "application/json"),
        ("user-agent", USER_AGENT),
        ("webhook-id", msg_id),
        ("webhook-timestamp", str(stamp)),
        ("webhook-signature", signatures),
    ]


# ---------------------------------------------------------------- the address guard


def is_public(address: IPAddress) -> bool:
    """Globally routable unicast (an IPv4 address embedded in IPv6 is judged as itself)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return is_public(embedded)
        if address.teredo is not None:
            return all(is_public(part) for part in address.teredo)
    return address.is_global and not address.is_multicast


def literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def check_literal_host(host: str) -> None:
    """Refuse a URL whose host is a literal address webhooks may not reach (a name is
    checked when it is resolved, at every connection)."""
    address = literal_address(host)
    if address is not None and not get_settings().webhook_allow_private and not is_public(address):
        raise AddressNotAllowed(f"{address} is not a public address")


async def allowed_address(host: str, port: int, seconds: float | None) -> str:
    """The address to connect to for `host`: resolved here, every answer checked."""
    literal = literal_address(host)
    if literal is not None:
        addresses: Sequence[IPAddress] = [literal]
    else:
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(
                loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), seconds
            )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        except OSError as error:
            raise httpcore.ConnectError(f"{host} could not be resolved: {error}") from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise httpcore.ConnectError(f"{host} has no address")
    if not get_settings().webhook_allow_private:
        for address in addresses:
            if not is_public(address):
                raise AddressNotAllowed(f"{host} resolves to {address}, not a public address")
    return str(addresses[0])


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend that only connects to addresses `allowed_address` chose."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's signature
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address = await allowed_address(host, port, timeout)
        return await self._inner.connect_tcp(
            address,
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's signature
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressNotAllowed("webhooks are never sent to a unix socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


# ---------------------------------------------------------------- posting


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to: the response's status, or why there was none."""

    status: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class WebhookClient:
    """One connection pool per delivery worker (keep-alive to each receiver)."""

    def __init__(self) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            network_backend=GuardedBackend(),
            max_connections=200,
            max_keepalive_connections=100,
            keepalive_expiry=30.0,
            retries=0,
        )

    async def close(self) -> None:
        await self._pool.aclose()

    async def post(self, url: str, body: bytes, headers: list[tuple[str, str]]) -> Outcome:
        """POST once; never raises for the receiver's sake (its failures are outcomes)."""
        settings = get_settings()
        seconds = settings.webhook_timeout_seconds
        limit = settings.webhook_max_response_bytes
        timeouts = {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}
        try:
            # The phases have their own timeouts; a receiver that trickles bytes is cut off
            # by the whole attempt's.
            async with asyncio.timeout(seconds * 3):
                async with self._pool.stream(
                    "POST", url, headers=headers, content=body, extensions={"timeout": timeouts}
                ) as response:
                    read = 0
                    async for chunk in response.aiter_stream():
                        read += len(chunk)
                        if read > limit:
                            break  # the status is what counts; the rest is not read
                    return Outcome(response.status)
        except AddressNotAllowed as error:
            return Outcome(None, f"refused: {error}")
        except TimeoutError:
            return Outcome(None, "timed out")
        except httpcore.TimeoutException as error:
            return Outcome(None, f"timed out: {error}" if str(error) else "timed out")
        except (httpcore.ConnectError, httpcore.NetworkError, httpcore.ProtocolError) as error:
            return Outcome(None, f"{type(error).__name__}: {error}"[:300])
        except (httpcore.UnsupportedProtocol, httpcore.LocalProtocolError) as error:
            return Outcome(None, f"bad URL: {error}"[:300])
