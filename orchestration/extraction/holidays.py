"""The public holidays a letter's figures are counted over (今年国庆假期，全市接待游客612.5万人次).

A holiday's figure describes the days off, not the year: culture and tourism, transport and
commerce bureaus report them as a matter of course. The days off are set each year by the
State Council's notice (国务院办公厅关于…部分节假日安排的通知), and the lunar holidays move, so
they come from this table; a year it does not hold gets the holiday's usual dates where they are
fixed (国庆, 劳动节, 元旦) and its month otherwise, never the whole year. metrics.py gives a
figure the months the days fall in (2024年春节期间 → February 2024; 2025年春节期间, 28 January to
4 February → January and February 2025): the warehouse's periods are whole months or points in
time, as the contract's are.
"""

import datetime as dt

import polars as pl

# The names a holiday goes by, to the key of the table below. 中秋 and 国庆 joined (双节) are one
# break in the years they fall together, else both. (五一 and 十一 only as a holiday: not the
# 五一劳动奖章, nor the 十一五 plan.)
NAMES = {
    "春节": "spring", "新春": "spring", "五一": "labour", "劳动节": "labour", "国庆": "national", "十一": "national",
    "中秋": "midautumn", "端午": "dragon", "清明": "qingming", "元旦": "newyear",
    "中秋国庆": "double", "国庆中秋": "double", "双节": "double", "暑期": "summer", "暑假": "summer",
    # (and the new year's and spring festival's days named together: 2023年元旦春节期间)
    "元旦春节": "winter", "元旦、春节": "winter", "元旦和春节": "winter",
    # days marked by visits and events rather than a break (“八一”前后走访慰问…, 重阳节期间)
    "八一": "army", "七一": "party", "重阳": "chongyang",
}
_NAME = (r"(?:中秋国庆|国庆中秋|元旦、?和?春节|春节|新春|劳动节|国庆|中秋|端午|清明|元旦|重阳|暑期|暑假|双节|[“\"「](?:五一|十一|八一|七一)[”\"」]"
         r"|(?:五一|十一)(?:假期|期间|黄金周|长假|小长假)|(?:八一|七一)(?:前后|期间|建军节|建党节))")
_AFTER = r"[”\"」]?(?:节|假期|期间|前后|黄金周|长假|小长假|节日期间|双节|建军节|建党节)*"
# The phrases, as period parts of metrics.PERIOD_PARTS: with a year (2024年国庆假期), or with a
# year told by a word or by the letter's date (今年春节期间, 国庆假期).
# A name that opens a list closed by 等 (在清明、冬至等重点时段), or by how many it names (分春节、“五一”、
# 暑期、国庆4个档期发放), names days across the year: no period.
_ITEM = r"[、和及与][“\"「]?\p{Han}{1,4}?[”\"」]?"
_LIST = r"(?:" + _ITEM + r")*等|(?:" + _ITEM + r")+[两二三四五六七八九十\d]{1,2}个"
DATED = r"(?P<holy_y>\d{4})年(?P<holy>" + _NAME + ")" + _AFTER + "(?P<holy_list>" + _LIST + ")?"
WORDED = r"(?P<hol_rel>今年|本年|去年|上年|明年)?(?P<hol>" + _NAME + ")" + _AFTER + "(?P<hol_list>" + _LIST + ")?"
# …as text a subject leaves out (五一假期接待游客 → 接待游客); but the summer names a programme as
# often as a time (暑期托管覆盖学校200所), and stays.
TEXT = r"(?:今年|本年|去年|上年|明年|\d{4}年)?" + _NAME.replace("暑期|暑假|", "") + _AFTER
# The names TEXT strips, as literal words, for a cheap test before the pattern runs.
WORDS = [name for name, key in NAMES.items() if key != "summer"]
# (a name as matched may carry its quotes or its suffix, “五一”, 八一前后: its key is the name in it)
_KEY_NAME = "(" + "|".join(sorted(NAMES, key=len, reverse=True)) + ")"

# (year, holiday) → first and last day off, from the State Council's notices.
DAYS_OFF = {
    2019: {"newyear": ("2018-12-30", "2019-01-01"), "spring": ("2019-02-04", "2019-02-10"), "qingming": ("2019-04-05", "2019-04-07"),
           "labour": ("2019-05-01", "2019-05-04"), "dragon": ("2019-06-07", "2019-06-09"), "midautumn": ("2019-09-13", "2019-09-15"),
           "national": ("2019-10-01", "2019-10-07")},
    2020: {"newyear": ("2020-01-01", "2020-01-01"), "spring": ("2020-01-24", "2020-02-02"), "qingming": ("2020-04-04", "2020-04-06"),
           "labour": ("2020-05-01", "2020-05-05"), "dragon": ("2020-06-25", "2020-06-27"), "midautumn": ("2020-10-01", "2020-10-08"),
           "national": ("2020-10-01", "2020-10-08")},
    2021: {"newyear": ("2021-01-01", "2021-01-03"), "spring": ("2021-02-11", "2021-02-17"), "qingming": ("2021-04-03", "2021-04-05"),
           "labour": ("2021-05-01", "2021-05-05"), "dragon": ("2021-06-12", "2021-06-14"), "midautumn": ("2021-09-19", "2021-09-21"),
           "national": ("2021-10-01", "2021-10-07")},
    2022: {"newyear": ("2022-01-01", "2022-01-03"), "spring": ("2022-01-31", "2022-02-06"), "qingming": ("2022-04-03", "2022-04-05"),
           "labour": ("2022-04-30", "2022-05-04"), "dragon": ("2022-06-03", "2022-06-05"), "midautumn": ("2022-09-10", "2022-09-12"),
           "national": ("2022-10-01", "2022-10-07")},
    2023: {"newyear": ("2022-12-31", "2023-01-02"), "spring": ("2023-01-21", "2023-01-27"), "qingming": ("2023-04-05", "2023-04-05"),
           "labour": ("2023-04-29", "2023-05-03"), "dragon": ("2023-06-22", "2023-06-24"), "midautumn": ("2023-09-29", "2023-10-06"),
           "national": ("2023-09-29", "2023-10-06")},
    2024: {"newyear": ("2023-12-30", "2024-01-01"), "spring": ("2024-02-10", "2024-02-17"), "qingming": ("2024-04-04", "2024-04-06"),
           "labour": ("2024-05-01", "2024-05-05"), "dragon": ("2024-06-08", "2024-06-10"), "midautumn": ("2024-09-15", "2024-09-17"),
           "national": ("2024-10-01", "2024-10-07")},
    2025: {"newyear": ("2025-01-01", "2025-01-01"), "spring": ("2025-01-28", "2025-02-04"), "qingming": ("2025-04-04", "2025-04-06"),
           "labour": ("2025-05-01", "2025-05-05"), "dragon": ("2025-05-31", "2025-06-02"), "midautumn": ("2025-10-01", "2025-10-08"),
           "national": ("2025-10-01", "2025-10-08")},
    2026: {"newyear": ("2026-01-01", "2026-01-03"), "spring": ("2026-02-15", "2026-02-23"), "qingming": ("2026-04-04", "2026-04-06"),
           "labour": ("2026-05-01", "2026-05-05"), "dragon": ("2026-06-19", "2026-06-21"), "midautumn": ("2026-09-25", "2026-09-27"),
           "national": ("2026-10-01", "2026-10-07")},
}
# A year the table does not hold: the fixed holidays' usual days, the lunar ones' likeliest month.
USUAL = {"newyear": ("01-01", "01-03"), "labour": ("05-01", "05-05"), "national": ("10-01", "10-07"),
         "army": ("08-01", "08-01"), "party": ("07-01", "07-01"), "chongyang": ("10-01", "10-31"),
         "spring": ("01-01", "02-28"), "qingming": ("04-01", "04-30"), "dragon": ("05-01", "06-30"), "midautumn": ("09-01", "10-31")}
# The summer holidays (暑期, 暑假) run through July and August.
SUMMER = ("07-01", "08-31")

def _span(year: int, key: str) -> tuple[str, str]:
    if key == "summer":
        return (f"{year}-{SUMMER[0]}", f"{year}-{SUMMER[1]}")
    if key in ("double", "winter"):
        spans = [_span(year, k) for k in (("midautumn", "national") if key == "double" else ("newyear", "spring"))]
        return (min(s for s, _ in spans), max(e for _, e in spans))
    known = DAYS_OFF.get(year, {}).get(key)
    return known or (f"{year}-{USUAL[key][0]}", f"{year}-{USUAL[key][1]}")


# Every (year, name) a letter may name, as "YYYY name" → (start, end); built once, looked up
# with replace_strict (years 2000–2039 cover any letter the warehouse takes).
_SPANS = {f"{y}{n}": _span(y, k) for y in range(2000, 2040) for n, k in NAMES.items()}
_STARTS = {k: dt.date.fromisoformat(v[0]) for k, v in _SPANS.items()}
_ENDS = {k: dt.date.fromisoformat(v[1]) for k, v in _SPANS.items()}


def days_off(year: pl.Expr, name: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The first and last day of the holiday `name` (a match of the group `hol` or `holy`) in `year`."""
    key = year.cast(pl.String) + name.str.extract(_KEY_NAME, 1)
    return (key.replace_strict(_STARTS, default=None, return_dtype=pl.Date),
            key.replace_strict(_ENDS, default=None, return_dtype=pl.Date))
