"""Seeded generator of realistic synthetic reply letters, with the truth of every fact.

    python benchmarks/generate.py --letters 1000 --seed 7 --out benchmarks/data/7-1000

writes `raw/<name>.txt` for every letter and `truth.jsonl` beside it: one JSON object per
letter with its header, its metrics (span, value, unit, kind, qualifier) and its
commitments (suggestion, ordinal, heading). Letters vary in agency and 文号, session,
proposer kind, section shape (一、 / （一） / 1. / 一是), metric phrasing (every unit,
qualifier, period and kind the extractor knows) and plan layout, and carry the genre's
non-metric numbers (years, 文号, phone numbers, slogans, 《titles》) that must not be taken.
"""
from __future__ import annotations

import argparse
import hashlib
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

AGENCIES = [
    ("温科", "温州市科学技术局"), ("温发改", "温州市发展和改革委员会"), ("温经信", "温州市经济和信息化局"),
    ("杭科", "杭州市科学技术局"), ("甬教", "宁波市教育局"), ("绍卫健", "绍兴市卫生健康委员会"),
    ("嘉交", "嘉兴市交通运输局"), ("湖农", "湖州市农业农村局"), ("金人社", "金华市人力资源和社会保障局"),
    ("台民", "台州市民政局"), ("衢住建", "衢州市住房和城乡建设局"), ("舟商", "舟山市商务局"),
]
DOC_TYPES = ["提复", "建复", "函", "提字", "建字"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志文斌宇浩凯")
ORGANISATIONS = ["民建市委会", "民盟市委会", "九三学社市委会", "农工党市委会", "致公党市委会", "市工商联", "县科协",
                 "民进市委会", "市妇联"]
CN = "一二三四五六七八九十"

# (subject, unit, (low, high), decimals)
SUBJECTS = [
    ("高新技术企业", "家", (10, 3000), 0), ("企业研发机构", "家", (50, 3000), 0), ("科技型中小企业", "家", (100, 5000), 0),
    ("孵化载体", "个", (5, 300), 0), ("重点项目", "个", (5, 500), 0), ("技术攻关项目", "项", (5, 200), 0),
    ("科技成果", "项", (10, 600), 0), ("创新创业人才", "人", (100, 90000), 0), ("培训活动", "场", (3, 120), 0),
    ("发明专利", "件", (100, 20000), 0), ("对接活动", "场次", (5, 90), 0), ("公交线路", "条", (2, 40), 0),
    ("养老机构", "所", (2, 60), 0), ("研发投入", "元", (1e7, 5e10), 0), ("技术交易额", "元", (1e8, 9e10), 0),
    ("贷款余额", "元", (1e8, 5e10), 0), ("研发活动覆盖率", "%", (10, 99), 2), ("研发投入强度", "%", (1, 5), 2),
    ("孵化面积", "方", (1e4, 1e7), 0), ("新增用地", "亩", (10, 3000), 0), ("改造道路", "公里", (1, 300), 1),
    ("科技特派员", "名", (20, 900), 0), ("产业教授", "位", (5, 80), 0), ("研发设备", "台", (10, 900), 0),
    ("服务企业", "人次", (100, 9000), 0), ("新能源公交车", "辆", (10, 600), 0), ("厂房面积", "平方米", (1000, 90000), 0),
    ("办结时限", "个工作日", (3, 20), 0), ("产值增幅", "个百分点", (1, 9), 1), ("培训班", "期", (2, 40), 0),
    ("污水处理能力", "吨", (1000, 900000), 0), ("新增供水能力", "立方米", (1000, 500000), 0),
    ("技术合同成交额增幅", "倍", (1, 5), 1), ("光伏装机容量", "千瓦", (1000, 900000), 0),
    ("清洁能源发电量", "千瓦时", (1e5, 9e8), 0), ("细颗粒物平均浓度", "微克/立方米", (10, 60), 0),
    ("氨氮平均浓度", "毫克/升", (0.1, 3), 2), ("年平均降雨量", "毫米", (800, 2500), 1),
    ("服务满意度测评得分", "分", (80, 99), 1),
]
# (years relative to the letter's: a figure reached is of a time before the letter was signed;
# a time after it is a plan's, and the extractor reads it as one)
PERIODS = [  # (phrase, kind of period)
    ("", None), ("", None), ("今年以来，", "ytd"), ("{last}年，", "last_year"), ("截至4月末，", "apr"), ("全年", "year"),
    ("{this}年1-4月，", "jan_apr"), ("截至目前，", None), ("上半年，", "h1"), ("去年上半年，", "last_h1"),
    ("{last}年全年", "last_year"),
]
SLOGANS = ["“510计划”", "“5+5+N”", "“1+14+76”", "“十个一”", "“四个一批”", "“六位一体”"]
TITLES = ["《关于加快科技创新的若干意见（2022-2024年）》", "《攻坚措施20条》", "《三年行动计划（2023-2025年）》"]


@dataclass
class Letter:
    name: str
    parts: list[str] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    header: dict = field(default_factory=dict)
    year: int = 2024  # (the year it is signed in)

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.parts)

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        return start

    def metric(self, surface: str, value: float, unit: str, kind: str, qualifier: str, subject: str,
               value_high: float | None = None) -> None:
        start = self.add(surface)
        self.metrics.append(dict(surface=surface, start=start, end=start + len(surface), value=value,
                                 value_high=value_high, unit=unit, kind=kind, qualifier=qualifier, subject=subject))

    def text(self) -> str:
        return "".join(self.parts)


def cn_numeral(n: int) -> str:
    """1..99 in Chinese numerals: 8 → 八, 12 → 十二, 21 → 二十一."""
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def money(value: float, rnd: random.Random) -> tuple[str, float]:
    """A currency amount as written (万元 or 亿元) and its value in 元."""
    if value >= 1e8 and rnd.random() < 0.7:
        shown = round(value / 1e8, rnd.choice([0, 1, 2]))
        return f"{shown:g}亿元", shown * 1e8
    shown = round(value / 1e4)
    return f"{shown}万元", shown * 1e4


# Units written one way and reported canonically (orchestration/extraction/units.py).
CANONICAL = {"个百分点": "百分点", "个工作日": "工作日"}


def quantity(subject: tuple, rnd: random.Random) -> tuple[str, float, str]:
    """(number with unit as written, value in base unit, canonical unit)."""
    surface, value, unit = written_quantity(subject, rnd)
    return surface, value, CANONICAL.get(unit, unit)


def written_quantity(subject: tuple, rnd: random.Random) -> tuple[str, float, str]:
    name, unit, (low, high), decimals = subject
    value = rnd.uniform(low, high)
    if unit == "元":
        return (*money(value, rnd), "元")
    big = unit == "方" and value >= 1e4 or (unit in ("吨", "立方米", "千瓦", "千瓦时") and value >= 1e5 and rnd.random() < 0.6)
    if big:
        shown = round(value / 1e4)
        return f"{shown}万{unit}", shown * 1e4, unit
    if name == "创新创业人才" and value >= 1e4 and rnd.random() < 0.5:
        shown = round(value / 1e4, 1)
        return f"{shown:g}万{unit}", shown * 1e4, unit
    if unit == "%" and 1 <= value < 100 and rnd.random() < 0.1:  # 百分之八十
        return f"百分之{cn_numeral(int(value))}", float(int(value)), unit
    value = round(value, decimals) if decimals else int(value)
    return f"{value:g}{unit}" if decimals else f"{value}{unit}", float(value), unit


def metric_sentence(letter: Letter, rnd: random.Random, *, target: bool = False) -> None:
    """One sentence with one to three metrics and the genre's qualifiers and periods."""
    period = rnd.choice(PERIODS)[0].format(this=letter.year, last=letter.year - 1)
    if target:
        period = rnd.choice(["", "全年", "力争全年", "力争明年"])
    letter.add(period)
    picks = rnd.sample(SUBJECTS, rnd.randint(1, 3))
    for i, subject in enumerate(picks):
        if i:
            letter.add("，")
        surface, value, unit = quantity(subject, rnd)
        lead = rnd.choice(["新增", "累计建成", "培育", "实现", ""]) if not target else rnd.choice(["新增", "建成", "完成", ""])
        letter.add(lead + subject[0])
        style = rnd.random()
        qualifier = "exact"
        if style < 0.15 and unit not in ("%",):
            letter.add("超")
            qualifier = "over"
        elif style < 0.25:
            surface += "以上"
            qualifier = "at_least"
        elif style < 0.32 and unit not in ("%", "元"):
            surface += "左右"
            qualifier = "approx"
        elif style < 0.38 and unit not in ("%", "元", "方") and value >= 10:
            low = int(value)
            high = low + rnd.randint(1, 5)
            surface, qualifier = f"{low}-{high}{unit}", "range"
            letter.metric(surface, low, unit, "target" if target else "actual", qualifier, subject[0], value_high=high)
            continue
        letter.metric(surface, value, unit, "target" if target else "actual", qualifier, subject[0])
        if not target and rnd.random() < 0.2 and unit in ("家", "个", "项"):
            rank = rnd.randint(1, 11)
            letter.add("、")
            letter.metric("居全省首位" if rank == 1 and rnd.random() < 0.5 else f"居全省第{rank}", rank, "rank", "rank", "exact", subject[0])
    letter.add("。")


def policy_sentence(letter: Letter, rnd: random.Random) -> None:
    subject = rnd.choice(["高新技术企业", "科技领军企业", "专精特新中小企业", "省级企业研究院"])
    amount = rnd.choice([5, 10, 20, 30, 50, 100, 150])
    letter.add(f"对新认定的{subject}")
    if rnd.random() < 0.5:
        letter.add("给予最高")
        letter.metric(f"{amount}万元", amount * 1e4, "元", "policy", "at_most", subject)
        letter.add("奖励。")
    else:
        letter.add("奖励")
        letter.metric(f"{amount}万元", amount * 1e4, "元", "policy", "exact", subject)
        letter.add("。")


def table_block(letter: Letter, rnd: random.Random, year: int) -> None:
    """A table flattened into pipe rows: the unit in the row's label, a year in each column's
    header, bare numbers in the cells."""
    picks = rnd.sample([s for s in SUBJECTS if s[1] in ("家", "个", "项", "件", "条", "所", "名", "台", "辆")], 2)
    letter.add(f"\n主要指标如下：\n| 指标 | {year - 2}年 | {year - 1}年 |\n")
    for name, unit, (low, high), _ in picks:
        letter.add(f"| {name}（{unit}） | ")
        for col in range(2):
            value = int(rnd.uniform(low, high))
            letter.metric(str(value), float(value), unit, "actual", "exact", name)
            letter.add(" | " if col == 0 else " |\n")


def noise_sentence(letter: Letter, rnd: random.Random) -> None:
    """Numbers that are not metrics."""
    letter.add(rnd.choice([
        f"出台了{rnd.choice(TITLES)}，推动{rnd.choice(SLOGANS)}落地见效。",
        f"{rnd.randint(2015, 2022)}年以来，持续推出人才新政{rnd.randint(1, 4)}.0版。",
        f"深入实施{rnd.choice(SLOGANS)}工程，构建{rnd.choice(SLOGANS)}服务体系。",
        f"根据《关于印发实施方案的通知》（温政办〔{rnd.randint(2019, 2024)}〕{rnd.randint(1, 99)}号），扎实推进各项工作。",
    ]))


def make_letter(index: int, rnd: random.Random, serials: dict[str, int], serial_base: int = 0) -> tuple[str, Letter]:
    code, agency = rnd.choice(AGENCIES)
    year = rnd.choice([2022, 2023, 2024, 2025])
    # An agency numbers its letters of each kind and year in sequence: no 文号 twice.
    prefix = f"{code}{rnd.choice(DOC_TYPES)}〔{year}〕"
    serial = serials[prefix] = serials.get(prefix, serial_base + rnd.randint(0, 40)) + rnd.randint(1, 3)
    doc_number = f"{prefix}{serial}号"
    body_kind = rnd.choice(["proposal", "suggestion"])
    term, sess = rnd.randint(8, 16), rnd.randint(1, 5)
    if body_kind == "proposal":
        session = f"市政协{cn_numeral(term)}届{cn_numeral(sess)}次会议"
    else:
        session = f"市{cn_numeral(term)}届人大{cn_numeral(sess)}次会议"
    proposal_no = rnd.randint(1, 600)
    kind = rnd.choice(["member", "deputy", "organisation"]) if body_kind == "proposal" else rnd.choice(["deputy", "organisation"])
    if kind == "organisation":
        proposer = salutation = rnd.choice(ORGANISATIONS)
        you = "贵单位"
    else:
        names = ["".join([rnd.choice(SURNAMES), *rnd.sample(GIVEN, rnd.randint(1, 2))]) for _ in range(rnd.choice([1, 1, 1, 2]))]
        proposer = "、".join(names)
        salutation = proposer + ("委员" if kind == "member" else "代表")
        you = "您们" if len(names) > 1 else "您"
    word = "提案" if body_kind == "proposal" else "建议"
    topic = rnd.choice(["促进创新型中小企业健康发展", "加快科技成果转化", "优化营商环境", "完善公共交通线路", "加强养老服务体系建设"])
    letter = Letter(name=f"letter-{index:06d}", year=year)
    letter.add(f"{doc_number}\n\n关于{session}{proposal_no}号{word}的\n答 复 函\n\n{salutation}：\n")
    letter.add(f"{you}在{session}期间所提的《关于{topic}的{word}》收悉。经调查研究，现答复如下：\n")
    shape = rnd.choice(["sections", "flat"])
    n_sections = rnd.randint(2, 3) if shape == "sections" else 0
    for s in range(max(1, n_sections)):
        if n_sections:
            letter.add(f"{CN[s]}、关于“{rnd.choice(['强化企业主体地位', '完善服务体系', '优化要素保障', '深化改革创新'])}”的建议\n")
        letter.add("近年来，我市高度重视相关工作。")
        for _ in range(rnd.randint(2, 4)):
            rnd.choice([metric_sentence, metric_sentence, policy_sentence, noise_sentence])(letter, rnd)
        if rnd.random() < 0.3:
            letter.add("一是加强统筹。二是强化保障。")
        if rnd.random() < 0.15:
            table_block(letter, rnd, year)
        letter.add("\n下一步，我们将重点做好以下工作：\n")
        marker = rnd.choice(["paren", "arabic"])
        for o in range(1, rnd.randint(2, 4) + 1):
            heading = rnd.choice(["加快培育创新主体", "优化要素供给", "深化助企服务", "加强人才招引", "推动数实融合"])
            letter.add((f"（{CN[o - 1]}）" if marker == "paren" else f"{o}.") + heading + "。")
            letter.commitments.append(dict(suggestion=s + 1 if n_sections else None, ordinal=o, heading=heading))
            metric_sentence(letter, rnd, target=True)
            letter.add("\n")
    phone = rnd.randint(10_000_000, 99_999_999)
    signed = dt.date(year, rnd.randint(5, 9), rnd.randint(1, 28))
    letter.add(f"感谢{you}对我们工作的关心和支持。\n联系人：{rnd.choice(SURNAMES)}{rnd.choice(GIVEN)}，联系电话：{phone}。\n\n")
    letter.add(f"{agency}\n{signed.year}年{signed.month}月{signed.day}日\n\n抄送：市政府办公室，市政协提案委\n")
    letter.header = dict(doc_number=doc_number, issuer_code=code, doc_year=year, doc_serial=serial, body_kind=body_kind,
                         session=session, committee_term=term, session_no=sess,
                         proposal_no=str(proposal_no), proposer=proposer, proposer_kind=kind,
                         issuing_agency=agency, signed_date=signed.isoformat(), contact_phone=str(phone))
    return letter.name, letter


def generator_version() -> str:
    """A digest of this file: cached letters from other generator code are not reused."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]


def generate(n: int, seed: int, out: Path) -> Path:
    """Write n letters and their truth under `out`; returns the raw folder."""
    rnd = random.Random(seed)
    serials: dict[str, int] = {}
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for i in range(n):
            name, letter = make_letter(i, rnd, serials)
            (raw / f"{name}.txt").write_text(letter.text(), encoding="utf-8")
            truth.write(json.dumps(dict(source_file=f"{name}.txt", header=letter.header, metrics=letter.metrics,
                                        commitments=letter.commitments), ensure_ascii=False) + "\n")
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(__file__).parent / "data" / f"{args.seed}-{args.letters}"
    raw = generate(args.letters, args.seed, out)
    print(f"{args.letters} letters in {raw}, truth in {out / 'truth.jsonl'}")


if __name__ == "__main__":
    main()
