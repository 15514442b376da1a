"""The bridge between stored records and the core engine: the person's profile and session log
in, the engine's week plan out. Every clinical decision is the engine's; this module only
finds the dates core's plan-week rule (`core.planning.week_start`) needs, counting weeks from
the intake day, and keeps the result in the cache.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection

from backcoach.core import records
from backcoach.core.brakes import PAIN_LIMIT, PAIN_RISE
from backcoach.core.planning import PlannedSession, PlanResult, build_plan, week_start
from backcoach.core.planning.weeks import WEEK_DAYS
from backcoach.core.profile import parse_profile
from backcoach.core.records import SessionRecord
from backcoach.web.coach.access import current_intake
from backcoach.web.coach.history import history_for
from backcoach.web.coach.models import CheckIn, Intake, SessionLog

SAFETY_STOPS = tuple(sorted(str(reason) for reason in records.SAFETY_STOPS))
CACHE_S = 6 * 3600


@dataclass(frozen=True)
class CurrentPlan:
    intake: Intake
    anchor: dt.date
    result: PlanResult
    key: str

    @property
    def next_review(self) -> dt.date:
        return self.anchor + dt.timedelta(days=WEEK_DAYS)

    def day(self, when: dt.date) -> tuple[PlannedSession, ...]:
        plan = self.result.plan
        if plan is None:
            return ()
        return next((d.sessions for d in plan.days if d.date == when), ())


@dataclass(frozen=True)
class Activity:
    """What the plan depends on in the person's log, read in one query."""

    sessions: int
    last_saved: str | None
    last_safety_stop: dt.date | None
    sessions_yesterday: int
    checkins: int
    sore: int
    last_sore: dt.date | None
    checked_in_today: bool

    @property
    def checkin_due(self) -> bool:
        return self.sessions_yesterday > 0 and not self.checked_in_today


# The safety events of core's week rule (`planning.weeks.safety_event_days`): a safety stop or
# pain after past the brakes' limit on the session's day; soreness or next-morning pain over
# the limit on the check-in's day. (A next-morning rise of 2 points below the limit, which
# core also counts, needs the session's pain before: it moves the week only in the CLI for now.)
# One round trip on every plan view. Raw SQL because building the same two aggregates through
# the ORM cost more than everything else on the page; it runs unchanged on SQLite and PostgreSQL.
ACTIVITY_SQL = f"""
SELECT s.n, s.saved, s.safety, s.yesterday, c.n, c.sore, c.last_sore, c.today
FROM (
    SELECT COUNT(*) AS n, MAX(saved_at) AS saved,
        MAX(CASE WHEN (stop_reason IN ({", ".join(["%s"] * len(SAFETY_STOPS))})
                OR pain_after > %s OR pain_after - pain_before >= %s)
            AND local_date <= %s THEN local_date END) AS safety,
        SUM(CASE WHEN local_date = %s THEN 1 ELSE 0 END) AS yesterday
    FROM {SessionLog._meta.db_table} WHERE user_id = %s
) s, (
    SELECT COUNT(*) AS n, SUM(CASE WHEN sore THEN 1 ELSE 0 END) AS sore,
        MAX(CASE WHEN (sore OR pain > %s) AND date <= %s THEN date END) AS last_sore,
        SUM(CASE WHEN date = %s THEN 1 ELSE 0 END) AS today
    FROM {CheckIn._meta.db_table} WHERE user_id = %s
) c
"""


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # SQLite hands dates back as text


def activity(*, user: User, today: dt.date) -> Activity:
    day = connection.ops.adapt_datefield_value
    yesterday = day(today - dt.timedelta(days=1))
    params = [*SAFETY_STOPS, PAIN_LIMIT, PAIN_RISE, day(today), yesterday, user.pk,
              PAIN_LIMIT, day(today), day(today), user.pk]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(ACTIVITY_SQL, params)
        n, saved, safety, in_yesterday, checkins, sore, last_sore, today_n = cursor.fetchone()
    return Activity(
        sessions=n,
        last_saved=str(saved) if saved is not None else None,
        last_safety_stop=_day(safety),
        sessions_yesterday=in_yesterday or 0,
        checkins=checkins,
        sore=sore or 0,
        last_sore=_day(last_sore),
        checked_in_today=(today_n or 0) > 0,
    )


def plan_anchor(*, intake: Intake, seen: Activity, today: dt.date) -> dt.date:
    events = [d for d in (seen.last_safety_stop, seen.last_sore) if d is not None]
    return week_start(start=intake.start_date, events=events, today=today)


def plan_key(*, user: User, intake: Intake, anchor: dt.date, seen: Activity) -> str:
    """Everything that could change the engine's answer is in the key: no invalidation. The
    creation times guard against ids reused after a deletion (SQLite may reuse the last id)."""
    born = f"{user.date_joined.isoformat()}:{intake.created_at.isoformat()}"
    raw = f"{born}:{intake.pk}:{anchor}:{seen}"
    return f"plan:{user.pk}:{hashlib.sha256(raw.encode()).hexdigest()[:24]}"


def compute_plan(*, intake: Intake, history: list[SessionRecord], anchor: dt.date) -> PlanResult:
    return build_plan(parse_profile(intake.profile), history=history, start=anchor)


def current_plan(
    *, user: User, today: dt.date, seen: Activity | None = None, intake: Intake | None = None
) -> CurrentPlan | None:
    """None without an intake, or when the screening allows no plan (nothing to compute)."""
    intake = intake or current_intake(user)
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
