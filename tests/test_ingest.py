"""scan_raw_dir: every decoding path, every reject reason, file naming and determinism."""
import codecs
import hashlib

import polars as pl
import pytest

from orchestration.extraction import schema
from orchestration.ingest import not_a_letter_rejects, scan_raw_dir

LETTER = (
    "温科提复〔2024〕98号\n\n关于市政协十二届三次会议81号提案的\n答 复 函\n\n"
    "王同伟委员：\n　　您所提的《关于促进创新型中小企业健康发展的提案》收悉。"
    "累计设立企业研发机构共计2360家，力争全年新增“专精特新”企业100家以上。\n"
)


def write(folder, name: str, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def scan(folder) -> tuple[dict[str, dict], dict[str, dict]]:
    letters, rejects = scan_raw_dir(folder)
    return (
        {row["source_file"]: row for row in letters.iter_rows(named=True)},
        {row["source_file"]: row for row in rejects.iter_rows(named=True)},
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LETTER.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + LETTER.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
        (LETTER.encode("gb18030"), "gb18030"),
        (LETTER.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + LETTER.encode("utf-16-be"), "utf-16"),
        (LETTER.encode("utf-16-le"), "utf-16-le"),
        (LETTER.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
    ids=["utf8", "utf8-bom-crlf", "gb18030", "utf16-bom", "utf16-be-bom", "utf16-le-no-bom", "lone-cr"],
)
def test_each_encoding_decodes_to_the_same_text(tmp_path, data, encoding):
    write(tmp_path, "letter.txt", data)
    letters, rejects = scan(tmp_path)
    assert rejects == {}
    letter = letters["letter.txt"]
    assert letter["encoding"] == encoding
    assert letter["text"] == LETTER
    assert letter["n_chars"] == len(LETTER)
    assert letter["sha256"] == hashlib.sha256(data).hexdigest()
    assert letter["letter_id"] == "L" + letter["sha256"][:16]
    assert letter["size_bytes"] == len(data)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_ascii_is_not_mistaken_for_utf8(tmp_path, encoding):
    text = "Reply No. 98\nSee attachment 1-2.\n"
    write(tmp_path, "letter.txt", text.encode(encoding))
    letters, _ = scan(tmp_path)
    assert (letters["letter.txt"]["encoding"], letters["letter.txt"]["text"]) == (encoding, text)


def test_gb18030_and_utf8_copies_give_identical_text_and_different_ids(tmp_path):
    write(tmp_path, "a-utf8.txt", LETTER.encode("utf-8"))
    write(tmp_path, "b-gb.txt", LETTER.encode("gb18030"))
    letters, _ = scan(tmp_path)
    assert letters["a-utf8.txt"]["text"] == letters["b-gb.txt"]["text"]
    assert letters["a-utf8.txt"]["letter_id"] != letters["b-gb.txt"]["letter_id"]


def test_text_is_kept_as_written(tmp_path):
    text = "  　温科提复〔2024〕98号 ＡＢＣ１２３ 繁體  \n\n\n"
    write(tmp_path, "letter.txt", text.encode("utf-8"))
    letters, _ = scan(tmp_path)
    assert letters["letter.txt"]["text"] == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", " \r\n\t\u3000\n".encode("utf-8"), "empty"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty"),
        ("junk.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "undecodable"),
        ("nuls.txt", bytes(600), "undecodable"),
        ("controls.txt", bytes(range(1, 9)) * 50 + "温科".encode("utf-8"), "undecodable"),
        ("bad-bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),
        ("letter.pdf", LETTER.encode("utf-8"), "undecodable"),
        ("letter.docx", b"PK\x03\x04", "undecodable"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported_format"),
        ("README", LETTER.encode("utf-8"), "unsupported_format"),
    ],
)
def test_bad_files_are_rejected_not_raised(tmp_path, name, data, reason):
    write(tmp_path, name, data)
    letters, rejects = scan(tmp_path)
    assert letters == {}
    reject = rejects[name]
    assert reject["reason"] == reason
    assert reject["detail"]
    assert reject["size_bytes"] == len(data)
    assert reject["sha256"] == hashlib.sha256(data).hexdigest()


def test_byte_identical_copies_keep_the_first_by_name(tmp_path):
    write(tmp_path, "b.txt", LETTER.encode("utf-8"))
    write(tmp_path, "a/copy.txt", LETTER.encode("utf-8"))
    write(tmp_path, "c.txt", LETTER.encode("utf-8"))
    letters, rejects = scan(tmp_path)
    assert list(letters) == ["a/copy.txt"]
    assert {name: r["reason"] for name, r in rejects.items()} == {"b.txt": "duplicate", "c.txt": "duplicate"}
    assert "a/copy.txt" in rejects["b.txt"]["detail"]


def test_copies_of_a_rejected_file_keep_their_own_reason(tmp_path):
    write(tmp_path, "a.txt", b"")
    write(tmp_path, "b.txt", b"")
    _, rejects = scan(tmp_path)
    assert {r["reason"] for r in rejects.values()} == {"empty"}


def test_names_are_relative_posix_paths_and_hidden_files_are_skipped(tmp_path):
    names = ["温科 提复/“答复” 'x' \"y\".txt", "子目录/深 层/信.TXT", "plain.text"]
    for i, name in enumerate(names):
        write(tmp_path, name, f"{LETTER}{i}".encode("utf-8"))
    write(tmp_path, ".hidden.txt", LETTER.encode("utf-8"))
    write(tmp_path, ".git/objects/x.txt", LETTER.encode("utf-8"))
    write(tmp_path, "sub/.cache/y.txt", LETTER.encode("utf-8"))
    letters, rejects = scan(tmp_path)
    assert sorted(letters) == sorted(names)
    assert rejects == {}


def test_every_file_lands_once_in_sorted_typed_deterministic_frames(tmp_path):
    write(tmp_path, "z.txt", LETTER.encode("gb18030"))
    write(tmp_path, "m.txt", b"")
    write(tmp_path, "a.txt", LETTER.encode("utf-8"))
    write(tmp_path, "k.pdf", b"%PDF")
    write(tmp_path, "b.txt", LETTER.encode("utf-8"))
    letters, rejects = scan_raw_dir(tmp_path)
    assert letters.schema == pl.Schema(schema.LETTERS)
    assert rejects.schema == pl.Schema(schema.REJECTS)
    assert letters["source_file"].to_list() == ["a.txt", "z.txt"]
    assert rejects["source_file"].to_list() == ["b.txt", "k.pdf", "m.txt"]
    assert set(rejects["reason"]) <= set(schema.REJECT_REASONS)
    again_letters, again_rejects = scan_raw_dir(tmp_path)
    assert again_letters.equals(letters)
    assert again_rejects.drop("seen_at").equals(rejects.drop("seen_at"))


def test_missing_raw_dir_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        scan_raw_dir(tmp_path / "nope")


def test_letters_without_a_header_row_become_not_a_letter_rejects(tmp_path):
    write(tmp_path, "a.txt", LETTER.encode("utf-8"))
    write(tmp_path, "b.txt", "会议通知".encode("utf-8"))
    letters, _ = scan_raw_dir(tmp_path)
    headers = letters.filter(pl.col("source_file") == "a.txt").select("letter_id")
    rejects = not_a_letter_rejects(letters, headers)
    assert rejects.schema == pl.Schema(schema.REJECTS)
    assert rejects.select("source_file", "reason").rows() == [("b.txt", "not_a_letter")]
