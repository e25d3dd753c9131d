"""The partitioned path (docs/scaling.md): batches built apart and loaded together give the
warehouse the unpartitioned path gives, and the normal refresh carries on from it."""
import shutil
import sys

import dagster as dg
import polars as pl
import pytest

from orchestration import batches, ingest, warehouse
from orchestration.defs.assets.batches import batch_partitions, letter_batch, raw_load
from orchestration.defs.assets.raw_letters import raw_letter_facts, raw_letters
from orchestration.defs.resources import WarehouseResource
from orchestration.extraction import extract, schema
from orchestration.settings import DEFAULT_RAW_DIR, REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
from generate import generate  # noqa: E402

SEED = "wenke-tifu-2024-098.txt"
TABLES = {**{f"raw.{t}": s for t, s in schema.RAW_TABLES.items()}, "ops.rejects": schema.REJECTS}
# Keys to sort each table by before comparing (row order is not part of the contract).
SORT = {"raw.letters": ["letter_id"], "raw.letter_headers": ["letter_id"], "raw.sections": ["section_id"],
        "raw.suggestions": ["letter_id", "suggestion_no"], "raw.commitments": ["commitment_id"],
        "raw.metrics": ["metric_id"], "ops.rejects": ["source_file"]}


def test_batch_assignment_is_stable_and_padded(monkeypatch):
    assert batches.batch_keys(16)[:3] == ["00", "01", "02"] and batches.batch_keys(1000)[-1] == "999"
    # SHA-1 of the path: the same batch on every machine and every run.
    assert (batches.batch_of(SEED, 16), batches.batch_of(SEED, 1000)) == ("06", "494")
    assert batches.batches_of([SEED, SEED], 16) == [batches.batch_of(SEED, 16)]
    monkeypatch.setenv(batches.BATCHES_ENV, "4")
    assert batches.batch_count() == 4
    monkeypatch.setenv(batches.BATCHES_ENV, "0")
    with pytest.raises(ValueError):
        batches.batch_count()


def cross_batch_copy_name(n: int) -> str:
    """A name for a byte-identical copy of SEED that lands in another batch."""
    return next(name for k in range(100) if batches.batch_of(name := f"copy-{k}-of-098.txt", n) != batches.batch_of(SEED, n))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("batches")
    raw = root / "raw"
    raw.mkdir()
    for path in DEFAULT_RAW_DIR.glob("*.txt"):
        shutil.copyfile(path, raw / path.name)
    for path in generate(30, 11, root / "generated").glob("*.txt"):
        shutil.copyfile(path, raw / path.name)
    n = len(batch_partitions.get_partition_keys())
    # Decided across batches by the load: a duplicate in another batch, and a reject.
    shutil.copyfile(raw / SEED, raw / cross_batch_copy_name(n))
    (raw / "scanner output.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return root


def resources(root, name):
    return {"warehouse": WarehouseResource(raw_dir=str(root / "raw"), warehouse_path=str(root / name / "warehouse.duckdb"))}


@pytest.fixture(scope="module")
def batch_warehouse(folder):
    """Every partition materialised on its own, then the load."""
    with dg.DagsterInstance.ephemeral() as instance:
        for key in batch_partitions.get_partition_keys():
            result = dg.materialize([letter_batch], partition_key=key, instance=instance, resources=resources(folder, "batched"))
            assert result.success
        result = dg.materialize([letter_batch, raw_load], selection=[raw_load], instance=instance,
                                resources=resources(folder, "batched"))
        assert result.success
    return folder / "batched" / "warehouse.duckdb"


@pytest.fixture(scope="module")
def plain_warehouse(folder):
    """The unpartitioned assets of refresh_warehouse over the same folder."""
    result = dg.materialize([raw_letters, raw_letter_facts], resources=resources(folder, "plain"))
    assert result.success
    return folder / "plain" / "warehouse.duckdb"


def read(database, table) -> pl.DataFrame:
    frame = warehouse.read_table(database, table, TABLES[table]).sort(SORT[table])
    return frame.drop("seen_at") if "seen_at" in frame.columns else frame


@pytest.mark.slow  # 16 partition runs and two warehouses: about 20 s
def test_batches_hold_what_one_scan_of_the_folder_gives(folder, batch_warehouse):
    letters, rejects = ingest.scan_raw_dir(folder / "raw")
    facts = extract(letters)
    assert letters.height == 32 and set(rejects["reason"]) == {"undecodable", "duplicate"}
    loaded = read(batch_warehouse, "raw.letters")
    assert loaded.select("letter_id", "source_file").equals(letters.select("letter_id", "source_file").sort("letter_id"))
    expected = schema.conform(facts["metrics"], schema.METRICS).sort("metric_id")
    assert expected.height > 500
    assert read(batch_warehouse, "raw.metrics").equals(expected)


@pytest.mark.slow  # 16 partition runs and two warehouses: about 20 s
def test_batched_warehouse_equals_the_unpartitioned_one(batch_warehouse, plain_warehouse):
    for table in TABLES:
        assert read(batch_warehouse, table).equals(read(plain_warehouse, table)), table
    rejects = read(batch_warehouse, "ops.rejects")
    # The copy sorts first by name, so it is kept and the seed letter is the duplicate, as in one scan.
    assert rejects.filter(pl.col("source_file") == SEED)["detail"].to_list() == [
        f"byte-identical to {cross_batch_copy_name(len(batch_partitions.get_partition_keys()))}"]
    extractions = [warehouse.query(db, "select letter_id, extractor_version, load_seq from raw.extractions order by all")
                   for db in (batch_warehouse, plain_warehouse)]
    assert extractions[0].equals(extractions[1])


@pytest.mark.slow  # 16 partition runs and two warehouses: about 20 s
def test_the_normal_refresh_carries_on_without_decoding_or_extracting(folder, batch_warehouse):
    before = {table: read(batch_warehouse, table) for table in TABLES}
    result = dg.materialize([raw_letters, raw_letter_facts], resources=resources(folder, "batched"))
    assert result.success
    metadata = {event.asset_key: event.materialization.metadata for event in result.get_asset_materialization_events()}
    scanned = metadata[dg.AssetKey(["raw", "letters"])]
    # Only the one reject that is not a duplicate is read again (rejects always are).
    assert scanned["letters_new_or_changed"].value == 0 and scanned["files_read"].value == 2
    extracted = metadata[dg.AssetKey(["raw", "extractions"])]
    assert extracted["letters_extracted"].value == 0
    for table in TABLES:
        assert read(batch_warehouse, table).equals(before[table]), table


def test_the_load_names_missing_and_stale_batches(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(DEFAULT_RAW_DIR, raw)
    database, n = tmp_path / "wh" / "warehouse.duckdb", 4
    root = batches.batch_root(database)
    for key in batches.batch_keys(n)[1:]:
        batches.write_batch(root, batches.build_batch(raw, key, n))
    with pytest.raises(batches.BatchesNotReady) as missing:
        batches.load_batches(database, root, raw, n)
    assert missing.value.problems == {"00": "not built"}
    batches.write_batch(root, batches.build_batch(raw, "00", n))
    assert batches.load_batches(database, root, raw, n).letters == 2
    (raw / "new.txt").write_text("新的一封信", encoding="utf-8")
    with pytest.raises(batches.BatchesNotReady) as stale:
        batches.load_batches(database, root, raw, n)
    assert list(stale.value.problems) == [batches.batch_of("new.txt", n)]
    assert "new.txt" in str(stale.value)
    assert warehouse.table_counts(database, ["raw.letters"]) == {"raw.letters": 2}  # left as it was
