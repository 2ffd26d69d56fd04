"""Kept answers across processes: two real `firmflow serve` processes on PostgreSQL + Redis.
A write acknowledged by one (or committed by any other process) is seen by the very next
read through the other, which otherwise answers from its cache: the data versions live in
Redis (eventstore/versions.py), raised after each commit and before the answer."""

from __future__ import annotations

from typing import Any

import httpx
from tortoise.transactions import in_transaction

import models as m
from resolvers import jobs
from tests.support_tasks import INBOX, MARK_READ, POST_MESSAGE, create_thread
from tests.test_read_costs import JOBS_QUERY
from tests.test_realtime_scaleout import pytestmark, two_servers  # noqa: F401 (fixture)
from tests.test_response_cache import (
    PREFERENCES,
    SET_PREFERENCE,
    UPDATE_JOB,
    jobs_world,
    names,
)


class Api:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def __call__(
        self, server: str, query: str, token: str, variables: dict[str, Any] | None = None
    ) -> Any:
        response = await self.client.post(
            f"http://{server}/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {token}"},
        )
        body = response.json()
        assert "errors" not in body, body
        return body["data"]


async def test_writes_through_one_process_are_seen_at_once_through_the_other(app, two_servers):  # noqa: F811
    server_a, server_b = two_servers
    world = await jobs_world()
    owner, employee = world.owner.token, world.employee.token
    async with httpx.AsyncClient(timeout=30) as client:
        api = Api(client)
        await api(server_b, JOBS_QUERY, owner)  # (a Redis without versions yet: not kept)
        first = await api(server_b, JOBS_QUERY, owner)
        job_id = first["jobs"]["edges"][0]["node"]["id"]

        # B answers from its cache: a row changed behind every process's back (in a
        # transaction not opened by atomic(), so no version rose) is not in its next answer.
        async with in_transaction():
            await m.Job.filter(id=int(job_id)).update(name="Changed behind the back")
        assert await api(server_b, JOBS_QUERY, owner) == first

        # A write with events, acknowledged by A, several times over.
        for n in range(3):
            await api(server_a, UPDATE_JOB, owner, {"id": job_id, "name": f"Through A {n}"})
            assert f"Through A {n}" in names(await api(server_b, JOBS_QUERY, owner))
            assert await api(server_b, JOBS_QUERY, owner) == await api(server_b, JOBS_QUERY, owner)

        # Event-less writes: a notification preference, notifications marked read.
        before = await api(server_b, PREFERENCES, employee)
        kind = before["notificationPreferences"][0]["kind"]
        for flag in (False, True, False):
            choice = {"kind": kind, "inbox": flag, "email": flag}
            await api(server_a, SET_PREFERENCE, employee, choice)
            after = await api(server_b, PREFERENCES, employee)
            changed = next(p for p in after["notificationPreferences"] if p["kind"] == kind)
            assert changed["inbox"] is flag

        thread = await create_thread(_Local(api, server_a), owner, world.accounts["alpha"])
        client_token = world.clients["alpha"].token
        await api(server_a, POST_MESSAGE, client_token, {"thread": thread["id"], "body": "hi"})
        inbox = (await api(server_b, INBOX, employee))["inbox"]
        assert inbox["unreadCount"] > 0
        ids = [edge["node"]["id"] for edge in inbox["edges"]]
        await api(server_a, MARK_READ, employee, {"ids": ids})
        assert (await api(server_b, INBOX, employee))["inbox"]["unreadCount"] == 0

        # A third process (this one: a resolver called here commits and raises the version
        # in Redis) is seen by both servers at once.
        await api(server_a, JOBS_QUERY, owner)
        await jobs.update_job(viewer=world.owner.viewer, job_id=job_id, name="From a third")
        for server in (server_a, server_b):
            assert "From a third" in names(await api(server, JOBS_QUERY, owner))


class _Local:
    """`tests.support_tasks.create_thread` wants a gql(query, variables, token=...) callable."""

    def __init__(self, api: Api, server: str) -> None:
        self.api, self.server = api, server

    async def __call__(self, query: str, variables: dict[str, Any], *, token: str) -> Any:
        return {"data": await self.api(self.server, query, token, variables)}
