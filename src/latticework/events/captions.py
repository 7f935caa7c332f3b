"""Captions of tables and figures (表1 2023年美日联合军演一览, 图2 美国对华制裁措施数量变化): a caption
names what a table or chart shows, it tells no happening; the rows or the prose tell them. So does
the source line under a table or figure (资料来源：笔者根据…“美国宣布对华制裁”一文整理; 数据来源：…): it
cites where the data come from (prec13)."""

from __future__ import annotations

import re

# 表1, 表 3-1：, 图2, 圖4.1, 附表2 at the start of a short sentence with no sentence end
_CAPTION = re.compile(r"\s*(?:附)?[表圖图]\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?(?:\s|[：:、.．]|(?=[\u4e00-\u9fff\d]))")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CAPTION_LENGTH = 80  # characters: a caption is a line, not a paragraph
# 资料来源：, 数据来源：, 来源：, 出处： opening a short line (also after 注：)
_SOURCE_LINE = re.compile(r"\s*(?:注\s*[：:]\s*)?(?:资料来源|数据来源|资料出处|图表来源|来源|出处)\s*[：:]")
_SOURCE_LENGTH = 160


def is_caption(sentence: str) -> bool:
    """True when the sentence (a block, or the tail of one that cleaning joined to the paragraph
    before a table) is the caption of a table or figure."""
    if len(sentence.strip()) <= _SOURCE_LENGTH and _SOURCE_LINE.match(sentence):
        return True  # 资料来源：…整理: the source of a table or figure
    return len(sentence.strip()) <= _CAPTION_LENGTH and bool(_CAPTION.match(sentence)) and not _SENTENCE_END.search(sentence)
