"""The analysts' marts on the seed letters: exact answers, spans that lead back to the text,
and documentation of every column."""
import shutil

import duckdb
import pytest
import yaml

from orchestration.settings import DBT_PROJECT_DIR
from tests.analysts.conftest import records

pytestmark = pytest.mark.slow

LETTER_98 = "温科提复〔2024〕98号"
LETTER_120 = "温科提复〔2024〕120号"
ANALYST_MARTS = ["metric_conflicts", "targets_vs_actuals", "policy_references", "agencies", "proposers"]


def test_the_seed_conflict_is_the_only_one(con):
    rows = con.execute("""
        select subject_key, unit, doc_number_a, surface_a, value_a, doc_number_b, surface_b, value_b, match_rule
        from marts.metric_conflicts
    """).fetchall()
    assert rows == [("企业研发机构", "家", LETTER_98, "2360家", 2360.0, LETTER_120, "2369家", 2369.0, "same_subject_key")]


def test_conflict_spans_lead_back_to_both_letters(con, texts):
    (row,) = records(con, "select * from marts.metric_conflicts")
    for side in "ab":
        text = texts[row[f"letter_id_{side}"]]
        assert text[row[f"char_start_{side}"]:row[f"char_end_{side}"]] == row[f"surface_{side}"]
    assert row["letter_id_a"] != row["letter_id_b"]
    assert row["period_start_a"] is row["period_end_a"] is row["period_start_b"] is row["period_end_b"] is None


def test_every_target_is_in_targets_vs_actuals_once_without_actuals_yet(con):
    targets = {row[0] for row in con.execute("select metric_id from marts.metrics where kind = 'target'").fetchall()}
    rows = records(con, "select * from marts.targets_vs_actuals")
    assert sorted(row["target_metric_id"] for row in rows) == sorted(targets)
    # Both seed letters are of 2024 and only the later one (120号) sets 2024 targets: no
    # later letter reports on them yet.
    assert all(row["actual_metric_id"] is None and row["attainment"] is None for row in rows)
    (top,) = [row for row in rows if row["target_surface"] == "9500亿元"]
    assert (top["target_doc_number"], top["unit"], top["target_value"]) == (LETTER_120, "元", 9.5e11)
    assert (str(top["target_period_start"]), str(top["target_period_end"])) == ("2024-01-01", "2024-12-31")


def test_policy_references_find_every_title_with_code_point_spans(con, texts):
    rows = records(con, "select * from marts.policy_references order by source_file, char_start")
    for row in rows:
        assert texts[row["letter_id"]][row["char_start"]:row["char_end"]] == row["surface"]
        assert row["surface"] in row["sentence"]
    titles = [row for row in rows if row["reference_kind"] == "title"]
    # 98号 cites 6 documents (one of them twice) after the proposal title; 120号 cites 5.
    assert [row["doc_number"] for row in titles].count(LETTER_98) == 7
    assert [row["doc_number"] for row in titles].count(LETTER_120) == 6
    assert all(row["surface"] == f"《{row['reference']}》" for row in titles)
    # Code points, not bytes: 98号's acknowledged proposal title begins some 67 characters
    # (about 190 UTF-8 bytes) into the letter.
    (first,) = [row for row in titles if row["doc_number"] == LETTER_98 and row["is_proposal_title"]]
    text = texts[first["letter_id"]]
    assert first["char_start"] == text.index("《关于促进创新型中小企业健康发展的提案》")
    assert first["char_start"] < len(text[:first["char_start"]].encode("utf-8")) / 2


def test_policy_references_flag_the_proposal_title_and_skip_the_own_doc_number(con):
    flagged = con.execute(
        "select doc_number, reference from marts.policy_references where is_proposal_title order by doc_number"
    ).fetchall()
    assert flagged == [
        (LETTER_120, "关于激发产业创新活力 构建“强城行动”新格局的提案"),
        (LETTER_98, "关于促进创新型中小企业健康发展的提案"),
    ]
    own = con.execute("""
        select count(*) from marts.policy_references r join marts.proposals p
          on r.reference_kind = 'doc_number' and r.reference = p.doc_number
    """).fetchone()[0]
    assert own == 0


def test_a_document_cited_by_both_letters(con):
    rows = con.execute("""
        select distinct reference, n_citing_letters from marts.policy_references
        where n_citing_letters > 1 and not is_proposal_title
    """).fetchall()
    assert rows == [("温州市打造“专精特新之城”行动方案（2023-2025年）", 2)]


def test_agencies_dimension(con):
    rows = records(con, "select * from marts.agencies")
    assert len(rows) == 1
    (agency,) = rows
    assert (agency["agency"], agency["issuer_codes"], agency["n_letters"]) == ("温州市科学技术局", ["温科"], 2)
    totals = con.execute("select count(*) from marts.commitments").fetchone()[0], \
        con.execute("select count(*) from marts.metrics").fetchone()[0]
    assert (agency["n_commitments"], agency["n_metrics"]) == totals


def test_proposers_dimension(con):
    rows = con.execute(
        "select proposer, proposer_kind, people, n_letters, sessions, proposal_nos from marts.proposers order by proposer"
    ).fetchall()
    assert rows == [
        ("民建市委会", "organisation", ["民建市委会"], 1, ["市政协十二届三次会议"], ["347"]),
        ("王同伟", "member", ["王同伟"], 1, ["市政协十二届三次会议"], ["81"]),
    ]


def model_columns(mart: str) -> dict[str, str]:
    return {column["name"]: column.get("description", "") for column in model_yaml("marts", mart)["columns"]}


def test_every_mart_column_in_the_warehouse_is_documented(con):
    marts = [row[0] for row in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
    ).fetchall()]
    assert set(ANALYST_MARTS) <= set(marts)
    for mart in marts:
        actual = [row[0] for row in con.execute(f"describe marts.{mart}").fetchall()]
        documented = model_columns(mart)
        assert set(actual) == set(documented), mart
        assert all(documented.values()), mart


def model_yaml(folder: str, name: str) -> dict:
    (model,) = yaml.safe_load((DBT_PROJECT_DIR / "models" / folder / f"{name}.yml").read_text(encoding="utf-8"))["models"]
    return model


# The cross-letter marts are views over their pairs (ids only), and their key tests run
# on those tables: a test on the view would join a million pairs per build.
PAIRS_OF_VIEW = {"metric_conflicts": "int_metric_conflict_pairs", "targets_vs_actuals": "int_target_actual_pairs"}


def test_every_analyst_mart_has_keys_tested_and_a_rule_explained():
    for mart in ANALYST_MARTS:
        model = model_yaml("marts", mart)
        tested = model_yaml("intermediate", PAIRS_OF_VIEW[mart]) if mart in PAIRS_OF_VIEW else model
        column_tests = [test for column in tested["columns"] for test in column.get("data_tests", [])]
        model_tests = tested.get("data_tests", [])
        not_null = [test["not_null_columns"]["arguments"]["columns"] for test in model_tests if "not_null_columns" in test]
        unique = "unique" in column_tests or any("unique" in test for test in model_tests if isinstance(test, dict))
        assert unique and not_null and not_null[0], mart
        assert len(model["description"]) > 200, mart


def test_the_views_over_pairs_say_so_and_have_their_rules_unit_tested():
    for mart, pairs in PAIRS_OF_VIEW.items():
        assert f"intermediate.{pairs}" in model_yaml("marts", mart)["description"], mart
        for folder, name in (("marts", mart), ("intermediate", pairs)):
            units = yaml.safe_load((DBT_PROJECT_DIR / "models" / folder / f"{name}.yml").read_text(encoding="utf-8"))["unit_tests"]
            assert units and {test["model"] for test in units} == {name}, name


def test_the_mart_views_work_in_a_renamed_copy_attached_under_another_name(seed_warehouse, tmp_path):
    # A view that named its catalog (the file's stem) would fail here: "Catalog ... does not exist".
    copy = tmp_path / "letters_2024.duckdb"
    shutil.copyfile(seed_warehouse, copy)
    with duckdb.connect() as connection:
        connection.execute(f"attach '{copy}' as archive (read_only)")
        counts = {mart: connection.execute(f"select count(*) from archive.marts.{mart}").fetchone()[0]
                  for mart in ("metrics", "metric_conflicts", "targets_vs_actuals")}
    with duckdb.connect(str(seed_warehouse), read_only=True) as original:
        assert counts == {mart: original.execute(f"select count(*) from marts.{mart}").fetchone()[0] for mart in counts}
    assert counts["metrics"] > 100 and counts["metric_conflicts"] == 1
