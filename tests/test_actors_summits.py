"""Round ent8 data: summit declarations and strategies (told apart by the body the paragraph names),
subregional and minilateral bodies, and summit venues, in both scripts.

Every passage here was written for these tests (no sentence comes from a seed, the dev texts or
another text)."""

from __future__ import annotations

from actor_helpers import found


def test_summit_declarations_in_title_marks_and_bare() -> None:
    got = found("金砖国家领导人在喀山会晤，通过了《喀山宣言》。")
    assert ("喀山宣言", "kazan-declaration-2024") in got
    trad = found("上合組織峰會發表的天津宣言強調多邊主義。")
    assert ("天津宣言", "tianjin-declaration-2025") in trad


def test_a_declaration_name_shared_by_two_bodies_follows_the_body_named() -> None:
    sco = found("上海合作组织峰会2023年以视频方式举行，会议发表《新德里宣言》。")
    assert ("新德里宣言", "new-delhi-declaration-sco-2023") in sco
    brics = found("金砖国家领导人第十三次会晤通过《新德里宣言》。")
    assert ("新德里宣言", "new-delhi-declaration-brics-2021") in brics


def test_subregional_and_minilateral_bodies() -> None:
    got = found("韩国等11国于2024年成立多边制裁监察小组，日本则推动亚洲零排放共同体。")
    assert ("多边制裁监察小组", "msmt") in got and ("亚洲零排放共同体", "azec") in got
    trad = found("莫迪出席第三屆印度—太平洋島國合作論壇，並與巴布亞紐幾內亞總理會談。")
    assert ("印度—太平洋島國合作論壇", "fipic") in trad
    old = found("1957年成立的湄公河下游調查協調委員會是湄公河委員會的前身。")
    assert ("湄公河下游調查協調委員會", "mekong-committee-1957") in old


def test_treaties_and_charters_named_in_full() -> None:
    got = found("五国签署《关于建立金砖国家应急储备安排的条约》。")
    assert got == [("关于建立金砖国家应急储备安排的条约", "brics-cra")]
    trad = found("繼《菸草控制框架公約》之後，世衛會員國又通過一項條約。")
    assert ("菸草控制框架公約", "who-fctc") in trad
    assert ("開發合作大綱", "japan-development-cooperation-charter") in found("日本修訂《開發合作大綱》。")


def test_summit_venues_are_places_only_as_venues() -> None:
    got = found("七国集团外长在沙勒瓦举行会议。")
    assert ("沙勒瓦", "charlevoix") in got
    trad = found("APEC領袖會議在慶州舉行。")
    assert ("慶州", "gyeongju") in trad
    assert not any(i == "gyeongju" for _, i in found("庆州的古迹很多。"))


def test_taiwan_and_hong_kong_forms_of_treaties_and_initiatives() -> None:
    trad = found("馬英九2012年提出東海和平倡議，並重申華森納協定與全面禁止核試爆條約的重要性。")
    assert ("東海和平倡議", "east-china-sea-peace-initiative") in trad
    assert ("華森納協定", "wassenaar-arrangement") in trad and ("全面禁止核試爆條約", "ctbt") in trad
    got = found("1953年签署的美韩相互防卫条约至今有效。")
    assert ("美韩相互防卫条约", "us-rok-mutual-defense-treaty") in got


def test_china_led_platforms() -> None:
    got = found("金砖国家新工业革命伙伴关系创新基地在厦门启用，国际竹藤组织亦派员出席。")
    assert ("金砖国家新工业革命伙伴关系创新基地", "brics-partnir-innovation-centre") in got
    assert ("国际竹藤组织", "inbar") in got
    trad = found("第三屆中國—中亞合作論壇在烏魯木齊舉行。")
    assert ("中國—中亞合作論壇", "china-central-asia-cooperation-forum") in trad


def test_taiwan_and_singapore_forms_of_un_and_asean_bodies() -> None:
    trad = found("我國爭取參與關稅暨貿易總協定時，聯合國貿易暨發展會議亦發表報告。")
    assert ("關稅暨貿易總協定", "gatt") in trad and ("聯合國貿易暨發展會議", "unctad") in trad
    sg = found("亞細安區域論壇本週召開，亞細安秘書處發表聲明。")
    assert ("亞細安區域論壇", "arf") in sg and ("亞細安秘書處", "asean-secretariat") in sg
    assert ("海牙國際法院", "icj") in found("海牙國際法院作出裁決。")


def test_named_bilateral_tracks_documents_and_forums() -> None:
    got = found("首轮中美外交安全对话2017年举行，双方重申遵守《中美两军海上空中相遇安全行为准则》。")
    assert ("中美外交安全对话", "us-china-diplomatic-security-dialogue") in got
    assert ("中美两军海上空中相遇安全行为准则", "us-china-encounters-mou-2014") in got
    trad = found("普丁在聖彼得堡國際經濟論壇發表演說。亞洲安全會議今年6月在新加坡舉行。")
    assert ("聖彼得堡國際經濟論壇", "spief") in trad and ("亞洲安全會議", "shangri-la-dialogue") in trad


def test_hong_kong_organs_and_the_central_governments_offices_there() -> None:
    trad = found("本港特區政府表示，投資推廣署與香港經濟貿易辦事處將加強合作；中聯辦及外交部駐港公署亦表態。")
    assert ("投資推廣署", "HKG") in trad and ("香港經濟貿易辦事處", "HKG") in trad
    assert ("中聯辦", "CHN") in trad and ("外交部駐港公署", "CHN") in trad
    assert ("香港立法会", "HKG") in found("香港立法会通过议案。")
