# firmflow in a container: `firmflow serve` migrates at start (under a lock, so containers
# starting together migrate once), then serves HTTP and websockets on :8000. Alone it keeps
# SQLite in /data; compose.yaml runs it with PostgreSQL, Redis and a mail catcher.
# docs/running.md "With Docker"; tests/test_deploy_files.py holds this file to firmflow's
# settings, port and readiness probe (it cannot be built where the tests run).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY firmflow/ firmflow/
COPY schema/ schema/
COPY subscriptions/ subscriptions/
COPY resolvers/ resolvers/
COPY eventstore/ eventstore/
COPY models/ models/
COPY migrations/ migrations/
# Editable, as `make run` installs it: the migrations are found beside the package.
RUN pip install -e . \
    && useradd --system --uid 10001 --no-create-home firmflow \
    && mkdir /data \
    && chown firmflow /data

USER firmflow
# The data folder (generated secret key, uploads) and the embedded database: a volume.
ENV FIRMFLOW_DATA_DIR=/data \
    FIRMFLOW_DATABASE_URL=sqlite:///data/firmflow.db
VOLUME ["/data"]
EXPOSE 8000
# Ready: the database and broadcast answer, migrations applied, not draining (SIGTERM).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]
CMD ["firmflow", "serve", "--host", "0.0.0.0", "--port", "8000"]
