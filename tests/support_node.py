"""JavaScript peers for tests: packages from the npm registry, installed once into a cache
directory, and the scripts of tests/js run by node against a real server.

Without node or npm a test that needs them is skipped with the reason listed; on CI
(CI=true) it fails instead, so the peer tests can never pass by not running.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from tests.support import ON_CI

JS_DIR = Path(__file__).resolve().parent / "js"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "firmflow-tests"


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"needs {name} (Node.js 18 or newer) and the npm registry"
        if ON_CI:
            pytest.fail(f"{reason}: on CI this test must run")
        pytest.skip(reason)
    return path


def node_modules(*packages: str) -> Path:
    """A node_modules folder holding `packages` (exact `name@version`), installed with npm
    into a cache directory keyed by the list (the first run downloads, later ones reuse
    it; a lock keeps parallel runs from installing over each other)."""
    node, npm = _program("node"), _program("npm")
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    if int(version.strip().lstrip("v").split(".")[0]) < 18:
        pytest.fail(f"node {version.strip()} is too old: the peers need Node.js 18 (fetch)")
    key = hashlib.sha256(" ".join(sorted(packages)).encode()).hexdigest()[:16]
    root = CACHE_DIR / f"npm-{key}"
    root.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{root}.lock", timeout=600):
        if not (root / ".installed").exists():
            root.mkdir(exist_ok=True)
            (root / "package.json").write_text(json.dumps({"private": True}))
            result = subprocess.run(
                [npm, "install", "--no-audit", "--no-fund", "--save-exact", *packages],
                cwd=root,
                capture_output=True,
                text=True,
                timeout=480,
            )
            if result.returncode != 0:
                pytest.fail(f"npm install {' '.join(packages)} failed:\n{result.stderr[-3000:]}")
            (root / ".installed").write_text(" ".join(packages))
    return root / "node_modules"


def run_node(
    script: str, *args: str, modules: Path, env: dict[str, str] | None = None, timeout: float = 240
) -> Any:
    """Run tests/js/`script` with node (it loads its packages from `modules`) and return
    the JSON it prints last; a failing script fails the test with its output."""
    result = subprocess.run(
        [_program("node"), str(JS_DIR / script), *args],
        env={**os.environ, **(env or {}), "NODE_MODULES_DIR": str(modules)},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        pytest.fail(f"node {script} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines, f"node {script} printed nothing:\n{result.stderr}"
    return json.loads(lines[-1])
