"""Writing frames to the DuckDB file: order, content and all-or-nothing transactions."""
import polars as pl
import pytest

from orchestration.warehouse import ROW_GROUP, apply_changes, arrow, query, write_tables


def uneven_frame(rows: int) -> pl.DataFrame:
    """A frame in uneven chunks, as the extraction's chunks concatenate."""
    cuts = [0, 7, ROW_GROUP // 3, ROW_GROUP + 11, rows]
    parts = [pl.DataFrame({"n": range(a, b), "s": [f"row {i}" for i in range(a, b)]}) for a, b in zip(cuts, cuts[1:])]
    return pl.concat(parts, rechunk=False)


def test_arrow_cuts_a_frame_into_even_batches_in_order():
    frame = uneven_frame(2 * ROW_GROUP + 5)
    assert frame.n_chunks() == 4
    table = arrow(frame)
    sizes = [batch.num_rows for batch in table.to_batches()]
    assert sizes == [ROW_GROUP, ROW_GROUP, 5]
    assert pl.from_arrow(table).equals(frame)


def test_arrow_keeps_the_schema_of_an_empty_frame():
    table = arrow(pl.DataFrame(schema={"n": pl.Int64, "s": pl.String}))
    assert table.num_rows == 0 and table.column_names == ["n", "s"]


def test_written_tables_keep_the_frame_order(tmp_path):
    database = tmp_path / "w.duckdb"
    frame = uneven_frame(2 * ROW_GROUP + 5)
    write_tables(database, {"raw": {"t": frame}})
    # No order by: DuckDB returns a table written in one scan in its insertion order.
    assert query(database, "select * from raw.t").equals(frame)
    apply_changes(database, inserts={"raw.t": frame.head(3)}, deletes={"raw.t": ("n", frame.slice(10, 5))})
    back = query(database, "select * from raw.t")
    assert back.height == frame.height - 5 + 3
    assert back["n"].head(10).to_list() == list(range(10))


def test_a_failing_change_leaves_the_tables_as_they_were(tmp_path):
    database = tmp_path / "w.duckdb"
    frame = uneven_frame(100)
    write_tables(database, {"raw": {"t": frame}})
    with pytest.raises(Exception):
        apply_changes(database, deletes={"raw.t": ("n", frame.head(50))},
                      inserts={"raw.t": pl.DataFrame({"no_such_column": [1]}).with_columns(n=pl.lit("x"))})
    assert query(database, "select * from raw.t").equals(frame)
