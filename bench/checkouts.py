"""The code of an earlier commit beside this one, for `--compare COMMIT` in the benchmarks
(bench/read_nested.py, bench/subscribers.py): one place, so both measure the same way."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkout(commit: str) -> Path:
    """The code of `commit` in a scratch directory (git archive; no worktree is added)."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short", commit],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    where = Path(tempfile.gettempdir()) / f"firmflow-bench-{sha}"
    if not where.exists():
        where.mkdir()
        archive = subprocess.run(
            ["git", "archive", sha], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where
