"""An admission decided and an admission taking effect are two JOIN events, also when the new
members are taken back by 新成员 (invented sentences; events/merge._one_accession, actor_cues
plural_states)."""

from __future__ import annotations

import pytest

from event_helpers import file_events
from latticework.actors import link
from latticework.clean import clean
from latticework.model import SourceText


def _joins(tmp_path, text: str) -> list[tuple[str | None, list[str]]]:
    return sorted((e.date, sorted(a.key() for a in e.actors)) for e in file_events(tmp_path, text, "news.txt") if e.type == "JOIN")


@pytest.mark.parametrize(
    "text",
    [
        "2023年8月，金砖峰会宣布邀请埃及、伊朗、埃塞俄比亚加入，新成员自2024年1月1日起正式成为金砖成员。",
        "2023年8月，金砖峰会宣布邀请埃及、伊朗、埃塞俄比亚加入。新成员国自2024年1月1日起正式成为金砖成员。",
        "2023年8月，金磚峰會宣布邀請埃及、伊朗、衣索比亞加入，新成員自2024年1月1日起正式成為金磚成員。",
    ],
)
def test_the_invitation_and_the_membership_it_starts_are_two_joins(tmp_path, text: str) -> None:
    assert _joins(tmp_path, text) == [("2023-08", ["EGY", "ETH", "IRN"]), ("2024-01-01", ["EGY", "ETH", "IRN"])]


def test_a_start_told_inside_the_invitations_clause_stays_its_effective_date(tmp_path) -> None:
    """决定邀请A、B自2024年1月1日起成为正式成员: one act, with the day it takes effect."""
    (join,) = [e for e in file_events(tmp_path, "2023年8月，金砖峰会决定邀请埃及、伊朗自2024年1月1日起成为正式成员。", "news.txt")
               if e.type == "JOIN"]
    assert (join.date, join.effective) == ("2023-08", "2024-01-01")


def _refs(text: str) -> list[tuple[str, list[str]]]:
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, sorted(m.refers_to)) for m in link(doc) if m.how == "coreference"]


@pytest.mark.parametrize(
    "text",
    [
        "2023年4月，美国和英国对北约新成员芬兰表示欢迎。",  # apposition to the name after it
        "金砖国家于2024年1月迎来埃及、埃塞俄比亚、伊朗和阿联酋四个新成员。",  # the list's own noun
        "2024年，该协定联合委员会通过接纳新成员的程序，中国香港和斯里兰卡已提出申请。",  # generic
    ],
)
def test_new_members_refer_back_only_as_a_clauses_subject(text: str) -> None:
    assert [r for r in _refs(text) if r[0].startswith("新成员")] == []


def test_a_statement_named_by_what_it_is_about_and_documents_signed_are_two(tmp_path) -> None:
    text = "2023年12月，中越双方发表关于进一步深化全面战略合作伙伴关系的联合声明，并签署36份合作文件。"
    assert len([e for e in file_events(tmp_path, text, "news.txt") if e.type == "AGREE"]) == 2


def test_one_statement_signed_and_issued_is_one(tmp_path) -> None:
    text = "2024年5月16日，中俄两国元首会谈，随后共同签署和发表关于深化两国全面战略协作伙伴关系的联合声明。"
    assert len([e for e in file_events(tmp_path, text, "news.txt") if e.type == "AGREE"]) == 1
