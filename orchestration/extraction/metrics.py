"""Quantitative mentions: find, exclude, normalise, then classify in context.

1. One pattern finds every candidate (a number with its unit or counter, or a rank such
   as 居全省第3) in the body of every letter, with code-point spans.
2. Exclusions drop what the genre uses numbers for without measuring anything: titles in
   《》, short quoted slogans (“510计划”, “5+5+N”), ordinals (第六批), idioms.
3. Values are normalised (万/亿, Chinese numerals, ranges) and units mapped to families.
4. Context decides qualifier, kind, period and subject, from the text before and after
   each mention within its sentence, and from enumerations joined by 、.
"""
from __future__ import annotations

import functools
import gzip
import re
from pathlib import Path

import polars as pl
import polars.selectors as cs

from . import holidays, schema
from . import units as U
from .frames import backward_fill_in, cum_sum_in, forward_fill_in, group_start, row_in, shift_in
from .tables import table_cells
from .text import CUT, find_spans, numeral_value, slice_text

NUM_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Chinese numerals must start with a digit word or 十 (so not 百家/千家万户), and a bare 一
# is an article far more often than a quantity (一批, 一个).
_CN_DIGITS = "[零〇两一二三四五六七八九十百千]"
NUM_CN = (
    # (a decimal read digit by digit after 点: 一点三, 十二点五)
    # (and 万 inside, as 亿: 二万六千八百元, 一万二千人)
    r"(?:(?:[两二三四五六七八九十]|一[十百千点])" + _CN_DIGITS + r"*(?:亿" + _CN_DIGITS + r"+)?(?:万" + _CN_DIGITS + r"+)?(?:点[零〇一二三四五六七八九]+)?"
    r"|一[亿万]" + _CN_DIGITS + r"+"  # 一亿二千余万元: 亿 inside, 万 after
    r"|零点[零〇一二三四五六七八九]+)"  # (a fraction of one: 零点八万亩)
)
MULT = U.alternation(U.MULTIPLIERS)
UNIT = U.alternation(U.UNITS)
CN_UNIT = U.alternation(U.CN_COUNTERS + U.CN_COMPOUND_COUNTERS)
POST = r"(?:及?以上|及?以下|及?以内|之内|左右|上下|余|多)"
# Words 多 opens (多子女, 多层, 多部门): after a count, no "more than".
MANY_WORD = r"^多(?:子女|人口|层|孩|部门|元|样|种|方|措|功能|渠道|彩|维|头|媒体|语种|规合一|式|跨|点|领域|主体|场景|胎|户|党派|民族)"
REGION = r"(?:国内外|海内外|省内外|市内外|全国|全省|全市|全区|全县|全州|全盟|全疆|全旗|省内|市内|区内|县内|国内|同类城市|地市|全球|中西部|中部|西部|东部|东北|长三角|珠三角)"
# (a bound's or an estimate's word before a share: 不到全市8%, 约占)
ABOUT = r"(?:不到|不足|约|近|超过)"
PARENTHETICAL_SHORT = r"[（(][^（()）]{1,8}[）)]"
def _ranked_among(leads: str, stops: str, span: int) -> str:
    """A verb of ranking, then up to `span` characters of what it ranks among (none of `stops`;
    a short bracket counts as one). 居 alone leads only where no word it begins follows (民, 环境,
    住, 家, 委, 室, 所: 居民收入居全省第3位 and 农村人居环境整治考核居全市第3位 rank from the second 居),
    列 only where 入 or 为 does not (列入 is no rank)."""
    # (and places listed: 居各区、县（市）首位)
    free = r"(?:[^" + stops + r"（()）]|" + PARENTHETICAL_SHORT + "|[区县市]、)"
    first = lambda barred: r"(?:[^" + barred + stops + r"（()）]|" + PARENTHETICAL_SHORT + ")"  # noqa: E731
    return (rf"(?:(?:{leads}){free}{{0,{span}}}?"
            rf"|居(?:{first('民环住家委室所')}{free}{{0,{span - 1}}}?)?"
            rf"|列(?:{first('入为')}{free}{{0,{span - 1}}}?)?)")


RANK = (
    # (a numeral in words read whole, so an article's number is one ordinal: 第二百八十七条)
    # (and a record, how high or how much: 列1961年以来历史第二高, 为有记录以来第3多)
    r"(?:(?P<rec_lead>历史|史上|以来|同期)第 ?(?P<rec>\d{1,2}|[一二三四五六七八九十])[高多低少大小]"
    r"|(?P<rank_lead>(?:(?:稳居|跃居|升居|位居|位列|名列|排名|排在|居于|居|列|排)(?:分别为|分别是|分别)?)?" + REGION + r"?)第 ?(?P<rank>\d{1,4}|[一二三四五六七八九十百零千]{1,7})"
    r"(?: ?(?P<rank_unit>位|名))?"
    # …among the places a name ends in (居温州第1, 居温州各县（市、区）第二, 中部第2位): a lead is needed
    r"|(?P<place_lead>" + _ranked_among("位居|位列|名列|排名|排在|居于", "，。；、第前", 11)
    # (or among all of a kind: 居各区域第一, 居世界第一)
    + r"(?:[省市县区州国内部界]|街道|乡镇|镇街|各\p{Han}{1,5}|" + PARENTHETICAL_SHORT + r"))第 ?"
    r"(?P<prank>\d{1,4}|[一二三四五六七八九十百]{1,4})(?: ?(?P<prank_unit>位|名))?"
    # 居全省首位: first (a lead is needed: 放在首位 is a priority, not a rank), also after what a
    # name ends in (列温州各县（市、区）首位, 居全省沿海港口首位)
    r"|(?P<top_lead>" + _ranked_among("位居|位列|名列|排名|居于|保持", "，。；、第前首", 12) + r")首位"
    # among the first n (进入全国前10位): at most n
    r"|(?P<topn_lead>(?:进入|保持|位居|位列|稳居|跻身|居于|居|排名|进)?" + REGION + r"?)前 ?(?P<topn>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<topn_unit>位|名)"
    # …written without 位 after a verb of ranking (位列全省前三, 并列山区26县前两位, 入选…大赛前十强)
    r"|(?P<topv_lead>(?:位列|位居|稳居|跻身|进入|入选|并列|保持|居于)[^，。；、前]{0,16}?|居(?:[^民，。；、前][^，。；、前]{0,15}?)?)前(?P<topv>\d{1,2}|[一二两三四五六七八九十]{1,3})(?P<topv_unit>位|名|强)?)"
)
QUANTITY = (
    # (a range's start may carry its own multiplier: 3000万至5000万元)
    r"(?P<num>" + NUM_AR + r")(?:(?P<mult0>" + MULT + r")? ?[-~至到] ?(?P<num2>" + NUM_AR + r"))? ?(?P<yu1>余|多|来)?(?P<mult>" + MULT + r")?"
    # (来 after a round number is about it: 亩均1000来元)
    # (a space an old web page left before 以上, 左右: 500立方米/秒 以上; the currency named after
    # the unit is part of the amount: 100万元人民币以上)
    r"(?P<yu2>余|多|来)? ?(?P<unit>" + UNIT + r")(?:人民币)?(?:[（(](?:[间套户件个人处所家台辆座张]|含)[）)])?(?: ?(?P<post>" + POST + r"))?"
)
CN_QUANTITY = (
    # (a range in words: 三至五家)
    r"(?:(?P<cnum>" + NUM_CN + r")(?:[至到～~—-](?P<cnum2>" + NUM_CN + r"))?(?P<cyu0>余|多|来|把|几)?(?P<cmult>" + MULT + r")?(?P<cyu>余|多|来|把|几)?"
    # money in words needs its 万/亿 (三百多万元) or tens (处二十元罚款, 五百元以下); a bare 三元 is a
    # name more often (三元融合)
    r"(?:(?P<cunit>" + CN_UNIT + r")|(?P<cmoney>(?:万|亿)?元))(?P<cpost>" + POST + r")?"
    # 一 is a quantity before 倍 (增长近一倍) and before 万元, 亿元 (投入资金一亿元)
    r"|(?P<onefold>一)(?P<ofunit>倍|成|个百分点)(?P<opost>以上|左右|多)?|(?P<onemoney>一)(?P<onemult>万|亿)元(?P<ompost>以上|以下|以内|左右|多)?"
    # …and before 万 or 亿 and a counter (超过一万人)
    r"|(?P<onecount>一)(?P<ocmult>万|亿)(?P<ocyu>余|多)?(?P<ocunit>" + CN_UNIT + r")(?P<ocpost>" + POST + r")?"
    # a doubling: 翻一番 is twice, 翻两番 four times (实现翻番, 翻了一番多)
    r"|(?P<dbl>翻了?[一两二三]?番)(?P<dpost>以上|多)?"
    # half of a whole, a share (近一半的个体工商户, 一半以上): 50 %; more than half (占比首次过半) over it
    # (and half price, a rule's: 按半价收取)
    r"|(?P<half>一半|过半|半价)(?P<hpost>以上|左右|多)?"
    # a bare hundred or thousand after a word of how near (近百处, 近千户, 面积达千亩以上, 超千亿元), matched
    # with it: alone, 百家 and 千家万户 are words
    # (and 上 before it, a thousand or more: 上千家次, 上万人, 上百万人次; a milestone passed: 突破千亿元, 迈上万亿元)
    r"|(?P<blead>近|逾|超过?|约|达到?|突破|迈上|跨上|站上|上|不足|不到)(?P<bare>[百千万亿])(?P<bmult>[万亿])?(?P<byu>余|多)?(?:(?P<bunit>" + CN_UNIT + r")|(?P<bmoney>元))(?P<bpost>" + POST + r")?"
    # (…or with 余 or 多 after it: 百余个, 千余家)
    r"|(?P<bare2>[百千])(?P<byu2>余|多)(?P<bunit2>" + CN_UNIT + r")(?P<bpost2>" + POST + r")?)"
)
# 百分之八十, 百分之十二点五: a percentage in words.
# (and a range in words shares it: 百分之七十五至八十五)
CN_PERCENT = (r"百分之(?P<pnum>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
              r"(?:[至到～~—-](?:百分之)?(?P<pnum2>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?))?(?P<ppost>以上|以下|以内|左右)?")
# 三分之一, 近四分之一: a share as a fraction in words, read as a percentage (百分之… is above);
# a staffing or incidence ratio per thousand or ten thousand too (万分之一点五 → 0.015%, 万分之零点八 → 0.008%).
CN_FRACTION = r"(?P<fden>[二两三四五六七八九十]{1,2}|千|万)分之(?P<fnum>[零一二两三四五六七八九十]{1,2}(?:点[零〇一二三四五六七八九]+)?)(?P<fpost>以上|以下|以内|左右|多)?"
# A term in years a rule sets (期限最长不超过3年, 最长5年, 给予不超过2年的社保补贴), matched with its lead:
# a bare N年 is a year or a span far more often. The span is the number's, without the lead.
TERM_YEARS = (r"(?P<ylead>(?:期限|有效期|过渡期|服务期|保护期|合同期|试用期|缓冲期|培养期|船龄|车龄|机龄|房龄|回收期|保存期|保管期|留存期)(?:一般|原则上|普遍|均|大多)?(?:由(?:\d{4}年的?)?|在|为|是|最长|最长为|最长不超过|不超过|不少于|不低于|至少|延长至|延长到|最长可达)?|最长(?:不超过|为|可达|可)?(?:补助|补贴|资助|支持|扶持|享受|发放|领取)?|最多(?:可)?(?:补助|补贴|资助|支持|扶持|享受|发放|领取)|不超过|连续(?:补助|补贴|奖励|支持|扶持|给予|发放|资助)"
              # (a term's change from a year before: 较上年延长1.3年)
              r"|较上年(?:同期)?(?:延长|缩短)|(?:平均)?受教育年限(?:达到|达|为|提高到|提高至|提升至)?"
              # (and a time a thing takes, or its change: 平均轮候时间由2022年的6.2年缩短至4.5年左右, 建设周期约2.5年)
              r"|(?:时间|周期|时长|工期|年限(?:要求)?)(?:平均)?(?:由(?:\d{4}年的?)?)?(?:为|约为|约|缩短至|缩短到|缩短为|延长至|延长到|控制在|压缩至|压缩到)?"
              # (and a term's fall: 平均车龄由2020年的9.6年下降至6.8年)
              r"|(?:缩短|延长|压缩|下降|降低)(?:至|到|为|了))"
              # (a range too: 贴息期限1～3年)
              r"(?P<ynum>\d{1,2}(?:\.\d{1,2})?|[一二两三四五六七八九十])(?:[-~～—至到](?P<ynum2>\d{1,2}|[一二两三四五六七八九十]))?个?年期?(?P<ypost>以内|内|及以上|以上|左右)?")
CANDIDATE = "(?:" + RANK + "|" + QUANTITY + "|" + CN_QUANTITY + "|" + CN_PERCENT + "|" + CN_FRACTION + ")"
# (terms are looked for only in the letters whose words can set one: a fifth pass's cost spared)
TERM_HINT = (r"期限|有效期|过渡期|服务期|保护期|合同期|试用期|缓冲期|培养期|船龄|车龄|机龄|房龄|回收期|保存期|保管期|留存期|最长|不超过|最多可?(?:补助|补贴|资助|支持|扶持|享受|发放|领取)\d|连续(?:补助|补贴|奖励|支持|扶持|给予|发放|资助)|较上年(?:同期)?(?:延长|缩短)"
             r"|(?:时间|周期|时长|工期|年限)\D{0,12}年|受教育年限|(?:缩短|延长|压缩|下降|降低)[至到为了]\d")
# A ratio written with a colon after the word that names it (师生比为1:16.8, 车桩比约为2.6:1) or before
# 比例 (按1:1比例配套): its value is the quotient (1:16.8 → 0.0595), its unit 比. Not a map's scale (1:5万)
# nor a time of day or a match's score (no 比 names them). In a pass of its own over the letters that have one.
RATIO_HINT = r"(?:比|杠杆率)[^，。；]{0,12}\d{1,4}(?:\.\d+)?\s?[:：∶]\s?\d|\d\s?[:：∶]\s?\d{1,4}(?:\.\d+)?的?比例"
RATIO_BEFORE_ITEM = r"\d\s?[:：∶]\s?\d{1,4}(?:\.\d{1,3})?$"
_RATIO_TERMS = r"(?P<{a}>\d{{1,4}}(?:\.\d{{1,3}})?)\s?[:：∶]\s?(?P<{b}>\d{{1,4}}(?:\.\d{{1,3}})?)(?:(?P<{post}>以内|以上|以下|左右)|(?P<{next}>[万千百\d.]))?"
# (what follows a ratio and names the next: a list's item, a change's end: 由55:45调整为58:42)
# (the change's end may name its year: 由2020年的1.86:1缩小至2024年的1.52:1)
_RATIO_NEXT = r"(?:[、和及与]|[，,]?(?:调整|提高|提升|降低|优化|下降|上升|缩小|扩大)(?:为|至|到)(?:\d{4}年(?:底|末)?的?)?)\s?"
# (the words between: a verb, 由 and a year, up to six characters of any other but a score's or a match's,
# 比分 and 比赛, or a comparison's, 比上年, 比较)
# (a leverage is a ratio too: 消费券杠杆率为1:9.2)
RATIO = (r"(?P<rlead>(?:比(?:例|值)?|杠杆率)\s?(?:分别)?(?:由(?:\d{4}年的?)?|[^分赛较上去同，。；\d：:∶\s“”][^，。；\d：:∶“”]{0,5})?\s?[“\"]?)"
         + _RATIO_TERMS.format(a="ra", b="rb", post="rpost", next="rnext")
         + r"|(?P<rlead2>按照?[^，。；\d]{0,12}?)" + _RATIO_TERMS.format(a="ra2", b="rb2", post="rpost2", next="rnext2") + r"(?P<rtail>的?比例)"
         # (and the items listed after one: 师生比分别达到1:16.8和1:12.5, kept where a ratio ends just before)
         + r"|(?P<rlead3>" + _RATIO_NEXT + r")" + _RATIO_TERMS.format(a="ra3", b="rb3", post="rpost3", next="rnext3"))
# A count in 万 or 亿 whose unit is in the word that names it (参保人数达到520万, 服务人次超过2600万,
# 企业户数达12.5万), ended by a clause's end; in a pass of its own over the letters that have one.
# Each naming word with the unit it gives (and a medium's followers and views: 新媒体粉丝总数达到162万,
# 短视频播放量突破1.2亿).
_NAMED_UNIT = {"人数": "人", "人口": "人", "人次": "人次", "户数": "户", "粉丝": "人",
               **{w: "次" for w in ("播放量", "浏览量", "阅读量", "点击量", "访问量", "观看量")}}
_NAMED_WORDS = "|".join(_NAMED_UNIT)
_NAMED_COUNT_WORD = r"(?P<nword>" + _NAMED_WORDS + ")"
NAMED_COUNT_HINT = r"(?:" + _NAMED_WORDS + r")[^，。；\d]{0,8}\d[\d.,]*[万亿][，。；,;、）)]"
NAMED_COUNT = (r"(?P<nlead>" + _NAMED_COUNT_WORD + r"(?:总数|总量|规模)?(?:已|均|累计|共|共计|合计|总计)?"
               r"(?:达到了?|已达|达|为|超过|突破|超|逾|增至|增加到|增加至|增长到|增长至|提高到|提高至|提升至|突破了)?(?:约|近|超过|超)?)"
               r"(?P<nnum>" + NUM_AR + r")(?P<nmult>[万亿])(?P<npost>余|多)?(?P<ntail>[，。；,;、）)])")
# People counted by what they are after 万 or 亿 (12万群众), in a pass of their own over the letters
# that have one (units.PEOPLE); parsed as a QUANTITY whose units include them.
PEOPLE_WORD = U.alternation(U.PEOPLE)
PEOPLE_HINT = r"[万亿]" + PEOPLE_WORD
PEOPLE_QUANTITY = r"(?:" + NUM_AR + r") ?(?:余|多)?[万亿](?:余|多)? ?" + PEOPLE_WORD
# Numbers a list ends with one unit for all (分别提高1.4和0.9个百分点, 分别为30万、50万元): the bare ones
# before the last, in a pass of its own over the letters that have such a list. The last has its unit
# and is found by the main pass.
SHARED_HINT = r"\d[万亿]?[、和与及]\d"
SHARED_UNIT = (r"(?P<s1>" + NUM_AR + r")(?P<sm1>[万亿])?(?P<sep1>[、和与及])(?P<s2>" + NUM_AR + r")(?P<sm2>[万亿])?"
               r"(?:(?P<sep2>[、和与及])(?P<s3>" + NUM_AR + r")(?P<sm3>[万亿])?)?(?P<su>" + UNIT + r")")
QUANTITY_PEOPLE = QUANTITY.replace("(?P<unit>" + UNIT + ")", "(?P<unit>" + U.alternation([*U.UNITS, *U.PEOPLE]) + ")")

# Context vocabularies.
# What a cap allows (最高可提取, 最高减免, 最多可贷).
CAPPED = r"(?:提取|减免|贷款|可贷|贷|报销|申请|申领|领取|享受|支付|贴息|获得|拿|领|上浮|下浮|上调|补偿|担保|获赔付|赔付|获|收费|收取|救助|借|预约|兑换|购买)"
CLAUSE_SEP = r"[，,；;：:]"
# What was newly added (新增, 新认定, 新建…): a total after it is named without it.
NEWLY = r"新(?:增|认定|建|引进|培育|创建|设立)"
# Who sets a rule, before the 对 that names whom it pays (我市对获得…的单位给予…).
ACTOR = r"(?:(?:我|全)[市省县区]|市里|县里|\p{Han}{1,8}?(?:局|委|厅|政府|财政))?(?:还|也|同时|另外)?"
# A rule's amount: a subsidy, a cap, a standard; for money also a rate per unit (每公里50万元,
# 每亩每年不低于30元), where a count after 每日 is how often (每日8班).
# How a rule sets or resets its amount (标准提高到, 上限调整为).
CHANGES = r"降至|降低至|降低到|降为|提高到|提高至|提到|提至|提高为|提升至|提升到|调整为|调整到|调整至|上调至|上调到|下调至|放宽至|放宽到|放宽为|缩短为|缩短至|缩短到|延长至|延长到|延长为"
CHANGE_TO = "(?:" + CHANGES + ")"
# …and how any measure is moved, a rule's or not (压缩至, 缩短到, 扩大至).
MOVED_TO = r"(?:提高|提升|调整|降低|下降|下调|上调|压缩|缩短|缩小|扩大|增加|减少)(?:到|至|为)"
SET_TO = "(?:" + CHANGES + r"|为|是|达到)"
# A ceiling by its name (单户最高贷款额度30万元, 最高贷款额度达500万元).
# (and what one borrower or one loan may have: 单户贷款额度5万元以下)
CEILING = r"(?:最高\p{Han}{0,6}|单[户笔家]\p{Han}{0,4})(?:额度|限额)(?:分别)?"
CEILING_NAMED = CEILING + r"(?:为|是|达到?|可达)?"
# Where a sentence opens, after an item marker it may carry (（一）, 2., 三、).
SENTENCE_OPENING = r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])?\s*"
REQUIRED_BOUND = r"(?:不低于|不少于|不超过|不高于|不大于|不小于|至少)"
POLICY_BEFORE = (
    r"(?:奖励|奖补|补贴|补助|资助|扶持|给予(?:共计|合计|总计)?|一次性|(?:最高|最多|最长)为?|最低(?:为|不少于|不低于)?|不[得能应准]?(?:超过|高于)|每[个家人户项年月]?|按|"
    # a standard, a limit or a fine a rule sets (起付标准降至1.5万元, 年度最高支付限额40万元, 处20元罚款)
    r"标准(?:同步|逐步|统一|分别)?" + SET_TO + r"(?:[\p{Han}&&[^约近超达]]{1,4}(?:为)?)?|(?:起付线|上限|下限|限额)" + SET_TO + r"?|罚款、记"
    # a payment reset, or where it starts from (每餐补助提高至5元, 生活费由1900元提高到2050元)
    r"|(?:补助|补贴|津贴|奖励|资助|奖补|服务费|生活费|标准|保额|保险金额)(?:(?:同步|逐步|统一)?" + CHANGE_TO + r"|由)(?:每\p{Han}{1,2}){0,2}"
    # (…for the classes it names first: 最低工资标准一类、二类、三类区域由2280元、…)
    r"|标准[^，。；\d由从]{1,16}[由从]"
    # (…and a standard set as a multiple of another: 经济困难标准由当地最低生活保障标准的1.5倍调整为2倍)
    r"|标准由[^，。；\d]{1,16}的"
    # a cap with what it allows (每户最高可提取5万元, 每生每学期最高减免1500元)
    r"|(?:最高|最多)(?:可以|可|能)?(?:" + CAPPED + r"\p{Han}{0,4}?|达到?)(?:[^，。；\d]{1,16}的)?" +
    # a planning ratio (每1.5万人应配建1所小学)
    r"|每[\d.]+[万千百]?(?:人|户|名|平方米|㎡|套|床|辆)\p{Han}{0,6}?(?:应|须|需|要)?(?:配建|配置|配备|设置|建设)"
    # what a rule waives or grants per head (每户每月减免基本用水量5吨)
    r"|每(?:户|人|名)每(?:月|年|天)(?:减免|免收|免费|补贴|补助|发放)[^，。；\d]{0,8}"
    # a ceiling by its name (单户最高贷款额度30万元), and what must be (新建住宅项目须100%预留)
    r"|" + CEILING_NAMED + r"|须|必须|应当"
    # (what a rule sets as a rule: 劳务报酬发放比例原则上不低于15%)
    r"|原则上(?:不低于|不少于|不超过|不高于|按|为|控制在)?"
    # (a tax's rate reset, not a collection rate reached: 征收率由3%降至1%; 征收率约为85% is a result)
    r"|征收率(?:由(?:[\d.]+%)?(?:降至|降低至|下调至)?|降至|降低至|下调至|调整为|减按)"
    # (a bound a requirement sets: 每个乡镇应配备专职人员不少于3名, 须保障不少于1万人, 辖区面积不宜大于7平方公里;
    # a rate a rule applies: 企业按照4.5%提取; a share matched by a level below: 市县配套不低于600元/亩)
    # (应 as a verb, not of 应急)
    # (not 应 of 供应, 响应, 适应: 供应建设用地不少于2.5万亩 is a plan's)
    r"|(?:应当|(?:^|[^供反响适相对效])应[^急]|必?须|不宜|不应|要求)[^，。；\d]{0,16}?" + REQUIRED_BOUND + r"|不[宜应](?:大于|小于|超过|低于|高于|少于)|按照|依照|配套(?:资金)?" + REQUIRED_BOUND
    # (what each place must have: 每个乡镇应配备…)
    + r"|每个?\p{Han}{1,4}?(?:应当|应[^急]|必?须)[^，。；\d]{0,12}"
    # (a super-deduction, and a share set aside for small firms: 加计5%抵减, 预留…预算总额的40%以上)
    # (and a mark-up a rule adds: 经济薄弱镇再上浮20%)
    + r"|(?:再|另|可)上浮|加计(?:扣除|抵减)?|预留[^，。；\d]{0,20}的|不[得能应准](?:超过|高于|低于|大于|小于)[^，。；\d]{1,16}的|(?:补贴|补助|奖励|资助)[^，。；\d]{0,12}不超过[^，。；\d]{1,20}的"
    # (a share a level pays at least or at most: 市县财政补贴不低于10%; a rise capped at a share of a line: 累计提高总额不超过…封顶线的20%)
    r"|(?:补贴|补助|奖励|资助)(?:比例)?(?:不低于|不少于|不超过|不高于)|(?:总额|总量|金额)不超过[^，。；\d]{1,16}的"
    # (points a rule gives per step: 每连续居住满1年计10分)
    r"|每[^，。；]{0,12}[\d.]+[^，。；\d]{1,3}(?:计|加|扣|记)"
    # (a multiple or share of a standard a rule names: 按不超过当地低保标准6倍给予救助, 放宽到低保标准的1.5倍以内)
    r"|(?:低保|保障|救助|工资|收入|补助|补贴|抚恤|生活费?)标准的?"
    r")$"
)
POLICY_PER_UNIT = (r"(?:每\p{Han}{1,3}(?:每\p{Han}{1,2})?(?:不低于|不少于|不超过|不高于|最高|最多)?|首(?:小时|半小时|公里)(?:收费|收取)?(?:标准)?(?:为|是)?"
                   # (a raise per head: 每人每月再增加30元)
                   # (and what it raises: 分别每人每月加发基础养老金5元、10元)
                   r"|每(?:人|户|名|位|生|床)每(?:月|年)(?:再|另)?(?:增加|提高|加发|增发|上调)[^，。；\d]{0,8}"
                   # (a surcharge per unit sold: 每千瓦时加价0.1元)
                   r"|每\p{Han}{1,3}(?:加价|加收)"
                   # (and an amount added per year served: 按服役年限每满1年加发2000元, 每增加1年增发2500元)
                   r"|每(?:满|增加)?[\d.]+个?(?:年|月)(?:加发|增发|加付|增加)[^，。；\d]{0,8})$")
# …per beneficiary, the payment named between: a rate even when paid out (每人每月发放补贴300元, 每人每次救助金额500元至3000元).
# (and what a place gets each year: 每处健身点每年安排维保经费500元)
PER_BENEFICIARY = (r"每(?:人|户|亩|家|名|位|床|生|个\p{Han}{0,3}?|次\p{Han}{0,3}?|处\p{Han}{0,4}?每[年月])(?:[“\"「][^”\"」，。；]{1,12}[”\"」])?(?:每[年月天日次])?(?:[省市县区]级)?(?:一次性|另行|再|另)?可?(?:发放|给予|补助|补贴|奖励|奖补|资助|支持|领取|享受|安排|救助|慰问|分别为)"
                   # (and the items it pays for between: 每人每年补助学费、住宿费和生活费1万元)
                   r"[^，。；\d]{0,12}$")
# …or a rate a rule fixes (按…标准的70%确定, 按50%计发).
POLICY_AFTER = (
    r"^(?:的)?(?:一次性)?(?:奖励|奖补|补贴|补助|资助|扶持资金|的资助)|^(?:给予|予以)(?:一次性)?(?:奖励|奖补|补贴|补助|资助|扶持|贴息)|^(?:确定|执行|计算|核定|计发|收取|征收)|^的?罚款"
    # (a rate an account is credited at: 由本人缴费基数的2%计入)
    r"|^的?(?:比例)?(?:计入|划入)"
    # (按不超过项目总投资30%的比例给予补助)
    r"|^的?比例(?:给予|予以|进行)?(?:补助|补贴|奖励|资助|奖补|贴息|配套)|^的?比例(?:用于|安排|提取|计提|分配|返还|预拨|拨付|配套|缴纳|征收)"
    # (the lower bound of a fine, its upper bound after it: 处货值金额10倍以上20倍以下罚款)
    r"|^[\d.]+[万亿]?(?:倍|元)以下的?罚款"
    # (a flat fare: 实行2元一票制)
    r"|^(?:全程)?一票制"
    # (a threshold a tax is waived or cut under: 月销售额10万元以下（含本数）免征增值税)
    r"|^(?:[（(]含本数[）)])?(?:的[^，。；\d]{0,10}?)?(?:免征|减征|免税|减半征收|免收)"
    # (a weight a rule allocates by: 按…因素占70%的权重分配)
    r"|^的?权重"
    # (a band a rule lets one choose in: 可在4462元至22311元之间自主选择缴费基数)
    r"|^(?:之间|区间内?|范围内)(?:自主|自行|自愿|任意|自由)?(?:选择|选定|确定)"
    # (a tax's rate named after it: 享受15%优惠税率, 适用9%的税率)
    r"|^的?(?:优惠|法定)?(?:征收率|预征率|税率|退税率|扣除率)"
    # (a base a rule sets: 以中选价格的1.5倍为支付标准)
    r"|^为(?:\p{Han}{0,4}(?:标准|上限|下限|限额|基数))"
    # (a line a rule draws: 控制在3%的警戒线以内, 低于国家3%的问责线)
    r"|^的?(?:警戒线|红线|预警线|问责线|控制线|管控(?:红)?线|(?:省|国家|市)?定?控制指标|上限)"
)
# A rule's rate or limit by its name, set or bounded in its clause (报销比例由60%提高到70%,
# 起付线统一为600元, 救助比例不低于70%, 个人自付部分由10元降至5元, 起步价由7元调整为8元); a rate reached (报销比例达到72%)
# stays what it is.
RULE_NAME = (
    r"(?:(?:报销|支付|救助|补助|补贴|自付|留用|缴费|缴存|上缴|分担|奖励|资助|贴息|赔付|返还|提取|计提|补偿|代偿|存储|留存)(?:比例|水平)|起付线|起付标准|封顶线"
    r"|限额|上限|下限|缴费基数|门槛|容忍度|票价|起步价|运价|续租价|公积金贷款利率|贷款基准利率|预留[^，。；]{0,8}(?:份额|比例)|预付款?比例|(?:认定|困难|救助|保障|补助|低保|资助|支付|待遇)标准|(?:担保)?费率|(?:加计)?扣除比例|缴费标准|补助标准|自付部分|(?:贷款)?额度|首付(?:款)?比例|缴存比例|缴存基数|(?:月)?缴存额"
    # (a time limit a rule sets: 承诺时限为1个工作日, 全流程审批时限压缩至80个工作日以内, 备案时限由5个工作日压缩至2个工作日)
    r"|(?:审批|办结|承诺|办理|兑现|拨付|审核|答复|备案|登记|受理|审查|核准|验收|发证|注册|许可)\p{Han}{0,2}时限"
    # (an insurance's terms: 每亩保额从450元提高到950元, 农户自缴保费仅占20%)
    r"|保额|自缴保费|自缴比例|限速)"
    r"[^，。；]{0,20}?(?:由|从|提高|提升|降至|降低|下调|上调|调整|统一|不低于|不少于|不超过|不高于|最高|分别为|为|压缩至|压减至|缩短至|控制在|至"
    # (or by a level it is graded by: 住院报销比例一级90%、二级80%)
    r"|[一二三四五六]级(?:医疗机构|医院|定点)?$)[^，。；]{0,10}$"
)
# …a standard, whoever it is for (按每张床位1万元的标准给予补助, 对获得授权的农户按每户2000元的标准).
STANDARD_AFTER = r"^的?(?:国家|省级?|市级?|规划|行业)?(?:(?:奖励|补贴|补助|资助)?标准(?:[^化车厂件箱地体间台小]|$)|要求|规定)"  # (not 3700个标准车位, 4.2万辆标准小客车)
# (not 按时, 按期, 按需: 按时申请延续的比例由2023年的91%提高到97.5%)
POLICY_RATE = r"(?:按照|按[^时期需日月季照]|标准为)[^，。；]{0,15}的$"
# What a rule lets one do (可通过电子卖场直购; not 可持续, 可能).
MAY = r"可(?:以|按|申请|享受|通过|免|在|由|获得|向|直接|进入|给予|办理|凭|选择)"
# (money 争取'd is obtained or sought, not a rule's amount: 争取省级补助1.15亿元)
# (a payment's cap after its name, a rule even after a verb of paying: 一次性发放安家补助最高5万元)
CAP_AFTER_PAYMENT = r"(?:补助|补贴|奖励|资助|奖补|补偿|安家费)(?:资金|金)?(?:最高|最多)(?:可达到?|不超过|为)?$"
DONE = r"(?:已|累计|共计|兑现|兑付|发放|拨付|落实|获得|争取到|争取[^将把，。；]{0,16}(?:资金|补助|补贴|债券|额度|贷款|奖励)|安排|下达)"
# What a plan does next (计划新增, 将新建); 将 before a noun is a preposition (将X纳入…).
PLAN_VERBS = (
    # (计划完成率 is how much of a plan was done)
    r"(?:到|在|于|达|实现|新增|新建|建设|建成|完成(?:[^率]|$)|突破|超过|实施|投资|投入|安排|引进|培育|开展|举办|组织|配备|打造|"
    r"推动|推进|扩大|提高|提升|增加|启动|设立|出台|争取|力争|继续|持续|改造|整治|招聘|招录|招生|开工|投用|竣工|惠及|发放|筹集|筹建|供应|调整|更新|开通|新开|优化|开发|培训|吸纳|帮扶|带动"
    # (and the works a small place plans: 计划安装路灯20盏, 将增设减速带4处, 计划再硬化村道5条)
    r"|安装|增设|硬化|铺设|修建|修缮|购置|种植|栽植|疏浚|新装|安置)"
)
# 目标 as a goal, not in a word (目标责任, 目标人群, 目标价格)
# (nor a budget's 绩效目标, what its spending is judged by: 绩效目标编报率达到100%)
GOAL_WORD = r"(?:^|[^效])目标(?:[^责人价]|$)"
TARGET_CUES = (
    # (其中争取 breaks down money obtained; 规划 alone is mostly a noun: 村庄规划202个)
    r"(?:力争|(?:^|[^已共计后中])争取(?:[^到]|$)|" + GOAL_WORD + r"|预计|确保|力求|计划总投资|计划(?:用?[一二三两四五六七八九十\d]{1,2}(?:[至到—-][一二三两四五六七八九十\d]{1,2})?个?年(?:内|时间)?|年内|今年|明年|全年|20\d\d年)?(?:再|还|要)?" + PLAN_VERBS
    + r"|规划(?:建设|新建|新增|布局|打造|实施)|(?:^|[^虚模])拟|将" + PLAN_VERBS + r"|(?:任务|指标)(?:为|是)"
    + r"|(?:今年|本年)(?:底|末)之?前"  # a deadline in the letter's own year
    + r"|(?:今年|本年|年内|明年)(?:上半年|下半年|[一二三四]季度)?计划|全年计划[^的任目数投进指完]"  # (this year's plan, whatever its verb: 今年计划新开办幼儿园6所, 今年下半年计划…)
    + r"|届时(?:可|将|能)"  # (what a plan will bring: 届时可满足年旅客吞吐量4000万人次)
    + r"|(?:下达|分解|分配)[^，。；\d]{0,8}(?:任务|指标)(?:为|是|共)?$"  # (a task handed down: 今年下达我县建设任务3.2万亩)
    + r"|(?:达产|建成|投产|投用|运营)后[，,]?(?:每年|年均)?(?:可|将|预计)"  # what a project is to bring (达产后可实现年产值约200亿元)
    + r"|(?:^|[^已])(?:建成|投产|投用|完工)后[^，。；]{0,16}(?:提高到|提高至|提升至|达到|惠及|新增|增加))"  # (…建成后日供水能力由5000吨提高到1.2万吨, 建成后新增展览面积8万平方米)
)
# 到2025年 sets a deadline, a target, unless the year is already past (增加到2023年的…).
DEADLINE = r"到(20\d\d)年(?:[^的]|$)"  # (not the end of a change: 由2020年的2%提高到2022年的5%)
DEADLINE_BEFORE = r"(20\d\d)年(?:\d{1,2}月|(?:秋季|春季|秋|春)学期)?(?:底|末)?之?前"  # 在2025年前打造…, 2026年秋季学期前
# …and for the whole sentence when it opens with it as a clause of its own (力争到2025年底，参保率
# 达到96%; 到2025年，…): a goal's cue, or 到 or 前 and no sign of what is done already.
# (an item's number a sentence may open with: 二是, 3., （2）)
ITEM_LEAD = r"^\s*(?:[一二三四五六七八九十]是|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*"
LEAD_DEADLINE = (ITEM_LEAD +
                 r"(?P<lead_cue>力争|争取|计划|预计|确保|力求|目标是?|规划)?(?P<lead_to>到|至)?(?:在)?(?:(?P<lead_year>20\d\d)年(?:底|末)?"
                 # (or a five-year plan's end: 到“十四五”期末，)
                 r"|[“\"]?(?P<lead_plan>十[一二三四五六七八九]五)[”\"]?(?:时期|期)?末)(?P<lead_before>之?前)?[，,]")
TARGET_AFTER = r"^[^，。；,;]{0,4}(?:总|的)?" + GOAL_WORD
# A share of a target already reached (完成年度目标任务的63%) is progress, not the target.
# (and of a plan: 完成全年计划的103.8%, 超过年度计划投资的80%; and the items listed after the first:
# 分别完成年度目标的103%和94%)
# (with the target's figure in brackets: 高于考核目标（86.5%）3.1个百分点)
PROGRESS = (r"(?:完成[^，。；]{0,8}|占[^，。；]{0,8}|(?:高于|低于|超过|超出|优于|好于)[^，。；]{0,10})(?:目标|计划)(?:任务|值|总?投资)?(?:进度)?"
            # (the plan's own figure in brackets, or before its 的: 完成全年目标任务25亿元的76.8%)
            r"(?:[（(][^（）()]{0,12}[）)]|[\d.]+[万亿]?\p{Han}{0,3}?)?的?(?:约|近)?"
            r"(?:[\d.]+%?[和、及与])*$")
FUTURE_TO = r"将[^，。；]*(?:至|到|达到|达)$"
# (约 in a word is not about: 签约40.3万人, 节约资金300万元; 约 before what is needed is: 每年约需增加资金60万元;
# nor is 近 in 邻近, 附近: 邻近3个区)
APPROX_BEFORE = r"(?:(?:^|[^签节制预违履契条公])约[有为合]?(?:每\p{Han}{1,3}){0,2}|(?:^|[^签节制预违履契条公])约(?:需要?|可|能)[^，。；\d]{0,10}|(?:^|[^邻临附靠])近|大约[有为]?|将近|接近|大概|差不多|约占[^，。；]{0,16}|约(?:为|是|相当于)[^，。；]{2,16}的|(?:接近|将近)[^，。；\d]{1,12}的)$"
# …and a bound on a share of something (不低于当地同类人员的80%).
# The whole a bounded share is of, named between the bound and the share (不低于本单位在职职工总数1.5%,
# 不超过上年一般公共预算收入5%).
WHOLE_OF_A_SHARE = r"(?:总数|总额|总量|总人数|总投资|收入|支出|指标|预算|资金|经费|规模|余额|产值|营业额|销售额|缴费额?|费用|成本|工资|造价)"
AT_LEAST_BEFORE = (
    # (and a floor by its name, as 上限 is a ceiling: 缴费基数下限为4462元/月)
    # (a floor a rate may be cut to: 利率最低下浮至3.85%)
    # (and a reward's floor: 单笔最低奖励3000元)
    r"(?:[≥≧]|(?:下限|最低)(?:为|是|调整为|调整至|提高至|提高到|(?:可)?(?:下浮|下调|降)?(?:至|到)|可?(?:奖励|补贴|补助|资助|给予))?|(?:不低于|不少于|不[宜应得]?(?:小于|低于|少于))(?:\p{Han}{0,4}?(?:每\p{Han}{1,3}){1,2})?|(?:至少|最少)[^，。；\d的]{0,10}?|(?:不[宜应得]?低于|不[宜应得]?少于|至少|最少)[^，。；\d]{1,20}的"
    # (and before the whole a share is of: 不低于本单位在职职工总数1.5%)
    # (不低于当年经费收入20%, 不低于当年新增建设用地计划指标5%的规模)
    r"|(?:不[宜应得]?低于|不[宜应得]?少于)[^，。；\d]{1,14}" + WHOLE_OF_A_SHARE + ")$"
)
# What a limit allows, not 期限, 时限 or 上限 (单人每日限领2张, 限速60公里/小时, 限高2.2米): a rule's cap.
# (and a fee's cap: 24小时封顶40元)
# (and a limit reset: 限速调整为30公里/小时; and what a coupon or a buyer may use: 每人每天限用1张, 每人限补1件, 单次交易限值为5000元,
# 每人每轮限领餐饮券2张, 每次停放限时5分钟)
LIMITED = r"(?:(?:^|[^期时年权界局上下无极有])限(?:(?:领|购|借|兑)\p{Han}{0,4}|时|办|乘|载|售|速|高|重|宽|停|用|享受?|补|值)?|封顶)(?:调整为|调整至|提高至|提高到|降至|降为|下调至|为)?$"
# A time of day, or a span of them (7:00-9:00, 17:00至19:00).
# (not a scale's ratio: 1:500地形图)
TIME_OF_DAY = r"(^|[^\d:])\d{1,2}:\d{2}(?:\s*[-—~至到]\s*\d{1,2}:\d{2})?(\D|$)"
AT_MOST_BEFORE = (
    # (a top standard raised caps too: 生活补助最高标准提高至每月1500元)
    # (不到位 is no bound: 对扬尘管控不到位的135个工地)
    r"(?:[≤≦＜]|(?:最高(?:标准)?|最多|最长|不[得能应宜准]?(?:超过|高于|大于)|未(?:超过|高于|达到)|至多|(?:上限|限额)" + SET_TO + r"?)(?:可?(?:奖励|补贴|补助|资助|给予)\p{Han}{0,3}|支持|可?达到?|可获|可处|为|(?:可以|可|能)?" + CAPPED + r"\p{Han}{0,4}?|可?[补奖加扣减罚]|(?:提高|上调|增加|提升)(?:至|到)|可?(?:降低|减少|缩短|节约|节省)|(?:可以?|能)?(?:发放|照护|容纳|收托|招收|抵扣))?"
    # (…and past a rate's unit, a short name before it: 最高不超过每千瓦时0.9元, 不超过县道每公里1万元)
    r"(?:\p{Han}{0,4}?(?:每\p{Han}{1,3}){1,2})?|不足|不到|(?:^|[^不宜应得])(?:低于|少于|小于)"
    r"|不[得能应宜准]?(?:超过|高于|大于)[^，。；\d]{1,20}的|不[得能应宜准]?(?:超过|高于|大于)[^，。；\d]{1,14}(?:总用地|总面积|" + WHOLE_OF_A_SHARE[3:-1] + r")|(?:不足|不到(?:[^，。；\d位]|位[^，。；\d的]))[^，。；\d]{0,13}的|" + CEILING_NAMED + r"|(?:最高|最多)可?(?:达|按)[^，。；\d]{1,16}的|(?:最高|最多)可?按照?"
    # (what a rule allows at most: 最高报销比例可达85%)
    r"|(?:最高|最多)[^，。；\d]{1,10}可达到?"
    # (and a top with its measure's name between: 贷款最高额度单人为40万元, 单日最高接待车辆1.42万辆次,
    # 最高援助额度提高至3万元; not 最高人民法院, 最高检, 最高级别, 最高学历, 最高荣誉; nor past a bound of
    # its own, 最高降幅超过95% is over it, nor the raises 分别 hands out: 最高额度分别上浮10%、20%)
    r"|最高[^，。；、\d的人法检级学荣水超逾突约近低少分][^，。；、\d超逾突约近低少分]{0,7}"
    # (and a ceiling changed, its new amount as its old: 最高可贷额度由50万元提高至60万元)
    r"|" + CEILING + r"[由从][^，。；]{1,16}?(?:提高|调整|提升|上调|增加|降低|下调|降)(?:至|到|为))$"
) + "|" + LIMITED
OVER_BEFORE = r"(?:[＞]|超过了?|(?:^|[^商彩B])超|突破|逾|高于|多于)$"  # (not 商超, nor 彩超 and B超, machines: 农贸市场和商超126家, 彩超16台)
# What names a score (满意度测评得分96.3分, 考核评分95分).
SCORED = r"(?:(?:得分|评分|扣分|加分|分值|测评|考评|考核|满分|成绩|打分|分数|总分|平均分|满意度|指数|积分|评价|测试|权重|赋分|计分)(?:[^，。；]{0,16}|[^，。；]{0,8}由\d{4}年的[\d.]+分(?:提高|提升|上升|增加|下降|降低)(?:至|到)(?:\d{4}年|目前|当前|现在|今年)的?)|记|(?:^|[^累合共总统估])计|扣|加|\d分[、和及与]\p{Han}{0,8})$"  # (记3分: demerit points, 每满1年计10分: points; the items after a score listed: 加10分、5分)

# Subject clean-up: words around a noun phrase that are not part of it.
# Halves and quarters of a year, as periods and as words that lead a subject.
# A five-year plan by its number (“十四五”): 1981 opened the sixth, and each lasts five years.
FIVE_YEAR_PLAN = r"十[一二三四五六七八九]五"
# What follows a plan's number where it names a plan being drafted (“十五五”生态环境保护规划前期研究).
DRAFTED_PLAN = r"^[”」’]?[^，。；0-9]{0,12}?规划的?(?:前期研究|前期|思路研究|研究|编制|中期评估|评估)"


def five_year_plan_start(plan: pl.Expr) -> pl.Expr:
    """The first year of a plan matched by FIVE_YEAR_PLAN: 十四五 → 2021."""
    tens = {d: i for i, d in enumerate("一二三四五六七八九", start=1)}
    return 2001 + 5 * plan.str.slice(1, 1).replace_strict(tens, default=None, return_dtype=pl.Int32)


QUARTERS = r"上半年|下半年|第?一季度|前三季度|第?二季度|第?三季度|第?四季度"
# Quarters listed (一季度、上半年、前三季度): the times 分别 pairs with its figures, one each.
QUARTER_LIST = r"(?:" + QUARTERS + r")(?:[、和及与](?:" + QUARTERS + r"))+"
SUBJECT_LEAD = (
    # (days of a month, or a span of them, 5月1日至6月25日全市平均降水量 → 全市平均降水量)
    r"^\s*(?:(?:\d{1,2}月)?\d{1,2}日\s?(?:[至到—~-]\s?(?:\d{1,2}月)?\d{1,2}日)?[，,]?|(?:(?:\d{4})?年?前后|(?:今年|本年|年)?(?:底|末)之?前|(?:到|至)(?:今年|本年)?年(?:底|末)|(?:今年|明年|来年|本年)起|\d{1,2}[.、]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}是|(?:下一步|下步|下阶段|接下来)[，,]?(?:我们|我[局委办厅])?|其中|其次|同时|另外|此外|但是|但|明确|在此基础上|目前|今明两年|今年以来|今年内|(?:今年|本年)年?底之?前?|今年|全年|年(?:底|末)|本年度|本年|(?:去年|上年)(?:底|末)|去年|前年|上一年度?|上年度|上年|明年|来年|连续(?:多|[一二三四五六七八九十两\d]{1,2})年|(?:" + QUARTERS + ")(?:末|底)?|"
    # (a county's places, their bracket gone, before what they did: 9个县（市、区）累计下达…)
    r"[县区市](?:已|累计|均|共|将)|而|此后|之后|在(?:今年|明年|年内|本年)|[^，。；\d]{0,8}?(?:建有|现有|设有|存有)|(?:研究|探索|适时|推动)将|(?:去年|上年|今年)?\d{1,2}月份?\s?[至到]\s?(?:今年|本年)|(?:代表|委员|贵会|贵\p{Han}{1,2}|您|你们)?(?:建议|提出)将|"
    # (an agency, or a level's purse, before what it will set: 市场监管局将单个品种审批时限…, 市财政按保费的…)
    r"(?:\p{Han}{1,8}?(?:局|委|厅|政府)|(?:市|县|区|省|中央|各级)财政)(?:将|已将|把|按照?)|近年来|近年|同期|近[一二三四五六七八九十两\d]{1,2}(?:年|个月|个季度)来?|(?:\p{Han}{0,4}(?:调查|统计|监测|测算|评估|数据|结果))?(?:显示|表明)|(?:\p{Han}{0,4}最[快高大多低少慢]的)?是|(?:去年|上年)以来|" + FIVE_YEAR_PLAN + r"(?:期间|时期|末|初|以来|前[两二三四\d]年)?|截至[^，]{0,8}?[末底]|截至今年?|截至目前|(?:\d{4}年[、和及与])+|\d{4}年?\s?[-—~至]\s?|\d{4}年?\s?到\s?\d{4}年?|(?:到|至)?\d{4}年(?:底|末|初|起|度|全年|\d{1,2}(?:-\d{1,2})?月(?:上旬|中旬|下旬)?|[秋春]季学期(?:开学)?)?(?:之?前)?|\d{1,2}(?:月?[-至到]\d{1,2})?月(?:份|底|末|上旬|中旬|下旬)?(?:之?前)?|以来|另有|约有|约(?:需要?|可|能)|使得?(?:全|我)[市省县区]|我们|我市|全市|市区|我局|我县|我区|全县|全区|已经|已|累计|共计|合计|总计|共有|共|"
    r"不[宜应得]?(?:低于|小于)|不[宜应得]?少于|不[得能应]?(?:超过|大于)|再新增|再增加|又|且|或|新增|净增|实现|完成|推动|推进|带动|力争|争取|确保|分别|给予|最高|最多|按其|按照|依照|参照|按|含|"
    r"首次|当年|当月|对于|对|当|要求|及?以[上下]|(?:在|于)" + REGION + r"|[一二三四五六七八九十两\d]{1,2}个?(?:年|月)内|(?:今后|未来)[一二三四五六七八九十两\d]{1,2}年(?:内|间|里)?|起(?:将|把)|年内|每年|目标|达到|我省|全省|[从由]\d{4}年(?:底|末)?的?|计划|安排|拟|将|把|届时(?:可|将|能)?(?:满足|达到|实现|形成|具备)?|并(?:争取|力争|将|新增|推动)|现有|拥有|"
    # (the second of two verbs, once the first is gone: 新增和改善灌溉面积)
    r"[和及](?:改善|改造提升|改造|提升|新建|扩建|改建|新增|恢复|提高))\s*)*"
)
SUBJECT_TRAIL = (
    r"(?:分别(?:新增|增加|完成|实现|发放|安排|投入|培训|建成)|共计|合计|累计|总计|加计(?:扣除|抵减)?|拥有|(?:仅|约|只)?占|大约有?|并|共|计|折合|人民币|达到|已达|达|为|约|[接将]?近|[增减降低高]至|高达|超过|超|突破|分别|平均|年均|日均|月均|均|按?(?:不变|可比|现行?)价(?:格)?计算|扣除价格因素(?:后)?(?:实际)?|同口径|名义|力争|确保|预计|再|另行|另|净|上浮|下浮|下调|上调|(?:在(?:此|现有|原有|该|这一?))?的?基础上|有|了|的|至|将从|从|到|由|同比增长|净增|净减|进一步|逐步|持续|不断|始终|一直|各|[≤≥≦≧＜＞]|"
    r"发展(?:到|至)|"
    r"减按|增长|同比|环比|提高|提升|上升|下降|降低|增加|减少|扩大|改善|压缩|压减|压降|缩减|调整|延长|缩短|缩小|下跌|上涨|回升|回落|回调|反弹|跌|涨|签约|降|升|仍|也|还|将|(?:可|具体|共|主要)分为|没有|年?生均|首次|继续|已完成(?:编制|建设|改造|审批|验收)?|已?建成|已|连续(?:[一二三四五六七八九十两\d]{1,2}|多)年|排名|位居|位列|居|最高|最多|最低|最少|不[得能应宜准]?(?:超过|高于|大于|小于|低于|少于)|(?:尚)?未(?:超过|高于|达到)|不低于|不少于|至少|"
    r"给予|是|可|统一|原则上|一度|一般|通常|普遍|先后|基本|由原来|原来|不足|不到|低于|少于|保持在|稳定在|控制在|保持|控制|在|仅有|仅|只有|全面|全部|逾|差不多|约合|最长|按照|按|实现|完成|须|必须|应当|"
    # (the currency a sum is restated in: 以美元计为372.1亿美元)
    r"[以按](?:美元|人民币|欧元|日元|港元|美金)计(?:算)?|"
    # (the whole a share comes near: 游客接待量接近最大承载量的九成 → 游客接待量)
    r"(?:接近|将近)\p{Han}{1,12}的?|"
    # (the benchmark a spread is over: 贷款利率不超过同期一年期LPR加50个基点 → 贷款利率)
    r"(?:同期)?(?:[一五]年期(?:以上)?)?(?:LPR|贷款市场报价利率|基准利率)\s*(?:加|减|[+＋\-－])|"
    # the base of a comparison (较上年, 比2020年末, 由2020年的…), and a rate (每亩每年): not the indicator
    r"[较比是](?:上年|去年|上一年|年初|上月|\d{4}年|" + FIVE_YEAR_PLAN + r")(?:同期|末|底|初)?的?|[较比](?:平时|平日|往年|常年|以往)|[较比][^，。；\d较比]{1,10}的\d{4}年(?:同期|末|底|初)?的?|[从由](?:目前|现在|现有|当前|(?:上|去)年(?:末|底)?)的?|[由从]\d{4}年(?:末|底)?|每\p{Han}{1,2}|每(?:平方米|立方米|平方公里|千瓦时)|每\d+(?:\.\d+)?\p{Han}{1,3}|"
    # (and the months or the quarters it is for, after the name: 网络零售额1—9月达1312亿元, 人均消费支出前三季度达…)
    r"(?:今年|本年|去年|上年|当年)?(?:\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|前三季度|上半年|下半年|第?[一二三四]季度)"
    # (and a five-year plan's end it is aimed at: 工业设计从业人员在“十五五”期末突破3万人)
    r"|在?" + FIVE_YEAR_PLAN + r"(?:期末|末|期间))+$"
)
# Nouns listed before the number they share, not clauses (春玉米、春大豆一共种了1.06万亩; 新建、改扩建学校食堂):
# no digit, no word of a clause's (满, 应, 且, 未…) before the last item, none of a total's (合计, 共…) opening it,
# and no 将 or 把 in it: the list is then who acts (6个区、县（市）已将担保费补贴比例提高到…).
_NOT_LISTED = r"\d（()）满应且未不已被是了均"
JOINT_LIST = r"^[^、" + _NOT_LISTED + r"]+(?:、[^、" + _NOT_LISTED + r"]+)*、[^、合共累\d][^、\d将把]*[^、\d各将把]$"
# Verbs that end a relative clause before 的 (重镇打造的中心, 新认定的企业).
RELATIVE_VERB = r"(?:打造|建设|建成|设立|成立|认定|组建|创建|培育|引进|评定|命名|支持|推荐|开展|实施|举办|组织|出台|发布|制定|印发|提供|承担|实现|完成)"
# Verbs whose object a long subject is (落实|养护资金): where one is cut, at the last of them.
# (Not 投入, 建设 or 培训: nouns as often, 研发经费投入占GDP比重.)
GOVERNING_VERB = (r"现有|拥有|共有|配备|推送|选派|惠及|获批|安排|落实|发放|下达|拨付|筹集|争取|建成|新建|改建|扩建|完成|开展|培育|引进|组建|创建|设立|开通|带动|实现|新增|累计|受理|查处|办结|承担"
                  r"|设置|增设|布设|提供|发布|安装|加装|组织|举办|推出|打造|认定|评定|建立|签订|实施|创成|下派|下沉|接入|开放|淘汰")
# The parts of a place an indicator is given for, one after another (城区…、农村…).
PLACE_PART = r"(?:中心城区|主城区|城区|市区|县城|城镇|农村|乡村|城市|山区|乡镇|城乡)"
# The places a rank is among, counted (在全省16个州（市）中, 在全市12个县区中).
PLACES_AMONG = (r"(?:(?:在|于)" + REGION + r"?的?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?\p{Han}{1,6}(?:[（(][^（()）]{1,8}[）)])?[中里]"
                r"|(?:在|于)\p{Han}{0,8}各\p{Han}{1,4}中)$")
# (…or the places whose assessment it is in: 在全省11个设区市国资监管企业综合考核中 → 国资监管企业综合考核)
PEERS_AMONG = (r"^(?:(?:在|于)" + REGION + r"?的?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?|个)"
               r"(?:设区市|地级市|地市|县（市、区）|县\(市、区\)|县市区|县区|区县|州（市）|城市|省份|省（区、市）|省区市|市州|乡镇（街道）|乡镇|街道)的?")
# Words for the size of something (总数, 增幅): a mention they lead measures what the one before did.
BARE_RATES = ["增速", "增幅", "涨幅", "降幅", "减幅", "跌幅", "增长率", "增长速度"]
GENERIC_MEASURE = r"^(?:总数|数量|总量|总额|总规模|规模|增幅|增速|涨幅|降幅|减幅|跌幅|金额|人数|个数|占比)$"
# …nor does a verb alone (…完成投资96亿元，累计完成31.5亿元).
# (nor a milestone passed: 首次迈上4000亿元台阶)
VERB_ONLY = (r"^(?:完成|新增|筹集|建成|实现|投入|落实|下达|拨付|兑现|兑付|发放|开行|迈上|跨上|站上|跃上|迈入|跨越"
             r"|新建|改建|培育|引进|举办|开展|组织|认定|评定|打造|创建|签约)$")
PARENTHETICAL = r"[（(][^（()）]{0,30}[）)]"
# A class's number in brackets, part of its name (小（1）型水库 and 小（2）型 are different reservoirs).
CLASS_NUMBER = r"[（(][1-4一二三四][)）]型"
# The places a county or a district stands for, in brackets (县（市、区）, 镇（街道）).
PLACES_BRACKET = r"[（(](?:[市区县镇乡村]|街道|社区|、){1,6}[）)]"
# A Latin name with its digits, one word (PM2.5, PM10, SO2, O3).
LATIN_WORD = r"[A-Za-z]{1,4}\d{1,2}(?:\.\d)?"
QUOTES = r"[“”\"「」‘’]"
# What a figure followed by 的 can be of without counting it: a level, a goal, a standard…
# (85%的平均水平, 完成30个的目标, 在建成15个的基础上)
OF_A_FIGURE = (r"\p{Han}{0,3}?(?:水平|平均|目标|比例|比重|幅度|增长|增幅|标准|要求|指标|速度|份额|上限|下限|税率|费率|利率|额度|区间|"
               r"控制|管控|警戒|预警|问责|红线|底线|基础|前提|任务|计划|规模|成绩|情况|条件)")
SUBJECT_MAX = 14  # characters; a subject is a short noun phrase, its head at the end
# Payees too generic to name a rule's amount (企业, 单位): the payment's own name says more.
GENERIC_PAYEES = ["企业", "单位", "个人", "机构", "主体", "项目"]
# A grade opening a subject (国家级中小企业公共服务示范平台): kept whole a little past SUBJECT_MAX.
# (and a hospital's or a road's grade and those above it: 二级以上综合医院, 三级公立医院)
GRADED = r"^(?:(?:国家|省|市|县|区)级[^对向为在从由]|[一二三四]级(?:及以上|以上|及以下|以下)?[\p{Han}&&[^对向为在从由]])"
# What follows a number without naming what it counts: the change it makes (增加到…),
# a comparison, a purpose, a conjunction, or the 次 of a compound unit (20万亩次).
# When a threshold is reached, what a rule sets off (小时雨量达到30毫米以上时启动预警, 积水深度超过15厘米时，实行交通管制).
THRESHOLD_AFTER = r"^\s*(?:及?以上|及?以下|以内)?\p{Han}{0,3}?时(?:[，,]|启动|启用|实行|实施|发布|封闭|关闭|停止|暂停|采取|须|应|即|可|将|由|按|给予|自动|立即)"
# (…or what it must pass first: 单笔金额超过50万元须经乡镇审核, 5万元以上的须报…审议)
THRESHOLD_AFTER += r"|^\s*(?:及?以上|及?以下)?的?[，,]?(?:须|需|应当?|必须)(?:经|报|提交|由)"
POST_STOP = (
    r"^(?:奖励|奖补|补贴|补助|资助|扶持|总目标|目标|增长|增加|减少|下降|降低|降至|增至|达到|达|扩大|缩短|压缩|以上|左右|"
    r"最高|优化|扩容|提升|提高|提到|提至|用于|同比|比|较|占|以|的|和|及|与|或|等|为|是|次|至|到|不等|之间|以?内|标准(?:[^化车厂件箱地体间台]|$)|大关|"
    # (a coupon's cut, a part among the whole, what the part mostly is: 满300元减60元, 8600亩中约有700亩, 1500亩主要为…)
    r"减\d|中(?:[^\p{Han}]|约|有|共|已|$)|主要|且|"
    r"下调|上调|调整|上浮|下浮|压减|缩减|精简|扩充|区间|范围|折合|予以|台阶|关口|用作|"
    # (how a rule's amount is applied: 按…的1.3倍确定, 按每个20万元给予补助)
    r"确定|给予|执行|计发|核定|计算|计收|收取|征收|"
    # (nor what may be done with it: 最高150万元申请贷款贴息)
    r"申请|申报|使用|发放|拨付|下达|兑付|兑现|加密|加开|恢复|"
    # (nor when it is done: 约600套于2026年6月前开工; nor the time a threshold is reached: 积水深度超过15厘米时实行管制)
    r"(?:将|计划|拟)?[于在](?:\d|今年|明年|年内|年底)|" + THRESHOLD_AFTER[1:] + ")"
)


def candidates(letters: pl.DataFrame, zone: pl.DataFrame) -> pl.DataFrame:
    """Every number-with-unit and rank mention in every letter's body."""
    framed = letters.select("letter_id", "mtext", _ord=pl.int_range(pl.len(), dtype=pl.Int64)).join(
        zone.select("letter_id", "body_start", "body_end"), on="letter_id", maintain_order="left")
    found = find_spans(framed, CANDIDATE, keep=("body_start", "body_end", "_ord"))
    terms = find_spans(framed.filter(pl.col("mtext").str.contains(TERM_HINT)), TERM_YEARS, keep=("body_start", "body_end", "_ord"))
    people = find_spans(framed.filter(pl.col("mtext").str.contains(PEOPLE_HINT)), PEOPLE_QUANTITY, keep=("body_start", "body_end", "_ord"))
    ratios = find_spans(framed.filter(pl.col("mtext").str.contains(RATIO_HINT)), RATIO, keep=("body_start", "body_end", "_ord"))
    named = find_spans(framed.filter(pl.col("mtext").str.contains(NAMED_COUNT_HINT)), NAMED_COUNT, keep=("body_start", "body_end", "_ord"))
    if ratios.height:
        # (an item of a list of ratios follows one: the pass found the one before, or it is no ratio)
        listed = pl.col("match").str.contains("^" + _RATIO_NEXT + r"\d")
        item = ratios.filter(listed).join(framed.select("_ord", "mtext"), on="_ord")
        item = item.filter(slice_text("mtext", pl.max_horizontal(pl.col("start") - 12, 0), pl.col("start")).str.contains(RATIO_BEFORE_ITEM)).drop("mtext")
        ratios = pl.concat([ratios.filter(~listed), item]).sort("_ord", "start")
    shared = _shared_unit(framed)
    if shared.height:
        found = pl.concat([found, shared]).sort(pl.col("_ord") * 2**32 + pl.col("start"))
    if terms.height or people.height or ratios.height or named.height:
        # (a people's match wins over the shorter one of the same start: 40万人口, not 40万人)
        found = (pl.concat([found, terms, ratios.with_columns(_ratio=pl.lit(True)), named.with_columns(_named=pl.lit(True)),
                            people.with_columns(_people=pl.lit(True))], how="diagonal")
                 .sort(pl.col("_ord") * 2**32 + pl.col("start"), pl.col("_people").fill_null(False), descending=[False, True])
                 .unique(subset=["_ord", "start"], keep="first", maintain_order=True))
    for flag in ("_people", "_ratio", "_named"):
        if flag not in found.columns:
            found = found.with_columns(pl.lit(False).alias(flag))
    found = found.filter((pl.col("start") >= pl.col("body_start")) & (pl.col("end") <= pl.col("body_end")))
    # Only a quantity starts with a digit, so each match needs the groups of one
    # alternative only: rows outside it are null and skip the regex.
    digit = pl.col("match").str.contains(r"^\d")
    found = found.with_columns(
        _q=pl.when(digit & ~pl.col("_people").fill_null(False)).then("match").str.extract_groups("^" + QUANTITY + "$"),
        _qp=pl.when(pl.col("_people").fill_null(False)).then("match").str.extract_groups("^" + QUANTITY_PEOPLE + "$"),
        _o=pl.when(~digit & ~pl.col("_ratio").fill_null(False) & ~pl.col("_named").fill_null(False)).then("match").str.extract_groups("^(?:" + RANK + "|" + CN_QUANTITY + "|" + CN_PERCENT + "|" + CN_FRACTION + "|" + TERM_YEARS + ")$"),
        # (a ratio's match parsed on its own: in the alternation above it would slow every match's parse)
        _r=pl.when(pl.col("_ratio").fill_null(False)).then("match").str.extract_groups("^(?:" + RATIO + ")$"),
        _n=pl.when(pl.col("_named").fill_null(False)).then("match").str.extract_groups("^" + NAMED_COUNT + "$"),
    )
    found = found.with_columns(_q=pl.coalesce("_q", "_qp")).drop("_qp", "_people")
    q, o = pl.col("_q").struct.field, pl.col("_o").struct.field
    # (but a price with its decimals is money: 每斤一点一八元)
    found = found.filter(~((o("cmoney") == "元") & o("cmult").is_null() & ~o("cnum").str.contains("[十百千点]")).fill_null(False))
    # (a ratio's terms: a map's scale, 1:5万, and a zero term are none)
    r, n = pl.col("_r").struct.field, pl.col("_n").struct.field
    ra, rb = pl.coalesce(r("ra"), r("ra2"), r("ra3")).cast(pl.Float64), pl.coalesce(r("rb"), r("rb2"), r("rb3")).cast(pl.Float64)
    found = found.filter(~(pl.coalesce(r("rnext"), r("rnext2"), r("rnext3")).is_not_null() | (rb == 0)).fill_null(False))
    found = found.with_columns(
        _ylead=pl.coalesce(o("ylead"), o("blead"), r("rlead"), r("rlead2"), r("rlead3"), n("nlead")),
        _rtail=pl.coalesce(r("rtail"), n("ntail")).str.len_chars().cast(pl.Int64),
        rank_lead=pl.coalesce(o("rank_lead"), o("place_lead"), o("top_lead"), o("topn_lead"), o("topv_lead"), o("rec_lead")),
        rank=pl.coalesce(o("rank"), o("prank"), o("rec"), pl.when(o("top_lead").is_not_null()).then(pl.lit("1")), o("topn"), o("topv")),
        rank_unit=pl.coalesce(o("rank_unit"), o("prank_unit"), o("topn_unit"), o("topv_unit")),
        rank_top=o("topn").is_not_null() | o("topv").is_not_null(),
        # (two digit words side by side are a range: 八九成 is 80-90 %, 三五家 3 to 5)
        # (and of tens or hundreds: 二三十户 is 20 to 30, 三四百万元 300 to 400 万元)
        num=pl.coalesce(q("num"), n("nnum"), o("ynum"), pl.when(o("half").is_not_null()).then(pl.lit("50")), pl.coalesce(o("bare"), o("bare2")).replace({"百": "100", "千": "1000", "万": "10000", "亿": "100000000"}), o("cnum").str.replace(r"^([一二三四五六七八九])[一二三四五六七八九]([十百千]?)$", "$1$2"), o("pnum"), o("onefold"), o("onemoney"), o("onecount"), o("fnum"),
                        pl.when(o("dbl").str.contains("[两二]")).then(pl.lit("4")).when(o("dbl").str.contains("三", literal=True)).then(pl.lit("8"))
                        .when(o("dbl").is_not_null()).then(pl.lit("2")), (ra / rb).round(4).cast(pl.String)),
        den=o("fden"),
        num2=pl.coalesce(q("num2"), o("cnum2"), o("ynum2"), o("pnum2"), pl.when(o("cnum").str.contains(r"^[一二三四五六七八九][一二三四五六七八九][十百千]?$"))
                         .then(o("cnum").str.replace(r"^[一二三四五六七八九]([一二三四五六七八九][十百千]?)$", "$1"))),
        yu=pl.coalesce(q("yu1"), q("yu2"), n("npost"), o("cyu0"), o("cyu"), o("ocyu"), o("byu"), o("byu2")),
        mult=pl.coalesce(q("mult"), n("nmult"), o("cmult"), o("cmoney").str.strip_suffix("元").replace("", None), o("onemult"), o("ocmult"), o("bmult")),
        mult0=q("mult0"),
        # (the unit a form implies: 三百万元, 百分之八十, 一倍, 一亿元)
        unit_raw=pl.coalesce(q("unit"), n("nword").replace_strict(_NAMED_UNIT, default=None), o("cunit"), *(pl.when(o(group).is_not_null()).then(pl.lit(unit)) for group, unit in
                                                    (("cmoney", "元"), ("pnum", "%"), ("onemoney", "元"), ("fnum", "%"), ("dbl", "倍"), ("ynum", "年"), ("half", "%"), ("bmoney", "元"))), pl.when(ra.is_not_null()).then(pl.lit("比")), o("ofunit"), o("ocunit"), o("bunit"), o("bunit2")),
        post=pl.coalesce(q("post"), o("ypost").replace("内", "以内"), o("hpost"), o("cpost"), o("ppost"), o("opost"), o("ompost"), o("fpost"), o("dpost"), o("ocpost"), o("bpost"), o("bpost2"), r("rpost"), r("rpost2"), r("rpost3")),
        is_cn=o("ynum").str.contains(r"^\D").fill_null(False) | o("half").is_not_null() | o("bare").is_not_null() | o("bare2").is_not_null() | o("cnum").is_not_null() | o("onefold").is_not_null() | o("onemoney").is_not_null() | o("onecount").is_not_null() | o("fnum").is_not_null(),
        table_year=pl.lit(None, pl.Int32),
        table_m1=pl.lit(None, pl.Int32),
        table_m2=pl.lit(None, pl.Int32),
        table_target=pl.lit(False),
        table_asof=pl.lit(False),
        table_head=pl.lit(None, pl.String),
    ).drop("body_start", "body_end", "_q", "_o", "_r", "_n", "_ratio", "_named").with_columns(
        # (a limit in days is within them: 15日内)
        # (and 之内 is 以内: 15个工作日之内)
        post=pl.when(pl.col("unit_raw") == "日内").then(pl.lit("以内")).otherwise(pl.col("post").replace({"之内": "以内", "及以内": "以内"})))
    # (上 after 以, 线 or 网 is no lead: 100人以上千人以下, 线上千人大会)
    up = pl.col("_ylead") == "上"
    if found.select(up.any()).item():
        found = found.join(found.filter(up).join(framed.select("_ord", "mtext"), on="_ord")
                           .filter(slice_text("mtext", pl.col("start") - 1, pl.col("start")).str.contains("[以线网马础]"))
                           .select("_ord", "start"), on=["_ord", "start"], how="anti", maintain_order="left")
    # (a term's span is its number's, without the lead it was matched with; 上 is the number's own, 上千家)
    lead = pl.when(~up.fill_null(False)).then(pl.col("_ylead").str.len_chars()).fill_null(0).cast(pl.Int64)
    found = found.with_columns(start=pl.col("start") + lead, match=pl.col("match").str.slice(lead)).drop("_ylead")
    # (nor is the 比例 a ratio is matched before: 按1:1比例配套)
    tail = pl.col("_rtail").fill_null(0)
    found = found.with_columns(end=pl.col("end") - tail, match=pl.col("match").str.slice(0, pl.col("match").str.len_chars() - tail)).drop("_rtail")
    # (多 that opens the next word is no "more than": 312户多子女家庭, 约2100栋多层住宅, 3个多部门)
    many = pl.col("post") == "多"
    if found.select(many.any()).item():
        word = (found.filter(many).join(framed.select("_ord", "mtext"), on="_ord")
                .filter(slice_text("mtext", pl.col("end") - 1, pl.col("end") + 3).str.contains(MANY_WORD))
                .select("_ord", "start", _word=pl.lit(True)))
        if word.height:
            found = found.join(word, on=["_ord", "start"], how="left").with_columns(
                _word=pl.col("_word").fill_null(False)).with_columns(
                end=pl.when("_word").then(pl.col("end") - 1).otherwise("end"),
                match=pl.when("_word").then(pl.col("match").str.slice(0, pl.col("match").str.len_chars() - 1)).otherwise("match"),
                post=pl.when(~pl.col("_word")).then("post")).drop("_word")
    # Bare numbers in tables whose unit the table notes (| 营业收入（亿元） | 1.9 |), put in
    # text order by one integer key (`letters` is sorted by letter_id): half the cost of
    # sorting by letter_id and start.
    cells, context = table_cells(framed)
    if context.height:
        # (a mention inside a table's cell is dated, aimed and named by the cell's column as a
        # bare number is)
        ctx = [c for c in context.columns if c.startswith("table_")]
        found = found.join_asof(context.sort("letter_id", "cell_start"), left_on="start", right_on="cell_start", by="letter_id",
                                strategy="backward", check_sortedness=False, suffix="_cell")
        inside_cell = (pl.col("end") <= pl.col("cell_end")).fill_null(False)
        found = found.with_columns(**{c: pl.when(inside_cell).then(pl.col(c + "_cell")).otherwise(c) for c in ctx}).drop(
            "cell_start", "cell_end", *(c + "_cell" for c in ctx))
    if cells.height == 0:
        return found.drop("_ord")
    cells = cells.join(framed.select("letter_id", "_ord"), on="letter_id").select(found.columns)
    return pl.concat([found, cells]).sort(pl.col("_ord") * 2**32 + pl.col("start")).drop("_ord")


def _shared_unit(framed: pl.DataFrame) -> pl.DataFrame:
    """The bare numbers of SHARED_UNIT lists, each a match of its own: its number, the
    multiplier it has or else the last one's, and the list's unit (分别为3、5万元: 3万元)."""
    lists = find_spans(framed.filter(pl.col("mtext").str.contains(SHARED_HINT)), SHARED_UNIT, keep=("body_start", "body_end", "_ord"))
    if lists.height == 0:
        return lists
    g = pl.col("_g").struct.field
    lists = lists.with_columns(_g=pl.col("match").str.extract_groups("^" + SHARED_UNIT + "$"))
    last_mult = pl.coalesce(g("sm3"), g("sm2")).fill_null("")
    length = lambda *parts: pl.sum_horizontal(g(p).str.len_chars().fill_null(0) for p in parts).cast(pl.Int64)  # noqa: E731
    first = lists.with_columns(end=pl.col("start") + length("s1", "sm1"),
                               match=pl.concat_str(g("s1"), pl.coalesce(g("sm1"), last_mult), g("su")))
    # (the middle one of three)
    second = lists.filter(g("s3").is_not_null()).with_columns(
        start=pl.col("start") + length("s1", "sm1", "sep1"), end=pl.col("start") + length("s1", "sm1", "sep1", "s2", "sm2"),
        match=pl.concat_str(g("s2"), pl.coalesce(g("sm2"), g("sm3").fill_null("")), g("su")))
    return pl.concat([first, second]).drop("_g").sort("_ord", "start")


def enclosed_spans(letters: pl.DataFrame) -> pl.DataFrame:
    """Spans whose numbers are names, not quantities: 《titles》 and short “quotes”."""
    titles = find_spans(letters, r"《[^《》\n]{1,120}》").with_columns(title=pl.lit(True))
    quotes = find_spans(letters, r"[“\"「‘][^“”\"「」‘’\n]{1,20}[”\"」’]").with_columns(title=pl.lit(False))
    # (not a request quoted whole, its figures the request's: “将基础养老金提高到每人每月400元”)
    # (nor a coupon's terms: “满300元减100元”)
    quotes = quotes.filter(~pl.col("match").str.contains(MOVED_TO + r"|达到|不低于|不少于|不超过|不高于|^.满\d+元?(?:立?减|返|送)\d+元.$"))
    spans = pl.concat([titles, quotes]).select("letter_id", "title", enc_start="start", enc_end="end").sort("letter_id", "enc_start")
    # A quote inside a title (《打造“专精特新之城”行动方案（2023-2025年）》) is the title's: `inside`
    # needs spans that do not nest.
    # (the furthest end so far in the letter: ends offset by letter, so one cum_max serves all)
    letter_no = group_start("letter_id").cum_sum().cast(pl.Int64) * 1_000_000_000
    outer = shift_in((letter_no + pl.col("enc_end")).cum_max(), "letter_id") - letter_no
    return spans.filter((pl.col("enc_end") > outer) | outer.is_null())


def inside(df: pl.DataFrame, spans: pl.DataFrame, start: str, end: str) -> pl.Series:
    """Whether [start, end) of each row lies inside one of `spans` (non-overlapping); `df`
    sorted by letter_id, start."""
    j = df.select("letter_id", start, end).join_asof(
        spans, left_on=start, right_on="enc_start", by="letter_id", strategy="backward", check_sortedness=False
    )
    return j.select(hit=(pl.col(end) <= pl.col("enc_end")).fill_null(False))["hit"]


SENTENCE_ENDS = "。！？!?"
SENTENCE = r"[^。！？!?\n]+[。！？!?]?"


def sentences(letters: pl.DataFrame) -> pl.DataFrame:
    """Every SENTENCE: a run of characters up to a sentence end or a line break.

    Sentences tile each line, so no regex is needed: a cut mark after every sentence end
    and around every line break splits a text into its sentences and what lies between
    them (line breaks, repeated end marks, empty strings), whose lengths add up to offsets.
    """
    if letters["mtext"].str.contains(CUT, literal=True).any():
        s = find_spans(letters, SENTENCE).with_columns(line_start=pl.col("start"))  # (no carrying on this rare route)
    else:
        ends = [*SENTENCE_ENDS, "\n"]
        cut = letters.select("letter_id", match=pl.col("mtext").str.replace_many(ends, [e + CUT for e in SENTENCE_ENDS] + [CUT + "\n" + CUT]).str.split(CUT))
        s = cut.with_columns(_row=pl.int_range(pl.len(), dtype=pl.UInt32)).explode("match").with_columns(
            _len=pl.col("match").str.len_chars().cast(pl.Int64)
        )
        # What lies between sentences is one character at most: a line break or an end mark.
        between = (pl.col("_len") == 0) | ((pl.col("_len") == 1) & pl.col("match").is_in(ends))
        s = s.with_columns(end=cum_sum_in("_len", "_row"), _line=cum_sum_in(pl.col("match") == "\n", "_row")).filter(~between)
        s = s.with_columns(start=pl.col("end") - pl.col("_len"))
        # Where the sentence's line (its paragraph) starts: a period carries that far.
        s = s.with_columns(line_start=pl.when(group_start("_row", "_line")).then("start").forward_fill())
    return s.select("letter_id", "line_start", sent_start="start", sent_end="end", sentence="match")


def extract_metrics(
    letters: pl.DataFrame,
    zone: pl.DataFrame,
    heads: pl.DataFrame,
    commitments: pl.DataFrame,
    letter_year: pl.DataFrame,
) -> pl.DataFrame:
    """The metrics of `letters` (sorted by letter_id). Mentions stay sorted by letter_id,
    start throughout: the window helpers and as-of joins below rely on it."""
    cand = candidates(letters, zone)
    enc = enclosed_spans(letters)
    cand = cand.with_columns(enclosed=inside(cand, enc, "start", "end"))
    sents = sentences(letters)
    cand = cand.join_asof(
        sents, left_on="start", right_on="sent_start", by="letter_id", strategy="backward", check_sortedness=False
    )
    # The context within the sentence, cut from the sentence: a mention never spans a
    # sentence end, and slicing a short string is cheaper than slicing the letter.
    at = pl.col("sent_start")
    cand = cand.with_columns(
        before=slice_text("sentence", pl.max_horizontal(at, pl.col("start") - 40) - at, pl.col("start") - at),
        after=slice_text("sentence", pl.col("end") - at, pl.min_horizontal(pl.col("sent_end"), pl.col("end") + 20) - at),
    )
    cand = _exclude(cand)
    cand = _minutes_and_seconds(cand)
    cand = _signs(_values(cand))
    cand = _runs(cand)
    cand = _qualifier(cand)
    cand = cand.join(letter_year, on="letter_id", how="left", maintain_order="left")
    cand = _in_commitment(cand, commitments)
    cand = _kind(cand)
    cand = cand.filter(pl.col("keep"))
    cand = _periods(letters, cand, enc)
    # A figure of a time that starts after the letter was signed is not reached yet: it is planned
    # (2025年新建口袋公园12个, 明年新增…, in a letter of 2024), where its own sentence names the time
    # (规划至2035年…。亩均投资强度提高到每亩320万元以上 is no plan of 2035's).
    cand = cand.with_columns(kind=pl.when((pl.col("kind") == "actual") & pl.col("_own_time") & (pl.col("period_start") > pl.col("letter_date")).fill_null(False))
                             .then(pl.lit("target")).otherwise("kind")).drop("_own_time")
    # The year's goal or task is the whole year's, though named in months' figures
    # (2024年1—10月，…完成年度目标（8000个）的77.5%).
    whole = ((pl.col("kind") == "target") & pl.col("period_start").is_not_null()
             & pl.col("before").str.contains(r"(?:年度|全年)(?:目标|任务|计划)(?:任务|数)?[（(]?$")).fill_null(False)
    cand = cand.with_columns(period_start=pl.when(whole).then(pl.date(pl.col("period_start").dt.year(), 1, 1)).otherwise("period_start"),
                             period_end=pl.when(whole).then(pl.date(pl.col("period_start").dt.year(), 12, 31)).otherwise("period_end"))
    cand = _ranked_change(_subject(cand))
    cand = _sections(cand, heads)
    # Only what the metrics table keeps, and the sentence span its evidence comes from.
    kept = [c for c in schema.METRICS if c in cand.columns and c not in ("letter_id", "sentence")]
    return cand.select("letter_id", "sent_start", "sent_end", *kept, char_start="start", char_end="end")


def _minutes_and_seconds(c: pl.DataFrame) -> pl.DataFrame:
    """A time in minutes and seconds (平均到场时间8分42秒) is one mention, in seconds: the
    seconds' match takes in the minutes and hours before it (冠军成绩为1小时01分37秒) and the
    hundredths a race's time writes after it (49秒82, 4分52秒3); the hours' and the minutes'
    own matches go."""
    secs = (pl.col("unit_raw") == "秒") & pl.col("num2").is_null()
    c = c.with_columns(
        _mins=_only(secs, pl.col("before")).str.extract(r"(?:\d{1,2}\s*小?时\s*)?\d{1,3}\s*分\s*$", 0),
        # (not a count that follows: 每10秒1次)
        _frac=_only(secs, pl.col("after")).str.extract(r"^(\d{1,2})(?:[^\d.%\p{Han}A-Za-z]|的|$)", 1),
    )
    has, frac = pl.col("_mins").is_not_null(), pl.col("_frac")
    width = pl.col("_mins").str.len_chars().cast(pl.Int64)
    hours = pl.col("_mins").str.extract(r"^(\d{1,2})\s*小?时", 1).cast(pl.Float64).fill_null(0)
    minutes = pl.col("_mins").str.extract(r"(\d{1,3})\s*分", 1).cast(pl.Float64)
    seconds = pl.col("num").str.replace_all(",", "").cast(pl.Float64, strict=False) + pl.coalesce(
        frac.cast(pl.Float64) / pl.lit(10.0).pow(frac.str.len_chars()), pl.lit(0.0))
    c = c.with_columns(
        start=pl.when(has).then(pl.col("start") - width).otherwise("start"),
        end=pl.when(frac.is_not_null()).then(pl.col("end") + frac.str.len_chars()).otherwise("end"),
        num=pl.when(has | frac.is_not_null()).then((hours * 3600 + minutes.fill_null(0) * 60 + seconds).round(3).cast(pl.String)).otherwise("num"),
        before=pl.when(has).then(pl.col("before").str.slice(0, pl.col("before").str.len_chars() - width)).otherwise("before"),
        after=pl.when(frac.is_not_null()).then(pl.col("after").str.slice(frac.str.len_chars())).otherwise("after"),
    )
    # (the hours' or the minutes' match, now inside the seconds' one that follows)
    taken = pl.lit(False)
    for n in (1, 2):
        taken = taken | (shift_in("_mins", "letter_id", n=-n).is_not_null() & (shift_in("start", "letter_id", n=-n) < pl.col("end"))).fill_null(False)
    c = c.filter(~taken).drop("_mins", "_frac")
    # (…and a time in hours and minutes, in minutes: 平均提前1小时40分钟 → 100 分钟; the hours' match goes)
    mins = (pl.col("unit_raw") == "分钟") & pl.col("num2").is_null() & pl.col("mult").is_null()
    c = c.with_columns(_hrs=_only(mins, pl.col("before")).str.extract(r"(?:^|[^\d.])(\d{1,2}\s*个?小时\s*)$", 1))
    if not c.select(pl.col("_hrs").is_not_null().any()).item():
        return c.drop("_hrs")
    has, width = pl.col("_hrs").is_not_null(), pl.col("_hrs").str.len_chars().cast(pl.Int64)
    hours = pl.col("_hrs").str.extract(r"^(\d{1,2})", 1).cast(pl.Float64)
    c = c.with_columns(
        start=pl.when(has).then(pl.col("start") - width).otherwise("start"),
        num=pl.when(has).then((hours * 60 + pl.col("num").str.replace_all(",", "").cast(pl.Float64, strict=False)).round(3).cast(pl.String)).otherwise("num"),
        before=pl.when(has).then(pl.col("before").str.slice(0, pl.col("before").str.len_chars() - width)).otherwise("before"),
    )
    taken = (shift_in("_hrs", "letter_id", n=-1).is_not_null() & (shift_in("start", "letter_id", n=-1) < pl.col("end"))).fill_null(False)
    return c.filter(~taken).drop("_hrs")


# What a term ends in: months before it are a time, not a year's first months (有效期届满前3个月).
TERM_ENDS = ("届满", "到期", "期满", "结束", "截止", "退休", "毕业", "换届")
# Counters of things (not measures: 元, 吨, %): what a bound before them picks is counted by them.
COUNTED_THINGS = "(?:家|个(?:[^月百工]|$)|件|台|场|户|座|所|项|起|宗|批次?|部|辆|艘|条|处|支|名|位|间|套|栋|人次?)"


def _exclude(c: pl.DataFrame) -> pl.DataFrame:
    before, after = pl.col("before"), pl.col("after")
    is_rank_cand = pl.col("rank").is_not_null()
    unit_raw = pl.col("unit_raw").fill_null("")  # (a rank has none)
    # (and the later ordinals a 第 opens a list of: 第三、四期, 第五、六批)
    ordinal = ~is_rank_cand & before.str.contains(r"第\s*$|第[一二三四五六七八九十\d]{1,3}[、和及至到—-]$")
    age_before = _only(unit_raw == "岁", before)
    one = (pl.col("num") == "1") & pl.col("num2").is_null()
    # (items and phases counted in Chinese numerals, which several rules below test: 两项补贴, 二期)
    cn_items, cn_phases = pl.col("is_cn") & (unit_raw == "项"), pl.col("is_cn") & (unit_raw == "期")
    idiom = (
        # (a day of a month is no limit: 6月15日内)
        ((unit_raw == "日内") & before.str.contains(r"月\s*$"))
        # (a counter read after a compound numeral only: 一起, 一次性, 一张网 are idioms)
        # (but how often, after a bound or a period: 每年开展检查不少于两次, 每季度至少一次)
        | (pl.col("is_cn") & unit_raw.is_in(U.CN_COMPOUND_COUNTERS) & ~pl.col("match").str.contains(r"[十百千万亿]")
           & ~_tested(unit_raw == "次", before, r"(?:不少于|不超过|不低于|不多于|至少|最多|每[年月季周半]\p{Han}{0,2})\s*$"))
        | (pl.col("is_cn") & (unit_raw == "部") & after.str.contains(r"^[门委署局队位长件级]"))
        # (rises and falls in an idiom: 三起三落)
        | (pl.col("is_cn") & (unit_raw == "起") & after.str.contains(r"^[一二三四五六七八九两]落"))
        # (a bare 亿 before its noun names a class, not a sum: 招引超亿元项目, 近亿元检测设备; 投资近亿元 is one)
        | (pl.col("is_cn") & pl.col("match").str.starts_with("亿") & after.str.contains(r"^\p{Han}") & ~after.str.contains(r"^(?:以上|以下|左右|多|余)"))
        # (a race by its distance, an event's name: 男子1000米跑, 400米冠军成绩, 100米纪录, 4×100米接力)
        | ((unit_raw == "米") & (before.str.contains(r"(?:男子|女子|男|女|[男女]子?组|×)\s*$")
                                | after.str.contains(r"^(?:跑|赛跑|短跑|冠军|亚军|季军|纪录|决赛|预赛|半决赛|自由泳|蛙泳|仰泳|蝶泳|混合泳|栏|跨栏|接力|障碍|竞走|项目|比赛|成绩)")))
        # (a format by its team size: 11人制足球场, 5人制; a household by its size: 1人户每月400元, 3人及以上户)
        | ((unit_raw == "人") & (after.str.starts_with("制") | after.str.starts_with("户")))
        # (a home by its order, after the first: 首套…，二套调整为25%)
        | (pl.col("is_cn") & (unit_raw == "套") & pl.col("sentence").str.contains("首套", literal=True))
        # (收支两条线 is a rule's name, not lines counted; 两条线路 are)
        | (pl.col("is_cn") & (unit_raw == "条") & after.str.contains(r"^线(?:[^路]|$)"))
        # (rounds are of shells only: 发射炮弹326发; 发 is a verb elsewhere)
        | ((unit_raw == "发") & ~_tested(unit_raw == "发", before, "弹"))
        # (期间 is one word: 五一期间, 十一期间)
        | ((unit_raw == "期") & after.str.starts_with("间"))
        # (a bus route by its number, among others or before its bus: K11路、59路, 105路公交)
        | ((unit_raw == "路") & (before.str.contains(r"[A-Za-z\d]路\s*[、和及]\s*$") | after.str.contains(r"^\s*(?:[、和及]\s*[A-Za-z]{0,2}\d{1,4}路|公交|专线|线路|车)")))
        | after.str.contains(r"^(?:一体|数(?:[^据字量码额值智治]|$)|一批)")  # 五位一体, 两位数 (not 3个数字化大厅, 21类数据)
        | ((unit_raw == "成") & after.str.contains(r"^(?:不变|员)"))  # 一成不变
        | (pl.col("is_cn") & before.str.contains(r"(?:数|几|若干|(?:^|[^以])上|每|这|那|各)$"))
        # (a package of measures by its number: 优化营商环境16条措施, 攻坚措施20条)
        | ((unit_raw == "条") & (after.str.contains(r"^(?:具体|硬核|政策)?(?:措施|举措|新政|意见)") | before.str.contains(r"(?:措施|举措|新政)$")))
        # (the population a rate is per: 每3万人口配置1辆救护车)
        | (before.str.ends_with("每") & (after.str.starts_with("口") | unit_raw.is_in(U.PEOPLE) | ((unit_raw == "人") & pl.col("mult").is_not_null())))
        # (people counted by what they are need 万 or 亿: 12万群众, not 5学生)
        | (unit_raw.is_in(U.PEOPLE) & pl.col("mult").is_null())
        # (and things named already, counted again: 上述2个街道, 这3家企业)
        | pl.any_horizontal(before.str.ends_with(w) for w in ("上述", "前述", "这", "那"))
        # (an age bound that defines who is counted: 年龄在60岁以上的占三成)
        | ((unit_raw == "岁") & _only(unit_raw == "岁", before).str.contains(r"年龄在$").fill_null(False) & pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False))
        # (…or a bound without a post: 约三成村医年龄超过60岁; not an average's, 平均年龄超过50岁)
        | _tested(unit_raw == "岁", before, r"(?:^|[^均])年龄(?:超过|超|大于|高于|不足|低于|小于|不满)$")
        # (half a share only where it is measured: 近一半, 占一半, 一半的企业; not 一半是海水)
        # (过半 where a share is told, not a time gone by: 经过半年; nor after the share it sums up: 占比达到52.3%，首次过半)
        | (pl.col("match").str.starts_with("过半") & (~after.str.contains(r"^(?:[，。；、,;）)]|的|数|$)") | before.str.contains(r"\d%[，,]\s*\p{Han}{0,6}$")))
        | ((pl.col("match") == "一半") & ~before.str.contains(r"(?:近|约|超过|超|逾|占|达到?|为|接近|将近|不足|不到|的)$") & ~after.str.starts_with("的"))
        # (此两类补贴; not 因此, 为此, 对此)
        | _only(before.str.ends_with("此"), before).str.contains(r"(?:^|[^因对为由据如自从彼])此$").fill_null(False)
        # (the step a score or a fine is per: 每逾期1个月扣0.5分, 每超过1天罚款100元)
        | _tested(before.str.contains("每", literal=True), before, r"每\p{Han}{0,4}$") & after.str.contains(r"^[扣罚加减]\p{Han}{0,2}\d")
        # (the base a provision is per: 每100平方米建筑面积配建1.5个车位)
        | _tested(before.str.ends_with("每"), after, r"^[^，。；\d]{0,12}(?:配建|配置|配备|设置|建设|设|不少于|不低于|应|须|(?:仅|只)?(?:拥有|配有|有))")
        # (a class by its number: 二类区域首小时2元, 三类水质)
        | _tested(pl.col("is_cn") & (unit_raw == "类"), after, r"^(?:\p{Han}{0,4}(?:区域|地区)|城市|水质|水体|用地|地块|医院|区)")
        # (…and any class a noun after it names: 三类坝, 三类乡村学校; not the classes a thing is divided into, 分为两类)
        | _tested(pl.col("is_cn") & (unit_raw == "类") & pl.col("post").is_null(), after, r"^[\p{Han}&&[^、和及与或的等共分中]]")
        # (a fee tier by its amount, no sum: 对200元档次补贴不低于30元, 选择1000元及以上缴费档次的)
        | _tested(unit_raw.str.ends_with("元"), after, r"^(?:及?以上|及?以下)?的?(?:年度?|每年)?(?:缴费)?档次?")
        # (the items just listed, counted again: 住宿餐饮、批发零售、居民服务业三个行业, 电信、移动、联通三家运营商)
        | _tested(pl.col("is_cn") & (pl.col("num").str.len_chars() == 1) & pl.col("post").is_null() & unit_raw.is_in(["个", "家", "项", "类", "种", "所", "条", "座", "支", "批", "大类"]), before,
                  r"(?:^|[，。；：:,（(])[^，。；：:,（()）\d]*\p{Han}、[^，。；：:,（()）\d]*\p{Han}(?:等)?$")
        # (nor floors that name a class of buildings: 4层及以上无电梯多层住宅)
        | (pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) & _tested(unit_raw == "层", after, r"^\p{Han}"))
        # (…nor a building's height a rule's tier names: 4层住宅每部补助15万元, 5至6层每部16万元, 6层住宅占比约71%)
        | _tested(unit_raw == "层", after, r"^(?:住宅|楼房|居民楼|无电梯|多层|每部|每台|每栋)")
        # (nor the last months or quarters, a time: 近三个月，新增…; 近四个季度以来)
        | _tested(unit_raw.is_in(["个月", "个季度"]), before, r"(?:^|[^将接])近$") & _tested(unit_raw.is_in(["个月", "个季度"]), after, r"^(?:[，,]|来|以来|中|的|累计|共|全市|全省|全县)")
        # (nor the whole of a time and a half, no count: 休渔期长达四个半月, 3个半小时)
        | _tested(unit_raw == "个", after, r"^半(?:月|小时)")
        # (nor a holiday's length, a fact of the calendar: “五一”假期5天, 今年春节假期8天)
        | _tested(unit_raw == "天", before, r"(?:假期|长假|黄金周|假日)(?:共|为|放假|连休)?\s*$")
        # (nor a size that defines a group counted: 规模在50人以上的仅有4家，30人以下的小所占86.6%)
        | (pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False)
           & _tested(after.str.starts_with("的"), after, r"^的\p{Han}{0,4}?(?:仍|还|仅|只|约)?(?:有|占)")
           & _tested(after.str.starts_with("的"), before, r"(?:规模|人数|面积|年龄|排量|功率|学历|收入)在$|^[^，。；]{0,2}$|[，,；;]\s*$"))
        # (…nor any bound that picks the things counted right after it: 年出口额超1亿美元的企业23家,
        # 展览面积1万平方米以上的展会达38场, 总投资1亿美元以上外资项目42个)
        | ((pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) | before.str.contains(r"(?:超过?|不足|不到|低于|高于|少于|多于|大于|小于)$"))
           & after.str.contains(r"^(?:的|的?\p{Han}{2}[^，。；：:、\d（）()]{0,9}?)(?:达到?|共计?|共有|有|为|约|近|超过?)?\d+(?:\.\d+)?[万亿]?" + COUNTED_THINGS))
        # (…nor a size by households, people, land or money that names a class of villages or firms,
        # not them counted: 30户以上自然村通硬化路全覆盖, 年经营性收入10万元以下的村)
        | (pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) & unit_raw.is_in(["户", "人", "亩", "元"])
           & _tested(unit_raw.is_in(["户", "人", "亩", "元"]), after, r"^的?(?:自然村|行政村|村庄|村|社区|企业|合作社|家庭农场|农场|经营主体|种粮大户|大户)")
           # (a rule's threshold for whom it pays stays one: 对种植面积50亩以上的种粮大户…每亩奖励60元)
           & ~_tested(unit_raw.is_in(["户", "人", "亩", "元"]), before, r"(?:对|凡|按|给予|带动)[^，。；]*$"))
        # (…nor a vehicle's class by its seats: 十九座以下中小型客车, 7座及以上载客汽车)
        | (pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) & (unit_raw == "座")
           & _tested(unit_raw == "座", after, r"^的?(?:大中型|中小型|小型|中型|大型|营运|载客|客运)?(?:客车|汽车|车辆|校车|巴士|面包车|轿车|公交车)"))
        # (nor how many things a plan announces before its colon: 重点做好三件事：)
        | _tested(pl.col("is_cn"), after, r"^(?:大?事|实事|方面|工作|举措|措施)?[：:]")
        # (nor the deputies or members who signed the proposal with its author: 等12位代表附议, 许文涛委员等6人提出)
        | _tested(unit_raw.is_in(["位", "名", "人"]), after, r"^(?:人大|政协)?(?:代表|委员)们?(?:共同|联名|附议|领衔|提出)")
        | (_tested(unit_raw.is_in(["位", "名", "人"]), after, r"^(?:共同|联名)?(?:提出|附议|领衔)") & before.str.ends_with("等"))
        # (and the agencies a joint reply names: 经两家单位共同研究)
        | _tested(pl.col("is_cn"), after, r"^(?:单位|部门)(?:将|还将)?(?:共同|联合|会同|协商|研究|商定|进一步|加强)")
        # (a core is no 核心, 核查, 核酸: 3核心区)
        | _tested(unit_raw == "核", after, r"^[心查酸定实算准销减发验]")
        # (the end of a range of places or ranks: 排名第6—10位, 第1至3名)
        | _tested(unit_raw.is_in(["位", "名"]), before, r"第\s*[\d０-９]{1,3}\s*[—\-－~～至到]$")
        # (a bus route's number is no count of cameras' feeds: 5路公交车, 2路、5路公交; 1850路高清视频 is)
        | _tested(unit_raw == "路", after, r"^(?:[、和及与]\s*\d{1,4}路)*(?:公交|车|线|巴士|班|口|段|由|沿|电车|小巴|专线|沿线)")
        # (a year run into a place's name: 2024台州马拉松)
        | (_tested(unit_raw == "台", pl.col("num"), r"^20\d\d$") & after.str.starts_with("州"))
        # (a time in an indicator's name: 48小时妥投率, 72小时办结率)
        # (and a rain's measuring window: 最大1小时雨强, 3小时累计雨量)
        | _tested(unit_raw.is_in(["秒", "小时", "分钟", "天", "日", "个工作日", "工作日"]), after, r"^(?:内)?\p{Han}{0,4}率|^(?:累计|最大|平均)?(?:雨强|雨量|降雨量?|降水量?)")
        # (and a time or a distance a rate is within: 10秒内接听率, 周边300米公交接驳率, 500米范围内公交覆盖率, 6个月内就业率)
        | _tested(unit_raw.is_in(["秒", "米", "公里", "分钟", "小时", "个月", "天", "日", "日内"]), after, r"^(?:内|以内|范围内)?\p{Han}{0,6}(?:覆盖率|接驳率|接听率|到达率|响应率|率)(?:[达为是]|[\d.]|$)")
        # (and the threshold of whom a share counts: 睡眠时间达到10小时的比例为81.3%, 每周锻炼3次以上的比例)
        | _tested(after.str.contains("的比例|的占比|的比重") & ~unit_raw.is_in(["%", "％", "‰", "成", "个百分点", "百分点"]), after, r"^(?:及?以上|及?以下)?的(?:比例|占比|比重)(?:为|是|达到?|约|仅|已|由|从|提高|提升|下降|超过)")
        # (an age range that bounds a group: 由0-6岁逐步扩大到0-14岁)
        | ((unit_raw == "岁") & pl.col("num2").is_not_null())
        # (a table's or a figure's number before its caption: 表2  人员配备情况; not 代表30人)
        | _tested(pl.col("match").str.contains(" ", literal=True), before, r"(?:^|[^代列发报外图])(?:附表|表|图)\s*$")
        # (a rate's unit noted in brackets: 孕产妇死亡率（1/10万）)
        | _tested((unit_raw == "/10万") & one, before, r"[（(]\s*$")
        # (a phase by its number: 引导基金二期, 一期工程)
        | _tested(cn_phases, after, r"^(?:工程|项目|基金|扩建|建设|改造|厂房|园区|码头|用地|规划|设立|开工|建成|投用|续建)")
        | _tested(cn_phases, before, r"(?:基金|项目|工程|园区|码头|[（(])$")
        # (and a project's phase listed by its name: 加快洪屏二期、奉新等抽水蓄能电站建设)
        | (_tested(cn_phases, after, r"^(?:、|等)") & ~_tested(cn_phases, before, r"(?:分|共|了|办|班|训|开展|举办|实施|完成|达|计|[^\p{Han}])$"))
        # (the letter's own items counted: 做好以下四项工作, 上述三个方面)
        | _tested(pl.col("is_cn") & unit_raw.is_in(["项", "个", "条", "类", "点"]), before, r"(?:以下|如下|下列|以上|上述)$")
        # (indicators counted back, what each of them did after: 三项指标均居全省第4位)
        # (and their measure named after them: 两项指标增速均快于全省)
        | _tested(cn_items, after, r"^指标(?:均|都|全部|增速|增幅|的增速)")
        # (a class by its ordinal, 二类 (class II), not 两类 (two kinds): 二类经营性企业, 二类、三类桥梁)
        | (pl.col("is_cn") & (unit_raw == "类") & ((pl.col("match") == "二类") | before.str.contains(r"二类[、和及]$")))
        # (a sport by its number: 铁人三项赛, 十项全能, 三人篮球, 五人制足球)
        | _tested(pl.col("is_cn") & unit_raw.is_in(["项", "人"]), after, r"^(?:赛(?:[^事]|$)|全能|制|篮球|足球|排球)")
        | _tested(cn_items, before, r"铁人$")
        # (a tricycle, a two-wheel drive, a plan per place: 电动三轮车, 三轮收集车, 两轮驱动, 一处一策)
        | _tested(pl.col("is_cn") & unit_raw.is_in(["轮", "处"]), after, r"^(?:\p{Han}{0,3}车|摩托|驱动|齐驱|一策|一档|一景)")
        # the parts of a text's own plan: 从以下三个方面推进, 分两个阶段实施
        | (pl.col("is_cn") & after.str.contains(r"^(?:方面|阶段|环节|层面|维度|步骤)"))
        # a phase by its number (二期工程, 三期项目)
        # (and in brackets after a name: 应急物资储备中心（二期）)
        | _only(pl.col("is_cn") & (unit_raw == "期"), after).str.contains(r"^(?:(?:扩容|扩能|提升|续建|新建|改扩建|扩建|建设)(?:工程|项目)|工程|项目|建设|改造|扩建|地块|用地|厂房|园区|规划|展陈|概算|投资|总投资|预算|工期|标段|设计)").fill_null(False)
        | _only(pl.col("is_cn") & (unit_raw == "期"), before).str.contains(r"(?:园|区|项目|工程|基地|中心|城|港|厂|场|线|路|段|码头|改造|扩建|治理|整治)[（(]?$").fill_null(False)
        # a table's or an annex's number before 所列, 所示 (确保表2所列项目, 附件3所附清单)
        | (_only(unit_raw == "所", after).str.contains(r"^(?:列|示|附|述)").fill_null(False)
           & _only(unit_raw == "所", before).str.contains(r"(?:表|附件|图)\s*$").fill_null(False))
        # a home by its order (二套住房贷款利率), not homes counted (建成安置房300套)
        # (…and before its rule: 二套不低于30%, 二套为3.325%)
        # (not a compound numeral's homes: 为三万一千二百套房屋办证)
        | _only(pl.col("is_cn") & (unit_raw == "套") & ~pl.col("match").str.contains(r"[十百千万亿]"), after).str.contains(
            r"^(?:住房|房|商品房|房产|及以上住房|为|不低于|不高于|首付|贷款|利率)").fill_null(False)
        # a hotline's number before a word that starts with 家 (96345家政服务热线)
        # (not 3家电梯企业, 10家政府部门)
        | _only(unit_raw == "家", after).str.contains(r"^政(?:服务|热线|公司|平台)").fill_null(False)
        # (an accident's class by its toll: 未发生一次死亡3人以上的较大道路交通事故)
        | (_only((unit_raw == "人") & pl.col("post").is_in(["以上", "及以上"]).fill_null(False), after)
           .str.contains(r"^的?\p{Han}{0,10}(?:事故|火灾|案件|事件|险情)").fill_null(False))
        # (and a public hotline's, 123xx, before the name of its line: 12315校园食品安全投诉举报专线)
        | _only(pl.col("match").str.contains(r"^123\d\d\D"), after).str.contains(r"^\p{Han}{0,12}(?:热线|专线|平台|电话|投诉|举报)").fill_null(False)
        # a code's digits after a capital letter (X9018次 班列, G1234次)
        | before.str.slice(-1).str.contains(r"[A-Z]").fill_null(False)
        # a time of day's minutes (18:00至次日8:00期间: no 00期)
        | before.str.contains(r"\d[:：]$").fill_null(False)
        # a class of graduates (2023届毕业生)
        | _only(unit_raw == "届", pl.col("num")).str.contains(r"^(?:19|20)\d\d$").fill_null(False)
        # herds, flocks and colonies, not crowds or matches (3万群众, 按1:1匹配)
        | _only(unit_raw.is_in(["群", "匹", "羽"]), after).str.contains(r"^(?:众|体|落|岛|组|聊|配|毛)").fill_null(False)
        # places a rank moved (较上年前移11位) are no head count
        | _only(unit_raw == "位", before).str.contains(r"(?:前移|后移|上移|下移|上升|下降|提升|前进|后退|跃升|跃居|进位)了?$").fill_null(False)
        # a programme by its number of parts (残疾人两项补贴, 三项制度改革), not items counted
        # (办理两项业务 counts, as does 两项补贴 after a verb: 发放两项补贴)
        | (_only(cn_items, after).str.contains(r"^(?:补贴|制度|改革|机制|清单)").fill_null(False)
           & ~_only(cn_items, before).str.contains(r"(?:发放|落实|实施|出台|建立|完善|推进|开展|办理|制定|提供|兑现)$").fill_null(False))
        # the size that makes a class a large one (消除56人以上大班额, 大班额（56人以上）, 46-55人的班级)
        # (but a class size a standard caps is one: 大班不超过35人的班额标准)
        | (_only(unit_raw == "人", after).str.contains(r"^(?:及?以上)?的?超?大?班级|^及?以上的?超?大?班额|^的?超?大班额").fill_null(False)
           | _only(unit_raw == "人", before).str.contains(r"班额[（(]$").fill_null(False))
        # the first months of a year are its period, not a duration (今年前5个月; 提前5个月 is one,
        # and so is a time before a term's end: 有效期届满前3个月, 合同到期前2个月)
        | (_only(unit_raw == "个月", before).str.contains(r"(?:^|[^提])前$").fill_null(False)
           & ~_only(unit_raw == "个月", before).str.contains("(?:" + "|".join(TERM_ENDS) + ")前$").fill_null(False))
        # the letter's own proposals counted (鉴于三件提案内容相近, 两件建议)
        | _only(pl.col("is_cn") & (unit_raw == "件"), after).str.contains(r"^(?:提案|建议|议案)").fill_null(False)
        # a radius naming an indicator or a scope: 公交站点500米覆盖率, 周边500米范围内, 雷达1公里高度探测覆盖率
        # (but a radius a rule forbids within is a rule's: 校园周边100米范围内不得设置卷烟零售点)
        | (_only(unit_raw.is_in(["米", "公里"]), after).str.contains(r"^\p{Han}{0,6}覆盖率|^(?:半径)?(?:服务半径|范围)").fill_null(False)
           & ~_tested(unit_raw.is_in(["米", "公里"]), after, r"^范围内(?:不得|禁止|严禁|不准|不予)"))
        # …and an altitude that bounds a class of places (海拔500米以上山区)
        # (not an average's bound, the sentence ended: 平均海拔1400米以上。)
        | (_only(unit_raw == "米", before).str.ends_with("海拔").fill_null(False) & pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False)
           & ~(before.str.ends_with("平均海拔") & ~after.str.contains(r"^\p{Han}")))
        # …and a height that bounds a class of buildings (建筑高度100米以上的, 超高层建筑（建筑高度100米以上）,
        # 建筑高度超过100米的高层建筑), not a height reached (平均高度…)
        | (_tested(unit_raw == "米", before, r"(?:^|[^均])高度(?:在|超过|大于|高于|不低于|低于|不超过)?$")
           & (pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) | before.str.contains(r"(?:超过|大于|高于|低于|不超过|不低于)$"))
           & after.str.contains(r"^(?:的|[）)])"))
        # …and in a programme's: 15分钟便民生活圈; or in an indicator's name (5分钟到场率)
        | _only(unit_raw == "分钟", after).str.contains(r"^\p{Han}{0,8}圈|^(?:内)?\p{Han}{0,3}率").fill_null(False)
        # an age that bounds a group (60岁以上老年人), not an average age (平均年龄52.6岁)
        # (平均年龄已超过50岁, 平均年龄由56.3岁下降至52.8岁)
        # (and a life expectancy, its change and its gap: 人均预期寿命达到80.2岁，较2020年提高0.9岁)
        # (…and the cells of its table row: |人均预期寿命（岁）|78.4|78.9|)
        # (and from a year's: 平均年龄由2021年的56岁下降至48岁; to a year's: 由2020年的79.8岁提高到2024年的80.6岁)
        | ~(age_before.str.contains(r"(?:年龄|寿命)(?:[^，。；\d]{0,6}(?:由\d{4}年(?:底|末)?的)?|[^，。；\d]{0,2}(?:到|至)\d{4}年(?:底|末)?[^，。；\d]{0,4}|由(?:\d{4}年(?:底|末)?的)?[\d.]+岁[^，。；\d]{0,4}(?:\d{4}年(?:底|末)?的)?|[^，。；|\n]{0,8}\|(?:[^|\n]*\|)*\s*)$")
            | (age_before.str.contains(r"寿命[^。；]{0,30}[，,][^，。；岁]{0,14}$")
               & ~_only(unit_raw == "岁", after).str.contains(r"^(?:及?以上|及?以下|以内|的|[^，。；]{0,2}(?:老年|儿童|人口|女孩|学生|青少年|妇女))"))).fill_null(True)
        # a class (5万吨级船舶, 10万千瓦级机组) and a statistic's window (日最大8小时平均浓度)
        | after.str.contains(r"^级")
        | ((unit_raw == "周") & after.str.contains(r"^[年岁]"))  # (3周年, 2周岁)
        | ((unit_raw == "年") & after.str.contains(r"^[度级前后底末初来起]"))  # (a term, not 不超过3年度)
        # (5方面22条举措: aspects, 3方共同出资: parties, not cubic metres)
        | _tested(unit_raw == "方", after, r"^\s*(?:面|共同|联合|协同|合作|会商|签|参与|联动)")
        # the amount a price is per (早籼稻每50公斤127元, 每50公斤再加价20元)
        | (before.str.ends_with("每") & after.str.contains(r"^(?:\d|再?(?:加价|加收|补贴|补助|奖励|收取))"))
        # (but a lead time is a figure: 提前2小时发出暴雨预警, 提前48小时预报台风路径)
        | (_only(unit_raw.is_in(["小时", "分钟"]), after).str.contains(r"^(?:滑动)?平均|^\p{Han}{0,4}(?:预报|预警)").fill_null(False)
           & ~_only(unit_raw.is_in(["小时", "分钟"]), before).str.ends_with("提前").fill_null(False))
        # a service's hours or a forecast's lead time naming it (24小时值守, 24小时雨量, 72小时预报), or the
        # window a fee is capped in (24小时封顶40元, 24小时内最高收费)
        # (but hours a bound sets are a figure: 每天不少于16小时开放)
        | (_only((unit_raw == "小时") & ~before.str.ends_with("提前"), after).str.contains(r"^(?:预报|雨量|降雨|降水|值守|值班|服务|在线|营业|监测|不间断|全天候|热线|\p{Han}{2,4}热线|巡逻|开放|运行|自助|应急|报修|客服|咨询|书店|便利店|药店|门店|图书馆|城市书房|书房|过境免签|免签|最高|(?:内)?封顶|内最高收费)").fill_null(False)
           & ~_only(unit_raw == "小时", before).str.contains(r"(?:不少于|不低于|至少|不短于)$").fill_null(False))
        # (and a storm's window after its return period: 20年一遇24小时暴雨)
        | (unit_raw.is_in(["小时", "天", "日"]) & before.str.ends_with("一遇"))
        # (the last places of a ranking: 后10位园区)
        | ((unit_raw == "位") & before.str.ends_with("后"))
        # the one a rate is per (每多带动1人再补贴2000元, 企业每接收1名实习生)
        # (and the yuan a return is per: 每1元财政资金撬动社会投入5.3元; not 每张1万元)
        | _only(one & unit_raw.is_in(["人", "名", "户", "家", "个", "辆", "台"]), before)
        .str.contains(r"每[多新]?\p{Han}{0,3}$").fill_null(False)
        | _only(one & (unit_raw == "元") & pl.col("mult").is_null(), before)
        .str.ends_with("每").fill_null(False)
        # a score only where one is named (测评得分96.3分), never a time of day (9时30分)
        # (and its change right after it: 满意度为91.3分，较上年提高2.4分; or its cap: 计10分，最高不超过50分)
        | (~(_only(unit_raw == "分", before).str.contains(SCORED) & ~_only(unit_raw == "分", before).str.contains(r"[时点:]\s*$")).fill_null(True)
           & ~((shift_in("unit_raw", "letter_id") == "分") & (shift_in("sent_start", "letter_id") == pl.col("sent_start"))
               & _only(unit_raw == "分", before).str.contains(r"(?:提高|提升|增加|增长|上升|下降|降低|减少)了?(?:约|近)?$|(?:最高|最多|累计)(?:不超过|不得超过|不高于|可达|为)?$")).fill_null(False))
        # (a class by its number before what it classes: 1类区昼间, 2类声环境功能区, 3类地区)
        # (not how many classes there are: 共划分4类声环境功能区)
        | (_tested(unit_raw == "类", after, r"^(?:声环境)?(?:功能)?区|^(?:地区|区域|水体|水质|城市|县|海域)")
           & ~_tested(unit_raw == "类", before, r"(?:划分|分为|分成|共|共有|设)\s*$"))
        # classes listed by name (一类、二类出口企业)
        | (_only((unit_raw == "类") & pl.col("is_cn"), after).str.contains(r"^、\p{Han}{1,2}类").fill_null(False)
           | ((unit_raw == "类") & pl.col("is_cn") & before.str.contains(r"(?:类|[一二三四五六七八九])、$")))
        # the places a rank is among (在全省16个州（市）中排第2位), or whose assessment it is in (在全省11个设区市
        # 国资监管企业综合考核中，我市位居第4位; 在全市11个县（市、区）里排第四; 中由低到高排第4位)
        | (_only(after.str.contains("[中里]"), after).str.contains(
            r"^\p{Han}{1,8}?(?:[（(][^）)]{1,8}[）)])?\p{Han}{0,10}?[中里][，,]?\p{Han}{0,10}?(?:由[低高]到[高低])?(?:排|位|居|列|名)").fill_null(False)
           & _only(after.str.contains("[中里]"), before).str.contains(r"在" + REGION + r"?的?$").fill_null(False))
        | (_only(before.str.contains(r"(?:列|居|位居|位列|排名?)" + REGION + r"$"), after).str.contains(r"^\p{Han}{1,8}?(?:首位|第|前)").fill_null(False))
    )
    # Parts of a formula or a slogan: 5+5+N, 7×24小时.
    # (a + after a word or a cell's border is a sign: 同比+7.2%, | +3.5% |)
    # (but a rate's spread over its benchmark is a quantity: LPR+50BP)
    slogan = before.str.contains(r"(?:[\dA-Za-z）)”\"]\s*[+＋]|[×*✕])\s*$")
    slogan = (slogan & ~_tested(slogan, before, r"(?:LPR|Shibor|SHIBOR|基准利率)\s*[+＋]\s*$")) | after.str.contains(r"^\s*[+＋]")
    # A place in a sequence, not a ranking: 全省第二批, 第三次.
    # (nor a list by its size whose number the pattern cut short: 前500强 is not 前50)
    cut_short = is_rank_cand & after.str.contains(r"^\d")
    rank_ordinal = is_rank_cand & pl.col("rank_unit").is_null() & after.str.contains(
        r"^(?:批|次|届|期|轮|个|家|项|条|款|章|节|号|年|季|阶段|部分|类|种|档|级|步|梯队|方阵)")
    # (nor a group picked by its size with no verb of ranking: 投诉量前10位的经营者)
    picked = (is_rank_cand & pl.col("rank_top") & ~pl.col("rank_lead").fill_null("").str.contains(r"进|保持|位|居|排|列|跻身|处于|升|跃")
              & after.str.contains(r"^的?\p{Han}"))
    # (…nor, with one, the group a rule rewards: 对年度考核排名前10位的家庭医生团队给予奖励)
    picked = picked | (is_rank_cand & pl.col("rank_top") & after.str.contains(r"^的\p{Han}[^，。；]{0,16}?(?:给予|予以|奖励|补助|表彰|通报)"))
    phone = (pl.col("num").str.len_chars() >= 7) & pl.col("mult").is_null() & before.str.contains(r"(?:电话|热线|手机|传真)[^，。]{0,6}$")
    # A grade, not a count: 三类以上码头.
    grade = (unit_raw == "类") & pl.col("is_cn") & pl.col("post").is_in(["以上", "以下"]).fill_null(False)
    # (a ratio in quotes is still one: 按新增人口“1:1”控制; its pass needs the word that names it)
    enclosed = pl.col("enclosed") & (unit_raw != "比")
    # Digits that end a Latin word are its name's: IPv6支持度, Wi-Fi6.
    latin = ~pl.col("is_cn") & before.str.contains(r"[A-Za-z]$")
    # A bound's own figure restated as counting in: 180立方米以下（含180立方米）; not what a price
    # includes: 起步价2元（含8公里）.
    restated = before.str.contains(r"(?:以下|以上|以内)[（(]含$") & after.str.contains(r"^[）)]")
    # A loan's term named with its benchmark rate is the rate's name: 不超过一年期LPR加80个基点.
    rate_name = _tested(unit_raw == "年", after, r"^(?:以上)?(?:LPR|贷款市场报价利率|基准利率|国债)")
    # The proposers' own count is the letter's address, not a fact: 林志强委员等7位委员在提案中指出.
    cosigners = _tested(unit_raw.is_in(["位", "名"]) & before.str.ends_with("等"), after, r"^(?:委员|代表|人大代表|政协委员)")
    # What a proposal asked for is no fact of the reply: 您提出将硕士研究生购房补贴提高至20万元的建议.
    asked = _tested(_tested(before.str.contains("提出", literal=True), after, r"^[^，。；]{0,20}?的(?:建议|提议|意见|设想|诉求)"), before, r"提出的?[^，。；]{0,48}$")
    # Nor are a supposition's inputs: 若按每户每月增发100元测算，每年需增加财政支出约252万元 (what a worked example
    # takes as given may be a fact: 按全市失能老年人约5.1万人测算; and a rule's rate: 按机具价格的30%测算补贴额).
    assumed = _tested(_tested(after.str.contains("测算", literal=True), after, r"^[^，。；]{0,16}?测算"), before, r"(?:若|如|如果|假如|假设)按照?[^，。；按]{0,16}$")
    # Nor the parts of the letter's own plan: 重点抓好三项工作 (as 从以下三个方面 is not).
    own_parts = _tested(_tested(pl.col("is_cn") & (unit_raw == "项"), after, r"^(?:重点)?(?:工作|措施|举措)"), before, r"(?:抓好|做好|采取|落实|推进)$")
    # Nor a number before a word 对 begins (110对接, 12345对话): no pairs.
    dui_word = _tested(unit_raw == "对", after, "^[" + DUI_WORDS + "]")
    # Nor the one a rate is per, a score's or a fine's step: 每办结1件计1分, 每出现1件超期工单扣0.2分.
    per_one = _tested((pl.col("num") == "1") & pl.col("mult").is_null() & before.str.contains(r"每\p{Han}{0,4}$"), after, r"^\p{Han}{0,8}?(?:扣|计|加分|减分|加收|罚)")
    return c.with_columns(keep=~(enclosed | ordinal | rank_ordinal | cut_short | picked | idiom | slogan | phone | grade | latin | restated | rate_name | cosigners | asked
                                 | assumed | own_parts | dui_word | per_one))


def _only(rows: pl.Expr, col: pl.Expr) -> pl.Expr:
    """`col` where `rows` holds, else null: a regex over it then runs on those rows only."""
    return pl.when(rows).then(col)


def _replaced(col: pl.Expr, words: str | list[str], pattern: str, unless: str | None = None) -> pl.Expr:
    """`col` with `pattern` replaced by its first group, tested on the rows that hold `words`
    (and do not match `unless`) only."""
    held = col.str.contains(words, literal=True) if isinstance(words, str) else col.str.contains_any(words)
    if unless is not None:
        held = held & ~_only(held, col).str.contains(unless).fill_null(False)
    return pl.when(held).then(col.str.replace(pattern, "$1")).otherwise(col)


def _tested(rows: pl.Expr, col: pl.Expr, pattern: str) -> pl.Expr:
    """Whether `pattern` matches `col`, tested on the rows `rows` selects only (False elsewhere)."""
    return _only(rows, col).str.contains(pattern).fill_null(False)


def _values(c: pl.DataFrame) -> pl.DataFrame:
    # The 万 after a numeral with 亿 inside (一亿二千余万元) multiplies only what follows the
    # 亿: the numeral takes it (一亿二千万) and the mention no multiplier.
    inner = pl.col("is_cn") & (pl.col("mult") == "万") & pl.col("num").str.contains("亿", literal=True)
    c = c.with_columns(num=pl.when(inner).then(pl.col("num") + "万").otherwise("num"),
                       mult=pl.when(inner).then(None).otherwise("mult"))
    factor = pl.col("unit_raw").replace_strict(U.FACTORS, default=1.0, return_dtype=pl.Float64)
    mult = pl.col("mult").replace_strict(U.MULTIPLIERS, default=1.0, return_dtype=pl.Float64) * factor
    low_mult = pl.coalesce(pl.col("mult0"), pl.col("mult")).replace_strict(U.MULTIPLIERS, default=1.0, return_dtype=pl.Float64) * factor
    is_rank = pl.col("rank").is_not_null()
    base = numeral_value(pl.col("num"))
    unit = pl.col("unit_raw").replace_strict({k: v[0] for k, v in U.UNITS.items()} | U.TERMS | U.RATIOS | {p: U.PEOPLE_UNIT.get(p, "人") for p in U.PEOPLE}, default=None)
    return c.with_columns(
        # Rounded off the binary noise of the product (2.3亿 is 230000000, not …99.99999997;
        # 142.3亿 is 14230000000, not …0.000002): the written number to six decimals, times
        # its multiplier.
        value=pl.when(is_rank).then(numeral_value(pl.col("rank")))
        .when(pl.col("den").is_not_null()).then((base / numeral_value(pl.col("den")) * 100).round(4))
        .otherwise(_scaled(base, low_mult)),
        value_high=_scaled(numeral_value(pl.col("num2")), mult),
        # (a flow written per second before it, 每秒126立方米, is the rate 立方米/秒)
        # (and a speed, 每小时11公里: 公里/小时)
        unit=pl.when(is_rank).then(pl.lit("rank")).when(pl.col("before").str.ends_with("每秒") & (unit == "立方米")).then(pl.lit("立方米/秒"))
        # (…and so is the end of its change: 由每小时11公里提高到18公里)
        .when((unit == "公里") & _only(unit == "公里", pl.col("before")).str.contains(r"每小时(?:[\d.]+公里[^，。；\d]{0,8})?$").fill_null(False)).then(pl.lit("公里/小时")).otherwise(unit),
    ).with_columns(unit_family=pl.col("unit").replace_strict(U.FAMILIES, default=None))


# A minus sign written before a rate (同比增长-3.5%, 增速为-1.2%), or an item of a list of them (分别增长2.1%、-1.4%和3.6%).
SIGNED = r"(?:增长|增速|增幅|增减|变动|变化|为|是|达|率|速|幅|%\s*[、和及与]|[：:（(]|\|\s*)-$"  # (and a table's cell: | -3.1% |)


def _signs(c: pl.DataFrame) -> pl.DataFrame:
    """Rates may fall below zero: a minus sign after a word for a rate negates the mention
    and joins its span; a table's cell carries its own sign, kept for rates only (a loss in
    a table of money or counts is left to a reader)."""
    rate = pl.col("unit_family") == "percent"
    rate_before = _only(rate, pl.col("before"))
    # (columns, each computed once: used in three places below)
    c = c.with_columns(
        _signed=(rate_before.str.contains(SIGNED) & pl.col("value_high").is_null()).fill_null(False),
        # (and a plus sign, which the formula rule of _exclude left: 同比+7.2%)
        _plus=rate_before.str.contains(r"[^\dA-Za-z）)”\"\s]\s*[+＋]$|^\s*[|]?\s*[+＋]$").fill_null(False),
    )
    signed, plus = pl.col("_signed"), pl.col("_plus")
    negative_cell = pl.col("num").str.starts_with("-").fill_null(False)
    return c.with_columns(
        value=pl.when(signed).then(-pl.col("value")).otherwise("value"),
        start=pl.when(signed | plus).then(pl.col("start") - 1).otherwise("start"),
        before=pl.when(signed | plus).then(pl.col("before").str.slice(0, pl.col("before").str.len_chars() - 1)).otherwise("before"),
        keep=pl.col("keep") & (rate | ~negative_cell),
    ).drop("_signed", "_plus")


def _scaled(number: pl.Expr, multiplier: pl.Expr) -> pl.Expr:
    return ((number * 1e6).round(0) * multiplier / 1e6).round(6)


def _runs(c: pl.DataFrame) -> pl.DataFrame:
    """Group mentions enumerated with 、 (给予最高150万元、100万元奖励; 居全省第1、第2)."""
    # Only kept mentions form runs; recompute neighbours among them.
    kept = c.filter("keep").with_columns(_prev_end=shift_in("end", "letter_id"))
    before, dist = pl.col("before"), pl.col("start") - pl.col("_prev_end")
    gap = pl.when(pl.col("_prev_end").is_not_null() & (dist <= 40)).then(
        before.str.slice(pl.max_horizontal(before.str.len_chars().cast(pl.Int64) - dist, 0))
    )
    kept = kept.with_columns(_gap=gap).with_columns(
        # (和, 及, 与 join the last two: 分别奖励50万元和20万元; with a change's own verb too:
        # 分别较上年增长14.8%和提高0.6个百分点)
        # (and an item that is about: 分别增长36%和近五成)
        continues=pl.col("_gap").str.contains(r"^\s*(?:、|和|及|与)\s*(?:提高|提升|增长|增加|下降|减少|降低|上升)?\s*(?:约|近|将近|接近|超过|逾)?\s*$").fill_null(False),
        # The end of a range written out (1200元至1800元) is of the kind of its start.
        # (and a bound's two ends, as a fine's: 处五千元以上五万元以下罚款)
        range_end=(pl.col("_gap").str.contains(r"^\s*(?:至|到|~|-)\s*$")
                   | ((pl.col("_gap") == "") & shift_in("post", "letter_id").is_in(["以上", "及以上"]) & pl.col("post").is_in(["以下", "及以下"]))).fill_null(False),
        # The new amount of a change (由每人每月1060元提高到1128元, 由1900元/人·月提高至…).
        change_end=pl.col("_gap").str.contains(r"^(?:/\p{Han})?(?:·\p{Han})?\s*" + CHANGE_TO + r"(?:每\p{Han}{1,2}){0,2}\s*$").fill_null(False),
        # (or joined by 和 alone: 分别新建公园5个和8个)
        adjacent=pl.col("_gap").str.contains(r"^[\s、（(]*$|^\s*(?:和|及|与)\s*$").fill_null(False),
        # An item with a short label of its own (起付线为一级医院300元、二级医院600元): of the
        # kind of the one before, as an item without one is; not where the label tells what was done.
        labelled=(pl.col("_gap").str.contains(r"^\s*、\s*[^，。；：:\d、\s]{1,8}$")
                  & ~pl.col("_gap").str.contains(r"已|累计|发放|完成|新增|建成|实现|达|为|占|增|减|提高|下降|降低")).fill_null(False),
    ).with_columns(run=cum_sum_in(~pl.col("continues"), "letter_id"))
    # A range written out with its unit twice (10%-15%, 800元至1100元) is one mention: its
    # start spans to its end and takes the end's value as value_high.
    joins = (pl.col("range_end") & (pl.col("unit") == shift_in("unit", "letter_id")) & pl.col("rank").is_null()
             & pl.col("value_high").is_null() & shift_in("value_high", "letter_id").is_null())
    kept = kept.with_columns(_joins=joins.fill_null(False))
    ended = shift_in("_joins", "letter_id", n=-1).fill_null(False)
    of_end = lambda col: pl.when(ended).then(shift_in(col, "letter_id", n=-1))  # noqa: E731  the end's `col`
    kept = kept.with_columns(
        value_high=of_end("value").otherwise("value_high"),
        end=of_end("end").otherwise("end"),
        after=of_end("after").otherwise("after"),
        post=pl.coalesce("post", of_end("post")),
    ).filter(~pl.col("_joins")).drop("_joins")
    # Items that leave their unit to the last (分别下降1.2个、0.6个和0.4个百分点) are in its unit.
    last = ~shift_in("continues", "letter_id", n=-1).fill_null(False)
    run_unit = backward_fill_in(pl.when(last).then("unit"), "letter_id", "run")
    # (and so do those whose unit 个 opens: 分别压缩至2个和3个工作日, 3个、6个月)
    points = (pl.col("unit") == "个") & ~last & run_unit.is_in(["百分点", "工作日", "个月"])
    kept = kept.with_columns(unit=pl.when(points).then(run_unit).otherwise("unit"),
                             unit_family=pl.when(points).then(run_unit.replace_strict({"百分点": "percent"}, default="duration")).otherwise("unit_family"))
    # A bare 第2 after a rank in the same run is a rank; otherwise an ordinal (第六批).
    is_rank = pl.col("rank").is_not_null()
    rank_cue = pl.col("rank_lead").str.len_chars().fill_null(0) > 0
    kept = kept.with_columns(run_pos=row_in("letter_id", "run"), rank_ok=rank_cue | pl.col("rank_unit").is_not_null())
    # (…and one with a short label of its own: 居全省第3、全国地级市第7)
    follows = pl.col("continues") | (pl.col("labelled") & shift_in("rank", "letter_id").is_not_null())
    for _ in range(3):  # …down a list (分别为第2、第4和第3)
        kept = kept.with_columns(
            rank_ok=pl.col("rank_ok") | (is_rank & follows & shift_in("rank_ok", "letter_id").fill_null(False)))
    kept = kept.with_columns(keep=~is_rank | pl.col("rank_ok"))
    return kept.drop("_prev_end", "_gap")


# A table's column of a rule's amounts (起付标准, 报销比例, 最高支付限额, 补助标准), and of its caps.
RULE_HEAD = r"起付|限额|上限|封顶|下限|标准$|(?:报销|支付|补助|补贴|奖励|资助|分担)比例|缴费基数|费率$|补助额度|补贴额度"
CAP_HEAD = r"最高|上限|限额|封顶"
# A spread over a benchmark rate (LPR加50个基点, LPR+50BP, 基准利率上浮10%).
SPREAD_OVER = r"(?:LPR|贷款市场报价利率|基准利率)\s*(?:加|减|上浮|下浮|[+＋\-－])\s*$"
# The largest seen, not a cap (最高的每亩获赔520元, 最高的超过200万元).
LARGEST_SEEN = r"最[高多大长]的[^，。；\d]{0,10}$"


def _qualifier(c: pl.DataFrame) -> pl.DataFrame:
    # (a stray space before the number hides nothing: 比重约为 52 %)
    before, post = pl.col("before").str.strip_chars_end(), pl.col("post")
    own = (
        pl.when(pl.col("value_high").is_not_null()).then(pl.lit("range"))
        .when(pl.col("match").str.starts_with("过半")).then(pl.lit("over"))
        .when(pl.col("yu").is_in(["来", "把"])).then(pl.lit("approx"))
        .when(post.is_in(["以上", "及以上", "余", "多"]) | pl.col("yu").is_not_null()).then(pl.lit("at_least"))
        .when(post.is_in(["左右", "上下"])).then(pl.lit("approx"))
        # (and a line drawn that it keeps under: 控制在65%的管控线以内)
        .when(post.is_in(["以下", "及以下", "以内"]) | pl.col("after").str.starts_with("为限额") | pl.col("after").str.starts_with("封顶")
              | pl.col("after").str.contains(r"^的(?:警戒|预警|问责|控制|管控)?红?线以[内下]")).then(pl.lit("at_most"))
        # within a time or a distance (5分钟内, 3个工作日内; 内资, 内设 follow counters only)
        # (not 内涝, 内河: 提前72小时内涝风险预警)
        .when(pl.col("unit_family").is_in(["duration", "length"]) & pl.col("after").str.starts_with("内")
              & ~pl.col("after").str.contains(r"^内(?:涝|河|陆|地|部|容|外|资|设)").fill_null(False)).then(pl.lit("at_most"))
    )
    # (the clause before the mention, kept for _kind and _subject)
    c = c.with_columns(clause=_clause_before())
    prefix = (
        # (not the largest seen: 最高的每亩获赔520元)
        pl.when(before.str.contains(AT_MOST_BEFORE) & ~_tested(before.str.contains("最", literal=True), before, LARGEST_SEEN)).then(pl.lit("at_most"))
        .when((pl.col("unit_family") == "duration") & _only(before.str.contains("最长", literal=True), before).str.contains(r"最长[^，。；\d]{0,6}$")
              & ~_only(before.str.contains("最长", literal=True), before).str.contains(r"最长的?一次[^，。；\d]{0,6}$")).then(pl.lit("at_most"))
        .when(before.str.contains(OVER_BEFORE)).then(pl.lit("over"))
        .when(before.str.contains(APPROX_BEFORE)).then(pl.lit("approx"))
        # (约有 before its noun: 约有失能老人8.6万人; tested where the words are)
        .when(_only(before.str.contains("约有", literal=True), before).str.contains(r"(?:^|[^签节制预违履契条公])约有[^，。；\d约]{1,12}$").fill_null(False))
        .then(pl.lit("approx"))
        .when(before.str.contains(AT_LEAST_BEFORE)).then(pl.lit("at_least"))
        # (上 before a bare hundred, thousand or ten thousand: 上千家次)
        .when(pl.col("is_cn") & pl.col("match").str.contains("^上[百千万]")).then(pl.lit("at_least"))
        # (a bound on a spread over a benchmark rate: 不超过同期一年期LPR加50个基点, 利率上限为LPR+50BP)
        .when(_tested(before.str.contains(SPREAD_OVER), before, r"(?:不[得能应宜准]?(?:超过|高于)|上限为?|最高)[^，。；\d]{0,16}" + SPREAD_OVER)).then(pl.lit("at_most"))
        .when(_tested(before.str.contains(SPREAD_OVER), before, r"(?:不[得能应宜准]?(?:低于|少于)|下限为?|最低)[^，。；\d]{0,16}" + SPREAD_OVER)).then(pl.lit("at_least"))
        # (a table's column of caps: | 三级 | 30万元 | under 年度最高支付限额)
        .when(pl.col("table_head").str.contains(CAP_HEAD).fill_null(False)).then(pl.lit("at_most"))
        # (a bound on a share of a base, the base between: 按不低于个人缴费60%的标准, 按不超过项目总投资30%的比例)
        .when(_tested(pl.col("after").str.contains(r"^的(?:标准|比例|额度|幅度)"), before, r"不[得能应宜准]?(?:超过|高于)[^，。；\d]{1,10}$")).then(pl.lit("at_most"))
        .when(_tested(pl.col("after").str.contains(r"^的(?:标准|比例|额度|幅度)"), before, r"不[宜应得]?(?:低于|少于)[^，。；\d]{1,10}$")).then(pl.lit("at_least"))
        # (and a threshold's bound, its base between, the class it draws after: 余额不足首期交存额30%的，应当…,
        # 专有部分面积超过建筑物总面积50%的小区)
        .when(_tested(pl.col("after").str.starts_with("的"), before, r"(?:^|[^不])(?:不足|低于|少于)[^，。；\d]{1,12}$")).then(pl.lit("at_most"))
        .when(_tested(pl.col("after").str.starts_with("的"), before, r"(?:^|[^不])(?:超过|高于|多于)[^，。；\d]{1,12}$")).then(pl.lit("over"))
    )
    # Later items of an enumeration share the head's prefix (最高150万元、100万元), and earlier
    # ones the bound 分别 closes the list with (分别控制在45人、50人以内).
    c = c.with_columns(_prefix=prefix, _own=own)
    prefix = forward_fill_in("_prefix", "letter_id", "run")
    last = (shift_in("run", "letter_id", n=-1) != pl.col("run")).fill_null(True)
    closing = backward_fill_in(pl.when(last & pl.col("post").is_in(["以内", "以下", "及以下", "以上", "及以上", "左右"])).then("_own"), "letter_id", "run")
    shared = _only(pl.col("run_pos") == 0, pl.col("clause")).str.contains(r"分别[^，。；\d]{0,8}$").fill_null(False)
    shared = forward_fill_in(pl.when(pl.col("run_pos") == 0).then(shared), "letter_id", "run").fill_null(False)
    own = pl.coalesce("_own", pl.when(shared).then(closing))
    c = c.with_columns(
        qualifier=pl.when(pl.col("rank_top")).then(pl.lit("at_most")).when(pl.col("rank").is_not_null()).then(pl.lit("exact")).otherwise(pl.coalesce(own, prefix, pl.lit("exact")))
    ).drop("_prefix", "_own")
    # A cap changed is a cap at both ends (最高限额由5万元提高至8万元, 上限由每户5万元提高到8万元).
    capped = pl.col("clause").str.contains(r"最高|上限|限额|封顶").fill_null(False)
    to_cap = pl.col("change_end") & (pl.col("qualifier") == "exact") & (shift_in("qualifier", "letter_id") == "at_most") & shift_in(capped, "letter_id")
    from_cap = (shift_in("change_end", "letter_id", n=-1) & (pl.col("qualifier") == "exact") & (shift_in("qualifier", "letter_id", n=-1) == "at_most")
                & capped)
    return c.with_columns(qualifier=pl.when((to_cap | from_cap).fill_null(False)).then(pl.lit("at_most")).otherwise("qualifier"))


def _in_commitment(c: pl.DataFrame, commitments: pl.DataFrame) -> pl.DataFrame:
    com = commitments.select("letter_id", c_start="char_start", c_end="char_end", commitment_ordinal="ordinal").sort("letter_id", "c_start")
    j = c.join_asof(com, left_on="start", right_on="c_start", by="letter_id", strategy="backward", check_sortedness=False)
    inside_com = pl.col("start") < pl.col("c_end")
    return j.with_columns(
        commitment_ordinal=pl.when(inside_com).then("commitment_ordinal"),
        in_commitment=inside_com.fill_null(False),
    ).drop("c_start", "c_end")


def _clause_before(col: str = "before") -> pl.Expr:
    # (without the spaces an OCR left before the number: 总里程达到 20. 6 万公里)
    return pl.col(col).str.extract(r"[^，,；;：:。]*$", 0).str.strip_chars_end(" \t\u3000")


def _kind(c: pl.DataFrame) -> pl.DataFrame:
    """kind: rank, policy, target or actual. Reads `clause` (the clause before the mention,
    from `_qualifier`), which `_subject` reads too."""
    c = c.with_columns(_compact=pl.col("before").str.replace_all(r"\s|人民币", ""),
                       # (and past what it counts: 按照不少于1名专职人员的标准; and a share a rule pays by: 按照职工医保70%、居民医保60%的比例报销)
                       _standard=pl.col("after").str.contains(STANDARD_AFTER + r"|^\p{Han}{1,8}的标准|^的比例(?:报销|支付|结算|赔付|分担|给予|补助|补贴|发放|返还)"), _listed_on=pl.col("after").str.contains(r"^、[^，,。；;\d]{0,10}[0-9]"))
    # (the standard a list closes is each item's: 按每千人配置小学学位85个、初中学位45个的标准)
    for _ in range(3):
        c = c.with_columns(_standard=pl.col("_standard") | (pl.col("_listed_on") & shift_in("_standard", "letter_id", n=-1).fill_null(False)))
    after, clause, compact = pl.col("after"), pl.col("clause"), pl.col("_compact")
    # A sentence that opens the next step inside an item of what was done is a plan's (…考核合格率96.5%。
    # 下一步将每年培训不少于300人次，实现…持证上岗率达到100%): its bounds are goals, not rules.
    opens_next = r"^\s*(?:下一步|下步|下阶段|接下来)"
    next_step = _tested(pl.col("sentence").str.contains(opens_next), pl.col("sentence"), opens_next + r"[，,]?[^。；]{0,8}?(?:将|要|拟|计划|继续)")
    planned = pl.col("in_commitment") | next_step
    # (a rule for one family tests its rows only: a regex skips the null rest)
    family = pl.col("unit_family")
    money, share, span = family == "currency", family == "percent", family == "duration"
    # (what a staffing norm counts: 每座瞭望塔配备专职瞭望员2名)
    staff = pl.col("unit").is_in(["名", "人", "支", "台", "套", "个"])
    # (a figure with a bound: 以上, 以下, 超过, 不足, a range)
    bounded = pl.col("qualifier").is_in(["at_least", "at_most", "over", "range"])
    policy = (
        # (a share of interest or of a fee paid for someone: 小微企业贷款财政贴息50%, 按…标准代缴50%)
        _tested(share, compact, r"(?:贴息|代缴)$")
        # (not what was paid on average: 渔船平均每千瓦补贴约1150元)
        | (compact.str.contains(POLICY_BEFORE + r"|(?:最高|最多|不超过)可?(?:奖励|补贴|补助|资助|支持|给予|补|奖)\p{Han}{0,3}$|" + CAP_AFTER_PAYMENT)
         & ~_tested(compact.str.contains("平均", literal=True), compact, r"平均每\p{Han}{1,3}?(?:补贴|补助|奖励|发放|获得|获补)约?$")
         # (nor what each household or head got on average: 危房改造1284户，户均补助2.8万元)
         & ~_tested(compact.str.contains("均", literal=True), compact, r"(?:户均|人均|亩均|村均|平均)(?:补助|补贴|奖励|获补|资助|奖补)(?:资金)?约?$")
         # (nor a payment recovered: 追缴违规所得租金补贴24.6万元)
         & ~_tested(compact.str.contains(r"追缴|追回|收回|挽回"), compact, r"(?:追缴|追回|收回|挽回)[^，。；\d]{0,12}$")
         # (nor a capacity reached, by the year or the day: 船闸通过能力提升至每年4500万吨)
         & ~_tested(compact.str.contains("能力", literal=True), compact, r"能力(?:提升|提高|增加|扩大|增强)?(?:至|到|达到?|为|约为?|超过|突破)?每(?:年|日|天|小时|秒)约?$"))
        # (not an average per unit: 餐费平均每份约12元)
        # (nor a cost brought down: 合规成本降至每标箱约380元)
        | ((pl.col("unit_family") == "currency") & compact.str.contains(POLICY_PER_UNIT + r"|处以?$|(?:现场|当场|一律|依法|可)?处罚$|每\p{Han}{1,3}(?:收费|收取|计费)$|每\p{Han}{1,8}?(?:交存|缴存|缴纳|计提)$") & ~compact.str.contains(
            r"平均每\p{Han}{1,3}?(?:每\p{Han}{1,2}?)?(?:补贴|补助|奖励|发放|支出|投入|获得|获补)?约?$|每\p{Han}{1,2}(?:盈利|亏损|收益|利润|净利|增收|节省|节约|节支|成本|产量|产值|收入)$"
            r"|(?:成本|费用)(?:降至|降低至|降到|下降到|压降至|为|约为)每\p{Han}{1,2}约?$"
            # (nor what a thing cost or sold at: 单位面积治理成本达每亩8万元至12万元, 实际复垦成本一般在每亩2.5万元, 以每吨68元的价格成交)
            r"|(?:成本|造价)(?:达到?|为|约为|一般在|在)每\p{Han}{1,2}约?$|(?:^|[^按])以每\p{Han}{1,2}$"
            # (nor an average per unit raised: 亩均投资强度提高到每亩320万元以上; a standard stays one)
            r"|(?:亩均|人均|户均)[^，。；\d标准]{0,12}每\p{Han}{1,3}$"
            # (nor an average price per unit: 主城区平均收费约为每小时0.25元, 平均物业费为每平方米每月0.52元)
            r"|平均\p{Han}{0,6}?(?:约为?|为|达到?)(?:每\p{Han}{1,3}){1,2}$"))
        | after.str.contains(POLICY_AFTER)
        # (a bound under a standard or a requirement the sentence opens with: 按照省定标准，每个县…不少于1万人)
        | compact.str.contains(r"^(?:按照|根据|依据|对照)[^，。；]{0,20}(?:标准|要求|规定|规范)[，,][^。；]{0,30}?" + REQUIRED_BOUND + r"[^，。；\d]{0,4}$")
        | clause.str.contains(POLICY_RATE)
        | clause.str.contains(r"(?:补助|补贴|奖励|资助|贴息|奖补)(?:比例|标准)")
        # (an average is what the rules came to: 平均担保费率降至0.8%以下)
        # (nor the rate actually paid within the rules: 住院费用政策范围内报销比例为70.2%)
        # (a spread a rule sets over a benchmark rate: 贷款利率不超过同期一年期LPR加50个基点, LPR+50BP)
        | clause.str.contains(SPREAD_OVER)
        # (nor is 限额以上, the firms above the statistics' size, a limit: 占限额以上单位零售额的比重为31.7%)
        | (pl.when(clause.str.contains("限额以", literal=True)).then(clause.str.replace_all("限额以[上下]", "")).otherwise(clause).str.contains(RULE_NAME)
           & ~clause.str.contains("平均|政策范围内|实际"))
        # a threshold that sets a rule off (当CPI单月同比涨幅达到3.5%时启动…)
        | (clause.str.strip_chars_start().str.starts_with("当") & after.str.contains(r"^\s*(?:及?以上|及?以下)?时"))
        # (…and one told without 当: 积水深度超过15厘米时实行交通管制)
        | after.str.contains(THRESHOLD_AFTER)
        # a threshold for whom a rule pays or sanctions (对…增长10%以上的企业给予加分, 对合格率低于95%的作业单位扣减补助)
        | (clause.str.strip_chars_start().str.starts_with("对") & after.str.contains(
            # (and a first condition before a second: 对研发投入超过5000万元且增幅在15%以上的企业给予…)
            r"^(?:(?:及?以上|及?以下)?|且[^，。；]{0,16}?)的\p{Han}{0,6}?(?:企业|单位|项目|个人|主体|学校|机构|家庭|人员|村|县|站点|网点|商户|农户|合作社)[^，。；\d]{0,8}?(?:给予|予以|按每|奖励|补助|补贴|核减|扣减|扣除|加分|扣分|约谈|通报|取消|贷款额度|最高|(?:担保|贷款)?费率|利率|不超过|不高于|不低于|实行|优先)"))
        # …or that a bound before it makes a class (对超过200万元的货物和服务采购项目…预留…)
        # (each bound of a list of them: 对首次突破1000万、5000万美元的企业)
        # (and a bound's base named after its verb, a second bound in brackets: 对吸纳就业人数达到现有在职职工人数15%（超过100人的企业达到8%）的)
        | (clause.str.contains(r"^\s*对(?:[^，。；]{0,30}[、或且])?[^，。；、]{0,12}(?:超过|高于|低于|不足|达到|不少于|不低于|突破|在)[^，。；、\d]{0,10}$")
           # (and a second condition named before its bound: 对年经营性收入低于40万元或同比下降超过15%的村实行预警)
           & after.str.contains(r"^ ?(?:及?以上|及?以下)?(?:[、和及与或][^，。；的\d]{0,12}?[\d.]+ ?[万亿]?[\p{Han}%]{0,3}?(?:及?以上|及?以下)?)*(?:[（(][^（()）]{0,24}[）)])?(?:[、，,]?且[^，。；]{0,16}?)?的\p{Han}"))
        # (…or by its bound alone: 对单户担保金额500万元及以下的小微企业)
        # (a second bound in brackets between: 对月销售额10万元以下（季度销售额30万元以下）的)
        | _tested(pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) & after.str.contains(r"^(?:[（(][^（()）]{0,24}[）)])?的"),
                  clause, r"^\s*" + ACTOR + r"(?:再)?对(?:[^，。；]{0,30}、)?[^，。；、]{0,16}$")
        # (…or by its bound alone, a clause of its own before what the rule does: 单笔贷款在100万元（含）以下的，免收担保费)
        | _tested(pl.col("post").is_in(["以上", "及以上", "以下", "及以下"]).fill_null(False) & after.str.contains(r"^(?:[（(][^（()）]{0,24}[）)])?的[，,]"), after,
                  r"^(?:[（(][^（()）]{0,24}[）)])?的[，,]\s*(?:原则上|一般|统一)?(?:免收|免征|暂免|减半|减按|给予|予以|按|可|不予|实行|由|应|须|必须|一律|不得|执行)")
        # (…with what it bounds named before the comma: 估算价400万元以下的工程项目，不再收取投标保证金; and a
        # tier that goes straight on to who handles it: 50万元以下的由使用单位报备，50万元至400万元的由我中心审核,
        # 10万元以上的进入县级平台, 行驶里程超过25万公里的方可申请更新)
        | _tested(bounded & after.str.contains(r"^(?:[（(][^（()）]{0,24}[）)])?的"), after,
                  r"^(?:[（(][^（()）]{0,24}[）)])?的(?:[^，。；\d占为]{0,16}[，,]\s*(?:原则上)?(?:不再|免收|免征|暂免|减半|减按|不予|" + MAY + r"|须|必须|应当?|一律|不得|方可|按[^计时期]|每\p{Han}{0,2}[扣罚加减])"
                  # (…or who must act, named first: 超过建筑物总面积50%的小区，开发建设单位应当…)
                  r"|[^，。；\d占为]{0,16}[，,]\s*[^，。；\d]{1,8}?(?:应当|必须|不得|一律)"
                  r"|(?:由|按[^计时期]|须[^知]|应[^急用对聘届收变]|方可|" + MAY + r"|进入|报[批送备请经])\p{Han})")
        # (a distance or a time within which a rule forbids: 测震台周边1公里内不得新建…)
        | _tested(bounded | (pl.col("qualifier") == "exact"), after, r"^(?:以内|内|范围内)(?:不得|禁止|严禁|不准|不予)")
        # (a band of fines a law sets: 罚款在1万元以上5万元以下, 处5000元以上3万元以下罚款; not fines imposed:
        # 单起案件罚款在2万元至20万元之间, 罚款金额在1万元以下的案件占71%)
        | _tested(band := money & (pl.col("qualifier") == "range") & pl.col("match").str.contains("以上", literal=True), compact, r"(?:罚款|罚金)(?:金额|数额)?在$")
        | (_tested(band, compact, r"(?:^|[^每此各到])处以?$") & after.str.contains(r"^[^，。；]{0,16}?(?:罚款|罚金)"))
        # (a rate a rule lets float: 费率可下浮10%-50%; and the part of a rate it pays: 减150个基点以下部分给予贴息)
        | _tested(compact.str.contains("下浮|上浮|下调|上调"), compact, r"可(?:下浮|上浮|下调|上调)$")
        # (a share a rule applies, by 按: 按照每年不低于5%的幅度递增, 可按不低于20%的比例配建)
        | (_tested(share, after, r"^的(?:比例|幅度)(?:配建|配置|配备|逐年递增|递增|增长|提高|上调)") & _tested(share, compact, r"按照?[^，。；\d]{0,10}$"))
        # (and amounts paid out by a grade's rate, by 按: 培训补贴按初级800元、中级1200元发放)
        # (and a share a rule pays back by 按: 大型企业按…上年度实际缴纳失业保险费的30%返还)
        | (_tested(money | share, after, r"^(?:的标准|的比例)?(?:发放|给予|计发|返还|补贴|补助|贴息|计入|扣减|核减|扣除|加收|收取|征收|计提|缴纳|缴存|预留|核定|报销|支付|结算|赔付|分担)") & _tested(money | share, clause, r"按"))
        # (and a payment's grades' amounts, 按 the grades, 分别为: 技能提升补贴按初级、中级、高级分别为1000元、1500元、2000元)
        | _tested(money, compact, r"(?:补贴|补助|奖励|资助|津贴)[^，。；\d]{0,6}按[^，。；\d]{1,20}分别为$")
        # (and the days of leave a law grants: 产假158天, 配偶享受陪产假15天)
        | _tested(span, compact, r"(?:产假|陪产假|育儿假|护理假|婚假|年休假|探亲假|哺乳假|生育假)[^，。；\d]{0,4}$")
        # (a bound that counts in: 代偿率在3%以内（含）的部分按50%给予补偿; 超过5%的部分不予补偿)
        # (and a band a payment is by: 0—10万元（含）部分报销60%, or a price: 217至300立方米的部分每立方米3.60元)
        | _tested(after.str.contains("部分", literal=True), after, r"^(?:[（(]含[^（()）]{0,12}[）)])?的?部分(?:给予|予以|按|由|不予|报销|支付|补助|补贴|赔付|补偿|减免|每|加收|收取|执行|计收|加价)")
        # (a time a rule's condition is within: 出生90日内参保的，…)
        # (not a share of what was done within it: 均在接报后2小时内抵达的，占95%)
        | _tested(span & ((pl.col("post") == "以内") | after.str.starts_with("内")).fill_null(False) & ~compact.str.contains("均|已|都|一般"),
                  after, r"^内?\p{Han}{1,8}的[，,]\s*[^占比\d]")
        # (a bound that puts what passes it in a class: 可支付月数低于6个月的统筹区列为红色预警)
        | (_tested(pl.col("post").is_null(), compact, r"(?:低于|高于|超过|不足|少于|多于)$")
           & after.str.contains(r"^的\p{Han}{0,8}(?:列为|纳入|认定为|视为|确定为|划为|划入)"))
        # …or whose condition closes its own clause (留用率达到50%以上的，补贴标准提高至80%; 培训人数超过500人的企业，补贴总额最高可达…)
        | after.str.contains(r"^(?:及?以上|及?以下)?的\p{Han}{0,8}[，,][^。；]{0,16}?(?:给予|予以|补贴|补助|奖励|奖补|资助|标准|最高|贷款额度|扣减|扣除|核减|扣罚|罚款)")
        # (a bound a tax relief sets: 月销售额未超过15万元（…）的，免征增值税; 超过100万元但不超过300万元的部分，减按25%计入)
        | (compact.str.contains(r"(?:未|不)(?:超过|高于|达到)$|超过$") & after.str.contains(
            # (its clause closed by its 的: not 惠及经营主体超过95万户次，其中…享受)
            r"^(?:[（(][^（()）]{0,40}[）)])?(?:但不超过 ?[\d.]+ ?[万亿]?元)?(?:(?:的部分)?的[，,]?[^。；]{0,12}?|[^，,。；]{0,12}?)(?:免征|免收|减按|减半|减征|给予|予以|享受|适用)"))
        # (a loan's ceiling: 额度5万元以下)
        | _tested(pl.col("post").is_in(["以下", "及以下", "以内"]).fill_null(False), compact, r"额度(?:为|在)?$")
        # a cap a rule sets (限领2张, 最高报销比例可达85%), and the spend a coupon asks (满300元减60元, and what it takes off)
        | compact.str.contains(LIMITED + r"|(?:^|[^年已充饱美圆])满$|满[\d.]+元?(?:立?减|返|送)$|(?:最高|最多)[^，。；\d]{1,10}可达到?$")
        # the first hours free (首2小时免费停放)
        | (compact.str.ends_with("首") & after.str.contains(r"^(?:内)?(?:免费|免收)"))
        # points a rule gives or takes (记6分, 加1至3分)
        | ((pl.col("unit") == "分") & compact.str.contains(r"(?:记|扣|加|减)$"))
        # a regulated price (到户价格为2.63元/立方米, 居民电价0.5283元/千瓦时)
        | (pl.col("unit").str.starts_with("元/").fill_null(False) & clause.str.contains(r"电价|水价|气价|价格|收费标准|[一二三四]档|阶梯")
           & ~clause.str.contains(r"平均|均价"))
        # (and a fare: 地铁起步价2元, 票价2元/人次, 换乘优惠1元, 一票制1元)
        # (票价按里程执行3-8元; a surcharge per distance, 每5公里加收0.5元; a fixed payment, 顺产定额支付2500元)
        | _tested(money, clause,
                r"(?:起步价|票价|运价|换乘优惠|一票制)(?:按\p{Han}{1,6})?(?:为|是|统一为|调整为|下调至|降至|降为|执行)?$|每[\d.]+\p{Han}{1,2}加收$|定额(?:支付|补助|补贴|结算|包干)$")
        # a share of a base a payment covers (省级财政补贴保费的30%)
        | ((pl.col("unit_family") == "percent") & compact.str.contains(r"(?:补贴|补助|奖励|资助)[^，。；\d率由从占]{1,10}的$"))
        # (the size of a payment, named after it: 给予赛事总投入30%以内、最高200万元的补助)
        | _tested(money | share, after, r"^(?:、[^，。；]{0,12})?的(?:一次性)?\p{Han}{0,4}(?:补助|补贴|奖励|资助|奖补|补偿|贴息)")
        # (a rate per head or household and month or year: 按照重度失能400元/人·月发放; the first hour's fee: 首1小时内5元;
        # a cap on a multiple of a standard: 一般不超过当地低保标准的6倍; what a rule holds 原则上)
        | (_tested(money, pl.col("unit"), r"^元/[人户生床亩]·[月年学]") & ~_tested(money, compact, r"(?:人均|平均|户均|生均)[^，。；\d]{0,12}$"))
        | _tested(money, compact, r"首[\d.]+(?:个)?(?:小时|分钟|公里)内?$")
        | _tested(compact.str.contains("标准的|原则上"), compact, r"不[得能应准]?(?:超过|高于)[^，。；\d]{1,16}标准的$|原则上[^，。；\d]{0,12}$")
        # (a table's column of a rule's amounts: | 二级 | 600元 | 75% | under 起付标准, 报销比例)
        # (not an average's column: 平均担保费率（%）)
        | (pl.col("table_head").str.contains(RULE_HEAD) & ~pl.col("table_head").str.contains(r"^(?:平均|实际|人均|户均)")).fill_null(False)
        # (…or of a payment's rate by month or day: | 生活补贴（元/月） |, | 居家护理（元/日） |)
        | (pl.col("table_head").str.contains(r"补贴|补助|津贴|奖励|护理|待遇|救助") & pl.col("unit").str.contains(r"^元/[月日天年]$")
           & ~pl.col("table_head").str.contains(r"^(?:平均|实际|人均|户均)")).fill_null(False)
        # (a payment per unit or to whom a rule names, its object between: 每剂次补助接种服务费15元, 对每个名医工作室补助建设经费40万元)
        | _tested(money, clause, r"(?:每|对)[^，。；]{0,20}(?:补助|补贴|奖补|资助)[^，。；\d给予]{1,8}(?:费|经费|资金)$")
        # (a payment to a recipient named between: 分别奖励运营主体100万元、50万元)
        | _tested(money, compact, r"(?:分别|(?:^|[^均])每\p{Han}{1,2})(?:奖励|补助|补贴|资助)[^，。；\d]{0,8}$")
        # (a discount one enjoys, how often one may: 享受1元优惠, 只能享受1次)
        | _tested(money & compact.str.ends_with("享受"), after, r"^的?(?:优惠|折扣|减免)")
        | _tested(compact.str.contains("只能|仅能|只可|仅可|最多可"), compact, r"(?:只能|仅能|只可|仅可|最多可)(?:享受|申请|领取|申领|办理)$")
        # (a fine by its amount, not a total collected: 罚款200元, not 罚没款1860余万元; a licence held back:
        # 暂扣驾驶证6个月)
        | _tested(money & pl.col("mult").is_null(), compact, r"(?:^|[^没])罚款$")
        | _tested(span, compact, r"(?:暂扣|吊销|禁驾|拘留)[^，。；\d]{0,6}$")
        # (what a share of money may be used for, how long a ticket holds: 结余资金的60%可用于…, 90分钟内有效)
        | _tested(share, after, r"^(?:可|能够|允许)(?:用于|留用|结转|提取)")
        # (a cap a rule puts on a price by a share of another, and the share of votes a decision needs:
        # 租金不超过同地段市场租金的60%; 须经本单元三分之二以上业主同意)
        # (or by a multiple of it: 保教费收费标准不超过同级同类公办园的2倍)
        | _tested(share | (pl.col("unit") == "倍"), compact, r"(?:租金|价格|收费|费用|利率|费率)[^，。；\d]{0,8}不[得能应]?(?:超过|高于)[^，。；\d]{1,12}的$")
        # (and the share a rule requires, named after it: 超过省定20%的比例要求)
        | _tested(share, after, r"^的?(?:比例|标准)?要求")
        | (_tested(share, compact, r"(?:须|需|需要|必须|应当?)(?:经|获得|达到|由)?[^，。；\d]{0,20}$")
           & _tested(share, after, r"^(?:及?以上)?(?:[^，。；]{0,12}(?:同意|通过|签字|表决)|[，,]?方(?:可|能))"))
        | _tested(span, after, r"^内?(?:有效|免费|可免费)")
        # (a time each must have at least, or in each cycle: 每人每月服务时长不少于12小时, 五年一周期不少于360学时)
        | _tested(span | pl.col("unit").is_in(["学时", "课时"]), compact, r"(?:每\p{Han}{1,3}|周期)[^，。；\d]{0,14}(?:不少于|不低于|至少)$")
        # (the weight an assessment gives an item: 纳入年度考核，分值占比为4%, 权重分别为20%、40%, 分值由3分提高到5分)
        | _tested(share | (pl.col("unit") == "分"), clause, r"(?:分值|权重|权数)(?:占比)?(?:分别)?(?:为|占|是|提高到|提高至|调整为|由[^，。；]{0,8})$|(?:分值|权重)占比$|(?:分值|权重)占[^，。；\d]{1,16}的$")
        # (what one must pay: 办理公共自行车卡须缴纳押金200元)
        # (not a sum to be paid: 全年需支付利息300万元, 财政需缴纳…)
        | (_tested(money & ~planned, compact, r"(?:须|需|应)(?:缴纳|交纳|预存)[^，。；\d]{0,6}$") & ~_tested(money, clause, "全年|每年|累计|共计|合计|财政|总额"))
        # (a staffing norm, so many for each: 每个网格明确1名网格责任人, 每座瞭望塔配备专职瞭望员2名; not what each has come to:
        # 平均每个村配备, 每个村均已配备)
        | (_tested(staff & ~planned, compact,
                   r"(?:^|[，,])每(?:个|支|座|所|家|户|村|镇|乡|街道|社区|网格|班|校|园)\p{Han}{0,5}?(?:配备|配置|设置|设立|明确|落实|安排|选派|组建)\p{Han}{0,8}$")
           & ~_tested(staff, compact, "平均|累计|共|已|均"))
        # (a cap raised for some, after the rule: 单人最高贷款额度为50万元，夫妻双方均缴存的可上浮至80万元; tiers a rule has: 可分为2—3档)
        | _tested(money | share, compact, r"的[，,]?(?:最高)?可(?:上浮|提高|放宽|增加|上调)(?:至|到)$")
        | _tested(pl.col("unit") == "档", compact, r"分(?:为|成)?$")
        # (how often at least, the verb between: 村（居）委会每月至少探访1次; not an average: 平均每站每季度至少1次)
        | _tested(pl.col("unit").is_in(["次", "场", "场次"]) & ~planned & ~compact.str.contains("平均|累计|共"), compact, r"每(?:周|月|季度?|半年|年|学期)[^，。；\d]{0,12}至少\p{Han}{1,4}$")
        # a share a rule assigns (市级财政承担60%, 保教费减免30%)
        | ((pl.col("unit_family") == "percent")
           & compact.str.contains(r"(?:(?:财政|基金|资金|政府|[省市县区]级?|分别)(?:承担|分担|配套)[^，。；\d率]{0,6}|(?:承担|分担)(?:风险)?|减免|报销|补偿|赔付|(?:基金|统筹|医保)支付|自缴|自付|自筹)(?:仅|只)?$"))
        # (an insurance's or a guarantee's rate named bare: 每亩保额1200元，费率6%)
        | _tested(share, clause, r"^\s*(?:担保|保险)?费率$")
        # (a time limit a service keeps: 资料齐全的在5个工作日内完成审核, 诉求在24小时内响应; not an average kept)
        | (_tested(span, after, r"^(?:内|以内|之内)?(?:作出|办结|完成|响应|答复|受理|办理|处理|反馈|到场|审核|审批|发放|回复|核查|赶到)")
           # (nor one reached: 基本实现3分钟到场扑救初起火灾; nor the quickest seen: 最短的3天办结)
           & ~_tested(span, clause, r"平均|实际|均在|均于|缩短至|压缩至|缩短到|压缩到|实现|最[短快]的"))
        # (a cap on a share of a base named before it: 允许配建不超过总建筑面积15%的商业服务设施)
        | _tested(share, compact, r"(?:允许|可|须|应)\p{Han}{0,6}不[得能应准]?(?:超过|高于)\p{Han}{1,12}$")
        # (a bound said bare, outside a plan, is a rule's: 每班配备教职工不少于2名, 书面作业平均完成时间不超过60分钟,
        # 要求每周至少提供3次; not a result kept within one: 平均不超过, 均不低于, 保持在不低于)
        # (nor what a year's work came to: 全年开展应急演练不少于1500场次)
        | _tested(~planned & ~clause.str.contains(r"人均|平均|户均|实际|均为|均已|全年|今年|年内|本年|去年|上年|累计|共计|\d{4}年"), compact, r"(?:^|[^均际已仍持在])" + REQUIRED_BOUND + r"(?:提供|安排|配备|开展|组织|保障|达到)?$")
        # (…or a share of a base named between: 工资收入不低于在编教师平均水平的80%)
        | _tested(share & ~planned, compact, r"(?:^|[^均际已仍持在])" + REQUIRED_BOUND + r"[^，。；\d]{1,14}(?:的|总数|总额|总量|总人数|总用地|总面积|总投资)$")
        # (a standard's limit noted in brackets after its name: 仍高于湖库Ⅲ类标准限值（0.05毫克/升）, 超过限值（夜间55分贝）)
        | compact.str.contains(r"(?:标准|限值|标准值)[（(](?:[^（()）\d]{1,4})?$")
        # (a payment a rule gives, named before its amount: 每年给予工作经费2万元)
        | _tested(money, compact, r"给予[^，。；\d]{1,8}(?:经费|补助|补贴|奖励|资助)$")
        # (a share of interest a rule pays: 对企业给予贴息50%)
        | _tested(share, compact, r"(?:给予|按)\p{Han}{0,4}贴息$")
        # (a bound that makes whom a rule pays, the payment after it: 流转土地50亩以上、期限5年以上的，每亩每年补贴100元)
        # (each of a list of them paid by 分别, or the rate of a rule named after: 首次达到20亿元、50亿元的，分别奖励…;
        # 合同额在1000万元以下的，存储比例为1.5%)
        | after.str.contains(r"^(?:及?以上|及?以下)?(?:[、和且][^，。；]{0,14})?的[，,](?:(?:每\p{Han}{1,3}){0,2}(?:分别)?(?:给予|予以|按|一次性|奖励|补贴|补助|奖补)"
                             r"|(?:[^，。；\d]{0,8}(?:比例|标准|费率|额度|限额|上限|时限|期限))?为)")
        # (a surcharge or a deduction a rule sets, and the step it is per: 超定额部分加价1倍, 扣减当月服务费的10%,
        # 每低于标准1个百分点扣减养护费用2%; the part it is for: 超过50%的部分加价2倍)
        | _tested(share | (pl.col("unit") == "倍"), compact, r"(?:加价|加收|扣减|扣除|核减|扣罚|扣发|减发)[^，。；\d]{0,10}$")
        | _tested(money, compact, r"每[^，。；\d]{1,10}(?:加价|加收)[^，。；\d]{0,8}$")
        | (_tested(compact.str.contains("每", literal=True), compact, r"每(?:低于|高于|超过|超出|增加|减少|提高|降低|下降)[^，。；\d]{0,8}$")
           & after.str.contains(r"^\p{Han}{0,2}(?:扣减|扣除|加收|扣|罚|奖励|补助|补贴|加分|减分)"))
        | _tested(after.str.contains("部分", literal=True), after, r"^(?:及?以上|及?以下|以内)?的?部分(?:加价|加收|收取|征收|按)")
        # (a rate a rule sets for all: 履约保证金比例统一降至合同金额的2.5%以下)
        | _tested(money | share, compact, r"统一(?:降至|降为|下调至|调整为|调整至|提高至|提高到|为|按)[^，。；\d]{0,12}$")
        # (a threshold a penalty is for: 超速20%以上未达50%的，罚款200元; 超员未达20%的，处罚款200元)
        | after.str.contains(r"^(?:及?以上|及?以下)?(?:未达[^，。；]{0,8}|且[^，。；]{0,12})?的[^，。；]{0,12}[，,]?\s*(?:依法|并|可|一律)?(?:处以?|罚款|记\d|吊销|暂扣|警告|扣\d|扣分|责令)")
        # (a time a ban lasts: 6个月内不得申请进入疏导点经营)
        | _tested(span, after, r"^内?不[得能准予]")
        # (a grade's or a class's amounts a rule lists after its colon: 按等级给予培训补贴：初级工800元、中级工1200元)
        # (or after what it gives: 给予一次性奖励：一级50万元、二级30万元)
        | _tested(money | share, pl.col("before"), r"(?:按[^，。；：:]{0,10}(?:给予|发放)[^，。；：:]{0,10}(?:补贴|补助|奖励|资助|津贴)|(?:补贴|补助|奖励|资助|津贴)标准(?:分别)?为?"
                  r"|给予(?:一次性)?(?:补贴|补助|奖励|资助|津贴|奖补))[：:][^。；：:]*$")
        # (a share a rule pays named bare before it: 起付线为300元，报销比例70%; not one paid in fact: 实际报销比例70%)
        | (_tested(share, clause, r"(?:^|[^际均])(?:报销|支付|救助|补助|补贴|自付|缴费|缴存|分担|赔付)比例\s*$") & ~_tested(share, clause, "平均|实际|政策范围内"))
        # (a rate a rule floats for some: 对紧缺专业本科生上浮20%, 存储比例下浮50%; not a price against a time: 房价较平日上浮30%—50%)
        | _tested(share & ~clause.str.contains(r"平均|实际|同比|较上年|价格|房价|租金"), compact, r"(?:上浮|下浮)$")
        # (a bound a requirement sets: 要求每个农贸市场至少设置2台公平秤, 要求经营者将预收资金的20%以上存入, 要求日供餐量超过3000份的，配备…)
        | _tested(pl.col("qualifier").is_in(["at_least", "at_most", "over"]), compact, r"(?:^|[^按根照据合达])要求[^的，。；][^，。；]{0,24}$")
    # (what was done is no rule's, unless the condition of whom a rule pays names it: 对获得国家科学技术奖的给予最高100万元奖励)
    # (nor is the largest seen a cap: 最高的每亩获赔520元, 最高的超过200万元)
    ) & ~_tested(compact.str.contains("最", literal=True), compact, LARGEST_SEEN) & ~(clause.str.contains(DONE) & ~clause.str.contains(DONE + r"(?:额度?|标准|比例|上限|限额)|" + DONE + r"每[月年人户]$|" + CAP_AFTER_PAYMENT + "|将[^，。；]{0,24}(?:额度|标准|比例|上限|限额|利率|时限)由|最高不[得能]?超过$|累计\\p{Han}{0,6}不[得能]?超过$|(?:减?按|按照|加计)$"
                                                        # (a rule's rate changed: 加计扣除比例已由75%提高至100%; a payee named before 按: 对获得贷款的企业按…的30%给予贴息)
                                                        r"|(?:比例|标准|额度|税率|费率|上限|限额|时限)(?:已经?)?(?:由|从)(?:[^，。；]{0,8}|[^，。；]{1,14}(?:提高|提升|降低|下调|上调|调整|压缩|缩短|降)(?:至|到|为))$|^\s*对[^，。；]{1,30}的\p{Han}{0,4}按"
                                                        # (a bound for each of a kind: 每个园区每年安排服务经费不少于30万元)
                                                        r"|每[\p{Han}&&[^年月天日周季]]\p{Han}{0,3}[^，。；\d]{0,14}" + REQUIRED_BOUND + "$"
                                                        # (and the base a rule's rate is of: 按未兑付金额的10%扣减…)
                                                        r"|按照?[^，。；\d]{1,20}的$"
                                                        # (a rate per head and month or year, paid out: 落实烈士遗属定期抚恤金每人每年3.36万元)
                                                        r"|每(?:人|户|名|位)每(?:月|年)[^，。；\d平均约]{0,10}$"
                                                        # (and a payment a clause opens by the rules it follows: 按照有关规定发放营养补助每人5000元)
                                                        r"|^\s*按照?[^，。；\d]{0,10}(?:规定|标准|政策|办法)")
          & ~_only(clause.str.contains("对", literal=True), clause).str.contains(r"^\s*" + ACTOR + r"对[^，。；]{1,30}的\p{Han}{0,8}?(?:给予|予以|奖励|补助|补贴)[^，。；\d]{0,6}$").fill_null(False)
          # (…or whom it names by what they won: 获得第1至3名的选手分别奖励5万元、3万元)
          & ~_tested(clause.str.contains("获", literal=True), clause, r"^\s*(?:获得|获评|荣获)[^，。；]{1,30}的\p{Han}{0,6}?(?:分别|每\p{Han}{1,2})?(?:给予|予以|奖励|补助|补贴)[^，。；\d]{0,6}$"))
    # (a market's price is no rule's: 收购价每公斤600至800元, 按市场价每公斤100元计算)
    # (but the state's minimum purchase price is a rule: 早籼稻最低收购价为每50公斤127元)
    # (a share of a market's price still is: 补贴额不超过…平均销售价格的30%)
    # (and a farm product's price, or one that moved: 仔猪价格350元上下, 生猪价格每斤15元, 从16元跌到9元)
    market = (pl.col("unit_family") == "currency") & clause.str.contains(r"(?:市场|收购|批发|出场|销售|平均|成交|零售|塘口|地头|田头|流转|租赁|交易)(?:价|价格)|均价|平均\p{Han}{1,3}价"
                                                                        r"|(?:猪|牛|羊|鸡|鸭|鹅|鱼|虾|蟹|蛋|奶|肉|粮|米|麦|稻谷|玉米|大豆|油菜籽?|菜|果|茶|鲜叶|饲料|化肥|农资|木材|竹)价格?(?:[^，。；\d]{0,6})?$"
                                                                        r"|(?:价格?|行情)[^，。；]{0,8}(?:跌|涨|回落|回升|波动|低迷)|(?:跌|涨)(?:到|至)$")
    # (…named before, earlier in the sentence, where the clause names no rule: 土地流转价格总体平稳，一般在每亩600元至800元)
    named_before = _tested((pl.col("unit_family") == "currency") & compact.str.contains("价格|租金", literal=False), compact,
                           r"(?:市场|收购|批发|销售|平均|成交|零售|流转|租赁)(?:价格|租金)|租金水平")
    market = market | (named_before & ~_tested(named_before, clause, r"补|奖|标准|给予|按|不[得能应]?(?:超过|高于|低于)|最高|最低"))
    policy = (policy & ~market) | ((pl.col("unit_family") == "currency") & clause.str.contains(r"最低收购价|托市收购价|政府指导价"))
    # (nor those a programme helped: 扶持2.9万人创业, 资助困难学生1.2万人)
    helped = pl.col("unit").is_in(["人", "人次", "户", "户次", "家", "名", "个", "支", "所", "村"])
    policy = policy & ~(_tested(helped, compact, r"(?:扶持|资助|补助|补贴|奖励|救助)[^，。；\d]{0,8}$") & ~_tested(helped, compact, r"每[^，。；\d]{0,6}$"))
    # (nor a sum a level of government paid, its share of the whole after it or counted in 亿: 中央财政补助331亿元，
    # 占60%; 省级对第一档县分别补助54.7亿元)
    paid = _tested(money, after, r"^\s*[，,（(]?占") | _tested(money & (pl.col("mult") == "亿"), compact, r"(?:补助|补贴|奖励|资助|奖补)(?:资金)?$")
    policy = policy & ~(paid & ~_tested(paid, clause, r"每|最高|最多|标准|按|不超过|一次性|给予|^\s*对[^，。；]{1,30}的"))
    # (nor a sum one got: 项目获资助80万元, 争取到上级补助300万元)
    policy = policy & ~_tested(money, compact, r"(?:获|获得|争取到?)[^，。；\d每]{0,8}(?:资助|补助|补贴|奖励|奖补)(?:资金)?$")
    # (nor what each came to, about: 平均补偿金额约为每户1.2万元, 分摊到每户每年约1000元, 专项经费每年约20万元:
    # a rule sets no 约)
    # (a payment per unit stays one: 稻谷目标价格补贴每亩约60元)
    approx_money = money & (pl.col("qualifier") == "approx")
    policy = policy & ~(_tested(approx_money, compact, r"约为?(?:每\p{Han}{1,3}){0,2}$|每\p{Han}{1,3}约$")
                        & ~_tested(approx_money, compact, r"(?:补贴|补助|奖励|资助|奖补|标准)(?:每\p{Han}{1,3}){1,2}约$"))
    # (nor are those a payment reaches: 享受困难残疾人生活补贴2950人)
    policy = policy & ~_tested(family == "count", compact, r"(?:享受|领取|获得|惠及|覆盖)[^，。；]{0,30}(?:补贴|补助|津贴|救助|奖励)$")
    # (a limit set as a multiple or a share of a base: 月缴存基数上限为上年度全市职工月平均工资的3倍)
    policy = policy | _tested(share | (pl.col("unit") == "倍"), clause, r"(?:上限|下限|限额|起付线|封顶线)(?:为|是|按)[^，。；\d]{2,30}的$")
    # (…and a share bounded with the whole it is of between: 不低于当年新增建设用地计划指标5%, 不超过上年一般公共预算收入5%)
    policy = policy | _tested(share & ~pl.col("in_commitment"), clause, r"不[宜应得能准]?(?:低于|少于|超过|高于|大于|小于)[^，。；\d]{1,14}" + WHOLE_OF_A_SHARE + "$")
    # (a tier's bounds are a rule's: 第一阶梯为年用水量180立方米以下（含）, 第二阶梯为181—260立方米)
    policy = policy | (clause.str.contains(r"第[一二三四]阶梯|第?[一二三四]档")
                       # (and the part over a tier's bound: 第三档超过4800千瓦时部分)
                       & (pl.col("post").is_in(["以上", "及以上", "以下", "及以下", "以内"]) | pl.col("value_high").is_not_null()
                          | ((pl.col("qualifier") == "over") & after.str.starts_with("部分"))).fill_null(False))
    # (nor the sum a super-deduction came to: 先进制造业企业享受加计抵减8.36亿元)
    policy = policy & ~_tested(money, compact, r"加计(?:扣除|抵减)(?:金额|额)?$")
    # (a tax's threshold is a rule's: 增值税起征点为月销售额5000-20000元)
    policy = policy | ((pl.col("unit_family") == "currency") & clause.str.contains("起征点|免征额|起征额"))
    # (nor standards counted: “浙江制造”标准达到600项左右)
    policy = policy & ~_tested(pl.col("unit").is_in(["项", "部", "条", "个", "件"]), compact, r"标准(?:总数|数量)?(?:累计)?(?:达到|达|为|是|已达)$")
    # (a time a rule lets one stay free: 首15分钟内驶离的免费)
    # (…or half its price: 停放15分钟以内的免费, 首1小时减半收费)
    policy = policy | _tested(span, after, r"^(?:内|以内)?[^，。；\d]{0,6}?的?(?:免费|免收|不收费|不收取|减半收费|减半收取|半价)")
    # (and so many a year is a count, not a rule: 每年2000件以上的案件量)
    policy = policy & ~((pl.col("unit_family") == "count") & compact.str.contains(r"每[年月]$"))
    # (nor a wage or an income measured per month or year: 平均工资由2021年的每月5200元提高到目前的每月6800元)
    policy = policy & ~_tested(money, compact, r"(?:平均|人均|月均|年均)(?:工资|收入|薪酬|工资收入|可支配收入)[^，。；标准]{0,24}每(?:月|年)$")
    policy = policy | ((pl.col("unit_family") == "currency") & compact.str.contains(PER_BENEFICIARY)) | pl.col("_standard")
    # (a flood standard is a level of protection, not a rule's amount; a discount is a rule's: 享受9折优惠)
    # (nor is a ratio between two standards: 城乡低保标准比缩小至1.23:1)
    policy = (policy & (pl.col("unit") != "年一遇") & ~_tested(pl.col("unit") == "比", compact, "标准之?比")) | (pl.col("unit") == "折") | (pl.col("match") == "半价")
    # (an average kept under a bound is a result: 平均办理时限不超过1个工作日)
    policy = policy & ~compact.str.contains(r"平均[^，。；\d]{0,12}(?:不超过|不高于|低于|控制在)$")
    # (nor an average price told per unit, whatever else names it a standard: 全市住宅物业费平均标准为每平方米每月1.18元;
    # a payment's average standard stays one: 国家助学金平均资助标准为每生每年2000元)
    policy = policy & ~_tested(money & compact.str.contains("平均", literal=True) & ~compact.str.contains("资助|补助|补贴|奖励|救助|助学"),
                               compact, r"平均[^，。；\d]{0,6}?(?:约为?|为|达到?)(?:每\p{Han}{1,3}){1,2}$")
    # (a yearly sum a budget must set aside, outside a plan: 县财政每年安排专项资金不少于300万元)
    policy = policy | _tested(money & ~planned, compact, r"每年(?:安排|统筹|列支|拿出)[^，。；\d]{0,16}" + REQUIRED_BOUND + "$")
    # (a count a calculation is based on is no rule's: 按常住人口486万人计算)
    # (a multiple is a rule's: 房票面额按补偿金额的1.15倍计算)
    policy = policy & ~(after.str.starts_with("计算") & ~pl.col("unit_family").is_in(["currency", "percent"]) & (pl.col("unit") != "倍"))
    # (a term in years is read only where a rule sets one: TERM_YEARS)
    # (not an average term, nor its change on a year before: 平均发行期限17.6年，较上年延长1.3年)
    policy = policy | ((pl.col("unit") == "年") & ~_tested(pl.col("unit") == "年", compact, r"平均[^，。；\d]{0,6}期限$|较上年(?:同期)?(?:延长|缩短)$|(?:船龄|车龄|机龄|房龄)(?:一般|普遍|均|大多)?(?:在|为|是|达到?|由(?:\d{4}年的?)?)?$"
                                                                                   # (nor the time a thing took: 建设周期约2.5年, 轮候时间缩短至4.5年)
                                                                                   # (but a rule's term changed stays one: 补贴发放期限延长至5年)
                                                                                   r"|(?:时间|周期|时长|工期|回收期)[^，。；]{0,14}$|受教育年限[^，。；\d]{0,4}$|^(?:[^期效]|效(?:[^期]|$)|期[^限])*(?:缩短|延长|压缩)[至到为了]$"
                                                                                   # (and an age's fall: 平均车龄由2020年的9.6年下降至6.8年)
                                                                                   r"|(?:船龄|车龄|机龄|房龄)[^，。；]{0,14}(?:下降|降低)[至到为了]$"))
    # (a time limit a rule sets, within so long after an event or where it must be met, or that is promised, and the limits
    # listed after it: 应当在15日内决定, 承诺2个工作日内出证, 须在接单后2小时内签收、1个工作日内联系诉求人,
    # 自受理之日起60日内办结, 接报后10分钟内启动)
    # (not a plan's: 确保接报后24小时内处置 is a target; nor what was done within it: 均在接报后2小时内抵达,
    # 一般积水点在雨停后2小时内基本消退)
    time_limit = _tested((pl.col("unit_family") == "duration") & ((pl.col("post") == "以内") | after.str.starts_with("内")).fill_null(False) & ~pl.col("in_commitment"),
                         compact, r"(?:应当?|须|必须|要|承诺)(?:在|于)?$|(?:之日起|后|起)$|(?:应当?|须|必须|要|承诺)[^，。；]{0,30}内[^，。；\d]{1,12}、$"
                         # (and for a class of cases a clause names: 对不属于本机关职权范围的，在15日内转送; 对…的复杂事项，由市信访局在5个工作日内召集会商)
                         r"|(?:^|[。；;])对[^，。；]{1,30}的\p{Han}{0,8}[，,](?:由[^，。；\d]{1,10})?(?:在|于)$")
    policy = policy | (time_limit & ~compact.str.contains("均|已|都|一般") & ~after.str.contains(r"^内?(?:基本|全部|均|已)"))
    # (a term a rule sets in months or days, a stay it grants free, how often it lets one draw: 房票有效期12个月,
    # 可免租入住6个月, 每季度可提取1次)
    policy = policy | _tested(span & ~compact.str.contains("平均", literal=True), compact,
                              r"(?:期限|有效期|过渡期|服务期|保护期|合同期|试用期|缓冲期|免租期|借期|租期|公示期)(?:一般|原则上|均)?(?:为|是)?$|可免(?:费|租)\p{Han}{0,4}$")
    # (and how often one may renew: 借期30天，可续借1次)
    policy = policy | _tested(pl.col("unit") == "次", compact, r"每(?:月|季度?|半年|年)(?:可|最多可?|限)(?:提取|申请|享受|领取|办理)$|可(?:续借|续签|续期|延期)$")
    # (a norm a thing is kept within as a rule: 图书年剔旧率一般控制在5%以内, 篇幅原则上控制在20万字至40万字之间)
    policy = policy | _tested(bounded, compact, r"(?:一般|原则上)(?:应|要)?控制在$")
    # (a longest time a rule allows: 最长可开具12周的长期处方)
    # (not the longest a thing took: 口岸换装等待时间最长达到7天)
    policy = policy | ((pl.col("unit_family") == "duration") & _only(compact.str.contains("最长", literal=True), compact).str.contains(r"最长[^，。；\d]{0,6}$").fill_null(False)
                       & ~_only(compact.str.contains("最长", literal=True), compact).str.contains(r"最长(?:的|时|曾)?(?:达到?|为)$|最长的?一次").fill_null(False))
    # (nor a peak a measure reached: 单日充电量最高达212万千瓦时; a subsidy's 最高达 is a cap)
    # (最多达112对 too)
    peak = _only(compact.str.contains("最高达|最多达"), compact).str.contains(r"(?:^|[^可])(?:最高|最多)达到?$").fill_null(False)
    policy = policy & ~(peak & ~clause.str.contains(r"补|奖|贷|额度|限额|资助|支持|给予|享受|标准"))
    # (a plan's end as the deadline: 到“十四五”期末…不少于20个)
    plan_end = five_year_plan_start(_only(clause.str.contains("五", literal=True), clause).str.extract(r"到[“\"]?(十[一二三四五六七八九]五)[”\"]?(?:时期|期)?末", 1)) + 4
    # (not the first months of a year: 2024年前三季度, 2023年前10个月)
    before_year = pl.coalesce(_only(clause.str.contains("年前", literal=True), clause).str.replace_all(r"年前(?:[一二三四五六七八九十两]|\d{1,2})个?(?:季度|月|周)", "年"), clause)
    deadline = pl.coalesce(clause.str.extract(DEADLINE, 1).cast(pl.Int32), before_year.str.extract(DEADLINE_BEFORE, 1).cast(pl.Int32), plan_end)
    ahead = deadline.is_not_null() & (pl.col("letter_year").is_null() | (deadline >= pl.col("letter_year")))
    # (and the span of a plan not begun yet, what is done aside: “十五五”期间新增学位2万个, in 2024)
    plan_span = five_year_plan_start(_only(clause.str.contains("五", literal=True), clause).str.extract(r"(十[一二三四五六七八九]五)[”」’]?(?:期间|时期)", 1))
    ahead = ahead | ((plan_span > pl.col("letter_year")) & ~clause.str.contains(DONE)).fill_null(False)
    lead = pl.col("sentence").str.extract_groups(LEAD_DEADLINE)
    lead_year = pl.coalesce(lead.struct.field("lead_year").cast(pl.Int32), five_year_plan_start(lead.struct.field("lead_plan")) + 4)
    led = (lead_year >= pl.coalesce("letter_year", lead_year)) & (
        lead.struct.field("lead_cue").is_not_null()
        | ((lead.struct.field("lead_to").is_not_null() | lead.struct.field("lead_before").is_not_null()) & ~clause.str.contains(DONE)))
    ahead = ahead | led.fill_null(False)
    # (a sentence that opens with this year's plan plans its later clauses too, but what is done already:
    # 今年计划完工学校项目12个，新增学位1.38万个; 计划新建…3200套，目前已开工2150套)
    # (or this year's or a later one's by its number: 2025年计划新建学校3所…，建筑面积约12.6万平方米;
    # after 其中: 其中，2025年计划开工学校22所，建成投用15所)
    lead_plan = _only(pl.col("sentence").str.contains("计划", literal=True), pl.col("sentence")).str.extract(
        ITEM_LEAD + r"(?:(?:其中|同时|此外|另外)[，,]?\s*)?(今年|年内|明年|全年|下一步|下步|20\d\d年)[，,]?\s*(?:我[市县区局省]|全[市县区省])?计划", 1)
    planned_lead = (lead_plan.is_not_null() & ~(lead_plan.str.extract(r"^(20\d\d)", 1).cast(pl.Int32) < pl.col("letter_year")).fill_null(False)).fill_null(False)
    # (nor after a clause of what is done: …，截至8月底已完成投资5230万元，占计划的58.8%)
    so_far = _only(planned_lead, pl.col("sentence")).str.slice(0, pl.col("start") - pl.col("sent_start")).str.contains(
        r"计划[^。]*(?:已|截至|目前|实际|累计|现有)").fill_null(False)
    plan_led = planned_lead & ~so_far & ~clause.str.contains(DONE + r"|目前|实际|同比|较上年|完成了|现有|已有")
    # (…and a plan told inside a sentence plans the clauses after it: 总投资2.85亿元，计划新建加压泵站6座、清水池4座，
    # 铺设主管网186公里; not past what is done or stands: 计划新建…，目前已开工2150套; nor a year gone by's plan)
    upto = _only(pl.col("sentence").str.contains("计划", literal=True), pl.col("sentence")).str.slice(0, pl.col("start") - pl.col("sent_start"))
    mid_plan = upto.str.contains(r"[，,；;]\s*计划(?:全年|年内|今年|明年)?(?:再|还)?" + PLAN_VERBS + r"[^。；;]*$").fill_null(False)
    # (the clauses after the plan's own, which its cue reads: not 计划新开工项目开工率为81.1%，比去年同期提高4.5个百分点)
    after_plan = _only(mid_plan, upto).str.extract(r"[，,；;]\s*计划(.*)$", 1)
    mid_done = ~after_plan.str.contains(r"[，,]") | after_plan.str.contains(DONE + r"|目前|实际|同比|较上年|去年同期|完成了|现有|已有|截至|\d{4}年|占计划").fill_null(True)
    # (the year a sentence opens with, gone by: 2024年4月，…; read for 将 as 把 below too)
    past_year = pl.col("sentence").str.extract(SENTENCE_OPENING + r"(20\d\d)年", 1).cast(pl.Int32) < pl.col("letter_year")
    plan_led = plan_led | (mid_plan & ~mid_done & ~past_year.fill_null(False))
    # Money sought in a year already past was obtained (2023年争取专项债券额度142.6亿元).
    # So is money 争取'd in a report (2023年，全市争取新增专项债券额度156.3亿元; 积极争取中央预算内投资1.35亿元),
    # the year being the sentence's; a plan's are targets by their section or their cue (将, 力争).
    sought = clause.str.contains("争取", literal=True)
    sought_clause, sought_before = _only(sought, clause), _only(sought, pl.col("before"))
    past = pl.coalesce(sought_clause.str.extract(r"(20\d\d)年", 1), sought_before.str.extract(r"(20\d\d)年", 1)).cast(pl.Int32) < pl.col("letter_year")
    sought_money = (pl.col("unit_family") == "currency") & sought_clause.str.contains(r"争取[^，。；]{0,24}(?:资金|投资|债券|额度|补助|补贴|奖励|贷款|国债|转移支付)|多争取")
    obtained = (sought & (past | sought_money).fill_null(False)
                & ~sought_clause.str.contains(r"力争|目标|计划|预计|将|拟|继续争取|年内|今年|明年").fill_null(False))
    # (how much of a plan was done is no goal: 年度计划投资完成率达83.6%)
    # (a cue inside a quoted name cues nothing: “三个确保”落实率达到100%)
    unquoted = pl.when(clause.str.contains("“", literal=True)).then(clause.str.replace_all(r"“[^“”]{1,12}”", "")).otherwise(clause)
    # (将 in a sentence of a year gone by (past_year, above), or after 已, is 把: 2024年4月，…印发《…办法》，将补贴目录由78项扩展到126项)
    # (so is 将 before a change from a year gone by: 将热线话务座席由2023年的210席增加到260席)
    past_base = _only(clause.str.contains("将", literal=True), clause).str.extract(r"将[^，。；]{0,24}?由(20\d\d)年(?:底|末)?的", 1).cast(pl.Int32) < pl.col("letter_year")
    # (and in a sentence that opens with the time since which things were done: 今年以来，我们将12条线路的发车间隔由60分钟缩短至30分钟)
    past_since = _only(clause.str.contains("将", literal=True), pl.col("sentence")).str.contains(
        SENTENCE_OPENING + r"(?:今年以来|去年以来|近年来|近[一二三两\d]年来|20\d\d年以来|“?十[一二三四]五”?以来)")
    as_ba = (past_year.fill_null(False) | past_base.fill_null(False) | past_since.fill_null(False) | clause.str.contains("已将", literal=True)) & ~clause.str.contains(r"力争|计划|拟|预计|目标|确保|争取|将于|将在")
    unquoted = pl.when(as_ba & unquoted.str.contains("将", literal=True)).then(unquoted.str.replace_all("将", "把", literal=True)).otherwise(unquoted)
    # (and a plan that names what it was for, in a year gone by, is no goal: 2023年计划招聘的45个本科岗位中有17个无人报考)
    unquoted = pl.when(past_year.fill_null(False) & unquoted.str.contains("计划", literal=True)).then(
        unquoted.str.replace_all(r"计划(\p{Han}{1,6}的)", "\x08$1")).otherwise(unquoted)
    cued = ((unquoted.str.contains(TARGET_CUES + "|" + FUTURE_TO) & ~obtained & ~clause.str.contains(r"(?:计划|目标)[^，。；力]{0,6}完成率(?:达到?|为|是|分别为)?(?:[\d.]+%?[、和及与])*$")) | ahead | after.str.contains(TARGET_AFTER)) & ~(
        # (unless the share is itself the goal: 力争完成全年计划的110%)
        compact.str.contains(PROGRESS) & ~clause.str.contains(r"力争|确保|力求|预计"))
    cued = cued | plan_led
    cued = cued | (next_step & ~clause.str.contains(DONE + r"|目前|现有|已有|同比|较上年"))
    # (the plan a share of is reached is the plan's figure: 占年度计划98个的64.3%, 完成省下达年度任务（300部）的134%)
    # (…and the task alone in brackets: 超额完成省下达任务（8000套）, 超额完成年度目标任务（18万平方米）)
    of_task = after.str.contains(r"^(?:[）)])?的")
    task_figure = (_tested(after.str.contains(r"^[）)的]"), compact, r"(?:年度|全年|今年|省下达|市下达|下达|省定|市定|县定)(?:的)?(?:计划|目标|任务|目标任务|计划任务)(?:数)?[（(]?$")
                   & (of_task | compact.str.contains(r"[（(]$")))
    cued = cued | task_figure
    # (what works will bring once done, in the clauses after: 全部整治完成后，市区内涝积水面积可减少约70%，受益群众约26万人;
    # and what is still to be done, told after the count: 其余24座将在年底前全部完工)
    cued = (cued | _tested(compact.str.contains("后", literal=True), compact, r"(?:^|[^已])(?:完成|建成|投产|投用|完工|达产)后[，,][^。；已]{0,40}?(?:可|将|预计)[^。；已]{0,40}$")
            | _tested(after.str.contains("将", literal=True), after, r"^(?:\p{Han}{0,2}|[^，。；\d]{0,8}?(?:余下|剩余|其余|还有)\p{Han}{0,4})将(?:在|于)?(?:年底|年内|今年|明年|\d{4}年|\d{1,2}月)"))
    # The start of a change to come (力争从目前的78%提高到90%) is where things stand.
    # (…and so is its year's figure: 下一步，将热线座席由2023年的210席增加到300席)
    change_from = compact.str.contains(r"(?:从|由)(?:目前|现在|现有|原来|原|当前|20\d\d年(?:底|末)?)?的?$") | (
        # (or a few words of when or where before it, the change said after: 由季后25天缩短至季后20天以内)
        _tested(compact.str.contains("由", literal=True), compact, r"由\p{Han}{1,4}$")
        & after.str.contains(r"^[^，。；\d]{0,6}?" + MOVED_TO))
    # (a table's column or row of a year still to come holds goals: | 2027年 | 90 |)
    later = (pl.col("table_year") > pl.col("letter_year")).fill_null(False)
    # (what a plan builds on is there already: 依托全市178个就业服务站点)
    relies = _only(compact.str.contains("依托|利用|发挥|整合|用好"), compact).str.contains(
        r"(?:依托|利用|发挥|整合|用好)好?(?:全市|全省|全县|全区|我市|我县|我省|现有|已有|已建成?的?){0,2}$").fill_null(False) | (
        # (…and what it builds on: 在2家哨点医院基础上，再增设1-2家; 在总结3个试点区经验基础上)
        _tested(compact.str.contains("在", literal=True), compact, r"在(?:现有|已有|原有|全市|全县|全区|总结)?$")
        & after.str.contains(r"^[^，。；\d]{0,14}基础上"))
    # (nor is a margin over a goal: 比规划目标高出0.6个百分点, 超额完成省定目标1.8个百分点)
    over_goal = _tested(clause.str.contains("目标", literal=True), clause, r"(?:比|较|超过?|超出|高于|低于|高出|低出|超额完成)[^，。；]{0,10}目标(?:[^（(]|$)")
    # (what a plan item reports done already is done: 今年已争取中央预算内投资850万元; and so is what is
    # left to do: 全市尚有未改造老旧小区约210个)
    # (今年已组织帮代办员培训2期)
    done_in_plan = _tested(pl.col("in_commitment"), clause, r"已(?:经)?(?:争取|完成|建成|落实|下达|投入|安排|发放|实现|累计|组织|开展|举办|建立|开通|接入|上线|召开|印发|出台|培训|办理|受理|惠及|覆盖)|(?:尚|仍|还)(?:有|存)")
    # (the goal's own figure a share goes over is the goal's: 超额完成年度目标任务（18万平方米）的25%)
    target = ((pl.col("in_commitment") & ~done_in_plan) | (cued & ~over_goal) | task_figure | pl.col("table_target") | later) & ~change_from & ~relies
    is_rank = pl.col("rank").is_not_null()
    # A standard set as a goal (力争到2025年底城市低保标准达到760元以上) is a target.
    # (and money a plan seeks from above: 全年争取专项债券额度不低于200亿元; not a rule it seeks to
    # change: 争取将…补助标准提高至每人每月1800元)
    # (…and what a plan will achieve: 实现主城区站间距不超过3公里)
    # (目标人群 is whom a service is for, no goal)
    # (…and what a plan will cut: 办理时限压缩至3个工作日以内, 压减至不超过120户)
    goal = ((clause.str.contains(r"力争|" + GOAL_WORD) & ~over_goal) | ahead.fill_null(False) | (pl.col("in_commitment") & clause.str.contains(r"^\s*(?:实现|达到)"))
            | _tested(pl.col("in_commitment"), clause, r"(?:压缩|压减|缩短|减少|控制)(?:至|到|在)(?:不超过|不高于)?$")
            # (…and a bound on what the year will bring: 全年新增带息负债不超过50亿元)
            | _tested(pl.col("in_commitment"), clause, r"(?:全年|年内|今年|明年)[^，。；]{0,16}(?:不超过|不高于)$")
            | (pl.col("in_commitment") & sought_clause.str.contains(r"争取[^将把，。；]{0,16}(?:资金|债券|额度|贷款|国债)").fill_null(False)))
    kind = (
        pl.when(is_rank).then(pl.lit("rank"))
        .when(policy & ~goal).then(pl.lit("policy"))
        .when(target).then(pl.lit("target"))
        .otherwise(pl.lit("actual"))
    )
    c = c.with_columns(kind=kind).drop("_compact", "_standard", "_listed_on")
    # (a plan's projects' total cost, in the clause after them, is the plan's too: 计划实施项目20个，总投资约30亿元)
    cost = _tested((pl.col("kind") == "actual") & (pl.col("unit_family") == "currency"), clause, r"^\s*(?:项目)?(?:估算|概算|计划)?总投资(?:约|达|为)?\s*$")
    c = c.with_columns(kind=pl.when(cost & (shift_in("kind", "letter_id") == "target") & (shift_in("sent_start", "letter_id") == pl.col("sent_start")))
                       .then(pl.lit("target")).otherwise("kind"))
    # A clause that goes on with the rule before it in its sentence, in its unit, is the rule's too: a
    # change for another group (最高额度由50万元提高至60万元，单缴存职工由40万元提高至50万元) or a
    # top-up (给予每台20万元补助，对…的，再增加5万元), or the same rule's figure for another group, its name
    # left out (职工医保报销比例为85%，城乡居民医保为60%).
    # (the rule before may be a run's, its kind set on its first item only: 由2280元、2070元分别提高到…)
    c = c.with_columns(_run_kind=forward_fill_in(pl.when(pl.col("run_pos") == 0).then("kind"), "letter_id", "run"))
    # (…or the change of one before it, whose end is the rule's below: 硕士…由1500元提高至2000元，博士研究生由2500元提高至3500元)
    after_rule = ((pl.col("kind") == "actual") & ((shift_in("kind", "letter_id") == "policy") | (shift_in("_run_kind", "letter_id") == "policy")
                                                  | (shift_in("change_end", "letter_id") & (shift_in("kind", "letter_id", n=2) == "policy")
                                                     & (shift_in("sent_start", "letter_id", n=2) == pl.col("sent_start"))))
                  & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & (shift_in("unit", "letter_id") == pl.col("unit")))
    # (…and down a chain of such groups: 在县级医院为80%，在市级医院为65%)
    same_rule = ((pl.col("kind") == "actual") & (shift_in("sent_start", "letter_id") == pl.col("sent_start"))
                 & (shift_in("unit", "letter_id") == pl.col("unit"))).fill_null(False)
    goes_on = _only(same_rule, pl.col("clause")).str.contains(
        r"^[^，。；\d]{0,12}(?:由|从)$|^[^，。；\d]{1,12}为$|(?:再|另行?|额外)(?:增加|提高|上浮|给予|奖励|补助|补贴|加发|加)$"
        # (…or a grade's name alone: 给予一次性资助50万元，省级20万元，市级10万元)
        r"|^\s*\p{Han}{0,4}级\p{Han}{0,4}$"
        # (…or a raise for some: 按核定投资的50%给予补助，对山区县上浮20%)
        r"|^\s*对[^，。；\d]{1,12}(?:上浮|下浮|提高|增加)$"
        # (…or the new amounts of a list changed by 分别: 由2280元、2070元分别提高到2490元、2260元)
        r"|分别(?:提高|调整|增加|降低|下调|上调|提升)(?:到|至|为)$").fill_null(False)
    c = c.with_columns(_goes_on=goes_on & after_rule.fill_null(False), _may_go_on=goes_on)
    for _ in range(2):
        c = c.with_columns(_goes_on=pl.col("_goes_on") | (pl.col("_may_go_on") & shift_in("_goes_on", "letter_id").fill_null(False)))
    # An enumeration item without a cue of its own takes the kind of the item before it,
    # and so down a chain (给予1000元、2000元、3000元).
    # The new amount of a rule's change is the rule's too (补助由每人每月50元提高至100元).
    # (and a raise in a clause of its own, from a date: 每人每月发放生活补助380元，2024年7月起提高至420元)
    raised = (pl.col("clause").str.contains(r"^\s*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年|今年|明年)?(?:起|开始)?[，,]?(?:再|又|进一步)?(?:提高|上调|调整|提升|增加|下调|降低)(?:至|到|为)$")
              & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & (shift_in("unit", "letter_id") == pl.col("unit"))).fill_null(False)
    reset = (pl.col("change_end") | raised) & ((shift_in("kind", "letter_id") == "policy") | shift_in("_goes_on", "letter_id"))
    # (also where a plan's 将 made it a target: 将…标准由1500元提高到2000元, unless it is a goal)
    # (and in a plan, where the items after a rule's first are targets only by being in it: 分别奖励2000万元、1500万元)
    # (and a class's amount told after the first class's rule, in a clause of its own: 给予最高500万元资助，B类300万元、C类100万元)
    class_item = (pl.col("clause").str.contains(r"^\s*(?:[A-Za-z]|[一二三四五六七八九十甲乙丙丁]{1,2}|[初中高])(?:类|级|档|等)$")
                  & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & (shift_in("unit", "letter_id") == pl.col("unit"))).fill_null(False)
    inherits = (((pl.col("kind") == "actual") & (pl.col("continues") | pl.col("range_end") | pl.col("labelled") | pl.col("_goes_on") | class_item))
                | (reset.fill_null(False) & ((pl.col("kind") == "actual") | ((pl.col("kind") == "target") & ~goal.fill_null(False))))
                | ((pl.col("kind") == "target") & pl.col("in_commitment") & ~goal.fill_null(False) & (pl.col("_run_kind") == "policy")
                   & (pl.col("continues") | pl.col("range_end") | pl.col("labelled"))).fill_null(False))
    inherited = forward_fill_in(pl.when(~inherits).then("kind"), "letter_id")
    c = c.with_columns(kind=pl.when(is_rank).then(pl.lit("rank")).otherwise(inherited.replace("rank", "actual")))
    # A breakdown (其中…) of the amount before it, in its unit, is of that amount's kind, and so are the
    # items it lists: a rule's parts (标准为每人每年120元，其中医保基金承担70元、个人承担10元; 缴费比例为20%，其中8%记入
    # 个人账户) and money's sources (总投资28.6亿元，其中中央补助9.8亿元、省级补助7.2亿元) alike; not a
    # rule's own cap or rate inside a total (共兑现300万元，其中最高奖励50万元).
    breakdown = _only(pl.col("clause").str.contains("其中", literal=True), pl.col("clause"))
    part = (breakdown.str.contains(r"^\s*其中") & ~breakdown.str.contains(r"最高|最多|每|按|标准|不超过|不高于|不低于|不少于")
            & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & (shift_in("unit", "letter_id") == pl.col("unit"))
            & (pl.col("kind") != "rank")).fill_null(False)
    if c.select(part.any()).item():
        # (…and the payers after the first, each in a clause of its own: 其中医保基金支付70元，基本公共卫生服务经费承担30元，个人支付20元)
        payer = (pl.col("clause").str.contains(r"^\s*[^，。；\d其]{1,16}(?:承担|支付|负担|缴纳|出资|划转|分担)$")
                 & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & (shift_in("unit", "letter_id") == pl.col("unit"))).fill_null(False)
        c = c.with_columns(_part=part)
        for _ in range(3):
            c = c.with_columns(_part=pl.col("_part") | (payer & shift_in("_part", "letter_id").fill_null(False)))
        part = pl.col("_part")
        whole = forward_fill_in(pl.when(~part).then("kind"), "letter_id")
        c = c.with_columns(kind=pl.when(part & whole.is_in(["actual", "policy", "target"])).then(whole).otherwise("kind"))
    # …and back from the last item, where what closes a list of labelled amounts that opens with 按 makes
    # them all a rule's (按照初级800元、中级1200元、高级1800元的标准给予补贴).
    linked = ((pl.col("continues") | pl.col("labelled")) & (shift_in("unit", "letter_id") == pl.col("unit"))).fill_null(False)
    if c.select((linked & (pl.col("kind") == "policy") & (shift_in("kind", "letter_id") == "actual")).any()).item():
        c = c.with_columns(_chain=cum_sum_in(~linked, "letter_id"), _opens=_clause_before().str.contains(r"(?:^\s*|\p{Han})按照?\p{Han}{1,8}$").fill_null(False))
        chain = ["letter_id", "_chain"]
        ruled = pl.col("_opens").first().over(chain) & (pl.col("kind") == "policy").last().over(chain) & (pl.len().over(chain) >= 2)
        c = c.with_columns(kind=pl.when(ruled & (pl.col("kind") == "actual")).then(pl.lit("policy")).otherwise("kind")).drop("_chain", "_opens")
    return c.drop("range_end", "change_end", "labelled", "_goes_on", "_may_go_on", "_run_kind", "_part", strict=False)


# Time phrases, in the order they are tried; the dated ones start with a digit, the others
# never do.
# What follows a year that names a class of things, not a period (2000年以前建成的, 2000年底前建成的).
# (and one that goes on with another condition: 2000年以前建成且未列入改造计划的小区)
# (more verbs are read after the year, outside the period pattern, whose size they would overflow:
# 1990年以前种植的老林)
CLASS_YEAR_AFTER = r"\d{4}年(?:以前|之前|以后|之后)(?:种植|栽植|造林|购置|购买|安装|铺设|投产|出厂|参加工作|退休|新建|建成|建设|修建|竣工|投用|成立|设立|注册|登记|出生)(?:的|且|并)"
# (…with the noun straight after it: 2010年以前出版图书占比, 2000年底前建成需改造老旧小区; read after the
# year, not in the period pattern, whose size its words would overflow)
CLASS_NOUN_AFTER = r"\d{4}年(?:以前|之前)出版"
CLASS_DEADLINE_AFTER = r"\d{4}年[底末]前(?:建成|修建|竣工|建造)(?:需|未)"
# (a year inside a document's number dates nothing either: 税务总局公告2022年第14号)
DOC_YEAR_AFTER = r"\d{4}年第\d{1,4}号"
# (nor a record since a time: 入汛以来最强降雨, 1961年有实测资料以来第二大洪水)
FLOOD_RECORD_AFTER = r"入汛以来(?:最|第)"
MEASURED_SINCE_AFTER = r"\d{4}年有[^，。；\d]{0,8}(?:资料|观测|监测|统计)(?:记录)?以来"
# (nor what was built since a year, named as a class: 排查2011年以来建设的项目区)
SINCE_CLASS_AFTER = r"\d{4}年以来(?:建设|建成|实施|新建|改造|修建|竣工|投用|批准|审批|立项)的"
# (nor last year's as what a share is of: 按企业及其职工上年度实际缴纳失业保险费的30%)
# (nor a normal year's total a storm is compared with: 相当于常年全年降水量的1.05倍)
NORMAL_YEAR_AFTER = r"常年全年"
LAST_YEAR_BASE_AFTER = r"上年度[^，。；\d]{1,16}的[\d一二三四五六七八九十百]"
SUMMER_PROGRAMME_AFTER = r"暑期(?:陪伴|实习|研学|托育|看护|辅导|营|社会实践|志愿|工|学堂|课程|项目)"
# Each of these, with the length of the period phrase it opens with: the phrase dates nothing.
BUILT_OPENED = (r"于\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:正式)?建成并?(?:投用|投运|投入使用|投入运营|运营|运行|开放|开园|开业|使用)"
                # (and the year a thing described was built in: 该路2009年建成的路面宽3.5米左右)
                r"|\d{4}年(?:前后|左右)?(?:\d{1,2}月)?(?:建成|修建|铺设|硬化|修通|建设|安装|修|建|铺|装)的")
# (nor is 目前 of 项目前期 now: 列入市重大项目前期计划)
PROJECT_BEFORE_AFTER = r"项目前"
# (nor the next budget year a rule acts on: 扣减下一年度预算10%—20%, 与下一年度预算安排挂钩)
NEXT_BUDGET_YEAR_AFTER = r"下一年度"
# (nor the summer inside both school holidays: 利用寒暑假开展…, 寒暑假期间)
BOTH_HOLIDAYS_AFTER = [(r"寒暑假期间", 5), (r"寒暑假(?:[^期前]|$)", 3)]
# (nor the years since which a record stands: 自2009年以来最严重的春旱, 为2010年以来同期最多)
SINCE_RECORD_AFTER = r"\d{4}年以来(?:历史|史上)?(?:同期)?最"
# (nor the last years a record is among: 为近五年来最低水平)
RECENT_RECORD_AFTER = [(r"近[两二三四五六七八九十]年" + tail + r"的?最[高低大小多少好快]", 3 + len(tail)) for tail in ("", "来", "以来")]
# (nor the plan whose goal a share is of: 完成“十四五”目标的87.6%, 达到“十四五”规划任务的九成)
PLAN_GOAL_AFTER = [(r"(?:完成|达到)" + quote + r"十[一二三四五六七八九]五" + unquote + r"(?:规划)?(?:目标|任务)", 2 + len(quote) + 3 + len(unquote))
                   for quote, unquote in (("“", "”"), ("", ""))]
NOT_A_PERIOD_AFTER = (*RECENT_RECORD_AFTER, *PLAN_GOAL_AFTER, *BOTH_HOLIDAYS_AFTER, (SINCE_RECORD_AFTER, 7), (CLASS_YEAR_AFTER, 5), (CLASS_NOUN_AFTER, 5), (CLASS_DEADLINE_AFTER, 7), (SUMMER_PROGRAMME_AFTER, 2), (DOC_YEAR_AFTER, 5), (SINCE_CLASS_AFTER, 7),
                      (FLOOD_RECORD_AFTER, 4), (MEASURED_SINCE_AFTER, 5), (LAST_YEAR_BASE_AFTER, 3),
                      (NORMAL_YEAR_AFTER, 4), (PROJECT_BEFORE_AFTER, 3), (NEXT_BUDGET_YEAR_AFTER, 3))
def after_period(n: int) -> pl.Expr:
    """The n characters of a mention's sentence right after its period's phrase (以来, 前, 末, 年)."""
    return slice_text("sentence", pl.col("p_end") - pl.col("sent_start"), pl.col("p_end") - pl.col("sent_start") + n)


# A quarter named as a deadline (2025年三季度前): the period's text, the two characters after it in its sentence.
QUARTER_DEADLINE = (pl.col("period_text").str.ends_with("季度").fill_null(False)
                    & after_period(2).str.contains(r"^之?前").fill_null(False))
# 至今 before 年 is up to this year (热线接通率由2022年的71%提升至今年的92.5%), not until now.
TO_THIS_YEAR = ((pl.col("period_text") == "至今").fill_null(False)
                & (after_period(1) == "年").fill_null(False))
CLASS_YEAR = r"(?:(?:以前|之前|以后|之后)(?:建成|建设|修建|竣工|建造|出生|登记|注册|投用)?(?:的|且|并)|(?:底|末)?前(?:建成|修建|竣工|建造|立项|开工|批准|审批|出让|供应|签约)(?:的|且|并))"
PERIOD_PARTS = {
    # A year before or after which things were built or born names a class of them, not a
    # period (2000年以前建成的老旧小区有43个): matched to be dropped.
    # (first: it wins over a deadline, 2000年底前, at the same place)
    "aged": r"(?P<aged>\d{4})年(?:" + CLASS_YEAR + r"|有[^，。；\d]{0,8}记录以来|以来(?:历史|史上)?(?:同期)?第)",
    # (其中秋季 is no 中秋: matched to be dropped)
    "qiuji": r"(?P<qiuji>其中秋季|秋季)",
    # (a summer programme's name is no summer: 开设公益性暑期托管班86个)
    "sprog": r"(?P<sprog>暑期(?:托管|班|学校|课堂|夏令营|活动|服务|实践))",
    # A public holiday's days off (今年国庆假期, 2024年春节期间, “五一”假期): see holidays.py.
    "holy": holidays.DATED,
    "hol": holidays.WORDED,
    # A half or quarter of the letter's year, of the year before or after (去年上半年).
    "rh": r"(?P<rh_rel>今年|本年|去年|上年|明年)?(?P<rh>" + QUARTERS + ")",
    # The first months of the letter's year or the year before (今年前5个月, 去年前十个月).
    "fm": r"(?P<fm_rel>今年|本年|去年|上年)?前(?P<fm>\d{1,2}|[一二三四五六七八九十]|十一)个月",
    # A month of the letter's year (今年3月，购置了22台); with a day it is a date (dropped).
    # From a month of the letter's year on (今年3月起): to the end of that year.
    # A month's end as a deadline (确保12月底前完成, 今年6月底前): by then, no start.
    "mdl": r"(?P<mdl_rel>今年|本年|明年|去年|上年)(?P<mdl>\d{1,2})月(?:底|末)之?前",
    "dmdl": r"(?P<dmdl>\d{1,2})月(?:底|末)之?前",
    "yfrom": r"(?:今年|本年)(?P<yfrom_m>\d{1,2})月(?:\d{1,2}日|[上中下]旬|中下旬|初)?(?:起|开始|以来)",
    # (months of it as a range: 今年1月至5月, read as 1-5月)
    "ytr": r"(?:今年|本年)(?P<ytr1>\d{1,2})月 ?[至到] ?(?P<ytr2>\d{1,2})月",
    "ytm": r"(?:今年|本年)(?P<ytm>\d{1,2})月份?(?P<ytm_d>\d)?",
    # Since a year and what began in it (自2021年开展放心消费环境建设以来): to the letter's year.
    "since_gap": r"自(?P<sg_y>\d{4})年[^，。；\d]{1,24}?以来",
    # The year's plan or task (完成全年计划的103.8%) names what a share is of, not a period:
    # matched to be dropped, so the share takes the period before it. (Not where 计划 is the verb:
    # 全年计划再发放消费券5000万元 is the year's.)
    # (its 的 is stripped before the phrase is read again: hence the $)
    "planned": r"(?P<planned>全年(?:计划(?:的|任务|目标|投资|数|值|进度|$)|任务|目标|预算|指标|额度))",
    # A rate per head and year (每人每年8112元) is no period: matched to be dropped.
    "perhead": r"(?P<perhead>每[人户生床亩名位家]每[年月])",
    # This year and the next (今明两年计划投入资金约6.5亿元).
    "two": r"(?P<two>今明两年)",
    # (and the flood season's, of the letter's year: 入汛以来, 主汛期)
    # (今年截至目前 is this year's, not a reset: 今年截至目前，已兑现…)
    "ytd": r"(?P<ytd>(?:今年|本年)(?:以来)?[，,]?截至目前|今年以来|今年内|今年|本年度|本年|年内|全年|年底前|年末前|入汛以来|入梅以来|出梅以来|主汛期|汛期以来)",
    # A year's end named alone is a point in time, of the year the sentence names before it
    # (2023年，…；年末存栏258万头), else as 全年 is (年末城镇登记失业率1.86%).
    "yend": r"(?P<yend>年底|年末)",
    # Since last year: from its start to the letter's year (去年以来，累计完成…).
    "since_last": r"(?P<since_last>(?:去年|上年)以来)",
    # The end of last year is a point in time (由上年末的61.5%提高到84.2%).
    "last_ye": r"(?P<last_ye>(?:去年|上年)(?:底|末))",
    # (with its 全年, one phrase: 超过去年全年水平 is a comparison as a whole)
    "last": r"(?P<last>去年|上年|上一年)(?:全年|度|同期)?",
    # The year before last (去年…61.2万辆，前年为43.5万辆).
    "prev2": r"(?:^|[^日月底末之以])(?P<prev2>前年)(?:[^满底末]|$)",  # (not 12月31日前年满70周岁)
    "next": r"(?P<next>明年|来年|下一年)",
    # (截止 too; and a bare 至 before a month's or a year's end: 至2024年5月底，全港共运营…)
    "asof_to": r"至(?P<to_y>\d{4})年(?P<to_m>\d{1,2})月(?:底|末)",
    "asof": r"(?:截至|截止到?)(?:(?P<asof_y>\d{4})年|今年|本年)?(?P<asof_m>\d{1,2})月(?:(?P<asof_d>\d{1,2})日|末|底|份)?",
    # A year's end is a point in time (截至2023年底: a stock as of 31 December), not the year.
    "asof_ye": r"(?:截至|截止到?|至)(?P<asof_ye>\d{4})年(?:底|末)",
    # A span of time (离校2年内), not this year's 年内: matched to be dropped.
    "dur": r"(?P<dur>\d{1,2}个?(?:年|月)内)",
    "cdur": r"(?P<cdur>(?:[一二两三四五六七八九十]{1,2}个?|首)(?:年|月)内)",  # 力争三年内…
    # Days of an event, as whole months (2023年7月28日至30日 → July; 7月28日至8月15日 → July and August).
    # (ASCII digits: Unicode \d here overflows the pattern's lazy DFA and makes the pass over every letter 100× slower)
    "ydr": r"(?P<ydr_y>[0-9]{4})年(?P<ydr_m1>[0-9]{1,2})月[0-9]{1,2}日? ?[-~至到—] ?(?:(?P<ydr_m2>[0-9]{1,2})月)?[0-9]{1,2}日",
    "dr": r"(?P<dr_m1>[0-9]{1,2})月[0-9]{1,2}日? ?[-~至到—] ?(?:(?P<dr_m2>[0-9]{1,2})月)?[0-9]{1,2}日",
    "y1": r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月? ?[-~至到] ?(?P<m2>\d{1,2})月",
    # A semester: autumn from September to January, spring from February to July (2024年秋季学期).
    # (before it, a deadline: 2026年秋季学期前 → by the end of August)
    "sem": r"(?P<sem_y>\d{4})年(?P<sem>秋季|春季|秋|春)学期(?:开学)?(?P<sem_b>之?前)?",
    # A school year runs from September to August (2023学年, 2023-2024学年).
    # (and a term of it: 2024—2025学年第一学期 is September to January, 第二学期 February to July)
    "sy": r"(?P<sy>\d{4})(?:年? ?[-—~至到] ?(?P<sy2>\d{4})年?)?学年度?(?:第?(?P<sy_t>[一二12上下])学期)?",
    # Months of the letter's year: 1-5月, 今年1至5月.
    "mr": r"(?P<mr1>\d{1,2})月? ?[-~至到] ?(?P<mr2>\d{1,2})月",  # (1-5月, 1月至5月)
    # Each year of a span (2023—2025年，每年培训…) is the span's; 每年 alone dates nothing.
    "py": r"(?P<py1>\d{4})年? ?[-~至到] ?(?P<py2>\d{4})年[^。；;\d\n]{0,20}?每年",
    "pyf": r"(?P<pyf>" + FIVE_YEAR_PLAN + r")[”」’]?(?:期间|时期)?[^。；;\d\n]{0,20}?每年",
    # (to a month of the last year: 2021年至2024年6月)
    "yrm": r"(?P<yrm1>\d{4})年? ?[-~至到] ?(?P<yrm2>\d{4})年(?P<yrm_m>\d{1,2})月(?:底|末)?",
    "yr1": r"(?P<yr1>\d{4})年? ?[-~至到] ?(?P<yr2>\d{4})年",
    # Years listed (2021年、2022年、2023年，分别安排…): each of its numbers 分别 hands out, else their span.
    "ylist": r"(?P<ylist>\d{4}年(?:[、和及与]\d{4}年)+)",
    "yh": r"(?P<yh>\d{4})年(?P<half>" + QUARTERS + ")",
    # (after yh: 2024年前三季度 is not 2024年前)
    # (a year give or take, 2022年前后, is that year, not before it)
    "around": r"(?P<around>\d{4})年(?:前后|左右)",
    "ye": r"(?P<ye>\d{4})年(?:[底末](?:之?前)?|之?前)",  # (with its 前: 2024年底前新建… names no 前新建)
    # …and its beginning too (由2023年初的23户减少至9户: 23户 as of 1 January).
    "yb": r"(?P<yb>\d{4})年初",
    # Before a month's end (2025年9月底前, 2025年6月前): a deadline, a point in time.
    "mbefore": r"(?P<mb_y>\d{4})年(?P<mb_m>\d{1,2})月(?:底|末)?之?前",
    # From a month on (2024年7月起, 自2024年1月1日起): to the end of the letter's year.
    # (and since what began then: 2023年9月开馆以来)
    "from": r"(?:(?P<from_y>\d{4})年)?(?P<from_m>\d{1,2})月(?:\d{1,2}日|[上中下]旬|中下旬|初)?(?:起|开始|以来|份以来|(?:开馆|开园|开业|开通|运营|投用|启用|成立|实施|建成)以来)",
    # A date (…月 and a day) is matched with the day's first digit, then dropped: not a
    # reporting period.
    # (a day in Chinese numerals too: 2024年6月二十四日)
    # (and a third of a month: 2023年6月下旬 is of June 2023)
    "ym": r"(?P<ym_y>\d{4})年(?P<ym_m>\d{1,2})月(?:(?P<ym_d>\d|[一二三四五六七八九十]{1,3}日)|上旬|中旬|下旬)?",
    "mx": r"(?P<mx_m>\d{1,2})月(?P<mx>上旬|中旬|下旬)",
    # A month named alone where a clause opens (6月份，…; 9月末，…): of the letter's year, its end a
    # point in time; elsewhere a bare month is a deadline or a day's as often (于6月完成).
    # (with 份 it is a month wherever it stands: 6月份新发放贷款平均利率4.28%)
    # (and the month alone, 当月, against the months to date: 9月当月增长0.62%)
    "bm": r"(?P<bm>\d{1,2})月(?:份?当月|份(?P<bm_end>末|底)?[，,]?|(?P<bm_e>末|底)?[，,])",
    # A year since which (2023年以来, 自2023年起) runs to the letter's year.
    # (a year whose clause issues a document, 2022年，县政府出台《…办法》, dates its own sentence only)
    # (and each year from one on: 2025年起每年…不少于3200场次)
    "year": r"(?P<year>\d{4})年(?:度|全年)?(?:(?P<since>以来|至今|起(?:[，,]?每年)?)|(?P<event>启动|出台|开始|成立|印发|制定|发布)"
            r"|[，,](?P<doc>[^，。；\d]{0,12}?(?:出台|印发|制定|修订|发布)))?",
    # A five-year plan's span, or its end (“十四五”末).
    # (and its first years: “十四五”前三年)
    "fyp": r"(?P<fyp>" + FIVE_YEAR_PLAN + r")[”」’]?(?:(?P<fyp_end>末|期末)|(?P<fyp_since>以来)|前(?P<fyp_first>[两二三四]|\d)年|(?P<fyp_one>首年|开局之?年|第一年))?",
    # When a thing was built (建于2006年，路面宽仅4.5米) is not when it is measured.
    # (nor when it was launched or took effect: 1.0版已于2024年9月上线，累计接入…)
    "built": r"(?P<built>(?:始建|建成|兴建|建)于\d{4}年|于\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:正式)?(?:上线|启用|投用|投运|投入使用|开通|成立|设立|组建|挂牌|印发|出台|施行))",
    # The last years up to the letter's (近三年, 近5年来).
    # (…and each of them: 近三年，我市每年举办…)
    "recent": r"近(?P<recent>[两二三四五六七八九十]|\d{1,2})年(?:来|以来)?(?:[^。；;\d\n]{0,20}?每年)?",
    # (…and without 近, where 来 says so: 三年来, 过去五年来)
    "recent_b": r"(?:过去的?|这)?(?P<recent_b>[两二三四五六七八九十])年(?:来|以来)",
    # (and a new item of a run-in list: …；（2）, …；2.)
    # The base a bound is set against (不低于上年的1.5倍, 相当于2023年的): matched to be dropped.
    "base": r"(?P<base>(?:低于|不低于|不少于|相当于|恢复到|恢复至|达到|超过|按)(?:去年|上年|上一年|\d{4}年)度?(?:同期)?(?:水平)?[^，。；\d]{0,12}?的)",
    # (每年3月底前 is every year's deadline, no month's)
    # (every year's months too: 每年6-9月汛期)
    "reset": r"(?P<reset>截至目前|截至今年|目前|至今|近年来|近年|近几年|历年|每年(?:\d{1,2}月(?:底|末)?之?前|[0-9]{1,2} ?[-—~至到] ?[0-9]{1,2}月份?|[0-9]{1,2}月份?)?|多年来|长期以来|办理期间|办理过程中"
             r"|[；;]\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、]|[①-⑳])"
             # (and an item of a 一是…二是… run, after a clause or a sentence: a topic of its own)
             r"|[；;。]\s*[一二三四五六七八九十]是"
             # (a clause that opens with a span to come: 年内新增…，三年内完成… is not this year's)
             r"|[，,；;。]\s*(?:力争|争取|计划|预计|确保|用)?(?:[一二两三四五六七八九十]|\d{1,2})个?年内)",
}
# What tells the stock of things rather than what a span of time brought (全市现有…, 管网总长…).
# Names of measures a clause may go on from (起征点由…, 补贴比例提高到…).
MEASURE_NAME = r"比例|标准|费率|利率|额度|限额|时限|时长|时间|周期|期限|起征点|规模|金额|价格|上限|下限|余额|总额|比重|占比|[^效]率"
STOCK = r"现有|共有|拥有|已有|现已|(?:均|现|已)建有|在建|总长|总数|存量|保有|累计|共建成|共(?:设立|设置|建有|配备)|全覆盖|已(?:培育|建成|认定|创建|组建)"
# …unless the sentence opens by going on from the one before (其中, 同期).
CONTINUES = r"^\s*(?:其中|同期|同时期|当年|当期)"
# A year named relative to the letter's (去年上半年, 明年国庆假期).
RELATIVE_YEARS = {"去年": -1, "上年": -1, "明年": 1}
RECENT_YEARS = {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}
def period_pattern(parts: dict[str, str]) -> str:
    """Time phrases, each with the base of a comparison or the start of a change before it (see _periods)."""
    return ("(?:其中[，,]?)?(?:(?:[较比由从超是在为]|高于|低于|超过)[“\"「]?)?(?:" + "|".join(parts.values())
            + ")(?:(?:同期)?相比|同期的|的?基础上|(?:秋季|春季)?的)?")


# Every time phrase, in one pass over every letter: keep it inside the regex engine's lazy DFA
# (benchmarks/patterns.py).
PERIOD_PATTERN = period_pattern(PERIOD_PARTS)
# Time phrases found by a second, small pattern: each of them as a part of PERIOD_PARTS pushed that
# pattern off the lazy DFA (benchmarks/patterns.py: from 75 to 0.3 MB/s). A phrase found here wins
# over the first pass's matches it overlaps (去年 and 今年2月 in 去年11月至今年2月); a part named as
# one of PERIOD_PARTS widens it where a phrase is read again for its groups.
LATE_PERIOD_PARTS = {
    # Months from last year into this (去年11月至今年2月).
    "lytr": r"(?:去年|上年)(?P<lytr1>\d{1,2})月份? ?[至到] ?(?:今年|本年)(?P<lytr2>\d{1,2})月(?:底|末|份)?",
    # (…or from a named year's month: 2023年7月至今年6月)
    "ytyr": r"(?P<ytyr_y>\d{4})年(?P<ytyr1>\d{1,2})月份? ?[至到] ?(?:今年|本年)(?P<ytyr2>\d{1,2})月(?:底|末|份)?",
    # (from a third of its first month: 2024年7月中旬至10月)
    "y1": r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月?(?:[上中下]旬|中下旬|初)? ?[-~至到] ?(?P<m2>\d{1,2})月",
    # (from a third of a month to a third of another: 3月上旬至4月下旬, before a third alone)
    "mrx": r"(?P<mrx1>\d{1,2})月(?:[上中下]旬|中下旬|上中旬|初) ?[-~至到—] ?(?P<mrx2>\d{1,2})月(?:[上中下]旬|中下旬|上中旬|底|末)?",
    # (two thirds of a month: 6月中下旬)
    "mx": r"(?P<mx_m>\d{1,2})月(?P<mx>上旬|中旬|下旬|中下旬|上中旬)",
    # (…and without its 自, a year and what began in it: 2021年我市列入…重点城市以来)
    # (not a record since a year: 1961年有实测资料以来第二大洪水, 1998年特大洪水以来最大)
    "since_gap_d": r"(?P<sgd_y>\d{4})年[^，。；\d有][^，。；\d]{0,23}?以来",
    # (…and from a month and what began in it, or from a month until now: 自2023年3月启动…以来, 2024年7月至今)
    "since_gap_m": r"(?P<sgm_y>\d{4})年(?P<sgm_m>\d{1,2})月份?(?:[^，。；\d有][^，。；\d]{0,23}?以来|至今)",
    # Days of a year named by its word, as whole months (今年3月1日至4月10日: March and April).
    "ytdr": r"(?P<ytdr_rel>今年|本年|去年|上年)(?P<ytdr_m1>\d{1,2})月\d{1,2}日? ?[-~至到—] ?(?:(?P<ytdr_m2>\d{1,2})月)?\d{1,2}日",
    # The start of last year or this, a point in time as 2023年初 is (由去年初的76%提高到98.5%).
    "lyb": r"(?P<lyb>去年|上年|今年|本年)初",
    # A semester of a year named relative to the letter's, as 2024年秋季学期 is (今年秋季学期).
    # (before it, a deadline, as 2026年秋季学期前 is: 明年秋季学期开学前)
    "rsem": r"(?P<rsem>今年|本年|明年|去年|上年)(?P<rsem_t>秋季|春季|秋|春)学期(?:开学)?(?P<rsem_b>之?前)?",
    # The school year the letter is written in, or the one before (本学年, 上学年).
    # (here, not in the period pattern: there it pushed the whole pattern off the lazy DFA, 0.6 MB/s)
    "rsy": r"(?P<rsy>上|本|这)一?学年度?",
    # The first three quarters as a span of them (今年一至三季度, 2024年1—3季度), as 前三季度 is.
    "q3y": r"(?P<q3y>[0-9]{4})年[一1] ?[至到—~-] ?[三3]季度",
    "q3": r"(?P<q3_rel>今年|本年|去年|上年)?(?P<q3>[一1] ?[至到—~-] ?[三3])季度",
    # A year's graduates (2024届毕业生): that year.
    "cohort": r"(?P<cohort>\d{4})届",
    # A five-year cycle of legal education, counted from 1986 (“八五”普法 is 2021–2025, as “十四五” is).
    "pufa": r"[“「‘]?(?P<pufa>[七八九])五[”」’]?普法",
}
LATE_PERIOD_PATTERN = period_pattern(LATE_PERIOD_PARTS)
# What may not follow a late phrase's last word (read after the match, as the lazy DFA asks):
# a record since a year (1961年有实测资料以来第二大洪水, 1998年特大洪水以来最大) is no span;
# 至今年 goes on to this year's month (2024年7月至今年6月); 初步, 初见成效 are no year's start;
# a legal education cycle's plan names what a goal is of (完成“八五”普法规划确定的目标任务).
NOT_AFTER_LATE = {"以来": r"^(?:历史|史上)?(?:同期)?(?:第|最)", "至今": "^年", "初": "^[步见具显次期心始衷稿审评]", "普法": "^规划"}
READ_PERIOD_PARTS = PERIOD_PARTS | LATE_PERIOD_PARTS
PERIOD_GROUPS = re.findall(r"\(\?P<(\w+)>", "".join(READ_PERIOD_PARTS.values()))
DATED = ("holy", "dmdl", "mrx", "mx", "cohort", "bm", "aged", "ye", "yb", "sem", "dur", "ydr", "dr", "around", "y1", "sy", "mr", "py", "yrm", "yr1", "ylist", "yh", "mbefore", "from", "ym", "q3y",
         "since_gap_d", "since_gap_m", "ytyr", "year")


def _read_after(found: pl.DataFrame, letters: pl.DataFrame, which: pl.Expr, name: str, width: int, pattern: str) -> pl.DataFrame:
    """Mark as `name` the time phrases `which` picks whose next `width` characters match `pattern`:
    words read after a phrase, outside the period pattern, whose lazy DFA they would overflow."""
    read = found.filter(which).select("letter_id", "end").join(letters.select("letter_id", "mtext"), on="letter_id")
    read = read.select("letter_id", "end", slice_text("mtext", pl.col("end"), pl.col("end") + width).str.contains(pattern).alias(name))
    return found.join(read.unique(["letter_id", "end"]), on=["letter_id", "end"], how="left", maintain_order="left").with_columns(pl.col(name).fill_null(False))


def _late_periods(letters: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """Add the late time phrases to the first pass's, in place of the matches they overlap."""
    late = find_spans(letters, LATE_PERIOD_PATTERN)
    after = slice_text("mtext", pl.col("end"), pl.col("end") + 4)
    late = late.join(letters.select("letter_id", "mtext"), on="letter_id").filter(
        ~pl.any_horizontal(pl.col("match").str.ends_with(last) & after.str.contains(then) for last, then in NOT_AFTER_LATE.items())).drop("mtext")
    # (the widened parts find what the first pass found too, or a part of it: 2月下旬 in 2023年2月下旬,
    # 2019年…以来 in 自2019年…以来; the first pass's stands)
    inner = late.join(found.select("letter_id", _s="start", _e="end"), on="letter_id").filter(
        (pl.col("_s") <= pl.col("start")) & (pl.col("end") <= pl.col("_e")))
    late = late.join(inner.select("letter_id", "start", "end"), on=["letter_id", "start", "end"], how="anti")
    if not late.height:
        return found
    covered = found.join(late.select("letter_id", _s="start", _e="end"), on="letter_id").filter(
        (pl.col("start") < pl.col("_e")) & (pl.col("end") > pl.col("_s"))).select("letter_id", "start").unique()
    found = found.join(covered, on=["letter_id", "start"], how="anti")
    return pl.concat([found, late.select(found.columns)]).sort("letter_id", "start", maintain_order=True)


# The month a span across two years starts in, read before its last month (2021年10月至2022年5月,
# 2023年9月至2024年6月底): not a part of PERIOD_PARTS, whose alternation is at the edge of the regex
# engine's lazy DFA (a part more makes the pass over every letter 100× slower).
SPAN_START_BEFORE = r"(?P<xs>(?P<xs_y>\d{4})年(?P<xs_m>\d{1,2})月份? ?[至到—~－-] ?)$"


def _months_across_years(found: pl.DataFrame, letters: pl.DataFrame) -> pl.DataFrame:
    """Widen a year-month (or 至 a month's end) to the span from the year-month just before it."""
    unwidened = lambda f: f.with_columns(xs_y=pl.lit(None, pl.Int32), xs_m=pl.lit(None, pl.Int32))  # noqa: E731
    last = ((pl.col("ym_y").is_not_null() & pl.col("ym_d").is_null() & pl.col("match").str.ends_with("月"))
            | pl.col("to_y").is_not_null())
    ends = found.filter(last).select("letter_id", "start", "end", "match", y=pl.coalesce("ym_y", "to_y").cast(pl.Int32),
                                     m=pl.coalesce("ym_m", "to_m").cast(pl.Int32))
    if not ends.height:
        return unwidened(found)
    # (至 a month's end opens with its 至: the span's start is read with it)
    zhi = pl.col("match").str.starts_with("至")
    ends = ends.join(letters.select("letter_id", "mtext"), on="letter_id").with_columns(
        _pre=slice_text("mtext", pl.col("start") - 14, pl.col("start")) + pl.when(zhi).then(pl.lit("至")).otherwise(pl.lit("")),
    ).with_columns(_x=pl.col("_pre").str.extract_groups(SPAN_START_BEFORE)).unnest("_x").with_columns(
        xs_y=pl.col("xs_y").cast(pl.Int32, strict=False), xs_m=pl.col("xs_m").cast(pl.Int32, strict=False),
    )
    # (a span forward in time, of a year or two at most, within a year's twelve months)
    ok = (pl.col("xs_m").is_between(1, 12) & (pl.col("xs_y") < pl.col("y")) & (pl.col("y") - pl.col("xs_y") <= 2))
    ends = ends.filter(ok.fill_null(False)).select(
        "letter_id", "end", "xs_y", "xs_m",
        _xs_start=pl.col("start") - pl.col("xs").str.len_chars().cast(pl.Int64) + zhi.cast(pl.Int64),
        _phrase=pl.col("xs") + pl.when(zhi).then(pl.col("match").str.slice(1)).otherwise("match"))
    if not ends.height:
        return unwidened(found)
    # (the first year-month is part of the span, no period of its own)
    found = found.join(ends.select("letter_id", start="_xs_start"), on=["letter_id", "start"], how="anti", maintain_order="left")
    found = found.join(ends, on=["letter_id", "end"], how="left", maintain_order="left")
    return found.with_columns(start=pl.coalesce("_xs_start", "start"), phrase=pl.coalesce("_phrase", "phrase")).drop("_xs_start", "_phrase")


def _periods(letters: pl.DataFrame, c: pl.DataFrame, enc: pl.DataFrame) -> pl.DataFrame:
    """Resolve each mention's period from the last time phrase before it in its sentence."""
    # The base of a comparison (较上年, 比2020年, 与去年同期相比, 超历年总和) is matched with its
    # 较/比/超 or 相比, and dropped: the number after it is measured against it, not over it. The start
    # of a change (由2020年的38%提高到52%) is matched with its 由/从 and 的: it dates the
    # number that follows, not the end point.
    # A time a breakdown names (…累计培育1.26万家，其中2023年新增2870家；打造…42个) is its clause's
    # only: matched with its 其中, which `sub` records.
    found = _late_periods(letters, find_spans(letters, PERIOD_PATTERN))
    # (其中， with its comma opens a sentence of the part: 其中，2023年订单粮食收购12.7万吨…；启动…1次)
    found = found.with_columns(sub=pl.col("match").str.contains(r"^其中[^，,]"), match=pl.col("match").str.replace(r"^其中[，,]?", ""))
    match = pl.col("match")
    head = match.str.head(1)
    found = found.with_columns(
        # (是2020年的1.9倍: the base of a multiple)
        # (恢复至2019年同期的112%, 是上年同期的近两倍: a base too)
        # (but the base's own figure right after it is its year's: 较2015年的53微克/立方米下降49.1%)
        base_value=head.is_in(["较", "比"]) & match.str.contains(r"^[较比]\d{4}年(?:末|底)?的$"),
        comparison=head.is_in(["较", "比", "超", "高", "低"]) | match.str.ends_with("相比") | (match.str.ends_with("同期的") & ~head.is_in(["由", "从"])) | match.str.ends_with("基础上")
        | match.str.contains(r"^(?:低于|不低于|不少于|相当于|恢复到|恢复至|达到|超过)\D{0,3}\d{0,4}年?(?:同期)?(?:水平)?的$")
        | (head.is_in(["是", "为"]) & match.str.ends_with("的")),  # (约为2020年的3.1倍)
        change_start=head.is_in(["由", "从"]) & match.str.ends_with("的"),
        # (and the quote mark after it: 由“十三五”末的52%)
        # (a season of the start's year is that year: 由2021年秋季的67.3%提高到91.6%)
        phrase=pl.when(head.is_in(["由", "从", "是", "较", "比", "在", "为"])).then(match.str.slice(1).str.strip_chars_start("“\"「")).otherwise(match).str.strip_suffix("的")
        .str.replace(r"^(\d{4}年)(?:秋季|春季)$", "$1"),
    )
    # (每年 inside a rate, 每车每年, is the rate's clause's: the numbers after that clause take the phrase
    # before it, 2024年按照每车每年6万元、乡道0.7万元的标准补助，共拨付…976万元 → 2024)
    yearly = found.filter(match == "每年").select("letter_id", "start").join(letters.select("letter_id", "mtext"), on="letter_id")
    if yearly.height:
        yearly = yearly.filter(slice_text("mtext", (pl.col("start") - 4).clip(0), pl.col("start")).str.contains(r"每\p{Han}{1,3}$"))
        found = found.join(yearly.select("letter_id", "start", _rate=pl.lit(True)).unique(["letter_id", "start"]), on=["letter_id", "start"],
                           how="left", maintain_order="left").with_columns(rate_year=pl.col("_rate").fill_null(False)).drop("_rate")
    else:
        found = found.with_columns(rate_year=pl.lit(False))
    found = found.with_columns(comparison=pl.col("comparison") & ~pl.col("base_value"), change_start=pl.col("change_start") | pl.col("base_value"))
    # Each phrase needs the groups of the dated or of the other phrases only.
    dated, worded = ("^(?:" + "|".join(v for k, v in READ_PERIOD_PARTS.items() if (k in DATED) == d) + ")$" for d in (True, False))
    digit = pl.col("phrase").str.contains(r"^\d")
    found = found.with_columns(
        _dated=pl.when(digit).then("phrase").str.extract_groups(dated),
        _worded=pl.when(~digit).then("phrase").str.extract_groups(worded),
    ).unnest("_dated", "_worded").with_columns(asof_y=pl.coalesce("asof_y", "to_y"), asof_m=pl.coalesce("asof_m", "to_m"),
                                                  mr1=pl.coalesce("mr1", "ytr1"), mr2=pl.coalesce("mr2", "ytr2"), sg_y=pl.coalesce("sg_y", "sgd_y"),
                                                  from_y=pl.coalesce("from_y", "sgm_y"), from_m=pl.coalesce("from_m", "sgm_m"),
                                                  # (a year's whole work before its verb is no event: 2023年全年发布预警信号386期; read
                                                  # here, not in the pattern, whose lazy DFA a group more for it overflows)
                                                  event=pl.when(~pl.col("phrase").str.contains("年全年", literal=True)).then("event"),
                                                  recent=pl.coalesce("recent", "recent_b"))
    # (a plan being studied or drafted names what it plans for, not when things were done: 已启动“十五五”生态环境保护
    # 规划前期研究; read after the plan's number, not in the pattern above, whose size its open words would overflow)
    found = _read_after(found, letters, pl.col("fyp").is_not_null(), "fypname", 20, DRAFTED_PLAN)
    # (and from a term on, 自2021年秋季学期起, read after the term for the same reason)
    found = _read_after(found, letters, pl.col("sem").is_not_null() & pl.col("sem_b").is_null(), "sem_s", 2, r"^(?:起|开始|以来)").with_columns(
        sem_s=pl.when("sem_s").then(pl.lit("起")))
    # (and a school year's term named after it: 2024—2025学年秋季学期, its first; read after the year for the same reason)
    found = _read_after(found, letters, pl.col("sy").is_not_null() & pl.col("sy_t").is_null(), "sy_aut", 4, r"^秋季?学期")
    found = _read_after(found, letters, pl.col("sy").is_not_null() & pl.col("sy_t").is_null(), "sy_spr", 4, r"^春季?学期")
    # (and a span of two years that names a heating season, November to March: 2023—2024年采暖期; read
    # after the span for the same reason)
    found = _read_after(found, letters, pl.col("yr1").is_not_null(), "heat", 5, r"^度?(?:采暖|供暖|供热)[季期]").with_columns(
        heat=pl.col("heat") & (pl.col("yr2").cast(pl.Int32, strict=False) == pl.col("yr1").cast(pl.Int32, strict=False) + 1))
    # (a year a comparison's base names with words between its 较 and it, read before the year for the same
    # reason: 较“双减”前的2021年提高9.5个百分点, 比疫情前的2019年增长12%)
    # (and a base with its own figure between 与 and 相比, which that figure only takes: 与2020年末的3410户相比，…下降45.4%)
    based = found.filter(pl.col("phrase").str.contains(r"^\d{4}年[末底]?$")).select("letter_id", "start", "match").join(letters.select("letter_id", "mtext"), on="letter_id")
    based = based.select("letter_id", "start", _based=slice_text("mtext", (pl.col("start") - 12).clip(0), pl.col("start")).str.contains(r"[较比][^，。；\d较比]{1,10}的$"),
                         _with=(slice_text("mtext", (pl.col("start") - 1).clip(0), pl.col("start")) == "与") & pl.col("match").str.ends_with("的"))
    found = found.join(based.unique(["letter_id", "start"]), on=["letter_id", "start"], how="left", maintain_order="left").with_columns(
        comparison=pl.col("comparison") | pl.col("_based").fill_null(False), base_value=pl.col("base_value") | pl.col("_with").fill_null(False),
        change_start=pl.col("change_start") | pl.col("_with").fill_null(False)).drop("_based", "_with")
    # (nor are months before a term's end the year's first: 有效期届满前3个月, 合同到期前2个月; nor a lead
    # time: 提前6个月协调)
    bare_first = found.filter(pl.col("fm").is_not_null() & pl.col("fm_rel").is_null()).select("letter_id", "start")
    if bare_first.height:
        bare_first = bare_first.join(letters.select("letter_id", "mtext"), on="letter_id").select(
            "letter_id", "start", _before_end=slice_text("mtext", (pl.col("start") - 2).clip(0), pl.col("start")).is_in(list(TERM_ENDS))
            | (slice_text("mtext", (pl.col("start") - 1).clip(0), pl.col("start")) == "提"))
        found = found.join(bare_first.filter("_before_end").select("letter_id", "start"), on=["letter_id", "start"], how="anti", maintain_order="left")
    # (nor is half a year within a year: 首次就业半年内离职率)
    half_year = found.filter(pl.col("phrase") == "年内").select("letter_id", "start")
    if half_year.height:
        half_year = half_year.join(letters.select("letter_id", "mtext"), on="letter_id").filter(
            slice_text("mtext", (pl.col("start") - 1).clip(0), pl.col("start")) == "半")
        found = found.join(half_year.select("letter_id", "start"), on=["letter_id", "start"], how="anti", maintain_order="left")
    # (nor does the year a share is of: 冬春季节降水量仅占全年的25%左右)
    whole = found.filter(pl.col("phrase") == "全年").select("letter_id", "start").join(letters.select("letter_id", "mtext"), on="letter_id")
    if whole.height:
        whole = whole.select("letter_id", "start", _of=slice_text("mtext", (pl.col("start") - 1).clip(0), pl.col("start")) == "占")
        found = found.join(whole.unique(["letter_id", "start"]), on=["letter_id", "start"], how="left", maintain_order="left").with_columns(
            comparison=pl.col("comparison") | pl.col("_of").fill_null(False)).drop("_of")
    # (nor does a summer programme's name, read after it for the same reason: 暑期陪伴服务, 暑期实习岗位)
    # (one pass over every letter finds those that hold any of them; each is looked for in those only)
    holding = letters.filter(pl.col("mtext").str.contains("|".join(after_it for after_it, _ in NOT_A_PERIOD_AFTER)))
    for after_it, width in NOT_A_PERIOD_AFTER:
        classed = holding.filter(pl.col("mtext").str.contains(after_it))
        if classed.height:
            named = find_spans(classed, after_it).select("letter_id", end=pl.col("start") + width)
            found = found.join(named, on=["letter_id", "end"], how="anti", maintain_order="left")
    # (a year a thing was built and opened in dates nothing, as 于2022年投用 does: 于2022年建成投用，总投资1.8亿元…,
    # 2009年建成的路面宽3.5米; read after the year, not in the pattern above, whose size its words would overflow)
    opened = letters.filter(pl.col("mtext").str.contains_any(["建成", "修建", "铺设", "硬化", "修通", "修的", "建的", "铺的", "装的", "建设的"]))
    if opened.height:
        opened = find_spans(opened, BUILT_OPENED).with_columns(end=pl.col("start") + pl.col("match").str.extract(r"^(于?\d{4}年(?:前后|左右)?(?:\d{1,2}月)?(?:\d{1,2}日)?)", 1).str.len_chars().cast(pl.Int64))
        found = found.join(opened.select("letter_id", "end", _opened=pl.lit(True)), on=["letter_id", "end"], how="left", maintain_order="left").with_columns(
            built=pl.when(pl.col("_opened").fill_null(False) & pl.col("built").is_null()).then(pl.lit("建成")).otherwise("built")).drop("_opened")
    # (a span of days of this year's month is that month, not a date: 今年7月28日至30日)
    dayed = found.filter(pl.col("ytm_d").is_not_null()).select("letter_id", "end").join(letters.select("letter_id", "mtext"), on="letter_id")
    if dayed.height:
        spans = dayed.filter(slice_text("mtext", pl.col("end") - 1, pl.col("end") + 12).str.contains(r"^\d{1,2}日? ?[-~至到—] ?(?:\d{1,2}月)?\d{1,2}日")).select("letter_id", "end", _span=pl.lit(True))
        found = found.join(spans, on=["letter_id", "end"], how="left", maintain_order="left").with_columns(
            ytm_d=pl.when(pl.col("_span").fill_null(False)).then(None).otherwise("ytm_d")).drop("_span")
    # (each year of a time since a year, in its sentence: 自2023年起，市级财政每年安排…, the since stands)
    # (nor does it stop a deadline's year before it: 到2027年，全市每年盘活…1万亩以上，规上工业企业突破5500家)
    each = (pl.col("reset") == "每年") & (shift_in("since", "letter_id").is_not_null() | shift_in("match", "letter_id").str.contains(r"^\d{4}年(?:底|末)?$").fill_null(False))
    if found.select(each.any()).item():
        gap = (found.with_columns(_prev_end=shift_in("end", "letter_id"), _prev_start=shift_in("start", "letter_id"), _prev_since=shift_in("since", "letter_id"))
               .filter(each).select("letter_id", "start", "_prev_end", "_prev_start", "_prev_since").join(letters.select("letter_id", "mtext"), on="letter_id"))
        gap = gap.select("letter_id", "start", _each=~slice_text("mtext", pl.col("_prev_end"), pl.col("start")).str.contains(r"[。；;\n]")
                         & (pl.col("_prev_since").is_not_null() | slice_text("mtext", (pl.col("_prev_start") - 1).clip(0), pl.col("_prev_start")).is_in(["到", "至"])))
        found = found.join(gap, on=["letter_id", "start"], how="left", maintain_order="left").filter(~pl.col("_each").fill_null(False)).drop("_each")
    found = _months_across_years(found, letters)
    found = found.with_columns(enclosed=inside(found, enc, "start", "end"),
                               titled=inside(found, enc.filter("title"), "start", "end"))
    # Nor is a year inside a title, a date, or a range of months that is not one.
    month = lambda name: pl.col(name).cast(pl.Int32, strict=False)  # noqa: E731
    months = month("mr1").is_between(1, month("mr2")) & (month("mr2") <= 12)
    # A plan's number is quoted by custom (“十四五”期间) and still dates what follows, but
    # not inside a title (《…“十四五”规划》).
    found = found.filter((~pl.col("enclosed") | (pl.col("fyp").is_not_null() & ~pl.col("titled"))) & ~pl.col("comparison") & pl.col("ym_d").is_null() & pl.col("ytm_d").is_null()
                         & pl.col("dur").is_null() & pl.col("cdur").is_null() & pl.col("planned").is_null() & pl.col("perhead").is_null()
                         # (a class by its year, 2000年底前建成的小区, dates nothing: the time before it stands)
                         & ~pl.col("match").str.contains(r"\d{4}年" + CLASS_YEAR + "$") & pl.col("qiuji").is_null() & pl.col("sprog").is_null()
                         # (a list of holidays names days across the year: the time before it stands)
                         & pl.col("hol_list").is_null()
                         # (nor a span of years out of a title: 《…若干措施（2024—2026年）》，省级财政每年安排…)
                         & ~(pl.col("py1").is_not_null() & pl.col("match").str.contains("》", literal=True))
                         & (pl.col("mr1").is_null() | months))
    found = found.rename({"start": "p_start", "end": "p_end", "phrase": "period_text"}).select(
        "letter_id", "p_start", "p_end", "period_text", "change_start", "base_value", "rate_year", "sub", "fypname", "sem_s", "heat", "sy_aut", "sy_spr", "xs_y", "xs_m", *PERIOD_GROUPS
    ).sort("letter_id", "p_start")
    # (the days in brackets after a period tell when it fell, not another period: 2024年国庆假期（10月1日至7日）)
    told = (pl.col("dr_m1").is_not_null() | pl.col("ydr_y").is_not_null()) & ((pl.col("p_start") - shift_in("p_end", "letter_id")) <= 1)
    found = found.filter(~told.fill_null(False))
    # This year and a month's end side by side are the months up to it (截至9月底，今年已销售…;
    # 今年以来，截至9月底…; 今年截至9月底).
    prev = lambda name: shift_in(name, "letter_id")  # noqa: E731
    beside = (pl.col("p_start") - prev("p_end")) <= 1
    this_year = lambda ytd: ytd.is_in(["今年", "今年以来", "本年", "本年度"])  # noqa: E731
    found = found.with_columns(
        # (and with the year named at the month: 截至2024年6月底，今年已发行…)
        _ytd_to=pl.when(beside & this_year(pl.col("ytd")) & (prev("asof_y").is_null() | (prev("asof_m").cast(pl.Int32) < 12))).then(prev("asof_m").cast(pl.Int32)),
        _asof_from=(beside & this_year(prev("ytd")) & pl.col("asof_m").is_not_null() & pl.col("asof_y").is_null()).fill_null(False),
        # (and last or next year beside a month is that year's month: 去年11月, 截至去年12月末, 去年7月到9月)
        _shift=pl.when(beside & prev("last").is_in(["去年", "上年", "上一年"])).then(pl.lit(-1, pl.Int32))
        .when(beside & prev("next").is_not_null()).then(pl.lit(1, pl.Int32)),
    )
    # (last year's same months, after this year's months named just before: 今年1—5月，…由去年同期的74%提高到92%)
    same_months = (pl.col("last").is_not_null() & pl.col("period_text").str.ends_with("同期") & prev("mr1").is_not_null()
                   & ((pl.col("p_start") - prev("p_end")) <= 60)).fill_null(False)
    found = found.with_columns(_lm1=pl.when(same_months).then(prev("mr1").cast(pl.Int32)), _lm2=pl.when(same_months).then(prev("mr2").cast(pl.Int32)))
    # The year the phrase before names, where it names only a year (for a 全年 in a paragraph that
    # opened with it: 2023年，…。全年实施…; not 2017年以来…。截至4月末…。全年…).
    # (not a change's start: 由2020年的6.2%提高到25.3%。全年… is not 2020's)
    named_year = (prev("year").is_not_null() & prev("event").is_null() & prev("since").is_null() & ~prev("change_start")).fill_null(False)
    found = found.with_columns(_py=pl.when(named_year).then(prev("year").cast(pl.Int32)), _py_start=pl.when(named_year).then(prev("p_start")))
    # The last years up to a date named just before them end that date's year (截至2024年12月底，全省近5年…).
    found = found.with_columns(_recent_to=pl.when(pl.col("recent").is_not_null() & ((pl.col("p_start") - prev("p_end")) <= 4))
                               .then(pl.coalesce(prev("asof_y"), prev("asof_ye")).cast(pl.Int32)))
    asof = dict(left_on="start", right_on="p_end", by="letter_id", strategy="backward", check_sortedness=False)
    j = c.join_asof(found, **asof)
    # A change's start dates only the first number after it (由2020年的38.5%提高到56.2%); the
    # numbers after that take the phrase before it (截至2024年底，…56.2%).
    past_start = ((pl.col("change_start") & (shift_in("start", "letter_id") >= pl.col("p_end")))
                  | (pl.col("base_value") & (pl.col("start") != pl.col("p_end")))
                  | (pl.col("rate_year") & ((pl.col("p_end") < pl.col("sent_start")) | _only(pl.col("rate_year").fill_null(False), pl.col("sentence")).str.slice(
                      (pl.col("p_end") - pl.col("sent_start")).clip(0), (pl.col("start") - pl.col("p_end")).clip(0)).str.contains("[，,；;]")))).fill_null(False)
    if j.select(past_start.any()).item():
        before_change = c.select("letter_id", "start").join_asof(found.filter(~pl.col("change_start") & ~pl.col("rate_year")), **asof)
        past = j.select(past_start).to_series()
        j = j.with_columns(pl.when(past).then(before_change[name]).otherwise(pl.col(name)).alias(name)
                           for name in found.columns if name not in ("letter_id", "start"))
    same_sentence = pl.col("p_start") >= pl.col("sent_start")
    ly = pl.col("letter_year")
    # (a month's year: the letter's, or the one before or after it named beside it)
    lym = ly + pl.col("_shift").fill_null(0)

    yr = lambda e: pl.col(e).cast(pl.Int32)  # noqa: E731
    # (the year a sentence opens with, for months or a holiday named without one: 2024年，…其中3—5月…)
    # (not past a ； nor after a year's own word: 2023年，…；今年1—9月，… is this year's)
    opened = slice_text("sentence", pl.lit(0), pl.col("p_start") - pl.col("sent_start"))
    j = j.with_columns(_mr_year=pl.when((pl.col("mr1").is_not_null() | pl.col("hol").is_not_null()) & same_sentence
                                        & ~opened.str.contains(r"[；;]|(?:今年|本年|去年|上年|明年|前年)$")).then(
        pl.col("sentence").str.extract(SENTENCE_OPENING + r"(?:全市|全省|全县|全区|我市|我省|我县|我区)?(20\d\d)年度?[，,]", 1)).cast(pl.Int32))
    # The year a word names relative to the letter's (今年, 去年, 明年; none: the letter's).
    rel_year = lambda e: ly + pl.col(e).replace_strict(RELATIVE_YEARS, default=0, return_dtype=pl.Int32)  # noqa: E731
    half_months = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "二季度": (4, 6),
                   "三季度": (7, 9), "四季度": (10, 12), "前三季度": (1, 9)}
    # (quarters listed, as many as the numbers 分别 hands out after them, one each: 一季度、上半年、前三季度
    # 分别增长5.1%、5.4%和5.5%; read from the sentence up to the last of them)
    listed_q = pl.when(pl.col("rh").is_not_null() & (pl.col("p_start") >= pl.col("sent_start"))
                       & pl.col("sentence").str.contains("分别", literal=True)).then(
        slice_text("sentence", pl.lit(0), pl.col("p_end") - pl.col("sent_start")).str.extract("(" + QUARTER_LIST + ")$", 1).str.extract_all(QUARTERS))
    j = j.with_columns(_q=pl.when(listed_q.list.len() == pl.len().over("letter_id", "run")).then(listed_q.list.get(pl.col("run_pos"), null_on_oob=True)))
    half = pl.coalesce("_q", "half", "rh").str.strip_prefix("第")
    # What the sentence says before a 全年 (its year, or 今年).
    j = j.with_columns(_lead=pl.when((pl.col("ytd") == "全年") | pl.col("yend").is_not_null() | pl.col("mx").is_not_null() | pl.col("mrx1").is_not_null() | pl.col("dr_m1").is_not_null()
                                     | pl.col("last").is_in(["上年", "上一年"])).then(
        slice_text("sentence", pl.lit(0), pl.col("p_start") - pl.col("sent_start"))
        # (without a year that names a class of things: 2000年底前建成的小区, 全年改造…80个)
        .str.replace_all(r"\d{4}年" + CLASS_YEAR, "")
        # (nor one of an item before its own: 一是…力争2026年底前…；四是…，全年新增涉农贷款350亿元左右)
        .str.replace(r"^.*[；;]\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])", "")))
    j = j.with_columns(
        # (a half's or a quarter's end is a point: 一季度末，…开业率为87.9%)
        _h_start=pl.when(~(pl.col("p_start") >= pl.col("sent_start")).fill_null(False)
                         | ~after_period(1).is_in(["末", "底"]).fill_null(False))
        .then(half.replace_strict({k: v[0] for k, v in half_months.items()}, default=None, return_dtype=pl.Int32)),
        _h_end=half.replace_strict({k: v[1] for k, v in half_months.items()}, default=None, return_dtype=pl.Int32),
        # (a half named without a year: the letter's, or the one before or after it)
        # (or of the year its sentence names before it: 2023年，全市一季度、上半年…)
        _h_year=pl.coalesce(yr("yh"), pl.when(pl.col("rh_rel").is_not_null()).then(rel_year("rh_rel")),
                            # (this year's, where 至今 took its 今: 由2023年的23.4%下降至今年上半年的17.9%)
                            pl.when(pl.col("rh").is_not_null() & (pl.col("p_start") - pl.col("sent_start") >= 2) & slice_text(
                                "sentence", pl.col("p_start") - pl.col("sent_start") - 2, pl.col("p_start") - pl.col("sent_start")).is_in(["今年", "本年"])).then(ly),
                            pl.when(pl.col("rh").is_not_null() & (pl.col("p_start") >= pl.col("sent_start"))).then(
                                slice_text("sentence", pl.lit(0), pl.col("p_start") - pl.col("sent_start"))
                                # (and across a ； to the parts 其中 breaks it into: 2024年…1387件；其中一季度408件、二季度362件,
                                # the first matched with its 其中)
                                .str.extract(r"(?:^|[^到至])((?:19|20)\d\d)年[^。；]*(?:；\s*其中[^。；]*)?$", 1).cast(pl.Int32)),
                            pl.when(pl.col("rh").is_not_null() & pl.col("sub").fill_null(False) & (pl.col("p_start") >= pl.col("sent_start"))).then(
                                slice_text("sentence", pl.lit(0), pl.col("p_start") - pl.col("sent_start"))
                                .str.extract(r"(?:^|[^到至])((?:19|20)\d\d)年[^。；]*；\s*$", 1).cast(pl.Int32)),
                            # (…the year before, for a figure reached in a half or quarter that ends more than a month
                            # after the letter was signed: 前三季度，全市餐饮收入… in a letter of July)
                            pl.when(pl.col("kind").is_in(["actual", "rank"]) & ~pl.col("in_commitment")
                                    & (half.replace_strict({k: v[1] for k, v in half_months.items()}, default=None, return_dtype=pl.Int32)
                                       > pl.col("letter_date").dt.month().cast(pl.Int32) + 1)).then(ly - 1),
                            ly),
        _asof_year=pl.coalesce(yr("asof_y"), lym),
        # (an event's year dates nothing, but what it counts after it in its clauses: 2024年发布预警信息168条，
        # 覆盖8.9万人次; not 2023年出台《办法》，对…给予500元, nor what has come to be since: …，累计发放3000万元)
        _year=pl.when(pl.col("event").is_null() | ((pl.col("kind") == "actual") & (pl.col("p_start") >= pl.col("sent_start")) & slice_text(
            "sentence", pl.col("p_end") - pl.col("sent_start"), pl.col("start") - pl.col("sent_start")).str.contains(
                r"^[^。；;《“]{0,40}$") & ~_only(pl.col("event").is_not_null(), pl.col("before")).str.contains(r"累计|目前|至今|已").fill_null(False))).then(yr("year")),
        _plan=five_year_plan_start(pl.col("fyp")),
        _plan_py=five_year_plan_start(pl.col("pyf")),
        _q3_year=pl.coalesce(pl.when(pl.col("q3_rel").is_not_null()).then(rel_year("q3_rel")), ly),
        _pufa=1981 + 5 * pl.col("pufa").replace_strict({"七": 7, "八": 8, "九": 9}, default=None, return_dtype=pl.Int32),
        # A run of as many numbers as the years listed or spanned before it, handed out by
        # 分别, pairs each with its year (2021年、2022年分别安排68.5亿元、72.3亿元).
        _years=pl.col("ylist").str.extract_all(r"\d{4}").cast(pl.List(pl.Int32)),
        # 上年 is the year before the one its sentence names before it (2024年，…由上年的42%提升至68%: 2023),
        # else the year before the letter's (去年 is always the letter's last year)
        _last_year=pl.coalesce(pl.when(pl.col("last").is_in(["上年", "上一年"])).then(
            pl.col("_lead").str.extract_all(r"(?:^|[^到至\d])20\d\d年").list.last().str.extract(r"(20\d\d)", 1).cast(pl.Int32) - 1).clip(upper_bound=ly - 1), ly - 1),
        _mx_year=pl.coalesce(pl.col("_lead").str.extract(r"(?:^|[^到至])(20\d\d)年[^。]*$", 1).cast(pl.Int32), ly),
        _paired_years=pl.col("sentence").str.contains("分别", literal=True) & (pl.col("p_start") >= pl.col("sent_start")),
        _run_size=pl.len().over("letter_id", "run").cast(pl.Int32),
        # 全年 after a year named earlier in the sentence is that year's (2023年…；全年发放…);
        # else, of a figure already reached, the last whole year: replies are written in the
        # months after the sessions, before the year is out (but 今年全年 is this year's).
        _ytd_year=pl.coalesce(
            pl.when(pl.col("_lead").str.contains(r"(?:去年|上年)$")).then(ly - 1),  # 去年全年
            # (not a deadline's: 到2025年实现全覆盖；全年为企业…)
            pl.col("_lead").str.extract(r"(?:^|[^到至])(20\d\d)年[^。]*$", 1).cast(pl.Int32),
            # (or in its paragraph before it, a year gone by or this one: 2023年，…。全年实施…)
            pl.when((pl.col("ytd") == "全年") & (pl.col("_py_start") >= pl.col("line_start")) & (pl.col("_py") <= ly)).then("_py"),
            # (…but after 今年 anywhere before it in the sentence, this year's: 今年以来…突破52亿元，提前完成全年45亿元的目标)
            # (nor in a plan or a goal: 力争全年…保持全省前3位)
            # (…nor in a letter written in the year's last quarter, when its year is nearly whole: a
            # reply of November reports this year's 全年组织…17批次)
            # (…nor the change of a year's estimate after it: 全年预计发放…2.36亿元，较去年同期增长8.4%)
            pl.when(pl.col("kind").is_in(["actual", "rank"]) & ~pl.col("in_commitment") & ~pl.col("_lead").str.contains(r"今年|本年|力争|确保")
                    & ~pl.col("before").str.contains(r"预计|力争|确保")
                    & (pl.col("letter_date").dt.month() < 10).fill_null(True)).then(ly - 1),
            ly,
        ),
    )
    has = lambda name: pl.col(name).is_not_null()  # noqa: E731
    paired_span = pl.col("_paired_years") & (pl.col("_run_size") == yr("yr2") - yr("yr1") + 1)
    listed = pl.when(pl.col("_paired_years") & (pl.col("_run_size") == pl.col("_years").list.len())).then(
        pl.col("_years").list.get(pl.col("run_pos"), null_on_oob=True))
    one, twelve = pl.lit(1, pl.Int32), pl.lit(12, pl.Int32)
    bm_open = pl.coalesce("bm_end", "bm_e").is_null()  # (a bare month without 末 or 底 is a span)
    # (the last years' numbers, as many as the years and handed out by 分别, one each: 近三年…分别为A、B、C)
    recent_years = pl.col("recent").replace_strict(RECENT_YEARS, default=pl.col("recent"), return_dtype=pl.String).cast(pl.Int32, strict=False)
    recent_last = pl.coalesce("_recent_to", ly)
    recent_first = recent_last + 1 - recent_years
    recent_paired = pl.col("_paired_years") & (pl.col("_run_size") == recent_years)
    autumn = pl.col("rsem_t").str.starts_with("秋")  # (of a semester named by its year's word: 今年秋季学期)
    first_term = pl.col("sy_t").is_in(["一", "1", "上"]) | pl.col("sy_aut")  # (of a school year)
    second_term = pl.col("sy_t").is_in(["二", "2", "下"]) | pl.col("sy_spr")
    # (the school year a letter is written in starts in the September before it; 上学年 the one before that)
    school_year = (ly - (pl.col("letter_date").dt.month() < 9).fill_null(True).cast(pl.Int32) - (pl.col("rsy") == "上").cast(pl.Int32)).cast(pl.Int32)
    # Each phrase sets the year and month its period starts and ends in (and a day, for a
    # date); the dates are built once from them. A point in time (截至…) has no start.
    kinds = [  # (phrase group, start year, start month, end year, end month)
        ("rh", "_h_year", "_h_start", "_h_year", "_h_end"),
        ("fm", rel_year("fm_rel"), one, rel_year("fm_rel"), numeral_value(pl.col("fm")).cast(pl.Int32)),
        ("ytd", "_ytd_year", one, "_ytd_year", pl.coalesce("_ytd_to", twelve)),
        ("yend", None, None, "_ytd_year", twelve),
        ("since_last", ly - 1, one, ly, twelve),
        ("two", ly, one, ly + 1, twelve),
        ("recent", pl.when(recent_paired).then(recent_first + pl.col("run_pos")).otherwise(recent_first), one,
         pl.when(recent_paired).then(recent_first + pl.col("run_pos")).otherwise(recent_last), twelve),
        ("last_ye", None, None, ly - 1, twelve),
        ("last", "_last_year", pl.coalesce("_lm1", one), "_last_year", pl.coalesce("_lm2", twelve)),
        ("prev2", ly - 2, one, ly - 2, twelve),
        ("ytm", ly, yr("ytm"), ly, yr("ytm")),
        ("lytr1", ly - 1, yr("lytr1"), ly, yr("lytr2")),
        ("ytyr1", yr("ytyr_y"), yr("ytyr1"), ly, yr("ytyr2")),
        ("next", ly + 1, one, ly + 1, twelve),
        ("asof_m", pl.when("_asof_from").then("_asof_year").otherwise("xs_y"), pl.when("_asof_from").then(one).otherwise("xs_m"), "_asof_year", yr("asof_m")),
        ("asof_ye", None, None, yr("asof_ye"), twelve),
        ("ye", None, None, yr("ye"), twelve),
        ("yb", None, None, yr("yb"), one),
        ("lyb", None, None, rel_year("lyb"), one),
        ("y1", yr("y1"), yr("m1"), yr("y1"), yr("m2")),
        ("around", yr("around"), one, yr("around"), twelve),
        ("ydr_y", yr("ydr_y"), yr("ydr_m1"), yr("ydr_y"), pl.coalesce(yr("ydr_m2"), yr("ydr_m1"))),
        # (of the year its sentence names before it: 2021年“7·20”特大暴雨期间，7月17日至23日…)
        ("dr_m1", "_mx_year", yr("dr_m1"), "_mx_year", pl.coalesce(yr("dr_m2"), yr("dr_m1"))),
        # (its first term September to January, its second February to July)
        ("sy", pl.when(second_term).then(yr("sy") + 1).otherwise(yr("sy")), pl.when(second_term).then(2).otherwise(9).cast(pl.Int32),
         pl.coalesce(yr("sy2"), yr("sy") + 1), pl.when(first_term).then(1).when(second_term).then(7).otherwise(8).cast(pl.Int32)),
        # (a term's start as a deadline, 2026年秋季学期前, has no start and ends before the term)
        # (and from a term on, 自2021年秋季学期起, runs to the letter's year)
        ("sem_y", pl.when(pl.col("sem_b").is_null()).then(yr("sem_y")), pl.when(pl.col("sem").str.starts_with("秋")).then(9).otherwise(2).cast(pl.Int32),
         pl.when(pl.col("sem_s").is_not_null()).then(pl.max_horizontal(yr("sem_y"), ly))
         .when(pl.col("sem").str.starts_with("秋") & pl.col("sem_b").is_null()).then(yr("sem_y") + 1).otherwise(yr("sem_y")),
         pl.when(pl.col("sem_s").is_not_null()).then(12)
         .when(pl.col("sem_b").is_not_null()).then(pl.when(pl.col("sem").str.starts_with("秋")).then(8).otherwise(1))
         .when(pl.col("sem").str.starts_with("秋")).then(1).otherwise(7).cast(pl.Int32)),
        ("rsem", pl.when(~has("rsem_b")).then(rel_year("rsem")), pl.when(autumn).then(9).otherwise(2).cast(pl.Int32),
         rel_year("rsem") + (autumn & ~has("rsem_b")).cast(pl.Int32),
         pl.when(has("rsem_b")).then(pl.when(autumn).then(8).otherwise(1)).when(autumn).then(1).otherwise(7).cast(pl.Int32)),
        # (of the year its sentence opens with: 2024年，…其中3—5月降水量仅为21.6毫米)
        ("mr1", pl.coalesce("_mr_year", lym), yr("mr1"), pl.coalesce("_mr_year", lym), yr("mr2")),
        ("rsy", school_year, pl.lit(9, pl.Int32), school_year + 1, pl.lit(8, pl.Int32)),
        ("py1", yr("py1"), one, yr("py2"), twelve),
        ("q3y", yr("q3y"), one, yr("q3y"), pl.lit(9, pl.Int32)),
        ("q3", "_q3_year", one, "_q3_year", pl.lit(9, pl.Int32)),
        ("pufa", "_pufa", one, pl.col("_pufa") + 4, twelve),
        ("cohort", yr("cohort"), one, yr("cohort"), twelve),
        ("_plan_py", "_plan_py", one, pl.col("_plan_py") + 4, twelve),
        ("yrm1", yr("yrm1"), one, yr("yrm2"), yr("yrm_m")),
        ("yr1", pl.when(paired_span).then(yr("yr1") + pl.col("run_pos")).otherwise(yr("yr1")), pl.when("heat").then(pl.lit(11, pl.Int32)).otherwise(one),
         pl.when(paired_span).then(yr("yr1") + pl.col("run_pos")).otherwise(yr("yr2")), pl.when("heat").then(pl.lit(3, pl.Int32)).otherwise(twelve)),
        ("ylist", listed.otherwise(pl.col("_years").list.first()), one, listed.otherwise(pl.col("_years").list.last()), twelve),
        ("yh", "_h_year", "_h_start", "_h_year", "_h_end"),
        ("mb_y", None, None, yr("mb_y"), yr("mb_m")),
        ("from_m", pl.coalesce(yr("from_y"), lym), yr("from_m"), pl.max_horizontal(pl.coalesce(yr("from_y"), lym), ly), twelve),
        ("yfrom_m", ly, yr("yfrom_m"), ly, twelve),
        ("mdl", None, None, rel_year("mdl_rel"), yr("mdl")),
        ("dmdl", None, None, lym, yr("dmdl")),
        ("sg_y", yr("sg_y"), one, pl.max_horizontal(yr("sg_y"), ly), twelve),
        # (a third of a month named alone is of the year its sentence names before it: 2023年汛期，…，6月下旬…)
        ("mx_m", "_mx_year", yr("mx_m"), "_mx_year", yr("mx_m")),
        ("mrx1", "_mx_year", yr("mrx1"), "_mx_year", yr("mrx2")),
        ("ytdr_m1", rel_year("ytdr_rel"), yr("ytdr_m1"), rel_year("ytdr_rel"), pl.coalesce(yr("ytdr_m2"), yr("ytdr_m1"))),
        ("bm", pl.when(bm_open).then(lym), pl.when(bm_open).then(yr("bm")), lym, yr("bm")),
        ("ym_y", pl.coalesce("xs_y", yr("ym_y")), pl.coalesce("xs_m", yr("ym_m")), yr("ym_y"), yr("ym_m")),
        ("_year", "_year", one, pl.when(has("since")).then(pl.max_horizontal("_year", ly)).otherwise("_year"), twelve),
        ("fyp", pl.when(pl.col("fyp_end").is_null()).then("_plan"), one,
         pl.when(has("fyp_one")).then("_plan")
         .when(has("fyp_since")).then(pl.max_horizontal("_plan", ly))
         .when(has("fyp_first")).then(pl.col("_plan") - 1 + pl.col("fyp_first").replace_strict(RECENT_YEARS, default=pl.col("fyp_first"), return_dtype=pl.String).cast(pl.Int32, strict=False))
         # (what was achieved in it so far, by the letter's year: “十四五”期间，已累计投入9.8亿元)
         # (not where nothing says it was done: “十四五”期间新增学位1.5万个 may be the plan's)
         .when(_only(has("fyp") & pl.col("kind").is_in(["actual", "rank"]), pl.col("before")).str.contains(r"已|累计").fill_null(False))
         .then(pl.min_horizontal(pl.col("_plan") + 4, pl.max_horizontal("_plan", ly)))
         .otherwise(pl.col("_plan") + 4), twelve),
    ]
    # A table's column header dates the numbers below it.
    in_table = has("table_year")
    ey = pl.when(in_table).then(yr("table_year"))
    # (截至 a time: the cells have no start, not one a time told before the table gives)
    sy = pl.when(in_table).then(pl.when(~pl.col("table_asof")).then(yr("table_year")))
    sm, em = pl.when(in_table).then(pl.coalesce("table_m1", one)), pl.when(in_table).then(pl.coalesce("table_m2", twelve))
    col = lambda e: pl.col(e) if isinstance(e, str) else e  # noqa: E731
    for group, s_y, s_m, e_y, e_m in kinds:
        if s_y is not None:
            sy, sm = sy.when(has(group)).then(col(s_y)), sm.when(has(group)).then(col(s_m))
        ey, em = ey.when(has(group)).then(col(e_y)), em.when(has(group)).then(col(e_m))
    # A period carries on through its paragraph, for what was reached or ranked (2023年，…
    # 完成投资12亿元。其中…3.2亿元; 同期…): a point in time to every sentence after it, a span
    # of time to those that do not tell what there is (全市现有…, 管网总长…); a target or a
    # rule stands on its own.
    carried = (~same_sentence & (pl.col("p_start") >= pl.col("line_start"))
               & pl.col("kind").is_in(["actual", "rank"]) & ~pl.col("change_start").fill_null(False)
               # (nor into a sentence that names a class by its year: 全市2000年底前建成的老旧小区…)
               & ~_tested(~same_sentence & pl.col("sentence").str.contains_any(["年以前", "年之前", "年以后", "年之后", "底前", "末前", "年前"]),
                          pl.col("sentence"), r"\d{4}年" + CLASS_YEAR)
               # (a point in time dates the state of things after it too: 截至3月末，…。…38个)
               & (has("asof_m") | has("asof_ye") | has("ye") | has("yend") | has("last_ye") | pl.col("sentence").str.contains(CONTINUES)
                  # (the stock a sentence opens with is what its clauses tell: 累计完成…；推广…120万亩)
                  | ~(pl.col("before").str.contains(STOCK) | pl.col("sentence").str.contains(r"^\s*(?:全市|我市|全县|我县|全区|全省|目前)?(?:" + STOCK + ")")))
               # (a span of years sums up what it brought in its own sentence: 近十年…。达标率保持100%)
               & ~(has("recent") | has("fyp") | has("yr1") | has("yrm1") | has("ylist") | has("py1") | has("pyf") | has("since_last") | has("since") | has("sg_y"))
               # (nor does next year: 纳入明年计划。办理期间…沟通4次)
               & ~has("next") & ~has("doc") & ~pl.col("sub").fill_null(False))
    # A rule's amount takes a time from its own part of the sentence only, not across a ；
    # (2023年，…；对增量超过500万元的企业给予…: the rule is no 2023 figure).
    # (sliced for the rules' amounts only: a slice of every sentence would cost a pass over all)
    # (nor does a breakdown's time, 其中2023年…；)
    rule = (pl.col("kind") == "policy") & same_sentence
    scoped = (rule | pl.col("sub").fill_null(False)) & same_sentence
    gap = slice_text("sentence", pl.when(scoped).then(pl.col("p_end") - pl.col("sent_start")), pl.when(scoped).then(pl.col("start") - pl.col("sent_start")))
    # (but the day a rule takes effect, opening the sentence, is that of its every clause: 自2023年1月1日起，
    # 一级…提高到每人每月300元；二级…提高到每人每月270元)
    opening_from = _only(pl.col("from_m").is_not_null(), slice_text("sentence", pl.lit(0), pl.col("p_start") - pl.col("sent_start"))).str.contains(r"^\s*(?:自|从)?$").fill_null(False)
    apart = (scoped & gap.str.contains("[；;]") & ~opening_from).fill_null(False)
    # (nor is last year a rule's time: 对上一年度营业收入不超过1000万元的企业 names its base)
    based = rule & has("last")
    # (a plan being drafted dates its goals only: 推进“十五五”规划前期研究，谋划重大项目200个以上)
    drafted = pl.col("fypname") & (pl.col("kind") != "target")
    # (nor is a plan not begun yet the time of what there is: “十五五”重大项目储备库已入库项目2160个, in 2025)
    drafted = drafted | (has("fyp") & pl.col("kind").is_in(["actual", "rank"]) & (pl.col("_plan") > pl.col("letter_year"))).fill_null(False)
    valid = in_table | (((same_sentence & ~apart & ~based) | carried) & pl.col("reset").is_null() & pl.col("built").is_null() & pl.col("aged").is_null() & ~drafted)
    j = j.with_columns(_valid=valid).with_columns(
        _sy=pl.when("_valid").then(sy), _sm=sm, _ey=pl.when("_valid").then(ey), _em=em,
        _ed=pl.when(~in_table).then(pl.coalesce(yr("asof_d"), pl.when(has("yb") | has("lyb")).then(one))),
    )
    first = pl.date(pl.col("_ey"), pl.col("_em").cast(pl.Int8), 1)
    # A holiday's period is the months its days off fall in, as a third of a month's (6月下旬) is its
    # month: a period here is whole months or a point in time, as the contract's are.
    j = j.with_columns(_hol=pl.when(pl.col("_valid") & ~in_table & pl.col("holy_list").is_null() & pl.col("hol_list").is_null()).then(pl.coalesce("holy", "hol")),
                       _hol_year=pl.coalesce(yr("holy_y"), pl.when(pl.col("hol_rel").is_null()).then("_mr_year"), rel_year("hol_rel")))
    # (a holiday named without a year, in a letter written before this year's, is last year's: 国庆假期,
    # in a letter of June, is the last October's; not a goal's)
    named = pl.col("_hol").is_not_null() & pl.col("holy_y").is_null() & pl.col("hol_rel").is_null() & pl.col("_mr_year").is_null() & (pl.col("kind") != "target")
    ahead = named & (holidays.days_off(pl.col("_hol_year"), _only(named, pl.col("_hol")))[0] > pl.col("letter_date")).fill_null(False)
    j = j.with_columns(_hol_year=pl.when(ahead).then(pl.col("_hol_year") - 1).otherwise("_hol_year"))
    hol_start, hol_end = holidays.days_off(pl.col("_hol_year"), pl.col("_hol"))
    return j.with_columns(
        period_start=pl.coalesce(hol_start.dt.month_start(), pl.date(pl.col("_sy"), pl.col("_sm").cast(pl.Int8), 1)),
        period_end=pl.coalesce(hol_end.dt.month_end(), pl.when(has("_ed")).then(pl.date(pl.col("_ey"), pl.col("_em").cast(pl.Int8), pl.col("_ed").cast(pl.Int8)))
                               .otherwise(first.dt.month_end())),
        # (a list's next item that stops the time before it is no period's text: ；（2）, ；二是)
        # (nor is a time kept apart from the mention by a clause's end: 其中2023年开展7.2万人次，…；…培训1.35万人次)
        # (a five-year plan's name keeps both its quotes: “十四五”以来, not 十四五”以来)
        # (nor an event's year that dates nothing: 2023年出台《办法》，对…给予500元)
        period_text=pl.when(((same_sentence & ~apart & ~based) | (carried & pl.col("_valid"))) & pl.col("built").is_null() & ~drafted
                            & ~pl.col("period_text").str.contains(r"^[；;。，,]") & ~(has("year") & pl.col("_year").is_null())).then(pl.col("period_text").str.replace(r"^(十[一二三四五六七八九]五)”", "“$1”")),
        # (whether the time is the mention's own sentence's, not one carried from before it)
        _own_time=(same_sentence & ~apart).fill_null(False),
    ).with_columns(
        # (months named without a year that end after the letter was written are last year's, where
        # what they date is done: 1-10月, in a letter of April, are last year's January to October)
        # (not 今年1-5月, nor months ending within a month of the letter: figures to date)
        **{col: pl.when((has("mr1") | has("mrx1") | has("bm")) & ~pl.col("period_text").str.contains("年").fill_null(True)
                        & ~slice_text("sentence", pl.max_horizontal(pl.col("p_start") - pl.col("sent_start") - 2, 0), pl.col("p_start") - pl.col("sent_start"))
                        .str.contains("年").fill_null(False)
                        & pl.col("kind").is_in(["actual", "rank"]) & (pl.col("period_end") > pl.col("letter_date").dt.offset_by("1mo")).fill_null(False))
           .then(pl.col(col).dt.offset_by("-1y")).otherwise(col) for col in ("period_start", "period_end")}
    ).with_columns(
        # (the start of a change told without its own time is no figure of the change's: 人均面积由2.41平方米提高到3.52平方米,
        # 学位由5410个增加至6120个)
        # (nor is a rule's amount dated by what a year's work or a time since came to in a clause before it:
        # 全年组织演出1180场，每场演出市级补助标准为6000元; 2021年以来，新建分站4个，每个分站补助建设资金80万元)
        **{col: pl.when(pl.col("before").str.contains(r"(?:^|[^理经自缘])[由从](?:原来的?|原|过去的?|最初的?)?(?:每\p{Han}{1,2}){0,2}\s*$").fill_null(False)
                        | ((pl.col("kind") == "policy") & pl.col("period_text").str.contains(r"^(?:全年|年内|今年|本年|年底前|今年以来|.+以来)$")
                           & ~pl.col("clause").str.contains(pl.col("period_text"), literal=True)).fill_null(False)).then(None).otherwise(col)
           for col in ("period_start", "period_end", "period_text")}
    ).with_columns(
        # (since a half or a quarter of a year: from its first month to the letter's year's end, as 2023年以来 runs
        # to it: 2024年下半年以来 from July 2024, 去年二季度以来 from April last year)
        _since_part=pl.col("period_text").str.extract(r"(上半年|下半年|[一二三四1-4]季度)(?:以来)?$", 1)
    ).with_columns(
        _since_part=pl.when(pl.col("_since_part").is_not_null() & pl.col("period_start").is_not_null()
                            & (pl.col("period_text").str.ends_with("以来")
                               | (after_period(2) == "以来")).fill_null(False))
        .then(pl.col("_since_part").str.replace_many(["上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "1季度", "2季度", "3季度", "4季度"],
                                                     ["1", "7", "1", "4", "7", "10", "1", "4", "7", "10"]).cast(pl.Int8))
    ).with_columns(
        period_start=pl.when(pl.col("_since_part").is_not_null()).then(pl.date(pl.col("period_start").dt.year(), pl.col("_since_part"), 1))
        # (a quarter's end as a deadline, as 2025年底前: 2025年三季度前, 今年二季度之前)
        .when(QUARTER_DEADLINE).then(None)
        .when(TO_THIS_YEAR).then(pl.date(pl.col("letter_date").dt.year(), 1, 1)).otherwise("period_start"),
        period_end=pl.when(pl.col("_since_part").is_not_null()).then(pl.date(pl.col("letter_date").dt.year(), 12, 31))
        # (and since a legal education cycle began, as since a five-year plan: “八五”普法以来 in 2024 is 2021–2024)
        .when(pl.col("period_text").str.ends_with("普法").fill_null(False)
              & (after_period(2) == "以来").fill_null(False))
        .then(pl.date(pl.col("letter_date").dt.year(), 12, 31))
        .when(TO_THIS_YEAR).then(pl.date(pl.col("letter_date").dt.year(), 12, 31))
        .otherwise("period_end"),
        period_text=pl.when(pl.col("_since_part").is_not_null() & ~pl.col("period_text").str.ends_with("以来")).then(pl.col("period_text") + "以来")
        .when(QUARTER_DEADLINE).then(pl.col("period_text") + "前").when(TO_THIS_YEAR).then(pl.lit("今年")).otherwise("period_text"),
    ).with_columns(
        # (what came since the year began, to a day: 截至6月末，贷款余额较年初新增186.2亿元 runs from January)
        period_start=pl.when(_tested(pl.col("period_start").is_null() & pl.col("period_end").is_not_null() & pl.col("before").str.contains("年初", literal=True).fill_null(False),
                                     pl.col("before"), r"[较比]年初(?:净)?(?:新增|增加|增长|提高|提升|上升|下降|减少|降低|回落|多增|少增)了?(?:约|近|超过)?$"))
        .then(pl.date(pl.col("period_end").dt.year(), 1, 1)).otherwise("period_start")
    ).with_columns(
        # (a stock told as it stands now, after a year that dated something else: 2022年，我会成立法律服务团，
        # 现有成员律师326名 is no figure of 2022)
        **{col: pl.when(_tested(pl.col("period_start").is_not_null() & pl.col("sentence").str.contains("现有|现拥有"),
                                slice_text("sentence", pl.col("p_end") - pl.col("sent_start"), pl.col("start") - pl.col("sent_start")), "现有|现拥有"))
           .then(None).otherwise(col) for col in ("period_start", "period_end", "period_text")}
    ).drop("_since_part", "p_start", "p_end", "change_start", "base_value", "rate_year", "sub", "fypname", "heat", "sy_aut", "sy_spr", "xs_y", "xs_m", "_q", "_hol", "_hol_year", "_valid", *PERIOD_GROUPS, "_h_start", "_h_end", "_h_year", "_asof_year", "_year", "_plan", "_plan_py", "_q3_year", "_pufa", "_ytd_year", "_lead",
           "_sy", "_sm", "_ey", "_em", "_ed", "_mx_year", "_last_year", "_mr_year", "_ytd_to", "_lm1", "_lm2", "_asof_from", "_shift", "_years", "_paired_years", "_run_size", "_py", "_py_start")


def _bare(expr: pl.Expr, places: bool = False) -> pl.Expr:
    """Without parentheticals (智能工厂（数字化车间）15个) or quote marks, but with a class's
    number in brackets (小（1）型水库: not the same reservoirs as 小（2）型) and, with `places`, the
    places a county named first stands for (8个县（市、区）; not 76个工业重镇（街道）打造的…)."""
    kept = CLASS_NUMBER + (r"|^\p{Han}{1,2}" + PLACES_BRACKET if places else "")
    # (a 、 inside quotes lists nothing: “双随机、一公开”联合抽查)
    return expr.str.replace_all("(?P<cls>" + kept + ")|" + PARENTHETICAL, "${cls}").str.replace_all(r"(“[^”、，。]{1,12})、", "$1").str.replace_all(QUOTES, "")


# A character of the noun a counter counts: no digit, no clause's or list's end, no bracket
# but those of a class or of places (8个县（市、区）).
POST_WORD = r"(?:" + LATIN_WORD + r"|[^\d，,。；;：:、（()）\s]|" + CLASS_NUMBER + "|" + PLACES_BRACKET + ")"


def _ranked_change(c: pl.DataFrame) -> pl.DataFrame:
    """A rank of a measure's growth names the growth (研发投入强度达到3.2%，增幅居全省第4位 →
    研发投入强度增幅; 技术交易额总量居全省第4、增速居全省第2 → 技术交易额增速), not the measure,
    whose subject it inherits."""
    word = _only(pl.col("rank").is_not_null() & pl.col("before").str.contains("增", literal=True), pl.col("before")).str.extract(
        r"(?:^|[，,；;、。])\s*(增幅|增速|增长率|增量)(?:均|也|分别|仍)?$", 1)
    if not c.select(word.is_not_null().any()).item():
        return c
    base = pl.col("subject").str.replace(r"(?:总量|规模|总额|增幅|增速|增长率|增量)$", "")
    return c.with_columns(subject=pl.when(word.is_not_null() & pl.col("subject").is_not_null() & ~pl.col("subject").str.ends_with(word.fill_null("")))
                          .then(base + word).when(word.is_not_null() & pl.col("subject").is_null()).then(word).otherwise("subject"))


def _subject(c: pl.DataFrame) -> pl.DataFrame:
    """The noun phrase a number measures: the phrase after a classifier (20位厅级领导), else
    the clause before it, trimmed; enumerations and ranks inherit from their neighbours.

    `c` is sorted by letter_id, start. Each intermediate is a column of its own, computed
    once: an expression object used in two places would be evaluated twice."""
    before, sent_start = pl.col("before"), pl.col("sent_start")
    # (a number inside a cell of text, 占地约12公顷，建设…, names itself)
    table_row = pl.col("sentence").str.contains(r"^\s*\|") & ~before.str.contains(r"^\s*\|\s*[^|]*$") & before.str.contains(
        # (or a rate's unit, a cap's or a change's word: | 每部最高20万元 |, | 增长15.0% |)
        r"\|[^|\p{Han}]*(?:约|近|超过|超|逾|达到?|共|不少于|不低于|不超过|不高于|每\p{Han}{1,2}(?:最高|最多|最低)?|最高|最多|最低|(?:同比)?(?:增长|下降|增加|减少|提高|降低))?\s*$")
    c = c.with_columns(
        _prev_end=shift_in("end", "letter_id"),
        _prev_start=shift_in("start", "letter_id"),
        # The phrase after the mention, for classifier use (3个核心区 → 核心区), up to the next
        # mention (a numeral in words is no digit: 1.6万名劳动者追发工资约九百六十万元).
        _after=_bare(pl.col("after").str.slice(0, (shift_in("start", "letter_id", n=-1) - pl.col("end")).clip(lower_bound=0)), places=True),
        # The last two clauses (a capture group would take the slow regex engine).
        _two=before.str.extract(r"[^，,；;。]*[，,；;][^，,；;。]*$", 0),
        _run_clause=forward_fill_in(pl.when(pl.col("run_pos") == 0).then("clause"), "letter_id", "run"),
        # (how many numbers the run has: at its last, its position and one)
        _run_len=backward_fill_in(pl.when((shift_in("run", "letter_id", n=-1) != pl.col("run")).fill_null(True)).then(pl.col("run_pos") + 1), "letter_id", "run"),
        # In a table flattened into pipes (| 新增企业 | 120家 |) the row's first cell names it.
        # (after the row's number, where a 序号 column opens it: | 1 | 邵东市廉桥药材产业路 | 18.6 |)
        _first_cell=pl.when(table_row).then(pl.col("sentence").str.extract(r"^\s*\|\s*(?:\d{1,3}\s*\|\s*)?([^|]+?)\s*\|", 1))
        .str.replace(r"\s*[（(][^（()）|]*[）)]$", "")  # without its unit note: 营业收入（亿元）
        .str.replace_all(r"(\p{Han})\s+(\p{Han})", "$1$2")  # (a label spaced out: 合  计)
        .str.replace(r"^(?:19|20)\d\d年?度?$", ""),  # (a row's year dates it: tables.table_cells)
    )
    # Whether the mention's enumeration is handed out by 分别 (对A、B分别给予X、Y).
    # (not where each number follows its own name: 分别按照护理型床位每张1.5万元、普通床位每张1万元)
    named = pl.col("_run_clause").str.extract(r"分别(?:按照|按)?([^\d每，。；、]{2,})每\p{Han}{1,2}(?:\d|$)", 1)
    # (a verb is no name: 分别调整为每小时19.8元、18.1元)
    own_names = named.is_not_null() & ~named.str.contains(r"^(?:给予|奖励|补助|补贴|发放|安排|下达|拨付|投入|增加|提高|达到|为|调整|上调|下调|提升|降低|降至|降为)")
    c = c.with_columns(_shares=(pl.col("_run_clause").str.contains("分别", literal=True) & ~own_names).fill_null(False))
    prev_end, after, two = pl.col("_prev_end"), pl.col("_after"), pl.col("_two")
    # 分别 distributes the items of the clause before (对A、B，分别给予X、Y).
    prev_clause = two.str.slice(0, two.str.len_chars() - two.str.extract(r"[^，,；;。]*$", 0).str.len_chars() - 1)
    own_len = pl.when(prev_end >= sent_start).then(pl.col("start") - prev_end).otherwise(pl.col("start") - sent_start)
    c = c.with_columns(
        # The text since the previous mention (or the sentence start).
        # (without an OCR's spaces before the number: 总里程达到 20. 6 万公里)
        # (a figure in brackets after the measure it gives, or after what is said of that measure:
        # 远洋干线占比偏低（约18%） → 远洋干线占比, 常住人口（约120万人）; not a goal's or a task's size)
        _since=_bare(before.str.slice(pl.max_horizontal(before.str.len_chars().cast(pl.Int64) - own_len, 0))).str.strip_chars_end(" \t\u3000")
        .str.replace(r"^(?:[^（(]*、)?([^、（(]*?(?:占比|比例|比重|率|人口|人数|数量|总数|总量|总额|规模|面积|产值|收入|金额))"
                     r"(?:偏低|偏高|较低|较高|不高|较少|较多|过低|过高|明显)?[（(](?:约|近|超过|不足|仅|达|占|为)?$", "$1"),
        # (规模化 is a word: 6处规模化水厂)
        _post_src=after.str.replace(r"^(?:的规模|规模的|规模(?P<k>[^化])|规模$|的)", "${k}"),
        # …of a size (规模30亿元的母基金): the noun after 的 is what the size measures.
        _head_ok=(after.str.contains(r"^(?:\p{Han}|[A-Z]{1,4}级)") & ~after.str.contains(POST_STOP))
        | (before.str.ends_with("规模") & after.str.starts_with("的"))
        # …and so does the noun after 的 where things are counted (对500个左右的易涝点开展排查),
        # not a level or a goal the count is of (完成30个的目标, 在建成15个的基础上), nor a
        # threshold (年业务量超过10万件的乡镇服务站, 46-55人的班级)
        | ((pl.col("unit_family") == "count") & pl.col("qualifier").is_in(["exact", "approx"]) & pl.col("value_high").is_null()
           & after.str.contains(r"^的\p{Han}") & ~after.str.contains(r"^的" + OF_A_FIGURE)),
        _prev_clause=_listed(prev_clause),
        # (without the base they are compared with: 化学需氧量、氨氮排放量较上年分别减少…)
        # (与 before a base is no item's: 与去年同期相比分别下降…)
        _own_items=_listed(pl.when(pl.col("_shares")).then("_run_clause").str.replace(r"与[^，。；分]{1,8}?相比", "").str.extract(r"^((?:[^分]|分[^别])*(?:、|和|及|与)[^。；]*?)分别", 1)
                           .str.replace(r"[较比](?:上年|去年|上一年|年初|\d{4}年)(?:同期|末|底|初)?$", "")
                           # (the places counted before the measure they share: 鹿城、龙湾、瓯海三区开放率 → …瓯海开放率)
                           # (not a word the place opens: 三个乡村旅游片区, 两市场)
                           .str.replace(r"(?P<items>、[^、]{1,6}?)[两二三四五六七八九十]个?(?:[地县国省镇]|市(?P<k1>[^场])|区(?P<k2>[^域])|乡(?P<k3>[^村]))(?P<rest>\p{Han}+)$",
                                        "${items}${k1}${k2}${k3}${rest}")),
    )
    # A list of amounts changed by 分别 after it, from items named before 由 (一类、二类、三类区域由2280元、
    # 2070元、1840元分别提高到2490元、2260元、2010元): the old run's items, and the new run's.
    # (分别 may come before 由: 三级、二级医疗机构起付线分别由1000元、600元下调至800元、400元)
    from_end = r"(?:分别)?[由从](?:\d{4}年(?:末|底)?的?)?(?:每\p{Han}{1,2}){0,2}\s*$"  # (…区域由, …由2020年的, …由每人每月)
    changed = pl.col("_run_clause").str.contains(from_end).fill_null(False) & (backward_fill_in(
        pl.when(after.str.contains(r"^\s*分别")).then(True), "letter_id", "run").fill_null(False)
        | pl.col("_run_clause").str.contains(r"分别[由从]\s*$").fill_null(False))
    c = c.with_columns(_chg=_listed(_only(changed, pl.col("_run_clause")).str.replace(from_end, "")))
    to_new = (pl.col("run_pos") == 0) & pl.col("_since").str.contains(r"^\s*(?:分别)?(?:提高|调整|增加|降低|下调|上调|提升|降|减少|扩大)(?:到|至|为)\s*$").fill_null(False)
    # (the new run's first item takes the old run's items, and the rest of its run from it)
    c = c.with_columns(_chg=pl.coalesce("_chg", forward_fill_in(pl.when(to_new).then(shift_in("_chg", "letter_id")), "letter_id", "run")))
    c = c.with_columns(_chg=pl.when(pl.col("_chg").str.count_matches("、", literal=True) + 1 == pl.col("_run_len")).then(
        _item_with_head(pl.col("_chg").str.split("、"), pl.col("run_pos"))))
    since, post_src = pl.col("_since"), pl.col("_post_src")
    c = c.with_columns(
        # The items 分别 distributes over: listed before it in its own clause (对A、B分别给予
        # X、Y), else in the clause before (对A、B，分别给予X、Y).
        # An item counted before (新增A8家、B56家，累计分别达到39家、238家) is named without its count.
        # (…or after its verb, the amounts after them: 分别投向保障性安居工程、城乡基础设施174.2亿元、211.5亿元)
        _items=pl.when(pl.col("_shares")).then(pl.coalesce(
            pl.col("_own_items"),
            _listed(_only(pl.col("_shares") & pl.col("_own_items").is_null(), pl.col("_run_clause")).str.extract(r"分别(?:投向|用于|投入|安排|下达|拨付|支持|补助|奖励|发放|投放)((?:[^、，,。；\d]+、)+[^、，,。；\d]+)$", 1)),
            # (not where the clause before is itself a list of figures 分别 hands out: 面积分别为486万亩、512万亩，产量分别为…)
            # (its items after the first bare figures, not names with theirs: 接待游客612万人次、旅游收入58亿元，分别增长…)
            pl.when(~pl.col("_prev_clause").str.contains(r"[\d.]+[万亿]?(?:%|\p{Han}{0,3})(?:、[\d.]+[万亿]?(?:%|\p{Han}{0,3}))+$").fill_null(False)).then("_prev_clause")))
        # (two items joined by 和 where no 、 lists them: 和 inside a name stays, 文化和旅游)
        # (and a list's last two joined by 和 where the run has more numbers than 、 makes items: A、B和C分别增长…)
        .pipe(lambda items: pl.when(items.str.contains("、", literal=True) & (items.str.count_matches("、", literal=True) + 1 < pl.col("_run_len")))
              .then(items.str.replace(r"、([^、和及与]+)(?:和|及|与)([^、]+)$", "、${1}、${2}"))
              .when(items.str.contains("、", literal=True)).then(items)
              # (not 与 or 和 inside a word: 学生参与率, 饱和度)
              .when(~items.str.contains("参与|给与|赋与|和谐|温和|总和|饱和|缓和|平和")).then(items.str.replace("和|及|与", "、")).otherwise(items))
        # (years listed are no items: 2021年、2022年，分别安排… pairs periods, see _periods)
        .pipe(lambda items: pl.when(~items.str.contains(r"^\s*(?:\d{0,4}年(?:度|底|末)?[、和及与至到-]?)*\s*$")).then(items))
        # (nor places counted as such, where each does what the verb after 分别 says: 安吉、德清两地分别接待过夜游客…)
        .pipe(lambda items: pl.when(~items.str.contains(r"[两二三四五六七八九十](?:地|个?县|个?市|个?区|镇|乡)$")).then(items))
        # (not the end of a range of ages: 对80-89周岁、90-99周岁老年人分别按…)
        .str.replace_all(r"(^|[^A-Za-z\d.\-—~至])[\d.]+[万亿]?\p{Han}{0,3}(、|$)", "$1$2").str.split("、"),
        # Its last clause, and in that the last item of an enumeration, after the 等 closing
        # an enumeration, not that of a word (中等, 同等, 平等).
        # (节约诉讼费用等1100余万元: a 等 at the end closes what it follows)
        # (等地 is the places': 南平、宁德等地新建…; not 等地理标志产品, 等地质灾害)
        # (a time of day is no clause's end: 早高峰7:00-9:00期间主干道平均车速)
        _clause=pl.when(since.str.contains(":", literal=True)).then(since.str.replace_all(TIME_OF_DAY, "${1}${2}")).otherwise(since)
        .str.extract(r"(?:[^，,；;：:。（()）|]|" + CLASS_NUMBER + ")*$", 0).str.replace(r"^.*[^中高初平同相均对特优上甲乙丙]等(?:地区|地)?([^级方别待候同效理质貌形址])", "$1")
        .str.replace(r"([^中高初平同相均对特优上甲乙丙])等$", "$1")
        # (and the means a list names, before what they did: 通过兼并重组、腾笼换鸟等方式盘活低效工业用地)
        .str.replace(r"^.*等(?:方式|途径|形式|手段|渠道|举措|措施)(\p{Han}{2})", "$1"),
        # 从X…至Y: the end point measures what the start point measures.
        # (由25户调整为21户 too, 由9项精简为4项; not a second item that reaches its own: A稳定在68.5%、B达到1600万立方米)
        _to_point=~since.str.contains(CLAUSE_SEP) & since.str.contains(r"(?:至|(?:^|[^达])到|(?:调整|[上下]调|降|提高|提升|增加|减少|压减|缩减|精简|削减|合并|整合|扩大|缩短|延长|放宽)为|^\s*[-~])(?:(?:\d{4}年(?:底|末)?|(?:\d{4}年)?\d{1,2}月(?:底|末|份)?|目前|现在|当前|今年|本年)的?)?(?:每\p{Han}{1,2}){0,2}(?:最高|最低|约|近|超过?)?$") & (prev_end >= sent_start),
        # (a pollutant's name with its digits is one word: 城市PM2.5平均浓度)
        # (and the places a county stands for, in brackets: 8个县（市、区）)
        # (and the nouns listed after it that the clause ends on, none counted on its own, where the first is
        # no noun whole: 8.3万名失能、半失能及高龄老年人; not 17条市级产业链链长、副链长)
        _post=pl.coalesce(
            _only(post_src.str.contains("、", literal=True), post_src).str.extract(r"^(" + POST_WORD + r"{1,4}(?:、" + POST_WORD + r"{1,16})+)[，,。；;：:]", 1),
            post_src.str.extract(r"^" + POST_WORD + r"{1,16}", 0)),
    )
    # The counted noun ends at a 的 (8个乡镇的18所学校 → 乡镇), unless a verb before it makes
    # the 的 a relative clause's (76个重镇打造的服务中心), or at an adverb before the verb
    # (90个县均已建立… → 县).
    # (what the counted have is no owner: 3至5条具有全国影响力的研学主题线路 → 研学主题线路)
    c = c.with_columns(_post=pl.col("_post").str.replace(r"^(?:具有|具备|富有|体现)[^的]{1,10}的(\p{Han}{2})", "$1"))
    owner = pl.col("_post").str.extract(r"^([^的]+)的", 1)
    post = pl.when(owner.is_not_null() & ~owner.str.contains(RELATIVE_VERB + "$")).then(owner).otherwise("_post")
    # (共 is an adverb, 公共, 医共体 and 共青团 are words: 配备1名公共卫生医师)
    # (a school's 生均 opens what is measured of it: 12所学校生均用地面积…)
    post = post.str.replace(r"(?:(?P<k6>校)生均(?:[^已为达在是有都]|$)|(?:^|(?P<k3>[^平人户亩日月年]))均|已|都|也|还|未|尚|仍|曾|正在|全部|全面|基本|(?P<k>[^公医])共|^共(?:[^青]|$)|(?P<k2>.)取得|接入|存在|需要|提供|享受|获得|获评|获批|参加|参与|安装|配备|开展|实施|建立|签订|入住|接受|使用|通过|交由|委托|纳入|列入|进入|入选|入围|推出|被|达到|实现|完成|参会|参训|参展|参赛|来漳|来[^自]|回乡|返乡|赴|深入|入驻|落户|新设|加入|走访|力争|计划|[和及与]$"
                            # (and what the counted did: 12所学校采用…, 4所院校开设…)
                            r"|采用|开设|牵头|推行|出台|举办|累计|实行|成立|明确|落实|贡献|能够"
                            # (what was done for them, or where they went: 12个县级救治中心配置…, 30名骨干到…进修, 120个乡镇全覆盖)
                            r"|配置|全覆盖|到[^期位账达户岗]"
                            # (…and where, or how one by one: 156所学校周边道路, 17条拥堵路段逐一制定…)
                            r"|周边|门前|附近|设置|延长|逐一|逐[起个条家所]|挖潜|制定|追回|挽回|代缴|(?P<k4>.)建成|分别|组成"
                            # (…or what they opened or carried out: 17个县（市）开通农村客运线路…, 8个乡镇完成…)
                            r"|(?P<k5>.)(?:开通|启用|投用|实施|开展|建立|组建|实现|完成)"
                            # (…or what they said: 62.3%的受访者表示…; or why or what befell them: 7个村因人口较少, 5个村出现…,
                            # 23条线路不符合…)
                            r"|表示|认为|反映|希望|愿意|因[^地势材时]|由于|出现|不符合|不具备|没有).*$", "${k}${k2}${k3}${k4}${k5}${k6}").str.replace(r"(\p{Han}{2})[和及与向]$", "$1")
    # (商超 is a word: 32家大型商超)
    # (and keeps the nouns that end in a word of the trail: 商超, 财政收支审计)
    post = _without_trail(post)
    c = c.with_columns(_post=pl.when(post.str.len_chars() > 0).then(post))
    # …and what it did after a character of its own, or a preposition after it (11个区建成…, 28家机关事业单位在夜间…,
    # 3家医院周边用地进行梳理; not 在建, 在校): the rows with such a word only (a pattern with groups is slow)
    post = pl.col("_post")
    did = post.str.replace(r"(?:(?P<k6>\p{Han})(?:建成|设立|开通|上线)|(?P<k4>\p{Han}[^存所现正实自好内外潜])在[^建校线职岗编册途读押养库场园院营]"
                           r"|(?P<k5>\p{Han}{2})(?:进行|向(?:社会|公众|群众|市民|企业))).*$", "${k4}${k5}${k6}")
    c = c.with_columns(_post=pl.when(post.str.contains("建成|设立|开通|上线|在|进行|向")).then(_without_trail(did)).otherwise(post))
    c = c.with_columns(
        _distributive=(pl.col("_shares") & (pl.col("_items").list.len() > pl.col("run_pos"))).fill_null(False),
        # (a share of a counted noun names it: 87.7%的县医院达到…, 90%以上的县)
        _post_ok=pl.col("_post").is_not_null() & ~post_src.str.contains(POST_STOP),
    )
    # A share of a counted noun, where nothing before names it, names that noun (全国87.7%的县医院达到…,
    # 力争90%以上的县…), not a standard or a level (4%的税率, 85%的平均水平).
    shared = _only(pl.col("_post_ok") & (pl.col("unit_family") == "percent") & (pl.col("unit_raw") != "个百分点"), after)
    c = c.with_columns(
        _use_post=pl.col("_head_ok") & pl.col("_post_ok") & ~pl.col("unit_family").is_in(["percent", "score"]),
        _share_of=((shared.str.contains(r"^的\p{Han}") & ~shared.str.contains(r"^的" + OF_A_FIGURE))
                   # (a share in 成 before its noun: 约三成中小企业研发投入不足)
                   | (_only(pl.col("unit_raw") == "成", shared).str.contains(r"^\p{Han}") & pl.col("_head_ok") & (pl.col("_post").str.len_chars() <= 8))).fill_null(False),
    )
    # (…up to why or how it acts: 约有三成企业因投资回报周期较长而持观望态度 → 企业)
    acts = _only((pl.col("unit_raw") == "成") & ~pl.col("_share_of") & pl.col("_head_ok"), pl.col("_post")).str.extract(r"^(\p{Han}{2,8}?)(?:因|由于|受|仍|都|已|尚|未)", 1)
    c = c.with_columns(_share_of=pl.col("_share_of") | acts.is_not_null(), _post=pl.coalesce(acts, "_post"))
    # A rank's clause that ends in the places it is among (破案率在全市12个县区中居第2位) names
    # them, not what is ranked.
    # (and the order it is ranked in is no name: 中由低到高排第4位)
    c = c.with_columns(_clause=pl.when(pl.col("rank").is_not_null()).then(pl.col("_clause").str.replace(r"[，,]?[由从][低高小大少多]到[高低大小多少]$", "")).otherwise("_clause"))
    among = _only(pl.col("rank").is_not_null(), pl.col("_clause")).str.contains(PLACES_AMONG).fill_null(False)
    c = c.with_columns(_clause=pl.when(among).then(pl.col("_clause").str.replace(PLACES_AMONG, "")).otherwise("_clause"))
    c = c.with_columns(_clause=pl.when(pl.col("rank").is_not_null()).then(pl.col("_clause").str.replace(PEERS_AMONG, "")).otherwise("_clause"))
    # (and what a rank ranks comes before 居 and the scope: 集装箱吞吐量增速居全国沿海港口第5位)
    # (a clause that is only the scope names nothing: …3087万标箱，居全国沿海港口第5位 ranks what the mention before measures)
    scoped = _only(pl.col("rank").is_not_null(), pl.col("_clause")).str.contains(r"(?:^\s*|\p{Han}{2})(?:位居|位列|居于|居)" + REGION + r"\p{Han}{0,8}$").fill_null(False)
    c = c.with_columns(_clause=pl.when(scoped).then(pl.col("_clause").str.replace(r"(?:位居|位列|居于|居)" + REGION + r"\p{Han}{0,8}$", "")).otherwise("_clause"))
    # (the dead and the injured counted by one character: 接报火灾1863起，亡4人、伤7人)
    casualty = pl.col("_clause").str.ends_with("亡") | pl.col("_clause").str.ends_with("伤")
    c = c.with_columns(_clause=pl.when(casualty).then(pl.col("_clause").str.replace(r"(^|[、\s])亡$", "${1}死亡").str.replace(r"(^|[、\s])伤$", "${1}受伤"))
                       .otherwise("_clause"))
    # (levels listed one character each share the last one's grade: 市、县、乡、村四级林长, 一、二级重度残疾人)
    c = c.with_columns(_levels=_only(pl.col("_clause").str.contains("、", literal=True), pl.col("_clause")).str.extract(
        r"(?:[省市县区乡镇村组]、)+[省市县区乡镇村组][一二三四五两]级[^、]*$|(?:[一二三四五]、)+[一二三四五]级[^、]*$", 0))
    c = c.with_columns(_last_item=pl.coalesce("_levels", pl.col("_clause").str.extract(r"[^、]*$", 0)))
    last_item = pl.col("_last_item")
    # A comparison's base (高于序时进度6.8个百分点) or the whole of a share (占全省总量的45.5%)
    # names no indicator: the mention inherits one. A share named (占GDP比重) is the share of
    # what the number before measures: the two are joined below.
    c = c.with_columns(_share_named=pl.col("_clause").str.contains(r"^\s*占[^，。；]*(?:比重|比例|份额)").fill_null(False))
    # So does a comparison (比全国平均水平高0.93张, 同比多增1.2万人).
    # (…4200元左右，是单种水稻的2.5倍: a multiple of a base)
    # (and a recovery to a base: 恢复至2019年同期的103.4%)
    # (and a growth averaged over years: 两年平均增长5.2%)
    cur = (pl.when(pl.col("_clause").str.contains(r"^[\s、]*(?:约|近|仅|只|已)?(?:高于|低于|高出|超出|快于|慢于|好于|优于|占(?:[^地用]|$)|比[^重例率]|较|与[^，。；]{0,14}?相比|同比[多少净]|(?:近)?[两二三四五]年(?:平均|年均)|偏[多少高低]|超过?(?:时序|序时)进度|超过[^，。；\d]{0,8}(?:目标|计划|标准|要求|平均水平)|超额完成|差距缩小|与[^，。；]{1,12}相差|降幅[^，。；]{0,6}收窄|[是为][^，。；]{1,12}的$|恢复(?:至|到)[^，。；]{0,12}的$|完成[^，。；\d]{0,8}(?:目标|计划)(?:任务|值|投资)?(?:进度)?的$)") & ~pl.col("_share_named")).then(None)
           # (a number alone, no 分别 handing it out, counts all the items listed before it: 春玉米、春大豆一共种了1.06万亩)
           # (nouns listed, not clauses: not 开办满一年、收托率, 爱心企业、合计吸纳…; nor the next item after one
           # with its own number: 其中国家级2处、省级9处)
           # (nor where each has the number, 新开通中东、东非航线各1条)
           .when((last_item.str.len_chars() >= 2) & (pl.col("_levels").is_not_null() | ~((pl.col("_run_len") == 1) & ~pl.col("_shares")
                                                                                      & pl.col("_clause").str.contains(JOINT_LIST).fill_null(False))))
           .then(last_item).otherwise("_clause"))
    c = c.with_columns(
        # of a bound on a share of a base (绩效工资水平不低于当地同类人员的80%), what is bound
        _cur=cur.str.replace(r"(?:不[得宜应]?(?:低于|小于)|不[得宜应]?少于|不[得宜应]?(?:超过|大于)|不[得宜应]?高于|高于|低于|相当于|达到|(?:最高|最多)可?达)[^，。；]+的$", "")
        # (a rank's verb alone, its record's since-year gone, names nothing: 降水量1650毫米，列1961年以来历史第二高)
        .pipe(lambda cur: pl.when(cur.str.ends_with("以来")).then(cur.str.replace(r"^(?:位居|位列|名列|列|居|为)(?:\d{4}年|有[^，。；]{0,8}记录)以来$", "")).otherwise(cur))
        # those that do X number (引入专业化物业服务的有287个): X names them
        .str.replace(r"^(.+)的(?:有|共有|达到?|占)$", "$1")
        # (and the start of a change: 通双车道公路的比例由2020年的58%提高到…)
        .str.replace(r"^(?:剔除|扣除|不含|除去)[^，。；]{1,16}后|(?:已|将)?[由从](?:(?:法定|原来|原|过去|以往|最初|起初|当初|\p{Han}{2}之初)(?:的?(?:平均|人均|累计))?|平均)的?$", "")  # (a condition: 剔除留抵退税因素后增长; 由法定30个工作日)
        .str.replace(r"[由从][“「]?(?:(?:\d{4}年)?(?:秋季|春季)|\d{4}年(?:末|底|初|同期)?|(?:\d{4}年)?\d{1,2}月(?:底|末|份)?|(?:上|去)年(?:末|底|同期)?|年初|目前|现在|当前|原来|原|法定|过去|以往|\p{Han}{1,4}前|" + FIVE_YEAR_PLAN + r"[”」’]?(?:末|初)?)的(?:不足|约|近|仅|超过)?(?:每\p{Han}{1,2}){0,2}$", "")
        # (a measure's name before what it is moved from, set at or compared with: 增值税起征点由月销售额,
        # 担保费补贴比例提高到实际担保费, 审核平均时长较全省最优地区多, 资金池规模已由设立之初)
        .pipe(lambda cur: pl.when(cur.str.contains_any(["由", "从", "为", "按", "较", "到", "至"])).then(cur.str.replace(
            r"^(.*(?:" + MEASURE_NAME + r"))(?:已|将|均|仍)?(?:由|从|为|按|较|" + MOVED_TO + r")[^，。；、\d]{1,12}$", "$1"))
            .otherwise(cur))
        # (but a ratio keeps what it relates: 社会物流总费用与GDP的比率)
        .str.replace(r"的$", "").str.replace(r"^(.*)的((?:比率|比例|比重|比值|份额|时间|时长|周期)[^的]{0,4})$", "$1\x04$2").str.replace(r"^.*的", "")
        .str.replace("\x04", "的", literal=True)
        # (a margin over a base: 农村居民人均可支配收入增速高于城镇居民1.9个百分点 measures the growth)
        # (not a standard reached or bettered: 水质达到或优于Ⅲ类比例)
        .str.replace(r"^(.*[^不\s或])(?:高于|低于|高出|超出|快于|慢于|好于|优于)[^，。；的]{1,20}$", "$1")
        # (…and with 比: CPI涨幅比全省平均水平高0.3个百分点)
        .str.replace(r"^(.*[^不\s同环对相类无])比[^重例率值，。；的][^，。；的]{0,15}?(?:高|低|快|慢|多|少|增加|减少|提高|下降|回落|上升|增长)$", "$1")
        # (who hands out is not what is handed out: 省级财政分别安排医保补助资金68.5亿元、…;
        # but 整改率分别达到96.8%和100%)
        # (a bound's adverb before the verb: 每个涉农街道至少培训气象信息员20名 counts the object)
        .str.replace(r"^.*(?:至少|最少|不少于)(?:要|需|应)?(?:培训|建设|建成|新建|配备|开展|举办|组织|安排|投入|发放|选派|引进|培育|招收|招聘|帮扶|落实|实施|完成|新增|设立|建立)(\p{Han}{2,})$", "$1")
        .str.replace(r"^.+分别((?:安排|下达|拨付|发放|给予|奖励|补助|投入|筹集|落实|争取|兑现|接待|吸引|完成|实现)\p{Han}{2,})$", "$1")
        .pipe(_without_lead).pipe(_without_trail)
    )
    # A word for the size of what the mention before measured (…58家，总数达到436家) names nothing.
    generic = (pl.col("_cur").str.contains(GENERIC_MEASURE) | pl.col("_cur").str.contains(VERB_ONLY)) & (pl.col("_prev_start") >= sent_start)
    c = c.with_columns(_generic=pl.when(generic.fill_null(False) & pl.col("_since").str.contains(r"^\s*[、和及]")).then("_cur"),
                       _cur=pl.when(~generic.fill_null(False)).then("_cur"))
    cur, use_post, to_point, distributive = pl.col("_cur"), pl.col("_use_post"), pl.col("_to_point"), pl.col("_distributive")
    # (a one-character place or household names what it counts: 年经营性收入20万元以上的村达到152个)
    # (not one a word left behind: 村均28.4万元)
    has_own = (cur.str.len_chars() >= 2) | (cur.is_in(["村", "县", "镇", "乡", "户"]) & pl.col("_since").str.contains(r"的[村县镇乡户]"))
    # A rate fixed as a standard names what is paid after it (按每人1500元标准发放一次性扩岗补助).
    # (not where 分别 hands the amounts to the items before: 对80-89周岁、90-99周岁老年人分别按每人每月50元、100元标准发放)
    # (and what a staffing standard provides: 按照每个镇（街道）不少于5名的标准配备专职人员)
    standard = _only(~distributive, after).str.extract(r"^的?标准(?:给予|发放|予以|进行|拨付|安排|落实|核拨|配备|配置|设置|配建)(?:一次性)?([^，,。；;、\d]{2,12})", 1)
    # …and so does an amount that a payment follows (按每吸纳1人2000元给予带动就业补贴), for
    # each amount of its run (每人1000元、1500元给予培训补贴) unless 分别 hands them to the items before.
    paid_after = _only(after.str.contains(r"^(?:给予|发放|予以)"), after).str.extract(r"^(?:给予|发放|予以)(?:一次性)?([^，,。；;、\d]{0,8}?(?:补贴|补助|奖励|资助|奖补|贴息|津贴))(?:[，,。；;]|$)", 1)
    # (a rate's payment names the cap after it, not the rate: 按工程总投资的50%给予补助，每亩最高不超过1200元)
    c = c.with_columns(_paid_after=paid_after).with_columns(
        _cap_paid=_only(pl.col("_since").str.contains(r"^[^，,。；;\d]*[，,]\s*(?:每\p{Han}{1,2}|单个\p{Han}{1,4}|每\p{Han}{1,2}每[年月])?(?:最高|最多)(?:不超过|可达|奖励|补助|补贴)?$").fill_null(False)
                        & (pl.col("_prev_start") >= sent_start) & (shift_in("unit_family", "letter_id") == "percent"), shift_in("_paid_after", "letter_id")),
    ).with_columns(_paid_after=_only(~pl.col("_run_clause").str.contains("分别", literal=True).fill_null(False) & (pl.col("unit_family") == "currency"),
                                     backward_fill_in(pl.col("_paid_after"), "letter_id", "run")))
    standard = pl.coalesce(standard, pl.col("_paid_after"), pl.col("_cap_paid"))
    # …and a rule's amount names what it pays (最高2000元的培训补贴, 不超过30万元的创业担保贷款).
    # (not where 分别 hands the amounts to the items before it: 按初级工、中级工分别给予每人500元、1000元的补贴)
    # (not a threshold for whom it pays: 对合格率低于95%的作业单位扣减补助 measures 合格率)
    standard = pl.coalesce(standard, _only((pl.col("kind") == "policy") & ~pl.col("_shares"), after).str.extract(
        r"^的((?:一次性)?[^，,。；;、\d的给予比再另还]{0,8}(?:补贴|补助|奖励|奖金|贷款|资助|奖补|津贴|救助金|扶持资金|罚款|罚金)(?:资金)?)", 1)
        .pipe(lambda paid: pl.when(~paid.str.contains(r"企业|单位|个人|主体|学校|机构|家庭|人员|扣减|核减")).then(paid)))
    subject = (
        # (a total row is named by its column alone: | 合计 | 420 | under 新建任务（万亩）)
        pl.when(pl.col("_first_cell").is_in(["合计", "总计", "小计", "共计"]) & pl.col("table_head").is_not_null()).then("table_head")
        .when(pl.col("_first_cell").is_not_null()).then(pl.concat_str("_first_cell", pl.col("table_head").fill_null("")))
        .when(pl.col("_chg").is_not_null()).then("_chg")
        .when(standard.is_not_null()).then(standard)
        # (a payment after amounts 分别 hands out names none of them: 对A、B分别给予100万元、50万元一次性奖励)
        # (…nor one with a name of its own: 分别给予最高200万元、60万元购房补贴, 50万元、30万元建站资助)
        .when(use_post & ~(distributive & pl.col("_post").str.contains(r"^(?:一次性)?(?:奖励|补贴|补助|资助|奖补|扶持)|^\p{Han}{0,6}(?:奖励|补贴|补助|资助|奖补|津贴)$"))).then("_post")
        .when(to_point).then(None)
        # 分别 hands out the items before it over the clause's own words (分别奖励50万元).
        # (or only what reaches them: 覆盖78%的行政村)
        # (…or what gives it, and the shares listed after: 民营经济贡献了全市60%以上的地区生产总值、70%以上的税收,
        # 以不到全市8%的土地面积，贡献了60%的工业产值)
        .when(pl.col("_share_of") & (cur.str.contains("^(?:(?:覆盖|惠及|涵盖)?" + REGION + "|覆盖|惠及|涵盖)$")
                                     | cur.str.contains(r"(?:(?:贡献|占据?|占有|提供|吸纳|创造|集聚|聚集|实现)了?" + ABOUT + "?" + REGION + "?|以" + ABOUT + "?" + REGION
                                                        + "?)的?" + ABOUT + "?$")
                                     | pl.col("_since").str.contains(r"^的[^，。；\d]{1,12}(?:[、和及与]|以及)$")).fill_null(False)).then("_post")
        # (and so does a payer before it: 对A、B、C，县财政分别一次性奖励10万元、5万元、2万元)
        .when(has_own & ~(distributive & (pl.col("_own_items").is_not_null() | pl.col("_run_clause").str.starts_with("分别")
                                          | pl.col("_run_clause").str.contains(r"^\p{Han}{0,4}(?:财政|政府|[省市县区]级|本级)分别(?:一次性)?(?:给予|奖励|补助|补贴|资助|奖补|扶持)").fill_null(False)))).then(cur)
        .when(distributive).then(_item_with_head(pl.col("_items"), pl.col("run_pos")))
        .when(pl.col("_share_of")).then("_post")
    )
    # (…and so does a list's second bound, its own subject empty: 月缴存额不低于200元、不高于4000元)
    # (…and so does a figure in brackets right after another, its own words naming nothing: 收入完成386.52亿元（同比增长5.1%）)
    in_brackets = ((pl.col("_prev_end") >= pl.col("sent_start")) & pl.col("_since").str.contains(r"^\s*[（(][^（()）]*$")).fill_null(False)
    bound_item = (pl.col("_prev_end") >= pl.col("sent_start")) & pl.col("_since").str.contains(r"^\s*[、和及与或]\s*(?:不高于|不低于|不超过|不少于|最高|最低|最多|最少|至多|至少|约|近|超过)\s*$").fill_null(False)
    # (a count after a bracket that bounds what is counted names the noun before the bracket, not the bound:
    # 湖泊（水面面积0.1平方公里以上）32个 → 湖泊)
    bracketed = _only(pl.col("_since").str.contains(r"^[^（(，。；]*[）)]\s*$").fill_null(False) & (pl.col("_prev_end") >= sent_start), before).str.extract(
        r"([^，,；;：:。、（(）)\d\s]{2,12})[（(][^（()）]*[）)]\s*$", 1).pipe(_without_lead)
    subject = pl.when(subject.is_null() & bracketed.is_not_null()).then(bracketed).otherwise(subject)
    # (a figure that opens a bracket after a noun measures the noun, less a word that judges it:
    # 供水管网漏损率偏高（约12%） → 供水管网漏损率)
    opened = _only(pl.col("_since").str.contains(r"[（(]\s*(?:约|近|达到?|为|仅|超过|均|平均)?\s*$").fill_null(False), pl.col("_since")).str.extract(
        r"^[^（(）)]*?([^，,。；;：:（(）)、\d][^，,。；;：:（(）)、]{1,23}?)(?:偏高|偏低|较高|较低|过高|过低|较大|偏大|较小|偏小|不足)?\s*[（(]\s*(?:约|近|达到?|为|仅|超过|均|平均)?\s*$", 1).pipe(_without_lead)
    # (not a base's, its value in brackets: 是全国平均水平（11.8件）的4倍, 超额完成省下达任务（0.9万亩）)
    opened = pl.when((opened.str.len_chars() >= 2) & ~pl.col("_since").str.contains(r"(?:是|为|低于|高于|超过|超出|完成|相当于|达到|对比|比|较)[^，,。；;]*[（(][^（(]*$").fill_null(False)).then(opened)
    # (what is counted may follow a threshold of its own: 约30家年用水量5万立方米以上的工业企业尚未… → 工业企业)
    # (…or a standard it meets: 建成12个达到省级标准的示范点 → 示范点)
    past_bound = _only((pl.col("unit_family") == "count") & pl.col("after").str.contains(r"^\p{Han}{2,8}[0-9]|^(?:达到|符合|具备|满足)").fill_null(False), pl.col("after")).str.extract(
        r"^(?:\p{Han}{2,8}[0-9.]+[万亿千]?[^，,。；;\d的]{0,5}(?:以上|以下|以内)|(?:达到|符合|具备|满足)[^，,。；;\d的]{1,10})"
        r"的([^，,。；;\d的]{2,10}?)(?:尚|未|已|均|全部|都|将|正|开展|实施|完成|进行|纳入|参加|获得|实现|达到|[，,。；;]|$)", 1)
    subject = pl.coalesce(past_bound, opened, subject)
    c = c.with_columns(subject=subject, _inherit=(to_point | (~has_own & ~use_post & ~pl.col("_share_of") & (pl.col("adjacent") | bound_item | in_brackets))) & ~(~to_point & distributive)
                       & ~bracketed.is_not_null() & opened.is_null() & past_bound.is_null())
    # Without a subject of its own, a mention takes the clause before it, or the previous
    # mention's subject: that of a rank, an adjacent mention or a range's end point, and
    # that of a mention in the clause before (…资金72.3亿元，占比38.8%，较上年增长12.6%),
    # whose clause holds a number, not a name.
    inherits = pl.col("_inherit") & (pl.col("_prev_start") >= sent_start)
    prev_in_clause = ((prev_end >= sent_start) & (prev_end > pl.col("start") - two.str.len_chars().cast(pl.Int64))).fill_null(False)
    # A clause that says how it was counted (按不变价格计算，同比增长6.3%) names nothing: the
    # mention before it in the sentence does.
    method = pl.col("_prev_clause").str.contains(r"^按?\p{Han}{0,8}(?:计算|测算|口径)$").fill_null(False)
    inherits = inherits | (method & (pl.col("_prev_start") >= sent_start) & (pl.col("subject").is_null()))
    # (a part of those the clause before says something of, 污水处理厂全部执行…标准，其中9座完成…,
    # is a part of them, not of what they do)
    part_of = pl.col("_clause").str.contains(r"^\s*其中").fill_null(False)
    prev_clause = pl.col("_prev_clause")
    prev_clause = pl.when(part_of & prev_clause.str.contains(r"^\p{Han}{2,}?(?:均|全部|已经|已|正在)")).then(
        prev_clause.str.replace(r"^(\p{Han}{2,}?)(?:均|全部|已经|已|正在).*$", "$1")).otherwise(prev_clause)
    prev_clause = pl.when((prev_clause.str.len_chars() >= 2) & ~method).then(prev_clause)
    c = c.with_columns(subject=pl.coalesce("subject", pl.when(~inherits & ~prev_in_clause).then(prev_clause)))
    # …，占GDP比重达到2.86%: the share of the previous mention's subject (研发经费支出占GDP比重).
    joined = pl.col("_share_named") & (pl.col("_prev_start") >= sent_start) & prev_in_clause
    # (past a change that names nothing of its own: 研发投入达2236亿元，同比增长10.5%，占地区生产总值比重6.46%)
    # (where the whole stays a name, not a clause: the share alone would lose what it is of)
    prev_named = shift_in("subject", "letter_id")
    named_before = pl.coalesce(prev_named, pl.when((prev_named.forward_fill().over("letter_id").str.len_chars() + pl.col("subject").str.len_chars()) <= 2 * SUBJECT_MAX)
                               .then(prev_named.forward_fill().over("letter_id")))
    c = c.with_columns(subject=pl.when(joined).then(pl.concat_str(named_before, "subject")).otherwise("subject"))
    # (a generic measure listed after another names that one's measure: 办理租房提取11.65万笔、金额6.93亿元 → 办理租房提取金额)
    c = c.with_columns(subject=pl.when(pl.col("subject").is_null() & pl.col("_generic").is_not_null())
                       .then(pl.concat_str(shift_in("subject", "letter_id"), "_generic")).otherwise("subject")).drop("_generic")
    # A chain (占比38.8% inherits, then 12.6% from it, then a rank from that) takes the subject of
    # the mention that opens it.
    chained = (inherits | prev_in_clause) & pl.col("subject").is_null()
    head = pl.when(~chained | group_start("letter_id")).then(pl.int_range(pl.len())).forward_fill()
    c = c.with_columns(subject=pl.when(chained).then(pl.col("subject").gather(head)).otherwise("subject"))
    subject = pl.coalesce("subject", pl.when(inherits & ~prev_in_clause).then(prev_clause))
    # Keep the head of long phrases: Chinese noun phrases end in their head noun, best
    # whole, after the last verb that governs it (安排|山区海岛县农村公路补助资金).
    # A place inside the whole (18个监测断面中) is not part of it; 高中, 初中 are words.
    c = c.with_columns(subject=subject.str.strip_chars().str.replace(r"(?:手|([^高初集]))中$", "$1"))  # (农户手中 → 农户)
    # (a rank listed after a rank, by its scope alone, ranks the same: 增幅居全省第4位、苏中第1位)
    ranked_on = (pl.col("rank").is_not_null() & shift_in("rank", "letter_id").is_not_null() & (pl.col("_prev_start") >= sent_start)
                 & pl.col("_since").str.contains(r"^、\p{Han}{1,8}$")).fill_null(False)
    for _ in range(2):
        c = c.with_columns(subject=pl.when(ranked_on).then(shift_in("subject", "letter_id")).otherwise("subject"))
    # (people counted by what they are are what the number measures: 惠及12万群众)
    c = c.with_columns(subject=pl.when(pl.col("unit_raw").is_in(U.PEOPLE)).then("unit_raw").otherwise("subject"))
    # (a time limit names what is done within it: 接警后5分钟内电话劝阻, 3个工作日内办结)
    within = _only(pl.col("unit_family") == "duration", pl.col("after")).str.extract(
        r"^内?(?:须|必须|要|应|即)?((?:电话|上门|到达|赶到|出警|办结|完成|答复|反馈|响应|处置|受理|审结|化解|办理|回复|作出|送达|核查|上报|处理|解决|修复|发放|拨付|兑现)[^，,。；;、\d的]{0,6})", 1)
    # (where the words before it say only when it starts: 接警后, 自收到之日起; not what it is for: 一般案件3个工作日内办结)
    c = c.with_columns(subject=pl.when(within.is_not_null() & (pl.col("subject").is_null() | pl.col("subject").str.contains(r"(?:后|之日起|起|于|最快|在)$|^内")))
                       .then(within).otherwise("subject"))
    # The population a list of densities is per opens the list only (每千常住人口执业医师3.05人、注册护士3.38人、
    # 床位6.92张): each item is per it.
    listed = (pl.col("_prev_start") >= sent_start) & pl.col("_since").str.starts_with("、") & ~pl.col("subject").str.starts_with("每")
    for _ in range(3):
        per = _only(listed.fill_null(False), shift_in("subject", "letter_id")).str.extract(r"^(每[十百千万]+(?:常住|户籍|服务)?人口)", 1)
        c = c.with_columns(subject=pl.when(per.is_not_null()).then(pl.concat_str(per, "subject")).otherwise("subject"))
    # 分别 over as many mentions before it in its sentence, its clause naming nothing (高新技术企业612家，
    # 科技型中小企业1954家，分别同比增长11.5%和16.2%): each number measures what its counterpart measures.
    # (a change or a share, not what a rule hands out: 分别给予10万元、30万元 goes by the items before)
    # (and a run of changes against a base without it, as many as the mentions before: 接待游客612.5万人次、
    # 实现旅游收入58.4亿元，同比增长9.8%、12.1%)
    changes = r"(?:增长|下降|增加|减少|提高|提升|上升|降低|削减|压减|缩减|上涨|回落|增|减|占|完成|压缩|缩短|快|慢|恢复到|恢复至|达到|达|为)"
    paired = _only((pl.col("_shares") & pl.col("_own_items").is_null()) | ~pl.col("_run_clause").str.contains("分别", literal=True), pl.col("_run_clause")).str.contains(
        # (after a base too: 较“十三五”末分别提高5.1个和21.3个百分点, 分别比2019年增长)
        r"^\s*(?:同比|环比|(?:比|较)[^，。；]{1,10}?|与[^，。；]{1,8}?相比)?分别(?:同比|环比|(?:比|较)(?:上年|去年|上一年|\d{4}年|[“\"]?十[二三四五]五[”\"]?末)(?:同期)?)?" + changes
        + r"|^\s*(?:同比|环比|(?:比|较)(?:上年|去年|上一年|\d{4}年)(?:同期)?)" + changes).fill_null(False)
    c = c.with_columns(_paired=paired)
    if c.select(pl.col("_paired").any()).item():
        k = pl.len().over("letter_id", "run")
        c = c.with_columns(_src=pl.int_range(pl.len(), dtype=pl.Int64) - k, _paired=pl.col("_paired") & (k >= 2))
        paired = pl.col("_paired") & (pl.col("_src") >= 0)
        src = pl.col("_src").clip(0)
        same = (pl.col("letter_id").gather(src) == pl.col("letter_id")) & (pl.col("sent_start").gather(src) == sent_start)
        c = c.with_columns(subject=pl.when(paired & same & pl.col("subject").gather(src).is_not_null())
                           .then(pl.col("subject").gather(src)).otherwise("subject")).drop("_src")
    c = c.drop("_paired")
    # A grade alone (众创空间21个，其中国家级2个) is that grade of what the mention before counts.
    grade_only = pl.col("subject").str.contains(r"^(?:\p{Han}{1,3}级|[一二三四五]星级)$") & (pl.col("_prev_start") >= sent_start)
    if c.select(grade_only.any()).item():
        for _ in range(4):  # …and of its head once that is graded (其中国家级2个、省级5个、市级9个)
            # (…of the noun, not of the verb that made them: 培育专精特新企业960家，其中国家级68家)
            # (…and without every grade it has: 创建省级星级农贸市场11家，其中五星级2家 → 五星级农贸市场; nor the
            # centre's, where the levels of government pay: 中央补助1.2亿元、省级0.8亿元 → 省级补助)
            head = shift_in("subject", "letter_id").str.replace(
                r"^(?:新|累计|共|成功)?(?:培育|认定|评定|建成|创建|创成|打造|拥有|获评|入选|获批|新增|引进)(\p{Han}{2,})", "$1").str.replace(r"^(?:中央|国家|全国|全省|\p{Han}{0,3}?级(?:以上|以下)?)+", "")
            c = c.with_columns(subject=pl.when(grade_only & (head.str.len_chars() >= 2)).then(pl.col("subject") + head).otherwise("subject"))
    # A place alone after a place and its indicator (城区头盔佩戴率达到95%以上、农村达到80%以上) names
    # that indicator of its own place.
    place_only = pl.col("subject").str.contains(r"^" + PLACE_PART + "$") & (pl.col("_prev_start") >= sent_start)
    if c.select(place_only.any()).item():
        rest = shift_in("subject", "letter_id").str.extract(r"^" + PLACE_PART + r"(\p{Han}{2,})$", 1)
        c = c.with_columns(subject=pl.when(place_only & rest.is_not_null()).then(pl.col("subject") + rest).otherwise("subject"))
    # A time inside the phrase is the period's, not the name's (甬台温高速截至2024年5月底已累计完成投资).
    # (and a full stop an OCR left as a dot ends a sentence: 扩大培养规模.2025年新增技能人才)
    timeless = (
        pl.col("subject")
        # (and the day a price or a rule took effect: 非居民用气价格自7月1日起由…)
        # (with the 自…起 around it: 标准自2021年秋季学期起提高到…)
        .str.replace_all(r"自?\d{4}(?:年(?:秋季|春季|秋|春)学期|学年度?(?:第?[一二12上下]学期)?)(?:起|开始)?|(?:秋季|春季|本|上|下)学期(?:开学)?(?:之?前)?|(?:由|从)?(?:上|本|这)一?学年度?的?|自?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起|开始)|(?:于|在)?(?:今年|本年|去年|上年)(?:\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|以来|上半年|前三季度)|截至(?:目前|今年)|上一?年度|今冬明春|(?:用|在)?(?:\d{1,2}[-~～至到]\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个)?年(?:内|时间)|(?:截至|到|至|在|于|自|从)?(?:\d{4}年[、和及与])*\d{4}年(?:度|\d{1,2}月)?(?:份|底|末)?(?:前后|之?前|以来|起|开始|的?基础上)?(?:已经|已|累计)*", "")
        .str.replace(r"^.*\p{Han}[.．](\p{Han})", "$1")
    )
    # (and a holiday, tested by its names first: one pass of a pattern over every subject costs more)
    timeless = pl.when(timeless.str.contains_any(holidays.WORDS)).then(timeless.str.replace_all(holidays.TEXT, "")).otherwise(timeless)
    c = c.with_columns(_timeless=timeless)
    c = c.with_columns(subject=pl.when(pl.col("_timeless") != pl.col("subject")).then(
        pl.col("_timeless").pipe(_without_lead).pipe(_without_trail)).otherwise("subject"))
    # (an actor before 共 and what it did is the deed's: 各级应急管理部门共检查企业 → 检查企业)
    c = c.with_columns(subject=_replaced(pl.col("subject"), "共", r"^(?:\p{Han}{1,13}?[^公医])?共((?:检查|开展|组织|排查|执法|查处|办理|受理|完成|发放|投入|建成|培训|接待|服务|走访|整改|调解|处置|救助)\p{Han}{1,12})$"))
    # (…and a sum paid out, its object: 市本级共兑现专精特新类奖励资金 → 专精特新类奖励资金)
    c = c.with_columns(subject=_replaced(pl.col("subject"), "共", r"^(?:\p{Han}{1,13}?[^公医])?共(?:兑现|兑付|拨付|下达|安排|减免)(\p{Han}{2,12})$"))
    # (a rule's payee before 给予 and the payment, before a long one is cut: 对首次认定的省级专精特新中小企业给予一次性奖励)
    # (not where what is left is a payer or a rate: 省级财政给予一次性奖励, 每人给予奖励)
    c = c.with_columns(subject=_replaced(pl.col("subject"), ["给予", "予以"], r"^(\p{Han}{2,})(?:给予|予以)(?:一次性)?(?:奖励|补助|补贴|奖补|资助)$",
                                         unless=r"^(?:每|一次性|经)|(?:财政|政府|组织)(?:给予|予以)"))
    subject = pl.col("subject")
    # (a verb before 率 or 量 is part of a noun: 智能角阀安装率, 预警信息发布量)
    # (建成区 is a noun, no verb: 城市建成区海绵城市达标面积比例)
    object_ = (_only(subject.str.len_chars() > SUBJECT_MAX, subject).str.replace_all("建成区", "\x13", literal=True)
               .str.replace(r"^.*(?:" + GOVERNING_VERB + ")([^率量数])", "$1").str.replace_all("\x13", "建成区", literal=True))
    # (an indicator per head of population, or a ratio, is named whole: 每千人口拥有3岁以下婴幼儿托位数,
    # 学前教育经费占财政性教育经费的比例)
    long = (subject.str.len_chars() > SUBJECT_MAX) & pl.col("_first_cell").is_null() & ~(
        subject.str.contains(r"^每[十百千万]\p{Han}{0,3}(?:人口|人|名|户)|(?:的|占\S{1,8})(?:比率|比例|比重|比值|份额)$|占[^的\s]{1,8}$")
        & (subject.str.len_chars() <= 2 * SUBJECT_MAX)
        # (nor does a grade lose its first character: 国家级中小企业公共服务示范平台)
        | subject.str.contains(GRADED) & (subject.str.len_chars() <= SUBJECT_MAX + 2)
        & ~subject.str.contains(GOVERNING_VERB + "|获得")
        # (nor an age group lose its age: 60岁以上老年人流感疫苗接种率, not 岁以上老年人…)
        # (or its range of ages: 16-59周岁就业年龄段残疾人)
        | subject.str.contains(r"^\d{1,3}(?:周?岁(?:及?以上|及?以下)|[-—~至]\d{1,3}周?岁)") & (subject.str.len_chars() <= SUBJECT_MAX + 4)
        # (nor a rate its first words: 跨省异地就医住院费用直接结算率, 养老机构与医疗卫生机构签约合作率)
        # (its own verb, right before 率, is part of its name: 老年医学科设置率)
        | subject.str.contains(r"[^\d]率$") & (subject.str.len_chars() <= SUBJECT_MAX + 3) & ~subject.str.replace(r"\p{Han}{2}率$", "").str.contains(GOVERNING_VERB + "|[，,、的]"))
    # (a grade the verb governs is kept whole too: 累计建成国家级夜间文化和旅游消费集聚区)
    fits = (object_.str.len_chars().is_between(4, SUBJECT_MAX)
            | (object_.str.len_chars() <= SUBJECT_MAX + 2) & object_.str.contains(GRADED)) & ~object_.str.contains(r"^[占比率]")
    # The cut keeps the last SUBJECT_MAX characters, or one fewer where the first of them would be
    # the second half of a word (产教融合型企业…, not 家产教… of 国家产教…): a pair of characters that is
    # a commoner word than the pair after it. (Not one more: a subject stays short, its head at the end.)
    c = c.with_columns(_long=long)
    c = c.with_columns(_tail=_only(pl.col("_long"), subject).str.slice(pl.max_horizontal(subject.str.len_chars().cast(pl.Int64) - SUBJECT_MAX - 1, 0)))
    tail = pl.col("_tail")
    c = c.with_columns(_whole=word_count(tail.str.slice(0, 2)) > word_count(tail.str.slice(1, 2)))
    # (…unless a preposition stands right before that word: the word is kept whole, one character
    # over: 省级将公办园生均公用经费财政拨款标准 → 公办园生均…, not 园生均…)
    c = c.with_columns(_whole=pl.when(pl.col("_whole") & subject.str.contains(r"[将把对向按](?:.{%d})$" % (SUBJECT_MAX + 1)))
                       .then(pl.lit(None, pl.Boolean)).otherwise("_whole"))
    fig = pl.col("_fig").clip(0)  # (the figure a rank 分别 hands out is paired with, below)
    return c.with_columns(
        subject=pl.when(pl.col("_long") & fits).then(object_)
        # (one character over, where the cut would split the word it starts with: 规模化供水工程覆盖农村人口比例,
        # 民营企业重点项目协调新增用地)
        .when(pl.col("_long") & pl.col("_whole") & (subject.str.len_chars() == SUBJECT_MAX + 1))
        .then(_only(pl.col("_long"), subject).str.replace(r"^[^对的在和向从由按为把将]{0,3}(?:将把|[按依参]照|[对的在和向从由按为把将])", ""))
        .when(pl.col("_long"))
        # (a word the cut splits goes up to a preposition or particle just after it:
        # 省级对市县医疗卫生转移支付总额 → 市县医疗卫生转移支付总额, not 级对市县…)
        # (nor does it start inside a number: 10千伏及以下项目平均办理时长 → 千伏及以下…)
        # (nor does it open with the 和 that joined it to what it cut: 车购税和成品油税费… → 成品油税费…)
        .then(pl.when(pl.col("_whole").is_null()).then(tail).when(pl.col("_whole")).then(tail.str.slice(2)).otherwise(tail.str.replace(r"^(?:[0-9A-Za-z.]{2,}|.)", ""))
              # (对 of a word is no preposition: 对象)
              .str.replace(r"^[^对的在和与及向从由按为把将]{0,3}(?:将把|[按依参]照|对([^" + DUI_WORDS + r"])|[的在和向从由按为把将])", "$1").str.replace(r"^[和及与或]", ""))
        .otherwise(subject)
    ).with_columns(
        # (and a cut that left the last character of a word, one that ends words, goes on past it:
        # 生均公用经费… → 公用经费…, not 均公用经费…; 目的地接待人数 → 接待人数)
        subject=pl.when(pl.col("_long") & pl.col("subject").str.contains(r"^[化级均型性地率届]")
                        & (word_count(_only(pl.col("_long"), pl.col("subject")).str.slice(0, 2)) == 0)).then(pl.col("subject").str.slice(1)).otherwise("subject")
    ).drop("_long", "_tail", "_whole").with_columns(
        # (who applies a rate is not what it is for: 县财政按照县道每公里每年1万元 → 县道; each rule tested on
        # the subjects with its words only)
        subject=_replaced(_replaced(pl.col("subject"), "照", r"^\p{Han}{1,8}?(?:按照|依照|参照)(\p{Han}{2,})$"),
                          # (nor when it applies: 验收合格后按工程总投资 → 工程总投资)
                          "后按", r"^\p{Han}{2,8}?后按(\p{Han}{2,})$"),

    ).with_columns(
        # (nor is a comparison whose base a time was: VOCs排放量较2020年削减 → VOCs排放量; nor the base a
        # margin is over: 人均GDP增速比规划目标高出 → 人均GDP增速)
        subject=_replaced(pl.col("subject"), ["较", "比"], r"(\p{Han}[^同环\s])(?:[较比](?:削减|下降|减少|降低|提高|增长|增加|上升)"
                          r"|(?:较|比[^重例率值])[^，。；]{0,8}(?:高出|低出|高于|低于|快于|慢于|多出|回落|放缓|加快|收窄|回升)|[同环]比(?:回落|放缓|加快|收窄|回升)"
                          # (its verb gone with the trail: 增速较一季度[回落])
                          r"|较(?:" + QUARTERS + r"|上季度|上月|年初))$"),
    ).with_columns(
        # (a growth rate left alone is that of what the sentence measured last: 固定资产投资增长5.2%，增速较一季度回落0.9个百分点)
        _rate_of=forward_fill_in(pl.when(~pl.col("subject").is_in(BARE_RATES)).then(pl.int_range(pl.len())), "letter_id"),
    ).with_columns(
        subject=pl.when(pl.col("subject").is_in(BARE_RATES) & (pl.col("sent_start").gather(pl.col("_rate_of").fill_null(0)) == pl.col("sent_start"))
                        & pl.col("_rate_of").is_not_null())
        .then(pl.col("subject").gather(pl.col("_rate_of").fill_null(0)) + pl.col("subject")).otherwise("subject"),
    ).with_columns(
        # (ranks 分别 hands out after as many figures, each told in a clause of its own, one each:
        # 林地面积2496.9万公顷，森林面积2117.3万公顷，…，分别居全国第2位、第2位… → 林地面积, 森林面积)
        _fig=pl.when((pl.col("kind") == "rank") & pl.col("_shares") & (pl.col("_items").list.len().fill_null(0) < pl.col("_run_len")) & (pl.col("_run_len") >= 2))
        .then(pl.int_range(pl.len()) - pl.col("_run_len")),
    ).with_columns(
        _fig=pl.when((pl.col("_fig") >= 0) & (pl.col("kind").gather(fig) != "rank")
                     & (pl.col("letter_id").gather(fig) == pl.col("letter_id"))
                     & (pl.col("sent_start").gather(fig) == pl.col("sent_start"))
                     & ~pl.col("_shares").gather(fig)).then("_fig"),
    ).with_columns(
        subject=pl.when(pl.col("_fig").is_not_null()).then(pl.col("subject").gather(pl.col("_fig").fill_null(0))).otherwise("subject"),
    ).with_columns(
        # (what the counted did, told after their count: 17个县（市）开通农村客运线路1043条 → 农村客运线路)
        # (only where the deed's object ends the subject it had: no bound or particle after it, 最高, 不少于, 的)
        _did=_only((pl.col("_prev_end") >= pl.col("sent_start")) & (shift_in("unit_family", "letter_id") == "count"), pl.col("_since"))
        .str.extract(r"^[^，,。；;、\d]{1,8}(?:" + GOVERNING_VERB + r")了?(\p{Han}{2,12})$", 1).pipe(_without_trail),
    ).with_columns(
        subject=pl.when((pl.col("_did").str.len_chars() >= 2) & pl.col("subject").str.ends_with(pl.col("_did"))).then("_did").otherwise("subject"),
    ).with_columns(
        # (a total after what was added, named by it, counts all of them: 新增注册企业1570家，累计达到6200余家 → 注册企业;
        # 新认定高新技术企业…，总数达到4769家 → 高新技术企业)
        subject=pl.when(pl.col("subject").str.contains(NEWLY) & (pl.col("subject") == shift_in("subject", "letter_id"))
                        & (shift_in("sent_start", "letter_id") == pl.col("sent_start")) & pl.col("clause").str.contains(r"累计|突破|总计|共计|总数|总量")
                        & ~pl.col("clause").str.contains(NEWLY))
        .then(pl.col("subject").str.replace(r"(?:再|累计)?" + NEWLY + r"(?:[和及与、](?:改造提升|改造|提升|改建|扩建|认定|引进))?", "")).otherwise("subject"),
    ).with_columns(
        # (places listed each with its figure name them: 分别为婺城区21个、金东区15个; 其中鹿城区12个项目、瓯海区8个)
        # (not a rank's scope: 居全省第1位、全国城市第6位)
        subject=pl.coalesce(_only(pl.col("kind") != "rank", pl.col("_since")).str.extract(r"^[，,]?\s*(?:分别(?:为|是|有)|其中[，,]?|、)\s*(\p{Han}{1,5}?(?:区|县|市|镇|乡|街道))$", 1), "subject"),
    ).with_columns(
        # (a rate named right after its figure: 减按1%征收率, 适用9%的税率 → 征收率, 税率)
        subject=pl.coalesce(_only(pl.col("unit_family") == "percent", pl.col("after")).str.extract(r"^的?((?:优惠|法定|基准)?(?:征收率|预征率|扣除率|退税率|税率|利率|费率))", 1), "subject"),
    ).with_columns(
        # (nor a grade a rule's list opens with: 培训补贴按初级800元、中级1200元 → 培训补贴)
        subject=_replaced(pl.col("subject"), "级", r"(\p{Han}{2})按[初中高特一二三四五]级$"),
    ).with_columns(
        # (whom a rule pays is named after 给予: 对查实的违规行为给予举报人最高5000元奖励 → 举报人; not the payment)
        subject=_replaced(pl.col("subject"), "给予", r"^\p{Han}{2,}给予(\p{Han}{2,6})$", unless=r"给予\p{Han}{0,4}(?:奖励|补助|补贴|资助|奖补|奖金|津贴|补偿|贴息)$"),
    ).with_columns(
        # (a rule's amount names whom it pays: 对首次上规的工业企业每家奖励10万元)
        subject=pl.when(pl.col("kind") == "policy").then(pl.col("subject").str.replace(
            r"^(.*(?:企业|单位|主体|机构|人员|人才|家庭|农户|项目|学校|医院|园区|平台|基地|团队|合作社))(?:每\p{Han}{1,2})?"
            r"(?:再|另|均)?(?:给予)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)$", "$1")).otherwise("subject")
    ).with_columns(
        # …and whom it names first, where it then pays per unit (对新建的城市书房，每家给予20万元一次性建设补助;
        # 对民营剧团按每场6000元标准给予补助): the payee, not the payment's name
        _payee=_only((pl.col("kind") == "policy") & pl.col("before").str.contains("对", literal=True), pl.col("before")).str.extract(
            # (not 对象, 对外: words)
            r"对(?:[^，。；]{0,16}的)?([^，。；的对每\d" + DUI_WORDS + r"][^，。；的对每\d]{1,11}?)[，,]?(?:给予|按照|按)?(?:每[家个所场户人项座处名次条艘台辆架套批件]|按每)[^，。；]{0,10}$", 1),
        # …or whom a condition names, the payment in a clause of its own (对新创成国家5A级景区的，一次性奖励1000万元;
        # 对…超过1万人次的旅行社，给予最高20万元奖励): it, not the condition's measure
        _named=_only((pl.col("kind") == "policy") & pl.col("before").str.contains("对", literal=True), pl.col("before")).str.extract(
            r"对(?:[^。；]{0,30}的)?((?:[^，。；的对每\d给予" + DUI_WORDS + r"]|给[^予]|予[^以])[^，。；的对每]{1,13}?)的?[，,](?:每[家个件项所户人])?(?:给予|予以)?(?:最高|一次性|不超过)*(?:奖励|补助|补贴|奖补|资助)?$", 1),
    ).with_columns(
        # (a bare 企业 or 单位 says less than the payment's own name: 对招用毕业生的企业，按每人1500元标准发放一次性扩岗补助)
        _payee=pl.when(~pl.col("_payee").is_in(GENERIC_PAYEES)).then("_payee"),
    ).with_columns(subject=pl.when(pl.col("_payee").is_not_null() & (pl.col("subject").is_null() | pl.col("subject").str.contains(
        r"^(?:一次性|每\p{Han}{1,2})?\p{Han}{0,4}(?:补助|补贴|奖励|扶持|奖补|资助)$|^每"))).then("_payee")
        # (the condition's named payee, where the subject is a bare payment's name or the condition's measure)
        .when(pl.col("_named").is_not_null() & ~pl.col("_named").is_in(GENERIC_PAYEES)
              # (a class by its bound names no one: 对单户500万元以上的)
              & ~pl.col("_named").str.contains(r"\d[\d.]*[万亿千百]?(?:元|%|以上|以下|及以)").fill_null(False)
              & (pl.col("subject").is_null() | pl.col("subject").str.contains(r"^(?:一次性)?\p{Han}{0,4}(?:补助|补贴|奖励|扶持|奖补|资助)$")
                 | (pl.col("subject") == shift_in("subject", "letter_id")).fill_null(False))).then("_named")
        .otherwise("subject")
    ).with_columns(
        # (a daily or monthly average keeps its word, the indicator it averages from the clause before:
        # 清运量达218.6万吨，日均约5990吨 → 日均生活垃圾清运量)
        subject=pl.when(pl.col("subject").is_not_null()).then(pl.concat_str(
            pl.col("clause").str.extract(r"^\s*(日均|月均|年均|周均)约?$", 1).fill_null(""), "subject"))
    ).with_columns(subject=pl.coalesce(_totalled(pl.col("_since"), pl.col("_prev_start") >= pl.col("sent_start")), "subject")
    ).with_columns(subject=pl.col("subject").str.replace(r"^其中[：:，,]", "")
                   # (nor the trend of the clause before: 来访总量连续4年下降，2024年为5126批次 → 来访总量)
                   .str.replace(r"(\p{Han}{2})(?:连续[一二三四五六七八九十两\d]{1,2}年|逐年|持续)(?:下降|上升|增长|减少|提高|增加|回落|攀升)$", "$1")
                   # (nor the 前 of a deadline the period left behind: 2025年三季度前建成分馆5个)
                   .str.replace(r"^之?前(建成|完成|实现|开工|竣工|投用|投运|启用|开放|上线|新增|新建|改造|出台)", "$1")
                   # (a cut that left half a bracket, or a bracket alone, at the start: 街道）实行…)
                   .str.replace(r"^(?:[^（()）]*[）)]|[（(][^（()）]*[）)]|[^《》]*》)", "")
                   # (the bound after a bound is no name: 五万元以上十万元以下的罚款 fines)
                   .str.replace(r"^(?:[\d.]+|[零〇一二两三四五六七八九十百千]+)[万亿]?元(?:以上|以下|以内)?的?", "")
                   # (a footnote's mark names nothing: 燃煤机组全覆盖②)
                   .str.replace_all(r"[\u2460-\u2473\u2776-\u277f]", "")
                   # (nor what is left of a comparison's base, its time gone: 与2022年相比增长5%, 与2020年末的3410户相比)
                   .str.replace(r"^与?相比$", "")
                   # (nor the step a score or a fine is per: 每逾期1个月扣0.5分)
                   .str.replace(r"中?每\p{Han}{0,4}[\d.]+\p{Han}{1,4}?[扣罚加减](?:款|分|价|收)?$", "")
                   # (nor the places a rank is among, its number cut: 个设区市国资监管企业综合考核中 → 国资监管企业综合考核)
                   .str.replace(PEERS_AMONG + r"(\p{Han}{2,}?)中?$", "$1")
                   .str.strip_chars("、，,；;：: ")).with_columns(
        # (the base of a multiple or a share after 为 is no part of its name: 资源密度为对照区的3.2倍)
        subject=pl.when(pl.col("before").str.ends_with("的") & pl.col("unit").is_in(["倍", "%"]))
        .then(pl.col("subject").str.replace(r"^([^，。；为是]{2,}?)(?:一般|通常|原则上|大约|约|仅|只)?[为是][^，。；\d为是]{1,10}$", "$1")).otherwise("subject")).with_columns(
        # (a preposition or particle left alone names nothing: 分三批对41座…)
        subject=pl.when((pl.col("subject").str.len_chars() > 0) & ~pl.col("subject").is_in(list("对在为将把由从和与及的向按但且或"))).then("subject")).with_columns(
        # (a count of places before a rate names the places, not the rate: 全市128个乡镇（街道）应急物资储备点标准化达标率达92.2%)
        subject=pl.coalesce(_only((pl.col("unit_family") == "count") & pl.col("subject").str.ends_with("率").fill_null(False), pl.col("after")).str.extract(
            r"^((?:乡镇|街道|镇街|行政村|社区)(?:[（(][^（()）]{1,8}[）)])?|[县市区镇乡村][（(][^（()）]{1,8}[）)])\p{Han}{2,}率", 1), "subject")).with_columns(
        # (a payer, or how it pays, names no payee: 对首次认定的高新技术企业，省级财政给予30万元奖励 → 高新技术企业;
        # payers that share a cost are each its subject: 由中央、省、市县财政分别承担35%、25%、20%)
        subject=pl.coalesce(_only(_tested(pl.col("subject").str.contains("财政|一次性|支持").fill_null(False), pl.col("subject"),
                                          r"^(?:\p{Han}{0,6}财政(?:给予|予以)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)?|一次性|支持)$")
                                  & ~pl.col("clause").str.contains("承担|分担"),
                                  pl.col("_two")).str.extract(r"^\s*对(?:[^，,；;]*的)?([^，,；;的]{2,20})[，,]", 1), "subject")).with_columns(
        # (those a share is of, named in its own clause, are its subject, not the last clause's: 其中35周岁以下的占41%，
        # 初中及以下文化程度的约占六成 → 初中及以下文化程度)
        subject=pl.coalesce(_only(_tested(pl.col("unit_family") == "percent", pl.col("clause"), "的.*占")
                                  & ~_only(pl.col("unit_family") == "percent", pl.col("clause")).str.contains(pl.col("subject").fill_null("\x00"), literal=True).fill_null(True), pl.col("clause")).str.extract(
            r"^\s*(?:其中[，,]?)?([^，,；;。\d的]{2,16})的(?:约|近|仅|只)?占(?:比)?(?:达到?|为|约为?|超过|不到|不足)?(?:约|近)?$", 1), "subject")).drop(cs.starts_with("_"), "clause")


def _totalled(since: pl.Expr, after_one: pl.Expr) -> pl.Expr:
    """What a total in a clause of its own counts (…组建了防汛抢险队伍，共计35支): the object of the
    clause before, after its verb; of a list there, what its last two items share (落实政府责任人、技术
    责任人和巡查责任人，共计201人 → 责任人). Null elsewhere."""
    tail = _only(after_one.fill_null(False) & since.str.contains(r"[，,]\s*(?:共计|合计|总计)$").fill_null(False), since).str.extract(
        r"^[^，,。；;]*?(?:" + GOVERNING_VERB + r")了?([^，,。；;\d]{2,30})[，,]\s*(?:共计|合计|总计)$", 1)
    last, before = tail.str.extract(r"(?:[、和及与])([^、和及与]{2,})$", 1), tail.str.extract(r"([^、和及与]{2,})[、和及与][^、和及与]{2,}$", 1)
    shared = pl.coalesce(*[pl.when(last.str.slice(-k) == before.str.slice(-k)).then(last.str.slice(-k)) for k in range(8, 1, -1)])
    return pl.when(last.is_null()).then(tail).otherwise(shared)


@functools.cache
def _word_pairs() -> tuple[pl.Series, pl.Series]:
    """Two-character words and their counts in a large corpus (word_pairs.tsv.gz, from jieba's
    dictionary: tools/build_word_pairs.py)."""
    rows = gzip.decompress(Path(__file__).with_name("word_pairs.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    words, counts = zip(*(row.split("\t") for row in rows))
    return pl.Series(words, dtype=pl.String), pl.Series([int(n) for n in counts], dtype=pl.Int64)


def word_count(pair: pl.Expr) -> pl.Expr:
    """How common the two characters `pair` are as a word (0: not one)."""
    words, counts = _word_pairs()
    return pair.replace_strict(words, counts, default=0, return_dtype=pl.Int64)


def _listed(clause: pl.Expr) -> pl.Expr:
    """The items a clause lists, as one string: after its last 的, without a leading 对 (a
    preposition, unlike 对外) or SUBJECT_LEAD."""
    # (a 的 closing the clause makes it those who did it, listed whole: 对主导制定国家标准、行业标准的)
    # (grades listed before the noun they grade are its items: 对获评五星级、四星级的饭店 → 五星级、四星级饭店)
    # (quarters listed are the times 分别 pairs, no items: 一季度、上半年、前三季度地区生产总值分别增长…)
    return (_bare(clause).str.replace(r"^(?:全市|全省|全县|全区|我市|我省)?" + QUARTER_LIST, "").str.replace(r"的$", "").str.replace(r"(、[^、，。；的]{0,4}[级类档星])的(\p{Han}{2,8})$", "$1$2")
            .str.replace(r"^.*的", "").str.replace(r"^对([^外])", "$1")
            # (who pays a share, after what is paid: 财政补助部分由中央、省、市、县分别承担 → 中央、省、市、县)
            .str.replace(r"^[^、]*[^自理经缘、][由从]([^、]{1,4}、)", "$1").str.replace(r"^(?:新|首次)?(?:获评|被评为|评为|评定为|认定为|被认定为)(\p{Han})", "$1")
            # (places listed and then counted: 绵阳、德阳、宜宾三市 → 绵阳、德阳、宜宾)
            .str.replace(r"(、\p{Han}{1,6}?)[两二三四五六七八九十]{1,2}个?[市区县州盟镇乡省国]$", "$1")
            .pipe(_without_lead))


# Words 对 begins that are no preposition (对外, 对象, 对接…).
DUI_WORDS = "外象应口接标比话照策手虾"
# Words that begin with a word of SUBJECT_LEAD and keep it (共享, 共建 are not 共 before a noun,
# 按时 is not 按, 把关 not 把, 目标人群 not 目标, 有机 not 有, 完成率 is what is measured, 对外 and 当地 are no prepositions), marked while it
# is stripped: literal words, found in one pass (a pattern with groups would take the slow engine).
_KEEP_WORDS = ["共享", "共同", "共济", "共富", "共性", "共用", "共治", "共建", "按时", "按期", "按需", "按日", "按址", "完成率", "实现率",
               *("对" + c for c in DUI_WORDS), *("当" + c for c in "地前日天期家场事代选"), "把关", "把握", "把脉", "目标人群", "目标人口", "已投",
               *("有" + c for c in "机色害毒线轨")]
# (a word's first character becomes its marker; 完成率 and 实现率 get one put before them)
_MARKERS = {"共": "\x02", "按": "\x06", "对": "\x0e", "当": "\x0f", "把": "\x10", "目": "\x11", "已": "\x12", "有": "\x13"}
_MARKED = [_MARKERS[w[0]] + w[1:] if w[0] in _MARKERS else "\x07" + w for w in _KEEP_WORDS]
# (but 共建设, 共建成, 共建立 are 共 before a verb)
_NOT_KEPT = ["共建设", "共建成", "共建立"]
_NOT_KEPT_MARKED = [_MARKERS["共"] + w[1:] for w in _NOT_KEPT]


def _without_lead(phrase: pl.Expr) -> pl.Expr:
    """`phrase` without SUBJECT_LEAD; words that begin with one of its words keep it
    (_KEEP_WORDS)."""
    return (phrase.str.replace_many(_KEEP_WORDS, _MARKED).str.replace_many(_NOT_KEPT_MARKED, _NOT_KEPT).str.replace(SUBJECT_LEAD, "")
            .str.replace_many([*_MARKERS.values(), "\x07"], [*_MARKERS, ""]))


# The base a rule computes on after its 按 (not 按揭, 按时, 按月…).
_BASE = r"[\p{Han}&&[^揭时期需日月年季摩键钮照每]]\p{Han}{1,9}"


def _without_trail(phrase: pl.Expr) -> pl.Expr:
    """`phrase` without SUBJECT_TRAIL; nouns that end in one of its words keep it (行为, 雷达,
    马达, 许可, 商超, 民居, 散居, 审计, 统计, 起降, 预降, 返还, 合并; 平均 and 人均 are not 均; a quarter compared with is read
    where the rate is named, 增速较一季度)."""
    # (marked rather than tested: a test would evaluate `phrase`, often a long chain, twice more)
    # (人均 anywhere, so a verb after it goes and it stays: 基础养老金月人均达到 → 基础养老金月人均; 审计 too: 专项审计不少于;
    # and 行为 and 健将 before a word that goes: 违法行为同比 → 违法行为, not 违法行)
    # (and a payment per item or its longest after a name, where a name is left: 市级示范小区每个奖励, 博士研究生最多资助)
    return phrase.str.replace(r"([雷马]达|平均|[许认]可|[商彩B]超|[民故旧新宜安家散独定聚邻寡移]居|[起升预]降|[返偿归退]还|(?:[节制预履公]|规民)约|[归合兼吞]并)$", "$1\x03").str.replace_all(
        r"([人户亩村社场校店企]均|[审统会设估]计|行为|健将)", "$1\x03").str.replace(
        # (and a share of a whole after its name: 普惠性托位约占总托位)
        r"^([\p{Han}\x03]{2,}?)(?:仅|约|只|仍)占[\p{Han}\x03]{1,10}$", "$1").str.replace(
        r"^([\p{Han}&&[^每单]]\p{Han}+[\p{Han}&&[^后时前中]])(?:(?:最长|最多|最高)可?|每\p{Han}{1,2}(?:给予)?(?:一次性)?)(?:补助|补贴|资助|支持|扶持|享受|发放|领取|奖励|奖补)$", "$1").str.replace(
        r"(较(?:第?[一二三四]季度|上半年|下半年|前三季度))", "$1\x03").str.replace(SUBJECT_TRAIL, "").str.replace_all("\x03", "", literal=True).str.replace(
        # (and the base of a comparison or the start of a change after it: 参与商户月均营业额较发放前, 作业区降水量较对比区,
        # 冠脉支架由均价, 参与活动商户由第一轮)
        r"^(\p{Han}{2,}?)(?:较(?:\p{Han}{1,4}[前后]|对[比照]\p{Han}{0,2})|由(?:原来的?|原|过去的?)?(?:均价|平均价?|第[一二三四五六七八九十\d]{1,2}[轮批期次季]|[\d.]+个?[年月天日]))$", "$1").str.replace(
        # (a rule's base after its name: a measure keeps its name, 房票面额按补偿金额 → 房票面额; whom it pays or who
        # pays gives way to the base, as 按其投资金额 is 投资金额: 财政按贷款合同利率 → 贷款合同利率)
        r"^(\p{Han}{1,}?(?:标准|费|额|额度|比例|利率|费率|线|价|价格|金|补助|补贴|奖励|资助|贴息))按" + _BASE + "$", "$1").str.replace(
        r"^\p{Han}{2,}?按其?(" + _BASE + ")$", "$1")


# Suffixes of a grade that modifies a shared noun: 国家级、省级孵化器; 金宿级、银宿级民宿.
GRADE_SUFFIX = "级类型档星"


def _item_with_head(items: pl.Expr, pos: pl.Expr) -> pl.Expr:
    """Item `pos` of an enumeration; a grade alone (国家级) takes the noun the last item
    ends in (省级孵化器 → 国家级孵化器), and short items the noun the last goes on with
    (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入; 第一、二、三产业增加值 →
    第一产业增加值, 第二产业增加值, 第三产业增加值)."""
    item = items.list.get(pos, null_on_oob=True)
    last = items.list.last()
    # (a bound is the last item's own, not what the items share: 三级、二级、一级及以下医疗机构 → 三级医疗机构)
    its_bound = r"^[及或]?以[上下]"
    head = last.str.extract(f"[{GRADE_SUFFIX}]([^{GRADE_SUFFIX}]+)$", 1).str.replace(its_bound, "")
    before_last = pos < items.list.len() - 1
    bare = item.str.contains(f"[{GRADE_SUFFIX}]$") & before_last
    # (the items before the last of at most three characters, as long as the one before the last)
    n = items.list.get(-2, null_on_oob=True).str.len_chars()
    # (what they share is a noun of three characters or more, not a number: 高级工、技师、高级技师 share nothing;
    # nor where it would repeat the item before the last: 技师、高级技师职业技能等级证书, not 技师技师…)
    shared = last.str.slice(n)
    short = (items.list.len() >= 2) & (items.list.head(items.list.len() - 1).list.eval(pl.element().str.len_chars()).list.max() <= 3) \
        & (shared.str.len_chars() >= 3) & ~last.str.contains(r"\d|在|[两二三四五六七八九十][家个所项]") & ~items.list.get(-2, null_on_oob=True).str.contains(f"[{GRADE_SUFFIX}]$") \
        & ~shared.str.starts_with(items.list.get(-2, null_on_oob=True)).fill_null(False)
    ordinal = items.list.first().str.starts_with("第") & ~item.str.starts_with("第")
    item = pl.when(short & ordinal).then("第" + item).otherwise(item)
    # (a bare grade after a first item that names what is graded before its grade: 护理补贴一级、二级 → 护理补贴二级)
    lead = items.list.first().str.extract(r"^(\p{Han}{2,}?)[一二三四五六七八九十]{1,2}级$", 1)
    item = pl.when((pos > 0) & item.str.contains(r"^[一二三四五六七八九十]{1,2}级$") & lead.is_not_null()).then(lead + item).otherwise(item)
    shared = shared.str.replace(its_bound, "")
    # (an item that ends in a place, before a last that opens with one, takes what the last names of it:
    # 流域内城市和县城污水处理率 → 流域内城市污水处理率)
    of_place = last.str.extract(r"^" + PLACE_PART + r"(\p{Han}{2,})$", 1)
    item = pl.when(before_last & ~short & item.str.contains(PLACE_PART + r"$") & of_place.is_not_null()).then(item + of_place).otherwise(item)
    # (items of two to six characters before a last that ends in a share or a rate take that word, the
    # noun they share being longer than the positions tell: 返乡青年和农村妇女占比 → 返乡青年占比;
    # 果蔬、肉类、水产品冷链流通率 → 果蔬流通率)
    shares = "占比|比重|比例|增速|增幅|满意度"
    measure = last.str.extract(r"(?:" + shares + r"|[^、率比]{2}率)$", 0)
    measured = (before_last & ~short & measure.is_not_null() & item.str.contains(r"^\p{Han}{2,6}$")
                & ~item.str.contains(r"(?:率|" + shares + r")$"))
    return (pl.when(bare & head.is_not_null()).then(item + head)
            .when(short & before_last & ~item.str.ends_with(shared)).then(item + shared)
            .when(measured).then(item + measure).otherwise(item))


def _sections(c: pl.DataFrame, heads: pl.DataFrame) -> pl.DataFrame:
    h = heads.select("letter_id", h_start="char_start", h_end="char_end", section_path="path",
                     suggestion_no="suggestion_no").sort("letter_id", "h_start")
    j = c.join_asof(h, left_on="start", right_on="h_start", by="letter_id", strategy="backward", check_sortedness=False)
    within = pl.col("start") < pl.col("h_end")
    return j.with_columns(
        section_path=pl.when(within).then("section_path").otherwise(pl.col("section_path").str.replace(r"/?[^/]*$", "")),
    ).drop("h_start", "h_end")
