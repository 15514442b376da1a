"""The numbers behind the progress page: pain over time, done against planned, the list."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from statistics import mean

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.html import escape

from backcoach.web.coach.charts import Series, pain_chart
from backcoach.web.coach.models import CheckIn, PlannedDay, SessionLog

TREND_DAYS = 90
CALENDAR_WEEKS = 6


@dataclass(frozen=True)
class CalendarDay:
    date: dt.date
    done: int
    planned: int
    is_future: bool
    is_today: bool = False

    @property
    def number(self) -> int:
        return self.date.day

    @property
    def label(self) -> str:
        return f"{self.done} done of {self.planned} planned on {self.date.day} {self.date:%B}"

    @property
    def state(self) -> str:
        if self.is_future:
            return "future"
        if self.is_today and self.done < self.planned:
            return "today partial" if self.done else "today"
        if not self.planned:
            return "extra" if self.done else "rest"
        if self.done >= self.planned:
            return "full"
        return "partial" if self.done else "missed"


def pain_series(*, user: User, today: dt.date) -> list[Series]:
    since = today - dt.timedelta(days=TREND_DAYS)
    before: dict[dt.date, list[int]] = defaultdict(list)
    after: dict[dt.date, list[int]] = defaultdict(list)
    rows = SessionLog.objects.filter(user=user, local_date__gte=since).values_list(
        "local_date", "pain_before", "pain_after"
    )
    for day, pain_before, pain_after in rows:
        before[day].append(pain_before)
        if pain_after is not None:
            after[day].append(pain_after)
    mornings = CheckIn.objects.filter(user=user, date__gte=since).values_list("date", "pain")
    return [
        Series("before sessions", "before", sorted((d, mean(v)) for d, v in before.items())),
        Series("after sessions", "after", sorted((d, mean(v)) for d, v in after.items())),
        Series("next morning", "morning", sorted(mornings)),
    ]


def pain_svg(series: list[Series]) -> str:
    latest = [f"{s.name} {s.points[-1][1]:.0f}/10" for s in series if s.points]
    summary = "Latest: " + ", ".join(latest) if latest else "No sessions yet."
    return pain_chart(series, title=f"Pain over the last {TREND_DAYS} days", summary=summary)


def calendar(*, user: User, today: dt.date) -> list[list[CalendarDay]]:
    monday = today - dt.timedelta(days=today.weekday())
    first = monday - dt.timedelta(weeks=CALENDAR_WEEKS - 1)
    last = monday + dt.timedelta(days=6)
    done: dict[dt.date, int] = defaultdict(int)
    for day in SessionLog.objects.filter(user=user, local_date__range=(first, last)).values_list(
        "local_date", flat=True
    ):
        done[day] += 1
    planned = dict(
        PlannedDay.objects.filter(user=user, date__range=(first, last)).values_list(
            "date", "sessions"
        )
    )
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    cells = [CalendarDay(d, done[d], planned.get(d, 0), d > today, d == today) for d in days]
    return [cells[i : i + 7] for i in range(0, len(cells), 7)]


def numbers_table(series: list[Series]) -> str:
    """The chart's numbers as plain tables, for screen readers and for reading exact values.
    Built here rather than in the template: a year of rows made the template the slowest part."""
    parts = []
    for s in series:
        if not s.points:
            continue
        rows = "".join(
            f"<tr><td>{d.day} {d.strftime('%b')}</td><td>{v:.1f}</td></tr>" for d, v in s.points
        )
        parts.append(
            f'<h3>{escape(s.name.capitalize())}</h3><table><thead><tr><th scope="col">Day</th>'
            f'<th scope="col">Pain</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    return "".join(parts)


def session_rows(sessions: list[SessionLog]) -> str:
    rows = []
    for s in sessions:
        after = f" → {s.pain_after}" if s.pain_after is not None else ""
        stop = (
            f" <strong>(stopped: {escape(s.get_stop_reason_display().lower())})</strong>"
            if s.stop_reason
            else ""
        )
        url = reverse("session_detail", args=[s.client_id])
        label = f"{s.local_date.strftime('%a')} {s.local_date.day} {s.local_date.strftime('%b')}"
        rows.append(
            f'<li><a href="{url}">{label}: {escape(s.title)}</a> '
            f"pain {s.pain_before}{after}{stop}</li>"
        )
    return "".join(rows)


def recent_sessions(*, user: User, limit: int = 50) -> list[SessionLog]:
    return list(
        SessionLog.objects.filter(user=user)
        .order_by("-started_at")
        .only(
            "client_id",
            "started_at",
            "title",
            "pain_before",
            "pain_after",
            "difficulty",
            "stop_reason",
            "local_date",
        )[:limit]
    )
