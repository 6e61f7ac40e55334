# The few commands a newcomer needs. Both create ./.venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test lint clean

$(BIN)/instrumentengids: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

## Set up and run the portal on SQLite with demo data: http://127.0.0.1:8000/
demo: $(BIN)/instrumentengids
	$(BIN)/instrumentengids demo

## Set up and run the whole test suite (SQLite, and PostgreSQL when reachable)
test: $(BIN)/instrumentengids
	$(BIN)/pytest

lint: $(BIN)/instrumentengids
	$(BIN)/pip install --quiet ruff
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) instance .pytest_cache
