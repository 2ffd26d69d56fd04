"""Job lists read as plain rows from SQL prepared once per shape (resolvers/prepared.py):
the same rows and values the ORM gives, the same access rules, on both databases."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

import pytest
from tortoise import connections

import models as m
from resolvers import jobs, prepared
from resolvers.access import readable_jobs
from resolvers.client_facing import JobRow
from resolvers.prepared import read_rows
from resolvers.rows import AccountRow, StageRow, StatusRow
from tests.support import make_firm
from tests.support_jobs import tax_pipeline
from tests.test_jobs_list import _make_jobs


def _same_as_model(row: object, instance: object) -> None:
    for name, value in asdict(row).items():  # type: ignore[call-overload]
        assert value == getattr(instance, name), (name, value, getattr(instance, name))


async def _orm_page(viewer, job_filter=None, first=50, after_id=None) -> list[m.Job]:
    query = jobs.filtered_jobs(viewer, job_filter)
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    related = ("stage", "client_account", "cf_status")
    return list(await query.order_by("id").limit(first + 1).select_related(*related))


async def test_a_page_of_jobs_has_the_values_the_orm_reads_for_each_viewer_and_filter():
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    await _make_jobs(world, tax, 9)
    hidden = await m.Job.filter(firm_id=world.firm_id).order_by("id").first()
    assert hidden is not None
    await m.Job.filter(id=hidden.id).update(cf_visible=False, cf_status_id=None)
    alpha = str(world.accounts["alpha"])
    cases = [
        (None, None),
        (jobs.JobFilter(client_account_id=alpha), None),
        (jobs.JobFilter(pipeline_id=str(tax.id), client_facing_visible=True), None),
        (None, hidden.id),
        (jobs.JobFilter(search="Job 3"), None),  # a search text is not prepared: built each time
    ]
    # Each case twice: the second read runs the SQL prepared by the first.
    for viewer in (world.owner.viewer, world.employee.viewer, world.owner.viewer):
        for job_filter, after_id in cases * 2:
            after = jobs.job_cursor(after_id) if after_id else None
            page = await jobs.list_jobs(viewer=viewer, job_filter=job_filter, first=4, after=after)
            expected = (await _orm_page(viewer, job_filter, 4, after_id))[:4]
            assert [listed.job.id for listed in page.jobs] == [job.id for job in expected]
            assert page.has_next_page == (len(await _orm_page(viewer, job_filter, 4, after_id)) > 4)
            for listed, job in zip(page.jobs, expected, strict=True):
                _same_as_model(listed.job, job)
                _same_as_model(listed.stage, job.stage)
                _same_as_model(listed.account, job.client_account)
                if job.cf_status is None:
                    assert listed.status is None
                else:
                    assert listed.status is not None
                    _same_as_model(listed.status, job.cf_status)
    employee_accounts = {
        listed.account.id
        for listed in (await jobs.list_jobs(viewer=world.employee.viewer, first=50)).jobs
    }
    assert employee_accounts == {world.accounts["alpha"]}  # docs/access.md: their team's only


async def test_a_value_the_orm_folds_into_the_sql_is_not_prepared_and_still_read_right():
    world = await make_firm()
    await _make_jobs(world, await tax_pipeline(world.owner.viewer), 3)
    first = await m.Job.filter(firm_id=world.firm_id).order_by("id").first()
    assert first is not None

    def by_name(number: int):
        # The value reaches the SQL as a text the sentinel cannot be found in.
        return readable_jobs(world.owner.viewer).filter(name=f"Job {number}")

    shape = ("test.by_name", world.owner.viewer)
    for _ in range(2):
        rows = await read_rows(shape, m.Job, ["id"], by_name, number=0)
        named = await m.Job.filter(firm_id=world.firm_id, name="Job 0").values_list("id", flat=True)
        assert [row[0] for row in rows] == list(named) and len(rows) == 1
    assert any(key[1] == shape and found is None for key, found in prepared._shapes.items())


def test_each_row_class_holds_every_column_of_its_model():
    for row_class, model in (
        (JobRow, m.Job),
        (StageRow, m.Stage),
        (AccountRow, m.ClientAccount),
        (StatusRow, m.ClientFacingStatus),
    ):
        assert {f.name for f in fields(row_class)} == set(model._meta.fields_db_projection)


async def test_a_pooled_connection_goes_back_to_the_pool_without_a_reset_round_trip():
    """asyncpg's default reset sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; ...` on
    every release (a round trip per statement outside a transaction); firmflow keeps no
    session state on pooled connections, so it sends nothing (firmflow.db._keep_session)."""
    client = connections.get("default")
    if client.capabilities.dialect != "postgres":
        pytest.skip("SQLite has no connection pool")
    sent: list[str] = []
    listening = True

    def log(record: Any) -> None:
        if listening:
            sent.append(record.query)

    async with client.acquire_connection() as connection:
        connection.add_query_logger(log)
        assert await connection.fetchval("SELECT 1") == 1
    listening = False
    assert sent == ["SELECT 1"], sent
