"""GraphQL edge of webhooks: endpoints, their secrets and delivery logs (owners and admins).

The rules are in `resolvers/webhooks.py` (endpoints) and `resolvers/webhook_delivery.py`
(delivery); this module only maps arguments and results. Additions beside the contract.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry
from strawberry.types import Info

import models as m
from resolvers import webhooks
from schema.common import viewer_of


@strawberry.enum(description="The firm-wide event topics an endpoint may receive.")
class WebhookTopic(Enum):
    JOB = "job"
    REQUEST = "request"
    TASK = "task"


@strawberry.enum
class WebhookDeliveryStatus(Enum):
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


@strawberry.type(description="A URL that receives the firm's events, signed (Standard Webhooks).")
class WebhookEndpoint:
    id: strawberry.ID
    url: str
    description: str
    topics: list[WebhookTopic]
    paused: bool
    failing_since: datetime | None = strawberry.field(
        description="Set when an event could not be delivered for the whole retry window; "
        "nothing is sent until the endpoint is resumed."
    )
    last_seq: strawberry.ID = strawberry.field(
        description="The last firm seq dealt with (delivered, or not of its topics)."
    )
    attempts: int = strawberry.field(
        description="Failed attempts of the event now waiting (0 when none failed)."
    )
    next_attempt_at: datetime | None
    previous_secret_valid_until: datetime | None = strawberry.field(
        description="After a rotation: until when the old secret also signs."
    )
    created_at: datetime

    @classmethod
    def from_model(cls, row: m.WebhookEndpoint) -> WebhookEndpoint:
        return cls(
            id=strawberry.ID(str(row.id)),
            url=row.url,
            description=row.description,
            topics=[WebhookTopic(topic) for topic in row.topic_list],
            paused=row.paused,
            failing_since=row.failing_since,
            last_seq=strawberry.ID(str(row.cursor_seq)),
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at,
            previous_secret_valid_until=row.previous_secret_until,
            created_at=row.created_at,
        )


@strawberry.type(description="An endpoint with its signing secret, shown only this once.")
class WebhookEndpointWithSecret:
    endpoint: WebhookEndpoint
    secret: str = strawberry.field(description="whsec_ followed by the base64 key.")

    @classmethod
    def from_result(cls, result: webhooks.WithSecret) -> WebhookEndpointWithSecret:
        return cls(endpoint=WebhookEndpoint.from_model(result.endpoint), secret=result.secret)


@strawberry.type(description="One attempt to deliver one event to an endpoint.")
class WebhookDelivery:
    id: strawberry.ID
    seq: strawberry.ID
    topic: WebhookTopic
    status: WebhookDeliveryStatus
    attempt: int
    response_code: int | None
    error: str | None
    duration_ms: int
    at: datetime

    @classmethod
    def from_model(cls, row: m.WebhookDelivery) -> WebhookDelivery:
        return cls(
            id=strawberry.ID(str(row.id)),
            seq=strawberry.ID(str(row.seq)),
            topic=WebhookTopic(row.topic),
            status=WebhookDeliveryStatus(row.status),
            attempt=row.attempt,
            response_code=row.response_code,
            error=row.error,
            duration_ms=row.duration_ms,
            at=row.at,
        )


@strawberry.input
class CreateWebhookEndpointInput:
    url: str
    topics: list[WebhookTopic]
    description: str | None = None


@strawberry.type
class WebhooksQuery:
    @strawberry.field(description="The firm's webhook endpoints (owners and admins).")
    async def webhook_endpoints(self, info: Info) -> list[WebhookEndpoint]:
        rows = await webhooks.list_endpoints(viewer=viewer_of(info))
        return [WebhookEndpoint.from_model(row) for row in rows]

    @strawberry.field(
        description="An endpoint's delivery log, newest first; `before` a delivery id pages on."
    )
    async def webhook_deliveries(
        self,
        info: Info,
        endpoint_id: strawberry.ID,
        first: int = 50,
        before: strawberry.ID | None = None,
    ) -> list[WebhookDelivery]:
        rows = await webhooks.list_deliveries(
            viewer=viewer_of(info), endpoint_id=endpoint_id, first=first, before=before
        )
        return [WebhookDelivery.from_model(row) for row in rows]


@strawberry.type
class WebhooksMutation:
    @strawberry.mutation(
        description="Owners and admins: receive the firm's events of these topics from now on."
    )
    async def create_webhook_endpoint(
        self, info: Info, input: CreateWebhookEndpointInput
    ) -> WebhookEndpointWithSecret:
        result = await webhooks.create_endpoint(
            viewer=viewer_of(info),
            url=input.url,
            topics=[topic.value for topic in input.topics],
            description=input.description,
        )
        return WebhookEndpointWithSecret.from_result(result)

    @strawberry.mutation(description="Owners and admins: stop sending (events wait).")
    async def pause_webhook_endpoint(self, info: Info, id: strawberry.ID) -> WebhookEndpoint:
        row = await webhooks.set_paused(viewer=viewer_of(info), endpoint_id=id, paused=True)
        return WebhookEndpoint.from_model(row)

    @strawberry.mutation(
        description="Owners and admins: send again (a failing endpoint retries at once)."
    )
    async def resume_webhook_endpoint(self, info: Info, id: strawberry.ID) -> WebhookEndpoint:
        row = await webhooks.set_paused(viewer=viewer_of(info), endpoint_id=id, paused=False)
        return WebhookEndpoint.from_model(row)

    @strawberry.mutation(description="Owners and admins.")
    async def delete_webhook_endpoint(self, info: Info, id: strawberry.ID) -> bool:
        return await webhooks.delete_endpoint(viewer=viewer_of(info), endpoint_id=id)

    @strawberry.mutation(
        description="Owners and admins: a new secret; the old one also signs for the grace period."
    )
    async def rotate_webhook_secret(
        self, info: Info, id: strawberry.ID
    ) -> WebhookEndpointWithSecret:
        result = await webhooks.rotate_secret(viewer=viewer_of(info), endpoint_id=id)
        return WebhookEndpointWithSecret.from_result(result)

    @strawberry.mutation(
        description="Owners and admins: deliver again every event of its topics from this "
        "firm seq on."
    )
    async def replay_webhook_endpoint(
        self, info: Info, id: strawberry.ID, from_seq: strawberry.ID
    ) -> WebhookEndpoint:
        row = await webhooks.replay_from(viewer=viewer_of(info), endpoint_id=id, seq=from_seq)
        return WebhookEndpoint.from_model(row)
