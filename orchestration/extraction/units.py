"""The units and counters a quantity can carry, their family, and number multipliers."""
from __future__ import annotations

# unit as written -> (canonical unit, family). Longer units must win over their prefixes,
# so the pattern below sorts them by length.
# People a number counts by what they are, with no counter, after 万 or 亿 (惠及12万群众, 服务约210万城乡居民,
# 约40万人口): counted as 人. Looked for in a pass of their own (metrics.PEOPLE_QUANTITY): in the units'
# alternation they would slow the pass over every letter.
PEOPLE = ("群众", "居民", "城乡居民", "市民", "村民", "农民", "游客", "老人", "老年人", "人口", "职工", "学生",
          "脱贫人口", "农村人口", "常住人口", "户籍人口", "流动人口", "患者", "儿童", "残疾人", "农户", "家庭",
          "困难群众", "参保人员", "参保群众", "退休人员", "低收入人口", "失业人员", "林农", "农村劳动力")
# (households are counted as 户: 惠及60万农户)
PEOPLE_UNIT = {"农户": "户", "家庭": "户"}
UNITS: dict[str, tuple[str, str]] = {
    # currency
    "元": ("元", "currency"), "美元": ("美元", "currency"), "欧元": ("欧元", "currency"), "港元": ("港元", "currency"), "港币": ("港元", "currency"),
    # percent and ratios
    "%": ("%", "percent"), "‰": ("‰", "percent"), "个百分点": ("百分点", "percent"),
    "百分点": ("百分点", "percent"), "个千分点": ("千分点", "percent"), "千分点": ("千分点", "percent"),
    "个基点": ("基点", "percent"), "基点": ("基点", "percent"),
    "个BP": ("基点", "percent"), "BP": ("基点", "percent"), "bp": ("基点", "percent"), "倍": ("倍", "ratio"),
    # a rate per 100,000 (孕产妇死亡率8.56/10万)
    "/10万": ("/10万", "ratio"), "1/10万": ("/10万", "ratio"), "/万": ("/万", "ratio"),
    # (staff or beds per head of population, noted in a table's label: 每千人口床位数（张/千人）)
    # (and samples per thousand people: 食品抽检6.2批次/千人)
    **{f"{n}/{p}": (f"{n}/{p}", "ratio") for n in ("人", "名", "张", "床", "批次", "件", "个") for p in ("千人", "万人")},
    # tenths (八成, 近四成) are read as percent: 八成 → 80 %
    "成": ("%", "percent"),
    # area, length, mass, volume
    "平方米": ("平方米", "area"), "平米": ("平方米", "area"), "方": ("方", "area"),
    "平方公里": ("平方公里", "area"), "亩": ("亩", "area"), "亩次": ("亩次", "area"), "公顷": ("公顷", "area"),
    "公里": ("公里", "length"), "千米": ("公里", "length"), "米": ("米", "length"),
    "厘米": ("厘米", "length"), "毫米": ("毫米", "length"),  # (降雨量2146.3毫米)
    "延米": ("延米", "length"),  # (a length laid: 改造管网约2.1万延米)
    # (and a fleet's deadweight: 总运力1890万载重吨)
    # (and freight and passengers carried by distance: 货物周转量186.4亿吨公里, 旅客周转量52亿人公里)
    "吨公里": ("吨公里", "mass"), "人公里": ("人公里", "count"),
    "吨": ("吨", "mass"), "载重吨": ("载重吨", "mass"), "公斤": ("公斤", "mass"), "千克": ("公斤", "mass"), "斤": ("斤", "mass"),
    "毫克": ("毫克", "mass"),  # (not 克 alone: 千 before it would be read as a multiplier, 8.62千克标准煤)
    "空方": ("空方", "volume"),  # (an artificial reef's hollow volume: 投放人工鱼礁2.4万空方)
    "立方米": ("立方米", "volume"), "升": ("升", "volume"), "毫升": ("毫升", "volume"),  # (献血量3260万毫升)
    # rates keep their denominator, in the family of their numerator (处理规模12万吨/日,
    # 引水流量9立方米/秒, 路网密度5.9公里/百平方公里)
    "吨/日": ("吨/日", "mass"), "吨/天": ("吨/日", "mass"), "吨/年": ("吨/年", "mass"), "蒸吨/小时": ("蒸吨/小时", "power"), "立方米/秒": ("立方米/秒", "volume"),
    "立方米每秒": ("立方米/秒", "volume"),
    "立方米/日": ("立方米/日", "volume"), "立方米/天": ("立方米/日", "volume"),
    "立方米/小时": ("立方米/小时", "volume"), "标方/小时": ("标方/小时", "volume"),  # (产氢能力1000标方/小时)
    "公里/百平方公里": ("公里/百平方公里", "length"), "公里/平方公里": ("公里/平方公里", "length"),
    "米/秒": ("米/秒", "length"),  # (a speed: 阵风35.2米/秒)
    "毫米/小时": ("毫米/小时", "length"),  # (a rain's intensity: 最大小时雨强98.6毫米/小时)
    "公里/小时": ("公里/小时", "length"), "公里每小时": ("公里/小时", "length"), "km/h": ("公里/小时", "length"),  # (平均车速16.8公里/小时)
    # a flood standard's return period (防洪标准达到50年一遇)
    "年一遇": ("年一遇", "duration"),
    # a discount (9折优惠)
    "折": ("折", "ratio"),
    # prices and yields per unit of what is sold or grown (14.6元/公斤, 412公斤/亩)
    "元/公斤": ("元/公斤", "currency"), "元/千克": ("元/公斤", "currency"), "元/斤": ("元/斤", "currency"),
    # (a price or rent per area: 成交均价16850元/平方米)
    "元/平方米": ("元/平方米", "currency"), "元/平米": ("元/平方米", "currency"), "元/㎡": ("元/平方米", "currency"),
    # (green space per head, toilets per area: 人均公园绿地面积15.8平方米/人, 3—5座/平方公里)
    "人/班": ("人/班", "count"),  # (a class's size: 平均班额41.3人/班)
    "平方米/人": ("平方米/人", "area"), "座/平方公里": ("座/平方公里", "count"),
    # (and a network's density: 站网密度12.4个/百平方公里, 防火道路密度2.8米/公顷; hours of training per head: 30学时/人)
    **{f"{n}/{p}": (f"{n}/{p}", "count") for n in ("个", "座", "处", "所") for p in ("平方公里", "百平方公里") if (n, p) != ("座", "平方公里")},
    "米/公顷": ("米/公顷", "length"), "学时/人": ("学时/人", "count"), "课时/人": ("课时/人", "count"),
    "元/亩": ("元/亩", "currency"), "元/人": ("元/人", "currency"),  # (亩均税收38.6万元/亩, 劳动生产率68.5万元/人)
    "元/人次": ("元/人次", "currency"),
    # (a standard per head and month or year: 低保标准676元/人·月)
    "元/人·月": ("元/人·月", "currency"), "元/人·年": ("元/人·年", "currency"), "元/人月": ("元/人·月", "currency"),
    "元/人/月": ("元/人·月", "currency"), "元/人/年": ("元/人·年", "currency"),
    # (a school's funding per student, and per student and year: 生均公用经费1800元/生, 1200元/生·年)
    "元/生": ("元/生", "currency"), "元/生·年": ("元/生·年", "currency"), "元/生/年": ("元/生·年", "currency"),
    "元/月": ("元/月", "currency"), "元/年": ("元/年", "currency"),  # (a fare: 2元/人次, not 元/人 and a stray 次)
    "元/标箱": ("元/标箱", "currency"),  # (a port's charge per container: 300元/标箱)
    # (road upkeep per kilometre and year, a rate per household, vehicle, bed or semester: 7000元/公里·年)
    **{f"元/{per}": (f"元/{per.replace('/', '·').replace('天', '日')}", "currency") for per in (
        "公里", "车公里", "人公里", "公里·年", "公里/年", "延米", "车", "车·年", "车/年", "辆", "户", "户·年", "户/年", "户·月", "户/月",
        "生·学期", "生/学期", "床", "床·月", "床/月", "千瓦", "亩·年", "亩/年", "次", "张", "日", "天",
        # (a subsidy per machine, head or plant: 2800元/台, 1.2万元/台套, 500元/头)
        "台", "台套", "套", "头", "只", "株", "艘",
        # (a cost per parcel or order, a rent per area and month: 派送成本2.8元/件, 80元/平方米·月)
        "件", "单", "票", "箱", "平方米·月", "平方米/月")},
    "元/吨公里": ("元/吨公里", "currency"),  # (a freight rate: 公路运输单位成本0.38元/吨公里)
    "元/吨": ("元/吨", "currency"), "元/千瓦时": ("元/千瓦时", "currency"), "元/立方米": ("元/立方米", "currency"),
    "公斤/亩": ("公斤/亩", "mass"), "斤/亩": ("斤/亩", "mass"),
    # …and as symbols or Latin abbreviations (12.4万㎡, 4,356.8 km, 18.6万t/d, 120 m³/s, 3,150万kW·h)
    "㎡": ("平方米", "area"), "m²": ("平方米", "area"), "m2": ("平方米", "area"), "㎞": ("公里", "length"), "km": ("公里", "length"),
    "㎏": ("公斤", "mass"), "kg": ("公斤", "mass"), "mm": ("毫米", "length"), "m³": ("立方米", "volume"),
    "t/d": ("吨/日", "mass"), "m³/s": ("立方米/秒", "volume"), "m³/d": ("立方米/日", "volume"),
    "kW": ("千瓦", "power"), "KW": ("千瓦", "power"), "MW": ("兆瓦", "power"),
    "kW·h": ("千瓦时", "energy"), "kWh": ("千瓦时", "energy"), "kw·h": ("千瓦时", "energy"), "kwh": ("千瓦时", "energy"),
    # power and energy (装机容量120万千瓦, 发电量3.2亿千瓦时)
    "千瓦": ("千瓦", "power"), "兆瓦": ("兆瓦", "power"), "吉瓦": ("吉瓦", "power"), "GW": ("吉瓦", "power"),
    # (a water main's pressure: 供水水压0.20-0.28兆帕; not 瓦, which the multiplier 千 would take from 千瓦)
    "兆帕": ("兆帕", "pressure"), "MPa": ("兆帕", "pressure"), "千帕": ("千帕", "pressure"), "kPa": ("千帕", "pressure"),
    "兆瓦时": ("兆瓦时", "energy"), "MWh": ("兆瓦时", "energy"), "吉瓦时": ("吉瓦时", "energy"), "GWh": ("吉瓦时", "energy"), "千伏安": ("千伏安", "power"),
    "千瓦时": ("千瓦时", "energy"),
    "蒸吨": ("蒸吨", "power"),  # a boiler's rating (燃煤锅炉35台，合计138蒸吨)
    "吨标准煤": ("吨标准煤", "energy"),
    # (an intensity: 平均供电煤耗298克标准煤/千瓦时, 单位GDP能耗0.38吨标准煤/万元)
    "克标准煤/千瓦时": ("克标准煤/千瓦时", "energy"), "千克标准煤": ("千克标准煤", "energy"),
    # (单位建筑面积能耗8.62千克标准煤/平方米)
    "千克标准煤/平方米": ("千克标准煤/平方米", "energy"), "千克标准煤/人": ("千克标准煤/人", "energy"),
    "克/千瓦时": ("克/千瓦时", "mass"), "吨标准煤/万元": ("吨标准煤/万元", "energy"),
    # concentrations (PM2.5平均浓度28微克/立方米, 氨氮0.82毫克/升)
    "微克/立方米": ("微克/立方米", "concentration"), "毫克/立方米": ("毫克/立方米", "concentration"),
    "毫克/升": ("毫克/升", "concentration"), "克/公斤": ("克/公斤", "concentration"), "克/千克": ("克/公斤", "concentration"),  # (土壤有机质28.6克/公斤)
    "mg/L": ("毫克/升", "concentration"), "μg/m³": ("微克/立方米", "concentration"),
    # data (数字资源总量达86TB)
    "TB": ("TB", "data"), "PB": ("PB", "data"), "GB": ("GB", "data"),
    # (and a bandwidth: 出口带宽3.4万Gbps)
    "Gbps": ("Gbps", "data"), "Tbps": ("Tbps", "data"), "Mbps": ("Mbps", "data"),
    # computing power (算力规模约2800PFlops)
    **{f"{p}{f}": (f"{p}Flops", "compute") for p in "TPE" for f in ("Flops", "FLOPS", "flops", "FLOPs")},
    # (often written with its prefix alone: 智算中心算力达到500P)
    "P": ("PFlops", "compute"),
    # (and cloud cores and their hours: 计算资源6800核vCPU, 新增2000核, 约1200万核时; not 核心, 核查: metrics._exclude)
    "核": ("核", "compute"), "核vCPU": ("核", "compute"), "核时": ("核时", "compute"),
    # durations
    "个月": ("个月", "duration"), "天": ("天", "duration"), "小时": ("小时", "duration"), "个小时": ("小时", "duration"), "分钟": ("分钟", "duration"), "秒": ("秒", "duration"), "毫秒": ("毫秒", "duration"), "ms": ("毫秒", "duration"),
    "个工作日": ("工作日", "duration"), "工作日": ("工作日", "duration"), "周": ("周", "duration"),
    "个季度": ("个季度", "duration"),  # (连续3个季度)
    # (a time limit in days, 15日内: read with its 内, as a bare N日 is a date's day)
    "日内": ("天", "duration"),
    # a score (满意度测评得分96.3分); only where a score is named (metrics._exclude)
    "分": ("分", "score"),
    # a sound level (区域环境噪声昼间平均等效声级54.1分贝)
    "分贝": ("分贝", "sound"),
    # a temperature or its change (年平均气温19.3℃, 偏高0.9℃)
    "℃": ("℃", "temperature"), "摄氏度": ("℃", "temperature"),
    # an average age only (平均年龄52.6岁); an age that bounds a group is no quantity (metrics._exclude)
    "岁": ("岁", "duration"),
    # counters
    **{u: (u, "count") for u in (
        "具 家 个 项 人 件 场次 场 桌 樘 档 名 位 条 只 所 套 期 支 批 户 台 辆 座 间 张 本 册 部 处 栋 幢 篇 门 类 种 "
        "例 次 人次 户次 艘 架 头 株 棵 宗 笔 份 组 对 块 盏 根 片 起 床 班 校 园 村 镇 站 网点 "
        "管 人日 集 副 面 台班 把 例次 台次 诊次 家次 项次 车次 架次 批次 单 款 首 部门 节次 班次 课时 轮 列 辆次 标箱 枚 剂次 剂 艘次 条次 学分 台件 台套 册次 轮次 顶 大类 通 卷 件次 箱 时户 学时 站次 匹 羽 群 届 票 段 节 种次 口 幢次 栋次 处次 自然箱 卷次 页 页次 画幅 字 人份 治疗量 对次 眼 所次 校次 份次 餐次 幅 晚 篇次 趟 趟次 列次 路 包 瓶 盒 袋 客位 股 人年 间夜 个次 餐 席 头次 只次 羽次 尾 棒 航次 封 床次 座次 村次 针次 件套 层 船次 矿次 点次 发 证次 盘 颗"
    ).split()},
    # (blood by its units: 采集全血26.4万单位; not 单 and a stray 位)
    "单位": ("单位", "count"), "治疗单位": ("治疗单位", "count"),  # (blood components by their doses: 血小板4380治疗单位)
    "标准箱": ("标箱", "count"), "TEU": ("标箱", "count"), "个班": ("班", "count"),  # (12个班: classes, as 12班)
    "个等级": ("等级", "count"), "个等别": ("等别", "count"), "等别": ("等别", "count"),  # (a grade's steps: 耕地质量平均提高0.5个等级)
    # (flights or sailings per week or day: 每周航班（班/周）, 日均起降320架次/日; parcels a day: 日均处理1850万件/日)
    **{f"{n}/{p}": (f"{n}/{p.replace('天', '日')}", "count") for n in ("班", "架次", "人次", "辆次", "艘次", "车次", "辆", "件", "单", "票") for p in ("周", "日", "天")},
    "标台": ("标台", "count"), "标准台": ("标台", "count"), "件/套": ("件", "count"),  # (文物126万件/套)  # (a bus fleet in standard buses: 万人公交车拥有量16.3标台)
    # (a data centre's racks: 约9.6万标准机架, 3.8万架)
    "标准机架": ("标准机架", "count"), "机架": ("机架", "count"), "机柜": ("机柜", "count"),
}
# Counters that a Chinese numeral may carry (三支, 两家). Deliberately narrow: 位/次/级/年
# after Chinese numerals are idioms far more often than quantities (五位一体, 二次开发).
CN_COUNTERS = ("家", "个", "项", "支", "名", "所", "条", "件", "批", "座", "台", "辆", "场", "户", "类", "种", "只", "套", "成",
               "人", "人次", "倍", "个月", "个季度", "个百分点", "百分点", "场次", "期", "班次", "册", "宗",
               "亩", "吨", "公顷", "公里", "米", "口", "例",  # (三百一十二万亩, 两百多米, 三十多口塘, 危重患者四例)
               "公斤", "千克", "斤", "台套", "亩次", "个工作日", "工作日",  # (亩产四百零五公斤, 九亿四千万斤, 十五个工作日)
               "处", "轮", "轮次", "件/套",  # (革命文物五百件/套以上)  # (一万二千余处, 开展三轮检查; not 三轮车, 两轮驱动: metrics._exclude)
               "平方米", "立方米", "平方公里", "户次", "家次", "艘",  # (四点二万平方米, 十二万余户次, 客船六艘; not 头: 三头并进)
               "起")  # (案件六起, 森林火灾两起: a bare 一 is no numeral, so 一起 stays no count)

# …and counters read after a compound Chinese numeral only (三百四十盏, 一万二千余张, 二十余次), where
# no idiom has them (一起, 一次性, 一张网, 一对一, 五位一体): metrics._exclude drops them after a bare digit word.
CN_COMPOUND_COUNTERS = ("盏", "张", "栋", "间", "份", "组", "对", "架", "次", "位", "批次", "台次", "辆次", "架次", "门",
                        "方", "株", "棵", "车次", "把", "台班",  # (一千二百多方, 两千四百余株, 四十七车次, 二十把, 六十余台班)
                        "头", "羽", "箱", "头次", "羽次",  # (两万多头, 三万羽, 五十余万头次; not 三头并进)
                        "笔", "班", "分钟",  # (专属贷款二百三十笔, 二百六十班, 三十分钟以内; not 一笔, 一班人, 一分钟)
                        "部",  # (加装电梯一百零六部; not 十部门)
                        "天")  # (产假一百五十八天, 护理假十五天; not 七天无理由退货)

MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
               "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3}

# A term in years, read only after the words that set one (metrics.TERM_YEARS): a bare N年 is a year.
TERMS = {"年": "年"}
# A ratio written with a colon, read only after the word that names it (metrics.RATIO): 1:16.8 is its quotient.
RATIOS = {"比": "比"}
FAMILIES = {canon: fam for canon, fam in UNITS.values()} | {"rank": "rank", "年": "duration", "比": "ratio"}
# What a unit's number is multiplied by to give its canonical unit's value.
FACTORS = {"成": 10.0}


def alternation(words) -> str:
    """A regex alternation that prefers the longest word."""
    import re

    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
