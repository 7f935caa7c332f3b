"""Calendar arithmetic of `timex`: the day a weekday names seen from the document's date, and how
many days a date or month lies before it (news tells what is days away, and sets background
facts months back)."""

from __future__ import annotations

import calendar

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}


def weekday_date(doc_date: str | None, rel: str | None, w: str) -> str | None:
    """The day a weekday names, seen from the document's date: 上/下 the week before or after,
    本/这 the same week, a bare weekday the nearest such day (news tells what is days away)."""
    import datetime as dt

    if not doc_date or len(doc_date) != 10:
        return None
    today = dt.date.fromisoformat(doc_date)
    target = _WEEKDAYS[w]
    monday = today - dt.timedelta(days=today.weekday())
    if rel:
        week = -1 if rel.startswith("上") else (1 if rel.startswith("下") else 0)
        return (monday + dt.timedelta(days=7 * week + target)).isoformat()
    delta = target - today.weekday()
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return (today + dt.timedelta(days=delta)).isoformat()


def days_before(doc_date: str | None, value: str) -> int | None:
    """How many days `value` (YYYY-MM-DD) lies before the document's date, if both are days."""
    if not doc_date or len(doc_date) != 10 or len(value) != 10:
        return None
    from datetime import date

    try:
        return (date.fromisoformat(doc_date) - date.fromisoformat(value)).days
    except ValueError:
        return None


def week_value(doc_date: str | None, rel: str) -> str | None:
    """上周/本周/下周 at the precision the week allows: its month when Monday and Sunday share one, else
    its year (a week is no ISO date of ours; a day is never invented)."""
    import datetime as dt

    if not doc_date or len(doc_date) != 10:
        return None
    today = dt.date.fromisoformat(doc_date)
    week = -1 if rel.startswith("上") else (1 if rel.startswith("下") else 0)
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 * week)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def background_month(doc_date: str | None, month: str) -> bool:
    """A month told more than a month before a news document's day (去年11月, 2017年12月): the
    month of a background fact, not the month the story's bare days (8日, 次日) belong to."""
    if not doc_date or len(doc_date) != 10:
        return False
    months = (int(doc_date[:4]) - int(month[:4])) * 12 + int(doc_date[5:7]) - int(month[5:7])
    return months > 1


def iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    """A date at the precision its parts give (a month with no such day keeps the month)."""
    if y is None:
        return None
    if m is None or not 1 <= m <= 12:
        return f"{y:04d}"
    if d is None or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return f"{y:04d}-{m:02d}"  # (2月30日: no such day; the month is what the text supports)
    return f"{y:04d}-{m:02d}-{d:02d}"


def shift(value: str, years: int = 0, months: int = 0, days: int = 0) -> str:
    """A date moved by years, months or days, at its own precision."""
    import datetime as dt

    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3 and days:
        d = dt.date(*parts) + dt.timedelta(days=days)
        return d.isoformat()
    y = parts[0] + years
    if len(parts) >= 2:
        m = parts[1] - 1 + months
        y += m // 12
        return iso(y, m % 12 + 1, parts[2] if len(parts) == 3 and not months else None) or value
    return f"{y:04d}"
