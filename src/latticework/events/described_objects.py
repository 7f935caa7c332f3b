"""An act told in a relative clause inside the object of another act (宣布暂停执行与巴基斯坦签订的《…条约》,
拆除…由美国援建的设施): it describes that object, and is no happening of the sentence's date. Kept
apart from the extractor's walk, which asks it of each trigger."""

from __future__ import annotations

import re

from ..timex import Timex
from .clauses import _clause_start


def _described_in_object(text: str, s: int, t0: int, t1: int, acts_at: list[tuple[int, int]], times: list[Timex]) -> bool:
    """An undated act told in a relative clause (…签订的《…》) inside the object of an act already told
    in the same clause (宣布暂停执行与巴基斯坦签订的《印度河水条约》) describes that object: it is no
    happening of the sentence's date. One with a date in its clause (回顾…次年2月澳大利亚宣布退出的经历,
    印澳在2020年6月建立…时签署的《…》) is a background event and stays."""
    if text[t1 : t1 + 1] != "的":
        return False
    clause_start = _clause_start(text, t0, s)
    if not any(a < t0 < end for a, end in acts_at):
        # prec11: so is one inside the object of a verb that undoes it (拆除…由美国援建的设施, 解散依该协议设立的
        # 基金会), when no date stands between that verb and it: the sentence's date is the undoing's
        undone = _UNDONE_OBJECT.search(text, clause_start, t0)
        return undone is not None and not any(undone.start() <= t.start < t0 for t in times)
    if all(text.startswith(_TERMS_AGREED, a) for a, end in acts_at if a < t0 < end):
        return False  # 双方敲定3500亿美元对美投资的细节: the investment is what the deal settles, told in its own right
    return not any(clause_start <= t.start < t0 for t in times)


_TERMS_AGREED = ("敲定", "谈妥", "商定")
_UNDONE_OBJECT = re.compile(r"(?:拆除|拆毁|解散|关闭|废除|废止|撤销|撤除|停用|清拆)[^，。；,;]{0,16}$")
