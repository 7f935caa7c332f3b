"""Acts dated after the document's own date are plans.

A commentary dated 2025年4月20日 that speaks of 下月在吉隆坡举行的东盟峰会 cannot report that summit as
held: whatever the text's verbs, an act it dates after its own date is still to come (guidelines:
planned events take their own date). Only asserted acts change; hypothetical, proposed and negated
ones keep their modality.
"""

from __future__ import annotations

from datetime import date as Day

from .model import Event

# a wire dated in one time zone tells what happened the next day in another (东京10日电 about 美东时间
# 10日, Washington's 11th): a day or so past the dateline is still reporting
_GRACE_DAYS = 1


def _after(date: str, doc_date: str) -> bool:
    """True when `date` lies wholly after `doc_date`: at the coarser of the two precisions, and by more
    than the grace of a time zone when both name a day."""
    n = min(len(date), len(doc_date))
    if n < 10:
        return date[:n] > doc_date[:n]
    try:
        return (Day.fromisoformat(date[:10]) - Day.fromisoformat(doc_date[:10])).days > _GRACE_DAYS
    except ValueError:
        return False


def plan_future_acts(events: list[Event], doc_date: str | None) -> list[Event]:
    """Mark as planned the asserted events dated after the document's date."""
    if not doc_date:
        return events
    for ev in events:
        if ev.modality == "asserted" and ev.date and _after(ev.date, doc_date):
            ev.modality = "planned"
    return events
