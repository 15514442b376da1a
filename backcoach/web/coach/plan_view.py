"""The plan page's view of the engine's week: today first, each session marked done or not."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth.models import User

from backcoach.core.library.describe import dose_text
from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.web.coach.library import exercise_name
from backcoach.web.coach.models import SessionLog
from backcoach.web.coach.plans import CurrentPlan


@dataclass(frozen=True)
class ItemView:
    exercise_id: str
    name: str
    dose: str
    why: str


@dataclass(frozen=True)
class SessionView:
    number: int
    title: str
    minutes: int
    items: tuple[ItemView, ...]
    done: SessionLog | None


@dataclass(frozen=True)
class DayView:
    date: dt.date
    label: str
    is_today: bool
    is_past: bool
    sessions: tuple[SessionView, ...]


def item_view(item: PlanItem) -> ItemView:
    return ItemView(item.exercise, exercise_name(item.exercise), dose_text(item.dose), item.why)


def _label(when: dt.date, today: dt.date) -> str:
    if when == today:
        return "Today"
    if when == today + dt.timedelta(days=1):
        return "Tomorrow"
    return when.strftime("%A %d %B").replace(" 0", " ")


def _sessions(
    planned: tuple[PlannedSession, ...], done: list[SessionLog]
) -> tuple[SessionView, ...]:
    left = list(done)
    views = []
    for number, s in enumerate(planned):
        match = next((d for d in left if d.title == s.title), None)
        if match is not None:
            left.remove(match)
        items = tuple(item_view(i) for i in s.items)
        views.append(SessionView(number, s.title, s.minutes, items, match))
    return tuple(views)


def week_view(*, user: User, current: CurrentPlan, today: dt.date) -> list[DayView]:
    plan = current.result.plan
    if plan is None:
        return []
    dates = [d.date for d in plan.days]
    logged: dict[dt.date, list[SessionLog]] = defaultdict(list)
    for s in SessionLog.objects.filter(
        user=user, local_date__gte=min(dates), local_date__lte=max(dates)
    ).order_by("started_at"):
        logged[s.local_date].append(s)
    days = [
        DayView(
            d.date,
            _label(d.date, today),
            d.date == today,
            d.date < today,
            _sessions(d.sessions, logged[d.date]),
        )
        for d in plan.days
    ]
    # Today first, then the days ahead, then this week's days already gone.
    return sorted(days, key=lambda d: (d.is_past, d.date))
