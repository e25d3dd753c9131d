"""Great Expectations 1.x suites (files in expectations/) and how they are run on warehouse tables.

`suites` reads the suite files without importing Great Expectations (which takes seconds),
so the Dagster definitions load fast; `validate` imports it only when a check runs.
"""
