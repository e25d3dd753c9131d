"""Section tree, suggestions and commitments."""
import polars as pl

from .letters import HEAD, letter, run

SECTIONED = (
    "提案提出的建议很有意义。\n"
    "一、关于“激发企业创新动力”的建议\n"
    "近年来，我市做了很多工作：\n"
    "（一）产业链长制领跑全省。内容。\n"
    "（二）企业梯队培育渐次成型。内容。\n"
    "下步，我市将持续推进建设。\n"
    "（一）加快集群培育。力争全年产值突破9500亿元。\n"
    "（二）推动数实融合。全年新增项目30个以上。\n"
    "二、关于“强化科技应用性”的建议\n"
    "近年来，我市积极推进。\n"
    "下一步，市科技局将扎实推进成果转化，加快体系建设。\n"
    "  三、关于“优化基金运作”的建议\n"
    "近年来，我市发挥基金作用。\n"
    "下一步，我市将持续优化投资氛围。\n"
    "1.持续推进基金业发展。内容。\n"
    "2.深入挖掘培育科创企业上市。内容。\n"
)


def test_sections_tree_and_paths():
    out = run(letter(SECTIONED))
    secs = out["sections"]
    top = secs.filter(secs["level"] == 1)
    assert top["ordinal"].to_list() == [1, 2, 3]
    paths = secs.filter(secs["level"] == 2)["path"].to_list()
    assert paths == ["一、/（一）", "一、/（二）", "一、/（一）", "一、/（二）"]
    assert secs.filter(secs["level"] == 2)["in_plan"].to_list() == [False, False, True, True]


def test_suggestions_answer_top_level_sections():
    sug = run(letter(SECTIONED))["suggestions"]
    assert sug["suggestion_no"].to_list() == [1, 2, 3]
    assert sug["topic"].to_list() == ["激发企业创新动力", "强化科技应用性", "优化基金运作"]


def test_commitments_per_suggestion():
    text = letter(SECTIONED)
    com = run(text)["commitments"]
    got = [(r["suggestion_no"], r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)]
    assert got == [
        (1, 1, "加快集群培育"),
        (1, 2, "推动数实融合"),
        (2, 1, "市科技局将扎实推进成果转化"),
        (3, 1, "持续推进基金业发展"),
        (3, 2, "深入挖掘培育科创企业上市"),
    ]
    for r in com.iter_rows(named=True):
        assert text[r["char_start"]:r["char_end"]] == r["body"]
        assert "\n" not in r["body"].strip()
    assert com["horizon_year"].to_list() == [2024, 2024, None, None, None]


def test_plan_without_sections_and_numbered_items():
    body = "近年来，我市做了工作。\n下步，我们将聚焦以下几个方面。\n1.进一步培育创新主体。内容。\n2.进一步优化要素供给。内容。\n"
    com = run(letter(body))["commitments"]
    assert [(r["suggestion_no"], r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (None, 1, "进一步培育创新主体"), (None, 2, "进一步优化要素供给")]


def test_inline_next_step_in_a_paragraph():
    body = "我局高度重视，拟作为一项建设计划报请市政府。下一步，我们将依照建设规划，逐步实施。\n"
    com = run(letter(body))["commitments"]
    assert com.height == 1
    row = com.row(0, named=True)
    assert row["heading"] == "我们将依照建设规划"
    assert row["body"].startswith("下一步")


def test_letters_cut_into_chunks_give_what_one_chunk_gives(monkeypatch):
    import orchestration.extraction as extraction

    texts = [letter(SECTIONED), letter("下步，我们将：\n1.培育主体。新增企业20家。\n"), letter("今年新增企业5家。\n"),
             letter("| 指标 | 2023年 |\n| 企业数量（家） | 12 |\n"), letter("截至2023年底，共有企业30家。\n")]
    whole = run(*texts)
    monkeypatch.setattr(extraction, "MAX_CHUNK", 2)  # three chunks of at most two letters
    cut = run(*texts)
    for name in whole:
        assert cut[name].equals(whole[name]), name


def test_no_plan_no_commitments():
    assert run(letter("我局已办理完毕。\n"))["commitments"].height == 0


def test_many_letters_at_once_match_one_at_a_time():
    a, b = letter(SECTIONED), letter("下步，我们将：\n1.培育主体。新增企业20家。\n")
    both = run(a, b)
    for name in ("letter_headers", "sections", "commitments", "metrics"):
        alone = __import__("polars").concat([run(a)[name], run(b)[name]])
        assert both[name].sort(both[name].columns[:2]).equals(alone.sort(alone.columns[:2])), name


def test_texts_that_are_not_reply_letters_yield_no_facts():
    notice = "关于开展2024年度科技项目申报工作的通知\n各有关单位：\n现将申报工作通知如下：今年安排资金500万元。\n"
    news = "本报讯 昨日，市政协召开提案工作座谈会，委员们围绕产业发展提出建议30余条。\n"
    out = run(letter("新增企业5家。\n"), notice, news)
    assert out["letter_headers"].height == 1
    assert out["metrics"]["surface"].to_list() == ["5家"]
    assert run(notice)["letter_headers"].height == 0


def test_a_plan_closes_sub_sections_but_not_its_top_level_section():
    text = letter(SECTIONED)
    secs = run(text)["sections"]
    top = secs.filter(secs["level"] == 1).sort("char_start")
    plan = text.index("下步，我市将")
    assert top["char_end"][0] > plan
    first_sub = secs.filter((secs["level"] == 2)).sort("char_start").row(1, named=True)
    assert first_sub["char_end"] <= plan
    assert text[top["char_start"][1]:].startswith("二、")
    assert top["char_end"][0] <= top["char_start"][1]


def test_plan_items_listed_as_yi_shi_on_lines_of_their_own():
    body = (
        "一、工作开展情况\n今年新增企业5家。\n"
        "二、下一步工作打算\n"
        "一是持续加大投入。2025年计划安排补助资金不少于80亿元。\n"
        "二是优化资金分配。\n"
        "三是强化绩效管理。\n"
    )
    text = letter(body)
    out = run(text)
    com = out["commitments"]
    assert [(r["suggestion_no"], r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (2, 1, "持续加大投入"), (2, 2, "优化资金分配"), (2, 3, "强化绩效管理")]
    assert [text[r["char_start"]:r["char_end"]] for r in com.iter_rows(named=True)] == [
        "一是持续加大投入。2025年计划安排补助资金不少于80亿元。", "二是优化资金分配。", "三是强化绩效管理。"]
    # What an item holds is a target of that item.
    target = out["metrics"].filter(out["metrics"]["surface"] == "80亿元").row(0, named=True)
    assert (target["kind"], target["commitment_ordinal"]) == ("target", 1)


def test_plan_items_listed_as_yi_shi_within_one_paragraph():
    body = "近年来，我局做了工作。\n下一步，我局将从以下方面推进：一是加大资金投入，力争新建农田2万亩；二是健全管护机制；三是加强质量监管。\n"
    text = letter(body)
    com = run(text)["commitments"]
    assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (1, "加大资金投入"), (2, "健全管护机制"), (3, "加强质量监管")]
    assert [text[r["char_start"]:r["char_end"]] for r in com.iter_rows(named=True)] == [
        "一是加大资金投入，力争新建农田2万亩", "二是健全管护机制", "三是加强质量监管。"]


def test_a_lone_yi_shi_or_one_outside_a_plan_is_not_a_list_of_commitments():
    # 一是 without 二是 leaves the plan paragraph as the one commitment; 一是/二是 in the
    # account of past work are not commitments at all.
    body = "一是加强统筹。二是强化保障。\n下一步，我们将继续推进，一是抓好落实。\n"
    com = run(letter(body))["commitments"]
    assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [(1, "我们将继续推进")]


def test_a_numbered_items_heading_is_its_first_sentence_a_listed_items_its_first_clause():
    # …unless the sentence goes on to figures: those are the item's content, not its heading
    body = "下一步，我局将重点做好以下工作：1．推动服务提质增效，今年新建服务中心20家；2．坚持规划引领，优化产业布局。\n"
    com = run(letter(body))["commitments"]
    assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (1, "推动服务提质增效"), (2, "坚持规划引领，优化产业布局")]
    body = "下一步，我局将：一是推动服务提质增效，今年新建服务中心20家；二是加强人才培养。\n"
    com = run(letter(body))["commitments"]
    assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [(1, "推动服务提质增效"), (2, "加强人才培养")]


def test_a_plan_heading_below_the_top_level_when_the_letters_sections_start_at_yi_in_brackets():
    body = (
        "（一）发展情况。全市共开通公交线路412条。\n"
        "（二）存在的主要问题。部分线路客流较少。\n"
        "（三）下一步工作打算。\n"
        "1.优化线网布局。2024年优化调整公交线路30条。\n"
        "2.提升服务水平。年内开通定制公交线路不少于15条。\n"
    )
    out = run(letter(body))
    com = out["commitments"]
    assert [(r["suggestion_no"], r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
        (None, 1, "优化线网布局"), (None, 2, "提升服务水平")]
    kinds = {m["surface"]: m["kind"] for m in out["metrics"].iter_rows(named=True)}
    assert kinds == {"412条": "actual", "30条": "target", "15条": "target"}


def test_a_plan_heading_without_items_commits_to_what_its_section_says():
    body = ("一、关于码头改造\n累计完成改造12座。\n二、关于下一步打算\n"
            "我局将持续推进海岛交通建设，计划于2025年底前完成剩余10座码头的改造。\n")
    text = letter(body)
    com = run(text)["commitments"].row(0, named=True)
    assert (com["suggestion_no"], com["ordinal"], com["heading"], com["horizon_year"]) == (2, 1, "我局将持续推进海岛交通建设", 2025)
    assert text[com["char_start"]:com["char_end"]] == "我局将持续推进海岛交通建设，计划于2025年底前完成剩余10座码头的改造。"


def test_a_lead_in_to_what_will_be_done_opens_a_plan_without_the_word_next_step():
    body = (
        "一、工作开展情况\n今年以来，我局新建公园5个。\n二、存在问题\n建设资金不足。\n"
        "我们将认真研究吸收您的建议，重点做好以下工作：\n"
        "1.加快公园建设。力争明年新建公园3个。\n2.加强日常管养。\n3.完善配套设施。\n"
    )
    com = run(letter(body))["commitments"]
    assert [(r["suggestion_no"], r["ordinal"], r["heading"], r["horizon_year"]) for r in com.iter_rows(named=True)] == [
        (2, 1, "加快公园建设", 2025), (2, 2, "加强日常管养", None), (2, 3, "完善配套设施", None)]


def test_a_report_of_what_was_done_is_not_a_plan_lead_in():
    for lead in ("现将有关办理情况报告如下：", "今年主要做了以下工作：", "现将相关情况说明如下："):
        body = f"{lead}\n1.新建公园5个。\n2.改造公园2个。\n"
        assert run(letter(body))["commitments"].height == 0, lead


def test_plan_items_numbered_inline_within_one_paragraph():
    for marks in (("（1）", "（2）", "（3）"), ("1、", "2、", "3、"), ("（一）", "（二）", "（三）")):
        body = (f"今年新建公园5个。\n下一步，我局将重点做好以下工作：{marks[0]}加快公园建设，力争新建公园3个；"
                f"{marks[1]}加强日常管养；{marks[2]}完善配套设施。\n")
        text = letter(body)
        com = run(text)["commitments"]
        assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [
            (1, "加快公园建设"), (2, "加强日常管养"), (3, "完善配套设施")], marks
        assert [text[r["char_start"]:r["char_end"]] for r in com.iter_rows(named=True)] == [
            f"{marks[0]}加快公园建设，力争新建公园3个", f"{marks[1]}加强日常管养", f"{marks[2]}完善配套设施。"]


def test_an_inline_list_keeps_to_the_kind_of_marker_it_starts_with():
    # 一是…二是… holding its own （1）（2）: the items are the 一是 ones.
    body = "下一步，我局将：一是加快建设：（1）新建公园；（2）改造绿道；二是加强管养。\n"
    com = run(letter(body))["commitments"]
    assert [(r["ordinal"], r["heading"]) for r in com.iter_rows(named=True)] == [(1, "加快建设"), (2, "加强管养")]


def test_a_five_year_plan_sets_a_commitments_horizon_to_its_last_year():
    body = "一、工作情况\n新增学位9800个。\n二、下一步打算\n（一）“十四五”期间再新增中小学学位1.5万个。\n（二）优化招生政策。\n"
    com = run(letter(body))["commitments"]
    assert com["horizon_year"].to_list() == [2025, None]


def test_a_span_of_years_sets_no_horizon():
    # 三年内 is a span from now, not this year's 年内.
    body = "一、工作情况\n新增学位9800个。\n二、下一步打算\n（一）力争三年内培训护理员5000人次。\n（二）年内新建养老机构3家。\n"
    com = run(letter(body))["commitments"]
    assert com["horizon_year"].to_list() == [None, 2024]


def test_thanks_that_lead_into_the_answer_do_not_close_the_body():
    head = HEAD.replace("收悉。现答复如下：", "收悉。感谢您对我市商务工作的关心和支持。经认真研究，现答复如下：")
    body = "一是完善政策。2023年兑现资金1.2亿元。\n下一步，我局将重点做好以下工作：一是扩大规模；二是加强培育。\n"
    out = run(letter(body, head=head))
    assert out["metrics"]["surface"].to_list() == ["1.2亿元"]
    assert out["commitments"]["heading"].to_list() == ["扩大规模", "加强培育"]
    # (with a full stop after the lead-in too)
    head = HEAD.replace("收悉。现答复如下：", "收悉。感谢您对我市港口发展的关心。经认真研究，现将有关情况答复如下。")
    assert run(letter(body, head=head))["metrics"]["surface"].to_list() == ["1.2亿元"]


def test_thanks_addressed_to_the_proposers_by_name_close_the_body():
    body = "二、下一步打算\n（一）加大创业扶持。力争新增扶持创业400户以上。\n王立军委员、罗晓梅委员，感谢你们对我区工作的支持。\n"
    com = run(letter(body, tail="\n测试市科学技术局\n2024年6月1日\n"))["commitments"]
    assert com["body"].to_list() == ["（一）加大创业扶持。力争新增扶持创业400户以上。"]


def test_a_horizon_is_a_spans_end_and_not_a_titles_year():
    body = ("二、下一步打算\n（一）科学编制学位规划。落实《教育发展规划（2024—2035年）》，2025年新增学位5000个。\n"
            "（二）实施提升行动。2025年至2027年新建公厕300座。\n（三）落实《三年行动计划（2025—2027年）》。\n")
    com = run(letter(body))["commitments"]
    assert com["horizon_year"].to_list() == [2025, 2027, 2027]


def test_a_report_of_the_plan_itself_opens_it():
    body = "现将下一步工作安排答复如下：\n（一）建设夜间文旅消费集聚区。力争2025年建成3个。\n（二）丰富演艺供给。全年开展演出50场。\n"
    out = run(letter(body))
    assert out["commitments"]["heading"].to_list() == ["建设夜间文旅消费集聚区", "丰富演艺供给"]
    assert out["metrics"]["kind"].to_list() == ["target", "target"]


def test_the_base_of_a_comparison_sets_no_horizon():
    body = "一、工作情况\n新增学位9800个。\n二、下一步打算\n（一）深化人才培育。全年培训人才较2023年增长两成。\n"
    assert run(letter(body))["commitments"]["horizon_year"].to_list() == [2024]


def test_an_item_written_inline_is_headed_by_its_first_clause():
    body = ("二、下一步打算\n（一）推进载体提档升级，力争2025年新增省级以上孵化载体8家，全市在孵企业数突破3000家；"
            "（二）探索“飞地孵化”模式，在杭州等地布局离岸孵化器2-3个；（三）加强人才招引。\n")
    com = run(letter(body))["commitments"]
    assert com["heading"].to_list() == ["推进载体提档升级", "探索“飞地孵化”模式", "加强人才招引"]


def test_a_numbered_list_of_attachments_after_the_date_is_not_the_body():
    tail = ("\n感谢您的支持。\n\n测试市科学技术局\n2024年6月1日\n\n"
            "附件：1.在建项目清单\n      2.办理情况征求意见表\n\n联系人：张三\n")
    body = "一、关于项目建设\n新建项目12个。\n下一步，我局将指导各地完善规划，年底前再建5个。\n"
    com = run(letter(body, tail=tail))["commitments"]
    assert (com["suggestion_no"].to_list(), com["heading"].to_list()) == ([1], ["我局将指导各地完善规划"])


def test_a_time_leading_an_item_is_its_horizon_not_its_heading():
    body = "下一步，我局将：一是加大研发投入，新增研发机构20家；二是到2026年，实现规上工业企业研发机构设置率达到65%。\n"
    com = run(letter(body))["commitments"]
    assert com["heading"].to_list() == ["加大研发投入", "实现规上工业企业研发机构设置率达到65%"]
    assert com["horizon_year"].to_list()[1] == 2026


def test_a_plan_heading_then_items_listed_in_words():
    body = ("一、关于停车的建议\n（一）工作开展情况\n全市新增泊位1200个。\n（二）下一步打算\n"
            "一是加快智慧化改造，年底前再完成1.5万个泊位改造；二是开展泊位动态评估，每半年评估一次。\n"
            "二、关于摊点的建议\n新增摊点20处。\n")
    com = run(letter(body))["commitments"]
    assert list(zip(com["suggestion_no"], com["ordinal"], com["heading"])) == [(1, 1, "加快智慧化改造"), (1, 2, "开展泊位动态评估")]


def test_a_plan_of_paragraphs_each_opening_with_its_plan_word():
    body = ("全市新增泊位1200个。\n下一步，我局将坚持规划引领，力争新增泊位2000个。\n"
            "下阶段，我们将深化低效用地再开发试点，年内新增4150亩。\n今后，我局还将持续完善用地政策，新增公共停车泊位不少于2000个。\n")
    out = run(letter(body))
    assert out["commitments"]["ordinal"].to_list() == [1, 2, 3]
    assert out["metrics"]["kind"].to_list() == ["actual", "target", "target", "target"]


def test_items_listed_right_after_jiang():
    body = "三、关于成果转化\n新增企业5家。\n下一步，我厅将一是力争技术合同成交额达到5000亿元以上；二是新组建创新联合体8个左右。\n"
    assert run(letter(body))["commitments"]["heading"].to_list() == ["力争技术合同成交额达到5000亿元以上", "新组建创新联合体8个左右"]


def test_a_paragraph_closing_with_a_plan_word_and_a_colon_leads_into_the_items_below():
    body = ("一、关于图书馆\n全县已建成乡镇分馆20个。部分书屋更新慢。下一步，我们打算做好两件事：\n"
            "（一）推动图书通借通还。今年底前新增图书流通点30个。\n（二）给书屋换血。每年补充新书不少于2万册。\n"
            "二、关于健身场地\n初步筛选出可利用地块11处。下一步：\n（一）建设嵌入式场地。新建百姓健身房6个。\n（二）推进学校场地开放。\n")
    out = run(letter(body))
    com = out["commitments"]
    assert list(zip(com["suggestion_no"], com["ordinal"], com["heading"])) == [
        (1, 1, "推动图书通借通还"), (1, 2, "给书屋换血"), (2, 1, "建设嵌入式场地"), (2, 2, "推进学校场地开放")]
    kinds = dict(zip(out["metrics"]["surface"], out["metrics"]["kind"]))
    assert [kinds[s] for s in ("20个", "30个", "2万册", "11处", "6个")] == ["actual", "target", "target", "actual", "target"]


def test_a_point_by_point_reply_sections_by_the_suggestions_it_restates():
    body = ("建议一：增加社区卫生服务中心住院床位。\n答复：部分采纳。全市共有社区卫生服务中心46家。下一步，2024年计划新增康复护理床位200张。\n"
            "建议二：提高家庭医生签约服务费。\n答复：已采纳。签约居民286.4万人。下一步，今年内将家庭医生团队增至1600个以上。\n")
    out = run(letter(body))
    top = out["sections"].filter(out["sections"]["level"] == 1)
    assert top["ordinal"].to_list() == [1, 2]
    c = out["commitments"].sort("char_start")
    assert c["suggestion_no"].to_list() == [1, 2]
    assert c["heading"].to_list()[1] == "家庭医生团队增至1600个以上"
    m = {r["surface"]: r for r in out["metrics"].to_dicts()}
    assert (m["46家"]["suggestion_no"], m["46家"]["kind"]) == (1, "actual")
    assert (m["1600个以上"]["suggestion_no"], m["1600个以上"]["kind"]) == (2, "target")


def test_a_run_of_points_opened_by_zaici_does_not_close_the_letter():
    body = ("首先，完善服务网络。全市建成站点120个。\n其次，强化资金保障。投入资金3000万元。\n"
            "再次，开展技能提升。培训养老护理员3100余人次。\n最后，加强宣传引导。发放资料5万份。\n")
    surfaces = [m["surface"] for m in run(letter(body))["metrics"].sort("char_start").to_dicts()]
    assert surfaces == ["120个", "3000万元", "3100余人次", "5万份"]


def test_plan_items_numbered_with_circled_or_half_bracketed_numbers():
    for items in ("①2024年底前，完成提标改造200处以上。②2025年，水质达标率稳定在95%以上。",
                  "1）实施“金蓝领”培育行动。2）每年举办技能竞赛不少于20项。"):
        body = "一、工作情况\n全市已建成站点120个。\n下步工作思路\n" + items + "\n"
        c = run(letter(body))["commitments"].sort("char_start")
        assert c["ordinal"].to_list() == [1, 2]
        assert not any(h.startswith(("①", "1）")) for h in c["heading"].to_list())


def test_a_report_of_what_was_done_is_no_plan_lead_in():
    body = ("对此，我局高度重视，将提案办理与年度重点工作结合推进，具体情况如下：\n一、关于加大科技人才引育力度\n"
            "2023年新引进国家级领军人才7名。\n下一步，我局将迭代人才政策体系，到2025年引育领军人才150名。\n")
    out = run(letter(body))
    assert out["commitments"]["suggestion_no"].to_list() == [1]
    m = {r["surface"]: r["kind"] for r in out["metrics"].to_dicts()}
    assert (m["7名"], m["150名"]) == ("actual", "target")


def test_a_numbered_item_may_open_with_a_year_not_a_decimal():
    # 3.2025年起… is item 3 from 2025, not the number 3.2025.
    body = ("下一步，我局将做好以下工作。\n1.完善站网布局。\n2.提升预报能力。\n3.2025年起每年开展风险普查复核。\n4.加强宣传。\n")
    com = run(letter(body))["commitments"]
    assert [(r["ordinal"], r["heading"], r["horizon_year"]) for r in com.iter_rows(named=True)][:4] == [
        (1, "完善站网布局", None), (2, "提升预报能力", None), (3, "2025年起每年开展风险普查复核", 2025), (4, "加强宣传", None)]
    inline = run(letter("下一步，我局将：1.优化流程。2.2026年底前建成平台。\n"))["commitments"]
    assert [r["ordinal"] for r in inline.iter_rows(named=True)] == [1, 2]


def test_a_horizon_is_the_furthest_year_an_item_names():
    body = "二、下一步打算\n（一）深化殡葬改革。2024年12月底前完成火化设备改造，力争到2025年节地生态安葬率达到50%以上。\n"
    assert run(letter(body))["commitments"]["horizon_year"].to_list() == [2025]


def test_what_has_been_put_into_a_plan_already_is_no_plan_lead_in():
    t = run(letter("一、关于农村公路建设\n我局已将一批项目纳入年度计划，具体如下：\n1.新建农村公路18.6公里。\n2.改造危桥5座。\n"
                   "二、下一步工作\n我们计划做好以下工作：\n1.力争新建公路30公里。\n"))
    assert t["commitments"].height == 1
    assert t["commitments"]["heading"].to_list() == ["力争新建公路30公里"]


def test_a_plan_items_horizon_is_this_year_before_a_titles_years():
    t = run(letter("下一步，我们将重点做好以下工作：\n1.年内完成《县域村庄布局规划（2019-2025年）》编制。\n"
                   "2.落实《三年行动计划（2025—2027年）》。\n"))
    assert t["commitments"].sort("ordinal")["horizon_year"].to_list() == [2024, 2027]


def test_the_last_plan_item_ends_before_a_signature_without_thanks():
    text = ("甬关函〔2024〕42号\n\n关于省政协十三届二次会议第0187号提案的答复\n\n李明委员：\n"
            "    您提出的《关于优化通关环境的提案》收悉。现答复如下：\n    下一步，我们将重点做好以下工作：\n"
            "    1.落实通关便利化措施。\n    2.力争跨境电商进出口占比不低于45%。\n\n宁波海关\n2024年10月15日\n")
    t = run(text)
    assert t["commitments"].sort("ordinal")["body"].to_list()[-1] == "2.力争跨境电商进出口占比不低于45%。"


def test_a_month_ahead_without_a_year_is_this_years_horizon_and_can_follow_an_items_number():
    t = run(letter("下一步，我们将重点做好以下工作：\n1.10月底前把剩下14盏坏灯全部修好。\n2.2025年6月底前完成改造。\n"
                   "3.持续推进路灯维护，覆盖率达到1.5%。\n"))
    coms = t["commitments"].sort("ordinal")
    assert coms["heading"].to_list()[0] == "把剩下14盏坏灯全部修好"
    assert coms["horizon_year"].to_list() == [2024, 2025, None]


def test_a_paragraph_that_opens_with_guanyu_xiayibu_is_the_plan():
    body = ("关于审计覆盖情况。2023年完成审计项目46个。\n"
            "关于下一步工作。我局将持续加大审计监督力度，力争2025年底前完成16个乡镇财政收支审计。\n")
    com = run(letter(body))["commitments"]
    assert com.height == 1 and com["horizon_year"].to_list() == [2025]


def test_headings_in_lenticular_brackets_are_top_level_sections_and_name_the_plan():
    body = ("【总体情况】\n全市现有青年人才驿站12个。\n【中小企业引才政策】\n2023年引进青年人才3.2万人。\n"
            "【下一步工作打算】\n1.扩大引才规模。力争2025年引进青年人才4万人以上。\n2.优化政策兑现。\n")
    out = run(letter(body))
    secs = out["sections"].filter(out["sections"]["level"] == 1).sort("char_start")
    assert secs["heading"].to_list() == ["总体情况", "中小企业引才政策", "下一步工作打算"]
    com = out["commitments"].sort("ordinal")
    assert com["heading"].to_list() == ["扩大引才规模", "优化政策兑现"] and com["suggestion_no"].to_list() == [3, 3]
    # (one bracketed line is no section: 【打印】 and a single 【说明】)
    assert run(letter("【说明】\n全市现有青年人才驿站12个。\n"))["sections"].height == 0


def test_one_dot_headings_on_their_own_lines_are_top_level_where_there_is_no_yi():
    body = ("1.夜间消费市场规模稳步扩大\n（1）消费总量保持增长。2023年社会消费品零售总额1456.8亿元。\n"
            "2.夜间消费载体持续完善\n（1）打造特色街区夜市。累计建成夜市12个。\n"
            "3.下一步工作举措\n（1）完善夜间经济规划布局。力争2025年建成夜市20个。\n（2）持续开展促消费活动。\n")
    out = run(letter(body))
    tops = out["sections"].filter(out["sections"]["level"] == 1).sort("char_start")
    assert tops["heading"].to_list() == ["夜间消费市场规模稳步扩大", "夜间消费载体持续完善", "下一步工作举措"]
    com = out["commitments"].sort("ordinal")
    assert com["suggestion_no"].to_list() == [3, 3] and com["heading"].to_list() == ["完善夜间经济规划布局", "持续开展促消费活动"]
    # (a plan's own items after its lead-in stay items: no top-level sections)
    plan = run(letter("全市建成夜市12个。\n下一步，我们将重点做好以下工作：\n1.完善规划布局\n2.持续开展促消费活动\n"))
    assert plan["sections"].filter(plan["sections"]["level"] == 1).height == 0
    assert plan["commitments"]["suggestion_no"].to_list() == [None, None]


def test_ordinal_headings_di_yi_are_top_level_sections():
    body = ("第一、关于加强基层卫生人才队伍建设\n2023年招录医学生120名。\n第二、关于推进家庭医生签约服务\n签约率达到45%。\n")
    tops = run(letter(body))["sections"].sort("char_start")
    assert tops["level"].to_list() == [1, 1] and tops["heading"].to_list() == ["关于加强基层卫生人才队伍建设", "关于推进家庭医生签约服务"]


def test_a_plans_lead_in_closes_the_sub_section_before_it_in_the_paths():
    body = ("一、关于集体经济\n（一）集体经济实力明显增强。全县村集体经济总收入1.2亿元。\n（二）要素保障持续强化。安排资金3000万元。\n"
            "下一步，我们将重点做好以下工作：\n1.实施提质增效行动。力争2025年村均收入达到30万元。\n2.完善利益联结机制。\n")
    secs = run(letter(body))["sections"].sort("char_start")
    assert secs["path"].to_list() == ["一、", "一、/（一）", "一、/（二）", "一、/1.", "一、/2."]


def test_plan_items_that_restart_their_count_under_an_unnumbered_plan_heading():
    body = ("1、松材线虫病防控情况\n全县完成除治面积3.2万亩。\n2、古树名木保护情况\n全县共有古树名木5837株。\n"
            "下一步打算\n1、打好防控攻坚战。力争到2025年疫情面积压降到8万亩以内。\n2、完善古树保护体系。计划新增复壮古树不少于50株。\n")
    out = run(letter(body))
    assert [(c["suggestion_no"], c["ordinal"]) for c in out["commitments"].sort("ordinal").to_dicts()] == [(2, 1), (2, 2)]
    kinds = {m["surface"]: m["kind"] for m in out["metrics"].to_dicts()}
    assert (kinds["8万亩以内"], kinds["50株"], kinds["3.2万亩"]) == ("target", "target", "actual")


def test_a_plans_first_item_run_into_its_lead_after_jiang():
    body = "一、产品质量\n全省抽查8600批次。\n下一步，我局将（一）实施监管护航行动，全年完成抽查不少于1万批次；（二）到2025年，力争合格率稳定在95%以上。\n"
    out = run(letter(body))
    assert [(c["suggestion_no"], c["ordinal"]) for c in out["commitments"].sort("char_start").to_dicts()] == [(1, 1), (1, 2)]
    kinds = {m["surface"]: m["kind"] for m in out["metrics"].to_dicts()}
    assert kinds["1万批次"] == "target"


def test_sections_run_into_a_paragraph_end_where_the_next_begins():
    out = run(letter("一、基本情况\n全县建成小区120个。（一）加强监测。新增监测户450户。（二）强化帮扶。落实资金300万元。\n"))
    secs = out["sections"].filter(out["sections"]["level"] == 2).sort("char_start").to_dicts()
    assert secs[0]["char_end"] == secs[1]["char_start"]


def test_ordinals_under_a_top_level_heading_a_generic_topic_and_an_editions_year():
    body = ("一、工作情况\n全市新增学位2.2万个。\n二、关于建议中提出的具体问题\n第一、关于学位预警的建议。建立预警模型。\n第二、关于教师配备的建议。招聘教师600名。\n"
            "三、下一步工作\n（一）加强协同。将疫苗接种纳入《绩效考核办法（2025年版）》。\n")
    out = run(letter(body))
    secs = out["sections"].sort("char_start")
    assert secs["path"].to_list()[2:4] == ["二、/第一、", "二、/第二、"]
    assert out["suggestions"].sort("suggestion_no")["topic"].to_list()[1] == "建议中提出的具体问题"
    assert out["commitments"]["horizon_year"].to_list() == [None]


def test_a_base_year_is_no_plans_horizon():
    body = "一、工作情况\n全市建成监测站12个。\n二、下一步工作\n（一）加强减排。VOCs排放量在2020年基础上下降50%。\n"
    assert run(letter(body))["commitments"]["horizon_year"].to_list() == [None]


def test_a_topic_is_a_quote_only_where_the_quote_is_the_headings_object():
    body = "一、“十四五”规划实施总体情况\n全市新增企业120家。\n二、关于“加快充电设施建设”的建议\n全市建成充电桩1.2万个。\n"
    assert run(letter(body))["suggestions"].sort("suggestion_no")["topic"].to_list() == ["“十四五”规划实施总体情况", "加快充电设施建设"]


def test_a_paragraph_saved_a_half_sentence_per_line_and_a_marker_alone_on_its_line():
    body = ("经研究，\n现答复如下：\n一、\n关于健全就业服务体系\n近年来，\n全市建成服务站1186个，\n建有率100%。\n"
            "二、\n下一步工作打算\n下一步，\n我局将重点抓好以下工作：\n（一）\n深化培育。\n力争到2025年，\n新培育带头人200名。\n")
    out = run(letter(body))
    assert out["suggestions"]["topic"].to_list() == ["健全就业服务体系"]
    coms = out["commitments"].to_dicts()
    assert [(c["heading"], c["horizon_year"]) for c in coms] == [("深化培育", 2025)]
    kinds = {m["surface"]: m["kind"] for m in out["metrics"].to_dicts()}
    assert (kinds["1186个"], kinds["200名"]) == ("actual", "target")


def test_a_plans_first_item_a_scraper_ran_into_its_heading():
    body = "一、基本情况 全市建成站点120个。二、下步工作打算（一）完善筹资机制。力争新增资金300万元。（二）扩大服务供给。新增床位500张。\n"
    coms = run(letter(body))["commitments"].sort("ordinal").to_dicts()
    assert [(c["ordinal"], c["heading"]) for c in coms] == [(1, "完善筹资机制"), (2, "扩大服务供给")]


def test_a_plan_paragraph_under_a_heading_that_is_the_plan_and_a_topic_quoted_inside_words():
    body = ("一、关于推进政务服务事项“应上尽上”的建议\n（一）主要工作成效\n2021年，全市事项1200项。\n（二）下一步工作\n"
            "下一步，我办将会同相关部门，力争到2025年新增事项300项。\n")
    out = run(letter(body))
    coms = out["commitments"].to_dicts()
    assert [(c["heading"], c["horizon_year"]) for c in coms] == [("我办将会同相关部门", 2025)]
    assert out["suggestions"]["topic"].to_list() == ["推进政务服务事项“应上尽上”"]


def test_a_level_to_get_back_to_is_no_plans_horizon():
    body = "一、基本情况\n全市有景区12个。\n二、下一步工作\n下一步，我局将推动入境游客恢复至2019年的60%-70%。\n"
    assert run(letter(body))["commitments"]["horizon_year"].to_list() == [None]


def test_a_heading_a_copy_ran_its_body_into_ends_at_the_gap_or_the_suggestions_name():
    text = ("测科提复〔2024〕7号 关于市政协九届二次会议12号提案的答复 李明委员：您所提的《关于测试的提案》收悉。现答复如下："
            "一、基本情况 近年来，我市新增企业12家。二、关于“建强技术交易市场”的建议近年来，我市建成平台3个。"
            "三、下一步工作计划下一步，我局将重点抓好以下工作：（一）做强平台。力争新增平台5个。感谢您的支持。测试市科学技术局 2024年6月1日")
    heads = run(text)["sections"].filter(pl.col("level") == 1)["heading"].to_list()
    assert heads == ["基本情况", "关于“建强技术交易市场”的建议", "下一步工作计划"]
    # (words spaced apart stay one heading)
    body = "一、深化 数字化 改革\n全市新增企业12家。\n二、落实 “三个责任”\n全市新增企业5家。\n"
    assert run(letter(body))["sections"].filter(pl.col("level") == 1)["heading"].to_list() == ["深化 数字化 改革", "落实 “三个责任”"]


def test_a_plan_intro_that_ends_in_a_colon_is_followed_by_its_plan_and_a_leading_deadline_is_no_heading():
    t = run(letter("一、关于学位\n今年新增学位1000个。\n下一步，我局将重点做好以下工作：\n年底前新增学位3000个，新建学校5所。\n"))
    (com,) = t["commitments"].to_dicts()
    assert com["body"].startswith("年底前新增学位3000个") and com["heading"] == "新增学位3000个"
    kinds = {m["surface"]: (m["kind"], m["commitment_ordinal"]) for m in t["metrics"].to_dicts()}
    assert kinds["3000个"] == ("target", 1) and kinds["1000个"] == ("actual", None)
    t = run(letter("一、关于学位\n今年新增学位1000个。\n二、下一步工作\n（一）2025年秋季学期前，新建中小学校5所，新增学位3000个。\n"
                   "（二）“十五五”期间，新建幼儿园12所，新增学位2000个。\n"))
    assert t["commitments"].sort("ordinal")["heading"].to_list() == ["新建中小学校5所", "新建幼儿园12所"]


def test_a_page_scraped_onto_one_line_with_bars_between_its_blocks():
    text = ("首页 > 政务公开 | 测试县自然资源局关于县十七届人大一次会议第23号建议的答复 | 发布时间：2022-08-16 | 字号：大 中 小 | "
            "禾自然资建〔2022〕14号 | 马永福代表： | 您提出的关于加强矿山生态修复的建议收悉，现答复如下： | 一、修复情况 | "
            "我县共有废弃矿山图斑47个，已修复29个。 | 二、下一步工作打算 | 一是加快矿山修复。力争修复率提高到80%以上。二是强化培训。每年组织培训不少于2次。 | "
            "测试县自然资源局 | 2022年8月10日")
    t = run(text)
    h = t["letter_headers"].to_dicts()[0]
    assert (h["doc_number"], h["proposer"], h["signed_date"].isoformat()) == ("禾自然资建〔2022〕14号", "马永福", "2022-08-10")
    assert t["sections"].filter(pl.col("level") == 1)["heading"].to_list() == ["修复情况", "下一步工作打算"]
    assert t["commitments"].height == 2


def test_the_last_of_items_set_line_under_line_ends_at_a_blank_line():
    t = run(letter("一、关于托育\n全县现有托育机构12家。\n下一步，我局将做好以下工作：\n1、加强监管，每年开展检查不少于2次；\n"
                   "2、研究出台育儿补贴政策，对三孩家庭每孩每年发放育儿补贴3600元。\n\n此外，我县已发放生育补贴238户，共计89万元。\n"))
    assert t["commitments"].sort("ordinal")["body"].to_list()[-1].endswith("育儿补贴3600元。")
    kinds = {m["surface"]: m["kind"] for m in t["metrics"].to_dicts()}
    assert (kinds["238户"], kinds["89万元"]) == ("actual", "actual")


def test_items_in_words_after_a_plan_heading_on_its_line_and_a_full_line_a_sentence_ends_goes_on():
    t = run(letter("一、关于农场\n全区现有家庭农场120家。\n三、下一步打算 一是开展提质行动，新增示范家庭农场5家以上。二是深化农业生产托管，服务小农户1.5万户以上。\n"))
    assert t["commitments"].height == 2
    # (a PDF's lines, paragraphs indented: a full line that a sentence happens to end goes on in the next)
    from orchestration.extraction.wrapping import continued
    lines = ["　　一、关于高标准农田建设情况", "　　今年以来，全县新建高标准农田三万亩，其中旱改水", "面积一万二千亩，全部通过验收并移交管护主体负责，",
             "工程完好率保持在较高水平，项目区粮食亩产平均增加", "五十公斤左右。", "　　群众满意度持续提升。", "　　二、下一步工作", "　　我局将重点做好以下工作：一是加快项目建设进度，",
             "到2025年全县累计建成高标准农田45万亩以上。二是", "提升建设标准，探索亩均投入四千元以上的高标准示范区。",
             "每个乡镇建设1至2个千亩示范片。三是强化建后管护，推", "行田长制，确保完好率在九成以上。", "　　感谢您对农业农村工作的关心和支持。",
             "测试市农业农村局", "2024年6月1日"]
    goes_on = continued(lines)
    assert goes_on[8] and goes_on[9] and not goes_on[4] and not goes_on[11] and not goes_on[13]


def test_headings_in_black_brackets():
    t = run(letter("【一】关于社区商业的建议\n全区共有社区商业网点1200家。\n【二】关于消费的建议\n今年以来发放消费券3000万元。\n"))
    assert t["sections"].filter(pl.col("level") == 1)["heading"].to_list() == ["关于社区商业的建议", "关于消费的建议"]


def test_the_last_plan_item_ends_before_zhuanci_dafu():
    t = run(letter("一、关于外贸\n全市跨境电商企业812家。\n下一步，我局将做好以下工作：\n    1.稳定外贸规模。新增海外仓20个。\n"
                   "    2.强化金融支持。推动新增授信20亿元以上。\n    专此答复。\n"))
    assert t["commitments"].sort("ordinal")["body"].to_list()[-1] == "2.强化金融支持。推动新增授信20亿元以上。"


def test_a_deadline_leading_an_item_is_no_heading_and_a_class_year_or_a_past_revision_no_horizon():
    t = run(letter("一、关于供水\n全乡现有供水工程11处。\n下一步，我们将做好以下工作：\n"
                   "（一）6月底前，完成北片剩余8处隐患点位的护栏安装，确保汛期安全。\n（二）争取到2025年底，集中供水率达到95%以上。\n"
                   "（三）对2010年以前建成的4处老旧工程进行管网改造。\n（四）对照《供水管理办法（2023年修订）》完成清理。\n"))
    coms = t["commitments"].sort("ordinal")
    assert coms["heading"].to_list()[:2] == ["完成北片剩余8处隐患点位的护栏安装", "集中供水率达到95%以上"]
    assert coms["horizon_year"].to_list()[2:] == [None, None]


def test_a_half_width_full_stop_ends_a_heading_and_a_thousands_comma_no_clause():
    t = run(letter("一.关于签约服务\n（一）签约服务扩面提质.全市签约62.8万人.\n二、下一步\n下一步,我们将做好以下工作:\n"
                   "（一）6月底前完成全区1,850台设备更新，确保安全。\n（二）提升签约覆盖面.力争到2025年底签约率达到45%.\n"))
    heads = t["sections"].filter(pl.col("level") == 2)["heading"].to_list()
    assert heads[0] == "签约服务扩面提质" and heads[-1] == "提升签约覆盖面"
    assert t["commitments"].sort("ordinal")["heading"].to_list()[0] == "完成全区1,850台设备更新"


def test_a_span_of_years_leading_a_plan_paragraph_is_no_heading_and_this_and_next_year_set_the_horizon():
    t = run(letter("一、基本情况\n全市共有养老机构45家。\n二、下一步工作\n今后三年，我市将新建养老床位1200张。\n"
                   "三、其他\n下一步，今明两年，全市将建成养老服务中心20个。\n"))
    coms = t["commitments"].sort("char_start").to_dicts()
    assert [c["heading"] for c in coms] == ["我市将新建养老床位1200张", "全市将建成养老服务中心20个"]
    assert coms[1]["horizon_year"] == 2025


def test_a_paragraph_that_turns_to_the_proposer_ends_the_last_plan_item():
    t = run(letter("一、基本情况\n全市共有停车泊位12万个。\n二、下一步工作\n下一步，我们将做好以下工作：\n（一）推进信号优化。完成30个路口改造。\n"
                   "（二）推进停车治理。新增公共停车泊位不少于5000个。\n您的建议中关于“推行可变车道”的意见，我们已纳入2025年交通组织优化计划。\n"))
    coms = t["commitments"].sort("ordinal").to_dicts()
    assert coms[-1]["body"] == "（二）推进停车治理。新增公共停车泊位不少于5000个。" and coms[-1]["horizon_year"] is None


def test_the_horizon_is_the_year_an_item_says_by_not_a_visions_or_a_long_range_plans():
    t = run(letter("一、基本情况\n全市共有企业12家。\n二、下一步工作\n下一步，我们将做好以下工作：\n"
                   "1.编制能源规划。按照2030年前碳达峰、2035年生态环境根本好转的目标要求，力争到2030年可再生能源装机达到800万千瓦以上。\n"
                   "2.加强规划管控。结合《国土空间总体规划（2021—2035年）》，确保工业用地规模稳定在25万亩左右。\n"
                   "3.编制“十五五”规划。围绕2035年远景目标，形成规划纲要初稿。\n"
                   "4.培育创新主体。2024年新认定高新技术企业800家以上；到“十四五”期末，高新技术企业总数突破4000家。\n"))
    assert t["commitments"].sort("ordinal")["horizon_year"].to_list() == [2030, None, 2030, 2025]



def test_a_reply_closed_with_ci_fu_ends_its_last_plan_item_before_it():
    body = "一、基本情况\n全市共有企业12家。\n二、下一步工作\n1.健全长效机制。力争新增企业5家。\n    此复。\n"
    c = run(letter(body))["commitments"].to_dicts()
    assert len(c) == 1 and "此复" not in c[0]["body"]


def test_a_five_year_plan_named_by_its_document_sets_no_horizon_over_this_years():
    body = "一、基本情况\n全市共有企业12家。\n二、下一步工作\n（一）强化项目储备。围绕“十五五”规划重大工程，力争全年新增储备项目3000个以上。\n（二）加快建设。力争“十五五”期间新增企业100家。\n"
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [x["horizon_year"] for x in c] == [2024, 2030]


def test_a_plan_paragraph_that_opens_by_addressing_the_proposer_keeps_its_items():
    body = ("一、工作情况\n去年以来，我们推出活动。\n三、下一步打算\n您提出的建设会展综合体等建议，我们将积极吸纳。下一步重点抓好以下几方面："
            "一是实施品牌展会培育工程，力争到2025年，全市展会达到25个；二是加快会展中心二期建设。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [x["heading"] for x in c] == ["实施品牌展会培育工程", "加快会展中心二期建设"]


def test_a_plan_inside_a_paragraph_ends_where_the_paragraph_turns_to_the_next_point():
    body = ("二、关于长护险\n关于“提高服务频次”的建议，我市现行服务包规定每月上门服务不少于8次，下步将结合基金运行情况研究调整。"
            "关于“加强护理人员培训”的建议，我局已开展培训，2023年全年培训护理人员2860人次。\n")
    out = run(letter(body))
    c = out["commitments"].to_dicts()
    assert len(c) == 1 and c[0]["body"].endswith("研究调整。")
    assert out["metrics"].filter(pl.col("surface") == "2860人次")["kind"].to_list() == ["actual"]


def test_an_ordinal_with_a_comma_on_its_own_line_heads_a_section_and_an_item_may_open_with_a_span_of_years():
    body = ("第一，关于停车设施供给情况\n截至目前，全市共有泊位12万个。\n第二，下一步工作打算\n"
            "1.加强监测。新增站点5个。\n2.2025—2027年，省级投入资金不少于10亿元。\n")
    out = run(letter(body))
    top = out["sections"].filter(pl.col("level") == 1).sort("char_start")
    assert top["marker"].to_list() == ["第一，", "第二，"] and top["heading"].to_list() == ["关于停车设施供给情况", "下一步工作打算"]
    c = out["commitments"].sort("char_start").to_dicts()
    assert [(x["heading"], x["horizon_year"], x["suggestion_no"]) for x in c] == [("加强监测", None, 2), ("省级投入资金不少于10亿元", 2027, 2)]


def test_a_condition_leading_a_plan_item_is_not_its_heading():
    body = ("一、基本情况\n全市共有企业12家。\n二、下一步工作\n1.根据全市住房公积金流动性状况，动态评估贷款额度和首付比例政策。\n"
            "2.在确保资金流动性和安全的前提下，我们将积极配合财政部门。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [x["heading"] for x in c] == ["动态评估贷款额度和首付比例政策", "积极配合财政部门"]


def test_a_reply_point_by_point_names_each_point_and_a_time_leading_an_item_without_a_comma_is_no_heading():
    body = ("关于第一点建议“延长场馆开放时间”。目前全市博物馆每周开放6天。下一步，我们将推动市级文化场馆延时开放。\n"
            "关于第二点建议“建设城市书房”。今年新建城市书房11个。\n"
            "关于第三点建议“加强宣传”。下一步，我局将：一是年内组织专场活动不少于60场；二是2025年计划新建示范基地2家。\n")
    out = run(letter(body))
    assert out["suggestions"].sort("char_start")["suggestion_no"].to_list() == [1, 2, 3]
    c = out["commitments"].sort("char_start").to_dicts()
    assert [(x["suggestion_no"], x["heading"]) for x in c] == [(1, "我们将推动市级文化场馆延时开放"), (3, "组织专场活动不少于60场"), (3, "新建示范基地2家")]


def test_a_time_leading_an_item_a_span_after_a_condition_and_a_lead_in_to_a_colon_are_no_heading():
    body = ("一、基本情况\n全市已建成公厕1200座。\n二、下一步工作\n（一）明年起，将电梯安全责任保险投保范围扩大至全部住宅电梯。\n"
            "（二）8月底前在全县农贸市场推广“智慧秤”，计划安装200台。\n（三）加大农村市场抽检力度，下半年再抽检农村食品300批次以上。\n"
            "（四）结合城市更新，2025—2027年实施绿道提升工程，新建绿道45公里。\n（五）我局将围绕您的建议，重点抓好以下工作：年内新建公厕15座，改造提升20座。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [x["heading"] for x in c] == ["将电梯安全责任保险投保范围扩大至全部住宅电梯", "在全县农贸市场推广“智慧秤”", "加大农村市场抽检力度",
                                         "实施绿道提升工程", "新建公厕15座"]
    assert [x["horizon_year"] for x in c] == [2025, 2024, 2024, 2027, 2024]


def test_an_address_to_the_proposer_that_leads_into_numbered_items_keeps_them_a_plan():
    body = ("一、基本情况\n全市已登记电动自行车120万辆。\n二、下一步工作打算\n"
            "您提出的“推广电动自行车保险”等建议很有针对性，我们将认真吸纳，重点抓好以下工作：\n"
            "（一）深化源头管理。年内新增登记服务点30个。\n（二）在2025年春季学期开学前，对城区78所学校实施交通组织优化。\n"
            "（三）力争到2026年实现全市乡镇专职消防队全覆盖。\n（四）计划从2026年起，对三类县龙头企业奖补标准提高至每家15万元。\n"
            "（五）完成1∶2000地形图测绘，面积120平方公里。\n")
    t = run(letter(body))
    c = t["commitments"].sort("char_start").to_dicts()
    assert [x["heading"] for x in c] == ["深化源头管理", "对城区78所学校实施交通组织优化", "实现全市乡镇专职消防队全覆盖",
                                         "对三类县龙头企业奖补标准提高至每家15万元", "完成1:2000地形图测绘"]
    assert [x["horizon_year"] for x in c] == [2024, 2025, 2026, 2026, None]
    assert {m["surface"]: m["kind"] for m in t["metrics"].to_dicts()}["30个"] == "target"


def test_a_topic_that_ends_in_who_raised_it_keeps_its_noun():
    body = "一、关于代表提出的问题\n全市企业12家。\n二、关于建议中提到的问题\n全市企业5家。\n三、关于优化营商环境的建议\n全市企业5家。\n"
    assert run(letter(body))["suggestions"].sort("char_start")["topic"].to_list() == ["代表提出的问题", "建议中提到的问题", "优化营商环境"]


def test_a_point_named_with_whose_it_is_heads_a_section_and_its_quote_is_the_topic():
    body = ("关于您提出的第一点建议“推进图书馆总分馆建设”。目前全市已建成分馆12个。下一步，我们将在今年新建城市书房3家，推动通借通还覆盖率达到100%。\n"
            "关于您提出的第二点建议“建设城市书房”。今年新建城市书房11个。\n")
    out = run(letter(body))
    assert out["suggestions"].sort("char_start").select("suggestion_no", "topic").rows() == [(1, "推进图书馆总分馆建设"), (2, "建设城市书房")]
    ms = {m["surface"]: m for m in out["metrics"].to_dicts()}
    assert (ms["3家"]["subject"], ms["100%"]["kind"]) == ("新建城市书房", "target")


def test_a_paragraph_that_adds_to_a_plan_after_its_items_is_an_item_of_its_own():
    body = ("一、工作情况\n全市共有民宿120家。\n二、下一步工作\n（一）强化宣传营销。年内举办推介会5场。\n（二）完善基础设施。新建停车场3个。\n"
            "同时，我们将争取将乡村旅游发展专项资金规模由3500万元增加到4000万元。\n此外，我们还将会同区商务局研究出台夜间经济扶持办法。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [(x["ordinal"], x["heading"]) for x in c] == [(1, "强化宣传营销"), (2, "完善基础设施"),
                                                         (3, "我们将争取将乡村旅游发展专项资金规模由3500万元增加到4000万元"),
                                                         (4, "我们还将会同区商务局研究出台夜间经济扶持办法")]
    assert "同时" not in c[1]["body"]


def test_items_numbered_in_brackets_run_into_a_paragraph_are_sections_but_not_a_list_after_a_colon():
    body = ("一、工作情况\n（1）开展信用评价。全市43个小区参评。（2）发布“红黑榜”。上榜小区19个。（3）推进“红色物业”。覆盖小区986个。\n"
            "二、下一步工作\n下一步，我局将：（1）年内新建公厕15座；（2）改造提升20座。\n")
    out = run(letter(body))
    s = out["sections"].sort("char_start")
    assert s.filter(pl.col("level") == 4)["heading"].to_list() == ["开展信用评价", "发布“红黑榜”", "推进“红色物业”"]
    assert [x["heading"] for x in out["commitments"].sort("char_start").to_dicts()] == ["新建公厕15座", "改造提升20座"]


def test_a_cue_before_a_leading_time_and_whom_a_rule_is_for_are_no_item_heading():
    body = ("一、工作情况\n全市共有小区120个。\n二、下一步工作\n"
            "一是力争年内新增筹集保障性租赁住房1.2万套（间）。二是对新成立业主委员会的小区，每个给予一次性工作经费补助1万元。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [x["heading"] for x in c] == ["新增筹集保障性租赁住房1.2万套（间）", "每个给予一次性工作经费补助1万元"]


def test_a_plan_word_and_a_comma_opening_a_numbered_item_are_no_heading():
    body = ("一、基本情况\n全市养老床位3.2万张。\n二、下一步工作\n（一）加强队伍建设。计划培训护理员500人。\n"
            "（二）下一步，我局将深化长期护理保险衔接，会同市医保局研究将家庭养老床位纳入长护险定点范围，计划年内新增家庭养老床位500张。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [(x["heading"], x["horizon_year"]) for x in c] == [("加强队伍建设", None), ("我局将深化长期护理保险衔接", 2024)]


def test_the_last_of_points_told_in_order_may_be_the_plan_and_a_number_alone_on_its_line_heads_the_next():
    body = ("首先，关于统计站建设。全市已建成统计站86个。\n其次，关于人员配备。全市配备专职统计员210名。\n"
            "最后，关于下一步工作。我局将吸纳您的建议，重点抓好三方面工作：一是年内完成统计站规范化建设全覆盖；二是培训统计员300人次。\n")
    c = run(letter(body))["commitments"].sort("char_start").to_dicts()
    assert [(x["suggestion_no"], x["heading"]) for x in c] == [(None, "完成统计站规范化建设全覆盖"), (None, "培训统计员300人次")]
    body = "1.\n关于馆藏档案数字化\n全市馆藏档案数字化率达到85%。\n2.\n关于档案利用\n全年接待查档2.1万人次。\n"
    s = run(letter(body))["sections"].sort("char_start")
    assert s["heading"].to_list() == ["关于馆藏档案数字化", "关于档案利用"]


def test_a_numbered_heading_whole_in_lenticular_brackets_keeps_its_marker_and_loses_the_bracket():
    body = "【一、农村供水基本情况】\n全县建成供水工程120处。\n【二、下一步工作】\n一是年内新建水厂2座；二是完成管网改造30公里。\n"
    secs = run(letter(body))["sections"].filter(pl.col("level") == 1).sort("char_start")
    assert secs.select("marker", "heading").rows() == [("一、", "农村供水基本情况"), ("二、", "下一步工作")]


def test_a_top_level_section_of_what_the_agency_means_to_do_is_the_plan():
    body = ("一、工作开展情况\n全市建档困难职工1862户。\n二、关于完善帮扶机制的考虑\n（一）关于扩大帮扶对象范围。我们将在2025年修订帮扶办法。\n"
            "（二）关于加强部门数据共享。力争2025年底前实现主动发现率达到80%。\n")
    com = run(letter(body))["commitments"].sort("ordinal")
    assert com.select("suggestion_no", "heading").rows() == [(2, "关于扩大帮扶对象范围"), (2, "关于加强部门数据共享")]



def test_a_plan_after_the_last_points_text_is_that_points():
    # (the contract leaves suggestion_no NULL only where a letter has no top-level sections:
    # a plan for the whole letter after the last point is held by that point)
    body = (
        "一、关于加快水库除险加固\n全市现有水库218座。\n"
        "二、关于防汛调度\n（一）严格汛限水位管理。全市中型水库全部编制调度规程。\n"
        "下一步，我局将重点做好以下工作：\n（一）加快除险加固进度。年内完成27座水库主体工程。\n（二）提升监测预警能力。\n"
    )
    com = run(letter(body))["commitments"].sort("ordinal")
    assert com.select("suggestion_no", "ordinal", "heading").rows() == [(2, 1, "加快除险加固进度"), (2, 2, "提升监测预警能力")]


def test_a_top_level_section_of_what_the_agency_intends_is_the_plan():
    body = ("一、工作开展情况\n全市建成儿童之家120个。\n二、关于进一步加强工作的打算\n1.适时提高保障标准。\n"
            "2.提升机构服务能力。到2027年底，推动不少于16个机构转型。\n")
    out = run(letter(body))
    assert out["commitments"].sort("ordinal").select("suggestion_no", "heading").rows() == [(2, "适时提高保障标准"), (2, "提升机构服务能力")]
    target = out["metrics"].filter(pl.col("surface") == "16个").row(0, named=True)
    assert (target["kind"], target["commitment_ordinal"]) == ("target", 2)


def test_plan_items_told_as_yi_yao_er_yao():
    body = ("一、工作开展情况\n全市开通航线235条。\n二、下一步工作\n一要加密国际航线。到2025年，航线总数超过240条。\n"
            "二要提升枢纽能级。到2027年，吞吐量达到3200万标箱。\n")
    com = run(letter(body))["commitments"].sort("ordinal")
    assert com.select("ordinal", "heading", "horizon_year").rows() == [(1, "加密国际航线", 2025), (2, "提升枢纽能级", 2027)]


def test_the_request_for_the_proposers_view_of_the_reply_closes_the_body():
    body = ("一、工作开展情况\n全市开通航线235条。\n二、下一步工作\n1.加密国际航线。\n2.提升枢纽能级。\n"
            "对本答复有何意见和建议，请填写《提案办理情况征询意见表》并及时反馈。\n")
    com = run(letter(body))["commitments"].sort("ordinal")
    assert com["body"].to_list() == ["1.加密国际航线。", "2.提升枢纽能级。"]


def test_what_else_was_done_after_a_plans_items_ends_the_last_item():
    body = ("一、工作开展情况\n全市建成特殊教育资源中心12个。\n二、下一步工作\n（一）加强师资培养。每年新招聘特教教师不少于30名。\n"
            "（二）推进医教康融合。2025年实现结对全覆盖。\n此外，2023年全市为412名残疾学生提供康复训练服务，投入资金约180万元。\n")
    out = run(letter(body))
    last = out["commitments"].sort("ordinal").row(-1, named=True)
    assert last["body"] == "（二）推进医教康融合。2025年实现结对全覆盖。"
    done = out["metrics"].filter(pl.col("surface") == "412名").row(0, named=True)
    assert (done["kind"], done["commitment_ordinal"]) == ("actual", None)


def test_items_run_into_a_paragraph_after_a_sentence_and_a_numeral_a_wrap_put_first_are_no_sections():
    body = ("一、关于运营时间\n（一）基本情况。\n2.补助标准不断提高。（1）对80周岁以上老人每人每月发放100元；（2）对90周岁以上老人每人每月发放200元。\n"
            "3.服务不断完善。（1）开展信用评价。评价企业30家。（2）发布红黑榜。\n"
            "今年以来，我们对1号线实施了延长运营试点，每周\n五、周六延长运营至23:00，日均客流增加1.2万人次。\n二、下一步工作\n我们将继续做好工作。\n")
    paths = run(letter(body))["sections"].sort("char_start")["path"].to_list()
    assert paths == ["一、", "一、/（一）", "一、/（一）/2.", "一、/（一）/3.", "一、/（一）/3./（1）", "一、/（一）/3./（2）", "二、"]


def test_a_paragraph_adding_to_a_plan_listed_in_one_paragraph_is_an_item_of_its_own():
    body = ("一、基本情况\n2024年，全市技术交易额达到300亿元。\n二、下步打算\n我局将持续深化改革：\n"
            "一是到2027年，力争全市技术交易额突破450亿元；二是每年组织路演活动不少于40场；三是2025年新建中试基地3至5家。\n"
            "同时，我们将进一步优化奖补政策兑现流程，力争兑现周期压缩至30个工作日以内。\n")
    out = run(letter(body))
    coms = out["commitments"].sort("ordinal")
    assert coms["ordinal"].to_list() == [1, 2, 3, 4]
    assert coms.row(3, named=True)["body"].startswith("同时，我们将进一步优化")
    m = out["metrics"].filter(pl.col("surface") == "30个工作日以内").row(0, named=True)
    assert (m["kind"], m["commitment_ordinal"]) == ("target", 4)


def test_a_letter_whose_top_headings_are_bracketed_numerals_answers_a_suggestion_in_each():
    body = ("（一）关于加强急救网络建设的建议\n2024年，全市新增急救站点12个。下一步，我们将继续加密急救网络，力争2025年再新增急救站点10个。\n"
            "（二）关于提升急救能力的建议\n全市开展急救培训200场次。下一步，我们将开展培训300场次。\n")
    out = run(letter(body))
    secs = out["sections"].sort("char_start")
    assert (secs["level"].to_list(), secs["suggestion_no"].to_list()) == ([1, 1], [1, 2])
    assert out["commitments"].sort("char_start")["suggestion_no"].to_list() == [1, 2]


def test_a_plain_townships_heading_of_what_it_means_to_do_is_the_plan():
    body = "一、基本情况\n全镇粮食面积4.1万亩。\n二、下面我们打算这么做\n一是粮食面积要稳在4.1万亩以上；二是新建烘干中心1个。\n"
    coms = run(letter(body))["commitments"].sort("ordinal")
    assert coms["ordinal"].to_list() == [1, 2]


def test_a_years_work_to_come_is_a_plan_heading():
    out = run(letter("一、基本情况\n2024年全市完成造林1.2万亩。\n二、2025年工作安排\n今年再选择3个县开展试点。\n"))
    plan = out["sections"].filter(pl.col("in_plan"))["heading"].to_list()
    assert plan == ["2025年工作安排"]
    assert out["metrics"].filter(pl.col("surface") == "3个")["kind"].to_list() == ["target"]
    # (not the account of a year's plan carried out)
    out = run(letter("一、2024年工作安排落实情况\n全市完成造林1.2万亩。\n"))
    assert out["sections"].filter(pl.col("in_plan")).height == 0


def test_a_heading_of_what_will_be_mended_is_the_plan_and_the_replys_class_and_an_invitation_close_it():
    body = ("一、基本情况\n全街道实施小微项目42个。\n二、改进措施\n（一）完善项目管理。单个项目原则上不超过20万元。\n"
            "（二）扩大居民参与。力争全年小微项目达到50个。\n欢迎您继续关注和监督我们的工作。\n办理情况：A类。\n")
    out = run(letter(body))
    coms = out["commitments"].sort("ordinal")
    assert coms["heading"].to_list() == ["完善项目管理", "扩大居民参与"]
    assert not any("欢迎" in b or "A类" in b for b in coms["body"].to_list())


def test_asks_numbered_inside_a_sentence_are_no_sections():
    body = ("您在提案中提出三点建议：1.加大博爱家园建设投入；2.完善运行维护机制；3.发挥应急救护作用。我会认真研究。\n"
            "一、建设现状\n全市建成博爱家园86个。\n二、下一步工作\n新建博爱家园20个。\n")
    secs = run(letter(body))["sections"].sort("char_start")
    assert secs["heading"].to_list() == ["建设现状", "下一步工作"]


def test_a_note_in_brackets_after_a_heading_keeps_its_colon_and_a_guarantees_coverage_keeps_its_character():
    body = ("一、关于具体建议\n（一）关于调整就餐收费标准的建议（采纳情况：留作参考）。目前早餐每人每餐3元。\n"
            "二、下一步工作\n一是扩大电子保函覆盖面，力争使用率提高到90%以上；二是研究扩大免收保证金项目范围。\n")
    out = run(letter(body))
    assert "关于调整就餐收费标准的建议" in out["sections"]["heading"].to_list()
    assert out["commitments"].sort("ordinal")["heading"].to_list()[0] == "扩大电子保函覆盖面"


def test_next_step_inside_a_numbered_paragraph_is_a_commitment():
    body = ("一、关于提案建议的答复\n（一）关于增设自助图书馆。目前全市建有自助图书馆36个。\n"
            "（二）关于加强阅读推广人才培养。我馆每年培养阅读推广人100名。下一步，计划与2所高校合作开设课程，力争到2025年底阅读推广人达到500名。\n")
    coms = run(letter(body))["commitments"]
    assert coms["body"].to_list() == ["下一步，计划与2所高校合作开设课程，力争到2025年底阅读推广人达到500名。"]
    assert coms["horizon_year"].to_list() == [2025]


def test_a_half_year_leading_an_item_is_its_horizon_not_its_heading():
    body = "下一步，我们将做好以下工作：\n一是今年下半年，再推进5个老旧小区停车改造。\n二是加快建设充电设施。\n"
    coms = run(letter(body))["commitments"].sort("ordinal")
    assert coms["heading"].to_list() == ["再推进5个老旧小区停车改造", "加快建设充电设施"]
