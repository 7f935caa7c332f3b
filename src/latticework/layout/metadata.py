"""Parsing of the labelled metadata lines of Chinese journal articles and of issue mastheads."""

from __future__ import annotations

import re

LABEL = re.compile(
    r"^\s*[〔【\[［]?\s*(?P<label>提\s*要|摘\s*要|内容提要|内容摘要|关\s*键\s*词|关键字|作者简介|作者单位|"
    r"中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|基金项目|收稿日期|DOI)\s*[〕】\]］]?\s*[:：]?\s*"
)
LABEL_NAMES = {
    "提要": "abstract",
    "摘要": "abstract",
    "内容提要": "abstract",
    "内容摘要": "abstract",
    "关键词": "keywords",
    "关键字": "keywords",
    "作者简介": "bio",
    "作者单位": "bio",
    "中图分类号": "clc",
    "中图法分类号": "clc",
    "文献标识码": "doc_code",
    "文献标志码": "doc_code",
    "文章编号": "article_no",
    "基金项目": "funding",
    "收稿日期": "received",
    "DOI": "doi",
}
AUTHOR_LINE = re.compile(r"^\s*[□◎]\s*(?P<names>.+)$")
EDITOR = re.compile(r"^\s*[【〔\[]\s*责任编辑\s*[:：]\s*(?P<name>[^】〕\]]+?)\s*[】〕\]]\s*$")
PAGES = re.compile(r"(?P<first>\d{1,4})\s*[-–—]\s*(?P<count>\d{1,3})\s*$")
ISSUE_NO = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<number>\d{1,2})\s*期")
CUMULATIVE = re.compile(r"总\s*第\s*(?P<cum>\d{1,4})\s*期")
PUBLISHED = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*出版")
FREQUENCY = re.compile(r"(半月刊|双月刊|月刊|季刊|旬刊|周刊|年刊|半年刊)")
_SPLIT_LIST = re.compile(r"\s*[、；;，,／/]\s*|\s{2,}")


def label_of(text: str) -> tuple[str, str] | None:
    """('keywords', 'a、b') for a labelled metadata line, else None."""
    m = LABEL.match(text)
    if not m:
        return None
    name = re.sub(r"\s+", "", m.group("label"))
    return LABEL_NAMES.get(name, name), text[m.end() :].strip()


def split_list(value: str) -> list[str]:
    items = [v.strip(" 。.") for v in _SPLIT_LIST.split(value)]
    return [v for v in items if v]


def split_clc(value: str) -> list[str]:
    return [v for v in re.split(r"[\s；;，,、/]+", value.strip(" 。.")) if v]


def split_authors(value: str) -> list[str]:
    """'项昊宇 鲍志鹏' -> two names; '李 巍' (a two-character name padded with a space) -> one."""
    value = re.sub(r"[（(][^)）]*[)）]", " ", value)
    tokens = [t for t in re.split(r"[\s、，,;；]+", value.strip()) if t]
    names: list[str] = []
    single = ""
    for t in tokens:
        if len(t) == 1:
            single += t
            if len(single) == 2:
                names.append(single)
                single = ""
            continue
        if single:
            names.append(single)
            single = ""
        names.append(t)
    if single:
        names.append(single)
    return names


def page_range(article_no: str) -> list[int] | None:
    """'0452 8832 (2023) 5 期 0022-20' -> [22, 41]: the suffix is the first page and a page count."""
    m = PAGES.search(article_no)
    if not m:
        return None
    first, count = int(m.group("first")), int(m.group("count"))
    if first <= 0 or count <= 0:
        return None
    return [first, first + count - 1]


def editor_of(text: str) -> str | None:
    m = EDITOR.match(text)
    return m.group("name").strip() if m else None


def issue_fields(text: str) -> dict[str, object]:
    """Year, number, cumulative number, publication date and frequency from masthead text."""
    out: dict[str, object] = {}
    m = ISSUE_NO.search(text)
    if m:
        out["year"], out["number"] = int(m.group("year")), int(m.group("number"))
    m = CUMULATIVE.search(text)
    if m:
        out["cumulative"] = int(m.group("cum"))
    m = PUBLISHED.search(text)
    if m:
        out["published"] = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    m = FREQUENCY.search(text)
    if m:
        out["frequency"] = m.group(1)
    return out
