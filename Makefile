# Two commands do all the set-up: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Extra pytest arguments for `make test` (CI uses it to balance its two passes; empty: everything).
PYTEST_ARGS ?=

.PHONY: install install-test demo test test-postgres lint bench audit clean messages

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

install: $(VENV)/.installed

# The project and its test tools in one resolve, and no byte-compiling of every installed module
# (what is imported is compiled on its first import): on a fresh venv, as CI makes it, ~21 s of
# CPU instead of ~48 s for `install` then the extras (docs/decisions.md, session 19, ci-fast).
$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-compile -e ".[test]"
	scripts/install-chromium
	touch $(VENV)/.installed $@

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/openline demo --port $(PORT)

test: install-test
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/openline makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts
	$(VENV)/bin/mypy

bench: install-test
	bench/run

# Known vulnerabilities in the installed dependencies, from the PyPI/OSV advisory databases.
# Needs the internet (pip-audit has no offline database), so CI does not run it: see
# docs/decisions.md, "Dependency audit".
audit: install
	$(PY) -m pip install --quiet 'pip-audit==2.10.1'
	$(VENV)/bin/pip-audit --strict --skip-editable --progress-spinner off

# Translations (issue 17): each app that has a locale/ directory keeps its own German catalog.
# makemessages runs from the app's directory so it writes that app's catalog; the compiled .mo
# files are committed (a machine without GNU gettext still serves German), and
# tests/core/test_catalogs.py fails when a .mo is stale or a msgid is missing.
CATALOG_APPS = $(patsubst src/openline/%/locale,%,$(wildcard src/openline/*/locale))
DJANGO_ADMIN := $(abspath $(VENV))/bin/django-admin

messages: install
	for app in $(CATALOG_APPS); do \
	  (cd src/openline/$$app && $(DJANGO_ADMIN) makemessages -l de -e html,txt,py \
	    --no-obsolete --add-location=file -i migrations -i static) || exit 1; \
	done
	cd src/openline && $(DJANGO_ADMIN) compilemessages -l de

clean:
	rm -rf $(VENV) var .mypy_cache
