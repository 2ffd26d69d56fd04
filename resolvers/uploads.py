"""Files uploaded to FILE_UPLOAD questions, and who may download them.

A file is copied in chunks to FIRMFLOW_UPLOAD_DIR under a generated name (never the
client's filename), counting bytes as it goes: past FIRMFLOW_MAX_UPLOAD_BYTES the copy
stops, the partial file is removed and the caller gets BAD_INPUT. The SHA-256 and the
content type are kept. The row is written in one transaction after the copy, so no
database lock is held while bytes arrive; if that transaction fails, the file is removed.
"""

from __future__ import annotations

import hashlib
import inspect
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from eventstore.audit import delete_rows
from firmflow.settings import get_settings
from models import Answer, Question, UploadedFile
from resolvers.access import get_readable, readable_request_files, readable_requests
from resolvers.errors import BadInput, InvalidState, NotFound
from resolvers.request_answers import answering
from resolvers.requests import WAITING, locked_request, set_status
from resolvers.uow import after_commit, atomic
from resolvers.validate import parse_id
from resolvers.viewer import Viewer

CHUNK = 64 * 1024
FALLBACK_CONTENT_TYPE = "application/octet-stream"
# What clients upload to accountants. Anything else (text/html, image/svg+xml, a made-up or
# malformed type) is stored and served as application/octet-stream: the uploader's header
# is never echoed back as given.
ALLOWED_CONTENT_TYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/heic",
        "image/heif",
        "image/tiff",
        "text/plain",
        "text/csv",
        "application/zip",
        "application/rtf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        FALLBACK_CONTENT_TYPE,
    }
)
# Raster images are shown in the browser (sandboxed, nosniff); every other type downloads.
INLINE_CONTENT_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def normalised_content_type(raw: str | None) -> str:
    """The uploader's Content-Type reduced to a bare, lower-case type of the allow-list
    (parameters such as `charset=utf-7` dropped), else application/octet-stream."""
    bare = (raw or "").split(";", 1)[0].strip().lower()
    return bare if bare in ALLOWED_CONTENT_TYPES else FALLBACK_CONTENT_TYPE


def served_inline(content_type: str) -> bool:
    return normalised_content_type(content_type) in INLINE_CONTENT_TYPES


def safe_filename(raw: str | None) -> str:
    """The file's display name: its last path part, without control characters."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"\\/').strip()
    return (name or "upload")[:255]


def storage_path(storage_name: str) -> Path:
    return Path(get_settings().upload_dir) / storage_name


async def _read(upload: Any, size: int) -> bytes:
    data = upload.read(size)
    if inspect.isawaitable(data):
        data = await data
    return data


async def store_upload(upload: Any) -> tuple[str, int, str]:
    """Copy the upload to the upload folder; (storage name, size, sha256). BAD_INPUT (and
    nothing left on disk) when it exceeds the size cap."""
    settings = get_settings()
    limit = settings.max_upload_bytes
    folder = Path(settings.upload_dir)
    folder.mkdir(parents=True, exist_ok=True)
    storage_name = uuid.uuid4().hex
    path = folder / storage_name
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("xb") as out:
            while chunk := await _read(upload, CHUNK):
                size += len(chunk)
                if size > limit:
                    raise BadInput(f"the file is larger than {limit} bytes")
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return storage_name, size, digest.hexdigest()


async def upload_request_file(
    *,
    viewer: Viewer | None,
    request_id: object | None,
    token: str | None,
    question_id: object,
    upload: Any,
    client_address: str = "unknown",
) -> UploadedFile:
    """Answer a FILE_UPLOAD question with one more file (PENDING/IN_PROGRESS requests; the
    first answer moves PENDING to IN_PROGRESS)."""
    _who, request = await answering(
        viewer=viewer, request_id=request_id, token=token, client_address=client_address
    )
    if request.status not in WAITING:
        raise InvalidState(f"a {request.status} request takes no more answers")
    question_pk = parse_id(question_id, "questionId")
    question = await Question.filter(id=question_pk, request_id=request.id).first()
    if question is None:
        raise NotFound(f"question {question_pk} is not part of this request")
    if question.kind != "FILE_UPLOAD":
        raise BadInput(f"question {question_pk} is not a FILE_UPLOAD question")
    if upload is None or not hasattr(upload, "read"):
        raise BadInput("file must be a multipart upload")
    storage_name, size, sha256 = await store_upload(upload)
    try:
        async with atomic():
            request = await locked_request(request.id)
            if request.status not in WAITING:
                raise InvalidState(f"a {request.status} request takes no more answers")
            row = await UploadedFile.create(
                firm_id=request.firm_id,
                request_id=request.id,
                question_id=question.id,
                filename=safe_filename(getattr(upload, "filename", None)),
                content_type=normalised_content_type(getattr(upload, "content_type", None)),
                size=size,
                sha256=sha256,
                storage_name=storage_name,
            )
            if not await Answer.exists(question_id=question.id):
                await Answer.create(request_id=request.id, question_id=question.id)
            if request.status == "PENDING":
                await set_status(request, "IN_PROGRESS")
    except BaseException:
        storage_path(storage_name).unlink(missing_ok=True)
        raise
    return row


async def delete_request_file(
    *,
    viewer: Viewer | None,
    request_id: object | None,
    token: str | None,
    file_id: object,
    client_address: str = "unknown",
) -> bool:
    """Remove an uploaded file from its answer and from storage, before submission
    (PENDING or IN_PROGRESS, else INVALID_STATE). Whoever may answer the request may
    (the account's portal user by `requestId`, the third party by `token`), and so may staff
    who reach the request (by `requestId`). A FILE_UPLOAD answer left without files is
    cleared, so a required question counts as unanswered again."""
    if viewer is not None and viewer.is_staff and token is None and request_id is not None:
        request = await get_readable(
            readable_requests(viewer), parse_id(request_id, "requestId"), "client request"
        )
    else:
        _who, request = await answering(
            viewer=viewer, request_id=request_id, token=token, client_address=client_address
        )
    file_pk = parse_id(file_id, "fileId")
    async with atomic():
        request = await locked_request(request.id)
        if request.status not in WAITING:
            raise InvalidState(f"a {request.status} request's files can no longer be removed")
        row = await UploadedFile.filter(id=file_pk, request_id=request.id).first()
        if row is None:
            raise NotFound(f"file {file_pk} was not found")
        await delete_rows(UploadedFile.filter(id=row.id))
        if not await UploadedFile.exists(question_id=row.question_id):
            await delete_rows(Answer.filter(question_id=row.question_id))
        path = storage_path(row.storage_name)

        async def remove_stored_file() -> None:
            path.unlink(missing_ok=True)

        after_commit(remove_stored_file)
    return True


async def downloadable_file(*, viewer: Viewer, file_id: object) -> tuple[UploadedFile, Path]:
    """A file the viewer may read (see `readable_request_files`), and where it lies;
    NOT_FOUND otherwise."""
    row = await get_readable(readable_request_files(viewer), parse_id(file_id, "fileId"), "file")
    path = storage_path(row.storage_name)
    if not path.is_file():
        raise NotFound(f"file {file_id} was not found")
    return row, path
