"""The warehouse built from real published letters (../shared/letters/real, not copied here).

Expectations are what a reader can see in each letter. Skips where the folder is absent.
"""
import datetime as dt
import os
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import SHARED

pytestmark = pytest.mark.slow

REAL = SHARED / "letters" / "real"

EXPECTED = {
    "r01.txt": dict(doc_number="长房议字〔2025〕11号", issuer_code="长房", doc_year=2025, doc_serial=11,
                    session="市政协第十四届第四次会议", committee_term=14, session_no=4, proposal_no="2025D048",
                    proposal_title="关于做好城市体检工作,助推城市更新行动的建议", proposer="民建长春市委员会",
                    proposer_kind="organisation", body_kind="proposal", issuing_agency="长春市住房保障和房屋管理局",
                    signed_date=dt.date(2025, 7, 23)),
    "r02.txt": dict(doc_number=None, proposal_title="关于配套和完善金博大商业区公共基础设施的提案",
                    proposer="郭胜利、陈爱珍", proposer_kind="member", body_kind="proposal",
                    issuing_agency="新密市住房和城乡建设局", signed_date=dt.date(2022, 9, 23), contact_name="张雷",
                    contact_phone="56155520", cc=["市督查局", "市政协提案委"]),
    "r06.txt": dict(doc_number=None, committee_term=17, session_no=2, body_kind="suggestion",
                    proposal_title="关于中厂村至军南线连接线道路硬化的建议", proposer="莽永桥", proposer_kind="deputy",
                    issuing_agency="镇康县交通运输局", signed_date=dt.date(2018, 6, 10)),
    "r07.txt": dict(doc_number="子交函〔2023〕34号", issuer_code="子交", doc_year=2023, doc_serial=34,
                    title="关于对政协子洲县第十届委员会第二次会议第14号提案的复函",
                    session="政协子洲县第十届委员会第二次会议", committee_term=10, session_no=2, proposal_no="14",
                    proposal_title="关于加快建设乡村道路维修及维护的提案", proposer="崔银雷", proposer_kind="member",
                    body_kind="proposal", issuing_agency="子洲县交通运输局", signed_date=dt.date(2023, 10, 16)),
    "r08.txt": dict(doc_number="潼民发【2024】275号", doc_year=2024, doc_serial=275,
                    # (the agency's line right above 关于 is the title's first: GB/T 9704's 发文机关 + 事由 + 文种)
                    title="潼关县民政局关于对政协十届三次会议第52号提案的答复", session="政协十届三次会议", committee_term=10,
                    session_no=3, proposal_no="52", proposer="马青、周丽", proposer_kind="member", body_kind="proposal",
                    issuing_agency="潼关县民政局", signed_date=dt.date(2024, 6, 27)),
    "r12.txt": dict(doc_year=2022, doc_serial=106, title="对市政协十一届一次会议第112号提案的答复",
                    session="市政协十一届一次会议", committee_term=11, session_no=1, proposal_no="112",
                    proposal_title="关于教育基础设施亟待提升", proposer="张伟鹏、孙爱玲、杨巧云", proposer_kind="member",
                    body_kind="proposal", issuing_agency="舞钢市教育体育局", signed_date=dt.date(2022, 7, 26),
                    contact_name="刘熠", contact_phone="3303606", cc=["市政协提案委", "市委市政府督查局"]),
    "r15.txt": dict(doc_number=None, session="区十八届人大二次会议", committee_term=18, session_no=2, proposal_no="9",
                    proposal_title="关于加强红村社区卫生服务中心建设的建议", proposer="李影", proposer_kind="deputy",
                    body_kind="suggestion", signed_date=None),
    "r17.txt": dict(doc_number="钱汽发〔2020〕11号", issuer_code="钱汽", doc_year=2020, doc_serial=11,
                    session="君山区第五届人民代表大会第四次会议", committee_term=5, session_no=4, proposal_no="16",
                    proposal_title="关于开通区钱粮湖镇公交车线路的建议", proposer="王亚春", proposer_kind="deputy",
                    body_kind="suggestion", signed_date=dt.date(2020, 7, 15), contact_name="邓顺锡",
                    contact_phone="13789037627"),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip(f"no real letters at {REAL}")
    workdir = tmp_path_factory.mktemp("real")
    env = {**os.environ, "RAW_DIR": str(REAL), "WAREHOUSE_PATH": str(workdir / "real.duckdb"),
           "DAGSTER_HOME": str(workdir / "dagster_home")}
    process = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=workdir, env=env,
                             capture_output=True, text=True, timeout=600)
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    return workdir / "real.duckdb"


def test_every_real_letter_is_a_proposal(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert sorted(r[0] for r in con.execute("select source_file from marts.proposals").fetchall()) == sorted(EXPECTED)
        assert con.execute("select count(*) from ops.rejects").fetchone() == (0,)


@pytest.mark.parametrize("source_file", sorted(EXPECTED))
def test_header_fields_of_each_real_letter(warehouse, source_file):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cur = con.execute("select * from marts.proposals where source_file = ?", [source_file])
        row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    got = {field: row[field] for field in EXPECTED[source_file]}
    assert got == EXPECTED[source_file]


def test_every_span_is_evidence_in_the_stored_text(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        bad = con.execute("""
            select m.metric_id from marts.metrics m join raw.letters l using (letter_id)
            where substr(l.text, m.char_start + 1, m.char_end - m.char_start) <> m.surface
            union all
            select c.commitment_id from marts.commitments c join raw.letters l using (letter_id)
            where substr(l.text, c.char_start + 1, c.char_end - c.char_start) <> c.body
        """).fetchall()
        n = con.execute("select count(*) from marts.metrics").fetchone()[0]
    assert bad == [] and n > 0
