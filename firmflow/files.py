"""`GET /files/{id}`: an uploaded file, for a viewer allowed to read its request.

Who: staff with access to the request, the account's portal user (PORTAL requests), or the
holder of a valid link of that request (`?token=` or `Authorization: Bearer <link token>`).
Everyone else, and every kind of failure, gets the same 404, so ids cannot be probed.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from firmflow.addresses import client_address
from firmflow.db import DATABASE_UNAVAILABLE
from resolvers.auth import bearer_token, viewer_from_token
from resolvers.errors import DomainError
from resolvers.request_answers import third_party_from_token
from resolvers.uploads import downloadable_file, normalised_content_type, served_inline
from resolvers.viewer import ANONYMOUS, Viewer

log = logging.getLogger("firmflow.files")


async def _viewer(request: Request) -> Viewer:
    """The signed-in viewer, or the third party of a link token (query or bearer)."""
    query_token = request.query_params.get("token")
    if query_token:
        return await third_party_from_token(query_token, client_address=client_address(request))
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        return ANONYMOUS
    viewer = await viewer_from_token(token)
    if viewer is not None:
        return viewer
    return await third_party_from_token(token, client_address=client_address(request))


async def download_file(request: Request) -> Response:
    try:
        viewer = await _viewer(request)
        row, path = await downloadable_file(viewer=viewer, file_id=request.path_params["file_id"])
    except DomainError as error:
        status = 429 if error.code == "RATE_LIMITED" else 404
        return PlainTextResponse(
            "not found" if status == 404 else error.message, status_code=status
        )
    except DATABASE_UNAVAILABLE as error:
        # The database is down or unreachable: a passing outage, not a bug (no traceback).
        log.warning("file %s not served: the database is unavailable (%s)", request.url.path, error)
        return PlainTextResponse("temporarily unavailable", status_code=503)
    # Normalised again: rows stored before the allow-list may hold any uploader's header.
    return FileResponse(
        path,
        media_type=normalised_content_type(row.content_type),
        filename=row.filename,
        content_disposition_type="inline" if served_inline(row.content_type) else "attachment",
        headers={
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )
