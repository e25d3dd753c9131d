"""Each metric rule on a small letter of our own."""
import datetime as dt

import polars as pl
import pytest

from orchestration.extraction.metrics import SUBJECT_MAX

from .letters import HEAD, TAIL, letter, metrics, one, run


# --- values and units ----------------------------------------------------------------

@pytest.mark.parametrize(
    "body,surface,value,unit,family",
    [
        ("全市累计建成孵化载体246个。", "246个", 246, "个", "count"),
        ("对接订单金额73亿元。", "73亿元", 7.3e9, "元", "currency"),
        ("总规模1.2万亿元。", "1.2万亿元", 1.2e12, "元", "currency"),
        ("兑付奖励资金2800余万元。", "2800余万元", 2.8e7, "元", "currency"),
        ("集聚创新创业人才5.2万余人。", "5.2万余人", 52000, "人", "count"),
        ("研发投入强度达2.61%。", "2.61%", 2.61, "%", "percent"),
        ("覆盖率达９８％以上。", "９８％以上", 98, "%", "percent"),
        ("已建成孵化面积512万方。", "512万方", 5.12e6, "方", "area"),
        ("新增用地300亩。", "300亩", 300, "亩", "area"),
        ("超历年总和2倍以上。", "2倍以上", 2, "倍", "ratio"),
        ("组建了三支母基金。", "三支", 3, "支", "count"),
        ("新增两家研发机构。", "两家", 2, "家", "count"),
        ("组织一百余人参加培训。", "一百余人", 100, "人", "count"),
        ("全年开展线上同步教学1.5万余节次。", "1.5万余节次", 15000, "节次", "count"),
        ("投入三百多万元。", "三百多万元", 3e6, "元", "currency"),
        ("新增两千万元专项资金。", "两千万元", 2e7, "元", "currency"),
        ("举办“温州好成果”路演10场。", "10场", 10, "场", "count"),
        ("全年组织路演50场次。", "50场次", 50, "场次", "count"),
        ("同比提高1.5个百分点。", "1.5个百分点", 1.5, "百分点", "percent"),
        ("光伏装机容量达到120万千瓦。", "120万千瓦", 1.2e6, "千瓦", "power"),
        ("清洁能源发电量3.2亿千瓦时。", "3.2亿千瓦时", 3.2e8, "千瓦时", "energy"),
        ("PM2.5平均浓度为28微克/立方米。", "28微克/立方米", 28, "微克/立方米", "concentration"),
        ("氨氮平均浓度0.82毫克/升。", "0.82毫克/升", 0.82, "毫克/升", "concentration"),
        ("总磷浓度0.1mg/L。", "0.1mg/L", 0.1, "毫克/升", "concentration"),
        ("粮食亩产达到1200斤。", "1200斤", 1200, "斤", "mass"),
        ("在站博士后较2022年增长近一倍。", "一倍", 1, "倍", "ratio"),  # 一 before 倍 is a quantity
        ("产值增长两倍以上。", "两倍以上", 2, "倍", "ratio"),
        ("平均利率较上年下降54个基点。", "54个基点", 54, "基点", "percent"),
        ("汛前组织开展2轮安全隐患排查。", "2轮", 2, "轮", "count"),
        ("共兑现扶持资金一亿二千余万元。", "一亿二千余万元", 1.2e8, "元", "currency"),  # 万 after 亿 inside
        ("投入资金一亿元。", "一亿元", 1e8, "元", "currency"),
        ("2023年中欧班列开行2412列。", "2412列", 2412, "列", "count"),
        ("我市选手获金牌2枚。", "2枚", 2, "枚", "count"),
        ("今年一季度体彩销量环比下降了一成。", "一成", 10, "%", "percent"),  # 一 before 成 too
        ("中央资金约占改造总投资的四分之一。", "四分之一", 25, "%", "percent"),  # a fraction in words
        ("闲置土地存量减少了三分之二以上。", "三分之二以上", 66.6667, "%", "percent"),
        ("生猪出场均价为14.6元/公斤。", "14.6元/公斤", 14.6, "元/公斤", "currency"),  # a price per unit sold
        ("平均单产412公斤/亩。", "412公斤/亩", 412, "公斤/亩", "mass"),
        ("集装箱吞吐量69.4万标箱。", "69.4万标箱", 694000, "标箱", "count"),
        ("享受优惠的车辆约4.6万辆次。", "4.6万辆次", 46000, "辆次", "count"),
        # rates keep their denominator
        ("污水处理厂提标改造规模12万吨/日。", "12万吨/日", 120000, "吨/日", "mass"),
        ("设计引水流量9立方米/秒。", "9立方米/秒", 9, "立方米/秒", "volume"),
        ("高速公路密度约5.9公里/百平方公里。", "5.9公里/百平方公里", 5.9, "公里/百平方公里", "length"),
        ("每年可减少煤炭消费约8.6万吨标准煤。", "8.6万吨标准煤", 86000, "吨标准煤", "energy"),
    ],
)
def test_value_unit_and_family(body, surface, value, unit, family):
    m = one(body, surface)
    assert m["value"] == pytest.approx(value)
    assert m["unit"] == unit
    assert m["unit_family"] == family


@pytest.mark.parametrize("body,surface", [("组建创新联合体1-2个。", "1-2个"), ("新建公园3至5个。", "3至5个")])
def test_ranges(body, surface):
    m = one(body, surface)
    assert m["qualifier"] == "range"
    assert m["value_high"] > m["value"]


# --- qualifiers ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body,surface,qualifier",
    [
        ("建成研发机构100家以上。", "100家以上", "at_least"),
        ("参与企业3400余家。", "3400余家", "at_least"),
        ("服务企业300多家。", "300多家", "at_least"),
        ("带动技术交易额超500亿元。", "500亿元", "over"),
        ("总产值突破9500亿元。", "9500亿元", "over"),
        ("精选150家左右企业入库。", "150家左右", "approx"),
        ("惠及群众约3万人。", "3万人", "approx"),
        ("给予最高150万元奖励。", "150万元", "at_most"),
        ("单个项目补助不超过50万元。", "50万元", "at_most"),
        ("新增企业126家。", "126家", "exact"),
        ("目前不足10家企业入驻。", "10家", "at_most"),
        ("不良率低于5%。", "5%", "at_most"),
        ("管护经费不低于30元。", "30元", "at_least"),
        ("约占全市总量的40%。", "40%", "approx"),
        ("建成二十多个示范点。", "二十多个", "at_least"),  # after 建成: a quantity, not 成千上万
    ],
)
def test_qualifiers(body, surface, qualifier):
    assert one(body, surface)["qualifier"] == qualifier


def test_enumeration_shares_the_head_qualifier():
    ms = metrics("对领军企业、小巨人企业，分别给予最高150万元、100万元奖励。")
    assert [(m["value"], m["qualifier"], m["kind"]) for m in ms] == [(1.5e6, "at_most", "policy"), (1e6, "at_most", "policy")]


# --- kinds -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body,surface,kind",
    [
        ("今年已培育创新型中小企业126家。", "126家", "actual"),
        ("力争全年新增专精特新企业300家。", "300家", "target"),
        ("制定5年建成孵化面积1000万方总目标。", "1000万方", "target"),
        ("基金将从50亿元规模扩容至100亿元。", "100亿元", "target"),
        ("基金将从50亿元规模扩容至100亿元。", "50亿元", "actual"),
        ("争取到省级出资9亿元。", "9亿元", "actual"),
        ("对新认定的高新技术企业奖励20万元。", "20万元", "policy"),
        ("首次认定的企业，给予100万元奖励。", "100万元", "policy"),
        ("按其投资金额的5%给予支持。", "5%", "policy"),
        ("今年已兑付高新技术企业奖励资金2800余万元。", "2800余万元", "actual"),
        ("累计培育企业3243家、居全省第3。", "居全省第3", "rank"),
        ("温州排名第27位。", "第27位", "rank"),
        ("共有37家企业获评，居全省首位。", "居全省首位", "rank"),
        # A plan's verbs after 将 or 计划; a deadline is a target only while it lies ahead
        # (the letters here are of 2024).
        ("今年将新建人才驿站30家。", "30家", "target"),
        ("2024年计划安排补助资金80亿元。", "80亿元", "target"),
        ("到2026年建成农田20万亩。", "20万亩", "target"),
        ("从2019年的8.6万亩增加到2023年的15.2万亩。", "15.2万亩", "actual"),
        ("已将补助资金500万元纳入预算。", "500万元", "actual"),
    ],
)
def test_kinds(body, surface, kind):
    assert one(body, surface)["kind"] == kind


def test_rank_enumeration_and_chinese_ordinal():
    ms = metrics("新增省级平台分别居全省第1、第2。新增企业763家，均居全省第三。")
    ranks = [(m["surface"], m["value"], m["unit"]) for m in ms if m["kind"] == "rank"]
    assert ranks == [("居全省第1", 1, "rank"), ("第2", 2, "rank"), ("居全省第三", 3, "rank")]


@pytest.mark.parametrize("body,surface,value,qualifier", [
    ("覆盖率达到百分之八十。", "百分之八十", 80, "exact"),
    ("同比增长百分之十二点五。", "百分之十二点五", 12.5, "exact"),
    ("参保率稳定在百分之九十五以上。", "百分之九十五以上", 95, "at_least"),
])
def test_a_percentage_in_words(body, surface, value, qualifier):
    m = one(body, surface)
    assert (m["surface"], m["value"], m["unit"], m["qualifier"]) == (surface, value, "%", qualifier)


def test_tenths_in_words_are_percent_but_not_in_an_idiom():
    assert [(m["surface"], m["value"], m["unit"], m["unit_family"], m["qualifier"]) for m in metrics("财政资金占比超过八成。")] == [
        ("八成", 80, "%", "percent", "over")]
    assert metrics("一成不变地执行。") == []


def test_values_carry_no_binary_noise():
    assert one("总投资2.3亿元。", "2.3亿元")["value"] == 230_000_000
    assert one("投资额在0.7亿元至2.3亿元之间。", "2.3亿元")["value_high"] == 230_000_000


def test_everything_in_a_plan_is_a_target():
    body = "近年来，我市新增企业10家。\n下一步，我们将做好以下工作：\n1.培育主体。新增企业20家。\n2.优化服务。建成平台3个。\n"
    ms = metrics(body)
    assert [(m["value"], m["kind"], m["commitment_ordinal"]) for m in ms] == [
        (10, "actual", None), (20, "target", 1), (3, "target", 2)]


# --- periods ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body,surface,start,end",
    [
        ("截至4月末，贷款余额102亿元；另一项余额413亿元。", "413亿元", None, dt.date(2024, 4, 30)),
        ("2024年1-4月，开展对接活动52场。", "52场", dt.date(2024, 1, 1), dt.date(2024, 4, 30)),
        ("今年以来，已培育企业126家。", "126家", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("力争全年新增企业300家。", "300家", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2023年新增高新技术企业763家。", "763家", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("截至5月31日，共有基金146只。", "146只", None, dt.date(2024, 5, 31)),
        ("2024年上半年，新增项目8个。", "8个", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("去年新增企业5家。", "5家", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("截至2023年底，配备专职教师5862名。", "5862名", None, dt.date(2023, 12, 31)),
        ("今年1—5月，新增企业200家。", "200家", dt.date(2024, 1, 1), dt.date(2024, 5, 31)),
        ("1至5月，实现增加值120亿元。", "120亿元", dt.date(2024, 1, 1), dt.date(2024, 5, 31)),
        # Years named relative to the letter's, and halves or quarters of them.
        ("力争明年新建公园3个。", "3个", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("上半年新建公园2个。", "2个", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("去年上半年新建公园2个。", "2个", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
        ("今年第三季度新增企业7家。", "7家", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
        # 全年 or 度 after a year is that year, not the letter's.
        ("2023年全年新增技能人才21.3万人。", "21.3万人", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023年度新增企业30家。", "30家", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2021年至2023年，累计改造老旧小区42个。", "42个", dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
        ("2021-2023年，累计改造老旧小区42个。", "42个", dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
        ("本科学历人员占比由2020年的38%提高到52%。", "38%", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        # What a number exceeds is a base, like 较: 历年 there is not a reset.
        ("2023年新增科技领军企业3家，超历年总和2倍以上。", "2倍以上", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023年产值超2022年全年水平15%。", "15%", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        # A five-year plan by its number, quoted or not, and its end.
        ("“十四五”期间新增中小学学位1.5万个。", "1.5万个", dt.date(2021, 1, 1), dt.date(2025, 12, 31)),
        ("十三五时期累计建成公园20个。", "20个", dt.date(2016, 1, 1), dt.date(2020, 12, 31)),
        ("到“十五五”末建成公园30个。", "30个", None, dt.date(2030, 12, 31)),
        # The base of a comparison is not the period: the time phrase before it is.
        ("2022年，安排资金186.5亿元，较上年增长12.6%。", "12.6%", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("2023年，覆盖率提高到72.5%，较2020年提高12.3个百分点。", "12.3个百分点", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        # 全年 after a year named in the sentence is that year; since last year runs to this one.
        ("2023年，交流轮岗教师412人，全年发放补助1860万元。", "1860万元", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("去年以来，累计完成农房风貌整治1200余户。", "1200余户", dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        ("２０２３年专项经费达到１．２亿元；全年引进硕士以上学历人才416名。", "416名", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        # A whole year's figure already reached, in a letter written before the year is out, is
        # last year's; this year's when it says so, or when it is a target.
        ("全年共接待游客520万人次。", "520万人次", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("今年全年新增企业20家。", "20家", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        # A deadline (在2025年前) is a point in time, and what is to be done by it a target.
        ("我们将结合城市更新，在2025年前打造10个青年发展型社区。", "10个", None, dt.date(2025, 12, 31)),
    ],
)
def test_periods(body, surface, start, end):
    m = one(body, surface)
    assert (m["period_start"] if start else None, m["period_end"]) == (start, end)


@pytest.mark.parametrize(
    "body,surface",
    [
        ("截至目前，累计培育企业3243家。", "3243家"),
        ("2022年启动大孵化器集群建设，已建成孵化面积512万方。", "512万方"),
        ("2023年企业增长较快。目前共有企业20家。", "20家"),  # a new sentence drops the year
        ("化肥使用量较2020年减少8.5%。", "8.5%"),
        ("与2019年相比，农药使用量减少10.2%。", "10.2%"),
        ("对离校2年内未就业的高校毕业生，按每人1000元标准给予补贴。", "1000元"),  # a span of time, not 年内
        ("力争三年内培训养老护理员5000人次。", "5000人次"),  # in words too
        # …and a clause opening with a span to come is not the 年内 of the clause before
        ("年内新增停放点位5000个以上，三年内完成全部75座车站周边慢行系统改造。", "75座"),
        # The year of a change's start dates the start, not the end point nor the change.
        ("本科学历人员占比由2020年的38%提高到52%，提高14个百分点。", "52%"),
        ("本科学历人员占比由2020年的38%提高到52%，提高14个百分点。", "14个百分点"),
    ],
)
def test_no_period(body, surface):
    m = one(body, surface)
    assert m["period_start"] is None and m["period_end"] is None


def test_year_applies_until_the_next_time_phrase():
    ms = metrics("2023年研发活动覆盖率71.27%、研发机构设置率60.9%，2022年研发投入强度达2.61%。")
    assert [m["period_end"].year for m in ms] == [2023, 2023, 2022]


# --- subjects --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body,surface,subject",
    [
        ("累计设立省级重点企业研究院、省级企业研究院等企业研发机构共计2360家。", "2360家", "企业研发机构"),
        ("20位厅级领导任产业链链长。", "20位", "厅级领导"),
        ("设立3亿元规模爱尔（眼谷）基金。", "3亿元", "基金"),
        ("打造省级智能工厂（数字化车间）15个。", "15个", "智能工厂"),
        ("设立了规模30亿元的专精特新（温州）母基金。", "30亿元", "母基金"),
        ("按其投资金额的5%给予支持。", "5%", "投资金额"),
        ("已完成项目投资72个20.37亿元。", "20.37亿元", "项目投资"),
        ("累计培育创新型中小企业3243家、居全省第3。", "居全省第3", "创新型中小企业"),
        ("2023年全市制造业增加值同比增长9%。", "9%", "增加值"),
        # What counts a noun ends at 的; a change or a comparison after a number names nothing.
        ("对8个乡镇的18所农村寄宿制学校的教室安装空调。", "8个", "乡镇"),
        ("对8个乡镇的18所农村寄宿制学校的教室安装空调。", "18所", "农村寄宿制学校"),
        ("服务面积超过20万亩次。", "20万亩", "服务面积"),
        ("全省90个县（市、区）均已建立指导中心。", "90个", "县"),
        ("成立76个工业重镇（街道）打造的一站式服务中心。", "76个", "一站式服务中心"),
        ("审批时限由原来的45个工作日压缩至15个工作日。", "45个工作日", "审批时限"),
        ("审批时限由原来的45个工作日压缩至15个工作日。", "15个工作日", "审批时限"),
        ("力争到2025年每万人口全科医生数达到5人以上。", "5人以上", "每万人口全科医生数"),
        ("年均增长率保持在8%左右。", "8%左右", "年均增长率"),
        ("全市从业人员达到15万人。", "15万人", "从业人员"),  # 从 leads only a year (从2019年…)
        ("完成并购项目5个。", "5个", "并购项目"),
        ("投资额在5亿元至10亿元之间。", "5亿元至10亿元", "投资额"),
        ("在校生规模由2020年的800人增加到2023年的3200人。", "800人", "在校生规模"),
        ("在校生规模由2020年的800人增加到2023年的3200人。", "3200人", "在校生规模"),
        # A comparison's base, a qualifier and a rate are not part of the indicator.
        ("化肥使用量较2020年减少8.5%。", "8.5%", "化肥使用量"),
        ("落实管护经费每亩每年不低于30元。", "30元", "管护经费"),
        ("补助标准提高至每公里50万元。", "50万元", "补助标准"),
        # Time phrases lead a subject, they are not part of it.
        ("今年新建公园5个，去年新建城市绿道4条。", "4条", "城市绿道"),
        ("上半年新建公园2个。", "2个", "新建公园"),
        ("明年起每年评选杭州工匠100名左右。", "100名", "评选杭州工匠"),
        ("“十四五”期间再新增中小学学位1.5万个。", "1.5万个", "中小学学位"),
        ("近三年累计新增学位9800个。", "9800个", "学位"),
        # Indentation is not part of a subject; nor is 由 after a counted noun.
        ("    组建农技服务小分队16支。", "16支", "组建农技服务小分队"),
        ("56人以上大班额班级由126个下降到31个。", "126个", "56人以上大班额班级"),
        ("2023年，温瑞塘河18个监测断面中，Ⅲ类水质断面占比达到77.8%。", "18个", "监测断面"),
        ("1.8万名老年人享受政府购买居家养老服务。", "1.8万名", "老年人"),
        ("全市尚有约120处雨污混接点未完成整改。", "120处", "雨污混接点"),
        ("今年1—8月已筹集保障性租赁住房1.9万套。", "1.9万套", "筹集保障性租赁住房"),
        ("贷款平均利率降至4.35%，较年初下降0.32个百分点。", "4.35%", "贷款平均利率"),
        ("贷款平均利率降至4.35%，较年初下降0.32个百分点。", "0.32个百分点", "贷款平均利率"),
        ("确保企业开办时间压缩至1个工作日内。", "1个工作日", "企业开办时间"),
        ("投资完成率81.8%，高于序时进度6.8个百分点。", "6.8个百分点", "投资完成率"),
        ("革命老区县新改建农村公路3120公里，占全省总量的45.5%。", "45.5%", "革命老区县新改建农村公路"),
        # A share named after a number is the share of what that number measures.
        ("安全生产标准化达标率居全省第一。", "居全省第一", "达标率"),
        ("风险池按不超过贷款本金损失的50%给予补偿。", "50%", "风险池"),
        ("全县97个县（市、区）全面推行路长制。", "97个", "县"),
        ("全县新增建设用地指标仅380亩。", "380亩", "建设用地指标"),
        ("城镇登记失业率控制在3%以内。", "3%以内", "城镇登记失业率"),
        ("增速控制在10%—15%。", "10%—15%", "增速"),
        ("国控断面水质优良比例为91.7%，同比上升8.3个百分点。", "8.3个百分点", "国控断面水质优良比例"),
        ("计划今年底前新增担保业务30亿元。", "30亿元", "担保业务"),
        ("粮食总产量连续三年居全省第一。", "居全省第一", "粮食总产量"),
        ("我区现有A级景区村庄64个。", "64个", "A级景区村庄"),
        ("按照中央补贴额的30%给予补助。", "30%", "中央补贴额"),
        ("绩效工资水平不低于当地县级公立医院同类人员的80%。", "80%", "绩效工资水平"),
        ("贷款期限最长36个月。", "36个月", "贷款期限"),
        # 中等 is a word, not the 等 that closes an enumeration.
        ("全省农村公路优良中等路比例达到92.3%。", "92.3%", "农村公路优良中等路比例"),
    ],
)
def test_subjects(body, surface, subject):
    got = one(body, surface)["subject"]
    assert subject in got and len(got) <= SUBJECT_MAX and got == got.strip()


def test_a_long_subject_is_cut_after_the_verb_that_governs_it_not_inside_a_word():
    got = one("力争2024年安排山区海岛县农村公路补助资金不低于20亿元。", "20亿元")["subject"]
    assert got == "山区海岛县农村公路补助资金"


@pytest.mark.parametrize(
    "body,surface,subject",
    [
        ("粮食总产量12.8万吨，同比下降2.1%。", "2.1%", "粮食总产量"),
        ("其中山区资金72.3亿元，占比38.8%，较上年增长12.6%。", "38.8%", "山区资金"),
        ("其中山区资金72.3亿元，占比38.8%，较上年增长12.6%。", "12.6%", "山区资金"),
        ("从2019年的8.6万亩增加到2023年的15.2万亩高标准农田。", "15.2万亩", "高标准农田"),
    ],
)
def test_a_change_after_a_number_measures_what_that_number_measures(body, surface, subject):
    assert one(body, surface)["subject"] == subject


@pytest.mark.parametrize("body,surface", [("补助标准提高至每公里50万元。", "50万元"), ("每人每月补助标准为200元。", "200元"),
                                          ("出让起始价可按不低于所在地工业用地最低价标准的70%确定。", "70%")])
def test_a_rate_per_unit_or_a_standard_is_a_policy(body, surface):
    assert one(body, surface)["kind"] == "policy"


@pytest.mark.parametrize("marker", ["2.", "2、", "（2）", "二是"])
def test_a_lists_marker_is_not_part_of_a_subject(marker):
    assert one(f"下步，我局将：1.加快在建项目进度；{marker}谋划新建学校4所。", "4所")["subject"] == "谋划新建学校"


def test_every_item_of_an_enumeration_takes_the_kind_of_the_first():
    ms = metrics("对取得高级工、技师、高级技师职业资格的，分别给予1000元、2000元、3000元的一次性奖励。")
    assert [m["kind"] for m in ms] == ["policy", "policy", "policy"]


def test_rules_per_beneficiary_and_bounds_on_a_share():
    assert one("每人每月发放乡镇工作补贴300至800元。", "300至800元")["kind"] == "policy"
    assert one("享受高龄津贴的老人每人每月可领取300元。", "300元")["kind"] == "policy"
    assert one("按每张床位1万元的标准给予一次性建设补助。", "1万元")["kind"] == "policy"
    assert one("贷款期限最长36个月。", "36个月")["qualifier"] == "at_most"
    assert one("全市约有15%的乡镇专职救援人员不足。", "15%")["qualifier"] == "approx"
    assert one("合计约为1.05万人。", "1.05万人")["qualifier"] == "approx"
    assert one("绩效工资水平不低于当地县级公立医院同类人员的80%。", "80%")["qualifier"] == "at_least"
    assert one("累计发放养老服务补贴1.27亿元。", "1.27亿元")["kind"] == "actual"  # paid out, not a rate
    assert one("计划今年底前新增担保业务30亿元。", "30亿元")["kind"] == "target"


def test_a_deadline_still_ahead_makes_a_target():
    assert one("我们将结合城市更新，在2025年前打造10个青年发展型社区。", "10个")["kind"] == "target"
    assert one("在2023年底前建成驿站10个。", "10个")["kind"] == "actual"  # the letter is of 2024


def test_progress_against_a_target_is_actual():
    assert one("今年上半年完成年度目标任务的63%。", "63%")["kind"] == "actual"
    assert one("年度目标为新增企业100家。", "100家")["kind"] == "target"


def test_a_count_per_day_is_how_often_not_a_policy():
    assert one("航班由每日8班增加至12班。", "8班")["kind"] == "actual"


@pytest.mark.parametrize(
    "body,surface,value,high",
    [
        ("每人每月补助标准为200元至800元不等。", "200元至800元", 200, 800),
        ("增速保持在10%-15%区间。", "10%-15%", 10, 15),
        ("对总投资3000万至5000万元的项目给予补助。", "3000万至5000万元", 3e7, 5e7),  # the start's own 万
    ],
)
def test_a_range_written_out_with_its_unit_twice_is_one_mention(body, surface, value, high):
    [m] = metrics(body)
    assert (m["surface"], m["value"], m["value_high"], m["qualifier"]) == (surface, value, high, "range")


def test_ends_of_different_units_stay_two_mentions():
    # …and the end takes the kind of its start
    ms = metrics("补助标准为每人每年1200元至1800美元。")
    assert [(m["surface"], m["kind"]) for m in ms] == [("1200元", "policy"), ("1800美元", "policy")]


def test_distributive_subjects_name_items_counted_before_without_their_counts():
    ms = metrics("新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业56家，累计分别达到39家、238家。")
    assert [m["subject"] for m in ms][2:] == ["国家级专精特新小巨人企业", "省级专精特新中小企业"]


def test_distributive_subjects():
    ms = metrics("对新认定的省级科技领军企业、科技小巨人企业，分别给予最高150万元、100万元奖励。")
    assert [m["subject"] for m in ms] == ["省级科技领军企业", "科技小巨人企业"]
    # The items listed before 分别 in its own clause.
    ms = metrics("对新评定的省级金宿级、银宿级民宿分别给予10万元、5万元奖励。")
    assert [(m["subject"], m["kind"]) for m in ms] == [("省级金宿级民宿", "policy"), ("银宿级民宿", "policy")]
    # A grade alone takes the noun the last item ends in; 分别 wins over the clause's own words.
    ms = metrics("对国家级、省级、市级孵化器，分别奖励50万元、20万元、10万元。")
    assert [m["subject"] for m in ms] == ["国家级孵化器", "省级孵化器", "市级孵化器"]


# --- exclusions ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "2018年至今，持续推出政策。",                        # years
        "根据《关于印发方案的通知》（温政办〔2023〕15号）执行。",  # cited 文号
        "您所提的第347号提案收悉。",                          # proposal numbers
        "联系电话：88962022。",                               # phone numbers
        "迭代升级链长制2.0版。",                              # version labels
        "开展“510计划”攻坚行动。",                            # programme names in quotes
        "构建“5+5+N”产业体系，完善“1+14+76”服务体系。",        # slogans
        "构建5+5+N个产业平台。",                              # unquoted slogans
        "制定《全面提升研发强度攻坚措施20条》。",              # numbers inside 《》
        "落实“十个一”机制，推进“四个一批”。",                  # Chinese-numeral slogans
        "启动第六批企业申报。",                               # ordinals
        "在市政协十二届三次会议期间提出。",                    # session numbering
        "开展科技成果的二次开发。",                            # idioms
        "构建五位一体的生态，保持两位数增长。",                # idioms
        "助力“百万人才聚温州”。",                              # slogans with big numerals
        "推动千家万户受益。",                                  # idioms
        "推动三元融合发展，实行一人一档。",                     # names, not money or people
        "提供7×24小时自助服务。",                              # a factor of a formula
        "确定全省第二批试点单位。",                            # a place in a sequence, not a rank
        "全市三类以上码头已全部改造。",                        # a grade, not a count
        "始终把群众利益放在首位。",                            # a priority, not a rank
        "加强PM2.5和臭氧协同控制。",                           # a pollutant's name
        "下一步，我局将从以下三个方面推进。",                   # the parts of the letter's own plan
    ],
)
def test_not_metrics(body):
    assert metrics(body) == []


def test_list_numbering_is_not_a_metric():
    body = "下步，我们将：\n1.进一步培育创新主体。\n2.进一步优化要素供给。\n（1）加强服务。\n"
    assert metrics(body) == []


def test_header_and_closing_numbers_are_not_metrics():
    text = letter("新增企业5家。", tail="\n联系人：李贤，联系电话：88962022。\n\n抄送：市府办（2份）\n")
    ms = run(text)["metrics"]
    assert ms["surface"].to_list() == ["5家"]


# --- spans -----------------------------------------------------------------------------

def test_spans_index_the_original_text():
    text = letter("全市新增企业１２６家，投资超５００亿元。")
    out = run(text)["metrics"]
    assert out.height == 2
    for m in out.iter_rows(named=True):
        assert text[m["char_start"]:m["char_end"]] == m["surface"]
    assert out["value"].to_list() == [126, 5e10]


# --- from probe letters of other agencies ---------------------------------------------

@pytest.mark.parametrize(
    "body,surface,start,end",
    [
        ("2024年前三季度，兑现奖补资金1163万元。", "1163万元", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("2023年以来，累计投入资金46.7亿元。", "46.7亿元", dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        ("自2023年起，累计排查排污口2763个。", "2763个", dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        ("“十四五”以来，累计争取资金1.38亿元。", "1.38亿元", dt.date(2021, 1, 1), dt.date(2024, 12, 31)),
        ("截至今年5月底，已组建共同体1563个。", "1563个", None, dt.date(2024, 5, 31)),
        # each year of a span is the span's; 每年 alone dates nothing
        ("2023—2025年，每年培训乡村教师不少于8万人次。", "8万人次", dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
        ("2024年全面推开，每年培训教师8万人次。", "8万人次", None, None),
        # the base of a multiple is not its period
        ("2024年新增企业213家，数量是2020年的1.9倍。", "1.9倍", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        # (a heating season runs from November to March)
        ("2023—2024年采暖期，全市集中供热面积1.93亿平方米。", "1.93亿平方米", dt.date(2023, 11, 1), dt.date(2024, 3, 31)),
        # (a five-year cycle of legal education, counted from 1986)
        ("“七五”普法期间，全市开展法治宣传活动3200场次。", "3200场次", dt.date(2016, 1, 1), dt.date(2020, 12, 31)),
        # (the first three quarters as a span of them)
        ("今年一至三季度，已抽检食品3160批次。", "3160批次", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("2023年1至3季度，抽检食品3160批次。", "3160批次", dt.date(2023, 1, 1), dt.date(2023, 9, 30)),
        # (a deadline before a month, without 底)
        ("计划2025年6月前建成冷库，设计库容5000吨。", "5000吨", None, dt.date(2025, 6, 30)),
        # (what an event's year counts right after it)
        ("2023年发布普法短视频1600余条。", "1600余条", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023年出台《办法》，对企业给予500元补贴。", "500元", None, None),
        # (days of a year, spans between thirds of months, whole months)
        ("去年11月1日至12月20日，全市开展增雨作业12次。", "12次", dt.date(2023, 11, 1), dt.date(2023, 12, 31)),
        ("2023年7月下旬至8月中旬，全市降水量偏少36%。", "36%", dt.date(2023, 7, 1), dt.date(2023, 8, 31)),
        ("春播期间（3月上旬至4月下旬），发布专报15期。", "15期", dt.date(2024, 3, 1), dt.date(2024, 4, 30)),
        # (a lead time and half a year within are no periods; a year's graduates are of that year)
        ("提前6个月协调捐赠，累计捐赠物资2300余件。", "2300余件", None, None),
        ("首次就业半年内离职率约为23%。", "23%", None, None),
        ("2024届高校毕业生就业率98.2%。", "98.2%", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        # (a school year's term named after it; this year's half after 至)
        ("2023—2024学年秋季学期，全市课后服务参与率95%。", "95%", dt.date(2023, 9, 1), dt.date(2024, 1, 31)),
        ("2023—2024学年春季学期，全市课后服务参与率96%。", "96%", dt.date(2024, 2, 1), dt.date(2024, 7, 31)),
        ("护理人员流失率由2022年的23.4%下降至今年上半年的17.9%。", "17.9%", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ],
)
def test_periods_of_other_agencies(body, surface, start, end):
    m = one(body, surface)
    assert (m["period_start"], m["period_end"]) == (start, end)


@pytest.mark.parametrize(
    "body,surface,kind",
    [
        ("今年共争取中央补助资金7.45亿元。", "7.45亿元", "actual"),  # obtained, not strived for
        ("下步将积极争取中央补助资金5亿元。", "5亿元", "target"),
        ("2024年市本级安排公交运营补贴2.8亿元。", "2.8亿元", "actual"),
        ("对首次注册的给予注册人一次性奖励人民币5万元。", "5万元", "policy"),
        ("对获得授权的农户按每户每年2000元的标准给予品牌推广补助。", "2000元", "policy"),
    ],
)
def test_kinds_of_other_agencies(body, surface, kind):
    assert one(body, surface)["kind"] == kind


def test_bounds_and_units_of_other_agencies():
    assert all(m["subject"] != "" for m in metrics("累计1268家，数量分别是2020年的1.9倍和2.3倍。"))
    assert one("生活补助最高可达每人每月1200元。", "1200元")["qualifier"] == "at_most"
    m = one("平均发车间隔缩短至8分钟。", "8分钟")
    assert (m["value"], m["unit"], m["unit_family"]) == (8, "分钟", "duration")
    # a radius or a time naming an indicator, a scope or a programme is not a quantity
    assert [m["surface"] for m in metrics("公交站点500米覆盖率达到92.3%，建成15分钟便民生活圈12个。")] == ["92.3%", "12个"]
    assert [m["surface"] for m in metrics("周边500米范围内的泊位实行优惠收费，每小时1元。")] == ["1元"]


@pytest.mark.parametrize(
    "body,surface,subject",
    [
        # a word for a size, a comparison: what the mention before measured
        ("净增高新技术企业58家，总数达到436家。", "436家", "高新技术企业"),
        ("技术合同成交额27.35亿元，增幅达42.1%。", "42.1%", "技术合同成交额"),
        ("每千人口床位数8.15张，比全国平均水平高0.93张。", "0.93张", "每千人口床位数"),
        ("城镇新增就业52.7万人，同比多增1.2万人。", "1.2万人", "城镇新增就业"),
        # a grade alone is that grade of what the mention before counts
        ("全县众创空间21个，其中国家级2个、省级5个。", "2个", "国家级众创空间"),
        ("全县众创空间21个，其中国家级2个、省级5个。", "5个", "省级众创空间"),
        ("星级酒店11家（五星级3家、四星级5家）。", "3家", "五星级酒店"),
        ("开放单位142家、共享泊位约5300个。", "5300个", "共享泊位"),  # 共享 is a word
        ("引入专业化物业服务的有287个。", "287个", "引入专业化物业服务"),
        ("全市共查处电动自行车交通违法行为38.4万起。", "38.4万起", "查处电动自行车交通违法行为"),  # 行为 keeps its 为
        ("为当事人节约诉讼费用等1100余万元。", "1100余万元", "为当事人节约诉讼费用"),  # a closing 等
        ("全市备案技能等级认定企业120家。", "120家", "备案技能等级认定企业"),  # 等级 is a word
        # a standard names what is paid after it
        ("对招用毕业生的企业，按每人1500元标准发放一次性扩岗补助。", "1500元", "扩岗补助"),
    ],
)
def test_subjects_of_other_agencies(body, surface, subject):
    assert one(body, surface)["subject"] == subject


@pytest.mark.parametrize(
    "body,surface,value,qualifier",
    [
        ("营业收入突破210亿元，居温州各县（市、区）第二。", "居温州各县（市、区）第二", 2, "exact"),  # among named places
        ("新增数量居温州第1。", "居温州第1", 1, "exact"),
        ("力争区域创新能力进入全国前10位。", "进入全国前10位", 10, "at_most"),  # among the first n
        ("高速公路密度位列全省前三。", "位列全省前三", 3, "at_most"),  # …without 位, after a verb of ranking
        ("“浙江制造”标准数继续保持全省前三。", "保持全省前三", 3, "at_most"),
        ("人均体育场地面积在全市11个县（市、区）里排第四。", "排第四", 4, "exact"),
        ("南湖景区位列全省5A级景区第二。", "位列全省5A级景区第二", 2, "exact"),
        ("两地增速并列全省山区26县前两位。", "并列全省山区26县前两位", 2, "at_most"),
    ],
)
def test_ranks_of_other_agencies(body, surface, value, qualifier):
    m = one(body, surface)
    assert (m["surface"], m["value"], m["unit"], m["kind"], m["qualifier"]) == (surface, value, "rank", "rank", qualifier)


def test_a_second_rank_of_an_enumeration_ranks_the_same_thing():
    ms = metrics("数字经济规模位居全国第9位、中部第2位。")
    assert [(m["surface"], m["subject"]) for m in ms] == [("位居全国第9位", "数字经济规模"), ("中部第2位", "数字经济规模")]
    assert metrics("居民第一次参加培训。") == []


def test_months_builds_and_starts_of_changes():
    m = one("今年3月，县公交公司购置了22台新能源公交车。", "22台")
    assert (m["period_start"], m["period_end"]) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert one("今年3月5日召开推进会，参会企业20家。", "20家")["period_end"] is None  # a date, not a period
    assert one("该路建于2006年，路面宽仅4.5米。", "4.5米")["period_end"] is None  # when it was built
    m = one("下一步，力争水费收缴率从目前的78%提高到90%。", "78%")
    assert (m["kind"], m["subject"]) == ("actual", "水费收缴率")


@pytest.mark.parametrize(
    "body,surface,kind,qualifier",
    [
        ("机动车不礼让行人的，依法处50-200元罚款。", "50-200元", "policy", "range"),
        ("大病保险起付标准降至1.5万元。", "1.5万元", "policy", "exact"),
        ("年度最高支付限额40万元。", "40万元", "policy", "at_most"),
        ("单个项目补偿上限200万元。", "200万元", "policy", "at_most"),
        ("主导或参与制定标准6.1项。", "6.1项", "actual", "exact"),  # a count of standards
        ("2023年新建高标准农田12.4万亩。", "12.4万亩", "actual", "exact"),  # 标准 in a name
        ("补助比例由30%提高至40%。", "40%", "policy", "exact"),  # a rule's rate
        ("单个项目补助上限提高到200万元。", "200万元", "policy", "at_most"),
        ("每个县至少培育1条全产业链。", "1条", "actual", "at_least"),
        ("城乡低保标准不低于每人每月1180元。", "1180元", "policy", "at_least"),
        ("单家企业年度兑付额度不超过30万元。", "30万元", "policy", "at_most"),  # a limit on what is paid out
        ("指导员一年最多能拿600元。", "600元", "policy", "at_most"),
        ("一类区域小型车首小时收费5元。", "5元", "policy", "exact"),  # a tariff
        ("之后每半小时2元。", "2元", "policy", "exact"),
        ("灵芝孢子粉收购价每公斤600元。", "600元", "actual", "exact"),  # a market's price
        ("财政承担保费的80%。", "80%", "policy", "exact"),
        ("每户最高可提取5万元。", "5万元", "policy", "at_most"),  # what the cap allows between
        ("每生每学期最高减免1500元。", "1500元", "policy", "at_most"),
        ("低保、特困老人每餐补助提高至5元。", "5元", "policy", "exact"),  # a payment reset
        ("其中市级财政承担60%。", "60%", "policy", "exact"),  # a share a rule assigns
        ("保教费减免30%。", "30%", "policy", "exact"),
        ("每年可减少煤炭消费约8.6万吨标准煤。", "8.6万吨标准煤", "actual", "approx"),  # not 标准
        ("其中争取省级补助1.15亿元。", "1.15亿元", "actual", "exact"),  # money obtained
        ("2023年争取地方政府专项债券额度142.6亿元。", "142.6亿元", "actual", "exact"),  # sought in a past year
        ("全县耕地保有量任务为18.62万亩。", "18.62万亩", "target", "exact"),  # an assigned quota
        ("共编制完成村庄规划202个。", "202个", "actual", "exact"),  # 规划 as a noun
        ("下一步，争取将居家护理补助标准提高至每人每月1800元。", "1800元", "policy", "exact"),
    ],
)
def test_limits_fines_and_standards(body, surface, kind, qualifier):
    m = one(body, surface)
    assert (m["kind"], m["qualifier"]) == (kind, qualifier)


def test_two_items_joined_by_he_are_handed_out_by_fenbie():
    ms = metrics("对国家级和省级孵化器分别奖励50万元和20万元。")
    assert [(m["subject"], m["kind"]) for m in ms] == [("国家级孵化器", "policy"), ("省级孵化器", "policy")]
    ms = metrics("全年接待游客和旅游总收入分别增长21.6%和18.9%。")
    assert [m["subject"] for m in ms] == ["接待游客", "旅游总收入"]
    # 和 inside a name of a list that 、 makes stays in the name
    ms = metrics("对国家级、省级夜间文化和旅游消费集聚区，分别给予一次性奖励100万元、50万元。")
    assert [m["subject"] for m in ms][1].endswith("旅游消费集聚区")


def test_the_new_amount_of_a_rule_is_the_rule_too():
    ms = metrics("高龄津贴由每人每月50元提高至100元，孤儿基本生活费由1900元/人·月提高到2050元/人·月。")
    assert [(m["surface"], m["kind"]) for m in ms] == [
        ("50元", "policy"), ("100元", "policy"), ("1900元/人·月", "policy"), ("2050元/人·月", "policy")]
    # a change of what is, not of a rule, stays as it is
    ms = metrics("公办幼儿园在园幼儿占比由2020年的38.5%提高到56.2%。")
    assert [m["kind"] for m in ms] == ["actual", "actual"]


def test_from_a_month_on_runs_to_the_end_of_the_letters_year():
    m = one("2024年7月起，全市城乡低保标准统一提高到每人每月1128元。", "1128元")
    assert (m["period_start"], m["period_end"]) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    m = one("自2024年1月1日起，高龄津贴提高至每人每月100元。", "100元")
    assert (m["period_start"], m["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_after_a_changes_start_the_sentences_own_period_returns():
    first, second = metrics("截至2024年底，公办幼儿园在园幼儿占比由2020年的38.5%提高到56.2%。")
    assert first["period_end"] == dt.date(2020, 12, 31)
    assert (second["period_start"], second["period_end"]) == (None, dt.date(2024, 12, 31))


def test_plan_numbers_in_titles_and_bases_and_new_list_items_date_nothing():
    m = one("全市PM2.5平均浓度较“十三五”末下降18.8%。", "18.8%")
    assert (m["period_end"], m["subject"]) == (None, "PM2.5平均浓度")
    m = one("3个项目已列入《浙江省综合交通运输发展“十四五”规划》，其中2个项目完成工可批复。", "2个")
    assert m["period_end"] is None
    m = one("（1）甬台温高速截至2024年5月底已累计完成投资142.3亿元；（2）台金高速二期工程全长16.9公里。", "16.9公里")
    assert m["period_end"] is None


def test_classes_and_statistic_windows_are_not_quantities():
    ms = metrics("竣工后可满足5万吨级船舶通航；臭氧日最大8小时平均浓度为148微克/立方米。")
    assert [m["surface"] for m in ms] == ["148微克/立方米"]


def test_subjects_keep_per_head_names_and_drop_times_inside():
    assert one("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "4.5个")["subject"] == "每千人口拥有3岁以下婴幼儿托位数"
    m = one("甬台温高速截至2024年5月底已累计完成投资142.3亿元。", "142.3亿元")
    assert (m["subject"], m["value"]) == ("甬台温高速完成投资", 14230000000.0)  # and no binary noise


@pytest.mark.parametrize(
    "body,surface,subject",
    [
        ("社会物流总费用与GDP的比率降至13.8%。", "13.8%", "社会物流总费用与GDP的比率"),  # a ratio keeps what it relates
        ("财政性学前教育经费占财政性教育经费的比例为7.9%。", "7.9%", "财政性学前教育经费占财政性教育经费的比例"),
        ("新认定的企业达到58家。", "58家", "企业"),  # a relative clause's noun
        ("非在编教师平均工资收入达到在编教师的90%。", "90%", "非在编教师平均工资收入"),  # the share of what
        ("光伏累计装机容量达到186.5万千瓦，当年新增52万千瓦。", "52万千瓦", "光伏累计装机容量"),
        ("可供水天数由7天延长至30天以上。", "30天以上", "可供水天数"),
        ("全县已有217家照料中心交由第三方专业机构运营。", "217家", "照料中心"),
        ("地区生产总值首次突破2000亿元大关。", "2000亿元", "地区生产总值"),
        ("乡镇级国土空间总体规划已完成编制14个。", "14个", "乡镇级国土空间总体规划"),
    ],
)
def test_subjects_of_ratios_shares_and_verbs_after_the_noun(body, surface, subject):
    assert one(body, surface)["subject"] == subject


def test_first_quarters_are_no_rank():
    assert [m["surface"] for m in metrics("前三季度增长5%，前两年投入300万元。")] == ["5%", "300万元"]


def test_a_rank_in_a_region_ranks_what_the_number_before_measures():
    m = one("科技型中小企业数量达1.17万家，在全省排名第4位。", "第4位")
    assert m["subject"] == "科技型中小企业数量"


def test_a_period_stays_within_its_item_of_a_run_in_list():
    m = one("一是到2026年新增研发机构20家；三是新落地高能级创新平台2个。", "2个")
    assert m["period_end"] is None


def test_a_base_of_the_same_period_dates_nothing():
    m = one("国内游客恢复至2019年同期的112%。", "112%")
    assert m["period_end"] is None
    assert [m["surface"] for m in metrics("工作一成不变，新增企业5家。")] == ["5家"]


def test_the_amount_a_price_is_per_is_no_quantity():
    assert [m["surface"] for m in metrics("早籼稻每50公斤127元。")] == ["127元"]


def test_about_and_a_deadline_before_a_months_end():
    assert one("满载率保持在75%上下。", "75%上下")["qualifier"] == "approx"
    m = one("2025年9月底前，撤并低效停靠站点5个。", "5个")
    assert (m["period_start"], m["period_end"]) == (None, dt.date(2025, 9, 30))


def test_a_rules_rate_or_limit_by_its_name():
    ms = metrics("报销比例在三级、二级、一级定点医疗机构分别为60%、75%和85%。医疗救助年度限额由8万元提高至10万元。")
    assert [m["kind"] for m in ms] == ["policy"] * 5
    # …but a rate reached is what it is
    assert one("职工医保政策范围内住院费用报销比例达到85%。", "85%")["kind"] == "actual"


def test_about_is_not_a_word_with_yue_and_an_average_age_is_a_quantity():
    assert one("65岁及以上老年人签约40.3万人。", "40.3万人")["qualifier"] == "exact"
    assert one("社会捐赠款物折合约46万元。", "46万元")["qualifier"] == "approx"
    assert one("比重约为 52 %。", "52 %")["qualifier"] == "approx"  # a stray space hides nothing
    assert [(m["surface"], m["unit"]) for m in metrics("在岗乡村医生平均年龄56.3岁，60岁以上老年人1.2万人。")] == [
        ("56.3岁", "岁"), ("1.2万人", "人")]


def test_rainfall_flow_in_words_and_scores_where_a_score_is_named():
    assert [(m["surface"], m["unit"], m["unit_family"], m["qualifier"]) for m in metrics(
        "全市平均降雨量2146.3毫米，新增排涝能力300立方米每秒左右。")] == [
        ("2146.3毫米", "毫米", "length", "exact"), ("300立方米每秒左右", "立方米/秒", "volume", "approx")]
    assert one("纳税人满意度测评得分96.3分。", "96.3分")["unit_family"] == "score"
    # …not a time of day, nor 分 where no score is named
    assert metrics("会议于上午9时30分召开。") == []
    assert metrics("考核当天上午9时30分开始。") == []


def test_a_bound_a_rule_may_not_exceed_and_a_time_within():
    m = one("单笔预收费不得超过3个月。", "3个月")
    assert (m["kind"], m["qualifier"], m["subject"]) == ("policy", "at_most", "单笔预收费")
    assert one("接警后5分钟内电话劝阻。", "5分钟")["qualifier"] == "at_most"
    assert one("引进3家内资企业。", "3家")["qualifier"] == "exact"  # 内资 is a word, not within


def test_the_last_years_up_to_the_letters():
    m = one("近三年，全市累计消化批而未供土地4.37万亩。", "4.37万亩")
    assert (m["period_start"], m["period_end"]) == (dt.date(2022, 1, 1), dt.date(2024, 12, 31))
    m = one("近5年来新增企业20家。", "20家")
    assert (m["period_start"], m["period_end"]) == (dt.date(2020, 1, 1), dt.date(2024, 12, 31))


def test_labels_that_hold_a_number_are_not_quantities():
    assert [m["surface"] for m in metrics("实行24小时值守，台风路径24小时预报误差62公里。")] == ["62公里"]
    assert [m["surface"] for m in metrics("一类、二类出口企业退税平均办理时间2个工作日。")] == ["2个工作日"]
    assert metrics("我区楼宇经济位列第一梯队。") == []
    assert one("签订耕地保护目标责任书2156份。", "2156份")["kind"] == "actual"


def test_a_rank_among_counted_places_ranks_what_the_clause_names():
    ms = metrics("破案率在全市12个县区中居第2位。")
    assert [(m["surface"], m["subject"]) for m in ms] == [("居第2位", "破案率")]
    # …but an evaluation it is ranked in names it
    assert one("我县在2023年度全市医养结合工作考评中位列第2名。", "位列第2名")["subject"] == "医养结合工作考评"


def test_nouns_ending_in_da_keep_it():
    assert one("建成新一代天气雷达2部。", "2部")["subject"].endswith("天气雷达")


def test_rates_below_zero_keep_their_sign():
    ms = metrics("规上工业增加值同比增长-3.5%，增速为－1.2个百分点，利润增长3%-5%。")
    assert [(m["surface"], m["value"], m["subject"]) for m in ms][:2] == [
        ("-3.5%", -3.5, "规上工业增加值"), ("－1.2个百分点", -1.2, "规上工业增加值")]
    assert ms[2]["value"] == 3  # a range's dash is no sign
    table = "分区域指标如下：\n| 区域 | 税收（亿元） | 同比增长（%） |\n| 奥运功能区 | -1.5 | -2.3 |\n"
    # (a loss in a table of money is left to a reader)
    assert [(m["surface"], m["value"]) for m in metrics(table)] == [("-2.3", -2.3)]


def test_money_sought_in_a_report_was_obtained():
    assert one("2023年，全市争取新增专项债券额度156.3亿元。", "156.3亿元")["kind"] == "actual"
    assert one("积极争取中央预算内投资1.35亿元，用于项目建设。", "1.35亿元")["kind"] == "actual"
    assert one("今年将积极争取中央资金2亿元。", "2亿元")["kind"] == "target"


def test_ranks_listed_after_fenbie_and_doses_and_rates_per_100k():
    ms = metrics("三项指标在全省排名分别为第2、第4和第3。")
    assert [m["value"] for m in ms if m["kind"] == "rank"] == [2, 4, 3]
    assert [(m["surface"], m["value"], m["unit"], m["unit_family"]) for m in metrics(
        "累计接种疫苗62.3万剂次，孕产妇死亡率为8.56/10万。")] == [
        ("62.3万剂次", 623000, "剂次", "count"), ("8.56/10万", 8.56, "/10万", "ratio")]
    assert one("提前两个月完成年度任务。", "两个月")["unit"] == "个月"


def test_a_counted_noun_ends_before_what_it_reached():
    assert one("全市已有31家乡镇卫生院达到国家标准。", "31家")["subject"] == "乡镇卫生院"


def test_a_tables_unit_in_the_line_above_and_labels_spaced_out():
    body = ("分项情况如下：\n表1  2022—2023年转移支付情况（单位：万元）\n项  目        2022年      2023年      同比增长\n"
            "一般性转移支付      378600      412000      8.8%\n合  计      587300      638000      8.6%\n")
    ms = metrics(body)
    assert [(m["surface"], m["value"], m["subject"], m["period_start"]) for m in ms if m["unit"] == "元"] == [
        ("378600", 3.786e9, "一般性转移支付", dt.date(2022, 1, 1)), ("412000", 4.12e9, "一般性转移支付", dt.date(2023, 1, 1)),
        ("587300", 5.873e9, "合计", dt.date(2022, 1, 1)), ("638000", 6.38e9, "合计", dt.date(2023, 1, 1))]


def test_a_period_carries_through_its_paragraph_to_what_was_reached():
    ms = metrics("2023年，全市完成投资12亿元。其中民间投资3.2亿元。目前共有企业50家。下一步将新增企业10家。\n新建公园3个。")
    assert [(m["surface"], m["period_end"]) for m in ms] == [
        ("12亿元", dt.date(2023, 12, 31)), ("3.2亿元", dt.date(2023, 12, 31)),
        ("50家", None),  # 目前 is now
        ("10家", None),  # a target stands on its own
        ("3个", None)]   # a new paragraph
    # …and a quote inside a title does not open the title's years to what follows
    m = one("出台《打造“专精特新之城”行动方案（2023-2025年）》，落实具体举措。推出讲座4期。", "4期")
    assert m["period_end"] is None


def test_a_span_does_not_date_a_stock_but_a_point_in_time_does():
    ms = metrics("2023年，全市完成投资12亿元。全市现有企业50家。支出增长4.1%。")
    assert [(m["surface"], m["period_end"]) for m in ms] == [
        ("12亿元", dt.date(2023, 12, 31)), ("50家", None), ("4.1%", dt.date(2023, 12, 31))]
    ms = metrics("截至2024年3月末，全市贷款余额10亿元。全市现有企业38个。")
    assert [m["period_end"] for m in ms] == [dt.date(2024, 3, 31)] * 2


def test_table_columns_of_months_seconds_ships_and_signs():
    body = "主要指标如下：\n| 指标 | 2024年1-10月 | 2024年前三季度 | 同比 |\n| 货运量（亿吨） | 4.31 | 3.9 | +3.5% |\n"
    ms = metrics(body)
    assert [(m["surface"], m["period_start"], m["period_end"]) for m in ms] == [
        ("4.31", dt.date(2024, 1, 1), dt.date(2024, 10, 31)), ("3.9", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        # (a growth column's cell with its own unit is its neighbour's, as a bare one is)
        ("+3.5%", dt.date(2024, 1, 1), dt.date(2024, 9, 30))]
    assert [(m["surface"], m["unit"]) for m in metrics(
        "监管船舶1.86万艘次，平均过卡时间由45秒降至不足10秒，新增主变容量84.5万千伏安，调用数据2.4亿条次。")] == [
        ("1.86万艘次", "艘次"), ("45秒", "秒"), ("10秒", "秒"), ("84.5万千伏安", "千伏安"), ("2.4亿条次", "条次")]


def test_chinese_numerals_count_phases_sessions_and_points_but_not_a_phase_by_name():
    assert [(m["surface"], m["unit"]) for m in metrics("开展培训二十三期，招聘活动二十一场次，相差二十余个百分点，推进二期工程。")] == [
        ("二十三期", "期"), ("二十一场次", "场次"), ("二十余个百分点", "百分点")]


def test_regulated_prices_are_policy_and_market_prices_are_not():
    assert [m["kind"] for m in metrics("到户价格为2.63元/立方米，第二档3.64元/立方米。")] == ["policy", "policy"]
    assert one("早籼稻收购价格每公斤2.6元。", "2.6元")["kind"] == "actual"


def test_words_that_begin_or_end_with_a_lead_or_trail_word_keep_it():
    assert [m["subject"] for m in metrics("新增共享接口300个。按时办结率99.3%。")] == ["共享接口", "按时办结率"]
    assert one("全市共建成养老机构12家。", "12家")["subject"].endswith("养老机构")  # 共 here is in all
    assert not one("全市共建成养老机构12家。", "12家")["subject"].startswith("共")
    assert one("单位面积产量达到全省平均1.2倍。", "1.2倍")["subject"].endswith("全省平均")
    # (a margin over a base measures what comes before the comparison)
    assert one("增速高于全省平均2.1个百分点。", "2.1个百分点")["subject"] == "增速"


def test_points_fines_and_rules_by_their_names():
    ms = metrics("闯红灯的处200元罚款、记6分。")
    assert [(m["surface"], m["unit"], m["kind"]) for m in ms] == [("200元", "元", "policy"), ("6分", "分", "policy")]
    assert [m["unit"] for m in metrics("近视率分别下降1.2个、0.6个和0.4个百分点。")] == ["百分点"] * 3
    assert one("较2023年下降一点三个百分点。", "一点三个百分点")["value"] == 1.3
    assert one("全县林地面积三百一十二万亩。", "三百一十二万亩")["value"] == 3120000
    assert one("线网密度达到2.37公里/平方公里。", "2.37公里/平方公里")["unit"] == "公里/平方公里"
    assert [m["surface"] for m in metrics("城区公交站点300米半径覆盖率达到78%。")] == ["78%"]
    assert [m["kind"] for m in metrics("最高贷款额度由60万元提高至80万元，首付比例不低于20%。")] == ["policy"] * 3


def test_a_span_carries_into_a_sentence_that_goes_on_even_with_a_stock_word():
    ms = metrics("2024年1-10月，全市平均降雨量2146.3毫米。同期累计发布预警信息1268条。全市累计建成站点30个。")
    assert [m["period_end"] for m in ms] == [dt.date(2024, 10, 31), dt.date(2024, 10, 31), None]


def test_rules_paid_per_head_or_as_a_share_and_what_they_pay():
    ms = metrics("起付标准以上部分在职职工报销55%，统筹基金支付70%。年满70周岁的退休人员每人每月再增加30元。")
    assert [(m["surface"], m["kind"]) for m in ms] == [("55%", "policy"), ("70%", "policy"), ("30元", "policy")]
    assert one("按规定给予每人最高2000元的培训补贴。", "2000元")["subject"] == "培训补贴"
    assert one("个人创业可申请不超过30万元的创业担保贷款。", "30万元")["subject"] == "创业担保贷款"
    # (分别 hands the amounts to the items before it)
    assert one("按初级工、高级工分别给予每人800元、2500元的补贴。", "2500元")["subject"] == "高级工"
    assert one("按不超过项目总投资30%的比例给予补助。", "30%")["kind"] == "policy"
    # a fine is money; an office (秘书处) is no fine
    assert one("对违法企业处5000元罚款。", "5000元")["kind"] == "policy"
    assert one("承担全国标准化技术委员会秘书处4个。", "4个")["kind"] == "actual"


def test_what_follows_a_number_as_a_change_a_band_or_a_conversion_names_nothing():
    ms = metrics("全市货物进出口总额2650亿元，同比增长5.2%，折合约395.6亿美元。大病保险起付标准由2万元下调至1.5万元。")
    assert [m["subject"] for m in ms] == ["货物进出口总额"] * 3 + ["大病保险起付标准"] * 2
    assert one("实际使用外资保持在3.5亿至4亿美元区间。", "3.5亿至4亿美元")["subject"] == "实际使用外资"
    assert one("安排省级专项资金1.5亿元予以支持。", "1.5亿元")["subject"] == "省级专项资金"
    assert one("通过12315平台共受理消费者投诉举报6.72万件。", "6.72万件")["subject"] == "消费者投诉举报"
    assert one("每个县（市、区）至少建成1个标准化残疾人康复中心。", "1个")["subject"] == "标准化残疾人康复中心"
    # (a total after what was added is named without the adding: 累计建成168万亩 is not new)
    assert one("新建高标准农田6.8万亩，累计建成168万亩。", "168万亩")["subject"] == "高标准农田"


def test_periods_of_a_month_as_of_a_whole_year_before_and_spans_of_years():
    m = one("截至2024年4月，全市累计落地集采药品11批次。", "11批次")
    assert (m["period_start"], m["period_end"]) == (None, dt.date(2024, 4, 30))
    # 去年全年 is last year's, whatever year the sentence named before it
    ms = metrics("新馆2022年投用，去年全年进馆读者三十六万人次。")  # (a letter of 2024)
    assert ms[-1]["period_end"] == dt.date(2023, 12, 31)
    # a deadline's year is not 全年's
    assert one("到2025年实现全覆盖；全年提供服务2万台件以上。", "2万台件以上")["period_end"].year != 2025
    # a rank reached beside a figure shares its year
    ms = metrics("全年实际使用外资3.68亿美元，增速居全省第3位。")
    assert ms[0]["period_end"] == ms[1]["period_end"]
    # a span of years sums up its own sentence, and dates no sentence after it
    ms = metrics("近十年，全省累计治理河道120条。饮用水水源地水质达标率保持100%。")
    assert [m["period_end"] is None for m in ms] == [False, True]


def test_units_of_equipment_loans_rounds_and_boilers_and_numerals_counting_runs_and_books():
    assert [(m["surface"], m["unit"]) for m in metrics(
        "检定计量器具2万台件，外借图书21.3万册次，开展执法检查4轮次，淘汰燃煤锅炉合计138蒸吨，日均发车三百多班次，藏书二十万册。")] == [
        ("2万台件", "台件"), ("21.3万册次", "册次"), ("4轮次", "轮次"), ("138蒸吨", "蒸吨"), ("三百多班次", "班次"), ("二十万册", "册")]


def test_a_margin_over_a_target_is_what_was_reached():
    assert one("水质优良比例为92.1%，高于国家下达目标4.6个百分点。", "4.6个百分点")["kind"] == "actual"


def test_a_share_keeps_its_word_and_those_who_did_a_thing_are_listed_whole():
    assert one("过夜游客占比接近三成。", "三成")["subject"] == "过夜游客占比"
    ms = metrics("全年完成投资72.3亿元，占比38.8%。全市供应土地1.35万亩，其中工业用地约3900亩、占比近三成。")
    assert [m["subject"] for m in ms][:2] + [m["subject"] for m in ms][3:] == ["投资", "投资", "工业用地", "工业用地"]
    ms = metrics("对主导制定国家标准、行业标准的分别奖励30万元、20万元。")
    assert [m["subject"] for m in ms] == ["主导制定国家标准", "行业标准"]


def test_units_per_head_and_per_mu_basis_points_and_a_counter_in_brackets():
    ms = metrics("亩均税收38.6万元/亩，全员劳动生产率68.5万元/人，平均利率较上年下降38BP，筹集保障性租赁住房6.35万套（间），累计达到40万套（间）左右。")
    assert [(m["surface"], m["unit"], m["qualifier"]) for m in ms] == [
        ("38.6万元/亩", "元/亩", "exact"), ("68.5万元/人", "元/人", "exact"), ("38BP", "基点", "exact"),
        ("6.35万套（间）", "套", "exact"), ("40万套（间）左右", "套", "approx")]
    # (a rule's change per head per month stays the rule's: 由1900元/人·月提高到2050元/人·月)
    assert [m["kind"] for m in metrics("基本生活费由1900元/人·月提高到2050元/人·月。")] == ["policy", "policy"]


def test_rules_drawn_as_lines_thresholds_shares_borne_and_points_added():
    assert one("担保代偿率控制在3%的警戒线以内。", "3%")["kind"] == "policy"
    assert one("亩均税收门槛不低于30万元/亩。", "30万元")["kind"] == "policy"
    assert one("第一年担保费率降至0.5%。", "0.5%")["kind"] == "policy"
    assert one("平均担保费率降至0.8%以下。", "0.8%")["kind"] == "actual"  # an average is what rules came to
    assert [m["kind"] for m in metrics("由担保机构和银行分别承担80%和20%。")] == ["policy", "policy"]
    assert one("每千瓦时加价0.1元。", "0.1元")["kind"] == "policy"
    assert one("新建居住区每1.5万人应配建1所小学。", "1所")["kind"] == "policy"
    assert one("寄宿制学校每生每年再增加300元。", "300元")["kind"] == "policy"
    m = one("对研发投入强度达到3%以上的企业加1至3分。", "1至3分")
    assert (m["unit"], m["kind"], m["value_high"]) == ("分", "policy", 3)
    assert one("高级认证企业查验率约为一般信用企业的五分之一。", "五分之一")["qualifier"] == "approx"


def test_subjects_of_rates_of_completion_shares_of_gdp_and_the_end_of_a_change():
    assert one("累计完成投资531.8亿元，完成率84.1%。", "84.1%")["subject"] == "完成率"
    assert one("数字经济核心产业增加值占GDP比重为8.8%。", "8.8%")["subject"] == "数字经济核心产业增加值占GDP比重"
    # (a share named after the number before it joins that number's subject, whole)
    ms = metrics("全社会研发经费支出186.5亿元，占GDP比重达到2.86%，比上年提高0.15个百分点。")
    assert [m["subject"] for m in ms][1:] == ["全社会研发经费支出占GDP比重"] * 2
    assert one("全社会研发经费投入占GDP比重达到2.85%。", "2.85%")["subject"] == "全社会研发经费投入占GDP比重"
    assert [m["subject"] for m in metrics("省属一级企业户数由25户调整为21户。")] == ["省属一级企业户数"] * 2
    assert one("审批时限压减至15个工作日以内。", "15个工作日")["subject"] == "审批时限"
    assert one("新开工改造4316个小区、20.8万户。", "20.8万户")["subject"] == "小区"  # (never a trailing 、)


def test_not_a_phase_by_its_number_after_a_name_nor_the_peers_of_a_rank():
    assert [m["surface"] for m in metrics("黄岩模塑小微企业园三期，总投资9.8亿元。")] == ["9.8亿元"]
    assert [m["surface"] for m in metrics("其中2号线二期、4号线一期分别完成投资的46%、23%。")] == ["46%", "23%"]
    # nor the proposals the letter answers, counted
    assert [m["surface"] for m in metrics("鉴于三件提案内容相近，我局按照并案办理。全年办理建议156件。")] == ["156件"]
    assert "11个" not in [m["surface"] for m in metrics("首贷户数列全省11个设区市首位。")]


def test_a_tables_caption_dates_its_cells_and_a_measure_header_joins_the_row_label():
    body = ("截至2024年6月末辖内主要银行贷款情况如下：\n| 机构类型 | 贷款余额（亿元） | 不良贷款率（%） |\n"
            "| 国有大型银行 | 812.4 | 0.58 |\n| 合计 | 2316.8 | 1.07 |\n")
    ms = metrics(body)
    assert [(m["surface"], m["subject"], m["period_start"], m["period_end"]) for m in ms] == [
        ("812.4", "国有大型银行贷款余额", None, dt.date(2024, 6, 30)), ("0.58", "国有大型银行不良贷款率", None, dt.date(2024, 6, 30)),
        ("2316.8", "贷款余额", None, dt.date(2024, 6, 30)), ("1.07", "不良贷款率", None, dt.date(2024, 6, 30))]
    # a caption's year is the cells' year; a header naming a year keeps the row label alone
    ms = metrics("表1  2023年重大项目推进情况\n| 类别 | 完成投资（亿元） |\n| 省重大项目 | 436.9 |\n")
    assert [(m["subject"], m["period_start"], m["period_end"]) for m in ms] == [("省重大项目完成投资", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]
    ms = metrics("主要指标：\n| 指标 | 2023年 |\n| 营业收入（亿元） | 1.9 |\n")
    assert [(m["subject"], m["period_end"]) for m in ms] == [("营业收入", dt.date(2023, 12, 31))]
    # (a caption's months are the cells' months; a column of ranks holds no amounts)
    ms = metrics("附表：2024年1-10月全县外贸主要指标完成情况\n| 指标名称 | 单位 | 1-10月 | 全市位次 |\n| 进出口总额 | 亿元 | 386.2 | 3 |\n")
    assert [(m["surface"], m["value"], m["period_start"], m["period_end"]) for m in ms] == [
        ("386.2", 38620000000.0, dt.date(2024, 1, 1), dt.date(2024, 10, 31))]


def test_a_verb_alone_names_nothing_a_projects_yield_is_a_target_and_progress_of_a_plan_is_reached():
    assert [m["subject"] for m in metrics("全年完成投资96亿元，累计完成31.5亿元。")] == ["投资", "投资"]
    assert one("计划今年12月建成投产，达产后可实现年产值约200亿元。", "200亿元")["kind"] == "target"
    assert one("投用后群众平均等候时间缩短至8分钟。", "8分钟")["kind"] == "actual"  # (no 可 or 将: it happened)
    assert one("单位GDP能耗累计下降约10.5%，完成五年目标进度的75%左右。", "75%")["kind"] == "actual"


def test_average_ages_said_any_way_shares_paid_caps_reached_and_market_averages():
    ms = metrics("驾驶员平均年龄已超过50岁，乡村医生平均年龄由56.3岁下降至52.8岁。")
    assert [(m["surface"], m["qualifier"]) for m in ms] == [("50岁", "over"), ("56.3岁", "exact"), ("52.8岁", "exact")]
    m = one("绩效工资总量上浮幅度最高可达30%。", "30%")
    assert (m["kind"], m["qualifier"], m["subject"]) == ("policy", "at_most", "绩效工资总量上浮幅度")
    assert one("系列产品均价每公斤12元以上。", "12元")["kind"] == "actual"
    assert one("亩均纯收益4200元左右，是单种水稻的2.5倍。", "2.5倍")["subject"] == "亩均纯收益"
    assert one("专利转让许可2036次。", "2036次")["subject"] == "专利转让许可"


def test_more_counters_scores_of_satisfaction_and_markers_and_verbs_left_off_subjects():
    assert [(m["surface"], m["unit"]) for m in metrics(
        "接听群众咨询9.37万通，评查案卷2100卷，登记信访事项31462件次，蜂群总数近2.1万箱，办理林权抵押登记一千二百余宗，喷药防治12.5万亩次，游客满意度保持在90分以上。")] == [
        ("9.37万通", "通"), ("2100卷", "卷"), ("31462件次", "件次"), ("2.1万箱", "箱"), ("一千二百余宗", "宗"), ("12.5万亩次", "亩次"), ("90分以上", "分")]
    assert one("①飞机喷药防治松褐天牛12.5万亩次。", "12.5万亩次")["subject"] == "飞机喷药防治松褐天牛"
    assert one("发生面积压降至3.2万亩。", "3.2万亩")["subject"] == "发生面积"
    assert one("清单内事项增至168项。", "168项")["subject"] == "清单内事项"
    assert one("枯死木率远低于0.9‰的省定控制指标。", "0.9‰")["kind"] == "policy"


def test_rules_per_household_free_hours_fares_and_bounds_written_with_ji():
    assert one("每户每月减免基本用水量5吨。", "5吨")["kind"] == "policy"
    assert one("19时后首2小时免费停放。", "2小时")["kind"] == "policy"
    m = one("城乡公交票价统一为2元。", "2元")
    assert (m["kind"], m["subject"]) == ("policy", "城乡公交票价")
    m = one("对160千伏安及以下的小微企业实行低压接入。", "160千伏安")
    assert (m["surface"], m["qualifier"]) == ("160千伏安及以下", "at_most")
    assert [m["surface"] for m in metrics("开通24小时报修热线，比上年减少了近3个小时。")] == ["3个小时"]
    assert one("少停电时户数约4.7万时户。", "4.7万时户")["unit"] == "时户"


def test_a_year_things_were_built_before_and_next_year_date_nothing_after_them():
    ms = metrics("2000年以前建成的老旧小区有43个，涉及住宅楼260余栋。")
    assert [m["period_end"] for m in ms] == [None, None]
    ms = metrics("其余2条已纳入明年计划。主办单位与提案者沟通4次。")
    assert ms[-1]["period_end"] is None
    ms = metrics("今年以来新增企业5家。办理期间，会办单位召开推进会2次。")
    assert ms[-1]["period_end"] is None


def test_hours_of_study_weeks_bounds_including_and_rules_changed_by_jiang_you():
    ms = metrics("年人均学时超过40学时，平均办理时间由近2周缩短为1天，成立3周年，单户500万元（含）以下担保业务。")
    assert [(m["surface"], m["unit"], m["qualifier"]) for m in ms] == [
        ("40学时", "学时", "over"), ("2周", "周", "approx"), ("1天", "天", "exact"), ("500万元（含）以下", "元", "at_most")]
    assert one("年内新增落地医用耗材5类以上。", "5类以上")["qualifier"] == "at_least"  # (三类以上 is a grade)
    assert [m["kind"] for m in metrics("我市已将首套住房公积金贷款最高额度由60万元提高至80万元。")] == ["policy", "policy"]
    m = one("预付款比例原则上不低于合同金额的30%。", "30%")
    assert (m["kind"], m["subject"]) == ("policy", "预付款比例")
    ms = metrics("2023年新增企业10家。2024年培训人次不低于上年的1.5倍。")
    assert ms[-1]["period_end"] == dt.date(2024, 12, 31)  # (上年 is the base, not the period)


def test_a_table_rows_label_is_its_subject_whole():
    body = "| 指标 | 2023年 |\n| 职工医保住院政策范围内报销比例（%） | 86.7 |\n"
    assert [m["subject"] for m in metrics(body)] == ["职工医保住院政策范围内报销比例"]


def test_items_handed_out_by_fenbie_share_the_noun_the_last_goes_on_with():
    assert [m["subject"] for m in metrics("第一、二、三产业增加值分别为171.2亿元、2446.5亿元和3393.6亿元。")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert [m["subject"] for m in metrics("城镇和农村居民人均可支配收入分别为79542元、41230元。")] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # (grades keep their own rule; 高级工、技师、高级技师 share nothing)
    assert [m["subject"] for m in metrics("国家级、省级孵化器分别给予100万元、50万元。")] == ["国家级孵化器", "省级孵化器"]
    assert [m["subject"] for m in metrics("对高级工、技师、高级技师分别给予1000元、2000元、3000元。")] == ["高级工", "技师", "高级技师"]


def test_a_counted_noun_before_what_it_went_to_do_and_weather_units():
    assert one("邀请海内外专家学者50名左右参会。", "50名")["subject"] == "邀请海内外专家学者"
    assert one("选派科技特派员1286名深入企业和乡村。", "1286名")["subject"] == "选派科技特派员"
    ms = metrics("全市年平均气温19.3℃，较常年偏高0.9℃，最大阵风35.2米/秒，发布洪水预报68站次。")
    assert [(m["surface"], m["unit"], m["unit_family"]) for m in ms] == [
        ("19.3℃", "℃", "temperature"), ("0.9℃", "℃", "temperature"), ("35.2米/秒", "米/秒", "length"), ("68站次", "站次", "count")]
    # a forecast's window names it; a record since a year dates nothing
    assert [m["surface"] for m in metrics("全市24小时晴雨预报准确率达到88.6%。")] == ["88.6%"]
    ms = metrics("年降雨量为1961年有完整气象记录以来第3多，暴雨过程14次。")
    assert ms[-1]["period_end"] is None
    # (a ratio or a time's colon is no place for a heading: 小学1∶19、初中1∶13.5)
    out = run(letter("（四）优化师资。均优于国家编制标准（小学1∶19、初中1∶13.5）。共有386名教师跨校流动。\n"))
    assert out["metrics"]["section_path"].to_list() == ["（四）"]


def test_a_reservoirs_class_in_brackets_stays_in_its_subject():
    ms = metrics("全县共有小（1）型水库11座、小（2）型水库28座。一是推行物业化管理，295宗小（2）型水库实现专业化管护全覆盖。")
    assert [m["subject"] for m in ms] == ["小（1）型水库", "小（2）型水库", "小（2）型水库"]


def test_a_share_before_its_changes_start_keeps_its_name():
    ms = metrics("全县行政村通双车道公路的比例由2020年的58%提高到71.4%。")
    assert [m["subject"] for m in ms] == ["行政村通双车道公路的比例"] * 2


def test_how_it_was_counted_names_nothing_and_chains_of_inheritance_run_three_long():
    ms = metrics("2023年，全市实现地区生产总值2003.8亿元，首次突破2000亿元大关，按不变价格计算，同比增长7.0%，增速连续三年居全省第1位。")
    assert [(m["surface"], m["subject"]) for m in ms] == [
        ("2003.8亿元", "地区生产总值"), ("2000亿元", "地区生产总值"), ("7.0%", "地区生产总值"), ("居全省第1位", "地区生产总值")]


@pytest.mark.parametrize(
    "body,surface,value,subject",
    [
        # among all of a kind, or the world
        ("东部地区信息化水平平均得分居各区域第一。", "居各区域第一", 1, "东部地区信息化水平平均得分"),
        ("乡村教师流失率降幅居各类学校首位。", "居各类学校首位", 1, "乡村教师流失率降幅"),
        ("我国农机装备总量居世界首位。", "居世界首位", 1, "我国农机装备总量"),
        # 居民 is no lead of a rank: the rank starts at the 居 that is
        ("全市居民收入居全省第3位。", "居全省第3位", 3, "居民收入"),
        ("城乡居民收入增速位列全省前三。", "位列全省前三", 3, "城乡居民收入增速"),
    ],
)
def test_ranks_among_a_kind_and_never_from_juemin(body, surface, value, subject):
    m = one(body, surface)
    assert (m["value"], m["unit"], m["subject"]) == (value, "rank", subject)


@pytest.mark.parametrize(
    "body,surface,value,qualifier,subject",
    [
        ("数字经济核心产业增加值总量翻了一番以上。", "翻了一番以上", 2, "at_least", "数字经济核心产业增加值总量"),
        ("城乡居民收入翻两番。", "翻两番", 4, "exact", "城乡居民收入"),
        ("全市规上工业产值实现翻番。", "翻番", 2, "exact", "规上工业产值"),  # (实现 ends no subject)
    ],
)
def test_a_doubling_is_twice(body, surface, value, qualifier, subject):
    m = one(body, surface)
    assert (m["value"], m["unit"], m["qualifier"], m["subject"]) == (value, "倍", qualifier, subject)


def test_places_a_rank_moved_are_no_count_and_a_plans_completion_rate_is_reached():
    assert [m["surface"] for m in metrics("排名第28位，较上年前移11位。新增院士3位。")] == ["排名第28位", "3位"]
    assert one("年度计划完成率达到98%。", "98%")["kind"] == "actual"
    assert one("全年固定资产投资完成56亿元。", "56亿元")["subject"] == "固定资产投资"


@pytest.mark.parametrize(
    "body,surface,subject",
    [
        # a share of a counted noun that nothing before names
        ("全国87.7%的县医院达到二级医院能力。", "87.7%", "县医院"),
        ("力争80%以上的紧密型县域医共体实现全覆盖。", "80%以上", "紧密型县域医共体"),  # (医共体 is a word)
        # …but not a level or a rate
        ("2024年县域内住院率为83.7%，低于全省85%的平均水平。", "85%", "县域内住院率"),
        # 公共 is a word, not the adverb 共
        ("基层医疗卫生机构至少配备1名公共卫生医师。", "1名", "公共卫生医师"),
    ],
)
def test_shares_of_counted_nouns_and_words_with_gong(body, surface, subject):
    assert one(body, surface)["subject"] == subject


@pytest.mark.parametrize(
    "body,surface,value,unit",
    [
        ("新增场站面积约12.4万㎡。", "12.4万㎡", 124000, "平方米"),
        ("线路总长度4,356.8 km。", "4,356.8 km", 4356.8, "公里"),
        ("工业废水日均排放量降至14.2万 t/d。", "14.2万 t/d", 142000, "吨/日"),
        ("最大引水流量约120 m³/s。", "120 m³/s", 120, "立方米/秒"),
        ("年充电量约3,150万kW·h。", "3,150万kW·h", 3.15e7, "千瓦时"),
        ("亩均化肥用量降至18.6㎏。", "18.6㎏", 18.6, "公斤"),
        ("全市执行2元/人次一票制。", "2元/人次", 2, "元/人次"),  # (not 元/人 and a stray 次)
        # a full-width comma typed between thousands
        ("涉水企业深度治理1，126家。", "1，126家", 1126, "家"),
        ("各类优惠乘车约1，860万人次。", "1，860万人次", 1.86e7, "人次"),
    ],
)
def test_units_as_symbols_and_thousands_with_a_full_width_comma(body, surface, value, unit):
    m = one(body, surface)
    assert (m["surface"], m["value"], m["unit"]) == (surface, value, unit)


def test_the_one_a_rate_is_per_and_a_24_hour_shop_are_no_quantities():
    assert [m["surface"] for m in metrics("每多带动1人再补贴2000元。引进24小时书店3家。")] == ["2000元", "3家"]
    assert "1至2个" in [m["surface"] for m in metrics("按照每县建设1至2个的标准推进。")]
    # (a year and a clause's number stay apart)
    assert [m["surface"] for m in metrics("2023，126家企业参加。")] == ["126家"]


@pytest.mark.parametrize(
    "body,surface,qualifier,subject",
    [
        ("个人创业者可申请的创业担保贷款单户最高贷款额度30万元。", "30万元", "at_most", "创业担保贷款单户最高贷款额度"),
        ("新建住宅项目须100%预留充电设施安装条件。", "100%", "exact", "新建住宅项目"),
        ("小麦保险保费中农户自缴20%。", "20%", "exact", "小麦保险保费中农户自缴"),
        ("单户最高贷款额度达500万元。", "500万元", "at_most", "单户最高贷款额度"),
    ],
)
def test_ceilings_by_name_musts_and_shares_paid_by_oneself_are_policy(body, surface, qualifier, subject):
    m = one(body, surface)
    assert (m["kind"], m["qualifier"], m["subject"]) == ("policy", qualifier, subject)


def test_herds_flocks_and_colonies_are_counted_but_not_crowds_nor_articles_of_a_law():
    # (a crowd is people, counted as 人: 5万群众 is no 5万 colonies)
    ms = metrics("全州马存栏28.6万匹，居全疆第一。禽类存栏605万羽，黑蜂保有量约3.6万群。服务5万群众。依照刑法第二百六十六条从重处罚。")
    assert [(m["surface"], m["unit"]) for m in ms] == [("28.6万匹", "匹"), ("居全疆第一", "rank"), ("605万羽", "羽"), ("3.6万群", "群"), ("5万群众", "人")]


def test_a_rank_among_the_districts_ranks_what_the_clause_names_and_an_average_per_unit_is_no_rule():
    assert one("新开工量居全市各区首位。", "首位")["subject"] == "新开工量"
    assert one("公园绿地服务半径覆盖率在中心城区各区中排名第1位。", "第1位")["subject"] == "公园绿地服务半径覆盖率"
    m = one("老年人实际负担的餐费平均每份约12元。", "12元")
    assert (m["kind"], m["subject"]) == ("actual", "餐费")


def test_a_column_of_rates_is_in_percent_whatever_its_rows_count():
    body = "全市卫生人力情况如下：\n| 指标 | 2023年 | 增长（%） |\n| 执业（助理）医师（人） | 5860 | 7.9 |\n"
    assert [(m["surface"], m["unit"]) for m in metrics(body)] == [("5860", "人"), ("7.9", "%")]


def test_sound_levels_yearly_capacities_and_a_hotline_before_jiazheng():
    ms = metrics("城市区域环境噪声昼间平均等效声级54.1分贝。核准经营规模86.4万吨/年。依托96345家政服务热线，联合3家电梯企业推出产品，10家政府部门参与。")
    assert [(m["surface"], m["unit"]) for m in ms] == [("54.1分贝", "分贝"), ("86.4万吨/年", "吨/年"), ("3家", "家"), ("10家", "家")]
    assert ms[0]["unit_family"] == "sound"


def test_a_standard_set_as_a_goal_is_a_target():
    assert one("力争到2025年底城市低保标准达到每人每月760元以上。", "760元以上")["kind"] == "target"
    assert one("城乡低保标准提高到每人每月720元。", "720元")["kind"] == "policy"


def test_the_year_before_last_and_ranges_in_words():
    ms = metrics("去年全市汽车产量61.2万辆，前年为43.5万辆。")
    assert [(m["period_start"], m["subject"]) for m in ms] == [(dt.date(2023, 1, 1), "汽车产量"), (dt.date(2022, 1, 1), "汽车产量")]
    for body, surface, low, high, unit in [("受访企业中八九成表示满意。", "八九成", 80, 90, "%"), ("每年遴选三至五家优质服务机构。", "三至五家", 3, 5, "家")]:
        m = one(body, surface)
        assert (m["value"], m["value_high"], m["unit"], m["qualifier"]) == (low, high, unit, "range")


def test_a_time_limit_a_rule_sets_is_policy_an_average_is_not():
    assert one("审批时限由原来的45个工作日压缩至15个工作日。", "15个工作日")["kind"] == "policy"
    assert one("承诺时限为1个工作日。", "1个工作日")["kind"] == "policy"
    assert one("平均审批时限压缩至5个工作日。", "5个工作日")["kind"] == "actual"


def test_fenbie_over_as_many_mentions_before_it_pairs_them_in_order():
    ms = metrics("全区高新技术企业达到612家，科技型中小企业1954家，分别同比增长11.5%和16.2%。")
    assert [(m["surface"], m["subject"]) for m in ms][2:] == [("11.5%", "高新技术企业"), ("16.2%", "科技型中小企业")]
    # (but what a rule hands out goes by the items before it)
    ms = metrics("对年出口额首次突破1000万元、5000万元的企业，分别给予10万元、30万元一次性奖励。")
    assert all(m["subject"] != "对年出口额" for m in ms if m["surface"] in ("10万元", "30万元"))


@pytest.mark.parametrize(
    "body,surfaces",
    [
        ("高新技术产业增加值占比达68.7%，列温州各县（市、区）首位。", ["68.7%", "列温州各县（市、区）首位"]),
        ("省级博士后工作站数量列全省县级市第1。列入全省第一批试点。居民健康放在首位。", ["列全省县级市第1"]),
        ("X9018次班列开行100列。连续举办洽谈会5届。2023届毕业生就业率98.7%。", ["100列", "5届", "98.7%"]),
        ("申报清单1.86亿票，集装箱吞吐量3530.1万标准箱。", ["1.86亿票", "3530.1万标准箱"]),
    ],
)
def test_ranks_led_by_lie_codes_classes_of_graduates_and_more_counters(body, surfaces):
    assert [m["surface"] for m in metrics(body)] == surfaces


def test_a_share_of_the_years_plan_is_progress_dated_by_the_period_before_it():
    ms = metrics("2024年1-9月，全市完成投资52亿元，完成全年计划的103.8%。")
    assert [(m["surface"], m["kind"], m["period_start"], m["period_end"]) for m in ms] == [
        ("52亿元", "actual", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("103.8%", "actual", dt.date(2024, 1, 1), dt.date(2024, 9, 30))]
    # (every item of the list, and a plan's own figure: 计划投资)
    assert [m["kind"] for m in metrics("两项指标分别完成年度目标的103%和94%。投资超过年度计划投资的80%。")] == ["actual"] * 4
    assert one("力争完成全年计划的110%。", "110%")["kind"] == "target"


def test_a_school_year_runs_from_september_to_august():
    for body, surface, end_year in [("2023学年，全县在校学生3.8万名。", "3.8万名", 2024), ("2023-2024学年招生1.2万人。", "1.2万人", 2024)]:
        m = one(body, surface)
        assert (m["period_start"], m["period_end"]) == (dt.date(2023, 9, 1), dt.date(end_year, 8, 31))


def test_an_item_of_a_run_of_shi_after_a_full_stop_is_not_dated_by_the_sentence_before():
    ms = metrics("今年1-9月，组建家庭医生团队120支。三是新增签约居民1.2万人。")
    assert [m["period_end"] for m in ms] == [dt.date(2024, 9, 30), None]
    # (a period before the run dates its first item)
    assert one("今年以来，一是新增企业12家；二是引进人才30名。", "12家")["period_start"] == dt.date(2024, 1, 1)


def test_a_margin_over_a_base_measures_what_comes_before_the_comparison():
    m = one("2023年，农村居民人均可支配收入增速高于城镇居民1.9个百分点。", "1.9个百分点")
    assert m["subject"] == "农村居民人均可支配收入增速"
    # (a bound is no comparison: what is bound keeps its name)
    assert one("收费标准不高于每人每月300元。", "300元")["subject"] == "收费标准"
    assert one("亩产高于全省平均水平100公斤。", "100公斤")["subject"] == "亩产"


def test_rules_a_plan_changes_shares_set_aside_and_what_one_borrower_may_have_are_policy():
    ms = metrics("将亩均财政投入标准由1500元提高到2000元。按不低于30%的比例用于管护。单户贷款额度5万元以下。")
    assert [(m["surface"], m["kind"]) for m in ms] == [("1500元", "policy"), ("2000元", "policy"), ("30%", "policy"), ("5万元以下", "policy")]
    # (a goal stays a target: 力争…由…提高到)
    assert one("力争将补助标准由1500元提高到2000元。", "2000元")["kind"] == "target"


def test_milestones_restated_currencies_and_a_tables_qizhong_name_nothing_new():
    ms = metrics("2023年，全市GDP达到4015亿元，首次迈上4000亿元台阶，同比增长6.2%。全市外贸进出口总额2618.7亿元，以美元计为372.1亿美元。")
    assert [m["subject"] for m in ms] == ["GDP", "GDP", "GDP", "外贸进出口总额", "外贸进出口总额"]
    body = "| 指标 | 2023年 |\n| 进出口（亿元） | 2618.7 |\n| 其中：出口（亿元） | 2152.3 |\n"
    assert [m["subject"] for m in metrics(body)] == ["进出口", "出口"]


def test_what_a_plan_seeks_is_a_target_even_as_a_quota():
    body = "一、关于项目建设\n2024年1-9月，全市完成投资52亿元。\n二、下一步工作\n（一）全年争取专项债券额度不低于200亿元。\n"
    assert one(body, "200亿元")["kind"] == "target"


def test_dates_in_chinese_numerals_date_what_follows():
    ms = metrics("截至二〇二四年五月底，全省参保人数3386.5万人。二〇二三年，城镇新增就业29万人。")
    assert [(m["period_start"], m["period_end"]) for m in ms] == [(None, dt.date(2024, 5, 31)), (dt.date(2023, 1, 1), dt.date(2023, 12, 31))]
    # (a date with a day in words is a date, not its month: 2024年6月二十四日)
    assert one("二〇二四年六月二十四日，举办招聘会12场。", "12场")["period_end"] is None


def test_a_sentence_that_opens_with_a_deadline_of_its_own_sets_targets():
    ms = metrics("力争到2025年，参保率达到96%。到2025年底，全市参保率达到97%。计划到2025年，新增就业5万人。")
    assert [m["kind"] for m in ms] == ["target"] * 3
    # (not a deadline already past, nor what is done already, nor a year's report)
    ms = metrics("到2023年底，全市已建成站点12个。2024年，全市新增企业30家。到2024年底，累计建成驿站40个。")
    assert [m["kind"] for m in ms] == ["actual"] * 3


def test_money_in_words_with_tens_is_a_quantity_a_bare_digit_word_is_a_name():
    ms = metrics("处二十元罚款；情节严重的，处五十元以上二百元以下罚款。推进三元融合。投入三万元。")
    assert [(m["surface"], m["value"], m["value_high"], m["qualifier"]) for m in ms] == [
        ("二十元", 20, None, "exact"), ("五十元以上二百元以下", 50, 200, "range"), ("三万元", 30000, None, "exact")]
    # (a bound's two ends are one range, and its subject no number)
    assert "元" not in (ms[1]["subject"] or "")


def test_a_recovery_to_a_base_measures_what_the_sentence_measures():
    assert one("国庆假期，全市接待游客312.6万人次，恢复至2019年同期的103.4%。", "103.4%")["subject"] == "接待游客"


def test_items_with_short_labels_of_their_own_share_the_rules_kind():
    ms = metrics("居民医保住院起付线为一级医院300元、二级医院600元、三级医院900元。补助标准为300元、已发放1200万元。")
    assert [m["kind"] for m in ms] == ["policy", "policy", "policy", "policy", "actual"]


def test_fenbie_after_a_comparisons_base_pairs_each_change_with_its_indicator():
    ms = metrics("全县农村自来水普及率为97.2%，供水工程覆盖农村人口比例为88.4%，较“十三五”末分别提高5.1个和21.3个百分点。")
    assert [m["subject"] for m in ms][2:] == ["农村自来水普及率", "供水工程覆盖农村人口比例"]


def test_a_year_whose_clause_issues_a_document_dates_its_own_sentence_only():
    ms = metrics("2022年，县政府出台《历史遗留问题处置办法》，明确了处置路径。全县共排查出问题项目41个。\n"
                 "2024年，我局印发《工作方案》，安排资金3亿元。2023年，全市新增企业30家。其中高新技术企业12家。")
    assert [m["period_start"] for m in ms] == [None, dt.date(2024, 1, 1), dt.date(2023, 1, 1), dt.date(2023, 1, 1)]


def test_what_a_count_followed_by_de_counts_is_the_noun_after_it():
    ms = metrics("下一步，对500个左右的易涝点开展隐患排查，对年业务量超过10万件的乡镇服务站给予奖励。")
    assert [(m["surface"], m["subject"]) for m in ms][0] == ("500个左右", "易涝点")
    assert ms[1]["subject"] != "乡镇服务站"  # a threshold measures what is before it


def test_labels_of_tables_annexes_and_phases_are_no_quantities():
    ms = metrics("2023年，市应急物资储备中心（二期）建成投用，储备物资12万件。确保表2所列项目按期完工，附件3所附清单共有5项。全市新建学校3所。")
    assert [m["surface"] for m in ms] == ["12万件", "5项", "3所"]


def test_a_change_from_last_years_end_or_to_now_keeps_its_indicator():
    ms = metrics("2024年，主次干道机扫率由2020年的82%提升至目前的95%以上。燃气报警装置安装率由上年末的61.5%提高到84.2%，提高22.7个百分点。")
    assert [m["subject"] for m in ms] == ["主次干道机扫率"] * 2 + ["燃气报警装置安装率"] * 3
    # 上年末 is a point in time that dates the start only.
    assert [(str(m["period_start"]), str(m["period_end"])) for m in ms[2:]] == [
        ("None", "2023-12-31"), ("None", "None"), ("None", "None")]


def _periods_of(body: str) -> list[tuple]:
    return [(m["surface"], str(m["period_start"]), str(m["period_end"])) for m in metrics(body)]


def test_this_year_beside_a_months_end_is_the_months_up_to_it():
    assert _periods_of("截至9月底，今年已销售体育彩票24.3亿元。今年以来，截至6月底，新增就业1.2万人。截至9月底，全市共有公园35个。") == [
        ("24.3亿元", "2024-01-01", "2024-09-30"), ("1.2万人", "2024-01-01", "2024-06-30"), ("35个", "None", "2024-09-30")]


def test_the_last_years_date_what_is_done_each_of_them():
    assert _periods_of("近三年，我市每年举办全民健身赛事活动1500场次以上。") == [("1500场次以上", "2022-01-01", "2024-12-31")]


def test_years_listed_pair_with_the_numbers_fenbie_hands_out():
    body = ("2021年、2022年、2023年，省级财政分别安排医保补助资金68.5亿元、72.3亿元、76.8亿元，年均增长约5.9%。"
            "2022年至2023年分别新建公园5个和8个。2022年和2023年共新建绿道30公里。")
    ms = metrics(body)
    assert [(m["surface"], m["period_start"].year, m["period_end"].year, m["subject"]) for m in ms] == [
        ("68.5亿元", 2021, 2021, "医保补助资金"), ("72.3亿元", 2022, 2022, "医保补助资金"), ("76.8亿元", 2023, 2023, "医保补助资金"),
        ("5.9%", 2021, 2023, "医保补助资金"), ("5个", 2022, 2022, "新建公园"), ("8个", 2023, 2023, "新建公园"),
        ("30公里", 2022, 2023, "新建绿道")]


def test_matching_shares_goals_a_plan_achieves_and_bounds_before_the_verb():
    body = ("对新建作业点市级每个补助50万元，区级配套不低于30%。每个涉农街道至少培训气象信息员20名。\n"
            "二、下一步工作\n1.加密站网，实现主城区站间距不超过3公里。\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["30%"]["kind"], ms["30%"]["qualifier"]) == ("policy", "at_least")
    assert (ms["20名"]["qualifier"], ms["20名"]["subject"]) == ("at_least", "气象信息员")
    assert (ms["3公里"]["kind"], ms["3公里"]["qualifier"]) == ("target", "at_most")


def test_a_long_subject_cut_does_not_open_with_half_a_word_before_a_preposition():
    ms = metrics("2023年，省级对市县医疗卫生转移支付总额达215亿元。全市退役军人服务站配备专职工作人员2名。")
    assert [m["subject"] for m in ms] == ["市县医疗卫生转移支付总额", "专职工作人员"]
    assert all(len(m["subject"]) <= SUBJECT_MAX for m in ms)


def test_a_home_by_its_order_is_no_count_and_years_before_fenbie_are_no_items():
    ms = metrics("首套住房贷款利率为2.85%，二套住房为3.325%。新建安置房三套。2021年、2022年、2023年分别新开通镇村公交线路12条、9条、15条。")
    assert [m["surface"] for m in ms][:3] == ["2.85%", "3.325%", "三套"]
    assert [(m["subject"], m["period_start"].year) for m in ms[3:]] == [("新开通镇村公交线路", y) for y in (2021, 2022, 2023)]


def test_comparisons_with_bi_margins_listed_and_the_first_years_of_a_plan():
    body = ("上半年，全市居民消费价格指数同比上涨2.1%，涨幅比全省平均水平高0.3个百分点，比去年同期回落0.6个百分点。"
            "1—10月，全县固定资产投资同比增长8.7%，增速高于全省平均5.2个百分点、高于全市平均2.9个百分点，居全市第2位。"
            "2023年全市单位GDP能耗下降3.8%，“十四五”前三年累计下降9.6%。"
            "全市涉诈电话拦截量同比再增长20%。")
    ms = metrics(body)
    assert [m["subject"] for m in ms[:3]] == ["居民消费价格指数"] * 3
    assert [m["subject"] for m in ms[3:7]] == ["固定资产投资"] * 4
    assert (ms[8]["subject"], ms[8]["period_start"].year, ms[8]["period_end"].year) == ("单位GDP能耗", 2021, 2023)
    assert ms[9]["subject"] == "涉诈电话拦截量"  # (同比 is no comparison with a base)


def test_a_base_years_own_figure_is_dated_by_it():
    ms = metrics("2023年，全市PM2.5平均浓度为27微克/立方米，较2015年的53微克/立方米下降49.1%。2023年，产值较2020年的水平增长5%。")
    assert [(m["surface"], m["period_start"].year) for m in ms] == [
        ("27微克/立方米", 2023), ("53微克/立方米", 2015), ("49.1%", 2023), ("5%", 2023)]


def test_rates_per_head_and_year_are_no_periods_and_carry_their_unit():
    ms = metrics("2024年，城市低保标准提高到每人每月856元、每人每年8112元，农村低保标准为676元/人·月。")
    assert [(m["surface"], m["unit"], m["period_start"].year) for m in ms] == [
        ("856元", "元", 2024), ("8112元", "元", 2024), ("676元/人·月", "元/人·月", 2024)]


def test_second_fenbie_pairs_the_items_of_the_first_and_items_lose_their_base():
    ms = metrics("2023年，全市二氧化硫、氮氧化物排放量分别为1.82万吨、4.36万吨，较2020年分别削减16.3%、12.8%。"
                 "全市化学需氧量、氨氮排放量较上年分别减少3160吨、412吨。")
    assert [m["subject"] for m in ms] == ["二氧化硫", "氮氧化物排放量", "二氧化硫", "氮氧化物排放量", "化学需氧量", "氨氮排放量"]


def test_a_part_named_by_qizhong_is_of_the_noun_before_the_adverb():
    ms = metrics("全市城镇污水处理厂全部执行一级A及以上排放标准，其中9座完成准地表水Ⅳ类提标改造。")
    assert [m["subject"] for m in ms] == ["城镇污水处理厂"]


def test_items_named_before_each_amount_keep_their_names_with_fenbie():
    ms = metrics("对养老机构，分别按照护理型床位每张1.5万元、普通床位每张1万元给予一次性建设补贴。对A类、B类企业分别给予每家10万元、20万元奖励。")
    assert [m["subject"] for m in ms] == ["护理型床位", "普通床位", "A类企业", "B类企业"]


def test_subject_trims_leading_prepositions_trailing_goals_and_rewards():
    body = ("对年营业收入首次突破5,000万元的企业再奖励5万元。对首次上规的工业企业每家奖励10万元。"
            "技改投资年均增长10%以上。国家级专精特新企业力争达到50家。2021-2023年累计实施技改项目320个。"
            "当CPI单月同比涨幅达到3.5%时及时启动补贴发放。非居民用气价格自7月1日起由3.77元/立方米下调至3.62元/立方米。"
            "其中按日连续处罚案件2件。特困人员基本生活标准按不低于当地城乡低保标准的1.3倍确定。")
    assert [m["subject"] for m in metrics(body)] == [
        "年营业收入", "企业", "工业企业", "技改投资", "国家级专精特新企业", "实施技改项目",
        "CPI单月同比涨幅", "非居民用气价格", "非居民用气价格", "按日连续处罚案件", "特困人员基本生活标准"]


def test_grades_take_the_noun_not_the_verb_and_keep_their_first_character():
    ms = metrics("全市累计培育专精特新企业960家，其中国家级68家。全市已认定中小企业公共服务示范平台30个，其中国家级7个。")
    assert [m["subject"] for m in ms][1::2] == ["国家级专精特新企业", "国家级中小企业公共服务示范平台"]


def test_rules_triggers_and_ceilings_of_a_base_are_policy_margins_over_a_target_actual():
    ms = {m["surface"]: m for m in metrics(
        "劳务报酬发放比例原则上不低于15%。当CPI单月同比涨幅达到3.5%时及时启动补贴发放。"
        "一次性救助金额最高可达当地低保标准的12倍。优良天数比例为89.6%，高于省下达的考核目标（86.5%）3.1个百分点。")}
    assert [ms[s]["kind"] for s in ("15%", "3.5%", "12倍")] == ["policy"] * 3
    assert (ms["12倍"]["qualifier"], ms["12倍"]["subject"]) == ("at_most", "一次性救助金额")
    assert (ms["86.5%"]["kind"], ms["3.1个百分点"]["kind"]) == ("target", "actual")


def test_a_programme_by_its_number_of_parts_is_no_count_and_a_stock_stops_a_carried_period():
    ms = metrics("全市两项补贴资金累计发放2.1亿元，发放两项补贴。2023年，化学需氧量减少3160吨。累计完成改造530余家；推广测土配方施肥面积超过120万亩。")
    assert [m["surface"] for m in ms] == ["2.1亿元", "两项", "3160吨", "530余家", "120万亩"]
    assert ms[-1]["period_start"] is None


def test_rows_labelled_by_a_bare_year_are_dated_by_it():
    body = ("近年来水质持续改善，2019年以来情况如下：\n"
            "年份 国控断面数（个） Ⅲ类以上比例（%）\n2019 19 78.9\n2020 19 84.2\n2021 19 89.5\n")
    ms = metrics(body)
    assert [(m["surface"], m["period_start"].year, m["subject"]) for m in ms] == [
        ("19", 2019, "国控断面数"), ("78.9", 2019, "Ⅲ类以上比例"), ("19", 2020, "国控断面数"), ("84.2", 2020, "Ⅲ类以上比例"),
        ("19", 2021, "国控断面数"), ("89.5", 2021, "Ⅲ类以上比例")]


def test_life_expectancy_counts_in_years_and_compound_counters_keep_their_ci():
    ms = metrics("2023年，全省人均预期寿命达到80.2岁，较2020年提高0.9岁，高于全国平均1.6岁。全省60岁以上老年人达到1200万人。"
                 "开展手术超过35万例次，检查近9000台次。")
    assert [(m["surface"], m["subject"]) for m in ms] == [
        ("80.2岁", "人均预期寿命"), ("0.9岁", "人均预期寿命"), ("1.6岁", "人均预期寿命"), ("1200万人", "60岁以上老年人"),
        ("35万例次", "开展手术"), ("9000台次", "检查")]
    assert [m["unit"] for m in ms][-2:] == ["例次", "台次"]


def test_grades_gaps_ceilings_raised_and_minimum_purchase_prices():
    ms = {m["surface"]: m for m in metrics(
        "全省共有三级甲等医院112家。县域就诊率达到92%，高出全国平均近3个百分点。律师代理费最高可上浮50%。每年2000件以上的案件量。"
        "早籼稻最低收购价为每50公斤127元。启动最低收购价执行预案1次。")}
    assert ms["112家"]["subject"] == "三级甲等医院"
    assert ms["3个百分点"]["subject"] == "县域就诊率"
    assert (ms["50%"]["kind"], ms["50%"]["qualifier"], ms["50%"]["subject"]) == ("policy", "at_most", "律师代理费")
    assert ms["2000件以上"]["kind"] == "actual"
    assert (ms["127元"]["kind"], ms["127元"]["subject"]) == ("policy", "早籼稻最低收购价")
    assert ms["1次"]["kind"] == "actual"


def test_an_item_that_reaches_its_own_figure_is_no_end_point_and_recent_years_pair_with_fenbie():
    ms = metrics("森林覆盖率稳定在68.5%、森林蓄积量达到1600万立方米。近三年，全市粮食收购量分别为21.6万吨、23.4万吨、24.1万吨。近三年累计收购69.1万吨。")
    assert [m["subject"] for m in ms][:2] == ["森林覆盖率", "森林蓄积量"]
    assert [(m["period_start"].year, m["period_end"].year) for m in ms[2:]] == [(2022, 2022), (2023, 2023), (2024, 2024), (2022, 2024)]


def test_audits_keep_their_ji_and_a_stock_names_what_it_holds():
    ms = metrics("全市审计机关共完成政府投资项目审计412个。市属国有企业现有国家级高新技术企业43家，其中省级以上研发机构12家。")
    assert ms[0]["subject"].endswith("政府投资项目审计")
    assert ms[1]["subject"] == "国家级高新技术企业"


def test_a_growth_column_is_the_last_years_and_a_years_beginning_is_a_point():
    body = ("主要指标情况如下：\n| 指标 | 2022年 | 2023年 | 增长（%） |\n| 营业收入（亿元） | 1520 | 1680 | 10.5 |\n"
            "亏损企业由2023年初的23户减少至9户。")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["10.5"]["period_start"].year, ms["10.5"]["period_end"].year) == (2023, 2023)
    assert (ms["23户"]["period_start"], ms["23户"]["period_end"]) == (None, dt.date(2023, 1, 1))
    assert ms["9户"]["period_end"] is None


def test_a_comparison_with_last_year_and_a_base_year_date_nothing_after_them():
    ms = metrics("今年以来服务青年1.1万余人次，已超过去年全年水平，吸引近900人留湖就业。在2023年基础上再压缩通关时间10%以上。")
    # (the base year is no period: the one before carries on)
    assert [m["period_start"].year for m in ms] == [2024, 2024, 2024]
    assert "通关时间" in ms[2]["subject"] and "基础上" not in ms[2]["subject"]


def test_a_rank_ranks_what_comes_before_its_scope_and_times_leave_the_subject():
    ms = metrics("1-10月，嘉兴港集装箱吞吐量完成320万标箱，同比增长8.5%，增速居全国沿海港口第5位。跨境电商进出口单量今年1-8月达1.35亿单。")
    assert [m["subject"] for m in ms] == ["嘉兴港集装箱吞吐量"] * 3 + ["跨境电商进出口单量"]


def test_semesters_year_ends_and_last_years_rules_and_lists_by_their_size():
    ms = {m["surface"]: m for m in metrics(
        "2024年秋季学期，全市新投用学校12所。力争年末科技型企业贷款余额突破1400亿元。2家企业进入全国民营企业研发投入前500强。"
        "企业按上年度研发投入的10%给予补助。单个项目最高支持2000万元。每1元财政资金撬动社会投入5.3元。")}
    assert (ms["12所"]["period_start"], ms["12所"]["period_end"]) == (dt.date(2024, 9, 1), dt.date(2025, 1, 31))
    assert (ms["1400亿元"]["period_end"].year, ms["1400亿元"]["subject"]) == (2024, "科技型企业贷款余额")
    assert "前50" not in ms and ms["2家"]["subject"] == "企业"
    assert (ms["10%"]["kind"], ms["10%"]["period_start"]) == ("policy", None)
    assert (ms["2000万元"]["kind"], ms["2000万元"]["qualifier"]) == ("policy", "at_most")
    assert "1元" not in ms and "5.3元" in ms


def test_a_rules_amount_takes_no_time_across_a_semicolon_and_plans_hire():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全县规上企业研发投入增长15%；对研发投入增量超过500万元的规上企业，按增量的5%给予奖励，单家企业年度兑付额最高20万元。"
        "今年计划招聘教师1300名。全市2000年底前建成的老旧小区改造完成率达到80%。")}
    assert (ms["20万元"]["kind"], ms["20万元"]["period_start"]) == ("policy", None)
    assert ms["15%"]["period_start"].year == 2023
    assert ms["1300名"]["kind"] == "target"
    assert ms["80%"]["period_end"] is None


def test_a_bare_year_end_is_a_point_of_the_year_the_sentence_names():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市生猪出栏320万头；年末生猪存栏258万头。年末城镇登记失业率1.86%。"
        "2023年，全市接待游客5670万人次、实现旅游收入148.3亿元，分别恢复到2019年的102.3%和96.8%。")}
    assert (ms["258万头"]["period_start"], ms["258万头"]["period_end"]) == (None, dt.date(2023, 12, 31))
    # (a figure reached, without a year: the last year's end, as 全年 is the last whole year)
    assert (ms["1.86%"]["period_start"], ms["1.86%"]["period_end"]) == (None, dt.date(2023, 12, 31))
    # 恢复到2019年的 is the base of the share, not its period
    assert [ms[s]["period_start"] for s in ("102.3%", "96.8%")] == [dt.date(2023, 1, 1)] * 2


@pytest.mark.parametrize(
    "body,surface,start,end",
    [
        # (the months the days off fall in: periods are whole months or points, as the contract's)
        ("今年国庆假期，全市接待游客612.5万人次。", "612.5万人次", dt.date(2024, 10, 1), dt.date(2024, 10, 31)),
        ("2023年春节期间，全市接待游客426.8万人次。", "426.8万人次", dt.date(2023, 1, 1), dt.date(2023, 1, 31)),
        ("2025年春节期间，全市接待游客430万人次。", "430万人次", dt.date(2025, 1, 1), dt.date(2025, 2, 28)),
        ("“五一”假期接待游客93万人次。", "93万人次", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        ("去年中秋国庆双节期间接待游客300万人次。", "300万人次", dt.date(2023, 9, 1), dt.date(2023, 10, 31)),
        ("今年暑期，全市博物馆接待观众120万人次。", "120万人次", dt.date(2024, 7, 1), dt.date(2024, 8, 31)),
        # (a holiday named without a year that the letter's date, 1 June, comes before: last year's)
        ("“八一”前后走访慰问优抚对象9300余人次。", "9300余人次", dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
        # (a holiday the table does not hold: its usual days, never the whole year)
        ("2031年国庆假期接待游客80万人次。", "80万人次", dt.date(2031, 10, 1), dt.date(2031, 10, 31)),
    ],
)
def test_a_public_holidays_figures_are_counted_over_its_days_off(body, surface, start, end):
    m = one(body, surface)
    assert (m["period_start"], m["period_end"]) == (start, end)
    assert "假期" not in (m["subject"] or "") and "期间" not in (m["subject"] or "")


def test_holiday_names_that_are_no_holiday_date_nothing():
    ms = {m["surface"]: m for m in metrics("全市共有五一劳动奖章获得者12人。“十一五”期间完成投资30亿元。")}
    assert ms["12人"]["period_start"] is None and ms["12人"]["subject"] == "五一劳动奖章获得者"
    assert ms["30亿元"]["period_start"] == dt.date(2006, 1, 1)


@pytest.mark.parametrize(
    "body,surface,qualifier",
    [
        ("按照省厅要求，专业监管人员占比不低于75%。", "75%", "at_least"),
        ("每个乡镇应配备专职安全监管人员不少于3名。", "3名", "at_least"),
        ("根据国家标准，人均有效避难面积不少于1.5平方米。", "1.5平方米", "at_least"),
        ("普通消防站辖区面积不宜大于7平方公里。", "7平方公里", "at_most"),
        ("企业按照4.5%提取安全生产费用。", "4.5%", "exact"),
        ("失业保险金标准为最低工资标准的90%。", "90%", "exact"),
        ("稳岗返还比例为50%。", "50%", "exact"),
        ("按每带动1人2000元给予补贴。", "2000元", "exact"),
        ("每亩最高补40元。", "40元", "at_most"),
        ("保额由原来的每亩800元提到1000元。", "1000元", "exact"),
        ("市县配套不低于600元/亩。", "600元/亩", "at_least"),
    ],
)
def test_bounds_a_standard_or_a_requirement_sets_are_rules(body, surface, qualifier):
    m = one(body, surface)
    assert (m["kind"], m["qualifier"]) == ("policy", qualifier)


def test_requirements_are_told_from_emergencies_and_results_per_head():
    ms = {m["surface"]: m for m in metrics("全年开展应急演练不少于1500场次。自繁自养每头盈利200元左右。保额由原来的每亩800元提到1000元。")}
    assert ms["1500场次"]["kind"] != "policy"  # 应急 is no 应
    assert ms["200元左右"]["kind"] == "actual"
    assert ms["800元"]["subject"] == ms["1000元"]["subject"] == "保额"


def test_casualties_per_head_grades_and_changes_paired_without_fenbie():
    ms = metrics("2023年，全市接报火灾1863起，亡4人、伤7人，较上年分别下降12.1%、20%、30%。"
                 "失业保险金月人均1976元。累计建成国家级夜间文化和旅游消费集聚区14个。"
                 "今年，全市接待游客612.5万人次、实现旅游收入58.4亿元，同比增长9.8%、12.1%。"
                 "乡村旅游接待游客5670万人次，实现营业收入148.3亿元，分别比2019年增长11.2%和15.6%。")
    subjects = {m["surface"]: m["subject"] for m in ms}
    assert [subjects[s] for s in ("4人", "7人", "20%", "30%")] == ["死亡", "受伤", "死亡", "受伤"]
    assert subjects["1976元"].startswith("失业保险金") and subjects["1976元"].endswith("人均")
    assert subjects["14个"] == "国家级夜间文化和旅游消费集聚区"
    assert (subjects["9.8%"], subjects["12.1%"]) == ("接待游客", "旅游收入")
    assert (subjects["11.2%"], subjects["15.6%"]) == ("乡村旅游接待游客", "营业收入")


def test_a_spaced_tables_row_labelled_by_months_names_its_columns():
    ms = metrics("近三年全市生产安全事故情况如下：\n"
                 "    年度            事故起数（起）    死亡人数（人）    直接经济损失（万元）\n"
                 "    2023年              68                59                 1718\n"
                 "    2024年1-6月         29                24                  702\n")
    row = [m for m in ms if m["surface"] in ("29", "24", "702")]
    assert [m["subject"] for m in row] == ["事故起数", "死亡人数", "直接经济损失"]
    assert {(m["period_start"], m["period_end"]) for m in row} == {(dt.date(2024, 1, 1), dt.date(2024, 6, 30))}


def test_ratios_per_ten_thousand_about_with_lai_and_places_counted_before_fenbie():
    ms = {m["surface"]: m for m in metrics(
        "专职消防员人数与常住人口比例达到万分之一点五。亩均收益1000来元。安吉、德清两地分别接待过夜游客18.3万人次、12.9万人次。")}
    assert (ms["万分之一点五"]["value"], ms["万分之一点五"]["unit"]) == (0.015, "%")
    assert (ms["1000来元"]["value"], ms["1000来元"]["qualifier"]) == (1000, "approx")
    assert ms["18.3万人次"]["subject"] == ms["12.9万人次"]["subject"] == "接待过夜游客"


def test_last_year_in_a_rule_is_its_base_and_capped_grants():
    ms = {m["surface"]: m for m in metrics(
        "对上一年度营业收入不超过1000万元的危险化学品生产企业，按照4.5%提取安全生产费用。"
        "对取得证书的高级技师，最高可补贴3500元。继续执行阶段性降低失业保险费率至1%的政策。")}
    assert (ms["1000万元"]["kind"], ms["1000万元"]["period_start"], ms["1000万元"]["subject"]) == ("policy", None, "营业收入")
    assert (ms["3500元"]["kind"], ms["3500元"]["qualifier"]) == ("policy", "at_most")
    assert ms["1%"]["kind"] == "policy"


@pytest.mark.parametrize(
    "body,surface,value,unit",
    [
        ("公交平均车速16.8公里/小时左右。", "16.8公里/小时左右", 16.8, "公里/小时"),
        ("县城防洪标准全面达到50年一遇。", "50年一遇", 50, "年一遇"),
        ("持卡乘车享受9折优惠。", "9折", 9, "折"),
        ("施划公交专用道4段。", "4段", 4, "段"),
        ("排涝能力达到每秒126立方米。", "126立方米", 126, "立方米/秒"),
    ],
)
def test_speeds_flood_standards_discounts_and_flows(body, surface, value, unit):
    m = one(body, surface)
    assert (m["value"], m["unit"]) == (value, unit)


def test_flood_standards_are_no_rules_discounts_are():
    ms = {m["surface"]: m for m in metrics("防洪标准由10年一遇提高到20年一遇。持卡乘车享受9折优惠。")}
    assert [ms[s]["kind"] for s in ("10年一遇", "20年一遇", "9折")] == ["actual", "actual", "policy"]


def test_thirds_of_months_months_from_and_since_what_began():
    ms = {m["surface"]: m for m in metrics(
        "2023年汛期，全县平均降雨量1842毫米，6月下旬最大24小时降雨量达286毫米。"
        "今年3月起，城区公交票价下调至1元。自2021年开展放心消费环境建设以来，累计培育放心消费单位1.26万家。")}
    assert (ms["286毫米"]["period_start"], ms["286毫米"]["period_end"]) == (dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert ms["286毫米"]["subject"] == "最大24小时降雨量"
    assert (ms["1元"]["period_start"], ms["1元"]["period_end"], ms["1元"]["subject"]) == (dt.date(2024, 3, 1), dt.date(2024, 12, 31), "城区公交票价")
    assert (ms["1.26万家"]["period_start"], ms["1.26万家"]["period_end"]) == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))


def test_fines_bounds_averages_set_asides_and_what_a_project_will_bring():
    ms = {m["surface"]: m for m in metrics(
        "依法处货值金额10倍以上20倍以下罚款。2023年办理简易注销，平均办理时限不超过1个工作日。"
        "按照不低于50%的比例预拨资金。允许按照当期可抵扣进项税额加计5%抵减应纳税额。"
        "预留该部分采购项目预算总额的40%以上专门面向中小企业采购。建成后，将惠及沿线42个行政村。")}
    assert [ms[s]["kind"] for s in ("10倍以上20倍以下", "50%", "5%", "40%以上")] == ["policy"] * 4
    assert (ms["10倍以上20倍以下"]["value"], ms["10倍以上20倍以下"]["value_high"]) == (10, 20)
    assert (ms["1个工作日"]["kind"], ms["1个工作日"]["qualifier"]) == ("actual", "at_most")
    assert ms["42个"]["kind"] == "target"
    assert not ms["5%"]["subject"].endswith("加")


def test_counted_nouns_keep_their_words_and_fenbie_items_after_the_verb():
    ms = {m["surface"]: m for m in metrics(
        "新建6处规模化水厂。全市32家大型商超、18家农贸市场全部纳入。惠及纳税人缴费人逾310万户。"
        "全年发行新增专项债券520亿元，分别投向保障性安居工程、城乡基础设施、社会事业领域174.2亿元、211.5亿元、88.3亿元。")}
    assert [ms[s]["subject"] for s in ("6处", "32家", "310万户")] == ["规模化水厂", "大型商超", "惠及纳税人缴费人"]
    assert [ms[s]["subject"] for s in ("174.2亿元", "211.5亿元", "88.3亿元")] == ["保障性安居工程", "城乡基础设施", "社会事业领域"]


def test_a_stacked_table_numbered_by_xuhao_with_a_blank_cell_in_its_total():
    ms = metrics("重点项目安排如下：\n序号\n项目名称\n建设规模（公里）\n总投资（亿元）\n"
                 "1\n廉桥药材产业路\n18.6\n2.35\n2\n崀山旅游环线\n32.4\n4.12\n合计\n\n51.0\n6.47\n以上项目年内开工。\n")
    got = {m["surface"]: (m["value"], m["unit"], m["subject"]) for m in ms}
    assert got["18.6"] == (18.6, "公里", "廉桥药材产业路建设规模")
    assert got["4.12"] == (4.12e8, "元", "崀山旅游环线总投资")
    assert got["51.0"][0] == 51.0 and got["6.47"][1] == "元"


def test_a_breakdowns_time_is_its_clauses_only():
    ms = {m["surface"]: m for m in metrics(
        "自2021年开展放心消费环境建设以来，全市累计培育放心消费单位1.26万家，其中2023年新增2870家，较上年增长18.6%；打造放心消费示范街区42个。")}
    assert ms["2870家"]["period_start"] == ms["18.6%"]["period_start"] == dt.date(2023, 1, 1)
    assert ms["42个"]["period_start"] is None and ms["42个"]["period_end"] is None


def test_colloquial_numbers_ranges_of_tens_and_about():
    ms = {m["surface"]: m for m in metrics(
        "全村待批宅基地农户二三十户，投资三四百万元。今年批了七百来亩，还有十几户没批，每亩二十几万元。覆盖率差不多80%。")}
    assert (ms["二三十户"]["value"], ms["二三十户"]["value_high"], ms["二三十户"]["qualifier"]) == (20, 30, "range")
    assert (ms["三四百万元"]["value"], ms["三四百万元"]["value_high"]) == (3e6, 4e6)
    assert (ms["七百来亩"]["value"], ms["七百来亩"]["qualifier"]) == (700, "approx")
    assert (ms["十几户"]["value"], ms["十几户"]["qualifier"]) == (10, "at_least")
    assert (ms["80%"]["qualifier"], ms["80%"]["subject"]) == ("approx", "覆盖率")


def test_two_year_averages_a_changes_start_last_year_and_raised_caps():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市社会消费品零售总额1520亿元，两年平均增长5.2%，居全省第5位。今年1-9月，联网率由去年同期的58%提升至81%。"
        "一级医院报销比例最高提高至92%。平均车速由每小时11公里提高到18公里左右。")}
    assert ms["5.2%"]["subject"] == ms["居全省第5位"]["subject"] == "社会消费品零售总额"
    assert (ms["58%"]["period_start"], ms["58%"]["subject"]) == (dt.date(2023, 1, 1), "联网率")
    assert ms["81%"]["period_end"] == dt.date(2024, 9, 30)
    assert ms["92%"]["qualifier"] == "at_most"
    assert ms["11公里"]["unit"] == ms["18公里左右"]["unit"] == "公里/小时"


def test_bounds_of_a_share_and_requirements_named_after_the_amount_are_rules():
    ms = {m["surface"]: m for m in metrics("新增建设用地不得超过项目用地规模的10%。消防通道宽度不低于4米的要求。上述2个街道新增泊位200个。")}
    assert (ms["10%"]["kind"], ms["10%"]["qualifier"]) == ("policy", "at_most")
    assert ms["4米"]["kind"] == "policy"
    assert "2个" not in ms


def test_records_flood_seasons_months_since_and_rates_per_population():
    ms = {m["surface"]: m for m in metrics(
        "全市平均降水量1650毫米，列1961年以来历史第二高，较常年偏多23.6%。高温日数19天，较常年偏多7.2天。"
        "入汛以来，全市共发布预警信息87次。8月以来，开展人工增雨作业14次。每3万人口配置1辆救护车。"
        "最大小时雨强98.6毫米/小时。按每户每年24000元为限额扣减。")}
    assert (ms["历史第二高"]["unit"], ms["历史第二高"]["value"], ms["历史第二高"]["subject"]) == ("rank", 2, "平均降水量")
    assert (ms["23.6%"]["period_start"], ms["23.6%"]["subject"]) == (None, "平均降水量")
    assert ms["7.2天"]["subject"] == "高温日数"
    assert ms["87次"]["period_start"] == dt.date(2024, 1, 1)
    assert (ms["14次"]["period_start"], ms["14次"]["period_end"]) == (dt.date(2024, 8, 1), dt.date(2024, 12, 31))
    assert "3万人" not in ms and ms["1辆"]["subject"].endswith("救护车")
    assert ms["98.6毫米/小时"]["unit"] == "毫米/小时"
    assert ms["24000元"]["qualifier"] == "at_most"


def test_verbs_that_govern_a_long_subject_and_the_words_that_name_an_indicator():
    ms = {m["surface"]: m for m in metrics(
        "全市气象信息发布系统共发布各类预警信息1423条。力争2025年6月底前实现全市钢瓶智能角阀安装率达到90%。"
        "截至今年8月底已完成公厕改造512座。其他垃圾日均2980吨。")}
    assert ms["1423条"]["subject"] == "各类预警信息"
    assert ms["90%"]["subject"].endswith("钢瓶智能角阀安装率")
    assert not ms["512座"]["subject"].startswith("年")
    assert ms["2980吨"]["subject"] == "其他垃圾"


def test_a_month_opening_a_clause_data_sizes_compensation_and_approvals():
    ms = {m["surface"]: m for m in metrics(
        "6月份，全市新发放普惠小微贷款加权平均利率4.07%，较年初下降38个基点。9月末，不良贷款率0.61%。"
        "单户最高补偿100万元，补偿比例提高至40%。2023年获批省级以上设施农业项目14个。全市数字资源总量达86TB。"
        "今年计划再组织培训10期以上。对经济薄弱镇再上浮20%。全市于6月完成改造12个。")}
    assert (ms["4.07%"]["period_start"], ms["4.07%"]["period_end"]) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    # (9月末 in a letter of 1 June is last year's)
    assert (ms["0.61%"]["period_start"], ms["0.61%"]["period_end"]) == (None, dt.date(2023, 9, 30))
    assert (ms["100万元"]["kind"], ms["100万元"]["qualifier"]) == ("policy", "at_most")
    assert (ms["40%"]["kind"], ms["20%"]["kind"]) == ("policy", "policy")
    assert ms["14个"]["period_start"] == dt.date(2023, 1, 1)
    assert (ms["86TB"]["unit"], ms["86TB"]["unit_family"]) == ("TB", "data")
    assert ms["10期以上"]["kind"] == "target"
    assert ms["12个"]["period_start"] != dt.date(2024, 6, 1)  # (a deadline's month, 于6月, dates nothing)


def test_statistics_bases_plan_completion_packages_and_rural_counters():
    ms = {m["surface"]: m for m in metrics(
        "前三季度，全省地区生产总值4.1万亿元，按不变价格计算，增长5.5%。全省重大项目年度计划投资完成率达83.6%，超过时序进度8.6个百分点。"
        "落实优化营商环境16条措施。截获有害生物412种次。全乡有山塘130多口。主干道两百多米没有路灯。乡村教师生活补助最高标准提高至每月1500元。")}
    assert ms["5.5%"]["subject"] == "地区生产总值"
    assert (ms["83.6%"]["kind"], ms["8.6个百分点"]["subject"]) == ("actual", "重大项目年度计划投资完成率")
    assert "16条" not in ms
    assert (ms["412种次"]["unit"], ms["130多口"]["unit"], ms["两百多米"]["value"]) == ("种次", "口", 200)
    assert ms["1500元"]["qualifier"] == "at_most"


def test_compute_coal_intensity_and_flow_units_levels_listed_and_fenbie_with_its_own_verbs():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市算力规模约2800PFlops，平均供电煤耗298克标准煤/千瓦时，单台产氢能力1000标方/小时，单位GDP能耗0.38吨标准煤/万元。"
        "全市林木蓄积量达到1520万立方米，森林覆盖率达到61.2%，分别较上年增长14.8%和提高0.6个百分点。"
        "全市建立市、县、乡、村四级林长4316名，一、二级重度残疾人6.2万人。在大同、朔州等地布局风光制氢项目7个。")}
    assert (ms["2800PFlops"]["unit"], ms["2800PFlops"]["unit_family"]) == ("PFlops", "compute")
    assert (ms["298克标准煤/千瓦时"]["unit"], ms["1000标方/小时"]["unit"], ms["0.38吨标准煤/万元"]["unit"]) == ("克标准煤/千瓦时", "标方/小时", "吨标准煤/万元")
    assert (ms["14.8%"]["subject"], ms["0.6个百分点"]["subject"]) == ("林木蓄积量", "森林覆盖率")
    assert (ms["4316名"]["subject"], ms["6.2万人"]["subject"]) == ("市、县、乡、村四级林长", "一、二级重度残疾人")
    assert ms["7个"]["subject"] == "布局风光制氢项目"  # (not 地布局…: 等地 closes the places)


def test_festivals_listed_date_nothing_and_a_rules_opening_day_reaches_past_a_semicolon():
    ms = {m["surface"]: m for m in metrics(
        "在清明、冬至等重点时段，共劝阻违规用火186起。今年国庆假期接待游客12万人次。"
        "自2023年1月1日起，一级重度残疾人护理补贴标准提高到每人每月300元；二级重度残疾人护理补贴标准提高到每人每月270元。"
        "2023年，全市发放补贴1.2亿元；对困难企业给予补助不超过10万元。区财政对每家“残疾人之家”每年给予运营补助不少于8万元。")}
    assert (ms["186起"]["period_start"], ms["186起"]["period_end"]) == (None, None)
    assert ms["12万人次"]["period_start"] == dt.date(2024, 10, 1)
    assert ms["270元"]["period_start"] == ms["300元"]["period_start"] == dt.date(2023, 1, 1)
    assert ms["10万元"]["period_start"] is None  # (a rule after a semicolon keeps no year of the sentence)
    assert ms["8万元"]["kind"] == "policy"


def test_a_long_subject_is_not_cut_inside_a_number_nor_after_a_preposition():
    ms = {m["surface"]: m for m in metrics(
        "全市10千伏及以下项目平均办理时长压减至15个工作日以内。"
        "下一步，我们将把困难残疾人生活补贴标准由每人每月100元提高到150元，将把关口前移。")}
    assert ms["15个工作日以内"]["subject"] == "千伏及以下项目平均办理时长"
    assert ms["150元"]["subject"] == "困难残疾人生活补贴标准"


def test_prices_per_area_large_classes_bases_and_a_rule_that_goes_on_in_the_next_clause():
    ms = {m["surface"]: m for m in metrics(
        "新建商品住宅成交均价为16850元/平方米。寄宿制学校在此基础上每生每年增加300元。全市消除56人以上大班额，大班额（56人以上）由142个减少到0个。"
        "首套住房公积金贷款最高额度由50万元提高至60万元，单缴存职工由40万元提高至45万元。"
        "对符合条件的加装项目给予每台20万元补助，对同一单元有残疾人的，再增加5万元。补贴标准由1000元提高到1200元，受益人数由2万人增加到2.5万人。")}
    assert (ms["16850元/平方米"]["unit"], ms["16850元/平方米"]["unit_family"]) == ("元/平方米", "currency")
    assert ms["300元"]["subject"] == "寄宿制学校"
    assert "56人以上" not in ms and ms["142个"]["subject"] == "大班额"
    assert (ms["40万元"]["kind"], ms["45万元"]["kind"], ms["5万元"]["kind"]) == ("policy", "policy", "policy")
    assert (ms["2万人"]["kind"], ms["2.5万人"]["kind"]) == ("actual", "actual")  # (another unit: no longer the rule)


def test_thresholds_for_whom_a_rule_pays_lines_kept_under_and_a_verb_alone_after_a_count():
    ms = {m["surface"]: m for m in metrics(
        "市属企业资产负债率始终控制在65%的管控线以内。对招聘高校毕业生增长10%以上的企业给予加分，最高加0.5分。"
        "对验收合格率低于95%的作业单位扣减补助。2022年以来累计建成百姓健身房137家，其中今年1-5月新建23家。")}
    assert (ms["65%"]["kind"], ms["65%"]["qualifier"], ms["65%"]["subject"]) == ("policy", "at_most", "市属企业资产负债率")
    assert (ms["10%以上"]["kind"], ms["0.5分"]["qualifier"]) == ("policy", "at_most")
    assert (ms["95%"]["kind"], ms["95%"]["subject"]) == ("policy", "验收合格率")
    assert ms["23家"]["subject"] == "建成百姓健身房"


def test_ports_units_first_months_a_rank_after_its_figure_and_fenbie_against_a_base():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全港完成集装箱吞吐量3087万标箱，居全国沿海港口第5位。新开通中东、东非航线各1条。合规成本降至每标箱约380元。"
        "全省总运力1890万载重吨，装卸效率每小时60.2自然箱，港口费用控制在300元/标箱以内。大唐码头二期完成建设。"
        "今年前5个月，全市快递业务量1.91亿件。项目提前3个月完成。对年派件量达到10万件以上的站点按每件0.1元奖补。"
        "今年1-9月，全县发生火灾126起、死亡2人，与去年同期相比分别下降11.4%和66.7%。全市5分钟到场率达到91%。检查高层建筑5987幢次。")}
    assert ms["第5位"]["subject"] == "全港完成集装箱吞吐量"
    assert ms["1条"]["subject"] == "东非航线"
    assert (ms["380元"]["kind"], ms["10万件以上"]["kind"]) == ("actual", "policy")
    assert (ms["1890万载重吨"]["unit"], ms["60.2自然箱"]["unit"], ms["5987幢次"]["unit"]) == ("载重吨", "自然箱", "幢次")
    assert (ms["300元/标箱以内"]["unit"], ms["300元/标箱以内"]["qualifier"]) == ("元/标箱", "at_most")
    assert "二期" not in ms and "5个月" not in ms and "5分钟" not in ms and ms["3个月"]["unit"] == "个月"
    assert (ms["1.91亿件"]["period_start"], ms["1.91亿件"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    assert (ms["11.4%"]["subject"], ms["66.7%"]["subject"]) == ("发生火灾", "死亡")


def test_archives_blood_and_energy_units_symbols_as_bounds_and_standards_reached_or_bettered():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市编纂地方志约1860万字，数字化3180万画幅、约2650万页，利用档案9.1万卷次。单位建筑面积能耗8.62千克标准煤/平方米。"
        "献血量3260万毫升，采集血小板1.86万治疗量，千人口献血率较上年提高0.9个千分点，入库造血干细胞血样3.27万人份。"
        "全市省控断面水质达到或优于Ⅲ类比例达到100%。力争PM2.5平均浓度≤28微克/立方米，优良天数比例≥87%。"
        "博物馆自2023年9月开馆以来，累计接待观众160万人次。另有中国传统村落38个。二期展陈提升工作正在推进。")}
    units = {s: ms[s]["unit"] for s in ("1860万字", "3180万画幅", "2650万页", "9.1万卷次", "8.62千克标准煤/平方米", "3260万毫升", "1.86万治疗量", "0.9个千分点", "3.27万人份")}
    assert units == {"1860万字": "字", "3180万画幅": "画幅", "2650万页": "页", "9.1万卷次": "卷次", "8.62千克标准煤/平方米": "千克标准煤/平方米",
                     "3260万毫升": "毫升", "1.86万治疗量": "治疗量", "0.9个千分点": "千分点", "3.27万人份": "人份"}
    assert ms["8.62千克标准煤/平方米"]["kind"] == "actual"  # (标准煤 is no standard)
    assert ms["100%"]["subject"].endswith("水质达到或优于Ⅲ类比例")
    assert (ms["28微克/立方米"]["qualifier"], ms["28微克/立方米"]["subject"], ms["87%"]["qualifier"]) == ("at_most", "PM2.5平均浓度", "at_least")
    assert (ms["160万人次"]["period_start"], ms["160万人次"]["period_end"]) == (dt.date(2023, 9, 1), dt.date(2024, 12, 31))
    assert ms["38个"]["subject"] == "中国传统村落" and "二期" not in ms


def test_target_groups_are_no_goals_counted_pairs_and_deadlines_and_trails_inside_subjects():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市完成孕前优生健康检查3.6万人，目标人群覆盖率95.2%。调解婚姻家庭纠纷约6800对次。完成16个乡镇财政收支审计。"
        "下一步，我局将于2025年3月底前组织全市审计干部专题培训3期。")}
    assert (ms["3.6万人"]["kind"], ms["95.2%"]["kind"], ms["95.2%"]["subject"]) == ("actual", "actual", "目标人群覆盖率")
    assert ms["6800对次"]["unit"] == "对次"
    assert ms["16个"]["subject"] == "乡镇财政收支审计"
    assert ms["3期"]["subject"] == "组织全市审计干部专题培训"


def test_about_before_its_verb_and_noun_bounds_the_number():
    ms = {m["surface"]: m for m in metrics("2023年，全市约有失能老人8.6万人。全市签约有关企业12家。")}
    assert (ms["8.6万人"]["qualifier"], ms["8.6万人"]["subject"]) == ("approx", "失能老人")
    assert ms["12家"]["qualifier"] == "exact"  # (签约 is no 约)


def test_a_long_subjects_cut_does_not_split_a_word():
    ms = {m["surface"]: m for m in metrics(
        "全市城乡规模化供水工程覆盖人口比例达到96.2%。职工医保参保人员政策范围内报销比例为85%。已有一批企业入选国家产教融合型企业建设培育名单45家。")}
    # (one character over the limit stays whole rather than split 城乡: not 乡规模化…)
    assert ms["96.2%"]["subject"] == "城乡规模化供水工程覆盖人口比例"
    assert ms["85%"]["subject"] == "参保人员政策范围内报销比例"  # (not 保参保… of 医保参保…)
    assert ms["45家"]["subject"].startswith("产教融合型企业")  # (not 家产教… of 国家产教…)
    assert max(len(m["subject"]) for m in ms.values()) <= SUBJECT_MAX + 1
    # (nor does a cut open with the 和 that joined it to what it cut)
    assert one("下达车购税和成品油税费改革转移支付资金42亿元。", "42亿元")["subject"] == "成品油税费改革转移支付资金"


def test_lead_times_fee_caps_limits_and_coupon_thresholds():
    ms = {m["surface"]: m for m in metrics(
        "2024年汛期，我局提前2小时发出暴雨预警，平均提前48小时预报台风路径，72小时预报准确率85%。"
        "首小时3元，24小时封顶40元，每次限停30分钟。发放餐饮券，按满300元减60元的标准，单人每日限领2张。")}
    assert (ms["2小时"]["unit"], ms["48小时"]["unit"]) == ("小时", "小时") and "72小时" not in ms
    assert "24小时" not in ms and (ms["40元"]["kind"], ms["40元"]["qualifier"]) == ("policy", "at_most")
    assert (ms["30分钟"]["kind"], ms["30分钟"]["qualifier"]) == ("policy", "at_most")
    assert (ms["300元"]["kind"], ms["2张"]["kind"], ms["2张"]["qualifier"]) == ("policy", "policy", "at_most")


def test_names_altitudes_and_phases_are_no_quantities():
    ms = {m["surface"]: m for m in metrics("雷达1公里高度探测覆盖率达到92%。海拔500米以上山区新建雨量站43个。推进瓯江治理二期。")}
    assert "1公里" not in ms and "500米以上" not in ms and "二期" not in ms
    assert ms["92%"]["subject"] == "雷达1公里高度探测覆盖率"


def test_rules_conditions_a_list_a_standard_closes_and_the_same_rule_for_another_group():
    ms = {m["surface"]: m for m in metrics(
        "按照初级800元、中级1200元、高级1800元的标准给予补贴。留用率达到50%以上的，补贴标准提高至80%。"
        "年度培训人数超过500人的企业，补贴总额最高可达100万元。职工医保住院报销比例为85%，城乡居民医保为60%。"
        "稻谷目标价格补贴每亩约60元。2023年，累计发放补贴1200万元、每人补贴500元。")}
    assert [ms[s]["kind"] for s in ("800元", "1200元", "1800元")] == ["policy"] * 3
    assert (ms["50%以上"]["kind"], ms["500人"]["kind"], ms["60%"]["kind"]) == ("policy", "policy", "policy")
    assert ms["60元"]["kind"] == "policy"  # (目标价格 is a price's name, no goal)
    assert ms["1200万元"]["kind"] == "actual"  # (a list that does not open with 按 keeps its kinds)


def test_plan_periods_quoted_starts_and_a_plan_span_reached_so_far():
    ms = {m["surface"]: m for m in metrics(
        "水稻机插秧率由“十三五”末的52%提高到71%。“十四五”期间，全县已累计投入资金9.8亿元。力争“十四五”期间投入12亿元。"
        "全年计划再发放消费券不少于5000万元。今年1-9月，组织开展抽检8615批次，完成全年计划的103.8%。")}
    assert (ms["52%"]["period_start"], ms["52%"]["period_end"]) == (None, dt.date(2020, 12, 31))
    assert (ms["9.8亿元"]["period_start"], ms["9.8亿元"]["period_end"]) == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))
    assert ms["12亿元"]["period_end"] == dt.date(2025, 12, 31)  # (a target's span is the plan's)
    assert (ms["5000万元"]["kind"], ms["5000万元"]["period_end"]) == ("target", dt.date(2024, 12, 31))
    assert ms["103.8%"]["period_end"] == dt.date(2024, 9, 30)  # (全年计划的 names what the share is of)


def test_subject_edges_years_verbs_and_parts():
    ms = {m["surface"]: m for m in metrics(
        "2023年到位县级配套资金1260万元。新增和改善灌溉面积26万亩。去年复耕的8600亩中约有700亩出现再次撂荒。"
        "对新引进的全国首店、华东首店分别给予最高100万元、50万元一次性奖励。给予10万元一次性奖励。"
        "生均公用经费不低于1800元/生，补贴500元/人/月。")}
    assert (ms["1260万元"]["subject"], ms["26万亩"]["subject"]) == ("到位县级配套资金", "灌溉面积")
    assert ms["8600亩"]["subject"] != "中"
    assert (ms["100万元"]["subject"], ms["50万元"]["subject"], ms["10万元"]["subject"]) == ("全国首店", "华东首店", "一次性奖励")
    assert (ms["1800元/生"]["unit"], ms["500元/人/月"]["unit"]) == ("元/生", "元/人·月")


def test_rule_shares_caps_a_rules_terms_and_this_years_plan():
    ms = {m["surface"]: m for m in metrics(
        "按照担保机构承担40%、再担保20%的比例分担风险。利率不超过国家规定的3%上限。城乡居民最高报销比例可达85%。"
        "对单户担保金额1000万元及以下的小微企业担保费率不超过1%。今年计划新开办幼儿园6所。")}
    assert (ms["40%"]["kind"], ms["20%"]["kind"], ms["3%"]["kind"]) == ("policy", "policy", "policy")
    assert (ms["85%"]["kind"], ms["85%"]["qualifier"]) == ("policy", "at_most")
    assert (ms["1000万元及以下"]["kind"], ms["1%"]["kind"]) == ("policy", "policy")
    assert ms["6所"]["kind"] == "target"


def test_a_month_with_fen_and_what_a_threshold_counts():
    ms = {m["surface"]: m for m in metrics(
        "6月份新发放普惠小微贷款平均利率4.28%。全县村集体经济年经营性收入20万元以上的村达到152个。村均28.4万元。")}
    assert (ms["4.28%"]["period_start"], ms["4.28%"]["period_end"]) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert ms["152个"]["subject"] == "村"
    assert ms["28.4万元"]["subject"] != "村"  # (村均 is per village)


def test_the_whole_year_after_this_year_in_its_sentence_is_this_years():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市发放贷款12亿元。今年以来，全市质押融资金额突破52亿元，提前完成全年45亿元的目标任务。")}
    assert ms["45亿元"]["period_start"] == dt.date(2024, 1, 1)


def test_numbers_in_words_with_wan_inside_and_yi_wan_before_a_counter():
    ms = {m["surface"]: m for m in metrics("农村居民人均可支配收入达到二万六千八百元。返乡创业人员超过一万人，培训一万二千人次。")}
    assert ms["二万六千八百元"]["value"] == 26800 and ms["二万六千八百元"]["subject"] == "农村居民人均可支配收入"
    assert (ms["一万人"]["value"], ms["一万人"]["qualifier"], ms["一万二千人次"]["value"]) == (10000, "over", 12000)


def test_a_bounds_two_ends_are_one_range_and_counters_before_shu_words_count():
    ms = {m["surface"]: m for m in metrics("对违法行为处五千元以上五万元以下罚款。建成3个数字化登记大厅，打通21类数据接口，实现两位数增长。")}
    fine = ms["五千元以上五万元以下"]
    assert (fine["value"], fine["value_high"], fine["qualifier"], fine["kind"]) == (5000, 50000, "range", "policy")
    assert (ms["3个"]["subject"], ms["21类"]["unit"]) == ("数字化登记大厅", "类") and not any("两位" in s for s in ms)


def test_months_in_chinese_numerals_date_what_follows():
    ms = {m["surface"]: m for m in metrics("今年一至六月，全县实现农业增加值二千六百万元。截至九月底，全县累计帮扶三千二百一十五人。")}
    assert (ms["二千六百万元"]["period_start"], ms["二千六百万元"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert (ms["三千二百一十五人"]["period_start"], ms["三千二百一十五人"]["period_end"]) == (None, dt.date(2024, 9, 30))
    for m in ms.values():
        assert m["surface"] in "今年一至六月，全县实现农业增加值二千六百万元。截至九月底，全县累计帮扶三千二百一十五人。"


def test_a_cap_on_a_payment_stays_a_rule_and_points_in_a_scheme_count():
    ms = {m["surface"]: m for m in metrics("同一主体累计奖励最高不超过十万元。居民参与分类投放，每次积分2分。")}
    assert (ms["十万元"]["kind"], ms["十万元"]["qualifier"]) == ("policy", "at_most")
    assert ms["2分"]["unit"] == "分"


def test_grades_aspects_this_year_to_date_and_a_second_condition():
    ms = {m["surface"]: m for m in metrics(
        "工业用地出让起始价按土地等别对应最低价标准的70%执行。形成5方面22条举措。今年截至目前，已兑现扶持资金1870万元。"
        "对研发投入超过5000万元且增幅在15%以上的企业给予100万元奖励。已投项目43个。")}
    assert "等别" in ms["70%"]["subject"] and not any(s.startswith("5方") for s in ms)
    assert ms["1870万元"]["period_start"] == dt.date(2024, 1, 1)
    assert (ms["5000万元"]["kind"], ms["5000万元"]["subject"]) == ("policy", "研发投入")
    assert ms["43个"]["subject"] == "已投项目"


def test_a_rule_that_pays_per_unit_names_its_payee_and_each_year_from_one_on_is_dated():
    found = metrics(
        "对新建的城市书房，每家给予20万元一次性建设补助。对民营剧团按每场6000元标准给予补助。对首次认定的高新技术企业给予20万元奖励。"
        "补助对象120人每人给予1万元补助。力争2025年起每年送戏下乡不少于3200场次。")
    ms = {m["surface"]: m for m in found}
    assert [m["subject"] for m in found if m["unit"] == "元"][:3] == ["城市书房", "民营剧团", "高新技术企业"]
    assert not (ms["1万元"]["subject"] or "").startswith("象")  # (对象 is a word, no 对)
    assert (ms["3200场次"]["period_start"], ms["3200场次"]["period_end"]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_supply_is_no_requirement_and_a_stock_under_construction_takes_no_span():
    ms = {m["surface"]: m for m in metrics(
        "下一步，力争2025年全市供应建设用地不少于2.5万亩。今年1-4月，新开工项目120个。全市在建项目2316个。"
        "对总投资20亿元以上的民间投资项目实行一项目一专班。")}
    assert ms["2.5万亩"]["kind"] == "target"
    assert ms["2316个"]["period_start"] is None
    assert ms["20亿元以上"]["kind"] == "policy"


def test_tax_rules_the_longest_allowed_times_of_day_and_a_year_naming_a_class():
    ms = {m["surface"]: m for m in metrics(
        "缓缴期限最长为9个月。全面落实企业研发费用按100%加计扣除政策。月销售额10万元以下（含本数）免征增值税。"
        "每日18:00至次日8:00期间开放停车位120个。督导检查幼儿园412所次。"
        "2023年，全市完成改造2000年底前建成的老旧小区改造任务，全年新开工改造小区80个。")}
    assert (ms["9个月"]["kind"], ms["9个月"]["qualifier"]) == ("policy", "at_most")
    assert (ms["100%"]["kind"], ms["10万元以下"]["kind"]) == ("policy", "policy")
    assert "00期" not in ms and ms["412所次"]["unit"] == "所次"
    assert ms["80个"]["period_start"] == dt.date(2023, 1, 1)  # (not 2000: that year names the class of estates)


def test_a_breakdown_takes_the_kind_of_what_it_breaks_down():
    ms = {m["surface"]: m for m in metrics(
        "签约服务费标准为每人每年100元，其中医保基金支付60元、公共卫生经费支付30元、个人支付10元。"
        "项目总投资28.6亿元，其中中央补助9.8亿元、省级补助7.2亿元。共兑现奖励300万元，其中最高奖励50万元。"
        "按20%的比例缴纳基本养老保险费，其中8%计入个人账户、12%计入统筹基金。")}
    assert [ms[s]["kind"] for s in ("60元", "30元", "10元")] == ["policy"] * 3
    assert (ms["9.8亿元"]["kind"], ms["7.2亿元"]["kind"]) == ("actual", "actual")  # (money's sources, not a rule's)
    assert ms["50万元"]["kind"] == "policy"  # (a rule's own cap inside a total)
    assert (ms["8%"]["kind"], ms["12%"]["kind"]) == ("policy", "policy")


def test_rates_by_level_a_floor_a_band_to_choose_in_and_the_longest_time_allowed():
    ms = {m["surface"]: m for m in metrics(
        "城乡居民住院报销比例一级90%、二级80%、三级60%。职工在乡镇卫生院报销比例为90%，在县级医院为80%，在市级医院为65%。"
        "缴费基数上限为22311元/月、下限为4462元/月。灵活就业人员可在4462元至22311元之间自主选择缴费基数。慢病患者最长可开具12周的长期处方。")}
    found = metrics("城乡居民住院报销比例一级90%、二级80%、三级60%。职工在乡镇卫生院报销比例为90%，在县级医院为80%，在市级医院为65%。")
    assert [m["kind"] for m in found] == ["policy"] * 6
    assert (ms["4462元/月"]["kind"], ms["4462元/月"]["qualifier"]) == ("policy", "at_least")
    assert ms["4462元至22311元"]["kind"] == "policy"
    assert (ms["12周"]["kind"], ms["12周"]["qualifier"]) == ("policy", "at_most")


def test_a_peak_reached_is_no_cap_and_things_named_again_are_no_count():
    ms = {m["surface"]: m for m in metrics("单日充电量最高达212万千瓦时。奖励最高达50万元。共发放此两类补贴1.36亿元。因此3家企业受益。")}
    assert (ms["212万千瓦时"]["kind"], ms["50万元"]["kind"]) == ("actual", "policy")
    assert "两类" not in ms and "3家" in ms


def test_each_density_of_a_list_is_per_the_population_it_opens_with():
    found = metrics("全县每千常住人口执业（助理）医师数2.96人、注册护士数3.12人、医疗卫生机构床位数6.35张，分别比2020年增加0.48人、0.71人、1.02张。")
    assert [m["subject"] for m in found] == ["每千常住人口执业医师数", "每千常住人口注册护士数", "每千常住人口医疗卫生机构床位数"] * 2


def test_subjects_lose_but_ming_que_and_a_bounds_verb():
    ms = {m["surface"]: m for m in metrics("但县域公共桩平均时间利用率仅6.8%。明确全省建成公共充电桩15万个左右。谷段电价低至0.2816元/千瓦时。")}
    assert (ms["6.8%"]["subject"], ms["0.2816元/千瓦时"]["subject"]) == ("县域公共桩平均时间利用率", "谷段电价")
    assert not ms["15万个左右"]["subject"].startswith("明确")


def test_a_month_part_since_runs_to_the_years_end():
    m = one("今年6月中旬以来，全市共出现5轮强降雨。", "5轮")
    assert (m["period_start"], m["period_end"]) == (dt.date(2024, 6, 1), dt.date(2024, 12, 31))


def test_weights_and_compound_counters_in_chinese_numerals_a_fraction_of_one_and_a_price_in_words():
    ms = {m["surface"]: m for m in metrics(
        "稻谷亩产四百零五公斤，总产九亿四千万斤。新增零点八万亩。农机一千零三十二台套，作业近二十万亩次。"
        "小麦最低收购价每斤一点一八元。申请后十五个工作日内办结。")}
    assert (ms["四百零五公斤"]["value"], ms["九亿四千万斤"]["value"]) == (405, 9.4e8)
    assert (ms["零点八万亩"]["value"], ms["一千零三十二台套"]["unit"], ms["二十万亩次"]["unit"]) == (8000, "台套", "亩次")
    assert (ms["一点一八元"]["value"], ms["十五个工作日"]["unit"]) == (1.18, "工作日")


def test_rates_per_kilometre_and_year_and_bounds_past_a_rates_unit():
    ms = {m["surface"]: m for m in metrics(
        "县道养护补助标准为7000元/公里·年。服务费最高不超过每千瓦时0.9元。省级养护补助标准不低于县道每年每公里1.2万元。"
        "补贴额一般不超过上一年度平均销售价格的30%。收购价每公斤600至800元。对签订订单的早稻每50公斤再加价20元收购。")}
    assert (ms["7000元/公里·年"]["unit"], ms["0.9元"]["qualifier"], ms["1.2万元"]["qualifier"]) == ("元/公里·年", "at_most", "at_least")
    assert (ms["30%"]["kind"], ms["600至800元"]["kind"]) == ("policy", "actual")
    assert "50公斤" not in ms and "20元" in ms


def test_a_months_end_deadline_a_task_handed_down_and_what_a_plan_builds_on():
    ms = {m["surface"]: m for m in metrics(
        "每年3月底前向社会发布学位预警，确保就读比例不低于95%。今年下达我县建设任务3.2万亩。把粮食送到农户手中2.3万斤。\n"
        "二、下一步工作\n1.确保12月底前完成4.2万亩。力争明年6月底前安装率达到90%。依托全市178个站点，新建驿站20个。")}
    assert (ms["95%"]["period_start"], ms["95%"]["period_end"]) == (None, None)
    assert (ms["4.2万亩"]["period_start"], ms["4.2万亩"]["period_end"]) == (None, dt.date(2024, 12, 31))
    assert ms["90%"]["period_end"] == dt.date(2025, 6, 30)
    assert (ms["3.2万亩"]["kind"], ms["178个"]["kind"], ms["20个"]["kind"]) == ("target", "actual", "target")
    assert ms["2.3万斤"]["subject"] == "粮食送到农户"


def test_a_rules_term_in_years_is_read_where_a_rule_sets_one():
    ms = {m["surface"]: m for m in metrics(
        "对符合条件的，享受期限最长不超过3年。给予不超过2年的社保补贴。补贴期限为5年以内。实施为期三年的行动。2023年至2025年完成120个。")}
    assert [(s, m["value"], m["unit"], m["kind"], m["qualifier"]) for s, m in ms.items() if m["unit"] == "年"] == [
        ("3年", 3, "年", "policy", "at_most"), ("2年", 2, "年", "policy", "at_most"), ("5年以内", 5, "年", "policy", "at_most")]
    assert ms["3年"]["subject"] == "享受期限" and ms["2年"]["subject"] == "社保补贴"


def test_pollutant_names_keep_their_digits_and_a_base_after_wei_is_no_period():
    ms = {m["surface"]: m for m in metrics(
        "全省9个城市PM2.5平均浓度达到二级标准。2023年，全市技术合同成交额198.3亿元，约为2020年的3.1倍。"
        "国控断面水质优良比例为92.1%，同比改善0.7个百分点。物业服务覆盖率由改造前的35%提升至82%。"
        "对加装电梯每台补助15万元，纳入老旧小区改造的另行增加3万元。")}
    assert ms["9个"]["subject"].startswith("城市PM2.5")
    assert (ms["3.1倍"]["period_start"], ms["3.1倍"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert ms["0.7个百分点"]["subject"] == "国控断面水质优良比例" and ms["35%"]["subject"] == "物业服务覆盖率"
    assert ms["3万元"]["subject"] != "另行"


def test_people_counted_by_what_they_are_a_list_of_holidays_and_since_a_year_until_now():
    ms = {m["surface"]: m for m in metrics(
        "惠及12万群众，服务约210万城乡居民。每3万人口配置1辆救护车。配备灭火器5400余具。"
        "2024年，分春节、“五一”、暑期、国庆4个档期发放消费券1320万元。2022年至今，累计投入约3800万元。")}
    assert (ms["12万群众"]["value"], ms["12万群众"]["unit"], ms["12万群众"]["subject"]) == (120000, "人", "群众")
    assert ms["210万城乡居民"]["qualifier"] == "approx" and not any(s.startswith("3万") for s in ms)
    assert ms["5400余具"]["unit"] == "具"
    assert (ms["1320万元"]["period_start"], ms["1320万元"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (ms["3800万元"]["period_start"], ms["3800万元"]["period_end"]) == (dt.date(2022, 1, 1), dt.date(2024, 12, 31))


def test_a_condition_names_whom_a_rule_pays_and_a_bound_before_a_class_is_the_rules():
    ms = {m["surface"]: m for m in metrics(
        "对新创成国家5A级景区的，一次性奖励1000万元。对年度组织外地游客在我市过夜超过1万人次的旅行社，给予最高20万元奖励。"
        "对超过200万元的货物和服务采购项目、超过400万元的工程采购项目，预留采购项目预算总额的40%以上面向中小企业。"
        "对单户500万元以上的，担保费率不超过1.5%。对购买首套新建商品住房的给予契税50%补贴，最高不超过3万元。")}
    assert (ms["1000万元"]["subject"], ms["20万元"]["subject"]) == ("新创成国家5A级景区", "旅行社")
    assert (ms["200万元"]["kind"], ms["400万元"]["kind"]) == ("policy", "policy")
    assert not any(c.isdigit() for c in ms["1.5%"]["subject"]) and ms["3万元"]["subject"] == "契税"


def test_fines_charges_limits_reset_and_conditions_and_old_limits_name_nothing():
    ms = {m["surface"]: m for m in metrics(
        "按照现行收费标准，每小时收费4元。违停现场处罚150元。限速调整为30公里/小时。"
        "全市一般公共预算收入120亿元，剔除留抵退税因素后增长6.8%。一般登记办结时限由法定30个工作日压缩至5个工作日。"
        "早高峰7:00-9:00期间主干道平均车速提升至22.4公里/小时。完成1:500地形图修补测约120平方公里。")}
    assert [ms[s]["kind"] for s in ("4元", "150元", "30公里/小时")] == ["policy"] * 3 and ms["30公里/小时"]["qualifier"] == "at_most"
    assert (ms["6.8%"]["subject"], ms["30个工作日"]["subject"]) == ("一般公共预算收入", "一般登记办结时限")
    assert ms["22.4公里/小时"]["subject"].endswith("期间主干道平均车速") and "500" in ms["120平方公里"]["subject"]


def test_a_whole_years_rank_in_a_plan_is_this_years():
    m = one("一、基本情况\n全市技术合同成交额居全省第2位。\n二、下一步工作\n力争全年保持全省前3位。", "前3位")
    assert (m["period_start"], m["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_whole_year_in_a_paragraph_that_named_its_year_and_ranks_held_or_risen_to():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全县新增集体经济项目12个。全年实施强村项目43个。全市进出口总额1200亿元，总量稳居全省第3位，增速跃居全省第1位。"
        "提供期限3年期以内的免抵押贷款。按常住人口486万人计算，每千人口精神科床位0.39张。")}
    assert (ms["43个"]["period_start"], ms["43个"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert (ms["稳居全省第3位"]["subject"], ms["跃居全省第1位"]["unit"]) == ("进出口总额", "rank")
    assert (ms["3年期以内"]["value"], ms["3年期以内"]["qualifier"]) == (3, "at_most")
    assert ms["486万人"]["kind"] == "actual"


def test_a_span_of_years_to_a_month():
    m = one("2021年至2024年6月，累计投入资金268.7亿元。", "268.7亿元")
    assert (m["period_start"], m["period_end"]) == (dt.date(2021, 1, 1), dt.date(2024, 6, 30))


def test_daily_averages_fees_charged_by_the_tonne_counties_with_their_places_and_a_plans_end():
    ms = {m["surface"]: m for m in metrics(
        "全市生活垃圾清运量达218.6万吨，日均约5990吨。非居民单位生活垃圾处理费按每吨95元计收。公益林补偿标准为21.5元/亩·年。"
        "全市9个县（市、区）均建成集聚区。到“十四五”期末，全市集聚区数量不少于20个。")}
    assert (ms["5990吨"]["subject"], ms["95元"]["subject"]) == ("日均生活垃圾清运量", "非居民单位生活垃圾处理费")
    assert (ms["21.5元/亩·年"]["unit"], ms["9个"]["subject"]) == ("元/亩·年", "县（市、区）")
    assert (ms["20个"]["kind"], ms["20个"]["period_end"]) == ("target", dt.date(2025, 12, 31))


def test_half_a_whole_a_unit_left_to_the_last_and_a_share_a_payment_covers():
    ms = {m["surface"]: m for m in metrics(
        "近一半的个体工商户实现增长，一半以上的企业受益。一半是海水。变更、注销登记办结时限分别压缩至2个和3个工作日。"
        "各级财政补贴保费的80%。青年项目资助率由“十三五”末的18%提高到26%。数据中心规模约9.6万标准机架。")}
    assert (ms["一半"]["value"], ms["一半"]["qualifier"], ms["一半以上"]["qualifier"]) == (50, "approx", "at_least")
    assert len([m for m in ms.values() if m["unit"] == "%" and m["value"] == 50]) == 2  # (not 一半是海水)
    assert (ms["2个"]["unit"], ms["2个"]["kind"]) == ("工作日", "policy")
    assert (ms["80%"]["kind"], ms["26%"]["kind"], ms["9.6万标准机架"]["value"]) == ("policy", "actual", 96000)


def test_tax_rates_thresholds_floors_housing_tiers_class_sizes_and_what_a_project_will_bring():
    ms = {m["surface"]: m for m in metrics(
        "小规模纳税人增值税征收率由3%降至1%。研发费用加计扣除比例提高至100%。对月销售额10万元以下的小规模纳税人免征增值税。"
        "首套不低于20%，二套不低于30%。月缴存额最低为200元。执行小班不超过25人、大班不超过35人的班额标准。新增12个班。"
        "完成四、五类危桥改造12座。发放宣传资料1460份次。项目建成后日供水能力由5000吨提高到1.2万吨。")}
    assert [ms[s]["kind"] for s in ("3%", "1%", "100%", "10万元以下")] == ["policy"] * 4
    assert "二套" not in ms and (ms["200元"]["kind"], ms["200元"]["qualifier"]) == ("policy", "at_least")
    assert (ms["35人"]["qualifier"], ms["12个班"]["unit"], ms["1460份次"]["unit"]) == ("at_most", "班", "份次")
    assert "五类" not in ms and (ms["5000吨"]["kind"], ms["1.2万吨"]["kind"]) == ("actual", "target")


def test_fares_caps_after_a_verb_and_its_object_per_unit_charges_and_the_noun_before_a_reduction():
    ms = {m["surface"]: m for m in metrics(
        "地铁起步价2元，换乘优惠1元。月票120元/张，每次0.6元/次。万人公交车拥有量16.3标台。每人最高补助学费6000元。"
        "社区出具证明事项从31项精简为9项。成员单位由14个扩充至21个。")}
    assert (ms["2元"]["kind"], ms["1元"]["kind"]) == ("policy", "policy")
    assert (ms["120元/张"]["unit"], ms["0.6元/次"]["unit"], ms["16.3标台"]["unit"]) == ("元/张", "元/次", "标台")
    assert (ms["6000元"]["kind"], ms["6000元"]["qualifier"]) == ("policy", "at_most")
    assert (ms["31项"]["subject"], ms["14个"]["subject"]) == ("社区出具证明事项", "成员单位")


def test_an_age_bound_defining_who_is_counted_and_relics_counted_by_piece_or_set():
    ms = {m["surface"]: m for m in metrics("省级项目传承人年龄在60岁以上的占三成。全省馆藏文物126万件/套，新增1.5万件/套以上。平均年龄52.6岁。")}
    assert "60岁以上" not in ms and ms["三成"]["value"] == 30 and ms["52.6岁"]["unit"] == "岁"
    assert (ms["126万件/套"]["value"], ms["126万件/套"]["unit"], ms["1.5万件/套以上"]["qualifier"]) == (1_260_000, "件", "at_least")


def test_numbers_before_a_shared_unit_terms_in_ranges_of_years_and_counters_in_words():
    ms = {m["surface"]: m for m in metrics(
        "基层就诊率65.8%，县域就诊率90.2%，分别同比提高1.4和0.9个百分点。三类奖励分别为30万、40万、50万元。"
        "贴息期限1～3年。全县共有水利工程一万二千余处，开展三轮集中检查，购置电动三轮车50辆，坚持两轮驱动。")}
    assert (ms["1.4"]["value"], ms["1.4"]["unit"], ms["1.4"]["subject"]) == (1.4, "百分点", "基层就诊率")
    assert (ms["30万"]["value"], ms["40万"]["value"], ms["40万"]["unit"]) == (300_000, 400_000, "元")
    assert (ms["1～3年"]["value"], ms["1～3年"]["value_high"], ms["1～3年"]["unit"]) == (1, 3, "年")
    assert (ms["一万二千余处"]["value"], ms["三轮"]["unit"]) == (12000, "轮")
    assert not [s for s in ms if s.startswith("两轮") or s == "三轮车"]


def test_rules_by_fixed_payments_surcharges_and_payments_named_after_their_size():
    ms = {m["surface"]: m for m in metrics(
        "起步价2元，超过部分每5公里加收0.5元，票价按里程执行3-8元/人次，顺产定额支付2500元。对首次突破1000万、5000万美元的企业分别给予奖励。"
        "对上年度出口额在500万美元以下的小微企业免费投保。给予赛事总投入30%以内、最高200万元的补助。"
        "近年来单亩成交价最高达45万元，平均水价为每立方米2.1元至3.5元。贷款利率最低下浮至3.85%。")}
    assert [ms[s]["kind"] for s in ("0.5元", "3-8元/人次", "2500元", "1000万", "5000万美元", "500万美元以下", "30%以内")] == ["policy"] * 7
    assert ms["500万美元以下"]["period_end"] is None  # (上年度 names the class's base)
    assert (ms["45万元"]["kind"], ms["45万元"]["qualifier"], ms["2.1元至3.5元"]["kind"]) == ("actual", "at_most", "actual")
    assert ms["3.85%"]["qualifier"] == "at_least"


def test_a_time_a_plan_cuts_is_a_goal():
    m = one("下一步，我局将深化“免申即享”改革，办理时限压缩至3个工作日以内。", "3个工作日以内")
    assert (m["kind"], m["qualifier"]) == ("target", "at_most")


def test_subjects_cut_where_a_word_starts_and_enumerators_are_no_period_text():
    ms = {m["surface"]: m for m in metrics(
        "规模化供水工程覆盖农村人口比例达到52%。义务教育生均公用经费基准定额提高到小学每生每年800元。"
        "（1）实施专家进社区行动，全年安排专家坐诊4.2万人次；（2）畅通双向转诊，上转患者2.7万人次。")}
    assert ms["52%"]["subject"] == "规模化供水工程覆盖农村人口比例"
    assert not ms["800元"]["subject"].startswith("均")
    assert ms["2.7万人次"]["period_text"] is None


def test_cells_with_units_take_their_columns_year_goal_and_rule():
    ms = {m["surface"]: m for m in metrics(
        "主要指标如下：\n| 指标 | 2022年 | 2025年目标 |\n| 高新技术企业 | 120家 | 200家 |\n"
        "住院待遇标准如下：\n\n| 医疗机构等级 | 起付标准 | 年度最高支付限额 |\n| 二级 | 600元 | 30万元 |\n以上为现行标准。")}
    assert (ms["120家"]["period_start"], ms["120家"]["kind"]) == (dt.date(2022, 1, 1), "actual")
    assert (ms["200家"]["period_end"], ms["200家"]["kind"]) == (dt.date(2025, 12, 31), "target")
    assert (ms["600元"]["kind"], ms["600元"]["subject"]) == ("policy", "二级起付标准")
    assert (ms["30万元"]["kind"], ms["30万元"]["qualifier"]) == ("policy", "at_most")


def test_a_payee_paid_per_route_and_a_lone_preposition_names_nothing():
    ms = {m["surface"]: m for m in metrics("对新开通的国际直航航线，每条按年度给予最高300万元补助。我县分三批对41座病险水库实施除险加固。")}
    assert (ms["300万元"]["subject"], ms["三批"]["subject"], ms["41座"]["subject"]) == ("国际直航航线", None, "病险水库")


def test_rules_by_their_rate_per_head_and_month_floats_bounds_and_conditions_and_whom_a_payment_reaches():
    ms = {m["surface"]: m for m in metrics(
        "按照重度失能400元/人·月发放护理补贴。一类区域首1小时内5元。急难型临时救助一般不超过当地低保标准的6倍。"
        "居民出资比例原则上不低于总投资的30%。费率可下浮10%-50%。对单户担保金额500万元及以下的小微企业，年化担保费率不超过1%。"
        "对获得国家科学技术奖的给予最高100万元奖励。截至8月底，全区享受困难残疾人生活补贴2950人、重度残疾人护理补贴4126人。"
        "处十万元以上一百万元以下的罚款。利率加点不超过LPR+50BP。")}
    assert [ms[s]["kind"] for s in ("400元/人·月", "5元", "6倍", "30%", "10%-50%", "500万元及以下", "100万元")] == ["policy"] * 7
    assert (ms["2950人"]["kind"], ms["4126人"]["kind"]) == ("actual", "actual")
    assert (ms["十万元以上一百万元以下"]["subject"], ms["50BP"]["unit"]) == ("罚款", "基点")


def test_a_plan_to_raise_funds_is_a_goal_and_subjects_keep_waits_and_times():
    ms = {m["surface"]: m for m in metrics(
        "“十四五”期间，我市计划筹集保障性租赁住房20万套（间）。参保等待期由6个月缩短至3个月。"
        "资金到达县（市、区）的时间由原来的平均20个工作日缩短至7个工作日以内。")}
    assert ms["20万套（间）"]["kind"] == "target"
    assert ms["6个月"]["subject"].endswith("参保等待期") and ms["20个工作日"]["subject"] != "平均"


def test_hours_a_bound_sets_a_scores_change_bandwidths_averages_of_regulated_prices_and_a_rankings_last_places():
    ms = {m["surface"]: m for m in metrics(
        "公厕每天不少于16小时开放，提供24小时开放服务。满意度为91.3分，较上年提高2.4分。平均到户电价约0.35元/千瓦时。"
        "综合评价后10位园区。出口带宽3.4万Gbps，时延20毫秒以内。")}
    assert "16小时" in ms and "24小时" not in ms and "10位" not in ms
    assert (ms["2.4分"]["unit"], ms["0.35元/千瓦时"]["kind"]) == ("分", "actual")
    assert (ms["3.4万Gbps"]["value"], ms["3.4万Gbps"]["unit"], ms["20毫秒以内"]["unit"]) == (34000, "Gbps", "毫秒")


def test_a_launch_date_dates_nothing_after_it_and_spans_to_come_leave_the_subject():
    ms = {m["surface"]: m for m in metrics(
        "平台1.0版已于2024年9月上线，累计接入算力10000PFlops。下一步，力争3-5年内可再生能源供暖面积达到500万平方米，"
        "确保今冬明春全市储气能力达到1.2亿立方米。")}
    assert (ms["10000PFlops"]["period_end"], ms["10000PFlops"]["period_text"]) == (None, None)
    assert (ms["500万平方米"]["subject"], ms["1.2亿立方米"]["subject"]) == ("可再生能源供暖面积", "储气能力")


def test_fines_by_amount_licences_held_back_shares_to_be_used_and_tickets_valid_are_rules():
    ms = {m["surface"]: m for m in metrics(
        "违者罚款200元，暂扣驾驶证6个月。全年罚没款1860余万元。结余资金的60%可用于支付。换乘90分钟内有效。扶持2.9万人创业。"
        "下一步，对新增疫苗每剂次补助接种服务费15元。")}
    assert [ms[s]["kind"] for s in ("200元", "6个月", "60%", "90分钟", "15元")] == ["policy"] * 5
    assert (ms["1860余万元"]["kind"], ms["2.9万人"]["kind"]) == ("actual", "actual")


def test_minutes_and_seconds_bare_hundreds_and_thousands_and_an_ocrs_spaces_before_a_number():
    ms = {m["surface"]: m for m in metrics(
        "城区平均到场时间8分42秒。排查近百处隐患，面积达千亩以上，投资超千亿元。百家企业，千家万户。"
        "农村公路总里程达到 20. 6 万公里。每10万人发案率下降。表2  人员配备情况如下。")}
    assert (ms["8分42秒"]["value"], ms["8分42秒"]["unit"]) == (522, "秒")
    assert (ms["百处"]["value"], ms["百处"]["qualifier"], ms["千亩以上"]["qualifier"], ms["千亿元"]["value"]) == (100, "approx", "at_least", 1e11)
    assert not [s for s in ms if s.startswith("百家") or s.startswith("千家") or s.startswith("10万人") or s.startswith("2 ")]
    assert ms["20. 6 万公里"]["subject"] == "农村公路总里程"


def test_progress_on_goals_stays_actual_and_goal_cells_with_bounds_and_ranges():
    ms = {m["surface"]: m for m in metrics(
        "2023年城镇新增就业105.6万人，完成目标任务的117%。分别完成年度目标任务的118%、105%和102.6%。\n"
        "主要指标如下：\n| 指标 | 2024年 | 2025年目标 |\n| 平均住院日（天） | 7.8 | ≤7 |\n| 医生数（人） | 2100 | 不低于2300 |\n"
        "| 护士数（人） | 2500 | 2600-2800 |\n| 孕产妇死亡率（1/10万） | 7.21 | 6.85 |\n| 全科医生数（人/万人） | 3.62 | 3.95 |\n以上为主要指标。")}
    assert (ms["105.6万人"]["kind"], ms["102.6%"]["kind"]) == ("actual", "actual")
    assert (ms["7"]["qualifier"], ms["7"]["kind"], ms["2300"]["subject"]) == ("at_most", "target", "医生数")
    assert (ms["2600-2800"]["value"], ms["2600-2800"]["value_high"]) == (2600, 2800)
    assert (ms["7.21"]["unit"], ms["3.62"]["unit"]) == ("/10万", "人/万人") and "1/10万" not in ms


def test_a_bare_zhi_to_a_months_end_months_as_a_range_and_landings_and_takeoffs():
    ms = {m["surface"]: m for m in metrics(
        "至2024年5月底，全港共运营集装箱航线26条。今年1月至5月，新增企业20家。全年保障飞机起降4.37万架次。")}
    assert (ms["26条"]["period_start"], ms["26条"]["period_end"]) == (None, dt.date(2024, 5, 31))
    assert (ms["20家"]["period_start"], ms["20家"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    assert ms["4.37万架次"]["subject"].endswith("起降")


def test_times_in_indicator_names_age_ranges_terms_of_support_and_bounds_that_must_not_be_undercut():
    ms = {m["surface"]: m for m in metrics(
        "48小时妥投率达到92%。对新开航线连续补助2年。由0-6岁逐步扩大到0-14岁。残疾人就业比例不得低于本单位在职职工总数的1.5%。"
        "按照每100名寄宿生配备1名生活老师的标准配备。项目计划总投资约2600万元。")}
    assert "48小时" not in ms and not [s for s in ms if s.endswith("岁")]
    assert (ms["2年"]["unit"], ms["2年"]["kind"]) == ("年", "policy")
    assert (ms["1.5%"]["kind"], ms["1.5%"]["qualifier"], ms["1.5%"]["subject"]) == ("policy", "at_least", "残疾人就业比例")
    assert (ms["1名"]["kind"], ms["2600万元"]["kind"]) == ("policy", "target")


def test_a_discount_enjoyed_and_how_often_one_may_are_rules():
    ms = {m["surface"]: m for m in metrics("持卡乘客换乘可享受1元优惠。每人只能享受1次。")}
    assert (ms["1元"]["kind"], ms["1次"]["kind"]) == ("policy", "policy")


def test_names_with_numbers_inside_and_counters_of_pictures_nights_and_meals():
    ms = {m["surface"]: m for m in metrics(
        "举办2024台州马拉松。建成24小时城市书房12家。落实240小时过境免签政策。征集作品3.5万幅，游客平均停留2晚以上，全年供应营养餐3500余餐次。班额小于100人。")}
    assert not [s for s in ms if s.startswith("2024") or s.endswith("小时")]
    assert (ms["3.5万幅"]["unit"], ms["2晚以上"]["unit"], ms["3500余餐次"]["unit"]) == ("幅", "晚", "餐次")
    assert ms["100人"]["qualifier"] == "at_most"


def test_a_standard_allotted_names_what_it_pays_and_a_plan_cuts_a_count():
    ms = {m["surface"]: m for m in metrics("按每村每年不低于15万元的标准拨付村级组织运转经费。发表信息21篇次。")}
    assert (ms["15万元"]["subject"], ms["21篇次"]["unit"]) == ("村级组织运转经费", "篇次")
    m = one("下一步，力争将市属企业户数压减至不超过120户。", "120户")
    assert (m["kind"], m["qualifier"]) == ("target", "at_most")


def test_plans_that_adjust_or_open_terms_said_to_be_usual_and_provision_ratios_per_floor_area():
    ms = {m["surface"]: m for m in metrics(
        "计划调整线路8条。使用期限一般为2年。住宅每100平方米建筑面积配建1.5个车位。日开行420列次，加开12趟。")}
    assert (ms["8条"]["kind"], ms["2年"]["unit"], ms["1.5个"]["kind"]) == ("target", "年", "policy")
    assert "100平方米" not in ms and (ms["420列次"]["unit"], ms["12趟"]["unit"]) == ("列次", "趟")


def test_a_school_years_terms_and_a_term_left_out_of_the_subject():
    ms = {m["surface"]: m for m in metrics(
        "2024—2025学年第一学期，全市开展课后服务的学校1286所。2023-2024学年第二学期，招生3.2万人。春季学期开展安全检查120次。")}
    assert (ms["1286所"]["period_start"], ms["1286所"]["period_end"]) == (dt.date(2024, 9, 1), dt.date(2025, 1, 31))
    assert (ms["3.2万人"]["period_start"], ms["3.2万人"]["period_end"]) == (dt.date(2024, 2, 1), dt.date(2024, 7, 31))
    assert ms["120次"]["subject"] == "开展安全检查"


def test_a_rules_term_of_at_least_some_years():
    m = one("对流转期限5年以上、面积50亩以上的，每亩补助100元。", "5年以上")
    assert (m["value"], m["unit"], m["qualifier"], m["kind"]) == (5, "年", "at_least", "policy")


def test_bare_hundreds_with_yu_payments_to_a_named_recipient_and_spaced_qualifiers():
    ms = {m["surface"]: m for m in metrics(
        "建成站点百余个，服务企业千余家。对认定的平台分别奖励运营主体100万元、50万元。为博士发放每月800元的租房补贴。"
        "设计流量500立方米/秒 以上，投资45亿元 左右。由3方共同出资。")}
    assert (ms["百余个"]["value"], ms["千余家"]["qualifier"]) == (100, "at_least")
    assert [ms[s]["kind"] for s in ("100万元", "50万元", "800元")] == ["policy"] * 3
    assert (ms["500立方米/秒 以上"]["qualifier"], ms["45亿元 左右"]["qualifier"]) == ("at_least", "approx")
    assert not [s for s in ms if s.startswith("3方")]


def test_sums_a_government_paid_and_averages_observed_are_no_rules():
    ms = {m["surface"]: m for m in metrics(
        "2024年，中央财政补助331亿元，占60%；省级对第一档、第二档县分别补助54.7亿元和31.9亿元。对新认定的企业给予补助1亿元。"
        "住院费用政策范围内报销比例为70.2%。\n| 年份 | 平均担保费率（%） |\n| 2023 | 0.71 |\n")}
    assert [ms[s]["kind"] for s in ("331亿元", "54.7亿元", "31.9亿元", "70.2%", "0.71")] == ["actual"] * 5
    assert ms["1亿元"]["kind"] == "policy"


def test_bounds_of_a_rules_share_and_an_average_term_and_its_change():
    ms = {m["surface"]: m for m in metrics(
        "代偿率在3%以内（含）的部分按50%给予补偿；超过5%的部分不予补偿。市县财政补贴不低于10%。按不低于个人缴费60%的标准给予资助，"
        "按不超过项目总投资30%的比例给予补助。平均发行期限17.6年，较上年延长1.3年。贷款贴息最长补助3年。")}
    assert [ms[s]["kind"] for s in ("3%以内", "5%", "10%")] == ["policy"] * 3
    assert (ms["60%"]["qualifier"], ms["30%"]["qualifier"]) == ("at_least", "at_most")
    assert [(ms[s]["value"], ms[s]["kind"]) for s in ("17.6年", "1.3年")] == [(17.6, "actual"), (1.3, "actual")]
    assert (ms["3年"]["kind"], ms["3年"]["qualifier"]) == ("policy", "at_most")


def test_rewards_by_grade_and_by_what_was_won_and_ranges_of_places():
    ms = {m["surface"]: m for m in metrics(
        "对新获评国家级技能大师工作室的单位给予一次性资助五十万元，省级二十万元，市级十万元；对获得中华技能大奖的个人给予奖励一百万元。"
        "获得第1至3名的选手分别奖励5万元、3万元、2万元。对排名第6—10位的地市，每个奖励额度10亿元。")}
    assert [ms[s]["kind"] for s in ("二十万元", "十万元", "一百万元", "5万元", "3万元")] == ["policy"] * 5
    assert not [s for s in ms if s in ("3名", "10位")]


def test_a_share_credited_by_a_rule_and_the_end_of_a_change_is_no_deadline():
    ms = {m["surface"]: m for m in metrics("在职职工个人账户由本人缴费基数的2%计入。全市参保率由2020年的92%提高到2024年的95%。")}
    assert (ms["2%"]["kind"], ms["95%"]["kind"]) == ("policy", "actual")


def test_subjects_keep_an_age_group_a_word_with_gong_and_stop_at_the_next_mention():
    ms = {m["surface"]: m for m in metrics(
        "60岁以上老年人流感疫苗接种率由2022年的18.6%提高至32.5%。全市家庭共济使用金额近2100万元。"
        "为1.6万名劳动者追发工资报酬约九百六十万元。推动28家机关事业单位在夜间向社会开放。通过兼并重组、“腾笼换鸟”等方式盘活低效工业用地1263亩。"
        "县财政按照县道每公里每年1万元、乡道每公里每年0.5万元的标准安排养护资金。")}
    assert ms["32.5%"]["subject"] == "60岁以上老年人流感疫苗接种率"
    assert ms["2100万元"]["subject"] == "家庭共济使用金额"
    assert ms["1.6万名"]["subject"] == "劳动者追发工资报酬"
    assert (ms["28家"]["subject"], ms["1263亩"]["subject"], ms["1万元"]["subject"]) == ("机关事业单位", "盘活低效工业用地", "县道")


def test_a_class_by_its_number_the_base_of_a_provision_and_a_plan_to_a_year():
    ms = {m["surface"]: m for m in metrics(
        "二类区域首小时2元。商业设施按每100平方米建筑面积不少于1.0个车位配建。规划至2035年，中心城区规划公共停车场用地58处。"
        "亩均投资强度提高到每亩320万元以上。养护资金按照每年不低于5%的幅度递增。")}
    assert not [s for s in ms if s in ("二类", "100平方米")]
    assert (ms["58处"]["kind"], ms["320万元以上"]["kind"], ms["5%"]["kind"]) == ("target", "actual", "policy")


def test_a_table_after_a_blank_line_a_rate_per_machine_column_and_its_total_row():
    body = ("2023年全省农机购置补贴情况如下：\n\n| 机型 | 补贴标准（元/台） | 补贴资金（万元） | 新建任务（万亩） |\n"
            "| 100马力拖拉机 | 2800 | 560 | 32 |\n| 合计 | — | 1200 | 40 |\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["2800"]["unit"], ms["2800"]["kind"], ms["2800"]["subject"]) == ("元/台", "policy", "100马力拖拉机补贴标准")
    assert (ms["32"]["subject"], ms["1200"]["subject"], ms["40"]["subject"]) == ("100马力拖拉机新建任务", "补贴资金", "新建任务")
    assert ms["560"]["period_start"] == dt.date(2023, 1, 1)


def test_camera_feeds_a_plans_total_cost_a_peak_and_a_rules_raised_cover():
    ms = {m["surface"]: m for m in metrics(
        "全市建成高清视频监控1850路。开通2路、5路公交车。2025年计划实施项目20个，总投资约30亿元。高峰时段最多达112对。"
        "补贴资金仅占全市总额的17%左右。每亩保额由450元提高至950元。2024年共奖励10个县。平均每10万亩林地仅有护林员2.3名。")}
    assert ms["1850路"]["unit"] == "路" and not [s for s in ms if s in ("2路", "5路")]
    assert (ms["30亿元"]["kind"], ms["112对"]["kind"], ms["17%左右"]["kind"], ms["10个"]["kind"]) == ("target", "actual", "actual", "actual")
    assert (ms["450元"]["kind"], ms["950元"]["kind"]) == ("policy", "policy") and "10万亩" not in ms


def test_subjects_without_a_comparisons_verb_a_months_base_or_the_verb_after_a_count():
    ms = {m["surface"]: m for m in metrics(
        "全市VOCs排放量较2020年削减12.5%。学生作业时长达标率由7月的61.4%提高至10月的94.7%。对查实的违规行为给予举报人最高5000元奖励。"
        "全市已有12所学校采用新模式。依托职业技术学院等4所院校开设托育专业。打造3至5条具有全国影响力的研学主题线路。")}
    assert (ms["12.5%"]["subject"], ms["61.4%"]["subject"], ms["94.7%"]["subject"]) == ("VOCs排放量", "学生作业时长达标率", "学生作业时长达标率")
    assert (ms["5000元"]["subject"], ms["12所"]["subject"], ms["4所"]["subject"], ms["3至5条"]["subject"]) == ("举报人", "学校", "院校", "研学主题线路")


def test_duo_opening_a_word_a_list_joined_by_he_and_a_share_of_a_figure_named_before():
    ms = {m["surface"]: m for m in metrics(
        "向312户多子女家庭发放贷款。改造约2100栋多层住宅。建成100多个站点。"
        "全县工业投资、基础设施投资和民间投资分别增长5.2%、4.3%和7.2%。全年充电量3.2亿千瓦时，约占全社会用电量的1.9%。"
        "人均GDP达12.6万元，约为全国平均水平的1.4倍。全市办理租房提取11.65万笔、金额6.93亿元。")}
    assert (ms["312户"]["qualifier"], ms["2100栋"]["qualifier"], ms["100多个"]["qualifier"]) == ("exact", "approx", "at_least")
    assert [ms[s]["subject"] for s in ("5.2%", "4.3%", "7.2%")] == ["工业投资", "基础设施投资", "民间投资"]
    assert (ms["1.9%"]["subject"], ms["1.4倍"]["subject"], ms["6.93亿元"]["subject"]) == ("充电量", "人均GDP", "办理租房提取金额")


def test_margins_over_a_goal_task_completion_rates_and_the_first_year_of_a_plan():
    ms = {m["surface"]: m for m in metrics(
        "全县人均GDP增速比规划目标高出0.6个百分点。两癌筛查目标任务完成率分别为103.8%和100.6%。“十四五”首年，全市新增高新技术企业42家。")}
    assert (ms["0.6个百分点"]["kind"], ms["0.6个百分点"]["subject"]) == ("actual", "人均GDP增速")
    assert (ms["103.8%"]["kind"], ms["100.6%"]["kind"]) == ("actual", "actual")
    assert (ms["42家"]["period_start"], ms["42家"]["period_end"]) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_caps_with_a_word_between_rules_named_before_an_an_and_terms_paid_out():
    ms = {m["surface"]: m for m in metrics(
        "参保妇女确诊后最高可获赔付5万元。每年最高可申领创新券30万元。对获得贷款的企业按贷款市场报价利率的30%给予贴息。"
        "对合作银行发放的科技贷款损失给予最高40%的风险补偿。对上年度研发费用支出在100万元以上、且研发费用增长的企业给予补助。"
        "加计扣除比例已由75%提高至100%。首付款比例不低于20%。月缴存额不低于200元、不高于4000元。租赁补贴最长发放3年。"
        "培训补贴按初级800元、中级1200元发放。")}
    assert [(ms[s]["kind"], ms[s]["qualifier"]) for s in ("5万元", "30万元", "40%")] == [("policy", "at_most")] * 3
    assert [ms[s]["kind"] for s in ("30%", "100万元以上", "75%", "100%", "20%", "200元", "4000元", "3年", "800元", "1200元")] == ["policy"] * 10
    assert ms["100万元以上"]["period_start"] is None
    assert (ms["4000元"]["subject"], ms["800元"]["subject"]) == ("月缴存额", "培训补贴")


def test_a_raise_to_a_rate_per_head_and_a_share_in_cheng_name_their_subjects():
    ms = {m["surface"]: m for m in metrics(
        "将居家托养补贴标准由每人每月200元提高至每人每月300元。缴存时间要求由12个月缩短为6个月。调研发现，约三成中小企业研发投入不足。")}
    assert (ms["300元"]["subject"], ms["6个月"]["subject"]) == ("居家托养补贴标准", "缴存时间要求")
    assert ms["三成"]["subject"].startswith("中小企业")


def test_a_count_after_a_bracketed_bound_names_the_noun_before_the_bracket():
    ms = {m["surface"]: m for m in metrics("全市共有湖泊（水面面积0.1平方公里以上）32个，水库（库容10万立方米以上）120座。")}
    assert (ms["32个"]["subject"], ms["120座"]["subject"], ms["10万立方米以上"]["subject"]) == ("湖泊", "水库", "库容")


def test_counters_rates_per_week_terms_by_their_names_and_a_standard_parking_space():
    ms = {m["surface"]: m for m in metrics(
        "给予企业过渡期3年。许可证有效期5年。全省营运船舶平均船龄15.6年，总运力约4.2万客位。全市抽检食品6.2批次/千人，查获假药1.2万余包。"
        "新建停车场提供3700余个标准车位。全县村级集体经济总收入1.2亿元，村均86.1万元。\n\n| 指标 | 2022年 |\n| 每周航班（班/周） | 24 |\n")}
    assert [(ms[s]["unit"], ms[s]["kind"]) for s in ("3年", "5年", "15.6年")] == [("年", "policy"), ("年", "policy"), ("年", "actual")]
    assert [ms[s]["unit"] for s in ("4.2万客位", "6.2批次/千人", "1.2万余包", "24")] == ["客位", "批次/千人", "包", "班/周"]
    assert (ms["3700余个"]["kind"], ms["3700余个"]["subject"], ms["86.1万元"]["subject"]) == ("actual", "标准车位", "村均")


def test_a_quotes_list_mark_a_base_qualified_before_its_number_and_a_cap_by_a_multiple():
    ms = {m["surface"]: m for m in metrics(
        "全年开展“双随机、一公开”联合抽查1180次。处方药执行率由2022年的不足60%提升至92.6%。审批时间由原来的约60天压缩至30天。"
        "赔偿数额最高可按权利人损失的5倍确定。")}
    assert ms["1180次"]["subject"].endswith("双随机一公开联合抽查")
    assert (ms["60%"]["subject"], ms["92.6%"]["subject"], ms["30天"]["subject"]) == ("处方药执行率", "处方药执行率", "审批时间")
    assert (ms["5倍"]["kind"], ms["5倍"]["qualifier"]) == ("policy", "at_most")


def test_a_share_paid_back_by_an_the_year_before_last_and_plans_by_their_cues():
    ms = {m["surface"]: m for m in metrics(
        "大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。对2024年12月31日前年满70周岁的退休人员，每人每月再增加20元。"
        "今年计划开发公益性岗位6000个左右。扩建工程2027年建成，届时可满足年旅客吞吐量4000万人次。三类艰苦边远地区每人每月增加10元。培养期一般为1至2年。")}
    assert [(ms[s]["kind"], ms[s]["period_start"]) for s in ("30%", "60%", "20元")] == [("policy", None)] * 3
    assert (ms["6000个左右"]["kind"], ms["4000万人次"]["kind"], ms["4000万人次"]["subject"]) == ("target", "target", "年旅客吞吐量")
    assert "三类" not in ms and (ms["1至2年"]["value"], ms["1至2年"]["value_high"]) == (1, 2)


def test_a_figure_in_brackets_after_another_and_thousands_parted_by_spaces():
    ms = {m["surface"]: m for m in metrics("一般公共预算收入完成386.52亿元（同比增长5.1%），增幅居全省第3位。全市建成站点12 000余个。")}
    # (the rank is of the growth: round 118)
    assert (ms["5.1%"]["subject"], ms["居全省第3位"]["subject"]) == ("一般公共预算收入", "一般公共预算收入增幅")
    assert (ms["12 000余个"]["value"], ms["12 000余个"]["subject"]) == (12000, "建成站点")


def test_days_of_an_event_are_its_months_and_a_rains_window_counts_nothing():
    ms = {m["surface"]: m for m in metrics(
        "2023年7月28日至30日，全市平均降雨量235毫米。7月28日至8月15日，共发布预警472次。最大1小时雨强86.5毫米。"
        "平均审批时间由平均12个工作日压缩至3个工作日。接口响应时间200ms以内。对2020年前立项的32个逾期项目开展清理。")}
    assert (ms["235毫米"]["period_start"], ms["235毫米"]["period_end"]) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))
    assert (ms["472次"]["period_start"], ms["472次"]["period_end"]) == (dt.date(2024, 7, 1), dt.date(2024, 8, 31))
    assert "1小时" not in ms and ms["86.5毫米"]["subject"].endswith("雨强")
    assert (ms["12个工作日"]["subject"], ms["200ms以内"]["unit"], ms["32个"]["period_end"]) == ("平均审批时间", "毫秒", None)


def test_qiuji_after_qizhong_and_a_summer_programmes_name_are_no_holidays():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市新建学校12所，其中秋季开学投用6所。2023年暑期，全区开设公益性暑期托管班86个。")}
    assert [(ms[s]["period_start"], ms[s]["period_end"]) for s in ("6所", "86个")] == [
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), (dt.date(2023, 7, 1), dt.date(2023, 8, 31))]


def test_person_years_and_an_average_rent_per_unit_and_month():
    ms = {m["surface"]: m for m in metrics("孵化器租金平均每平方米每月约28元。全市研发人员345人年。")}
    assert (ms["28元"]["kind"], ms["345人年"]["unit"]) == ("actual", "人年")


def test_a_year_give_or_take_is_that_year():
    m = one("力争2025年前后将一级护理补贴标准提高到120元左右。", "120元")
    assert (m["period_start"], m["period_end"], m["subject"]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "一级护理补贴标准")


def test_a_payment_after_an_amount_names_it_and_the_cap_after_a_rate_is_the_payment():
    ms = {m["surface"]: m for m in metrics(
        "吸纳本县户籍劳动力就业的，按每吸纳1人2000元给予带动就业补贴，每户最高不超过3万元。"
        "验收合格后按工程总投资的50%给予补助，每亩最高不超过1200元。按其投资金额的5%最高奖励300万元。")}
    assert [ms[s]["subject"] for s in ("2000元", "3万元")] == ["带动就业补贴", "带动就业补贴"]
    assert [ms[s]["subject"] for s in ("50%", "1200元", "5%", "300万元")] == ["工程总投资", "补助", "投资金额", "奖励"]


def test_a_payer_before_fenbie_and_a_grade_of_a_graded_noun():
    ms = {m["surface"]: m for m in metrics(
        "对新认定的国家级、省级、市级示范社，县财政分别一次性奖励10万元、5万元、2万元。"
        "创建省级星级农贸市场11家，其中五星级2家、四星级5家。")}
    assert [ms[s]["subject"] for s in ("10万元", "5万元", "2万元")] == ["国家级示范社", "省级示范社", "市级示范社"]
    assert (ms["2家"]["subject"], ms["5家"]["subject"]) == ("五星级农贸市场", "四星级农贸市场")


def test_years_since_without_jin_and_freight_by_distance():
    ms = {m["surface"]: m for m in metrics("三年来，全市累计培训12万人次。全年完成货物周转量186.4亿吨公里，旅客周转量52亿人公里。")}
    assert (ms["12万人次"]["period_start"], ms["12万人次"]["period_end"]) == (dt.date(2022, 1, 1), dt.date(2024, 12, 31))
    assert (ms["186.4亿吨公里"]["unit"], ms["186.4亿吨公里"]["value"], ms["186.4亿吨公里"]["subject"]) == ("吨公里", 1.864e10, "货物周转量")
    assert ms["52亿人公里"]["unit"] == "人公里"


def test_a_total_in_a_clause_of_its_own_counts_the_object_before_it():
    ms = {m["surface"]: m for m in metrics(
        "全县67座水库全部落实政府责任人、技术责任人和巡查责任人，共计201人。全县7个乡镇均组建了防汛抢险队伍，共计35支、队员630人。")}
    assert (ms["67座"]["subject"], ms["201人"]["subject"], ms["35支"]["subject"], ms["630人"]["subject"]) == ("水库", "责任人", "防汛抢险队伍", "队员")


def test_a_growth_rate_alone_a_months_own_figure_and_a_figure_opening_a_bracket():
    ms = {m["surface"]: m for m in metrics(
        "1-6月，全市固定资产投资增长5.2%，增速较一季度回落0.9个百分点，居全省第4位。全市社会消费品零售总额增长5%，3月份当月增长6.1%。"
        "9月当月，出口增长0.62%。仍存在部分老旧小区供水管网漏损率偏高（约12%）等问题。每万人口发明专利拥有量是全国平均水平（11.8件）的4倍。"
        "全市仍有约30家年用水量5万立方米以上的工业企业尚未开展水平衡测试。")}
    assert [ms[s]["subject"] for s in ("0.9个百分点", "居全省第4位", "6.1%")] == ["固定资产投资增速", "固定资产投资增速", "社会消费品零售总额"]
    assert (ms["6.1%"]["period_start"], ms["6.1%"]["period_end"]) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    # (September, in a letter of 1 June, is last year's)
    assert (ms["0.62%"]["period_start"], ms["0.62%"]["period_end"]) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    assert ms["12%"]["subject"].endswith("供水管网漏损率") and ms["11.8件"]["subject"] != "每万人口发明专利拥有量"
    assert (ms["30家"]["subject"], ms["5万立方米以上"]["subject"]) == ("工业企业", "年用水量")


def test_floors_and_caps_by_their_words_and_counters_new_and_old():
    ms = {m["surface"]: m for m in metrics(
        "对举报属实的，单笔最低奖励3000元。对超计划用水的，最高按3倍收取。查处三轮汽车违法行为1200起。开展培训6840个次。"
        "2024年线上预订量突破40万间夜。对获评五星级、四星级的饭店，市财政分别给予一次性奖励100万元、30万元。")}
    assert (ms["3000元"]["qualifier"], ms["3倍"]["qualifier"]) == ("at_least", "at_most")
    assert "三轮" not in ms and ms["1200起"]["subject"].endswith("汽车违法行为")
    assert (ms["6840个次"]["unit"], ms["40万间夜"]["unit"], ms["40万间夜"]["value"]) == ("个次", "间夜", 400000)
    assert (ms["100万元"]["subject"], ms["30万元"]["subject"]) == ("五星级饭店", "四星级饭店")


def test_a_holiday_without_a_year_before_this_years_and_a_plan_being_drafted():
    ms = {m["surface"]: m for m in metrics(
        "国庆假期期间，全县接待游客97.4万人次。今年国庆假期，力争接待游客100万人次。"
        "我局已启动“十五五”生态环境保护规划前期研究，委托2家单位开展12项专题研究。三年来，全市累计培训12万人次。")}
    assert (ms["97.4万人次"]["period_start"], ms["97.4万人次"]["period_end"]) == (dt.date(2023, 9, 1), dt.date(2023, 10, 31))
    assert ms["100万人次"]["period_start"] == dt.date(2024, 10, 1)
    assert (ms["2家"]["period_start"], ms["12项"]["period_text"]) == (None, None)


def test_ranges_of_ages_as_items_and_subjects_and_a_state_reached_by_those_that_did():
    ms = {m["surface"]: m for m in metrics(
        "对80-89周岁、90-99周岁、100周岁以上老年人分别按每人每月50元、100元、500元标准发放高龄津贴。16-59周岁就业年龄段残疾人6.3万人。"
        "全市医养结合机构内设医疗机构纳入医保定点的达112家。适老化改造补助标准由2021年的每户3000元提高至2025年的每户最高5000元。")}
    assert [ms[s]["subject"] for s in ("50元", "100元", "500元")] == ["80-89周岁", "90-99周岁", "100周岁以上老年人"]
    assert ms["6.3万人"]["subject"] == "16-59周岁就业年龄段残疾人" and ms["112家"]["subject"].endswith("纳入医保定点")
    assert (ms["5000元"]["subject"], ms["5000元"]["qualifier"]) == ("适老化改造补助标准", "at_most")


def test_floors_of_rules_a_standard_a_list_closes_and_a_shop_that_is_no_bound():
    ms = {m["surface"]: m for m in metrics(
        "单个项目最高不超过20万元，最低不少于2万元。购车补贴最低2000元。城乡最低生活保障标准提高到每人每月1040元。"
        "按每千人配置小学学位85个、初中学位45个、高中学位30个的标准预留教育用地。全市农贸市场和商超126家。每人每天补贴不超过2餐。")}
    assert [(ms[s]["kind"], ms[s]["qualifier"], ms[s]["subject"]) for s in ("2万元", "2000元")] == [
        ("policy", "at_least", "单个项目"), ("policy", "at_least", "购车补贴")]
    assert ms["1040元"]["subject"] == "城乡最低生活保障标准"
    assert [ms[s]["kind"] for s in ("85个", "45个", "30个")] == ["policy"] * 3
    assert ms["126家"]["qualifier"] == "exact" and (ms["2餐"]["unit"], ms["2餐"]["qualifier"]) == ("餐", "at_most")


def test_a_seasons_start_of_a_change_a_class_by_its_year_and_every_years_months():
    ms = {m["surface"]: m for m in metrics(
        "2023—2024学年，全市学生参与率由2021年秋季的67.3%提高到91.6%。全市2000年以前建成且未列入计划的老旧小区共312个。"
        "到2025年，全市2000年底前建成的老旧小区改造完成率达到90%。2021年，每年6-9月高温期间设置爱心驿站216个。")}
    assert (ms["67.3%"]["period_start"], ms["67.3%"]["subject"]) == (dt.date(2021, 1, 1), "学生参与率")
    assert (ms["91.6%"]["period_start"], ms["91.6%"]["period_end"]) == (dt.date(2023, 9, 1), dt.date(2024, 8, 31))
    assert (ms["312个"]["period_start"], ms["312个"]["period_text"]) == (None, None)
    assert ms["90%"]["period_end"] == dt.date(2025, 12, 31) and ms["216个"]["period_start"] is None


def test_a_list_of_amounts_changed_by_fenbie_takes_its_items_and_a_terms_start_as_a_deadline():
    ms = metrics("自2024年1月1日起，我省月最低工资标准一类、二类、三类区域由2280元、2070元、1840元分别提高到2490元、2260元、2010元。"
                 "全市高新技术企业、科技型中小企业由2020年的120家、300家分别增加到180家、450家。2026年秋季学期前新建学生宿舍2.4万平方米。"
                 "全县改造农房四点二万平方米，走访农户十二万余户次。")
    by = {m["surface"]: m for m in ms}
    assert [by[s]["subject"] for s in ("2070元", "1840元", "2260元", "2010元")] == ["二类区域", "三类区域", "二类区域", "三类区域"]
    assert all(by[s]["kind"] == "policy" for s in ("2280元", "2070元", "1840元", "2490元", "2260元", "2010元"))
    assert [by[s]["subject"] for s in ("120家", "300家", "180家", "450家")] == ["高新技术企业", "科技型中小企业", "高新技术企业", "科技型中小企业"]
    assert (by["2.4万平方米"]["period_start"], by["2.4万平方米"]["period_end"], by["2.4万平方米"]["subject"]) == (None, dt.date(2026, 8, 31), "新建学生宿舍")
    assert (by["四点二万平方米"]["value"], by["十二万余户次"]["unit"]) == (42000, "户次")


def test_a_standard_past_what_it_counts_and_a_standard_the_counted_meet():
    ms = {m["surface"]: m for m in metrics("每个站点按照不少于1名专职人员的标准配备。全市建成12个达到省级标准的示范点。")}
    assert (ms["1名"]["kind"], ms["1名"]["qualifier"], ms["12个"]["subject"]) == ("policy", "at_least", "示范点")


def test_waterlogging_is_no_within_and_a_length_laid():
    ms = {m["surface"]: m for m in metrics("实现提前72小时内涝风险预警，接警后5分钟内出动。改造雨污管网约2.1万延米。")}
    assert (ms["72小时"]["qualifier"], ms["5分钟"]["qualifier"]) == ("exact", "at_most")
    assert (ms["2.1万延米"]["unit"], ms["2.1万延米"]["value"]) == ("延米", 21000)


def test_new_years_and_spring_festival_together_seats_and_months_after_the_letter():
    ms = {m["surface"]: m for m in metrics("2023年元旦春节期间，走访慰问困难职工2.8万户。热线坐席由120席扩充至260席。")}
    assert (ms["2.8万户"]["period_start"], ms["2.8万户"]["period_end"]) == (dt.date(2022, 12, 1), dt.date(2023, 1, 31))
    assert (ms["260席"]["unit"], ms["260席"]["subject"]) == ("席", "热线坐席")
    # (the letter is of 1 June 2024: 1-10月 are last year's, 今年1-5月 this year's)
    ms = {m["surface"]: m for m in metrics("1-10月，全市热线受理41.2万件。今年1-5月，新增企业30家。")}
    assert (ms["41.2万件"]["period_start"], ms["41.2万件"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 10, 31))
    assert ms["30家"]["period_end"] == dt.date(2024, 5, 31)


def test_grades_changed_by_fenbie_without_you_and_a_bound_that_is_the_last_grades_own():
    ms = metrics("一类、二类、三类地区分别调整为每小时19.8元、18.1元和17.2元。"
                 "三级、二级、一级及以下定点医疗机构起付线分别由1000元、600元、300元下调至800元、400元、200元。")
    by = {m["surface"]: m for m in ms}
    assert [by[s]["subject"] for s in ("19.8元", "18.1元", "17.2元")] == ["一类地区", "二类地区", "三类地区"]
    assert [by[s]["subject"] for s in ("1000元", "600元", "800元", "400元")] == [
        "三级定点医疗机构起付线", "二级定点医疗机构起付线", "三级定点医疗机构起付线", "二级定点医疗机构起付线"]


def test_a_floor_of_a_contribution_base_a_raise_per_head_named_after_it_and_market_prices():
    ms = {m["surface"]: m for m in metrics(
        "我省职工基本养老保险个人缴费基数下限由3957元提高到4462元。对年满65周岁、70周岁的参保人员，分别每人每月加发基础养老金5元、10元。"
        "4月中旬大青虾塘口价一度达到每斤22元，茶油市场零售价每斤60-80元。油茶林地流转价格一般为每亩每年30-50元。")}
    assert [ms[s]["kind"] for s in ("3957元", "4462元", "5元", "10元")] == ["policy"] * 4
    assert [ms[s]["kind"] for s in ("22元", "60-80元", "30-50元")] == ["actual"] * 3
    assert (ms["22元"]["subject"], ms["30-50元"]["subject"]) == ("大青虾塘口价", "油茶林地流转价格")


def test_a_date_a_copy_spaced_out_a_plan_over_years_a_class_by_planting_year_and_a_time_after_the_count():
    ms = {m["surface"]: m for m in metrics(
        "截至 2023 年 5 月底，全区排查撂荒耕地5217亩。今年 1-4 月检查涉木车辆1523车次。计划三年内完成全部612公里老旧管道改造。"
        "全县现有油茶林中，1990年以前种植的老林约14万亩。首批配售型保障性住房约600套于2026年6月前开工。")}
    assert (ms["5217亩"]["period_start"], ms["5217亩"]["period_end"]) == (None, dt.date(2023, 5, 31))
    assert (ms["1523车次"]["period_end"], ms["1523车次"]["subject"]) == (dt.date(2024, 4, 30), "检查涉木车辆")
    assert ms["612公里"]["kind"] == "target" and ms["14万亩"]["period_start"] is None
    assert ms["600套"]["subject"] == "首批配售型保障性住房"


def test_counts_by_the_head_and_the_firm_a_rank_among_places_listed_and_one_after_a_rank():
    ms = {m["surface"]: m for m in metrics(
        "春防期间共免疫生猪178万头次。改造量居各区、县（市）首位。社会消费品零售总额增幅居全省第4位、苏中第1位。")}
    assert (ms["178万头次"]["unit"], ms["居各区、县（市）首位"]["value"]) == ("头次", 1)
    assert ms["第1位"]["subject"] == ms["居全省第4位"]["subject"]


def test_shang_before_a_bare_thousand_and_sports_by_their_number():
    ms = {m["surface"]: m for m in metrics(
        "全年开展活动上千家次，吸引游客上万人，节假日日均过海车辆近万辆。招收100人以上千人以下的企业。"
        "举办铁人三项赛、三人篮球赛、五人制足球联赛和十项全能比赛共5场。")}
    assert [(ms[s]["value"], ms[s]["unit"], ms[s]["qualifier"]) for s in ("上千家次", "上万人", "万辆")] == [
        (1000, "家次", "at_least"), (10000, "人", "at_least"), (10000, "辆", "approx")]
    assert ms["上万人"]["subject"] == "吸引游客" and not any("千人" in s and s != "100人以上" for s in ms)
    assert not any(s in ms for s in ("三项", "三人", "五人", "十项")) and "5场" in ms


def test_a_payee_before_a_one_off_reward_a_bound_before_a_bare_hundred_and_a_funds_phase():
    ms = {m["surface"]: m for m in metrics(
        "对首次认定的省级专精特新中小企业给予一次性奖励20万元。该镇从业人员不足百人。推动引导基金二期设立，规模约30亿元。举办培训班三期。")}
    assert ms["20万元"]["subject"] == "省级专精特新中小企业"
    assert (ms["百人"]["value"], ms["百人"]["qualifier"]) == (100, "at_most")
    assert "二期" not in ms and ms["三期"]["value"] == 3


def test_from_a_term_on_and_a_terms_deadline_ahead_and_a_rules_list_in_a_plan():
    ms = {m["surface"]: m for m in metrics(
        "营养膳食补助标准自2021年秋季学期起提高到每生每天5元。2026年秋季学期前新建宿舍2栋。\n"
        "下一步，我局将对改善幅度排名前3位的市分别奖励2000万元、1500万元、1000万元。")}
    assert (ms["5元"]["subject"], ms["5元"]["period_start"], ms["5元"]["period_end"]) == (
        "营养膳食补助标准", dt.date(2021, 9, 1), dt.date(2024, 12, 31))
    assert (ms["2栋"]["kind"], ms["2栋"]["period_end"]) == ("target", dt.date(2026, 8, 31))
    assert [ms[s]["kind"] for s in ("2000万元", "1500万元", "1000万元")] == ["policy"] * 3


def test_lists_by_fenbie_one_after_another_grades_after_a_named_first_and_a_bound_before_a_bracket():
    ms = metrics("2023年、2024年、2025年，全省稻渔综合种养面积分别为486万亩、512万亩、545万亩，水产品产量分别为58.2万吨、62.7万吨、67.4万吨。"
                 "2022年1月起，重度残疾人护理补贴一级、二级由每人每月90元、70元分别提高到110元、80元。"
                 "对月销售额10万元以下（季度销售额30万元以下）的小规模纳税人免征增值税。全面落实残疾人两项补贴。")
    by = {m["surface"]: m for m in ms}
    assert [by[s]["subject"] for s in ("58.2万吨", "62.7万吨", "67.4万吨")] == ["水产品产量"] * 3
    assert [by[s]["subject"] for s in ("70元", "80元")] == ["重度残疾人护理补贴二级"] * 2
    assert all(by[s]["kind"] == "policy" for s in ("90元", "70元", "110元", "80元", "10万元以下"))
    assert "两项" not in by


def test_a_number_an_ocr_broke_over_two_lines_inside_a_sentence_is_whole():
    ms = {m["surface"]: m for m in metrics("截至2024年5月底，全县共建成生活垃圾分类投放点5 6\n3 2个，其他站点12个。\n")}
    (m,) = [m for s, m in ms.items() if s.endswith("2个") and "\n" in s]
    assert (m["value"], m["subject"], m["period_end"]) == (5632, "建成生活垃圾分类投放点", dt.date(2024, 5, 31))


def test_a_time_limit_names_what_is_done_within_it():
    ms = {m["surface"]: m for m in metrics("接到预警指令后5分钟内电话劝阻、30分钟内上门见面劝阻。一般案件3个工作日内办结。")}
    assert [ms[s]["subject"] for s in ("5分钟", "30分钟", "3个工作日")] == ["电话劝阻", "上门见面劝阻", "一般案件"]


def test_the_last_tier_of_a_list_handed_out_by_fenbie_keeps_its_tier_before_the_payments_name():
    ms = metrics("对新引进的A类、B类、C类人才，分别给予最高200万元、100万元、60万元购房补贴。对省级、市级工作站分别给予50万元、30万元建站资助。")
    assert [m["subject"] for m in ms] == ["A类人才", "B类人才", "C类人才", "省级工作站", "市级工作站"]


def test_a_first_hours_fee_stated_with_wei_is_a_rule():
    ms = {m["surface"]: m for m in metrics("一类区域首小时收费为10元，二类区域首小时收费为6元。")}
    assert (ms["10元"]["kind"], ms["6元"]["kind"]) == ("policy", "policy")


def test_a_class_by_its_ordinal_and_a_summer_programmes_name_date_nothing():
    ms = {m["surface"]: m for m in metrics(
        "全市有二类经营性企业12家。二类、三类桥梁分别有97座、45座。项目分为两类。今年以来，全市开展暑期陪伴服务2.1万余场。")}
    assert not any(s in ms for s in ("二类", "三类")) and ms["两类"]["value"] == 2
    assert [ms[s]["subject"] for s in ("97座", "45座")] == ["二类桥梁", "三类桥梁"]
    assert (ms["2.1万余场"]["period_start"], ms["2.1万余场"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_bound_on_what_the_plans_year_will_bring_is_a_target():
    ms = {m["surface"]: m for m in metrics("下一步，我委将严控债务，全年新增带息负债不超过50亿元。")}
    assert (ms["50亿元"]["kind"], ms["50亿元"]["qualifier"]) == ("target", "at_most")


def test_an_actor_before_gong_and_its_deed_names_the_deed():
    ms = {m["surface"]: m for m in metrics("今年以来，各级应急管理部门共检查企业1.2万家次，全市共有企业120家。")}
    assert (ms["1.2万家次"]["subject"], ms["120家"]["subject"]) == ("检查企业", "企业")


def test_indicators_counted_back_count_nothing_and_markdown_bold_hides_no_heading():
    ms = {m["surface"]: m for m in metrics("全市门诊量、住院量、手术量三项指标均居全省第4位。")}
    assert "三项" not in ms and "居全省第4位" in ms
    t = run(letter("一、基本情况\n**（一）强化源头管控。**全市投入资金1.9亿元。\n**（二）加强执法。**查处案件12起。\n"))
    assert t["sections"].filter(pl.col("level") == 2)["heading"].to_list() == ["强化源头管控", "加强执法"]
    ms = {m["surface"]: m for m in t["metrics"].to_dicts()}
    assert ms["1.9亿元"]["subject"] == "投入资金"


def test_a_bound_that_closes_a_list_handed_out_by_fenbie_and_the_letters_own_items_counted():
    ms = {m["surface"]: m for m in metrics("小学、初中班额分别控制在45人、50人以内。全市新建学校3所、5所以上。下一步，我局将重点做好以下四项工作。")}
    assert (ms["45人"]["qualifier"], ms["3所"]["qualifier"]) == ("at_most", "exact")
    assert "四项" not in ms


def test_months_across_two_years_are_one_span():
    ms = {m["surface"]: m for m in metrics(
        "2021年10月至2022年5月，全市新增就业岗位1.2万个。2023年9月至2024年6月底，累计发放补贴3000万元。2022年12月，发放200万元。")}
    assert [(ms[s]["period_start"], ms[s]["period_end"]) for s in ("1.2万个", "3000万元", "200万元")] == [
        (dt.date(2021, 10, 1), dt.date(2022, 5, 31)), (dt.date(2023, 9, 1), dt.date(2024, 6, 30)),
        (dt.date(2022, 12, 1), dt.date(2022, 12, 31))]
    assert ms["1.2万个"]["period_text"] == "2021年10月至2022年5月"


def test_times_taken_in_years_and_their_change():
    ms = {m["surface"]: m for m in metrics(
        "全区平均轮候时间由2022年的6.2年缩短至4.5年左右，建设周期约2.5年。将青年人才生活补贴发放期限延长至5年。")}
    assert [(ms[s]["value"], ms[s]["kind"], ms[s]["qualifier"]) for s in ("6.2年", "4.5年左右", "2.5年")] == [
        (6.2, "actual", "exact"), (4.5, "actual", "approx"), (2.5, "actual", "approx")]
    assert ms["4.5年左右"]["subject"] == "平均轮候时间" and ms["5年"]["kind"] == "policy"


def test_rules_a_cap_after_a_payments_name_a_price_cap_by_share_and_the_votes_a_decision_needs():
    ms = {m["surface"]: m for m in metrics(
        "对引进的紧缺学科教师，一次性发放安家补助最高5万元。租金不超过同地段市场租金的60%。"
        "改造方案须经本单元三分之二以上业主同意方可实施，业主同意率须达到80%以上方可实施。"
        "对年销售额首次突破 5 0 0 万元、1 0 0 0 万元的企业给予奖励。")}
    assert all(ms[s]["kind"] == "policy" for s in ("5万元", "60%", "三分之二以上", "80%以上", "5 0 0 万元", "1 0 0 0 万元"))


def test_market_prices_named_earlier_in_the_sentence_and_rates_per_piece_and_per_month():
    ms = {m["surface"]: m for m in metrics(
        "近年来土地流转价格总体平稳，一般在每亩600元至800元。商铺平均租金保持在每月每平方米40元至60元之间，核心商圈租金在80元/平方米·月左右。"
        "稻谷生产成本约为每亩1350元。快递件均派送成本由2.8元/件降至1.6元/件。对流转土地给予每亩200元补贴。")}
    assert [ms[s]["kind"] for s in ("600元至800元", "40元至60元", "200元")] == ["actual", "actual", "policy"]
    assert (ms["80元/平方米·月左右"]["unit"], ms["80元/平方米·月左右"]["qualifier"]) == ("元/平方米·月", "approx")
    assert ms["1350元"]["qualifier"] == "approx" and ms["2.8元/件"]["unit"] == "元/件"


def test_a_grade_step_a_spaced_ranks_place_word_and_grades_listed_after_a_verb_of_creating():
    ms = {m["surface"]: m for m in metrics(
        "耕地质量平均提高0.5个等级，总产量居全市第 2 位。全市共创成国家级夜间文化和旅游消费集聚区2个、省级8个、市级15个。"
        "带动投资近亿元。招引超亿元数字经济项目30个。")}
    assert (ms["0.5个等级"]["unit"], ms["居全市第 2 位"]["value"]) == ("等级", 2)
    assert [ms[s]["subject"] for s in ("8个", "15个")] == ["省级夜间文化和旅游消费集聚区", "市级夜间文化和旅游消费集聚区"]
    assert ms["亿元"]["value"] == 1e8 and ms["亿元"]["subject"] == "投资" and len([s for s in ms if s == "亿元"]) == 1


def test_compound_chinese_numerals_take_more_counters_and_a_skills_list_shares_no_repeated_item():
    ms = {m["surface"]: m for m in metrics(
        "全县新装路灯三百四十盏，清理小广告一万二千余张，查处案件四十七起，开展演练二十余次，抽检三十七批次。我们一起研究，建成一张网，开展一对一帮扶。"
        "取得初级工、中级工、高级工、技师、高级技师职业技能等级证书的，分别按1000元、1500元、2000元、3000元、4000元给予补贴。")}
    assert [(ms[s]["value"], ms[s]["unit"]) for s in ("三百四十盏", "一万二千余张", "四十七起", "二十余次", "三十七批次")] == [
        (340, "盏"), (12000, "张"), (47, "起"), (20, "次"), (37, "批次")]
    assert not any(s in ms for s in ("一起", "一张", "一对"))
    assert not any("技师技师" in (m["subject"] or "") for m in ms.values())


def test_a_share_after_a_change_names_what_it_is_a_share_of_and_items_of_places_share_the_measure():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市全社会研发投入达2236.6亿元，同比增长10.5%，占地区生产总值比重提高至6.46%。"
        "流域内城市和县城污水处理率分别达到96.7%、94.2%。力争研发投入突破千亿元。实现30万千瓦及以上燃煤机组全覆盖②。")}
    assert ms["6.46%"]["subject"] == "全社会研发投入占地区生产总值比重"
    assert [ms[s]["subject"] for s in ("96.7%", "94.2%")] == ["流域内城市污水处理率", "县城污水处理率"]
    assert (ms["千亿元"]["value"], ms["千亿元"]["qualifier"]) == (1e11, "over") and "②" not in ms["30万千瓦及以上"]["subject"]


def test_tax_reliefs_bounds_a_year_in_a_documents_number_and_deadlines_with_qian():
    ms = {m["surface"]: m for m in metrics(
        "小规模纳税人月销售额未超过15万元的，免征增值税。对年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额。"
        "依据税务总局公告2022年第14号，全市共有6个行业适用。\n下一步，力争2025年底前新建公交专用道25公里，6月底前对日均班次6班以下的线路优化。\n")}
    assert (ms["15万元"]["kind"], ms["15万元"]["qualifier"], ms["15万元"]["subject"]) == ("policy", "at_most", "小规模纳税人月销售额")
    assert (ms["100万元"]["kind"], ms["300万元"]["kind"]) == ("policy", "policy") and ms["100万元"]["subject"] != "但"
    assert ms["6个"]["period_start"] is None
    assert (ms["25公里"]["subject"], ms["6班以下"]["subject"]) == ("新建公交专用道", "日均班次")


def test_a_flat_fare_a_cap_on_a_fine_team_sizes_and_courses_in_words():
    ms = {m["surface"]: m for m in metrics("全市公交实行2元一票制，对违规行为最高可处5万元罚款。新建11人制足球场5片、7人制足球场6片，开设课程十余门。")}
    assert (ms["2元"]["kind"], ms["5万元"]["qualifier"]) == ("policy", "at_most")
    assert not any(s in ms for s in ("11人", "7人")) and ms["十余门"]["value"] == 10


def test_levels_of_government_paying_and_a_class_of_what_was_built_since_a_year():
    ms = {m["surface"]: m for m in metrics("争取中央补助1.2亿元、省级0.8亿元。今年3月，我局组织排查2011年以来建设的项目区，发现问题86个。")}
    assert ms["0.8亿元"]["subject"] == "省级补助"
    assert (ms["86个"]["period_start"], ms["86个"]["period_end"]) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def test_thousands_with_a_space_after_the_comma_and_units_of_tubes_and_person_days():
    ms = {m["surface"]: m for m in metrics("全区共有社区商业网点1, 200家，面积约2, 000平方米。采集核酸样本0.3万管，提供服务4.6万人日。")}
    assert [(ms[s]["value"], ms[s]["qualifier"]) for s in ("1, 200家", "2, 000平方米")] == [(1200, "exact"), (2000, "approx")]
    assert (ms["0.3万管"]["unit"], ms["4.6万人日"]["unit"]) == ("管", "人日")


def test_days_of_an_event_take_the_sentences_year_and_records_since_a_time_date_nothing():
    ms = {m["surface"]: m for m in metrics(
        "2021年“7·20”特大暴雨期间，7月17日至23日全市平均降雨量812.6毫米。今年7月28日至30日，全市转移群众1.2万人。"
        "2023年6月，全市出现入汛以来最强降雨，平均雨量312.5毫米。2020年8月，岷江出现1961年有实测资料以来第二大洪水，洪峰流量5.1万立方米/秒。"
        "全市高新技术企业两项指标增速均快于全省。")}
    assert (ms["812.6毫米"]["period_start"], ms["812.6毫米"]["period_end"]) == (dt.date(2021, 7, 1), dt.date(2021, 7, 31))
    assert (ms["1.2万人"]["period_start"], ms["1.2万人"]["period_end"]) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31))
    assert ms["312.5毫米"]["period_start"] == dt.date(2023, 6, 1) and ms["5.1万立方米/秒"]["period_start"] == dt.date(2020, 8, 1)
    assert "两项" not in ms


def test_a_phase_in_brackets_and_a_floor_before_the_whole_a_share_is_of():
    ms = {m["surface"]: m for m in metrics("建设市传染病医院（二期）项目。按不低于本单位在职职工总数1.5%的比例安排残疾人就业。")}
    assert "二期" not in ms and (ms["1.5%"]["qualifier"], ms["1.5%"]["subject"]) == ("at_least", "本单位在职职工总数")


def test_quarters_listed_pair_with_the_figures_handed_out_by_fenbie_in_the_sentences_year():
    ms = metrics("2023年，全市一季度、上半年、前三季度地区生产总值分别增长5.1%、5.4%和5.5%。")
    assert [(m["period_start"], m["period_end"], m["subject"]) for m in ms] == [
        (dt.date(2023, 1, 1), dt.date(2023, 3, 31), "地区生产总值"), (dt.date(2023, 1, 1), dt.date(2023, 6, 30), "地区生产总值"),
        (dt.date(2023, 1, 1), dt.date(2023, 9, 30), "地区生产总值")]


def test_small_works_a_place_plans_and_years_of_schooling():
    ms = {m["surface"]: m for m in metrics(
        "镇里计划安装路灯20盏，将增设减速带4处。去年已安装路灯30盏。全省新增劳动力平均受教育年限达到14.1年。")}
    assert [ms[s]["kind"] for s in ("20盏", "4处", "30盏")] == ["target", "target", "actual"]
    assert (ms["14.1年"]["value"], ms["14.1年"]["kind"]) == (14.1, "actual")


def test_three_grades_in_a_run_a_coupons_discounts_a_loans_ceiling_and_episodes():
    ms = {m["surface"]: m for m in metrics(
        "全市培育农业产业化龙头企业1186家，其中国家级18家、省级212家、市级956家。开展满200元减50元活动。"
        "对符合条件的创业者提供贷款额度5万元以下的担保贷款。制作动画片2390部、6.8万集。")}
    assert ms["956家"]["subject"] == "市级农业产业化龙头企业"
    assert (ms["50元"]["kind"], ms["5万元以下"]["kind"]) == ("policy", "policy") and ms["6.8万集"]["unit"] == "集"


def test_a_time_limit_in_days_is_within_them_and_a_months_day_is_none():
    ms = {m["surface"]: m for m in metrics("对信访事项应当在15日内告知，60日内办结。今年6月15日内完成。")}
    assert [(ms[s]["value"], ms[s]["unit"], ms[s]["qualifier"]) for s in ("15日内", "60日内")] == [(15, "天", "at_most"), (60, "天", "at_most")]
    assert len(ms) == 2


def test_the_first_quarters_of_a_year_are_no_deadline_and_virtual_is_no_plan():
    ms = {m["surface"]: m for m in metrics("2024年前三季度完成客运量2315万人次。获批虚拟仿真实训基地8个，建成模拟法庭3个。")}
    assert [ms[s]["kind"] for s in ("2315万人次", "8个", "3个")] == ["actual", "actual", "actual"]
    assert (ms["2315万人次"]["period_start"], ms["2315万人次"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))


def test_a_holidays_period_and_bus_routes_count_nothing():
    ms = {m["surface"]: m for m in metrics("新开接驳线路12条（如K11路、59路、105路）。五一期间单日客流1.2万人次。接入视频监控1200路。")}
    assert set(ms) == {"12条", "1.2万人次", "1200路"} and ms["1.2万人次"]["subject"] == "单日客流"


def test_counted_nouns_end_where_what_they_did_begins():
    ms = {m["surface"]: m for m in metrics(
        "全市重点监测的43家景区累计接待游客387.6万人次。组织12所院校成立跨境电商产业学院联盟。对5条骨干线路实行高峰加密。")}
    assert [ms[s]["subject"] for s in ("43家", "12所", "5条")] == ["景区", "院校", "骨干线路"]


def test_payments_per_head_with_what_they_pay_for_and_per_base_are_rules():
    ms = {m["surface"]: m for m in metrics(
        "依托4所高校开展定向培养，每人每年补助学费、住宿费和生活费1万元。遴选示范基地40个，每个基地省级一次性支持50万元。")}
    assert (ms["1万元"]["kind"], ms["50万元"]["kind"], ms["40个"]["kind"]) == ("policy", "policy", "actual")


def test_short_of_a_share_of_the_average_is_at_most_and_basically_names_nothing():
    ms = {m["surface"]: m for m in metrics(
        "全县油茶亩产仅10.7公斤，不到全省平均水平的八成。全县配备村级动物防疫员412名，基本实现每村1-2名。")}
    assert ms["八成"]["qualifier"] == "at_most" and ms["1-2名"]["subject"].endswith("村级动物防疫员")


def test_a_month_after_the_name_leaves_it_and_about_stays_in_a_run():
    ms = {m["surface"]: m for m in metrics(
        "网络零售额1—9月达1312亿元。2023年开展远程会诊1.27万例、远程影像诊断8.6万例，较上年分别增长36%和近五成。")}
    assert ms["1312亿元"]["subject"] == "网络零售额"
    assert (ms["五成"]["subject"], ms["五成"]["qualifier"]) == ("远程影像诊断", "approx")


def test_last_years_month_is_of_last_year():
    ms = {m["surface"]: m for m in metrics(
        "去年11月，我街道在全区考核中排名第4。截至去年12月末，累计发放补助1.36亿元。去年7月到9月，帮扶困难家庭六十多户。")}
    assert (ms["排名第4"]["period_start"], ms["排名第4"]["period_end"]) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert (ms["1.36亿元"]["period_start"], ms["1.36亿元"]["period_end"]) == (None, dt.date(2023, 12, 31))
    assert (ms["六十多户"]["period_start"], ms["六十多户"]["period_end"]) == (dt.date(2023, 7, 1), dt.date(2023, 9, 30))


def test_counters_after_compound_numerals_quarters_shifts_and_over_with_le():
    ms = {m["surface"]: m for m in metrics(
        "我们千方百计推进工作。清运淤泥一千二百多方，补植苗木两千四百余株、四十七车次，配备灭火器二十把，投入机械六十余台班。"
        "连续3个季度处于扩张区间。农户收入都超过了10万元。")}
    assert [ms[s]["unit"] for s in ("一千二百多方", "两千四百余株", "四十七车次", "二十把", "六十余台班", "3个季度")] == [
        "方", "株", "车次", "把", "台班", "个季度"]
    assert ms["10万元"]["qualifier"] == "over" and not any(s.startswith("千") for s in ms)


def test_an_average_altitude_is_a_measure_and_standards_counted_are_no_rule():
    ms = {m["surface"]: m for m in metrics("片区平均海拔1400米以上。海拔500米以上山区有3个乡。“浙江制造”标准达到600项左右。")}
    assert "1400米以上" in ms and "500米以上" not in ms and ms["600项左右"]["kind"] == "actual"


def test_this_years_plan_leading_a_sentence_plans_its_later_clauses_but_what_is_done():
    ms = {m["surface"]: m for m in metrics(
        "今年计划完工学校项目12个，新增学位1.38万个。今年计划完成1500户，截至5月底已开工980户，完工率约41%。"
        "今年计划对不少于200家企业开展评价，单个企业补助最高30万元。")}
    assert [ms[s]["kind"] for s in ("12个", "1.38万个", "1500户", "980户", "41%", "30万元")] == [
        "target", "target", "target", "actual", "actual", "policy"]


def test_a_phase_listed_by_name_within_and_grades_of_land_and_last_years_base():
    ms = {m["surface"]: m for m in metrics(
        "加快洪屏二期、奉新等抽水蓄能电站建设。举办培训班三期。失能评估平均办结时限为15个工作日之内。"
        "大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还。耕地质量平均提高0.6个等别。")}
    assert "二期" not in ms and "三期" in ms
    assert (ms["15个工作日之内"]["value"], ms["15个工作日之内"]["qualifier"]) == (15, "at_most")
    assert ms["30%"]["period_start"] is None and ms["0.6个等别"]["unit"] == "等别"


def test_an_extra_payment_per_head_is_a_rule():
    assert one("对符合条件的人员每人每月另行发放生活补贴300元。", "300元")["kind"] == "policy"


def test_a_normal_years_total_dates_nothing_and_days_of_a_storm_leave_the_subject():
    ms = {m["surface"]: m for m in metrics(
        "2023年7月，全市强降雨量相当于常年全年降水量的1.05倍。5月1日至6月25日全市平均降水量39.7毫米。")}
    assert (ms["1.05倍"]["period_start"], ms["1.05倍"]["period_end"]) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))
    assert ms["39.7毫米"]["subject"] == "平均降水量"


def test_time_limits_a_rule_sets_are_rules_but_not_what_was_done_within_them():
    ms = {m["surface"]: m for m in metrics(
        "有权处理的行政机关应当在15日内决定是否受理，自受理之日起60日内办结。我局在接报后10分钟内启动止付程序。"
        "对新发生的2处滑坡，均在接报后2小时内抵达现场处置。")}
    assert [ms[s]["kind"] for s in ("15日内", "60日内", "10分钟", "2小时")] == ["policy", "policy", "policy", "actual"]


def test_occupying_verbs_and_a_counted_nouns_next_deed_leave_the_subject():
    ms = {m["surface"]: m for m in metrics("全县专任教师中50岁以上教师约占三成。834个行政村明确防汛责任人。")}
    assert ms["三成"]["subject"].endswith("50岁以上教师") and ms["834个"]["subject"] == "行政村"


def test_a_tax_threshold_is_a_rule_and_a_trailing_and_leaves_the_subject_but_not_merged():
    ms = {m["surface"]: m for m in metrics("个体工商户增值税起征点为月销售额5000-20000元。沿线6处设置警示牌并落实专人巡查。全市政务服务热线归并47条。")}
    assert ms["5000-20000元"]["kind"] == "policy"
    assert not ms["6处"]["subject"].endswith("并") and ms["47条"]["subject"].endswith("归并")


def test_shares_of_what_follows_name_it_where_a_verb_of_giving_comes_before():
    ms = {m["surface"]: m for m in metrics(
        "全市民营经济贡献了全市60%以上的地区生产总值、70%以上的税收和80%以上的城镇就业。"
        "省级以上开发区以全市12%的土地面积贡献了全市68%的规上工业产值。探索对低边家庭分摊费用给予50%的减免。")}
    assert [ms[s]["subject"] for s in ("60%以上", "70%以上", "80%以上", "12%", "68%")] == ["地区生产总值", "税收", "城镇就业", "土地面积", "规上工业产值"]
    assert ms["50%"]["subject"].endswith("低边家庭分摊费用")


def test_a_span_of_years_in_a_title_dates_nothing_after_it():
    ms = {m["surface"]: m for m in metrics(
        "我市出台《关于促进夜间经济发展的若干措施（2024—2026年）》，市财政每年安排2亿元专项资金。2024—2026年，市财政每年安排3亿元。")}
    assert ms["2亿元"]["period_start"] is None and (ms["3亿元"]["period_start"], ms["3亿元"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def test_a_plan_of_this_year_by_its_number_plans_its_later_clauses():
    ms = {m["surface"]: m for m in metrics("2024年计划新建学校3所，总投资约4.8亿元，建筑面积约12.6万平方米。2023年计划新建学校5所，实际完成4所。")}
    assert [ms[s]["kind"] for s in ("3所", "4.8亿元", "12.6万平方米", "4所")] == ["target", "target", "target", "actual"]


def test_a_measures_name_ends_before_what_it_is_moved_from_set_at_or_compared_with():
    ms = {m["surface"]: m for m in metrics(
        "小规模纳税人增值税起征点由月销售额10万元提高至15万元。3岁以下婴幼儿照护专项附加扣除标准为每个婴幼儿每月1000元。"
        "全市退税审核平均时长较全省最优地区多0.8天。市级转贷应急资金池规模已由设立之初的5亿元扩大至10亿元。"
        "越城区等6个区、县（市）已将担保费补贴比例提高到实际担保费的50%—80%。")}
    assert [ms[s]["subject"] for s in ("10万元", "15万元", "1000元", "0.8天", "5亿元", "50%—80%")] == [
        "小规模纳税人增值税起征点", "小规模纳税人增值税起征点", "3岁以下婴幼儿照护专项附加扣除标准", "退税审核平均时长",
        "市级转贷应急资金池规模", "担保费补贴比例"]


def test_farm_counters_after_chinese_numerals_and_a_farm_products_price_is_no_rule():
    ms = {m["surface"]: m for m in metrics(
        "全县生猪存栏两万多头，家禽三万羽，防疫五十余万头次，投放鱼苗3亿尾，香菇60余万棒。三头并进。"
        "4月份，仔猪价格回升到350元上下。去年黄精鲜品收购价从16元跌到9元左右。小麦完全成本保险每亩保额从450元提高到950元。")}
    assert [(ms[s]["value"], ms[s]["unit"]) for s in ("两万多头", "三万羽", "五十余万头次", "3亿尾", "60余万棒")] == [
        (20000, "头"), (30000, "羽"), (500000, "头次"), (3e8, "尾"), (600000, "棒")]
    assert not any(s.startswith("三头") for s in ms)
    assert (ms["350元上下"]["kind"], ms["350元上下"]["subject"]) == ("actual", "仔猪价格")
    assert ms["9元左右"]["subject"] == "黄精鲜品收购价"
    assert [ms[s]["kind"] for s in ("450元", "950元")] == ["policy", "policy"]


def test_a_counted_noun_ends_before_where_it_is_or_what_was_done_for_it():
    ms = {m["surface"]: m for m in metrics(
        "全市156所学校周边道路完成改造。为12个县级救治中心配置转运呼吸机。选派30名骨干到国家级医院进修。"
        "全市254家养老机构与周边医疗卫生机构签约。17条拥堵路段逐一制定优化方案。到2027年，全市60岁及以上人口将突破150万人。"
        "偏远山区急救反应时间仍在25分钟以上。8家职务科技成果赋权改革试点单位出成效。由17位省级领导分别联系重点产业链，组建由120名专家组成的服务团。")}
    assert [ms[s]["subject"] for s in ("156所", "12个", "30名", "254家", "17条", "150万人", "25分钟以上")] == [
        "学校", "县级救治中心", "骨干", "养老机构", "拥堵路段", "60岁及以上人口", "偏远山区急救反应时间"]
    assert "试点单位" in ms["8家"]["subject"] and (ms["17位"]["subject"], ms["120名"]["subject"]) == ("省级领导", "专家")


def test_a_rate_keeps_its_first_words_and_a_storms_window_is_no_figure():
    ms = {m["surface"]: m for m in metrics(
        "到2027年，全市跨省异地就医住院费用直接结算率达到85%以上。全县水库防洪标准达到20年一遇24小时暴雨。")}
    assert ms["85%以上"]["subject"] == "跨省异地就医住院费用直接结算率"
    assert "24小时" not in ms


def test_caps_by_a_multiple_or_a_required_share_are_rules_and_a_rate_per_day_keeps_its_day():
    ms = {m["surface"]: m for m in metrics(
        "明确普惠性民办园保教费收费标准不超过同级同类公办园的2倍。骨干教师占交流总数的33.6%，超过省定20%的比例要求。"
        "高峰时段家长接送车辆达5200辆/日。")}
    assert (ms["2倍"]["kind"], ms["20%"]["kind"], ms["33.6%"]["kind"]) == ("policy", "policy", "actual")
    assert ms["5200辆/日"]["unit"] == "辆/日"


def test_what_a_platform_took_in_what_was_recovered_for_whom_and_a_time_moved_from_a_point():
    ms = {m["surface"]: m for m in metrics(
        "截至5月底，“阳光食安”智慧监管平台已接入学校食堂986家。全年为1683名劳动者追回工资2356.8万元。"
        "下一步，我局将把季度数据发布时间由季后25天缩短至季后20天以内。")}
    assert (ms["986家"]["subject"], ms["1683名"]["subject"], ms["25天"]["subject"]) == ("学校食堂", "劳动者", "季度数据发布时间")
    assert ms["25天"]["kind"] == "actual"


def test_a_request_quoted_whole_keeps_its_figure_and_a_village_or_community_keeps_its_bracket():
    ms = {m["surface"]: m for m in metrics(
        "代表建议“将基础养老金提高到每人每月400元”。我市实施“510计划”。全区76个村（社区）建成养老服务站，新增12个建成区。")}
    assert set(ms) == {"400元", "76个", "12个"}
    assert (ms["400元"]["subject"], ms["76个"]["subject"], ms["12个"]["subject"]) == ("基础养老金", "村（社区）", "建成区")


def test_a_year_a_thing_was_built_and_opened_in_dates_nothing_after_it():
    ms = {m["surface"]: m for m in metrics("2023年全市新增企业12家。市级公共实训基地于2022年建成投用，总投资1.8亿元，建筑面积2.6万平方米。全市于2021年建成公园5个。"
                                           "该村道为2019年建成的水泥路，路面宽3.5米左右。")}
    assert [ms[s]["period_start"] for s in ("12家", "1.8亿元", "2.6万平方米", "5个", "3.5米左右")] == [dt.date(2023, 1, 1), None, None, dt.date(2021, 1, 1), None]


def test_a_plan_not_begun_yet_is_no_time_of_what_there_is():
    text = letter("一、基本情况\n目前，“十五五”重大项目储备库已入库项目2160个。力争“十五五”期间新增企业100家。\n",
                  head=HEAD.replace("〔2024〕", "〔2025〕"), tail=TAIL.replace("2024年", "2025年"))
    ms = {m["surface"]: m for m in run(text)["metrics"].to_dicts()}
    assert ms["2160个"]["period_start"] is None and ms["100家"]["period_start"] == dt.date(2026, 1, 1)


def test_pressures_hong_kong_dollars_and_voyages_are_units_and_kilowatts_stay_whole():
    ms = {m["surface"]: m for m in metrics("高峰时段末端水压0.20-0.28兆帕。光伏装机500227千瓦。项目投入3200万港元。全年完成310航次。砖瓦厂3家。")}
    assert [(ms[s]["unit"], ms[s]["unit_family"]) for s in ("0.20-0.28兆帕", "500227千瓦", "3200万港元", "310航次")] == [
        ("兆帕", "pressure"), ("千瓦", "power"), ("港元", "currency"), ("航次", "count")]
    assert ms["3200万港元"]["value"] == 3.2e7 and ms["3家"]["unit"] == "家"


def test_a_time_or_a_distance_inside_a_rates_name_is_no_figure():
    ms = {m["surface"]: m for m in metrics("120急救电话10秒内接听率99.5%，轨道站点周边300米公交接驳率达到95%。新建道路300米，通行率提高。")}
    assert set(ms) == {"99.5%", "95%", "300米"} and ms["99.5%"]["subject"] == "120急救电话10秒内接听率"


def test_a_start_long_ago_and_an_agency_or_a_purse_before_what_it_sets_leave_the_subject():
    ms = {m["surface"]: m for m in metrics("全市指定医疗机构已由最初的1家增加到11家。资金池规模由设立之初的5亿元扩大至10亿元。"
                                           "市场监管局将单个品种审批时限压缩至20个工作日。市财政按保费的50%给予补贴。")}
    assert [ms[s]["subject"] for s in ("1家", "11家", "5亿元", "20个工作日", "50%")] == ["指定医疗机构", "指定医疗机构", "资金池规模", "单个品种审批时限", "保费"]


def test_what_a_plan_builds_on_is_there_already():
    ms = {m["surface"]: m for m in metrics("一、基本情况\n全市共有企业12家。\n二、下一步工作\n下一步，我们将在2家哨点医院基础上，再增设1-2家；在总结3个试点区经验基础上，新增试点5个。\n")}
    assert [ms[s]["kind"] for s in ("2家", "1-2家", "3个", "5个")] == ["actual", "target", "actual", "target"]


def test_an_average_age_from_a_years_is_a_measure():
    ms = {m["surface"]: m for m in metrics("全区人民调解员平均年龄由2021年的56岁下降至48岁。")}
    assert [(ms[s]["value"], ms[s]["subject"]) for s in ("56岁", "48岁")] == [(56, "人民调解员平均年龄"), (48, "人民调解员平均年龄")]


def test_people_counted_by_what_they_are_after_wan():
    ms = {m["surface"]: m for m in metrics("全市带动约60万脱贫人口增收，惠及60万农户，服务3万余残疾人。")}
    assert [(ms[s]["value"], ms[s]["unit"], ms[s]["subject"]) for s in ("60万脱贫人口", "60万农户", "3万余残疾人")] == [
        (600000, "人", "脱贫人口"), (600000, "户", "农户"), (30000, "人", "残疾人")]


def test_a_table_of_payments_by_month_or_day_is_a_rules():
    body = "主要补贴标准如下：\n学历层次    生活补贴（元/月）    购房补贴上限（万元）\n博士    3000    40\n硕士    2000    20\n本科    1000    10\n"
    ms = metrics(body)
    assert {m["kind"] for m in ms if m["unit"] == "元/月"} == {"policy"} and len([m for m in ms if m["unit"] == "元/月"]) == 3


def test_a_service_term_a_rule_requires_and_a_residence_term_it_shortens():
    ms = {m["surface"]: m for m in metrics("定向培养的服务期不少于5年。落户的居住年限要求由3年缩短为2年。")}
    assert [(ms[s]["kind"], ms[s]["subject"]) for s in ("5年", "3年", "2年")] == [
        ("policy", "服务期"), ("policy", "居住年限要求"), ("policy", "居住年限要求")]


def test_a_rank_among_a_districts_streets_and_ranks_handed_out_over_figures_of_their_own():
    ms = metrics("街道综合考评位列全区街道第1。截至2024年底，全省林地面积2496.9万公顷，森林面积2117.3万公顷，森林覆盖率65.04%，"
                 "分别居全国第2位、第2位和第7位。")
    ranks = [(m["value"], m["subject"]) for m in ms if m["kind"] == "rank"]
    assert ranks == [(1, "街道综合考评"), (2, "林地面积"), (2, "森林面积"), (7, "森林覆盖率")]


def test_what_the_counted_did_ends_their_noun_and_names_the_count_after_it():
    ms = {m["surface"]: m for m in metrics("凉山州17个县（市）开通农村客运线路1043条。全市12个乡镇完成改造。")}
    assert [ms[s]["subject"] for s in ("17个", "1043条", "12个")] == ["县（市）", "农村客运线路", "乡镇"]


def test_shares_handed_out_to_payers_and_a_second_list_in_a_sentence():
    ms = metrics("财政补助部分由中央、省、市、县分别承担65%、15%、8%和12%。2020年、2021年全市毛入园率分别为89.6%、91.2%，"
                 "普惠性幼儿园覆盖率分别为81.5%、85.3%。2023年、2024年学生参与率分别为82.6%、88.3%。")
    assert [m["subject"] for m in ms] == ["中央", "省", "市", "县", "毛入园率", "毛入园率", "普惠性幼儿园覆盖率", "普惠性幼儿园覆盖率",
                                          "学生参与率", "学生参与率"]


def test_a_colloquial_year_a_thing_was_built_in_dates_nothing():
    ms = {m["surface"]: m for m in metrics("这条路是2012年前后修的，路面3米宽，全长2.6公里。路灯是2016年装的，共28盏。")}
    assert [ms[s]["period_start"] for s in ("3米", "2.6公里", "28盏")] == [None, None, None]


def test_an_authority_before_the_dui_of_whom_a_rule_pays_leaves_it_a_rule():
    ms = metrics("我市对获得中国专利金奖、银奖的单位分别给予100万元、50万元奖励。")
    assert [m["kind"] for m in ms] == ["policy", "policy"]


def test_a_quarter_after_a_measure_is_its_period_not_its_name_and_a_rate_named_after_its_figure():
    ms = {m["surface"]: m for m in metrics("居民人均消费支出前三季度达到17425元。全市一般公共预算收入完成236.1亿元，增幅较一季度回落2.4个百分点。"
                                           "小规模纳税人适用3%征收率。平均缴费年限较上年同期延长2.1年。")}
    assert [ms[s]["subject"] for s in ("17425元", "2.4个百分点", "3%", "2.1年")] == ["居民人均消费支出", "一般公共预算收入增幅", "征收率", "平均缴费年限"]


def test_shares_of_those_who_said_or_of_a_kind_named_before_de_zhan():
    ms = {m["surface"]: m for m in metrics("调查显示约有62.3%的受访者表示将增加消费支出。新增专项债券中，用于交通基础设施的占28.4%，保障性安居工程占14.6%。")}
    assert [ms[s]["subject"] for s in ("62.3%", "28.4%", "14.6%")] == ["受访者", "用于交通基础设施", "保障性安居工程"]


def test_a_sum_paid_out_is_named_by_its_object_and_a_five_year_plans_end_leaves_the_name():
    ms = {m["surface"]: m for m in metrics("2023年市本级共兑现专精特新类奖励资金5860万元。下一步，力争全市工业设计从业人员在“十五五”期末突破3万人。")}
    assert [ms[s]["subject"] for s in ("5860万元", "3万人")] == ["专精特新类奖励资金", "工业设计从业人员"]


def test_a_time_each_must_have_at_least_is_a_rule():
    ms = {m["surface"]: m for m in metrics("为失能老人提供居家上门服务，每人每月服务时长不少于12小时。中小学生每天校内体育活动时间不少于1小时。")}
    assert [ms[s]["kind"] for s in ("12小时", "1小时")] == ["policy", "policy"]


def test_an_insurances_rate_a_bound_on_whom_a_rule_pays_and_the_classes_after_a_rules_first():
    ms = {m["surface"]: m for m in metrics("每亩保额1200元，费率6%。其中各级财政补贴比例为70%，农户自缴仅30%。家庭农场流转土地50亩以上、期限5年以上的，"
                                           "每亩每年补贴100元。对A类项目给予最高500万元资助，B类300万元、C类100万元。对企业给予贴息50%。")}
    assert [ms[s]["kind"] for s in ("6%", "30%", "50亩以上", "300万元", "100万元", "50%")] == ["policy"] * 6


def test_grades_listed_after_a_national_one_and_the_one_that_was_fastest():
    ms = {m["surface"]: m for m in metrics("累计创建全国青年就业见习示范基地3个、省级12个、市级45个。增速最快的是怀化市，增长5.7%。收到家书5万余封。")}
    assert [ms[s]["subject"] for s in ("12个", "45个", "5.7%")] == ["省级青年就业见习示范基地", "市级青年就业见习示范基地", "怀化市"]
    assert ms["5万余封"]["unit"] == "封"


def test_places_listed_each_with_its_figure_name_them_but_not_a_ranks_scope():
    ms = metrics("截至5月底已开工76个，开工率77.6%，分别为婺城区21个、金东区15个。总量居全省第1位、全国城市第6位。")
    assert [m["subject"] for m in ms if m["unit"] == "个"][1:] == ["婺城区", "金东区"]
    assert [m["subject"] for m in ms if m["kind"] == "rank"][1] != "全国城市"


def test_a_time_limit_a_service_keeps_is_a_rule_and_a_window_inside_a_rates_name_is_no_figure():
    ms = {m["surface"]: m for m in metrics("资料齐全的在5个工作日内完成审核，诉求在24小时内响应。平均3个工作日内办结。退役军人培训后6个月内就业率达到78%左右。")}
    assert [ms[s]["kind"] for s in ("5个工作日", "24小时")] == ["policy", "policy"]
    assert "6个月" not in ms and ms["78%左右"]["subject"].endswith("6个月内就业率")


def test_the_start_of_a_change_told_without_its_time_has_no_period():
    ms = {m["surface"]: m for m in metrics("截至2024年底，人均体育场地面积由2.41平方米提高到3.52平方米。户均年经营收入由2019年的18.6万元增加到2021年的23.4万元。")}
    assert ms["2.41平方米"]["period_end"] is None and ms["3.52平方米"]["period_end"] == dt.date(2024, 12, 31)
    assert ms["18.6万元"]["period_start"] == dt.date(2019, 1, 1)


def test_an_end_point_about_a_total_after_what_was_added_and_a_cap_on_a_share_of_a_base():
    ms = {m["surface"]: m for m in metrics("全市R&D经费投入从2020年的230亿元增长到2023年的约330亿元。今年以来，平台新增注册企业1570家，累计达到6200余家。"
                                           "允许配建不超过总建筑面积15%的商业服务设施。市民满意度由2022年的81.3分提高至86.7分。利用错时共享方式开放机关单位停车场23个。")}
    assert [ms[s]["subject"] for s in ("330亿元", "6200余家", "86.7分", "23个")] == ["R&D经费投入", "平台注册企业", "市民满意度", "机关单位停车场"]
    assert ms["15%"]["kind"] == "policy"


def test_a_phase_of_a_projects_budget_is_no_count_and_more_people_after_wan():
    ms = {m["surface"]: m for m in metrics("项目投资占二期概算的71.5%。全省约312万困难群众纳入保障，带动50多万林农增收。")}
    assert "二期" not in ms and (ms["312万困难群众"]["value"], ms["50多万林农"]["unit"]) == (3120000, "人")


def test_a_payment_named_before_its_amount_a_total_after_new_ones_and_a_distance_narrowed():
    ms = {m["surface"]: m for m in metrics("对每个工作站每年给予工作经费2万元。2021年新认定高新技术企业1286家，总数达到4769家。站点平均间距由12公里缩小到6.2公里。")}
    assert ms["2万元"]["kind"] == "policy"
    assert [ms[s]["subject"] for s in ("4769家", "12公里", "6.2公里")] == ["高新技术企业", "站点平均间距", "站点平均间距"]


def test_a_bound_said_bare_outside_a_plan_is_a_rule_unless_it_is_an_average():
    ms = {m["surface"]: m for m in metrics("学校奖励性绩效工资占绩效工资总量的比例不低于30%。工资收入不低于在编教师平均水平的80%。每班配备教职工不少于2名。"
                                           "要求每周至少提供3次鸡蛋或奶制品。单个主办方年度累计补助不超过200万元。2024年，人均培训时长不少于72学时。")}
    assert [ms[s]["kind"] for s in ("30%", "80%", "2名", "3次", "200万元")] == ["policy"] * 5
    assert ms["72学时"]["kind"] == "actual"


def test_a_quarter_not_over_when_the_letter_was_signed_is_last_years_and_a_base_with_words_before_its_year_dates_nothing():
    ms = {m["surface"]: m for m in metrics("前三季度，全市餐饮收入123.7亿元。上半年，全市社零总额达到500亿元。力争前三季度社零总额达到900亿元。"
                                           "今年学生体质健康优良率较“双减”前的2021年提高9.5个百分点，近视率下降至52.1%。演出当周酒店预订量较平时增长40%。")}
    assert ms["123.7亿元"]["period_start"] == dt.date(2023, 1, 1) and ms["500亿元"]["period_start"] == dt.date(2024, 1, 1)
    assert ms["900亿元"]["period_end"] == dt.date(2024, 9, 30)
    assert [ms[s]["period_start"] for s in ("9.5个百分点", "52.1%")] == [dt.date(2024, 1, 1)] * 2
    assert ms["40%"]["subject"] == "演出当周酒店预订量"


def test_a_whole_word_after_a_preposition_a_class_by_its_ordinal_and_counters_of_beds_and_dams():
    ms = {m["surface"]: m for m in metrics("省级将公办园生均公用经费财政拨款标准由每生每年600元提高至800元。鉴定为三类坝的水库57座。"
                                           "实施大陆引水三期扩容工程。家庭病床结算3186床次，累计完成鉴定346座次。")}
    assert ms["600元"]["subject"] == "公办园生均公用经费财政拨款标准"
    assert "三类" not in ms and "三期" not in ms
    assert (ms["3186床次"]["unit"], ms["346座次"]["unit"]) == ("床次", "座次")


def test_a_coupons_terms_in_quotes_or_without_the_thresholds_unit_are_rules():
    ms = {m["surface"]: m for m in metrics("采取“满300元减100元”“满150元减40元”等方式发放消费券。消费券分为满200减50元、满100减20元两档。")}
    assert [ms[s]["kind"] for s in ("100元", "40元", "50元", "20元")] == ["policy"] * 4


def test_a_year_of_the_paragraph_is_not_a_changes_start():
    ms = {m["surface"]: m for m in metrics("民办园教师持证比例由2020年的6.2%提高到25.3%。全年民办园教师通过评审的有512名。")}
    assert ms["512名"]["period_start"] != dt.date(2020, 1, 1)


def test_a_standards_shares_by_payer_a_raise_for_some_and_an_extra_payment_are_rules():
    ms = {m["surface"]: m for m in metrics("签约服务费标准为每人每年120元，其中医保基金支付70元，基本公共卫生服务经费承担30元，签约居民个人支付20元。"
                                           "省级按核定投资的50%给予补助，对山区县上浮20%。购买燃油车的补贴2000元，购买新能源汽车的另加1000元。县区配套资金到位率为71.5%。")}
    assert [ms[s]["kind"] for s in ("70元", "30元", "20元", "20%", "1000元")] == ["policy"] * 5
    assert ms["71.5%"]["kind"] == "actual"


def test_what_works_will_bring_and_what_is_left_to_do_are_targets_and_a_plans_figure_a_share_is_of():
    ms = {m["surface"]: m for m in metrics("已完工36座，其余24座将在年底前全部完工。全部整治完成后，市区内涝积水面积可减少约70%，受益群众约26万人。"
                                           "今年已开工改造63个，占年度计划98个的64.3%。完成省下达年度任务（300部）的134%。")}
    assert [ms[s]["kind"] for s in ("24座", "70%", "26万人", "98个", "300部")] == ["target"] * 5
    assert [ms[s]["kind"] for s in ("36座", "64.3%", "134%")] == ["actual"] * 3
    assert ms["24座"]["subject"] == "其余"


def test_a_threshold_inside_a_shares_name_is_no_figure_and_the_largest_seen_is_no_cap():
    ms = {m["surface"]: m for m in metrics("小学生每天睡眠时间达到10小时的比例为81.3%。最高的每亩获赔520元。每户最高补助5000元。")}
    assert "10小时" not in ms and ms["81.3%"]["subject"].endswith("10小时的比例")
    assert (ms["520元"]["kind"], ms["520元"]["qualifier"]) == ("actual", "exact")
    assert (ms["5000元"]["kind"], ms["5000元"]["qualifier"]) == ("policy", "at_most")


def test_each_year_since_a_year_a_standards_limit_in_brackets_and_a_score_dated_at_both_ends():
    ms = {m["surface"]: m for m in metrics("自2023年起，市级财政每年安排夜间经济发展专项资金2000万元。总磷浓度仍高于湖库Ⅲ类标准限值（0.05毫克/升）。"
                                           "居民满意度由2022年的86.5分提高至2024年的92.3分。")}
    assert (ms["2000万元"]["period_start"], ms["2000万元"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2024, 12, 31))
    assert ms["0.05毫克/升"]["kind"] == "policy"
    assert ms["92.3分"]["period_start"] == dt.date(2024, 1, 1)


def test_a_tax_rate_named_after_its_figure_a_share_short_of_a_base_and_a_payback_period():
    ms = {m["surface"]: m for m in metrics("高新技术企业享受15%优惠税率。营收超10亿元的企业9家，不足总数的11%。智改数转项目平均投资回收期为3.2年。")}
    assert (ms["15%"]["kind"], ms["15%"]["subject"]) == ("policy", "优惠税率")
    assert ms["11%"]["qualifier"] == "at_most"
    assert (ms["3.2年"]["kind"], ms["3.2年"]["subject"]) == ("actual", "智改数转项目平均投资回收期")


def test_a_margin_over_a_goal_a_named_time_limit_and_a_standards_old_amount_from_a_date_on():
    ms = {m["surface"]: m for m in metrics("特困人员集中供养率达到92.6%，高出省定目标32.6个百分点。社会救助审核确认时限由20个工作日压缩至10个工作日以内。"
                                           "自2024年7月1日起，全市城乡低保标准由每人每月1120元提高到1185元。")}
    assert ms["32.6个百分点"]["kind"] == "actual"
    assert [ms[s]["kind"] for s in ("20个工作日", "10个工作日以内")] == ["policy", "policy"]
    assert ms["1120元"]["period_end"] is None and ms["1185元"]["period_start"] == dt.date(2024, 7, 1)


def test_rates_per_ten_thousand_injections_and_a_named_hotline():
    ms = {m["surface"]: m for m in metrics("2024年全县出生缺陷发生率为112.6/万，较2020年下降15.4%。全年注射1950针次。开通24小时心理援助热线。"
                                           "藏品数字化率仅为27.5%，与全省平均水平相差近9个百分点。运动健康指导站扩大到60个。")}
    assert (ms["112.6/万"]["unit"], ms["15.4%"]["subject"]) == ("/万", "出生缺陷发生率")
    assert ms["1950针次"]["unit"] == "针次" and "24小时" not in ms
    assert (ms["9个百分点"]["subject"], ms["60个"]["subject"]) == ("藏品数字化率", "运动健康指导站")


def test_a_share_in_cheng_names_who_acts_and_a_rules_amount_is_not_dated_by_a_years_work_before_it():
    ms = {m["surface"]: m for m in metrics("单个项目平均投入860万元，约有三成企业因投资回报周期较长而持观望态度。"
                                           "全年组织送戏进万村演出1180场，每场演出市级补助标准为6000元。今年每人每月补助500元。")}
    assert ms["三成"]["subject"] == "企业"
    assert ms["6000元"]["period_end"] is None and ms["1180场"]["period_end"] is not None
    assert ms["500元"]["period_start"] == dt.date(2024, 1, 1)


def test_a_rules_tiers_after_its_colon_its_float_and_a_fee_tiers_amount_is_no_figure():
    ms = {m["surface"]: m for m in metrics("按等级给予培训补贴：初级工800元、中级工1200元。存储比例下浮50%。对紧缺专业本科生上浮20%。"
                                           "政府对200元档次补贴不低于30元，选择1000元及以上缴费档次的参保人员占比为11.4%。对博士研究生最多资助2年。")}
    assert [ms[s]["kind"] for s in ("800元", "1200元", "50%", "20%", "30元")] == ["policy"] * 5
    assert "200元" not in ms and "1000元及以上" not in ms
    assert (ms["2年"]["kind"], ms["2年"]["qualifier"], ms["2年"]["subject"]) == ("policy", "at_most", "博士研究生")


def test_a_requirements_bound_a_surcharge_a_deduction_and_a_bans_time_are_rules():
    ms = {m["surface"]: m for m in metrics("我局要求每个农贸市场至少设置2台公平秤，要求日供餐量超过3000份的，配备专职食品安全总监。"
                                           "超过50%的部分加价2倍。对连续两次不合格的保洁单位扣减当月服务费的10%。6个月内不得申请进入疏导点经营。")}
    assert [ms[s]["kind"] for s in ("2台", "3000份", "50%", "2倍", "10%", "6个月")] == ["policy"] * 6
    assert ms["3000份"]["subject"] == "日供餐量"


def test_items_listed_then_counted_a_group_picked_by_size_and_a_rank_in_tens():
    ms = {m["surface"]: m for m in metrics("住宿餐饮、批发零售、居民服务业三个行业补发金额占比分别为37.8%、21.5%和16.2%。经两家单位共同研究，"
                                           "针对投诉量前10位的经营者开展约谈。知识产权保护工作进入全国地级市前二十。力争15秒接通率稳定在95%以上。")}
    assert "三个" not in ms and "两家" not in ms and "前10位" not in ms and "15秒" not in ms
    assert (ms["进入全国地级市前二十"]["value"], ms["95%以上"]["subject"]) == (20.0, "15秒接通率")


def test_a_rate_of_a_base_names_the_base_and_a_per_item_payment_its_recipient():
    ms = {m["surface"]: m for m in metrics("按当地最低工资标准的80%给予见习单位见习补贴，按交易额的10%给予奖励。"
                                           "对市级示范小区每个奖励1—2万元。对新授权的国内发明专利，每件资助3000元。全省基础养老金月人均达到2865元。")}
    assert (ms["80%"]["subject"], ms["10%"]["subject"]) == ("当地最低工资标准", "交易额")
    assert ms["1—2万元"]["subject"] == "市级示范小区" and ms["3000元"]["kind"] == "policy"
    assert ms["2865元"]["subject"] == "基础养老金月人均"


def test_a_class_by_its_build_year_dates_nothing_and_compute_and_per_head_units():
    ms = {m["surface"]: m for m in metrics("2021年以后新建的公厕，女性排队时间缩短到3分钟左右。计算资源6800核vCPU，约1200万核时。"
                                           "人均公园绿地面积15.8平方米/人。建设3核心区。")}
    assert ms["3分钟左右"]["period_start"] is None
    assert (ms["6800核vCPU"]["unit"], ms["1200万核时"]["unit"], ms["15.8平方米/人"]["unit"]) == ("核", "核时", "平方米/人")
    assert "3核" not in ms


def test_a_penaltys_threshold_a_speed_limit_changed_and_a_rate_set_for_all_are_rules_a_peak_no_rules():
    ms = {m["surface"]: m for m in metrics("超速20%以上未达50%的，罚款200元、记3分。限速由60公里/小时调整为50公里/小时。"
                                           "履约保证金比例统一降至合同金额的2.5%以下。按未兑付金额的10%扣减下年度转移支付。单笔冻结金额最高达680万元。车龄普遍在8年以上。")}
    assert [ms[s]["kind"] for s in ("20%以上", "50%", "60公里/小时", "50公里/小时", "2.5%以下", "10%")] == ["policy"] * 6
    assert (ms["680万元"]["kind"], ms["680万元"]["qualifier"]) == ("actual", "at_most")
    assert (ms["8年以上"]["kind"], ms["8年以上"]["qualifier"], ms["8年以上"]["subject"]) == ("actual", "at_least", "车龄")


def test_this_year_after_a_dated_months_end_runs_to_it():
    ms = {m["surface"]: m for m in metrics("截至2024年6月底，今年已发行新增专项债券112.7亿元。")}
    assert (ms["112.7亿元"]["period_start"], ms["112.7亿元"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_a_second_groups_rule_change_a_cap_on_a_share_of_a_whole_and_a_surcharge_per_item_are_rules():
    ms = {m["surface"]: m for m in metrics("硕士研究生每月补贴由1500元提高至2000元，博士研究生由2500元提高至3500元。"
                                           "入市地块面积不超过3亩且不超过项目总用地10%的，可按规定办理。每增加一本证书加收工本费10元。")}
    assert [ms[s]["kind"] for s in ("2500元", "3500元", "10%", "10元")] == ["policy"] * 4
    assert ms["10%"]["qualifier"] == "at_most"


def test_a_trading_price_and_an_average_price_are_no_rules_and_a_plans_count_before_its_colon_is_no_figure():
    ms = {m["surface"]: m for m in metrics("县域内节余指标交易价格一般在每亩30万元至50万元之间。平均楼面地价每平方米11860元。"
                                           "基准地价每平方米3000元。")}
    assert [ms[s]["kind"] for s in ("30万元至50万元", "11860元", "3000元")] == ["actual", "actual", "policy"]
    assert [m["surface"] for m in metrics("全市新建公园12个。下步，我们将重点做好三件事：")] == ["12个"]


def test_a_quarters_end_is_a_point():
    ms = {m["surface"]: m for m in metrics("一季度末，个体工商户开业率为87.9%。上半年，全市新增企业120家。")}
    assert (ms["87.9%"]["period_start"], ms["87.9%"]["period_end"]) == (None, dt.date(2024, 3, 31))
    assert ms["120家"]["period_start"] == dt.date(2024, 1, 1)


def test_a_share_of_a_plan_and_the_change_after_it_measure_what_was_done():
    ms = {m["surface"]: m for m in metrics("今年1—5月，全市城镇新增就业2.86万人，完成年度目标任务的57.2%，同比增长4.3%。")}
    assert (ms["57.2%"]["subject"], ms["4.3%"]["subject"]) == ("城镇新增就业", "城镇新增就业")


def test_a_count_of_places_before_a_rate_names_the_places():
    ms = {m["surface"]: m for m in metrics("全市128个乡镇（街道）应急物资储备点标准化达标率达92.2%。")}
    assert ms["128个"]["subject"] == "乡镇（街道）"


def test_a_staffing_standard_names_whom_it_provides_and_each_listed_threshold_is_a_rules():
    ms = {m["surface"]: m for m in metrics("按照每个镇（街道）不少于5名的标准配备专职人员。"
                                           "对200万元以下的货物和服务采购项目、400万元以下的工程采购项目，预留份额提高至40%以上。")}
    assert ms["5名"]["subject"] == "专职人员"
    assert [ms[s]["kind"] for s in ("200万元以下", "400万元以下")] == ["policy", "policy"]


def test_a_total_said_with_gongji_a_share_of_a_whole_said_with_yuezhan_and_dayue_leave_the_subject():
    ms = {m["surface"]: m for m in metrics("共计发放康复救助资金4630万元。普惠性托位约占总托位的六成。这部分残疾人全县大约有640人。投放人工鱼礁2.4万空方。")}
    assert (ms["4630万元"]["subject"], ms["六成"]["subject"]) == ("发放康复救助资金", "普惠性托位")
    assert "大" not in ms["640人"]["subject"] and ms["640人"]["qualifier"] == "approx"
    assert ms["2.4万空方"]["unit"] == "空方"


def test_an_agency_before_whom_a_rule_pays_and_the_year_a_share_is_of():
    ms = {m["surface"]: m for m in metrics("团市委对吸纳实习生10人以上的中小企业再按每人每月500元给予补助。冬春季节降水量仅占全年的25%左右。")}
    assert ms["10人以上"]["kind"] == "policy"
    assert ms["25%左右"]["period_start"] is None


def test_months_from_last_year_into_this_one_make_one_period_and_leave_the_subject():
    ms = {m["surface"]: m for m in metrics("去年11月至今年2月带动民宿预订量1.8万间夜，同比增长36%。")}
    assert (ms["1.8万间夜"]["period_start"], ms["1.8万间夜"]["period_end"]) == (dt.date(2023, 11, 1), dt.date(2024, 2, 29))
    assert ms["1.8万间夜"]["period_text"] == "去年11月至今年2月"
    assert (ms["1.8万间夜"]["subject"], ms["36%"]["subject"]) == ("民宿预订量", "民宿预订量")


def test_a_years_whole_work_before_its_verb_thirds_of_months_and_a_span_from_one_are_dated():
    ms = {m["surface"]: m for m in metrics("2023年全年发布各类预警信号386期。其中6月中下旬，最大累计雨量486.2毫米。"
                                           "2022年7月中旬至10月遭遇夏秋连旱，受旱面积12万亩。")}
    assert (ms["386期"]["period_start"], ms["386期"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert (ms["486.2毫米"]["period_start"], ms["486.2毫米"]["period_end"]) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert (ms["12万亩"]["period_start"], ms["12万亩"]["period_end"]) == (dt.date(2022, 7, 1), dt.date(2022, 10, 31))


def test_a_year_and_what_began_in_it_runs_to_the_letters_year():
    m = one("2021年我市列入全国公共供水管网漏损治理重点城市以来，累计投入漏损治理资金4.7亿元。", "4.7亿元")
    assert (m["period_start"], m["period_end"]) == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))


def test_the_late_time_phrases_leave_the_first_passs_whole_phrases_and_records_alone():
    ms = {m["surface"]: m for m in metrics("自2019年启动既有住宅加装电梯工作以来，累计加装电梯1286部。2023年2月下旬，作业区平均降水量偏多22%。"
                                           "1998年特大洪水以来最大洪峰流量5200立方米每秒。")}
    assert ms["1286部"]["period_text"] == "自2019年启动既有住宅加装电梯工作以来"
    assert (ms["22%"]["period_text"], ms["22%"]["period_start"]) == ("2023年2月下旬", dt.date(2023, 2, 1))
    # (a record since a year is no span up to the letter's year)
    assert ms["5200立方米每秒"]["period_end"] != dt.date(2024, 12, 31)


def test_a_holidays_length_is_no_figure_and_a_price_against_a_time_floats_no_rule():
    ms = {m["surface"]: m for m in metrics("“五一”假期5天，全区接待游客186.4万人次。旺季民宿房价较平日上浮30%—50%。"
                                           "对紧缺专业本科生上浮20%。")}
    assert "5天" not in ms
    assert (ms["30%—50%"]["kind"], ms["20%"]["kind"]) == ("actual", "policy")


def test_multiples_limits_terms_and_draws_a_rule_sets_are_rules():
    ms = {m["surface"]: m for m in metrics(
        "房票面额按补偿金额的1.15倍计算。月缴存基数上限为上年度全市城镇非私营单位在岗职工月平均工资的3倍。房票有效期12个月。"
        "新就业大学生可免租入住6个月。职工每季度可提取1次。重度失能一级、二级人员每日支付标准分别为40元、50元。"
        "按服役年限每满1年加发2000元地方经济补助。按常住人口486万人计算。今年上半年发行再融资债券28.6亿元，平均期限7.2年。")}
    assert [ms[s]["kind"] for s in ("1.15倍", "3倍", "12个月", "6个月", "1次", "40元", "50元", "2000元")] == ["policy"] * 8
    assert ms["3倍"]["period_start"] is None
    assert (ms["486万人"]["kind"], ms["7.2年"]["kind"]) == ("actual", "actual")


def test_a_comparisons_base_a_changes_start_and_a_rules_base_leave_the_subject():
    ms = {m["surface"]: m for m in metrics(
        "参与商户月均营业额较发放前提升约18%。作业区降水量较对比区平均增加12%—18%。冠脉支架由均价1.3万元左右降至700元左右。"
        "参与活动商户由第一轮的326家增至第三轮的512家。房票面额按补偿金额的1.15倍计算。财政按贷款合同利率的50%给予贴息。"
        "个人住房按揭贷款余额12亿元。城乡老年居民按月领取养老金1078.3万名。")}
    assert [ms[s]["subject"] for s in ("18%", "12%—18%", "1.3万元左右", "326家", "1.15倍", "50%", "12亿元")] == [
        "参与商户月均营业额", "作业区降水量", "冠脉支架", "参与活动商户", "房票面额", "贷款合同利率", "个人住房按揭贷款余额"]
    assert ms["1078.3万名"]["subject"].startswith("城乡老年居民按月")


def test_a_ceilings_amounts_for_several_and_its_change_are_at_most():
    ms = {m["surface"]: m for m in metrics("年度最高支付限额分别为8000元和10000元。最高可贷额度由50万元提高至60万元。")}
    assert [ms[s]["qualifier"] for s in ("8000元", "10000元", "50万元", "60万元")] == ["at_most"] * 4


def test_bands_a_payment_is_by_a_time_a_condition_is_within_a_class_a_bound_draws_and_a_base_set_are_rules():
    ms = {m["surface"]: m for m in metrics(
        "大病保险0—10万元（含）部分报销60%，10万元以上部分报销70%。新生儿出生90日内参保的，自出生之日起享受待遇。"
        "将可支付月数低于6个月的统筹区列为红色预警。以中选价格的1.5倍为支付标准。认定结果有效期由1年延长至3年。"
        "均在接报后2小时内抵达的，占95%。轮候时间缩短至4.5年。")}
    assert [ms[s]["kind"] for s in ("0—10万元（含）", "10万元以上", "90日内", "6个月", "1.5倍", "3年")] == ["policy"] * 6
    assert ms["3年"]["subject"] == "认定结果有效期"
    assert (ms["2小时"]["kind"], ms["4.5年"]["kind"]) == ("actual", "actual")


def test_a_tiers_bounds_a_standard_for_each_group_and_a_penaltys_threshold_are_rules():
    ms = {m["surface"]: m for m in metrics(
        "第一阶梯为年用水量180立方米以下（含），水价3.2元/立方米；第二阶梯为181—260立方米；第三阶梯为260立方米以上。"
        "污水处理费征收标准为居民0.95元/立方米、非居民1.40元/立方米。考核得分低于80分的，每低1分扣减当月服务费的1%。"
        "将全市法律援助经济困难标准由当地最低生活保障标准的1.5倍调整为2倍。")}
    assert [ms[s]["kind"] for s in ("180立方米以下", "181—260立方米", "260立方米以上", "0.95元/立方米", "1.40元/立方米", "80分", "1.5倍")] == ["policy"] * 7


def test_built_up_areas_a_proposers_request_a_share_after_a_per_head_base_and_verbs_of_having_leave_the_subject_right():
    ms = {m["surface"]: m for m in metrics(
        "城市建成区海绵城市达标面积比例达到50%以上。贵会建议将第一阶梯水量由180立方米提高至216立方米。"
        "居民年均水费支出约占人均可支配收入的0.58%。全市供销系统建有冷藏保鲜设施214个。县级储备库存有帐篷1350顶。"
        "全年审核合同和村规民约2100余份。力争今年底接管率提高到85%以上。2024年初将热线坐席由6个增加到10个。")}
    assert [ms[s]["subject"] for s in ("50%以上", "216立方米", "0.58%", "214个", "1350顶", "85%以上", "10个")] == [
        "城市建成区海绵城市达标面积比例", "第一阶梯水量", "居民年均水费支出", "冷藏保鲜设施", "帐篷", "接管率", "热线坐席"]
    assert ms["2100余份"]["subject"].endswith("村规民约")


def test_a_sum_after_a_super_deduction_a_reach_past_a_bound_a_quoted_cue_and_a_groups_size_are_no_rules_or_goals():
    ms = {m["surface"]: m for m in metrics(
        "惠及经营主体超过95万户次，其中民营经济纳税人享受金额占比保持在85%以上。先进制造业企业享受加计抵减8.36亿元。"
        "月销售额未超过10万元的，免征增值税。“三个确保”落实率达到100%。全市律师事务所中，规模在50人以上的仅有4家，30人以下的小所占86.6%。")}
    assert [ms[s]["kind"] for s in ("95万户次", "8.36亿元", "10万元", "100%")] == ["actual", "actual", "policy", "actual"]
    assert "50人以上" not in ms and "30人以下" not in ms and "4家" in ms
    assert [m["surface"] for m in metrics("下一步，两家单位将进一步加强协作。")] == []


# --- round 109 -------------------------------------------------------------------------

def test_months_since_a_month_and_what_began_in_it_until_now_and_from_a_years_month_into_this_one():
    ms = {m["surface"]: m for m in metrics("自2023年3月启动“温享消费”系列活动以来，累计投入财政资金2.86亿元。2023年7月至今，共引进品牌首店136家。"
                                           "2022年9月至今年2月，新增企业320家。\n明码标价规范率由去年初的76%提高到98.5%。")}
    assert (ms["2.86亿元"]["period_start"], ms["2.86亿元"]["period_end"]) == (dt.date(2023, 3, 1), dt.date(2024, 12, 31))
    assert (ms["136家"]["period_start"], ms["136家"]["period_end"]) == (dt.date(2023, 7, 1), dt.date(2024, 12, 31))
    assert (ms["320家"]["period_start"], ms["320家"]["period_end"]) == (dt.date(2022, 9, 1), dt.date(2024, 2, 29))
    # (a year's start is a point in time; the end of the change is not of it)
    assert (ms["76%"]["period_start"], ms["76%"]["period_end"]) == (None, dt.date(2023, 1, 1))
    assert ms["98.5%"]["period_end"] is None


def test_a_year_going_on_to_this_years_month_and_a_start_that_is_no_years_start():
    ms = {m["surface"]: m for m in metrics("2023年7月至今年6月，新增企业320家。今年初步建成站点12个。")}
    assert (ms["320家"]["period_start"], ms["320家"]["period_end"]) == (dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    assert ms["12个"]["period_text"] == "今年"


def test_a_bound_that_picks_the_things_counted_after_it_is_no_figure():
    ms = {m["surface"]: m for m in metrics(
        "其中年出口额超1亿美元的企业23家。其中，展览面积1万平方米以上的展会达38场。累计引进总投资1亿美元以上外资项目42个。"
        "使用年限15年以上的老旧电梯214台。全县仍有运行负荷率低于60%的设施38座。")}
    assert set(ms) == {"23家", "38场", "42个", "214台", "38座"}


def test_a_bound_before_a_rule_or_a_term_stays():
    ms = {m["surface"]: m for m in metrics("单个学员预收费不得超过60课时或3个月，且金额不得超过5000元。对年销售额超1000万元的企业给予奖励50万元。")}
    assert {"60课时", "3个月", "5000元", "1000万元", "50万元"} <= set(ms)


def test_an_ages_fall_and_a_scores_end_far_from_its_name_are_read():
    ms = {m["surface"]: m for m in metrics("全市消防车辆平均车龄由2020年的9.6年下降至6.8年，装备完好率保持在95%以上。"
                                           "全县电梯维保质量考评得分由2022年的82.6分提高至目前的89.4分。")}
    assert (ms["9.6年"]["value"], ms["9.6年"]["kind"], ms["9.6年"]["period_start"]) == (9.6, "actual", dt.date(2020, 1, 1))
    assert (ms["6.8年"]["value"], ms["6.8年"]["kind"], ms["6.8年"]["subject"]) == (6.8, "actual", "消防车辆平均车龄")
    # (the change's start dates the first number after it only)
    assert ms["95%以上"]["period_start"] is None
    assert ms["89.4分"]["subject"] == "电梯维保质量考评得分"


def test_a_fall_by_its_share_is_named_by_what_fell_and_a_kept_first_place_is_a_rank():
    ms = {m["surface"]: m for m in metrics("全市地质灾害隐患点由2020年底的97处减少至目前的59处，减幅39.2%。全市森林覆盖率68.2%，连续45年保持全国首位。")}
    assert ms["39.2%"]["subject"] == "地质灾害隐患点"
    assert (ms["保持全国首位"]["value"], ms["保持全国首位"]["kind"], ms["保持全国首位"]["subject"]) == (1, "rank", "森林覆盖率")


def test_densities_and_hours_per_head_keep_their_denominator():
    ms = {m["surface"]: m for m in metrics("站网密度达到12.4个/百平方公里。林区防火道路密度达到2.8米/公顷。线上学时不少于30学时/人。")}
    assert [(ms[s]["unit"], ms[s]["unit_family"]) for s in ("12.4个/百平方公里", "2.8米/公顷", "30学时/人")] == [
        ("个/百平方公里", "count"), ("米/公顷", "length"), ("学时/人", "count")]


def test_a_wage_per_month_recipients_counted_a_free_stay_a_filing_limit_a_halfs_plan_and_what_a_build_adds():
    ms = {m["surface"]: m for m in metrics(
        "全市政府专职消防员平均工资由2021年的每月5200元提高到目前的每月6800元。2024年共补助21支，金额105万元。"
        "一类区域首15分钟内驶离的免费。备案时限由5个工作日压缩至2个工作日。今年上半年计划组团出访45批次。二期建成后新增室内展览面积8万平方米。")}
    assert [ms[s]["kind"] for s in ("5200元", "6800元", "21支", "15分钟", "5个工作日", "2个工作日", "45批次", "8万平方米")] == [
        "actual", "actual", "actual", "policy", "policy", "policy", "target", "target"]


def test_the_last_years_up_to_a_date_named_before_them_end_that_dates_year():
    ms = {m["surface"]: m for m in metrics("截至2023年12月底，全省近5年批而未供土地处置率为67.4%。近三年，全市新增企业3000家。")}
    assert (ms["67.4%"]["period_start"], ms["67.4%"]["period_end"]) == (dt.date(2019, 1, 1), dt.date(2023, 12, 31))
    assert (ms["3000家"]["period_start"], ms["3000家"]["period_end"]) == (dt.date(2022, 1, 1), dt.date(2024, 12, 31))


def test_months_before_a_terms_end_are_a_time_not_the_years_first_months():
    ms = {m["surface"]: m for m in metrics("药品类物资在有效期届满前3个月完成更新。\n前3个月，新增企业10家。")}
    assert (ms["3个月"]["value"], ms["3个月"]["period_start"]) == (3, None)
    assert (ms["10家"]["period_start"], ms["10家"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))


def test_a_next_step_inside_an_item_of_what_was_done_is_a_plan():
    ms = {m["surface"]: m for m in metrics(
        "1.基本情况。全县在用电梯2387台。\n2.关于培训制度的建议。我局今年已组织培训班5期，培训342人次。"
        "下一步将每年培训不少于300人次，实现住宅小区电梯安全管理员持证上岗率达到100%。\n3.维保价格。开展维保价格调查。\n"
        "下步，我局将重点做好以下工作：1.年内完成全县住宅电梯安全评估。2.推进老旧电梯更新改造50台。")}
    assert [ms[s]["kind"] for s in ("342人次", "300人次", "100%", "50台")] == ["actual", "target", "target", "target"]
    assert ms["300人次"]["subject"] == "培训"


def test_blood_by_its_units_a_quarters_end_before_its_noun_a_fees_cap_and_free_or_half_price_times():
    ms = {m["surface"]: m for m in metrics(
        "采集全血26.4万单位，同比增长6.8%。\n一季度末农户信用贷款余额312.6亿元。\n24小时内最高收费60元。各类区域停放15分钟以内的免费。"
        "新能源汽车在路内泊位停放首1小时减半收费。")}
    assert (ms["26.4万单位"]["value"], ms["26.4万单位"]["unit"], ms["26.4万单位"]["subject"]) == (264000, "单位", "采集全血")
    assert (ms["312.6亿元"]["subject"], ms["312.6亿元"]["period_end"]) == ("农户信用贷款余额", dt.date(2024, 3, 31))
    assert (ms["60元"]["kind"], ms["60元"]["qualifier"]) == ("policy", "at_most")
    assert [ms[s]["kind"] for s in ("15分钟以内", "1小时")] == ["policy", "policy"]


def test_quarters_counted_in_words_jiang_as_ba_in_a_past_report_and_what_a_plan_item_reports_done():
    ms = {m["surface"]: m for m in metrics(
        "对连续两个季度贷款户数负增长的银行下发了提示函。\n2023年4月，市残联印发《办法》，将补贴目录由78项扩展到126项。我局已将定点机构扩大到40家。\n"
        "二、下一步工作\n一是推进养老服务。今年已争取中央预算内投资850万元，计划新建助餐点30个。今年已组织帮代办员培训2期。\n")}
    assert (ms["两个季度"]["value"], ms["两个季度"]["unit"], ms["两个季度"]["unit_family"]) == (2, "个季度", "duration")
    assert [ms[s]["kind"] for s in ("126项", "40家", "850万元", "30个", "2期")] == ["actual", "actual", "actual", "target", "actual"]


def test_a_verb_after_fenbie_leaves_the_subject():
    assert one("今年一季度、上半年，农户贷款分别新增8.9亿元和19.7亿元。", "8.9亿元")["subject"] == "农户贷款"


def test_a_race_time_in_hours_minutes_and_hundredths_is_one_mention_and_a_race_by_its_distance_no_figure():
    ms = metrics("男子1000米跑平均成绩3分58秒。男子400米冠军成绩为49秒82，女子组1500米冠军成绩为4分52秒3。"
                 "全程男子冠军成绩为2小时09分18秒。新建健身步道1200米。")
    assert [(m["surface"], m["value"], m["unit"]) for m in ms] == [
        ("3分58秒", 238, "秒"), ("49秒82", 49.82, "秒"), ("4分52秒3", 292.3, "秒"), ("2小时09分18秒", 7758, "秒"), ("1200米", 1200, "米")]


def test_a_minus_sign_inside_a_list_of_rates_is_read():
    ms = {m["surface"]: m for m in metrics("对美国、欧盟、日本三大传统市场出口分别增长2.1%、-1.4%和3.6%。")}
    assert [ms[s]["value"] for s in ("2.1%", "-1.4%", "3.6%")] == [2.1, -1.4, 3.6]


def test_quarters_that_break_down_a_years_figure_after_a_semicolon_are_of_that_year():
    ms = {m["surface"]: m for m in metrics("2024年新办理外国人来华工作许可1387件，同比增长14.9%；其中一季度408件、二季度362件、三季度311件。",
                                           tail=TAIL.replace("2024年6月1日", "2025年6月20日"))}
    assert [ms[s]["period_start"] for s in ("408件", "362件", "311件")] == [dt.date(2024, 1, 1), dt.date(2024, 4, 1), dt.date(2024, 7, 1)]


def test_a_rate_per_head_paid_out_in_a_year_and_its_raise_from_a_date_are_rules_what_a_plan_finds_left_is_done():
    ms = {m["surface"]: m for m in metrics(
        "2024年，落实烈士遗属定期抚恤金每人每年3.36万元。对困难归侨每人每月发放生活补助380元，2024年7月起提高至420元。"
        "2023年，全市发放补贴每人每月平均300元。\n二、下一步工作\n全市尚有未改造老旧小区约210个，我们将力争2025年底前完成改造150个。")}
    assert [ms[s]["kind"] for s in ("3.36万元", "380元", "420元", "300元", "210个", "150个")] == [
        "policy", "policy", "policy", "actual", "actual", "target"]


def test_a_long_subject_is_cut_after_anzhao_whole_and_at_what_is_fitted():
    ms = {m["surface"]: m for m in metrics(
        "对储能项目按照储能容量每千瓦时补助200元。整改率100%；为老年人家庭免费加装燃气泄漏报警器1.8万台。其中4人入选全省退役军人创业创新大赛前十强。")}
    assert ms["200元"]["subject"] == "储能容量每千瓦时补助"
    assert ms["1.8万台"]["subject"] == "燃气泄漏报警器"
    assert (ms["入选全省退役军人创业创新大赛前十强"]["value"], ms["入选全省退役军人创业创新大赛前十强"]["qualifier"]) == (10, "at_most")


def test_a_ratio_written_with_a_colon_after_its_name_is_its_quotient():
    ms = metrics("中小学师生比分别达到1:16.8和1:12.5。车桩比约为2.6:1，力争车桩比2:1以内。普职比由2020年的55:45调整为58:42。"
                 "按照中央财政支持资金1:1比例给予配套。比例尺1:5万地形图。会议于9:30开始，比分3:1。")
    assert [(m["surface"], m["value"], m["unit"], m["unit_family"], m["qualifier"]) for m in ms] == [
        ("1:16.8", 0.0595, "比", "ratio", "exact"), ("1:12.5", 0.08, "比", "ratio", "exact"), ("2.6:1", 2.6, "比", "ratio", "approx"),
        ("2:1以内", 2.0, "比", "ratio", "at_most"), ("55:45", 1.2222, "比", "ratio", "exact"), ("58:42", 1.381, "比", "ratio", "exact"),
        ("1:1", 1.0, "比", "ratio", "exact")]
    assert [ms[i]["subject"] for i in (0, 2, 4)] == ["中小学师生比", "车桩比", "普职比"]
    assert ms[-1]["kind"] == "policy"


def test_scores_named_by_an_assessment_a_weight_or_the_score_before_them():
    ms = {m["surface"]: m for m in metrics("其中过程性评价10分、现场测试40分。对归侨子女中考加10分、5分投档。权重占3分。9时30分、10时15分各发车一次。")}
    assert sorted(ms) == ["10分", "3分", "40分", "5分"]
    assert [ms[s]["subject"] for s in ("40分", "3分")] == ["现场测试", "权重"]


def test_machines_named_chao_are_no_over_a_tiers_bounds_are_rules_and_places_counted_before_a_shared_measure_go():
    ms = {m["surface"]: m for m in metrics(
        "为卫生院配备CT 5台、彩超16台、B超8台。第一档年用电量2760千瓦时及以内，第三档超过4800千瓦时部分执行0.838元/千瓦时。"
        "鹿城、龙湾、瓯海三区开放率分别为97.1%、95.6%、93.8%。")}
    assert [(ms[s]["qualifier"], ms[s]["subject"]) for s in ("16台", "8台")] == [("exact", "彩超"), ("exact", "B超")]
    assert [(ms[s]["kind"], ms[s]["qualifier"]) for s in ("2760千瓦时及以内", "4800千瓦时")] == [("policy", "at_most"), ("policy", "over")]
    assert [ms[s]["subject"] for s in ("97.1%", "95.6%", "93.8%")] == ["鹿城开放率", "龙湾开放率", "瓯海开放率"]


def test_what_a_school_is_measured_by_per_student_a_past_plans_posts_a_rewarded_rank_and_an_age_bound_are_no_subject_goal_or_figure():
    ms = metrics("中心城区现有12所学校生均用地面积低于国家标准。全校1200名学生均已参保。2023年计划招聘的45个本科岗位中有17个无人报考。"
                 "对年度考核排名前10位的家庭医生团队给予奖励1万—3万元。约三成村医年龄超过60岁。")
    by = {m["surface"]: m for m in ms}
    assert [by[s]["subject"] for s in ("12所", "1200名")] == ["学校", "学生"]
    assert [by[s]["kind"] for s in ("45个", "17个")] == ["actual", "actual"]
    assert not [m for m in ms if m["unit"] in ("rank", "岁")]


def test_one_number_after_nouns_listed_counts_them_all_not_the_last_only():
    ms = {m["surface"]: m for m in metrics(
        "春玉米、春大豆一共种了1.06万亩。茶叶、高山蔬菜、中药材基地2.3万亩。全市现有失能、半失能老年人4.1万人。"
        "其中国家级6家、省级41家。开办满一年、收托率达到60%以上。发放个人住房贷款1.2万笔、金额78.4亿元。")}
    assert [ms[s]["subject"] for s in ("1.06万亩", "2.3万亩", "4.1万人")] == ["春玉米、春大豆一共种", "茶叶、高山蔬菜、中药材基地", "失能、半失能老年人"]
    assert [ms[s]["subject"] for s in ("60%以上", "78.4亿元")] == ["收托率", "发放个人住房贷款金额"]


def test_a_ratio_named_before_any_verb_or_in_quotes_and_no_home_or_household_by_its_order_or_size():
    ms = metrics("业主分摊比例原则上按照6:4执行。新建配建比例按新增人口“1:1”控制。城乡收入比缩小到2.0:1以内。比赛于9:30开始。"
                 "首套住房最低首付款比例调整为15%，二套调整为25%。1人户每月400元，3人及以上户每月800元。")
    assert [(m["surface"], m["value"]) for m in ms] == [("6:4", 1.5), ("1:1", 1.0), ("2.0:1以内", 2.0), ("15%", 15), ("25%", 25),
                                                       ("400元", 400), ("800元", 800)]


def test_a_count_in_wan_takes_its_unit_from_the_word_that_names_it_and_a_currency_after_the_unit_is_the_amounts():
    ms = {m["surface"]: m for m in metrics(
        "全市参保人数达到520万，公共体育设施年服务人次超过2600万；企业户数达12.5万。城镇人口增加12万人。"
        "对年薪60万元人民币以上的外籍人才给予奖励。实际使用外资3.2亿元人民币。")}
    assert [(s, ms[s]["value"], ms[s]["unit"], ms[s]["qualifier"]) for s in ("520万", "2600万", "12.5万")] == [
        ("520万", 5200000, "人", "exact"), ("2600万", 26000000, "人次", "over"), ("12.5万", 125000, "户", "exact")]
    assert [ms[s]["subject"] for s in ("520万", "12.5万", "12万人")] == ["参保人数", "企业户数", "城镇人口"]
    wage = ms["60万元人民币以上"]
    assert (wage["value"], wage["kind"], wage["qualifier"], wage["subject"]) == (600000, "policy", "at_least", "年薪")
    assert ms["3.2亿元人民币"]["subject"] == "实际使用外资"


def test_a_semester_named_by_this_or_next_year_a_future_plans_span_and_a_plan_for_a_year_ahead():
    ms = {m["surface"]: m for m in metrics(
        "今年秋季学期新增学位3000个。去年春季学期招生1200人。明年秋季学期开学前将新增学位500个。"
        "“十五五”期间新增学位2万个。“十五五”重大项目储备库已入库项目2160个。我局计划2026年新建仓容5万吨。"
        "去年全市争取中央和省级粮食安全保障调控和应急设施专项资金1.35亿元。")}
    assert [(ms[s]["period_start"], ms[s]["period_end"]) for s in ("3000个", "1200人", "500个")] == [
        (dt.date(2024, 9, 1), dt.date(2025, 1, 31)), (dt.date(2023, 2, 1), dt.date(2023, 7, 31)), (None, dt.date(2025, 8, 31))]
    assert (ms["2万个"]["kind"], ms["2万个"]["period_start"], ms["2万个"]["period_end"]) == ("target", dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    assert (ms["2160个"]["kind"], ms["2160个"]["period_start"]) == ("actual", None)
    assert [ms[s]["kind"] for s in ("5万吨", "1.35亿元")] == ["target", "actual"]


def test_items_before_a_shared_rate_take_its_word_and_a_rank_names_no_places_it_is_among():
    ms = metrics("全市果蔬、肉类、水产品冷链流通率分别达到38%、72%和76%。返乡青年和农村妇女占比分别为27%和41%。"
                 "在全省11个设区市国资监管企业综合考核中，我市位居第4位。人均体育场地面积在全市11个县（市、区）里排第四。"
                 "资产负债率在全省11个设区市中由低到高排第4位。")
    assert [m["subject"] for m in ms] == ["果蔬流通率", "肉类流通率", "水产品冷链流通率", "返乡青年占比", "农村妇女占比",
                                          "国资监管企业综合考核", "人均体育场地面积", "资产负债率"]


def test_sets_of_items_parcels_a_day_more_than_half_an_audit_and_a_whole_year_inside_its_item():
    ms = {m["surface"]: m for m in metrics(
        "调拨应急物资3200件套。县级分拨中心日均处理能力达到1850万件/日。非捕捞收入占比首次过半。经过半年努力建成3个。"
        "战略性新兴产业产值占比达到52.3%，首次过半。每年组织开展混改专项审计不少于2次。"
        "下一步，一是力争2026年底前规模达到4亿元；二是全年新增涉农贷款350亿元左右。")}
    assert [(ms[s]["value"], ms[s]["unit"]) for s in ("3200件套", "1850万件/日")] == [(3200, "件套"), (18500000, "件/日")]
    assert [(m["value"], m["qualifier"], m["subject"]) for s, m in ms.items() if s.startswith("过半")] == [(50, "over", "非捕捞收入占比")]
    assert ms["2次"]["subject"] == "组织开展混改专项审计"
    assert ms["350亿元左右"]["period_end"] == dt.date(2024, 12, 31)


def test_terms_kept_or_paid_a_score_capped_or_per_step_and_an_average_paid_no_rule():
    ms = metrics("温控记录保存期不少于2年。给予每人每月3000元生活补贴，连续发放3年。累计扣分最高不超过2分。"
                 "对逾期未报送的企业，每逾期1个月扣0.5分，最多扣3分。2023年，全市捕捞渔船平均每千瓦补贴约1150元。")
    assert [(m["surface"], m["kind"], m["qualifier"]) for m in ms] == [
        ("2年", "policy", "at_least"), ("3000元", "policy", "exact"), ("3年", "policy", "exact"), ("2分", "policy", "at_most"),
        ("0.5分", "policy", "exact"), ("3分", "policy", "at_most"), ("1150元", "actual", "approx")]
    assert [m["subject"] for m in ms[4:6]] == [None, None]


def test_a_rates_own_year_dates_no_figure_after_it_and_bases_months_and_verbs_leave_subjects():
    ms = {m["surface"]: m for m in metrics(
        "2024年按照每车每年6万元、山区线路每车每年8万元的标准补助，共拨付校车运营补贴976万元。"
        "礁区内渔业资源密度为对照区的3.2倍。使全市网点总数达到95个左右。优质稻种植面积发展到12.5万亩。"
        "今年1月至5月，又完成档案数字化2.9万卷。第八批省级文物保护单位于今年3月公布，新增124处。力争修复革命文物五百件/套以上。")}
    assert [(ms[s]["period_start"], ms[s]["period_end"]) for s in ("6万元", "976万元")] == [(None, None), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    assert [ms[s]["subject"] for s in ("3.2倍", "95个左右", "12.5万亩", "2.9万卷", "124处")] == [
        "礁区内渔业资源密度", "网点总数", "优质稻种植面积", "档案数字化", "第八批省级文物保护单位公布"]
    assert (ms["五百件/套以上"]["value"], ms["五百件/套以上"]["qualifier"]) == (500, "at_least")


def test_last_years_same_months_and_a_base_with_its_own_figure_between_yu_and_xiangbi():
    ms = {m["surface"]: m for m in metrics(
        "今年1—5月，全市持证上岗率由去年同期的74%提高到92%。截至2023年底，全市在档困难职工1862户。"
        "与2020年末的3410户相比，在档困难职工户数下降45.4%。2023年，完成投资12亿元，与2022年相比增长5%。")}
    assert (ms["74%"]["period_start"], ms["74%"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 5, 31))
    assert [ms[s]["period_end"] for s in ("3410户", "45.4%")] == [dt.date(2020, 12, 31), dt.date(2023, 12, 31)]
    assert [ms[s]["subject"] for s in ("3410户", "5%")] == [None, "投资"]


def test_a_buildings_height_class_is_no_figure_and_counted_nouns_end_before_why_or_what_befell_them():
    ms = {m["surface"]: m for m in metrics(
        "全市有超高层建筑（建筑高度100米以上）137幢，其中建筑高度250米以上的2幢。推动建筑高度超过100米的高层建筑全部建立微型消防站。"
        "防洪堤高度达到8米以上。另有7个村因人口较少，未设卫生室。有23条线路不符合校车通行条件。家庭医生签约率达86.5%，超过县定目标6.5个百分点。")}
    assert sorted(s for s in ms if "米" in s) == ["8米以上"]
    assert [ms[s]["subject"] for s in ("7个", "23条", "6.5个百分点")] == ["村", "线路", "家庭医生签约率"]


def test_the_deputies_who_signed_with_the_author_are_no_figure():
    body = "该建议由王立军、周敏等12位代表附议，另有10名委员联名提出。全市312名人大代表参加视察。\n"
    assert [m["surface"] for m in metrics(body)] == ["312名"]


def test_nouns_that_end_in_a_verb_or_a_rank_word_keep_it():
    # (居 of 散居 and 独居, 降 of 预降 and 还 of 返还 are no verbs after a subject)
    body = ("截至2024年末，全省共有孤儿1.26万名（集中养育3,142名、社会散居9,458名）。配送范围覆盖1.2万户独居、高龄老年人家庭。"
            "主汛期前，城区河网水位预降0.5米至0.8米。2023年，向企业发放稳岗返还5.2万户。")
    subjects = {m["surface"]: m["subject"] for m in metrics(body)}
    assert subjects["9,458名"] == "社会散居"
    assert subjects["1.2万户"] == "独居、高龄老年人家庭"
    assert subjects["0.5米至0.8米"] == "城区河网水位预降"
    assert subjects["5.2万户"].endswith("稳岗返还")


def test_at_home_and_abroad_is_where_not_what_and_dui_of_duixiang_is_no_preposition():
    body = ("2024年在国内外开展旅游推介活动24场次。"
            "医疗救助对低保对象政策范围内个人自付费用按70%比例救助。")
    subjects = {m["surface"]: m["subject"] for m in metrics(body)}
    assert subjects["24场次"] == "开展旅游推介活动"
    assert subjects["70%"] == "低保对象政策范围内个人自付费用"


def test_a_capacity_reached_by_the_year_is_no_rule():
    body = "2023年，船闸通过能力提升至每年4500万吨，港口综合通过能力达到每年3.2亿吨。对入驻企业每年给予补助2万元。"
    kinds = {m["surface"]: m["kind"] for m in metrics(body)}
    assert kinds == {"4500万吨": "actual", "3.2亿吨": "actual", "2万元": "policy"}


def test_a_figure_in_brackets_after_what_it_sizes_is_named_by_it():
    body = "目前，远洋干线占比偏低（约18%），国际中转比例不高。全市常住人口（约120万人）中老年人占比较高。"
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["18%"]["subject"], ms["18%"]["qualifier"]) == ("远洋干线占比", "approx")
    assert ms["120万人"]["subject"] == "常住人口"


def test_not_in_place_is_no_bound_and_a_net_increase_names_no_total():
    body = "对扬尘管控不到位的135个工地进行通报。全市高新技术企业净增167家，总数达到1112家。"
    ms = {m["surface"]: m for m in metrics(body)}
    assert ms["135个"]["qualifier"] == "exact"
    assert (ms["167家"]["subject"], ms["1112家"]["subject"]) == ("高新技术企业", "高新技术企业")


def test_a_grade_and_those_above_it_open_a_subject_kept_whole():
    body = "全市二级以上综合医院老年医学科设置率达到60%，二级以上医院检查检验结果互认项目达到120项。"
    subjects = {m["surface"]: m["subject"] for m in metrics(body)}
    assert subjects == {"60%": "二级以上综合医院老年医学科设置率", "120项": "二级以上医院检查检验结果互认项目"}


def test_the_preliminary_stage_of_a_project_is_no_now():
    body = "对列入市重大项目前期计划的项目，给予50万元至200万元补助。该项目目前已完成投资5000万元。"
    ms = {m["surface"]: m for m in metrics(body)}
    assert ms["50万元至200万元"]["period_text"] is None
    assert ms["5000万元"]["period_text"] == "目前"


def test_a_years_plan_after_qizhong_plans_its_later_clauses_too():
    text = letter("其中，2024年计划开工学校22所，建成投用15所，新增学位2.2万个。\n")
    kinds = {m["surface"]: m["kind"] for m in run(text)["metrics"].to_dicts()}
    assert kinds == {"22所": "target", "15所": "target", "2.2万个": "target"}


def test_a_life_expectancy_raised_to_a_years_figure_is_read():
    ms = {m["surface"]: m for m in metrics("全市人均预期寿命由2020年的79.8岁提高到2023年的80.6岁。")}
    assert (ms["80.6岁"]["subject"], ms["80.6岁"]["period_start"]) == ("人均预期寿命", dt.date(2023, 1, 1))
    assert ms["79.8岁"]["period_start"] == dt.date(2020, 1, 1)


def test_points_a_rule_gives_per_step_and_their_cap():
    ms = {m["surface"]: m for m in metrics("积分入学按居住年限计分，每连续居住满1年计10分，最高不超过50分。")}
    assert (ms["10分"]["kind"], ms["10分"]["qualifier"]) == ("policy", "exact")
    assert (ms["50分"]["kind"], ms["50分"]["qualifier"]) == ("policy", "at_most")


def test_a_task_handed_down_alone_in_brackets_is_its_goal():
    ms = {m["surface"]: m for m in metrics("2023年，全市筹集保障性租赁住房9200套，超额完成省下达任务（8000套）。")}
    assert (ms["9200套"]["kind"], ms["8000套"]["kind"]) == ("actual", "target")


def test_the_longest_a_thing_took_is_no_rule():
    ms = {m["surface"]: m for m in metrics("口岸换装等待时间最长达到7天。长期处方最长可开具12周。")}
    assert (ms["7天"]["kind"], ms["7天"]["qualifier"]) == ("actual", "at_most")
    assert ms["12周"]["kind"] == "policy"


def test_a_figure_of_a_time_after_the_letter_was_signed_is_planned():
    # (the letter is signed 2024-06-01)
    ms = {m["surface"]: m for m in metrics("2025年新建口袋公园12个。明年新增停车位300个。2023年新建口袋公园9个。")}
    assert [ms[s]["kind"] for s in ("12个", "300个", "9个")] == ["target", "target", "actual"]


def test_a_whole_year_in_a_letter_of_the_last_quarter_is_its_own():
    tail = "\n感谢您对我们工作的支持。\n\n测试市商务局\n2024年11月18日\n"
    ms = {m["surface"]: m for m in run(letter("一、工作情况\n全年组织赴境外招商活动17批次。\n", tail=tail))["metrics"].to_dicts()}
    assert ms["17批次"]["period_start"] == dt.date(2024, 1, 1)
    ms = {m["surface"]: m for m in metrics("一、工作情况\n全年组织赴境外招商活动17批次。\n")}
    assert ms["17批次"]["period_start"] == dt.date(2023, 1, 1)


def test_ratios_of_leverage_and_a_changes_end_with_its_year():
    ms = {m["surface"]: m for m in metrics("消费券杠杆率为1:9.2。城乡居民收入比由2020年的1.86:1缩小至2023年的1.52:1。")}
    assert (ms["1:9.2"]["unit"], ms["1:9.2"]["subject"]) == ("比", "消费券杠杆率")
    assert (ms["1.52:1"]["value"], ms["1.52:1"]["period_start"]) == (1.52, dt.date(2023, 1, 1))


def test_a_percentage_range_in_words_loans_in_words_and_compute_by_its_prefix():
    ms = {m["surface"]: m for m in metrics("住院报销比例为百分之七十五至八十五。发放专属贷款二百三十笔。全市智算中心算力达到500P。团体总分3812.5分，比上届增加约420分。")}
    assert (ms["百分之七十五至八十五"]["value"], ms["百分之七十五至八十五"]["value_high"]) == (75, 85)
    assert (ms["二百三十笔"]["value"], ms["500P"]["unit"], ms["420分"]["qualifier"]) == (230, "PFlops", "approx")


def test_performance_goals_money_obtained_and_recovered_are_no_goals_or_rules():
    ms = {m["surface"]: m for m in metrics(
        "2023年，全市绩效目标编报率达到100%。全年争取上级各类转移支付19.7亿元，同比多争取2.6亿元。"
        "全年追缴违规所得租金补贴24.6万元。该路段日均交通量达到4.2万辆标准小客车。")}
    assert [ms[s]["kind"] for s in ("100%", "19.7亿元", "2.6亿元", "24.6万元", "4.2万辆")] == ["actual"] * 5


def test_multiples_of_a_standard_payments_per_area_and_plans_over_years_are_rules_or_plans():
    ms = {m["surface"]: m for m in metrics(
        "临时救助一般按不超过当地低保标准6倍给予救助。住宅专项维修资金按每平方米建筑面积交存40元。计划用3至5年时间新建改建替代桥梁120座。")}
    assert [ms[s]["kind"] for s in ("6倍", "40元", "120座")] == ["policy", "policy", "target"]


def test_a_run_of_years_is_no_part_of_a_ranks_subject():
    assert one("我市出口规模连续多年居全省第二位。", "居全省第二位")["subject"] == "出口规模"


def test_months_and_a_holiday_without_a_year_take_the_year_their_sentence_opens_with():
    # (the letter is of 2024: its year would be the default)
    ms = {m["surface"]: m for m in metrics("2023年，全市平均降水量为892毫米，其中3—5月降水量仅为21.6毫米。2023年，全市举办清明祭英烈活动530余场。")}
    assert (ms["21.6毫米"]["period_start"], ms["21.6毫米"]["period_end"]) == (dt.date(2023, 3, 1), dt.date(2023, 5, 31))
    assert ms["530余场"]["period_start"] == dt.date(2023, 4, 1)
    # (not past a ； nor after the months' own year word)
    ms = {m["surface"]: m for m in metrics("2023年，全市受理呼救电话41.3万次；今年1—9月，受理呼救电话33.7万次。")}
    assert ms["33.7万次"]["period_start"] == dt.date(2024, 1, 1)


def test_this_year_and_the_next_and_the_change_of_a_years_estimate():
    ms = {m["surface"]: m for m in metrics("今明两年计划投入资金约6.5亿元。全年预计发放优待金2.36亿元，较去年同期增长8.4%。")}
    assert (ms["6.5亿元"]["period_start"], ms["6.5亿元"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert ms["8.4%"]["period_start"] == ms["2.36亿元"]["period_start"] == dt.date(2024, 1, 1)


def test_a_deadlines_year_stands_over_each_year_and_a_years_goal_is_the_whole_years():
    ms = {m["surface"]: m for m in metrics("到2027年，全市每年盘活低效工业用地1万亩以上，规上工业企业突破5500家。"
                                           "2024年1—5月，全市新增停车位6200个，完成年度目标（8000个）的77.5%。")}
    assert ms["5500家"]["period_start"] == dt.date(2027, 1, 1)
    assert (ms["8000个"]["period_start"], ms["8000个"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert ms["6200个"]["period_end"] == dt.date(2024, 5, 31)


def test_the_last_years_a_record_is_among_date_nothing():
    ms = {m["surface"]: m for m in metrics("发行利率为近五年来最低水平，预计可节约利息支出约9.6亿元。近五年来新增企业120家。")}
    assert ms["9.6亿元"]["period_start"] is None and ms["120家"]["period_start"] == dt.date(2020, 1, 1)


def test_flights_minutes_and_ships_in_words():
    ms = {m["surface"]: m for m in metrics("航班由二百六十班增加到三百四十班，客船六艘，候船时间控制在三十分钟以内，打造十五分钟便民生活圈。")}
    assert (ms["三百四十班"]["value"], ms["六艘"]["unit"], ms["三十分钟以内"]["qualifier"]) == (340, "艘", "at_most")
    assert not [s for s in ms if s.startswith("十五分钟")]


def test_a_co_handlers_opinion_to_a_commission_names_the_labelled_proposer():
    head = "关于市政协十四届三次会议第205号提案的会办意见\n\n市发展改革委：\n你委主办的市政协十四届三次会议第205号提案《关于推动体育消费提质扩容的提案》（提案人：赵立群委员）收悉。现提出会办意见如下：\n"
    h = run(letter("一、基本情况\n全市体育消费总额182.6亿元。\n", head=head))["letter_headers"].row(0, named=True)
    assert (h["proposer"], h["proposer_kind"]) == ("赵立群", "member")


def test_classes_by_size_toll_or_hotline_are_no_counts():
    ms = {m["surface"]: m for m in metrics("全县30户以上自然村通硬化路全覆盖。社员人数在10人以下的合作社仍占约40%。"
                                           "全年未发生一次死亡3人以上的较大道路交通事故。开通12315校园食品安全投诉举报专线，培训12340人。")}
    assert sorted(ms) == ["12340人", "40%"]


def test_what_a_place_gets_each_year_a_years_plan_a_cap_on_relief_and_a_life_expectancy_by_a_year():
    ms = {m["surface"]: m for m in metrics("每处健身点每年安排维保经费500元。全年计划播出700期以上。对困难群众每人最高救助3万元。"
                                           "推动全市人均预期寿命到2027年达到82岁左右。")}
    assert [ms[s]["kind"] for s in ("500元", "700期以上", "3万元", "82岁左右")] == ["policy", "target", "policy", "target"]
    assert ms["3万元"]["qualifier"] == "at_most"


def test_the_school_year_before_and_this_one():
    # (the letter is signed in June 2024: its school year began in September 2023)
    ms = {m["surface"]: m for m in metrics("全市平均班额由上学年的43.6人下降至41.2人。本学年新增学位1200个。")}
    assert (ms["43.6人"]["period_start"], ms["43.6人"]["period_end"], ms["43.6人"]["subject"]) == (dt.date(2022, 9, 1), dt.date(2023, 8, 31), "平均班额")
    assert (ms["1200个"]["period_start"], ms["1200个"]["period_end"]) == (dt.date(2023, 9, 1), dt.date(2024, 8, 31))


def test_a_mediums_followers_and_views_in_wan_are_counted():
    ms = {m["surface"]: m for m in metrics("新媒体粉丝总数达到162万，短视频播放量突破1.2亿。")}
    assert (ms["162万"]["value"], ms["162万"]["unit"]) == (1.62e6, "人")
    assert (ms["1.2亿"]["unit"], ms["1.2亿"]["qualifier"]) == ("次", "over")


def test_a_class_by_its_number_before_what_it_classes_is_no_count():
    ms = {m["surface"]: m for m in metrics("1类区昼间不得超过55分贝，2类区昼间不得超过60分贝。全市共划分4类声环境功能区。")}
    assert sorted(ms) == ["4类", "55分贝", "60分贝"]
    assert ms["55分贝"]["subject"] == "1类区昼间"


def test_a_share_of_interest_or_of_a_fee_paid_for_someone_is_a_rule():
    ms = {m["surface"]: m for m in metrics("对小微企业贷款财政贴息50%。2023年为企业贴息2160万元。")}
    assert (ms["50%"]["kind"], ms["2160万元"]["kind"]) == ("policy", "actual")


def test_a_change_from_a_year_gone_by_was_made_and_a_cap_changed_is_a_cap_at_both_ends():
    ms = {m["surface"]: m for m in metrics("我们将热线话务座席由2023年的210席增加到260席。最高限额由5万元提高至8万元，上限由每户6万元提高到9万元。")}
    assert (ms["210席"]["kind"], ms["260席"]["kind"]) == ("actual", "actual")
    assert [ms[s]["qualifier"] for s in ("5万元", "8万元", "6万元", "9万元")] == ["at_most"] * 4
    # (in a plan the change's end is the goal, its start a year's figure)
    ms = {m["surface"]: m for m in metrics("一、基本情况\n全市建成站点45个。\n二、下一步工作\n下一步，将热线座席由2023年的210席增加到300席。\n")}
    assert (ms["210席"]["kind"], ms["300席"]["kind"]) == ("actual", "target")


def test_a_second_rank_with_a_label_of_its_own_and_nouns_listed_after_a_count():
    ms = {m["surface"]: m for m in metrics("2023年，我市上市公司数量居全省第3、全国地级市第7。为8.3万名失能、半失能及高龄老年人提供上门服务。"
                                           "三支母基金分类运作、相互补充。")}
    assert (ms["第7"]["value"], ms["第7"]["kind"]) == (7, "rank")
    assert ms["8.3万名"]["subject"] == "失能、半失能及高龄老年人"
    assert ms["三支"]["subject"] == "母基金分类运作"


def test_statistics_above_a_size_a_use_limited_and_a_spread_over_the_benchmark_rate():
    ms = {m["surface"]: m for m in metrics("2023年，网络零售额占限额以上单位零售额的比重为31.7%。消费券每人每天限用1张，单次交易限值为5000元。"
                                           "贷款利率不超过同期一年期LPR加50个基点，按贷款市场报价利率的50%给予贴息。")}
    assert ms["31.7%"]["kind"] == "actual"
    assert (ms["1张"]["kind"], ms["1张"]["qualifier"], ms["5000元"]["kind"]) == ("policy", "at_most", "policy")
    assert (ms["50个基点"]["kind"], ms["50个基点"]["qualifier"], ms["50个基点"]["subject"]) == ("policy", "at_most", "贷款利率")
    assert ms["50%"]["subject"] == "贷款市场报价利率"


def test_what_a_share_of_a_plans_goal_and_a_record_since_a_year_do_not_date():
    ms = {m["surface"]: m for m in metrics("截至2023年底，全市累计改造老旧小区312个，完成“十四五”目标的87.6%。"
                                           "今年1至5月，面对自2009年以来最严重的春旱，开展人工增雨作业97次。"
                                           "2023年，利用寒暑假开办托管班34个。")}
    assert (ms["87.6%"]["period_start"], ms["87.6%"]["period_end"]) == (None, dt.date(2023, 12, 31))
    assert (ms["97次"]["period_start"], ms["97次"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    assert (ms["34个"]["period_start"], ms["34个"]["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_hours_and_minutes_are_one_time_and_lifts_in_words_are_counted():
    ms = {m["surface"]: m for m in metrics("2023年，暴雨预警平均提前1小时40分钟，最长一次提前2小时30分钟。全市加装电梯一百零六部。十部门联合发文。")}
    assert (ms["1小时40分钟"]["value"], ms["1小时40分钟"]["unit"]) == (100, "分钟")
    assert (ms["2小时30分钟"]["value"], ms["2小时30分钟"]["kind"], ms["2小时30分钟"]["qualifier"]) == (150, "actual", "exact")
    assert (ms["一百零六部"]["value"], ms["一百零六部"]["unit"]) == (106, "部")
    assert not any(m["surface"].startswith("十部") for m in ms.values())


def test_a_plan_told_inside_a_sentence_plans_its_later_clauses():
    ms = {m["surface"]: m for m in metrics("今年启动供水提升工程，总投资2.85亿元，计划新建泵站6座，铺设主管网186公里。今年已完成改造83处，计划全年完成120处。"
                                           "全市计划新建保障房3200套，目前已开工2150套。计划改造渠道38公里，截至5月底完成投资8650万元，占计划的72.1%。")}
    assert [ms[s]["kind"] for s in ("2.85亿元", "6座", "186公里", "83处", "120处", "3200套", "2150套", "72.1%")] == [
        "actual", "target", "target", "actual", "target", "target", "actual", "actual"]


def test_a_captions_second_unit_is_its_money_columns():
    body = ("各地完成情况如下：\n2021—2023年各县加装电梯完成情况表（单位：台、万元）\n县（市、区）\t2022年\t2023年\t补贴资金\n"
            "柯城区\t52\t76\t2496\n衢江区\t30\t45\t1152\n")
    ms = {m["surface"]: m for m in metrics(body)}
    assert (ms["76"]["unit"], ms["2496"]["unit"], ms["2496"]["value"]) == ("台", "元", 24_960_000)


def test_a_threshold_that_sets_a_rule_off_a_bounded_share_of_a_named_whole_and_a_share_come_near():
    ms = {m["surface"]: m for m in metrics("2023年，积水深度超过15厘米时实行交通管制，小时雨量达到30毫米以上时启动预警。"
                                           "按不低于当年新增建设用地计划指标5%的规模安排，不超过上年一般公共预算收入5%。景区游客接待量接近最大承载量的九成。")}
    assert [(ms[s]["kind"], ms[s]["subject"]) for s in ("15厘米", "30毫米以上")] == [("policy", "积水深度"), ("policy", "小时雨量")]
    fives = [m for m in metrics("按不低于当年新增建设用地计划指标5%的规模安排，不超过上年一般公共预算收入5%。") if m["surface"] == "5%"]
    assert [(m["kind"], m["qualifier"]) for m in fives] == [("policy", "at_least"), ("policy", "at_most")]
    assert (ms["九成"]["qualifier"], ms["九成"]["subject"]) == ("approx", "景区游客接待量")


def test_the_later_ordinals_a_di_opens_a_list_of_are_no_counts():
    assert [m["surface"] for m in metrics("2023年，全面完成第三、四期学前教育行动计划，第五、六批试点共12个。")] == ["12个"]


def test_a_five_year_plans_name_keeps_both_its_quotes_in_the_period_text():
    assert one("“十四五”以来，全市新建公园38个。", "38个")["period_text"] == "“十四五”以来"


def test_a_rank_of_growth_names_the_growth_and_a_vehicles_seats_are_its_class():
    ms = {m["surface"]: m for m in metrics("2023年，全市研发投入强度达到3.2%，增幅居全省第4位。技术交易额总量居全省第3、增速居全省第2。"
                                           "全市投放十九座以下中小型客车120辆。")}
    assert [ms[s]["subject"] for s in ("居全省第4位", "居全省第3", "居全省第2")] == ["研发投入强度增幅", "技术交易额总量", "技术交易额增速"]
    assert "十九座以下" not in ms


def test_a_share_bounded_by_a_payment_it_is_of():
    m = one("2023年，按不超过其实际缴费三分之二给予社会保险补贴。", "三分之二")
    assert (m["kind"], m["qualifier"]) == ("policy", "at_most")


def test_a_cap_with_its_measures_name_between_and_a_floor_a_rate_may_reach():
    ms = {m["surface"]: m for m in metrics("贷款最高额度单人为40万元。国庆期间，单日最高接待车辆1.42万辆次。中选药品价格最高降幅超过95%。"
                                           "最高人民法院发布典型案例10个。贷款利率最低可至3.45%。")}
    assert [ms[s]["qualifier"] for s in ("40万元", "1.42万辆次", "95%", "10个", "3.45%")] == ["at_most", "at_most", "over", "exact", "at_least"]
    # (the raises 分别 hands out to a cap are no caps)
    assert [m["qualifier"] for m in metrics("对二孩、三孩家庭，住房公积金贷款最高额度分别上浮10%、20%。")] == ["exact", "exact"]


def test_last_year_is_the_year_before_the_one_its_sentence_names():
    m = one("2023年，全市光伏发电利用率由上年的42%提升至68%。", "42%")
    assert (m["period_start"], m["period_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    m = one("全市光伏发电利用率由上年的42%提升至68%。", "42%")
    assert (m["period_start"], m["period_end"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_words_a_subject_keeps_whole_and_a_rate_per_person_and_time():
    ms = {m["surface"]: m for m in metrics("今年，全市非机动车闯红灯违法行为同比下降14.3%。全市共有国家级运动健将23人。"
                                           "全年按址投递率达到95%以上。全市对虾苗种产量2800亿尾。重点企业公路运输单位成本0.38元/吨公里。")}
    assert [ms[s]["subject"] for s in ("14.3%", "23人", "95%以上", "2800亿尾")] == ["非机动车闯红灯违法行为", "国家级运动健将", "按址投递率", "对虾苗种产量"]
    assert (ms["0.38元/吨公里"]["unit"], ms["0.38元/吨公里"]["subject"]) == ("元/吨公里", "重点企业公路运输单位成本")
    assert one("对困难群众每人每次救助金额500元至3000元。", "500元至3000元")["kind"] == "policy"


def test_a_time_and_a_half_is_no_count():
    assert [m["surface"] for m in metrics("全市休渔期长达三个半月，专家每月坐诊不少于3个半天。")] == ["3个"]


def test_the_last_months_are_a_time_and_a_bound_on_ten_thousand_in_words():
    assert [m["surface"] for m in metrics("近三个月，全市新增企业5家。近4个季度以来，新增12家。")] == ["5家", "12家"]
    m = one("对违法行为可处一万元以下的罚款。", "一万元以下")
    assert (m["value"], m["qualifier"]) == (10_000, "at_most")


def test_a_class_size_and_nouns_that_begin_with_you():
    ms = {m["surface"]: m for m in metrics("2023年，全市平均班额41.3人/班。全市建设有机肥加工中心2个，有色金属企业3家。")}
    assert (ms["41.3人/班"]["unit"], ms["41.3人/班"]["value"]) == ("人/班", 41.3)
    assert (ms["2个"]["subject"], ms["3家"]["subject"]) == ("建设有机肥加工中心", "有色金属企业")


def test_days_and_how_often_in_chinese_numerals():
    ms = {m["surface"]: m for m in metrics("女职工产假延长六十天，合计一百五十八天。每年开展检查不少于两次。七天无理由退货。")}
    assert [ms[s]["value"] for s in ("六十天", "一百五十八天", "两次")] == [60, 158, 2]
    assert ms["两次"]["qualifier"] == "at_least" and "七天" not in ms


def test_a_rank_after_a_word_that_ends_in_ju_and_the_next_budget_year_a_rule_acts_on():
    m = one("2023年，农村人居环境整治工作考核居全市第3位。", "居全市第3位")
    assert (m["value"], m["subject"]) == (3, "农村人居环境整治工作考核")
    m = one("考核结果为较差的，扣减下一年度预算10%—20%。", "10%—20%")
    assert (m["kind"], m["period_start"], m["period_end"]) == ("policy", None, None)


def test_floors_and_trips_counted_by_ships_and_mines():
    ms = {m["surface"]: m for m in metrics("建房层数原则上不超过3层。2023年，LNG加注作业214船次，巡查矿山182矿次。")}
    assert [(ms[s]["unit"], ms[s]["qualifier"]) for s in ("3层", "214船次", "182矿次")] == [("层", "at_most"), ("船次", "exact"), ("矿次", "exact")]


def test_jiang_is_ba_in_a_sentence_that_opens_with_the_time_since_which_things_were_done():
    assert one("今年以来，我们将12条镇村公交线路的发车间隔由60分钟缩短至30分钟。", "30分钟")["kind"] == "actual"
    assert one("今年以来，全市将继续推进，力争发车间隔缩短至30分钟。", "30分钟")["kind"] == "target"


def test_days_of_a_year_named_by_its_word_keep_their_text():
    m = one("今年3月1日至4月10日，全市累计增雨1.35亿立方米。", "1.35亿立方米")
    assert (m["period_start"], m["period_end"], m["period_text"]) == (dt.date(2024, 3, 1), dt.date(2024, 4, 30), "今年3月1日至4月10日")


def test_an_events_year_dates_the_counts_of_its_clauses_and_no_period_text_without_dates():
    ms = {m["surface"]: m for m in metrics("2023年发布霜冻预警信息168条，共覆盖农户8.9万人次；直通式服务1260户。2022年启动试点，累计发放补贴3000万元。")}
    assert [ms[s]["period_end"] for s in ("168条", "8.9万人次", "1260户", "3000万元")] == [dt.date(2023, 12, 31), dt.date(2023, 12, 31), None, None]
    assert (ms["1260户"]["period_text"], ms["3000万元"]["period_text"]) == (None, None)


def test_bounds_by_bigger_or_smaller_at_most_a_verb_after_and_about_what_is_needed():
    m = one("城中村改造项目拆除建筑面积不应大于现状总建筑面积的20%。", "20%")
    assert (m["kind"], m["qualifier"], m["subject"]) == ("policy", "at_most", "城中村改造项目拆除建筑面积")
    ms = {m["surface"]: m for m in metrics("屋顶绿化后夏季表面温度最多可降低18℃。每名照护人员最多照护3名婴幼儿。每年约需增加资金60万元。")}
    assert [ms[s]["qualifier"] for s in ("18℃", "3名", "60万元")] == ["at_most", "at_most", "approx"]
    assert ms["60万元"]["subject"] == "增加资金"


def test_a_threshold_a_clause_of_its_own_before_a_rule_and_a_band_of_fines():
    assert one("单笔贷款在100万元（含）以下的，免收担保费。", "100万元")["kind"] == "policy"
    assert one("对违法企业处1万元以上5万元以下罚款。", "1万元以上5万元以下")["kind"] == "policy"
    assert one("对违法企业罚款在1万元以上5万元以下。", "1万元以上5万元以下")["kind"] == "policy"
    # (fines imposed are no band: 单起案件罚款在2万元至20万元之间)
    assert one("今年以来，查处案件57起，单起案件罚款在2万元至20万元之间。", "2万元至20万元")["kind"] == "actual"


def test_a_goals_own_figure_and_a_share_of_a_plan_reached():
    ms = {m["surface"]: m for m in metrics("2023年，全市完成立体绿化22.5万平方米，超额完成年度目标任务（18万平方米）。"
                                           "1—8月完成全年目标任务25亿元的76.8%。完成投资12.3亿元，占年度计划投资的38%。")}
    assert [ms[s]["kind"] for s in ("22.5万平方米", "18万平方米", "25亿元", "76.8%", "38%")] == ["actual", "target", "target", "actual", "actual"]


def test_a_latin_words_digits_shells_points_and_an_inclusive_bound_restated():
    assert [m["surface"] for m in metrics("全市政务服务平台IPv6支持度100%。")] == ["100%"]
    ms = {m["surface"]: m for m in metrics("2023年，人工测墒3168点次，发射增雨炮弹326发。实行收支两条线管理，新建线路两条。")}
    assert [(ms[s]["unit"], ms[s]["value"]) for s in ("3168点次", "326发", "两条")] == [("点次", 3168), ("发", 326), ("条", 2)]
    assert [m["surface"] for m in metrics("对10万元以下（含10万元）的个人贷款，免除反担保要求。起步价2元（含8公里）。")] == ["10万元以下", "2元", "8公里"]
    assert [m["surface"] for m in metrics("为三万一千二百套房屋办理了不动产权证书，抵押登记压缩至一个工作日。")] == ["三万一千二百套", "一个工作日"]


def test_rules_by_a_price_band_a_share_a_grades_amounts_and_days_of_leave():
    ms = {m["surface"]: m for m in metrics("217至300立方米的部分每立方米3.60元。按照职工医保70%、居民医保60%的比例报销。"
                                           "技能提升补贴按初级、中级分别为1000元、1500元。重度失能人员每人每月分别为2100元、2400元。"
                                           "女职工合计产假158天，配偶享受陪产假15天。")}
    assert all(ms[s]["kind"] == "policy" for s in ("217至300立方米", "70%", "60%", "1000元", "1500元", "2100元", "2400元", "158天", "15天"))
    assert one("今年全市共有3200名女职工休产假，平均休假天数158天。", "158天")["kind"] == "actual"


def test_near_in_a_word_of_place_a_tricycle_a_students_rate_cases_in_words_and_a_national_standard():
    ms = {m["surface"]: m for m in metrics("邻近3个区已实行，附近2个镇正在推进，覆盖率接近90%。配置电动三轮收集车120辆。"
                                           "每生每月另发放生活费300元。全年救治危重患者四例。全科医生数为4.1人，距5人的国家标准仍有差距。")}
    assert [ms[s]["qualifier"] for s in ("3个", "2个", "90%")] == ["exact", "exact", "approx"]
    assert "三轮" not in ms and ms["120辆"]["unit"] == "辆"
    assert (ms["300元"]["kind"], ms["四例"]["value"], ms["5人"]["kind"], ms["4.1人"]["kind"]) == ("policy", 4, "policy", "actual")


def test_a_fare_changed_is_a_rule_with_the_distance_it_covers():
    ms = {m["surface"]: m for m in metrics("巡游出租车起步价由7元（含2公里）调整为8元（含2.5公里）。今年以来，全市出租车运价收入达3.2亿元。")}
    assert [ms[s]["kind"] for s in ("7元", "2公里", "8元", "2.5公里", "3.2亿元")] == ["policy", "policy", "policy", "policy", "actual"]


def test_time_limits_changed_or_promised_tiers_and_visits_at_least_are_rules():
    ms = {m["surface"]: m for m in metrics("我局已将首次登记办理时限由原来的20个工作日压缩至7个工作日。复耕补助资金拨付时限由90个工作日压缩至30个工作日。"
                                           "承诺2个工作日内出证。婚宴桌数原则上不超过20桌，会费档次一般不超过4档。每人每轮限领餐饮券2张。"
                                           "村（居）委会每月至少探访1次。")}
    assert all(ms[s]["kind"] == "policy" for s in ("20个工作日", "7个工作日", "90个工作日", "30个工作日", "2个工作日", "20桌", "4档", "2张", "1次"))
    assert [ms[s]["qualifier"] for s in ("20桌", "4档", "2张", "1次")] == ["at_most", "at_most", "at_most", "at_least"]
    assert one("平均每站每季度至少开展1次。", "1次")["kind"] == "actual"


def test_points_and_fractions_in_words_a_loans_term_and_the_proposers_own_figures():
    ms = {m["surface"]: m for m in metrics("平均利率较上年低近一个百分点。费率降至日万分之一以下。贷款利率不超过一年期LPR加80个基点。"
                                           "林志强委员等7位委员在提案中指出，全市有律师1200名。您提出的将补贴提高至每人每月300元的建议，暂不具备条件。"
                                           "防火门缺失近1.2万樘。")}
    assert (ms["一个百分点"]["value"], ms["一个百分点"]["unit"], ms["一个百分点"]["qualifier"]) == (1, "百分点", "approx")
    assert ms["万分之一以下"]["qualifier"] == "at_most"
    assert ms["1.2万樘"]["unit"] == "樘"
    assert not {"一年期", "7位", "300元"} & set(ms) and "1200名" in ms


def test_what_came_since_the_year_began_places_counted_after_a_list_and_a_payer_before_the_payment():
    ms = {m["surface"]: m for m in metrics("截至6月末，贷款余额1200亿元，较年初新增186.2亿元。思明、湖里、集美三区分别新增1.2万个、0.9万个、0.7万个。"
                                           "对首次认定的高新技术企业，省级财政给予30万元奖励；对新建微型消防站，一次性给予5万元补助。")}
    assert (ms["1200亿元"]["period_start"], ms["186.2亿元"]["period_start"], ms["186.2亿元"]["period_end"]) == (None, dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert [ms[s]["subject"] for s in ("1.2万个", "0.9万个", "0.7万个", "30万元", "5万元")] == ["思明", "湖里", "集美", "高新技术企业", "新建微型消防站"]


def test_since_a_half_or_a_quarter_and_a_range_in_words_from_one():
    ms = {m["surface"]: m for m in metrics("去年下半年以来，新增企业6家。2023年三季度以来，新增企业8家。预计用水量降低一到两成。")}
    assert [(ms[s]["period_start"], ms[s]["period_end"]) for s in ("6家", "8家")] == [(dt.date(2023, 7, 1), dt.date(2024, 12, 31)), (dt.date(2023, 7, 1), dt.date(2024, 12, 31))]
    assert (ms["一到两成"]["value"], ms["一到两成"]["value_high"], ms["一到两成"]["qualifier"]) == (10, 20, "range")
    assert "两家" in {m["surface"] for m in metrics("统一到两家企业。")}


def test_staffing_norms_limits_listed_a_payment_after_its_colon_and_a_share_named_bare_are_rules():
    ms = {m["surface"]: m for m in metrics("每座瞭望塔配备专职瞭望员2名。承办单位须在接单后2小时内签收、1个工作日内联系诉求人。"
                                           "对获评的博物馆给予一次性奖励：一级50万元、二级30万元。起付线为300元，报销比例70%。"
                                           "单人最高贷款额度为60万元，夫妻双方均缴存的可上浮至80万元。资助标准可分为2—3档。")}
    assert all(ms[s]["kind"] == "policy" for s in ("2名", "2小时", "1个工作日", "50万元", "30万元", "70%", "80万元", "2—3档"))
    assert one("平均每个村配备3名。", "3名")["kind"] == "actual"
    assert one("全市住院费用实际报销比例70%。", "70%")["kind"] == "actual"


def test_averages_paid_reached_and_a_ratio_of_standards_are_no_rules_and_shares_named_in_their_own_clause():
    ms = {m["surface"]: m for m in metrics("全市基本实现3分钟到场扑救初起火灾。主城区平均收费约为每小时0.25元。危房改造1284户，户均补助2.8万元。"
                                           "城乡低保标准比缩小至1.23:1。其中35周岁以下的占41%，初中及以下文化程度的约占六成。")}
    assert all(ms[s]["kind"] == "actual" for s in ("3分钟", "0.25元", "2.8万元", "1.23:1"))
    assert (ms["41%"]["subject"], ms["六成"]["subject"]) == ("35周岁以下", "初中及以下文化程度")


def test_a_suppositions_inputs_a_steps_one_and_no_pairs_before_a_word_of_dui_are_no_figures():
    ms = {m["surface"]: m for m in metrics("若按每户每月增发100元测算，每年需增加财政支出约252万元。按全市失能老年人约5.1万人测算，缺口较大。"
                                           "每出现1件超期工单扣0.2分。推进12345热线与110对接联动。")}
    assert not {"100元", "1件", "110对"} & set(ms)
    assert {"252万元", "5.1万人", "0.2分"} <= set(ms)


def test_weights_half_price_payments_per_donation_and_what_one_must_pay_are_rules():
    ms = {m["surface"]: m for m in metrics("纳入年度考核，分值占比为4%。权重分别为20%、40%。学生按半价收取。每次献血发放营养补贴300元。"
                                           "按照有关规定发放营养补助每人5000元。每次停放限时5分钟。办理公共自行车卡须缴纳押金200元。全年需支付利息300万元。")}
    assert all(ms[s]["kind"] == "policy" for s in ("4%", "20%", "40%", "半价", "300元", "5000元", "5分钟", "200元"))
    assert (ms["半价"]["value"], ms["半价"]["unit"], ms["5分钟"]["qualifier"], ms["300万元"]["kind"]) == (50, "%", "at_most", "actual")


def test_thresholds_of_a_second_condition_a_step_to_pass_a_trigger_a_list_paid_by_fenbie_and_a_rate_named_after():
    ms = {m["surface"]: m for m in metrics("对年经营性收入低于40万元或同比下降超过15%的村实行预警。单笔金额超过50万元须经乡镇审核。"
                                           "红细胞库存量低于7天用量时启动黄色预警。企业产值首次达到20亿元、50亿元的，分别奖励20万元、50万元。"
                                           "合同额在1000万元以下的，存储比例为1.5%。")}
    assert all(ms[s]["kind"] == "policy" for s in ("40万元", "15%", "50万元", "7天", "20亿元", "50亿元", "1000万元以下", "1.5%"))


def test_cases_in_one_word_doses_of_blood_a_longest_seen_and_many_as_part_of_a_noun():
    ms = {m["surface"]: m for m in metrics("查处案件六起，森林火灾两起，三起三落。血小板4380治疗单位。开放时间平均为18.5小时，最长的达到42小时。"
                                           "已有8.73万户多人口家庭办理了手续。")}
    assert (ms["六起"]["value"], ms["两起"]["unit"], ms["4380治疗单位"]["unit"]) == (6, "起", "治疗单位")
    assert "三起" not in ms and ms["42小时"]["kind"] == "actual"
    assert (ms["8.73万户"]["qualifier"], ms["8.73万户"]["subject"].startswith("多人口家庭")) == ("exact", True)


def test_tiers_that_go_straight_on_to_who_handles_them_or_what_the_rule_allows_are_rules():
    ms = {m["surface"]: m for m in metrics("单个项目投资在50万元以下的由使用单位报备实施，50万元至400万元的由我中心审核，400万元以上的按程序报批。"
                                           "交易标的在10万元以上的进入县级平台。行驶里程超过25万公里的方可申请更新。"
                                           "单次采购金额在50万元以下的通用类货物和服务，可通过电子卖场直购。受电变压器容量在315千伏安及以上的用户，可选择执行两部制电价。"
                                           "测震台周边1公里内不得新建建筑物。对吸纳就业10人以上的工坊，给予资助5万元；吸纳30人以上的，资助10万元。")}
    assert all(ms[s]["kind"] == "policy" for s in ("50万元以下", "50万元至400万元", "400万元以上", "10万元以上", "25万公里", "315千伏安及以上", "1公里", "30人以上"))
    assert [m["kind"] for m in metrics("单次采购金额在50万元以下的通用类货物和服务，可通过电子卖场直购。") if m["surface"] == "50万元以下"] == ["policy"]
    # (not a share of those under a bound, nor a range a thing mostly falls in)
    assert one("村级站点日均业务量不足20件的约占三分之一，可持续运营压力较大。", "20件")["kind"] == "actual"
    assert one("配售型住房以建筑面积70至90平方米的两房、三房为主，按照保本微利原则定价。", "70至90平方米")["kind"] == "actual"


def test_a_buildings_floors_that_name_a_rules_tier_are_no_figures():
    ms = {m["surface"]: m for m in metrics("4层住宅每部补助15万元，5层住宅每部补助18万元。5至6层每部16万元。全市6层住宅占比约71%。新建地上18层的安置房2栋。")}
    assert not {"4层", "5层", "5至6层", "6层"} & set(ms)
    assert (ms["15万元"]["subject"], ms["16万元"]["subject"], ms["71%"]["subject"]) == ("4层住宅每部补助", "5至6层", "6层住宅占比")
    assert "18层" in ms


def test_about_so_much_each_and_a_sum_one_got_are_no_rules():
    ms = {m["surface"]: m for m in metrics("征收项目平均补偿金额约为每户1.2万元。电梯维护费用分摊到每户每年约1000元左右。专项经费每年约20万元，难以满足需要。"
                                           "项目获资助80万元。")}
    assert all(ms[s]["kind"] == "actual" for s in ("1.2万元", "1000元左右", "20万元", "80万元"))


def test_a_librarys_loan_rules_and_a_norm_kept_within_are_rules():
    ms = {m["surface"]: m for m in metrics("读者每证最多可借图书10册，借期30天，可续借1次。村志篇幅一般控制在20万字至40万字之间。图书年剔旧率一般控制在5%以内。")}
    assert all(ms[s]["kind"] == "policy" for s in ("10册", "30天", "1次", "20万字至40万字", "5%以内"))
    assert ms["10册"]["qualifier"] == "at_most"


def test_permits_by_their_count_and_tapes_are_counted():
    ms = {m["surface"]: m for m in metrics("办理出入境证件46.3万证次。馆藏声像档案3200余盘。")}
    assert (ms["46.3万证次"]["unit"], ms["3200余盘"]["unit"]) == ("证次", "盘")


def test_the_years_ahead_a_start_year_and_a_word_beginning_with_deng_di_leave_the_subject():
    ms = {m["surface"]: m for m in metrics("下一步，今后两年新增工作站6个；从2026年起将每人体检经费标准提高到400元。"
                                           "安溪铁观音等地理标志产品年产值突破300亿元。")}
    assert (ms["6个"]["subject"], ms["400元"]["subject"], ms["300亿元"]["subject"]) == ("工作站", "每人体检经费标准", "地理标志产品年产值")


def test_since_a_legal_education_cycle_began_and_a_year_that_names_a_class():
    ms = {m["surface"]: m for m in metrics("全市2010年以前出版图书占比较高的学校有58所。"
                                           "“八五”普法以来，全乡开展法治宣传活动120场次。“八五”普法期间，计划培训300场次。")}
    assert (ms["120场次"]["period_start"], ms["120场次"]["period_end"]) == (dt.date(2021, 1, 1), dt.date(2024, 12, 31))
    assert ms["300场次"]["period_end"] == dt.date(2025, 12, 31)
    assert ms["58所"]["period_start"] is None
    m = one("下一步，到2025年，完成2000年底前建成需改造老旧小区改造任务，力争试点扩大至30个。", "30个")
    assert (m["period_start"], m["period_end"]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_a_payee_paid_per_item_a_weight_without_wei_and_a_quarter_as_a_deadline():
    ms = {m["surface"]: m for m in metrics("对国内发明专利授权的，每件资助3000元。将其纳入年度考核，考核分值占比10%。"
                                           "下一步，力争2025年三季度前建成分馆5个。")}
    assert (ms["3000元"]["subject"], ms["10%"]["kind"]) == ("国内发明专利授权", "policy")
    assert (ms["5个"]["period_start"], ms["5个"]["period_end"], ms["5个"]["subject"]) == (None, dt.date(2025, 9, 30), "建成分馆")
    assert one("平均结案周期28天，最短的3天办结。", "3天")["kind"] == "actual"


def test_up_to_this_year_rates_per_ten_thousand_in_words_a_forbidden_radius_and_cartridges():
    ms = {m["surface"]: m for m in metrics("热线接通率由2022年的71%提升至今年的92.5%。转贷资金使用费按日万分之零点八收取。"
                                           "校园周边100米范围内不得设置卷烟零售点。公交站点周边500米范围内公交覆盖率达到90%。查获烟弹11.6万颗。")}
    assert (ms["92.5%"]["period_start"], ms["92.5%"]["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (ms["万分之零点八"]["value"], ms["万分之零点八"]["kind"]) == (0.008, "policy")
    assert ms["100米"]["kind"] == "policy" and "500米" not in ms
    assert ms["11.6万颗"]["unit"] == "颗"


def test_an_on_time_share_a_cut_by_jingjian_a_trend_and_a_stock_told_now():
    ms = {m["surface"]: m for m in metrics("按时申请延续的比例由2023年的91%提高到97.5%。申请材料由9项精简为4项。来访总量连续4年下降，2024年为5126批次。"
                                           "2022年，我会成立法律服务团，现有成员律师326名。")}
    assert (ms["91%"]["kind"], ms["97.5%"]["kind"]) == ("actual", "actual")
    assert (ms["4项"]["subject"], ms["5126批次"]["subject"]) == ("申请材料", "来访总量")
    assert ms["326名"]["period_start"] is None


def test_thresholds_with_their_base_between_a_deduction_per_time_and_a_time_limit_for_a_class_of_cases():
    ms = {m["surface"]: m for m in metrics("余额不足首期交存额30%的，应当及时续交。专有部分面积超过建筑物总面积50%的小区，开发建设单位应当承担维修责任。"
                                           "同一事项被重复投诉3次以上的，每次扣2分。对不属于本机关职权范围的，在15日内转送有权机关。"
                                           "将其纳入考核，分值占信访工作考核总分的30%。县财政每年安排专项资金不少于300万元。")}
    assert [ms[s]["kind"] for s in ("30%", "50%", "3次以上", "15日内", "300万元")] == ["policy"] * 5
    assert (one("余额不足首期交存额30%的，应当及时续交。", "30%")["qualifier"], ms["50%"]["qualifier"]) == ("at_most", "over")
    assert [m["kind"] for m in metrics("余额不足首期交存额30%的，应当及时续交。将其纳入考核，分值占信访工作考核总分的30%。")] == ["policy", "policy"]
    assert one("全市占比超过全省总量的30%。", "30%")["kind"] == "actual"


def test_an_average_price_per_unit_a_cost_and_a_price_a_deal_was_struck_at_are_no_rules():
    ms = {m["surface"]: m for m in metrics("全市住宅物业费平均标准为每平方米每月1.18元。单位面积治理成本达每亩8万元至12万元。"
                                           "首批碳汇以每吨68元的价格成交。一级服务每月每平方米1.2元。")}
    assert [ms[s]["kind"] for s in ("1.18元", "8万元至12万元", "68元", "1.2元")] == ["actual", "actual", "actual", "policy"]
    # (a payment's average standard stays a rule, and a yearly sum set aside in a plan a target)
    assert one("国家助学金平均资助标准为每生每年2000元。", "2000元")["kind"] == "policy"
    assert one("下一步，市财政每年安排专项资金不少于3000万元。", "3000万元")["kind"] == "target"
