"""Layout: the document's kind, its articles with their metadata, sections and footnotes.

Journal issues are split into articles at a title heading that is followed by an author line
(`□ 作者`) or an abstract label; everything between articles that is not an article (masthead,
tables of contents, English abstracts, indexes, notices) stays outside them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..clean import CleanDoc
from ..clean.patterns import digitise_dates, stamp_date
from . import metadata as M
from .footers import footer_date
from .stories import stories
from .told_year import dateline_year, today_anniversary

_DATELINE = re.compile(
    r"^[^，。\n]{2,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)|"  # 环亚新闻网河内12月13日电
    r"(?:[（(【\[]\s*)?(?:本报讯|本報訊|新华社|新華社|中新社|中央社|路透社|美联社|[^\s，。（）()【】]{0,12}(?:记者|記者)(?![会會招])[^，。]{0,20}?)"
    r"[^。]{0,20}?(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:专电|專電|电|電)?\s*[）)】\]]?|"
    r"[【\[]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^】\]]{0,20}(?:电|電)\s*[】\]]"
    r"|(?<=[（(])[^（()）]{0,20}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]"
    r"|[（(]\s*[^\s\d，。（()）]{2,10}?\d{1,2}\s*日\s*(?:讯|訊|电|電)\s*[）)]"  # （吉隆坡13日讯）: Singapore/Malaysia
)
# Shorter documents with a title and no journal metadata are single articles or briefs.
ARTICLE_MAX_CHARS = 15_000
# A document with a dateline (or a short page) up to this length is a news item.
NEWS_MAX_CHARS = 20_000
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# the parts of a dateline's date (年 and 月 may be missing: 东京10日电 takes them from the page's stamp)
_DATELINE_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日")
_NON_ARTICLE = re.compile(r"^(?:abstracts?|table of contents|contents|目\s*录|总目录|年度总目录|稿约|投稿须知|征稿启事|征订启事|订阅|本刊启事)\b", re.IGNORECASE)
_ABSTRACT_LABEL = re.compile(r"^\s*(?:[〔【\[]\s*(?:提\s*要|摘\s*要|内容提要)|(?:内容提要|摘\s*要)\s*[:：])")


@dataclass
class Section:
    text: str
    level: int | None
    number: str | None
    line: int


@dataclass
class Note:
    label: str | None
    text: str
    line: int  # first line of the note in the original
    marker_line: int | None  # line of the marker it is paired with


@dataclass
class Article:
    title: str | None
    title_en: str | None = None
    authors: list[str] = field(default_factory=list)
    bios: list[str] = field(default_factory=list)
    abstract: str | None = None
    abstract_en: str | None = None
    keywords: list[str] = field(default_factory=list)
    clc: list[str] = field(default_factory=list)
    doc_code: str | None = None
    article_no: str | None = None
    pages: list[int] | None = None
    funding: str | None = None
    editor: str | None = None
    column: str | None = None
    footnotes: int = 0
    notes: list[Note] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    start_line: int = 0
    end_line: int = 0
    first_block: int = 0
    last_block: int = 0


@dataclass
class Layout:
    kind: str  # journal_issue | article | report | news
    issue: dict[str, object] | None
    articles: list[Article]
    title: str | None = None
    date: str | None = None  # the document's own date, where it states one
    dateline: str | None = None

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        for a in out["articles"]:
            a.pop("first_block", None)
            a.pop("last_block", None)
        return out


def layout(doc: CleanDoc) -> Layout:
    starts = _article_starts(doc)
    if len(starts) >= 2 or (starts and _has_masthead(doc, starts[0])):
        return _journal(doc, starts)
    if len(starts) == 1:
        art = _article(doc, starts[0], len(doc.blocks) - 1)
        return Layout("article", None, [art], title=art.title)
    return _report_or_news(doc)


# --- articles -----------------------------------------------------------------------------


def _article_starts(doc: CleanDoc) -> list[int]:
    out = []
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind == "footnote":
            continue
        text = doc.block_text(i)
        if b.kind != "heading" and not (len(text) <= 60 and not re.search(r"[。！？]$", text)):
            continue
        if b.kind == "heading" and b.scheme and b.scheme != "named":
            continue  # numbered section headings are not article titles
        nxt = [j for j in range(i + 1, min(len(blocks), i + 8)) if blocks[j].kind != "footnote"][:5]
        texts = [doc.block_text(j) for j in nxt]
        labels = {lab[0] for lab in map(M.label_of, texts) if lab}
        # An article has an author line, or an abstract with the other labels of a journal article.
        if (texts and M.AUTHOR_LINE.match(texts[0])) or (
            any(_ABSTRACT_LABEL.match(t) for t in texts[:2]) and labels & {"keywords", "clc", "article_no", "bio"}
        ):
            if M.AUTHOR_LINE.match(text) or M.label_of(text):
                continue
            out.append(i)
    return out


def _has_masthead(doc: CleanDoc, first_article: int) -> bool:
    front = "\n".join(doc.block_text(i) for i in range(first_article))
    return bool(M.ISSUE_NO.search(front))


def _article_end(doc: CleanDoc, start: int, next_start: int | None) -> int:
    """Last block of an article: up to the next article or a non-article section."""
    limit = (next_start if next_start is not None else len(doc.blocks)) - 1
    for j in range(start + 1, limit + 1):
        b = doc.blocks[j]
        if b.kind == "heading" and b.md and b.md <= 2 and _NON_ARTICLE.match(doc.block_text(j).strip("* ")):
            return j - 1
    return limit


def _article(doc: CleanDoc, start: int, end: int) -> Article:
    title = doc.block_text(start)
    art = Article(title=title, first_block=start, last_block=end)
    art.start_line = doc.blocks[start].line_first
    art.end_line = max(doc.blocks[j].line_last for j in range(start, end + 1))
    current: str | None = None
    in_front = True
    for j in range(start + 1, end + 1):
        b = doc.blocks[j]
        text = doc.block_text(j)
        if b.kind == "footnote":
            if b.label == "*" and art.funding is None:
                art.funding = text
            elif b.label != "*":
                art.footnotes += 1
            art.notes.append(_note(doc, j, text))
            continue
        if b.kind == "heading":
            in_front = False
            number = _number_of(text)
            art.sections.append(Section(text, b.level, number, b.line_first))
            continue
        ed = M.editor_of(text)
        if ed:
            art.editor = ed
            continue
        if in_front:
            am = M.AUTHOR_LINE.match(text)
            if am and not art.authors:
                # split on the original spacing, which cleaning removes between Han characters
                s, e = doc.orig_span(b.start, b.end)
                raw = M.AUTHOR_LINE.match(doc.source.text[s:e].strip())
                art.authors = M.split_authors((raw or am).group("names"))
                continue
            lab = M.label_of(text)
            if lab:
                current = _set_label(art, *lab)
                continue
            if current == "bio" and len(text) < 120 and "，" in text and not re.search(r"[。！？]$", text):
                art.bios.append(text)  # a second author's bio, without its own label
                continue
            if current is not None and j > start + 1:
                in_front = False
    art.pages = M.page_range(art.article_no) if art.article_no else None
    return art


def _note(doc: CleanDoc, block: int, text: str) -> Note:
    b = doc.blocks[block]
    fn = doc.footnote_of_block.get(block)
    marker_line = doc.markers[fn.marker].line if fn is not None and fn.marker is not None else None
    return Note(b.label, text, b.line_first, marker_line)


def _set_label(art: Article, name: str, value: str) -> str:
    if name == "abstract":
        art.abstract = value
    elif name == "keywords":
        art.keywords = M.split_list(value)
    elif name == "bio":
        art.bios.append(value)
    elif name == "clc":
        art.clc = M.split_clc(value)
    elif name == "doc_code":
        art.doc_code = value.strip(" 。.")
    elif name == "article_no":
        art.article_no = value
    elif name == "funding":
        art.funding = value
    return name


def _number_of(text: str) -> str | None:
    from ..clean.normalize import _heading_number

    n = _heading_number(text)
    return text[:n].strip() if n else None


# --- journal issues -----------------------------------------------------------------------


def _journal(doc: CleanDoc, starts: list[int]) -> Layout:
    articles = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        articles.append(_article(doc, s, _article_end(doc, s, nxt)))
    issue = _issue(doc, starts[0])
    _english_titles(doc, articles)
    _columns(doc, starts[0], articles)
    return Layout("journal_issue", issue, articles, title=issue.get("journal"))  # type: ignore[arg-type]


def _issue(doc: CleanDoc, first_article: int) -> dict[str, object]:
    front = [doc.block_text(i) for i in range(first_article)]
    issue: dict[str, object] = {"journal": None, "year": None, "number": None, "cumulative": None, "published": None}
    for i in range(first_article):
        b = doc.blocks[i]
        t = doc.block_text(i)
        if b.kind == "heading" and not _NON_ARTICLE.match(t) and not b.scheme and "■" not in t:
            issue["journal"] = t.strip("《》 ")
            break
    issue.update(M.issue_fields("\n".join(front)))
    return issue


def _english_titles(doc: CleanDoc, articles: list[Article]) -> None:
    """Titles from the English table of contents, abstracts from the English abstracts section."""
    toc: list[str] = []
    abstracts: list[tuple[str, str | None]] = []
    section = None
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        t = doc.block_text(i).strip()
        if b.kind == "heading" and b.md:
            low = t.strip("* ").lower()
            if low in ("table of contents", "contents"):
                section = "toc"
                continue
            if low in ("abstracts", "abstract", "english abstracts"):
                section = "abstracts"
                continue
            if section == "abstracts" and b.md >= 2:
                abstracts.append((t.strip("* "), None))
                continue
            section = None if b.md == 1 else section
            continue
        if section == "toc" and b.kind == "paragraph":
            if t.lower() in ("abstracts", "abstract"):
                continue
            if re.search(r"[A-Za-z]{3}", t) and not any("\u4e00" <= c <= "\u9fff" for c in t):
                toc.append(_strip_author(t))
        elif section == "abstracts" and b.kind == "paragraph" and abstracts:
            title, body = abstracts[-1]
            if body is None and _is_author_line(t):
                abstracts[-1] = (title, "")
            elif body is not None:
                abstracts[-1] = (title, (body + " " + t).strip())
    if len(toc) == len(articles):
        for a, t in zip(articles, toc):
            a.title_en = t
    if len(abstracts) == len(articles):
        for a, (t, body) in zip(articles, abstracts):
            a.title_en = a.title_en or t
            a.abstract_en = body or None


def _is_author_line(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)*(?:\s*(?:&|and|,)\s*[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)*)*", text.strip()))


def _strip_author(text: str) -> str:
    """'Title *AUTHOR*' (italics already removed) -> 'Title': drop a trailing upper-case name list."""
    m = re.search(r"\s+(?:[A-Z]{2,}[A-Za-z'\-]*\s+[A-Z][a-z]+(?:\s*(?:&|and)\s*)?)+$", text)
    return text[: m.start()].strip() if m else text.strip()


def _columns(doc: CleanDoc, first_article: int, articles: list[Article]) -> None:
    """Column names (栏目) from the Chinese table of contents, matched to articles by page."""
    column = None
    entries: list[tuple[int, str]] = []
    for i in range(first_article):
        b = doc.blocks[i]
        t = doc.block_text(i)
        if b.kind == "heading" and "■" in t:
            column = t.replace("■", "").strip()
            continue
        m = re.match(r"^(\d{1,4})\s*[^\d\s.]", t)
        if m and column:
            entries.append((int(m.group(1)), column))
    pages = dict(entries)
    for a in articles:
        if a.pages and a.pages[0] in pages:
            a.column = pages[a.pages[0]]


# --- reports and news ---------------------------------------------------------------------


def _report_or_news(doc: CleanDoc) -> Layout:
    art = Article(title=_title(doc), first_block=0, last_block=len(doc.blocks) - 1)
    if doc.blocks:
        art.start_line = doc.blocks[0].line_first
        art.end_line = max(b.line_last for b in doc.blocks)
    title_md = 1 if any(b.md == 1 for b in doc.blocks) else 0
    for i, b in enumerate(doc.blocks):
        t = doc.block_text(i)
        if b.kind == "footnote":
            if b.label == "*":
                art.funding = art.funding or t
            else:
                art.footnotes += 1
            art.notes.append(_note(doc, i, t))
        elif b.kind == "heading":
            if t == art.title and b.md == 1:
                continue
            level = b.level if b.level is not None else (max(1, b.md - title_md) if b.md else None)
            art.sections.append(Section(t, level, _number_of(t), b.line_first))
    dl = _find_dateline(doc)
    stamp = _stamp(doc) or doc.source.date or _wire_footer_date(doc) or _bracketed_date(doc) or _period_year(doc)
    date = _dateline_date(dl.group(0), stamp, doc.text) if dl else None
    if date is None and dl is not None and not stamp:
        date = _date_of_another_dateline(doc, dl.group(0))  # 台北13日電 beside …2025年3月13日電 on one page
    if date is None and stamp:
        date = stamp
    if (digest := digest_stories(doc)) and digest[0][1]:
        date = digest[0][1]  # a press digest: the first story's own date (not another story's stamp)
    is_news = dl is not None or doc.source.format == "html" or (len(doc.text) < 6000 and not art.sections and art.footnotes == 0)
    if is_news and len(doc.text) < NEWS_MAX_CHARS:
        kind = "news"
    elif len(doc.text) < ARTICLE_MAX_CHARS and art.title and not _has_summary(doc) and not _has_headers(doc):
        kind = "article"  # a stand-alone article or brief: no summary block, no printed-book furniture
    else:
        kind = "report"
    return Layout(kind, None, [art], title=art.title, date=date, dateline=dl.group(0).strip() if dl else None)


def _find_dateline(doc: CleanDoc) -> re.Match[str] | None:
    for i in range(min(6, len(doc.blocks))):
        dl = _DATELINE.search(doc.block_text(i))
        if dl:
            return dl
    return None


def news_with_dateline(doc: CleanDoc) -> bool:
    """The document is a news item told under a dateline (its layout kind is news because of it)."""
    return len(doc.text) < NEWS_MAX_CHARS and dateline_span(doc) is not None


def dateline_span(doc: CleanDoc) -> tuple[int, int] | None:
    """Where a news item's dateline (中央社记者…台北10日电) is in the cleaned text: the city in it
    is where the story was filed, not a party to it."""
    for i in range(min(6, len(doc.blocks))):
        dl = _DATELINE.search(doc.block_text(i))
        if dl:
            b = doc.blocks[i]
            return b.start + dl.start(), b.start + dl.end()
    return None


def _stamp(doc: CleanDoc) -> str | None:
    """The publication date a news page prints near its top, on a line of its own."""
    for i in range(min(6, len(doc.blocks))):
        date = stamp_date(doc.block_text(i))
        if date:
            return date
    return None


# a report's own date on a line of its own under its title, in brackets: （2024年10月）
_BRACKETED_DATE = re.compile(r"[（(]\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?\s*[)）]")


# a periodical's issue or a report's edition named in its masthead or title: 印太安全季報 2025年第4期,
# 印太安全情勢觀察（2024年第4季）, 亞洲金融合作報告（2025）, 年度報告（2025）
_PERIOD = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第\s*[\d一二三四五六七八九十]{1,2}\s*(?:期|季|号|號)"
                     r"|[（(]\s*(?P<y2>(?:19|20)\d{2})\s*(?:年度?)?\s*[)）]")


def _period_year(doc: CleanDoc) -> str | None:
    """The year of the issue or edition a periodical or an annual report names in one of its first
    three blocks (a short line, no sentence): its own date at the precision written, so that 今年 and
    the bare months of its text are told from it. Not a year a title is about (2019年中国外交大事记)."""
    for i in range(min(3, len(doc.blocks))):
        t = doc.block_text(i).strip()
        if len(t) > 40 or "。" in t or "，" in t:
            continue
        m = _PERIOD.search(t)
        if m is not None:
            return m.group("y") or m.group("y2")
    return None


def _bracketed_date(doc: CleanDoc) -> str | None:
    """The date a report prints in brackets under its title (（2024年10月）), at the precision
    written: 今年 and the bare months of its text are told from it."""
    for i in range(min(4, len(doc.blocks))):
        m = _BRACKETED_DATE.fullmatch(digitise_dates(doc.block_text(i).strip()))  # (also （二〇二四年十月）)
        if m is not None:
            y, mo, d = int(m.group("y")), int(m.group("m")), m.group("d")
            if not 1 <= mo <= 12:
                return None
            return f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d and 1 <= int(d) <= 31 else "")
    return None


def _wire_footer_date(doc: CleanDoc) -> str | None:
    """The publication date a wire item prints after its last paragraph (footers.footer_date)."""
    return footer_date(doc, 0, len(doc.blocks))


def _date_of_another_dateline(doc: CleanDoc, dateline: str) -> str | None:
    """The date of a dateline that omits the year (and the month: （中央社吉隆坡13日電）) taken from another
    dateline of the same page that states it in full (a second item, …吉隆坡2025年3月13日電) when it
    names the same day (and month, where the first names one); never a day or a month the first lacks."""
    first = _DATELINE_DATE.search(dateline)
    if first is None:
        return None
    for i in range(len(doc.blocks)):
        for dl in _DATELINE.finditer(doc.block_text(i)):
            m = _DATELINE_DATE.search(dl.group(0))
            if m is None or not (m.group("y") and m.group("m")) or int(m.group("d")) != int(first.group("d")):
                continue
            if first.group("m") and int(first.group("m")) != int(m.group("m")):
                continue
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _dateline_date(dateline: str, stamp: str | None, text: str = "") -> str | None:
    """The dateline's date, completed from the stamp where the dateline omits the year or the
    month (华盛顿4月9日电, 东京10日电), else a year-less month and day from the year the item's own
    text tells (`told_year`), or a day-only one from the day the text says is an anniversary
    today (`today_anniversary`); never guessed without either."""
    m = _DATELINE_DATE.search(dateline)
    if m is None:
        return None
    y, mo, d = m.group("y"), m.group("m"), int(m.group("d"))
    if y and mo:
        return f"{int(y):04d}-{int(mo):02d}-{d:02d}"
    if mo and not stamp and 1 <= int(mo) <= 12 and (year := dateline_year(text, int(mo), d)) is not None:
        return f"{year:04d}-{int(mo):02d}-{d:02d}"
    if not mo and not stamp and (day := today_anniversary(text, d)) is not None:
        return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"
    if not stamp or len(stamp) < 7:
        return None
    sy, sm = int(stamp[:4]), int(stamp[5:7])
    if mo:
        month = int(mo)
        year = sy - 1 if month > sm + 1 else sy  # a December dateline on a page stamped in January
        return f"{year:04d}-{month:02d}-{d:02d}"
    if len(stamp) == 10 and d > int(stamp[8:10]) + 1:
        sm, sy = (sm - 1, sy) if sm > 1 else (12, sy - 1)  # 31日电 on a page stamped the 1st
    return f"{sy:04d}-{sm:02d}-{d:02d}"


def _has_summary(doc: CleanDoc) -> bool:
    """Reports and yearbook chapters open with a 摘要 block."""
    return any(re.match(r"^\s*(?:摘\s*要|内容摘要|内容提要)\s*[:：]?", doc.block_text(i)) for i in range(min(8, len(doc.blocks))))


def _has_headers(doc: CleanDoc) -> bool:
    return any(reason in ("running header", "repeated header/footer") for _, reason in doc.dropped)


def _title(doc: CleanDoc) -> str | None:
    if doc.source.title:
        return doc.source.title.strip()
    for i, b in enumerate(doc.blocks[:5]):
        t = doc.block_text(i)
        if M.label_of(t) or re.fullmatch(r"(?i)abstract|summary|摘要|提要", t.strip()):
            return None
        if b.kind == "heading" and (b.md == 1 or not b.scheme):
            return t
        if b.kind == "paragraph" and len(t) <= 60 and not re.search(r"[。！？]$", t):
            return t
        break
    return None


def digest_stories(doc: CleanDoc) -> list[tuple[int, str | None]]:
    """(first block, date) of each story when the document is a press digest (stories.py), else []."""
    return stories(doc, _DATELINE, _dateline_date)
