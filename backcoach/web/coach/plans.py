"""The bridge between stored records and the core engine: the person's profile and session log
in, the engine's week plan out. Every clinical decision is the engine's; this module only
decides which week the plan is for and keeps the result in the cache.

A plan week starts on the intake day and repeats every seven days, so "three times a week"
stays on fixed days. A safety event (a stop for nausea, dizziness or sharp pain, or soreness
the next morning) starts a new plan week at once, so the engine's answer to it (dropping the
exercise, a smaller dose, rest days) applies from that day, not from the next week.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db.models import Count, Max, Q

from backcoach.core.planning import PlannedSession, PlanResult, build_plan
from backcoach.core.profile import parse_profile
from backcoach.core.records import SessionRecord
from backcoach.web.coach.access import current_intake
from backcoach.web.coach.history import history_for
from backcoach.web.coach.models import CheckIn, Intake, SessionLog

SAFETY_STOPS = ("nausea", "dizziness", "sharp_pain")
CACHE_S = 6 * 3600


@dataclass(frozen=True)
class CurrentPlan:
    intake: Intake
    anchor: dt.date
    result: PlanResult
    key: str

    @property
    def next_review(self) -> dt.date:
        return self.anchor + dt.timedelta(days=7)

    def day(self, when: dt.date) -> tuple[PlannedSession, ...]:
        plan = self.result.plan
        if plan is None:
            return ()
        return next((d.sessions for d in plan.days if d.date == when), ())


@dataclass(frozen=True)
class Activity:
    """What the plan depends on in the person's log, read in two queries."""

    sessions: int
    last_saved: dt.datetime | None
    mornings: int
    last_safety_stop: dt.date | None
    sessions_yesterday: int
    checkins: int
    sore: int
    last_sore: dt.date | None
    checked_in_today: bool

    @property
    def checkin_due(self) -> bool:
        return self.sessions_yesterday > 0 and not self.checked_in_today


def activity(*, user: User, today: dt.date) -> Activity:
    yesterday = today - dt.timedelta(days=1)
    logged = SessionLog.objects.filter(user=user).aggregate(
        n=Count("id"),
        saved=Max("saved_at"),
        mornings=Count("id", filter=Q(pain_next_morning__isnull=False)),
        safety=Max("local_date", filter=Q(stop_reason__in=SAFETY_STOPS, local_date__lte=today)),
        yesterday=Count("id", filter=Q(local_date=yesterday)),
    )
    checked = CheckIn.objects.filter(user=user).aggregate(
        n=Count("id"),
        sore_n=Count("id", filter=Q(sore=True)),
        last_sore=Max("date", filter=Q(sore=True, date__lte=today)),
        today=Count("id", filter=Q(date=today)),
    )
    return Activity(
        sessions=logged["n"],
        last_saved=logged["saved"],
        mornings=logged["mornings"],
        last_safety_stop=logged["safety"],
        sessions_yesterday=logged["yesterday"],
        checkins=checked["n"],
        sore=checked["sore_n"],
        last_sore=checked["last_sore"],
        checked_in_today=checked["today"] > 0,
    )


def plan_anchor(*, intake: Intake, seen: Activity, today: dt.date) -> dt.date:
    base = intake.start_date
    events = (seen.last_safety_stop, seen.last_sore)
    base = max([base, *(d for d in events if d is not None and d >= base)])
    return base + dt.timedelta(days=7 * ((today - base).days // 7))


def plan_key(*, user: User, intake: Intake, anchor: dt.date, seen: Activity) -> str:
    """Everything that could change the engine's answer is in the key: no invalidation. The
    creation times guard against ids reused after a deletion (SQLite may reuse the last id)."""
    born = f"{user.date_joined.isoformat()}:{intake.created_at.isoformat()}"
    raw = f"{born}:{intake.pk}:{anchor}:{seen}"
    return f"plan:{user.pk}:{hashlib.sha256(raw.encode()).hexdigest()[:24]}"


def compute_plan(*, intake: Intake, history: list[SessionRecord], anchor: dt.date) -> PlanResult:
    return build_plan(parse_profile(intake.profile), history=history, start=anchor)


def current_plan(*, user: User, today: dt.date, seen: Activity | None = None) -> CurrentPlan | None:
    """None without an intake, or when the screening allows no plan (nothing to compute)."""
    intake = current_intake(user)
    if intake is None or not intake.allows_plan:
        return None
    seen = seen or activity(user=user, today=today)
    anchor = plan_anchor(intake=intake, seen=seen, today=today)
    key = plan_key(user=user, intake=intake, anchor=anchor, seen=seen)
    result: PlanResult | None = cache.get(key)
    if result is None:
        result = compute_plan(intake=intake, history=history_for(user=user), anchor=anchor)
        cache.set(key, result, CACHE_S)
    return CurrentPlan(intake=intake, anchor=anchor, result=result, key=key)
