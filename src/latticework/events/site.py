"""What the steps that build one event see: the trigger in its sentence, and the walk's state.

`_build` in `extract` assembles an event in steps (subject, roles, parties, modality, date,
object), each in a module of its own. They share two small records instead of a dozen loose
arguments: the `Site` of the trigger (fixed once found) and the `WalkState` the per-document walk
keeps from sentence to sentence (the subject carried over a ；-list, the paragraph's parties...).
The state lives on one Extractor, never at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actors.resolve import Mention
from ..clean import CleanDoc
from ..timex import Timex
from .model import Event


@dataclass(frozen=True)
class Site:
    """A trigger word at [t0, t1) in the sentence [s, e), inside the clause [clause_start, clause_end)."""

    doc: CleanDoc
    text: str  # the simplified view of the document (same offsets as doc.text)
    s: int
    e: int
    t0: int
    t1: int
    word: str
    directed: bool  # the trigger's context marked the event directed (X对Y进行访问)
    mentions: list[Mention]  # the sentence's linked mentions
    times: list[Timex]  # the sentence's time expressions
    para_date: str | None  # the date the paragraph's happening was last told with
    clause_start: int
    clause_end: int


@dataclass
class WalkState:
    """What the walk over one document carries from sentence to sentence."""

    carry: list[Mention] = field(default_factory=list)  # the subject of the ；-item before
    topic: list[Mention] = field(default_factory=list)  # the subject the sentence before ended on
    last_subject: list[Mention] = field(default_factory=list)
    list_item: bool = False  # the sentence is an item after ；of a list told in one frame
    list_frame: str = "asserted"  # the modality of that frame
    list_from: int = -1  # where a list of commitments starts (after its colon), or -1
    list_planned: bool = False  # the ；-items follow an item that promises
    advice: bool = False  # the sentence is an item of a list of recommendations
    para_parties: frozenset | None = None  # the parties of the paragraph's last dated happening
    para_meeting: frozenset | None = None  # the states of its last dated meeting
    para_span: bool = False  # the paragraph's last date is a range of days (a summit, a visit)
    news_paragraph: bool = False  # the paragraph is as short as a news item's (an essay's are longer)
    frame_at: int | None = None  # where the noun a light verb heads ends
    frame_noun: int | None = None
    name_end: int = -1  # the end of a quoted name used as a participant: triggers inside it are part of the name
    item_gathering: Event | None = None  # the gathering of the ；-item before
    para_gathering: Event | None = None  # the paragraph's last dated meeting of a body (…峰会举行。X均未出席。)
    gathering: Event | None = None  # the paragraph's last dated meeting of a body (会议通过… is its act)
    doc_mentions: list[Mention] = field(default_factory=list)  # every mention of the document (bodies named before)
    doc_refs: list[Mention] = field(default_factory=list)  # 该协定, 该组织: documents and bodies referred to by type word
    own_state: str | None = None  # the state the document is written from when not China's (actors.voice.own_state)
    # the sentence's mention list, its start and `subject.mention_facts` of them: computed for its
    # first trigger, reused by the others (the list is held, so it is the same list while it is here)
    mention_facts: tuple[list[Mention], int, list[tuple[bool, bool]]] | None = None
