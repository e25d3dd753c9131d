"""Great Expectations suites (expectations/*.json) as Dagster asset checks.

The suites of one schema share a check op (`gx_raw`, `gx_marts`), which validates them
side by side; each suite gives the asset it guards up to two checks:

- `gx_critical`: the suite's `critical` expectations, blocking, severity ERROR. When it
  fails, the run stops there: downstream assets are not built on bad data.
- `gx_warnings`: its `warning`/`info` expectations, severity WARN; the run goes on.

Every failed expectation becomes a row in ops.dq_alerts and, with ALERT_WEBHOOK_URL set,
a webhook POST. The check reads the warehouse, then appends the alert rows: it runs in
the duckdb pool like every other step that opens the file.
"""

from collections.abc import Iterator, Sequence

import dagster as dg

from orchestration import alerts
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.resources import GreatExpectationsResource, WarehouseResource
from orchestration.quality.scope import frame_scope, record_passed
from orchestration.quality.suites import EXPECTATIONS_DIR, Suite, label, load_suites
from orchestration.warehouse import table_counts

CRITICAL_CHECK = "gx_critical"
WARNINGS_CHECK = "gx_warnings"


def suite_checks(suites: "Sequence[Suite] | None" = None) -> list[dg.AssetChecksDefinition]:
    """One check op per schema of the guarded assets (default: every suite in expectations/):
    `gx_raw` on the raw letters, `gx_marts` on the marts, whose suites run side by side."""
    by_schema: dict[str, list[Suite]] = {}
    for suite in load_suites(EXPECTATIONS_DIR) if suites is None else suites:
        by_schema.setdefault(suite.asset_key[0], []).append(suite)
    return [suites_check(f"gx_{schema}", group) for schema, group in by_schema.items()]


def suite_check(suite: Suite) -> dg.AssetChecksDefinition:
    """The check op of one suite alone."""
    return suites_check(f"gx_{suite.name}", [suite])


def suite_specs(suite: Suite) -> list[dg.AssetCheckSpec]:
    asset_key = dg.AssetKey(list(suite.asset_key))
    shown_path = display_path(suite)
    specs = []
    if suite.critical:
        specs.append(dg.AssetCheckSpec(
            CRITICAL_CHECK, asset=asset_key, blocking=True,
            description=f"{len(suite.critical)} critical expectations of {shown_path}; "
                        "a failure (ERROR) stops everything downstream.",
            metadata={"suite": shown_path, "expectations": [label(e) for e in suite.critical]},
        ))
    if suite.warnings:
        specs.append(dg.AssetCheckSpec(
            WARNINGS_CHECK, asset=asset_key,
            description=f"{len(suite.warnings)} warning expectations of {shown_path} (WARN).",
            metadata={"suite": shown_path, "expectations": [label(e) for e in suite.warnings]},
        ))
    return specs


def suites_check(name: str, suites: "Sequence[Suite]") -> dg.AssetChecksDefinition:
    """One check op for `suites`; it validates those of the selected checks side by side
    (GreatExpectationsResource) and then reports each suite as its own checks."""
    specs = {suite.name: suite_specs(suite) for suite in suites}

    @dg.multi_asset_check(
        name=name,
        specs=[spec for suite_specs in specs.values() for spec in suite_specs],
        pool=DUCKDB_POOL,
        can_subset=True,
        description="Great Expectations suites " + ", ".join(
            f"{display_path(suite)} on {suite.asset}" for suite in suites) + ".",
    )
    def _check(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource,
               gx: GreatExpectationsResource) -> Iterator[dg.AssetCheckResult]:
        database = warehouse.database()
        selected = context.selected_asset_check_keys
        chosen = [suite for suite in suites if any(spec.key in selected for spec in specs[suite.name])]
        scopes = [frame_scope(database, suite) for suite in chosen]
        # Whole tables (a first run, a full refresh) are worth more workers: the largest
        # first, so that its long validation starts at once and the others share the rest.
        spread = any(scope.letters_sql is None for scope in scopes)
        if spread:
            table_rows = table_counts(database, [".".join(suite.asset_key) for suite in chosen])
            order = sorted(range(len(chosen)), key=lambda n: -(table_rows[".".join(chosen[n].asset_key)] or 0))
            chosen, scopes = [chosen[n] for n in order], [scopes[n] for n in order]
        answers = gx.validate_all(database, list(zip(chosen, scopes, strict=True)), spread=spread)
        errors = []
        for suite, scope, answer in zip(chosen, scopes, answers, strict=True):
            if isinstance(answer, Exception):
                context.log.error(f"{suite.asset}: validating {display_path(suite)} raised {answer!r}")
                errors.append(answer)
                continue
            rows, outcomes = answer
            yield from suite_results(context, database, suite, scope, rows, outcomes)
        if errors:  # after the other suites have reported
            raise errors[0]

    return _check


def suite_results(context: dg.AssetCheckExecutionContext, database, suite: Suite, scope, rows: int,
                  outcomes: list) -> Iterator[dg.AssetCheckResult]:
    """Record and alert what `suite` found, then its check results."""
    asset_key = dg.AssetKey(list(suite.asset_key))
    shown_path = display_path(suite)
    failed = [o for o in outcomes if not o.success]
    if not any(o.critical for o in failed):
        record_passed(database, suite, scope, rows, context.run.run_id)
    for outcome in failed:
        context.log.warning(
            f"{suite.asset} {'ERROR' if outcome.critical else 'WARN'}: {outcome.expectation}: {outcome.observed}"
        )
    alerts.emit(database, [
        alerts.Alert(
            check_name=CRITICAL_CHECK if o.critical else WARNINGS_CHECK,
            asset=suite.asset,
            severity="ERROR" if o.critical else "WARN",
            observed=o.observed,
            failing_sample=o.sample,
            run_id=context.run.run_id,
            expectation=o.expectation,
        )
        for o in failed
    ], log=context.log)
    selected = context.selected_asset_check_keys
    if suite.critical and dg.AssetCheckKey(asset_key, CRITICAL_CHECK) in selected:
        yield check_result(asset_key, CRITICAL_CHECK, dg.AssetCheckSeverity.ERROR,
                           [o for o in outcomes if o.critical], rows, shown_path)
    if suite.warnings and dg.AssetCheckKey(asset_key, WARNINGS_CHECK) in selected:
        yield check_result(asset_key, WARNINGS_CHECK, dg.AssetCheckSeverity.WARN,
                           [o for o in outcomes if not o.critical], rows, shown_path)


def check_result(asset_key: dg.AssetKey, name: str, severity: dg.AssetCheckSeverity,
                 outcomes: list, rows: int, suite_path: str) -> dg.AssetCheckResult:
    """The check's result; its metadata names the failing expectations, what was observed
    and a sample of failing rows, as the UI shows them."""
    failed = [o for o in outcomes if not o.success]
    metadata = {
        "suite": dg.MetadataValue.path(suite_path),
        "rows_validated": rows,
        "expectations_evaluated": len(outcomes),
        "expectations_failed": len(failed),
    }
    if failed:
        first = failed[0]
        metadata |= {
            "failing_expectation": first.expectation,
            "observed_value": first.observed,
            "failed_expectations": dg.MetadataValue.md(failure_table(failed)),
            "failing_rows_sample": dg.MetadataValue.json({o.expectation: o.sample for o in failed}),
        }
    return dg.AssetCheckResult(
        asset_key=asset_key,
        check_name=name,
        passed=not failed,
        severity=severity,
        description=(f"{len(failed)} of {len(outcomes)} expectations failed: "
                     + "; ".join(o.expectation for o in failed)) if failed else None,
        metadata=metadata,
    )


def failure_table(failed: list) -> str:
    def cell(text) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| expectation | why it matters | observed | failing rows (sample) |", "| --- | --- | --- | --- |"]
    for o in failed:
        sample = "<br>".join(cell(alerts.to_json(row)) for row in o.sample) or "–"
        lines.append(f"| `{cell(o.expectation)}` | {cell(o.description or '')} | {cell(o.observed)} | {sample} |")
    return "\n".join(lines)


def display_path(suite: Suite) -> str:
    try:
        return suite.path.relative_to(EXPECTATIONS_DIR.parent).as_posix()
    except ValueError:
        return str(suite.path)
