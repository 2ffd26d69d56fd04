"""The served schema is committed as schema/schema.graphql, so every API change shows up in
review as a diff of that file. This test holds the served schema to the committed file."""

from __future__ import annotations

import difflib

from firmflow.settings import PROJECT_ROOT
from tools.check_contract import served_sdl

SNAPSHOT = PROJECT_ROOT / "schema" / "schema.graphql"
REGENERATE = "regenerate with `.venv/bin/firmflow schema > schema/schema.graphql`"


def test_served_schema_matches_the_committed_snapshot():
    assert SNAPSHOT.exists(), f"schema/schema.graphql is missing: {REGENERATE}"
    committed = SNAPSHOT.read_text()
    served = served_sdl() + "\n"  # `firmflow schema` prints it with a final newline
    if committed != served:
        diff = difflib.unified_diff(
            committed.splitlines(),
            served.splitlines(),
            "schema/schema.graphql (committed)",
            "served",
            lineterm="",
            n=1,
        )
        lines = list(diff)
        shown = "\n".join(lines[:60]) + ("\n..." if len(lines) > 60 else "")
        raise AssertionError(
            f"the served schema differs from schema/schema.graphql: {REGENERATE}\n{shown}"
        )
