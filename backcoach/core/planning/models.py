"""The shapes of a plan. `PlanResult.to_dict()` is the issue-3 JSON that CLI, web and API share."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from backcoach.core.library import Dose
from backcoach.core.screening import NOTICE, Reason, Status


@dataclass(frozen=True)
class PlanItem:
    exercise: str
    sets: int
    reps: int
    hold_s: int
    rest_s: int
    per_side: bool
    why: str
    reps_by_set: tuple[int, ...] | None = None
    rep_s: int = 3

    @classmethod
    def from_dose(cls, exercise: str, dose: Dose, why: str) -> "PlanItem":
        return cls(
            exercise=exercise,
            sets=dose.sets,
            reps=dose.reps,
            hold_s=dose.hold_s,
            rest_s=dose.rest_s,
            per_side=dose.per_side,
            why=why,
            reps_by_set=dose.reps_by_set,
            rep_s=dose.rep_s,
        )

    @property
    def dose(self) -> Dose:
        """The session part of the dose (no frequency or ceilings), for describing and timing."""
        return Dose(
            sets=self.sets,
            reps=self.reps,
            reps_by_set=self.reps_by_set,
            hold_s=self.hold_s,
            rep_s=self.rep_s,
            rest_s=self.rest_s,
            per_side=self.per_side,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "exercise": self.exercise,
            "sets": self.sets,
            "reps": self.reps,
            "hold_s": self.hold_s,
            "rest_s": self.rest_s,
            "per_side": self.per_side,
            "why": self.why,
        }
        if self.reps_by_set is not None:
            data["reps_by_set"] = list(self.reps_by_set)
        return data


@dataclass(frozen=True)
class PlannedSession:
    title: str
    minutes: int
    complex_id: str | None
    items: tuple[PlanItem, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "minutes": self.minutes,
            "complex_id": self.complex_id,
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class DayPlan:
    day: int
    date: date
    sessions: tuple[PlannedSession, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "date": self.date.isoformat(),
            "sessions": [s.to_dict() for s in self.sessions],
        }


@dataclass(frozen=True)
class WeekPlan:
    phase: str
    level: str
    start: date
    days: tuple[DayPlan, ...]
    changes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "level": self.level,
            "start": self.start.isoformat(),
            "days": [d.to_dict() for d in self.days],
            "changes": list(self.changes),
        }


@dataclass(frozen=True)
class Excluded:
    exercise: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"exercise": self.exercise, "reason": self.reason}


@dataclass(frozen=True)
class PlanResult:
    status: Status
    reasons: tuple[Reason, ...]
    plan: WeekPlan | None
    excluded: tuple[Excluded, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "reasons": [r.to_dict() for r in self.reasons],
            "plan": self.plan.to_dict() if self.plan else None,
            "excluded": [e.to_dict() for e in self.excluded],
            "notice": NOTICE,
        }
