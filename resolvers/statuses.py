"""Client-facing status templates of a firm."""

from __future__ import annotations

from models import ClientFacingStatus

DEFAULT_STATUSES: tuple[tuple[str, str], ...] = (
    (
        "Waiting for docs",
        "We are waiting for documents from you. Please upload them in the portal.",
    ),
    ("Preparing", "We have what we need and are preparing your work."),
    ("In progress", "Your work is in progress."),
    ("In review", "Your work is being reviewed before we finish it."),
    ("Completed", "Your work is complete."),
)


async def create_default_statuses(firm_id: int) -> list[ClientFacingStatus]:
    """A new firm starts with the five statuses of DOMAIN.md, in order."""
    return [
        await ClientFacingStatus.create(
            firm_id=firm_id, name=name, description=description, position=position
        )
        for position, (name, description) in enumerate(DEFAULT_STATUSES)
    ]
