"""Real-world quirks (issue: real-world letters), each on a fixture of our own."""
import datetime as dt

import polars as pl
import pytest

from .letters import HEAD, header, letter, metrics, one, run


def test_traditional_characters_match_while_spans_stay_on_the_original():
    text = (
        "關於市政協九屆二次會議第12號提案的答覆\n\n張三委員：\n"
        "您提出的《關於加強社區衛生服務的提案》收悉。現答覆如下：\n"
        "今年以來，全市新建社區衛生服務站12個，投入資金3000萬元。\n"
        "下一步，我們將繼續推進。\n\n某某縣衛生健康局\n2024年6月1日\n"
    )
    out = run(text)
    h = out["letter_headers"].row(0, named=True)
    assert h["proposal_no"] == "12" and h["proposer"] == "张三" and h["proposer_kind"] == "member"
    assert h["session"] == "市政协九届二次会议" and h["body_kind"] == "proposal"
    assert h["signature_agency"] == "某某县卫生健康局" and h["signed_date"] == dt.date(2024, 6, 1)
    ms = out["metrics"].to_dicts()
    assert [(m["surface"], m["value"]) for m in ms] == [("12個", 12), ("3000萬元", 3e7)]
    for m in ms:
        assert text[m["char_start"]:m["char_end"]] == m["surface"]
    assert out["commitments"].height == 1


def test_hong_kong_and_taiwan_forms_fold_through_their_standard_character():
    text = (
        "榆衞提覆〔2024〕19號\n\n關於市政協五屆三次會議第19號提案的答覆函\n\n張三委員：\n"
        "您提出的提案收悉。現答覆如下：\n全市鄉鎮衞生院床位2860張，機井420眼。\n\n榆林市衞生健康委員會\n2024年6月1日\n"
    )
    out = run(text)
    h = out["letter_headers"].row(0, named=True)
    assert (h["title"], h["signature_agency"]) == ("关于市政协五届三次会议第19号提案的答复函", "榆林市卫生健康委员会")
    ms = {m["surface"]: m for m in out["metrics"].to_dicts()}
    assert ms["2860張"]["subject"] == "乡镇卫生院床位" and ms["420眼"]["unit"] == "眼"
    for m in ms.values():
        assert text[m["char_start"]:m["char_end"]] == m["surface"]


def test_simplified_characters_the_variant_tables_list_stay_as_written():
    # (著, 抬 and 么 are Taiwan or Hong Kong forms of other characters, and standard simplified ones too)
    out = run(letter("（一）监测预警能力显著提升。转移著名景区游客2.3万人次，抬升水位0.5米。\n"))
    assert out["sections"]["heading"].to_list() == ["监测预警能力显著提升"]
    assert {m["surface"]: m["subject"] for m in out["metrics"].to_dicts()}["2.3万人次"] == "转移著名景区游客"


def test_characters_simplified_text_also_uses_fold_only_in_a_traditional_letter():
    # (後 and 於 are GB 2312 characters: folded where the letter is written in traditional ones)
    trad = run("關於市政協九屆二次會議第12號提案的答覆\n\n張三委員：\n現答覆如下：\n今後於2025年前建成站點12個。\n\n某某縣衛生健康局\n2024年6月1日\n")
    assert trad["letter_headers"]["title"].to_list() == ["关于市政协九届二次会议第12号提案的答复"]
    assert trad["metrics"]["kind"].to_list() == ["target"]  # (於2025年前: a deadline read through 于)
    simp = run(letter("蒜薹种植面积1.2万亩。\n"))
    assert simp["metrics"]["subject"].to_list() == ["蒜薹种植面积"]


def test_pinyin_residue_is_ignored_for_matching_and_kept_in_spans():
    text = (
        "莽永橋等代表:\n你們在鎮(zhèn)康縣第十七屆人民代表大會(huì)第二次會(huì)議期間提出的《關(guān)于道路硬化的建議》,已交由我局辦理。"
        "現(xiàn)將辦理情況答復(fù)如下:\n該條道路已建成3公里,投資120萬元。\n感謝你們的支持。\n鎮(zhèn)康縣交通運(yùn)輸局\n2018年6月10日\n"
    )
    out = run(text)
    h = out["letter_headers"].row(0, named=True)
    assert h["session"] == "镇康县第十七届人民代表大会第二次会议"
    assert (h["committee_term"], h["session_no"], h["body_kind"]) == (17, 2, "suggestion")
    assert h["proposal_title"] == "关于道路硬化的建议"
    assert h["proposer"] == "莽永桥" and h["proposer_kind"] == "deputy"
    assert h["signature_agency"] == "镇康县交通运输局"
    assert text[h["signature_start"]:h["signature_end"]] == "鎮(zhèn)康縣交通運(yùn)輸局"
    ms = out["metrics"].to_dicts()
    assert [m["surface"] for m in ms] == ["3公里", "120萬元"]
    for m in ms:
        assert text[m["char_start"]:m["char_end"]] == m["surface"]


def test_flattened_table_rows():
    body = "主要指标完成情况如下：\n| 指标 | 完成值 |\n| 新增企业 | 120家 |\n| 研发投入 | 3.5亿元 |\n"
    ms = metrics(body)
    assert [(m["surface"], m["subject"]) for m in ms] == [("120家", "新增企业"), ("3.5亿元", "研发投入")]


def test_table_cells_whose_unit_the_label_or_the_header_notes():
    body = (
        "主要指标完成情况如下：\n"
        "| 指标 | 2022年 | 2023年 | 2025年目标 |\n"
        "| 民宿数量（家） | 152 | 186 | 250 |\n"
        "| 营业收入（亿元） | 1.5 | 1.9 | 3 |\n"
        "| 备注 | 无 | 2 | — |\n"
    )
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start").to_dicts()
    assert [(m["surface"], m["value"], m["unit"], m["subject"], m["kind"], m["period_end"].year) for m in ms] == [
        ("152", 152, "家", "民宿数量", "actual", 2022), ("186", 186, "家", "民宿数量", "actual", 2023),
        ("250", 250, "家", "民宿数量", "target", 2025),
        ("1.5", 1.5e8, "元", "营业收入", "actual", 2022), ("1.9", 1.9e8, "元", "营业收入", "actual", 2023),
        ("3", 3e8, "元", "营业收入", "target", 2025),
    ]
    assert all(text[m["char_start"]:m["char_end"]] == m["surface"] for m in ms)
    # A unit in the column's header serves every row; a number without a noted unit is not taken.
    ms = metrics("| 项目 | 投资额（万元） | 工期 |\n| 一期 | 1200 | 18 |\n")
    assert [(m["surface"], m["value"], m["unit"], m["subject"]) for m in ms] == [("1200", 1.2e7, "元", "一期投资额")]


def test_tables_flattened_into_spaced_columns_or_one_cell_per_line():
    # columns apart by runs of spaces (full-width ones too), a unit in a column of its own
    body = (
        "主要指标完成情况见下表。\n"
        "\u3000\u3000指标名称  单位  2023年完成  同比增长（%）  2024年目标\n"
        "\u3000\u3000外贸进出口总额  亿元  3871.6  2.4  3900\n"
        "\u3000\u3000实际使用外资  亿美元  23.6  11.7  25\n"
    )
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start").to_dicts()
    assert [(m["surface"], m["value"], m["unit"], m["subject"], m["kind"]) for m in ms] == [
        ("3871.6", 3.8716e11, "元", "外贸进出口总额", "actual"), ("2.4", 2.4, "%", "外贸进出口总额同比增长", "actual"),
        ("3900", 3.9e11, "元", "外贸进出口总额", "target"),
        ("23.6", 2.36e9, "美元", "实际使用外资", "actual"), ("11.7", 11.7, "%", "实际使用外资同比增长", "actual"),
        ("25", 2.5e9, "美元", "实际使用外资", "target"),
    ]
    assert all(text[m["char_start"]:m["char_end"]] == m["surface"] for m in ms)
    # one cell per line: the header's cells, then rows opening with their label
    body = "重大项目建设情况如下表：\n表1  重大项目推进情况\n类别\n项目数（个）\n完成投资（亿元）\n省重大项目\n58\n436.9\n市重点项目\n246\n662.3\n"
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start").to_dicts()
    assert [(m["surface"], m["value"], m["unit"], m["subject"]) for m in ms] == [
        ("58", 58, "个", "省重大项目"), ("436.9", 4.369e10, "元", "省重大项目完成投资"),
        ("246", 246, "个", "市重点项目"), ("662.3", 6.623e10, "元", "市重点项目完成投资"),
    ]
    assert all(text[m["char_start"]:m["char_end"]] == m["surface"] for m in ms)
    # short lines with numbers that do not make rows are no table
    assert [m["surface"] for m in metrics("新增企业\n12家\n投入资金\n300万元\n完成\n")] == ["12家", "300万元"]


def test_metadata_block_before_the_letter():
    text = (
        "索 引 号：11330300/2024-12345\n发布机构：测试市科学技术局\n分类标识：D\n签发人：张三\n类别：A\n办理结果：A\n"
        "生成日期：2024-06-01\n测科提复〔2024〕7号\n关于市政协九届二次会议12号提案的答复\n李明委员：\n"
        "您所提的《关于测试的提案》收悉。现答复如下：\n新增企业5家。\n感谢支持。\n测试市科学技术局\n2024年6月1日\n"
    )
    h = header(text)
    assert h["doc_number"] == "测科提复〔2024〕7号"
    assert h["title"] == "关于市政协九届二次会议12号提案的答复"
    assert h["proposer"] == "李明"
    assert h["signed_date"] == dt.date(2024, 6, 1)


def test_suggestion_form_before_the_letter_is_not_the_salutation():
    text = (
        "建议编号：第2024009号\n建议人：\n王五\n标题：关于加强路灯维护的建议\n"
        "关于区十八届人大二次会议第9号建议的答复\n王五代表：\n您提出的《关于加强路灯维护的建议》已收悉。现答复如下：\n"
        "今年已维修路灯300盏。\n感谢您的支持。\n某区城市管理局\n2024年5月1日\n"
    )
    h = header(text)
    assert (h["proposer"], h["proposer_kind"], h["proposal_no"]) == ("王五", "deputy", "9")


def test_labels_with_spaces_between_characters():
    h = header(letter("新增企业5家。\n", tail="\n感谢您的支持。\n联 系 人：王 五\n联系电话：88962022\n抄  报：市政协提案委\n"))
    assert (h["contact_name"], h["contact_phone"], h["cc"]) == ("王五", "88962022", ["市政协提案委"])


@pytest.mark.parametrize(
    "line,doc,year,serial",
    [
        ("测科提复[2024]7号", "测科提复[2024]7号", 2024, 7),
        ("测科提复【2024】7号", "测科提复【2024】7号", 2024, 7),
        ("测科提复〔2024〕7", "测科提复〔2024〕7", 2024, 7),
        ("测科提复〔2024 7号", "测科提复〔20247号", 2024, 7),
    ],
)
def test_mangled_doc_numbers(line, doc, year, serial):
    h = header(letter("新增企业5家。\n", head=f"{line}\n关于提案的答复\n李明委员：\n您所提的提案收悉。\n"))
    assert (h["doc_year"], h["doc_serial"]) == (year, serial)


@pytest.mark.parametrize(
    "date_line,date",
    [("2025 915", dt.date(2025, 9, 15)), ("2022726", dt.date(2022, 7, 26)), ("二OO五年八月三日", dt.date(2005, 8, 3)),
     ("二〇二四年十二月二十日", dt.date(2024, 12, 20))],
)
def test_dates_without_year_month_day_or_in_chinese(date_line, date):
    assert header(letter("新增企业5家。\n", tail=f"\n感谢您的支持。\n测试市交通运输局\n{date_line}\n"))["signed_date"] == date


@pytest.mark.parametrize(
    "fragment,number",
    [
        ("对市政协十届三次会议第2025D048号提案的答复", "2025D048"),
        ("关于政协〔064〕号提案的答复", "64"),
        ("关于2005第077号提案的答复", "77"),
        ("关于区人大建议第009号的答复", "9"),
    ],
)
def test_proposal_number_forms(fragment, number):
    assert header(letter("新增企业5家。\n", head=f"{fragment}\n李明委员：\n您所提的提案收悉。\n"))["proposal_no"] == number


@pytest.mark.parametrize(
    "salutation,ack,proposer,kind",
    [
        ("张伟鹏、孙爱玲、杨巧云委员", "您们提出的提案收悉。", "张伟鹏、孙爱玲、杨巧云", "member"),
        ("民建市委会", "贵会提出的提案收悉。", "民建市委会", "organisation"),
        ("县科协", "贵单位提出的提案收悉。", "县科协", "organisation"),
        ("尊敬的李四代表", "您提出的建议收悉。", "李四", "deputy"),
    ],
)
def test_proposers_and_forms_of_address(salutation, ack, proposer, kind):
    h = header(letter("新增企业5家。\n", head=f"关于提案的答复\n{salutation}：\n{ack}\n"))
    assert (h["proposer"], h["proposer_kind"]) == (proposer, kind)


def test_contact_in_parentheses_and_phone_lengths():
    h = header(letter("新增企业5家。\n", tail="\n（联系人：赵六，联系电话：3303606）\n"))
    assert (h["contact_name"], h["contact_phone"]) == ("赵六", "3303606")


def test_contact_and_phone_on_one_label_and_a_full_stop_after_the_copies():
    tail = "\n测试市科学技术局\n2024年6月1日\n联系人及电话：李晓明 0577-88960123\n抄送：市政府办公室，市政协提案委。\n"
    h = header(letter("新增企业5家。\n", tail=tail))
    assert (h["contact_name"], h["contact_phone"], h["cc"]) == ("李晓明", "0577-88960123", ["市政府办公室", "市政协提案委"])


def test_batches_are_a_counter():
    assert [(m["surface"], m["unit"]) for m in metrics("抽检样品1,056批次。\n")] == [("1,056批次", "批次")]


def test_cited_documents_are_not_the_letters_own():
    body = "根据《测试市科技创新条例》（测政发〔2023〕15号）和《关于印发<方案>的通知》，新增企业5家。\n"
    h = header(letter(body, head="关于提案的答复\n李明委员：\n您所提的提案收悉。\n"))
    assert h["doc_number"] is None
    assert h["proposal_title"] is None or "条例" not in h["proposal_title"]


def test_whole_letter_on_one_line_with_inline_headings():
    text = (
        "测科提复〔2024〕7号关于市政协九届二次会议12号提案的答复函李明委员：您所提的《关于测试的提案》收悉。现答复如下："
        "一、关于“培育主体”的建议 近年来新增企业126家。下一步，我们将：（一）加快培育。力争全年新增企业300家。"
        "（二）优化服务。全年建成平台5个。二、关于“优化服务”的建议 近年来建成平台12个。"
        "最后，感谢您的支持。测试市科学技术局2024年6月1日"
    )
    out = run(text)
    h = out["letter_headers"].row(0, named=True)
    assert h["doc_number"] == "测科提复〔2024〕7号"
    assert h["title"] == "关于市政协九届二次会议12号提案的答复函"
    assert (h["proposer"], h["proposal_no"]) == ("李明", "12")
    assert h["signature_agency"] == "测试市科学技术局" and h["signed_date"] == dt.date(2024, 6, 1)
    com = out["commitments"]
    assert [(r["suggestion_no"], r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (1, 1, "加快培育"), (1, 2, "优化服务")]
    ms = out["metrics"]
    assert ms["kind"].to_list() == ["actual", "target", "target", "actual"]
    for r in [*ms.iter_rows(named=True)]:
        assert text[r["char_start"]:r["char_end"]] == r["surface"]
    for r in com.iter_rows(named=True):
        assert text[r["char_start"]:r["char_end"]] == r["body"]


def test_next_step_inside_each_section():
    body = (
        "一、关于“培育主体”的建议\n近年来新增企业126家。下一步，我们将继续培育主体，力争新增企业50家。\n"
        "二、关于“优化服务”的建议\n近年来建成平台12个。下一步，将加快建设平台。\n"
    )
    com = run(letter(body))["commitments"]
    assert [(r["suggestion_no"], r["ordinal"]) for r in com.iter_rows(named=True)] == [(1, 1), (2, 1)]
    ms = metrics(body)
    assert [(m["value"], m["kind"]) for m in ms] == [(126, "actual"), (50, "target"), (12, "actual")]


def test_a_doc_number_without_its_hao_does_not_swallow_the_spaces_after_it():
    text = letter("新增企业5家。\n", head="舞教〔2022106                    签发人:魏红涛\n关于提案的答复\n李明委员：\n您所提的提案收悉。\n")
    h = header(text)
    assert text[h["doc_number_start"]:h["doc_number_end"]] == "舞教〔2022106"


def test_spaces_an_ocr_left_inside_numbers():
    body = "全市现有技工院校1 2所，占比3 1.7%，新增技能人才5.6 2万人，培训学徒4 1 6 0人。联系电话0577 88962022。\n"
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start")
    assert ms["value"].to_list() == [12, 31.7, 56200, 4160]  # not the phone number
    assert [text[r["char_start"]:r["char_end"]] for r in ms.iter_rows(named=True)] == ms["surface"].to_list()
    assert ms["surface"][0] == "1 2所"


def test_a_doc_number_printed_at_the_bottom_left():
    tail = "\n感谢您的支持。\n\n测试市科学技术局\n2024年6月1日\n\n测科提〔2024〕31号\n抄送：市政协提案委。\n"
    text = letter("新增企业5家。", head="关于提案的答复\n李明委员：\n您所提的提案收悉。\n", tail=tail)
    h = header(text)
    assert (h["doc_number"], h["doc_serial"]) == ("测科提〔2024〕31号", 31)
    assert text[h["doc_number_start"]:h["doc_number_end"]] == "测科提〔2024〕31号"


def test_a_one_line_letter_with_a_signer_a_seal_a_dotted_date_and_the_distribution():
    text = ("关于市十五届人大三次会议第2024D012号建议的答复\n湖交建〔2024〕12号　签发人：沈国强　李华等12名代表："
            "你们提出的《关于推进城乡公交一体化的建议》收悉。现答复如下：一、工作情况 新开公交线路12条。"
            "感谢各位代表的支持。 湖州市交通运输局（印） 2024.6.28 （联系人：周敏，联系电话：0572-2398761） "
            "抄送：市人大常委会代表工作委员会 市政府办公室 湖州市交通运输局办公室 2024年7月1日印发")
    out = run(text)
    h = out["letter_headers"].row(0, named=True)
    assert (h["proposer"], h["proposer_kind"], h["proposal_title"]) == ("李华", "deputy", "关于推进城乡公交一体化的建议")
    assert (h["signature_agency"], h["signed_date"]) == ("湖州市交通运输局", dt.date(2024, 6, 28))
    assert h["cc"] == ["市人大常委会代表工作委员会", "市政府办公室"]
    assert (h["printed_by"], h["printed_date"]) == ("湖州市交通运输局办公室", dt.date(2024, 7, 1))
    assert out["metrics"]["surface"].to_list() == ["12条"]  # not the 12名 of the salutation


def test_a_table_that_kept_its_inner_rules_only():
    body = ("主要指标完成情况如下：\n    指标 | 2024年完成 | 2025年目标 | 完成率\n    完成投资（亿元） | 312.6 | 330 | 104.2%\n"
            "    新增医疗床位（张） | 1850 | 2000 | 92.5%\n")
    ms = metrics(body)
    assert [(m["surface"], m["unit"], m["kind"], m["subject"]) for m in ms] == [
        # (a rate's column names its cells with the row: 完成投资完成率)
        ("312.6", "元", "actual", "完成投资"), ("330", "元", "target", "完成投资"), ("104.2%", "%", "actual", "完成投资完成率"),
        ("1850", "张", "actual", "新增医疗床位"), ("2000", "张", "target", "新增医疗床位"), ("92.5%", "%", "actual", "新增医疗床位完成率")]
    assert [m["period_end"] for m in ms][:2] == [dt.date(2024, 12, 31), dt.date(2025, 12, 31)]


def test_a_table_of_years_that_kept_its_inner_rules_only_is_read_once():
    # (its header, names apart by single spaces, also reads as a header of column names: rewritten twice, its bars doubled)
    body = ("近三年主要指标如下：\n指标 | 2021年 | 2022年 | 2023年\n在园幼儿数（万人） | 152.3 | 146.8 | 138.5\n"
            "人均预期寿命（岁） | 78.4 | 78.9 | 79.3\n")
    ms = metrics(body)
    assert [(m["surface"], m["subject"], m["period_end"].year) for m in ms] == [
        ("152.3", "在园幼儿数", 2021), ("146.8", "在园幼儿数", 2022), ("138.5", "在园幼儿数", 2023),
        ("78.4", "人均预期寿命", 2021), ("78.9", "人均预期寿命", 2022), ("79.3", "人均预期寿命", 2023)]


def test_page_numbers_and_running_heads_leave_sentences_and_items_whole():
    title = "嘉兴市科学技术局关于市政协九届三次会议第137号提案的答复函"
    wide = "全市新增科技型中小企业三千一百零七家，规上工业企业研发费用支出持续增长，全社会研发经费投入强度达"
    body = ("一、关于创新\n" + wide + "\n\n第 1 页 共 3 页\n\n" + title + "\n\n到3.52%，较上年提高0.18个百分点。\n"
            + "\n".join(["新建省级重点实验室和技术创新中心的工作正在按计划有序地推进之中并取得了进展"] * 4) + "\n"
            "下一步，我局将做好以下工作：\n1.加快平台建设。新建概念验证中心不少于8个。\n\n— 2 —\n\n" + title + "\n\n"
            "2.深化企业培育。新增高新技术企业300家。\n")
    out = run(letter(body, head=title + "\n\n测科提复〔2024〕7号\n\n李明委员：\n您所提的《关于测试的提案》收悉。现答复如下：\n"))
    m = out["metrics"].filter(out["metrics"]["surface"] == "3.52%").to_dicts()[0]
    assert m["subject"] == "全社会研发经费投入强度" and "第 1 页" in m["sentence"]  # (the sentence quotes the page as stored)
    assert out["commitments"]["body"].to_list() == ["1.加快平台建设。新建概念验证中心不少于8个。", "2.深化企业培育。新增高新技术企业300家。"]


def test_an_ocrs_letter_o_among_digits_is_a_zero():
    ms = metrics("全市共有民宿3 1O2家，床位2.O5万张，覆盖率9O%，达标率1OO%。水分子H2O不变。")
    assert [(m["surface"], m["value"]) for m in ms] == [("3 1O2家", 3102), ("2.O5万张", 20500), ("9O%", 90), ("1OO%", 100)]


def test_a_page_number_that_cuts_a_paragraph_mid_sentence_leaves_it_whole():
    # (lines are paragraphs here, no page wrapped them: only the cut across the page number joins)
    body = ("（三）服务体系建设。全市共有长护险定点护理服务机构126家，其中居家上门\n\n— 2 —\n\n"
            "服务机构73家，培训持证护理员3400余名。\n（四）待遇保障。\n\n— 3 —\n\n二、下一步工作\n")
    m = one(body, "73家")
    assert m["subject"] == "居家上门服务机构" and "其中居家上门" in m["sentence"]
    assert [(m["surface"]) for m in metrics(body)] == ["126家", "73家", "3400余名"]


def test_a_numbered_table_with_single_spaces_between_columns_is_a_table():
    body = ("主要项目如下：\n序号 项目名称 建设规模 总投资（万元）\n1 白沙河堤防加固工程 加固堤防12.6公里 8650\n"
            "2 城北水厂扩建工程 新增供水能力5万立方米/日 21300\n二、河湖长制落实情况\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["8650"]["value"], ms["8650"]["unit"], ms["8650"]["subject"]) == (86500000, "元", "白沙河堤防加固工程总投资")
    assert ms["21300"]["subject"] == "城北水厂扩建工程总投资"
    # (a 序号 number is no quantity; single spaces in prose make no table)
    assert "1" not in ms and "2" not in ms
    assert [m["surface"] for m in metrics("序号 为 1 的 项目。\n1 号 水厂 2 座\n")] == ["2 座"]


def test_a_table_whose_header_names_its_columns_with_single_spaces_is_a_table():
    body = ("近三年主要指标如下：\n指标名称 单位 2021年 2022年 2023年\n接待游客总人数 万人次 1862 2035 2518\n"
            "国民体质监测合格率 % 92.8 93.1 93.9\n从上表可见，指标持续向好。\n")
    ms = metrics(body)
    assert [(m["surface"], m["value"], m["unit"], m["subject"], m["period_start"].year) for m in ms] == [
        ("1862", 18620000, "人次", "接待游客总人数", 2021), ("2035", 20350000, "人次", "接待游客总人数", 2022),
        ("2518", 25180000, "人次", "接待游客总人数", 2023), ("92.8", 92.8, "%", "国民体质监测合格率", 2021),
        ("93.1", 93.1, "%", "国民体质监测合格率", 2022), ("93.9", 93.9, "%", "国民体质监测合格率", 2023)]
    # (prose with single spaces and a year is no table)
    assert [m["surface"] for m in metrics("会议 通过 2023年 计划 全文\n新建 公园 5个 绿道 3条\n")] == ["5个", "3条"]


def test_a_numbered_tables_cell_of_text_keeps_its_own_names():
    body = ("重点项目如下：\n序号 项目名称 建设内容 总投资（万元）\n1 东钱湖运动休闲公园 占地约12公顷，建设水上运动中心1座 86000\n"
            "2 韩岭古村文旅街区 改造民居48栋，新增业态60家 39000\n二、下一步工作\n")
    ms = {m["surface"]: m["subject"] for m in metrics(body)}
    assert ms == {"12公顷": "占地", "1座": "建设水上运动中心", "86000": "东钱湖运动休闲公园总投资",
                  "48栋": "改造民居", "60家": "业态", "39000": "韩岭古村文旅街区总投资"}


def test_a_table_by_year_with_units_in_its_headers_and_rows_with_text_cells():
    body = ("全市公积金情况如下：\n年度 缴存人数（万人） 缴存额（亿元） 贷款发放（笔）\n2021年 51.2 108.6 9826\n2022年 53.9 117.2 8743\n"
            "表2 重点项目\n项目名称 户数（户） 总投资（万元） 进度\n建设街道片区 1860 8650 已完工\n新城小区 936 4320 主体完工90%\n二、下一步工作\n")
    ms = [(m["surface"], m["value"], m["unit"], m["subject"], m["period_start"] and m["period_start"].year) for m in metrics(body)]
    assert ms[:6] == [("51.2", 512000, "人", "缴存人数", 2021), ("108.6", 10860000000, "元", "缴存额", 2021), ("9826", 9826, "笔", "贷款发放", 2021),
                      ("53.9", 539000, "人", "缴存人数", 2022), ("117.2", 11720000000, "元", "缴存额", 2022), ("8743", 8743, "笔", "贷款发放", 2022)]
    assert [(s, sub) for s, _, _, sub, _ in ms[6:]] == [("1860", "建设街道片区户数"), ("8650", "建设街道片区总投资"),
                                                   ("936", "新城小区户数"), ("4320", "新城小区总投资"), ("90%", "主体完工")]


def test_lines_wrapped_short_of_the_width_go_on_where_paragraphs_open_with_an_indent():
    body = ("　　近年来，我局会同各区（县、市）政府把老旧小区改造作为重大民生工程，取\n"
            "得了阶段性成效。一是改造规模稳步扩大。“十四五”期间全市计划\n"
            "改造老旧小区680个，2021年至2023年累计完成改造459\n"
            "个，惠及居民20.1万户，完成总投资65.8亿元，各年度完成情况见下表。\n"
            "　　二是加装电梯提速推进。截至2024年6月底，全市既有住宅累计完成加装电梯\n"
            "1526台，在建312台，今年1-6月新增完工238台，同比增\n"
            "长31.5%。市、区两级财政对每台加装电梯给予最高20万元补助，累计发\n"
            "放补助资金2.26亿元。三是配套设施同步完善。在改造中同步新\n"
            "增停车位约1.2万个，新建口袋公园47处，改造雨污管网约380公里。\n")
    ms = {m["surface"].replace("\n", ""): m for m in metrics(body)}
    assert (ms["459个"]["period_start"].year, ms["459个"]["period_end"].year) == (2021, 2023)
    assert ms["20.1万户"]["period_start"].year == 2021
    assert ms["31.5%"]["period_start"].month == 1 and ms["31.5%"]["period_end"].month == 6


def test_a_tab_separated_tables_qizhong_rows_thousands_commas_and_growth_of_months():
    body = ("单位：万元\n"
            "地区\t2023年\t2024年1-6月\t同比增长（%）\n"
            "柯城区\t5,820\t3,150\t8.2\n"
            "其中：城区\t4,100\t2,300\t-3.1\n"
            "衢江区\t6,400\t3,900\t6.5\n")
    ms = {m["surface"]: m for m in run(letter(body))["metrics"].to_dicts()}
    assert (ms["5,820"]["value"], ms["5,820"]["period_start"]) == (58_200_000, dt.date(2023, 1, 1))
    assert (ms["4,100"]["value"], ms["2,300"]["period_end"]) == (41_000_000, dt.date(2024, 6, 30))
    assert (ms["8.2"]["unit"], ms["8.2"]["period_start"], ms["8.2"]["period_end"]) == ("%", dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert ms["-3.1"]["value"] == -3.1


def test_an_ocrs_spaced_decimal_points_and_letter_l_for_one():
    text = "全市新增就业3 . 2万人，其中l2个乡镇，每千人口0. 6名。2O2l年投入l.85亿元。"
    ms = {m["surface"]: m for m in metrics(text)}
    assert (ms["3 . 2万人"]["value"], ms["l2个"]["value"], ms["0. 6名"]["value"]) == (32000, 12, 0.6)
    assert (ms["l.85亿元"]["value"], ms["l.85亿元"]["period_start"]) == (1.85e8, dt.date(2021, 1, 1))


def test_a_table_under_a_caption_noting_its_units_and_a_table_of_goals():
    body = ("附：2024年部分设区市公共充电设施情况（单位：万台、%）\n设区市 公共充电桩 其中直流桩 乡镇覆盖率\n"
            "南京市 3.62 2.15 100\n徐州市 1.45 0.88 95.2\n\n"
            "2025—2027年全省充电设施建设目标如下：\n年度 充电桩总量（万个） 乡镇覆盖率（%）\n2025年 60 95\n2026年 75 100\n")
    ms = {(m["surface"], m["char_start"]): m for m in run(letter(body))["metrics"].to_dicts()}
    by = {s: m for (s, _), m in ms.items()}
    assert (by["3.62"]["value"], by["3.62"]["unit"], by["3.62"]["subject"]) == (36200, "台", "南京市公共充电桩")
    assert (by["95.2"]["unit"], by["95.2"]["value"], by["2.15"]["subject"]) == ("%", 95.2, "南京市直流桩")
    assert by["3.62"]["kind"] == "actual" and by["60"]["kind"] == "target" and by["75"]["kind"] == "target"


def test_an_ocrs_one_before_its_zero_and_a_page_footer_between_dashes():
    body = ("全年总供水量l,l5O万立方米，水费收入约2l6O万元。\n\n— 第 1 页 共 3 页 —\n\n"
            "计划投资约l80O万元建设智慧管理平台。\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["l,l5O万立方米"]["value"], ms["2l6O万元"]["value"], ms["l80O万元"]["value"]) == (11_500_000, 21_600_000, 18_000_000)
    assert not any(m["unit"] == "页" for m in ms.values())


def test_a_table_whose_columns_runs_of_tabs_keep_apart():
    body = ("一、基本情况\n指标\t\t2022年\t\t2023年\n精神科编制床位（张）\t\t1750\t\t1820\n床位使用率（%）\t\t93.1\t\t97.6\n")
    ms = {(m["surface"], m["period_start"].year): m for m in metrics(body)}
    assert (ms[("1820", 2023)]["unit"], ms[("97.6", 2023)]["unit"]) == ("张", "%")


def test_a_wrapped_letters_date_set_under_its_signer_is_not_joined_to_the_contact_line_below():
    para = "全省农村寄宿制学校达标率达到百分之九十以上，配备生活教师和管理人员三千余人，改善办学条件的工作正在按计划推进，各地反映良好并取得明显成效。"
    wrapped = "\n".join("　　" * (k == 0) + para[k:k + 30] for k in range(0, len(para), 30))
    body = "一、基本情况\n" + "\n".join([wrapped] * 3) + "\n"
    pad = "　" * 18
    tail = f"\n　　感谢您的支持。\n\n{pad}河南省教育厅\n{pad}２０２３年６月２０日\n（联系人：张磊；联系电话：０３７１－６９６９１２３４）\n\n抄送：省政府办公厅。\n"
    h = run(letter(body, tail=tail))["letter_headers"].to_dicts()[0]
    assert (h["signed_date"], h["signature_agency"], h["contact_name"]) == (dt.date(2023, 6, 20), "河南省教育厅", "张磊")


def test_a_year_in_chinese_numerals_cut_by_the_wrapping_dates_what_follows():
    filler = "各地反映良好并取得明显成效，改善办学条件的工作正在按计划有序推进之中，群众满意度持续提升。"
    lead = "　　全省各地积极推进农业产业化经营，龙头企业带动作用增强。"
    para = lead[:30 - 3] + "二〇二三年，全省新增龙头企业一百二十余家，实现销售收入七千二百亿元。" + filler * 2
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]  # (the first line ends inside the year)
    body = "一、基本情况\n" + "\n".join(lines) + "\n" + "\n".join(("　　" + filler)[k:k + 30] for k in range(0, 60, 30)) + "\n"
    ms = {m["surface"]: m for m in metrics(body)}
    assert ms["七千二百亿元"]["period_start"] == dt.date(2023, 1, 1)


def test_a_letter_scraped_as_one_line_keeps_a_section_whose_paragraph_runs_into_its_plan():
    body = ("一、关于加强运维的建议 全市建成设施1200座，运行率达到95%以上，群众满意度持续提升，各地反映良好。" + "运维管理工作有序推进，长效机制逐步健全。" * 6 +
            "二、关于完善资金的建议 市级财政按每吨每年120元给予运维补助，单个设施年度补助不超过5万元。"
            "三、关于数字化监管的建议 全市安装在线监测终端2316套，数据联网率达98.5%以上。下一步，我局将（一）加快提标改造。力争到2025年底完成改造300座；"
            "（二）强化资金保障。积极争取专项资金。")
    text = letter(body).replace("\n", " ")
    out = run(text)
    assert out["suggestions"].height == 3
    assert [c["suggestion_no"] for c in out["commitments"].sort("char_start").to_dicts()] == [3, 3]


def test_a_spaced_table_whose_rows_leave_their_last_cell_empty():
    body = ("一、住院待遇\n具体标准如下：\n医疗机构级别  起付线  政策范围内报销比例  备注\n一级及以下  300元  90%  \n二级  600元  80%  \n"
            "三级  1000元  70%  市外就医另行规定\n以上标准自2024年起执行。\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["600元"]["kind"], ms["600元"]["subject"], ms["70%"]["subject"]) == ("policy", "二级起付线", "三级政策范围内报销比例")


def test_a_table_a_web_page_flattened_onto_one_line():
    body = ("一、基本情况\n主要港口2024年运行情况：港口 泊位数（个） 吞吐量（万吨） 集装箱（万标箱） 周口港 72 3820 7.8 信阳港 41 1160 1.2\n"
            "2020年部分市农村供水情况：市\t自来水普及率\t水费收缴率\t合肥市\t98.5%\t96%\t阜阳市\t81.3%\t79%\n二、下一步工作\n")
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start").to_dicts()
    assert [(m["surface"], m["value"], m["unit"], m["subject"], m["period_start"]) for m in ms[:3]] == [
        ("72", 72, "个", "周口港泊位数", dt.date(2024, 1, 1)), ("3820", 3.82e7, "吨", "周口港吞吐量", dt.date(2024, 1, 1)),
        ("7.8", 78000, "标箱", "周口港集装箱", dt.date(2024, 1, 1))]
    assert [m["subject"] for m in ms[3:]] == ["信阳港泊位数", "信阳港吞吐量", "信阳港集装箱", "合肥市自来水普及率", "合肥市水费收缴率",
                                              "阜阳市自来水普及率", "阜阳市水费收缴率"]
    assert all(text[m["char_start"]:m["char_end"]] == m["surface"] for m in ms)
    # (a sentence with numbers apart by spaces is no table)
    assert [m["surface"] for m in metrics("全市新增企业 12 家 30 家，合计 42 家。")] == ["12 家", "30 家", "42 家"]


def test_a_page_break_inside_a_plans_item_leaves_it_whole():
    body = ("一、基本情况\n全市共有医师3200名。\n二、下一步工作打算\n（一）扩大人才总量。继续实施农村订单定向医学生培养项目，\n\n— 2 —\n\n"
            "测科提复〔2024〕7号\n每年招录不少于100名。\n（二）提高待遇水平。推动基层人员收入逐步提高。\n")
    items = run(letter(body))["commitments"].sort("char_start")["body"].to_list()
    assert items[0].startswith("（一）扩大人才总量。") and items[0].endswith("每年招录不少于100名。") and len(items) == 2


def test_a_tables_year_header_with_its_measure_and_unit_and_a_rate_column_in_rows_by_year():
    body = ("一、基本情况\n全市运动员情况如下：\n| 项目 | 2023年省运会金牌（枚） | 在训运动员（人） |\n| 游泳 | 24 | 860 |\n"
            "近三年我市政府债券情况如下（单位：亿元）：\n年份\t新增债券额度\t支出进度\n2022年\t168.2\t98.5%\n2023年\t190.4\t99.1%\n二、下一步工作\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["24"]["subject"], ms["24"]["period_start"], ms["860"]["subject"]) == ("游泳省运会金牌", dt.date(2023, 1, 1), "游泳在训运动员")
    assert (ms["98.5%"]["subject"], ms["98.5%"]["period_start"], ms["168.2"]["subject"]) == ("支出进度", dt.date(2022, 1, 1), "新增债券额度")


def test_a_one_line_table_after_a_gap_with_rows_by_year_and_a_planned_row():
    body = ("一、基本情况\n表1 2021—2023年全市城镇老旧小区改造情况： 年度 小区数（个） 户数（户） 总投资（亿元） "
            "2021年 168 22347 8.7 2022年 138 19215 8.1 2023年（计划） 106 17038 6.8\n二、下一步工作\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert [(ms[s]["subject"], ms[s]["period_start"], ms[s]["kind"]) for s in ("168", "19215", "6.8")] == [
        ("小区数", dt.date(2021, 1, 1), "actual"), ("户数", dt.date(2022, 1, 1), "actual"), ("总投资", dt.date(2023, 1, 1), "target")]


def test_a_bare_percent_header_a_goal_column_beside_a_growth_one_and_a_goals_measure():
    body = ("一、基本情况\n主要指标如下（单位：亿元）：\n| 指标 | 2023年 | 同比增长% | 2024年目标 |\n| 社会消费品零售总额 | 1200 | 15.4 | 1300 |\n"
            "重点项目：\n| 项目 | 年度计划投资（亿元） | 完成投资（亿元） |\n| 轨道交通 | 1180 | 620 |\n二、下一步工作\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["15.4"]["unit"], ms["15.4"]["value"], ms["15.4"]["period_start"]) == ("%", 15.4, dt.date(2023, 1, 1))
    assert (ms["1180"]["subject"], ms["1180"]["kind"], ms["620"]["subject"]) == ("轨道交通年度计划投资", "target", "轨道交通完成投资")


def test_a_table_is_dated_by_its_caption_a_point_its_paragraph_is_told_at_or_a_time_it_opens_with():
    # (a year of one part of the paragraph dates nothing: 其中，2022年完成…; a cell with its unit and
    # a cap's word is named by its row and column too, 每部最高20万元)
    body = ("一、基本情况\n截至2023年5月底，全省累计完成加装电梯9862部。其中，2022年完成加装2415部。各设区市情况如下：\n"
            "设区市 已完成加装（部） 在建（部） 市级补助标准\n南京市 2683 312 每部最高20万元\n苏州市 1957 265 每部15万元\n"
            "二、物业服务\n普通住宅物业服务收费基准价分为三级，具体如下：\n服务等级 收费基准价（元/平方米·月） 执行小区（个）\n"
            "一级 1.80 1036\n二级 1.50 2187\n"
            "三、资金\n2024年，全省保费收入14.86亿元，较2022年翻了一番。各险种情况如下：\n险种 承保（家次） 保费补贴（万元）\n首台套综合险 137 13840\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["2683"]["period_start"], ms["2683"]["period_end"]) == (None, dt.date(2023, 5, 31))
    assert ms["20万元"]["subject"] == "南京市市级补助标准" and ms["15万元"]["subject"] == "苏州市市级补助标准"
    assert (ms["1.80"]["unit"], ms["1.80"]["subject"], ms["1036"]["subject"]) == ("元/平方米·月", "一级收费基准价", "一级执行小区")
    assert (ms["137"]["period_start"], ms["137"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_small_tortoise_shell_brackets_in_a_doc_number_and_a_gbk_only_simplified_character_stays():
    text = letter("一、基本情况\n蟳埔村共有民宿12家。\n", head=HEAD.replace("测科提复〔2024〕7号", "嘉税建﹝２０２２﹞９号"))
    t = run(text)
    h = t["letter_headers"].to_dicts()[0]
    assert (h["issuer_code"], h["doc_year"], h["doc_serial"]) == ("嘉税", 2022, 9)
    assert "蟳埔村" in t["metrics"]["subject"][0]


def test_markdown_heading_marks_are_read_through():
    text = ("# 关于市政协九届二次会议12号提案的答复函\n\n李明委员：\n您所提的《关于测试的提案》收悉。现答复如下：\n"
            "## 一、基本情况\n### （一）总体进展\n全市跨境电商企业812家。\n## 二、下一步工作\n下一步，我局将新增海外仓20个。\n\n测试市商务局\n2025年6月1日\n")
    t = run(text)
    assert t["letter_headers"]["title"].to_list() == ["关于市政协九届二次会议12号提案的答复函"]
    assert t["sections"].filter(pl.col("level") == 1)["heading"].to_list() == ["基本情况", "下一步工作"]
    ms = {m["surface"]: m for m in t["metrics"].to_dicts()}
    assert (ms["812家"]["suggestion_no"], ms["20个"]["suggestion_no"]) == (1, 2) and text[ms["812家"]["char_start"]:ms["812家"]["char_end"]] == "812家"


def test_a_paragraph_a_copy_broke_mid_sentence_goes_on_in_the_unindented_line():
    body = ("　　一、工作现状\n　　2025年全县生活垃圾清运总量达到25.7万吨，其中城镇生活垃圾\n19.8万吨；生活垃圾回收利用率达到63.5%。\n"
            "　　（二）聚焦“医生少、护士缺”，加强人员配备\n表2 人员情况\n　　全县共有医生120名，护士\n200名。\n"
            "　　（三）强化保障。全年投入资金500万元。\n　　（四）加强宣传。开展活动12场。\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["19.8万吨"]["subject"], ms["19.8万吨"]["period_start"]) == ("城镇生活垃圾", dt.date(2025, 1, 1))
    assert ms["200名"]["subject"] == "护士"
    # (a heading of its own line goes on in nothing)
    sections = run(letter(body))["sections"]
    assert "聚焦“医生少、护士缺”，加强人员配备" in sections["heading"].to_list()


def test_a_hyphenated_proposal_number_keeps_its_year_and_a_contact_before_a_mobile_is_named():
    h = header(letter("新增企业5家。\n", head="对省十四届人大四次会议第2026-0387号建议的答复\n周振国代表：\n您提出的建议收悉。\n",
                      tail="\n测试市科学技术局\n2024年6月1日\n联系人：黄晓东　　手机：15906778812\n"))
    assert (h["proposal_no"], h["contact_name"], h["contact_phone"]) == ("2026-0387", "黄晓东", "15906778812")


def test_a_co_handlers_opinion_labelled_with_the_lead_deputy_is_a_deputys():
    head = ("关于对市十七届人大一次会议第86号建议的会办意见\n市住房和城乡建设局：\n由你局主办、我局会办的市十七届人大一次会议第86号建议"
            "《关于加大保障性租赁住房供给的建议》（领衔代表：陈志强，附议代表：吴海燕）收悉。现将会办意见函告如下：\n")
    h = header(letter("新增企业5家。\n", head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("陈志强", "deputy")


def test_a_co_handlers_opinion_names_the_proposer_before_the_meeting_it_was_proposed_at():
    head = ("关于市政协五届三次会议第89号提案的会办意见\n市文化和广电旅游体育局：\n贵局转来的叶建明委员在市政协五届三次会议上提出的"
            "《关于支持文旅产业发展的提案》收悉。现将会办意见函告如下：\n")
    h = header(letter("新增企业5家。\n", head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("叶建明", "member")


def test_a_blank_line_a_web_copy_left_inside_a_sentence_before_a_count_is_joined():
    body = "今年1月至8月，我镇完成道路日常修补1.2万平方米，清理边沟塌方\n\n58处，投入养护资金63万元。\n二、下一步工作，全县将新增\n2023年，完成投资5亿元。\n"
    text = letter(body)
    ms = run(text)["metrics"].sort("char_start").to_dicts()
    by = {m["surface"]: m for m in ms}
    assert (by["58处"]["subject"], by["58处"]["period_end"]) == ("清理边沟塌方", dt.date(2024, 8, 31))
    assert all(text[m["char_start"]:m["char_end"]] == m["surface"] for m in ms)
    assert by["5亿元"]["period_end"] == dt.date(2023, 12, 31)


def test_a_copy_that_broke_most_of_its_sentences_is_joined_where_paragraphs_open_with_an_indent():
    # (the pieces after the breaks are no paragraphs: only the lines after a closed line count)
    body = ("　　一、基本情况\n　　近年来，我市持续推进国土绿化。2023年全市完成造林\n1.2万亩，完成率120%，森林抚育\n18.6万亩，惠及林农\n约21万户。\n"
            "　　（一）加强队伍建设。全市配备四级林长\n5932名，护林员\n3100余名。\n"
            "　　（二）强化资金保障。全年发放补偿资金\n1.27亿元。\n　　（三）完善机制。建立联防区8个。\n")
    ms = {m["surface"].replace("\n", ""): m for m in metrics(body)}
    assert (ms["1.2万亩"]["value"], ms["1.2万亩"]["subject"], ms["1.2万亩"]["period_start"]) == (12000, "造林", dt.date(2023, 1, 1))
    assert (ms["18.6万亩"]["subject"], ms["18.6万亩"]["period_start"]) == ("森林抚育", dt.date(2023, 1, 1))
    assert (ms["21万户"]["qualifier"], ms["21万户"]["period_start"]) == ("approx", dt.date(2023, 1, 1))
    assert (ms["21万户"]["subject"], ms["5932名"]["subject"]) == ("惠及林农", "配备四级林长")


def test_a_wrapped_copys_title_is_not_joined_to_the_doc_number_below_it():
    para = "全县共有小型山塘三百一十八口，其中重点山塘一百零六口，近年来通过除险加固和日常巡查管护，山塘安全状况总体平稳，群众满意度不断提高。"
    wrapped = "\n".join("　　" * (k == 0) + para[k:k + 28] for k in range(0, len(para), 28))
    head = "桃江县水利局\n关于县政协十二届三次会议第23号提案的答复\n桃水提复〔2024〕3号\n\n县政协农业和农村委员会：\n　　贵委提出的《关于加强山塘管理的提案》收悉。现答复如下：\n"
    h = run(letter("一、基本情况\n" + "\n".join([wrapped] * 3) + "\n", head=head))["letter_headers"].to_dicts()[0]
    assert (h["doc_number"], h["title"]) == ("桃水提复〔2024〕3号", "桃江县水利局关于县政协十二届三次会议第23号提案的答复")


def test_a_cited_doc_number_a_wrap_put_first_on_a_line_goes_on_with_its_sentence():
    from orchestration.extraction.wrapping import continued
    para = ("按照省财政厅关于做好困难群众救助资金保障工作的通知精神（浙财社〔2023〕12号）要求，全市各级财政部门积极筹措资金，"
            "确保救助资金及时足额发放到位，群众满意度持续提升，各地反映良好并取得明显成效，工作机制不断健全完善。")
    cut = para.index("浙财社")
    lines = [para[:cut], para[cut:cut + 30], para[cut + 30:cut + 60], para[cut + 60:]]
    lines = [lines[0][k:k + 30] for k in range(0, len(lines[0]), 30)] + lines[1:]
    flags = continued(lines * 2)
    assert flags[[i for i, line in enumerate(lines) if line.startswith("浙财社")][0] - 1]
