# The two commands a new user needs: `make run` and `make test`.
# Everything is installed into .venv from PyPI; nothing is installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench audio clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,offline]'
	touch $(STAMP)

run: $(STAMP)
	ALEXA_VERIFY=$${ALEXA_VERIFY-0} $(BIN)/calm-cradle serve --host $${HOST-127.0.0.1} --port $${PORT-5000}

test: $(STAMP)
	$(BIN)/ruff check skill tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check skill tests bench

bench: $(STAMP)
	$(BIN)/python -m bench

audio: $(STAMP)
	$(BIN)/calm-cradle render-audio --engine offline

clean:
	rm -rf $(VENV) build *.egg-info
