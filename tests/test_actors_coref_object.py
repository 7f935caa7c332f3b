"""其 right after a preposition and before a verb is the object of the one asked or called on, so it is
the sentence's subject (菲律宾呼吁美国向其提供援助: the Philippines); before a noun it stays a possessor that
may be the party just before it (美国向其盟友提供援助: the US). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, of_type

from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _qi(text: str) -> list[list[str]]:
    ms = link(clean(SourceText("t.txt", text, "txt")))
    return [m.refers_to for m in ms if m.text == "其" and m.how == "coreference"]


@pytest.mark.parametrize("text, antecedent", [
    ("2024年，菲律宾呼吁美国向其提供更多海上安全援助。", "PHL"),
    ("2024年，菲律賓呼籲美國向其提供更多海上安全援助。", "PHL"),
    ("2024年，韩国要求日本对其道歉。", "KOR"),
    ("2024年，美国向其盟友提供更多援助。", "USA"),
])
def test_qi_after_a_preposition(text, antecedent) -> None:
    assert _qi(text) == [[antecedent]]


def test_the_one_called_on_gives_to_the_caller() -> None:
    a = of_type(events("2024年，菲律宾呼吁美国向其提供更多海上安全援助。"), "AID")[0]
    assert keys(a.actors) == ["USA"] and keys(a.recipients) == ["PHL"] and a.modality == "proposed"


@pytest.mark.parametrize("text", ["2024年3月，克宫发言人表示不满。", "2024年3月，克宮發言人表示不滿。"])
def test_the_kremlin_short_form_is_russia(text) -> None:
    ms = [m for m in link(clean(SourceText("t.txt", text, "txt"))) if m.text in ("克宫", "克宮")]
    assert ms and ms[0].id == "RUS"


@pytest.mark.parametrize("text", [
    "2024年2月，菲律宾与越南签署海警合作谅解备忘录。",
    "2024年2月，菲律賓與越南簽署海警合作諒解備忘錄。",
])
def test_a_verb_between_a_state_and_an_agency_word_makes_no_agency(text) -> None:
    ms = link(clean(SourceText("t.txt", text, "txt")))
    assert [m.text for m in ms if m.id == "VNM"] in (["越南"],)
