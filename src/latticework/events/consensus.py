"""A consensus the parties state with 同意 (or 商定, 议定; 一致认为 only before a norm): their
agreement (AGREE), as the gold sets code a consensus reached at talks (the guidelines: "a reached
consensus").

Three forms tell what was agreed rather than an aim: 同意 followed by a comma or colon that opens
the content (双方同意，核武使用的决定应由人类掌控), 同意 followed by a norm (两国同意应维持…), and
同意 with a resumption later in its clause (双方同意当年夏季恢复…, 同意于年内重启…; the adjacent
同意恢复/同意重启 are lexicon words of their own). A bare 同意 with an aim (同意加强合作) is vague
intent and out of scope; 同意 with an act to hold (同意明年举行演习) makes that act planned, which is
the event (event_modality.agreed_to_hold). Not 同意 as a noun of consent (获得成员国一致同意,
须经议会同意) nor a refusal (不同意).
"""

from __future__ import annotations

import re

# the content opens right after the verb: a comma or colon, or a norm (应/应当/应该)
_CONTENT_OPENS = re.compile(r"\s*(?:[，,：:]|应当|应该|应(?!邀))")
# a resumption agreed, a few words after the verb in its clause (同意当年夏季恢复…, 同意尽快重启…), or a
# halt (双方商定暂停贸易摩擦的升级, 同意自午夜起停火: lead17)
# (not an act handed to another body: 同意由东盟派出观察团监督停火 tells the arrangement of the accord signed)
_RESUMED = re.compile(r"[^，。；,;：:由]{0,10}?(?:恢复|重启|暂停|停火|停止)")
# the verbs read so (lead17, rewrite set 'wording': 商定/议定 are 同意 in other words); 一致认为
# "share the view" tells a consensus only with a norm after it (双方一致认为应维持…), not with an opinion
CONSENSUS_VERBS = frozenset({"同意", "商定", "议定", "一致认为"})
_NORM = re.compile(r"\s*(?:应当|应该|应(?!邀))")
# consent as a noun (获得…一致同意, 须经议会同意, 征得对方同意) or a refusal (不同意, 未同意)
_CONSENT_NOUN = re.compile(r"(?:获得|获|得到|取得|征得|经过|须经|需经|未经|经)[^，。；,;]{0,16}$")
_REFUSED = re.compile(r"(?:不|未|没有|并未|拒绝)$")


def states_consensus(text: str, t0: int, t1: int, clause_start: int) -> bool:
    """Whether the consensus verb at [t0, t1) tells what the parties agreed (see the module docstring)."""
    before = text[clause_start:t0]
    if _CONSENT_NOUN.search(before) or _REFUSED.search(before):
        return False
    if text[t0:t1] == "一致认为":
        return _NORM.match(text, t1) is not None
    return _CONTENT_OPENS.match(text, t1) is not None or _RESUMED.match(text, t1) is not None
