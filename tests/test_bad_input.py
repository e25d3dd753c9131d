"""Bad input never stops a run and nothing is lost: a generated mixed raw folder."""
import codecs
import datetime as dt
import os

import duckdb
import polars as pl
import pytest

from orchestration import ingest
from orchestration.extraction import extract
from orchestration.settings import DEFAULT_RAW_DIR
from tests.conftest import run_cli
from tests.documents import docx_bytes, html_bytes, pdf_bytes

SEED_98 = (DEFAULT_RAW_DIR / "wenke-tifu-2024-098.txt").read_text(encoding="utf-8")
SEED_120 = (DEFAULT_RAW_DIR / "wenke-tifu-2024-120.txt").read_text(encoding="utf-8")


def renumbered(text: str, serial: int) -> str:
    """The same letter under another 文号 (a different letter as far as versions go)."""
    return text.replace("〔2024〕98号", f"〔2024〕{serial}号", 1).replace("〔2024〕120号", f"〔2024〕{serial}号", 1)


# file name -> (bytes, expected place: "proposal" or a reject reason)
def mixed_folder() -> dict[str, tuple[bytes, str]]:
    truncated = SEED_98[: len(SEED_98) // 2]
    revised_old = renumbered(SEED_120, 300)
    revised_new = revised_old.replace("2024年6月28日\n", "2024年7月5日\n", 1)
    return {
        "wenke-tifu-2024-098.txt": (SEED_98.encode(), "proposal"),
        "副本/wenke 098 “copy” 's.txt": (SEED_98.encode(), "duplicate"),
        "各种格式/科技局答复 201.docx": (docx_bytes(renumbered(SEED_98, 201)), "proposal"),
        "各种格式/科技局答复 202.pdf": (pdf_bytes(renumbered(SEED_98, 202)), "proposal"),
        "各种格式/科技局答复 203.html": (html_bytes(renumbered(SEED_120, 203)), "proposal"),
        "各种格式/答复 204 (gb18030).txt": (renumbered(SEED_120, 204).encode("gb18030"), "proposal"),
        "各种格式/答复 205 utf16.txt": (renumbered(SEED_98, 205).encode("utf-16"), "proposal"),
        "各种格式/答复 206 bom crlf.txt": (codecs.BOM_UTF8 + renumbered(SEED_98, 206).replace("\n", "\r\n").encode(), "proposal"),
        "truncated 207.txt": (renumbered(truncated, 207).encode(), "proposal"),
        "revised/v1 300.txt": (revised_old.encode(), "superseded"),
        "revised/v2 300.txt": (revised_new.encode(), "proposal"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\n", "empty"),
        "scan.jpg.txt": (b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20, "undecodable"),
        "scanned.pdf": (pdf_bytes("Page 1 of 1"), "no_text_layer"),
        "table.xlsx": (b"PK\x03\x04\x14\x00", "unsupported_format"),
        "notice.txt": ("关于召开科技工作会议的通知\n各单位：\n定于6月3日召开会议。\n".encode(), "not_a_letter"),
    }


BIG = "bulletin 50MB.txt"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("mixed")
    raw = workdir / "raw"
    files = mixed_folder()
    for name, (data, _) in files.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # The revision is the newer file; the big file is a 50 MB text.
    os.utime(raw / "revised/v1 300.txt", (1_700_000_000, 1_700_000_000))
    with open(raw / BIG, "wb") as big:
        big.write(SEED_98.encode() * (50_000_000 // len(SEED_98.encode()) + 1))
    process = run_cli(workdir)
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    with duckdb.connect(str(workdir / "out" / "warehouse.duckdb"), read_only=True) as con:
        proposals = dict(con.execute("select source_file, doc_number from marts.proposals").fetchall())
        rejects = dict(con.execute("select source_file, reason from ops.rejects").fetchall())
        flags = dict(con.execute("select source_file, flags from raw.letter_headers join raw.letters using (letter_id)").fetchall())
    return files, proposals, rejects, flags, process.stdout


pytestmark_slow = pytest.mark.slow


@pytestmark_slow
def test_every_file_is_in_exactly_one_of_proposals_and_rejects(mixed):
    files, proposals, rejects, _, _ = mixed
    assert not set(proposals) & set(rejects)
    assert set(proposals) | set(rejects) == set(files) | {BIG}


@pytestmark_slow
def test_each_file_lands_where_it_should(mixed):
    files, proposals, rejects, _, _ = mixed
    got = {name: "proposal" if name in proposals else rejects[name] for name in files}
    assert got == {name: place for name, (_, place) in files.items()}
    assert rejects[BIG] == "too_large"


@pytestmark_slow
def test_formats_and_encodings_keep_their_letters_doc_number(mixed):
    _, proposals, _, _, _ = mixed
    assert proposals["各种格式/科技局答复 202.pdf"] == "温科提复〔2024〕202号"
    assert proposals["各种格式/答复 204 (gb18030).txt"] == "温科提复〔2024〕204号"
    assert proposals["revised/v2 300.txt"] == "温科提复〔2024〕300号"


@pytestmark_slow
def test_a_truncated_letter_loads_with_a_flag(mixed):
    _, _, _, flags, _ = mixed
    assert "truncated" in flags["truncated 207.txt"]
    assert "truncated" not in flags["wenke-tifu-2024-098.txt"]


@pytestmark_slow
def test_the_summary_counts_rejects_by_reason(mixed):
    *_, stdout = mixed
    assert "letters loaded: 9" in stdout
    assert "too_large 1" in stdout and "superseded 1" in stdout


# --- pure functions ------------------------------------------------------------------------

def _letters(texts: dict[str, str], modified: dict[str, dt.datetime] | None = None) -> pl.DataFrame:
    rows = []
    for i, (name, text) in enumerate(texts.items()):
        rows.append({"letter_id": f"L{i}", "source_file": name, "sha256": f"{i}", "size_bytes": len(text),
                     "encoding": "utf-8", "text": text, "n_chars": len(text),
                     "modified_at": (modified or {}).get(name, dt.datetime(2024, 1, 1))})
    return pl.DataFrame(rows)


def test_the_later_signed_version_supersedes_the_earlier():
    old = renumbered(SEED_120, 300)
    new = old.replace("2024年6月28日\n", "2024年7月5日\n", 1)
    letters = _letters({"b-old.txt": old, "a-new.txt": new, "other.txt": SEED_98})
    facts, rejects = ingest.settle_versions(letters, extract(letters))
    assert rejects.select("source_file", "reason").rows() == [("b-old.txt", "superseded")]
    assert "replaced by a-new.txt" in rejects["detail"][0]
    assert set(facts["letter_headers"]["letter_id"]) == {"L1", "L2"}
    assert "L0" not in set(facts["metrics"]["letter_id"])


def test_without_dates_the_newer_file_wins():
    text = renumbered(SEED_98, 400)
    letters = _letters({"x.txt": text, "y.txt": text + "\n"},
                       {"x.txt": dt.datetime(2024, 5, 1), "y.txt": dt.datetime(2024, 4, 1)})
    _, rejects = ingest.settle_versions(letters, extract(letters))
    assert rejects["source_file"].to_list() == ["y.txt"]


def test_oversized_files_are_rejected_before_decoding(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_LETTER_MB", 0.001)
    with pytest.raises(ingest.Rejected) as err:
        ingest.read_letter(".txt", SEED_98.encode())
    assert err.value.reason == "too_large"
