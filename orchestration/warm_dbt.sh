#!/bin/sh
# dbt through the run's warm dbt server (orchestration/warm_dbt.py), else the real dbt.
exec "${WARM_DBT_PYTHON:-python3}" -I -S "$(dirname "$0")/warm_dbt.py" "$@"
