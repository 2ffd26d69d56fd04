"""The request lists load questions, answers and files with one statement per kind, so the
statement count does not grow with the number of requests (an N+1 shows up here)."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support import counting, make_firm
from tests.support_requests import (
    LIST,
    REQUEST_FIELDS,
    SAVE,
    create_request,
    data,
    question_ids,
)

FULL_LIST = f"{{ clientRequests {{ {REQUEST_FIELDS} }} }}"


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())


@contextmanager
def counted_statements() -> Iterator[_Counter]:
    """The SQL statements Tortoise sends while the block runs (its debug log)."""
    logger = logging.getLogger("tortoise.db_client")
    counter = _Counter()
    level = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        with counting():
            yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)


async def _answered_requests(gql, world, count: int) -> None:
    client = world.clients["alpha"].token
    for _ in range(count):
        request = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
        ids = question_ids(request)
        answers = [
            {"questionId": ids["SHORT_TEXT"], "text": "ACME"},
            {"questionId": ids["MULTIPLE_CHOICE"], "choices": ["Rent"]},
        ]
        await gql(SAVE, {"requestId": request["id"], "answers": answers}, token=client)


async def _statements_for_list(gql, token: str, expected: int) -> int:
    with counted_statements() as counter:
        result = await gql(FULL_LIST, token=token)
    assert len(data(result, "clientRequests")) == expected
    return len(counter.statements)


async def test_the_request_list_costs_the_same_statements_for_one_or_many(gql):
    world = await make_firm()
    await _answered_requests(gql, world, 1)
    one = await _statements_for_list(gql, world.owner.token, 1)
    await _answered_requests(gql, world, 4)
    five = await _statements_for_list(gql, world.owner.token, 5)
    assert one == five
    # sign-in lookup, the list, questions, answers, files
    assert five <= 6, five
    client_five = await _statements_for_list(gql, world.clients["alpha"].token, 5)
    assert client_five == five


async def test_a_draft_cancelled_before_sending_never_reaches_the_client(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    await gql(
        "mutation($id: ID!) { cancelClientRequest(id: $id) { id } }",
        {"id": request["id"]},
        token=world.owner.token,
    )
    listed = data(await gql(LIST, {}, token=world.clients["alpha"].token), "clientRequests")
    assert listed == []
