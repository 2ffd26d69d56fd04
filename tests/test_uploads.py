"""File answers: GraphQL multipart uploads over real HTTP, the size cap, the CSRF guard,
and who may download a file."""

import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from firmflow.settings import get_settings, use_settings
from models import ClientRequest, UploadedFile
from tests.support import error_code, make_firm
from tests.support_requests import (
    GET,
    SHARED,
    SUBMIT,
    UPLOAD,
    create_request,
    data,
    question_ids,
    sent_third_party_request,
    upload,
)

PDF = b"%PDF-1.7\n" + b"W-2 wages 52,000\n" * 100


@pytest.fixture
async def web(live_server: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the real server on a loopback port (real HTTP, real multipart)."""
    async with httpx.AsyncClient(base_url=f"http://{live_server}") as client:
        yield client


def _stored_files() -> list[Path]:
    folder = Path(get_settings().upload_dir)
    return sorted(folder.iterdir()) if folder.exists() else []


async def _portal_request(gql, world, **extra):
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], send=True, **extra
    )
    return request, question_ids(request)


async def test_a_portal_user_uploads_a_file_over_multipart_http(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=PDF,
        bearer=world.clients["alpha"].token,
    )
    assert response.status_code == 200, response.text
    uploaded = data(response.json(), "uploadRequestFile")
    assert uploaded["filename"] == "w2.pdf"
    assert uploaded["contentType"] == "application/pdf"
    assert uploaded["size"] == len(PDF)
    assert uploaded["url"] == f"http://testserver.local/files/{uploaded['id']}"
    row = await UploadedFile.get(id=uploaded["id"])
    assert row.sha256 == hashlib.sha256(PDF).hexdigest()
    stored = Path(get_settings().upload_dir) / row.storage_name
    assert stored.read_bytes() == PDF and "w2" not in row.storage_name
    assert (await ClientRequest.get(id=request["id"])).status == "IN_PROGRESS"
    shown = data(await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest")
    answer = next(a for a in shown["answers"] if a["questionId"] == ids["FILE_UPLOAD"])
    assert [f["id"] for f in answer["files"]] == [uploaded["id"]]


async def test_a_client_filename_never_becomes_a_path(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=b"x",
        filename="../../etc/passwd",
        bearer=world.clients["alpha"].token,
    )
    uploaded = data(response.json(), "uploadRequestFile")
    assert uploaded["filename"] == "passwd"
    row = await UploadedFile.get(id=uploaded["id"])
    assert (Path(get_settings().upload_dir) / row.storage_name).is_file()


async def test_a_file_over_the_size_cap_is_refused_and_removed(gql, web, settings):
    use_settings(settings.with_changes(max_upload_bytes=1000))
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    before = _stored_files()
    too_big = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=b"a" * 1001,
        bearer=world.clients["alpha"].token,
    )
    assert too_big.json()["errors"][0]["extensions"]["code"] == "BAD_INPUT"
    assert _stored_files() == before
    assert not await UploadedFile.exists()
    assert (await ClientRequest.get(id=request["id"])).status == "PENDING"
    just_fits = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=b"a" * 1000,
        bearer=world.clients["alpha"].token,
    )
    assert data(just_fits.json(), "uploadRequestFile")["size"] == 1000


async def test_a_body_far_over_the_cap_is_refused_while_it_arrives(gql, web, settings):
    from firmflow.app import MULTIPART_OVERHEAD_BYTES

    use_settings(settings.with_changes(max_upload_bytes=1000))
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    oversized = b"a" * (1000 + MULTIPART_OVERHEAD_BYTES + 1)

    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=oversized,
        bearer=world.clients["alpha"].token,
    )
    assert response.status_code == 413, response.text
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_INPUT"

    # Without a Content-Length (chunked), the server counts the bytes as they arrive.
    boundary = "firmflow-test-boundary"
    operations = json.dumps(
        {
            "query": f'mutation($f: Upload!) {{ uploadRequestFile(requestId: "{request["id"]}",'
            f' questionId: "{ids["FILE_UPLOAD"]}", file: $f) {{ id }} }}',
            "variables": {"f": None},
        }
    )
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'
        f'{operations}\r\n--{boundary}\r\nContent-Disposition: form-data; name="map"\r\n'
        f'\r\n{{"0": ["variables.f"]}}\r\n--{boundary}\r\nContent-Disposition: form-data; '
        f'name="0"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
    ).encode()

    async def chunks():
        yield head
        for start in range(0, len(oversized), 65536):
            yield oversized[start : start + 65536]
        yield f"\r\n--{boundary}--\r\n".encode()

    response = await web.post(
        "/graphql",
        content=chunks(),
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Apollo-Require-Preflight": "true",
            "Authorization": f"Bearer {world.clients['alpha'].token}",
        },
    )
    assert response.status_code == 413, response.text
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_INPUT"
    assert not await UploadedFile.exists()


async def test_a_multipart_post_without_the_preflight_header_is_refused(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=PDF,
        bearer=world.clients["alpha"].token,
        preflight=False,
    )
    assert response.status_code == 400
    assert not await UploadedFile.exists()


@pytest.mark.parametrize("content_type", ["Multipart/Form-Data", "MULTIPART/FORM-DATA"])
async def test_a_multipart_post_in_other_letter_case_still_needs_the_preflight_header(
    gql, web, content_type
):
    """Browsers send a simple cross-site request with any case of the multipart type."""
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    operations = {
        "query": UPLOAD,
        "variables": {"requestId": request["id"], "questionId": ids["FILE_UPLOAD"], "file": None},
    }
    built = web.build_request(
        "POST",
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": ("w2.pdf", PDF, "application/pdf")},
        headers={"Authorization": f"Bearer {world.clients['alpha'].token}"},
    )
    built.headers["Content-Type"] = built.headers["Content-Type"].replace(
        "multipart/form-data", content_type
    )
    response = await web.send(built)
    assert response.status_code == 400
    assert not await UploadedFile.exists()


async def test_uploads_only_answer_file_questions_of_the_callers_request(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    client = world.clients["alpha"].token
    before = _stored_files()

    async def code(**kwargs) -> str:
        response = await upload(web, content=PDF, **kwargs)
        return response.json()["errors"][0]["extensions"]["code"]

    rid = request["id"]
    assert await code(request_id=rid, question_id=ids["SHORT_TEXT"], bearer=client) == "BAD_INPUT"
    _other, other_ids = await _portal_request(gql, world)
    assert (
        await code(request_id=rid, question_id=other_ids["FILE_UPLOAD"], bearer=client)
        == "NOT_FOUND"
    )
    fid = ids["FILE_UPLOAD"]
    assert await code(request_id=rid, question_id=fid, bearer=world.clients["beta"].token) == (
        "NOT_FOUND"
    )
    assert await code(request_id=rid, question_id=fid, bearer=world.owner.token) == "FORBIDDEN"
    assert await code(request_id=rid, question_id=fid) == "UNAUTHENTICATED"
    assert await code(question_id=fid, bearer=client) == "BAD_INPUT"
    assert not await UploadedFile.exists() and _stored_files() == before


async def test_a_required_file_question_is_answered_by_an_upload(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(
        gql, world, questions=[{"kind": "FILE_UPLOAD", "prompt": "W-2?", "required": True}]
    )
    client = world.clients["alpha"].token
    missing = await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    assert error_code(missing) == "BAD_INPUT"
    assert "W-2?" in missing["errors"][0]["message"]
    await upload(
        web, request_id=request["id"], question_id=ids["FILE_UPLOAD"], content=PDF, bearer=client
    )
    assert data(
        await gql(SUBMIT, {"requestId": request["id"]}, token=client), "submitClientRequest"
    )
    late = await upload(
        web, request_id=request["id"], question_id=ids["FILE_UPLOAD"], content=PDF, bearer=client
    )
    assert late.json()["errors"][0]["extensions"]["code"] == "INVALID_STATE"


async def test_a_third_party_uploads_with_its_token_and_downloads_with_it(gql, web):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    response = await upload(
        web, token=token, question_id=question_ids(request)["FILE_UPLOAD"], content=PDF
    )
    uploaded = data(response.json(), "uploadRequestFile")
    shared = data(await gql(SHARED, {"token": token}), "sharedRequest")
    assert shared["answers"][0]["files"][0]["id"] == uploaded["id"]
    path = f"/files/{uploaded['id']}"
    by_query = await web.get(path, params={"token": token})
    assert by_query.status_code == 200 and by_query.content == PDF
    by_bearer = await web.get(path, headers={"Authorization": f"Bearer {token}"})
    assert by_bearer.status_code == 200 and by_bearer.content == PDF
    _, other_token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    assert (await web.get(path, params={"token": other_token})).status_code == 404
    assert (await web.get(path, params={"token": "wrong"})).status_code == 404


async def test_downloads_only_for_viewers_of_the_request(gql, web):
    world = await make_firm()
    other_firm = await make_firm("Other Firm")
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=PDF,
        content_type="application/pdf",
        bearer=world.clients["alpha"].token,
    )
    file_id = data(response.json(), "uploadRequestFile")["id"]

    async def status(token: str | None) -> int:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return (await web.get(f"/files/{file_id}", headers=headers)).status_code

    ok = await web.get(
        f"/files/{file_id}", headers={"Authorization": f"Bearer {world.owner.token}"}
    )
    assert ok.status_code == 200 and ok.content == PDF
    assert ok.headers["content-type"].startswith("application/pdf")
    assert "attachment" in ok.headers["content-disposition"]
    assert ok.headers["x-content-type-options"] == "nosniff"
    for allowed in (world.admin, world.employee, world.clients["alpha"]):
        assert await status(allowed.token) == 200
    for refused in (world.clients["beta"].token, other_firm.owner.token, None, "bogus"):
        assert await status(refused) == 404
    assert (await web.get("/files/999999")).status_code == 404
    assert (await web.get("/files/abc")).status_code == 404


async def test_an_employee_off_the_team_cannot_download(gql, web):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["beta"], send=True)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=question_ids(request)["FILE_UPLOAD"],
        content=PDF,
        bearer=world.clients["beta"].token,
    )
    file_id = data(response.json(), "uploadRequestFile")["id"]
    headers = {"Authorization": f"Bearer {world.employee.token}"}
    assert (await web.get(f"/files/{file_id}", headers=headers)).status_code == 404
    headers = {"Authorization": f"Bearer {world.clients['beta'].token}"}
    assert (await web.get(f"/files/{file_id}", headers=headers)).status_code == 200


@pytest.mark.parametrize(
    ("given", "stored", "disposition"),
    [
        ("text/html; charset=utf-7", "application/octet-stream", "attachment"),
        ("../../x", "application/octet-stream", "attachment"),
        ("image/svg+xml", "application/octet-stream", "attachment"),
        ("IMAGE/PNG; name=x", "image/png", "inline"),
        ("application/pdf", "application/pdf", "attachment"),
    ],
)
async def test_the_uploaders_content_type_is_normalised_not_echoed(
    gql, web, given, stored, disposition
):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=PDF,
        filename="page.html",
        content_type=given,
        bearer=world.clients["alpha"].token,
    )
    uploaded = data(response.json(), "uploadRequestFile")
    assert uploaded["contentType"] == stored
    served = await web.get(
        f"/files/{uploaded['id']}", headers={"Authorization": f"Bearer {world.owner.token}"}
    )
    assert served.headers["content-type"].split(";")[0] == stored
    assert "utf-7" not in served.headers["content-type"]
    assert served.headers["content-disposition"].startswith(disposition)
    assert served.headers["x-content-type-options"] == "nosniff"


async def test_a_file_stored_with_a_raw_type_is_still_served_normalised(gql, web):
    world = await make_firm()
    request, ids = await _portal_request(gql, world)
    response = await upload(
        web,
        request_id=request["id"],
        question_id=ids["FILE_UPLOAD"],
        content=PDF,
        bearer=world.clients["alpha"].token,
    )
    file_id = data(response.json(), "uploadRequestFile")["id"]
    # A row written before types were normalised.
    await UploadedFile.filter(id=file_id).update(content_type="text/html; charset=utf-7")
    served = await web.get(
        f"/files/{file_id}", headers={"Authorization": f"Bearer {world.owner.token}"}
    )
    assert served.headers["content-type"] == "application/octet-stream"
    assert served.headers["content-disposition"].startswith("attachment")
