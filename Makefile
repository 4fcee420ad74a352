# cmer-desk: `make run` starts the desk, `make test` runs the whole test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench python-check clean

python-check:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "cmer-desk demande Python 3.11 ou plus récent ($(PYTHON) est trop ancien)." >&2; exit 1; }

$(BIN)/python: | python-check
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,postgres]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@scripts/ensure-system-libs.sh --window
	$(BIN)/cmer-desk

lint: $(VENV)/.installed-test
	$(BIN)/ruff check cmer_desk tests benchmarks scripts
	$(BIN)/mypy

# Lint (ruff, then mypy on the packages pyproject.toml names), then the whole suite on SQLite files, then again on a throwaway PostgreSQL cluster when the server is there.
test: lint
	@scripts/ensure-system-libs.sh --postgres || true
	@scripts/ensure-system-libs.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
	  echo "== the same suite on PostgreSQL"; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --engine postgresql; \
	else \
	  echo "PostgreSQL server absent (Debian package postgresql): suite not run on PostgreSQL."; \
	fi

bench: $(VENV)/.installed-test
	@scripts/ensure-system-libs.sh
	@for script in benchmarks/bench_*.py; do \
	  echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
