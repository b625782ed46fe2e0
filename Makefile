# Stadtportal: `make demo` serves the demo town, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install install-dev messages migrate seed serve worker node check lint makemessages clean

$(PY):
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

## E-mail providers that need more than requests, e.g. `make install MAIL_EXTRA=amazon-ses` (boto3);
## the extras are django-anymail's own (docs/deployment.md).
install: $(VENV)/.installed
	@if [ -n "$(MAIL_EXTRA)" ]; then $(PIP) install "django-anymail[$(MAIL_EXTRA)]>=15,<16"; fi
install-dev: $(VENV)/.installed-dev

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: node_modules/.installed

messages: | $(PY)
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v0

makemessages: | $(PY)
	$(PY) manage.py makemessages -l de -l en --ignore=.venv --ignore=node_modules --ignore=bench --no-obsolete

migrate: | $(PY)
	$(PY) manage.py migrate --noinput -v0

seed: | $(PY)
	$(PY) manage.py seed_demo --site-url http://$(HOST):$(PORT)

## The web server with the background worker (e-mails, pickup reservations, imports) and the local
## payment simulator beside it (the demo pays there; docs/billing.md).
serve: | $(PY)
	@echo "Serving Stadtportal at http://$(HOST):$(PORT)/ with the background worker and the payment simulator (Ctrl+C stops all)"
	@$(PY) manage.py db_worker & worker=$$!; $(PY) manage.py payment_simulator --stripe-webhook-url http://$(HOST):$(PORT)/payments/process/stripe/ & simulator=$$!; \
	  trap 'kill $$worker $$simulator 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

worker: | $(PY)
	$(PY) manage.py db_worker

## The demo: install, migrate, compile messages, seed German and English content, serve.
demo: install messages migrate seed serve

## All tests, browser tests included (they skip without a browser unless REQUIRE_BROWSER=1).
## Parallel over the machine's cores (pytest-xdist); browser tests share one worker. PYTEST_WORKERS=0 runs serially.
## --no-loadscope-reorder: each worker takes the tests in the order tests/conftest.py gives them (the
## factory tests before those that seed the demo); xdist's default sends the largest group (the
## browser tests, which seed the demo) out first, and a factory test after it on that worker finds
## the demo's home page where the test town's should go.
PYTEST_WORKERS ?= auto
test: install-dev node messages
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

check: install-dev
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

lint: check

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3 db.sqlite3-* .pytest_cache
