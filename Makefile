# Two entry points (see README): `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The bundled example into ./muctieu.sqlite, then the web application on it
# (its address is the last line printed; Ctrl-C stops it).
demo: $(STAMP)
	$(BIN)/muctieu demo
	$(BIN)/muctieu serve --host 127.0.0.1 --port 8000

# The store's tests also run on PostgreSQL: the script starts a throwaway
# server (installing Debian's postgresql first when run as root) and stops it.
test: $(STAMP)
	bash scripts/system-packages.sh
	bash scripts/with-postgres.sh $(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/extract.py
	bash scripts/with-postgres.sh $(BIN)/python benchmarks/observations.py
	bash scripts/with-postgres.sh $(BIN)/python benchmarks/web.py

clean:
	rm -rf $(VENV) build *.egg-info
