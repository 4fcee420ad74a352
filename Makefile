# cmer-desk: `make run` starts the desk, `make test` runs the whole test suite, `make bundle` builds the
# self-contained folder and archive for a workstation (dist/).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench bundle bundle-test python-check clean

python-check:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "cmer-desk demande Python 3.11 ou plus récent ($(PYTHON) est trop ancien)." >&2; exit 1; }

$(BIN)/python: | python-check
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml cmer_desk/__init__.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,postgres,bundle]"
	touch $@ $(VENV)/.installed-run $(VENV)/.installed-bundle

# The bundle carries the PostgreSQL driver too (the shared mode).
$(VENV)/.installed-bundle: pyproject.toml cmer_desk/__init__.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[bundle,postgres]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@scripts/ensure-system-libs.sh --window
	$(BIN)/cmer-desk

lint: $(VENV)/.installed-test
	$(BIN)/ruff check cmer_desk tests benchmarks scripts packaging
	$(BIN)/mypy

# Lint (ruff, then mypy on the packages pyproject.toml names), then the whole suite on SQLite files, the
# bundle built and run once, then the suite again on a throwaway PostgreSQL cluster when the server is there.
test: lint
	@scripts/ensure-system-libs.sh --postgres || true
	@scripts/ensure-system-libs.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) bundle-test
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
	  echo "== the same suite on PostgreSQL"; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --engine postgresql; \
	else \
	  echo "PostgreSQL server absent (Debian package postgresql): suite not run on PostgreSQL."; \
	fi

bench: $(VENV)/.installed-test bundle
	@scripts/ensure-system-libs.sh
	@for script in benchmarks/bench_*.py; do \
	  echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; \
	done

# dist/cmer-desk/ (one executable, its _internal/ folder, cmer-desk.desktop, the icon, LICENSE) and
# dist/cmer-desk-VERSION-linux-ARCH.tar.gz; the X11 libraries are installed first so that the bundle
# carries those a desktop may lack (libxcb-cursor...).
# Rebuilt only when a tracked source, the licence or the environment changed.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' cmer_desk/__init__.py)
BUNDLE_ARCHIVE := dist/cmer-desk-$(VERSION)-linux-$(shell uname -m).tar.gz
BUNDLE_SOURCES := $(wildcard $(shell git ls-files cmer_desk packaging 2>/dev/null)) pyproject.toml LICENSE

bundle: $(BUNDLE_ARCHIVE)

$(BUNDLE_ARCHIVE): $(BUNDLE_SOURCES) $(VENV)/.installed-bundle
	@scripts/ensure-system-libs.sh --window --bundle
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/cmer-desk.spec

# Unpack the archive into a clean folder and run it with an empty environment (tests/bundle).
bundle-test: bundle
	CMER_DESK_BUNDLE=dist QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bundle -p no:cacheprovider

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
