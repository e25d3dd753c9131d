# Entry points. Everything runs from the project venv (.venv), created by uv from uv.lock.
SHELL := bash
VENV := .venv
# dbt's own environment (dbt_env/pyproject.toml): Dagster runs dbt as a command.
DBT_VENV := dbt_env/.venv
# The venvs' commands first (Dagster finds its dbt by path: orchestration/defs/project.py).
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/$(DBT_VENV)/bin:$(PATH)
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: install run test dev clean report

install:
	@command -v uv >/dev/null || python3 -m pip install uv
	uv sync --frozen --compile-bytecode
	uv sync --frozen --compile-bytecode --project dbt_env

run: install
	$(VENV)/bin/python -m orchestration.cli run

test: install
	$(VENV)/bin/pytest

# Static HTML evidence pages from the existing warehouse (no rebuild): <warehouse folder>/report/
report: install
	$(VENV)/bin/python -m orchestration.report

dev: install
	@mkdir -p "$(DAGSTER_HOME)"
	@[ -f "$(DAGSTER_HOME)/dagster.yaml" ] || cp orchestration/dagster_instance.yaml "$(DAGSTER_HOME)/dagster.yaml"
	$(VENV)/bin/dagster dev -h 127.0.0.1 -p 3000 -m orchestration.definitions

clean:
	rm -rf warehouse/*.duckdb* warehouse/report .dagster dbt_project/target dbt_project/logs dbt_project/dbt_packages .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -path ./$(DBT_VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
