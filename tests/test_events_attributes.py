"""Attributes read off the sentence: quantities as numbers given to the act they measure, the venue, the body joined."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import of_type
from event_helpers import summary


@pytest.mark.parametrize("text, value, unit, kind", [
    ("2024年5月，美国宣布向菲律宾提供1.2亿美元的军事援助。", 120_000_000, "美元", "money"),
    ("2024年5月，美國宣佈向菲律賓提供1.2億美元的軍事援助。", 120_000_000, "美元", "money"),
    ("2023年8月，日本向斯里兰卡提供了7.5万吨粮食援助。", 75_000, "吨", "count"),
    ("2024年5月，美国宣布对中国电动汽车加征100%的关税。", 100, "%", "percentage"),
    ("2024年5月，美國宣佈對中國電動車加徵100％的關稅。", 100, "%", "percentage"),
])
def test_values_are_numbers_in_either_script(text, value, unit, kind) -> None:
    qs = [q for e in events(text) for q in e.quantities]
    assert [(q["value"], q["unit"], q["kind"]) for q in qs][:1] == [(value, unit, kind)], summary(events(text))


@pytest.mark.parametrize("text", [
    "2023年4月，美韩举行第22次一体化防务对话。",
    "2023年4月，美韓舉行第22次一體化防務對話。",
    "2024年10月，第27届东盟与中日韩领导人会议在万象举行。",
])
def test_the_number_of_a_session_is_no_quantity(text) -> None:
    evs = events(text)
    assert evs and all(not e.quantities for e in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "2024年7月，美国与菲律宾举行会谈，美方随后宣布向菲方提供5亿美元援助。",
    "2024年7月，美國與菲律賓舉行會談，美方隨後宣佈向菲方提供5億美元援助。",
])
def test_a_quantity_goes_to_the_act_it_measures(text) -> None:
    evs = events(text)
    aid, talks = of_type(evs, "AID"), of_type(evs, "CONSULT")
    assert aid and talks, summary(evs)
    assert [q["value"] for q in aid[0].quantities] == [500_000_000]
    assert all(not e.quantities for e in talks), summary(evs)


def test_a_quantity_told_before_any_act_goes_to_the_first_after_it() -> None:
    evs = events("2019年5月，以25%的税率，美国对中国2000亿美元商品加征关税。")
    sanction = of_type(evs, "SANCTION")
    assert sanction and {q["kind"] for q in sanction[0].quantities} == {"percentage", "money"}, summary(evs)


@pytest.mark.parametrize("text", [
    "2025年10月，东帝汶正式成为东盟第11个成员国。",
    "2025年10月，東帝汶正式成為東協第11個成員國。",
])
def test_a_members_rank_is_no_quantity(text) -> None:
    evs = events(text)
    assert of_type(evs, "JOIN") and all(not e.quantities for e in evs), summary(evs)


# ---- locations (events/locations.py)

@pytest.mark.parametrize("text, etype, where", [
    ("2023年6月3日，美日澳三国防长在新加坡举行会谈。", "CONSULT", "SGP"),
    ("2023年6月3日，美日澳三國防長在新加坡舉行會談。", "CONSULT", "SGP"),
    ("2024年5月，美国国防部长奥斯汀在五角大楼会见菲律宾国防部长特奥多罗。", "CONSULT", "USA"),
    ("2023年5月，七国集团峰会在广岛举行。", "CONSULT", "hiroshima"),
])
def test_the_venue_a_sentence_names(text, etype, where) -> None:
    evs = of_type(events(text), etype)
    assert evs and evs[0].location == where, summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年4月，岸田文雄访问美国。",
    "2024年4月，在美国的支持下，菲律宾与日本签署协定。",
])
def test_no_venue_no_location(text) -> None:
    evs = events(text)
    assert evs and all(e.location is None for e in evs), summary(evs)


@pytest.mark.parametrize("text", [
    "2023年7月，伊朗成为上合组织正式成员国，白俄罗斯则于次年加入。",
    "2023年7月，伊朗成為上合組織正式成員國，白俄羅斯則於次年加入。",
])
def test_the_body_joined_is_the_object_also_when_named_in_another_clause(text) -> None:
    joins = of_type(events(text), "JOIN")
    belarus = [e for e in joins if any(a.key() == "BLR" for a in e.actors)]
    assert belarus and belarus[0].object and belarus[0].object["id"] == "sco", summary(joins)


@pytest.mark.parametrize("text, source", [
    ("据报道，2024年6月，俄罗斯与朝鲜签署全面战略伙伴关系条约。", "据报道"),
    ("據報道，2024年6月，俄羅斯與朝鮮簽署全面戰略夥伴關係條約。", "据报道"),
    ("据路透社报道，2024年6月，俄罗斯与朝鲜签署全面战略伙伴关系条约。", "路透社"),
])
def test_a_reported_claim_keeps_its_source_named_or_not(text, source) -> None:
    evs = of_type(events(text), "AGREE")
    assert evs and evs[0].source == source, summary(events(text))


@pytest.mark.parametrize("text", [
    "1991年，中国与东盟建立和提升对话伙伴关系。",
    "1991年，中國與東盟建立和提升對話夥伴關係。",
])
def test_a_coordinated_verb_opens_no_label(text) -> None:
    evs = of_type(events(text), "ALIGN")
    assert evs and evs[0].label == "对话伙伴关系", summary(events(text))


@pytest.mark.parametrize("text", [
    "2024年6月19日，俄罗斯与朝鲜签署《全面战略伙伴关系条约》。该条约于同年12月4日生效。",
    "2024年6月19日，俄羅斯與朝鮮簽署《全面戰略夥伴關係條約》。該條約於同年12月4日生效。",
    "2024年6月19日，俄罗斯与朝鲜签署《全面战略伙伴关系条约》。\n\n12月4日，两国签署的条约正式生效。",
    "2024年6月19日，俄羅斯與朝鮮簽署《全面戰略夥伴關係條約》。\n\n12月4日，俄朝《全面戰略夥伴關係條約》正式生效。",
])
def test_an_entry_into_force_told_later_is_the_effective_date(text) -> None:
    agree = of_type(events(text), "AGREE")
    assert agree and agree[0].effective == "2024-12-04" and agree[0].date == "2024-06-19", summary(events(text))
    align = of_type(events(text), "ALIGN")
    assert all(len(a.evidence) == 1 for a in align), summary(align)  # the treaty entered into force, not the tie
