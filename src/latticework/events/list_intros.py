"""What a list's introduction says of the items after it: recommendations follow (本报告提出以下建议,
a heading 三、政策建议), commitments follow (三国将…：, 声明列出…：), plans announced (宣布…的计划), and
how an item is numbered. Kept apart from the extractor's walk, which asks these of each paragraph."""

from __future__ import annotations

import re

_ADVICE_INTRO = re.compile(r"(?:提出|以下|如下)[^。；]{0,30}(?:建议|对策)|(?:建议|对策)(?:如下|包括)[：:]?")
# a section of recommendations (三、政策建议, 第五章 对策建议, 对中国的政策建议, 政策建议与展望)
_ADVICE_HEADING = re.compile(r"(?:[一二三四五六七八九十\d]+[、.．]\s*|第[一二三四五六七八九十\d]+[章节部分]\s*)?"
                             r"[^，。；,;\s]{0,10}?(?:建议|对策)(?:与展望)?")
_NUMBERED_ITEM = re.compile(r"(?:\d+(?:\.\d+)+\s?(?=[\u4e00-\u9fff])|\d+[、.．]\s*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，,、])")


# the colon of an intro that promises or lists agreed future acts: 三国将改进沟通机制…：, 联合声明列举了…领域：
# (type11: 达成“五点共识”，其中包括由特使访问…: the content of a consensus or document reached follows)
_COMMITMENT_INTRO = re.compile(r"(?:将|承诺|计划|拟|致力于|同意|决定)[^。；：:]{0,40}(?:[：:]|[，,]包括)|"
                               r"(?:达成|签署|发表|通过)[^。；：:，,]{0,30}(?:共识|协议|协定|声明|宣言)[”」》]?[，,]其中包括|"
                               r"(?:声明|宣言|公报|路线图|行动计划)[^。；：:]{0,30}(?:列举|列出|提出|包括|明确)[^。；：:]{0,30}[：:]")

_OUTCOMES = re.compile(r"成果|已经|业已|列出了")


def _advice_intro(text: str, s: int, e: int) -> bool:
    """本报告提出以下建议 / 对策如下: recommendations follow (the needed words tested first: the
    pattern's opening alternatives are slow to scan)."""
    if text.find("建议", s, e) == -1 and text.find("对策", s, e) == -1:
        return False
    return _ADVICE_INTRO.search(text, s, e) is not None


def _commitment_intro(text: str, s: int, e: int) -> re.Match[str] | None:
    """将…：/ 声明列出…：: a list of commitments follows (needs a colon or 包括, tested first)."""
    if text.find("：", s, e) == -1 and text.find(":", s, e) == -1 and text.find("包括", s, e) == -1:
        return None
    return _COMMITMENT_INTRO.search(text, s, e)
_ANNOUNCED_PLANS = re.compile(r"(?:宣布|公布|提出)了?[^；。]{0,40}的(?:计划|举措|措施)|"
                             r"^[^，,；]{0,20}?(?:将(?:继续|进一步|加强|增加|扩大|推动|深化|开展|举行|建立|提供|共同|在|于|致力)|承诺|计划|拟|致力于)")
