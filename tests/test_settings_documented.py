"""Every setting is declared once (firmflow/settings.py) and documented where people look for
it: a row of README.md's settings table and of docs/running.md's, with the declared default.
Nothing the documentation names is unknown to firmflow, so a renamed or misspelled variable
in the docs fails here too."""

from __future__ import annotations

import re
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import pytest

from firmflow.settings import (
    PROJECT_ROOT,
    READ_ELSEWHERE,
    Limits,
    Settings,
    declared_settings,
    load_settings,
)

DOCUMENTS = [PROJECT_ROOT / "README.md", PROJECT_ROOT / "docs" / "running.md"]
ROW = re.compile(r"^\| `(FIRMFLOW_[A-Z0-9_]+)` \| ([^|]*) \|", re.MULTILINE)
MENTION = re.compile(r"\bFIRMFLOW_[A-Z0-9_]*[A-Z0-9]\b")


def table_rows(document: Path) -> dict[str, str]:
    """The settings table's rows: variable -> its default column."""
    return dict(ROW.findall(document.read_text()))


def documented_default(value: Any) -> str | None:
    """How a declared default is written in the tables (None: described in words)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Path):
        return f"./{value}"
    if value in ("", ()):
        return None
    return str(value)


def test_every_field_of_the_settings_is_a_declared_variable():
    """A field added without a declaration helper would never be read from the environment."""
    names = {f.name for kind in (Settings, Limits) for f in fields(kind)} - {"limits"}
    declared = {setting.name for setting in declared_settings().values()}
    assert names == declared


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_the_settings_table_lists_every_declared_setting_with_its_default(document: Path):
    rows = table_rows(document)
    declared = declared_settings()
    assert sorted(declared.keys() - rows.keys()) == [], f"undocumented in {document.name}"
    assert sorted(rows.keys() - declared.keys()) == [], f"not settings, in {document.name}"
    for name, setting in declared.items():
        assert setting.default is not MISSING
        written = documented_default(setting.default)
        if written is not None:
            assert f"`{written}`" in rows[name], (name, rows[name])


@pytest.mark.parametrize(
    "document",
    [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))],
    ids=lambda path: path.name,
)
def test_every_firmflow_variable_the_documentation_names_exists(document: Path):
    known = declared_settings().keys() | READ_ELSEWHERE
    assert sorted(set(MENTION.findall(document.read_text())) - known) == []


def test_the_declared_defaults_are_what_an_empty_environment_gives():
    settings = load_settings({})
    for name, setting in declared_settings().items():
        owner = settings.limits if setting.name in {f.name for f in fields(Limits)} else settings
        if name == "FIRMFLOW_UPLOAD_DIR":
            assert owner.upload_dir == settings.data_dir / "uploads"
        else:
            assert getattr(owner, setting.name) == setting.default, name
