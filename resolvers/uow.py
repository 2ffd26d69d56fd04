"""The domain's transaction: `eventstore.uow` (events are recorded in it), under the name
the resolvers use."""

from eventstore.uow import after_commit, atomic, before_commit, changes_firm, current_connection

__all__ = ["after_commit", "atomic", "before_commit", "changes_firm", "current_connection"]
