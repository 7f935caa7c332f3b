"""A person the gazetteer lacks, found after an office title, named again by the bare name later in
the document (absent11). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from latticework.actors import link
from latticework.actors.gazetteer import load
from latticework.actors.matcher import Matcher
from latticework.actors.resolve import Resolver
from latticework.clean import clean
from latticework.model import SourceText

MINI = Path(__file__).parent / "data" / "mini_gazetteer"


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    gz = load(MINI)
    return Resolver(gz, Matcher(gz))


def persons(resolver: Resolver, text: str):
    doc = clean(SourceText("t.txt", text, "txt"))
    return [(m.text, m.id, m.country) for m in link(doc, resolver=resolver) if m.kind == "person"]


@pytest.mark.parametrize("text", [
    "2024年5月，印度外交秘书卡里姆宣布，两国已完成谈判。2024年8月，卡里姆访问日本。",
    "2024年5月，印度外長卡里姆宣佈，兩國已完成談判。\n\n2024年8月，卡里姆訪問日本。",
])
def test_a_titled_name_named_again_is_the_same_person(resolver, text) -> None:
    got = persons(resolver, text)
    assert len(got) == 2 and len({(i, c) for _, i, c in got}) == 1 and got[0][2] == "IND", got


def test_a_name_inside_a_longer_transliteration_is_no_mention(resolver) -> None:
    got = persons(resolver, "印度外长卡里姆会见了来访的客人。随后，卡卡里姆尼亚公司发表声明。")
    assert len(got) == 1, got


def test_a_short_han_name_is_not_looked_for_again(resolver) -> None:
    got = persons(resolver, "越南外长黎明访问日本。黎明时分，双方举行会谈。")
    assert len(got) == 1, got
