"""A reaction answers the act told in the clause right before it, in its own sentence, even when that
act (a launch, a test, an approval) is no event of the ontology and an earlier sentence told an event
of other parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import full_events, summary

_BEFORE = "分析人士认为，如果美国继续对华加征关税，地区合作可能受阻。"


@pytest.mark.parametrize("text,target", [
    (_BEFORE + "朝鲜当天发射一枚卫星运载火箭，日韩两国对此提出强烈抗议。", ["PRK"]),
    (_BEFORE + "俄罗斯当天举行战术核武器演练，北约随即予以谴责。", ["RUS"]),
    ("分析人士認為，如果美國繼續對華加徵關稅，地區合作可能受阻。朝鮮當天試射一枚洲際彈道飛彈，日本對此提出嚴正抗議。", ["PRK"]),
])
def test_the_clause_before_names_whom_the_reaction_answers(text, target) -> None:
    accuse = [e for e in full_events(text) if e.type == "ACCUSE"]
    assert [sorted(r.key() for r in e.recipients) for e in accuse] == [target], summary(full_events(text))


def test_a_statement_clause_before_is_no_act_reacted_to() -> None:
    # the clause before is a statement by a third party: the act reacted to is the one told before
    text = "2024年4月，美国宣布对台出售导弹。台湾方面表示欢迎，中国对此表示强烈反对。"
    accuse = [e for e in full_events(text) if e.type == "ACCUSE" and any(a.key() == "CHN" for a in e.actors)]
    assert accuse and all("TWN" not in {r.key() for r in e.recipients} for e in accuse), summary(full_events(text))
