"""The reference web client's pages (firmflow/static/app): one HTML shell for every path the
client knows, including each link the product e-mails, so a link opens its page instead of
a 404. The client itself is plain ES modules; no build step, no Node at run time.

The shell tells the client which optional operations this server has (`data-features`), so
pages for operations that are not served (yet) stay hidden instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

STATIC_DIR = Path(__file__).resolve().parent / "static"
APP_SHELL = STATIC_DIR / "app" / "index.html"

# Every path the client routes (app.js `pageFor`); the e-mailed links among them:
# /portal/invite?token=, /portal/threads/{id}, /portal/requests/{id}, /requests/{id},
# /shared-request?token=, /reset-password?token=. /preview/{id} is staff's portal preview.
CLIENT_PATHS = [
    "/",
    "/sign-in",
    "/board",
    "/forgot-password",
    "/reset-password",
    "/shared-request",
    "/requests/{request_id}",
    "/preview/{client_account_id}",
    "/portal",
    "/portal/{rest:path}",
]

# feature name -> the operations it needs, as they appear in the SDL
FEATURES = {
    "password-reset": ("requestPasswordReset(", "resetPassword("),
    "client-todo": ("clientTodo:",),
    "client-inbox": ("NEW_CLIENT_TASKS",),
    "portal-view": ("portalView(",),
}


# The client loads only its own files and talks only to this server ('self' covers the
# same-origin websocket in current browsers).
CLIENT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def client_features(sdl: str) -> list[str]:
    return [name for name, needs in FEATURES.items() if all(n in sdl for n in needs)]


def client_routes(sdl: str) -> list[Route]:
    """Routes serving the client's shell, with the features of the schema `sdl` built in."""
    shell = APP_SHELL.read_text().replace("__FEATURES__", " ".join(client_features(sdl)))

    async def page(request: Request) -> Response:
        return HTMLResponse(
            shell,
            headers={
                "Cache-Control": "no-cache",
                "Content-Security-Policy": CLIENT_CSP,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
            },
        )

    return [Route(path, page, methods=["GET", "HEAD"]) for path in CLIENT_PATHS]
