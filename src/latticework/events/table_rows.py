"""Rows of a table that lists bodies, initiatives or agreements with who launched them and when.

Think-tank briefs tabulate what sentences elsewhere tell: | 倡议 | 发起方 | 启动时间 | 规模 |, one
initiative a row. Such a row names no verb, so no trigger finds it; the header says what each cell
is. A row of a table with a name column, a party column and a time column is one founding
(ESTABLISH), or one signing (AGREE) when the names are agreements or the time is a signing's. Tables
whose rows tell events in words (| 日期 | 事件 | 参与方 |) go through the ordinary walk instead.
Tables reach the extractor as one block per row, cells between `|` (the readers' form for Markdown and
HTML) or apart by tabs (a space-aligned table of a PDF text layer, docs/cleaning.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors.gazetteer import STATE_KINDS, Gazetteer
from ..actors.resolve import Mention
from ..clean.normalize import CELL_GAP
from ..timex import Timex
from .attributes import _DOC_KINDS, _ORG_KINDS
from .model import Event, Evidence
from .roles import _participants

_SEPARATOR = re.compile(r"^[\s|:\-—]+$")
_NAME_HEADS = ("倡议", "机制", "组织", "名称", "框架", "项目", "计划", "战略", "协定", "协议", "条约", "平台", "基金", "走廊", "伙伴关系")
_AGREEMENT_HEADS = ("协定", "协议", "条约")
_PARTY_HEADS = ("发起方", "发起国", "主导方", "主导国", "倡议方", "提出方", "发起者", "主导", "签署方", "缔约方", "成员", "参与方",
                "参与国", "发起")
_TIME_HEADS = ("时间", "日期", "年份", "年月", "年度")
_EVENT_HEADS = ("事件", "事项", "内容", "动态")


@dataclass
class Cell:
    start: int  # cleaned text
    end: int
    text: str


@dataclass
class NameTable:
    """Which cell of a row holds the name, the parties and the time, and what a row tells."""
    name: int
    parties: int
    time: int
    etype: str


def row_cells(text: str, start: int, end: int) -> list[Cell] | None:
    """The cells of a table row block (None if the block is no row): a Markdown or HTML row
    (`| a | b |`), or a row of a space-aligned table, its cells apart by tabs (docs/cleaning.md)."""
    seg = text[start:end]
    body = seg.strip()
    if CELL_GAP in seg and body[:1] != "|":
        first, last, bar = start - 1, end, CELL_GAP
    elif len(body) < 3 or body[0] != "|" or body[-1] != "|":
        return None
    else:
        first, last, bar = start + seg.index("|"), start + seg.rindex("|"), "|"
    out: list[Cell] = []
    k = first + 1
    for part in text[first + 1 : last].split(bar):
        a = k + len(part) - len(part.lstrip())
        b = max(a, k + len(part.rstrip()))
        out.append(Cell(a, b, text[a:b]))
        k += len(part) + 1
    return out


def is_separator(cells: list[Cell]) -> bool:
    return all(not c.text or _SEPARATOR.match(c.text) for c in cells)


def name_table(header: list[Cell]) -> NameTable | None:
    """The roles of a header row's cells, when it heads a table of named bodies or agreements."""
    heads = [c.text for c in header]
    if any(any(w in h for w in _EVENT_HEADS) for h in heads) or any(re.search(r"\d", h) for h in heads):
        return None
    name = next((i for i, h in enumerate(heads) if any(h.endswith(w) or h == w for w in _NAME_HEADS)), None)
    parties = next((i for i, h in enumerate(heads) if i != name and any(w in h for w in _PARTY_HEADS)), None)
    time = next((i for i, h in enumerate(heads) if i not in (name, parties) and any(w in h for w in _TIME_HEADS)), None)
    if name is None or parties is None or time is None:
        return None
    signed = any(heads[name].endswith(w) for w in _AGREEMENT_HEADS) or "签署" in heads[time] or "签订" in heads[time]
    return NameTable(name, parties, time, "AGREE" if signed else "ESTABLISH")


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}")


def year_column(header: list[Cell]) -> int | None:
    """The column of a header row that holds the time (| 年份 | 轮值主席国 | 事件 |), if any."""
    return next((i for i, c in enumerate(header) if c.text == "年" or any(w in c.text for w in _TIME_HEADS)), None)


def year_cell(cells: list[Cell], column: int | None) -> tuple[int, int] | None:
    """The span of a data row's cell that is a bare year under the time column (| 2022 | … |): no
    time expression without its 年, yet it dates the row, and its bare months (洪森1月7日访缅)."""
    if column is None or column >= len(cells) or not _YEAR_CELL.fullmatch(cells[column].text):
        return None
    return cells[column].start, cells[column].end


def row_event(doc_text: str, text: str, table: NameTable, cells: list[Cell], block: tuple[int, int],
              mentions: list[Mention], times: list[Timex], gz: Gazetteer) -> Event | None:
    """The founding or signing one data row tells: the parties' cell acts, the name cell is the object,
    the time cell dates it. None when the row lacks a party or a date."""
    if max(table.name, table.parties, table.time) >= len(cells):
        return None
    name, parties, time = cells[table.name], cells[table.parties], cells[table.time]
    when = [t for t in times if time.start <= t.start < time.end and t.value]
    actors = _participants([m for m in mentions if parties.start <= m.start < parties.end
                            and (m.kind in STATE_KINDS or m.kind in _ORG_KINDS)], gz)
    if not when or not actors or not name.text:
        return None
    named = next((m for m in mentions if name.start <= m.start < name.end and m.kind in _DOC_KINDS + _ORG_KINDS), None)
    ev = Event(type=table.etype, trigger=doc_text[name.start : name.end], actors=actors)
    ev.object = {"id": named.id, "name": named.text, "kind": named.kind} if named else {"id": None, "name": name.text, "kind": None}
    ev.date, ev.date_end = when[0].value, when[0].value_end
    ev.evidence = [Evidence(block[0], block[1], doc_text[block[0] : block[1]].strip())]
    ev.confidence = 0.8
    return ev
