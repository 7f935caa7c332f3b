"""Whose 我国 it is: the author's own country, which is Taiwan in text written from Taiwan.

Chinese IR literature says 我国/我方 for the author's country. Mainland text means China; Taiwan's
government, press and think tanks mean Taiwan, and they write in traditional script with their own
terms for the other side (中共, 对岸, 国军, 立法院…), listed in `actor_cues.yaml` (`taiwan_voice`).
"""

from __future__ import annotations

from ..clean import CleanDoc
from .matcher import cues


def own_state(doc: CleanDoc) -> str | None:
    """TWN when the document is written from Taiwan, else None (the default self-reference holds)."""
    conf = cues().get("taiwan_voice") or {}
    if not conf or not doc.is_traditional:
        return None
    text = doc.simplified
    found = sum(1 for c in conf.get("cues") or [] if c in text)
    return conf.get("state") if found >= int(conf.get("min", 2)) else None
