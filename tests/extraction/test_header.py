"""Header fields (GB/T 9704 elements) on small letters of our own."""
import datetime as dt

import pytest

from .letters import HEAD, TAIL, header, letter, run

BODY = "新增企业5家。\n"


@pytest.mark.parametrize(
    "line,doc,code,year,serial",
    [
        ("温科提复〔2024〕98号", "温科提复〔2024〕98号", "温科", 2024, 98),
        ("潼民发【2024】275号", "潼民发【2024】275号", "潼民", 2024, 275),
        ("长房议字[2025]11号 签发人:赵洪利", "长房议字[2025]11号", "长房", 2025, 11),
        ("子交函〔2023〕34号", "子交函〔2023〕34号", "子交", 2023, 34),
        ("舞教〔2022〕106", "舞教〔2022〕106", "舞教", 2022, 106),
        ("温科提复〔2024〕第98号", "温科提复〔2024〕第98号", "温科", 2024, 98),
        ("温科提复字〔2024〕98号", "温科提复字〔2024〕98号", "温科", 2024, 98),
        # 提 and 建 alone mark replies to proposals and suggestions; 住建 is an agency's own.
        ("温交提〔2024〕23号", "温交提〔2024〕23号", "温交", 2024, 23),
        ("杭人社建〔2024〕17号", "杭人社建〔2024〕17号", "杭人社", 2024, 17),
        ("温住建函〔2024〕5号", "温住建函〔2024〕5号", "温住建", 2024, 5),
        # (a city's one character and 建, or 建 before 提: a 住建 bureau's)
        ("嘉建提复〔2024〕23号", "嘉建提复〔2024〕23号", "嘉建", 2024, 23),
        ("合建函〔2023〕58号", "合建函〔2023〕58号", "合建", 2023, 58),
        ("武民建复〔2024〕9号", "武民建复〔2024〕9号", "武民", 2024, 9),
        # (a city's 市建 is its 住建 bureau; 会 marks a joint reply, 会办; the kind may follow the year)
        ("绍市建函〔2023〕136号", "绍市建函〔2023〕136号", "绍市建", 2023, 136),
        ("南住建会〔2026〕7号", "南住建会〔2026〕7号", "南住建", 2026, 7),
        ("青商会办〔2025〕3号", "青商会办〔2025〕3号", "青商", 2025, 3),  # (a co-handler's opinion)
        ("泉城管〔2023〕提复字第12号", "泉城管〔2023〕提复字第12号", "泉城管", 2023, 12),
        ("赣水建议字〔2023〕36号", "赣水建议字〔2023〕36号", "赣水", 2023, 36),
        ("台人才办函〔2024〕3号", "台人才办函〔2024〕3号", "台人才办", 2024, 3),
        ("凤城管〔2024〕提复9号", "凤城管〔2024〕提复9号", "凤城管", 2024, 9),
        # (住建 before 字 or 建议复 is the bureau's too)
        ("石住建字〔2025〕19号", "石住建字〔2025〕19号", "石住建", 2025, 19),
        ("宁住建议复〔2024〕45号", "宁住建议复〔2024〕45号", "宁住建", 2024, 45),
    ],
)
def test_doc_number_and_parts(line, doc, code, year, serial):
    h = header(letter(BODY, head=f"{line}\n\n关于市政协九届二次会议12号提案的答复\n\n李明委员：\n您所提的提案收悉。\n"))
    assert (h["doc_number"], h["issuer_code"], h["doc_year"], h["doc_serial"]) == (doc, code, year, serial)


def test_doc_numbers_cited_in_the_body_are_never_the_letters_own():
    h = header(letter("根据《通知》（温政办〔2023〕15号）执行。\n", head="关于提案的答复\n\n李明委员：\n您所提的提案收悉。\n"))
    assert h["doc_number"] is None and h["issuer_code"] is None


def test_title_joins_lines_and_drops_letter_spacing():
    h = header(letter(BODY))
    assert h["title"] == "关于市政协九届二次会议12号提案的答复函"


@pytest.mark.parametrize(
    "title,session,term,no,proposal_no,body_kind",
    [
        ("关于市政协十二届三次会议81号提案的答复函", "市政协十二届三次会议", 12, 3, "81", "proposal"),
        ("对市政协第十四届第四次会议第2025D048号集体提案的答复", "市政协第十四届第四次会议", 14, 4, "2025D048", "proposal"),
        ("关于对政协子洲县第十届委员会第二次会议第14号提案的复函", "政协子洲县第十届委员会第二次会议", 10, 2, "14", "proposal"),
        ("区十八届人大二次会议第009号建议的答复", "区十八届人大二次会议", 18, 2, "9", "suggestion"),
        ("对君山区第五届人民代表大会第四次会议16号议案的答复", "君山区第五届人民代表大会第四次会议", 5, 4, "16", "suggestion"),
        ("关于杭州市第十四届人民代表大会第三次会议第0198号代表建议的答复", "杭州市第十四届人民代表大会第三次会议", 14, 3, "198", "suggestion"),
    ],
)
def test_session_and_proposal_number(title, session, term, no, proposal_no, body_kind):
    h = header(letter(BODY, head=f"{title}\n\n李明委员：\n您所提的提案收悉。\n"))
    assert (h["session"], h["committee_term"], h["session_no"], h["proposal_no"], h["body_kind"]) == (
        session, term, no, proposal_no, body_kind)


def test_proposal_number_from_the_acknowledgement():
    head = "关于提案的答复函\n\n民建市委会：\n贵单位所提的《关于激发产业创新活力 构建“强城行动”新格局的提案》（政协提案第347号）收悉。\n"
    h = header(letter(BODY, head=head))
    assert h["proposal_no"] == "347"
    assert h["proposal_title"] == "关于激发产业创新活力 构建“强城行动”新格局的提案"


@pytest.mark.parametrize(
    "ack,title",
    [
        ("你们提出的关于完善商业区公共基础设施的提案已收悉。", "关于完善商业区公共基础设施的提案"),
        ("您们提出的“关于教育基础设施亟待提升”的提案收悉。", "关于教育基础设施亟待提升"),
        ("您提出的《关于加强社区卫生服务中心建设的建议》已收悉。", "关于加强社区卫生服务中心建设的建议"),
    ],
)
def test_proposal_title_marked_or_not(ack, title):
    assert header(letter(BODY, head=f"关于提案的答复\n\n李明委员：\n{ack}\n"))["proposal_title"] == title


@pytest.mark.parametrize(
    "salutation,proposer,kind",
    [
        ("王同伟委员", "王同伟", "member"),
        ("郭胜利、陈爱珍委员", "郭胜利、陈爱珍", "member"),
        ("马青、周丽等委员", "马青、周丽", "member"),
        ("李影代表", "李影", "deputy"),
        ("莽永桥等代表", "莽永桥", "deputy"),
        ("尊敬的王亚春区人大代表", "王亚春", "deputy"),
        ("民建市委会", "民建市委会", "organisation"),
        ("民建长春市委员会", "民建长春市委员会", "organisation"),
        ("县科协", "县科协", "organisation"),
        ("农工党永嘉县总支", "农工党永嘉县总支", "organisation"),
        ("九三学社瑞安支社", "九三学社瑞安支社", "organisation"),
        ("民盟温州市委", "民盟温州市委", "organisation"),
        ("黄志强等5位代表", "黄志强", "deputy"),
        ("经济界别李明委员", "李明", "member"),
        ("李明委员（经济界）", "李明", "member"),
        ("李明委员等5人", "李明", "member"),
        # (等 after the title, with or without the group's size: 张宁委员等, 王芳委员等5位委员)
        ("张宁委员等", "张宁", "member"),
        ("王芳委员等5位委员", "王芳", "member"),
        ("刘洋代表等", "刘洋", "deputy"),
        # (three addressees apart by commas, a group's size mid-list)
        ("陈建国等12位代表，刘慧敏代表，周卫东代表", "陈建国，刘慧敏，周卫东", "deputy"),
        ("杨蕾等15位代表、泸州代表团、马晓峰代表", "杨蕾、泸州代表团、马晓峰", "deputy"),
        ("李明等3位委员", "李明", "member"),
        ("李明同志", "李明", "member"),  # addressed as 同志 about a 提案: a CPPCC member
        ("周建华委员、沈晓燕委员", "周建华、沈晓燕", "member"),
        ("市政协经济界别委员", "市政协经济界别", "organisation"),  # a 界别 as a whole
        # (a body named first, members after it: the first-named decides; a name of three is a person's)
        ("致公党金华市委会、刘建国委员", "致公党金华市委会、刘建国", "organisation"),
        ("王建社、李明委员", "王建社、李明", "member"),
    ],
)
def test_proposer_and_kind(salutation, proposer, kind):
    h = header(letter(BODY, head=f"关于提案的答复\n\n{salutation}：\n您所提的提案收悉。\n"))
    assert (h["proposer"], h["proposer_kind"]) == (proposer, kind)


def test_closing_block():
    tail = (
        "\n感谢您的支持。\n联系人：李贤，联系电话：88962022。\n\n\n"
        "      温州市科学技术局\n      2024年6月28日\n\n\n"
        "抄送：市府办，市政协提案委\n温州市科学技术局办公室        2024年6月28日印发\n"
    )
    text = letter(BODY, tail=tail)
    h = header(text)
    assert h["signature_agency"] == "温州市科学技术局"
    assert text[h["signature_start"]:h["signature_end"]] == "温州市科学技术局"
    assert h["signed_date"] == dt.date(2024, 6, 28)
    assert text[h["signed_date_start"]:h["signed_date_end"]] == "2024年6月28日"
    assert (h["contact_name"], h["contact_phone"]) == ("李贤", "88962022")
    assert h["cc"] == ["市府办", "市政协提案委"]
    assert (h["printed_by"], h["printed_date"]) == ("温州市科学技术局办公室", dt.date(2024, 6, 28))


@pytest.mark.parametrize(
    "date_line,date",
    [
        ("2024年6月28日", dt.date(2024, 6, 28)),
        ("二〇二四年六月二十八日", dt.date(2024, 6, 28)),
        ("二OO五年八月三日", dt.date(2005, 8, 3)),
        ("2022726", dt.date(2022, 7, 26)),
        ("2024-06-28", dt.date(2024, 6, 28)),
    ],
)
def test_signed_date_formats(date_line, date):
    h = header(letter(BODY, tail=f"\n感谢您的支持。\n\n测试市交通运输局\n{date_line}\n"))
    assert h["signed_date"] == date
    assert h["signature_agency"] == "测试市交通运输局"


def test_missing_signature_and_date_stay_null():
    h = header(letter(BODY, tail="\n最后，感谢您对科技创新工作的支持。\n"))
    assert h["signed_date"] is None and h["signature_agency"] is None and h["cc"] == []


@pytest.mark.parametrize(
    "line,name,phone",
    [
        ("联 系 人:张 雷 联系电话:56155520", "张雷", "56155520"),
        ("承办人及联系电话:邓顺锡 13789037627", "邓顺锡", "13789037627"),
        ("（联系人：王五，联系电话：0577-88962022）", "王五", "0577-88962022"),
        ("联系人：王五，联系方式：88961234", "王五", "88961234"),
        ("联系人：王五  电话：（0577）88961234", "王五", "（0577）88961234"),
        # the office first, or a note of the unit after the name
        ("（联系人：省卫生健康委基层卫生健康处　刘敏；联系电话：028-86136520）", "刘敏", "028-86136520"),
        ("联系人：周磊（水生态环境处）\n联系电话：0573-82521234", "周磊", "0573-82521234"),
        # the name last inside the brackets, after the unit and its phone
        ("（联系单位及电话：市社保中心，0577-88961234；联系人：吴敏）", "吴敏", "0577-88961234"),
        # an office written close before the name
        ("联系人：营销部陈晓东，联系电话：0519-88961234", "陈晓东", "0519-88961234"),
        # (a space inside the local number)
        ("联系人：王五，联系电话：0571-8765 4321", "王五", "0571-87654321"),
    ],
)
def test_contact_lines(line, name, phone):
    h = header(letter(BODY, tail=f"\n感谢您的支持。\n{line}\n"))
    assert (h["contact_name"], h["contact_phone"]) == (name, phone)


def test_copy_counts_are_not_recipients():
    h = header(letter(BODY, tail="\n感谢您的支持。\n抄送:市政协提案委(2份)     市委市政府督查局(2份)\n"))
    assert h["cc"] == ["市政协提案委", "市委市政府督查局"]


def test_quality_flags():
    full = header(letter(BODY, head="测科提复〔2024〕7号\n关于提案的答复\n李明委员：\n您所提的提案收悉。\n"))
    assert full["flags"] == []
    bare = header("关于提案的答复\n李明委员：\n您所提的提案收悉。现答复如下：\n今年新增企业5家，下一步将继续推进相关")
    assert bare["flags"] == ["no_doc_number", "no_signed_date", "no_signature", "truncated"]


def test_signer_below_the_date_on_the_contact_line():
    text = letter(BODY, tail="\n感谢您的支持。\n2022726\n\n舞钢市教育体育局  联系电话:3303606 联系人:刘熠\n")
    h = header(text)
    assert h["signature_agency"] == "舞钢市教育体育局"
    assert text[h["signature_start"]:h["signature_end"]] == "舞钢市教育体育局"
    assert (h["contact_name"], h["contact_phone"]) == ("刘熠", "3303606")


@pytest.mark.parametrize("seal", ["（印）", "（盖章）", "(章)"])
def test_the_note_of_a_seal_is_not_part_of_the_signer(seal):
    text = letter(BODY, tail=f"\n感谢您的支持。\n\n测试市科学技术局{seal}\n2024年6月1日\n")
    h = header(text)
    assert h["signature_agency"] == "测试市科学技术局"
    assert text[h["signature_start"]:h["signature_end"]] == "测试市科学技术局"


def test_a_co_handling_agencys_opinion_names_the_proposer_in_its_acknowledgement():
    # 会办意见: written to the lead agency, about a proposal someone else made.
    head = ("温州市财政局关于市政协十三届三次会议第0156号提案的会办意见\n\n温财函〔2024〕45号\n\n市科技局：\n"
            "由民盟温州市委会提出的《关于加大科技型企业金融支持力度的提案》（第0156号）收悉。现将会办意见函告如下：\n")
    h = header(letter(BODY, head=head))
    assert h["title"] == "温州市财政局关于市政协十三届三次会议第0156号提案的会办意见"
    assert (h["salutation"], h["proposer"], h["proposer_kind"], h["proposal_no"]) == (
        "市科技局", "民盟温州市委会", "organisation", "156")


@pytest.mark.parametrize(
    "ack,proposal_no",
    [
        ("您提出的《关于测试的提案》（编号：123）收悉。", "123"),
        ("您在市政协十二届三次会议上提出的第45号提案《关于测试的提案》收悉。", "45"),
    ],
)
def test_proposal_number_in_other_acknowledgements(ack, proposal_no):
    assert header(letter(BODY, head=f"关于提案的答复\n\n李明委员：\n{ack}\n"))["proposal_no"] == proposal_no


def test_agencies_signing_side_by_side_are_all_the_signer():
    text = letter(BODY, tail="\n感谢您的支持。\n\n临泽县农业农村局　　　临泽县财政局\n2024年7月5日\n")
    h = header(text)
    assert h["signature_agency"] == "临泽县农业农村局、临泽县财政局"
    assert text[h["signature_start"]:h["signature_end"]].split() == ["临泽县农业农村局", "临泽县财政局"]


def test_a_co_handling_opinion_forwarded_by_the_lead_agency_names_the_proposer():
    head = ("关于市政协十三届二次会议第87号提案的会办意见\n\n市水利局：\n"
            "贵局转来的张建华委员等提出的《关于推进河湖生态修复的提案》（第87号）收悉。现提出会办意见如下：\n")
    h = header(letter(BODY, head=head))
    assert (h["salutation"], h["proposer"], h["proposer_kind"]) == ("市水利局", "张建华", "member")


@pytest.mark.parametrize("ack, proposer", [
    ("贵局主办的、由王建国委员提出的《关于促进退役军人就业的提案》（第132号）收悉。", "王建国"),
    ("贵局转来林雅婷委员提出的《关于校医配备的提案》收悉。", "林雅婷"),
    ("你局转来的周敏、刘建军等委员提出的《关于支持毕业生就业的提案》收悉。", "周敏、刘建军"),
])
def test_a_co_handling_opinion_names_the_proposer_however_the_lead_agency_is_named(ack, proposer):
    head = "关于市政协九届三次会议第132号提案的会办意见\n\n市人力社保局：\n" + ack + "现将会办意见函告如下：\n"
    h = header(letter(BODY, head=head))
    assert (h["proposer"], h["proposer_kind"]) == (proposer, "member")


def test_a_co_handling_opinion_names_a_group_that_proposed():
    head = ("关于省政协十三届二次会议第0123号提案会办意见的函\n\n省农业农村厅：\n"
            "九三学社湖南省委员会在省政协十三届二次会议期间提出的《关于健全科技特派员制度的提案》（第0123号）由贵厅主办、我厅会办。"
            "现将会办意见函告如下：\n")
    h = header(letter(BODY, head=head))
    assert (h["salutation"], h["proposer"], h["proposer_kind"]) == ("省农业农村厅", "九三学社湖南省委员会", "organisation")


def test_a_signer_and_a_date_in_words_on_one_line():
    h = header(letter(BODY, tail="\n感谢您的支持。\n\n雲溪縣民政局    二〇二五年七月三日\n"))
    assert (h["signature_agency"], h["signed_date"]) == ("云溪县民政局", dt.date(2025, 7, 3))


def test_copies_to_superiors_and_peers_and_a_printing_date_in_words():
    tail = (
        "\n感谢您的支持。\n\n      温州市科学技术局\n      2024年6月28日\n\n"
        "抄报：市政府办公室\n抄送：市政协提案委，市发展改革委\n温州市科学技术局办公室        二〇二四年六月二十八日印发\n"
    )
    h = header(letter(BODY, tail=tail))
    assert h["cc"] == ["市政府办公室", "市政协提案委", "市发展改革委"]
    assert (h["printed_by"], h["printed_date"]) == ("温州市科学技术局办公室", dt.date(2024, 6, 28))


def test_a_forms_title_field_names_the_proposal_in_full():
    text = ("建议编号：市九届人大三次会议第34号\n建议标题：关于以标准和品牌建设推动“金华制造”提质升级的建议\n领衔代表：吴晓红\n答复内容：\n\n"
            "吴晓红代表：\n您提出的关于推动“金华制造”提质升级的建议收悉。现答复如下：\n新增企业5家。\n"
            "\n金华市市场监督管理局\n2024年8月2日\n")
    assert header(text)["proposal_title"] == "关于以标准和品牌建设推动“金华制造”提质升级的建议"


def test_a_forms_contact_fields_above_the_salutation():
    head = "建议题目：关于提升政务服务的建议\n建议人：李明代表\n联系人：黄丽娟\n联系电话：0595-22567318\n" + HEAD
    h = header(letter(BODY, head=head, tail="\n感谢您的支持。\n"))
    assert (h["contact_name"], h["contact_phone"]) == ("黄丽娟", "0595-22567318")


def test_a_customs_office_signs():
    h = header(letter(BODY, tail="\n感谢您的支持。\n\n宁波海关\n2024年11月18日\n"))
    assert h["signature_agency"] == "宁波海关"


def test_proposers_named_by_the_acknowledgement_where_agencies_are_addressed():
    head = ("关于县十七届人大二次会议第21号建议办理情况的报告\n\n县人大常委会代表工作委员会、县人民政府办公室：\n"
            "吴建华、周丽萍等5位代表在县十七届人大二次会议期间提出的《关于加强燃气安全的建议》收悉。现将办理情况报告如下：\n")
    h = header(letter(BODY, head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("吴建华、周丽萍", "deputy")
    head = ("关于市政协十届三次会议第276号提案的会办意见\n\n市经信局：\n"
            "《关于加快小微企业园提质的提案》（陈立新委员提出）收悉。现将会办意见函告如下：\n")
    h = header(letter(BODY, head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("陈立新", "member")
    # (a person addressed keeps being the proposer)
    head = "测科提复〔2024〕7号\n\n李明委员：\n各位代表在会上提出的意见收悉。现答复如下：\n"
    assert header(letter(BODY, head=head))["proposer"] == "李明"


@pytest.mark.parametrize("tail", [
    "\n感谢您的支持。\n\n嘉兴市消防救援支队\n（此件公开发布）\n\n抄送：市政府办公室。\n嘉兴市消防救援支队办公室  2025年6月12日印发\n",
    "\n感谢您的支持。\n\n嘉兴市消防救援支队\n（嘉兴市应急管理局代章）\n2025年6月12日\n",
])
def test_a_signer_above_a_note_in_brackets_or_with_no_date_line_signs(tail):
    text = letter(BODY, tail=tail)
    h = header(text)
    assert h["signature_agency"] == "嘉兴市消防救援支队"
    assert text[h["signature_start"]:h["signature_end"]] == "嘉兴市消防救援支队"


def test_copies_lose_their_full_stop_per_line_and_a_bare_phone_number_is_the_contact_s():
    tail = ("\n感谢您的支持。\n\n测试局\n2024年5月6日\n\n联系人：陆建华（融资处），0573-82071234\n"
            "抄报：省人大常委会代表工作委员会。\n抄送：省政府办公厅。\n")
    h = header(letter(BODY, tail=tail))
    assert h["cc"] == ["省人大常委会代表工作委员会", "省政府办公厅"]
    assert h["contact_phone"] == "0573-82071234"


def test_a_report_to_the_standing_committee_names_no_proposer_and_a_slogan_is_no_title():
    head = ("关于县十八届人大四次会议代表建议办理情况的报告\n\n县人大常委会：\n"
            "县十八届人大四次会议期间，代表们提出的5件建议交由我局办理。我局坚持“见面率、落实率、满意率”并重。现将办理情况报告如下：\n")
    h = header(letter(BODY, head=head))
    assert (h["proposer"], h["proposer_kind"], h["proposal_title"]) == (None, None, None)


def test_joint_signers_stacked_one_per_line_are_all_the_signer_lead_first():
    tail = "\n感谢您的支持。\n\n济南市住房和城乡建设局\n济南市自然资源和规划局\n济南市财政局\n2025年5月28日\n"
    text = letter(BODY, tail=tail)
    h = header(text)
    assert h["signature_agency"] == "济南市住房和城乡建设局、济南市自然资源和规划局、济南市财政局"
    assert text[h["signature_start"]:h["signature_end"]].split() == ["济南市住房和城乡建设局", "济南市自然资源和规划局", "济南市财政局"]
    # (a sentence above a single signer is not a signer)
    assert header(letter(BODY, tail="\n感谢您的支持。\n温州市科学技术局\n2024年5月1日\n"))["signature_agency"] == "温州市科学技术局"


@pytest.mark.parametrize(
    "title,session,term,no,proposal_no",
    [
        # a ministry's class number in brackets after the proposal's
        ("关于政协十四届全国委员会第二次会议\n第00876号（医疗卫生类103号）提案答复的函", "政协十四届全国委员会第二次会议", 14, 2, "876"),
        # the agency's name before 对, the number on the title's second line
        ("农业农村部对十四届全国人大二次会议\n第4127号建议的答复", "十四届全国人大二次会议", 14, 2, "4127"),
        # several proposals answered together: the first
        ("关于市政协十三届三次会议第0123号、第0156号、第0201号提案的答复", "市政协十三届三次会议", 13, 3, "123"),
    ],
)
def test_national_and_combined_titles(title, session, term, no, proposal_no):
    h = header(letter(BODY, head=f"{title}\n\n王某某代表：\n您提出的建议收悉。\n"))
    assert (h["session"], h["committee_term"], h["session_no"], h["proposal_no"]) == (session, term, no, proposal_no)
    assert h["title"] == title.replace("\n", "")


def test_a_contact_after_a_ministry_department_is_the_person():
    h = header(letter(BODY, tail="\n农业农村部\n2024年7月1日\n（联系人：农田建设管理司赵某某，电话：010-59191234）\n"))
    assert (h["contact_name"], h["contact_phone"]) == ("赵某某", "010-59191234")


def test_the_agency_on_the_line_right_above_the_title_is_its_first_line():
    head = "湖发改提复〔2025〕6号\n\n\n湖州市发展和改革委员会\n关于市政协九届四次会议第0087号提案的答复\n\n李明委员：\n您所提的提案收悉。\n"
    h = header(letter(BODY, head=head))
    assert (h["title"], h["proposal_no"]) == ("湖州市发展和改革委员会关于市政协九届四次会议第0087号提案的答复", "87")
    # (an agency name longer than twelve characters before 关于 on the same line too)
    head = "湖州市人力资源和社会保障局关于市十届人大三次会议\n第108号建议的答复\n\n沈国良代表：\n您提出的建议收悉。\n"
    assert header(letter(BODY, head=head))["title"] == "湖州市人力资源和社会保障局关于市十届人大三次会议第108号建议的答复"
    # (and the names of agencies replying together, on one line)
    head = "台残联函〔2024〕37号\n\n台州市残疾人联合会　台州市民政局\n关于市六届人大三次会议第156号建议的答复函\n\n陈华代表：\n您提出的建议收悉。\n"
    assert header(letter(BODY, head=head))["title"] == "台州市残疾人联合会台州市民政局关于市六届人大三次会议第156号建议的答复函"
    # a masthead set apart from the title by the 文号 is not
    head = "温州市科学技术局\n\n温科提复〔2024〕98号\n\n关于市政协十二届三次会议81号提案的答复函\n\n王同伟委员：\n您所提的提案收悉。\n"
    assert header(letter(BODY, head=head))["title"] == "关于市政协十二届三次会议81号提案的答复函"


def test_without_a_salutation_the_acknowledging_line_names_proposer_and_title():
    text = ("温州市交通运输局关于市政协十二届三次会议第237号提案的答复函\n发布时间：2024-06-20 09:31:45    来源：市交通运输局\n\n"
            "温交函[2024]15号\n\n关于市政协十二届三次会议\n第237号提案的答复函\n\n公开方式：主动公开\n\n"
            "陈立峰委员在市政协十二届三次会议上提出的《关于加快完善城乡公交网络的提案》（第237号）收悉。现答复如下：\n"
            "一、基本情况\n全市共开通城乡公交线路412条。\n\n温州市交通运输局\n2024年6月12日\n")
    h = header(text)
    assert (h["proposer"], h["proposer_kind"], h["proposal_title"]) == ("陈立峰", "member", "关于加快完善城乡公交网络的提案")


def test_a_report_on_how_a_suggestion_was_handled_and_its_proposer_after_the_session():
    text = ("绍水建〔2024〕15号　　签发人：陈志远\n办理结果：A类\n\n关于市十六届人大三次会议第45号建议办理情况的报告\n\n市人大常委会：\n"
            "　　市十六届人大三次会议期间，张建国代表提出的《关于加强中心城区防洪排涝能力建设的建议》（第45号）由我局主办。现将有关情况报告如下：\n"
            "　　一、基本情况\n　　全市累计投入防洪排涝资金约46亿元。\n\n绍兴市水利局\n2024年7月10日\n")
    h = header(text)
    assert h["title"] == "关于市十六届人大三次会议第45号建议办理情况的报告"
    assert (h["proposer"], h["proposer_kind"]) == ("张建国", "deputy")


def test_a_co_handling_opinion_takes_its_proposer_from_the_acknowledgement():
    h = header("金市监函〔2024〕58号\n\n金华市市场监督管理局\n关于市政协九届三次会议第125号提案的协办意见\n\n市发展改革委：\n"
               "由贵委主办、我局协办的九三学社金华市委会提出的《关于打造放心消费城市的提案》（第125号）收悉。现将协办意见函告如下：\n"
               "一、工作现状\n全市累计培育放心消费单位1.26万家。\n\n金华市市场监督管理局\n2024年9月12日\n")
    assert (h["proposer"], h["proposer_kind"], h["proposal_no"]) == ("九三学社金华市委会", "organisation", "125")


def test_a_scraped_pages_buttons_after_the_cc_are_no_recipients():
    h = header(letter(BODY, tail="\n感谢您的支持。\n抄送：市人大常委会代表工作委员会，市政府办公室。 【打印本页】【关闭窗口】\n"))
    assert h["cc"] == ["市人大常委会代表工作委员会", "市政府办公室"]


def test_a_wrapped_letters_cc_list_ends_at_its_line_before_the_printed_line():
    para = "全市共有各类水库一百二十座，其中大中型水库二十座，小型水库一百座，总库容达到十二亿立方米以上，近年来完成了除险加固。"
    # (paragraphs open with an indent: a line open at its end, not indented after, goes on)
    wrapped = "\n".join(("　　" if i == 0 else "") + para[i:i + 24] for i in range(0, len(para), 24))
    tail = ("\n感谢您的支持。\n\n台州市水利局\n2025年6月18日\n\n抄送：市政府办公室，市政协提案委员会\n"
            "台州市水利局办公室　　　　　　２０２５年６月２０日印发\n")
    h = header(letter("一、基本情况\n" + "\n".join([wrapped] * 3) + "\n", tail=tail))
    assert h["cc"] == ["市政府办公室", "市政协提案委员会"]
    assert (h["printed_by"], str(h["printed_date"])) == ("台州市水利局办公室", "2025-06-20")


def test_a_reply_form_names_its_title_number_office_and_date_in_fields():
    text = ("武义县十七届人大三次会议代表建议办理情况答复表\n\n建议编号：第41号\n建议题目：关于提高高龄老人津贴标准的建议\n"
            "领衔代表：徐卫东\n主办单位：武义县民政局\n协办单位：县财政局\n答复内容：\n徐卫东代表：\n"
            "您提出的关于提高高龄老人津贴标准的建议收悉。现答复如下：\n今年上半年发放资金258.9万元。\n\n"
            "联系人：楼晓东\n联系电话：0579-87621035\n答复日期：2024年7月12日\n")
    h = header(text)
    assert h["title"] == "武义县十七届人大三次会议代表建议办理情况答复表"
    assert (h["proposal_no"], h["signature_agency"], str(h["signed_date"])) == ("41", "武义县民政局", "2024-07-12")


def test_a_co_handlers_opinion_names_the_proposer_not_the_lead_agency_it_is_addressed_to():
    for ack in ("贵厅转来的民进江西省委会《关于加强技能人才培养的提案》收悉。", "民进江西省委会《关于加强技能人才培养的提案》收悉。",
                "《关于加强技能人才培养的提案》收悉。该提案由民进江西省委会提出。"):
        h = header(letter("一、基本情况\n全省技能人才达到120万人。\n",
                          head=f"赣人社函〔2024〕178号\n\n关于省政协十三届二次会议第0386号提案会办意见的函\n\n省教育厅：\n{ack}现将会办意见函告如下：\n"))
        assert (h["proposer"], h["proposer_kind"]) == ("民进江西省委会", "organisation"), ack
    h = header(letter("一、基本情况\n全省技能人才达到120万人。\n",
                      head="赣人社函〔2024〕178号\n\n关于第0386号提案会办意见的函\n\n省教育厅：\n《关于加强技能人才培养的提案》收悉。现将会办意见函告如下：\n"))
    assert h["proposer"] is None


def test_a_signature_with_its_other_name_a_set_phrase_of_places_and_two_addressees_apart_by_a_comma():
    tail = ("\n感谢您的支持。\n\n嘉兴市综合行政执法局（嘉兴市城市管理局）\n2024年7月18日\n\n"
            "抄送：市政府办公室，市政协提案委员会，各区、县（市）综合行政执法局\n")
    h = header(letter("一、基本情况\n全市建成小区120个。\n", tail=tail))
    assert h["signature_agency"] == "嘉兴市综合行政执法局"
    assert h["cc"] == ["市政府办公室", "市政协提案委员会", "各区、县（市）综合行政执法局"]
    h = header(letter("一、基本情况\n全市建成小区120个。\n",
                      head="金发改函〔2024〕31号\n\n关于市政协九届三次会议第0101号提案的答复\n\n何敏委员，九三学社金华市委会：\n你们提出的《关于发展夜间经济的提案》收悉。现答复如下：\n"))
    assert h["proposer"] == "何敏，九三学社金华市委会"


def test_a_date_under_the_salutation_dates_the_letter_and_the_body_runs_on_past_it():
    head = "关于省政协十三届三次会议第1024号提案的答复\n鲁文旅函〔2025〕53号\n\n孙立新委员：\n2025年7月8日\n\n您提出的《关于公共文化的提案》收悉，现答复如下：\n"
    tail = "\n感谢您的支持！\n\n山东省文化和旅游厅\n\n联系人：赵倩  电话：0531-51765023\n"
    out = run(letter("一、设施网络\n全省建成公共图书馆154个。\n二、下步打算\n一是完善设施网络。力争新增文化空间300个。\n", head=head, tail=tail))
    h = out["letter_headers"].to_dicts()[0]
    assert (h["signed_date"], h["signature_agency"], h["proposal_title"]) == (dt.date(2025, 7, 8), "山东省文化和旅游厅", "关于公共文化的提案")
    assert out["metrics"].height == 2 and out["commitments"].height == 1


def test_a_phone_number_with_spaces_around_its_dash():
    tail = "\n感谢您的支持。\n\n测试市科学技术局\n2024年6月1日\n\n联系人：王明  联系电话：0731 - 88770123\n"
    assert header(letter("一、基本情况\n全市建成小区120个。\n", tail=tail))["contact_phone"] == "0731-88770123"


def test_a_body_then_a_member_as_addressees_apart_by_a_comma():
    head = "丽文旅函〔2025〕22号\n\n关于市政协五届四次会议第0088号提案的答复\n\n市工商联，叶青委员：\n你们提出的《关于发展入境旅游的提案》收悉。现答复如下：\n"
    h = header(letter("一、基本情况\n全市接待游客120万人次。\n", head=head))
    assert h["salutation"] == "市工商联，叶青委员" and h["proposer"] is not None


def test_a_doc_number_whose_code_an_old_web_page_spaced_out():
    h = header(letter(BODY, head="浙水 提复〔2023〕 15号\n\n关于市政协九届二次会议12号提案的答复\n\n李明委员：\n您所提的提案收悉。\n"))
    assert (h["doc_number"], h["issuer_code"], h["doc_serial"]) == ("浙水提复〔2023〕15号", "浙水", 15)


def test_the_contact_line_wins_over_a_hotline_in_the_body_and_a_title_broken_inside_dafu():
    tail = "\n感谢您的支持。\n\n测试市医疗保障局\n2024年6月1日\n\n（联系人：吴晓峰；联系电话：0572-2398012）\n"
    head = "缙城管建〔2024〕21号\n\n关于县十八届人大三次会议第26号建议的答\n复\n\n陈丽华代表：\n你提出的建议收悉。现答复如下：\n"
    h = header(letter("一、基本情况\n公布投诉举报电话0572-2398000。全市定点药店1289家。\n", head=head, tail=tail))
    assert (h["contact_phone"], h["title"]) == ("0572-2398012", "关于县十八届人大三次会议第26号建议的答复")


def test_a_natural_resources_and_planning_code_before_jian():
    h = header(letter(BODY, head="遂自然资规建〔2022〕8号\n\n关于县人大第8号建议的答复\n\n李明代表：\n你提出的建议收悉。\n"))
    assert h["issuer_code"] == "遂自然资规"


def test_a_contact_name_under_the_phone_line_and_a_housing_bureaus_reply_code():
    tail = ("\n感谢您的支持。\n\n测试市妇女联合会\n2024年6月1日\n\n联系单位及电话：市妇联权益部　0595-22180367\n联系人：黄晓燕\n"
            "地址：泉州大道3号 电话：0595-22180300\n")
    head = "昆住建复〔2025〕76号\n\n关于市人大第76号建议的答复\n\n李明代表：\n你提出的建议收悉。\n"
    h = header(letter(BODY, head=head, tail=tail))
    assert (h["contact_name"], h["contact_phone"], h["issuer_code"]) == ("黄晓燕", "0595-22180367", "昆住建")


def test_a_one_line_letter_to_two_deputies_and_a_title_ending_in_dafu_de_han():
    text = ("成医保建复〔2024〕27号 关于对市十八届人大三次会议第0213号建议的答复李建国、王芳代表：你们提出的《关于完善长期护理保险制度的建议》收悉。"
            "现答复如下：一、基本情况 全市参保1679.3万人。感谢你们的支持。成都市医疗保障局 2024年7月12日")
    h = header(text)
    assert (h["title"], h["proposer"], h["proposer_kind"]) == ("关于对市十八届人大三次会议第0213号建议的答复", "李建国、王芳", "deputy")
    text = ("穗医保函〔2025〕88号 关于广州市政协十四届四次会议第4017号提案答复的函刘晓东委员：您提出的《关于医保支付的提案》收悉。"
            "现答复如下：一、基本情况 全市参保1200万人。感谢您的支持。广州市医疗保障局 2025年6月2日")
    h = header(text)
    assert (h["salutation"], h["proposer"]) == ("刘晓东委员", "刘晓东")


def test_a_merged_reply_with_one_hao_for_both_numbers():
    head = "衢数函〔2021〕56号\n\n关于市政协八届五次会议第0215、0231号提案的答复\n\n张三委员：\n您提出的提案收悉。\n"
    assert header(letter(BODY, head=head))["proposal_no"] == "215"


def test_a_merged_reply_of_three_with_one_hao_and_a_member_named_before_a_body():
    head = "衢数函〔2021〕56号\n\n关于市政协八届五次会议第12、35、88号提案的答复\n\n王海军委员、农工党仙居县总支：\n您们提出的提案收悉。\n"
    h = header(letter(BODY, head=head))
    assert (h["proposal_no"], h["proposer_kind"]) == ("12", "member")


def test_bodies_that_propose_jointly_and_a_plan_item_opening_with_xiabu_gongzuo_zhong():
    head = "锡医保函〔2024〕12号\n\n关于市政协十届三次会议第88号提案的答复\n\n农工党无锡市委会、九三学社无锡市委会联名：\n你们提出的提案收悉。\n"
    assert header(letter(BODY, head=head))["proposer"] == "农工党无锡市委会、九三学社无锡市委会"
    body = "一、基本情况\n全市有机构12家。\n二、下步工作\n下步工作中，我局将力争把补贴提高到每人每月80元。\n"
    assert run(letter(body))["commitments"]["heading"].to_list() == ["我局将力争把补贴提高到每人每月80元"]


def test_a_date_of_year_and_month_alone_gives_the_letters_year():
    text = ("关于区十七届人大三次会议第12号建议的答复\n\n李明代表：\n您提出的建议收悉。现答复如下：\n今年以来，新增停车位30个。\n"
            "\n测试街道办事处\n2023年11月\n")
    t = run(text)
    h = t["letter_headers"].to_dicts()[0]
    assert (h["signed_date"], h["letter_year"], h["signature_agency"]) == (None, 2023, "测试街道办事处")
    (m,) = t["metrics"].to_dicts()
    assert m["period_start"].year == 2023


def test_a_traditional_title_spaced_out_folds_once_joined():
    text = ("泉體提復〔２０２１〕２１號\n\n關於市政協十三屆一次會議第８７號提案的\n答　覆　函\n\n黃志明委員：\n"
            "您提出的《關於加強青少年體育後備人才培養的提案》收悉。現答覆如下：\n一、基本情況\n全市現有體校１２所。\n\n泉州市體育局\n２０２１年６月１日\n")
    assert run(text)["letter_headers"]["title"].to_list() == ["关于市政协十三届一次会议第87号提案的答复函"]


def test_a_provinces_one_character_before_jian_is_its_housing_departments_code():
    for doc, code in [("湘建复〔2024〕58号", "湘建"), ("苏建议复〔2023〕87号", "苏建"), ("鲁建议字〔2022〕96号", "鲁建"), ("武民建复〔2024〕9号", "武民")]:
        assert header(letter("一、基本情况\n全省共有小区12个。\n", head=HEAD.replace("测科提复〔2024〕7号", doc)))["issuer_code"] == code


def test_a_doc_number_and_a_proposal_number_in_words():
    h = header(letter("一、基本情况\n全区共有养老机构十二家。\n", head=HEAD.replace("测科提复〔2024〕7号", "鲤民函〔二〇二六〕十五号")
                      .replace("12号提案", "第五十八号提案")))
    assert (h["doc_number"], h["issuer_code"], h["doc_year"], h["doc_serial"], h["proposal_no"]) == ("鲤民函〔二〇二六〕十五号", "鲤民", 2026, 15, "58")


def test_a_dotted_printed_date():
    h = header(letter("一、基本情况\n全市共有企业12家。\n", tail=TAIL + "\n抄送：市政协提案委。\n测试市科学技术局办公室          2024.6.19印发\n"))
    assert (h["printed_by"], h["printed_date"]) == ("测试市科学技术局办公室", dt.date(2024, 6, 19))


def test_a_co_handlers_reply_to_the_lead_agency_takes_the_labelled_proposer():
    text = ("甬中法函〔2024〕5号\n\n关于市政协十七届三次会议第0312号提案的会办意见\n\n市司法局：\n"
            "市政协十七届三次会议第0312号提案《关于加强诉源治理的提案》（提案人：民革宁波市委会）收悉。现将我院会办意见函告如下：\n"
            "一、基本情况\n全市法院诉前调解案件1.2万件。\n\n宁波市中级人民法院\n2024年5月20日\n")
    h = header(text)
    assert (h["proposer"], h["proposer_kind"]) == ("民革宁波市委会", "organisation")


def test_a_co_handlers_reply_names_a_group_proposer_without_the_meeting():
    text = ("绍医保函〔2025〕27号\n\n关于市政协九届四次会议第0087号提案的会办意见\n\n市卫生健康委：\n"
            "由九三学社绍兴市委会在市政协九届四次会议上提出的《关于推进家庭医生签约服务的提案》收悉。现将我局会办意见函告如下：\n"
            "一、基本情况\n全市签约居民120万人。\n\n绍兴市医疗保障局\n2025年5月20日\n")
    h = header(text)
    assert (h["proposer"], h["proposer_kind"]) == ("九三学社绍兴市委会", "organisation")


def test_joint_signers_marked_lead_and_co_handling_and_names_sharing_a_title_in_the_cc():
    tail = "\n感谢您的支持。\n\n台州市政务服务管理办公室（主办）\n台州市数据局（协办）\n2024年7月12日\n抄送：市人大常委会代表工委，王丽、陈志刚代表。\n"
    h = header(letter(BODY, tail=tail))
    assert h["signature_agency"] == "台州市政务服务管理办公室、台州市数据局"
    assert h["cc"] == ["市人大常委会代表工委", "王丽代表", "陈志刚代表"]


def test_a_contact_followed_by_its_unit_and_joint_signers_marked_on_one_line():
    t = run(letter("一、情况\n全市共有企业12家。\n", tail="\n感谢您对我们工作的支持。\n\n联系人：任佳琪，国家税务总局绍兴市税务局纳税服务科\n"
                   "联系电话：0575-88001234\n\n庐江县粮食和物资储备局（主办）　　庐江县供销合作社（协办）\n2024年6月28日\n"))
    h = t["letter_headers"].to_dicts()[0]
    assert (h["contact_name"], h["signature_agency"]) == ("任佳琪", "庐江县粮食和物资储备局、庐江县供销合作社")


def test_a_contact_after_a_peoples_organisations_name():
    for unit in ("市红十字会", "市残联", "市总工会"):
        t = run(letter("一、情况\n全市共有站点12个。\n", tail=f"\n感谢您对我们工作的支持。\n\n测试市红十字会\n2024年6月1日\n（联系人：{unit}　王佳颖；电话：0572-2397516）\n"))
        assert t["letter_headers"]["contact_name"].item() == "王佳颖"


def test_a_deputys_town_or_delegation_before_the_name_is_not_the_proposer():
    head = "测农建〔2024〕7号\n\n关于县十七届人大三次会议第12号建议的答复\n\n{}\n您提出的《关于测试的建议》收悉。现答复如下：\n"
    got = [run(letter("全县新增企业10家。\n", head=head.format(s)))["letter_headers"].row(0, named=True) for s in
           ("龙塘镇杨秀芬代表：", "雅阳镇代表团周德明等代表：", "妙高街道、湖山乡代表联名提出建议的黄志强等5位代表：", "玉岩镇代表团：")]
    assert [(h["proposer"], h["proposer_kind"]) for h in got] == [("杨秀芬", "deputy"), ("周德明", "deputy"), ("黄志强", "deputy"),
                                                                 ("玉岩镇代表团", "organisation")]


def test_a_web_pages_label_before_the_title_is_no_part_of_it():
    text = letter("全县新增企业10家。\n", head="青水提复〔2025〕23号\n\n【标题】关于县政协十一届四次会议第23号提案的答复函\n\n张三委员：\n您提出的《关于测试的提案》收悉。现答复如下：\n")
    h = run(text)["letter_headers"].row(0, named=True)
    assert h["title"] == "关于县政协十一届四次会议第23号提案的答复函"
    assert text[h["title_start"]:h["title_start"] + 2] == "关于" and h["proposal_no"] == "23"


def test_a_co_handlers_opinion_that_answers_nothing_by_name_is_still_a_letter():
    text = ("关于市十六届人大三次会议第118号建议的协办意见\n\n市商务局：\n"
            "赵敏、刘洋等12位代表提出的《关于促进夜间经济繁荣发展的建议》由你局主办、我局协办。经研究，现提出如下协办意见：\n"
            "一、强化经营主体培育\n2024年1-9月，全市新增住宿类经营主体2.47万户。\n\n金华市市场监督管理局\n2024年10月18日\n")
    h = header(text)
    assert (h["proposal_no"], h["proposer"], h["proposer_kind"]) == ("118", "赵敏、刘洋", "deputy")
    assert [m["surface"] for m in run(text)["metrics"].to_dicts()] == ["2.47万户"]


@pytest.mark.parametrize("salutation, proposer, kind", [
    ("市人大代表张晓峰", "张晓峰", "deputy"),
    ("市人大代表孙志刚等5名代表", "孙志刚", "deputy"),
    ("临江市政协委员李明", "李明", "member"),
    ("湖南省株洲市荷塘区代表团胡志刚代表", "胡志刚", "deputy"),
])
def test_a_title_or_a_delegation_before_the_name_is_no_part_of_it(salutation, proposer, kind):
    text = letter("新增企业5家。\n", head=f"关于市十六届人大三次会议第18号建议的答复\n\n{salutation}：\n您提出的《关于加快农业发展的建议》收悉。现答复如下：\n")
    h = header(text)
    assert (h["proposer"], h["proposer_kind"]) == (proposer, kind)


def test_a_member_named_before_the_size_of_the_group_proposed_it():
    head = ("关于市政协十二届三次会议A0512号提案的会办意见\n\n市商务局：\n"
            "许文涛委员等6人提出的A0512号提案《关于夜间经济的提案》由你局主办、我局会办。现将会办意见函告如下：\n")
    text = letter("新增企业5家。\n", head=head)
    h = header(text)
    assert (h["proposer"], h["proposer_kind"]) == ("许文涛", "member")
    assert [m["surface"] for m in run(text)["metrics"].to_dicts()] == ["5家"]


def test_a_joint_replys_labelled_lead_signs_it():
    tail = "\n感谢您对我们工作的支持。\n\n主办单位：湖州市科学技术局\n协办单位：湖州市财政局\n2024年7月12日\n"
    h = header(letter("新增企业5家。\n", tail=tail))
    assert (h["signature_agency"], h["signed_date"], h["flags"]) == ("湖州市科学技术局", dt.date(2024, 7, 12), [])


def test_joint_signers_with_another_name_in_brackets_or_roles_on_the_line_below():
    aliased = "\n感谢您的支持。\n\n绍兴市综合行政执法局（市城市管理局）        绍兴市生态环境局\n                2024年7月12日\n"
    roles = "\n感谢您的支持。\n\n长沙市城市管理和综合执法局　　长沙市自然资源和规划局\n（主办）　　　　（协办）\n2025年6月20日\n"
    got = [header(letter(BODY, tail=tail)) for tail in (aliased, roles)]
    assert [h["signature_agency"] for h in got] == ["绍兴市综合行政执法局、绍兴市生态环境局", "长沙市城市管理和综合执法局、长沙市自然资源和规划局"]
    assert all("no_signature" not in h["flags"] for h in got)


def test_the_clerk_who_handled_the_reply_is_its_contact():
    tail = "\n感谢您对我们工作的支持。\n\n测试市交通运输局\n2024年6月1日\n\n经办人：段立伟    联系电话：0571-87001234\n"
    h = header(letter("一、基本情况\n全市建成农村公路1200公里。\n", tail=tail))
    assert (h["contact_name"], h["contact_phone"]) == ("段立伟", "0571-87001234")


def test_a_one_line_letter_with_its_wenhao_between_title_and_a_partys_branch():
    text = ("义乌市人力资源和社会保障局 关于市政协十五届三次会议第093号提案的答复函 义人社提复〔2024〕21号 农工党义乌市总支：贵总支提出的"
            "《关于保障外来务工人员工资权益的提案》收悉。现答复如下：一、基本情况 全市现有外来务工人员约143万人。感谢贵总支的支持。"
            "义乌市人力资源和社会保障局 2024年12月6日")
    h = header(text)
    assert (h["doc_number"], h["issuer_code"]) == ("义人社提复〔2024〕21号", "义人社")
    assert (h["title"], h["proposer"], h["proposer_kind"]) == (
        "义乌市人力资源和社会保障局关于市政协十五届三次会议第093号提案的答复函", "农工党义乌市总支", "organisation")
    # (the 文号 first, the agency's name and the title after it on the same line)
    text = ("瑞人社议〔2024〕17号瑞安市人力资源和社会保障局关于市十八届人大三次会议第45号建议的答复 陈国强等5名代表：你们提出的《关于根治欠薪的建议》收悉。"
            "现答复如下：一、基本情况 全市追发工资1.2亿元。感谢你们的支持。瑞安市人力资源和社会保障局 2024年11月20日")
    assert header(text)["title"] == "瑞安市人力资源和社会保障局关于市十八届人大三次会议第45号建议的答复"


def test_an_agency_above_the_title_may_hold_a_place_in_brackets():
    head = "舟自贸复〔2025〕31号\n\n中国（浙江）自由贸易试验区舟山片区管理委员会\n关于市八届人大五次会议第203号建议的答复\n\n李春华代表：\n您提出的建议收悉。\n"
    assert header(letter(BODY, head=head))["title"] == "中国（浙江）自由贸易试验区舟山片区管理委员会关于市八届人大五次会议第203号建议的答复"


def test_an_agency_above_the_title_with_its_second_name_in_brackets():
    head = "嘉市监知提复〔2024〕17号\n\n嘉兴市市场监督管理局（嘉兴市知识产权局）\n关于市政协九届三次会议第156号提案的答复函\n\n民盟嘉兴市委会：\n贵会提出的提案收悉。\n"
    assert header(letter(BODY, head=head))["title"] == "嘉兴市市场监督管理局（嘉兴市知识产权局）关于市政协九届三次会议第156号提案的答复函"


def test_a_date_above_the_title_dates_the_letter_and_stacked_signers_without_a_date_below_sign_it():
    head = "2024年9月12日\n\n青山镇人民政府关于县十七届人大三次会议第112号建议的答复\n\n王建军代表：\n您提出的建议收悉，现答复如下。\n"
    tail = "\n欢迎您继续关注和监督我们的工作。\n\n中共青山镇委员会\n青山镇人民政府\n\n办理结果：B类\n"
    h = header(letter("一、基本情况\n全镇建成社区食堂5个。\n", head=head, tail=tail))
    assert (h["signed_date"], h["letter_year"]) == (dt.date(2024, 9, 12), 2024)
    assert h["signature_agency"] == "中共青山镇委员会、青山镇人民政府"
    assert not {"no_signed_date", "no_signature", "truncated"} & set(h["flags"])


def test_a_member_named_with_the_title_twice_in_a_co_handlers_opinion():
    head = ("关于市十四届人大三次会议第0231号建议的会办意见\n\n市住房和城乡建设局：\n"
            "由贵局主办、我局会办的马俊杰代表等8名代表提出的《关于推进老旧小区适老化改造的建议》已收悉。现将会办意见函复如下：\n")
    h = header(letter("新增企业5家。\n", head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("马俊杰", "deputy")


def test_a_titles_own_wenhao_in_brackets_after_it_is_no_part_of_it():
    text = letter(BODY, head="关于市十七届人大三次会议第0381号建议的答复（宁信复〔2025〕17号）\n\n陈国强代表：\n您提出的建议收悉。现答复如下：\n")
    h = header(text)
    assert (h["title"], h["doc_number"]) == ("关于市十七届人大三次会议第0381号建议的答复", "宁信复〔2025〕17号")
    assert text[h["title_start"]:h["title_end"]] == h["title"]


def test_an_agency_that_is_also_a_company_signs_and_heads_the_title():
    head = "北泉烟专提复〔2025〕6号\n\n北泉市烟草专卖局（公司）\n关于市政协十三届四次会议第45号提案的答复\n\n李明委员：\n您提出的提案收悉。\n"
    tail = "\n感谢您的支持。\n\n北泉市烟草专卖局（公司）\n2025年6月12日\n"
    h = header(letter(BODY, head=head, tail=tail))
    assert h["title"] == "北泉市烟草专卖局（公司）关于市政协十三届四次会议第45号提案的答复"
    assert (h["signature_agency"], h["flags"]) == ("北泉市烟草专卖局", [])


def test_a_partys_branch_named_by_its_gui_is_the_addressee():
    head = "关于县政协十届三次会议第45号提案的答复\n\n农工党安吉县总支部：\n贵总支部提出的《关于加强心理健康服务的提案》收悉。现答复如下：\n"
    h = header(letter(BODY, head=head))
    assert (h["proposer"], h["proposer_kind"]) == ("农工党安吉县总支部", "organisation")
