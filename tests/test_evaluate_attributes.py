"""The attribute comparison of matched events (evaluate/attributes.py)."""

from __future__ import annotations

import pytest

from latticework.actors import default_gazetteer
from latticework.evaluate.attributes import compare


@pytest.fixture(scope="module")
def gz():
    return default_gazetteer()


def verdicts(g: dict, s: dict, gz) -> dict[str, bool]:
    return {k: v[0] for k, v in compare(g, s, gz, {}).items()}


def test_a_city_in_the_gold_state_is_the_right_location(gz) -> None:
    assert verdicts({"location": "USA"}, {"location": "washington"}, gz) == {"location": True}
    assert verdicts({"location": "JPN"}, {"location": "washington"}, gz) == {"location": False}
    assert verdicts({"location": "tokyo"}, {"location": "JPN"}, gz) == {"location": False}  # less precise


def test_an_attribute_on_one_side_only_is_wrong_and_none_on_both_is_not_counted(gz) -> None:
    assert verdicts({"label": "全面战略伙伴关系"}, {}, gz) == {"label": False}
    assert verdicts({}, {"source": "路透社"}, gz) == {"source": False}
    assert verdicts({}, {}, gz) == {}


def test_labels_compare_across_scripts_and_quotes(gz) -> None:
    assert verdicts({"label": "全面战略伙伴关系"}, {"label": "“全面戰略夥伴關係”"}, gz) == {"label": True}


def test_objects_compare_by_entity_then_by_words(gz) -> None:
    assert verdicts({"object": "rcep"}, {"object": {"id": "rcep", "name": "RCEP", "kind": "agreement"}}, gz)["object"]
    assert verdicts({"object": "《联合声明》"}, {"object": {"id": None, "name": "联合声明", "kind": None}}, gz)["object"]
    assert not verdicts({"object": "cptpp"}, {"object": {"id": "rcep", "name": "RCEP", "kind": "agreement"}}, gz)["object"]


def test_quantities_compare_by_value_in_either_gold_form(gz) -> None:
    system = {"quantities": [{"value": 350_000_000_000, "unit": "美元", "kind": "money", "text": "3500亿美元"}]}
    assert verdicts({"quantities": ["350000000000 USD"]}, system, gz) == {"quantities": True}
    assert verdicts({"quantities": [{"value": 350_000_000_000, "unit": "美元", "kind": "money"}]}, system, gz) == {"quantities": True}
    assert verdicts({"quantities": ["35000000000 USD"]}, system, gz) == {"quantities": False}


def test_hand_written_variants_of_a_value_compare_too(gz) -> None:
    assert verdicts({"location": ["USA"]}, {"location": "washington"}, gz) == {"location": True}
    assert verdicts({"source": {"id": "nato"}}, {"source": "北约"}, gz) == {"source": True}
    assert verdicts({"quantities": "20%"}, {"quantities": [{"value": 20, "unit": "%", "kind": "percentage"}]}, gz) == {"quantities": True}


def test_an_attribution_phrase_names_its_claimant(gz) -> None:
    # the gold may write the source as the phrase (据X报道) or as the claimant alone
    assert verdicts({"source": "据越南通讯社报道"}, {"source": "越南通讯社"}, gz) == {"source": True}
    assert verdicts({"source": "據菲律賓媒體報導"}, {"source": "菲律宾媒体"}, gz) == {"source": True}
    assert verdicts({"source": "据日本媒体报道"}, {"source": "韩国媒体"}, gz) == {"source": False}
    assert verdicts({"source": "据报道"}, {"source": "据报道"}, gz) == {"source": True}
    assert verdicts({"source": "据报道"}, {"source": "路透社"}, gz) == {"source": False}
