"""A journal page break after footnotes (session recall14): the separator rule, the notes, a dotted
page number and the running head (journal name, year, issue) on the next line; the body resumes
after them. Documents written for these tests."""

from __future__ import annotations

import pytest
from latticework.clean import clean
from latticework.model import SourceText

BEFORE = [
    "双边关系的制度化进程在此后明显加快。2015年3月，两国外长在河内举行首轮战略",
    "对话，并商定此后每年轮流主办。2016年6月，两国领导人在北京会晤，宣布建立全面",
    "战略伙伴关系，并签署了涵盖贸易、能源与人文交流的六份合作文件①。然而，边境问",
    "题的谈判进展缓慢，直到2019年才在新德里举行第",
]
NOTES = [
    "①这六份文件的清单见两国外交部联合发布的新闻稿，2016年6月12日。",
    "②参见该国外交部年度报告，2020年版，第35页。",
]
AFTER = [
    "二轮谈判。2020年以后，双方的高层往来因疫情而减少，但经贸联系仍在扩大。2022年",
    "11月，两国领导人在巴厘岛会晤，同意恢复中断三年的战略对话。",
]


@pytest.mark.parametrize("rule, page, head", [
    ("————————————————", "·12·", "区域研究评论  2024年第2期"),
    ("──────────────", "· 12 ·", "區域研究評論  2024年第2期"),
    ("————————————————", "— 12 —", "东南亚纵横　2023年第6期"),
])
def test_the_body_resumes_after_the_notes_page_number_and_running_head(rule, page, head) -> None:
    d = clean(SourceText(path="t.txt", text="\n".join(BEFORE + [rule] + NOTES + [page, head] + AFTER), format="txt"))
    paras = [d.block_text(i) for i, b in enumerate(d.blocks) if b.kind == "paragraph"]
    assert len(paras) == 1 and "举行第二轮谈判" in paras[0] and paras[0].endswith("战略对话。"), paras
    notes = [d.block_text(f.block) for f in d.footnotes]
    assert len(notes) == 2 and not any("谈判" in n for n in notes), notes
