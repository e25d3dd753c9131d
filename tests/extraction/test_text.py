import polars as pl
import pytest

from orchestration.extraction.text import cn_to_int, find_spans, matching_text


@pytest.mark.parametrize(
    "s,n",
    [("三", 3), ("十", 10), ("十二", 12), ("二十七", 27), ("一百零五", 105), ("两千", 2000),
     ("三万五千", 35000), ("二〇二四", 2024), ("二OO五", 2005), ("12", 12), ("", None), ("甲", None)],
)
def test_chinese_numerals(s, n):
    assert cn_to_int(s) == n


def test_matching_text_folds_fullwidth_and_keeps_length():
    text = "共１２３家，占比９８％，（一）不变：、"
    folded = pl.select(matching_text(pl.lit(text))).item()
    assert folded == "共123家，占比98%，（一）不变：、"
    assert len(folded) == len(text)


def test_spans_are_code_points_across_many_letters():
    texts = ["温科12家，超500亿元和3个", "𠀀𠀁扩展区汉字7家", "无数字"]
    df = pl.DataFrame({"letter_id": ["a", "b", "c"], "mtext": texts})
    found = find_spans(df, r"\d+(?:亿元|家|个)")
    got = [(r["letter_id"], r["start"], r["end"], r["match"]) for r in found.iter_rows(named=True)]
    assert got == [("a", 2, 5, "12家"), ("a", 7, 12, "500亿元"), ("a", 13, 15, "3个"), ("b", 7, 9, "7家")]
    for letter_id, start, end, match in got:
        assert texts["abc".index(letter_id)][start:end] == match


@pytest.mark.parametrize("cut_in_a_text", [False, True], ids=["one-pass", "cut-mark-fallback"])
def test_both_routes_give_the_same_spans_with_groups_and_matches_at_the_edges(cut_in_a_text):
    texts = ["12家在前，中间3个，末尾500亿元", "无数字", "7家" + ("\x00" if cut_in_a_text else "")]
    df = pl.DataFrame({"letter_id": ["a", "b", "c"], "mtext": texts})
    found = find_spans(df, r"(?P<num>\d+)(?P<unit>亿元|家|个)")
    got = [(r["letter_id"], r["start"], r["end"], r["match"]) for r in found.iter_rows(named=True)]
    assert got == [("a", 0, 3, "12家"), ("a", 8, 10, "3个"), ("a", 13, 18, "500亿元"), ("c", 0, 2, "7家")]
    assert all(texts["abc".index(letter_id)][start:end] == match for letter_id, start, end, match in got)


def test_chinese_numeral_dates_fold_to_digits_one_for_one():
    from orchestration.extraction.clean import fold_cn_dates
    for text, folded in [("二〇二四年六月二十日", "2024年6月20日"), ("截至二〇二四年五月底", "截至2024年5月底"),
                         ("二〇二四年十二月三十一日", "2024年12月三十一日"), ("二〇二四年十月八日", "2024年十月八日"), ("一九九八年", "1998年")]:
        assert fold_cn_dates(text) == folded and len(folded) == len(text)
