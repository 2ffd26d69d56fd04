"""SQL statement counts of the big lists are pinned: a thread list or an inbox page costs
the same number of statements for 2 rows as for 12 (no N+1)."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support import counting, make_firm
from tests.support_tasks import INBOX, POST_MESSAGE, THREADS, create_thread, data


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        # the server's mail sender loop runs beside the request; its queries are not ours
        if "outbox_mail" not in text and not text.startswith(("Created", "Closed")):
            self.statements.append(text)


@contextmanager
def counted_statements() -> Iterator[list[str]]:
    logger = logging.getLogger("tortoise.db_client")
    handler = _Counter()
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        with counting():
            yield handler.statements
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


async def _threads_cost(gql, token: str) -> tuple[int, int]:
    with counted_statements() as statements:
        threads = data(await gql(THREADS, {}, token=token), "threads")
    return len(threads), len(statements)


async def test_listing_threads_with_tasks_messages_and_accounts_has_a_fixed_cost(gql):
    world = await make_firm()
    token = world.owner.token
    for n in range(2):
        await create_thread(gql, token, world.accounts["alpha"], f"T{n}", tasks=["a", "b"])
    small = await _threads_cost(gql, token)
    for n in range(10):
        account = world.accounts["alpha" if n % 2 else "beta"]
        await create_thread(gql, token, account, f"U{n}", tasks=["a"], message="m")
    large = await _threads_cost(gql, token)
    assert (small[0], large[0]) == (2, 12)
    assert small[1] == large[1] == 5, (small, large)  # token, threads, tasks, messages, accounts


async def test_an_inbox_page_has_a_fixed_cost(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    client = world.clients["alpha"].token

    async def cost() -> int:
        with counted_statements() as statements:
            data(await gql(INBOX, {"first": 50}, token=world.employee.token), "inbox")
        return len(statements)

    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "one"}, token=client)
    small = await cost()
    for n in range(10):
        await gql(POST_MESSAGE, {"thread": thread["id"], "body": f"m{n}"}, token=client)
    large = await cost()
    # token, page, unread count, accounts, threads, tasks
    assert small == large == 6, (small, large)
