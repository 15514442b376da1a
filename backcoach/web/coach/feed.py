"""The plan as calendar events: each planned session from today on, at a usual hour."""

import datetime as dt
import zoneinfo

from django.contrib.auth.models import User
from django.urls import reverse

from backcoach.web.accounts.services import account_time_zone
from backcoach.web.coach.ical import Event
from backcoach.web.coach.library import exercise_name
from backcoach.web.coach.plans import current_plan

# Sessions of a day go at these local hours, in order (morning relief, evening, and so on).
HOURS = (8, 18, 13, 20, 10, 16)


def planned_events(*, user: User, base_url: str) -> list[Event]:
    zone = zoneinfo.ZoneInfo(account_time_zone(user=user))
    today = dt.datetime.now(zone).date()
    current = current_plan(user=user, today=today)
    if current is None or current.result.plan is None:
        return []
    plan_url = base_url.rstrip("/") + reverse("plan")
    events = []
    for day in current.result.plan.days:
        if day.date < today:
            continue
        for n, session in enumerate(day.sessions):
            start = dt.datetime.combine(day.date, dt.time(HOURS[n % len(HOURS)]), zone)
            lines = [f"- {exercise_name(i.exercise)}" for i in session.items]
            events.append(
                Event(
                    uid=f"{user.pk}-{day.date.isoformat()}-{n}@backcoach",
                    start=start,
                    minutes=session.minutes,
                    title=f"backcoach: {session.title}",
                    description="\n".join([*lines, "", "Start it from your plan page."]),
                    url=plan_url,
                )
            )
    return events
