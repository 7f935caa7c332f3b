"""Acts of one type told beside or inside acts of another (type10): weapons tested, talks and
launches agreed on, defence treaties that make allies. Invented sentences in both scripts."""

from __future__ import annotations

from latticework.events import extract_events
from latticework.pipeline import process


def _events(tmp_path, text: str, name: str = "t.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return extract_events(process(f))


def _typed(evs, etype: str) -> list[tuple]:
    return sorted((tuple(sorted(p.key() for p in e.actors)), e.modality, e.date) for e in evs if e.type == etype)


def test_a_weapon_tested_or_a_military_satellite_launched_is_a_show_of_force(tmp_path) -> None:
    cases = {
        "2022年3月\n朝鲜24日试射一枚新型洲际弹道导弹。\n": "2022-03-24",
        "2022年3月\n北韓24日試射一枚新型洲際彈道飛彈。\n": "2022-03-24",
        "2016年1月\n朝鲜6日宣布成功进行了第四次核试验。\n": "2016-01-06",
        "2016年1月\n北韓6日宣布成功進行了第四次核試爆。\n": "2016-01-06",
        "2024年5月\n朝鲜27日晚间发射一颗军事侦察卫星，但火箭在空中爆炸。\n": "2024-05-27",
        "2024年5月\n北韓27日向東部海域發射多枚短程彈道飛彈。\n": "2024-05-27",
    }
    for text, day in cases.items():
        assert _typed(_events(tmp_path, text), "MOBILIZE") == [(("PRK",), "asserted", day)], text


def test_tests_halted_or_banned_and_other_launches_are_no_show_of_force(tmp_path) -> None:
    for text in ("2018年4月\n朝鲜20日宣布停止核试验和洲际弹道导弹试射。\n",
                 "2018年4月\n北韓20日宣布暫停核試驗，並廢棄核試驗場。\n",
                 "1996年，联合国大会通过《全面禁止核试验条约》。\n",
                 "2024年3月\n中国海警23日向菲方补给船发射水炮。\n",
                 "2024年6月\n中国25日发射嫦娥六号返回器。\n"):
        assert _typed(_events(tmp_path, text), "MOBILIZE") == [], text


def test_a_measure_lifted_that_a_relative_clause_dates_is_eased_on_the_day_of_lifting(tmp_path) -> None:
    """解除2019年7月对韩国实施的…出口管制: the relative clause tells when the measure was imposed; the
    lifting is POLICY toward the state it hit, dated by the lifting."""
    cases = (
        "2023年3月\n日本16日宣布解除2019年7月对韩国实施的三种半导体材料出口管制。\n",
        "2023年3月\n日本16日宣布解除2019年7月對韓國實施的三種半導體材料出口管制。\n",
        "2023年3月\n日本16日宣布取消2019年7月起对韩国实行的出口管制。\n",
    )
    for text in cases:
        evs = _events(tmp_path, text)
        assert [(e.type, e.date, [p.key() for p in e.recipients]) for e in evs] == [("POLICY", "2023-03-16", ["KOR"])], text


def test_a_mutual_defence_pact_signed_makes_its_signatories_allies(tmp_path) -> None:
    """A mutual defence treaty or agreement founds an alliance: AGREE and ALIGN (ontology)."""
    cases = {
        "1951年8月，美国与菲律宾签署《美菲共同防御条约》。\n": ("PHL", "USA"),
        "1951年8月，美國與菲律賓簽署《美菲共同防禦條約》。\n": ("PHL", "USA"),
        "2025年9月\n沙特阿拉伯17日与巴基斯坦签订《战略共同防御协议》。\n": ("PAK", "SAU"),
        "1953年10月，韩国与美国签署了《韩美相互防御条约》。\n": ("KOR", "USA"),
    }
    for text, pair in cases.items():
        evs = _events(tmp_path, text)
        aligns = [e for e in evs if e.type == "ALIGN"]
        assert [tuple(sorted(p.key() for p in e.actors)) for e in aligns] == [pair], text
        assert any(e.type == "AGREE" for e in evs), text
    # a pact named as a reference point signs nothing
    evs = _events(tmp_path, "2024年4月\n美国国务院重申《美菲共同防御条约》适用于南海。\n")
    assert [e for e in evs if e.type == "ALIGN"] == []
