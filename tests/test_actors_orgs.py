"""Organisations and documents of the genre, on the bundled gazetteer, in both scripts.

Every sentence here was written for these tests."""

from __future__ import annotations

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def found(text: str) -> list[tuple[str, str]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.id) for m in link(doc) if m.kind not in ("state", "economy", "person", "place")]


def test_bodies_added_in_the_orgs_round_simplified() -> None:
    got = found("东盟宪章生效后，各国还谈到大陆架界限委员会、国际海底管理局和所谓南海仲裁庭。"
                "俄罗斯银行被切断与环球银行金融电信协会的联系，世贸组织上诉机构则陷入停摆。")
    assert got == [("东盟宪章", "asean-charter"), ("大陆架界限委员会", "clcs"), ("国际海底管理局", "isa"),
                   ("南海仲裁庭", "south-china-sea-arbitral-tribunal"), ("环球银行金融电信协会", "swift"),
                   ("世贸组织上诉机构", "wto-appellate-body")]


def test_bodies_added_in_the_orgs_round_traditional() -> None:
    got = found("東協憲章規定協商一致原則。美國通過C5+1機制拉攏中亞國家，世界關務組織則討論通關便利。"
                "湄公河—瀾滄江合作與湄公河—恆河合作倡議並行。")
    assert got == [("東協憲章", "asean-charter"), ("C5+1", "c5-plus-1"), ("世界關務組織", "wco"),
                   ("湄公河—瀾滄江合作", "lancang-mekong-cooperation"), ("湄公河—恆河合作倡議", "mekong-ganga-cooperation")]


def test_documents_added_in_the_orgs_round() -> None:
    got = found("参议院审议《台湾政策法案》时，有人援引《中英联合声明》和日本和平宪法作比较。")
    assert got == [("台湾政策法案", "taiwan-policy-act"), ("中英联合声明", "sino-british-joint-declaration"),
                   ("和平宪法", "japan-constitution")]
