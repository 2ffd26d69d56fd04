"""The write side of the event store, below the domain.

`uow` is the transaction every mutation runs in; `store` records events in it, numbered per
firm just before commit, and hands them to the process's sinks (publisher, local hub) after
commit; `records` is the in-memory form of one stored event; `payloads` types each topic's
payload. The streaming side (hub, replay, subscriptions) is `subscriptions/`, above the
domain. Imports run one way: schema -> subscriptions -> resolvers -> eventstore -> models.
"""
