"""Removing an uploaded file before submission (`deleteRequestFile`): the answering party
(portal user or third party) and staff who reach the request, while PENDING or IN_PROGRESS."""

from pathlib import Path

from firmflow.settings import get_settings
from models import Answer, UploadedFile
from tests.support import error_code, make_firm
from tests.support_requests import (
    CANCEL,
    DELETE_FILE,
    GET,
    SUBMIT,
    create_request,
    data,
    question_ids,
    sent_third_party_request,
    upload,
)

PDF = b"%PDF-1.7\nW-2\n"
REQUIRED_FILE = [{"kind": "FILE_UPLOAD", "prompt": "Your W-2, please", "required": True}]


async def _uploaded(http, *, question_id, **who) -> str:
    response = await upload(http, question_id=question_id, content=PDF, **who)
    return data(response.json(), "uploadRequestFile")["id"]


def _stored(file_row: UploadedFile) -> Path:
    return Path(get_settings().upload_dir) / file_row.storage_name


async def test_a_portal_user_removes_a_file_before_submitting_and_the_answer_is_open_again(
    gql, http
):
    world = await make_firm()
    client = world.clients["alpha"].token
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=REQUIRED_FILE, send=True
    )
    qid = question_ids(request)["FILE_UPLOAD"]
    file_id = await _uploaded(http, question_id=qid, request_id=request["id"], bearer=client)
    row = await UploadedFile.get(id=file_id)
    assert _stored(row).exists()
    removed = await gql(DELETE_FILE, {"requestId": request["id"], "file": file_id}, token=client)
    assert data(removed, "deleteRequestFile") is True
    assert not _stored(row).exists()
    assert not await UploadedFile.exists(id=file_id)
    assert not await Answer.exists(question_id=qid)
    shown = data(await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest")
    assert all(not a["files"] for a in shown["answers"])
    # The required question is unanswered again.
    submit = await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    assert error_code(submit) == "BAD_INPUT"


async def test_a_third_party_removes_a_file_with_its_link_alone(gql, http):
    world = await make_firm()
    request, token = await sent_third_party_request(
        gql, world.owner.token, world.accounts["alpha"], questions=REQUIRED_FILE
    )
    qid = question_ids(request)["FILE_UPLOAD"]
    first = await _uploaded(http, question_id=qid, token=token)
    second = await _uploaded(http, question_id=qid, token=token)
    removed = await gql(DELETE_FILE, {"token": token, "file": first})
    assert data(removed, "deleteRequestFile") is True
    assert await UploadedFile.filter(request_id=request["id"]).values_list("id", flat=True) == [
        int(second)
    ]
    assert await Answer.exists(question_id=qid)  # the other file still answers it


async def test_staff_who_reach_the_request_remove_files_and_nobody_else_finds_them(gql, http):
    world = await make_firm()
    client = world.clients["alpha"].token
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=REQUIRED_FILE, send=True
    )
    qid = question_ids(request)["FILE_UPLOAD"]
    kept = await _uploaded(http, question_id=qid, request_id=request["id"], bearer=client)
    other = await _uploaded(http, question_id=qid, request_id=request["id"], bearer=client)
    variables = {"requestId": request["id"], "file": kept}
    assert error_code(await gql(DELETE_FILE, variables, token=world.clients["beta"].token)) == (
        "NOT_FOUND"
    )
    beta_request = await create_request(
        gql, world.owner.token, world.accounts["beta"], questions=REQUIRED_FILE, send=True
    )
    beta_file = await _uploaded(
        http,
        question_id=question_ids(beta_request)["FILE_UPLOAD"],
        request_id=beta_request["id"],
        bearer=world.clients["beta"].token,
    )
    foreign = {"requestId": beta_request["id"], "file": beta_file}
    assert error_code(await gql(DELETE_FILE, foreign, token=world.employee.token)) == "NOT_FOUND"
    # A file of another request named through this one is not found either.
    mixed = {"requestId": request["id"], "file": beta_file}
    assert error_code(await gql(DELETE_FILE, mixed, token=world.owner.token)) == "NOT_FOUND"
    both = {"requestId": request["id"], "token": "x", "file": kept}
    assert error_code(await gql(DELETE_FILE, both, token=client)) == "BAD_INPUT"
    assert error_code(await gql(DELETE_FILE, variables)) == "UNAUTHENTICATED"
    assert await UploadedFile.exists(id=kept)
    employee = await gql(
        DELETE_FILE, {"requestId": request["id"], "file": other}, token=world.employee.token
    )
    assert data(employee, "deleteRequestFile") is True
    assert data(await gql(DELETE_FILE, variables, token=world.owner.token), "deleteRequestFile")
    assert not await UploadedFile.filter(request_id=request["id"]).exists()


async def test_files_stay_once_the_request_is_submitted_or_cancelled(gql, http):
    world = await make_firm()
    client = world.clients["alpha"].token
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=REQUIRED_FILE, send=True
    )
    qid = question_ids(request)["FILE_UPLOAD"]
    file_id = await _uploaded(http, question_id=qid, request_id=request["id"], bearer=client)
    await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    variables = {"requestId": request["id"], "file": file_id}
    assert error_code(await gql(DELETE_FILE, variables, token=client)) == "INVALID_STATE"
    assert error_code(await gql(DELETE_FILE, variables, token=world.owner.token)) == (
        "INVALID_STATE"
    )
    cancelled = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=REQUIRED_FILE, send=True
    )
    cid = question_ids(cancelled)["FILE_UPLOAD"]
    kept = await _uploaded(http, question_id=cid, request_id=cancelled["id"], bearer=client)
    await gql(CANCEL, {"id": cancelled["id"]}, token=world.owner.token)
    result = await gql(DELETE_FILE, {"requestId": cancelled["id"], "file": kept}, token=client)
    assert error_code(result) == "INVALID_STATE"
    staff = await gql(
        DELETE_FILE, {"requestId": cancelled["id"], "file": kept}, token=world.owner.token
    )
    assert error_code(staff) == "INVALID_STATE"
    assert await UploadedFile.exists(id=file_id) and await UploadedFile.exists(id=kept)
