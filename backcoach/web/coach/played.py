"""A played session as the player reports it, and the results core computes from that.

The player page gets each planned item (exercise and dose) from `item_json`; the save sends
them back, and `played_results` rebuilds the same timeline with core to read the step indexes
against. `ResultIn` is the older page's report, results worked out in the browser, still taken
from a browser's outbox (docs/web.md).
"""

from collections.abc import Sequence
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationError,
    model_validator,
)

from backcoach.core.library import Dose
from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.core.planning import complex_exercises as core_complex_exercises
from backcoach.core.planning.timing import session_seconds
from backcoach.core.records import ExerciseResult, Target
from backcoach.core.results import exercise_results
from backcoach.core.timeline import build_timeline
from backcoach.web.coach.library import library

# Far above the longest plan (120 minutes a day), so no real session is refused, while a
# made-up dose cannot make the server build an endless timeline.
MAX_SECONDS = 6 * 3600
# Every step but the closing one lasts at least a second.
MAX_STEPS = MAX_SECONDS + 1
MAX_ITEMS = 200

Count = Annotated[int, Field(ge=0, le=100_000, strict=True)]


def _known(value: str) -> str:
    if value not in library().exercises:
        raise ValueError(f"unknown exercise {value!r}")
    return value


ExerciseId = Annotated[str, StringConstraints(max_length=80), AfterValidator(_known)]


def complex_exercises(complex_id: str) -> frozenset[str]:
    """The exercises a session of the complex may hold, as core's planner says. Raises
    ValueError for a complex that is not in the library."""
    lib = library()
    if complex_id not in lib.complexes:
        raise ValueError(f"complex_id: unknown complex {complex_id!r}")
    return core_complex_exercises(lib.complexes[complex_id], lib)


def check_in_complex(complex_id: str, exercises: Sequence[str], *, field: str) -> None:
    """Raises ValueError naming the first of `exercises` that the complex cannot hold."""
    allowed = complex_exercises(complex_id)
    for n, x in enumerate(exercises):
        if x not in allowed:
            raise ValueError(f"{field}.{n}.exercise: {x!r} is not in the complex {complex_id!r}")


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemIn(Strict):
    """One planned item as the player played it: the exercise and its session dose."""

    exercise: ExerciseId
    sets: StrictInt
    reps: StrictInt
    reps_by_set: tuple[StrictInt, ...] | None = None
    hold_s: StrictInt
    rep_s: StrictInt
    rest_s: StrictInt
    per_side: StrictBool

    @model_validator(mode="after")
    def _a_library_dose(self) -> Self:
        # The library's own bounds, which every planned dose keeps.
        try:
            Dose.model_validate(self.model_dump(exclude={"exercise"}))
        except ValidationError as e:
            error = e.errors()[0]
            where = ".".join(str(p) for p in error["loc"]) or "dose"
            raise ValueError(f"{where}: {error['msg']}") from None
        return self

    def plan_item(self) -> PlanItem:
        return PlanItem(
            self.exercise,
            self.sets,
            self.reps,
            self.hold_s,
            self.rest_s,
            self.per_side,
            why="",
            reps_by_set=self.reps_by_set,
            rep_s=self.rep_s,
        )


def item_json(item: PlanItem) -> dict[str, Any]:
    """A planned item as the player page carries it and the save sends it back."""
    fields = ("exercise", "sets", "reps", "reps_by_set", "hold_s", "rep_s", "rest_s", "per_side")
    data: dict[str, Any] = ItemIn.model_validate({f: getattr(item, f) for f in fields}).model_dump(
        mode="json"
    )
    return data


def played_results(
    *,
    items: Sequence[ItemIn],
    completed_steps: Sequence[int],
    skipped_exercises: Sequence[str],
    reached_step: int,
) -> tuple[ExerciseResult, ...]:
    """Raises ValueError naming the body's field at fault."""
    planned = tuple(i.plan_item() for i in items)
    seconds = session_seconds(planned)
    if seconds > MAX_SECONDS:
        raise ValueError(f"items: would last {seconds} s, more than {MAX_SECONDS} s")
    timeline = build_timeline(PlannedSession("", 0, None, planned), library())
    last = len(timeline.steps) - 1
    for n, index in enumerate(completed_steps):
        if index > last:
            raise ValueError(f"completed_steps.{n}: step {index} is past the last step ({last})")
    if reached_step > last:
        raise ValueError(f"reached_step: step {reached_step} is past the last step ({last})")
    names = {i.exercise for i in planned}
    for n, name in enumerate(skipped_exercises):
        if name not in names:
            raise ValueError(f"skipped_exercises.{n}: {name!r} is not one of the items")
    return exercise_results(
        planned,
        timeline,
        completed=completed_steps,
        skipped=skipped_exercises,
        reached=reached_step,
    )


class TargetIn(Strict):
    sets: Count
    reps: Count
    hold_s: Count


class ResultIn(Strict):
    exercise: ExerciseId
    target: TargetIn
    done_reps: Count
    done_hold_s: Count
    sets_done: Count
    skipped: bool = False

    def result(self) -> ExerciseResult:
        t = self.target
        return ExerciseResult(
            self.exercise,
            Target(t.sets, t.reps, t.hold_s),
            self.done_reps,
            self.done_hold_s,
            self.sets_done,
            self.skipped,
        )
