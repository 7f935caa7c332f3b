"""Regular expressions for the furniture, headings and footnote forms of the genre."""

from __future__ import annotations

import re

from ..timex_patterns import ABSOLUTE, CN_YEAR, to_int

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CIRCLED_VALUE = {ch: i + 1 for i, ch in enumerate(CIRCLED)}

# Inline footnote markers, in every style the genre uses. Group `n` holds the label.
INLINE_MARKER = re.compile(
    r"<sup>\s*\\?\[?(?P<n1>\d{1,3}|\\?\*)\]?\s*</sup>"  # <sup>[1]</sup>, <sup>\*</sup>
    r"|\^\[(?P<n2>\d{1,3})\]"  # ^[1]
    r"|\^\{(?P<n3>\d{1,3}|\\?\*)\}"  # ^{1}, ^{*}
    r"|\[\^(?P<n4>\d{1,3})\](?!:)"  # [^1] (Markdown footnote reference)
    r"|(?P<n5>[" + CIRCLED + r"])"  # ① (circled digits)
)


def marker_label(m: re.Match[str]) -> str:
    for g in ("n1", "n2", "n3", "n4"):
        v = m.group(g)
        if v is not None:
            return "*" if v.endswith("*") else str(int(v))
    return str(CIRCLED_VALUE[m.group("n5")])


# A trailing escaped asterisk anchoring a funding note on a title: "…转型\*"
TITLE_STAR = re.compile(r"\\\*\s*$")

# Footnote bodies that start a line.
BRACKET_BODY = re.compile(r"^\s*(?:\[\^?(?P<n>\d{1,3})\]:?|\^\[(?P<n2>\d{1,3})\])\s*(?=\S)")
STAR_BODY = re.compile(r"^\s*(?:<sup>\s*\\?\*\s*</sup>|\\\*|\^\{\\?\*\}|\*(?=\s*\S)(?!\*))\s*(?=\S)")
CIRCLED_START = re.compile(r"^\s*(?P<c>[" + CIRCLED + r"])\s*(?P<rest>.*)$")
MARKER_ONLY = re.compile(r"^\s*[" + CIRCLED + r"]+\s*$")

# Lines that are page furniture.
# a journal's running head: its page number (·46·, 46) with the journal's name and issue
# (·46·　俄罗斯东欧中亚研究　2024年第6期; 国际问题研究　2024年第3期　46), on a line of its own
JOURNAL_HEAD = re.compile(
    r"^\s*(?:[·•]\s*\d{1,4}\s*[·•]|\d{1,4}(?=[\s　]))?[\s　]*[^\s　。，；：、]{2,20}[\s　]+(?:19|20)\d{2}\s*年\s*第\s*\d{1,2}\s*期"
    r"[\s　]*(?:[·•]\s*\d{1,4}\s*[·•]|\d{1,4})?\s*$")
# a journal's first-page running head: its name and issue, then, after wide spacing, the article's
# title (a journal name　2025年第3期　　　an article title), with no page number
JOURNAL_HEAD_TITLED = re.compile(
    r"^\s*[^\s　。，；：、]{2,20}[\s　]+(?:19|20)\d{2}\s*年\s*第\s*\d{1,2}\s*期(?:[\s　]{2,}|　)[^。！？；\s　][^。！？；]{1,39}$")
# a page number alone: 46, — 46 —, or set between middle dots as journals print it (·46·)
PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$|^\s*[·•]\s*\d{1,4}\s*[·•]\s*$")
ARTIFACT = re.compile(r"^\s*\t\s*\S?\s*$|^\s*[\f\x0c]\s*$")
# a separator: ---, ***, ___, or the footnote rule a PDF text layer gives as a row of box-drawing or em
# dashes (────, ————)
RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|[─━—―]{4,})\s*$")

# Web page chrome copied with a news story (lead18): the heading of a list of links to other stories
# (相关新闻, 延伸阅读, 往期推荐…), whose items are headlines with their own dates and no sentence of the
# story; a breadcrumb (首页 > 国际 > 亚太); share, follow and copyright lines.
RELATED_LINKS_HEAD = re.compile(
    r"^\s*[【\[]?\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关报道|相關報導|相關報道|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
    r"热点新闻|熱點新聞|热门新闻|熱門新聞|往期推荐|往期推薦|往期回顾|往期回顧|更多新闻|更多新聞|更多阅读|更多閱讀|"
    r"猜你喜欢|猜你喜歡|编辑推荐|編輯推薦|相关链接|相關連結|相關鏈接|热读|熱讀)\s*[】\]]?\s*[：:]?\s*$")
BREADCRUMB = re.compile(r"^\s*(?:首页|首頁|主页|主頁|当前位置|當前位置|您的位置)[^。！？]{0,40}(?:[>›»/]\s*[^。！？>›»/]{1,12}){1,5}\s*$")
WEB_CHROME = re.compile(
    r"^\s*(?:分享到|分享至|扫码关注|掃碼關注|点击关注|點擊關注|关注我们|關注我們|阅读原文|閱讀原文|扫一扫|掃一掃|"
    r"[(（]?\s*(?:责任编辑|責任編輯)\s*[:：]\s*[^。！？，]{1,12}[)）]?\s*$|"
    r"(?:©|Copyright|版权所有|版權所有)|[^。！？]{0,40}ICP\s*备|[^。！？]{0,40}ICP\s*備)")

# Citation cues: a footnote body line, not running text.
CITATION = re.compile(
    r"https?\s*:|www\s*\.|accessed\s*:|\[(?:J|M|R|N|C|D|Z|EB/OL|DB/OL|S|P)\]|EB/OL|出版社|年版|"
    r"第\s*\d+(?:\s*[-—–]\s*\d+)?\s*页|载于?\s*《|查询|访问日期|检索日期|参见|同上|Ibid|\bpp?\.\s*\d|"
    r"\d{4}\s*-\s*\d{2}\s*-\s*\d{2}|[“\"][A-Z][^”\"]{8,}[,，]?[”\"]"
)

# Heading numbering schemes, from the highest rank to the lowest.
HEADING_SCHEMES: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(r"^(?P<num>第[一二三四五六七八九十]+(?:部分|章|篇|编))[\s　:：、]*(?=\S)")),
    ("capital", re.compile(r"^(?P<num>[壹贰叁肆伍陆柒捌玖拾]+)[、．.\s　]+(?=\S)")),
    ("cn", re.compile(r"^(?P<num>[一二三四五六七八九十]{1,3})(?:[、．.]|[\s　]+)\s*(?=\S)")),
    ("cn_paren", re.compile(r"^(?P<num>[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])[\s　]*(?=\S)")),
    ("arabic", re.compile(r"^(?P<num>\d{1,2})(?:[．、]|\.(?!\d))\s*(?=\S)")),
    ("arabic_paren", re.compile(r"^(?P<num>[（(]\d{1,2}[)）])[\s　]*(?=\S)")),
]
# Unnumbered headings that stand at section level.
NAMED_SECTION = re.compile(r"^(?:结\s*语|结\s*论|引\s*言|前\s*言|导\s*论|绪\s*论|余\s*论|参考文献)(?:[:：].*)?$")

SENTENCE_FINAL = re.compile(r"[。！？!?…．]+[”’」』）)\]]*\s*$|[.!?][\"'”’)]*\s*$")
LABEL_LINE = re.compile(r"^\s*(?:〔|【|\[(?=[^\]\d]{1,8}\])|□|■|摘\s*要|关键词|关键字|作者简介|中图分类号|文献标识码|文章编号|内容提要)")
MD_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
# a news page's publication stamp on a line of its own: a full date with a time, a label or a
# weekday, or the date alone (2024-04-10 15:32 中央社; 发布时间：2024年04月10日; 2024年4月10日 星期三)
STAMP_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<s>[-/.])(?P<m2>\d{1,2})(?P=s)(?P<d2>\d{1,2})(?!\d))"
)
# (a newspaper's page number, 第03版, and a byline, 記者王某, mark a stamp too)
STAMP_CUE = re.compile(r"\d{1,2}:\d{2}|发布|發布|更新|日期|时间|時間|来源|來源|星期|周[一二三四五六日]|週[一二三四五六日]|编辑|編輯|责编|責編"
                       r"|\d\s*版|记者|記者|专讯|專訊|报道|報道")
STAMP_MAX = 60
# a brief or a journal issue dated by its month under a label (发布日期：2025年9月, 出版日期 2024年3月)
STAMP_MONTH = re.compile(r"(?:发布|發布|出版|日期)[^\d]{0,6}?(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")


# the close of a news dateline (…台北1日電）, 新华社…电): the story follows it
_DATELINE_CLOSE = re.compile(r"[电電讯訊][)）】]")
# a dateline's close right after its date (…2024年1月16日電】): the line may end there
_DATELINE_END = re.compile(r"^\s*[电電讯訊][)）】]?")


def digitise_dates(text: str) -> str:
    """`text` with each date whose year is written in Chinese numerals (二〇二四年四月十日,
    二〇二四年十月) written in digits (2024年4月10日, 2024年10月), as official and report front matter
    writes them: for the readers of stamps and report dates, which take digits (the offsets of the
    result are not the text's; a range keeps its first date only)."""
    if not _CN_YEAR.search(text):
        return text

    def digits(m: re.Match) -> str:
        y, mo, d = to_int(m.group("y")), to_int(m.group("m")), to_int(m.group("d"))
        if y is None or not _CN_YEAR.fullmatch(m.group("y")):
            return m.group(0)
        return f"{y}年" + (f"{mo}月" if mo else "") + (f"{d}日" if mo and d else "")

    return ABSOLUTE.sub(digits, text)


_CN_YEAR = re.compile(CN_YEAR)


def stamp_date(line: str) -> str | None:
    """The ISO date of a publication-stamp line (YYYY-MM-DD, or YYYY-MM for a labelled month), or
    None when the line is not one."""
    t = digitise_dates(line.strip())
    if len(t) > STAMP_MAX or "。" in t or "，" in t or TABLE_ROW.match(t) or "\t" in t:
        return None  # (a table row that starts with a date and names a release is a row, not a stamp)
    m = STAMP_DATE.search(t)
    if m is None and (mm := STAMP_MONTH.search(t)) and 1 <= int(mm.group("m")) <= 12:
        return f"{int(mm.group('y')):04d}-{int(mm.group('m')):02d}"  # a month is all the stamp states
    if m is None or not (STAMP_CUE.search(t) or not t.replace(m.group(0), "").strip(" \t()（）")):
        return None
    if _DATELINE_CLOSE.search(t, 0, m.start()):
        return None  # （中央社記者台北1日電）…2023年6月1日在: the lead's first visual line, not a stamp
    rest = _DATELINE_END.sub("", t[m.end() :], count=1).lstrip(" \t\u3000|｜·:：-—)）】]")
    if rest and "\u4e00" <= rest[0] <= "\u9fff" and not STAMP_CUE.search(rest):
        return None  # 【本報綜合報道】…2023年3月16日抵達東: a sentence goes on after the date
    y, mo, d = int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


LIST_ITEM = re.compile(r"^\s{0,3}(?:[-+]\s+|\*\s+(?!\*))")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# a table's caption or its source note: the lines around a table that are no rows of it
TABLE_CAPTION = re.compile(r"^\s*(?:[表圖图]\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?|(?:资料|資料)?来源\s*[:：]|(?:资料|資料)?來源\s*[:：]|注\s*[:：])")
# the gap between two cells of a table whose grid a PDF text layer lost: a run of two or more spaces
# or a tab between columns (2023年7月3日     中国商务部     宣布…); prose has none, and one ideographic
# space is a separator of its own (一　强化…, a chronicle's 7日　…)
SPACED_GAP = re.compile(r"(?<=\S)(?:[ \u00a0\u3000]{2,}|[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*)(?=\S)")

_TRAILING_MARKERS = re.compile(r"(?:" + INLINE_MARKER.pattern + r"|\s)+$")


def strip_trailing_markers(text: str) -> str:
    return _TRAILING_MARKERS.sub("", text)


def terminated(text: str) -> bool:
    """The line ends a sentence (footnote markers after the full stop do not count)."""
    return bool(SENTENCE_FINAL.search(strip_trailing_markers(text)))


# the indent that opens a paragraph of typeset Chinese prose (two ideographic spaces, or spaces)
INDENT = re.compile(r"(?:\u3000{1,2}| {2,4})(?=\S)")

# a news dateline opening a line (中新网7月1日电, 新华社北京3月5日电, （中央社記者台北1日電）, 【本报讯】,
# （吉隆坡13日讯）): the line opens the story's first paragraph, never continues a title
DATELINE_START = re.compile(
    r"\s*[（(【\[]?\s*(?:本报讯|本報訊|[^\s，。、；：（）()【】\[\]]{1,16}?(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:专电|專電|电|電|讯|訊))")

# a chronicle's or yearbook's heading of a year or month on a line of its own (2025年, 十一月,
# 2024年3月): never a continuation, never a running head (an empty line is none)
DATE_HEADING = re.compile(r"(?=\S)(?:(?:19|20)\d{2}\s*年)?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?)?")
