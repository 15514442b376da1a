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

    @property
    def next_review(self) -> dt.date:
        return self.anchor + dt.timedelta(days=7)

    def day(self, when: dt.date) -> tuple[PlannedSession, ...]:
        plan = self.result.plan
        if plan is None:
            return ()
        return next((d.sessions for d in plan.days if d.date == when), ())


def plan_anchor(*, user: User, intake: Intake, today: dt.date) -> dt.date:
    base = intake.start_date
    safety = SessionLog.objects.filter(
        user=user, local_date__gte=base, local_date__lte=today, stop_reason__in=SAFETY_STOPS
    ).aggregate(last=Max("local_date"))["last"]
    sore = CheckIn.objects.filter(user=user, date__gt=base, date__lte=today, sore=True).aggregate(
        last=Max("date")
    )["last"]
    base = max(d for d in (base, safety, sore) if d is not None)
    return base + dt.timedelta(days=7 * ((today - base).days // 7))


def _cache_key(user: User, intake: Intake, anchor: dt.date) -> str:
    # Anything that could change the engine's answer is in the key, so no invalidation is needed.
    stats = SessionLog.objects.filter(user=user).aggregate(
        n=Count("id"),
        saved=Max("saved_at"),
        mornings=Count("id", filter=Q(pain_next_morning__isnull=False)),
    )
    checkins = CheckIn.objects.filter(user=user).aggregate(
        n=Count("id"), sore=Count("id", filter=Q(sore=True))
    )
    raw = f"{intake.pk}:{anchor}:{stats}:{checkins}"
    return f"plan:{user.pk}:{hashlib.sha256(raw.encode()).hexdigest()[:24]}"


def compute_plan(*, intake: Intake, history: list[SessionRecord], anchor: dt.date) -> PlanResult:
    return build_plan(parse_profile(intake.profile), history=history, start=anchor)


def current_plan(*, user: User, today: dt.date) -> CurrentPlan | None:
    """None without an intake, or when the screening allows no plan (nothing to compute)."""
    intake = current_intake(user)
    if intake is None or not intake.allows_plan:
        return None
    anchor = plan_anchor(user=user, intake=intake, today=today)
    key = _cache_key(user, intake, anchor)
    result: PlanResult | None = cache.get(key)
    if result is None:
        result = compute_plan(intake=intake, history=history_for(user=user), anchor=anchor)
        cache.set(key, result, CACHE_S)
    return CurrentPlan(intake=intake, anchor=anchor, result=result)
