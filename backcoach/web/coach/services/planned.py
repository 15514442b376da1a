"""Keeping the record of what was planned, for the progress calendar."""

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.core.planning import WeekPlan
from backcoach.web.coach.models import PlannedDay


@transaction.atomic
def planned_days_record(*, user: User, plan: WeekPlan, today: dt.date) -> int:
    """Records today's and the coming days' sessions; days gone keep what they were. Writes
    only what changed, since this runs on every view of the plan. Returns rows written."""
    wanted = {
        d.date: (len(d.sessions), d.minutes, [s.title for s in d.sessions])
        for d in plan.days
        if d.date >= today
    }
    existing = {p.date: p for p in PlannedDay.objects.filter(user=user, date__in=list(wanted))}
    written = 0
    for date, (sessions, minutes, titles) in wanted.items():
        row = existing.get(date)
        if row and (row.sessions, row.minutes, row.titles) == (sessions, minutes, titles):
            continue
        PlannedDay.objects.update_or_create(
            user=user,
            date=date,
            defaults={"sessions": sessions, "minutes": minutes, "titles": titles},
        )
        written += 1
    return written
