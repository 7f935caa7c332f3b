"""The linker's shortcuts (speed13) answer as the slow forms they replace.

Each shortcut is held to the full computation it skips, on sentences written for these tests:
the block where the matcher links no name is resolved as the full path resolves it.
"""

from __future__ import annotations

import pytest

from latticework.actors import default_resolver

# blocks that name no listed entity but may hold a discovered name or a reference (own words)
_NAMELESS = [
    "第三章",
    "注释",
    "会议在友好气氛中结束，与会者表示满意。",
    "两国同意在年内再次举行会谈。",
    "双方还就共同关心的问题交换了意见，该行表示将继续提供贷款。",
    "据《湄公河下游水资源合作协定》规定，各方每年轮流主办会议。",
    "“蓝色海岸”联合演习于次月开始，参演兵力约三千人。",
    "会后发表了《关于加强海上搜救合作的联合声明》。",
    "外长马杜罗斯基表示，本国将坚持中立。",
    "北极理事会与南太平洋渔业管理组织签署备忘录，其秘书处设在当地。",
    "2+2会谈结束后，本国代表发言。",
]


def _slow(r, *args, **kwargs):
    """`resolve_block` with the nameless-block shortcut switched off (the full path for every block)."""
    return type(r).resolve_block(_Full(r), *args, **kwargs)


class _Full:
    """The resolver as it is, but with no shortcut for nameless blocks."""

    def __init__(self, r):
        self._r = r

    def __getattr__(self, name):
        return getattr(self._r, name)

    def _nameless_block(self, *args, **kwargs):
        return None


@pytest.mark.parametrize("text", _NAMELESS)
def test_a_nameless_block_is_resolved_as_the_full_path_resolves_it(text: str) -> None:
    r = default_resolver()
    context = r.resolve_block("中国和越南举行会谈。", 0, 0, "2024-01-01")
    for in_note in (False, True):
        for ctx in (None, context):
            args = (text, 3, 100, "2024-05-01")
            kw = dict(in_note=in_note, context=ctx, earlier=list(context))
            assert r.resolve_block(*args, **kw) == _slow(r, *args, **kw)


def test_the_shortcut_is_taken_on_blocks_that_name_no_one() -> None:
    r = default_resolver()
    assert not r.matcher.find("会议在友好气氛中结束，与会者表示满意。")
    assert r._nameless_block("会议在友好气氛中结束，与会者表示满意。", 0, 0, None, False, None, None) == []
    # a discovered name: the block takes the full path
    assert r._nameless_block("会后发表了《关于加强海上搜救合作的联合声明》。", 0, 0, None, False, None, None) is None


def test_dashes_are_made_one_as_the_translation_table_made_them() -> None:
    from latticework.actors.gazetteer import DASHES, one_dash, simplify

    texts = ["中国-东盟自贸区", "澜沧江–湄公河合作", "日本―湄公河", "湄公河－美国伙伴关系", "2023‐2024年",
             "A﹣B−C‑D‒E", "没有连接号的句子", "", "——破折号——"]
    for t in texts:
        assert one_dash(t) == t.translate(DASHES)
    assert simplify("亞洲－太平洋經濟合作組織與東南亞國家聯盟‐對話") == "亚洲—太平洋经济合作组织与东南亚国家联盟—对话"
