# The one index of the project's commands: `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test bench cluster cluster-stop screenshots install install-test catalogs messages typeset lint format lock check clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.lock package-lock.json
	$(PY) -m pip install --quiet --require-hashes -r requirements-test.lock
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the browser tests will be skipped (axe-core comes from npm)."; fi
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the locked dependencies

install-test: $(VENV)/.installed-test ## Also install what the tests and linters need

catalogs: install ## Compile the gettext catalogs in locale/ (pure Python, no gettext needed)
	$(VENV)/bin/pybabel compile --domain django --directory locale --statistics

run: catalogs ## Set up and serve the demo site at http://127.0.0.1:$(PORT)/
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py create_demo_logins
	@echo "Serving Crowdtime at http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test catalogs ## Run the whole test suite (DATABASE_URL=postgres://… for PostgreSQL)
	$(VENV)/bin/pytest

bench: catalogs ## Measure the site against a minimal Django view (needs wrk; DATABASE_URL=postgres://… for PostgreSQL too)
	$(PY) bench/run.py

cluster: catalogs ## Start the production topology on 127.0.0.1: Varnish :8080, HAProxy :8081, two gunicorn nodes, PgBouncer, Redis, task workers (README, Deploying)
	$(PY) deploy/cluster.py start

cluster-stop: ## Stop everything `make cluster` started
	$(PY) deploy/cluster.py stop

screenshots: install-test catalogs ## Full-page screenshots of every page type, language and width, into screenshots/ (REUSE=1 keeps the last demo database)
	$(PY) demo/screenshots.py $(if $(REUSE),--reuse)

lint: install-test ## Check the code (ruff), the layers (import-linter) and the templates' indentation (djhtml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml --check

format: install-test ## Format the code (ruff) and indent the templates (djhtml)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml

check: install ## Django's checks and missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

messages: install ## Extract interface strings into every locale/*/django.po (needs GNU gettext; APERTIUM_URL drafts the machine-drafted languages' new ones)
	$(PY) manage.py makemessages --all --no-obsolete --add-location file --ignore '.venv/*' --ignore 'static/*' --ignore 'tests/*' --ignore 'node_modules/*' --ignore 'media/*'
	@for po in $$(grep -l '^# Machine-drafted from' locale/*/LC_MESSAGES/django.po); do \
		language=$$(basename $$(dirname $$(dirname $$po))); \
		if [ -n "$$APERTIUM_URL" ]; then $(PY) manage.py draft_catalog $$language; \
		else echo "APERTIUM_URL is not set: $$po keeps its new entries to draft (manage.py draft_catalog $$language)"; fi; \
	done

typeset: install ## Set the French catalog and the demo's French texts with French typography (’ « » and no-break spaces)
	$(PY) manage.py typeset_french locale/fr/LC_MESSAGES/django.po demo/content


lock: ## Re-pin the dependencies after editing pyproject.toml
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --output-file requirements.lock pyproject.toml
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --extra test --output-file requirements-test.lock pyproject.toml

clean: ## Remove the virtual environment, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 media .test-media static
