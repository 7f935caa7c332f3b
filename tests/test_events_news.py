"""News phrasing read off the ev6 dev texts (na-nd): invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str, name: str = "news.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return extract_events(process(f))


def test_a_closing_source_stamp_completes_a_dateline_without_year(tmp_path) -> None:
    """新华社…10月26日电 takes its year from the stamp the page prints after the story."""
    more = "".join(f"双方在第{i}个领域交换了意见。\n" for i in range(1, 8))  # the stamp is far below the dateline
    body = "新华社河内5月6日电 越南国家主席6日在河内会见来访的老挝国家主席。\n" + more
    docs = {
        "cn.txt": "越老领导人会见\n" + body + "（2025年05月07日 来源：新华网）\n",
        "cn2.txt": "越老领导人会见\n" + body + "来源：人民网 2025-05-07\n",
        "tw.txt": "越寮領導人會見\n新華社河內5月6日電 越南國家主席6日在河內會見來訪的寮國國家主席。\n" + more + "（2025年05月07日 來源：新華網）\n",
    }
    for name, text in docs.items():
        f = tmp_path / name
        f.write_text(text, encoding="utf-8")
        assert process(f).date == "2025-05-06", name
        dates = [e.date for e in extract_events(process(f)) if e.type == "CONSULT"]
        assert dates == ["2025-05-06"], name


def test_a_later_mention_of_one_document_is_no_evidence_of_the_others(tmp_path) -> None:
    """Documents issued in one sentence are distinct events; a later restatement of one of them
    adds evidence to that one only."""
    for name, text in {
        "cn.txt": "2022年9月，美国在华盛顿召开峰会，发布《太平洋伙伴战略》《伙伴路线图》等文件。\n"
                  "此后美国继续加强在该地区的存在。\n2022年，美国公布《太平洋伙伴战略》。\n",
        "tw.txt": "2022年9月，美國在華盛頓召開峰會，發布《太平洋夥伴戰略》《夥伴路線圖》等文件。\n"
                  "此後美國繼續加強在該地區的存在。\n2022年，美國公布《太平洋夥伴戰略》。\n",
    }.items():
        evs = [e for e in _events(tmp_path, text, name) if e.type == "POLICY"]
        spans = sorted(len(e.evidence) for e in evs)
        assert spans == [1, 2], name
