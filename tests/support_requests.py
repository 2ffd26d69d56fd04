"""Helpers for the client-request tests: GraphQL documents, a real SMTP server, and
requests built through the API itself."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support import Gql, error_code

REQUEST_FIELDS = """
  id title status access recipients sentAt submittedAt
  reminder { everyDays maxCount sentCount nextAt }
  questions { id position kind prompt required options }
  answers { questionId text choices files { id filename contentType size url } }
"""

CREATE = f"""
mutation($input: CreateClientRequestInput!) {{
  createClientRequest(input: $input) {{ {REQUEST_FIELDS} }}
}}"""
UPDATE = f"""
mutation($id: ID!, $input: UpdateClientRequestInput!) {{
  updateClientRequest(id: $id, input: $input) {{ {REQUEST_FIELDS} }}
}}"""
SEND = "mutation($id: ID!) { sendClientRequest(id: $id) { id status sentAt } }"
CANCEL = "mutation($id: ID!) { cancelClientRequest(id: $id) { id status } }"
GET = f"query($id: ID!) {{ clientRequest(id: $id) {{ {REQUEST_FIELDS} }} }}"
LIST = """query($accountId: ID, $status: RequestStatus) {
  clientRequests(clientAccountId: $accountId, status: $status) { id title status }
}"""
LINK = "mutation($id: ID!) { thirdPartyLink(requestId: $id) { url token expiresAt } }"
REISSUE = """mutation($id: ID!) {
  reissueThirdPartyLink(requestId: $id) { url token expiresAt }
}"""
DELETE_FILE = """mutation($requestId: ID, $token: String, $file: ID!) {
  deleteRequestFile(requestId: $requestId, token: $token, fileId: $file)
}"""
SAVE = """mutation($requestId: ID, $token: String, $answers: [AnswerInput!]!) {
  saveRequestAnswers(requestId: $requestId, token: $token, answers: $answers) {
    questionId text choices files { id }
  }
}"""
SUBMIT = """mutation($requestId: ID, $token: String) {
  submitClientRequest(requestId: $requestId, token: $token)
}"""
SHARED = """query($token: String!) {
  sharedRequest(token: $token) {
    title status firmName questions { id kind prompt required options }
    answers { questionId text choices files { id filename url } }
  }
}"""
UPLOAD = """mutation($requestId: ID, $token: String, $questionId: ID!, $file: Upload!) {
  uploadRequestFile(requestId: $requestId, token: $token, questionId: $questionId, file: $file) {
    id filename contentType size url
  }
}"""

EVERY_KIND = [
    {"kind": "SHORT_TEXT", "prompt": "Your employer?", "required": True},
    {"kind": "LONG_TEXT", "prompt": "Anything else we should know?"},
    {"kind": "SINGLE_CHOICE", "prompt": "Filing status?", "options": ["Single", "Married"]},
    {"kind": "MULTIPLE_CHOICE", "prompt": "Income kinds?", "options": ["Wages", "Rent", "Crypto"]},
    {"kind": "YES_NO", "prompt": "Did you move this year?", "required": True},
    {"kind": "DATE", "prompt": "Date of the move?"},
    {"kind": "NUMBER", "prompt": "Charitable gifts (USD)?"},
    {"kind": "FILE_UPLOAD", "prompt": "Your W-2, please"},
]


def data(result: dict[str, Any], field: str) -> Any:
    """The field of a successful result (fails the test with the errors otherwise)."""
    assert not result.get("errors"), result["errors"]
    return result["data"][field]


async def create_request(
    gql: Gql,
    token: str,
    account_id: int,
    *,
    questions: list[dict[str, Any]] | None = None,
    access: str = "PORTAL",
    send: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """A request made through `createClientRequest` (EVERY_KIND questions by default)."""
    variables = {
        "input": {
            "title": extra.pop("title", "Questions about your 2025 return"),
            "clientAccountId": str(account_id),
            "access": access,
            "questions": EVERY_KIND if questions is None else questions,
            "send": send,
            **extra,
        }
    }
    return data(await gql(CREATE, variables, token=token), "createClientRequest")


def question_ids(request: dict[str, Any]) -> dict[str, str]:
    """Question id by kind (the first question of each kind)."""
    ids: dict[str, str] = {}
    for question in request["questions"]:
        ids.setdefault(question["kind"], question["id"])
    return ids


async def sent_third_party_request(gql: Gql, token: str, account_id: int, **extra: Any):
    """A sent THIRD_PARTY request and a freshly issued link token."""
    request = await create_request(gql, token, account_id, access="THIRD_PARTY", send=True, **extra)
    link = data(await gql(LINK, {"id": request["id"]}, token=token), "thirdPartyLink")
    return request, link["token"]


async def upload(
    http: httpx.AsyncClient,
    *,
    question_id: str,
    content: bytes,
    filename: str = "w2.pdf",
    content_type: str = "application/pdf",
    request_id: str | None = None,
    token: str | None = None,
    bearer: str | None = None,
    preflight: bool = True,
) -> httpx.Response:
    """`uploadRequestFile` over real HTTP, per the GraphQL multipart request spec."""
    import json

    operations = {
        "query": UPLOAD,
        "variables": {
            "requestId": request_id,
            "token": token,
            "questionId": question_id,
            "file": None,
        },
    }
    headers = {"Apollo-Require-Preflight": "true"} if preflight else {}
    if bearer:
        headers["Authorization"] = f"Bearer {bearer}"
    return await http.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.file"]}),
        },
        files={"0": (filename, content, content_type)},
        headers=headers,
    )


__all__ = ["error_code"]
