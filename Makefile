# Two commands on a fresh machine: `make run` and `make test` (docs/running.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CKSUM := $(shell cksum pyproject.toml | cut -d' ' -f1)
# `make run` needs firmflow itself; `make test` and `make lint` add the test tools (pytest,
# ruff, Playwright...), so a first `make run` downloads less.
RUN_STAMP := $(VENV)/.run-installed-$(CKSUM)
STAMP := $(VENV)/.installed-$(CKSUM)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck format migrations bench clean

$(RUN_STAMP): pyproject.toml
	@echo ">> creating $(VENV) and installing firmflow"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "firmflow needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@rm -f $(VENV)/.run-installed-*
	@touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	@echo ">> installing the test tools into $(VENV)"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

# Migrates, seeds the demo firm (first run only), serves, and prints a banner with the
# address and the sign-ins once the server answers. Ctrl-C stops it cleanly.
run: $(RUN_STAMP)
	@echo ">> migrating the embedded database, seeding the demo firm (first run only), serving"
	@$(BIN)/firmflow serve --demo --host $(HOST) --port $(PORT)

test: $(STAMP)
	@echo ">> running the test suite on $${FIRMFLOW_TEST_DATABASE_URL:-SQLite} + $${FIRMFLOW_TEST_BROADCAST_URL:-memory://}"
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy over the product's packages ([tool.mypy] in pyproject.toml); .ci/run runs it.
typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Developers: generate the next migration of both chains after a model change.
migrations: $(STAMP)
	$(BIN)/firmflow make-migrations --name $${NAME:-update}

# Subscriber fan-out benchmark (PostgreSQL + Redis; see bench/README.md). Not a test.
bench: $(STAMP)
	$(BIN)/python bench/subscribers.py

# Everything `make run` and `make test` made: the environment, the demo database (with its
# migration lock file), the data folder (secret key, uploads), bytecode and build metadata.
clean:
	rm -rf $(VENV) data firmflow.db firmflow.db-shm firmflow.db-wal firmflow.db.migrate.lock \
		firmflow.egg-info .ruff_cache
	find . -name __pycache__ -type d -not -path './.git/*' -prune -exec rm -rf {} +
