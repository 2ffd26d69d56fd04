#!/usr/bin/env python3
"""Hold the served GraphQL schema against the API contract (docs/contract.graphql).

Usage (from the project root):
    .venv/bin/python tools/check_contract.py                    # the schema this checkout serves
    .venv/bin/python tools/check_contract.py served.graphql     # an SDL file
    .venv/bin/firmflow schema | .venv/bin/python tools/check_contract.py -
    CONTRACT=docs/contract-next.graphql .venv/bin/python tools/check_contract.py

Prints every way in which the served schema breaks the contract (a type, field, argument or
enum value missing, renamed or tightened), then one summary line; exits 1 if anything
breaks. Additions beyond the contract are fine. tests/test_contract.py uses the same
functions, so the suite and this script always agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from graphql import GraphQLSchema, build_schema
from graphql.utilities import find_breaking_changes, find_dangerous_changes

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "docs" / "contract.graphql"
CONTRACT_NEXT = ROOT / "docs" / "contract-next.graphql"


def served_sdl() -> str:
    """The SDL of the schema this checkout serves (what `firmflow schema` prints)."""
    from schema import build_schema as build_served

    return build_served().as_str()


def breaking_changes(contract_sdl: str, served: str) -> list[str]:
    """Each way `served` breaks the contract, as "Type: description" lines."""
    changes = find_breaking_changes(build_schema(contract_sdl), build_schema(served))
    return [f"{c.type.name}: {c.description}" for c in changes]


def differing_changes(contract_sdl: str, served: str) -> list[str]:
    """Changes that break no client but may change behaviour (e.g. a new enum value)."""
    changes = find_dangerous_changes(build_schema(contract_sdl), build_schema(served))
    return [f"{c.type.name}: {c.description}" for c in changes]


def member_count(contract: GraphQLSchema) -> int:
    return sum(
        len(getattr(t, "fields", None) or getattr(t, "values", None) or {})
        for name, t in contract.type_map.items()
        if not name.startswith("__")
    )


def main(argv: list[str]) -> int:
    contract_path = Path(os.environ.get("CONTRACT") or CONTRACT)
    if len(argv) > 1:
        served = sys.stdin.read() if argv[1] == "-" else Path(argv[1]).read_text()
    else:
        served = served_sdl()
    if not served.strip():
        print("no served schema was given (empty input)")
        return 1
    contract_sdl = contract_path.read_text()
    breaking = breaking_changes(contract_sdl, served)
    for line in breaking:
        print(f"BREAKS  {line}")
    differing = differing_changes(contract_sdl, served)
    for line in differing:
        print(f"differs {line}")
    total = member_count(build_schema(contract_sdl))
    print(
        f"{contract_path.name}: {len(breaking)} breaking, {len(differing)} differing,"
        f" of {total} contract members"
    )
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv))
