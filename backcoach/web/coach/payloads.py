"""The session-save request body, validated strictly before anything is written.

The player reports what happened, not results: the items it played (each exercise with its
dose, as the page gave them), the indexes of the steps that ran to their end, the exercises
skipped and the step the session ended on. The server rebuilds the same timeline with core and
computes the results with `core.results`, as the terminal player does. A body queued by an
older page carries `results` worked out in the browser instead; it is still taken as it is
(docs/web.md). A device's wrong clock never refuses a save: see `device_clock`.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from pydantic import AwareDatetime, Field, StringConstraints, ValidationError

from backcoach.core import records
from backcoach.core.records import ExerciseResult
from backcoach.web.coach.device_clock import Filed, filed_start
from backcoach.web.coach.models import SessionLog
from backcoach.web.coach.played import (
    MAX_ITEMS,
    MAX_STEPS,
    Count,
    ExerciseId,
    ItemIn,
    ResultIn,
    Strict,
    check_in_complex,
    played_results,
)

# Text a person typed: no control characters (PostgreSQL refuses NUL outright), newlines and
# tabs allowed.
PLAIN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
# A session older than this is not a late save of a real one (and far-off dates overflow).
OLDEST = timedelta(days=400)

# Core's scales, taken strictly: a JSON 3.0 or "3" is refused, not read as 3.
Pain = Annotated[records.Pain, Field(strict=True)]
Difficulty = Annotated[records.Difficulty, Field(strict=True)]
StepIndex = Annotated[int, Field(ge=0, strict=True)]


class SessionIn(Strict):
    id: uuid.UUID
    started_at: AwareDatetime
    # The device's clock when the request left (older pages send none).
    sent_at: AwareDatetime | None = None
    title: Annotated[
        str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True, pattern=PLAIN)
    ]
    complex_id: Annotated[str, StringConstraints(max_length=80, pattern=PLAIN)] | None = None
    planned_seconds: Count = 0
    done_seconds: Count = 0
    pain_before: Pain
    pain_after: Pain | None = None
    difficulty: Difficulty | None = None
    stop_reason: SessionLog.StopReason | None = None
    notes: Annotated[str, StringConstraints(max_length=2000, pattern=PLAIN)] = ""
    items: tuple[ItemIn, ...] | None = Field(default=None, max_length=MAX_ITEMS)
    completed_steps: tuple[StepIndex, ...] = Field(default=(), max_length=MAX_STEPS)
    skipped_exercises: tuple[ExerciseId, ...] = Field(default=(), max_length=MAX_ITEMS)
    reached_step: StepIndex | None = None
    results: tuple[ResultIn, ...] | None = Field(default=None, max_length=200)  # older pages


@dataclass(frozen=True)
class SessionSave:
    # With `started_at` by the server's clock.
    session: SessionIn
    results: tuple[ExerciseResult, ...]
    # The start the device reported, when its clock was not believed.
    device_started_at: datetime | None = None


class PayloadError(ValueError):
    pass


def parse_session(data: Any, *, now: datetime) -> SessionSave:
    try:
        session = SessionIn.model_validate(data)
    except ValidationError as e:
        error = e.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "body"
        raise PayloadError(f"{where}: {error['msg']}") from None
    filed = _filed(session, now=now)
    session = session.model_copy(update={"started_at": filed.started_at})
    try:
        return SessionSave(session, _results(session), filed.device_started_at)
    except ValueError as e:
        raise PayloadError(str(e)) from None


def _filed(session: SessionIn, *, now: datetime) -> Filed:
    try:
        filed = filed_start(
            started_at=session.started_at,
            sent_at=session.sent_at,
            done_seconds=session.done_seconds,
            now=now,
        )
        too_old = filed.started_at < now - OLDEST
    except OverflowError:
        too_old = True
    if too_old:
        raise PayloadError(f"started_at: is more than {OLDEST.days} days ago")
    return filed


def _results(s: SessionIn) -> tuple[ExerciseResult, ...]:
    reported = (s.items, s.completed_steps, s.skipped_exercises, s.reached_step)
    if s.results is not None:
        if reported != (None, (), (), None):
            raise ValueError(
                "results: comes from an older page, which sends no items, completed_steps, "
                "skipped_exercises or reached_step; send those without results"
            )
        if s.complex_id:
            check_in_complex(s.complex_id, [r.exercise for r in s.results], field="results")
        return tuple(r.result() for r in s.results)
    if s.items is None:
        raise ValueError("items: Field required")
    if s.complex_id:
        # The planner counts sessions by complex (a month of the main complex opens the harder
        # level): a session must be one of the complex it names.
        check_in_complex(s.complex_id, [i.exercise for i in s.items], field="items")
    if s.reached_step is None:
        raise ValueError("reached_step: Field required")
    return played_results(
        items=s.items,
        completed_steps=s.completed_steps,
        skipped_exercises=s.skipped_exercises,
        reached_step=s.reached_step,
    )
