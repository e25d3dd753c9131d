"""Great Expectations suites as blocking/non-blocking Dagster asset checks."""
import json
import re
import shutil
import time
from datetime import datetime

import dagster as dg
import duckdb
import polars as pl
import pytest

from orchestration.definitions import defs
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.assets.raw_letters import raw_letter_facts, raw_letters
from orchestration.defs.assets.snapshot import SNAPSHOT_KEY
from orchestration.defs.checks import CRITICAL_CHECK, WARNINGS_CHECK, check_result, suite_check, suites_check
from orchestration.defs.resources import GreatExpectationsResource, WarehouseResource
from orchestration.extraction import schema, units
from orchestration.quality.suites import EXPECTATIONS_DIR, label, load_suite, load_suites, severity_of
from orchestration.quality.validate import read_frame, validate
from orchestration.quality import worker as worker_module
from orchestration.quality.worker import ValidationPool, ValidationWorker, WorkerDied
from orchestration.settings import DEFAULT_RAW_DIR
from orchestration.warehouse import write_tables
from tests.webhook_receiver import Receiver

SUITES = {suite.name: suite for suite in load_suites()}
GUARDED = {("raw", "letters"), ("marts", "proposals"), ("marts", "commitments"), ("marts", "metrics")}


def expectations_of(suite_name: str) -> dict[str, str]:
    """label -> severity"""
    return {label(e): severity_of(e) for e in SUITES[suite_name].expectations}


def value_set(suite_name: str, column: str) -> set:
    [found] = [e["kwargs"]["value_set"] for e in SUITES[suite_name].expectations
               if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column]
    return set(found)


def test_a_suite_guards_each_mart_and_the_raw_letters():
    assert GUARDED <= {suite.asset_key for suite in SUITES.values()}
    asset_keys = defs.resolve_asset_graph().get_all_asset_keys()
    for suite in SUITES.values():
        assert dg.AssetKey(list(suite.asset_key)) in asset_keys, suite.name


def test_the_suites_are_great_expectations_suites():
    import great_expectations as gx

    for suite in SUITES.values():
        parsed = gx.ExpectationSuite(**suite.document)
        assert len(parsed.expectations) == len(suite.expectations)
        assert {e.severity.value for e in parsed.expectations} <= {"critical", "warning"}


def test_accepted_sets_are_the_extractions():
    assert value_set("marts_metrics", "kind") == set(schema.KINDS)
    assert value_set("marts_metrics", "qualifier") == set(schema.QUALIFIERS)
    assert value_set("marts_metrics", "unit_family") == set(schema.UNIT_FAMILIES)
    assert value_set("marts_metrics", "unit") == set(units.FAMILIES)
    assert value_set("marts_proposals", "proposer_kind") == set(schema.PROPOSER_KINDS)
    assert value_set("marts_proposals", "body_kind") == set(schema.BODY_KINDS)


@pytest.mark.parametrize(("suite", "expectation", "severity"), [
    ("raw_letters", "expect_column_values_to_be_unique(letter_id)", "critical"),
    ("raw_letters", "expect_column_values_to_not_be_null(letter_id)", "critical"),
    ("raw_letters", "expect_column_values_to_be_in_set(n_chars_matches_text)", "critical"),
    ("marts_proposals", "expect_column_values_to_be_unique(letter_id)", "critical"),
    ("marts_proposals", "expect_column_values_to_be_in_set(doc_number_inside_text)", "critical"),
    ("marts_proposals", "expect_column_values_to_be_in_set(doc_number_matches_text)", "warning"),
    ("marts_proposals", "expect_column_values_to_match_regex(signed_date)", "critical"),
    ("marts_proposals", "expect_column_values_to_not_be_null(signed_date)", "warning"),
    ("marts_proposals", "expect_column_values_to_not_be_null(doc_number)", "warning"),
    ("marts_proposals", "expect_column_values_to_be_between(n_commitments)", "warning"),
    ("marts_commitments", "expect_column_values_to_be_unique(commitment_id)", "critical"),
    ("marts_commitments", "expect_column_values_to_be_in_set(span_inside_text)", "critical"),
    ("marts_commitments", "expect_column_values_to_be_in_set(body_matches_text)", "critical"),
    ("marts_metrics", "expect_column_values_to_be_unique(metric_id)", "critical"),
    ("marts_metrics", "expect_column_values_to_be_in_set(span_inside_text)", "critical"),
    ("marts_metrics", "expect_column_values_to_be_in_set(surface_matches_text)", "critical"),
    ("marts_metrics", "expect_column_values_to_match_regex(period_end)", "critical"),
    ("marts_metrics", "expect_column_values_to_be_between(percent_value)", "warning"),
    ("marts_metrics", "expect_column_values_to_be_between(currency_value)", "warning"),
])
def test_the_issue_s_expectations_have_their_severity(suite, expectation, severity):
    assert expectations_of(suite)[expectation] == severity


def date_regexes() -> set[str]:
    return {e["kwargs"]["regex"] for suite in SUITES.values() for e in suite.expectations
            if e["type"] == "expect_column_values_to_match_regex" and "date" in e["description"]}


def test_the_calendar_date_regex_accepts_exactly_what_strptime_parses():
    # A regex rather than expect_column_values_to_match_strftime_format, which calls
    # strptime in Python once per row (12 s for the period dates of 100k letters).
    (regex,) = date_regexes()  # one pattern, the same in every suite
    pattern = re.compile(regex)
    for year in range(1600, 2401):
        for month in range(14):
            for day in range(33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    datetime.strptime(text, "%Y-%m-%d")
                    parses = True
                except ValueError:
                    parses = False
                assert bool(pattern.match(text)) == parses, text
    for text in ["2024-1-05", "2024-01-5", "24-01-05", "2024-01-05 ", "2024/01/05", "2024-01-05T00:00"]:
        assert not pattern.match(text), text


def test_a_date_that_is_not_on_the_calendar_fails_its_expectation(bad_metrics_warehouse):
    suite = SUITES["marts_metrics"]
    frame = read_frame(bad_metrics_warehouse, suite)
    frame["period_start"] = ["2024-02-29", "2024-02-30", None, "2023-02-29", "2024-12-31"]
    outcomes = {o.expectation: o for o in validate(suite, frame)}
    dates = outcomes["expect_column_values_to_match_regex(period_start)"]
    assert not dates.success and dates.critical
    assert dates.observed.startswith("2 of 4 rows with a value unexpected (50.0%)")  # the NULL is skipped
    assert sorted(row["period_start"] for row in dates.sample) == ["2023-02-29", "2024-02-30"]
    assert outcomes["expect_column_values_to_match_regex(period_end)"].success


def test_every_suite_is_a_blocking_error_check_and_a_warn_check_in_the_duckdb_pool():
    graph = defs.resolve_asset_graph()
    job = defs.resolve_job_def("refresh_warehouse")
    for suite in SUITES.values():
        asset = dg.AssetKey(list(suite.asset_key))
        critical = graph.get_check_spec(dg.AssetCheckKey(asset, CRITICAL_CHECK))
        warnings = graph.get_check_spec(dg.AssetCheckKey(asset, WARNINGS_CHECK))
        assert critical.blocking and not warnings.blocking
        assert {critical.key, warnings.key} <= job.asset_layer.asset_graph.asset_check_keys
    check_ops = {checks.node_def.name: checks for checks in defs.asset_checks if checks.node_def.name.startswith("gx_")}
    # One op per schema: the raw suite alone (it blocks the extraction), the mart suites together.
    assert set(check_ops) == {"gx_raw", "gx_marts"}
    assert {key.asset_key.path[0] for key in check_ops["gx_marts"].check_keys} == {"marts"}
    assert len(check_ops["gx_marts"].check_keys) + len(check_ops["gx_raw"].check_keys) == 2 * len(SUITES)
    assert {checks.op.pool for checks in check_ops.values()} == {DUCKDB_POOL}


def test_the_snapshot_is_published_after_the_marts():
    graph = defs.resolve_asset_graph()
    parents = graph.get(SNAPSHOT_KEY).parent_keys
    assert {dg.AssetKey(["marts", name]) for name in ("proposals", "commitments", "metrics")} <= parents
    # Not after the seeds and staging views, which a refresh leaves as they are: Dagster would
    # skip the snapshot of every refresh.
    assert not {key.path[0] for key in parents} & {"reference", "staging"}
    assert SNAPSHOT_KEY in defs.resolve_job_def("refresh_warehouse").asset_layer.selected_asset_keys


# A tiny warehouse: one letter and marts.metrics rows, some of them wrong.
TEXT = "今年新增企业12家，占比98%，居全省第3位。"


def test_every_unit_family_has_its_plausible_range_on_a_column_of_its_own():
    # <family>_value (value where unit_family = family, else NULL) instead of a row_condition,
    # which makes GX filter the whole frame once per expectation.
    suite = SUITES["marts_metrics"]
    ranged = {e["kwargs"]["column"] for e in suite.expectations if e["type"] == "expect_column_values_to_be_between"}
    families = set(units.FAMILIES.values())
    assert ranged == {f"{family}_value" for family in families}
    assert not any(e["kwargs"].get("row_condition") for e in suite.expectations)
    for family in families:
        assert f"case when m.unit_family = '{family}' then m.value end as {family}_value" in suite.frame_sql


def metric(metric_id, surface, start=None, **values):
    start = TEXT.index(surface) if start is None else start
    return {"metric_id": metric_id, "letter_id": "L1", "source_file": "a.txt", "char_start": start,
            "char_end": start + len(surface), "surface": surface, "value": 1.0, "value_high": None,
            "unit": "家", "unit_family": "count", "kind": "actual", "qualifier": "exact",
            "period_start": None, "period_end": None} | values


@pytest.fixture
def bad_metrics_warehouse(tmp_path):
    database = tmp_path / "w.duckdb"
    letters = schema.conform(pl.DataFrame([{"letter_id": "L1", "source_file": "a.txt", "sha256": "0" * 64,
                                            "size_bytes": 1, "encoding": "utf-8", "text": TEXT, "n_chars": len(TEXT)}]),
                             schema.LETTERS)
    rows = [
        metric("L1:6", "12家", value=12.0),
        metric("L1:6", "12家", value=12.0),                      # duplicate id
        metric("L1:12", "98%", start=11, unit="%", unit_family="percent", value=98.0),  # span off by one
        metric("L1:20", "第3", kind="guess", unit="rank", unit_family="rank", value=3.0),  # kind not accepted
        metric("L1:13", "98%", unit="%", unit_family="percent", value=9800.0),  # implausible percent
    ]
    frame = pl.DataFrame(rows, schema={**{k: schema.METRICS[k] for k in rows[0] if k in schema.METRICS},
                                       "source_file": pl.String})
    write_tables(database, {"raw": {"letters": letters}, "marts": {"metrics": frame}})
    return database


def test_every_suite_orders_its_frame_by_columns_it_selects():
    for suite in SUITES.values():
        assert suite.order_by and "order by" not in suite.frame_sql.lower(), suite.name
        for column in suite.order_by:
            assert re.search(rf"^\s+(?:\w+\.)?{column},?$", suite.frame_sql, re.MULTILINE), (suite.name, column)


def test_the_first_failing_rows_in_order_by_are_the_sample(bad_metrics_warehouse):
    suite = SUITES["marts_metrics"]
    # Rows of a later file first in the table: the frame (and so the sample) follows order_by.
    with duckdb.connect(str(bad_metrics_warehouse)) as con:
        con.execute("create or replace table marts.metrics as select * from marts.metrics order by char_start desc")
        con.execute("insert into marts.metrics select * replace ('0.txt' as source_file, 'L0:1' as metric_id) "
                    "from marts.metrics where metric_id = 'L1:13'")
    frame = read_frame(bad_metrics_warehouse, suite)
    keys = list(zip(frame["source_file"], frame["char_start"]))
    assert keys == sorted(keys)
    plausible = {o.expectation: o for o in validate(suite, frame)}["expect_column_values_to_be_between(percent_value)"]
    assert [row["metric_id"] for row in plausible.sample] == ["L0:1", "L1:13"]


def test_validating_does_not_hash_the_whole_frame(bad_metrics_warehouse, monkeypatch):
    # GX fingerprints small pandas batches by hashing every value (3 s of the metrics of 100k
    # letters); validate() turns that off. Fails if a GX upgrade renames the switch.
    from great_expectations.execution_engine import pandas_execution_engine

    hashed = []
    monkeypatch.setattr(pandas_execution_engine, "hash_pandas_dataframe", lambda frame: hashed.append(len(frame)) or "")
    suite = SUITES["marts_metrics"]
    outcomes = validate(suite, read_frame(bad_metrics_warehouse, suite))
    assert len(outcomes) == len(suite.expectations) and not all(o.success for o in outcomes)
    assert hashed == []


def test_the_worker_process_validates_as_the_run_s_own_process_does(bad_metrics_warehouse):
    suite = SUITES["marts_metrics"]
    here = validate(suite, read_frame(bad_metrics_warehouse, suite))
    with ValidationWorker() as worker:
        rows, there = worker.validate(bad_metrics_warehouse, suite, None)
        again = worker.validate(bad_metrics_warehouse, suite, None)  # one worker answers many
    assert rows == 5 and there == here and again == (rows, there)
    assert not all(o.success for o in there)


def test_an_error_in_the_worker_is_raised_in_the_check_with_the_worker_s_traceback(tmp_path):
    with ValidationWorker() as worker, pytest.raises(duckdb.Error) as raised:
        worker.validate(tmp_path / "missing.duckdb", SUITES["marts_metrics"], None)
    assert "raised in the Great Expectations worker" in "\n".join(raised.value.__notes__)
    assert "read_frame" in "\n".join(raised.value.__notes__)


def test_a_worker_that_died_is_reported_not_waited_for(bad_metrics_warehouse):
    with ValidationWorker() as worker:
        worker.wait_ready()
        worker._process.kill()
        with pytest.raises(WorkerDied, match="worker ended .exit code -9. while validating suite marts_metrics"):
            worker.validate(bad_metrics_warehouse, SUITES["marts_metrics"], None)
    with ValidationWorker() as worker:
        worker._process.kill()
        with pytest.raises(WorkerDied, match="worker ended .exit code -9. while starting"):
            worker.validate(bad_metrics_warehouse, SUITES["marts_metrics"], None)


def test_a_pool_validates_suites_side_by_side_and_returns_each_answer_or_error(bad_metrics_warehouse):
    metrics, proposals = SUITES["marts_metrics"], SUITES["marts_proposals"]
    expected = validate(metrics, read_frame(bad_metrics_warehouse, metrics))
    requests = [(metrics, None), (proposals, None), (metrics, None), (metrics, None)]
    with ValidationPool(2) as pool:
        first, helper = pool.workers
        # Without spread, the first worker does everything and no other is started.
        assert pool.validate_all(bad_metrics_warehouse, requests[:2]) == [(5, expected), ANY_DUCKDB_ERROR]
        assert helper._process is None
        answers = pool.validate_all(bad_metrics_warehouse, requests, spread=True)
        assert helper._process is not None
        helper.wait_ready()
        # Once ready, the helper takes a share.
        pool.validate_all(bad_metrics_warehouse, requests * 3, spread=True)
        served = [worker.served for worker in pool.workers]
    assert answers == [(5, expected), ANY_DUCKDB_ERROR, (5, expected), (5, expected)]
    assert all(served), served


def test_helpers_started_ahead_wait_for_the_first_worker_and_a_spread_takes_them(bad_metrics_warehouse):
    metrics = SUITES["marts_metrics"]
    worker_module.prestart(helpers=1)
    first = worker_module._prestarted
    try:
        assert not worker_module._prestarted_helpers  # not beside the first one's import
        first.wait_ready()
        for _ in range(100):
            if worker_module._prestarted_helpers:
                break
            time.sleep(0.05)
        [ahead] = worker_module._prestarted_helpers
        with ValidationPool(2) as pool:
            answers = pool.validate_all(bad_metrics_warehouse, [(metrics, None)] * 2, spread=True)
            assert pool.workers == [first, ahead]
            assert worker_module.take_prestarted_helpers() == []
        assert [rows for rows, _ in answers] == [5, 5]
        assert ahead._process is None  # stopped with the pool
    finally:
        worker_module._stop_prestarted()


class AnyDuckdbError:
    def __eq__(self, other):
        return isinstance(other, duckdb.Error)  # no marts.proposals in this warehouse


ANY_DUCKDB_ERROR = AnyDuckdbError()


def test_a_pool_adopts_the_worker_started_ahead_of_it(bad_metrics_warehouse):
    worker_module.prestart()
    ahead = worker_module._prestarted
    try:
        with ValidationPool(2) as pool:
            assert pool.workers[0] is ahead and worker_module.take_prestarted() is None
            rows, _ = pool.validate(bad_metrics_warehouse, SUITES["marts_metrics"], None)
        assert rows == 5 and ahead._process is None  # stopped with the pool
        with ValidationPool(1) as pool:  # the next pool starts its own
            assert pool.workers[0] is not ahead and pool.workers[0]._process is not None
    finally:
        worker_module._stop_prestarted()


def one_check_job(database, selected: dg.AssetCheckKey) -> dg.JobDefinition:
    """A job of one check of gx_marts over marts.metrics and marts.proposals."""
    job_defs = dg.Definitions(
        assets=[dg.AssetSpec(["marts", "metrics"]), dg.AssetSpec(["marts", "proposals"])],
        asset_checks=[suites_check("gx_marts", [SUITES["marts_metrics"], SUITES["marts_proposals"]])],
        jobs=[dg.define_asset_job("one_check", selection=dg.AssetSelection.checks(selected),
                                  executor_def=dg.in_process_executor)],
        resources={"warehouse": WarehouseResource(raw_dir=".", warehouse_path=str(database)),
                   "gx": GreatExpectationsResource()},
    )
    return job_defs.resolve_job_def("one_check")


METRICS_WARNINGS = dg.AssetCheckKey(dg.AssetKey(["marts", "metrics"]), WARNINGS_CHECK)


def test_a_shared_check_op_validates_only_the_selected_suites(bad_metrics_warehouse):
    # marts.proposals is not in this warehouse: validating its suite would fail the run. The
    # selected check is non-blocking, so the run succeeds although it fails.
    result = one_check_job(bad_metrics_warehouse, METRICS_WARNINGS).execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert result.success
    [evaluation] = result.get_asset_check_evaluations()
    assert (evaluation.asset_check_key, evaluation.passed) == (METRICS_WARNINGS, False)


def test_run_config_can_make_the_run_validate_in_its_own_process(bad_metrics_warehouse, monkeypatch):
    def no_workers(self):
        raise AssertionError("a worker was started")

    monkeypatch.setattr(ValidationWorker, "start", no_workers)
    result = one_check_job(bad_metrics_warehouse, METRICS_WARNINGS).execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        run_config={"resources": {"gx": {"config": {"workers": 0}}}})
    assert result.success
    [evaluation] = result.get_asset_check_evaluations()
    assert (evaluation.asset_check_key, evaluation.passed) == (METRICS_WARNINGS, False)


def test_the_resource_can_validate_in_the_run_s_own_process(bad_metrics_warehouse):
    resource = GreatExpectationsResource(workers=0)
    with dg.build_init_resource_context() as context:
        resource.setup_for_execution(context)
    assert resource._pool is None
    [(rows, outcomes)] = resource.validate_all(bad_metrics_warehouse, [(SUITES["marts_metrics"], None)])
    assert rows == 5 and len(outcomes) == len(SUITES["marts_metrics"].expectations)


def test_failing_expectations_report_what_was_observed_and_sample_rows(bad_metrics_warehouse):
    suite = SUITES["marts_metrics"]
    outcomes = {o.expectation: o for o in validate(suite, read_frame(bad_metrics_warehouse, suite))}
    failed = {name for name, o in outcomes.items() if not o.success}
    assert failed == {
        "expect_column_values_to_be_unique(metric_id)",
        "expect_column_values_to_be_in_set(surface_matches_text)",
        "expect_column_values_to_be_in_set(kind)",
        "expect_column_values_to_be_between(percent_value)",
    }
    surface = outcomes["expect_column_values_to_be_in_set(surface_matches_text)"]
    assert surface.critical and surface.observed.startswith("1 of 5 rows unexpected (20.0%)")
    assert surface.sample == [{"surface_matches_text": False, "metric_id": "L1:12", "source_file": "a.txt", "surface": "98%"}]
    kind = outcomes["expect_column_values_to_be_in_set(kind)"]
    assert "guess" in kind.observed and kind.sample[0]["metric_id"] == "L1:20"
    plausible = outcomes["expect_column_values_to_be_between(percent_value)"]
    assert not plausible.critical and plausible.sample[0]["percent_value"] == 9800.0
    # Counted among the percentages only (percent_value is NULL on the other rows).
    assert plausible.observed.startswith("1 of 2 rows with a value unexpected (50.0%)")

    result = check_result(dg.AssetKey(["marts", "metrics"]), CRITICAL_CHECK, dg.AssetCheckSeverity.ERROR,
                          [o for o in outcomes.values() if o.critical], 5, "expectations/marts_metrics.json")
    assert not result.passed and result.severity == dg.AssetCheckSeverity.ERROR
    metadata = result.metadata
    assert metadata["expectations_failed"].value == 3
    assert metadata["failing_expectation"].value == "expect_column_values_to_be_unique(metric_id)"
    assert metadata["observed_value"].value.startswith("2 of 5 rows unexpected")
    assert "`expect_column_values_to_be_in_set(kind)`" in metadata["failed_expectations"].value
    assert metadata["failing_rows_sample"].value["expect_column_values_to_be_in_set(kind)"][0]["kind"] == "guess"


def test_a_blocking_error_stops_downstream_assets_and_alerts(tmp_path, monkeypatch):
    # The raw_letters suite with one more critical expectation, which the seed letters fail.
    suites = tmp_path / "expectations"
    suites.mkdir()
    shutil.copy(EXPECTATIONS_DIR / "raw_letters.sql", suites)
    document = json.loads((EXPECTATIONS_DIR / "raw_letters.json").read_text(encoding="utf-8"))
    document["expectations"].append({"type": "expect_column_values_to_be_in_set", "severity": "critical",
                                     "kwargs": {"column": "encoding", "value_set": ["utf-16"]}})
    (suites / "raw_letters.json").write_text(json.dumps(document), encoding="utf-8")
    raw = tmp_path / "raw"
    shutil.copytree(DEFAULT_RAW_DIR, raw)
    database = tmp_path / "w.duckdb"
    receiver = Receiver().start()
    monkeypatch.setenv("ALERT_WEBHOOK_URL", receiver.url("/hook"))
    try:
        job_defs = dg.Definitions(
            assets=[raw_letters, raw_letter_facts],
            asset_checks=[suite_check(load_suite(suites / "raw_letters.json"))],
            jobs=[dg.define_asset_job("refresh", executor_def=dg.in_process_executor)],
            resources={"warehouse": WarehouseResource(raw_dir=str(raw), warehouse_path=str(database)),
                       "gx": GreatExpectationsResource()},
        )
        result = job_defs.resolve_job_def("refresh").execute_in_process(
            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    finally:
        receiver.stop()

    assert not result.success
    materialized = {e.asset_key for e in result.get_asset_materialization_events()}
    assert materialized == {dg.AssetKey(["raw", "letters"])}  # the fact tables were not built
    [critical] = [e for e in result.get_asset_check_evaluations() if e.check_name == CRITICAL_CHECK]
    assert not critical.passed and critical.severity == dg.AssetCheckSeverity.ERROR
    assert critical.metadata["failing_expectation"].value == "expect_column_values_to_be_in_set(encoding)"
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("select count(*) from information_schema.tables where table_name = 'metrics'").fetchone() == (0,)
        rows = con.execute("select check_name, asset, severity, expectation, run_id from ops.dq_alerts").fetchall()
    assert rows == [(CRITICAL_CHECK, "raw/letters", "ERROR", "expect_column_values_to_be_in_set(encoding)", result.run_id)]
    [payload] = receiver.payloads()
    assert payload["severity"] == "ERROR" and payload["failing_sample"][0]["encoding"] == "utf-8"


def test_the_raw_suite_validates_the_letters_not_extracted_yet(tmp_path, monkeypatch):
    from orchestration.quality import scope as scopes

    database = tmp_path / "w.duckdb"
    letters = pl.DataFrame({"letter_id": ["La", "Lb", "Lc"], "source_file": ["a.txt", "b.txt", "c.txt"]})
    write_tables(database, {"raw": {"letters": letters}})
    suite = SUITES["raw_letters"]
    # Nothing extracted yet (no raw.extractions): the whole table.
    assert scopes.frame_scope(database, suite).letters_sql is None
    write_tables(database, {"raw": {"extractions": pl.DataFrame({"letter_id": ["La"], "load_seq": [1]})}})
    scope = scopes.frame_scope(database, suite)
    assert (scope.letters_sql, scope.high_water) == ("'Lb', 'Lc'", None)
    # Many letters: the subquery instead of the constants.
    monkeypatch.setattr(scopes, "LITERAL_IDS", 1)
    assert scopes.frame_scope(database, suite).letters_sql.startswith("select letter_id from raw.letters anti join")
    # Every letter extracted: an empty scope, and so no expectation evaluated.
    write_tables(database, {"raw": {"extractions": pl.DataFrame({"letter_id": ["La", "Lb", "Lc"], "load_seq": [1, 2, 2]})}})
    assert scopes.frame_scope(database, suite).letters_sql == "null"


def test_a_new_letter_scope_names_its_letters(tmp_path):
    from orchestration.quality import scope as scopes

    database = tmp_path / "w.duckdb"
    write_tables(database, {"raw": {"extractions": pl.DataFrame({"letter_id": ["La", "Lb", "Lc"], "load_seq": [1, 1, 2]})}})
    suite = SUITES["marts_metrics"]
    assert scopes.frame_scope(database, suite) == scopes.Scope(None, 2)  # never passed: everything
    scopes.record_passed(database, suite, scopes.Scope(None, 1), rows=2, run_id="r1")
    assert scopes.frame_scope(database, suite) == scopes.Scope("'Lc'", 2)


def test_a_cleaned_doc_numbers_span_holds_its_digits(tmp_path):
    # (the 文号 is reported cleaned, traditional characters folded and full-width digits made ASCII:
    # its span in the text as written still holds its digits; one that points elsewhere does not)
    database = tmp_path / "w.duckdb"
    texts = {"L1": "承醫保函〔２０２４〕42號\n關於…的答覆", "L2": "温科提复〔2024〕98号\n关于…的答复"}
    with duckdb.connect(str(database)) as con:
        con.execute("create schema raw; create schema marts")
        con.execute("create table raw.letters (letter_id varchar, text varchar, n_chars int)")
        con.executemany("insert into raw.letters values (?, ?, ?)", [(k, v, len(v)) for k, v in texts.items()])
        columns = ("letter_id varchar, source_file varchar, doc_number varchar, doc_year int, title varchar, body_kind varchar, "
                   "proposal_no varchar, proposer varchar, proposer_kind varchar, issuing_agency varchar, n_commitments int, "
                   "signed_date date, printed_date date, doc_number_start int, doc_number_end int, title_start int, title_end int, "
                   "signed_date_start int, signed_date_end int")
        con.execute(f"create table marts.proposals ({columns})")
        con.execute("insert into marts.proposals (letter_id, source_file, doc_number, doc_number_start, doc_number_end) values "
                    "('L1', 'a.txt', '承医保函〔2024〕42号', 0, 14), ('L2', 'b.txt', '温科提复〔2024〕98号', 15, 22)")
    frame = read_frame(database, SUITES["marts_proposals"]).sort_values("letter_id")
    assert frame["doc_number_matches_text"].tolist() == [True, False]
