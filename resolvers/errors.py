"""Expected failures, each carrying one ErrorCode of the contract.

The GraphQL layer passes these through with `extensions.code`; anything else is masked.
"""


class DomainError(Exception):
    code = "BAD_INPUT"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.extensions = {"code": self.code}


class Unauthenticated(DomainError):
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    code = "FORBIDDEN"


class NotFound(DomainError):
    code = "NOT_FOUND"


class BadInput(DomainError):
    code = "BAD_INPUT"


class Conflict(DomainError):
    code = "CONFLICT"


class InvalidState(DomainError):
    code = "INVALID_STATE"


class RateLimited(DomainError):
    code = "RATE_LIMITED"
