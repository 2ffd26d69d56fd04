"""The abuse limits of a GraphQL document, in one place (DOMAIN.md, "Abuse limits" and
"Introspection").

Two kinds, kept apart so parse+validation can be cached per document:

- Validation rules: depth, aliases and tokens (built once in `schema.documents`), and the
  introspection policy (`introspection_rules`, its per-request rule: it depends on one
  fact about the caller, `introspection_allowed(viewer)`, which is thereby part of the
  validation cache key).
- Checks with the request's variables, before execution (`RequestLimits.on_execute`, and
  `schema.compiled` for compiled plans): the query cost (a `first: $n` page size comes
  from the variables) and exactly one operation to run. They walk the document once,
  cheaply, and are not cached.

The execution time limit: `FirmflowSchema._execute_operation` (schema/__init__.py) and the
compiled path, both with `query_timeout_seconds()` and `timeout_error()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_list_type,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension

from firmflow.settings import Limits, get_settings
from resolvers.viewer import ANONYMOUS, Viewer

# The page-size arguments of paginated fields (Query.jobs, Query.inbox).
PAGE_SIZE_ARGUMENTS = ("first", "last")

_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


# ------------------------------------------------------------------ introspection policy


def introspection_allowed(viewer: Viewer) -> bool:
    """FIRMFLOW_INTROSPECTION: `all` (everyone), `staff` (signed-in staff) or `off`."""
    policy = get_settings().introspection
    if policy == "all":
        return True
    return policy == "staff" and viewer.is_staff


def viewer_of(context: Any) -> Viewer:
    """The caller of a request's context; a bad token counts as anonymous here (the
    request answers UNAUTHENTICATED where a resolver reads the viewer)."""
    try:
        viewer = getattr(context, "viewer", ANONYMOUS)
    except Exception:
        return ANONYMOUS
    return viewer if isinstance(viewer, Viewer) else ANONYMOUS


def without_suggestions(message: str) -> str:
    """graphql-core's "Did you mean ...?" hints name fields, arguments and enum values of
    the schema: they are introspection by another name."""
    return _SUGGESTION.sub("", message)


# ------------------------------------------------------------------ validation rules


def introspection_rules(execution_context: Any) -> tuple[type[ASTValidationRule], ...]:
    """The per-request rule of `schema.documents.DocumentRules`: none for callers who may
    introspect, else IntrospectionRefused (one class built once, so the validation cache
    keys on it: a document is validated once per (text, introspection allowed))."""
    if introspection_allowed(viewer_of(execution_context.context)):
        return ()
    return (IntrospectionRefused,)


class IntrospectionRefused(NoSchemaIntrospectionCustomRule):
    """`__schema` and `__type` for callers the introspection setting excludes."""

    def enter_field(self, node: FieldNode, *_args: Any) -> None:
        if node.name.value in ("__schema", "__type"):
            self.report_error(
                GraphQLError(
                    "introspection is not allowed for this caller (FIRMFLOW_INTROSPECTION)",
                    node,
                    extensions={"code": "BAD_INPUT"},
                )
            )


# ------------------------------------------------------------------ query cost


class QueryCost:
    """The cost of one operation: every field costs 1; a list field multiplies its
    children's cost by its page size (`first`), or, unpaginated, by `list_estimate`; a
    paginated field (a connection: `jobs(first: 200) { edges { node } }`) multiplies its
    children by its page size and its `edges` list then counts once. Fragments count where
    they are spread; every branch of an abstract type counts (an upper bound). Introspection
    fields cost nothing: their size is the schema's, bounded."""

    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        variables: dict[str, Any] | None,
        list_estimate: int,
    ) -> None:
        self.schema = schema
        self.variables = variables or {}
        self.list_estimate = list_estimate
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.defaults: dict[str, Any] = {}

    def of_operation(self, operation: OperationDefinitionNode) -> int:
        for definition in operation.variable_definitions or ():
            if isinstance(definition.default_value, IntValueNode):
                self.defaults[definition.variable.name.value] = int(definition.default_value.value)
        root = {
            OperationType.QUERY: self.schema.query_type,
            OperationType.MUTATION: self.schema.mutation_type,
            OperationType.SUBSCRIPTION: self.schema.subscription_type,
        }[operation.operation]
        return self._selection_cost(root, operation.selection_set, paged=False, seen=())

    def _selection_cost(
        self, parent: Any, selection_set: SelectionSetNode, *, paged: bool, seen: tuple[str, ...]
    ) -> int:
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self._field_cost(parent, selection, paged=paged, seen=seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                target = self.schema.get_type(condition.name.value) if condition else parent
                total += self._selection_cost(
                    target or parent, selection.selection_set, paged=paged, seen=seen
                )
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                target = self.schema.get_type(fragment.type_condition.name.value)
                total += self._selection_cost(
                    target or parent, fragment.selection_set, paged=paged, seen=(*seen, name)
                )
        return total

    def _field_cost(self, parent: Any, node: FieldNode, *, paged: bool, seen: tuple) -> int:
        name = node.name.value
        if name.startswith("__"):
            return 0
        fields = (
            parent.fields if isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)) else {}
        )
        definition = fields.get(name)
        if definition is None or node.selection_set is None:
            return 1
        page_size = self._page_size(node, definition)
        if page_size is not None:
            multiplier, children_paged = page_size, True
        elif is_list_type(get_nullable_type(definition.type)):
            multiplier, children_paged = (1 if paged else self.list_estimate), False
        else:
            multiplier, children_paged = 1, False
        child_type = get_named_type(definition.type)
        children = self._selection_cost(
            child_type, node.selection_set, paged=children_paged, seen=seen
        )
        return 1 + multiplier * children

    def _page_size(self, node: FieldNode, definition: Any) -> int | None:
        """The page size a paginated field was asked for (its default when not given)."""
        for argument_name in PAGE_SIZE_ARGUMENTS:
            argument = definition.args.get(argument_name)
            if argument is None:
                continue
            given = next((a for a in node.arguments or () if a.name.value == argument_name), None)
            value: Any = argument.default_value
            if given is not None:
                if isinstance(given.value, IntValueNode):
                    value = int(given.value.value)
                elif isinstance(given.value, VariableNode):
                    variable = given.value.name.value
                    value = self.variables.get(variable, self.defaults.get(variable, value))
            if isinstance(value, int) and not isinstance(value, bool):
                return max(1, value)
            return self.list_estimate
        return None


def the_operation(
    document: DocumentNode, operation_name: str | None
) -> OperationDefinitionNode | None:
    """The operation a request runs; BAD_INPUT when several are given without
    operationName (graphql-core would otherwise be left to pick)."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is None:
        if len(operations) > 1:
            raise GraphQLError(
                "the document has several operations: name the one to run with operationName",
                extensions={"code": "BAD_INPUT"},
            )
        return operations[0] if operations else None
    return next((o for o in operations if o.name and o.name.value == operation_name), None)


def query_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict[str, Any] | None,
    list_estimate: int,
) -> int:
    operation = the_operation(document, operation_name)
    if operation is None:
        return 0
    return QueryCost(schema, document, variables, list_estimate).of_operation(operation)


# ------------------------------------------------------------------ the extension


def cost_refusal(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict[str, Any] | None,
    limits: Limits | None = None,
) -> GraphQLError | None:
    """BAD_INPUT when the request names no single operation or costs more than
    FIRMFLOW_MAX_QUERY_COST; None when it may run."""
    limits = limits or get_settings().limits
    try:
        cost = query_cost(schema, document, operation_name, variables, limits.list_cost_estimate)
    except GraphQLError as error:
        return error
    if cost > limits.max_query_cost:
        return GraphQLError(
            f"the query costs {cost}, more than the limit of {limits.max_query_cost}"
            " (FIRMFLOW_MAX_QUERY_COST): ask for fewer items (`first`), fewer"
            " nested lists or fewer aliases",
            extensions={"code": "BAD_INPUT"},
        )
    return None


def query_timeout_seconds() -> float:
    return get_settings().limits.query_timeout_seconds


def timeout_error(seconds: float) -> GraphQLError:
    return GraphQLError(
        f"the request took longer than {seconds:g} s and was stopped"
        " (FIRMFLOW_QUERY_TIMEOUT_SECONDS)",
        extensions={"code": "TIMEOUT"},
    )


class RequestLimits(SchemaExtension):
    """Checks one operation and its cost with the request's variables before it runs
    (queries, mutations and subscriptions). Without `limits`, those of the settings in
    force at each request."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and not context.result:
            refusal = cost_refusal(
                context.schema._schema,
                document,
                # strawberry's `operation_name` falls back to the first operation's name.
                context._provided_operation_name,
                context.variables,
                self.limits,
            )
            if refusal is not None:
                raise refusal
        yield
