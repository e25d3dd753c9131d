"""Properties that hold for any input: decoding and extraction never crash, and every span
is evidence (inside the text, and the text at the span is the surface)."""
import unicodedata

import polars as pl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from orchestration.extraction import extract
from orchestration.formats import Rejected, plausibility
from orchestration.ingest import read_letter

# Pieces of the genre, mixed with noise: numbers and units, headings, plans, dates, 文号,
# pinyin glosses, traditional and full-width characters, table pipes, odd line endings.
FRAGMENTS = [
    "温科提复〔2024〕98号", "关于市政协十二届三次会议81号提案的", "答 复 函", "王同伟委员：", "民建市委会：",
    "您所提的《关于测试的提案》收悉。", "现答复如下：", "一、关于“培育主体”的建议", "（一）加快培育。", "1.进一步优化。",
    "下一步，我们将", "下步，", "力争全年新增企业300家以上", "累计培育企业3243家、居全省第3", "5.2万余人",
    "2800余万元", "1-2个", "超500亿元", "最高150万元、100万元奖励", "截至4月末", "2024年1-4月", "今年以来",
    "“510计划”", "“5+5+N”", "《攻坚措施20条》", "2.0版", "第六批", "联系电话：88962022", "抄送：市府办（2份）",
    "温州市科学技术局", "2024年6月28日", "二〇二四年六月二十八日", "2022726", "鎮(zhèn)康縣", "會(huì)議",
    "１２３家", "９８％", "| 新增企业 | 120家 |", "\n", "\n", "\r\n", "\r", "。", "，", "、", "：", " ", "\u3000",
    "�", "\x00", "𠀀", "٣", "½", "Ⅻ",
]
letters_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=0, max_size=60
).map("".join)


def check_spans(text_by_id: dict, frame: pl.DataFrame, start: str, end: str, surface: str | None = None):
    for row in frame.iter_rows(named=True):
        if row[start] is None:
            continue
        text = text_by_id[row["letter_id"]]
        assert 0 <= row[start] <= row[end] <= len(text), (row[start], row[end], len(text))
        if surface:
            assert text[row[start]:row[end]] == row[surface]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(letters_text, min_size=1, max_size=4))
def test_extraction_never_crashes_and_spans_are_evidence(texts):
    # Texts as ingestion stores them: newlines normalised.
    texts = [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    frame = pl.DataFrame({"letter_id": [f"L{i}" for i in range(len(texts))], "text": texts})
    out = extract(frame)
    by_id = dict(zip(frame["letter_id"], texts))
    check_spans(by_id, out["metrics"], "char_start", "char_end", "surface")
    check_spans(by_id, out["commitments"], "char_start", "char_end", "body")
    check_spans(by_id, out["sections"], "char_start", "char_end")
    check_spans(by_id, out["suggestions"], "char_start", "char_end")
    for field in ("doc_number", "title", "salutation", "signature", "signed_date"):
        check_spans(by_id, out["letter_headers"], f"{field}_start", f"{field}_end")
    assert out["metrics"]["metric_id"].is_unique().all()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".docx", ".pdf", ".html", ".htm", ".xlsx", ""]))
def test_decoding_any_bytes_gives_text_or_a_reasoned_reject(data, suffix):
    try:
        text, how = read_letter(suffix, data)
    except Rejected as rejected:
        assert rejected.reason in ("empty", "undecodable", "unsupported_format", "no_text_layer", "too_large")
    else:
        assert isinstance(text, str) and text.strip() and "\r" not in text


@settings(max_examples=100, deadline=None)
@given(letters_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
# (found by Hypothesis: its GB18030 bytes are valid UTF-16, whose mojibake scored as more plausible)
@example(text="會(huì)議٣🇦🇦", encoding="gb18030")
def test_any_encoding_of_a_text_decodes_back_to_it(text, encoding):
    # Letters are made of assigned, printable characters: with control, private-use or
    # unassigned code points, bytes can be equally valid in two encodings, and no decoder
    # can tell which was meant (arbitrary bytes are covered by the test above).
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # Without a BOM the decoder keeps the reading that looks most like a letter, so the
    # round trip is promised for texts that do (mostly Chinese, ASCII and punctuation).
    if plausibility(text) < 0.6:
        return
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not every text has a GB18030 form (lone surrogates)
    try:
        decoded, _ = read_letter(".txt", data)
    except Rejected as rejected:
        # Only texts with no letters left, or mostly control characters, may be rejected.
        assert rejected.reason in ("empty", "undecodable")
        return
    assert decoded == text
