"""Tortoise models of firmflow, one module per area; all registered under the app "models"."""

from models.audit import AuditEntry, AuditRecord
from models.documents import PersistedQuery
from models.events import Event, EventCounter, EventPruneMark
from models.firms import (
    AuthToken,
    ClientAccount,
    ClientContact,
    ClientTeamMember,
    Firm,
    OutboxMail,
    PasswordReset,
    PortalInvite,
    RateLimitCounter,
    StaffMember,
)
from models.inbox import ClientNotification, Notification, NotificationPreference
from models.jobs import (
    ClientFacingStatus,
    ClientStatusChange,
    Job,
    JobAssignee,
    JobTemplate,
    Pipeline,
    Stage,
)
from models.requests import (
    Answer,
    ClientRequest,
    Question,
    RequestTemplate,
    TaskTemplate,
    UploadedFile,
)
from models.threads import ChatThread, ClientTask, Message
from models.webhooks import WebhookDelivery, WebhookEndpoint

__all__ = [
    "Answer",
    "AuditEntry",
    "AuditRecord",
    "AuthToken",
    "ChatThread",
    "ClientAccount",
    "ClientContact",
    "ClientFacingStatus",
    "ClientNotification",
    "ClientRequest",
    "ClientStatusChange",
    "ClientTask",
    "ClientTeamMember",
    "Event",
    "EventCounter",
    "EventPruneMark",
    "Firm",
    "Job",
    "JobAssignee",
    "JobTemplate",
    "Message",
    "Notification",
    "NotificationPreference",
    "OutboxMail",
    "PasswordReset",
    "PersistedQuery",
    "Pipeline",
    "PortalInvite",
    "Question",
    "RateLimitCounter",
    "RequestTemplate",
    "StaffMember",
    "Stage",
    "TaskTemplate",
    "UploadedFile",
    "WebhookDelivery",
    "WebhookEndpoint",
]
