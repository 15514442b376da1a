"""What a person did in a session: the log that progression reads.

Like wger's workout log, a result keeps the target next to what was actually done, so a later
change of the library's dose never rewrites history. Records refer to exercises by id only.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from backcoach.core.library import Dose

Pain = Annotated[int, Field(ge=0, le=10)]
Difficulty = Annotated[int, Field(ge=1, le=10)]  # how hard the session felt


class StopReason(StrEnum):
    NAUSEA = "nausea"
    DIZZINESS = "dizziness"
    SHARP_PAIN = "sharp_pain"
    TIRED = "tired"
    NO_TIME = "no_time"
    OTHER = "other"


# These end a session at once (seed 002, general rules: "If you experience any unpleasant
# sensations (nausea, dizziness, lower back pain), stop exercising immediately").
SAFETY_STOPS = frozenset({StopReason.NAUSEA, StopReason.DIZZINESS, StopReason.SHARP_PAIN})
# The stops that say nothing about one exercise but about the whole session: no dose goes up.
WHOLE_SESSION_STOPS = frozenset({StopReason.NAUSEA, StopReason.DIZZINESS})


@dataclass(frozen=True)
class Target:
    """The dose that was asked for: sets, repetitions over all sets (per side), hold per rep."""

    sets: int
    reps: int
    hold_s: int

    @classmethod
    def from_dose(cls, dose: Dose) -> "Target":
        reps = sum(dose.reps_in_set(i) for i in range(dose.sets))
        return cls(sets=dose.sets, reps=reps, hold_s=dose.hold_s)


@dataclass(frozen=True)
class ExerciseResult:
    exercise: str
    target: Target
    done_reps: Annotated[int, Field(ge=0)]
    done_hold_s: Annotated[int, Field(ge=0)]
    sets_done: Annotated[int, Field(ge=0)]
    skipped: bool = False

    @property
    def completed(self) -> bool:
        t = self.target
        return (
            not self.skipped
            and self.sets_done >= t.sets
            and self.done_reps >= t.reps
            and self.done_hold_s >= t.hold_s
        )


@dataclass(frozen=True)
class SessionRecord:
    """One session. `complex_id` (which complex the session ran, if any) lets the planner count
    a month of the main complex; `sore_next_day` is muscle soreness, which the seeds treat
    differently from back pain (rest two to three days, not a smaller dose)."""

    id: str
    started_at: datetime
    title: str
    pain_before: Pain
    pain_after: Pain | None = None
    pain_next_morning: Pain | None = None
    difficulty: Difficulty | None = None
    stop_reason: StopReason | None = None
    results: tuple[ExerciseResult, ...] = ()
    complex_id: str | None = None
    sore_next_day: bool | None = None
    notes: str = field(default="")
    # The day of the session where the person was. The web app stores it with each session (in
    # the person's time zone then); without it, the date of `started_at` in its own offset,
    # which the CLI records in local time. Never the UTC date: a stop at 22:30 in Chicago is
    # tomorrow in UTC, and the plan made tonight would not yet see it.
    local_date: date | None = None

    def __post_init__(self) -> None:
        if self.started_at.utcoffset() is None:
            raise ValueError("started_at must be an aware datetime")

    @property
    def day(self) -> date:
        return self.local_date or self.started_at.date()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _adapter().dump_python(self, mode="json")
        return data

    @classmethod
    def from_dict(cls, data: Any) -> "SessionRecord":
        """Raises ValueError with the field at fault, never a pydantic traceback."""
        try:
            return _adapter().validate_python(data)
        except ValidationError as e:
            error = e.errors()[0]
            where = ".".join(str(part) for part in error["loc"]) or "record"
            raise ValueError(f"{where}: {error['msg']}") from None


@cache
def _adapter() -> TypeAdapter[SessionRecord]:
    # Built on first use, not at import: building the schema costs start-up time that a plan
    # without a history does not need.
    return TypeAdapter(SessionRecord)
