"""A compiled path for read documents: the same resolvers, walked level by level.

graphql-core's executor spends most of a nested list read on its own bookkeeping: an info
object, a path and a completion chain per field per item, an awaitable per item. For a
query document made of plain object fields (the documents clients send again and again),
`compile_document` turns the validated document once into a plan: per field its response
key, its resolver, its arguments' AST, its return type's shape and its leaf serializer.
`CompiledDocument.run` then walks the plan one level at a time over all the objects of that
level: a plain field is one `getattr` per object; a field with a resolver is called for
every object with one shared info, and the level awaits all of them at once (one await per
level, so the DataLoaders batch exactly as before).

Same answers, by construction and by test:
- the resolvers are the schema's own (strawberry's wrappers, argument conversion, the
  DataLoaders, the access rules inside `resolvers/`); nothing is re-implemented;
- leaves are serialized by the schema's own scalar and enum types;
- anything the plan does not cover (fragments, directives, abstract types, nested lists,
  mutations and subscriptions, a root field not in `COMPILED_ROOT_FIELDS`) is not compiled,
  and any error while running (a resolver raising, a null for a non-null field, bad
  variables) gives up the compiled answer: the generic executor runs the request and
  reports the error exactly as before. Only root fields that are pure reads are listed, so
  running them a second time changes nothing.
- with `SHADOW_CHECK` on (the test suite turns it on), every compiled answer is compared
  with the generic executor's answer for the same request, byte for byte as JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLField,
    GraphQLID,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    OperationDefinitionNode,
    OperationType,
)
from graphql.execution.values import get_argument_values, get_variable_values
from graphql.pyutils import Path, Undefined
from graphql.type.definition import GraphQLResolveInfoHelpers
from strawberry.types import ExecutionResult, Info
from strawberry.types.graphql import OperationType as StrawberryOperationType

from schema.documents import DocumentCache, DocumentRules
from schema.limits import cost_refusal, query_timeout_seconds, timeout_error

log = logging.getLogger("firmflow.compiled")

# Root query fields that only read: safe to run again on the generic path after a failure.
COMPILED_ROOT_FIELDS = frozenset(
    {
        "viewer",
        "firm",
        "staffMembers",
        "clientAccounts",
        "clientAccount",
        "clientFacingStatuses",
        "pipelines",
        "pipeline",
        "jobTemplates",
        "jobs",
        "job",
        "kanban",
        "workInProgress",
        "portalPreview",
        "threads",
        "thread",
        "inbox",
        "clientRequests",
        "clientRequest",
        "requestTemplates",
    }
)

# Leaves whose serializer returns a value of exactly this type as it is: no call per value.
_UNCHANGED: tuple[tuple[GraphQLScalarType, type], ...] = (
    (GraphQLString, str),
    (GraphQLID, str),
    (GraphQLBoolean, bool),
)

# Tests turn this on: each compiled answer is checked against the generic executor's.
SHADOW_CHECK = False
shadow_report: dict[str, Any] = {"compiled": 0, "mismatches": []}


class NotCompiled(Exception):
    """The document (or this run of it) is outside what the plan covers."""


@dataclass
class FieldPlan:
    key: str
    node: FieldNode
    definition: GraphQLField
    parent_type: GraphQLObjectType
    python_name: str | None  # a plain attribute (strawberry's basic field), else None
    resolve: Callable[..., Any] | None
    outer_non_null: bool
    is_list: bool
    item_non_null: bool
    serialize: Callable[[Any], Any] | None  # a leaf's serializer
    # The one Python type its serializer returns unchanged (String and ID: str, Boolean:
    # bool; graphql-core's `serialize_string` etc. return such a value as it is).
    unchanged: type | None
    object_type: GraphQLObjectType | None
    children: list[FieldPlan] = field(default_factory=list)
    # A relationship marked `schema.common.batched`: called once for all parents of a level.
    batch: Callable[[Any, list[Any]], Any] | None = None
    strawberry_field: Any = None


def _plan_fields(
    schema: GraphQLSchema, parent: GraphQLObjectType, selections: Any, top: bool = False
) -> list[FieldPlan]:
    plans: list[FieldPlan] = []
    seen: set[str] = set()
    for selection in selections:
        if not isinstance(selection, FieldNode) or selection.directives:
            raise NotCompiled("fragments and directives take the generic path")
        key = selection.alias.value if selection.alias else selection.name.value
        if key in seen:
            raise NotCompiled("a response key selected twice is merged by the generic path")
        seen.add(key)
        name = selection.name.value
        if name.startswith("__"):
            raise NotCompiled("introspection takes the generic path")
        if top and name not in COMPILED_ROOT_FIELDS:
            raise NotCompiled(f"{name} is not a compiled root field")
        definition = parent.fields.get(name)
        if definition is None:
            raise NotCompiled(f"unknown field {name}")
        plans.append(_plan_field(schema, parent, key, selection, definition))
    return plans


def _plan_field(
    schema: GraphQLSchema,
    parent: GraphQLObjectType,
    key: str,
    node: FieldNode,
    definition: GraphQLField,
) -> FieldPlan:
    return_type: Any = definition.type
    outer_non_null = isinstance(return_type, GraphQLNonNull)
    if outer_non_null:
        return_type = return_type.of_type
    is_list = isinstance(return_type, GraphQLList)
    item_non_null = False
    if is_list:
        return_type = return_type.of_type
        item_non_null = isinstance(return_type, GraphQLNonNull)
        if item_non_null:
            return_type = return_type.of_type
        if isinstance(return_type, GraphQLList):
            raise NotCompiled("nested lists take the generic path")
    strawberry_field = (definition.extensions or {}).get("strawberry-definition")
    resolver = definition.resolve
    basic = bool(resolver is not None and getattr(resolver, "_is_default", False))
    if basic and (strawberry_field is None or definition.args):
        raise NotCompiled("a plain field without its strawberry definition")
    batch = None
    if not basic and strawberry_field is not None and strawberry_field.base_resolver:
        function = strawberry_field.base_resolver.wrapped_func
        batch = getattr(function, "__batch__", None) or getattr(
            getattr(function, "__func__", None), "__batch__", None
        )
    plan = FieldPlan(
        key=key,
        batch=None if definition.args else batch,
        strawberry_field=strawberry_field,
        node=node,
        definition=definition,
        parent_type=parent,
        python_name=strawberry_field.python_name if basic and strawberry_field else None,
        resolve=None if basic else resolver,
        outer_non_null=outer_non_null,
        is_list=is_list,
        item_non_null=item_non_null,
        serialize=None,
        unchanged=None,
        object_type=None,
    )
    if isinstance(return_type, (GraphQLScalarType, GraphQLEnumType)):
        if node.selection_set is not None:
            raise NotCompiled("a leaf with a selection")
        plan.serialize = return_type.serialize
        plan.unchanged = next((kind for t, kind in _UNCHANGED if t is return_type), None)
    elif isinstance(return_type, GraphQLObjectType):
        if return_type.is_type_of is not None:
            raise NotCompiled("types checked with is_type_of take the generic path")
        if node.selection_set is None:
            raise NotCompiled("an object without a selection")
        plan.object_type = return_type
        plan.children = _plan_fields(schema, return_type, node.selection_set.selections)
    else:
        raise NotCompiled("abstract types take the generic path")
    if plan.resolve is None and plan.python_name is None:
        raise NotCompiled("a field without a resolver")
    return plan


@dataclass
class CompiledDocument:
    """A query document's plan; `run` answers it or raises NotCompiled."""

    schema: GraphQLSchema
    document: DocumentNode
    operation: OperationDefinitionNode
    root_type: GraphQLObjectType
    fields: list[FieldPlan]

    async def run(
        self, variables: dict[str, Any] | None, context: Any, root_value: Any
    ) -> dict[str, Any]:
        coerced = get_variable_values(
            self.schema, self.operation.variable_definitions or (), variables or {}
        )
        if isinstance(coerced, list):
            raise NotCompiled("bad variables are reported by the generic path")
        run = _Run(self, coerced, context)
        return (await run.objects(self.root_type, self.fields, [root_value], None))[0]


async def _gather(values: Any) -> list[Any]:
    return list(await asyncio.gather(*values))


def _track(_values: Any) -> None:
    """Nothing resolves work it does not await (graphql-core's `track` helper)."""


_HELPERS = GraphQLResolveInfoHelpers(_gather, _track)


class _Run:
    def __init__(self, document: CompiledDocument, variables: Any, context: Any):
        self.document = document
        self.variables = variables
        self.context = context

    def info(self, plan: FieldPlan, path: Path | None) -> GraphQLResolveInfo:
        doc = self.document
        return GraphQLResolveInfo(
            plan.node.name.value,
            [plan.node],
            plan.definition.type,
            plan.parent_type,
            Path(path, plan.key, plan.parent_type.name),
            doc.schema,
            {},
            None,
            doc.operation,
            self.variables,
            self.context,
            _is_awaitable,
            None,  # no abort signal
            _HELPERS,
        )

    async def objects(
        self,
        object_type: GraphQLObjectType,
        plans: list[FieldPlan],
        sources: list[Any],
        path: Path | None,
    ) -> list[dict[str, Any]]:
        """The selection `plans` of every object in `sources`, one level at a time."""
        results: list[dict[str, Any]] = [{} for _ in sources]
        pending: list[tuple[FieldPlan, list[Any]]] = []
        awaitables: list[Any] = []
        slots: list[tuple[list[Any], int]] = []
        try:
            self.resolve_level(plans, sources, path, pending, awaitables, slots)
        except BaseException:
            for awaitable in awaitables:  # started, never to be awaited
                if asyncio.iscoroutine(awaitable):
                    awaitable.close()
            raise
        if awaitables:
            # One await for the whole level: every DataLoader of the level batches.
            done = await asyncio.gather(*awaitables, return_exceptions=True)
            for (values, index), value in zip(slots, done, strict=True):
                if isinstance(value, BaseException):
                    raise NotCompiled("a resolver failed") from value
                if index == -1:
                    if len(value) != len(values):
                        raise NotCompiled("a batch answered another number of parents")
                    values[:] = value
                else:
                    values[index] = value
        children: list[Any] = []
        for plan, values in pending:
            completed = self.complete(plan, values, path)
            if completed is not None:
                children.append(completed)
        if children:
            await asyncio.gather(*children)
        for plan, values in pending:  # in selection order: the answer's key order
            key = plan.key
            for result, value in zip(results, values, strict=True):
                result[key] = value
        return results

    def resolve_level(
        self,
        plans: list[FieldPlan],
        sources: list[Any],
        path: Path | None,
        pending: list[tuple[FieldPlan, list[Any]]],
        awaitables: list[Any],
        slots: list[tuple[list[Any], int]],
    ) -> None:
        """Call every field's resolver for every object (plain fields: `getattr`)."""
        for plan in plans:
            if plan.python_name is not None:
                name = plan.python_name
                values = [getattr(source, name) for source in sources]
            elif plan.batch is not None:
                info = Info(_raw_info=self.info(plan, path), _field=plan.strawberry_field)
                values = [None] * len(sources)
                awaitables.append(plan.batch(info, sources))
                slots.append((values, -1))  # the whole level's values at once
            else:
                assert plan.resolve is not None
                args = get_argument_values(plan.definition, plan.node, self.variables)
                raw_info = self.info(plan, path)
                resolve = plan.resolve
                values = [resolve(source, raw_info, **args) for source in sources]
                for index, value in enumerate(values):
                    if _is_awaitable(value):
                        awaitables.append(value)
                        slots.append((values, index))
            pending.append((plan, values))

    def complete(self, plan: FieldPlan, values: list[Any], path: Path | None) -> Any:
        """Turn the resolved `values` (one per object, in place) into answers."""
        if plan.is_list:
            items: list[Any] = []
            owners: list[tuple[int, int]] = []
            for index, value in enumerate(values):
                if value is None:
                    if plan.outer_non_null:
                        raise NotCompiled("null for a non-null list")
                    continue
                if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
                    raise NotCompiled("not a list")
                value = list(value)
                owners.append((index, len(value)))
                items.extend(value)
                values[index] = value
            if plan.serialize is not None:
                serialize, unchanged = plan.serialize, plan.unchanged
                for index, _length in owners:
                    values[index] = [
                        item
                        if type(item) is unchanged
                        else self.leaf(serialize, item, plan.item_non_null)
                        for item in values[index]
                    ]
                return None
            return self.list_objects(plan, values, owners, items, path)
        if plan.outer_non_null and any(value is None for value in values):
            raise NotCompiled("null for a non-null field")
        if plan.serialize is not None:
            serialize, unchanged = plan.serialize, plan.unchanged
            for index, value in enumerate(values):
                if value is not None and type(value) is not unchanged:
                    values[index] = self.leaf(serialize, value, True)
            return None
        return self.single_objects(plan, values, path)

    @staticmethod
    def leaf(serialize: Callable[[Any], Any], value: Any, non_null: bool) -> Any:
        if value is None:
            if non_null:
                raise NotCompiled("null for a non-null leaf")
            return None
        serialized = serialize(value)
        if serialized is Undefined or serialized is None:
            raise NotCompiled("a leaf that does not serialize")
        return serialized

    async def single_objects(self, plan: FieldPlan, values: list[Any], path: Path | None) -> None:
        present = [i for i, value in enumerate(values) if value is not None]
        if not present:
            return
        assert plan.object_type is not None
        answers = await self.objects(
            plan.object_type,
            plan.children,
            [values[i] for i in present],
            Path(path, plan.key, plan.parent_type.name),
        )
        for i, answer in zip(present, answers, strict=True):
            values[i] = answer

    async def list_objects(
        self,
        plan: FieldPlan,
        values: list[Any],
        owners: list[tuple[int, int]],
        items: list[Any],
        path: Path | None,
    ) -> None:
        if plan.item_non_null and any(item is None for item in items):
            raise NotCompiled("null for a non-null list item")
        present = [item for item in items if item is not None]
        assert plan.object_type is not None
        answers = iter(
            await self.objects(
                plan.object_type,
                plan.children,
                present,
                Path(path, plan.key, plan.parent_type.name),
            )
        )
        for index, _length in owners:
            values[index] = [None if item is None else next(answers) for item in values[index]]


def _is_awaitable(value: Any) -> TypeGuard[Awaitable[Any]]:
    return (
        asyncio.iscoroutine(value)
        or isinstance(value, asyncio.Future)
        or (hasattr(value, "__await__") and not isinstance(value, type))
    )


def compile_document(
    schema: GraphQLSchema, document: DocumentNode, operation_name: str | None
) -> CompiledDocument | None:
    """The plan of a validated document's query operation, or None (generic path)."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != len(document.definitions):
        return None  # fragments are left to the generic path
    if operation_name is None:
        if len(operations) != 1:
            return None
        operation = operations[0]
    else:
        named = [o for o in operations if o.name and o.name.value == operation_name]
        if len(named) != 1:
            return None
        operation = named[0]
    if operation.operation != OperationType.QUERY or operation.directives:
        return None
    root = schema.query_type
    if root is None:
        return None
    try:
        fields = _plan_fields(schema, root, operation.selection_set.selections, top=True)
    except NotCompiled:
        return None
    return CompiledDocument(schema, document, operation, root, fields)


def _encode(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))


async def execute_compiled(
    schema: Any,
    documents: DocumentCache,
    rules: DocumentRules,
    generic: Callable[[], Awaitable[ExecutionResult]],
    *,
    query: str | None,
    variable_values: dict[str, Any] | None,
    context_value: Any,
    root_value: Any,
    operation_name: str | None,
    allowed_operation_types: Any,
    operation_extensions: dict[str, Any] | None,
) -> ExecutionResult:
    """The answer from the document's compiled plan when it has one and the run succeeds;
    otherwise (and for anything not valid) `generic()`, strawberry's own execution."""
    if not query:
        return await generic()
    plan_key = (query, operation_name)
    compiled = documents.plans.get(plan_key)
    if compiled is None:
        document = documents.parsed(query, rules.max_tokens)
        built = (
            None if document is None else compile_document(schema._schema, document, operation_name)
        )
        compiled = built or False
        documents.plans.put(plan_key, compiled)
    if compiled is False:
        return await generic()
    if (
        allowed_operation_types is not None
        and StrawberryOperationType.QUERY not in allowed_operation_types
    ):
        return await generic()
    execution_context = schema._create_execution_context(
        query=query,
        allowed_operation_types=allowed_operation_types or (StrawberryOperationType.QUERY,),
        variable_values=variable_values,
        context_value=context_value,
        root_value=root_value,
        operation_name=operation_name,
        operation_extensions=operation_extensions,
    )
    if documents.errors(
        query, compiled.document, schema._schema, rules.rules_for(execution_context)
    ):
        return await generic()  # it reports the validation errors
    if cost_refusal(schema._schema, compiled.document, operation_name, variable_values):
        return await generic()  # it answers with the refusal (schema.limits.RequestLimits)
    seconds = query_timeout_seconds()
    try:
        async with asyncio.timeout(seconds) as deadline:
            data = await compiled.run(variable_values, context_value, root_value)
    except TimeoutError:
        if deadline.expired():
            return ExecutionResult(data=None, errors=[timeout_error(seconds)])
        log.debug("compiled run gave up; generic execution", exc_info=True)
        return await generic()
    except Exception:  # the generic path answers, errors included, exactly as it always did
        log.debug("compiled run gave up; generic execution", exc_info=True)
        return await generic()
    if SHADOW_CHECK:
        loaders = getattr(context_value, "loaders", None)
        if isinstance(loaders, dict):
            loaders.clear()  # the generic run reads the database afresh
        shadow_report["compiled"] += 1
        expected = await generic()
        if expected.errors is not None or _encode(data) != _encode(expected.data):
            shadow_report["mismatches"].append(
                {
                    "query": query,
                    "compiled": data,
                    "generic": expected.data,
                    "errors": expected.errors,
                }
            )
            log.error("the compiled answer differs from the generic one for %s", query[:200])
        return expected
    return ExecutionResult(data=data, errors=None)
