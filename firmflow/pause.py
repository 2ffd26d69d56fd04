"""Named pause points: how a test makes two processes meet inside a race window.

A test that claims "exactly once across processes" proves nothing unless both processes are
inside the window (rows read, nothing claimed yet) at the same moment. `pause_point(name)`
marks such a window. With `FIRMFLOW_PAUSE_AT=<name>` and `FIRMFLOW_PAUSE_DIR=<folder>` in
its environment, a process reaching that point creates `<folder>/<name>.<pid>` and waits
(at most `FIRMFLOW_PAUSE_SECONDS`, default 60) until `<folder>/go` exists; the test sees
every child arrive, checks that none got ahead, then lets them go together. Without those
variables (always, outside tests) it returns at once after one environment lookup.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path


async def pause_point(name: str) -> None:
    """Wait here while a test holds this point (see the module docstring); else return."""
    if os.environ.get("FIRMFLOW_PAUSE_AT") != name:
        return
    folder = Path(os.environ["FIRMFLOW_PAUSE_DIR"])
    (folder / f"{name}.{os.getpid()}").touch()
    deadline = time.monotonic() + float(os.environ.get("FIRMFLOW_PAUSE_SECONDS", "60"))
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"pause point {name!r}: nobody said go")
        await asyncio.sleep(0.01)
