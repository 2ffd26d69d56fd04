# Two commands on a fresh machine: `make run` and `make test` (RUNNING.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck format migrations bench clean

$(STAMP): pyproject.toml
	@echo ">> creating $(VENV) and installing firmflow with its test tools"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "firmflow needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

run: $(STAMP)
	@echo ">> migrating the embedded database and seeding the demo firm (first run only)"
	$(BIN)/firmflow seed-demo
	@echo ">> serving http://$(HOST):$(PORT)/graphql (GraphiQL in a browser; Ctrl-C stops)"
	$(BIN)/firmflow serve --host $(HOST) --port $(PORT)

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

clean:
	rm -rf $(VENV) data firmflow.db
