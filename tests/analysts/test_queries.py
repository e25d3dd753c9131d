"""docs/queries.sql: every worked query runs on the seed warehouse and gives its answer."""
import pytest

from orchestration.queries import QUERIES_FILE, parse_queries
from tests.analysts.conftest import records

LETTER_98 = "温科提复〔2024〕98号"
LETTER_120 = "温科提复〔2024〕120号"
QUERIES = parse_queries(QUERIES_FILE)


def check_targets_2024(rows, con):
    n_targets = con.execute("select count(*) from marts.metrics where kind = 'target'").fetchone()[0]
    assert sum(row["n_targets"] for row in rows) == n_targets
    (money,) = [row for row in rows if row["unit"] == "元"]
    assert money["n_targets"] == 4 and money["total_value"] == pytest.approx(1.03e12)
    assert "9500亿元" in money["surfaces"]
    assert {"个", "家", "%"} <= {row["unit"] for row in rows}


def check_largest_currency(rows, con):
    assert (rows[0]["surface"], rows[0]["yi_yuan"], rows[0]["kind"], rows[0]["doc_number"]) == (
        "9500亿元", 9500.0, "target", LETTER_120)
    assert len(rows) == 5 and rows[1]["yi_yuan"] == 500.0


def check_proposer_kinds(rows, con):
    assert [(row["proposer_kind"], row["n_letters"]) for row in rows] == [("member", 1), ("organisation", 1)]


def check_commitments_without_targets(rows, con):
    headings = {(row["doc_number"], row["heading"]) for row in rows}
    assert {(LETTER_98, "进一步加强人才招引"), (LETTER_120, "持续推进基金业发展"),
            (LETTER_120, "深入挖掘培育科创企业上市")} <= headings
    assert (LETTER_120, "加快产业链创新体系建设") not in headings


def check_conflicts(rows, con):
    assert [(r["subject_key"], r["surface_a"], r["doc_number_a"], r["surface_b"], r["doc_number_b"], r["difference"])
            for r in rows] == [("企业研发机构", "2360家", LETTER_98, "2369家", LETTER_120, 9.0)]


def check_awaiting_actuals(rows, con):
    n_targets = con.execute("select count(*) from marts.metrics where kind = 'target'").fetchone()[0]
    assert len(rows) == n_targets
    assert "9500亿元" in {row["target_surface"] for row in rows}


def check_cited_documents(rows, con):
    assert [(row["reference"], row["n_citing_letters"], row["cited_by"]) for row in rows] == [
        ("温州市打造“专精特新之城”行动方案（2023-2025年）", 2, [LETTER_120, LETTER_98])]


def check_agencies(rows, con):
    assert [(row["agency"], row["n_letters"]) for row in rows] == [("温州市科学技术局", 2)]


def check_evidence(rows, con):
    (row,) = rows
    assert row["mismatches"] == 0
    assert row["n_metrics"] == con.execute("select count(*) from marts.metrics").fetchone()[0] > 100


def check_rankings(rows, con):
    firsts = {row["subject"] for row in rows if row["rank"] == 1}
    # 新增省级重点工业互联网平台、省级工业互联网平台分别居全省第1、第2: the first is the first.
    assert firsts == {"省级农业企业重点研究院", "省级重点工业互联网平台"}
    assert all(row["doc_number"] == LETTER_120 for row in rows)


def check_search(rows, con):
    assert {row["doc_number"] for row in rows} == {LETTER_98, LETTER_120}
    assert all("专精特新" in row["snippet"] and row["score"] > 0 for row in rows)


def check_actuals_by_year(rows, con):
    years = {row["period_year"]: row["n_actuals"] for row in rows}
    assert {2023, 2024, None} <= set(years)
    assert sum(years.values()) == con.execute("select count(*) from marts.metrics where kind = 'actual'").fetchone()[0]


def check_most_targets(rows, con):
    (row,) = rows
    assert (row["doc_number"], row["suggestion_no"], row["ordinal"], row["heading"]) == (
        LETTER_120, 1, 3, "加快产业链创新体系建设")
    assert row["n_targets"] >= 4


CHECKS = {
    "targets-2024-by-unit": check_targets_2024,
    "largest-currency-amounts": check_largest_currency,
    "proposals-per-proposer-kind": check_proposer_kinds,
    "commitments-without-numeric-targets": check_commitments_without_targets,
    "conflicting-figures": check_conflicts,
    "targets-awaiting-actuals": check_awaiting_actuals,
    "documents-cited-by-several-letters": check_cited_documents,
    "letters-per-agency": check_agencies,
    "evidence-check": check_evidence,
    "best-provincial-rankings": check_rankings,
    "search-full-text": check_search,
    "actuals-by-period-year": check_actuals_by_year,
    "commitment-with-most-targets": check_most_targets,
}


def test_at_least_ten_commented_queries_each_with_a_checked_answer():
    assert len(QUERIES) >= 10
    assert set(QUERIES) == set(CHECKS)
    for name, sql in QUERIES.items():
        comment = [line for line in sql.splitlines() if line.startswith("--")]
        assert comment and "Seed answer" in " ".join(comment), name


@pytest.mark.slow
@pytest.mark.parametrize("name", list(QUERIES))
def test_worked_query_answers(con, name):
    CHECKS[name](records(con, QUERIES[name]), con)
