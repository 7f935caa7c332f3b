"""An agreement signed or reached without a title keeps the words that name it as its object
(关键矿物谅解备忘录, not the bare 谅解备忘录). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary

from latticework.actors.gazetteer import simplify


@pytest.mark.parametrize("text,name", [
    ("2023年5月，美国与日本签署了关键矿物谅解备忘录。", "关键矿物谅解备忘录"),
    ("2023年5月，美國與日本簽署了關鍵礦物諒解備忘錄。", "关键矿物谅解备忘录"),
    ("2024年3月，中国与越南签署多项经贸合作协议。", "经贸合作协议"),
    ("2022年9月，印尼与澳大利亚达成五方面合作共识。", "五方面合作共识"),
    ("2023年8月，美日韩签署三边安全合作路线图。", "三边安全合作路线图"),
    ("2015年6月，我國與美國簽署瞭解備忘錄。", "了解备忘录"),  # Taiwan usage of 谅解备忘录
    ("2019年4月，中国与秘鲁签署长达十年的自由贸易协定。", "自由贸易协定"),  # a description before 的
])
def test_the_words_naming_an_untitled_document_are_its_object(text, name) -> None:
    agree = [e for e in full_events(text) if e.type == "AGREE"]
    assert [simplify((e.object or {}).get("name") or "") for e in agree] == [name], summary(full_events(text))


@pytest.mark.parametrize("text,name", [
    ("2024年3月，中国与越南签署了防务、经贸等领域的协议。", "协议"),  # a list is no name
    ("2021年11月，中美发表联合声明。", "联合声明"),
])
def test_a_list_or_a_bare_kind_keeps_the_kind_only(text, name) -> None:
    agree = [e for e in full_events(text) if e.type == "AGREE"]
    assert agree and all((e.object or {}).get("name") in (name, None) for e in agree), summary(full_events(text))


@pytest.mark.parametrize("text", [
    "2023年8月18日，美日韩三国领导人在戴维营举行峰会，发表《戴维营精神》联合声明。",
    "2023年8月18日，美日韓三國領導人在大衛營舉行峰會，發表《大衛營精神》聯合聲明。",
    "2024年5月，中国与法国发表“关于中东局势”联合声明。",
])
def test_a_titled_statement_and_its_kind_are_one_agreement(text) -> None:
    agree = [e for e in full_events(text) if e.type == "AGREE"]
    assert len(agree) == 1, summary(full_events(text))


def test_a_kind_noun_that_follows_no_title_still_tells_its_statement() -> None:
    text = "2024年5月，中国与法国签署《联合研究协议》，并发表联合声明。"
    assert len([e for e in full_events(text) if e.type == "AGREE"]) == 2, summary(full_events(text))
