"""中華民國 in text written from Taiwan is Taiwan; elsewhere, or as a date or an era, it is no mention."""

from __future__ import annotations

from actor_helpers import found, mentions

TAIWAN_VOICE = "中央社台北5日電 外交部今天表示，中共持續施壓，"


def test_taiwans_own_name_in_its_own_text_is_taiwan() -> None:
    got = found(TAIWAN_VOICE + "但中華民國將與友邦維持邦交。")
    assert ("中華民國", "TWN") in got


def test_taiwans_government_named_with_its_own_name_is_one_organ_mention() -> None:
    ms = [m for m in mentions(TAIWAN_VOICE + "中華民國政府與吐瓦魯洽簽漁業合作協定。") if m.id == "TWN"]
    gov = [m for m in ms if m.text == "中華民國政府"]
    assert len(gov) == 1 and gov[0].how == "organ" and gov[0].role == "government"


def test_a_roc_date_or_the_republican_era_is_no_mention() -> None:
    got = found(TAIWAN_VOICE + "中華民國113年6月19日公布，中華民國時期的檔案亦同。")
    assert not [t for t, i in got if t.startswith("中華民國")]


def test_in_mainland_text_the_name_means_the_republic_of_1912_1949_and_is_left_out() -> None:
    got = found("1945年，中华民国政府参加了联合国的创建。")
    assert not [t for t, i in got if t.startswith("中华民国")]
