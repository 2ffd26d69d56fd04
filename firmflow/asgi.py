"""The ASGI entry point for uvicorn (`firmflow.asgi:app`), settings from the environment.

Imported by every server process (each of `--workers N` too), so process-wide tuning lives
here: the cyclic garbage collector runs its full collections much less often. A server with
thousands of open subscriptions holds millions of long-lived objects; with the default
thresholds a full collection (hundreds of milliseconds to a second) fell into event fan-out
now and then and doubled its tail latency (bench/README.md).
"""

import gc

from firmflow.app import create_app

GC_THRESHOLDS = (20_000, 50, 50)  # defaults: (700, 10, 10)

gc.set_threshold(*GC_THRESHOLDS)
app = create_app()
