"""Tables whose grid a PDF text layer lost, the columns kept apart by runs of spaces: each line is a row
of its own, its cells apart by one tab each in the cleaned text, so the rows' dates, parties and acts stay
apart and a table of initiatives is read like a Markdown one (clean/classify._mark_spaced_rows,
clean/normalize, events/table_rows.row_cells). Tables written for these tests."""

from __future__ import annotations

from event_helpers import full_events, summary

from latticework.clean import clean
from latticework.layout import layout
from latticework.model import SourceText

MEASURES = """半导体管制措施的演变

近年来各方在芯片领域的管制不断加码。

表3  主要管制措施一览
时间              实施方              主要内容
2022年10月7日     美国商务部          发布先进计算物项出口管制新规
2023年7月3日      中国商务部          宣布对镓、锗相关物项实施出口管制
2024年12月2日     美国商务部          将一百余家中国实体列入实体清单
资料来源：作者整理。

以上措施说明，技术竞争正在加剧。
"""

INITIATIVES = """主要合作倡议

表1  区域合作倡议
倡议名称                  发起方          启动时间
亚洲基础设施投资银行      中国            2015年12月
东盟印太展望              东盟            2019年6月
"""

# the same rows, one blank line between them, as double-spaced text layers give them
DOUBLE_SPACED = """倡议名称\t发起方\t启动时间

亚洲基础设施投资银行\t中国\t2015年12月

东盟印太展望\t东盟\t2019年6月
"""


def _doc(text: str):
    return clean(SourceText("t.txt", text, "txt"))


def test_each_spaced_row_is_a_block_of_its_own_in_the_row_form() -> None:
    doc = _doc(MEASURES)
    rows = [doc.block_text(i) for i, b in enumerate(doc.blocks) if "\t" in doc.block_text(i)]
    assert rows[0] == "时间\t实施方\t主要内容"
    assert rows[1] == "2022年10月7日\t美国商务部\t发布先进计算物项出口管制新规"
    assert len(rows) == 4
    # the caption and the source note are no rows
    assert any(doc.block_text(i).startswith("表3") for i in range(len(doc.blocks)))
    assert any(doc.block_text(i).startswith("资料来源") for i in range(len(doc.blocks)))


def test_a_row_maps_back_to_its_own_line_of_the_original() -> None:
    doc = _doc(MEASURES)
    i = next(i for i in range(len(doc.blocks)) if "镓" in doc.block_text(i))
    b = doc.blocks[i]
    s, e = doc.orig_span(b.start, b.end)
    line = MEASURES[s:e]
    assert line.startswith("2023年7月3日") and line.endswith("实施出口管制") and "\n" not in line
    assert b.line_first == b.line_last == MEASURES.splitlines().index(line) + 1


def test_each_row_dates_its_own_measure_and_no_row_is_the_page_stamp() -> None:
    doc = _doc(MEASURES.replace("半导体管制措施的演变\n\n近年来各方在芯片领域的管制不断加码。\n\n", ""))
    assert layout(doc).date is None  # the first row (a date, then 发布) is near the top: no stamp
    evs = [e for e in full_events(MEASURES) if e.type == "SANCTION"]
    got = {(e.date, tuple(sorted(a.key() for a in e.actors))) for e in evs}
    assert ("2022-10-07", ("USA",)) in got and ("2023-07-03", ("CHN",)) in got and ("2024-12-02", ("USA",)) in got, summary(evs)
    # a row that starts with a date and says 发布 is no publication stamp: nothing turns planned
    assert all(e.modality == "asserted" for e in evs), summary(evs)


def test_a_spaced_table_of_initiatives_tells_one_founding_a_row() -> None:
    for text in (INITIATIVES, DOUBLE_SPACED):
        evs = [e for e in full_events(text) if e.type == "ESTABLISH"]
        got = {(e.object["id"], tuple(a.key() for a in e.actors), e.date) for e in evs}
        assert ("aiib", ("CHN",), "2015-12") in got, summary(evs)
        assert ("asean-outlook-on-the-indo-pacific", ("asean",), "2019-06") in got or len(got) == 2, summary(evs)


def test_prose_with_one_stray_double_space_is_no_table() -> None:
    text = "2023年8月，三国领导人在戴维营举行会晤，  宣布建立三边合作新框架。\n\n随后三国外长举行了会谈。\n"
    doc = _doc(text)
    assert "\t" not in doc.text


def test_chronicle_lines_with_one_ideographic_space_stay_sentences() -> None:
    text = "3月\n\n7日\u3000两国外长在首都举行会谈。\n10日\u3000两国签署合作协议。\n"
    doc = _doc(text)
    assert "\t" not in doc.text


def test_jiang_before_a_counted_object_is_no_future() -> None:
    # 将 + 一百余家…: the 将 of an object; 将一如既往 and 将进一步 stay the future
    evs = full_events("2024年12月2日，美国商务部将一百余家中国实体列入实体清单。")
    assert [(e.type, e.date, e.modality) for e in evs if e.type == "SANCTION"] == [("SANCTION", "2024-12-02", "asserted")], summary(evs)
    evs = full_events("美国商务部表示，将进一步把更多中国实体列入实体清单。")
    assert all(e.modality != "asserted" for e in evs if e.type == "SANCTION"), summary(evs)
