"""Analytical prose of journals, think-tank chapters and briefs (ev9): events told in
nominalisations, relative clauses and topic chains. Invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import full_events, summary


def _agree(text: str):
    return [x for x in summary(full_events(text)) if x[0] == "AGREE"]


def test_a_document_signed_with_no_signatory_named_stands_for_them() -> None:
    # the document as topic, a date and 于/在 before the verb
    assert _agree("《区域全面经济伙伴关系协定》于2020年11月15日签署，此后各国陆续批准。") == [
        ("AGREE", ["rcep"], [], "2020-11-15", "asserted")]
    assert _agree("該文件指出，《全面與進步跨太平洋夥伴關係協定》在2018年3月正式簽署。") == [
        ("AGREE", ["cptpp"], [], "2018-03", "asserted")]
    # a dated relative clause on the document
    assert _agree("2002年签署的《南海各方行为宣言》缺乏法律约束力。") == [
        ("AGREE", ["doc-south-china-sea"], [], "2002", "asserted")]
    # the party that led its making is no signatory
    assert _agree("由東協主導的《區域全面經濟夥伴協定》於2020年11月15日簽署。") == [
        ("AGREE", ["rcep"], [], "2020-11-15", "asserted")]


def test_a_signing_whose_parties_are_named_keeps_them() -> None:
    # parties named later in the sentence, or none and no date: no document stands in for them
    got = _agree("1965年6月《日韩基本条约》的签署，使日本与韩国建立外交关系。")
    assert all("JPN" in x[1] for x in got)
    assert _agree("已经签署的《南海各方行为宣言》仍有其意义。") == []
    assert _agree("日澳《互惠準入協定》的簽署（2022年1月）具有標誌意義。") == [
        ("AGREE", ["AUS", "JPN"], [], "2022-01", "asserted")]
