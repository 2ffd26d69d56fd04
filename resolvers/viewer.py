"""Who is calling: staff, a portal user, a third party holding a link, or nobody."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ViewerKind = Literal["staff", "client", "third_party", "anonymous"]
ADMIN_ROLES = frozenset({"OWNER", "ADMIN"})


@dataclass(frozen=True)
class Viewer:
    kind: ViewerKind
    firm_id: int | None = None
    role: str | None = None  # OWNER / ADMIN / EMPLOYEE / CLIENT
    staff_id: int | None = None
    contact_id: int | None = None
    client_account_id: int | None = None
    request_id: int | None = None  # the one request a third party may reach
    name: str = ""
    email: str = ""
    token_id: int | None = None
    link_generation: int | None = None  # of the request link a third party came in with

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"

    @property
    def is_admin(self) -> bool:
        """Owners and admins: everything in their firm."""
        return self.kind == "staff" and self.role in ADMIN_ROLES

    @property
    def is_client(self) -> bool:
        return self.kind == "client"

    @property
    def is_third_party(self) -> bool:
        return self.kind == "third_party"

    @property
    def is_anonymous(self) -> bool:
        return self.kind == "anonymous"


ANONYMOUS = Viewer(kind="anonymous")
