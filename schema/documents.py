"""Parsing and validation, once per document: the one place the validation rules live.

A client sends the same few documents again and again; parsing and validating each of them
on every request cost about a tenth of a request's time (bench/README.md). Here:

- the rules are built ONCE, when the schema is built (`DocumentRules`): the depth, alias and
  token limits of the settings, and whatever rule a later change adds (a cost limit, an
  introspection policy). Building a rule per request would make a new rule class per
  request, and a cache keyed by the rules would then never hit;
- a document is parsed once per query text (with the token limit), and validated once per
  (query text, rules in force), in a bounded LRU shared by HTTP requests and subscriptions
  of this process (a websocket's subscriptions share one parsed document instead of a copy
  each). Every limit still applies: a document is only answered from the cache after it
  was validated with exactly these rules.

A rule that depends on the request (on the viewer, say) is a `per_request` function: it
returns rule classes it built once (e.g. one of two prebuilt classes), and the classes it
returns are part of the cache key, so each variant is validated on its own.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, parse
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter, SchemaExtension
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionContext

from firmflow.settings import Limits

RuleClasses = tuple[type[ASTValidationRule], ...]
PerRequestRules = Callable[[ExecutionContext], RuleClasses]

# Distinct documents kept per process (each at most `max_tokens` tokens long): enough for
# every document a real client sends, bounded against a caller sending endless new ones.
CACHE_SIZE = 512


@dataclass(frozen=True)
class DocumentRules:
    """The parse limit and the validation rules in force, built once per schema."""

    max_tokens: int
    rules: RuleClasses
    per_request: tuple[PerRequestRules, ...] = ()

    def rules_for(self, execution_context: ExecutionContext) -> RuleClasses:
        """The rules a request is validated with: graphql's own, ours, the request's."""
        rules = (*execution_context.validation_rules, *self.rules)
        for extra in self.per_request:
            rules += extra(execution_context)
        return rules


def limit_rules(limits: Limits) -> DocumentRules:
    """The abuse limits of the settings as rules (built here, once).

    DOMAIN.md counts a top-level field as depth 1; strawberry's QueryDepthLimiter counts it
    as 0 and refuses a field deeper than `max_depth`, hence `max_depth - 1`.
    """
    depth = QueryDepthLimiter(max_depth=limits.max_depth - 1)
    aliases = MaxAliasesLimiter(max_alias_count=limits.max_aliases)
    return DocumentRules(
        max_tokens=limits.max_tokens,
        rules=(*depth.validation_rules, *aliases.validation_rules),
    )


class _Lru:
    """A small LRU map (one event loop per process: no locking needed)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        while len(self.items) > self.size:
            self.items.popitem(last=False)

    def clear(self) -> None:
        self.items.clear()


@dataclass
class DocumentCache:
    """Parsed documents by query text; validation errors by (query text, rules); compiled
    plans by (query text, operation name) (`schema.compiled`; False: not compilable)."""

    size: int = CACHE_SIZE
    documents: _Lru = field(init=False)
    validated: _Lru = field(init=False)
    plans: _Lru = field(init=False)

    def __post_init__(self) -> None:
        self.documents = _Lru(self.size)
        self.validated = _Lru(self.size)
        self.plans = _Lru(self.size)

    def parsed(self, query: str, max_tokens: int) -> DocumentNode | None:
        """The document of `query`; None when it does not parse (strawberry then parses
        it again and reports the syntax error the usual way)."""
        key = (query, max_tokens)
        document = self.documents.get(key)
        if document is None:
            try:
                document = parse(query, max_tokens=max_tokens)
            except GraphQLError:
                return None
            self.documents.put(key, document)
        return document

    def errors(self, query: str, document: DocumentNode, schema: Any, rules: RuleClasses) -> list:
        key = (query, rules)
        errors = self.validated.get(key)
        if errors is None:
            errors = tuple(validate_document(schema, document, rules))
            self.validated.put(key, errors)
        return list(errors)

    def clear(self) -> None:
        self.documents.clear()
        self.validated.clear()
        self.plans.clear()


class CachedDocuments(SchemaExtension):
    """Parses and validates through the `DocumentCache` with the schema's `DocumentRules`."""

    def __init__(self, rules: DocumentRules, cache: DocumentCache) -> None:
        self.rules = rules
        self.cache = cache
        self.query: str | None = None

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        context.parse_options["max_tokens"] = self.rules.max_tokens
        if context.graphql_document is None and context.query:
            context.graphql_document = self.cache.parsed(context.query, self.rules.max_tokens)
            if context.graphql_document is not None:
                self.query = context.query
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if self.query is not None and context.graphql_document is not None:
            context.pre_execution_errors = self.cache.errors(
                self.query,
                context.graphql_document,
                context.schema._schema,
                self.rules.rules_for(context),
            )
        else:
            context.validation_rules = self.rules.rules_for(context)
        yield


def document_extension(rules: DocumentRules, cache: DocumentCache) -> Callable[[], SchemaExtension]:
    """The per-request factory strawberry wants, over the one rule set and cache."""
    return lambda: CachedDocuments(rules, cache)
