"""Seven-day plans from a profile, the library and the session log."""

from backcoach.core.planning.build import build_plan, complex_exercises, complex_session
from backcoach.core.planning.models import (
    DayPlan,
    Excluded,
    PlanItem,
    PlannedSession,
    PlanResult,
    WeekPlan,
)
from backcoach.core.planning.weeks import safety_event_days, week_start

__all__ = [
    "DayPlan",
    "Excluded",
    "PlanItem",
    "PlanResult",
    "PlannedSession",
    "WeekPlan",
    "build_plan",
    "complex_exercises",
    "complex_session",
    "safety_event_days",
    "week_start",
]
