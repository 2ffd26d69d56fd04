"""The per-request GraphQL context: who is calling, and per-request DataLoaders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from firmflow.tracing import traced_loader
from resolvers.viewer import ANONYMOUS, Viewer


@dataclass
class Context:
    request: Request | WebSocket | None = None
    response: Response | WebSocket | None = None
    _viewer: Viewer = ANONYMOUS
    auth_error: Exception | None = None
    connection_params: dict[str, Any] | None = None
    client_address: str = "unknown"
    # The sign-in token (or link) a websocket counts against (firmflow/websockets.py).
    socket_token_key: str | None = None
    loaders: dict[str, DataLoader] = field(default_factory=dict)

    @property
    def viewer(self) -> Viewer:
        """The caller; raises the authentication error if the request's token was bad."""
        if self.auth_error is not None:
            raise self.auth_error
        return self._viewer

    @viewer.setter
    def viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer

    def loader(self, name: str, load_fn: Callable[[list[Any]], Any]) -> DataLoader:
        """A DataLoader shared by this request, created on first use."""
        if name not in self.loaders:
            self.loaders[name] = DataLoader(load_fn=traced_loader(name, load_fn))
        return self.loaders[name]
