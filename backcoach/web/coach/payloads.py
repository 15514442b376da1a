"""The session-save request body, validated strictly before anything is written."""

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from backcoach.web.coach.library import library
from backcoach.web.coach.models import SessionLog

# Text a person typed: no control characters (PostgreSQL refuses NUL outright), newlines and
# tabs allowed.
PLAIN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
# A session older than this is not a late save of a real one (and far-off dates overflow).
OLDEST = timedelta(days=400)

Pain = Annotated[int, Field(ge=0, le=10, strict=True)]
Count = Annotated[int, Field(ge=0, le=100_000, strict=True)]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TargetIn(Strict):
    sets: Count
    reps: Count
    hold_s: Count


class ResultIn(Strict):
    exercise: Annotated[str, StringConstraints(max_length=80)]
    target: TargetIn
    done_reps: Count
    done_hold_s: Count
    sets_done: Count
    skipped: bool = False

    @field_validator("exercise")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in library().exercises:
            raise ValueError(f"unknown exercise {value!r}")
        return value


class SessionIn(Strict):
    id: uuid.UUID
    started_at: AwareDatetime
    title: Annotated[
        str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True, pattern=PLAIN)
    ]
    complex_id: Annotated[str, StringConstraints(max_length=80, pattern=PLAIN)] | None = None
    planned_seconds: Count = 0
    done_seconds: Count = 0
    pain_before: Pain
    pain_after: Pain | None = None
    difficulty: Annotated[int, Field(ge=1, le=10, strict=True)] | None = None
    stop_reason: SessionLog.StopReason | None = None
    notes: Annotated[str, StringConstraints(max_length=2000, pattern=PLAIN)] = ""
    results: tuple[ResultIn, ...] = Field(default=(), max_length=200)


class PayloadError(ValueError):
    pass


def parse_session(data: Any, *, now: datetime) -> SessionIn:
    try:
        session = SessionIn.model_validate(data)
    except ValidationError as e:
        error = e.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "body"
        raise PayloadError(f"{where}: {error['msg']}") from None
    try:
        too_old = session.started_at < now - OLDEST
    except OverflowError:
        too_old = True
    if too_old:
        raise PayloadError(f"started_at: is more than {OLDEST.days} days ago")
    if session.started_at > now:
        raise PayloadError("started_at: is in the future")
    return session
