"""Helpers of the jobs area's tests: GraphQL documents, pipelines and jobs built through the
API's own resolver functions, and an SQL statement counter for the N+1 and bulk tests."""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models import ClientFacingStatus, Job
from resolvers import jobs, pipelines
from resolvers.viewer import Viewer
from tests.support import counting

JOB_FIELDS = """
  id name archived createdAt
  clientAccount { id name }
  pipeline { id name }
  stage { id name position }
  assignees { id name }
  clientFacing { visible jobName description updatedAt status { id name } }
"""

CREATE_JOB = f"""
mutation($input: CreateJobInput!) {{ createJob(input: $input) {{ {JOB_FIELDS} }} }}
"""

MOVE_JOB = f"""
mutation($jobId: ID!, $stageId: ID!, $apply: Boolean, $override: Boolean) {{
  moveJob(jobId: $jobId, stageId: $stageId, applyAutomation: $apply,
          visibleOverride: $override) {{ {JOB_FIELDS} }}
}}
"""

UPDATE_CF = f"""
mutation($jobId: ID!, $input: ClientFacingInput!) {{
  updateJobClientFacing(jobId: $jobId, input: $input) {{ {JOB_FIELDS} }}
}}
"""

BULK = """
mutation($ids: [ID!]!, $input: BulkClientFacingInput!) {
  bulkUpdateClientFacing(jobIds: $ids, input: $input) {
    updatedCount jobs { id clientFacing { visible jobName description status { id name } } }
  }
}
"""

HISTORY = """
query($id: ID!) { job(id: $id) { history {
  id at source actor { id name }
  before { visible jobName description status { id name } }
  after { visible jobName description status { id name } }
} } }
"""

WORK_IN_PROGRESS = "{ workInProgress { jobId jobName status description updatedAt } }"

PREVIEW = """
query($id: ID!) { portalPreview(clientAccountId: $id) {
  jobId jobName status description updatedAt
} }
"""

JOBS = f"""
query($filter: JobFilter, $first: Int, $after: String) {{
  jobs(filter: $filter, first: $first, after: $after) {{
    totalCount pageInfo {{ hasNextPage endCursor }}
    edges {{ cursor node {{ {JOB_FIELDS} }} }}
  }}
}}
"""


@dataclass
class TaxPipeline:
    """ "Individual tax return": Waiting for docs (shows "Waiting for docs") → Preparing
    (shows "Preparing", pipeline description) → In review (no automation) → Filed (hides)."""

    id: int
    stages: list[int]
    statuses: dict[str, ClientFacingStatus] = field(default_factory=dict)


async def statuses_by_name(firm_id: int) -> dict[str, ClientFacingStatus]:
    return {s.name: s for s in await ClientFacingStatus.filter(firm_id=firm_id)}


async def tax_pipeline(owner: Viewer, *, auto_advance_first: bool = False) -> TaxPipeline:
    named = await statuses_by_name(owner.firm_id)
    pipeline = await pipelines.create_pipeline(
        viewer=owner,
        name="Individual tax return",
        stages=[
            pipelines.StageData(
                name="Waiting for docs",
                auto_advance=auto_advance_first,
                automation=pipelines.StatusPreset(
                    visible=True, status_id=named["Waiting for docs"].id
                ),
            ),
            pipelines.StageData(
                name="Preparing",
                automation=pipelines.StatusPreset(
                    visible=True,
                    status_id=named["Preparing"].id,
                    description="We are preparing your 2025 return.",
                ),
            ),
            pipelines.StageData(name="In review"),
            pipelines.StageData(name="Filed", automation=pipelines.StatusPreset(visible=False)),
        ],
    )
    stage_ids = [s.id for s in await pipelines.stages_of(pipeline.id)]
    return TaxPipeline(id=pipeline.id, stages=stage_ids, statuses=named)


async def plain_pipeline(owner: Viewer, stages: int = 3) -> TaxPipeline:
    """A pipeline whose stages carry no automation."""
    pipeline = await pipelines.create_pipeline(
        viewer=owner,
        name="Bookkeeping",
        stages=[pipelines.StageData(name=f"Step {i + 1}") for i in range(stages)],
    )
    stage_ids = [s.id for s in await pipelines.stages_of(pipeline.id)]
    return TaxPipeline(
        id=pipeline.id, stages=stage_ids, statuses=await statuses_by_name(owner.firm_id)
    )


async def many_jobs(
    firm_id: int, account_id: int, pipeline: TaxPipeline, count: int, prefix: str = "Job"
) -> list[int]:
    """`count` hidden jobs in the pipeline's first stage, inserted in batches (for bulk
    tests and benchmarks: the API would create them one by one); their ids in order."""
    await Job.bulk_create(
        [
            Job(
                firm_id=firm_id,
                client_account_id=account_id,
                pipeline_id=pipeline.id,
                stage_id=pipeline.stages[0],
                name=f"{prefix} {i}",
            )
            for i in range(count)
        ],
        batch_size=1000,
    )
    return list(
        await Job.filter(firm_id=firm_id, name__startswith=f"{prefix} ")
        .order_by("id")
        .values_list("id", flat=True)
    )


async def new_job(
    viewer: Viewer, account_id: int, pipeline: TaxPipeline, name: str = "2025 tax return", **kw: Any
) -> int:
    job = await jobs.create_job(
        viewer=viewer,
        name=name,
        client_account_id=account_id,
        pipeline_id=pipeline.id,
        **kw,
    )
    return job.id


_inside: contextvars.ContextVar[bool] = contextvars.ContextVar("in_statement", default=False)

_METHODS = (
    "execute_query",
    "execute_query_dict",
    "execute_insert",
    "execute_many",
    "execute_script",
)


def _client_classes() -> list[type]:
    found: list[type] = []
    stack = [BaseDBAsyncClient]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


class StatementCounter:
    """Counts SQL statements sent through Tortoise while active (one per execute call;
    a multi-row insert batch counts once)."""

    def __init__(self) -> None:
        self.count = 0
        self.statements: list[str] = []
        self.seconds: list[float] = []


@contextlib.contextmanager
def count_statements() -> Iterator[StatementCounter]:
    counter = StatementCounter()
    patched: list[tuple[type, str, Any]] = []
    for cls in _client_classes():
        for name in _METHODS:
            original = cls.__dict__.get(name)
            if original is None:
                continue

            def wrap(fn: Any = original) -> Any:
                async def counted(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
                    # Only the outermost call counts (a wrapper may delegate to another).
                    token = _inside.set(True)
                    outermost = token.old_value is not True
                    started = time.perf_counter()
                    try:
                        if outermost:
                            counter.count += 1
                            counter.statements.append(str(query)[:200])
                        return await fn(self, query, *args, **kwargs)
                    finally:
                        _inside.reset(token)
                        if outermost:
                            counter.seconds.append(time.perf_counter() - started)

                return counted

            patched.append((cls, name, original))
            setattr(cls, name, wrap())
    try:
        with counting():
            yield counter
    finally:
        for cls, name, original in patched:
            setattr(cls, name, original)
