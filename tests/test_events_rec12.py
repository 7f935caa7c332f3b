"""Recall of recurring phrasings the lexicon lacked (session rec12), on sentences written for these
tests in simplified and traditional script, over the full gazetteer."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import summary


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


# --- a government approving a protected area ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年6月3日，越南政府批准设立长沙群岛海洋自然保护区，中方随即表示反对。",
    "2021年6月3日，越南政府批准設立長沙群島海洋自然保護區，中方隨即表示反對。",
    "2021年6月3日，越南政府批复同意设立长沙群岛海洋保护区。",
    "2021年6月3日，越南政府批覆同意設立長沙群島海洋保護區。",
])
def test_approving_a_protected_area_is_a_policy_act(text) -> None:
    evs = events(text)
    policy = of_type(evs, "POLICY")
    assert len(policy) == 1, summary(evs)
    assert [p.key() for p in policy[0].actors] == ["VNM"]
    assert policy[0].date == "2021-06-03" and policy[0].modality == "asserted"
    assert not of_type(evs, "ESTABLISH"), summary(evs)


@pytest.mark.parametrize("text", [
    "2021年6月3日，东盟外长同意设立一个新的工作组。",
    "2021年6月3日，東盟外長同意設立一個新的工作組。",
])
def test_agreeing_to_set_up_a_body_is_no_policy(text) -> None:
    evs = events(text)
    assert not of_type(evs, "POLICY"), summary(evs)
